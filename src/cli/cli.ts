import packageJson from '../../package.json' with { type: 'json' }
import { formatError } from '../engine/asc/errors.js'
import { archiveCommand, unarchiveCommand } from './archive.js'
import { UsageError, parseFlags } from './args.js'
import { BIN, commandHelp, type CliContext, type Command } from './command.js'
import { EXIT, EXIT_CODES_HELP } from './exit.js'
import { listCommand } from './list.js'
import { planCommand } from './plan.js'
import { publishCommand, validateCommand } from './publish.js'
import { SIMULATE_SUMMARY, simulate, simulateHelp } from './simulate.js'
import { statusCommand } from './status.js'
import { submitCommand } from './submit.js'
import { TerminalLogger } from './terminal.js'

const COMMANDS: Command[] = [
  publishCommand,
  validateCommand,
  statusCommand,
  listCommand,
  planCommand,
  submitCommand,
  archiveCommand,
  unarchiveCommand
]

export function usage(): string {
  const names = [...COMMANDS.map(c => [c.name, c.summary]), ['simulate', SIMULATE_SUMMARY]]
  const width = Math.max(...names.map(([name]) => name.length))
  return (
    `Usage: ${BIN} <command> [flags]\n\n` +
    'Publish Apple-hosted background asset packs to App Store Connect.\n\n' +
    `Commands:\n${names.map(([n, s]) => `  ${n.padEnd(width)}  ${s}`).join('\n')}\n\n` +
    'Credentials: --key-id, --issuer-id, --private-key or --private-key-path, or the variables\n' +
    'ASC_KEY_ID, ASC_ISSUER_ID and ASC_PRIVATE_KEY / ASC_PRIVATE_KEY_PATH / ASC_PRIVATE_KEY_B64.\n' +
    'Logs go to stderr; results to stdout (--json: one JSON object).\n\n' +
    `Run '${BIN} <command> --help' for a command's flags.\n\n` +
    `${EXIT_CODES_HELP}\n`
  )
}

/**
 * Runs one command line and resolves with the exit code. SIGINT/SIGTERM abort the run (nothing
 * more is committed; exit 130); a second one exits at once.
 */
export async function cli(argv: string[], io: Partial<CliContext> = {}): Promise<number> {
  const controller = new AbortController()
  let signals = 0
  const onSignal = (signal: NodeJS.Signals) => {
    if (++signals > 1) process.exit(EXIT.cancelled)
    controller.abort(new Error(`cancelled by ${signal}`))
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  const ctx: CliContext = {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    stdin: io.stdin ?? process.stdin,
    env: io.env ?? process.env,
    signal: io.signal ?? controller.signal,
    logger: values => new TerminalLogger({ stream: ctx.stderr, verbose: values.verbose === true })
  }
  try {
    return await dispatch(argv, ctx)
  } catch (error) {
    if (error instanceof UsageError) {
      ctx.stderr.write(`error: ${error.message}\nRun '${BIN} ${argv[0] ?? ''} --help' for usage.\n`)
      return EXIT.usage
    }
    if (ctx.signal.aborted) return EXIT.cancelled
    ctx.stderr.write(`error: ${formatError(error)}\n`)
    if (argv.includes('--verbose') && error instanceof Error && error.stack) {
      ctx.stderr.write(`${error.stack}\n`)
    }
    return EXIT.failed
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

async function dispatch(argv: string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const about = name === 'help' && rest[0] ? rest[0] : undefined
    if (about) return dispatch([about, '--help'], ctx)
    ctx.stdout.write(usage())
    return name === undefined ? EXIT.usage : EXIT.ok
  }
  if (name === '--version' || name === '-v') {
    ctx.stdout.write(`${BIN} ${packageJson.version}\n`)
    return EXIT.ok
  }
  if (name === 'simulate') {
    if (rest.includes('--help') || rest.includes('-h')) {
      ctx.stdout.write(await simulateHelp())
      return EXIT.ok
    }
    return simulate(rest, ctx)
  }
  const command = COMMANDS.find(c => c.name === name)
  if (!command) {
    throw new UsageError(
      `unknown command '${name}'; expected one of ${[...COMMANDS.map(c => c.name), 'simulate'].join(', ')}`
    )
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    ctx.stdout.write(commandHelp(command))
    return EXIT.ok
  }
  const values = parseFlags(rest, command.flags)
  const code = await command.run(values, ctx)
  return ctx.signal.aborted && code !== EXIT.ok ? EXIT.cancelled : code
}
