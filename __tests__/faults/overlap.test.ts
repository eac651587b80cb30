// Overlapping runs, through dist/index.js against the simulator: processes started at once with
// the same or different archives, a run killed mid-upload and then rerun, and a rerun started
// while the first run is mid-upload. Each case checks at most one ASSET commit (and one MANIFEST
// commit) per version, byte-identical archives, the number of versions, and each run's exit code
// and message. A run is held mid-upload by a `hold` fault on one of its parts (released by the
// test), never by a timing guess. `npm test` runs three representative cases (2 at once with the
// same archive, killed then rerun, rerun mid-upload with the same archive); `npm run
// test:faults` all nine.
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import {
  COMMIT,
  FULL_SUITE,
  makeWorkspace,
  receivedEquals,
  simInputs,
  startAction,
  until,
  VERSION_CREATE,
  type ActionRun,
  type RunningAction,
  type Workspace
} from './support.js'

const KIB = 1024
const PARTS = { partSizeBytes: 64 * KIB, partJitter: 0 }

/** The short look: small, but far above one request's time on a loaded machine. */
function lookEnv(ms: number): { env: Record<string, string> } {
  return { env: { PUBLISH_ASSET_PACK_LOOK_MS: String(ms) } }
}

async function simulator(): Promise<Simulator> {
  return createSimulator({ processingDelayMs: 300, manifestCheckDelayMs: 100, ...PARTS })
}

/** Every commit of this type the simulator was asked for (accepted or not), by version. */
function commitsByVersion(s: Simulator, type: 'ASSET' | 'MANIFEST'): Map<string, number> {
  const counts = new Map<string, number>()
  for (const r of s.requests) {
    if (r.operationId !== COMMIT || r.method !== 'PATCH') continue
    const file = s.state.uploadFiles.get(r.path.split('/').pop() ?? '')
    if (file?.assetType !== type) continue
    counts.set(file.versionId, (counts.get(file.versionId) ?? 0) + 1)
  }
  return counts
}

/** The invariants of every case. */
async function expectNothingCorrupted(
  s: Simulator,
  runs: Array<{ run: ActionRun; ws: Workspace }>
): Promise<void> {
  // One archive per version, and one manifest check per version (no two runs check on one).
  for (const type of ['ASSET', 'MANIFEST'] as const) {
    for (const [versionId, commits] of commitsByVersion(s, type)) {
      expect([type, versionId, commits]).toEqual([type, versionId, 1])
    }
  }
  for (const { run, ws } of runs) {
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    const fileId = run.outputs['asset-upload-file-id']
    const file = s.state.uploadFiles.get(fileId)
    expect(file?.committed).toBe(true)
    expect(file?.versionId).toBe(run.outputs['version-id'])
    expect(await receivedEquals(s, fileId, ws)).toBe(true)
  }
}

const UPLOADED_HERE = /Archive committed: Apple is processing it\./
const FOLLOWED = /Another run published this archive as version \d+|already uploaded as version \d+/

interface AtOnce {
  processes: number
  archives: 'same' | 'different'
}

const AT_ONCE: AtOnce[] = [
  { processes: 2, archives: 'same' },
  { processes: 2, archives: 'different' },
  { processes: 4, archives: 'same' },
  { processes: 4, archives: 'different' }
]

