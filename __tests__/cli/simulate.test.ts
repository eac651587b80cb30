// `simulate`: the simulator in the CLI's process; its announcement line, and a clean stop.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { makeTempDir } from '../../__fixtures__/aar.js'
import { CLI_ENTRY, jsonOf, runCli } from './harness.js'

test('prints the announcement, serves until SIGTERM, exits 0; list works against it', async () => {
  const child = spawn(
    process.execPath,
    [CLI_ENTRY, 'simulate', '--app-id', '555', '--individual-key'],
    {
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve)
    child.once('exit', code => reject(new Error(`simulate exited ${code}`)))
  })
  const announced = JSON.parse(first) as Record<string, unknown>
  expect(announced).toMatchObject({
    url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
    appId: '555',
    keyId: expect.any(String),
    issuerId: null,
    privateKeyPath: expect.stringMatching(/AuthKey_.*\.p8$/)
  })
  const { remove } = await makeTempDir()
  try {
    const list = await runCli(
      ['list', '--app-id', '555', '--api-base-url', String(announced.url), '--json'],
      {
        env: {
          ASC_KEY_ID: String(announced.keyId),
          ASC_PRIVATE_KEY_PATH: String(announced.privateKeyPath)
        }
      }
    )
    expect(list.exitCode).toBe(0)
    expect(jsonOf(list)).toMatchObject({
      'app-id': '555',
      packs: [],
      quota: { 'used-bytes': 0, packs: 0 },
      warnings: []
    })
  } finally {
    await remove()
  }
  const exit = new Promise<number | null>(resolve => child.once('exit', resolve))
  child.kill('SIGTERM')
  expect(await exit).toBe(0)
})

test('a bad simulator flag exits 2', async () => {
  const run = await runCli(['simulate', '--port', 'eighty'])
  expect(run.exitCode).toBe(2)
  expect(run.stderr).toMatch(/Invalid --port 'eighty'/)
})
