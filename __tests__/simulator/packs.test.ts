import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import { TestClient } from './helpers/client.js'

let sim: Simulator
let c: TestClient

beforeEach(async () => {
  sim = await createSimulator({
    state: {
      apps: [{ id: '999' }],
      packs: [
        { assetPackIdentifier: 'Levels', createdDate: '2026-01-01T00:00:00.000Z' },
        {
          assetPackIdentifier: 'Archived',
          archived: true,
          createdDate: '2026-02-01T00:00:00.000Z'
        },
        { assetPackIdentifier: 'Other-App', appId: '999' }
      ]
    }
  })
  c = new TestClient(sim)
})
afterEach(() => sim.close())

const list = (query = '') => c.api('GET', `/v1/apps/${sim.appId}/backgroundAssets${query}`)
const identifiers = (r: { body: { data: { attributes: { assetPackIdentifier: string } }[] } }) =>
  r.body.data.map(p => p.attributes.assetPackIdentifier)

test('lists an app’s packs, filtered by identifier and archived, sorted', async () => {
  expect(identifiers(await list())).toEqual(['Levels', 'Archived'])
  expect(identifiers(await list('?filter[assetPackIdentifier]=Levels'))).toEqual(['Levels'])
  expect(
    identifiers(await list('?filter[assetPackIdentifier]=Levels,Archived&sort=-createdDate'))
  ).toEqual(['Archived', 'Levels'])
  expect(identifiers(await list('?filter[archived]=false'))).toEqual(['Levels'])
  expect(identifiers(await list('?filter[assetPackIdentifier]=Nope'))).toEqual([])
  expect(identifiers(await list('?sort=assetPackIdentifier'))).toEqual(['Archived', 'Levels'])
})

test.each(['com.example.levels', 'my_pack', 'a b'])(
  'filter[assetPackIdentifier]=%s is refused: 400 PARAMETER_ERROR, "Found invalid values"',
  async value => {
    const r = await list(`?filter[assetPackIdentifier]=${encodeURIComponent(value)}`)
    expect(r.status).toBe(400)
    expect(r.body.errors[0]).toMatchObject({
      status: '400',
      code: 'PARAMETER_ERROR.INVALID',
      source: { parameter: 'filter[assetPackIdentifier]' }
    })
    expect(r.body.errors[0].detail).toMatch(/^Found invalid values/)
  }
)

test('an unknown app is 404; an unknown or misspelled parameter is 400', async () => {
  expect((await c.api('GET', '/v1/apps/42/backgroundAssets')).status).toBe(404)
  const illegal = await list('?filter[identifier]=Levels')
  expect(illegal.status).toBe(400)
  expect(illegal.body.errors[0].code).toBe('PARAMETER_ERROR.ILLEGAL')
  const badSort = await list('?sort=name')
  expect(badSort.status).toBe(400)
  expect(badSort.body.errors[0].code).toBe('PARAMETER_ERROR.INVALID')
})

test('creates a pack (201) and refuses the same identifier again (409)', async () => {
  const r = await c.createPack('Tutorial-2')
  expect(r.status).toBe(201)
  expect(r.body.data).toMatchObject({
    type: 'backgroundAssets',
    attributes: { assetPackIdentifier: 'Tutorial-2', archived: false, usedBytes: 0 }
  })
  expect(r.body.links.self).toBe(`${sim.url}/v1/backgroundAssets/${r.body.data.id}`)
  const dup = await c.createPack('Tutorial-2')
  expect(dup.status).toBe(409)
  expect(dup.body.errors[0].source).toEqual({ pointer: '/data/attributes/assetPackIdentifier' })
  // An archived identifier can never be used again; another app may use the same one.
  expect((await c.createPack('Archived')).status).toBe(409)
  expect((await c.createPack('Tutorial-2', '999')).status).toBe(201)
  expect(sim.count({ operationId: 'backgroundAssets_createInstance', status: 201 })).toBe(2)
})

