import { randomBytes } from 'node:crypto'
import type { BackgroundAssetVersion, ReservedUploadFile, UploadFile } from '../asc/schemas.js'
import {
  claimFileName,
  claimOrder,
  claimsOf,
  commitMarginMs,
  leaseMs,
  nextTicket,
  parseClaim,
  shaTag,
  type Claim,
  type ClaimMarker
} from './claim.js'
import { lookMsOf, type FlowContext } from './context.js'
import { reserve } from './transfer.js'
import { deliveryState, isType, sha256Of, SENT, type ChosenVersion } from './version.js'

/** The archive a run publishes, as its claims name it. */
export interface ArchiveRef {
  sha256: string
  size: number
  /** The archive's own file name; the claim marker goes before its extension. */
  fileName: string
}

/** This run's claim on a version: the ASSET reservation that will carry the bytes. */
export interface MyClaim {
  packId: string
  versionId: string
  versionNumber: number
  marker: ClaimMarker
  fileName: string
  archiveName: string
  reserved: ReservedUploadFile
  /**
   * The newest version number when the version was chosen: versions above it (made since) may
   * compete; that one itself only if it is this claim's (it was seen not to hold this archive).
   */
  baseline: number
  /** Set once released: a claim is given up only once. */
  released?: boolean
}

/** What a look at the pack says about a claim. */
export type Verdict =
  | { kind: 'mine' }
  /** Another run publishes this archive: `claim` still uploading, or `committed` already. */
  | { kind: 'follow'; version: BackgroundAssetVersion; claim?: Claim; committed?: UploadFile }
  /** The version goes to another archive (committed, or an earlier claim): choose again. */
  | { kind: 'taken'; reason: string }
  /** This run's own claim ran out before its commit: claim again. */
  | { kind: 'expired' }

/** Thrown before a commit that another run's claim forbids; the flow chooses again. */
export class ClaimLostError extends Error {
  constructor(readonly verdict: Exclude<Verdict, { kind: 'mine' }>) {
    super(`claim lost: ${verdict.kind}`)
  }
}

const VERSIONS_LOOKED_AT = 10

export function versionNumber(version: BackgroundAssetVersion): number {
  return Number(version.attributes.version) || 0
}

/** The SHA-256 tag of an ASSET: from the checksum Apple kept, else from our marker. */
export function shaTagOf(file: UploadFile): string | undefined {
  const sha = sha256Of(file)
  return sha ? shaTag(sha) : parseClaim(file.attributes?.fileName)?.sha
}

export function committedAsset(files: UploadFile[]): UploadFile | undefined {
  return files.find(
    f => isType(f, 'ASSET') && (SENT.has(deliveryState(f)) || deliveryState(f) === 'FAILED')
  )
}

/** Live claims of a version, in the order every run agrees on. */
export function liveClaims(files: UploadFile[], now: number): Claim[] {
  return claimsOf(files)
    .filter(c => c.deadline > now)
    .sort(claimOrder)
}

/** Reserves this run's ASSET on the version with a claim marker, then settles (one look). */
export async function claimVersion(
  ctx: FlowContext,
  packId: string,
  chosen: ChosenVersion,
  archive: ArchiveRef,
  baseline: number
): Promise<{ claim: MyClaim; verdict: Verdict }> {
  const look = lookMsOf(ctx)
  const marker: ClaimMarker = {
    ticket: nextTicket(chosen.files),
    deadline: ctx.env.now() + leaseMs(look, archive.size),
    sha: shaTag(archive.sha256),
    nonce: runNonce(ctx)
  }
  const fileName = claimFileName(archive.fileName, marker)
  const reserved = await reserve(ctx, chosen.version.id, {
    assetType: 'ASSET',
    fileName,
    size: archive.size
  })
  const claim: MyClaim = {
    packId,
    versionId: chosen.version.id,
    versionNumber: versionNumber(chosen.version),
    marker,
    fileName,
    archiveName: archive.fileName,
    reserved,
    baseline
  }
  // Runs that chose this version at the same moment have reserved by now: look once.
  await ctx.env.sleep(look, ctx.signal)
  return { claim, verdict: await judge(ctx, claim) }
}

