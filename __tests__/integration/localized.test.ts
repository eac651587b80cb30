// Xcode 27 manifests and localized packs, through dist/index.js and the CLI as users run them.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeAssetPackArchive } from '../../__fixtures__/aar.js'
import type { Simulator } from '../../src/simulator/server.js'
import { jsonOf, runCli } from '../cli/harness.js'
import { runAction } from './harness.js'
import { useWorkspace } from './workspace.js'

const ws = useWorkspace()

const VOICE = {
  assetPackID: 'voice-en',
  downloadPolicy: { prefetch: { installationEventTypes: ['firstInstallation'] } },
  language: 'en-US',
  sourceRoot: '.',
  fileSelectors: [{ filePattern: 'Voice/*.caf' }, { fileExclusion: 'Voice/draft.caf' }],
  platforms: ['iOS']
}

/** A localized pack: Manifest.json and an archive whose own manifest says the same. */
async function localizedPack(
  manifest: object = VOICE
): Promise<{ manifest: string; archive: string }> {
  const paths = { manifest: join(ws.dir, 'voice.json'), archive: join(ws.dir, 'voice-en.aar') }
  await writeFile(paths.manifest, JSON.stringify(manifest, null, 2))
  await writeAssetPackArchive(paths.archive, {
    manifest,
    files: { 'Voice/hello.caf': 4096, 'Voice/bye.caf': 2048 }
  })
  return paths
}

const inputsFor = (s: Simulator, paths: { manifest: string; archive: string }) => ({
  ...ws.inputs(s),
  'manifest-path': paths.manifest,
  'archive-path': paths.archive
})

test('a localized pack publishes, and its locale is an output and in the summary', async () => {
  const s = await ws.start()
  const run = await runAction(inputsFor(s, await localizedPack()))
  expect(run.errors).toEqual([])
  expect(run.exitCode).toBe(0)
  expect(run.outputs).toMatchObject({ state: 'READY_FOR_TESTING', locale: 'en-US' })
  expect(run.stdout).toContain(
    'Manifest ' + join(ws.dir, 'voice.json') + ": pack 'voice-en', platforms iOS, language en-US."
  )
  expect(run.summary).toMatch(/\| Locale \| `en-US` \|/)
  const version = s.snapshot().versions.find(v => v.id === run.outputs['version-id'])
  expect(version?.locale).toBe('en-US')
})

test('a pack whose earlier versions carry another locale gets a warning, and still publishes', async () => {
  const s = await ws.start({
    state: {
      packs: [
        {
          assetPackIdentifier: 'voice-en',
          versions: [{ state: 'COMPLETE', locale: 'fr' }]
        }
      ]
    }
  })
  const run = await runAction(inputsFor(s, await localizedPack()))
  expect(run.exitCode).toBe(0)
  expect(run.stdout).toMatch(
    /::warning::Asset pack 'voice-en' has versions localized for fr \(version 1\), but this manifest's language is en-US\. Apple expects one pack per language/
  )
  expect(run.outputs.locale).toBe('en-US')
})

test('the CLI prints the locale, in text and in --json', async () => {
  const s = await ws.start()
  const paths = await localizedPack()
  const env = {
    ASC_KEY_ID: s.key.keyId,
    ASC_ISSUER_ID: s.key.issuerId ?? '',
    ASC_PRIVATE_KEY: s.key.privateKeyPem
  }
  const args = [
    'publish',
    '--app-id',
    s.appId,
    '--manifest-path',
    paths.manifest,
    '--archive-path',
    paths.archive,
    '--api-base-url',
    s.url,
    '--poll-interval-seconds',
    '1'
  ]
  const json = await runCli([...args, '--json'], { env })
  expect(json.exitCode).toBe(0)
  expect(jsonOf(json)).toMatchObject({ locale: 'en-US', state: 'READY_FOR_TESTING' })
  const text = await runCli(args, { env })
  expect(text.exitCode).toBe(0)
  expect(text.stdout).toMatch(/ {2}locale +en-US/)
})

