// The processes a bench run spawns: the bundled simulator, the bundled action (as the runner
// runs it, with probe.mjs loaded), the baseline uploader and the TypeScript tasks. Each is its own
// process, so peak RSS and CPU time are that process's alone.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const HERE = fileURLToPath(new URL('.', import.meta.url))
export let ACTION = join(ROOT, 'dist', 'index.js')
/** Benchmarks another bundle of the action (e.g. one built with other ncc flags). */
export function useAction(path) {
  ACTION = path
}
export const SIMULATOR = join(ROOT, 'dist', 'simulator', 'index.js')

/** Starts a fresh simulator (its own data dir, removed when it stops). */
export async function startSimulator({ partSize, processingDelayMs = 50, partLatencyMs = 0 }) {
  const args = [
    SIMULATOR,
    '--processing-delay-ms',
    String(processingDelayMs),
    '--manifest-check-delay-ms',
    '50',
    '--rate-limit',
    '100000'
  ]
  if (partSize) args.push('--part-size', String(partSize))
  if (partLatencyMs > 0) {
    // Every part waits this long before its body is read: a per-request round trip.
    args.push('--faults', JSON.stringify({ rates: { slowPart: 1 }, slowPartMs: partLatencyMs }))
  }
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout })
  const first = await new Promise((resolve, reject) => {
    lines.once('line', resolve)
    child.once('exit', code => reject(new Error(`the simulator exited with ${code}`)))
  })
  const info = JSON.parse(first)
  return {
    ...info,
    stop: () =>
      new Promise(resolve => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      })
  }
}

/** Spawns `node args…` and resolves with its stdout lines, each with the time it arrived. */
function runNode(args, env, { timeoutMs = 600_000 } = {}) {
  const spawnedAt = Date.now()
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
  const lines = []
  let stderr = ''
  createInterface({ input: child.stdout }).on('line', text => lines.push({ at: Date.now(), text }))
  child.stderr.setEncoding('utf8').on('data', text => (stderr += text))
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  return new Promise(resolve =>
    child.on('close', code => {
      clearTimeout(timer)
      resolve({ code, spawnedAt, exitedAt: Date.now(), lines, stderr })
    })
  )
}

/**
 * Runs dist/index.js as the GitHub runner does (INPUT_* variables, file commands), with
 * probe.mjs loaded to record its requests, peak RSS and CPU time. `sim` null: no account at all
 * (a local-only dry run, as a pull request from a fork makes).
 */
export async function runAction(sim, inputs, extraEnv = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'bench-action-'))
  try {
    const probe = join(dir, 'probe.json')
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      RUNNER_TEMP: dir,
      BENCH_PROBE_OUT: probe,
      ...extraEnv
    }
    await writeFile(env.GITHUB_OUTPUT, '')
    await writeFile(env.GITHUB_STEP_SUMMARY, '')
    const all = {
      // The runner's defaults from action.yml, then the simulator's account (none for a
      // local-only dry run), then the bench's inputs.
      'dry-run': 'false',
      'timeout-minutes': '10',
      'skip-unchanged': 'false',
      'comment-on-pr': 'false',
      'poll-interval-seconds': '1',
      ...(sim && {
        'app-id': sim.appId,
        'key-id': sim.keyId,
        'issuer-id': sim.issuerId ?? '',
        'private-key-path': sim.privateKeyPath,
        'api-base-url': sim.url
      }),
      ...inputs
    }
    for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value
    const run = await runNode(['--import', join(HERE, 'probe.mjs'), ACTION], env)
    const probed = JSON.parse(await readFile(probe, 'utf8'))
    if (run.code !== 0) {
      const errors = run.lines.filter(l => l.text.startsWith('::error')).map(l => l.text)
      throw new Error(`the action failed (${run.code}): ${errors.join('\n')}${run.stderr}`)
    }
    return { ...run, ...probed }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Runs the baseline uploader (baseline.mjs) against the same simulator. */
export async function runBaseline(sim, { archivePath, sha256, concurrency }) {
  const dir = await mkdtemp(join(tmpdir(), 'bench-baseline-'))
  try {
    const out = join(dir, 'result.json')
    const config = { ...sim, archivePath, sha256, concurrency, out }
    delete config.stop
    const run = await runNode([join(HERE, 'baseline.mjs'), JSON.stringify(config)], {
      PATH: process.env.PATH ?? ''
    })
    if (run.code !== 0) throw new Error(`the baseline failed (${run.code}): ${run.stderr}`)
    return { ...run, ...JSON.parse(await readFile(out, 'utf8')) }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/**
 * An empty Node process, spawned and timed the same way: the floor of any cold start. With
 * `probe`, it loads probe.mjs as the action's runs do, for its peak RSS (`maxRssKiB`).
 */
export async function runEmptyNode({ probe = false } = {}) {
  if (!probe) return runNode(['-e', ''], { PATH: process.env.PATH ?? '' })
  const dir = await mkdtemp(join(tmpdir(), 'bench-empty-'))
  try {
    const out = join(dir, 'probe.json')
    const run = await runNode(['--import', join(HERE, 'probe.mjs'), '-e', ''], {
      PATH: process.env.PATH ?? '',
      BENCH_PROBE_OUT: out
    })
    return { ...run, ...JSON.parse(await readFile(out, 'utf8')) }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Runs a task of ts-tasks.mjs (the repository's TypeScript, type-stripped) and parses its line. */
export async function tsTask(task, ...args) {
  const run = await runNode(
    [
      '--experimental-transform-types',
      '--disable-warning=ExperimentalWarning',
      join(HERE, 'ts-tasks.mjs'),
      task,
      ...args.map(String)
    ],
    { PATH: process.env.PATH ?? '' }
  )
  if (run.code !== 0) throw new Error(`ts-tasks ${task} failed (${run.code}): ${run.stderr}`)
  return JSON.parse(run.lines.at(-1).text)
}
