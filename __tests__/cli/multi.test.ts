// `publish` with several packs as a child process: globs, pairing, bounded parallelism over one
// client, one pack's failure not stopping the others, the JSON shape and the exit code.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { makeTempDir } from '../../__fixtures__/aar.js'
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import { FAST, OUTPUT_NAMES, jsonOf, keyEnv, runCli, simFlags } from './harness.js'
import { writePacks } from './packs.js'

let sim: Simulator
let dir: string
let remove: () => Promise<void>
let env: Record<string, string>

beforeEach(async () => {
  // The app supports iOS only: a manifest naming macOS is refused by Apple's check (ITMS-91139).
  sim = await createSimulator({
    processingDelayMs: 200,
    manifestCheckDelayMs: 50,
    appPlatforms: ['IOS']
  })
  ;({ dir, remove } = await makeTempDir('cli-multi-'))
  env = await keyEnv(sim, dir)
})

afterEach(async () => {
  await sim.close()
  await remove()
})

const GLOBS = ['--manifest-path', 'AssetPacks/*/Manifest.json', '--archive-path', 'build/*.aar']
const IDS = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']

test('five packs, one refused by Apple: the others publish, exit 1 names it', async () => {
  await writePacks(
    dir,
    IDS.map(id => (id === 'Charlie' ? { id, platforms: ['macOS'] } : { id }))
  )
  const run = await runCli(
    ['publish', ...simFlags(sim), ...GLOBS, ...FAST, '--pack-concurrency', '2', '--json'],
    { env, cwd: dir }
  )
  expect(run.exitCode).toBe(1)
  const json = jsonOf(run) as {
    packs: Array<Record<string, string>>
    failed: string[]
  }
  expect(Object.keys(json).sort()).toEqual(['failed', 'packs'])
  expect(json.failed).toEqual(['Charlie'])
  // Globs are matched in sorted order; each entry carries the pack's files and its outputs.
  expect(json.packs.map(p => p['asset-pack-identifier'])).toEqual([...IDS].sort())
  for (const pack of json.packs) {
    for (const name of [...OUTPUT_NAMES, 'manifest-path', 'archive-path', 'status', 'error']) {
      expect(pack).toHaveProperty(name)
    }
    const id = pack['asset-pack-identifier']
    expect(pack['manifest-path']).toBe(`AssetPacks/${id}/Manifest.json`)
    expect(pack['archive-path']).toBe(`build/${id}.aar`)
    if (id === 'Charlie') {
      expect(pack).toMatchObject({ status: 'failed', 'asset-upload-file-id': '' })
      expect(pack.error).toMatch(/refused the manifest.*ITMS-91139/)
    } else {
      expect(pack).toMatchObject({ status: 'published', state: 'READY_FOR_TESTING', error: '' })
      expect(sim.receivedFile(pack['asset-upload-file-id'])?.sha256).toBe(pack['archive-sha256'])
    }
  }
  // Every pack got exactly one version. Charlie's archive was never sent: its ASSET reservation
  // is only the run's claim on the version (README, "When runs overlap"), released on failure.
  expect(sim.count({ method: 'POST', path: '/v1/backgroundAssetVersions', status: 201 })).toBe(5)
  expect(sim.count({ method: 'POST', path: '/v1/backgroundAssetUploadFiles', status: 201 })).toBe(
    11
  )
  const charlie = [...sim.state.uploadFiles.values()].filter(
    f => f.assetType === 'ASSET' && f.fileName.startsWith('Charlie.')
  )
  expect(charlie.map(f => [f.committed, f.parts.some(p => p.received)])).toEqual([
    [false, false],
    [false, false]
  ])

  // Never more than two packs in flight: read from the log's start and end lines.
  let running = 0
  let most = 0
  for (const line of run.stderr.split('\n')) {
    if (/^\[\w+\] ▸ Find the asset pack$/.test(line)) most = Math.max(most, ++running)
    if (/^\[\w+\] (Done: |error: )/.test(line) || /^error: \[\w+\]/.test(line)) running--
  }
  expect(most).toBe(2)
})

