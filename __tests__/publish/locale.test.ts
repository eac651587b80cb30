// The locale Apple records after processing, held against the manifest's language. The offline
// archive check refuses an archive whose own manifest disagrees; this is the last line behind it,
// so it is driven here through the engine with checked inputs, against the simulator over HTTP.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { makeTempDir, writeAssetPackArchive } from '../../__fixtures__/aar.js'
import { sha256File } from '../../src/engine/checks/digest.js'
import { checkInputs } from '../../src/engine/checks/inputs.js'
import { MemoryLogger } from '../../src/engine/log.js'
import { LocaleMismatchError } from '../../src/engine/publish/locale.js'
import { startRecord } from '../../src/engine/publish/record.js'
import { publishPack } from '../../src/engine/run.js'
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import { fastEnv } from '../faults/support.js'

const MANIFEST = {
  assetPackID: 'voice-en',
  downloadPolicy: { onDemand: {} },
  language: 'en-US',
  fileSelectors: [{ directory: 'Voice' }],
  platforms: ['iOS']
}

let sim: Simulator
let dir: string
let remove: () => Promise<void>
beforeEach(async () => {
  ;({ dir, remove } = await makeTempDir())
  sim = await createSimulator({ processingDelayMs: 20, manifestCheckDelayMs: 5 })
})
afterEach(async () => {
  await sim.close()
  await remove()
})

/**
 * Publishes Manifest.json with an archive whose own manifest is `archiveManifest`. The offline
 * check would refuse a disagreeing archive, so inputs are checked with an agreeing one and the
 * archive is swapped after: what this tests is the check after processing.
 */
async function publishWith(archiveManifest: object) {
  const manifestPath = join(dir, 'Manifest.json')
  const agreeing = join(dir, 'agreeing.aar')
  const archivePath = join(dir, 'voice-en.aar')
  await writeFile(manifestPath, JSON.stringify(MANIFEST))
  const files = { 'Voice/a.caf': 1000 }
  await writeAssetPackArchive(agreeing, { manifest: MANIFEST, files })
  const written = await writeAssetPackArchive(archivePath, { manifest: archiveManifest, files })
  const logger = new MemoryLogger()
  const checked = await checkInputs(
    {
      'app-id': sim.appId,
      'key-id': sim.key.keyId,
      'issuer-id': sim.key.issuerId ?? '',
      'private-key': sim.key.privateKeyPem,
      'manifest-path': manifestPath,
      'archive-path': agreeing,
      'api-base-url': sim.url,
      'wait-for': 'processed',
      'poll-interval-seconds': '1'
    },
    value => logger.secret(value)
  )
  if (!checked.ok) throw new Error(checked.problems.map(p => p.message).join('\n'))
  const inputs = checked.inputs
  if (!inputs.archive) throw new Error('no archive')
  inputs.archive = {
    ...inputs.archive,
    path: archivePath,
    size: written.size,
    sha256: await sha256File(archivePath)
  }
  const record = startRecord(inputs)
  const error = await publishPack(inputs, record, { logger, env: fastEnv(1) }).then(
    () => undefined,
    (e: unknown) => e
  )
  return { record, error }
}

test("a version processed with the manifest's language passes", async () => {
  const { record, error } = await publishWith(MANIFEST)
  expect(error).toBeUndefined()
  expect(record.locale).toBe('en-US')
})

test('a version processed with another locale is an error naming both', async () => {
  const { record, error } = await publishWith({ ...MANIFEST, language: 'fr' })
  expect(error).toBeInstanceOf(LocaleMismatchError)
  expect((error as Error).message).toBe(
    "Version 1 was processed with locale fr, but the manifest's language is en-US. Apple reads " +
      'the manifest inside the archive: rebuild the archive with xcrun ba-package from this ' +
      'Manifest.json and publish again.'
  )
  expect(record.locale).toBe('fr')
})

test('a version processed with no locale, for a localized manifest, is an error too', async () => {
  const { error } = await publishWith({ ...MANIFEST, language: undefined })
  expect((error as Error).message).toMatch(
    /processed with locale \(none\), but the manifest's language is en-US/
  )
})
