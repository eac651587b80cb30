// The fault matrix: one publish per seed against a simulator that misbehaves as the seed says
// (scenario.ts), each held to the same promise: it ends READY_FOR_TESTING, it adds exactly the
// versions needed (one, or none when a pending version is reused), it commits exactly one ASSET,
// and the bytes Apple received are the archive's, byte for byte. `npm test` runs a few seeds;
// `npm run test:faults` runs FAULT_RUNS (60) and writes the summary to results/fault-matrix.txt.
//
// The engine runs in this process with sleeps divided by 20 (backoffs, Retry-After and polls),
// against the real simulator on loopback (its delays are real); a few seeds also go through
// dist/index.js with real sleeps, as the runner would run them.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { formatError } from '../../src/engine/asc/errors.js'
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import { FAULT_KINDS, scenario, type FaultKind, type Scenario } from './scenario.js'
import {
  COMMIT,
  committedAssets,
  countFromEnv,
  fastEnv,
  FULL_SUITE,
  makeWorkspace,
  publishInProcess,
  receivedEquals,
  runAction,
  simInputs,
  VERSION_CREATE,
  type Workspace
} from './support.js'

const RUNS = countFromEnv('FAULT_RUNS', 4, 60)
const DIST_RUNS = countFromEnv('FAULT_DIST_RUNS', 0, 3)
const SEEDS = process.env.FAULT_SEEDS
  ? process.env.FAULT_SEEDS.split(',').map(Number)
  : Array.from({ length: RUNS }, (_, i) => i + 1)
// Seeds for dist runs: past the in-process ones, so they add scenarios rather than repeat them.
const DIST_SEEDS = Array.from({ length: DIST_RUNS }, (_, i) => 1001 + i)
const SPEED_UP = 20

interface RunStats {
  seed: number
  via: 'in-process' | 'dist'
  kinds: FaultKind[]
  ok: boolean
  failure?: string
  /** Faults the simulator actually applied, by kind. */
  faults: Partial<Record<FaultKind, number>>
  apiRetries: number
  partRetries: number
  tokensResigned: number
  lookupsAfterAmbiguous: number
  reReservations: number
  versionsCreated: number
  bytesVerified: number
  ms: number
}

const stats: RunStats[] = []
let sim: Simulator | undefined
let ws: Workspace | undefined

afterEach(async () => {
  await sim?.close()
  await ws?.remove()
  sim = undefined
  ws = undefined
})

afterAll(async () => {
  const text = summarize(stats)
  process.stdout.write(`\n${text}\n`)
  // The full suite keeps its summary (quoted in the README); a replay of chosen seeds does not.
  if ((FULL_SUITE && !process.env.FAULT_SEEDS) || process.env.FAULT_REPORT) {
    const dir = join(import.meta.dirname, 'results')
    await mkdir(dir, { recursive: true })
    await writeFile(process.env.FAULT_REPORT ?? join(dir, 'fault-matrix.txt'), text + '\n')
  }
})

async function setUp(sc: Scenario): Promise<Simulator> {
  ws = await makeWorkspace({
    generatedBytes: sc.generatedBytes,
    blockSize: sc.blockSize,
    seed: sc.seed
  })
  sim = await createSimulator(sc.sim)
  for (const rule of sc.inject) sim.faults.inject(rule)
  return sim
}

/** What the simulator applied, by kind; tokens refused are counted separately during the wait. */
function faultsSeen(s: Simulator, sc: Scenario, assetUploadFileId?: string): RunStats['faults'] {
  const seen: RunStats['faults'] = {}
  const add = (k: FaultKind, n = 1) => (seen[k] = (seen[k] ?? 0) + n)
  const limit429: FaultKind =
    sc.sim.faults?.rateLimitBurst?.retryAfter === 'always'
      ? '429 with Retry-After'
      : '429 without Retry-After'
  const assetCommit = s.requests.findIndex(
    r =>
      r.operationId === COMMIT &&
      r.method === 'PATCH' &&
      r.status === 200 &&
      assetUploadFileId !== undefined &&
      r.path.endsWith(`/${assetUploadFileId}`)
  )
  s.requests.forEach((r, i) => {
    const f = r.fault ?? ''
    if (f === 'read5xx') add('read5xx')
    else if (f === 'write5xx') add('write5xx')
    else if (f === 'rateLimitBurst') add(limit429)
    else if (f.startsWith('part5xx')) add('part5xx')
    else if (f === 'reset' && r.listener === 'upload') add('partReset')
    else if (f === 'slow') add('slowPart')
    else if (f === 'expired') add('expiredPartUrl')
    else if (f === 'committedThen500') add('committedThen500')
    if (r.authFailure?.includes('older than')) {
      add('tokens refused (short life)')
      if (assetCommit >= 0 && i > assetCommit) add('processingOutlivesToken')
    }
  })
  return seen
}

