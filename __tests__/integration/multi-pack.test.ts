// The bundled action (dist/index.js) with several packs, against the simulator: one job
// publishing five packs with one invalid, the fan-out matrix, and what one publish costs.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { makeTempDir } from '../../__fixtures__/aar.js'
import {
  createSimulator,
  type Simulator,
  type SimulatorOptions
} from '../../src/simulator/server.js'
import { writePacks, type PackSpec } from '../cli/packs.js'
import { runAction, type ActionRun } from './harness.js'

let sim: Simulator | undefined
let dir: string
let removeDir: () => Promise<void>

beforeEach(async () => {
  ;({ dir, remove: removeDir } = await makeTempDir('multi-pack-'))
})

afterEach(async () => {
  await sim?.close()
  sim = undefined
  await removeDir()
})

async function start(options: SimulatorOptions = {}): Promise<Simulator> {
  sim = await createSimulator({ processingDelayMs: 200, manifestCheckDelayMs: 50, ...options })
  return sim
}

const IDS = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']
const SINGLE_OUTPUTS = ['asset-pack-id', 'version-id', 'version', 'state', 'archive-sha256']

function publish(s: Simulator, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    'app-id': s.appId,
    'key-id': s.key.keyId,
    'issuer-id': s.key.issuerId ?? '',
    'private-key': s.key.privateKeyPem,
    'manifest-path': join(dir, 'AssetPacks/*/Manifest.json'),
    'archive-path': join(dir, 'build/*.aar'),
    'api-base-url': s.url,
    'poll-interval-seconds': '1',
    'timeout-minutes': '2',
    ...inputs
  })
}

type Entry = Record<string, string>
const packsOf = (run: ActionRun) => JSON.parse(run.outputs.packs) as Entry[]
const matrixOf = (run: ActionRun) => JSON.parse(run.outputs.matrix) as { include: Entry[] }

test('five packs, one with a broken manifest: four are published, the step fails naming it', async () => {
  const s = await start()
  const specs: PackSpec[] = IDS.map(id =>
    id === 'Bravo'
      ? { id, manifestText: '{\n  "assetPackID": "Bravo",\n  "platforms": []\n}\n' }
      : { id }
  )
  await writePacks(dir, specs)
  const run = await publish(s)
  expect(run.exitCode).toBe(1)

  // The failure names the pack; its problems are annotated on its manifest.
  const failure = run.errors.find(e => e.startsWith('1 of 5 packs failed'))
  expect(failure).toMatch(/^1 of 5 packs failed: Bravo\n- Bravo: Input 'manifest-path'/)
  expect(run.stdout).toMatch(
    /::error title=Invalid manifest-path,file=.*Bravo\/Manifest\.json.*::\[Bravo\] Input 'manifest-path'/
  )

  // The four others are at READY_FOR_TESTING; Bravo was never sent.
  expect(
    s
      .snapshot()
      .packs.map(p => p.assetPackIdentifier)
      .sort()
  ).toEqual(['Alpha', 'Charlie', 'Delta', 'Echo'])
  const packs = packsOf(run)
  expect(packs.map(p => [p['asset-pack-identifier'], p.status, p.state])).toEqual([
    ['Alpha', 'published', 'READY_FOR_TESTING'],
    ['Bravo', 'failed', ''],
    ['Charlie', 'published', 'READY_FOR_TESTING'],
    ['Delta', 'published', 'READY_FOR_TESTING'],
    ['Echo', 'published', 'READY_FOR_TESTING']
  ])
  for (const p of packs.filter(p => p.status === 'published')) {
    expect(s.receivedFile(p['asset-upload-file-id'])?.sha256).toBe(p['archive-sha256'])
  }
  // The matrix lists the packs that passed their checks; single-valued outputs are not set.
  expect(matrixOf(run).include.map(e => e['asset-pack-identifier'])).toEqual([
    'Alpha',
    'Charlie',
    'Delta',
    'Echo'
  ])
  for (const name of SINGLE_OUTPUTS) expect(run.outputs).not.toHaveProperty(name)

  // One summary table, a row per pack.
  expect(run.summary).toContain('## ❌ Asset packs: 4 of 5 published, 1 failed')
  expect(run.summary).toMatch(/\| Pack \| Result \| Version \| State \| Archive \| Time \|/)
  const rows = run.summary.split('\n').filter(l => /^\| `\w+` \|/.test(l))
  expect(rows).toHaveLength(5)
  expect(rows[1]).toMatch(/^\| `Bravo` \| ❌ failed \|/)
  expect(rows[0]).toMatch(/^\| `Alpha` \| ✅ published \| 1 \| READY_FOR_TESTING \|/)
  expect(run.summary).toMatch(/\*\*Bravo\*\* failed: Input 'manifest-path'/)
})

test('five packs, one refused by Apple: the others go on over one shared client', async () => {
  const s = await start({ appPlatforms: ['IOS'] })
  await writePacks(
    dir,
    IDS.map(id => (id === 'Delta' ? { id, platforms: ['macOS'] } : { id }))
  )
  const run = await publish(s, { 'pack-concurrency': '2' })
  expect(run.exitCode).toBe(1)
  expect(run.errors.find(e => e.startsWith('1 of 5'))).toMatch(
    /^1 of 5 packs failed: Delta\n- Delta: App Store Connect refused the manifest: ITMS-91139/
  )
  const packs = packsOf(run)
  expect(packs.filter(p => p.status === 'published').map(p => p['asset-pack-identifier'])).toEqual([
    'Alpha',
    'Bravo',
    'Charlie',
    'Echo'
  ])
  expect(packs.find(p => p['asset-pack-identifier'] === 'Delta')).toMatchObject({
    status: 'failed',
    'asset-upload-file-id': '',
    error: expect.stringMatching(/ITMS-91139/)
  })
  // Every line of a pack's log carries its name (the packs ran side by side).
  expect(run.stdout).toMatch(/^\[Echo\] Version 1: internal beta release READY_FOR_TESTING\.$/m)
  expect(run.summary).toContain('4 of 5 published, 1 failed')
})