test.each(['Tutorial.Pack', 'under_score', ''])(
  'create refuses the identifier %j with 400',
  async id => {
    const r = await c.createPack(id)
    expect(r.status).toBe(400)
    expect(r.body.errors[0]).toMatchObject({
      code: 'PARAMETER_ERROR.INVALID',
      source: { pointer: '/data/attributes/assetPackIdentifier' }
    })
    expect(sim.state.packsOfApp(sim.appId).map(p => p.assetPackIdentifier)).not.toContain(id)
  }
)

test('create refuses an app that does not exist', async () => {
  const r = await c.createPack('Fine', '31337')
  expect(r.status).toBe(409)
  expect(r.body.errors[0].code).toBe('ENTITY_ERROR.RELATIONSHIP.INVALID')
})

test('reads a pack, includes its app on request, 404 for an unknown id', async () => {
  const id = sim.state.packsOfApp(sim.appId)[0]?.id ?? ''
  const plain = await c.api('GET', `/v1/backgroundAssets/${id}`)
  expect(plain.body.data.relationships.app).toBeUndefined()
  expect(plain.body.included).toBeUndefined()
  const withApp = await c.api('GET', `/v1/backgroundAssets/${id}?include=app`)
  expect(withApp.body.data.relationships.app.data).toEqual({ type: 'apps', id: sim.appId })
  expect(withApp.body.included).toEqual([expect.objectContaining({ type: 'apps', id: sim.appId })])
  const sparse = await c.api(
    'GET',
    `/v1/backgroundAssets/${id}?fields[backgroundAssets]=assetPackIdentifier`
  )
  expect(sparse.body.data.attributes).toEqual({ assetPackIdentifier: 'Levels' })
  const missing = await c.api('GET', '/v1/backgroundAssets/does-not-exist')
  expect(missing.status).toBe(404)
  expect(missing.body.errors[0].detail).toBe(
    "There is no resource of type 'backgroundAssets' with id 'does-not-exist'"
  )
})

test('archiving is for good; there is no DELETE and no top-level list', async () => {
  const id = sim.state.packsOfApp(sim.appId)[0]?.id ?? ''
  const patch = (archived: boolean, bodyId = id) =>
    c.api('PATCH', `/v1/backgroundAssets/${id}`, {
      data: { type: 'backgroundAssets', id: bodyId, attributes: { archived } }
    })
  expect((await patch(true, 'another-id')).status).toBe(409)
  expect((await patch(true)).body.data.attributes.archived).toBe(true)
  expect((await patch(false)).status).toBe(409)
  const del = await c.api('DELETE', `/v1/backgroundAssets/${id}`)
  expect(del.status).toBe(405)
  expect(del.body.errors[0].code).toBe('METHOD_NOT_ALLOWED')
  expect((await c.api('GET', '/v1/backgroundAssets')).status).toBe(405)
  expect(sim.state.packs.has(id)).toBe(true)
})

test('pages with limit, cursor and links.next', async () => {
  for (const id of ['P1', 'P2', 'P3']) await c.createPack(id)
  const first = await list('?limit=2')
  expect(first.body.data).toHaveLength(2)
  expect(first.body.meta.paging).toMatchObject({ total: 5, limit: 2 })
  const second = await c.api('GET', first.body.links.next)
  expect(second.body.data).toHaveLength(2)
  const third = await c.api('GET', second.body.links.next)
  expect(third.body.data).toHaveLength(1)
  expect(third.body.links.next).toBeUndefined()
  const all = [...first.body.data, ...second.body.data, ...third.body.data].map(
    (p: { id: string }) => p.id
  )
  expect(new Set(all).size).toBe(5)
  const linkages = await c.api(
    'GET',
    `/v1/apps/${sim.appId}/relationships/backgroundAssets?limit=200`
  )
  expect(linkages.body.data.map((d: { id: string }) => d.id).sort()).toEqual([...all].sort())
  expect((await list('?limit=0')).status).toBe(400)
  expect((await list('?limit=201')).status).toBe(400)
})
