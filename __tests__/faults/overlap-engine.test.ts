// Overlapping runs, the paths the process tests do not reach, in-process against the simulator
// with the real clock and a small look: a failed run's released claim, a dry run beside a live
// claim, and a claim that runs out before its commit.
import { realEnv } from '../../src/engine/asc/env.js'
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import {
  committedAssets,
  makeWorkspace,
  publishInProcess,
  receivedEquals,
  simInputs,
  until,
  type Workspace
} from './support.js'

const KIB = 1024
const LOOK_MS = 50

let s: Simulator
let ws: Workspace
beforeEach(async () => {
  s = await createSimulator({
    processingDelayMs: 50,
    manifestCheckDelayMs: 20,
    partSizeBytes: 64 * KIB,
    partJitter: 0
  })
  ws = await makeWorkspace({ generatedBytes: 300 * KIB })
})
afterEach(async () => {
  await s.close()
  await ws.remove()
})

const run = (extra: Record<string, string> = {}, w: Workspace = ws) =>
  publishInProcess(simInputs(s, w, extra), { env: realEnv, lookMs: LOOK_MS })

test('a run refused by Apple releases its claim: the next run reuses the version at once', async () => {
  s.faults.options.manifestFailure = true
  const refused = await run()
  expect(refused.error).toBeDefined()
  s.faults.options.manifestFailure = false
  const other = await makeWorkspace({ generatedBytes: 300 * KIB, seed: 9 })
  try {
    const next = await run({}, other)
    expect(next.error).toBeUndefined()
    expect(next.logger.lines.join('\n')).toMatch(/Reusing version 1 .* left AWAITING_UPLOAD/)
    expect(next.logger.lines.join('\n')).not.toMatch(/another run/i)
    expect(s.snapshot().versions).toHaveLength(1)
    expect(await receivedEquals(s, next.record.assetUploadFileId, other)).toBe(true)
  } finally {
    await other.remove()
  }
})

test('a dry run never checks a manifest on a version another run has claimed', async () => {
  const held = s.faults.inject({
    match: { listener: 'upload', partNumber: 3 },
    fault: { type: 'hold' }
  })
  const publishing = run()
  await until(() => held.remaining() === 0, 30_000, 'the publish mid-upload')
  const dry = await run({ 'dry-run': 'true' })
  held.release()
  const published = await publishing
  expect(dry.error).toBeUndefined()
  expect(published.error).toBeUndefined()
  expect(dry.logger.lines.join('\n')).toMatch(/being published by another run; creating a new/)
  expect(dry.record.version).toBe('2')
  const manifests = s.snapshot().uploadFiles.filter(f => f.assetType === 'MANIFEST')
  expect(manifests.map(f => s.state.versions.get(f.versionId)?.version).sort()).toEqual(['1', '2'])
  expect(committedAssets(s).map(f => f.id)).toEqual([published.record.assetUploadFileId])
})

test('a claim that runs out before its commit is claimed again, and the archive sent again', async () => {
  // Lease: 30 looks + 300 KiB at 500 kB/s ≈ 2.1 s; no commit in its last 12 looks.
  const held = s.faults.inject({
    match: { listener: 'upload', partNumber: 3 },
    fault: { type: 'hold' }
  })
  const publishing = run()
  await until(() => held.remaining() === 0, 30_000, 'the publish mid-upload')
  await new Promise(r => setTimeout(r, 2500))
  held.release()
  const published = await publishing
  expect(published.error).toBeUndefined()
  const log = published.logger.lines.join('\n')
  expect(log).toMatch(/claim ran out before its commit; claiming a version again/)
  expect(log).toMatch(/Reusing version 1/)
  expect(s.snapshot().versions).toHaveLength(1)
  const committed = committedAssets(s)
  expect(committed.map(f => f.id)).toEqual([published.record.assetUploadFileId])
  expect(await receivedEquals(s, committed[0].id, ws)).toBe(true)
})
