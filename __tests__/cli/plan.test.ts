// `plan`: the packs found, paired and checked offline, as the JSON matrix of a fan-out workflow.
import { makeTempDir } from '../../__fixtures__/aar.js'
import { jsonOf, runCli } from './harness.js'
import { writePacks } from './packs.js'

let dir: string
let remove: () => Promise<void>

beforeEach(async () => {
  ;({ dir, remove } = await makeTempDir('cli-plan-'))
})
afterEach(() => remove())

const GLOBS = ['--manifest-path', 'AssetPacks/*/Manifest.json', '--archive-path', 'build/*.aar']

test('--json prints the matrix: one entry per pack, paths as given, no credentials needed', async () => {
  await writePacks(dir, [
    { id: 'Levels' },
    { id: 'Intro' },
    { id: 'Boss', archive: 'AssetPacks/Boss/out.aar' }
  ])
  const run = await runCli(['plan', ...GLOBS, '--archive-path', 'AssetPacks/*/*.aar', '--json'], {
    cwd: dir
  })
  expect(run.stderr).toBe('')
  expect(run.exitCode).toBe(0)
  expect(run.stdout).not.toContain('\n{') // one line, for $GITHUB_OUTPUT
  expect(jsonOf(run)).toEqual({
    include: [
      {
        'asset-pack-identifier': 'Boss',
        'manifest-path': 'AssetPacks/Boss/Manifest.json',
        'archive-path': 'AssetPacks/Boss/out.aar'
      },
      {
        'asset-pack-identifier': 'Intro',
        'manifest-path': 'AssetPacks/Intro/Manifest.json',
        'archive-path': 'build/Intro.aar'
      },
      {
        'asset-pack-identifier': 'Levels',
        'manifest-path': 'AssetPacks/Levels/Manifest.json',
        'archive-path': 'build/Levels.aar'
      }
    ]
  })
})

test('one pack is a matrix of one; manifests alone plan a dry run', async () => {
  await writePacks(dir, [
    { id: 'Levels', archive: null },
    { id: 'Intro', archive: null }
  ])
  const one = await runCli(
    ['plan', '--manifest-path', 'AssetPacks/Levels/Manifest.json', '--json'],
    {
      cwd: dir
    }
  )
  expect(one.exitCode).toBe(0)
  expect(jsonOf(one)).toEqual({
    include: [
      {
        'asset-pack-identifier': 'Levels',
        'manifest-path': 'AssetPacks/Levels/Manifest.json',
        'archive-path': ''
      }
    ]
  })
  const people = await runCli(['plan', '--manifest-path', 'AssetPacks/*/Manifest.json'], {
    cwd: dir
  })
  expect(people.exitCode).toBe(0)
  expect(people.stdout).toMatch(
    /^PACK +MANIFEST +ARCHIVE\nIntro +AssetPacks\/Intro\/Manifest\.json\nLevels /
  )
  expect(people.stdout).toMatch(/2 packs; --json prints the matrix\./)
})

test('a pack with problems is left out and the plan fails: exit 2', async () => {
  await writePacks(dir, [
    { id: 'Levels' },
    { id: 'Intro', manifestText: '{"assetPackID": "Intro", "platforms": ["iOS"]}' },
    { id: 'Boss', archive: null }
  ])
  const run = await runCli(['plan', ...GLOBS, '--json'], { cwd: dir })
  expect(run.exitCode).toBe(2)
  const json = jsonOf(run) as {
    include: Array<Record<string, string>>
    problems: Array<{ input: string; message: string }>
  }
  expect(json.include.map(e => e['asset-pack-identifier'])).toEqual(['Levels'])
  expect(json.problems.map(p => p.input)).toEqual(
    expect.arrayContaining(['manifest-path', 'archive-path'])
  )
  expect(json.problems.find(p => p.input === 'archive-path')?.message).toMatch(
    /no archive for pack 'Boss'/
  )
  expect(run.stderr).toMatch(/error: --manifest-path/)
})

test('a glob that matches nothing: exit 2', async () => {
  const run = await runCli(['plan', '--manifest-path', 'Nothing/*/Manifest.json', '--json'], {
    cwd: dir
  })
  expect(run.exitCode).toBe(2)
  expect(jsonOf(run)).toMatchObject({
    include: [],
    problems: [{ input: 'manifest-path', message: expect.stringMatching(/matches no file/) }]
  })
})
