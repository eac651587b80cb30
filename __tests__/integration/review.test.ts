// Publish and submit for App Store review in one step: the bundled action (dist/index.js), run
// as the runner runs it, against the simulator.
import { join } from 'node:path'
import type { Simulator } from '../../src/simulator/server.js'
import { writePacks } from '../cli/packs.js'
import { runAction, type ActionRun } from './harness.js'
import { useWorkspace } from './workspace.js'

const ws = useWorkspace()
// App Review starts a minute after the submission: the tests see it WAITING_FOR_REVIEW.
const start = () => ws.start({ review: { startDelayMs: 60_000 } })

function publish(s: Simulator, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({ ...ws.inputs(s), 'archive-path': join(ws.dir, 'Tutorial.aar'), ...inputs })
}
const submissions = (s: Simulator) => s.snapshot().review.submissions
const items = (s: Simulator) => s.snapshot().review.items

test('publish + submit in one step: submitted, the App Store release WAITING_FOR_REVIEW', async () => {
  const s = await start()
  const run = await publish(s, { 'submit-for-review': 'true' })
  expect(run.errors).toEqual([])
  expect(run.exitCode).toBe(0)
  const ids = JSON.parse(run.outputs['review-submission-ids'] ?? '{}') as Record<string, string>
  expect(Object.keys(ids).sort()).toEqual(['IOS', 'MAC_OS'])
  expect(run.outputs['app-store-release-state']).toBe('WAITING_FOR_REVIEW')
  expect(run.outputs.state).toBe('READY_FOR_TESTING')
  for (const id of Object.values(ids)) {
    expect(submissions(s).find(x => x.id === id)?.state).toBe('WAITING_FOR_REVIEW')
  }
  expect(items(s).map(i => i.versionId)).toEqual([
    run.outputs['version-id'],
    run.outputs['version-id']
  ])
  expect(run.stdout).toMatch(/::group::Submit for App Store review/)
  expect(run.summary).toContain('version 1 submitted for App Store review')
  expect(run.summary).toContain(`| App Store review (IOS) | \`${ids.IOS}\` |`)
  expect(run.summary).toContain('| App Store release | **WAITING_FOR_REVIEW** |')
})

test('draft leaves the submission open; a rerun adds nothing twice', async () => {
  const s = await start()
  const first = await publish(s, { 'submit-for-review': 'draft' })
  expect(first.exitCode).toBe(0)
  expect(first.outputs['app-store-release-state']).toBe('')
  expect(submissions(s).map(x => x.state)).toEqual(['READY_FOR_REVIEW', 'READY_FOR_REVIEW'])
  expect(first.summary).toContain('added to an App Store review submission')

  const rerun = await publish(s, { 'submit-for-review': 'draft' })
  expect(rerun.exitCode).toBe(0)
  expect(rerun.outputs['review-submission-ids']).toBe(first.outputs['review-submission-ids'])
  expect(rerun.stdout).toMatch(/is in review submission .* already/)
  expect(items(s)).toHaveLength(2)
  expect(s.count({ operationId: 'reviewSubmissions_createInstance' })).toBe(2)
  expect(s.count({ operationId: 'reviewSubmissionItems_createInstance' })).toBe(2)

  // Then `true`: the same submissions are submitted, still nothing added.
  const submit = await publish(s, { 'submit-for-review': 'true' })
  expect(submit.exitCode).toBe(0)
  expect(submit.outputs['review-submission-ids']).toBe(first.outputs['review-submission-ids'])
  expect(submit.outputs['app-store-release-state']).toBe('WAITING_FOR_REVIEW')
  expect(items(s)).toHaveLength(2)
})

test('wait-for uploaded with submit-for-review waits for processing all the same, and says so', async () => {
  const s = await start()
  const run = await publish(s, { 'submit-for-review': 'true', 'wait-for': 'uploaded' })
  expect(run.exitCode).toBe(0)
  expect(run.stdout).toContain(
    'submit-for-review needs the version processed (COMPLETE): waiting for processing, though wait-for is uploaded.'
  )
  expect(['COMPLETE', 'READY_FOR_TESTING']).toContain(run.outputs.state) // processed
  expect(run.outputs['app-store-release-state']).toBe('WAITING_FOR_REVIEW')
})

test('submit-for-review with dry-run is refused offline, naming the input; nothing is sent', async () => {
  const s = await start()
  const run = await publish(s, { 'submit-for-review': 'true', 'dry-run': 'true' })
  expect(run.exitCode).toBe(1)
  expect(run.errors.join('\n')).toMatch(/submit-for-review.*dry run publishes nothing/)
  expect(s.requests).toEqual([])
})

test('an unknown value is refused offline', async () => {
  const s = await start()
  const run = await publish(s, { 'submit-for-review': 'yes' })
  expect(run.exitCode).toBe(1)
  expect(run.errors.join('\n')).toMatch(/submit-for-review.*'yes' must be 'false', 'true'/)
  expect(s.requests).toEqual([])
})

test('several packs in one step go into one submission per platform, together', async () => {
  const s = await start()
  await writePacks(ws.dir, [{ id: 'Alpha' }, { id: 'Bravo', platforms: ['iOS', 'macOS'] }])
  const run = await runAction({
    ...ws.inputs(s),
    'manifest-path': join(ws.dir, 'AssetPacks/*/Manifest.json'),
    'archive-path': join(ws.dir, 'build/*.aar'),
    'submit-for-review': 'true'
  })
  expect(run.errors).toEqual([])
  expect(run.exitCode).toBe(0)
  const packs = JSON.parse(run.outputs.packs ?? '[]') as Array<Record<string, string>>
  const ids = packs.map(p => JSON.parse(p['review-submission-ids'] ?? '{}') as object)
  const ios = submissions(s).find(x => x.platform === 'IOS')
  const mac = submissions(s).find(x => x.platform === 'MAC_OS')
  expect(ids).toEqual([{ IOS: ios?.id }, { IOS: ios?.id, MAC_OS: mac?.id }])
  expect(submissions(s)).toHaveLength(2)
  expect(items(s).filter(i => i.submissionId === ios?.id)).toHaveLength(2)
  expect(packs.map(p => p['app-store-release-state'])).toEqual([
    'WAITING_FOR_REVIEW',
    'WAITING_FOR_REVIEW'
  ])
  expect(run.summary).toMatch(/\*\*App Store review:\*\* IOS `[^`]+`, MAC_OS `[^`]+`/)
})
