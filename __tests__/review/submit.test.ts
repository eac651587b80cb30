// The submit-for-review flow over HTTP against the simulator: each rule of issue 13 by a test.
import { importPKCS8 } from 'jose'
import { AscClient } from '../../src/engine/asc/resources.js'
import { MemoryLogger } from '../../src/engine/log.js'
import {
  ReviewFailedError,
  ReviewRefusedError,
  submitForReview,
  type ReviewOptions,
  type VersionToSubmit
} from '../../src/engine/review/submit.js'
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import type { SeedPack } from '../../src/simulator/seed.js'

const pack = (id: string, state = 'COMPLETE', platforms = ['IOS', 'MAC_OS']): SeedPack =>
  ({
    id: `pack-${id}`,
    assetPackIdentifier: id,
    versions: [{ id: `v-${id}`, state, platforms }]
  }) as SeedPack

let sim: Simulator
let client: AscClient
let logger: MemoryLogger

async function start(packs: SeedPack[]): Promise<void> {
  sim = await createSimulator({
    state: { packs },
    review: { startDelayMs: 60_000 }
  })
  logger = new MemoryLogger()
  client = new AscClient({
    credentials: {
      keyId: sim.key.keyId,
      issuerId: sim.key.issuerId ?? undefined,
      privateKey: await importPKCS8(sim.key.privateKeyPem, 'ES256')
    },
    logger,
    baseUrl: sim.url,
    env: { sleep: async () => undefined }
  })
}

afterEach(async () => {
  await client.close()
  await sim.close()
})

const v = (id: string): VersionToSubmit => ({ identifier: id, versionId: `v-${id}` })
const run = (versions: VersionToSubmit[], o: Partial<ReviewOptions> = {}) =>
  submitForReview(client, { appId: sim.appId, versions, mode: 'submit', logger, ...o })
const creates = () => sim.count({ operationId: 'reviewSubmissions_createInstance', status: 201 })
const adds = () => sim.count({ operationId: 'reviewSubmissionItems_createInstance', status: 201 })
const writes = () => sim.requests.filter(r => r.method !== 'GET').length

test('one submission per platform of the version, submitted; the App Store release WAITING_FOR_REVIEW', async () => {
  await start([pack('Levels')])
  const out = await run([v('Levels')])
  expect(Object.keys(out.submissions).sort()).toEqual(['IOS', 'MAC_OS'])
  expect(out.submissions.IOS).toMatchObject({
    state: 'WAITING_FOR_REVIEW',
    created: true,
    added: ['Levels']
  })
  expect(out.versions[0]?.appStoreReleaseState).toBe('WAITING_FOR_REVIEW')
  expect(sim.state.review.submissions.get(out.submissions.MAC_OS!.submissionId)?.state).toBe(
    'WAITING_FOR_REVIEW'
  )
})

test('draft: added to the open submission and left READY_FOR_REVIEW', async () => {
  await start([pack('Levels', 'COMPLETE', ['IOS'])])
  const out = await run([v('Levels')], { mode: 'draft' })
  expect(out.submissions.IOS?.state).toBe('READY_FOR_REVIEW')
  expect(sim.count({ operationId: 'reviewSubmissions_updateInstance' })).toBe(0)
  expect(out.versions[0]?.appStoreReleaseState).toBeUndefined()
})

test("reuses the app's open submission; a rerun adds nothing twice", async () => {
  await start([pack('Levels', 'COMPLETE', ['IOS']), pack('Intro', 'COMPLETE', ['IOS'])])
  const open = sim.state.review.createSubmission(sim.appId, 'IOS')
  const first = await run([v('Levels')], { mode: 'draft' })
  expect(first.submissions.IOS).toMatchObject({ submissionId: open.id, created: false })
  const again = await run([v('Levels'), v('Intro')], { mode: 'draft' })
  expect(again.submissions.IOS?.added).toEqual(['Intro'])
  expect([creates(), adds()]).toEqual([0, 2])
  await run([v('Levels'), v('Intro')])
  const rerun = await run([v('Levels'), v('Intro')])
  expect(rerun.submissions.IOS).toMatchObject({ submissionId: open.id, added: [] })
  expect(rerun.versions.map(x => x.appStoreReleaseState)).toEqual([
    'WAITING_FOR_REVIEW',
    'WAITING_FOR_REVIEW'
  ])
  expect([creates(), adds()]).toEqual([0, 2])
  expect(logger.lines.join('\n')).toMatch(/already in review submission/)
})

test('two runs at once: the 409 at create is answered by using the open submission', async () => {
  await start([pack('Levels', 'COMPLETE', ['IOS'])])
  // Whichever create arrives first waits, so the other run's create lands before it.
  sim.faults.inject({
    match: { operationId: 'reviewSubmissions_createInstance' },
    fault: { type: 'delay', ms: 300 }
  })
  const [a, b] = await Promise.all([
    run([v('Levels')], { mode: 'draft' }),
    run([v('Levels')], { mode: 'draft' })
  ])
  expect(sim.count({ operationId: 'reviewSubmissions_createInstance', status: 409 })).toBe(1)
  expect(creates()).toBe(1)
  expect(a.submissions.IOS?.submissionId).toBe(b.submissions.IOS?.submissionId)
  expect([a.submissions.IOS?.created, b.submissions.IOS?.created].sort()).toEqual([false, true])
  expect(sim.state.review.items.size).toBe(1)
  expect(logger.lines.join('\n')).toMatch(/another run opened review submission .*; using it/)
})

