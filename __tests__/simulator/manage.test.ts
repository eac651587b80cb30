// Pack management in the simulator: usedBytes (the largest eligible version), the external beta and
// App Store releases (seeded, readable), and the archive PATCH's seedable faults.
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import { TestClient, type Res } from './helpers/client.js'
import { validateResponse } from './helpers/spec-validator.js'

let sim: Simulator
let c: TestClient

const asset = (fileSize: number) => ({
  assetType: 'ASSET' as const,
  fileName: 'Levels.aar',
  fileSize,
  state: 'COMPLETE' as const
})

beforeEach(async () => {
  sim = await createSimulator({
    state: {
      packs: [
        {
          id: 'p-levels',
          assetPackIdentifier: 'Levels',
          versions: [
            { id: 'v1', state: 'COMPLETE', uploadFiles: [asset(300)] },
            {
              id: 'v2',
              state: 'COMPLETE',
              uploadFiles: [asset(200)],
              externalBetaRelease: { id: 'x2', state: 'IN_REVIEW' },
              appStoreRelease: { id: 's2', state: 'READY_FOR_DISTRIBUTION' }
            },
            // Failed and pending versions are not eligible, however large.
            { id: 'v3', state: 'FAILED', uploadFiles: [{ ...asset(900), state: 'FAILED' }] },
            { id: 'v4', state: 'AWAITING_UPLOAD' }
          ]
        },
        {
          id: 'p-old',
          assetPackIdentifier: 'Old',
          archived: true,
          versions: [{ state: 'COMPLETE', uploadFiles: [asset(500)] }]
        }
      ]
    }
  })
  c = new TestClient(sim)
})
afterEach(() => sim.close())

function conforms(r: Res): void {
  expect(validateResponse(r.method, r.url, r.status, r.body).errors).toEqual([])
}

test("usedBytes is the size of the pack's largest processed version; an archived pack has none", async () => {
  const r = await c.api('GET', `/v1/apps/${sim.appId}/backgroundAssets`)
  conforms(r)
  const used = Object.fromEntries(
    r.body.data.map((p: { id: string; attributes: { usedBytes: number } }) => [
      p.id,
      p.attributes.usedBytes
    ])
  )
  expect(used).toEqual({ 'p-levels': 300, 'p-old': 0 })
})

test('the external beta and App Store releases are readable, alone and included', async () => {
  const ext = await c.api('GET', '/v1/backgroundAssetVersionExternalBetaReleases/x2')
  conforms(ext)
  expect(ext.body.data).toMatchObject({
    type: 'backgroundAssetVersionExternalBetaReleases',
    id: 'x2',
    attributes: { state: 'IN_REVIEW' }
  })
  const store = await c.api(
    'GET',
    '/v1/backgroundAssetVersionAppStoreReleases/s2?include=backgroundAssetVersion'
  )
  conforms(store)
  expect(store.body.data.attributes.state).toBe('READY_FOR_DISTRIBUTION')
  expect(store.body.included[0]).toMatchObject({ type: 'backgroundAssetVersions', id: 'v2' })
  const missing = await c.api('GET', '/v1/backgroundAssetVersionAppStoreReleases/nope')
  expect(missing.status).toBe(404)

  const v = await c.api(
    'GET',
    '/v1/backgroundAssetVersions/v2?include=externalBetaRelease,appStoreRelease'
  )
  conforms(v)
  expect(v.body.data.relationships.externalBetaRelease.data.id).toBe('x2')
  expect(v.body.data.relationships.appStoreRelease.data.id).toBe('s2')
  expect(v.body.included.map((i: { id: string }) => i.id).sort()).toEqual(['s2', 'x2'])

  const pack = await c.api('GET', '/v1/backgroundAssets/p-levels?include=appStoreVersion')
  conforms(pack)
  expect(pack.body.data.relationships.appStoreVersion.data.id).toBe('v2')

  const filtered = await c.api(
    'GET',
    '/v1/backgroundAssets/p-levels/versions?filter[appStoreRelease.state]=READY_FOR_DISTRIBUTION'
  )
  expect(filtered.body.data.map((x: { id: string }) => x.id)).toEqual(['v2'])
})

const patch = (archived: boolean) =>
  c.api('PATCH', '/v1/backgroundAssets/p-levels', {
    data: { type: 'backgroundAssets', id: 'p-levels', attributes: { archived } }
  })

test('archiveThen500: the PATCH archives, then answers 500', async () => {
  sim.faults.options.archiveThen500 = 1
  const first = await patch(true)
  expect(first.status).toBe(500)
  expect(sim.state.packs.get('p-levels')?.archived).toBe(true)
  const read = await c.api('GET', '/v1/backgroundAssets/p-levels')
  expect(read.body.data.attributes).toMatchObject({ archived: true, usedBytes: 0 })
  // Only the first one fails.
  expect((await patch(true)).status).toBe(200)
})

test('slowArchiveMs: the PATCH takes that long, and the change is made at the end', async () => {
  sim.faults.options.slowArchiveMs = 400
  const started = Date.now()
  const pending = patch(true)
  await new Promise(resolve => setTimeout(resolve, 150))
  expect(sim.state.packs.get('p-levels')?.archived).toBe(false)
  const r = await pending
  expect(r.status).toBe(200)
  expect(Date.now() - started).toBeGreaterThanOrEqual(390)
  expect(r.body.data.attributes.archived).toBe(true)
  expect(sim.requests.at(-1)?.fault).toBe('slowArchive')
})
