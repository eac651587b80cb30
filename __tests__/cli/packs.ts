// Packs on disk for multi-pack runs: AssetPacks/<id>/Manifest.json and build/<id>.aar, each a
// valid Apple Archive (stored pbze blocks) whose own Manifest.json names the same pack.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeAssetPackArchive } from '../../__fixtures__/aar.js'

export interface PackSpec {
  id: string
  platforms?: string[]
  /** Replaces the manifest's text (a broken manifest). */
  manifestText?: string
  /** Where the archive goes, relative to the root (default build/<id>.aar). */
  archive?: string | null
  /** Seed of the archive's content (default: the pack's place in the list, from 1). */
  seed?: number
}

export function manifestOf(id: string, platforms = ['iOS']): object {
  return {
    assetPackID: id,
    downloadPolicy: { essential: { installationEventTypes: ['firstInstallation'] } },
    fileSelectors: [{ directory: 'Levels' }],
    platforms
  }
}

/** Writes the packs under `root`; returns their manifest and archive paths (relative to root). */
export async function writePacks(
  root: string,
  specs: PackSpec[]
): Promise<Array<{ id: string; manifest: string; archive?: string }>> {
  const written = []
  for (const [i, spec] of specs.entries()) {
    const manifestRel = join('AssetPacks', spec.id, 'Manifest.json')
    await mkdir(join(root, 'AssetPacks', spec.id), { recursive: true })
    const manifest = manifestOf(spec.id, spec.platforms)
    await writeFile(
      join(root, manifestRel),
      spec.manifestText ?? `${JSON.stringify(manifest, null, 2)}\n`
    )
    const archiveRel = spec.archive === undefined ? join('build', `${spec.id}.aar`) : spec.archive
    if (archiveRel) {
      await mkdir(join(root, archiveRel, '..'), { recursive: true })
      await writeAssetPackArchive(join(root, archiveRel), {
        manifest,
        files: { [`Levels/level-${i}.bin`]: 48 * 1024 + i },
        seed: spec.seed ?? i + 1
      })
    }
    written.push({ id: spec.id, manifest: manifestRel, archive: archiveRel ?? undefined })
  }
  return written
}
