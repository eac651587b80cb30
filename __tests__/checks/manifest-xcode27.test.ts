import { checkManifest } from '../../src/engine/checks/manifest.js'
import { parseJson, strictText } from '../../src/engine/checks/json-locate.js'

/** Apple's WWDC26 sample: a localized pack with a source root (apple-facts.md, Xcode 27). */
const WWDC26 = `{
  "assetPackID": "voice-english",
  "downloadPolicy": { "prefetch": { "installationEventTypes": ["firstInstallation"] } },
  "language": "en-US",
  "sourceRoot": ".",
  "fileSelectors": [{ "directory": "Voice/en" }],
  "platforms": ["iOS", "visionOS"]
}
`

/** As Apple's documentation shows it: comments kept, a trailing comma, keys in another order. */
const DOCUMENTED = `{
\t// The pack's identifier in App Store Connect.
\t"assetPackID": "Levels-fr",
\t"platforms": [], /* every platform */
\t"fileSelectors": [
\t\t{ "filePattern": "Audio/*.wav" },
\t\t{ "fileExclusion": "Textures/draft.png" },
\t\t{ "fileSource": "Build/intro.m4v", "fileDestination": "Videos/intro.m4v" },
\t\t{ "directorySource": "Build/Levels", "directoryDestination": "Levels" },
\t\t{ "file": "Credits.txt" },
\t\t{ "directory": "Maps" },
\t],
\t"downloadPolicy": { "onDemand": {} },
\t"language": "fr",
\t"sourceRoot": "../..",
}
`

describe('Xcode 27 manifests are accepted', () => {
  const languages = ['ja', 'en', 'en-US', 'zh-Hant', 'zh-Hans-VN', 'es-419', 'EN-us', 'fil']
  test.each(languages)('language %s', language => {
    const text = WWDC26.replace('"en-US"', JSON.stringify(language))
    const result = checkManifest(text, 'Manifest.json')
    expect(result.problems).toEqual([])
    expect(result.manifest?.language).toBe(language)
  })

  test("Apple's WWDC26 sample, as it is", () => {
    const result = checkManifest(WWDC26, 'Manifest.json')
    expect(result.problems).toEqual([])
    expect(result.advisories).toEqual([])
    expect(result.manifest).toEqual(JSON.parse(WWDC26))
    expect(result.strict).toBe(WWDC26)
  })

  test('every selector shape, platforms [], any key order, comments and a trailing comma', () => {
    const result = checkManifest(DOCUMENTED, 'Manifest.json')
    expect(result.problems).toEqual([])
    expect(result.manifest?.platforms).toEqual([])
    expect(result.manifest?.fileSelectors).toHaveLength(6)
    expect(result.advisories).toEqual([
      expect.objectContaining({ level: 'notice', input: 'manifest-path', line: 2, column: 2 })
    ])
    expect(result.advisories[0].message).toBe(
      'has 1 // comment, 1 /* */ comment and 2 trailing commas (lines 2, 4, 11, 15), which ba-package ' +
        'reads; App Store Connect is sent the same manifest as strict JSON, without them'
    )
  })

  test('selectors may carry a pattern and an exclusion alone', () => {
    const text = WWDC26.replace(
      '[{ "directory": "Voice/en" }]',
      '[{ "filePattern": "Voice/en/*.caf" }, { "fileExclusion": "Voice/en/test.caf" }]'
    )
    expect(checkManifest(text, 'Manifest.json').problems).toEqual([])
  })
})

