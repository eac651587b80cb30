// After the commits: the manifest check, processing, platforms, the internal beta release.
import { readFileSync } from 'node:fs'
import type { FaultOptions } from '../../src/simulator/faults.js'
import {
  createSimulator,
  type Simulator,
  type SimulatorOptions
} from '../../src/simulator/server.js'
import { aa01Stream, assetPack } from './helpers/archive.js'
import { manifestBytes, MANIFEST, TestClient } from './helpers/client.js'

const LZFSE = readFileSync('__fixtures__/files/Tutorial-lzfse.aar')

let sim: Simulator
let c: TestClient

async function start(o: SimulatorOptions = {}, faults?: FaultOptions): Promise<void> {
  sim = await createSimulator({
    processingDelayMs: 5,
    manifestCheckDelayMs: 5,
    partSizeBytes: 200_000,
    ...o,
    ...(faults ? { faults } : {})
  })
  c = new TestClient(sim)
}
afterEach(() => sim.close())

async function newVersion(identifier = 'Tutorial'): Promise<{ packId: string; versionId: string }> {
  let pack = sim.state.packsOfApp(sim.appId).find(p => p.assetPackIdentifier === identifier)
  if (!pack) {
    const r = await c.createPack(identifier)
    pack = sim.state.packs.get(r.body.data.id)
  }
  const v = await c.createVersion(pack?.id ?? '')
  return { packId: pack?.id ?? '', versionId: v.body.data.id }
}

test('an ASSET commit: PROCESSING, then COMPLETE with the manifest’s platforms and a release', async () => {
  await start()
  const { packId, versionId } = await newVersion()
  const m = await c.upload(
    versionId,
    'MANIFEST',
    'Manifest.json',
    manifestBytes({ platforms: ['iOS', 'macOS', 'tvOS', 'visionOS'] })
  )
  await c.waitForFile(m.fileId, ['COMPLETE'])
  const a = await c.upload(versionId, 'ASSET', 'Tutorial.aar', LZFSE)
  expect(a.commit.body.data.attributes.assetDeliveryState.state).toBe('UPLOAD_COMPLETE')
  expect(sim.state.versions.get(versionId)?.state).toBe('PROCESSING')
  const done = await c.waitForVersion(versionId, ['COMPLETE', 'FAILED'])
  expect(done.body.data.attributes).toMatchObject({
    state: 'COMPLETE',
    platforms: ['IOS', 'MAC_OS', 'TV_OS', 'VISION_OS']
  })
  const file = done.body.included.find((r: { id: string }) => r.id === a.fileId)
  expect(file.attributes.assetDeliveryState.state).toBe('COMPLETE')
  const releaseId = done.body.data.relationships.internalBetaRelease.data.id
  const release = await c.api('GET', `/v1/backgroundAssetVersionInternalBetaReleases/${releaseId}`)
  expect(release.body.data.attributes.state).toBe('READY_FOR_TESTING')
  const pack = await c.api('GET', `/v1/backgroundAssets/${packId}?include=internalBetaVersion`)
  expect(pack.body.data.attributes.usedBytes).toBe(LZFSE.length)
  expect(pack.body.data.relationships.internalBetaVersion.data.id).toBe(versionId)
})

test('the next published version supersedes the pack’s previous release, not other packs’', async () => {
  await start()
  const publish = async (identifier: string) => {
    const { versionId } = await newVersion(identifier)
    await c.upload(versionId, 'ASSET', 'x.aar', LZFSE)
    const done = await c.waitForVersion(versionId, ['COMPLETE'])
    return done.body.data.relationships.internalBetaRelease.data.id as string
  }
  const first = await publish('Tutorial')
  const other = await publish('Other')
  const second = await publish('Tutorial')
  expect(sim.state.releases.get(first)?.state).toBe('SUPERSEDED')
  expect(sim.state.releases.get(second)?.state).toBe('READY_FOR_TESTING')
  expect(sim.state.releases.get(other)?.state).toBe('READY_FOR_TESTING')
  const read = await c.api('GET', `/v1/backgroundAssetVersionInternalBetaReleases/${first}`)
  expect(read.body.data.attributes.state).toBe('SUPERSEDED')
})

test('a bad manifest: the upload file FAILED with errors[], echoed in the version, and processing fails', async () => {
  await start()
  const { versionId } = await newVersion()
  const m = await c.upload(
    versionId,
    'MANIFEST',
    'Manifest.json',
    manifestBytes({ downloadPolicy: { onDemand: null } })
  )
  const failed = await c.waitForFile(m.fileId, ['COMPLETE', 'FAILED'])
  expect(failed.body.data.attributes.assetDeliveryState).toMatchObject({
    state: 'FAILED',
    errors: [{ code: 'ITMS-91140', description: expect.stringContaining('onDemand') }]
  })
  const v = await c.readVersion(versionId)
  expect(v.body.data.attributes.state).toBe('AWAITING_UPLOAD')
  expect(v.body.data.attributes.stateDetails.errors).toEqual([
    expect.objectContaining({ code: 'ITMS-91140' })
  ])
  await c.upload(versionId, 'ASSET', 'x.aar', LZFSE)
  const done = await c.waitForVersion(versionId, ['COMPLETE', 'FAILED'])
  expect(done.body.data.attributes.state).toBe('FAILED')
  expect(sim.state.releases.size).toBe(0)
})

test('the manifest must name the pack and only the app’s platforms', async () => {
  await start({ appPlatforms: ['IOS'] })
  const { versionId } = await newVersion()
  const m = await c.upload(
    versionId,
    'MANIFEST',
    'Manifest.json',
    manifestBytes({ assetPackID: 'Another' })
  )
  const failed = await c.waitForFile(m.fileId, ['COMPLETE', 'FAILED'])
  const codes = failed.body.data.attributes.assetDeliveryState.errors.map(
    (e: { code: string }) => e.code
  )
  expect(codes).toEqual(['MANIFEST_ASSET_PACK_ID', 'ITMS-91139'])
})