/**
 * Whether this run may go on with its claim (before the manifest check and again before the
 * commit). Looks at this claim's version and those created since it was chosen:
 * 1. this archive committed to one of them: follow that (nothing to upload);
 * 2. another archive committed to this version, or another claim ordered first on it: taken
 *    (or follow, if that claim has this archive);
 * 3. a lower-numbered version whose first claim has this archive: follow it (two runs created
 *    a version each at once; the lower one wins);
 * 4. this run's deadline (minus a margin for clocks) has passed: expired;
 * otherwise mine.
 */
export async function judge(ctx: FlowContext, claim: MyClaim): Promise<Verdict> {
  const mySha = claim.marker.sha
  const packVersions = await relevantVersions(ctx, claim)
  const now = ctx.env.now()
  const views: Array<{ version: BackgroundAssetVersion; files: UploadFile[] }> = []
  for (const version of packVersions) {
    views.push({ version, files: await ctx.client.listUploadFiles(version.id, ctx.signal) })
  }
  for (const { version, files } of views) {
    const committed = committedAsset(files)
    if (committed && deliveryState(committed) !== 'FAILED' && shaTagOf(committed) === mySha) {
      return { kind: 'follow', version, committed }
    }
  }
  const mine = views.find(v => v.version.id === claim.versionId)
  if (mine) {
    const committed = committedAsset(mine.files)
    if (committed) return { kind: 'taken', reason: 'another archive was committed to it' }
    const first = liveClaims(mine.files, now).find(c => c.nonce !== claim.marker.nonce)
    if (first && claimOrder(first, claim.marker) < 0) {
      return first.sha === mySha
        ? { kind: 'follow', version: mine.version, claim: first }
        : { kind: 'taken', reason: 'another run claimed it first for another archive' }
    }
  }
  for (const { version, files } of views) {
    if (versionNumber(version) >= claim.versionNumber || committedAsset(files)) continue
    const first = liveClaims(files, now).find(c => c.nonce !== claim.marker.nonce)
    if (first && first.sha === mySha) {
      return { kind: 'follow', version, claim: first }
    }
  }
  if (now > claim.marker.deadline - commitMarginMs(lookMsOf(ctx))) return { kind: 'expired' }
  return { kind: 'mine' }
}

async function relevantVersions(
  ctx: FlowContext,
  claim: MyClaim
): Promise<BackgroundAssetVersion[]> {
  const { versions } = await ctx.client.listVersions(claim.packId, {
    limit: VERSIONS_LOOKED_AT,
    signal: ctx.signal
  })
  const relevant = versions.filter(
    v =>
      v.id === claim.versionId ||
      (versionNumber(v) > claim.baseline && v.attributes.state !== 'FAILED')
  )
  if (!relevant.some(v => v.id === claim.versionId)) {
    relevant.push((await ctx.client.getVersion(claim.versionId, ctx.signal)).version)
  }
  return relevant
}

/**
 * Gives a claim up without committing: a reservation with the same nonce and deadline 0, so no
 * run waits for it. Best effort, with its own short signal: it also runs after a cancel.
 */
export async function release(ctx: FlowContext, claim: MyClaim): Promise<void> {
  if (claim.released) return
  claim.released = true
  const marker = { ...claim.marker, deadline: 0 }
  try {
    await ctx.client.reserveUpload(
      claim.versionId,
      {
        assetType: 'ASSET',
        fileName: claimFileName(claim.archiveName, marker),
        fileSize: claim.reserved.attributes.fileSize ?? 1
      },
      AbortSignal.timeout(5_000)
    )
  } catch {
    ctx.logger.debug('Releasing the claim did not answer; it runs out at its deadline instead.')
  }
}

const nonces = new WeakMap<FlowContext, string>()

/** One random id per run (per flow context). */
export function runNonce(ctx: FlowContext): string {
  let nonce = nonces.get(ctx)
  if (!nonce) {
    nonce = BigInt(`0x${randomBytes(8).toString('hex')}`)
      .toString(36)
      .padStart(8, '0')
      .slice(-8)
    nonces.set(ctx, nonce)
  }
  return nonce
}
