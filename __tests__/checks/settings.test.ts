import { parseSettings, type RawInputs } from '../../src/engine/checks/settings.js'

const valid: RawInputs = {
  'app-id': '1234567890',
  'key-id': '2X9R4HXF34',
  'issuer-id': '57246542-96fe-1a63-e053-0824d011072a',
  'private-key': '-----BEGIN PRIVATE KEY-----\nsecretbodyline\n-----END PRIVATE KEY-----',
  'manifest-path': 'Manifest.json',
  'archive-path': 'Pack.aar',
  'dry-run': 'false',
  'wait-for': 'ready-for-testing',
  'timeout-minutes': '60',
  'poll-interval-seconds': '15',
  'upload-concurrency': '4',
  'skip-unchanged': 'false',
  'api-base-url': 'https://api.appstoreconnect.apple.com',
  'github-token': 'ghs_tokenvalue',
  'comment-on-pr': 'false'
}

test('valid inputs give typed settings', () => {
  const { settings, problems } = parseSettings(valid)
  expect(problems).toEqual([])
  expect(settings).toMatchObject({
    appId: '1234567890',
    key: { input: 'private-key' },
    dryRun: false,
    waitFor: 'ready-for-testing',
    timeoutMinutes: 60,
    pollIntervalSeconds: 15,
    uploadConcurrency: 4,
    skipUnchanged: false,
    commentOnPr: false
  })
  expect(settings.apiBaseUrl.href).toBe('https://api.appstoreconnect.apple.com/')
})

test('defaults apply where the runner passes nothing', () => {
  const { settings, problems } = parseSettings({
    ...valid,
    'wait-for': '',
    'timeout-minutes': '',
    'upload-concurrency': '',
    'api-base-url': '',
    'dry-run': ''
  })
  expect(problems).toEqual([])
  expect(settings).toMatchObject({
    waitFor: 'ready-for-testing',
    uploadConcurrency: 4,
    dryRun: false
  })
})

test('plain http is accepted for loopback hosts', () => {
  for (const url of ['http://127.0.0.1:8080', 'http://localhost:1', 'http://[::1]:9']) {
    expect(parseSettings({ ...valid, 'api-base-url': url }).problems).toEqual([])
  }
})

const bad: [string, RawInputs, string, RegExp][] = [
  ['app-id with letters', { 'app-id': 'com.example.app' }, 'app-id', /digits only/],
  ['key-id too short', { 'key-id': 'ABC' }, 'key-id', /10 upper-case letters and digits/],
  ['key-id lower case', { 'key-id': '2x9r4hxf34' }, 'key-id', /10 upper-case/],
  ['issuer-id not a UUID', { 'issuer-id': '1234' }, 'issuer-id', /UUID/],
  ['dry-run yes', { 'dry-run': 'yes' }, 'dry-run', /'true' or 'false'/],
  ['skip-unchanged 1', { 'skip-unchanged': '1' }, 'skip-unchanged', /'true' or 'false'/],
  ['comment-on-pr on', { 'comment-on-pr': 'on' }, 'comment-on-pr', /'true' or 'false'/],
  [
    'wait-for unknown',
    { 'wait-for': 'done' },
    'wait-for',
    /uploaded, processed, ready-for-testing/
  ],
  ['timeout-minutes 0', { 'timeout-minutes': '0' }, 'timeout-minutes', /greater than 0/],
  ['timeout-minutes text', { 'timeout-minutes': 'ten' }, 'timeout-minutes', /greater than 0/],
  [
    'poll-interval-seconds 0.5',
    { 'poll-interval-seconds': '0.5' },
    'poll-interval-seconds',
    /at least 1/
  ],
  ['upload-concurrency 0', { 'upload-concurrency': '0' }, 'upload-concurrency', /1 to 32/],
  ['upload-concurrency 33', { 'upload-concurrency': '33' }, 'upload-concurrency', /1 to 32/],
  ['upload-concurrency 2.5', { 'upload-concurrency': '2.5' }, 'upload-concurrency', /whole number/],
  [
    'api-base-url http remote',
    { 'api-base-url': 'http://api.example.com' },
    'api-base-url',
    /must use https/
  ],
  [
    'api-base-url http private range',
    { 'api-base-url': 'http://10.0.0.1' },
    'api-base-url',
    /loopback/
  ],
  [
    'api-base-url not a URL',
    { 'api-base-url': 'api.appstoreconnect' },
    'api-base-url',
    /not a URL/
  ],
  ['api-base-url ftp', { 'api-base-url': 'ftp://127.0.0.1' }, 'api-base-url', /https/],
  [
    'api-base-url with credentials',
    { 'api-base-url': 'https://u:p@host' },
    'api-base-url',
    /credentials/
  ],
  [
    'asset-pack-identifier with a dot',
    { 'asset-pack-identifier': 'com.levels' },
    'asset-pack-identifier',
    /dots and underscores/
  ],
  [
    'asset-pack-identifier with underscore',
    { 'asset-pack-identifier': 'my_pack' },
    'asset-pack-identifier',
    /Found invalid values/
  ],
  ['app-id missing', { 'app-id': '' }, 'app-id', /is required/],
  ['key-id missing', { 'key-id': '' }, 'key-id', /is required/],
  ['private key missing', { 'private-key': '' }, 'private-key', /is required.*private-key-path/],
  [
    'manifest-path and archive-path missing',
    { 'manifest-path': '', 'archive-path': '', 'dry-run': 'true' },
    'manifest-path',
    /is required: expected the path of the Manifest\.json \(or give archive-path alone\)/
  ],
  ['archive-check unknown', { 'archive-check': 'headers' }, 'archive-check', /must be 'full'/],
  ['archive-path missing on publish', { 'archive-path': '' }, 'archive-path', /is required/],
  ['key given twice', { 'private-key-path': 'AuthKey.p8' }, 'private-key-path', /one way only/]
]

