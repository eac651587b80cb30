// `list` against a seeded simulator: every pack with its newest version, state, locale, usedBytes
// and archived flag; the app's totals against 200 GB and 100 packs, with a warning from 80 %.
import { makeTempDir } from '../../__fixtures__/aar.js'
import type { SeedState } from '../../src/simulator/seed.js'
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import { jsonOf, keyEnv, runCli, simFlags } from './harness.js'

let sims: Simulator[] = []
let remove: () => Promise<void>
let dir: string

const asset = (fileSize: number) => [
  { assetType: 'ASSET' as const, fileName: 'pack.aar', fileSize, state: 'COMPLETE' as const }
]

const SEED: SeedState = {
  packs: [
    {
      id: 'p-levels',
      assetPackIdentifier: 'Levels',
      versions: [
        {
          id: 'l1',
          state: 'COMPLETE',
          uploadFiles: asset(3_000_000),
          internalBetaRelease: { id: 'r1', state: 'SUPERSEDED' },
          appStoreRelease: { id: 's1', state: 'READY_FOR_DISTRIBUTION' }
        },
        {
          id: 'l2',
          state: 'COMPLETE',
          uploadFiles: asset(2_000_000),
          internalBetaRelease: { id: 'r2' },
          externalBetaRelease: { id: 'x2', state: 'WAITING_FOR_REVIEW' }
        },
        { id: 'l3', state: 'AWAITING_UPLOAD' }
      ]
    },
    {
      id: 'p-voice',
      assetPackIdentifier: 'voice-en',
      versions: [{ id: 'e1', state: 'COMPLETE', locale: 'en-US', uploadFiles: asset(1_500_000) }]
    },
    { id: 'p-intro', assetPackIdentifier: 'Intro' },
    { id: 'p-old', assetPackIdentifier: 'Old', archived: true, versions: [{ state: 'COMPLETE' }] }
  ]
}

async function start(seed: SeedState): Promise<{ sim: Simulator; env: Record<string, string> }> {
  const sim = await createSimulator({ state: seed })
  sims.push(sim)
  return { sim, env: await keyEnv(sim, dir) }
}

beforeAll(async () => {
  ;({ dir, remove } = await makeTempDir('cli-list-'))
})
afterEach(async () => {
  await Promise.all(sims.map(s => s.close()))
  sims = []
})
afterAll(() => remove())

test('every pack with its newest version, usedBytes, locale and releases; the totals, in JSON', async () => {
  const { sim, env } = await start(SEED)
  const run = await runCli(['list', ...simFlags(sim), '--versions', '2', '--json'], { env })
  expect(run.exitCode).toBe(0)
  const json = jsonOf(run) as {
    'app-id': string
    packs: Array<Record<string, unknown>>
    quota: Record<string, unknown>
    warnings: string[]
  }
  expect(json['app-id']).toBe(sim.appId)
  const levels = json.packs.find(p => p['asset-pack-identifier'] === 'Levels')
  expect(levels).toEqual({
    'asset-pack-identifier': 'Levels',
    'asset-pack-id': 'p-levels',
    archived: false,
    // The largest processed version, not the sum of all.
    'used-bytes': 3_000_000,
    versions: [
      expect.objectContaining({ 'version-id': 'l3', version: '3', state: 'AWAITING_UPLOAD' }),
      {
        'version-id': 'l2',
        version: '2',
        state: 'READY_FOR_TESTING',
        'version-state': 'COMPLETE',
        locale: '',
        'internal-beta-release-id': 'r2',
        'internal-beta-release-state': 'READY_FOR_TESTING',
        'external-beta-release-id': 'x2',
        'external-beta-release-state': 'WAITING_FOR_REVIEW',
        'app-store-release-id': '',
        'app-store-release-state': '',
        platforms: expect.any(Array),
        'created-date': expect.any(String)
      }
    ]
  })
  const voice = json.packs.find(p => p['asset-pack-identifier'] === 'voice-en')
  expect(voice?.versions).toEqual([expect.objectContaining({ locale: 'en-US' })])
  expect(json.packs.map(p => [p['asset-pack-identifier'], p.archived, p['used-bytes']])).toEqual([
    ['Levels', false, 3_000_000],
    ['voice-en', false, 1_500_000],
    ['Intro', false, 0],
    ['Old', true, 0]
  ])
  expect(json.quota).toEqual({
    'used-bytes': 4_500_000,
    'limit-bytes': 200e9,
    'bytes-share': 0,
    packs: 4,
    'packs-limit': 100,
    'packs-share': 0.04,
    'archived-packs': 1,
    warning: false
  })
  expect(json.warnings).toEqual([])
})

