// `status` against a seeded simulator: a pack's newest version, one by number or by id, waiting
// for a version as publish waits, and the exit codes of not found, failed and bad flags.
import { makeTempDir, copyFixture } from '../../__fixtures__/aar.js'
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import { FAST, jsonOf, keyEnv, runCli, simFlags } from './harness.js'

let sim: Simulator
let dir: string
let remove: () => Promise<void>
let env: Record<string, string>

const STATUS_KEYS = [
  'asset-pack-identifier',
  'asset-pack-id',
  'archived',
  'used-bytes',
  'version-id',
  'version',
  'state',
  'version-state',
  'locale',
  'internal-beta-release-id',
  'internal-beta-release-state',
  'external-beta-release-id',
  'external-beta-release-state',
  'app-store-release-id',
  'app-store-release-state',
  'platforms',
  'errors',
  'warnings',
  'infos',
  'upload-files'
]

beforeEach(async () => {
  sim = await createSimulator({
    processingDelayMs: 300,
    manifestCheckDelayMs: 50,
    state: {
      packs: [
        {
          id: 'pack-levels',
          assetPackIdentifier: 'Levels',
          versions: [
            { id: 'v1', state: 'COMPLETE', internalBetaRelease: { state: 'SUPERSEDED' } },
            {
              id: 'v2',
              state: 'COMPLETE',
              platforms: ['IOS', 'MAC_OS'],
              locale: 'en-US',
              internalBetaRelease: { id: 'r2' },
              externalBetaRelease: { id: 'x2', state: 'READY_FOR_TESTING' },
              appStoreRelease: { id: 's2', state: 'IN_REVIEW' },
              uploadFiles: [
                {
                  id: 'f2',
                  assetType: 'ASSET',
                  fileName: 'L.aar',
                  fileSize: 2e6,
                  state: 'COMPLETE'
                }
              ]
            },
            {
              id: 'v3',
              state: 'FAILED',
              stateDetails: {
                errors: [{ code: 'ASSET_PACK_INVALID_ARCHIVE', description: 'Bad.' }],
                warnings: [{ code: 'ITMS-90000', description: 'A warning | with a pipe.' }],
                infos: [{ code: 'INFO', description: 'Processed in 1 s.' }]
              },
              uploadFiles: [
                {
                  id: 'm3',
                  assetType: 'MANIFEST',
                  fileName: 'Manifest.json',
                  fileSize: 300,
                  state: 'COMPLETE'
                },
                {
                  id: 'f3',
                  assetType: 'ASSET',
                  fileName: 'L.aar',
                  fileSize: 9e6,
                  state: 'FAILED',
                  errors: [{ code: 'ASSET_PACK_INVALID_ARCHIVE', description: 'Not an archive.' }]
                }
              ]
            }
          ]
        },
        { id: 'pack-empty', assetPackIdentifier: 'Empty' }
      ]
    }
  })
  ;({ dir, remove } = await makeTempDir('cli-status-'))
  env = await keyEnv(sim, dir)
})

afterEach(async () => {
  await sim.close()
  await remove()
})

test("a pack's newest version, in JSON", async () => {
  const run = await runCli(
    ['status', ...simFlags(sim), '--asset-pack-identifier', 'Levels', '--json'],
    { env }
  )
  expect(run.exitCode).toBe(0)
  const json = jsonOf(run)
  expect(Object.keys(json)).toEqual(STATUS_KEYS)
  expect(json).toMatchObject({
    'asset-pack-identifier': 'Levels',
    'asset-pack-id': 'pack-levels',
    'version-id': 'v3',
    version: '3',
    state: 'FAILED',
    'version-state': 'FAILED',
    'internal-beta-release-id': '',
    // The largest processed version's archive: v2's.
    'used-bytes': 2e6,
    archived: false,
    errors: ['ASSET_PACK_INVALID_ARCHIVE: Bad.'],
    warnings: ['ITMS-90000: A warning | with a pipe.'],
    infos: ['INFO: Processed in 1 s.'],
    'upload-files': [
      {
        'upload-file-id': 'm3',
        'asset-type': 'MANIFEST',
        'file-name': 'Manifest.json',
        'file-size': 300,
        state: 'COMPLETE',
        errors: [],
        warnings: []
      },
      {
        'upload-file-id': 'f3',
        'asset-type': 'ASSET',
        'file-name': 'L.aar',
        'file-size': 9e6,
        state: 'FAILED',
        errors: ['ASSET_PACK_INVALID_ARCHIVE: Not an archive.'],
        warnings: []
      }
    ]
  })
})

test('for people: the three releases, the locale, the upload files and every message', async () => {
  const v2 = await runCli(
    ['status', ...simFlags(sim), '--asset-pack-identifier', 'Levels', '--version', '2'],
    { env }
  )
  expect(v2.exitCode).toBe(0)
  expect(v2.stdout).toBe(
    [
      'Levels (pack-levels): version 2 READY_FOR_TESTING (version COMPLETE)',
      '  version-id  v2',
      '  used        2.00 MB',
      '  locale      en-US',
      '  platforms   IOS, MAC_OS',
      '  internal beta READY_FOR_TESTING (r2)',
      '  external beta READY_FOR_TESTING (x2)',
      '  App Store     IN_REVIEW (s2)',
      '  ASSET L.aar (f2, 2.00 MB): COMPLETE',
      ''
    ].join('\n')
  )
  const v3 = await runCli(['status', ...simFlags(sim), '--asset-pack-identifier', 'Levels'], {
    env
  })
  expect(v3.stdout).toContain(
    [
      '  App Store     none',
      '  error: ASSET_PACK_INVALID_ARCHIVE: Bad.',
      '  warning: ITMS-90000: A warning | with a pipe.',
      '  info: INFO: Processed in 1 s.',
      '  MANIFEST Manifest.json (m3, 300 B): COMPLETE',
      '  ASSET L.aar (f3, 9.00 MB): FAILED',
      '    error: ASSET_PACK_INVALID_ARCHIVE: Not an archive.'
    ].join('\n')
  )
})

