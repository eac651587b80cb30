// App Store review in the simulator, over HTTP: submissions, items, App Review's timeline and the
// App Store release; every answer held strictly against Apple's spec files.
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import type { SeedPack } from '../../src/simulator/seed.js'
import { eventually, TestClient, type Res } from './helpers/client.js'
import { validateErrorResponse, validateResponse } from './helpers/spec-validator.js'

const seedPack = (id: string, state = 'COMPLETE' as const): SeedPack => ({
  assetPackIdentifier: id,
  versions: [{ state, platforms: ['IOS', 'MAC_OS'] }]
})

function conforms(r: Res): Res {
  const verdict = validateResponse(r.method, r.url, r.status, r.body)
  const where = `${r.method} ${r.url} → ${r.status}`
  expect({ where, errors: verdict.errors }).toEqual({ where, errors: [] })
  if (!verdict.schema && r.status !== 204) {
    expect({ where, errors: validateErrorResponse(r.body) }).toEqual({ where, errors: [] })
  }
  return r
}

describe('review submissions in the simulator', () => {
  let sim: Simulator
  let c: TestClient
  const versionOf = (pack: string) =>
    [...sim.state.versions.values()].find(
      v => sim.state.packs.get(v.packId)?.assetPackIdentifier === pack
    )!.id

  beforeEach(async () => {
    sim = await createSimulator({
      state: {
        packs: [
          ...Array.from({ length: 11 }, (_, i) => seedPack(`Pack-${i + 1}`)),
          seedPack('Busy', 'PROCESSING' as never)
        ]
      },
      review: { startDelayMs: 20, decisionDelayMs: 20, cancelDelayMs: 20 }
    })
    c = new TestClient(sim)
  })
  afterEach(async () => {
    for (const r of c.responses) conforms(r)
    await sim.close()
  })

  const create = (platform?: string) =>
    c.api('POST', '/v1/reviewSubmissions', {
      data: {
        type: 'reviewSubmissions',
        ...(platform ? { attributes: { platform } } : {}),
        relationships: { app: { data: { type: 'apps', id: sim.appId } } }
      }
    })
  const add = (submissionId: string, versionId: string) =>
    c.api('POST', '/v1/reviewSubmissionItems', {
      data: {
        type: 'reviewSubmissionItems',
        relationships: {
          reviewSubmission: { data: { type: 'reviewSubmissions', id: submissionId } },
          backgroundAssetVersion: { data: { type: 'backgroundAssetVersions', id: versionId } }
        }
      }
    })
  const patch = (id: string, attributes: Record<string, unknown>) =>
    c.api('PATCH', `/v1/reviewSubmissions/${id}`, {
      data: { type: 'reviewSubmissions', id, attributes }
    })
  const submission = async (id: string) =>
    (await c.api('GET', `/v1/reviewSubmissions/${id}?include=items`)).body
  const release = async (versionId: string) => {
    const r = await c.api('GET', `/v1/backgroundAssetVersions/${versionId}?include=appStoreRelease`)
    return r.body.included?.find(
      (x: { type: string }) => x.type === 'backgroundAssetVersionAppStoreReleases'
    )?.attributes.state as string | undefined
  }

  test('one submission in progress per app and platform: a second create is a 409 naming it', async () => {
    const first = await create('IOS')
    expect(first.status).toBe(201)
    expect(first.body.data.attributes).toEqual({ platform: 'IOS', state: 'READY_FOR_REVIEW' })
    const second = await create('IOS')
    expect(second.status).toBe(409)
    expect(second.body.errors[0].detail).toBe(
      `There is another reviewSubmissions with id ${first.body.data.id} still in progress.`
    )
    expect((await create('MAC_OS')).status).toBe(201)
    const open = await c.api(
      'GET',
      `/v1/reviewSubmissions?filter[app]=${sim.appId}&filter[platform]=IOS&filter[state]=READY_FOR_REVIEW`
    )
    expect(open.body.data.map((s: { id: string }) => s.id)).toEqual([first.body.data.id])
    const missing = await c.api('GET', '/v1/reviewSubmissions?filter[platform]=IOS')
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].source).toEqual({ parameter: 'filter[app]' })
  })

  test('only COMPLETE versions, never one twice per platform, one version per pack, at most 10 packs', async () => {
    const ios = (await create('IOS')).body.data.id
    const mac = (await create('MAC_OS')).body.data.id
    const busy = await add(ios, versionOf('Busy'))
    expect(busy.status).toBe(409)
    expect(busy.body.errors[0].code).toBe('STATE_ERROR.ENTITY_STATE_INVALID')
    expect((await add(ios, versionOf('Pack-1'))).status).toBe(201)
    const again = await add(ios, versionOf('Pack-1'))
    expect([again.status, again.body.errors[0].code]).toEqual([409, 'ENTITY_ERROR'])
    expect(again.body.errors[0].detail).toContain(ios)
    // A version on two platforms goes into each platform's submission.
    expect((await add(mac, versionOf('Pack-1'))).status).toBe(201)
    for (let i = 2; i <= 10; i++) expect((await add(ios, versionOf(`Pack-${i}`))).status).toBe(201)
    const eleventh = await add(ios, versionOf('Pack-11'))
    expect(eleventh.status).toBe(409)
    expect(eleventh.body.errors[0].detail).toMatch(/at most 10 asset packs/)
    const items = await c.api(
      'GET',
      `/v1/reviewSubmissions/${ios}/items?include=backgroundAssetVersion&limit=50`
    )
    expect(items.body.data).toHaveLength(10)
    expect(items.body.data[0].relationships.backgroundAssetVersion.data.id).toBe(
      versionOf('Pack-1')
    )
  })

  test('submitted: WAITING_FOR_REVIEW, and no more changes or creates while in progress', async () => {
    sim.review.options.startDelayMs = 60_000
    const id = (await create('IOS')).body.data.id
    const versionId = versionOf('Pack-1')
    expect((await patch(id, { submitted: true })).status).toBe(409) // nothing to submit yet
    expect((await add(id, versionId)).status).toBe(201)
    expect(await release(versionId)).toBeUndefined()
    const submitted = await patch(id, { submitted: true })
    expect(submitted.body.data.attributes.state).toBe('WAITING_FOR_REVIEW')
    expect(submitted.body.data.attributes.submittedDate).toEqual(expect.any(String))
    expect(await release(versionId)).toBe('WAITING_FOR_REVIEW')
    expect((await submission(id)).included[0].attributes.state).toBe('ACCEPTED')
    expect((await add(id, versionOf('Pack-2'))).status).toBe(409) // no longer a draft
    expect((await create('IOS')).status).toBe(409) // still in progress
    expect((await patch(id, { submitted: true })).status).toBe(409)
  })

  test('then IN_REVIEW, then approved: the App Store release READY_FOR_DISTRIBUTION', async () => {
    sim.review.options.decisionDelayMs = 200
    const id = (await create('IOS')).body.data.id
    const versionId = versionOf('Pack-1')
    await add(id, versionId)
    await patch(id, { submitted: true })
    await eventually(() => sim.state.review.submissions.get(id)?.state === 'IN_REVIEW')
    expect(await release(versionId)).toBe('IN_REVIEW')
    await eventually(() => sim.state.review.submissions.get(id)?.state === 'COMPLETE')
    expect((await submission(id)).included[0].attributes.state).toBe('APPROVED')
    expect(await release(versionId)).toBe('READY_FOR_DISTRIBUTION')
    const pack = await c.api(
      'GET',
      `/v1/backgroundAssets/${sim.state.versions.get(versionId)!.packId}?include=appStoreVersion`
    )
    expect(pack.body.data.relationships.appStoreVersion.data.id).toBe(versionId)
    const relId = sim.state.review.releaseOfVersion(versionId)!.id
    const read = await c.api(
      'GET',
      `/v1/backgroundAssetVersionAppStoreReleases/${relId}?include=backgroundAssetVersion`
    )
    expect(read.body.data.relationships.backgroundAssetVersion.data.id).toBe(versionId)
    const next = (await create('IOS')).body.data.id
    const reviewed = await add(next, versionId)
    expect(reviewed.body.errors[0].code).toBe('STATE_ERROR.ENTITY_STATE_INVALID')
  })

  test('a rejected pack: its item and release REJECTED, the submission UNRESOLVED_ISSUES', async () => {
    sim.review.options.rejectPacks = ['Pack-2']
    const id = (await create('IOS')).body.data.id
    await add(id, versionOf('Pack-1'))
    await add(id, versionOf('Pack-2'))
    await patch(id, { submitted: true })
    await eventually(() => sim.state.review.submissions.get(id)?.state === 'UNRESOLVED_ISSUES')
    expect(await release(versionOf('Pack-1'))).toBe('READY_FOR_DISTRIBUTION')
    expect(await release(versionOf('Pack-2'))).toBe('REJECTED')
  })

  test('resolved: a rejected item goes back to READY_FOR_REVIEW and the submission can go again', async () => {
    sim.review.options.rejectPacks = ['Pack-1']
    const id = (await create('IOS')).body.data.id
    const itemId = (await add(id, versionOf('Pack-1'))).body.data.id
    await patch(id, { submitted: true })
    await eventually(() => sim.state.review.submissions.get(id)?.state === 'UNRESOLVED_ISSUES')
    const resolved = await c.api('PATCH', `/v1/reviewSubmissionItems/${itemId}`, {
      data: { type: 'reviewSubmissionItems', id: itemId, attributes: { resolved: true } }
    })
    expect(resolved.body.data.attributes.state).toBe('READY_FOR_REVIEW')
    sim.review.options.rejectPacks = []
    expect((await patch(id, { submitted: true })).body.data.attributes.state).toBe(
      'WAITING_FOR_REVIEW'
    )
    await eventually(() => sim.state.review.submissions.get(id)?.state === 'COMPLETE')
    expect(await release(versionOf('Pack-1'))).toBe('READY_FOR_DISTRIBUTION')
  })

  test('seeded random rejections are reproducible', async () => {
    const outcome = async (seed: number) => {
      const s = await createSimulator({
        state: { packs: [seedPack('A')] },
        faults: { seed },
        review: { startDelayMs: 1, decisionDelayMs: 1, rejectRate: 0.5 }
      })
      const v = [...s.state.versions.values()][0]!
      const sub = s.state.review.createSubmission(s.appId, 'IOS')
      s.state.review.createItem(sub.id, v.id)
      s.review.submit(sub)
      await s.settled()
      const state = sub.state
      await s.close()
      return state
    }
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map(outcome))
    expect(await Promise.all([1, 2, 3, 4, 5, 6].map(outcome))).toEqual(results)
    expect(new Set(results)).toEqual(new Set(['COMPLETE', 'UNRESOLVED_ISSUES']))
  })

  test('canceled: CANCELING, then COMPLETE with its items removed; the app may create again', async () => {
    const id = (await create('IOS')).body.data.id
    await add(id, versionOf('Pack-1'))
    const canceling = await patch(id, { canceled: true })
    expect(canceling.body.data.attributes.state).toBe('CANCELING')
    expect((await create('IOS')).status).toBe(409)
    expect((await patch(id, { canceled: true })).status).toBe(409)
    await eventually(() => sim.state.review.submissions.get(id)?.state === 'COMPLETE')
    expect((await submission(id)).included[0].attributes.state).toBe('REMOVED')
    const next = await create('IOS')
    expect(next.status).toBe(201)
    expect((await add(next.body.data.id, versionOf('Pack-1'))).status).toBe(201)
  })

  test('a draft item can be removed or deleted; other item kinds are refused', async () => {
    const id = (await create('IOS')).body.data.id
    const a = (await add(id, versionOf('Pack-1'))).body.data.id
    const b = (await add(id, versionOf('Pack-2'))).body.data.id
    const removed = await c.api('PATCH', `/v1/reviewSubmissionItems/${a}`, {
      data: { type: 'reviewSubmissionItems', id: a, attributes: { removed: true } }
    })
    expect(removed.body.data.attributes.state).toBe('REMOVED')
    const deleted = await c.api('DELETE', `/v1/reviewSubmissionItems/${b}`)
    expect([deleted.status, deleted.body]).toEqual([204, undefined])
    expect((await add(id, versionOf('Pack-1'))).status).toBe(201)
    const appVersion = await c.api('POST', '/v1/reviewSubmissionItems', {
      data: {
        type: 'reviewSubmissionItems',
        relationships: {
          reviewSubmission: { data: { type: 'reviewSubmissions', id } },
          appStoreVersion: { data: { type: 'appStoreVersions', id: 'x' } }
        }
      }
    })
    expect(appVersion.body.errors[0].code).toBe('ENTITY_ERROR.RELATIONSHIP.INVALID')
    const links = await c.api('GET', `/v1/apps/${sim.appId}/relationships/reviewSubmissions`)
    expect(links.body.data).toEqual([{ type: 'reviewSubmissions', id }])
    const related = await c.api('GET', `/v1/apps/${sim.appId}/reviewSubmissions?include=app`)
    expect(related.body.included[0].type).toBe('apps')
    const itemLinks = await c.api('GET', `/v1/reviewSubmissions/${id}/relationships/items`)
    expect(itemLinks.body.data).toHaveLength(2) // the removed one and the new one
  })
})