test('a manifest with comments publishes; Apple is sent it as strict JSON', async () => {
  const s = await ws.start()
  const paths = await localizedPack()
  const text = `{
  // Xcode 27, as Apple documents it
  "assetPackID": "voice-en", /* the pack */
  "downloadPolicy": { "prefetch": { "installationEventTypes": ["firstInstallation"] } },
  "language": "en-US",
  "sourceRoot": ".",
  "fileSelectors": [{ "filePattern": "Voice/*.caf" }, { "fileExclusion": "Voice/draft.caf" },],
  "platforms": ["iOS"],
}
`
  await writeFile(paths.manifest, text)
  const run = await runAction(inputsFor(s, paths))
  expect(run.errors).toEqual([])
  expect(run.exitCode).toBe(0)
  const sent = s.receivedFile(run.outputs['manifest-upload-file-id'])
  expect(await readFile(sent?.path ?? '', 'utf8')).toBe(`{
  "assetPackID": "voice-en",
  "downloadPolicy": { "prefetch": { "installationEventTypes": ["firstInstallation"] } },
  "language": "en-US",
  "sourceRoot": ".",
  "fileSelectors": [{ "filePattern": "Voice/*.caf" }, { "fileExclusion": "Voice/draft.caf" }],
  "platforms": ["iOS"]
}
`)
})

describe('Xcode 27 manifest forms, through dist/index.js and `validate`', () => {
  /** Writes the manifest text and runs a local-only dry run of the action, and the CLI's validate. */
  async function check(text: string) {
    const path = join(ws.dir, 'Manifest.json')
    await writeFile(path, text)
    const action = await runAction({ 'manifest-path': path, 'dry-run': 'true' })
    const cli = await runCli(['validate', '--manifest-path', path])
    return { action, cli }
  }
  const withComments = `{
  // Apple's documentation keeps its comments
  "assetPackID": "voice-fr",
  "language": "fr",
  "downloadPolicy": { "onDemand": {} },
  "fileSelectors": [{ "directorySource": "Build/fr", "directoryDestination": "Voice" },],
  "platforms": [],
}`

  test('comments, a trailing comma and platforms []: accepted with a notice', async () => {
    const { action, cli } = await check(withComments)
    expect(action.exitCode).toBe(0)
    expect(action.errors).toEqual([])
    expect(action.stdout).toMatch(
      /::notice title=Note on manifest-path,file=.*Manifest\.json,line=2,col=3::Input 'manifest-path': has 1 \/\/ comment and 2 trailing commas .*sent the same manifest as strict JSON/
    )
    expect(action.stdout).toContain("pack 'voice-fr', platforms all, language fr.")
    expect(cli.exitCode).toBe(0)
    expect(cli.stderr).toMatch(/--manifest-path: has 1 \/\/ comment and 2 trailing commas/)
  })

  test('an unknown top-level key: a warning naming the key and the near one', async () => {
    const { action, cli } = await check(
      withComments.replace('"language"', '"langauge": "fr",\n  "language"')
    )
    expect(action.exitCode).toBe(0)
    expect(action.stdout).toMatch(
      /::warning title=Check manifest-path,.*::Input 'manifest-path' at langauge: has an unknown key "langauge", which ba-package ignores \(did you mean language\?\)/
    )
    expect(cli.exitCode).toBe(0)
    expect(cli.stderr).toMatch(/--manifest-path at langauge: has an unknown key "langauge"/)
  })

  test.each([
    ['userInfo', '"userInfo": {},', /at userInfo: is for self-hosted asset packs only/],
    [
      'a language variant',
      '"language": "en-US-POSIX",',
      /at language: "en-US-POSIX" has a variant/
    ],
    [
      'iPadOS',
      '"platforms": ["iPadOS"],',
      /at platforms\[0\]: "iPadOS" is not a platform of asset packs/
    ]
  ])('%s is refused, naming the key, and nothing is sent', async (_name, line, message) => {
    const text = withComments
      .replace('"language": "fr",', line)
      .replace('"platforms": [],', line.startsWith('"platforms"') ? '' : '"platforms": [],')
    const { action, cli } = await check(text)
    expect(action.exitCode).toBe(1)
    expect(action.errors.join('\n')).toMatch(message)
    expect(cli.exitCode).toBe(2)
    expect(cli.stderr).toMatch(message)
  })
})
