import { basename, dirname } from 'node:path'
import type { Problem } from '../checks/problem.js'

/** A manifest found, with the assetPackID it declares when that could be read. */
export interface ManifestRef {
  path: string
  identifier?: string
}

/** An archive found, with the assetPackID its own manifest declares when that could be read. */
export interface ArchiveRef {
  path: string
  identifier?: string
}

/** One pack: its manifest and the archive paired with it (or an archive alone). */
export interface PackFiles {
  /** The manifest's assetPackID; the manifest's path when it could not be read. */
  identifier: string
  /** Absent for an archive given alone: its own manifest is the pack's. */
  manifestPath?: string
  archivePath?: string
}

/**
 * Pairs manifests with archives, in this order:
 * 1. by the archive's own manifest: an archive belongs to the manifest declaring the assetPackID
 *    its own copy declares;
 * 2. by name: `<assetPackID>.aar` belongs to the manifest declaring that assetPackID;
 * 3. by folder: an archive still unpaired belongs to the one manifest still unpaired in its
 *    folder, when each is the only one left there;
 * 4. alone: an archive still unpaired whose own manifest was read is a pack by itself.
 * Two manifests (or two lone archives) declaring one assetPackID, two archives of one name, an
 * archive left with no manifest at all, and (unless archives are optional, as in a dry run) a
 * manifest left without an archive are problems: the run cannot know what was meant.
 */
export function pairFiles(
  manifests: ManifestRef[],
  archiveRefs: ArchiveRef[],
  options: { archiveRequired: boolean }
): { packs: PackFiles[]; problems: Problem[] } {
  const archives = archiveRefs.map(a => a.path)
  const ownId = new Map(archiveRefs.map(a => [a.path, a.identifier]))
  const problems: Problem[] = []
  const byId = new Map<string, ManifestRef[]>()
  for (const m of manifests) {
    if (m.identifier !== undefined) byId.set(m.identifier, [...(byId.get(m.identifier) ?? []), m])
  }
  for (const [id, same] of byId) {
    if (same.length < 2) continue
    problems.push({
      input: 'manifest-path',
      message:
        `${list(same.map(m => m.path))} ${same.length === 2 ? 'both' : 'all'} declare assetPackID '${id}'; ` +
        'each pack must be given once'
    })
  }

  const archiveOf = new Map<ManifestRef, string>()
  const used = new Set<string>()
  const byStem = new Map<string, string[]>()
  for (const a of archives) byStem.set(stem(a), [...(byStem.get(stem(a)) ?? []), a])
  for (const m of manifests) {
    if (m.identifier === undefined || (byId.get(m.identifier)?.length ?? 0) > 1) continue
    const own = archives.filter(a => !used.has(a) && ownId.get(a) === m.identifier)
    if (own.length === 1) {
      archiveOf.set(m, own[0])
      used.add(own[0])
    }
  }
  for (const m of manifests) {
    if (archiveOf.has(m)) continue
    const named = m.identifier === undefined ? [] : (byStem.get(m.identifier) ?? [])
    if (named.length > 1) {
      problems.push({
        input: 'archive-path',
        message: `${list(named)} are ${named.length === 2 ? 'both' : 'all'} named after pack '${m.identifier}'; give one archive per pack`
      })
      named.forEach(a => used.add(a))
    } else if (named.length === 1 && !used.has(named[0])) {
      archiveOf.set(m, named[0])
      used.add(named[0])
    }
  }

  // By folder: the one unpaired manifest and the one unpaired archive of a folder.
  const left = (dir: string) => ({
    manifests: manifests.filter(m => !archiveOf.has(m) && dirname(m.path) === dir),
    archives: archives.filter(a => !used.has(a) && dirname(a) === dir)
  })
  for (const a of archives) {
    if (used.has(a)) continue
    const there = left(dirname(a))
    if (there.manifests.length === 1 && there.archives.length === 1) {
      archiveOf.set(there.manifests[0], a)
      used.add(a)
    }
  }

  const alone: PackFiles[] = []
  for (const a of archives) {
    if (used.has(a)) continue
    const id = ownId.get(a)
    const claimed = id !== undefined && (byId.has(id) || alone.some(p => p.identifier === id))
    if (id !== undefined && !claimed) {
      alone.push({ identifier: id, archivePath: a })
      continue
    }
    if (id !== undefined) {
      problems.push({
        input: 'archive-path',
        file: a,
        message:
          `'${a}' holds pack '${id}', which ${byId.has(id) ? 'a manifest given' : 'another archive'} ` +
          'declares too; give each pack once'
      })
      continue
    }
    problems.push({
      input: 'archive-path',
      file: a,
      message:
        `'${a}' belongs to no manifest, and its own manifest could not be read: name it after ` +
        'its pack (<assetPackID>.aar) or put it in the folder of its Manifest.json, alone'
    })
  }
  const packs: PackFiles[] = []
  for (const m of manifests) {
    const archivePath = archiveOf.get(m)
    const identifier = m.identifier ?? m.path
    if (!archivePath && options.archiveRequired) {
      problems.push({
        input: 'archive-path',
        message:
          `no archive for pack '${identifier}' (${m.path}): expected ` +
          `${m.identifier ? `'${m.identifier}.aar', or ` : ''}one archive in the manifest's folder`
      })
    }
    packs.push({ identifier, manifestPath: m.path, archivePath })
  }
  return { packs: [...packs, ...alone], problems }
}

/** The file name without a final `.aar` (any case). */
function stem(path: string): string {
  return basename(path).replace(/\.aar$/i, '')
}

function list(items: string[]): string {
  const quoted = items.map(i => `'${i}'`)
  return quoted.length <= 2
    ? quoted.join(' and ')
    : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`
}
