// The bundled action (dist/index.js), run as the runner runs it, against the simulator.
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Simulator } from '../../src/simulator/server.js'
import { runAction, type ActionRun } from './harness.js'
import { useWorkspace } from './workspace.js'

const ws = useWorkspace()
let archiveSha256: string

beforeEach(async () => {
  archiveSha256 = createHash('sha256')
    .update(await readFile(join(ws.dir, 'Tutorial.aar')))
    .digest('hex')
})

const start = ws.start

function publish(s: Simulator, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ ...ws.inputs(s), 'archive-path': join(ws.dir, 'Tutorial.aar'), ...inputs })
}

const versionsCreated = (s: Simulator) =>
  s.count({ method: 'POST', path: '/v1/backgroundAssetVersions', status: 201 })

/** The bytes Apple received for the ASSET equal the archive. */
function expectArchiveReceived(s: Simulator, run: ActionRun): void {
  const received = s.receivedFile(run.outputs['asset-upload-file-id'])
  expect(received?.sha256).toBe(archiveSha256)
}

test('a new pack is created and published until ready for testing', async () => {
  const s = await start()
  const run = await publish(s)
  expect(run.errors).toEqual([])
  expect(run.exitCode).toBe(0)
  expect(run.outputs).toMatchObject({
    version: '1',
    state: 'READY_FOR_TESTING',
    'archive-sha256': archiveSha256,
    skipped: 'false'
  })
  for (const name of ['asset-pack-id', 'version-id', 'internal-beta-release-id']) {
    expect(run.outputs[name]).toMatch(/\S/)
  }
  const snapshot = s.snapshot()
  expect(snapshot.packs.map(p => p.assetPackIdentifier)).toEqual(['Tutorial'])
  expect(versionsCreated(s)).toBe(1)
  expectArchiveReceived(s, run)
  expect(run.summary).toContain('version 1 is ready for testing')
  expect(run.summary).toContain(archiveSha256)
  expect(run.stdout).toMatch(/::group::Upload the archive/)
  expect(run.stdout).toMatch(/Sent 0\.5 MB of 0\.5 MB \(100%\)/)
})

test('an existing pack gets the next version and the previous release is superseded', async () => {
  const s = await start({
    state: {
      packs: [
        {
          assetPackIdentifier: 'Tutorial',
          versions: [
            { state: 'COMPLETE', internalBetaRelease: { state: 'SUPERSEDED' } },
            { state: 'COMPLETE' }
          ]
        }
      ]
    }
  })
  const previous = s.snapshot().releases.find(r => r.state === 'READY_FOR_TESTING')
  const run = await publish(s)
  expect(run.exitCode).toBe(0)
  expect(run.outputs.version).toBe('3')
  expect(s.snapshot().releases.find(r => r.id === previous?.id)?.state).toBe('SUPERSEDED')
  expect(versionsCreated(s)).toBe(1)
})

test('a version left AWAITING_UPLOAD by an earlier run is reused, not duplicated', async () => {
  const s = await start({
    state: {
      packs: [
        {
          assetPackIdentifier: 'Tutorial',
          versions: [{ state: 'COMPLETE' }, { id: 'pending-version', state: 'AWAITING_UPLOAD' }]
        }
      ]
    }
  })
  const run = await publish(s)
  expect(run.exitCode).toBe(0)
  expect(run.outputs['version-id']).toBe('pending-version')
  expect(run.outputs.version).toBe('2')
  expect(versionsCreated(s)).toBe(0)
  expect(run.summary).toContain('left AWAITING_UPLOAD by an earlier run')
})

test("Apple's refusal of the manifest ends the run before the archive is uploaded", async () => {
  const s = await start({
    faults: {
      manifestFailure: [
        { code: 'MANIFEST.INVALID', description: 'Platforms do not match the app.' }
      ]
    }
  })
  const run = await publish(s)
  expect(run.exitCode).toBe(1)
  expect(run.errors.join('\n')).toContain('MANIFEST.INVALID: Platforms do not match the app.')
  // Only the run's claim on the version (an ASSET reservation), released: no byte, no commit.
  const assets = s.snapshot().uploadFiles.filter(f => f.assetType === 'ASSET')
  expect(assets.some(f => f.committed || f.parts.some(p => p.received))).toBe(false)
  expect(run.outputs['asset-upload-file-id'] ?? '').toBe('')
  expect(run.outputs['manifest-upload-file-id']).toMatch(/\S/)
  expect(run.summary).toContain('failed')
})

test('a processing failure ends the run with Apple’s errors verbatim', async () => {
  const s = await start({
    faults: {
      processingFailure: [{ code: 'ASSET.CORRUPT', description: 'The archive is damaged.' }]
    }
  })
  const run = await publish(s)
  expect(run.exitCode).toBe(1)
  expect(run.errors.join('\n')).toContain('ASSET.CORRUPT: The archive is damaged.')
  expect(run.outputs.state).toBe('FAILED')
})

test('a timeout names the version and its state; a rerun resumes watching without uploading', async () => {
  const s = await start({ faults: { processingNeverFinishes: true } })
  const first = await publish(s, { 'timeout-minutes': '0.03' })
  expect(first.exitCode).toBe(1)
  const message = first.errors.join('\n')
  expect(message).toMatch(
    /Timed out after 0\.03 minutes waiting for version 1 \(.+\), last seen PROCESSING/
  )
  expect(message).toContain('run again to resume watching')
  const assetReservations = () =>
    s.snapshot().uploadFiles.filter(f => f.assetType === 'ASSET').length
  expect(assetReservations()).toBe(1)

  const second = await publish(s, { 'timeout-minutes': '0.03' })
  expect(second.stdout).toContain('already uploaded as version 1')
  expect(assetReservations()).toBe(1)
  expect(versionsCreated(s)).toBe(1)
})

test('an individual key (no issuer) publishes', async () => {
  const s = await start({ individualKey: true })
  expect(s.key.issuerId).toBeNull()
  const run = await publish(s)
  expect(run.errors).toEqual([])
  expect(run.outputs.state).toBe('READY_FOR_TESTING')
})

test.each([
  ['uploaded', /^(PROCESSING|AWAITING_UPLOAD|COMPLETE)$/],
  ['processed', /^(COMPLETE|READY_FOR_TESTING)$/]
])('wait-for %s stops there', async (waitFor, state) => {
  const s = await start({ processingDelayMs: 1500 })
  const run = await publish(s, { 'wait-for': waitFor })
  expect(run.exitCode).toBe(0)
  expect(run.outputs.state).toMatch(state)
  expectArchiveReceived(s, run)
})

test('faults: 5xx, 429 bursts, socket resets, a committed-then-500 create and short-lived tokens', async () => {
  const s = await start({
    partSizeBytes: 64 * 1024,
    faults: {
      seed: 7,
      rates: { read5xx: 0.15, part5xx: 0.1, partReset: 0.1, rateLimitBurst: 0.05 },
      rateLimitBurst: { length: 2, retryAfter: 'mixed', retryAfterSeconds: 1 },
      createCommittedThen500: { count: 1, operations: ['backgroundAssetVersions_createInstance'] },
      tokenMaxAgeSeconds: 2
    }
  })
  const run = await publish(s, { 'upload-concurrency': '3' })
  expect(run.errors).toEqual([])
  expect(run.exitCode).toBe(0)
  expect(s.snapshot().versions).toHaveLength(1)
  expectArchiveReceived(s, run)
  // The faults really happened.
  expect(s.requests.filter(r => r.fault).length).toBeGreaterThan(3)
}, 90_000)
