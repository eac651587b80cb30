// The simulator's command line: flags → options, the announcement line, the throwaway .p8 key,
// and a clean stop on SIGINT/SIGTERM.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { FaultOptions } from './faults.js'
import type { ReviewOptions } from './review.js'
import { createSimulator, type Simulator, type SimulatorOptions } from './server.js'
import type { SeedState } from './seed.js'
import type { Platform } from './state.js'

export const USAGE = `Usage: simulator [options]

  --port <n>                    API port (default: any free port)
  --upload-port <n>             upload host port (default: any free port)
  --app-id <digits>             the app's Apple ID (default 1234567890)
  --app-platforms <list>        platforms of the app record, e.g. IOS,MAC_OS (default all)
  --individual-key              generate an individual key (no issuer ID)
  --processing-delay-ms <n>     ASSET commit to COMPLETE (default 2000)
  --manifest-check-delay-ms <n> MANIFEST commit to checked (default 500)
  --part-size <bytes>           nominal upload part size (default 5242880)
  --rate-limit <n>              requests per key per rolling hour (default 3500)
  --seed <n>                    seed of all random faults (default 1)
  --faults <json|@file>         fault options, e.g. '{"rates":{"read5xx":0.1}}'
  --review <json|@file>         App Review delays and outcomes, e.g. '{"decisionDelayMs":5000,"rejectPacks":["Levels"]}'
  --state <file.json>           initial packs and versions to seed
  --log                         log each request to stderr
  --help                        show this help
`

async function jsonArg<T>(value: string | undefined, what: string): Promise<T | undefined> {
  if (value === undefined) return undefined
  const text = value.startsWith('@') ? await readFile(value.slice(1), 'utf8') : value
  try {
    return JSON.parse(text) as T
  } catch (e) {
    throw new Error(`Invalid ${what}: ${(e as Error).message}`, { cause: e })
  }
}

function intArg(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value))
    throw new Error(`Invalid --${name} '${value}'. Expected a whole number.`)
  return Number(value)
}

export async function optionsFromArgs(argv: string[]): Promise<SimulatorOptions | 'help'> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      'upload-port': { type: 'string' },
      'app-id': { type: 'string' },
      'app-platforms': { type: 'string' },
      'individual-key': { type: 'boolean' },
      'processing-delay-ms': { type: 'string' },
      'manifest-check-delay-ms': { type: 'string' },
      'part-size': { type: 'string' },
      'rate-limit': { type: 'string' },
      seed: { type: 'string' },
      faults: { type: 'string' },
      review: { type: 'string' },
      state: { type: 'string' },
      log: { type: 'boolean' },
      help: { type: 'boolean' }
    }
  })
  if (values.help) return 'help'
  const faults = (await jsonArg<FaultOptions>(values.faults, '--faults JSON')) ?? {}
  const seed = intArg(values.seed, 'seed')
  if (seed !== undefined) faults.seed = seed
  const state = values.state
    ? await jsonArg<SeedState>(`@${values.state}`, '--state file')
    : undefined
  const opt = <K extends keyof SimulatorOptions>(k: K, v: SimulatorOptions[K] | undefined) =>
    v === undefined ? {} : { [k]: v }
  return {
    ...opt('port', intArg(values.port, 'port')),
    ...opt('uploadPort', intArg(values['upload-port'], 'upload-port')),
    ...opt('appId', values['app-id']),
    ...opt(
      'appPlatforms',
      values['app-platforms']?.split(',').map(p => p.trim() as Platform)
    ),
    ...opt('individualKey', values['individual-key']),
    ...opt('processingDelayMs', intArg(values['processing-delay-ms'], 'processing-delay-ms')),
    ...opt(
      'manifestCheckDelayMs',
      intArg(values['manifest-check-delay-ms'], 'manifest-check-delay-ms')
    ),
    ...opt('partSizeBytes', intArg(values['part-size'], 'part-size')),
    ...opt('rateLimitPerHour', intArg(values['rate-limit'], 'rate-limit')),
    ...opt('state', state),
    ...opt('review', await jsonArg<ReviewOptions>(values.review, '--review JSON')),
    faults
  }
}

export interface CliIo {
  write(text: string): void
  writeError(text: string): void
  exit(code: number): void
  /** Where SIGINT/SIGTERM come from (the process, or a test's emitter). */
  signals: Pick<NodeJS.EventEmitter, 'once'>
}

const processIo: CliIo = {
  write: text => process.stdout.write(text),
  writeError: text => process.stderr.write(text),
  exit: code => process.exit(code),
  signals: process
}

export interface RunningCli {
  sim: Simulator
  privateKeyPath: string
  /** Closes the simulator and removes the key (what a signal does, without exiting). */
  stop(): Promise<void>
}

export async function runCli(
  argv: string[],
  io: CliIo = processIo
): Promise<RunningCli | undefined> {
  const options = await optionsFromArgs(argv)
  if (options === 'help') {
    io.write(USAGE)
    return undefined
  }
  const sim = await createSimulator(options)
  const keyDir = await mkdtemp(path.join(os.tmpdir(), 'asc-simulator-key-'))
  const privateKeyPath = path.join(keyDir, `AuthKey_${sim.key.keyId}.p8`)
  await writeFile(privateKeyPath, sim.key.privateKeyPem, { mode: 0o600 })
  io.write(
    `${JSON.stringify({
      url: sim.url,
      appId: sim.appId,
      keyId: sim.key.keyId,
      issuerId: sim.key.issuerId,
      privateKeyPath,
      uploadUrl: sim.uploadUrl
    })}\n`
  )
  let logTimer: NodeJS.Timeout | undefined
  if (argv.includes('--log')) {
    let shown = 0
    logTimer = setInterval(() => {
      for (; shown < sim.requests.length; shown++) {
        const r = sim.requests[shown]
        if (!r) continue
        io.writeError(
          `${r.listener} ${r.method} ${r.path}${r.search} → ${r.status || 'dropped'}${r.fault ? ` [${r.fault}]` : ''}\n`
        )
      }
    }, 200)
    logTimer.unref()
  }
  let stopping: Promise<void> | undefined
  const stop = () => {
    stopping ??= (async () => {
      if (logTimer) clearInterval(logTimer)
      await sim.close()
      await rm(keyDir, { recursive: true, force: true })
    })()
    return stopping
  }
  const onSignal = () => {
    void stop().then(() => io.exit(0))
  }
  io.signals.once('SIGINT', onSignal)
  io.signals.once('SIGTERM', onSignal)
  return { sim, privateKeyPath, stop }
}
