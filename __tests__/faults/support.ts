// Shared by the reliability tests: a workspace with a manifest and an archive, the engine run
// in-process against a simulator with sleeps scaled down, and dist/index.js run as the runner
// runs it, with a handle on the child process so tests can signal or kill it.
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { copyFixture, makeTempDir, MiB, writeAssetPackArchive } from '../../__fixtures__/aar.js'
import { realEnv, type Env } from '../../src/engine/asc/env.js'
import { checkInputs, type CheckedInputs } from '../../src/engine/checks/inputs.js'
import type { RawInputs } from '../../src/engine/checks/settings.js'
import { MemoryLogger } from '../../src/engine/log.js'
import type { PublishRecord } from '../../src/engine/publish/record.js'
import { startRecord } from '../../src/engine/publish/record.js'
import { publishPack } from '../../src/engine/run.js'
import { mulberry32 } from '../../src/simulator/faults.js'
import type { Simulator } from '../../src/simulator/server.js'

/** `npm run test:faults` sets FAULT_SUITE=full (jest.faults.config.js); `npm test` runs a subset. */
export const FULL_SUITE = process.env.FAULT_SUITE === 'full'

/** A count from the environment (e.g. FAULT_RUNS=200), else the suite's default. */
export function countFromEnv(name: string, quick: number, full: number): number {
  const text = process.env[name]
  const n = text === undefined ? NaN : Number(text)
  if (Number.isInteger(n) && n > 0) return n
  return FULL_SUITE ? full : quick
}

export interface Workspace {
  dir: string
  manifestPath: string
  archivePath: string
  archiveSha256: string
  archiveSize: number
  remove(): Promise<void>
}

const TUTORIAL_MANIFEST = {
  assetPackID: 'Tutorial',
  downloadPolicy: { essential: { installationEventTypes: ['firstInstallation'] } },
  fileSelectors: [{ file: 'Videos/Introduction.m4v' }, { directory: 'Levels' }],
  platforms: ['iOS', 'macOS']
}

/**
 * A temp dir with the Tutorial manifest and an archive: the shared fixture (0.5 MB, LZFSE), or
 * a generated pbze archive of about `generatedBytes` bytes (stored blocks, deterministic content).
 */
export async function makeWorkspace(
  archive: { generatedBytes?: number; blockSize?: number; seed?: number } = {}
): Promise<Workspace> {
  const { dir, remove } = await makeTempDir('reliability-')
  const manifestPath = await copyFixture('Tutorial-Manifest.json', dir, 'Manifest.json')
  const archivePath = join(dir, 'Tutorial.aar')
  if (archive.generatedBytes) {
    const video = Math.floor(archive.generatedBytes * 0.6)
    await writeAssetPackArchive(archivePath, {
      manifest: TUTORIAL_MANIFEST,
      files: {
        'Videos/Introduction.m4v': video,
        'Levels/1.bin': archive.generatedBytes - video,
        'Levels/2.json': '{"level":2}\n'
      },
      blockSize: archive.blockSize ?? MiB,
      seed: archive.seed ?? 1
    })
  } else {
    await copyFixture('Tutorial-lzfse.aar', dir, 'Tutorial.aar')
  }
  const bytes = await readFile(archivePath)
  return {
    dir,
    manifestPath,
    archivePath,
    archiveSha256: createHash('sha256').update(bytes).digest('hex'),
    archiveSize: bytes.length,
    remove
  }
}

/** The inputs of a publish to the simulator, as a workflow would give them. */
export function simInputs(
  sim: Simulator,
  ws: Workspace,
  extra: Record<string, string> = {}
): Record<string, string> {
  return {
    'app-id': sim.appId,
    'key-id': sim.key.keyId,
    'issuer-id': sim.key.issuerId ?? '',
    'private-key': sim.key.privateKeyPem,
    'manifest-path': ws.manifestPath,
    'archive-path': ws.archivePath,
    'api-base-url': sim.url,
    'poll-interval-seconds': '1',
    'timeout-minutes': '5',
    ...extra
  }
}

/**
 * The real environment with every sleep divided by `speedUp` (backoffs, Retry-After, polls),
 * and a seeded random for jitter. The clock is real: token ages and deadlines stay true.
 */
export function fastEnv(seed: number, speedUp = 20): Env {
  return {
    now: () => Date.now(),
    sleep: (ms, signal) => realEnv.sleep(Math.ceil(ms / speedUp), signal),
    random: mulberry32(seed)
  }
}

export async function checked(raw: RawInputs, logger: MemoryLogger): Promise<CheckedInputs> {
  const result = await checkInputs(raw, value => logger.secret(value))
  if (!result.ok) {
    throw new Error(`inputs refused: ${result.problems.map(p => p.message).join('; ')}`)
  }
  return result.inputs
}

export interface InProcessRun {
  record: PublishRecord
  logger: MemoryLogger
  error?: unknown
  ms: number
}

/** The engine's publish, in this process, as both faces call it. Never throws. */
export async function publishInProcess(
  raw: RawInputs,
  options: { env: Env; signal?: AbortSignal; lookMs?: number }
): Promise<InProcessRun> {
  const logger = new MemoryLogger()
  const inputs = await checked(raw, logger)
  const record = startRecord(inputs)
  const started = Date.now()
  try {
    await publishPack(inputs, record, {
      logger,
      env: options.env,
      signal: options.signal,
      lookMs: options.lookMs
    })
    return { record, logger, ms: Date.now() - started }
  } catch (error) {
    return { record, logger, error, ms: Date.now() - started }
  }
}