function clientReactions(lines: string[]) {
  const count = (re: RegExp) => lines.filter(l => re.test(l)).length
  return {
    apiRetries: count(/^(debug: |::debug::)(GET|POST|PATCH) .*; retry \d+ in \d+ ms$/),
    partRetries: count(/Part \d+: .*; retry \d+ in /),
    tokensResigned: count(/401 from App Store Connect: signing a new token/),
    lookupsAfterAmbiguous: count(/did not answer cleanly/),
    reReservations: count(/reserving again/)
  }
}

function internalErrors(s: Simulator): string[] {
  return s.requests.filter(r => r.fault?.startsWith('internal')).map(r => r.fault ?? '')
}

describe('fault matrix, in-process', () => {
  test.each(SEEDS)('seed %i ends published, one version, the same bytes', async seed => {
    const sc = scenario(seed)
    const s = await setUp(sc)
    const before = s.snapshot().versions.length
    const pending = s.snapshot().versions.find(v => v.state === 'AWAITING_UPLOAD')?.id
    const w = ws as Workspace
    const run = await publishInProcess(
      simInputs(s, w, { 'upload-concurrency': String(sc.concurrency) }),
      { env: fastEnv(seed, SPEED_UP) }
    )
    const created = s.count({ operationId: VERSION_CREATE, method: 'POST' }) // incl. 500 after effect
    const entry: RunStats = {
      seed,
      via: 'in-process',
      kinds: sc.kinds,
      ok: false,
      faults: faultsSeen(s, sc, run.record.assetUploadFileId),
      ...clientReactions(run.logger.lines),
      versionsCreated: s.snapshot().versions.length - before,
      bytesVerified: 0,
      ms: run.ms
    }
    stats.push(entry)
    const context = () =>
      `seed ${seed} (${sc.kinds.join(', ')}): ${run.error ? formatError(run.error) : 'no error'}\n` +
      run.logger.lines.slice(-25).join('\n')
    if (run.error) entry.failure = formatError(run.error)

    expect({ error: run.error && context() }).toEqual({ error: undefined })
    expect(run.record.state).toBe('READY_FOR_TESTING')
    expect(entry.versionsCreated).toBe(sc.expectNewVersions)
    expect(created).toBeLessThanOrEqual(sc.expectNewVersions * 3)
    if (pending) expect(run.record.versionId).toBe(pending)
    const committed = committedAssets(s)
    expect(committed.map(f => f.id)).toEqual([run.record.assetUploadFileId])
    expect(committed[0].versionId).toBe(run.record.versionId)
    expect(await receivedEquals(s, run.record.assetUploadFileId, w)).toBe(true)
    const version = s.snapshot().versions.find(v => v.id === run.record.versionId)
    expect(version?.state).toBe('COMPLETE')
    expect(s.uploadStats.requestsWithAuthorization).toBe(0)
    expect(internalErrors(s)).toEqual([])
    // Every run met at least one fault.
    expect(applied(entry)).toBeGreaterThan(0)
    entry.bytesVerified = w.archiveSize
    entry.ok = true
  })
})

