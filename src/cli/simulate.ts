import { EventEmitter } from 'node:events'
import { UsageError } from './args.js'
import { BIN, type CliContext } from './command.js'
import { EXIT } from './exit.js'

/**
 * `simulate`: the App Store Connect simulator, in this process. Its flags are the simulator's own
 * (src/simulator/cli.ts), passed through; it prints one JSON line and serves until SIGINT/SIGTERM.
 * Loaded only when asked for: the simulator brings Apple's spec and a JSON-schema validator.
 */
export const SIMULATE_SUMMARY = 'start the App Store Connect simulator, until Ctrl-C'

export async function simulateHelp(): Promise<string> {
  const { USAGE } = await import('../simulator/cli.js')
  const flags = USAGE.split('\n').slice(1).join('\n').trim()
  return (
    `Usage: ${BIN} simulate [flags]\n\n` +
    "Starts a local App Store Connect (background assets only, from Apple's OpenAPI spec) on\n" +
    '127.0.0.1, prints one JSON line {"url","appId","keyId","issuerId","privateKeyPath",…}, and\n' +
    'serves until SIGINT/SIGTERM, then exits 0. Point publish at it with --api-base-url, and\n' +
    'give it the key with --private-key-path.\n\n' +
    `Flags:\n  ${flags}\n\n` +
    `Example:\n  ${BIN} simulate --processing-delay-ms 3000\n`
  )
}

/** Runs the simulator until the CLI's signal aborts (SIGINT/SIGTERM); then stops it cleanly. */
export async function simulate(argv: string[], ctx: CliContext): Promise<number> {
  const { optionsFromArgs, runCli } = await import('../simulator/cli.js')
  try {
    await optionsFromArgs(argv)
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const running = await runCli(argv, {
    write: text => ctx.stdout.write(text),
    writeError: text => ctx.stderr.write(text),
    exit: () => undefined,
    // The CLI owns the signals: they abort ctx.signal, which stops the simulator below.
    signals: new EventEmitter()
  })
  if (!running) return EXIT.ok
  await new Promise<void>(resolve => {
    if (ctx.signal.aborted) resolve()
    else ctx.signal.addEventListener('abort', () => resolve(), { once: true })
  })
  await running.stop()
  return EXIT.ok
}