// ------------------------------------------------------------------ dist/index.js as a child

export const ACTION_ENTRY = resolve('dist/index.js')

export interface ActionRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** The `::error ...::message` lines, decoded. */
  errors: string[]
  /** From spawn to exit. */
  ms: number
}

export interface RunningAction {
  child: ChildProcess
  /** What it printed so far. */
  stdout(): string
  /** Resolves when `predicate` holds of stdout (checked on every chunk). */
  waitForOutput(predicate: (stdout: string) => boolean, timeoutMs?: number): Promise<void>
  done: Promise<ActionRun>
}

const RUNNER_DEFAULTS: Record<string, string> = {
  'dry-run': 'false',
  'wait-for': 'ready-for-testing',
  'timeout-minutes': '60',
  'poll-interval-seconds': '15',
  'upload-concurrency': '4',
  'skip-unchanged': 'false',
  'api-base-url': 'https://api.appstoreconnect.apple.com',
  'comment-on-pr': 'false'
}

/**
 * Starts the bundled action as the runner does (INPUT_<NAME>, file commands, stdout). Unlike
 * __tests__/integration/harness.ts it hands back the child, so a test can SIGTERM or SIGKILL it.
 */
export async function startAction(
  inputs: Record<string, string>,
  options: { env?: Record<string, string>; timeoutMs?: number } = {}
): Promise<RunningAction> {
  const dir = await mkdtemp(join(tmpdir(), 'action-run-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: dir,
    // The short look of overlapping runs (README, "When runs overlap"): 5 s by default, less here.
    PUBLISH_ASSET_PACK_LOOK_MS: '200',
    ...options.env
  }
  for (const [name, value] of Object.entries({ ...RUNNER_DEFAULTS, ...inputs })) {
    env[`INPUT_${name.toUpperCase()}`] = value
  }
  const started = Date.now()
  const child = spawn(process.execPath, [ACTION_ENTRY], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  const watchers = new Set<() => void>()
  child.stdout?.setEncoding('utf8').on('data', (text: string) => {
    stdout += text
    for (const w of [...watchers]) w()
  })
  child.stderr?.setEncoding('utf8').on('data', (text: string) => (stderr += text))
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 90_000)
  const exited = new Promise<[number | null, NodeJS.Signals | null]>(done =>
    child.on('close', (code, sig) => done([code, sig]))
  )
  const done = exited.then(async ([exitCode, signal]) => {
    const ms = Date.now() - started
    clearTimeout(timer)
    for (const w of [...watchers]) w()
    return {
      exitCode,
      signal,
      stdout,
      stderr,
      ms,
      outputs: parseOutputs(await readFile(outputFile, 'utf8')),
      summary: await readFile(summaryFile, 'utf8'),
      errors: errorLines(stdout)
    }
  })
  const waitForOutput = (predicate: (s: string) => boolean, timeoutMs = 30_000) =>
    new Promise<void>((ok, fail) => {
      const t = setTimeout(() => {
        watchers.delete(check)
        fail(new Error(`timed out waiting for output; got:\n${stdout}`))
      }, timeoutMs)
      function check(): void {
        if (predicate(stdout)) {
          clearTimeout(t)
          watchers.delete(check)
          ok()
        } else if (child.exitCode !== null || child.signalCode !== null) {
          clearTimeout(t)
          watchers.delete(check)
          fail(new Error(`the action exited before the expected output; got:\n${stdout}`))
        }
      }
      watchers.add(check)
      check()
    })
  return { child, stdout: () => stdout, waitForOutput, done }
}

export async function runAction(
  inputs: Record<string, string>,
  options: { env?: Record<string, string>; timeoutMs?: number } = {}
): Promise<ActionRun> {
  return (await startAction(inputs, options)).done
}

/** Resolves once `predicate` holds, checking every few milliseconds. */
export async function until(
  predicate: () => boolean,
  timeoutMs = 30_000,
  what = 'a condition'
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise(r => setTimeout(r, 2))
  }
}

export function errorLines(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter(line => line.startsWith('::error'))
    .map(line => decode(line.slice(line.indexOf('::', 2) + 2)))
}

/** Reads `name<<DELIMITER\nvalue\nDELIMITER` blocks, the format @actions/core writes. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!match) continue
    const end = lines.indexOf(match[2], i + 1)
    outputs[match[1]] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return outputs
}

function decode(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

// ------------------------------------------------------------------ what the simulator saw

export const VERSION_CREATE = 'backgroundAssetVersions_createInstance'
export const RESERVE = 'backgroundAssetUploadFiles_createInstance'
export const COMMIT = 'backgroundAssetUploadFiles_updateInstance'

/** Upload files committed as ASSET, over the whole store. */
export function committedAssets(sim: Simulator) {
  return [...sim.state.uploadFiles.values()].filter(f => f.assetType === 'ASSET' && f.committed)
}

/** The bytes Apple received for an upload file equal the archive, byte for byte. */
export async function receivedEquals(
  sim: Simulator,
  uploadFileId: string | undefined,
  ws: Workspace
): Promise<boolean> {
  const received = uploadFileId ? sim.receivedFile(uploadFileId) : undefined
  if (!received || received.sha256 !== ws.archiveSha256 || received.size !== ws.archiveSize) {
    return false
  }
  const [a, b] = await Promise.all([readFile(received.path), readFile(ws.archivePath)])
  return a.equals(b)
}
