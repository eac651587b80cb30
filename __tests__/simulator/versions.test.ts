import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import { TestClient } from './helpers/client.js'

let sim: Simulator
let c: TestClient
let packId: string

beforeEach(async () => {
  sim = await createSimulator({
    state: {
      packs: [
        {
          id: 'pack-1',
          assetPackIdentifier: 'Levels',
          versions: [
            { id: 'v1', state: 'COMPLETE', platforms: ['IOS'] },
            {
              id: 'v2',
              state: 'FAILED',
              stateDetails: { errors: [{ code: 'X', description: 'broken' }] }
            },
            // An earlier failed run left this one behind, with an ASSET reserved and never committed.
            {
              id: 'v3',
              state: 'AWAITING_UPLOAD',
              uploadFiles: [{ id: 'f3', assetType: 'ASSET', fileName: 'Levels.aar', fileSize: 10 }]
            }
          ]
        }
      ]
    }
  })
  c = new TestClient(sim)
  packId = 'pack-1'
})
afterEach(() => sim.close())

const versions = (query = '') => c.api('GET', `/v1/backgroundAssets/${packId}/versions${query}`)
const numbers = (r: { body: { data: { attributes: { version: string } }[] } }) =>
  r.body.data.map(v => v.attributes.version)

test('Apple assigns the next number, even while another version is AWAITING_UPLOAD', async () => {
  const a = await c.createVersion(packId)
  const b = await c.createVersion(packId)
  expect([a.status, b.status]).toEqual([201, 201])
  expect([a.body.data.attributes.version, b.body.data.attributes.version]).toEqual(['4', '5'])
  expect(a.body.data.attributes.state).toBe('AWAITING_UPLOAD')
  expect(a.body.data.attributes.platforms).toBeUndefined()
  expect(numbers(await versions('?filter[state]=AWAITING_UPLOAD'))).toEqual(['3', '4', '5'])
})

test('filters by state and version, sorts by -version, limits', async () => {
  expect(numbers(await versions())).toEqual(['1', '2', '3'])
  expect(numbers(await versions('?sort=-version'))).toEqual(['3', '2', '1'])
  expect(numbers(await versions('?sort=-version&limit=1'))).toEqual(['3'])
  expect(numbers(await versions('?filter[state]=COMPLETE,FAILED'))).toEqual(['1', '2'])
  expect(numbers(await versions('?filter[version]=2'))).toEqual(['2'])
  expect(numbers(await versions('?filter[platforms]=IOS'))).toEqual(['1'])
  expect(numbers(await versions('?filter[internalBetaRelease.state]=READY_FOR_TESTING'))).toEqual([
    '1'
  ])
  expect((await versions('?filter[state]=DONE')).status).toBe(400)
  expect((await versions('?sort=createdDate')).status).toBe(400)
})

test('a version reads with its includes; seeded state shows through', async () => {
  const r = await c.api(
    'GET',
    '/v1/backgroundAssetVersions/v3?include=internalBetaRelease,assetFile,manifestFile'
  )
  expect(r.body.data.relationships.assetFile.data).toEqual({
    type: 'backgroundAssetUploadFiles',
    id: 'f3'
  })
  expect(r.body.data.relationships.internalBetaRelease).toBeUndefined()
  expect(r.body.included).toEqual([
    expect.objectContaining({
      id: 'f3',
      attributes: expect.objectContaining({
        assetDeliveryState: { state: 'AWAITING_UPLOAD', errors: [], warnings: [] },
        uploadOperations: [expect.objectContaining({ method: 'PUT', offset: 0, length: 10 })]
      })
    })
  ])
  const v1 = await c.api('GET', '/v1/backgroundAssetVersions/v1?include=internalBetaRelease')
  expect(v1.body.included[0]).toMatchObject({ attributes: { state: 'READY_FOR_TESTING' } })
  const v2 = await c.api('GET', '/v1/backgroundAssetVersions/v2')
  expect(v2.body.data.attributes.stateDetails.errors).toEqual([
    { code: 'X', description: 'broken' }
  ])
  expect((await c.api('GET', '/v1/backgroundAssetVersions/nope')).status).toBe(404)
})

test('a version of an unknown or archived pack is refused', async () => {
  expect((await c.createVersion('nope')).status).toBe(409)
  const pack = sim.state.packs.get(packId)
  if (pack) pack.archived = true
  const r = await c.createVersion(packId)
  expect(r.status).toBe(409)
  expect(r.body.errors[0].code).toBe('STATE_ERROR')
})

test('lists and links a version’s upload files; no external or App Store releases exist', async () => {
  const files = await c.api('GET', '/v1/backgroundAssetVersions/v3/backgroundAssetUploadFiles')
  expect(files.body.data.map((f: { id: string }) => f.id)).toEqual(['f3'])
  const links = await c.api(
    'GET',
    '/v1/backgroundAssetVersions/v3/relationships/backgroundAssetUploadFiles'
  )
  expect(links.body.data).toEqual([{ type: 'backgroundAssetUploadFiles', id: 'f3' }])
  const vlinks = await c.api('GET', `/v1/backgroundAssets/${packId}/relationships/versions`)
  expect(vlinks.body.data.map((d: { id: string }) => d.id)).toEqual(['v1', 'v2', 'v3'])
  expect((await c.api('GET', '/v1/backgroundAssetVersionExternalBetaReleases/x')).status).toBe(404)
  expect((await c.api('GET', '/v1/backgroundAssetVersionAppStoreReleases/x')).status).toBe(404)
})

test('the snapshot shows what tests seeded and what clients did', async () => {
  await c.createVersion(packId)
  const snap = sim.snapshot()
  expect(snap.versions.map(v => [v.version, v.state])).toEqual([
    ['1', 'COMPLETE'],
    ['2', 'FAILED'],
    ['3', 'AWAITING_UPLOAD'],
    ['4', 'AWAITING_UPLOAD']
  ])
  expect(snap.releases).toEqual([
    expect.objectContaining({ versionId: 'v1', state: 'READY_FOR_TESTING' })
  ])
  snap.versions.length = 0 // a copy: changing it changes nothing
  expect(sim.snapshot().versions).toHaveLength(4)
})
