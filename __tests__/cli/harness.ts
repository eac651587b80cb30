// Runs the bundled CLI (dist/cli/index.js) as a user's shell would: a child process of the Node
// that runs jest, with only the environment given (no ASC_* leaks in from the test's own).
import { spawn, type ChildProcess } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Simulator } from '../../src/simulator/server.js'

export const CLI_ENTRY = resolve('dist/cli/index.js')

export interface CliRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface CliOptions {
  env?: Record<string, string>
  cwd?: string
  timeoutMs?: number
  /** Called with each piece of stderr (the log) as it arrives, with the child. */
  onStderr?: (text: string, child: ChildProcess) => void
}

export async function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const child = spawn(process.execPath, [CLI_ENTRY, ...args], {
    cwd: options.cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      // The short look of overlapping runs: 5 s by default, less here.
      PUBLISH_ASSET_PACK_LOOK_MS: '200',
      ...options.env
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.setEncoding('utf8').on('data', (text: string) => (stdout += text))
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    stderr += text
    options.onStderr?.(text, child)
  })
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(done =>
    child.on('close', (code, sig) => done([code, sig]))
  )
  clearTimeout(timer)
  return { exitCode, signal, stdout, stderr }
}

/** The one JSON object a --json run prints on stdout. */
export function jsonOf(run: CliRun): Record<string, unknown> {
  const lines = run.stdout.trim().split('\n')
  expect(lines).toHaveLength(1)
  return JSON.parse(lines[0]) as Record<string, unknown>
}

/** The simulator's key as the environment variables give it, the key in a .p8 file. */
export async function keyEnv(sim: Simulator, dir: string): Promise<Record<string, string>> {
  const path = join(dir, `AuthKey_${sim.key.keyId}.p8`)
  await writeFile(path, sim.key.privateKeyPem, { mode: 0o600 })
  return {
    ASC_KEY_ID: sim.key.keyId,
    ...(sim.key.issuerId ? { ASC_ISSUER_ID: sim.key.issuerId } : {}),
    ASC_PRIVATE_KEY_PATH: path
  }
}

/** Flags that point a command at the simulator and keep waits short. */
export function simFlags(sim: Simulator): string[] {
  return ['--app-id', sim.appId, '--api-base-url', sim.url]
}

export const FAST = ['--poll-interval-seconds', '1', '--timeout-minutes', '2']

export const OUTPUT_NAMES = [
  'asset-pack-id',
  'version-id',
  'version',
  'state',
  'internal-beta-release-id',
  'manifest-upload-file-id',
  'asset-upload-file-id',
  'archive-sha256',
  'skipped',
  'locale',
  'review-submission-ids',
  'app-store-release-state'
]
