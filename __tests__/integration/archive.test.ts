// The archive read whole before the upload, through dist/index.js and the CLI as users run them:
// its own manifest compared with Manifest.json, every block decoded, and archive-path alone.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { listBlocks, overwrite, writeAssetPackArchive } from '../../__fixtures__/aar.js'
import { jsonOf, runCli } from '../cli/harness.js'
import { runAction } from './harness.js'
import { useWorkspace } from './workspace.js'

const ws = useWorkspace()

const TUTORIAL = {
  assetPackID: 'Tutorial',
  downloadPolicy: { essential: { installationEventTypes: ['firstInstallation'] } },
  fileSelectors: [{ file: 'Videos/Introduction.m4v' }, { directory: 'Levels' }],
  platforms: ['iOS', 'macOS']
}

/** An archive (stored blocks) whose own manifest is `manifest`. */
async function archiveWith(manifest: object, name = 'Tutorial.aar'): Promise<string> {
  const path = join(ws.dir, name)
  await writeAssetPackArchive(path, {
    manifest,
    files: { 'Videos/Introduction.m4v': 3000, 'Levels/1.json': '{"level":1}\n' }
  })
  return path
}

test("the LZFSE fixture (Apple's codec) is decoded whole and publishes", async () => {
  const s = await ws.start()
  const run = await runAction({ ...ws.inputs(s), 'archive-path': join(ws.dir, 'Tutorial.aar') })
  expect(run.errors).toEqual([])
  expect(run.exitCode).toBe(0)
  expect(run.stdout).toMatch(
    /Archive .*Tutorial\.aar: .*pbze in (\d+) blocks, SHA-256 [0-9a-f]{64}; \1 blocks decoded, \d+ entries walked, its own Manifest\.json checked\./
  )
  expect(run.outputs.state).toBe('READY_FOR_TESTING')
})

test.each([
  [
    'assetPackID',
    { assetPackID: 'Levels' },
    /has assetPackID "Levels", but .*Manifest\.json has "Tutorial"/
  ],
  [
    'platforms',
    { platforms: ['iOS'] },
    /has platforms \["iOS"\], but .*Manifest\.json has \["iOS","macOS"\]/
  ],
  ['language', { language: 'fr' }, /has language "fr", but .*Manifest\.json has none/],
  [
    'onDemand null',
    { downloadPolicy: { onDemand: null } },
    /its own Manifest\.json: downloadPolicy\.onDemand is null, which Apple rejects \(ITMS-91140\)/
  ]
])(
  'an archive whose own manifest differs (%s) is refused before any request',
  async (_what, change, message) => {
    const s = await ws.start()
    const archive = await archiveWith({ ...TUTORIAL, ...change })
    const run = await runAction({ ...ws.inputs(s), 'archive-path': archive })
    expect(run.exitCode).toBe(1)
    expect(s.requests).toEqual([])
    const error = run.errors.find(e => message.test(e))
    expect(error).toMatch(/^Input 'archive-path': /)
    expect(run.stdout).toMatch(/::error title=Invalid archive-path,file=.*Tutorial\.aar::/)
    const cli = await runCli([
      'validate',
      '--manifest-path',
      join(ws.dir, 'Manifest.json'),
      '--archive-path',
      archive,
      '--json'
    ])
    expect(cli.exitCode).toBe(2)
    expect(JSON.stringify(jsonOf(cli).problems)).toMatch(/"input":"archive-path"/)
    expect(cli.stderr).toMatch(message)
  }
)

test('a damaged block is refused before any request, naming the block and its offset', async () => {
  const s = await ws.start()
  const archive = join(ws.dir, 'Tutorial.aar')
  const {
    blocks: [block]
  } = await listBlocks(archive)
  // The first block's LZFSE stream no longer starts with a block magic (bvx2).
  await overwrite(archive, block.offset + 16, Buffer.from('bvxZ', 'latin1'))
  const run = await runAction({ ...ws.inputs(s), 'archive-path': archive })
  expect(run.exitCode).toBe(1)
  expect(s.requests).toEqual([])
  expect(run.errors.join('\n')).toMatch(
    new RegExp(
      `Input 'archive-path': '.*Tutorial\\.aar' has a damaged block 0 \\(header at offset ${block.offset}\\)`
    )
  )
})

test('archive-check: manifest stops after the manifest and still publishes', async () => {
  const s = await ws.start()
  const run = await runAction({
    ...ws.inputs(s),
    'archive-path': join(ws.dir, 'Tutorial.aar'),
    'archive-check': 'manifest'
  })
  expect(run.exitCode).toBe(0)
  expect(run.stdout).toMatch(
    /read up to its own manifest \(archive-check: manifest\), its own Manifest\.json checked/
  )
})

test('a bad archive-check is refused, naming the input', async () => {
  const run = await runAction({
    'manifest-path': join(ws.dir, 'Manifest.json'),
    'dry-run': 'true',
    'archive-check': 'headers'
  })
  expect(run.exitCode).toBe(1)
  expect(run.errors.join('\n')).toMatch(/Input 'archive-check': 'headers' must be 'full'/)
})

describe('archive-path alone', () => {
  test('the action publishes with the manifest inside the archive', async () => {
    const s = await ws.start()
    const inputs = { ...ws.inputs(s), 'archive-path': join(ws.dir, 'Tutorial.aar') }
    delete (inputs as Record<string, string>)['manifest-path']
    const run = await runAction(inputs)
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(
      /Manifest .*Tutorial\.aar \(its own Manifest\.json\): pack 'Tutorial', platforms iOS, macOS\./
    )
    expect(run.outputs.state).toBe('READY_FOR_TESTING')
    // Apple was sent the archive's own manifest, as strict JSON, as the MANIFEST upload.
    const manifest = s.receivedFile(run.outputs['manifest-upload-file-id'])
    const sent = JSON.parse(await readFile(manifest?.path ?? '', 'utf8')) as Record<string, unknown>
    expect(sent).toMatchObject({ assetPackID: 'Tutorial', platforms: ['iOS', 'macOS'] })
  })

  test('the CLI publishes with --archive-path only', async () => {
    const s = await ws.start()
    const run = await runCli(
      [
        'publish',
        '--app-id',
        s.appId,
        '--archive-path',
        join(ws.dir, 'Tutorial.aar'),
        '--api-base-url',
        s.url,
        '--poll-interval-seconds',
        '1',
        '--json'
      ],
      {
        env: {
          ASC_KEY_ID: s.key.keyId,
          ASC_ISSUER_ID: s.key.issuerId ?? '',
          ASC_PRIVATE_KEY: s.key.privateKeyPem
        }
      }
    )
    expect(run.exitCode).toBe(0)
    expect(jsonOf(run)).toMatchObject({ state: 'READY_FOR_TESTING' })
  })

  test('an archive without a manifest inside, alone, is refused naming archive-path', async () => {
    const path = join(ws.dir, 'bare.aar')
    await writeFile(path, Buffer.concat([Buffer.from('AA01', 'latin1'), Buffer.from([6, 0])]))
    const run = await runCli(['validate', '--archive-path', path])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(/--archive-path: .*(holds no Manifest\.json|has )/)
  })
})