test('for people: the newest version per pack, then the totals', async () => {
  const { sim, env } = await start(SEED)
  const run = await runCli(['list', ...simFlags(sim)], { env })
  expect(run.exitCode).toBe(0)
  expect(run.stdout).toBe(
    [
      'PACK            PACK ID   USED     VERSION  STATE              LOCALE  VERSION ID',
      'Levels          p-levels  3.00 MB  3        AWAITING_UPLOAD            l3',
      'voice-en        p-voice   1.50 MB  1        READY_FOR_TESTING  en-US   e1',
      'Intro           p-intro   0 B               no versions',
      'Old (archived)  p-old     0 B      1        READY_FOR_TESTING          ' +
        sim.state.versionsOfPack('p-old')[0].id,
      '',
      `App ${sim.appId}: 4.50 MB of 200 GB (0.0 %) · 4 of 100 packs (4.0 %), 1 archived`,
      ''
    ].join('\n')
  )
})

test('one pack with its releases; --versions 0 costs one request', async () => {
  const { sim, env } = await start(SEED)
  const run = await runCli(
    ['list', ...simFlags(sim), '--asset-pack-identifier', 'Levels', '--versions', '5'],
    { env }
  )
  expect(run.exitCode).toBe(0)
  expect(run.stdout).toMatch(
    /^PACK +PACK ID +USED +VERSION +STATE +LOCALE +EXTERNAL BETA +APP STORE +VERSION ID\nLevels +p-levels +3\.00 MB +3 +AWAITING_UPLOAD +l3\n +2 +READY_FOR_TESTING +WAITING_FOR_REVIEW +l2\n +1 +SUPERSEDED +READY_FOR_DISTRIBUTION +l1\n\nApp \d+: 4\.50 MB of 200 GB/
  )

  const before = sim.requests.length
  const none = await runCli(['list', ...simFlags(sim), '--versions', '0', '--json'], { env })
  expect(none.exitCode).toBe(0)
  expect(sim.requests.length - before).toBe(1)
  const packs = (jsonOf(none) as { packs: Array<{ versions: unknown[] }> }).packs
  expect(packs.every(p => p.versions.length === 0)).toBe(true)
})

test('a warning at 80 % of 200 GB and of 100 packs', async () => {
  const packs = Array.from({ length: 80 }, (_, i) => ({
    assetPackIdentifier: `pack-${i}`,
    versions: i < 2 ? [{ state: 'COMPLETE' as const, uploadFiles: asset(80e9) }] : []
  }))
  const { sim, env } = await start({ packs })
  const run = await runCli(['list', ...simFlags(sim), '--versions', '0'], { env })
  expect(run.exitCode).toBe(0)
  expect(run.stderr).toMatch(
    /warning: The app's asset packs use 160\.0 GB of 200 GB \(80\.0 %\) of Apple's per-app limit/
  )
  expect(run.stderr).toMatch(/warning: The app has 80 of 100 packs \(80\.0 %\)/)
  expect(run.stdout).toMatch(
    /\nApp \d+: 160\.0 GB of 200 GB \(80\.0 %\) · 80 of 100 packs \(80\.0 %\)\n⚠ The app's asset packs use 160\.0 GB.*\n⚠ The app has 80 of 100 packs/
  )
  const json = jsonOf(
    await runCli(['list', ...simFlags(sim), '--versions', '0', '--json'], { env })
  ) as { quota: { warning: boolean }; warnings: string[] }
  expect(json.quota.warning).toBe(true)
  expect(json.warnings).toHaveLength(2)
})

test('bad flags exit 2; an app that is not there exits 1', async () => {
  const { sim, env } = await start(SEED)
  const bad = await runCli(['list', ...simFlags(sim), '--versions', '500'], { env })
  expect(bad.exitCode).toBe(2)
  expect(bad.stderr).toMatch(/--versions: '500' must be a whole number from 0 to 200/)
  const missing = await runCli(['list', '--app-id', '999', '--api-base-url', sim.url, '--json'], {
    env
  })
  expect(missing.exitCode).toBe(1)
  expect(jsonOf(missing).error).toMatch(/\S/)
})