describe('runs started at once', () => {
  const cases = FULL_SUITE ? AT_ONCE : AT_ONCE.slice(0, 1)
  test.each(cases.map(c => [c.processes, c.archives, c] as const))(
    '%i processes, %s archive',
    async (_n, _a, c) => {
      const s = await simulator()
      const spaces = await Promise.all(
        Array.from({ length: c.archives === 'same' ? 1 : c.processes }, (_, i) =>
          makeWorkspace({ generatedBytes: 300 * KIB, seed: i + 1 })
        )
      )
      try {
        const wsOf = (i: number) => spaces[c.archives === 'same' ? 0 : i]
        const started: RunningAction[] = []
        for (let i = 0; i < c.processes; i++) {
          started.push(await startAction(simInputs(s, wsOf(i)), lookEnv(400)))
        }
        const runs = await Promise.all(started.map(r => r.done))
        await expectNothingCorrupted(
          s,
          runs.map((run, i) => ({ run, ws: wsOf(i) }))
        )
        const committed = [...s.state.uploadFiles.values()].filter(
          f => f.assetType === 'ASSET' && f.committed
        )
        const uploaders = runs.filter(r => UPLOADED_HERE.test(r.stdout))
        const versions = s.snapshot().versions
        if (c.archives === 'same') {
          // One upload; every run reports that version.
          expect(committed).toHaveLength(1)
          expect(uploaders).toHaveLength(1)
          for (const r of runs) expect(r.outputs['version-id']).toBe(committed[0].versionId)
          for (const r of runs.filter(r => !UPLOADED_HERE.test(r.stdout))) {
            expect(r.stdout).toMatch(FOLLOWED)
          }
          // Versions created at the very same moment stay behind empty (no DELETE), but
          // released: the next run reuses the newest.
          expect(versions.length).toBeGreaterThanOrEqual(1)
          expect(versions.length).toBeLessThanOrEqual(c.processes)
        } else {
          // One version and one upload each.
          expect(committed).toHaveLength(c.processes)
          expect(uploaders).toHaveLength(c.processes)
          expect(new Set(runs.map(r => r.outputs['version-id'])).size).toBe(c.processes)
          expect(versions).toHaveLength(c.processes)
        }
        process.stdout.write(
          `${c.processes} at once, ${c.archives} archive: ${versions.length} version(s), ` +
            `${committed.length} commit(s), exit codes ${runs.map(r => r.exitCode).join(',')}, ` +
            `${Math.max(...runs.map(r => r.ms))} ms\n`
        )
      } finally {
        await s.close()
        await Promise.all(spaces.map(w => w.remove()))
      }
    },
    120_000
  )
})

// Full suite only (npm run test:faults).
const describeFull = FULL_SUITE ? describe : describe.skip

describeFull('runs that each create a version at the same moment, same archive', () => {
  test.each([2, 4])(
    '%i processes: the lowest version wins, the others are released',
    async n => {
      const s = await simulator()
      const ws = await makeWorkspace({ generatedBytes: 300 * KIB })
      const other = await makeWorkspace({ generatedBytes: 300 * KIB, seed: 5 })
      try {
        // Every run's version create is held until all have asked: each saw no version.
        const creates = s.faults.inject({
          match: { operationId: VERSION_CREATE },
          times: n,
          fault: { type: 'hold' }
        })
        const started: RunningAction[] = []
        for (let i = 0; i < n; i++) started.push(await startAction(simInputs(s, ws), lookEnv(400)))
        await until(() => creates.remaining() === 0, 60_000, 'every run creating a version')
        creates.release()
        const runs = await Promise.all(started.map(r => r.done))
        await expectNothingCorrupted(
          s,
          runs.map(run => ({ run, ws }))
        )
        const versions = s.snapshot().versions
        expect(versions).toHaveLength(n)
        const committed = [...s.state.uploadFiles.values()].filter(
          f => f.assetType === 'ASSET' && f.committed
        )
        expect(committed).toHaveLength(1)
        expect(s.state.versions.get(committed[0].versionId)?.version).toBe('1')
        expect(runs.filter(r => UPLOADED_HERE.test(r.stdout))).toHaveLength(1)
        for (const r of runs) expect(r.outputs.version).toBe('1')
        // The others' versions stay AWAITING_UPLOAD (no DELETE), released: the next run, with
        // another archive, reuses the newest at once.
        const next = await (await startAction(simInputs(s, other), lookEnv(400))).done
        await expectNothingCorrupted(s, [{ run: next, ws: other }])
        expect(next.stdout).toMatch(new RegExp(`Reusing version ${n} .* left AWAITING_UPLOAD`))
        expect(next.stdout).not.toMatch(/another run/i)
        process.stdout.write(
          `${n} creating at once, same archive: ${versions.length} versions, 1 commit (version 1), ` +
            `exit codes ${runs.map(r => r.exitCode).join(',')}; the next run reused version ${n}\n`
        )
      } finally {
        await s.close()
        await ws.remove()
        await other.remove()
      }
    },
    120_000
  )
})

