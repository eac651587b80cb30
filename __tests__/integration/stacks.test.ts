/**
 * Stack traces where a user asks for them, and only there: the bundles carry no source-map
 * register, so a failed publish prints its stack, mapped to src/ by Node's own source maps, with
 * step debug logging on (the action) or --verbose (the CLI). Otherwise the message alone.
 */
import { join } from 'node:path'
import { keyEnv, runCli } from '../cli/harness.js'
import { runAction } from './harness.js'
import { useWorkspace } from './workspace.js'

const ws = useWorkspace()

/** An app the simulator does not know: a 404 on the first request, which is not retried. */
const UNKNOWN_APP = '999'

describe('the action', () => {
  const inputs = (sim: Parameters<typeof ws.inputs>[0]) => ({
    ...ws.inputs(sim),
    'app-id': UNKNOWN_APP,
    'archive-path': join(ws.dir, 'Tutorial.aar')
  })

  it('logs the stack, mapped to src/, as debug lines when RUNNER_DEBUG=1', async () => {
    const sim = await ws.start()
    const run = await runAction(inputs(sim), { env: { RUNNER_DEBUG: '1' } })
    expect(run.exitCode).toBe(1)
    const stack = run.stdout
      .split('\n')
      .find(l => l.startsWith('::debug::') && l.includes('%0A    at '))
    expect(stack).toMatch(/src\/engine\/asc\/transport\.ts:\d+/)
  })

  it('without debug logging, shows no stack: only a debug line, which the runner hides', async () => {
    const sim = await ws.start()
    const run = await runAction(inputs(sim))
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toMatch(/404/)
    const shown = run.stdout.split('\n').filter(l => !l.startsWith('::debug::'))
    expect(shown.join('\n')).not.toMatch(/ {4}at |%0A {4}at /)
    // No source map was read: the hidden line names the bundle, not src/.
    expect(run.stdout).not.toMatch(/src\/engine\/asc\/transport\.ts/)
  })
})

describe('the CLI', () => {
  const args = (sim: { url: string }) => [
    'publish',
    '--app-id',
    UNKNOWN_APP,
    '--api-base-url',
    sim.url,
    '--manifest-path',
    'Manifest.json',
    '--archive-path',
    'Tutorial.aar'
  ]

  it('--verbose prints the stack, mapped to src/', async () => {
    const sim = await ws.start()
    const run = await runCli([...args(sim), '--verbose'], {
      env: await keyEnv(sim, ws.dir),
      cwd: ws.dir
    })
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toMatch(/\n {4}at .*src\/engine\/asc\/transport\.ts:\d+/)
  })

  it('prints the message alone without --verbose', async () => {
    const sim = await ws.start()
    const run = await runCli(args(sim), { env: await keyEnv(sim, ws.dir), cwd: ws.dir })
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toMatch(/error: .*404/)
    expect(run.stderr).not.toMatch(/ {4}at /)
  })
})