test.each(bad)('%s', (_name, change, input, message) => {
  const { problems } = parseSettings({ ...valid, ...change })
  expect(problems).toHaveLength(1)
  expect(problems[0].input).toBe(input)
  expect(problems[0].message).toMatch(message)
  for (const secret of ['secretbodyline', 'ghs_tokenvalue']) {
    expect(problems[0].message).not.toContain(secret)
  }
})

test('every problem is reported at once', () => {
  const { problems } = parseSettings({
    ...valid,
    'app-id': 'x',
    'wait-for': 'never',
    'upload-concurrency': '99',
    'dry-run': 'maybe'
  })
  expect(problems.map(p => p.input).sort()).toEqual(
    ['app-id', 'dry-run', 'upload-concurrency', 'wait-for'].sort()
  )
})

test('a key pasted into the wrong input is not echoed', () => {
  const { problems } = parseSettings({ ...valid, 'key-id': valid['private-key'] })
  expect(problems[0].input).toBe('key-id')
  expect(problems[0].message).not.toContain('secretbodyline')
  expect(problems[0].message).not.toContain('BEGIN')
})

describe('dry run', () => {
  test('without any credentials it is local only, and needs no archive', () => {
    const { settings, problems } = parseSettings({
      'manifest-path': 'Manifest.json',
      'dry-run': 'true'
    })
    expect(problems).toEqual([])
    expect(settings.localOnlyReason).toMatch(/fork gets no secrets/)
  })
  test('with a key it still needs the app and the key id', () => {
    const { problems } = parseSettings({
      ...valid,
      'dry-run': 'true',
      'app-id': '',
      'archive-path': ''
    })
    expect(problems.map(p => p.input)).toEqual(['app-id'])
  })
})

describe('submit-for-review', () => {
  test.each([
    ['', 'false'],
    ['false', 'false'],
    ['TRUE', 'true'],
    ['draft', 'draft']
  ])('%j reads as %s', (given, expected) => {
    const { settings, problems } = parseSettings({ ...valid, 'submit-for-review': given })
    expect(problems).toEqual([])
    expect(settings.submitForReview).toBe(expected)
  })

  test('an unknown value is refused, naming the input and what is expected', () => {
    const { problems } = parseSettings({ ...valid, 'submit-for-review': 'yes' })
    expect(problems).toEqual([
      {
        input: 'submit-for-review',
        message:
          "'yes' must be 'false', 'true' (submit to App Store review) or 'draft' (add, don't submit)"
      }
    ])
  })

  test.each(['true', 'draft'])('%s with dry-run is refused offline', value => {
    const { problems } = parseSettings({ ...valid, 'dry-run': 'true', 'submit-for-review': value })
    expect(problems.map(p => p.input)).toEqual(['submit-for-review'])
    expect(problems[0]?.message).toMatch(/dry run publishes nothing/)
  })
})