/** Starts a run and holds it at part 3 of its ASSET; resolves once the part has arrived. */
async function startHeld(s: Simulator, ws: Workspace, look: number) {
  const held = s.faults.inject({
    match: { listener: 'upload', partNumber: 3 },
    fault: { type: 'hold' }
  })
  const run = await startAction(simInputs(s, ws), lookEnv(look))
  await until(() => held.remaining() === 0, 60_000, 'the first run mid-upload')
  return { run, held }
}

test('a run killed mid-upload, then a rerun: the rerun waits out the claim and reuses the version', async () => {
  const s = await simulator()
  const ws = await makeWorkspace({ generatedBytes: 300 * KIB })
  try {
    const { run: first, held } = await startHeld(s, ws, 200)
    first.child.kill('SIGKILL')
    const killed = await first.done
    held.release()
    expect(killed.signal).toBe('SIGKILL')
    const pending = s.snapshot().versions
    expect(pending).toHaveLength(1)

    const rerun = await (await startAction(simInputs(s, ws), lookEnv(200))).done
    await expectNothingCorrupted(s, [{ run: rerun, ws }])
    // The killed run's claim is still live when the rerun looks: it waits, then takes over.
    expect(rerun.stdout).toMatch(/Another run is uploading this same archive to version 1/)
    expect(rerun.stdout).toMatch(/Reusing version 1 .* left AWAITING_UPLOAD/)
    expect(rerun.stdout).toMatch(UPLOADED_HERE)
    expect(rerun.outputs['version-id']).toBe(pending[0].id)
    expect(s.snapshot().versions).toHaveLength(1)
    process.stdout.write(
      `killed, then rerun: 1 version, 1 commit, rerun exit ${rerun.exitCode}, ${rerun.ms} ms\n`
    )
  } finally {
    await s.close()
    await ws.remove()
  }
}, 120_000)

describe('a rerun started while the first run is mid-upload', () => {
  const cases = FULL_SUITE ? (['same', 'different'] as const) : (['same'] as const)
  test.each(cases)(
    '%s archive',
    async archives => {
      const s = await simulator()
      const ws = await makeWorkspace({ generatedBytes: 300 * KIB, seed: 1 })
      const other =
        archives === 'same' ? ws : await makeWorkspace({ generatedBytes: 300 * KIB, seed: 2 })
      try {
        // A long look: the first run's claim must outlive the hold on a loaded machine.
        const { run: first, held } = await startHeld(s, ws, 1000)
        const rerun = await startAction(simInputs(s, other), lookEnv(1000))
        if (archives === 'same') {
          await rerun.waitForOutput(
            out => /Another run is uploading this same archive/.test(out),
            60_000
          )
        } else {
          await rerun.waitForOutput(out => UPLOADED_HERE.test(out), 60_000)
        }
        held.release()
        const [a, b] = await Promise.all([first.done, rerun.done])
        await expectNothingCorrupted(s, [
          { run: a, ws },
          { run: b, ws: other }
        ])
        expect(a.stdout).toMatch(UPLOADED_HERE)
        const versions = s.snapshot().versions
        if (archives === 'same') {
          expect(b.stdout).toMatch(/Another run published this archive as version 1/)
          expect(b.stdout).not.toMatch(UPLOADED_HERE)
          expect(b.outputs['version-id']).toBe(a.outputs['version-id'])
          expect(versions).toHaveLength(1)
        } else {
          expect(b.stdout).toMatch(/being published by another run; creating a new version/)
          expect(a.outputs.version).toBe('1')
          expect(b.outputs.version).toBe('2')
          expect(versions).toHaveLength(2)
        }
        process.stdout.write(
          `rerun mid-upload, ${archives} archive: ${versions.length} version(s), exit codes ${a.exitCode},${b.exitCode}\n`
        )
      } finally {
        await s.close()
        await ws.remove()
        if (other !== ws) await other.remove()
      }
    },
    120_000
  )
})
