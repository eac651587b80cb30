// Cancellation: a cancelled job sends SIGINT, then SIGTERM, to the step's process. The action
// must abort the parts in flight, commit nothing, exit promptly (no timer or keep-alive socket
// holding the event loop) and say that a rerun resumes; the rerun then completes the same
// version. "Promptly" is asserted only as a generous bound; the measured time is printed.
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import {
  COMMIT,
  committedAssets,
  makeWorkspace,
  receivedEquals,
  runAction,
  simInputs,
  startAction,
  until,
  VERSION_CREATE,
  type Workspace
} from './support.js'

const PROMPT_MS = 10_000
/** Every ASSET part after the first is held this long by the upload host: the upload is slow. */
const SLOW_PART_MS = 4_000

async function slowUploadSimulator(): Promise<Simulator> {
  const s = await createSimulator({
    processingDelayMs: 200,
    manifestCheckDelayMs: 50,
    partSizeBytes: 64 * 1024
  })
  // The MANIFEST is one part; ASSET parts 2.. are held (the archive has about 8).
  for (let partNumber = 2; partNumber <= 16; partNumber++) {
    s.faults.inject({
      match: { listener: 'upload', partNumber },
      fault: { type: 'delay', ms: SLOW_PART_MS }
    })
  }
  return s
}

async function withSetup(fn: (s: Simulator, ws: Workspace) => Promise<void>): Promise<void> {
  const ws = await makeWorkspace()
  const s = await slowUploadSimulator()
  try {
    await fn(s, ws)
  } finally {
    await s.close()
    await ws.remove()
  }
}

test.concurrent.each(['SIGTERM', 'SIGINT'] as const)(
  '%s mid-upload: parts aborted, nothing committed, a prompt exit, and a rerun resumes',
  signal =>
    withSetup(async (s, ws) => {
      const inputs = simInputs(s, ws)
      const running = await startAction(inputs)
      // Mid-upload: the ASSET is reserved and part 2 has reached the upload host.
      await running.waitForOutput(out => out.includes('ASSET reserved as'))
      await until(
        () =>
          s.state.uploadFiles.size === 2 &&
          [...s.state.uploadFiles.values()].some(f => f.parts[1]?.attempts > 0),
        30_000,
        'part 2 at the upload host'
      )
      const sentAt = Date.now()
      running.child.kill(signal)
      const cancelled = await running.done
      const exitMs = Date.now() - sentAt
      process.stdout.write(
        `${signal} mid-upload: the action exited ${exitMs} ms after the signal\n`
      )

      expect(exitMs).toBeLessThan(PROMPT_MS)
      expect(cancelled.exitCode).toBe(1)
      expect(cancelled.stdout).toContain(
        `Received ${signal}: stopping; nothing more will be committed.`
      )
      expect(cancelled.errors.join('\n')).toMatch(/Cancelled\..*Run again to resume/s)
      expect(`${cancelled.stdout}\n${cancelled.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/)
      const assetId = cancelled.outputs['asset-upload-file-id']
      expect(assetId).toMatch(/\S/)
      // No commit of the archive was even sent, and nothing is committed.
      expect(
        s.requests.filter(r => r.method === 'PATCH' && r.path.endsWith(`/${assetId}`))
      ).toEqual([])
      expect(committedAssets(s)).toEqual([])
      const version = s.snapshot().versions[0]
      expect(version.state).toBe('AWAITING_UPLOAD')

      s.faults.clear()
      const rerun = await runAction(inputs)
      expect(rerun.errors).toEqual([])
      expect(rerun.exitCode).toBe(0)
      expect(rerun.outputs['version-id']).toBe(version.id)
      expect(rerun.outputs.state).toBe('READY_FOR_TESTING')
      expect(s.snapshot().versions).toHaveLength(1)
      expect(committedAssets(s).map(f => f.id)).toEqual([rerun.outputs['asset-upload-file-id']])
      expect(await receivedEquals(s, rerun.outputs['asset-upload-file-id'], ws)).toBe(true)
      // The parts held when the signal came end at the simulator before it closes.
      await new Promise(r => setTimeout(r, Math.max(0, sentAt + SLOW_PART_MS + 100 - Date.now())))
    }),
  60_000
)

test.concurrent(
  'SIGTERM while waiting for processing: a prompt exit, and a rerun resumes watching',
  async () => {
    const ws = await makeWorkspace()
    const s = await createSimulator({ processingDelayMs: 2500, manifestCheckDelayMs: 50 })
    try {
      const inputs = simInputs(s, ws)
      const running = await startAction(inputs)
      await running.waitForOutput(out => out.includes('Version 1: PROCESSING.'))
      const sentAt = Date.now()
      running.child.kill('SIGTERM')
      const cancelled = await running.done
      const exitMs = Date.now() - sentAt
      process.stdout.write(`SIGTERM mid-wait: the action exited ${exitMs} ms after the signal\n`)
      expect(exitMs).toBeLessThan(PROMPT_MS)
      expect(cancelled.exitCode).toBe(1)
      expect(cancelled.errors.join('\n')).toMatch(/Run again to resume/)
      process.stdout.write(`mid-wait message: ${cancelled.errors.join(' | ')}\n`)
      expect(s.count({ operationId: COMMIT, method: 'PATCH', status: 200 })).toBe(2)

      const rerun = await runAction(inputs)
      expect(rerun.exitCode).toBe(0)
      expect(rerun.stdout).toContain('already uploaded as version 1')
      expect(rerun.outputs.state).toBe('READY_FOR_TESTING')
      expect(s.snapshot().versions).toHaveLength(1)
      expect(await receivedEquals(s, rerun.outputs['asset-upload-file-id'], ws)).toBe(true)
    } finally {
      await s.close()
      await ws.remove()
    }
  },
  60_000
)

test.concurrent.each([
  ['while looking up the pack', { method: 'GET', path: /^\/v1\/apps\/[^/]+\/backgroundAssets$/ }],
  ['while creating the version', { operationId: VERSION_CREATE }]
] as const)(
  'SIGTERM %s: the message says no version exists, and a rerun publishes',
  async (_when, match) => {
    const ws = await makeWorkspace()
    const s = await createSimulator({ processingDelayMs: 200, manifestCheckDelayMs: 50 })
    try {
      const inputs = simInputs(s, ws)
      const held = s.faults.inject({ match, fault: { type: 'hold' } })
      const running = await startAction(inputs)
      await until(() => held.remaining() === 0, 30_000, 'the held request')
      running.child.kill('SIGTERM')
      const cancelled = await running.done
      held.release()
      expect(cancelled.exitCode).toBe(1)
      const message = cancelled.errors.join('\n')
      process.stdout.write(`cancelled ${_when}: ${message}\n`)
      expect(message).toMatch(/^Cancelled before any version was chosen or created/)
      expect(message).toMatch(/nothing to resume/)
      expect(message).not.toMatch(/pending version|is reused/)
      expect(cancelled.outputs['version-id'] ?? '').toBe('')

      // The held request is served once released (a create may still happen): let it end first.
      await until(() => s.count(match) >= 1, 10_000, 'the held request to end')
      const rerun = await runAction(inputs)
      expect(rerun.errors).toEqual([])
      expect(rerun.exitCode).toBe(0)
      expect(s.snapshot().versions).toHaveLength(1)
      expect(await receivedEquals(s, rerun.outputs['asset-upload-file-id'], ws)).toBe(true)
    } finally {
      await s.close()
      await ws.remove()
    }
  },
  60_000
)
