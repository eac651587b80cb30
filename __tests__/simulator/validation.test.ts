// Request bodies are held against the spec's request schemas; refusals use Apple's entity codes.
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import { TestClient } from './helpers/client.js'

let sim: Simulator
let c: TestClient
let versionId: string

beforeAll(async () => {
  sim = await createSimulator({
    state: { packs: [{ id: 'p', assetPackIdentifier: 'Levels', versions: [{ id: 'v' }] }] }
  })
  c = new TestClient(sim)
  versionId = 'v'
})
afterAll(() => sim.close())

const reserve = (attributes: object, relationships?: object) =>
  c.api('POST', '/v1/backgroundAssetUploadFiles', {
    data: {
      type: 'backgroundAssetUploadFiles',
      attributes,
      relationships: relationships ?? {
        backgroundAssetVersion: { data: { type: 'backgroundAssetVersions', id: versionId } }
      }
    }
  })

test('a missing required attribute: 409 ENTITY_ERROR.ATTRIBUTE.REQUIRED with its pointer', async () => {
  const r = await reserve({ assetType: 'ASSET', fileName: 'a.aar' })
  expect(r.status).toBe(409)
  expect(r.body.errors).toEqual([
    expect.objectContaining({
      code: 'ENTITY_ERROR.ATTRIBUTE.REQUIRED',
      source: { pointer: '/data/attributes/fileSize' }
    })
  ])
})

test('wrong values: enum, minimum, type', async () => {
  const r = await reserve({ assetType: 'VIDEO', fileName: 'a.aar', fileSize: 0 })
  expect(r.status).toBe(409)
  expect(
    r.body.errors.map((e: { code: string; source: { pointer: string } }) => [
      e.code,
      e.source.pointer
    ])
  ).toEqual([
    ['ENTITY_ERROR.ATTRIBUTE.INVALID', '/data/attributes/assetType'],
    ['ENTITY_ERROR.ATTRIBUTE.INVALID', '/data/attributes/fileSize']
  ])
  const typed = await reserve({ assetType: 'ASSET', fileName: 'a.aar', fileSize: '10' })
  expect(typed.body.errors[0].source.pointer).toBe('/data/attributes/fileSize')
})

test('unknown attributes and relationships are refused as Apple does', async () => {
  const r = await reserve({ assetType: 'ASSET', fileName: 'a.aar', fileSize: 1, checksum: 'x' })
  expect(r.status).toBe(409)
  expect(r.body.errors[0]).toMatchObject({
    code: 'ENTITY_ERROR.ATTRIBUTE.UNKNOWN',
    detail: "'checksum' is not an attribute on the resource 'backgroundAssetUploadFiles'"
  })
  const v = await c.api('POST', '/v1/backgroundAssetVersions', {
    data: {
      type: 'backgroundAssetVersions',
      attributes: { version: '7' },
      relationships: { backgroundAsset: { data: { type: 'backgroundAssets', id: 'p' } } }
    }
  })
  expect(v.status).toBe(409)
  expect(v.body.errors[0].code).toBe('ENTITY_ERROR.ATTRIBUTE.UNKNOWN')
  expect(sim.state.versionsOfPack('p')).toHaveLength(1)
})

test('a missing relationship, a wrong type, a body that is not JSON', async () => {
  const noRel = await reserve({ assetType: 'ASSET', fileName: 'a.aar', fileSize: 1 }, {})
  expect(noRel.body.errors[0].code).toBe('ENTITY_ERROR.RELATIONSHIP.REQUIRED')
  const wrongType = await c.api('POST', '/v1/backgroundAssetVersions', {
    data: {
      type: 'backgroundAssets',
      relationships: { backgroundAsset: { data: { type: 'backgroundAssets', id: 'p' } } }
    }
  })
  expect(wrongType.status).toBe(409)
  expect(wrongType.body.errors[0].source.pointer).toBe('/data/type')
  const broken = await c.api('POST', '/v1/backgroundAssetVersions', undefined, {
    rawBody: '{"data": '
  })
  expect(broken.status).toBe(422)
  expect(sim.state.versionsOfPack('p')).toHaveLength(1)
})