test('more than 10 packs: refused before anything is created, naming the packs that do not fit', async () => {
  const ids = Array.from({ length: 12 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`)
  await start(ids.map(id => pack(id, 'COMPLETE', ['IOS'])))
  const error = await run(ids.map(v)).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ReviewRefusedError)
  expect((error as Error).message).toMatch(/at most 10 asset packs; these do not fit: P11, P12\./)
  expect(writes()).toBe(0)
})

test('a version that is not COMPLETE is refused before anything is created', async () => {
  await start([pack('Levels'), pack('Busy', 'PROCESSING')])
  const error = await run([v('Levels'), v('Busy')]).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ReviewRefusedError)
  expect((error as Error).message).toMatch(/'Busy' version 1 \(v-Busy\) is PROCESSING/)
  expect(writes()).toBe(0)
})

test('adding fails after this run created the submission: it is canceled, with Apple’s words', async () => {
  await start([pack('Levels', 'COMPLETE', ['IOS']), pack('Intro', 'COMPLETE', ['IOS'])])
  sim.faults.inject({
    match: { operationId: 'reviewSubmissionItems_createInstance' },
    fault: { type: 'status', status: 422 }
  })
  const error = await run([v('Levels'), v('Intro')]).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ReviewFailedError)
  const message = (error as Error).message
  expect(message).toMatch(
    /Adding 'Levels' version 1 .* failed: App Store Connect answered 422 .*INJECTED_ERROR/
  )
  expect(message).toMatch(/this run created was canceled/)
  const [created] = [...sim.state.review.submissions.values()]
  expect(created?.state).toBe('CANCELING')
  expect(sim.count({ operationId: 'reviewSubmissions_updateInstance' })).toBe(1)
  expect(sim.state.review.items.size).toBe(0)
})

test('adding fails on a reused submission: it is left as it is', async () => {
  await start([pack('Levels', 'COMPLETE', ['IOS'])])
  const open = sim.state.review.createSubmission(sim.appId, 'IOS')
  sim.faults.inject({
    match: { operationId: 'reviewSubmissionItems_createInstance' },
    fault: { type: 'status', status: 403 }
  })
  const error = await run([v('Levels')]).catch((e: unknown) => e)
  expect((error as Error).message).toMatch(/open before this run, so it was left as it is/)
  expect(open.state).toBe('READY_FOR_REVIEW')
  expect(sim.count({ operationId: 'reviewSubmissions_updateInstance' })).toBe(0)
})

test('an ambiguous add (500 after it happened) is looked up, not sent twice', async () => {
  await start([pack('Levels', 'COMPLETE', ['IOS'])])
  sim.faults.inject({
    match: { operationId: 'reviewSubmissionItems_createInstance' },
    fault: { type: 'committedThen500' }
  })
  const out = await run([v('Levels')])
  expect(out.submissions.IOS?.state).toBe('WAITING_FOR_REVIEW')
  expect(sim.state.review.items.size).toBe(1)
})

test('a submission already in App Review holds the platform: Apple’s 409 verbatim, and what to do', async () => {
  await start([pack('Levels', 'COMPLETE', ['IOS']), pack('Intro', 'COMPLETE', ['IOS'])])
  const first = await run([v('Levels')])
  const id = first.submissions.IOS?.submissionId
  const error = await run([v('Intro')]).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ReviewFailedError)
  const message = (error as Error).message
  expect(message).toContain(`There is another reviewSubmissions with id ${id} still in progress.`)
  expect(message).toMatch(new RegExp(`IOS review submission ${id} is WAITING_FOR_REVIEW`))
  expect(creates()).toBe(1)
})

test('an ambiguous create (500 after it happened) is looked up: the run uses it, never cancels it', async () => {
  await start([pack('Levels', 'COMPLETE', ['IOS'])])
  sim.faults.inject({
    match: { operationId: 'reviewSubmissions_createInstance' },
    fault: { type: 'committedThen500' }
  })
  const out = await run([v('Levels')])
  expect(out.submissions.IOS).toMatchObject({ created: false, state: 'WAITING_FOR_REVIEW' })
  expect(sim.state.review.submissions.size).toBe(1)
})

test('an ambiguous submit (500 after it happened) is looked up, not sent twice', async () => {
  await start([pack('Levels', 'COMPLETE', ['IOS'])])
  sim.faults.inject({
    match: { operationId: 'reviewSubmissions_updateInstance' },
    fault: { type: 'committedThen500' }
  })
  const out = await run([v('Levels')])
  expect(out.submissions.IOS?.state).toBe('WAITING_FOR_REVIEW')
  expect(sim.count({ operationId: 'reviewSubmissions_updateInstance' })).toBe(1)
})

test('a run that failed at the submit is resumed by a rerun: nothing is added again', async () => {
  await start([pack('Levels', 'COMPLETE', ['IOS'])])
  sim.faults.inject({
    match: { operationId: 'reviewSubmissions_updateInstance' },
    fault: { type: 'status', status: 422 }
  })
  await expect(run([v('Levels')])).rejects.toThrow(/422/)
  const [s] = [...sim.state.review.submissions.values()]
  expect(s?.state).toBe('READY_FOR_REVIEW') // a failed submit is no failed add: nothing canceled
  const out = await run([v('Levels')])
  expect(out.submissions.IOS).toMatchObject({ submissionId: s?.id, added: [] })
  expect(out.submissions.IOS?.state).toBe('WAITING_FOR_REVIEW')
  expect(adds()).toBe(1)
})
