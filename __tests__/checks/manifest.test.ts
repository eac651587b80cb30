import { execFileSync } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { copyFixture, fixturePath, makeTempDir } from '../../__fixtures__/aar.js'
import { checkManifest, readManifest } from '../../src/engine/checks/manifest.js'
import type { Problem } from '../../src/engine/checks/problem.js'

type Json = Record<string, unknown>
const base = (): Json => ({
  assetPackID: 'Tutorial',
  downloadPolicy: { essential: { installationEventTypes: ['firstInstallation'] } },
  fileSelectors: [{ file: 'Videos/Introduction.m4v' }, { directory: 'Levels' }],
  platforms: ['iOS', 'macOS']
})
/** The base manifest changed by `change`, as pretty JSON (realistic line numbers). */
const variant = (change: (m: Json) => void): string => {
  const m = base()
  change(m)
  return JSON.stringify(m, null, 2)
}
/** The text at a problem's line and column. */
const textAt = (text: string, p: Problem): string => {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)
  return lines[(p.line ?? 0) - 1]?.slice((p.column ?? 0) - 1) ?? ''
}

/** A ba-package template as `ba-package template` writes it (comments, trailing commas, placeholder). */
const TEMPLATE = `{
  // The identifier of the asset pack.
  "assetPackID": "[Asset-Pack ID]",
  // essential, prefetch or onDemand
  "downloadPolicy": {
    "essential": {
      "installationEventTypes": ["firstInstallation", "subsequentUpdate",],
    },
  },
  "fileSelectors": [
    { "directory": "Levels" },
  ],
  "platforms": ["iOS", "macOS",],
}
`

describe('checkManifest accepts', () => {
  const good: [string, string][] = [
    ['the base manifest', variant(() => {})],
    [
      'a prefetch policy',
      variant(
        m =>
          (m.downloadPolicy = {
            prefetch: { installationEventTypes: ['subsequentUpdate', 'firstInstallation'] }
          })
      )
    ],
    ['an onDemand policy', variant(m => (m.downloadPolicy = { onDemand: {} }))],
    [
      'the Xcode 27 keys',
      variant(m => {
        m.language = 'fr-CA'
        m.sourceRoot = '..'
        m.fileSelectors = [
          { fileSource: 'Intro.m4v', fileDestination: 'Videos/Intro.m4v' },
          { directorySource: 'raw/levels', directoryDestination: 'Levels' },
          { filePattern: 'Audio/*.wav' },
          { fileExclusion: 'Textures/draft.png' }
        ]
      })
    ],
    ['toolsVersion (the archive copy)', variant(m => (m.toolsVersion = '1.0'))],
    ['all four platforms', variant(m => (m.platforms = ['iOS', 'macOS', 'tvOS', 'visionOS']))],
    ['CRLF line ends', variant(() => {}).replace(/\n/g, '\r\n')]
  ]
  test.each(good)('%s', (_name, text) => {
    const result = checkManifest(text, 'Manifest.json')
    expect(result.problems).toEqual([])
    expect(result.manifest).toEqual(JSON.parse(text))
  })
})

interface Bad {
  name: string
  text: string
  jsonPath?: string
  message: RegExp
  /** The text the problem's line and column point at. */
  at?: string
  /** This is the only problem (no duplicate report). */
  only?: true
}