test('a pack with a broken manifest is not sent; the others publish; exit 2', async () => {
  await writePacks(dir, [
    { id: 'Alpha' },
    { id: 'Bravo', manifestText: '{ "assetPackID": "Bravo", }' },
    { id: 'Charlie' },
    { id: 'Delta' },
    { id: 'Echo' }
  ])
  const run = await runCli(['publish', ...simFlags(sim), ...GLOBS, ...FAST], { env, cwd: dir })
  expect(run.exitCode).toBe(2)
  expect(run.stderr).toMatch(/error: \[Bravo\] --manifest-path at downloadPolicy: is missing/)
  expect(run.stdout).toMatch(/^PACK +RESULT +VERSION +STATE +TIME\n/)
  expect(run.stdout).toMatch(/\nBravo +FAILED/)
  expect(run.stdout).toMatch(/\nAlpha +published +1 +READY_FOR_TESTING/)
  expect(run.stdout).toMatch(/1 of 5 packs failed: Bravo\n/)
  expect(
    sim
      .snapshot()
      .packs.map(p => p.assetPackIdentifier)
      .sort()
  ).toEqual(['Alpha', 'Charlie', 'Delta', 'Echo'])
})

test('files that cannot be paired refuse the whole run before any request', async () => {
  await writePacks(dir, [{ id: 'Alpha' }, { id: 'Bravo', archive: null }])
  // An archive named after no pack, with no manifest inside to say which it is.
  await writeFile(join(dir, 'build', 'bravo-final.aar'), Buffer.from('AA01\x06\x00', 'latin1'))
  const run = await runCli(['publish', ...simFlags(sim), ...GLOBS, '--json'], { env, cwd: dir })
  expect(run.exitCode).toBe(2)
  expect(sim.requests).toEqual([])
  const json = jsonOf(run)
  expect(json).toMatchObject({ packs: [], failed: [] })
  expect(json.problems).toEqual([
    expect.objectContaining({
      input: 'archive-path',
      message: expect.stringMatching(
        /^'build\/bravo-final\.aar' belongs to no manifest, and its own manifest could not be read/
      )
    }),
    expect.objectContaining({
      input: 'archive-path',
      message: expect.stringMatching(/^no archive for pack 'Bravo'/)
    })
  ])
})

test('validate checks every pack with Apple and uploads no archive', async () => {
  await writePacks(dir, [{ id: 'Alpha' }, { id: 'Bravo' }, { id: 'Charlie' }])
  const run = await runCli(
    [
      'validate',
      ...simFlags(sim),
      '--manifest-path',
      'AssetPacks/Alpha/Manifest.json',
      '--manifest-path',
      'AssetPacks/Bravo/Manifest.json\nAssetPacks/Charlie/Manifest.json',
      '--json'
    ],
    { env, cwd: dir }
  )
  expect(run.exitCode).toBe(0)
  const json = jsonOf(run) as { packs: Array<Record<string, string>> }
  expect(json.packs.map(p => [p['asset-pack-identifier'], p.status])).toEqual([
    ['Alpha', 'dry-run'],
    ['Bravo', 'dry-run'],
    ['Charlie', 'dry-run']
  ])
  expect(sim.snapshot().uploadFiles.map(f => f.assetType)).toEqual([
    'MANIFEST',
    'MANIFEST',
    'MANIFEST'
  ])
})

test("archives alone: each pack is known from the archive's own manifest", async () => {
  await writePacks(dir, [
    { id: 'Alpha', archive: 'out/first.aar' },
    { id: 'Bravo', archive: 'out/second.aar' }
  ])
  const run = await runCli(
    ['publish', ...simFlags(sim), '--archive-path', 'out/*.aar', ...FAST, '--json'],
    { env, cwd: dir }
  )
  expect(run.stderr).not.toMatch(/error/)
  expect(run.exitCode).toBe(0)
  const json = jsonOf(run) as { packs: Record<string, string>[] }
  expect(json.packs.map(p => [p['asset-pack-identifier'], p['archive-path'], p.status])).toEqual([
    ['Alpha', 'out/first.aar', 'published'],
    ['Bravo', 'out/second.aar', 'published']
  ])
  expect(
    sim
      .snapshot()
      .packs.map(p => p.assetPackIdentifier)
      .sort()
  ).toEqual(['Alpha', 'Bravo'])
})

test('an archive named after another pack is paired by its own manifest', async () => {
  // Bravo's archive is build/Alpha.aar and Alpha's is build/Bravo.aar: the names mislead.
  await writePacks(dir, [
    { id: 'Alpha', archive: 'build/Bravo.aar' },
    { id: 'Bravo', archive: 'build/Alpha.aar' }
  ])
  const run = await runCli(['validate', ...GLOBS, '--json'], { cwd: dir })
  expect(run.exitCode).toBe(0)
  const json = jsonOf(run) as { packs: Record<string, string>[] }
  expect(json.packs.map(p => [p['asset-pack-identifier'], p['archive-path']])).toEqual([
    ['Alpha', 'build/Bravo.aar'],
    ['Bravo', 'build/Alpha.aar']
  ])
})
