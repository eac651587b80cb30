// Resume: the action is killed (SIGKILL, no chance to clean up) at each phase of a publish, and
// a rerun completes the same version without creating another, with the archive's bytes.
// The kill lands at a precise point. Either the runner's next request is held by the simulator
// (a delay fault) and the runner is killed once it has arrived (the simulator then drops it,
// as the connection is gone), or the test watches the simulator's state and kills the runner
// the moment Apple has acted (so the runner may never have seen the answer).
import {
  createSimulator,
  type Simulator,
  type SimulatorOptions
} from '../../src/simulator/server.js'
import type { FaultRule, InjectedHandle } from '../../src/simulator/faults.js'
import {
  COMMIT,
  committedAssets,
  makeWorkspace,
  receivedEquals,
  RESERVE,
  runAction,
  simInputs,
  startAction,
  until,
  type Workspace
} from './support.js'

const HOLD_MS = 800

interface Phase {
  name: string
  options?: SimulatorOptions
  /** Resolves when the runner is where it must be killed. */
  arm(s: Simulator): Promise<void>
  /** What the rerun says about the version it found. */
  rerunSays: RegExp
}

/** Holds the next request matching `match`, and resolves once it has arrived. */
async function hold(s: Simulator, match: FaultRule['match']): Promise<InjectedHandle> {
  const handle = s.faults.inject({ match, fault: { type: 'delay', ms: HOLD_MS } })
  await until(() => handle.remaining() === 0, 30_000, `a request matching ${JSON.stringify(match)}`)
  return handle
}

const assetFile = (s: Simulator) =>
  [...s.state.uploadFiles.values()].find(f => f.assetType === 'ASSET')

const PHASES: Phase[] = [
  {
    name: 'after the version is created, before any upload is reserved',
    arm: async s => {
      await hold(s, { operationId: RESERVE })
    },
    rerunSays: /Reusing version 1 .* left AWAITING_UPLOAD/
  },
  {
    name: 'while Apple checks the manifest',
    // Long enough that the check is still running when the rerun looks, even on a loaded
    // machine (the rerun then waits for it).
    options: { manifestCheckDelayMs: 6000 },
    arm: async s => {
      await hold(s, { operationId: 'backgroundAssetUploadFiles_getInstance' })
    },
    // The killed run's claim (its ASSET reservation, made before the manifest) makes the rerun
    // wait until the claim runs out; the check may have ended by then.
    rerunSays:
      /Apple is still checking this manifest, sent by an earlier run|Apple already accepted this manifest on this version/
  },
  {
    name: 'mid-upload, some parts sent and one in flight',
    options: { partSizeBytes: 64 * 1024 },
    // Part 3 exists only for the ASSET (the manifest is one part).
    arm: async s => {
      await hold(s, { listener: 'upload', partNumber: 3 })
    },
    rerunSays: /Apple already accepted this manifest on this version/
  },
  {
    name: 'with every part sent and the commit in flight',
    options: { partSizeBytes: 64 * 1024 },
    arm: async s => {
      await until(() => assetFile(s) !== undefined, 30_000, 'the ASSET reservation')
      const id = assetFile(s)?.id ?? ''
      await hold(s, { operationId: COMMIT, path: `/v1/backgroundAssetUploadFiles/${id}` })
    },
    rerunSays: /Reusing version 1 .* left AWAITING_UPLOAD/
  },
  {
    name: 'the moment Apple has the commit, before the runner reads the answer',
    options: { partSizeBytes: 64 * 1024, processingDelayMs: 1000 },
    arm: async s => {
      await until(() => assetFile(s)?.committed === true, 30_000, 'the ASSET commit')
    },
    rerunSays: /already uploaded as version 1/
  },
  {
    name: 'mid-wait for processing',
    options: { processingDelayMs: 1500 },
    arm: async s => {
      await hold(s, { operationId: 'backgroundAssetVersions_getInstance' })
    },
    rerunSays: /already uploaded as version 1/
  }
]

// The phases are independent (a simulator and a workspace each) and mostly wait on timers:
// they run side by side.
test.concurrent.each(PHASES.map(p => [p.name, p] as const))(
  'killed %s: a rerun completes the same version',
  async (_name, phase) => {
    const ws = await makeWorkspace()
    const s = await createSimulator({
      processingDelayMs: 200,
      manifestCheckDelayMs: 50,
      ...phase.options
    })
    try {
      await killAndRerun(s, ws, phase)
    } finally {
      await s.close()
      await ws.remove()
    }
  },
  60_000
)

async function killAndRerun(s: Simulator, ws: Workspace, phase: Phase): Promise<void> {
  const inputs = simInputs(s, ws)
  const first = await startAction(inputs)
  await phase.arm(s)
  first.child.kill('SIGKILL')
  const killed = await first.done
  expect(killed.signal).toBe('SIGKILL')
  // Let a held request end at the simulator before the rerun starts.
  await new Promise(r => setTimeout(r, HOLD_MS + 100))
  const versionsAfterKill = s.snapshot().versions
  expect(versionsAfterKill).toHaveLength(1)

  const rerun = await runAction(inputs)
  expect(rerun.errors).toEqual([])
  expect(rerun.exitCode).toBe(0)
  expect(rerun.stdout).toMatch(phase.rerunSays)
  expect(rerun.outputs.state).toBe('READY_FOR_TESTING')
  expect(rerun.outputs['version-id']).toBe(versionsAfterKill[0].id)
  expect(s.snapshot().versions).toHaveLength(1)
  const committed = committedAssets(s)
  expect(committed.map(f => f.id)).toEqual([rerun.outputs['asset-upload-file-id']])
  expect(await receivedEquals(s, rerun.outputs['asset-upload-file-id'], ws)).toBe(true)
}