test('a version by number, for people; by id, without app or pack', async () => {
  const byNumber = await runCli(
    ['status', ...simFlags(sim), '--asset-pack-identifier', 'Levels', '--version', '2'],
    { env }
  )
  expect(byNumber.exitCode).toBe(0)
  expect(byNumber.stdout).toMatch(
    /^Levels \(pack-levels\): version 2 READY_FOR_TESTING \(version COMPLETE\)\n {2}version-id {2}v2\n/
  )
  expect(byNumber.stdout).toMatch(/platforms {3}IOS, MAC_OS/)

  const byId = await runCli(['status', '--api-base-url', sim.url, '--version-id', 'v1', '--json'], {
    env
  })
  expect(byId.exitCode).toBe(0)
  expect(jsonOf(byId)).toMatchObject({
    'version-id': 'v1',
    state: 'SUPERSEDED',
    'asset-pack-id': ''
  })
})

test('--wait-for on a failed version: exit 1 with Apple’s errors', async () => {
  const run = await runCli(
    [
      'status',
      ...simFlags(sim),
      '--asset-pack-identifier',
      'Levels',
      '--wait-for',
      'processed',
      '--json'
    ],
    { env }
  )
  expect(run.exitCode).toBe(1)
  const json = jsonOf(run)
  expect(json.error).toMatch(/could not process version 3.*ASSET_PACK_INVALID_ARCHIVE: Bad\./)
  expect(json['version-id']).toBe('v3')
  expect(json.warnings).toEqual(['ITMS-90000: A warning | with a pipe.'])
  expect((json['upload-files'] as Array<{ errors: string[] }>)[1].errors).toEqual([
    'ASSET_PACK_INVALID_ARCHIVE: Not an archive.'
  ])
})

test('a pack or version that is not there: exit 1', async () => {
  const pack = await runCli(
    ['status', ...simFlags(sim), '--asset-pack-identifier', 'Nope', '--json'],
    { env }
  )
  expect(pack.exitCode).toBe(1)
  expect(jsonOf(pack).error).toMatch(/no asset pack 'Nope' under app 1234567890/)
  const version = await runCli(
    ['status', ...simFlags(sim), '--asset-pack-identifier', 'Levels', '--version', '9'],
    { env }
  )
  expect(version.exitCode).toBe(1)
  expect(version.stderr).toMatch(/has no version 9/)
})

test('publish --wait-for uploaded, then status --wait-for ready-for-testing', async () => {
  await copyFixture('Tutorial-Manifest.json', dir, 'Manifest.json')
  await copyFixture('Tutorial-lzfse.aar', dir, 'Tutorial.aar')
  const files = ['--manifest-path', 'Manifest.json']
  const published = await runCli(
    [
      'publish',
      ...simFlags(sim),
      ...files,
      '--archive-path',
      'Tutorial.aar',
      '--wait-for',
      'uploaded',
      '--json'
    ],
    { env, cwd: dir }
  )
  expect(published.exitCode).toBe(0)
  expect(jsonOf(published).state).toBe('PROCESSING')
  // The pack named by the manifest's assetPackID.
  const run = await runCli(
    ['status', ...simFlags(sim), ...files, ...FAST, '--wait-for', 'ready-for-testing', '--json'],
    { env, cwd: dir }
  )
  expect(run.exitCode).toBe(0)
  expect(jsonOf(run)).toMatchObject({
    'asset-pack-identifier': 'Tutorial',
    version: '1',
    state: 'READY_FOR_TESTING',
    'version-state': 'COMPLETE'
  })
  expect(run.stderr).toMatch(/Version 1: internal beta release READY_FOR_TESTING\./)
})

test('bad flags: exit 2 before any request', async () => {
  const run = await runCli(
    ['status', ...simFlags(sim), '--version', 'two', '--wait-for', 'uploaded', '--json'],
    { env }
  )
  expect(run.exitCode).toBe(2)
  expect(sim.requests).toEqual([])
  const problems = (jsonOf(run).problems as Array<{ input: string }>).map(p => p.input)
  expect(problems).toEqual(['version', 'wait-for', 'asset-pack-identifier'])
  const noKey = await runCli(['status', ...simFlags(sim), '--asset-pack-identifier', 'Levels'])
  expect(noKey.exitCode).toBe(2)
  expect(noKey.stderr).toMatch(/--key-id: is required/)
})

test('a pack without versions: shown as such; nothing to wait for is exit 1', async () => {
  const shown = await runCli(['status', ...simFlags(sim), '--asset-pack-identifier', 'Empty'], {
    env
  })
  expect(shown.exitCode).toBe(0)
  expect(shown.stdout).toBe('Empty (pack-empty): no versions yet\n  used        0 B\n')
  const waited = await runCli(
    ['status', ...simFlags(sim), '--asset-pack-identifier', 'Empty', '--wait-for', 'processed'],
    { env }
  )
  expect(waited.exitCode).toBe(1)
  expect(waited.stderr).toMatch(/Asset pack 'Empty' has no version yet to wait for\./)
})