// Under `npm test` there are none (the secrets and resume tests run dist/index.js with faults).
if (DIST_SEEDS.length > 0) {
  describe('fault matrix, through dist/index.js (real sleeps)', () => {
    test.each(DIST_SEEDS)(
      'seed %i ends published, one version, the same bytes',
      async seed => {
        const sc = scenario(seed)
        const s = await setUp(sc)
        const before = s.snapshot().versions.length
        const w = ws as Workspace
        const run = await runAction(
          simInputs(s, w, { 'upload-concurrency': String(sc.concurrency) }),
          { env: { ACTIONS_STEP_DEBUG: 'true' }, timeoutMs: 150_000 }
        )
        const entry: RunStats = {
          seed,
          via: 'dist',
          kinds: sc.kinds,
          ok: false,
          faults: faultsSeen(s, sc, run.outputs['asset-upload-file-id']),
          ...clientReactions(run.stdout.split('\n')),
          versionsCreated: s.snapshot().versions.length - before,
          bytesVerified: 0,
          ms: run.ms
        }
        stats.push(entry)
        if (run.exitCode !== 0) entry.failure = run.errors.join(' | ')

        expect(run.errors).toEqual([])
        expect(run.exitCode).toBe(0)
        expect(run.outputs.state).toBe('READY_FOR_TESTING')
        expect(entry.versionsCreated).toBe(sc.expectNewVersions)
        const committed = committedAssets(s)
        expect(committed.map(f => f.id)).toEqual([run.outputs['asset-upload-file-id']])
        expect(await receivedEquals(s, run.outputs['asset-upload-file-id'], w)).toBe(true)
        expect(s.uploadStats.requestsWithAuthorization).toBe(0)
        expect(internalErrors(s)).toEqual([])
        entry.bytesVerified = w.archiveSize
        entry.ok = true
      },
      180_000
    )
  })
}

// ------------------------------------------------------------------ the summary

function summarize(all: RunStats[]): string {
  const sum = (f: (r: RunStats) => number, rows = all) => rows.reduce((a, r) => a + f(r), 0)
  const ok = all.filter(r => r.ok)
  const inProcess = all.filter(r => r.via === 'in-process')
  const dist = all.filter(r => r.via === 'dist')
  const times = all.map(r => r.ms).sort((a, b) => a - b)
  const median = times.length ? times[Math.floor(times.length / 2)] : 0
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`
  const seedRange = (rows: RunStats[]) =>
    rows.length ? `seeds ${rows[0].seed}-${rows[rows.length - 1].seed}` : 'none'
  const lines = [
    `Fault matrix, ${new Date().toISOString().slice(0, 10)}: ${all.length} runs ` +
      `(${inProcess.length} in-process with sleeps ÷${SPEED_UP}, ${seedRange(inProcess)}; ` +
      `${dist.length} through dist/index.js with real sleeps, ${seedRange(dist)})`,
    `Published READY_FOR_TESTING: ${ok.length} of ${all.length}` +
      (all.length > ok.length
        ? ` (failed: ${all
            .filter(r => !r.ok)
            .map(r => `seed ${r.seed}: ${r.failure ?? 'an assertion'}`)
            .join('; ')})`
        : ''),
    `Versions created: ${sum(r => r.versionsCreated)}, as expected: one per run, none in the ` +
      `${all.filter(r => r.versionsCreated === 0).length} runs that reused a pending version`,
    `Archives verified byte for byte: ${ok.length} (${mb(sum(r => r.bytesVerified))}); ` +
      'Authorization headers at the upload host: 0',
    `Time: ${seconds(sum(r => r.ms))} in all; per run median ${seconds(median)}, ` +
      `max ${seconds(times[times.length - 1] ?? 0)}`,
    '',
    pad('fault kind', 30) + pad('runs', 6, true) + pad('applied', 9, true),
    ...FAULT_KINDS.map(k => {
      const runs = all.filter(r => (r.faults[k] ?? 0) > 0).length
      return (
        pad(label(k), 30) +
        pad(String(runs), 6, true) +
        pad(String(sum(r => r.faults[k] ?? 0)), 9, true)
      )
    }),
    pad('all kinds', 30) + pad(String(all.length), 6, true) + pad(String(sum(applied)), 9, true),
    '',
    'What the client did about them:',
    ...(
      [
        ['API requests retried', sum(r => r.apiRetries)],
        ['part uploads retried', sum(r => r.partRetries)],
        ['tokens signed again after a 401', sum(r => r.tokensResigned)],
        ['ambiguous creates, reservations, commits handled', sum(r => r.lookupsAfterAmbiguous)],
        ['uploads reserved again (expired part URLs)', sum(r => r.reReservations)]
      ] as const
    ).map(([what, n]) => `  ${pad(what, 50)}${pad(String(n), 6, true)}`)
  ]
  return lines.join('\n')
}

function label(k: FaultKind): string {
  return k === 'processingOutlivesToken' ? '  of which while waiting' : k
}

/** Faults applied in a run (tokens refused while waiting are counted among the tokens refused already). */
function applied(r: RunStats): number {
  return FAULT_KINDS.filter(k => k !== 'processingOutlivesToken').reduce(
    (a, k) => a + (r.faults[k] ?? 0),
    0
  )
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width)
}
