// The bundled action refuses bad inputs offline: every problem at once, annotated, nothing sent.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { copyFixture, makeTempDir, truncateBy } from '../../__fixtures__/aar.js'
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import { runAction } from './harness.js'

let sim: Simulator
let dir: string
let removeDir: () => Promise<void>

beforeEach(async () => {
  sim = await createSimulator()
  ;({ dir, remove: removeDir } = await makeTempDir())
})

afterEach(async () => {
  await sim.close()
  await removeDir()
})

const TEMPLATE = `{
  // Written by ba-package template
  "assetPackID": "[Asset-Pack ID]",
  "downloadPolicy": { "onDemand": null },
  "fileSelectors": [{ "file": "Videos/Intro.m4v" },],
  "platforms": ["iOS", "watchOS"]
}
`

test('a template manifest, a truncated archive and bad inputs are all reported, nothing is sent', async () => {
  await writeFile(join(dir, 'Manifest.json'), TEMPLATE)
  const archive = await copyFixture('Tutorial-lzfse.aar', dir, 'Pack.aar')
  await truncateBy(archive, 100)
  const run = await runAction({
    'app-id': 'my-app',
    'key-id': sim.key.keyId,
    'private-key': sim.key.privateKeyPem,
    'manifest-path': join(dir, 'Manifest.json'),
    'archive-path': archive,
    'api-base-url': sim.url,
    'upload-concurrency': '0',
    'dry-run': 'sometimes'
  })
  expect(run.exitCode).toBe(1)
  expect(sim.requests).toEqual([])
  const errors = run.errors.join('\n')
  for (const expected of [
    "Input 'app-id'",
    "Input 'upload-concurrency'",
    "Input 'dry-run'",
    "Input 'manifest-path' at assetPackID: is still the ba-package template’s placeholder",
    "Input 'manifest-path' at downloadPolicy.onDemand",
    "Input 'manifest-path' at platforms[1]",
    "Input 'archive-path'"
  ]) {
    expect(errors).toContain(expected)
  }
  // Annotations point at the manifest's lines; the template's comments are only a notice.
  expect(run.stdout).toMatch(/::error title=Invalid manifest-path,file=.*Manifest\.json,line=4,/)
  expect(run.stdout).toMatch(
    /::notice title=Note on manifest-path,file=.*Manifest\.json,line=2,col=3::Input 'manifest-path': has 1 \/\/ comment and 1 trailing comma/
  )
  expect(run.summary).toContain('inputs refused')
  expect(run.summary).toContain('Nothing was sent to App Store Connect')
  // The key never appears outside its masks.
  const keyLines = sim.key.privateKeyPem.split('\n').filter(l => l && !l.startsWith('-----'))
  const unmasked = run.stdout.split('\n').filter(l => !l.startsWith('::add-mask::'))
  for (const line of keyLines) expect(unmasked.join('\n')).not.toContain(line)
})

test('a dry run without credentials checks locally, passes, and says Apple was skipped', async () => {
  await copyFixture('Tutorial-Manifest.json', dir, 'Manifest.json')
  const run = await runAction({
    'manifest-path': join(dir, 'Manifest.json'),
    'dry-run': 'true',
    'api-base-url': sim.url
  })
  expect(run.exitCode).toBe(0)
  expect(sim.requests).toEqual([])
  expect(run.stdout).toMatch(/::notice::Apple's manifest check was skipped: no private key/)
  expect(run.summary).toContain('local checks passed (dry run)')
})
