import { checkArchive } from '../checks/archive.js'
import { readArchive, type ArchiveRead } from '../archive/read-archive.js'
import {
  declaredId,
  declaredIdentifier,
  judgeArchive,
  type ArchiveContents
} from '../checks/archive-contents.js'
import {
  checkedArchive,
  checkInputs,
  packManifest,
  registerSecrets,
  type CheckResult,
  type CheckedInputs
} from '../checks/inputs.js'
import { readPrivateKey } from '../checks/key.js'
import { readManifest } from '../checks/manifest.js'
import type { Advisory, Problem } from '../checks/problem.js'
import { parseSettings, type RawInputs, type Settings } from '../checks/settings.js'
import type { Credentials } from '../credentials.js'
import { undici } from '../undici.js'
import { expandPaths, type Expanded } from './expand.js'
import { mapLimit } from './limit.js'
import { pairFiles, type PackFiles } from './pair.js'

/** One pack of a multi-pack run, checked: ready (`inputs`), or refused by its own problems. */
export interface PackCheck extends PackFiles {
  inputs?: CheckedInputs
  problems: Problem[]
  advisories: Advisory[]
  /** What reading its archive found. */
  contents?: ArchiveContents
}

/**
 * A multi-pack run's checks. Not ok: the shared inputs (settings, key, pairing) have problems and
 * nothing may be sent; `problems` then holds every problem found, the packs' own included.
 * Ok: the packs are known; each is ready or carries its own problems (it fails alone).
 */
export type ManyCheck =
  | { ok: false; problems: Problem[]; settings: Settings; packs: PackCheck[] }
  | { ok: true; settings: Settings; packs: PackCheck[] }

/** One pack (the checks and messages of a single-pack run), or several. */
export type RunCheck = { kind: 'single'; result: CheckResult } | { kind: 'many'; result: ManyCheck }

/** Archives hashed at once: each is read whole, so a few are enough to keep the disk busy. */
const DIGESTS_AT_ONCE = 4

/**
 * Every offline check of a run. `manifest-path` and `archive-path` may each name several files
 * (one path or glob per line): one manifest and at most one archive is a single-pack run,
 * checked exactly as before; more is a multi-pack run, paired by `pairFiles`.
 */
export async function checkRun(
  raw: RawInputs,
  register: (value: string) => void,
  signal?: AbortSignal
): Promise<RunCheck> {
  // A key means requests follow the checks: undici (~60 ms to compile) loads while they wait on
  // the disk (the digest reads the whole archive), not after them.
  if (raw['private-key'] || raw['private-key-path']) undici().catch(() => undefined)
  const [manifests, archives] = await Promise.all([
    expandPaths(raw['manifest-path'], 'manifest-path'),
    expandPaths(raw['archive-path'], 'archive-path')
  ])
  if (manifests.files.length <= 1 && archives.files.length <= 1) {
    return { kind: 'single', result: await checkOne(raw, manifests, archives, register, signal) }
  }
  return { kind: 'many', result: await checkMany(raw, manifests, archives, register, signal) }
}

async function checkOne(
  raw: RawInputs,
  manifests: Expanded,
  archives: Expanded,
  register: (value: string) => void,
  signal?: AbortSignal
): Promise<CheckResult> {
  const one = (expanded: Expanded, given: string | undefined) =>
    expanded.files[0] ?? (expanded.problems.length > 0 ? '' : given)
  const result = await checkInputs(
    {
      ...raw,
      'manifest-path': one(manifests, raw['manifest-path']),
      'archive-path': one(archives, raw['archive-path'])
    },
    register,
    signal
  )
  const unmatched = [...manifests.problems, ...archives.problems]
  if (unmatched.length === 0) return result
  // A pattern that matched nothing is reported as such, not again as a missing input.
  const emptied = new Set(unmatched.map(p => p.input))
  const rest = result.ok
    ? []
    : result.problems.filter(p => !(emptied.has(p.input) && p.message.startsWith('is required')))
  const settings = result.ok ? result.inputs.settings : result.settings
  const advisories = result.ok ? result.inputs.advisories : result.advisories
  return { ok: false, problems: [...unmatched, ...rest], advisories, settings }
}

