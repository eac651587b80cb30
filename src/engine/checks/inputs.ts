import type { Credentials } from '../credentials.js'
import { checkArchive, type ArchiveInfo } from './archive.js'
import { checkArchiveContents, type ArchiveContents } from './archive-contents.js'
import { readPrivateKey } from './key.js'
import { readManifest, type Manifest, type ManifestCheck } from './manifest.js'
import type { Advisory, Problem } from './problem.js'
import { parseSettings, type RawInputs, type Settings } from './settings.js'

/** Everything checked offline, ready for the publish flow. */
export interface CheckedInputs {
  settings: Settings
  manifest: Manifest
  /** Where the manifest was read: manifest-path, or the archive's own copy. */
  manifestSource: string
  /** What Apple is sent as the MANIFEST: the manifest as strict JSON. */
  manifestBytes: Buffer
  /** Warnings and notices of the checks, for the faces to show. */
  advisories: Advisory[]
  /** The pack's identifier: the input where given, else the manifest's assetPackID. */
  assetPackIdentifier: string
  archive?: CheckedArchive
  /** Absent only for a local-only dry run. */
  credentials?: Credentials
}

/** The archive, read whole (or up to its own manifest) and found sound. */
export type CheckedArchive = ArchiveInfo & {
  sha256: string
  /** Blocks decoded and entries walked by the check. */
  decodedBlocks: number
  entries: number
  /** Whether the entries were walked to the end (`full`), or only up to the manifest. */
  walkedToEnd: boolean
  /** The embedded manifest's path inside the archive, when there is one. */
  ownManifest?: string
}

/** "12 blocks decoded, 340 entries walked, its own Manifest.json checked", for log lines. */
export function describeArchiveCheck(archive: CheckedArchive): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  const own = archive.ownManifest ? `its own ${archive.ownManifest} checked` : 'no manifest inside'
  return archive.walkedToEnd
    ? `${count(archive.decodedBlocks, 'block', 'blocks')} decoded, ` +
        `${count(archive.entries, 'entry', 'entries')} walked, ${own}`
    : `read up to its own manifest (archive-check: manifest), ${own}`
}

export type CheckResult =
  | { ok: true; inputs: CheckedInputs }
  | { ok: false; problems: Problem[]; advisories: Advisory[]; settings: Settings }

/**
 * Every offline check, run together so a user learns everything wrong in one run:
 * the inputs, the key, the manifest and the archive (all of it, its own manifest included).
 * Nothing here sends a request.
 */
export async function checkInputs(
  raw: RawInputs,
  register: (value: string) => void,
  signal?: AbortSignal
): Promise<CheckResult> {
  const secret = registerSecrets(raw, register)
  const { settings, problems } = parseSettings(raw)

  const [key, manifest, archive] = await Promise.all([
    settings.key ? readPrivateKey(settings.key, secret) : undefined,
    settings.manifestPath ? readManifest(settings.manifestPath) : undefined,
    settings.archivePath ? checkArchive(settings.archivePath) : undefined
  ])
  problems.push(...(key?.problems ?? []), ...(manifest?.problems ?? []))
  problems.push(...(archive?.problems ?? []))
  const advisories = [...(manifest?.advisories ?? [])]

  // The whole archive, once its container is sound: digest, blocks, entries, its own manifest.
  const given =
    manifest?.manifest && settings.manifestPath
      ? { path: settings.manifestPath, manifest: manifest.manifest }
      : undefined
  const contents =
    archive?.archive && (given || !settings.manifestPath)
      ? await checkArchiveContents(archive.archive.path, {
          mode: settings.archiveCheck,
          given,
          signal
        })
      : undefined
  problems.push(...(contents?.problems ?? []))
  advisories.push(...(contents?.advisories ?? []))

  const chosen = packManifest(settings.manifestPath, manifest, settings.archivePath, contents)
  const fromManifest = chosen?.manifest.assetPackID
  const identifier = settings.assetPackIdentifier ?? fromManifest
  if (
    settings.assetPackIdentifier &&
    fromManifest &&
    settings.assetPackIdentifier !== fromManifest
  ) {
    problems.push({
      input: 'asset-pack-identifier',
      message:
        `'${settings.assetPackIdentifier}' differs from the manifest's assetPackID ` +
        `'${fromManifest}' (${chosen?.from}); the archive was built for '${fromManifest}'. ` +
        'Leave asset-pack-identifier empty to use the manifest\u2019s, or make them equal.'
    })
  }
  if (problems.length > 0 || !chosen || !identifier) {
    return { ok: false, problems, advisories, settings }
  }

  const credentials: Credentials | undefined =
    key?.key && settings.keyId
      ? { keyId: settings.keyId, issuerId: settings.issuerId, privateKey: key.key }
      : undefined
  return {
    ok: true,
    inputs: {
      settings,
      manifest: chosen.manifest,
      manifestSource: chosen.from,
      manifestBytes: Buffer.from(chosen.strict, 'utf8'),
      advisories,
      assetPackIdentifier: identifier,
      archive: archive?.archive && contents ? checkedArchive(archive.archive, contents) : undefined,
      credentials
    }
  }
}

/**
 * The pack's manifest: the given one, or without manifest-path the archive's own copy. Absent
 * when the one that counts did not pass.
 */
export function packManifest(
  manifestPath: string | undefined,
  given: ManifestCheck | undefined,
  archivePath: string | undefined,
  contents: ArchiveContents | undefined
): { manifest: Manifest; strict: string; from: string } | undefined {
  if (manifestPath) {
    return given?.manifest && given.strict !== undefined
      ? { manifest: given.manifest, strict: given.strict, from: manifestPath }
      : undefined
  }
  if (!contents?.manifest || contents.strict === undefined) return undefined
  const inside = contents.read.manifest?.path ?? 'Manifest.json'
  return {
    manifest: contents.manifest,
    strict: contents.strict,
    from: `${archivePath} (its own ${inside})`
  }
}

export function checkedArchive(info: ArchiveInfo, contents: ArchiveContents): CheckedArchive {
  const { read } = contents
  return {
    ...info,
    sha256: contents.sha256,
    decodedBlocks: read.decodedBlocks,
    entries: read.entries,
    walkedToEnd: read.complete,
    ...(read.manifest ? { ownManifest: read.manifest.path } : {})
  }
}

/**
 * Registers the secret inputs at once, before anything can print them, and returns a function
 * that registers further secrets (each value once).
 */
export function registerSecrets(
  raw: RawInputs,
  register: (value: string) => void
): (value: string) => void {
  const registered = new Set<string>()
  const secret = (value: string) => {
    if (!registered.has(value)) register(value)
    registered.add(value)
  }
  for (const name of ['private-key', 'github-token'] as const) {
    const value = raw[name]?.trim()
    if (value) secret(value)
  }
  return secret
}