describe('the strict JSON sent to Apple', () => {
  test('is the same manifest: same keys, order and values, as strict JSON', () => {
    const { strict, manifest } = checkManifest(DOCUMENTED, 'Manifest.json')
    expect(strict).toBeDefined()
    const reparsed = parseJson(strict ?? '') // strict mode: throws on a comment or trailing comma
    expect(reparsed.value).toEqual(manifest)
    expect(Object.keys(reparsed.value as object)).toEqual([
      'assetPackID',
      'platforms',
      'fileSelectors',
      'downloadPolicy',
      'language',
      'sourceRoot'
    ])
    expect(strict).toBe(`{
\t"assetPackID": "Levels-fr",
\t"platforms": [],
\t"fileSelectors": [
\t\t{ "filePattern": "Audio/*.wav" },
\t\t{ "fileExclusion": "Textures/draft.png" },
\t\t{ "fileSource": "Build/intro.m4v", "fileDestination": "Videos/intro.m4v" },
\t\t{ "directorySource": "Build/Levels", "directoryDestination": "Levels" },
\t\t{ "file": "Credits.txt" },
\t\t{ "directory": "Maps" }
\t],
\t"downloadPolicy": { "onDemand": {} },
\t"language": "fr",
\t"sourceRoot": "../.."
}
`)
  })

  test('is stable: the same text always gives the same bytes (resume and skip-unchanged)', () => {
    const runs = new Set(
      Array.from({ length: 5 }, () => checkManifest(DOCUMENTED, 'M.json').strict)
    )
    expect(runs.size).toBe(1)
  })

  test('keeps a comment marker inside a string, and CRLF line ends', () => {
    const text =
      '{\r\n  "assetPackID": "A", // id\r\n  "downloadPolicy": {"onDemand": {}},\r\n' +
      '  "fileSelectors": [{"file": "a//b/*c*/.txt"},],\r\n  "platforms": ["iOS"]\r\n}\r\n'
    const parsed = parseJson(text, { lenient: true })
    expect(strictText(text, parsed)).toBe(
      '{\r\n  "assetPackID": "A",\r\n  "downloadPolicy": {"onDemand": {}},\r\n' +
        '  "fileSelectors": [{"file": "a//b/*c*/.txt"}],\r\n  "platforms": ["iOS"]\r\n}\r\n'
    )
  })

  test('is the text itself for a strict manifest', () => {
    const text =
      '{"assetPackID":"A","downloadPolicy":{"onDemand":{}},"fileSelectors":[{"file":"a"}],"platforms":["iOS"]}'
    expect(checkManifest(text, 'M.json').strict).toBe(text)
  })
})

describe('unknown top-level keys are warnings, not errors', () => {
  const cases: [string, string, RegExp][] = [
    [
      'a misspelt key',
      '"sourceroot": ".",',
      /^has an unknown key "sourceroot", which ba-package ignores \(did you mean sourceRoot\?\); expected assetPackID, /
    ],
    [
      'a typo of language',
      '"langauge": "fr",',
      /unknown key "langauge".*\(did you mean language\?\)/
    ],
    [
      'an unrelated key',
      '"my note": "x",',
      /^has an unknown key "my note", which ba-package ignores; expected /
    ],
    ['toolsVersion-like key', '"toolVersion": "1",', /\(did you mean toolsVersion\?\)/]
  ]
  test.each(cases)('%s', (_name, line, message) => {
    const text = WWDC26.replace('"sourceRoot": ".",', `"sourceRoot": ".",\n  ${line}`)
    const result = checkManifest(text, 'Manifest.json')
    expect(result.problems).toEqual([])
    expect(result.manifest).toBeDefined()
    expect(result.advisories).toHaveLength(1)
    expect(result.advisories[0]).toMatchObject({ level: 'warning', line: 6, column: 3 })
    expect(result.advisories[0].jsonPath).toBeDefined()
    expect(result.advisories[0].message).toMatch(message)
    // Apple is sent the manifest as written, the unknown key included.
    expect(result.strict).toBe(text)
  })

  test('the manifest that goes on has no unknown key', () => {
    const text = WWDC26.replace('"sourceRoot": ".",', '"sourceRoot": ".",\n  "extra": 1,')
    expect(checkManifest(text, 'M.json').manifest).not.toHaveProperty('extra')
  })
})