async function checkMany(
  raw: RawInputs,
  manifests: Expanded,
  archives: Expanded,
  register: (value: string) => void,
  signal?: AbortSignal
): Promise<ManyCheck> {
  const secret = registerSecrets(raw, register)
  const { settings, problems } = parseSettings(raw)
  problems.push(...manifests.problems, ...archives.problems)
  if (settings.assetPackIdentifier) {
    problems.push({
      input: 'asset-pack-identifier',
      message:
        `'${settings.assetPackIdentifier}' names one pack, but ${manifests.files.length} ` +
        `manifests and ${archives.files.length} archives were given; leave it empty: each ` +
        "pack's identifier is its manifest's assetPackID"
    })
  }
  const [key, read, checked] = await Promise.all([
    settings.key ? readPrivateKey(settings.key, secret) : undefined,
    Promise.all(manifests.files.map(path => readManifest(path))),
    Promise.all(archives.files.map(path => checkArchive(path)))
  ])
  problems.push(...(key?.problems ?? []))
  const manifestOf = new Map(manifests.files.map((path, i) => [path, read[i]]))
  const archiveOf = new Map(archives.files.map((path, i) => [path, checked[i]]))
  // Each sound archive is read whole once, now: its own manifest pairs it, and the read is its check.
  const contentsOf = new Map<string, ArchiveRead>()
  await mapLimit(archives.files, DIGESTS_AT_ONCE, async path => {
    if (!archiveOf.get(path)?.archive) return
    contentsOf.set(path, await readArchive(path, { mode: settings.archiveCheck, signal }))
  })
  const paired = pairFiles(
    manifests.files.map((path, i) => ({
      path,
      identifier: read[i].manifest?.assetPackID ?? declaredId(read[i].bytes)
    })),
    archives.files.map(path => {
      const contents = contentsOf.get(path)
      return { path, identifier: contents && declaredIdentifier(contents) }
    }),
    { archiveRequired: !settings.dryRun }
  )
  problems.push(...paired.problems)
  const packs: PackCheck[] = paired.packs.map(files => {
    const manifest = files.manifestPath ? manifestOf.get(files.manifestPath) : undefined
    const archive = files.archivePath ? archiveOf.get(files.archivePath) : undefined
    const archiveRead = files.archivePath ? contentsOf.get(files.archivePath) : undefined
    const given =
      manifest?.manifest && files.manifestPath
        ? { path: files.manifestPath, manifest: manifest.manifest }
        : undefined
    // Judged against its manifest only where that manifest passed: else its problems say it all.
    const contents =
      archiveRead && (given || !files.manifestPath) ? judgeArchive(archiveRead, given) : undefined
    return {
      ...files,
      problems: [
        ...(manifest?.problems ?? []),
        ...(archive?.problems ?? []),
        ...(contents?.problems ?? [])
      ],
      advisories: [...(manifest?.advisories ?? []), ...(contents?.advisories ?? [])],
      contents
    }
  })
  if (problems.length > 0) {
    // Every file's own problems, once each (a pack's include its files').
    const own = [...new Set([...packs, ...read, ...checked].flatMap(r => r.problems as Problem[]))]
    return { ok: false, problems: [...problems, ...own], settings, packs }
  }

  const credentials: Credentials | undefined =
    key?.key && settings.keyId
      ? { keyId: settings.keyId, issuerId: settings.issuerId, privateKey: key.key }
      : undefined
  for (const pack of packs) {
    if (pack.problems.length > 0) continue
    const info = pack.archivePath ? archiveOf.get(pack.archivePath)?.archive : undefined
    const given = pack.manifestPath ? manifestOf.get(pack.manifestPath) : undefined
    const chosen = packManifest(pack.manifestPath, given, pack.archivePath, pack.contents)
    if (!chosen) continue
    pack.inputs = {
      settings: {
        ...settings,
        manifestPath: pack.manifestPath,
        archivePath: pack.archivePath,
        assetPackIdentifier: undefined
      },
      manifest: chosen.manifest,
      manifestSource: chosen.from,
      manifestBytes: Buffer.from(chosen.strict, 'utf8'),
      advisories: pack.advisories,
      assetPackIdentifier: pack.identifier,
      archive: info && pack.contents ? checkedArchive(info, pack.contents) : undefined,
      credentials
    }
  }
  return { ok: true, settings, packs }
}
