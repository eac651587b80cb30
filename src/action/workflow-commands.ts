import { randomUUID } from 'node:crypto'
import { appendFileSync, existsSync } from 'node:fs'
import { access, appendFile, constants } from 'node:fs/promises'
import { EOL } from 'node:os'

/**
 * The runner's workflow commands the action uses, written as @actions/core 3 writes them, byte
 * for byte (__tests__/action/workflow-commands.test.ts compares the two). @actions/core itself
 * imports @actions/http-client, and with it a second undici (0.9 MB), at start, for an OIDC token
 * the action never asks for: ~40 ms and 6 MiB on every run. Use as `import * as core`.
 */

/** Where an annotation points (the names are @actions/core's). */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

type CommandValue = string | number | boolean | undefined | null

function toCommandValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function escapeData(value: unknown): string {
  return toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: unknown): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** `::command key=value,key=value::message` on stdout; empty properties are left out. */
function issue(command: string, properties: Record<string, CommandValue>, message: unknown): void {
  const pairs = Object.entries(properties)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
  const props = Object.keys(properties).length > 0 ? ` ${pairs.join(',')}` : ''
  process.stdout.write(`::${command}${props}::${escapeData(message)}${EOL}`)
}

function annotationCommand(properties: AnnotationProperties): Record<string, CommandValue> {
  if (Object.keys(properties).length === 0) return {}
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn
  }
}

/** The input as the runner passes it (INPUT_<NAME>), trimmed; '' when not set. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim()
}

/** One output, to the GITHUB_OUTPUT file: `name<<delimiter`, the value, the delimiter. */
export function setOutput(name: string, value: unknown): void {
  const file = process.env.GITHUB_OUTPUT || ''
  if (!file) {
    process.stdout.write(EOL)
    issue('set-output', { name }, toCommandValue(value))
    return
  }
  const delimiter = `ghadelimiter_${randomUUID()}`
  const text = toCommandValue(value)
  // A value that held the delimiter could set other outputs: refused, as @actions/core does.
  if (name.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`)
  }
  if (text.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`)
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
  appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, {
    encoding: 'utf8'
  })
}

/** Masks the value in every later line of the log. */
export function setSecret(secret: string): void {
  issue('add-mask', {}, secret)
}

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1'
}

export function debug(message: string): void {
  issue('debug', {}, message)
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  issue('notice', annotationCommand(properties), String(message))
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  issue('warning', annotationCommand(properties), String(message))
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  issue('error', annotationCommand(properties), String(message))
}

/** An error annotation, and the step fails (exit code 1) when the process ends. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1
  error(message)
}

/** Runs `fn` inside a collapsible group of the log. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issue('group', {}, name)
  try {
    return await fn()
  } finally {
    issue('endgroup', {}, '')
  }
}

/** The job summary (GITHUB_STEP_SUMMARY): text gathered with addRaw, appended by write. */
class Summary {
  private buffer = ''

  addRaw(text: string, addEOL = false): this {
    this.buffer += addEOL ? text + EOL : text
    return this
  }

  async write(): Promise<this> {
    const file = process.env.GITHUB_STEP_SUMMARY
    if (!file) {
      throw new Error(
        'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime ' +
          'environment supports job summaries.'
      )
    }
    try {
      await access(file, constants.R_OK | constants.W_OK)
    } catch {
      throw new Error(
        `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`
      )
    }
    await appendFile(file, this.buffer, { encoding: 'utf8' })
    this.buffer = ''
    return this
  }
}

export const summary = new Summary()