const bad: Bad[] = [
  // syntax
  {
    name: 'a missing colon',
    text: '{\n  "assetPackID" "A"\n}',
    message: /is not valid JSON at line 2 column 17: unexpected '"'; expected ':'/,
    at: '"A"',
    only: true
  },
  {
    name: 'single quotes',
    text: "{'assetPackID': 'A'}",
    message:
      /is not valid JSON at line 1 column 2: unexpected '''; expected a property name in double quotes/,
    only: true
  },
  {
    name: 'text after the value',
    text: '{}\n{}',
    message:
      /at line 2 column 1: unexpected '\{' after the end of the JSON value; expected nothing more/
  },
  {
    name: 'an unterminated string',
    text: '{"assetPackID": "A',
    message: /at line 1 column 17: unterminated string; expected a closing "/
  },
  {
    name: 'a byte order mark',
    text: '\uFEFF' + variant(() => {}),
    message: /byte order mark.*expected plain UTF-8 without BOM/,
    only: true
  },
  { name: 'an empty text', text: ' \n', message: /is empty; expected the manifest JSON/ },
  {
    name: 'a JSON array',
    text: '[]',
    message:
      /is an array; expected a JSON object with assetPackID, downloadPolicy, fileSelectors and platforms/
  },
  {
    name: 'a duplicate key',
    text: variant(() => {}).replace('"platforms"', '"assetPackID": "B",\n  "platforms"'),
    jsonPath: 'assetPackID',
    message: /repeats the key "assetPackID".*expected each key once/,
    at: '"assetPackID": "B"'
  },
  // assetPackID
  {
    name: 'the template placeholder',
    text: variant(m => (m.assetPackID = '[Asset-Pack ID]')),
    jsonPath: 'assetPackID',
    message: /placeholder "\[Asset-Pack ID\]": replace it with your pack.s identifier/,
    at: '"assetPackID"',
    only: true
  },
  {
    name: 'a dot in assetPackID',
    text: variant(m => (m.assetPackID = 'com.example.tutorial')),
    jsonPath: 'assetPackID',
    message:
      /contains '\.' \(a dot\), which App Store Connect rejects \("Found invalid values"\) although ba-package accepts it; expected letters, digits and hyphens only \(\^\[A-Za-z0-9-\]\+\$\), e\.g\. "com-example-tutorial"/
  },
  {
    name: 'an underscore in assetPackID',
    text: variant(m => (m.assetPackID = 'level_2')),
    jsonPath: 'assetPackID',
    message: /contains '_' \(an underscore\), which App Store Connect rejects.*e\.g\. "level-2"/
  },
  {
    name: 'an empty assetPackID',
    text: variant(m => (m.assetPackID = '')),
    jsonPath: 'assetPackID',
    message: /is empty; expected your pack.s identifier/
  },
  {
    name: 'a missing assetPackID',
    text: variant(m => delete m.assetPackID),
    jsonPath: 'assetPackID',
    message: /is missing; expected the pack.s identifier/,
    at: '{'
  },
  {
    name: 'a numeric assetPackID',
    text: variant(m => (m.assetPackID = 3)),
    jsonPath: 'assetPackID',
    message:
      /is the number 3; expected the pack.s identifier: a string of letters, digits and hyphens/
  },
  // downloadPolicy
  {
    name: 'a missing downloadPolicy',
    text: variant(m => delete m.downloadPolicy),
    jsonPath: 'downloadPolicy',
    message: /is missing; expected an object with one of essential, prefetch or onDemand/
  },
  {
    name: 'two policies',
    text: variant(
      m =>
        (m.downloadPolicy = {
          essential: { installationEventTypes: ['firstInstallation'] },
          onDemand: {}
        })
    ),
    jsonPath: 'downloadPolicy',
    message: /has essential and onDemand; expected exactly one of essential, prefetch or onDemand/,
    at: '"downloadPolicy"',
    only: true
  },
  {
    name: 'an empty policy',
    text: variant(m => (m.downloadPolicy = {})),
    jsonPath: 'downloadPolicy',
    message: /is empty; expected exactly one of essential, prefetch or onDemand/
  },
  {
    name: 'onDemand null',
    text: variant(m => (m.downloadPolicy = { onDemand: null })),
    jsonPath: 'downloadPolicy.onDemand',
    message:
      /is null, which Apple rejects \(ITMS-91140\); expected an empty object: "onDemand": \{\}/,
    at: '"onDemand"',
    only: true
  },
  {
    name: 'onDemand with settings',
    text: variant(
      m => (m.downloadPolicy = { onDemand: { installationEventTypes: ['firstInstallation'] } })
    ),
    jsonPath: 'downloadPolicy.onDemand.installationEventTypes',
    message:
      /unknown key "installationEventTypes"; downloadPolicy\.onDemand takes no keys: expected \{\}/
  },
  {
    name: 'a misspelt policy',
    text: variant(m => (m.downloadPolicy = { ondemand: {} })),
    jsonPath: 'downloadPolicy.ondemand',
    message:
      /unknown key "ondemand"; expected essential, prefetch or onDemand \(did you mean onDemand\?\)/,
    at: '"ondemand"',
    only: true
  },
  {
    name: 'no installation events',
    text: variant(m => (m.downloadPolicy = { essential: { installationEventTypes: [] } })),
    jsonPath: 'downloadPolicy.essential.installationEventTypes',
    message: /is empty; expected at least one of firstInstallation or subsequentUpdate/
  },
  {
    name: 'a missing installationEventTypes',
    text: variant(m => (m.downloadPolicy = { prefetch: {} })),
    jsonPath: 'downloadPolicy.prefetch.installationEventTypes',
    message: /is missing; expected a non-empty array of firstInstallation and\/or subsequentUpdate/,
    at: '"prefetch"'
  },
  {
    name: 'an unknown installation event',
    text: variant(
      m =>
        (m.downloadPolicy = {
          prefetch: { installationEventTypes: ['firstInstallation', 'firstinstall'] }
        })
    ),
    jsonPath: 'downloadPolicy.prefetch.installationEventTypes[1]',
    message:
      /"firstinstall" is not an installation event type; expected firstInstallation or subsequentUpdate \(did you mean firstInstallation\?\)/,
    at: '"firstinstall"'
  },
  {
    name: 'a repeated installation event',
    text: variant(
      m =>
        (m.downloadPolicy = {
          essential: { installationEventTypes: ['subsequentUpdate', 'subsequentUpdate'] }
        })
    ),
    jsonPath: 'downloadPolicy.essential.installationEventTypes[1]',
    message:
      /"subsequentUpdate" is listed twice \(also at \[0\]\); expected each installation event type once/
  },
  // fileSelectors
  {
    name: 'no file selectors',
    text: variant(m => (m.fileSelectors = [])),
    jsonPath: 'fileSelectors',
    message: /is empty; expected at least one selector/
  },
  {
    name: 'a selector object instead of a list',
    text: variant(m => (m.fileSelectors = { file: 'a' })),
    jsonPath: 'fileSelectors',
    message: /is an object; expected a non-empty array of selectors such as/
  },
  {
    name: 'a number selector',
    text: variant(m => (m.fileSelectors = ['Levels'])),
    jsonPath: 'fileSelectors[0]',
    message: /is the string "Levels"; expected an object such as \{"file": /
  },
  {
    name: 'an empty selector',
    text: variant(m => (m.fileSelectors = [{}])),
    jsonPath: 'fileSelectors[0]',
    message:
      /selects nothing; expected exactly one of \{file\}, \{directory\}, \{filePattern\}, \{fileExclusion\}, \{fileSource, fileDestination\} or \{directorySource, directoryDestination\}/,
    only: true
  },
  {
    name: 'file and directory together',
    text: variant(
      m => (m.fileSelectors = [{ directory: 'Levels' }, { file: 'a', directory: 'b' }])
    ),
    jsonPath: 'fileSelectors[1]',
    message: /mixes file and directory; expected exactly one of/
  },
  {
    name: 'fileSource without fileDestination',
    text: variant(m => (m.fileSelectors = [{ fileSource: 'a.m4v' }])),
    jsonPath: 'fileSelectors[0].fileDestination',
    message: /is missing; fileSource needs it: expected both fileSource and fileDestination/
  },
  {
    name: 'an absolute path',
    text: variant(
      m => (m.fileSelectors = [{ directory: 'Levels' }, { file: '/Users/me/Intro.m4v' }])
    ),
    jsonPath: 'fileSelectors[1].file',
    message:
      /"\/Users\/me\/Intro\.m4v" is absolute; expected a path relative to the folder ba-package reads/,
    at: '"file"'
  },
  {
    name: 'the path "."',
    text: variant(m => (m.fileSelectors = [{ directory: '.' }])),
    jsonPath: 'fileSelectors[0].directory',
    message: /is "\.", the whole folder; expected a file or a directory inside it/
  },
  {
    name: 'a ".." segment',
    text: variant(
      m => (m.fileSelectors = [{ directorySource: 'a/../../b', directoryDestination: 'b' }])
    ),
    jsonPath: 'fileSelectors[0].directorySource',
    message: /leaves the folder with '\.\.'; expected a path relative/
  },
  {
    name: 'an empty path',
    text: variant(m => (m.fileSelectors = [{ fileSource: 'a', fileDestination: '' }])),
    jsonPath: 'fileSelectors[0].fileDestination',
    message: /is empty; expected a path relative/
  },
  {
    name: 'a language inside a selector',
    text: variant(m => (m.fileSelectors = [{ file: 'a', language: 'en' }])),
    jsonPath: 'fileSelectors[0].language',
    message:
      /"language", which belongs at the top level of the manifest: .*one pack per language.*expected it there/,
    only: true
  },
  {
    name: 'a misspelt selector key',
    text: variant(m => (m.fileSelectors = [{ Directory: 'Levels' }])),
    jsonPath: 'fileSelectors[0].Directory',
    message: /unknown key "Directory"; expected file, directory, .* \(did you mean directory\?\)/,
    only: true
  },
  {
    name: 'an empty sourceRoot',
    text: variant(m => (m.sourceRoot = '')),
    jsonPath: 'sourceRoot',
    message: /is empty; expected a folder relative to the manifest’s, such as "\." or "\.\."/
  },
  // platforms
  {
    name: 'a missing platforms',
    text: variant(m => delete m.platforms),
    jsonPath: 'platforms',
    message: /is missing; expected an array of iOS, macOS, tvOS and\/or visionOS \(\[\] for all\)/
  },
  {
    name: 'watchOS',
    text: variant(m => (m.platforms = ['iOS', 'watchOS'])),
    jsonPath: 'platforms[1]',
    message: /"watchOS" is not supported by asset packs; expected iOS, macOS, tvOS or visionOS/,
    at: '"watchOS"'
  },
  {
    name: 'a platform in the wrong case',
    text: variant(m => (m.platforms = ['ios'])),
    jsonPath: 'platforms[0]',
    message: /"ios" is not a platform; expected .* \(did you mean iOS\?\)/
  },
  {
    name: "the API's spelling",
    text: variant(m => (m.platforms = ['MAC_OS'])),
    jsonPath: 'platforms[0]',
    message: /did you mean macOS\?/
  },
  {
    name: 'a repeated platform',
    text: variant(m => (m.platforms = ['iOS', 'macOS', 'iOS'])),
    jsonPath: 'platforms[2]',
    message: /"iOS" is listed twice \(also at \[0\]\); expected each platform once/,
    at: '"iOS"'
  },
  // Xcode 27 forms that Apple still refuses
  {
    name: 'a language with a variant',
    text: variant(m => (m.language = 'en-US-POSIX')),
    jsonPath: 'language',
    message:
      /"en-US-POSIX" has a variant or extended subtag, which Background Assets does not support; expected a language with an optional script and region only \("en-US"\?\)/,
    at: '"language"'
  },
  {
    name: 'a language with a Unicode extension',
    text: variant(m => (m.language = 'de-u-co-phonebk')),
    jsonPath: 'language',
    message:
      /"de-u-co-phonebk" has the extension "u-co-phonebk", which Background Assets does not support/
  },
  {
    name: 'a language with a private-use subtag',
    text: variant(m => (m.language = 'en-x-pirate')),
    jsonPath: 'language',
    message: /has the extension "x-pirate"/
  },
  {
    name: 'a language with an underscore',
    text: variant(m => (m.language = 'en_US')),
    jsonPath: 'language',
    message: /"en_US" uses an underscore; expected a BCP-47 tag with hyphens \(en-US\)/
  },
  {
    name: 'a language that is no tag',
    text: variant(m => (m.language = 'English')),
    jsonPath: 'language',
    message: /"English" is not a language tag; expected an ISO 639 language code/
  },
  {
    name: 'an empty language',
    text: variant(m => (m.language = '')),
    jsonPath: 'language',
    message: /"" is not a language tag/
  },
  {
    name: 'a language that is not a string',
    text: variant(m => (m.language = ['en', 'fr'])),
    jsonPath: 'language',
    message: /is an array; expected a language tag/
  },
  {
    name: 'an absolute sourceRoot',
    text: variant(m => (m.sourceRoot = '/Users/me/Assets')),
    jsonPath: 'sourceRoot',
    message: /"\/Users\/me\/Assets" is absolute; expected a folder relative to the manifest/
  },
  {
    name: 'userInfo',
    text: variant(m => (m.userInfo = { level: 1 })),
    jsonPath: 'userInfo',
    message: /is for self-hosted asset packs only; Apple-hosted packs reject it: remove it/,
    at: '"userInfo"',
    only: true
  },
  {
    name: 'iPadOS',
    text: variant(m => (m.platforms = ['iOS', 'iPadOS'])),
    jsonPath: 'platforms[1]',
    message: /"iPadOS" is not a platform of asset packs: "iOS" covers iPad/
  },
  {
    name: 'an unknown platform',
    text: variant(m => (m.platforms = ['android'])),
    jsonPath: 'platforms[0]',
    message: /"android" is not a platform; expected iOS, macOS, tvOS or visionOS/
  },
  {
    name: 'a pattern and a file in one selector',
    text: variant(m => (m.fileSelectors = [{ filePattern: 'Audio/*.wav', file: 'a.wav' }])),
    jsonPath: 'fileSelectors[0]',
    message: /mixes file and filePattern; expected exactly one of/
  },
  {
    name: 'an exclusion and a directory in one selector',
    text: variant(m => (m.fileSelectors = [{ directory: 'A', fileExclusion: 'A/b.png' }])),
    jsonPath: 'fileSelectors[0]',
    message: /mixes directory and fileExclusion; expected exactly one of/
  },
  {
    name: 'an absolute pattern',
    text: variant(m => (m.fileSelectors = [{ filePattern: '/tmp/*.wav' }])),
    jsonPath: 'fileSelectors[0].filePattern',
    message: /"\/tmp\/\*\.wav" is absolute/
  },
  {
    name: 'an exclusion that is not a string',
    text: variant(m => (m.fileSelectors = [{ directory: 'A' }, { fileExclusion: 3 }])),
    jsonPath: 'fileSelectors[1].fileExclusion',
    message: /is the number 3; expected a relative path/
  },
  {
    name: 'an onDemand policy with a value',
    text: variant(m => (m.downloadPolicy = { onDemand: { installationEventTypes: [] } })),
    jsonPath: 'downloadPolicy.onDemand.installationEventTypes',
    message: /downloadPolicy\.onDemand takes no keys: expected \{\}/
  },
  {
    name: 'an onDemand policy that is true',
    text: variant(m => (m.downloadPolicy = { onDemand: true })),
    jsonPath: 'downloadPolicy.onDemand',
    message: /is true; expected an empty object: "onDemand": \{\}/
  }
]

describe('checkManifest refuses', () => {
  test.each(bad)('$name', ({ text, jsonPath, message, at, only }) => {
    const { manifest, problems } = checkManifest(text, 'pack/Manifest.json')
    expect(manifest).toBeUndefined()
    const found = problems.find(p => message.test(p.message))
    if (!found)
      throw new Error(
        `no problem matches ${message}; got:\n${problems.map(p => p.message).join('\n')}`
      )
    expect(found.input).toBe('manifest-path')
    expect(found.file).toBe('pack/Manifest.json')
    expect(found.jsonPath).toBe(jsonPath)
    expect(found.line).toBeGreaterThan(0)
    expect(found.column).toBeGreaterThan(0)
    if (at !== undefined) expect(textAt(text, found).slice(0, at.length)).toBe(at)
    if (only) expect(problems).toHaveLength(1)
    for (const p of problems) expect(p.message).toMatch(/expected|replace|remove/)
  })

  test('has at least 25 distinct bad inputs, each with its own message', () => {
    expect(new Set(bad.map(b => b.text)).size).toBe(bad.length)
    expect(bad.length).toBeGreaterThanOrEqual(40)
  })
})

describe('checkManifest reports every problem at once', () => {
  test('the ba-package template: its placeholder, with a notice for the comments and commas', () => {
    const { problems, advisories } = checkManifest(TEMPLATE, 'Manifest.json')
    expect(problems.map(p => [p.jsonPath, p.line])).toEqual([['assetPackID', 3]])
    expect(advisories).toEqual([expect.objectContaining({ level: 'notice', line: 2, column: 3 })])
    expect(advisories[0].message).toMatch(
      /has 2 \/\/ comments and 6 trailing commas \(lines 2, 4, 7, 8, 11, 13\), which ba-package reads/
    )
  })

  test('a manifest wrong everywhere, in the order of the file', () => {
    const text = JSON.stringify(
      {
        assetPackID: 'my_pack',
        downloadPolicy: { onDemand: null },
        fileSelectors: [{ file: '../x' }, {}],
        platforms: ['watchOS', 'iOS', 'iOS'],
        extra: 1
      },
      null,
      2
    )
    const { problems } = checkManifest(text, 'Manifest.json')
    expect(problems.map(p => p.jsonPath)).toEqual([
      'assetPackID',
      'downloadPolicy.onDemand',
      'fileSelectors[0].file',
      'fileSelectors[1]',
      'platforms[0]',
      'platforms[2]'
    ])
    const lines = problems.map(p => p.line ?? 0)
    expect([...lines].sort((a, b) => a - b)).toEqual(lines)
  })

  test('a custom input name is carried into every problem', () => {
    const { problems } = checkManifest('[', 'x.json', 'manifest')
    expect(problems).toEqual([
      expect.objectContaining({ input: 'manifest', file: 'x.json', line: 1, column: 2 })
    ])
  })
})

describe('readManifest', () => {
  let dir: string
  let remove: () => Promise<void>
  beforeAll(async () => ({ dir, remove } = await makeTempDir()))
  afterAll(() => remove())

  test('reads the Tutorial fixture and returns its exact bytes', async () => {
    const path = fixturePath('Tutorial-Manifest.json')
    const result = await readManifest(path)
    expect(result.problems).toEqual([])
    expect(result.manifest).toMatchObject({ assetPackID: 'Tutorial', platforms: ['iOS', 'macOS'] })
    expect(result.bytes?.equals(await readFile(path))).toBe(true)
  })

  test('problems in the file carry the file path', async () => {
    const path = join(dir, 'dotted.json')
    await writeFile(
      path,
      variant(m => (m.assetPackID = 'a.b'))
    )
    const result = await readManifest(path)
    expect(result.problems).toEqual([
      expect.objectContaining({
        input: 'manifest-path',
        file: path,
        jsonPath: 'assetPackID',
        line: 2
      })
    ])
    expect(result.bytes).toBeDefined()
  })

  const files: [string, (dir: string) => Promise<string>, RegExp][] = [
    [
      'a missing file',
      async d => join(d, 'nope.json'),
      /'.*nope\.json' does not exist; expected the Manifest\.json you give to xcrun ba-package/
    ],
    [
      'a path through a file',
      async d => {
        await writeFile(join(d, 'plain'), '{}')
        return join(d, 'plain', 'Manifest.json')
      },
      /does not exist \(a part of the path is a file\)/
    ],
    [
      'a directory',
      async d => {
        await mkdir(join(d, 'pack'))
        await writeFile(
          join(d, 'pack', 'Manifest.json'),
          variant(() => {})
        )
        return join(d, 'pack')
      },
      /is a directory; expected the Manifest\.json .*\(did you mean '.*pack\/Manifest\.json'\?\)/
    ],
    [
      'an empty file',
      async d => {
        await writeFile(join(d, 'empty.json'), '')
        return join(d, 'empty.json')
      },
      /is empty \(0 bytes\); expected the Manifest\.json/
    ],
    [
      'a named pipe',
      async d => {
        execFileSync('mkfifo', [join(d, 'pipe')])
        return join(d, 'pipe')
      },
      /is a named pipe, not a file; expected the Manifest\.json/
    ],
    [
      'the archive instead of the manifest',
      async d => copyFixture('Tutorial-lzfse.aar', d),
      /is an Apple Archive \(it starts with 'pbze'\), not a manifest; .*Were manifest-path and archive-path swapped\?/
    ],
    [
      'UTF-16 text',
      async d => {
        await writeFile(
          join(d, 'utf16.json'),
          Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{}', 'utf16le')])
        )
        return join(d, 'utf16.json')
      },
      /is UTF-16 text; save it as UTF-8/
    ],
    [
      'bytes that are not UTF-8',
      async d => {
        await writeFile(join(d, 'latin1.json'), Buffer.from('{"assetPackID": "caf\xe9"}', 'latin1'))
        return join(d, 'latin1.json')
      },
      /is not valid UTF-8 text; expected the Manifest\.json .*saved as UTF-8/
    ],
    [
      'a huge file',
      async d => {
        await writeFile(join(d, 'huge.json'), Buffer.alloc(1024 * 1024 + 10, 0x20))
        return join(d, 'huge.json')
      },
      /is over 1048576 bytes, too large for a Manifest\.json/
    ]
  ]
  test.each(files)('refuses %s with one clear problem', async (_name, make, message) => {
    const path = await make(dir)
    const result = await readManifest(path)
    expect(result.manifest).toBeUndefined()
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]).toMatchObject({ input: 'manifest-path', file: path })
    expect(result.problems[0].message).toMatch(message)
  })
})
