import { readArchive, type ArchiveRead } from '../archive/read-archive.js'
import { checkEmbeddedManifest } from './embedded-manifest.js'
import type { Manifest } from './manifest.js'
import type { Advisory, Problem } from './problem.js'
import type { ArchiveCheckMode } from './settings.js'

export interface ArchiveContents {
  /** Hex SHA-256 of the whole file, from the same read. */
  sha256: string
  read: ArchiveRead
  /** The archive's own manifest, where no manifest was given and it passed: the pack's. */
  manifest?: Manifest
  /** Its strict JSON, for the MANIFEST upload. */
  strict?: string
  problems: Problem[]
  advisories: Advisory[]
}

const INPUT = 'archive-path'

/**
 * Reads the archive once, front to back: its digest, every block decoded (or, with `manifest`,
 * only up to its own manifest) and its entries walked, then its manifest checked against the
 * given one. Only a file that cannot be read at all (or a cancel) throws.
 */
export async function checkArchiveContents(
  path: string,
  options: {
    mode: ArchiveCheckMode
    given?: { path: string; manifest: Manifest }
    signal?: AbortSignal
  }
): Promise<ArchiveContents> {
  const read = await readArchive(path, { mode: options.mode, signal: options.signal })
  return judgeArchive(read, options.given)
}

/** What a read found, as problems and advisories, with its manifest held against `given`. */
export function judgeArchive(
  read: ArchiveRead,
  given?: { path: string; manifest: Manifest }
): ArchiveContents {
  const { path } = read
  const problems: Problem[] = []
  const advisories: Advisory[] = []
  for (const p of read.problems) {
    // The manifest's absence is judged below, against whether one was given.
    if (p.code === 'no-manifest') continue
    if (p.severity === 'error') problems.push({ input: INPUT, file: path, message: p.message })
    else advisories.push({ input: INPUT, file: path, message: p.message, level: 'warning' })
  }
  const undecoded = read.problems.some(p => p.code === 'not-decoded')
  if (undecoded && !given) {
    problems.push({
      input: INPUT,
      file: path,
      message:
        'could not be decoded here, so its own manifest was not read; give manifest-path ' +
        '(the Manifest.json it was made from)'
    })
  }
  // A walk that broke off before the manifest says nothing of it: the damage is the problem.
  const walked = read.manifest !== undefined || read.complete
  const embedded = walked ? checkEmbeddedManifest(path, read.manifest, given) : undefined
  problems.push(...(embedded?.problems ?? []))
  advisories.push(...(embedded?.advisories ?? []))
  return {
    sha256: read.sha256,
    read,
    ...(embedded?.manifest && problems.length === 0
      ? { manifest: embedded.manifest, strict: embedded.strict }
      : {}),
    problems,
    advisories
  }
}

/** The assetPackID an archive's own manifest declares, read leniently (for pairing). */
export function declaredIdentifier(read: ArchiveRead): string | undefined {
  if (!read.manifest) return undefined
  return declaredId(Buffer.from(read.manifest.bytes))
}

/** The assetPackID a manifest's bytes declare, read leniently (it may have other problems). */
export function declaredId(bytes: Buffer | undefined): string | undefined {
  if (!bytes) return undefined
  const text = bytes.toString('utf8')
  try {
    const id = (JSON.parse(text) as { assetPackID?: unknown }).assetPackID
    if (typeof id === 'string' && id.trim()) return id.trim()
  } catch {
    // Comments or trailing commas: look for the key itself.
  }
  return /"assetPackID"\s*:\s*"([^"\\]+)"/.exec(text)?.[1]?.trim() || undefined
}
