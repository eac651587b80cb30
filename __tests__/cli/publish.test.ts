// `publish` as a child process against the simulator: JSON shape, human output, credentials from
// the environment, and each exit code (0 published, 1 refused by Apple, 2 bad input, 130 cancelled).
import { readFile } from 'node:fs/promises'
import { copyFixture, makeTempDir } from '../../__fixtures__/aar.js'
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import { FAST, OUTPUT_NAMES, jsonOf, keyEnv, runCli, simFlags } from './harness.js'

let sim: Simulator
let dir: string
let remove: () => Promise<void>
let env: Record<string, string>

beforeEach(async () => {
  sim = await createSimulator({ processingDelayMs: 200, manifestCheckDelayMs: 50 })
  ;({ dir, remove } = await makeTempDir('cli-publish-'))
  await copyFixture('Tutorial-Manifest.json', dir, 'Manifest.json')
  await copyFixture('Tutorial-lzfse.aar', dir, 'Tutorial.aar')
  env = await keyEnv(sim, dir)
})

afterEach(async () => {
  await sim.close()
  await remove()
})

const files = () => ['--manifest-path', 'Manifest.json', '--archive-path', 'Tutorial.aar']

test('publish --json prints one object keyed by the output names, exit 0', async () => {
  const run = await runCli(['publish', ...simFlags(sim), ...files(), ...FAST, '--json'], {
    env,
    cwd: dir
  })
  expect(run.stderr).not.toMatch(/error/)
  expect(run.exitCode).toBe(0)
  const json = jsonOf(run)
  expect(Object.keys(json).sort()).toEqual([...OUTPUT_NAMES].sort())
  expect(json).toMatchObject({ version: '1', state: 'READY_FOR_TESTING', skipped: 'false' })
  const received = sim.receivedFile(json['asset-upload-file-id'] as string)
  expect(received?.sha256).toBe(json['archive-sha256'])
  // The log went to stderr, phase by phase; stdout holds only the JSON.
  expect(run.stderr).toMatch(/▸ Upload the archive/)
  expect(run.stderr).toMatch(/Sent 0\.5 MB of 0\.5 MB \(100%\)/)
})

test('without --json a person reads the result; the key from ASC_PRIVATE_KEY_B64', async () => {
  const pem = await readFile(env.ASC_PRIVATE_KEY_PATH, 'utf8')
  const run = await runCli(['publish', ...simFlags(sim), ...files(), ...FAST], {
    env: {
      ASC_KEY_ID: env.ASC_KEY_ID,
      ASC_ISSUER_ID: env.ASC_ISSUER_ID,
      ASC_PRIVATE_KEY_B64: Buffer.from(pem).toString('base64')
    },
    cwd: dir
  })
  expect(run.exitCode).toBe(0)
  expect(run.stdout).toMatch(/^✔ Tutorial: version 1 is ready for testing\n/)
  expect(run.stdout).toMatch(/ {2}state +READY_FOR_TESTING\n/)
  // The key never appears in the log.
  const body = pem.split('\n').filter(l => l && !l.startsWith('-----'))
  for (const line of body) expect(run.stderr).not.toContain(line)
})

test('flags win over the environment, and ASC_PRIVATE_KEY takes the PEM text', async () => {
  const pem = await readFile(env.ASC_PRIVATE_KEY_PATH, 'utf8')
  const run = await runCli(
    ['publish', ...simFlags(sim), ...files(), ...FAST, '--key-id', sim.key.keyId, '--json'],
    {
      env: { ASC_KEY_ID: 'WRONGKEY00', ASC_ISSUER_ID: env.ASC_ISSUER_ID, ASC_PRIVATE_KEY: pem },
      cwd: dir
    }
  )
  expect(run.exitCode).toBe(0)
  expect(jsonOf(run).state).toBe('READY_FOR_TESTING')
})

test('bad input: exit 2, every problem named by its flag or variable, nothing sent', async () => {
  const run = await runCli(
    [
      'publish',
      '--app-id',
      'my-app',
      '--api-base-url',
      sim.url,
      '--manifest-path',
      'Missing.json',
      '--json'
    ],
    { env: { ...env, ASC_KEY_ID: 'abc' }, cwd: dir }
  )
  expect(run.exitCode).toBe(2)
  expect(sim.requests).toEqual([])
  const json = jsonOf(run)
  for (const name of OUTPUT_NAMES) expect(json).toHaveProperty(name)
  expect(json.error).toMatch(/problems in the inputs; nothing was sent/)
  const inputs = (json.problems as Array<{ input: string }>).map(p => p.input)
  expect(inputs).toEqual(
    expect.arrayContaining(['app-id', 'key-id', 'manifest-path', 'archive-path'])
  )
  expect(run.stderr).toMatch(
    /--key-id \(ASC_KEY_ID\): 'abc' must be an App Store Connect API key ID/
  )
  expect(run.stderr).toMatch(/--app-id: 'my-app'/)
})

test('Apple refuses the manifest: exit 1 with Apple’s words, the outputs as far as it got', async () => {
  sim.faults.options.manifestFailure = [{ code: 'ITMS-90000', description: 'Nope.' }]
  const run = await runCli(['publish', ...simFlags(sim), ...files(), ...FAST, '--json'], {
    env,
    cwd: dir
  })
  expect(run.exitCode).toBe(1)
  const json = jsonOf(run)
  expect(json.error).toMatch(/refused the manifest.*ITMS-90000: Nope\./)
  expect(json['version-id']).toMatch(/\S/)
  expect(json['asset-upload-file-id']).toBe('')
  // The manifest, the run's claim (an ASSET reservation no byte went to) and its release.
  expect(sim.count({ method: 'POST', path: '/v1/backgroundAssetUploadFiles' })).toBe(3)
  const assets = [...sim.state.uploadFiles.values()].filter(f => f.assetType === 'ASSET')
  expect(assets.some(f => f.committed || f.parts.some(p => p.received))).toBe(false)
})

test('SIGINT while waiting: exit 130, nothing more committed', async () => {
  sim.faults.options.processingNeverFinishes = true
  let sent = false
  const run = await runCli(['publish', ...simFlags(sim), ...files(), ...FAST, '--json'], {
    env,
    cwd: dir,
    onStderr: (text, child) => {
      if (!sent && /Archive committed/.test(text)) {
        sent = true
        child.kill('SIGINT')
      }
    }
  })
  expect(sent).toBe(true)
  expect(run.exitCode).toBe(130)
  expect(jsonOf(run).error).toMatch(/^Cancelled/)
})

test('a timed-out wait is a failure: exit 1', async () => {
  sim.faults.options.processingNeverFinishes = true
  const run = await runCli(
    [
      'publish',
      ...simFlags(sim),
      ...files(),
      '--poll-interval-seconds',
      '1',
      '--timeout-minutes',
      '0.03',
      '--json'
    ],
    { env, cwd: dir }
  )
  expect(run.exitCode).toBe(1)
  expect(jsonOf(run).error).toMatch(/Timed out after 0\.03 minutes/)
})