test('the plan step: a dry run without a key checks locally, sends nothing, sets the matrix', async () => {
  const s = await start()
  await writePacks(
    dir,
    IDS.map(id => ({ id }))
  )
  const run = await runAction({
    'dry-run': 'true',
    'manifest-path': join(dir, 'AssetPacks/*/Manifest.json'),
    'archive-path': join(dir, 'build/*.aar'),
    'api-base-url': s.url
  })
  expect(run.exitCode).toBe(0)
  expect(s.requests).toEqual([])
  expect(matrixOf(run)).toEqual({
    include: IDS.map(id => ({
      'asset-pack-identifier': id,
      'manifest-path': join(dir, 'AssetPacks', id, 'Manifest.json'),
      'archive-path': join(dir, 'build', `${id}.aar`)
    }))
  })
  expect(packsOf(run).map(p => p.status)).toEqual(IDS.map(() => 'checked'))
  expect(run.summary).toContain('Asset packs: 5 packs passed the local checks (dry run)')

  // Each matrix job is a single-pack run: its outputs, and a matrix and packs of one.
  const entry = matrixOf(run).include[2]
  const job = await runAction({
    'app-id': s.appId,
    'key-id': s.key.keyId,
    'issuer-id': s.key.issuerId ?? '',
    'private-key': s.key.privateKeyPem,
    'api-base-url': s.url,
    'poll-interval-seconds': '1',
    ...entry
  })
  expect(job.exitCode).toBe(0)
  expect(job.outputs).toMatchObject({ state: 'READY_FOR_TESTING', version: '1' })
  expect(matrixOf(job).include).toEqual([entry])
  expect(packsOf(job)).toEqual([
    expect.objectContaining({
      ...entry,
      status: 'published',
      state: 'READY_FOR_TESTING',
      error: ''
    })
  ])
  expect(job.summary).toContain('Asset pack Charlie: version 1 is ready for testing')
})

test('files that cannot be paired refuse the step before any request', async () => {
  const s = await start()
  await writePacks(dir, [{ id: 'Alpha' }, { id: 'Bravo', archive: null }])
  // Named after no pack, and no manifest inside to say which pack it is.
  await writeFile(join(dir, 'build', 'bravo-v2.aar'), Buffer.from('AA01\x06\x00', 'latin1'))
  const run = await publish(s, { 'asset-pack-identifier': 'Alpha' })
  expect(run.exitCode).toBe(1)
  expect(s.requests).toEqual([])
  const errors = run.errors.join('\n')
  expect(errors).toContain("Input 'asset-pack-identifier': 'Alpha' names one pack")
  expect(errors).toContain(
    "Input 'archive-path': 'build/bravo-v2.aar' belongs to no manifest".replace(
      'build',
      join(dir, 'build')
    )
  )
  expect(run.summary).toContain('Asset packs: inputs refused')
  expect(run.outputs).not.toHaveProperty('matrix')
})

test('what one publish costs: 12 requests and the polls (measured with sim.count)', async () => {
  const s = await start()
  await writePacks(dir, [{ id: 'Alpha' }])
  const inputs = {
    'manifest-path': join(dir, 'AssetPacks/Alpha/Manifest.json'),
    'archive-path': join(dir, 'build/Alpha.aar')
  }
  const cost = () => {
    const api = s.count({ listener: 'api' })
    const polls =
      s.count({ method: 'GET', path: /^\/v1\/backgroundAssetUploadFiles\// }) +
      s.count({ method: 'GET', path: /^\/v1\/backgroundAssetVersions\/[^/]+$/ })
    const writes =
      s.count({ listener: 'api', method: 'POST' }) + s.count({ listener: 'api', method: 'PATCH' })
    return { api, polls, writes, fixed: api - polls }
  }
  // A new pack: find, create the pack, create a version (a new pack has none to list), reserve +
  // commit the manifest and the archive; then polls of Apple's manifest check and of processing;
  // then the app's packs, for the usage against 200 GB. The archive's reservation is the run's
  // claim: the pack's versions and the version's files are read once a look after it and once
  // before the commit (README, "When runs overlap").
  expect((await publish(s, inputs)).exitCode).toBe(0)
  const first = cost()
  expect(first).toMatchObject({ fixed: 12, writes: 6 })
  expect(first.polls).toBeGreaterThanOrEqual(2)
  // A new archive for that pack: no pack to create; its versions and the newest one's files read.
  s.requests.length = 0
  await writePacks(dir, [{ id: 'Alpha', seed: 2 }])
  expect((await publish(s, inputs)).exitCode).toBe(0)
  expect(cost()).toMatchObject({ fixed: 13, writes: 5 })
  // No request went to the API for the parts: they go to the upload host, outside the limit.
  expect(s.count({ listener: 'upload' })).toBeGreaterThanOrEqual(2)
})
