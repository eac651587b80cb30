// `validate`, the dry run: with credentials Apple checks the manifest and no archive is sent;
// without, only the local checks run; a bad manifest exits 2.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { copyFixture, makeTempDir } from '../../__fixtures__/aar.js'
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import { OUTPUT_NAMES, jsonOf, keyEnv, runCli, simFlags } from './harness.js'

let sim: Simulator
let dir: string
let remove: () => Promise<void>

beforeEach(async () => {
  sim = await createSimulator({ processingDelayMs: 200, manifestCheckDelayMs: 50 })
  ;({ dir, remove } = await makeTempDir('cli-validate-'))
  await copyFixture('Tutorial-Manifest.json', dir, 'Manifest.json')
  await copyFixture('Tutorial-lzfse.aar', dir, 'Tutorial.aar')
})

afterEach(async () => {
  await sim.close()
  await remove()
})

const files = ['--manifest-path', 'Manifest.json', '--archive-path', 'Tutorial.aar']

test("with credentials: Apple's manifest check, no archive upload, exit 0", async () => {
  const env = await keyEnv(sim, dir)
  const run = await runCli(
    ['validate', ...simFlags(sim), ...files, '--poll-interval-seconds', '1', '--json'],
    {
      env,
      cwd: dir
    }
  )
  expect(run.exitCode).toBe(0)
  const json = jsonOf(run)
  expect(Object.keys(json).sort()).toEqual([...OUTPUT_NAMES].sort())
  expect(json).toMatchObject({ state: 'AWAITING_UPLOAD', 'asset-upload-file-id': '' })
  expect(json['manifest-upload-file-id']).toMatch(/\S/)
  expect(sim.count({ listener: 'upload' })).toBe(1) // the manifest's one part
  const human = await runCli(
    ['validate', ...simFlags(sim), ...files, '--poll-interval-seconds', '1'],
    {
      env,
      cwd: dir
    }
  )
  expect(human.stdout).toMatch(
    /^✔ Tutorial: manifest accepted by Apple \(dry run, nothing published\)/
  )
})

test('without credentials: the local checks only, nothing sent, exit 0', async () => {
  const run = await runCli(['validate', '--api-base-url', sim.url, ...files], { cwd: dir })
  expect(run.exitCode).toBe(0)
  expect(sim.requests).toEqual([])
  expect(run.stderr).toMatch(/notice: Apple's manifest check was skipped: no private key/)
  expect(run.stdout).toMatch(/^✔ Tutorial: local checks passed \(dry run, nothing published\)\n/)
  expect(run.stdout).toMatch(/archive-sha256 +[0-9a-f]{64}/)
})

test('a broken manifest: exit 2, the problem at its line', async () => {
  await writeFile(join(dir, 'Manifest.json'), '{\n  "assetPackID": "Tuto_rial"\n}\n')
  const run = await runCli(['validate', ...files, '--json'], { cwd: dir })
  expect(run.exitCode).toBe(2)
  expect(jsonOf(run).problems).toEqual(
    expect.arrayContaining([expect.objectContaining({ input: 'manifest-path', line: 2 })])
  )
  expect(run.stderr).toMatch(/error: --manifest-path at assetPackID: .*\[Manifest\.json:2:\d+\]/)
})
