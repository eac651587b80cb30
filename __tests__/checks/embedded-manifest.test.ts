import { checkEmbeddedManifest } from '../../src/engine/checks/embedded-manifest.js'
import { checkManifest, type Manifest } from '../../src/engine/checks/manifest.js'
import { formatProblem } from '../../src/engine/checks/problem.js'

const GIVEN_TEXT = {
  assetPackID: 'voice-en',
  downloadPolicy: { essential: { installationEventTypes: ['firstInstallation'] } },
  language: 'en-US',
  fileSelectors: [{ directory: 'Voice' }],
  platforms: ['iOS', 'macOS']
}
const given = {
  path: 'pack/Manifest.json',
  manifest: checkManifest(JSON.stringify(GIVEN_TEXT), 'pack/Manifest.json').manifest as Manifest
}
const entry = (value: object | string, path = 'Manifest.json') => ({
  path,
  bytes: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value, null, 2))
})
const inside = (change: Record<string, unknown>) =>
  entry({ ...GIVEN_TEXT, toolsVersion: '27.0', ...change })
const messages = (r: { problems: Parameters<typeof formatProblem>[0][] }) =>
  r.problems.map(formatProblem)

test('an archive whose own manifest agrees passes, whatever its key order and extra keys', () => {
  const reordered = entry({
    platforms: ['macOS', 'iOS'],
    toolsVersion: '27.0',
    fileSelectors: [{ directory: 'Contents/Voice' }],
    downloadPolicy: { essential: { installationEventTypes: ['firstInstallation'] } },
    language: 'en-US',
    assetPackID: 'voice-en'
  })
  expect(checkEmbeddedManifest('voice.aar', reordered, given)).toEqual({
    problems: [],
    advisories: []
  })
})

test.each([
  [
    'assetPackID',
    { assetPackID: 'voice-fr' },
    `Input 'archive-path': its own Manifest.json has assetPackID "voice-fr", but pack/Manifest.json has "voice-en". Apple processes the archive's copy: rebuild the archive with xcrun ba-package from the Manifest.json you publish, or publish the Manifest.json the archive was made from`
  ],
  [
    'downloadPolicy',
    { downloadPolicy: { onDemand: {} } },
    /has downloadPolicy \{"onDemand":\{\}\}, but pack\/Manifest\.json has \{"essential":/
  ],
  [
    'platforms',
    { platforms: ['iOS'] },
    /has platforms \["iOS"\], but pack\/Manifest\.json has \["iOS","macOS"\]/
  ],
  ['language', { language: 'fr' }, /has language "fr", but pack\/Manifest\.json has "en-US"/],
  [
    'a missing language',
    { language: undefined },
    /has language none, but pack\/Manifest\.json has "en-US"/
  ]
])('a different %s is an error naming archive-path and both values', (_key, change, message) => {
  const result = checkEmbeddedManifest('voice.aar', inside(change), given)
  expect(result.problems).toHaveLength(1)
  expect(result.problems[0]).toMatchObject({ input: 'archive-path', file: 'voice.aar' })
  if (typeof message === 'string') expect(messages(result)).toEqual([message])
  else expect(messages(result)[0]).toMatch(message)
})

test('language tags compare without regard to case', () => {
  expect(checkEmbeddedManifest('voice.aar', inside({ language: 'EN-us' }), given).problems).toEqual(
    []
  )
})

test('"onDemand": null inside the archive is an error even when Manifest.json is right', () => {
  const result = checkEmbeddedManifest(
    'voice.aar',
    inside({ downloadPolicy: { onDemand: null } }),
    { path: 'M.json', manifest: { ...given.manifest, downloadPolicy: { onDemand: {} } } }
  )
  expect(messages(result)).toEqual([
    'Input \'archive-path\': its own Manifest.json: downloadPolicy.onDemand is null, which Apple rejects (ITMS-91140); expected an empty object: "onDemand": {}'
  ])
})

test('the entry is found in any case, and named as found', () => {
  const result = checkEmbeddedManifest(
    'voice.aar',
    entry({ ...GIVEN_TEXT, language: 'de' }, 'manifest.json'),
    given
  )
  expect(messages(result)[0]).toMatch(
    /^Input 'archive-path': its own manifest\.json has language "de"/
  )
})

test('selectors ba-package may have rewritten are not held against the rules', () => {
  const result = checkEmbeddedManifest(
    'voice.aar',
    inside({ fileSelectors: [{ directory: '/abs/Voice', language: 'en' }] }),
    given
  )
  expect(result.problems).toEqual([])
})

test('an embedded copy that is not JSON, or not UTF-8, is an error', () => {
  expect(messages(checkEmbeddedManifest('v.aar', entry('{"assetPackID": '), given))[0]).toMatch(
    /^Input 'archive-path': its own Manifest.json is not valid JSON at line 1/
  )
  const latin1 = { path: 'Manifest.json', bytes: Buffer.from([0x7b, 0xe9, 0x7d]) }
  expect(messages(checkEmbeddedManifest('v.aar', latin1, given))).toEqual([
    "Input 'archive-path': its own Manifest.json is not UTF-8 text; rebuild the archive with xcrun ba-package from the Manifest.json you publish"
  ])
})

test('no embedded manifest: a warning beside a given manifest, an error alone', () => {
  const beside = checkEmbeddedManifest('v.aar', undefined, given)
  expect(beside.problems).toEqual([])
  expect(beside.advisories).toEqual([
    expect.objectContaining({ level: 'warning', input: 'archive-path', file: 'v.aar' })
  ])
  expect(beside.advisories[0].message).toMatch(
    /holds no Manifest\.json at its root .*not compared with pack\/Manifest\.json/
  )
  const alone = checkEmbeddedManifest('v.aar', undefined)
  expect(messages(alone)).toEqual([
    "Input 'archive-path': holds no Manifest.json at its root, so the pack cannot be known from it alone; expected an archive made by xcrun ba-package, or give manifest-path"
  ])
})

test('alone, the archive’s manifest is the pack’s: every rule applies, and it comes back', () => {
  const good = checkEmbeddedManifest('v.aar', inside({}))
  expect(good.problems).toEqual([])
  expect(good.manifest).toMatchObject({ assetPackID: 'voice-en', toolsVersion: '27.0' })
  expect(good.strict).toBe(JSON.stringify({ ...GIVEN_TEXT, toolsVersion: '27.0' }, null, 2))
  const bad = checkEmbeddedManifest('v.aar', inside({ fileSelectors: [{ directory: '.' }] }))
  expect(bad.manifest).toBeUndefined()
  expect(messages(bad)[0]).toMatch(/its own Manifest\.json: fileSelectors\[0\]\.directory is "\."/)
})