test.each<[string, FaultOptions, string]>([
  ['manifestFailure', { manifestFailure: true }, 'SIMULATED_MANIFEST_FAILURE'],
  [
    'manifestFailure with errors',
    { manifestFailure: [{ code: 'ITMS-90000', description: 'nope' }] },
    'ITMS-90000'
  ]
])('fault %s fails a good manifest', async (_n, faults, code) => {
  await start({}, faults)
  const { versionId } = await newVersion()
  const m = await c.upload(versionId, 'MANIFEST', 'Manifest.json', manifestBytes())
  const r = await c.waitForFile(m.fileId, ['COMPLETE', 'FAILED'])
  expect(r.body.data.attributes.assetDeliveryState.state).toBe('FAILED')
  expect(r.body.data.attributes.assetDeliveryState.errors[0].code).toBe(code)
})

test('fault processingFailure: version FAILED with stateDetails.errors, no release', async () => {
  await start({}, { processingFailure: true })
  const { versionId } = await newVersion()
  const a = await c.upload(versionId, 'ASSET', 'x.aar', LZFSE)
  const done = await c.waitForVersion(versionId, ['COMPLETE', 'FAILED'])
  expect(done.body.data.attributes.state).toBe('FAILED')
  expect(done.body.data.attributes.stateDetails.errors).toEqual([
    expect.objectContaining({ code: 'SIMULATED_PROCESSING_FAILURE' })
  ])
  expect(done.body.data.relationships.internalBetaRelease).toBeUndefined()
  expect(sim.state.uploadFiles.get(a.fileId)?.state).toBe('FAILED')
})

test('fault processingNeverFinishes: the version stays PROCESSING', async () => {
  await start({ processingDelayMs: 1 }, { processingNeverFinishes: true })
  const { versionId } = await newVersion()
  await c.upload(versionId, 'ASSET', 'x.aar', LZFSE)
  await sim.settled()
  await new Promise(resolve => setTimeout(resolve, 50))
  expect((await c.readVersion(versionId)).body.data.attributes.state).toBe('PROCESSING')
})

test.each<[string, Buffer, RegExp]>([
  [
    'a zip',
    Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100)]),
    /not an Apple Archive/
  ],
  ['an encrypted archive', Buffer.concat([Buffer.from('AEA1'), Buffer.alloc(100)]), /encrypted/],
  ['a truncated container', assetPack(MANIFEST).subarray(0, 200), /truncated|broken block/]
])('processing fails %s', async (_n, bytes, message) => {
  await start()
  const { versionId } = await newVersion()
  await c.upload(versionId, 'ASSET', 'x.aar', bytes)
  const done = await c.waitForVersion(versionId, ['COMPLETE', 'FAILED'])
  expect(done.body.data.attributes.state).toBe('FAILED')
  expect(done.body.data.attributes.stateDetails.errors[0]).toMatchObject({
    code: 'ASSET_PACK_INVALID_ARCHIVE',
    description: expect.stringMatching(message)
  })
})

test('without a MANIFEST upload, platforms come from the archive’s own Manifest.json', async () => {
  await start()
  const { versionId } = await newVersion()
  await c.upload(
    versionId,
    'ASSET',
    'x.aar',
    assetPack({ ...MANIFEST, platforms: ['tvOS', 'visionOS'] })
  )
  const done = await c.waitForVersion(versionId, ['COMPLETE', 'FAILED'])
  expect(done.body.data.attributes).toMatchObject({
    state: 'COMPLETE',
    platforms: ['TV_OS', 'VISION_OS']
  })
})

test('an archive made for another pack fails processing', async () => {
  await start()
  const { versionId } = await newVersion()
  await c.upload(versionId, 'ASSET', 'x.aar', assetPack({ ...MANIFEST, assetPackID: 'Levels' }))
  const done = await c.waitForVersion(versionId, ['COMPLETE', 'FAILED'])
  expect(done.body.data.attributes.state).toBe('FAILED')
  expect(done.body.data.attributes.stateDetails.errors[0].code).toBe('ASSET_PACK_ID_MISMATCH')
})

test('a raw AA01 stream (no container) is read too', async () => {
  await start()
  const { versionId } = await newVersion()
  await c.upload(versionId, 'ASSET', 'x.aar', aa01Stream({ ...MANIFEST, platforms: ['visionOS'] }))
  const done = await c.waitForVersion(versionId, ['COMPLETE', 'FAILED'])
  expect(done.body.data.attributes).toMatchObject({ state: 'COMPLETE', platforms: ['VISION_OS'] })
})

test('an archive whose manifest cannot be read gets the default platforms', async () => {
  await start({ defaultPlatforms: ['MAC_OS'] })
  const { versionId } = await newVersion()
  // The LZFSE fixture's blocks are compressed: the simulator has no decompressor.
  await c.upload(versionId, 'ASSET', 'x.aar', LZFSE)
  const done = await c.waitForVersion(versionId, ['COMPLETE', 'FAILED'])
  expect(done.body.data.attributes).toMatchObject({ state: 'COMPLETE', platforms: ['MAC_OS'] })
})

test('no upload is taken once the version is PROCESSING', async () => {
  await start({ processingDelayMs: 60_000 })
  const { versionId } = await newVersion()
  await c.upload(versionId, 'ASSET', 'x.aar', LZFSE)
  expect((await c.reserve(versionId, 'MANIFEST', 'Manifest.json', 10)).status).toBe(409)
})
