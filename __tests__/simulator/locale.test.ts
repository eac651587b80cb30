import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import { manifestBytes, TestClient } from './helpers/client.js'

let sim: Simulator
let c: TestClient

beforeEach(async () => {
  sim = await createSimulator({
    manifestCheckDelayMs: 1,
    processingDelayMs: 1,
    state: {
      packs: [
        {
          id: 'voice-en',
          assetPackIdentifier: 'voice-en',
          versions: [{ id: 'en-1', state: 'COMPLETE', locale: 'en-US' }]
        },
        {
          id: 'voice-fr',
          assetPackIdentifier: 'voice-fr',
          versions: [{ id: 'fr-1', state: 'COMPLETE', locale: 'fr' }]
        },
        { id: 'levels', assetPackIdentifier: 'Levels', versions: [{ state: 'COMPLETE' }] }
      ]
    }
  })
  c = new TestClient(sim)
})
afterEach(() => sim.close())

const ids = (r: { body: { data: { id: string }[] } }) => r.body.data.map(d => d.id)

test("a localized MANIFEST sets the version's locale", async () => {
  const pack = await c.createPack('Tutorial')
  const version = await c.createVersion(pack.body.data.id)
  const versionId: string = version.body.data.id
  expect(version.body.data.attributes.locale).toBeUndefined()
  const { fileId } = await c.upload(
    versionId,
    'MANIFEST',
    'Manifest.json',
    manifestBytes({ language: 'ja' })
  )
  await c.waitForFile(fileId, ['COMPLETE'])
  const read = await c.readVersion(versionId)
  expect(read.body.data.attributes.locale).toBe('ja')
})

test("filter[locale] picks a pack's versions of that locale", async () => {
  const list = (q: string) => c.api('GET', `/v1/backgroundAssets/voice-en/versions${q}`)
  expect(ids(await list('?filter[locale]=en-US'))).toEqual(['en-1'])
  expect(ids(await list('?filter[locale]=fr'))).toEqual([])
})

test("filter[versions.locale] picks an app's packs with a version of that locale", async () => {
  const list = (q: string) => c.api('GET', `/v1/apps/${sim.appId}/backgroundAssets${q}`)
  expect(ids(await list('?filter[versions.locale]=fr'))).toEqual(['voice-fr'])
  expect(ids(await list('?filter[versions.locale]=fr,en-US')).sort()).toEqual([
    'voice-en',
    'voice-fr'
  ])
  expect(ids(await list('?filter[versions.locale]=de'))).toEqual([])
  expect(ids(await list('')).sort()).toEqual(['levels', 'voice-en', 'voice-fr'])
})
