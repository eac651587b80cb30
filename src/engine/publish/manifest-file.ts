import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface StagedManifest {
  /** A file holding exactly the bytes to send. */
  path: string
  dispose(): Promise<void>
}

/**
 * The MANIFEST upload reads a file. The bytes to send are the manifest's strict JSON: the file
 * itself where it is strict already, else (comments or trailing commas removed, or the archive's
 * own copy) a private temporary file, removed once the run is done with it.
 */
export async function stageManifest(bytes: Buffer, path?: string): Promise<StagedManifest> {
  if (path) {
    const onDisk = await readFile(path).catch(() => undefined)
    if (onDisk?.equals(bytes)) return { path, dispose: async () => undefined }
  }
  const dir = await mkdtemp(join(tmpdir(), 'publish-asset-pack-'))
  const staged = join(dir, 'Manifest.json')
  await writeFile(staged, bytes, { mode: 0o600 })
  return { path: staged, dispose: () => rm(dir, { recursive: true, force: true }) }
}
