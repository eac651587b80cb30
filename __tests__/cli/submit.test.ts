// `submit` (and `publish --submit-for-review`) as a child process against a seeded simulator:
// what goes into which submission, --all, --dry-run, --draft, a rerun, and the exit codes.
import { copyFixture, makeTempDir } from '../../__fixtures__/aar.js'
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import { FAST, jsonOf, keyEnv, runCli, simFlags } from './harness.js'

let sim: Simulator
let dir: string
let remove: () => Promise<void>
let env: Record<string, string>

beforeEach(async () => {
  sim = await createSimulator({
    processingDelayMs: 200,
    manifestCheckDelayMs: 50,
    review: { startDelayMs: 60_000 },
    state: {
      packs: [
        {
          assetPackIdentifier: 'Levels',
          versions: [
            { id: 'levels-1', state: 'COMPLETE', platforms: ['IOS'] },
            { id: 'levels-2', state: 'COMPLETE', platforms: ['IOS', 'MAC_OS'] },
            { id: 'levels-3', state: 'PROCESSING' }
          ]
        },
        {
          assetPackIdentifier: 'Intro',
          versions: [{ id: 'intro-1', state: 'COMPLETE', platforms: ['IOS'] }]
        },
        {
          assetPackIdentifier: 'Old',
          archived: true,
          versions: [{ state: 'COMPLETE', platforms: ['IOS'] }]
        },
        { assetPackIdentifier: 'Empty' }
      ]
    }
  })
  ;({ dir, remove } = await makeTempDir('cli-submit-'))
  env = await keyEnv(sim, dir)
})

afterEach(async () => {
  await sim.close()
  await remove()
})

const submit = (...args: string[]) => runCli(['submit', ...simFlags(sim), ...args], { env })
const writes = () => sim.requests.filter(r => r.method !== 'GET').length
const review = () => sim.snapshot().review

test('submit a pack: its newest COMPLETE version, one submission per platform, submitted', async () => {
  const run = await submit('--asset-pack-identifier', 'Levels', '--json')
  expect(run.exitCode).toBe(0)
  const json = jsonOf(run)
  const ids = json['review-submission-ids'] as Record<string, string>
  expect(Object.keys(ids).sort()).toEqual(['IOS', 'MAC_OS'])
  expect(json['app-store-release-state']).toBe('WAITING_FOR_REVIEW')
  expect(review().items.map(i => i.versionId)).toEqual(['levels-2', 'levels-2'])
  expect(review().submissions.map(s => s.state)).toEqual([
    'WAITING_FOR_REVIEW',
    'WAITING_FOR_REVIEW'
  ])
})

test('--all --draft --dry-run prints what would be added and sends nothing', async () => {
  const run = await submit('--all', '--draft', '--dry-run')
  expect(run.exitCode).toBe(0)
  expect(run.stdout).toContain('Dry run: nothing was sent.')
  expect(run.stdout).toMatch(
    /IOS: would add Levels \(version 2\), Intro \(version 1\) to a new review submission/
  )
  expect(run.stdout).toMatch(/MAC_OS: would add Levels \(version 2\)/)
  expect(run.stdout).not.toMatch(/Old|Empty/)
  expect(writes()).toBe(0)
})

test('--draft leaves it open; a rerun adds nothing twice; then a submit sends it', async () => {
  const first = await submit('--asset-pack-identifier', 'Intro', '--draft', '--json')
  expect(first.exitCode).toBe(0)
  const ids = jsonOf(first)['review-submission-ids'] as Record<string, string>
  expect(review().submissions.map(s => s.state)).toEqual(['READY_FOR_REVIEW'])
  const again = await submit('--asset-pack-identifier', 'Intro', '--draft')
  expect(again.exitCode).toBe(0)
  expect(again.stdout).toContain(
    `IOS: review submission ${ids.IOS} READY_FOR_REVIEW; nothing added`
  )
  const sent = await submit('--asset-pack-identifier', 'Intro', '--asset-pack-identifier', 'Levels')
  expect(sent.exitCode).toBe(0)
  expect(sent.stdout).toMatch(
    new RegExp(`IOS: review submission ${ids.IOS} WAITING_FOR_REVIEW; added Levels`)
  )
  expect(review().items.filter(i => i.submissionId === ids.IOS)).toHaveLength(2)
})

test('--version of a version still processing: refused before anything is created, exit 1', async () => {
  const run = await submit('--asset-pack-identifier', 'Levels', '--version', '3')
  expect(run.exitCode).toBe(1)
  expect(run.stderr).toMatch(/'Levels' version 3 \(levels-3\) is PROCESSING: only a processed/)
  expect(writes()).toBe(0)
})

test('--platform narrows the submissions', async () => {
  const run = await submit('--asset-pack-identifier', 'Levels', '--platform', 'mac_os', '--json')
  expect(run.exitCode).toBe(0)
  expect(Object.keys(jsonOf(run)['review-submission-ids'] as object)).toEqual(['MAC_OS'])
})

test.each([
  [[], /--asset-pack-identifier: is required/],
  [['--all', '--asset-pack-identifier', 'Levels'], /not both/],
  [['--asset-pack-identifier', 'Levels', '--platform', 'WATCH_OS'], /--platform: 'WATCH_OS'/],
  [['--asset-pack-identifier', 'Le.vels'], /letters, digits and hyphens/],
  [['--all', '--version', '2'], /--version: '2' must be a version number/]
])('bad flags %j: exit 2, nothing sent', async (args, message) => {
  const run = await submit(...args)
  expect(run.exitCode).toBe(2)
  expect(run.stderr).toMatch(message)
  expect(sim.requests).toEqual([])
})

test('publish --submit-for-review true: published and submitted in one command', async () => {
  await copyFixture('Tutorial-Manifest.json', dir, 'Manifest.json')
  await copyFixture('Tutorial-lzfse.aar', dir, 'Tutorial.aar')
  const run = await runCli(
    [
      'publish',
      ...simFlags(sim),
      '--manifest-path',
      'Manifest.json',
      '--archive-path',
      'Tutorial.aar',
      ...FAST,
      '--submit-for-review',
      'true',
      '--json'
    ],
    { env, cwd: dir }
  )
  expect(run.exitCode).toBe(0)
  const json = jsonOf(run)
  expect(json['app-store-release-state']).toBe('WAITING_FOR_REVIEW')
  expect(JSON.parse(json['review-submission-ids'] as string)).toEqual({
    IOS: expect.any(String),
    MAC_OS: expect.any(String)
  })
})
