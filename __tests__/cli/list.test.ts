// `list` against a seeded simulator: every pack with its newest versions, one pack, no versions.
import { makeTempDir } from '../../__fixtures__/aar.js'
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import { jsonOf, keyEnv, runCli, simFlags } from './harness.js'

let sim: Simulator
let remove: () => Promise<void>
let env: Record<string, string>

beforeAll(async () => {
  sim = await createSimulator({
    state: {
      packs: [
        {
          id: 'p-levels',
          assetPackIdentifier: 'Levels',
          versions: [
            { id: 'l1', state: 'COMPLETE', internalBetaRelease: { id: 'r1', state: 'SUPERSEDED' } },
            { id: 'l2', state: 'COMPLETE', internalBetaRelease: { id: 'r2' } },
            { id: 'l3', state: 'AWAITING_UPLOAD' }
          ]
        },
        { id: 'p-intro', assetPackIdentifier: 'Intro' },
        {
          id: 'p-old',
          assetPackIdentifier: 'Old',
          archived: true,
          versions: [{ state: 'COMPLETE' }]
        }
      ]
    }
  })
  const temp = await makeTempDir('cli-list-')
  remove = temp.remove
  env = await keyEnv(sim, temp.dir)
})

afterAll(async () => {
  await sim.close()
  await remove()
})

test('every pack with its newest versions, in JSON', async () => {
  const run = await runCli(['list', ...simFlags(sim), '--versions', '2', '--json'], { env })
  expect(run.exitCode).toBe(0)
  const json = jsonOf(run) as { 'app-id': string; packs: Array<Record<string, unknown>> }
  expect(json['app-id']).toBe(sim.appId)
  const levels = json.packs.find(p => p['asset-pack-identifier'] === 'Levels')
  expect(levels).toEqual({
    'asset-pack-identifier': 'Levels',
    'asset-pack-id': 'p-levels',
    archived: false,
    versions: [
      expect.objectContaining({ 'version-id': 'l3', version: '3', state: 'AWAITING_UPLOAD' }),
      {
        'version-id': 'l2',
        version: '2',
        state: 'READY_FOR_TESTING',
        'version-state': 'COMPLETE',
        'internal-beta-release-id': 'r2',
        platforms: expect.any(Array),
        'created-date': expect.any(String)
      }
    ]
  })
  expect(json.packs.map(p => [p['asset-pack-identifier'], p.archived]).sort()).toEqual([
    ['Intro', false],
    ['Levels', false],
    ['Old', true]
  ])
})

test('one pack, for people; --versions 0 costs one request', async () => {
  const run = await runCli(['list', ...simFlags(sim), '--asset-pack-identifier', 'Levels'], { env })
  expect(run.exitCode).toBe(0)
  expect(run.stdout).toMatch(
    /^PACK +PACK ID +VERSION +STATE +VERSION ID\nLevels +p-levels +3 +AWAITING_UPLOAD +l3\n +2 +READY_FOR_TESTING +l2\n +1 +SUPERSEDED +l1\n$/
  )

  const before = sim.requests.length
  const none = await runCli(['list', ...simFlags(sim), '--versions', '0', '--json'], { env })
  expect(none.exitCode).toBe(0)
  expect(sim.requests.length - before).toBe(1)
  const packs = (jsonOf(none) as { packs: Array<{ versions: unknown[] }> }).packs
  expect(packs.every(p => p.versions.length === 0)).toBe(true)
})

test('bad flags exit 2; an app that is not there exits 1', async () => {
  const bad = await runCli(['list', ...simFlags(sim), '--versions', '500'], { env })
  expect(bad.exitCode).toBe(2)
  expect(bad.stderr).toMatch(/--versions: '500' must be a whole number from 0 to 200/)
  const missing = await runCli(['list', '--app-id', '999', '--api-base-url', sim.url, '--json'], {
    env
  })
  expect(missing.exitCode).toBe(1)
  expect(jsonOf(missing).error).toMatch(/\S/)
})
