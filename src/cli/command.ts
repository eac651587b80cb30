import type { Flags, FlagValues } from './args.js'
import { EXIT_CODES_HELP } from './exit.js'
import type { TerminalLogger } from './terminal.js'

/** What a command works with, injected so that tests and main give their own. */
export interface CliContext {
  stdout: { write(text: string): unknown; isTTY?: boolean }
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number }
  /** Where a confirmation is typed (archive); a terminal only when isTTY. */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean }
  env: NodeJS.ProcessEnv
  /** Aborted by SIGINT/SIGTERM. */
  signal: AbortSignal
  /** The log on stderr, made for the command's --verbose. */
  logger: (values: FlagValues) => TerminalLogger
}

export interface Command {
  name: string
  /** One line for the list of commands. */
  summary: string
  /** What follows the command's name in the usage line. */
  args?: string
  /** Paragraphs after the usage line. */
  description: string
  flags: Flags
  /** Examples, one per line. */
  examples?: string[]
  /** Resolves with the exit code. */
  run(values: FlagValues, ctx: CliContext): Promise<number>
}

export const BIN = 'publish-asset-pack'

/** A command's --help: usage, what it does, the flags, examples, exit codes. */
export function commandHelp(command: Command): string {
  const width = Math.max(
    ...Object.entries(command.flags).map(([name, spec]) => flagText(name, spec.value).length)
  )
  const flags = Object.entries(command.flags).map(
    ([name, spec]) => `  ${flagText(name, spec.value).padEnd(width)}  ${spec.help}`
  )
  const parts = [
    `Usage: ${BIN} ${command.name} ${command.args ?? '[flags]'}`,
    command.description,
    `Flags:\n${flags.join('\n')}`
  ]
  if (command.examples?.length) {
    parts.push(`Examples:\n${command.examples.map(e => `  ${e}`).join('\n')}`)
  }
  parts.push(EXIT_CODES_HELP)
  return `${parts.join('\n\n')}\n`
}

function flagText(name: string, value?: string): string {
  return `--${name}${value ? ` ${value}` : ''}`
}
