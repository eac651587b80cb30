import { checkManifest } from '../../src/simulator/manifest-check.js'
import { ALL_PLATFORMS } from '../../src/simulator/state.js'
import { MANIFEST } from './helpers/client.js'

const input = { assetPackIdentifier: 'Tutorial', appPlatforms: ALL_PLATFORMS }
const check = (m: unknown) =>
  checkManifest(Buffer.from(typeof m === 'string' ? m : JSON.stringify(m)), input)
const codes = (m: unknown) => check(m).errors.map(e => e.code)

test('a good manifest passes and gives its platforms in the API’s spelling', () => {
  expect(check(MANIFEST)).toEqual({ errors: [], warnings: [], platforms: ['IOS', 'MAC_OS'] })
  expect(check({ ...MANIFEST, platforms: ['tvOS', 'visionOS'] }).platforms).toEqual([
    'TV_OS',
    'VISION_OS'
  ])
  expect(codes({ ...MANIFEST, downloadPolicy: { onDemand: {} } })).toEqual([])
  expect(
    codes({
      ...MANIFEST,
      downloadPolicy: { prefetch: { installationEventTypes: ['firstInstallation'] } }
    })
  ).toEqual([])
  expect(
    codes({
      ...MANIFEST,
      sourceRoot: 'Assets',
      fileSelectors: [
        { fileSource: 'a/b.png', fileDestination: 'b.png' },
        { directorySource: 'x', directoryDestination: 'y' },
        { filePattern: 'Audio/*.wav' },
        { fileExclusion: 'Audio/draft.wav' }
      ]
    })
  ).toEqual([])
})

test('a localized manifest gives its language as the locale; [] means every platform', () => {
  expect(check({ ...MANIFEST, language: 'zh-Hans-VN' })).toEqual({
    errors: [],
    warnings: [],
    platforms: ['IOS', 'MAC_OS'],
    locale: 'zh-Hans-VN'
  })
  const all = checkManifest(Buffer.from(JSON.stringify({ ...MANIFEST, platforms: [] })), {
    ...input,
    appPlatforms: ['IOS', 'TV_OS']
  })
  expect(all).toEqual({ errors: [], warnings: [], platforms: ['IOS', 'TV_OS'] })
})

test('ba-package’s template (comments, trailing commas, placeholder) is not JSON', () => {
  const template = `{
    // The identifier
    "assetPackID": "[Asset-Pack ID]",
    "platforms": ["iOS",],
  }`
  expect(codes(template)).toEqual(['MANIFEST_NOT_JSON'])
  expect(codes('[1,2]')).toEqual(['MANIFEST_NOT_JSON'])
  expect(checkManifest(Buffer.from([0xff, 0xfe, 0x7b]), input).errors[0]?.code).toBe(
    'MANIFEST_NOT_JSON'
  )
})

test.each<[string, object, string]>([
  ['another pack', { assetPackID: 'Other' }, 'MANIFEST_ASSET_PACK_ID'],
  ['no assetPackID', { assetPackID: undefined }, 'MANIFEST_ASSET_PACK_ID'],
  [
    'two policies',
    {
      downloadPolicy: { essential: { installationEventTypes: ['firstInstallation'] }, onDemand: {} }
    },
    'MANIFEST_DOWNLOAD_POLICY'
  ],
  ['onDemand: null', { downloadPolicy: { onDemand: null } }, 'ITMS-91140'],
  ['onDemand with keys', { downloadPolicy: { onDemand: { x: 1 } } }, 'ITMS-91140'],
  [
    'no event types',
    { downloadPolicy: { essential: { installationEventTypes: [] } } },
    'MANIFEST_DOWNLOAD_POLICY'
  ],
  [
    'an unknown event',
    { downloadPolicy: { prefetch: { installationEventTypes: ['launch'] } } },
    'MANIFEST_DOWNLOAD_POLICY'
  ],
  ['an unknown policy', { downloadPolicy: { always: {} } }, 'MANIFEST_DOWNLOAD_POLICY'],
  ['no selectors', { fileSelectors: [] }, 'MANIFEST_FILE_SELECTORS'],
  ['a "." directory', { fileSelectors: [{ directory: '.' }] }, 'MANIFEST_FILE_SELECTORS'],
  ['an absolute path', { fileSelectors: [{ file: '/etc/passwd' }] }, 'MANIFEST_FILE_SELECTORS'],
  ['a path out', { fileSelectors: [{ file: '../x' }] }, 'MANIFEST_FILE_SELECTORS'],
  [
    'two forms at once',
    { fileSelectors: [{ file: 'a', directory: 'b' }] },
    'MANIFEST_FILE_SELECTORS'
  ],
  ['watchOS', { platforms: ['iOS', 'watchOS'] }, 'MANIFEST_PLATFORMS'],
  ['API spelling', { platforms: ['IOS'] }, 'MANIFEST_PLATFORMS'],
  ['platforms that are not a list', { platforms: 'iOS' }, 'MANIFEST_PLATFORMS'],
  ['a language with a variant', { language: 'en-US-POSIX' }, 'MANIFEST_LANGUAGE'],
  ['a language with an extension', { language: 'de-u-co-phonebk' }, 'MANIFEST_LANGUAGE'],
  ['userInfo', { userInfo: {} }, 'MANIFEST_USER_INFO'],
  [
    'a language in a selector',
    { fileSelectors: [{ file: 'a', language: 'en' }] },
    'MANIFEST_FILE_SELECTORS'
  ],
  ['a repeated platform', { platforms: ['iOS', 'iOS'] }, 'MANIFEST_PLATFORMS']
])('refuses %s', (_name, change, code) => {
  expect(codes({ ...MANIFEST, ...change })).toEqual([code])
})

test('platforms the app record lacks: ITMS-91139', () => {
  const r = checkManifest(Buffer.from(JSON.stringify(MANIFEST)), {
    ...input,
    appPlatforms: ['IOS']
  })
  expect(r.errors).toEqual([{ code: 'ITMS-91139', description: expect.stringContaining('MAC_OS') }])
  expect(r.platforms).toBeUndefined()
})

test('unknown keys are warnings, not errors', () => {
  const r = check({ ...MANIFEST, comment: 'hi' })
  expect(r.errors).toEqual([])
  expect(r.warnings).toEqual([
    { code: 'MANIFEST_UNKNOWN_KEY', description: expect.stringContaining('comment') }
  ])
})
