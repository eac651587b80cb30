import type { Credentials } from '../credentials.js'
import { checkArchive, type ArchiveInfo } from './archive.js'
import { sha256File } from './digest.js'
import { readPrivateKey } from './key.js'
import { readManifest, type Manifest } from './manifest.js'
import type { Advisory, Problem } from './problem.js'
import { parseSettings, type RawInputs, type Settings } from './settings.js'

/** Everything checked offline, ready for the publish flow. */
export interface CheckedInputs {
  settings: Settings
  manifest: Manifest
  /** What Apple is sent as the MANIFEST: the manifest as strict JSON. */
  manifestBytes: Buffer
  /** Warnings and notices of the checks, for the faces to show. */
  advisories: Advisory[]
  /** The pack's identifier: the input where given, else the manifest's assetPackID. */
  assetPackIdentifier: string
  archive?: ArchiveInfo & { sha256: string }
  /** Absent only for a local-only dry run. */
  credentials?: Credentials
}

export type CheckResult =
  | { ok: true; inputs: CheckedInputs }
  | { ok: false; problems: Problem[]; advisories: Advisory[]; settings: Settings }

/**
 * Every offline check, run together so a user learns everything wrong in one run:
 * the inputs, the key, the manifest and the archive. Nothing here sends a request.
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

  const identifier = settings.assetPackIdentifier ?? manifest?.manifest?.assetPackID
  const fromManifest = manifest?.manifest?.assetPackID
  if (
    settings.assetPackIdentifier &&
    fromManifest &&
    settings.assetPackIdentifier !== fromManifest
  ) {
    problems.push({
      input: 'asset-pack-identifier',
      message:
        `'${settings.assetPackIdentifier}' differs from the manifest's assetPackID ` +
        `'${fromManifest}' (${settings.manifestPath}); the archive was built for '${fromManifest}'. ` +
        'Leave asset-pack-identifier empty to use the manifest\u2019s, or make them equal.'
    })
  }
  const advisories = manifest?.advisories ?? []
  if (problems.length > 0 || !manifest?.manifest || manifest.strict === undefined || !identifier) {
    return { ok: false, problems, advisories, settings }
  }

  // The digest reads the whole archive once; done only when everything else is fine.
  const sha256 = archive?.archive ? await sha256File(archive.archive.path, signal) : undefined
  const credentials: Credentials | undefined =
    key?.key && settings.keyId
      ? { keyId: settings.keyId, issuerId: settings.issuerId, privateKey: key.key }
      : undefined
  return {
    ok: true,
    inputs: {
      settings,
      manifest: manifest.manifest,
      manifestBytes: Buffer.from(manifest.strict, 'utf8'),
      advisories,
      assetPackIdentifier: identifier,
      archive: archive?.archive && sha256 ? { ...archive.archive, sha256 } : undefined,
      credentials
    }
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
