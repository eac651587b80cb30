import { extname } from 'node:path'
import type { UploadFile } from '../asc/schemas.js'

/**
 * A run's claim on a version: the ASSET reservation it makes before touching the version, with
 * a marker in its fileName (the one thing a reservation carries that we choose and Apple shows
 * back to every reader). Apple has no lock, no DELETE and no createdDate on upload files, so the
 * marker says what other runs need to know:
 * - `ticket`: one more than the highest ticket the run saw on the version (a later claim that
 *   saw this one always orders after it; claims made at the same moment are ordered by nonce);
 * - `deadline`: epoch ms after which the run never commits this claim (others may then take
 *   over; a killed run leaves nothing else behind);
 * - `sha`: the archive's SHA-256 (first 12 hex digits), so a run with the same archive follows
 *   instead of uploading it again;
 * - `nonce`: the run's random id. A reservation with the run's nonce and deadline 0 releases it.
 */
export interface ClaimMarker {
  ticket: number
  deadline: number
  sha: string
  nonce: string
}

/** A claimant: every uncommitted reservation with one nonce (the earliest deadline counts). */
export interface Claim extends ClaimMarker {
  fileIds: string[]
}

const MARKER =
  /\.claim-(\d{1,6})-([0-9a-z]{1,12})-([0-9a-f]{12})-([0-9a-z]{8})(\.[A-Za-z0-9]{1,16})?$/

export function shaTag(sha256: string): string {
  return sha256.toLowerCase().slice(0, 12)
}

/** `Tutorial.aar` → `Tutorial.claim-1-mbq3k2a0-0123456789ab-x8k2m1qz.aar` */
export function claimFileName(archiveName: string, marker: ClaimMarker): string {
  const found = extname(archiveName)
  const ext = /^\.[A-Za-z0-9]{1,16}$/.test(found) ? found : ''
  const stem = ext ? archiveName.slice(0, -ext.length) : archiveName
  const tag = `claim-${marker.ticket}-${marker.deadline.toString(36)}-${marker.sha}-${marker.nonce}`
  return `${stem}.${tag}${ext}`
}

export function parseClaim(fileName: string | null | undefined): ClaimMarker | undefined {
  const m = fileName ? MARKER.exec(fileName) : null
  if (!m) return undefined
  return { ticket: Number(m[1]), deadline: parseInt(m[2], 36), sha: m[3], nonce: m[4] }
}

/** The archive's own name, without a claim's marker: what a person wants to read. */
export function archiveNameOf(fileName: string): string {
  const m = MARKER.exec(fileName)
  return m ? fileName.slice(0, m.index) + (m[5] ?? '') : fileName
}

export function newNonce(random: () => number): string {
  let nonce = ''
  for (let i = 0; i < 8; i++) nonce += Math.floor(random() * 36).toString(36)
  return nonce
}

/** Uncommitted, marked ASSET reservations of a version, one entry per claimant. */
export function claimsOf(files: UploadFile[]): Claim[] {
  const byNonce = new Map<string, Claim>()
  for (const f of files) {
    if (f.attributes?.assetType !== 'ASSET') continue
    if ((f.attributes.assetDeliveryState?.state ?? 'AWAITING_UPLOAD') !== 'AWAITING_UPLOAD')
      continue
    const marker = parseClaim(f.attributes.fileName)
    if (!marker) continue
    const seen = byNonce.get(marker.nonce)
    if (!seen) byNonce.set(marker.nonce, { ...marker, fileIds: [f.id] })
    else {
      seen.fileIds.push(f.id)
      seen.deadline = Math.min(seen.deadline, marker.deadline)
      seen.ticket = Math.min(seen.ticket, marker.ticket)
    }
  }
  return [...byNonce.values()]
}

/** The ticket for a new claim: one more than any marker on the version, committed or not. */
export function nextTicket(files: UploadFile[]): number {
  let max = 0
  for (const f of files) max = Math.max(max, parseClaim(f.attributes?.fileName)?.ticket ?? 0)
  return max + 1
}

/** Claims order by ticket, then nonce: every reader of the same claims agrees. */
export function claimOrder(a: ClaimMarker, b: ClaimMarker): number {
  return a.ticket - b.ticket || (a.nonce < b.nonce ? -1 : a.nonce > b.nonce ? 1 : 0)
}

/**
 * How long a claim holds: 30 looks (2.5 minutes at the default look) for the settling and the
 * manifest check, plus the archive at 500 kB/s. A claimant that has not committed by its deadline
 * (minus `commitMarginMs`) does not commit: it claims again.
 */
export function leaseMs(lookMs: number, archiveBytes: number): number {
  return 30 * lookMs + Math.ceil(archiveBytes / 500)
}

/** Room for clocks that disagree: a claimant stops committing this long before its deadline. */
export function commitMarginMs(lookMs: number): number {
  return 12 * lookMs
}
