import { spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const ACTION_ENTRY = resolve('dist/index.js')

export interface ActionRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** The outputs the action set through $GITHUB_OUTPUT. */
  outputs: Record<string, string>
  /** The job summary it wrote through $GITHUB_STEP_SUMMARY. */
  summary: string
  /** The `::error ...::message` lines, decoded. */
  errors: string[]
}

/** Defaults the runner applies from action.yml, so a run sees what a workflow step sees. */
const RUNNER_DEFAULTS: Record<string, string> = {
  'dry-run': 'false',
  'wait-for': 'ready-for-testing',
  'timeout-minutes': '60',
  'poll-interval-seconds': '15',
  'upload-concurrency': '4',
  'skip-unchanged': 'false',
  'api-base-url': 'https://api.appstoreconnect.apple.com',
  'comment-on-pr': 'false',
  'archive-check': 'full',
  'submit-for-review': 'false'
}

/**
 * Runs the bundled action as the GitHub runner does: a node process with INPUT_<NAME>
 * variables (hyphens kept), file commands for outputs and the summary, and stdout read back.
 */
export async function runAction(
  inputs: Record<string, string>,
  options: {
    env?: Record<string, string>
    timeoutMs?: number
    onStdout?: (text: string) => void
  } = {}
): Promise<ActionRun> {
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
  const child = spawn(process.execPath, [ACTION_ENTRY], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    stdout += text
    options.onStdout?.(text)
  })
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text))
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(done =>
    child.on('close', (code, sig) => done([code, sig]))
  )
  clearTimeout(timer)
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    errors: stdout
      .split('\n')
      .filter(line => line.startsWith('::error'))
      .map(line => decode(line.slice(line.indexOf('::', 2) + 2)))
  }
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
