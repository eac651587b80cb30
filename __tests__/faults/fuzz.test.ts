// Input fuzzing with fast-check: arbitrary inputs, manifests, truncated and corrupted archives and
// odd key texts. In-process, checkInputs (every offline check) must never throw, and must end
// either ok or with problems that each name an action input and never quote the key. Through
// dist/index.js, invalid inputs must end in exit 1 with an `::error` naming the input, no stack
// trace, and not one request at the simulator.
import { generateKeyPairSync } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import {
  appendBytes,
  copyFixture,
  corruptBlockHeader,
  makeTempDir,
  overwrite,
  truncateTo,
  writeAssetPackArchive
} from '../../__fixtures__/aar.js'
import { checkInputs } from '../../src/engine/checks/inputs.js'
import { INPUT_NAMES, type RawInputs } from '../../src/engine/checks/settings.js'
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import { countFromEnv, FULL_SUITE, runAction } from './support.js'

const IN_PROCESS_RUNS = countFromEnv('FUZZ_RUNS', 150, 1500)
const DIST_RUNS = countFromEnv('FUZZ_DIST_RUNS', 4, 20)
// Fixed seeds under `npm test` (the same cases every time); fresh ones in the full suite
// (fast-check prints the seed and path of any failure, to replay it).
const SEED = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : FULL_SUITE
    ? undefined
    : 20261124

let dir: string
let removeDir: () => Promise<void>
let caseNo = 0

beforeAll(async () => {
  ;({ dir, remove: removeDir } = await makeTempDir('fuzz-'))
  await mkdir(join(dir, 'a-directory'))
  await copyFixture('Tutorial-lzfse.aar', dir, 'valid.aar')
  await copyFixture('Tutorial-Manifest.json', dir, 'valid-manifest.json')
})
afterAll(() => removeDir())

// ------------------------------------------------------------------ keys

const ec256 = generateKeyPairSync('ec', { namedCurve: 'P-256' })
const VALID_PEM = ec256.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const OTHER_KEYS = [
  generateKeyPairSync('ec', { namedCurve: 'P-384' })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString(),
  generateKeyPairSync('rsa', { modulusLength: 1024 })
    .privateKey.export({ type: 'pkcs1', format: 'pem' })
    .toString(),
  ec256.privateKey.export({ type: 'sec1', format: 'pem' }).toString(),
  ec256.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  VALID_PEM.replace(/PRIVATE KEY/g, 'ENCRYPTED PRIVATE KEY'),
  VALID_PEM.replace(/PRIVATE KEY/g, 'CERTIFICATE')
]
const b64 = (s: string) => Buffer.from(s).toString('base64')

/** Key texts as secret stores mangle them, plus damaged and wrong ones. */
const keyText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    VALID_PEM,
    b64(VALID_PEM),
    b64(b64(VALID_PEM)),
    VALID_PEM.replace(/\n/g, '\\n'),
    VALID_PEM.replace(/\n/g, '\r\n'),
    `"${VALID_PEM}"`,
    ...OTHER_KEYS,
    b64(OTHER_KEYS[1])
  ),
  // Cut short, or one character changed, or a line dropped.
  fc.nat({ max: VALID_PEM.length }).map(n => VALID_PEM.slice(0, n)),
  fc
    .tuple(fc.nat({ max: VALID_PEM.length - 1 }), fc.string({ minLength: 1, maxLength: 1 }))
    .map(([at, c]) => VALID_PEM.slice(0, at) + c + VALID_PEM.slice(at + 1)),
  fc.nat({ max: 4 }).map(i =>
    VALID_PEM.split('\n')
      .filter((_, j) => j !== i + 1)
      .join('\n')
  ),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .uint8Array({ minLength: 16, maxLength: 200 })
    .map(bytes => Buffer.from(bytes).toString('base64')),
  fc
    .uint8Array({ minLength: 16, maxLength: 200 })
    .map(bytes => Buffer.from([0x30, ...bytes]).toString('base64'))
)

// ------------------------------------------------------------------ manifests

const VALID_MANIFEST = {
  assetPackID: 'Tutorial',
  downloadPolicy: { essential: { installationEventTypes: ['firstInstallation'] } },
  fileSelectors: [{ file: 'Videos/Introduction.m4v' }, { directory: 'Levels' }],
  platforms: ['iOS', 'macOS']
}
const MANIFEST_KEYS = [...Object.keys(VALID_MANIFEST), 'toolsVersion', 'extra']

/** Manifest file contents: broken JSON, the right shape with a field changed, anything at all. */
const manifestContent: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.constant(JSON.stringify(VALID_MANIFEST)),
  fc.json(),
  fc
    .tuple(fc.constantFrom(...MANIFEST_KEYS), fc.option(fc.jsonValue(), { nil: undefined }))
    .map(([key, value]) => JSON.stringify({ ...VALID_MANIFEST, [key]: value })),
  fc
    .tuple(fc.constantFrom('downloadPolicy', 'fileSelectors', 'platforms'), fc.jsonValue())
    .map(([key, value]) => JSON.stringify({ ...VALID_MANIFEST, [key]: [value] })),
  fc.nat({ max: 200 }).map(n => JSON.stringify(VALID_MANIFEST, null, 2).slice(0, n)),
  fc.constantFrom(
    '',
    '\uFEFF' + JSON.stringify(VALID_MANIFEST),
    JSON.stringify(VALID_MANIFEST) + ',',
    '{"assetPackID": "Tutorial", "assetPackID": "Other"}',
    '{"assetPackID":' + '['.repeat(50_000) + ']'.repeat(50_000) + '}',
    '['.repeat(200_000),
    'pbze\u0000\u0000\u0000'
  ),
  fc.uint8Array({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 })
)

// ------------------------------------------------------------------ archives

type ArchiveCase =
  | { kind: 'valid' | 'missing' | 'directory' | 'empty' }
  | { kind: 'truncated'; at: number }
  | { kind: 'overwritten'; at: number; bytes: Uint8Array }
  | { kind: 'block header'; index: number; raw: number; stored: number }
  | { kind: 'trailing'; bytes: Uint8Array }
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'raw'; container: 'AA01'; cut: number }

const archiveCase: fc.Arbitrary<ArchiveCase> = fc.oneof(
  fc.constantFrom<ArchiveCase>(
    { kind: 'valid' },
    { kind: 'missing' },
    { kind: 'directory' },
    { kind: 'empty' }
  ),
  fc.nat({ max: 600_000 }).map(at => ({ kind: 'truncated' as const, at })),
  fc
    .tuple(fc.nat({ max: 520_000 }), fc.uint8Array({ minLength: 1, maxLength: 32 }))
    .map(([at, bytes]) => ({ kind: 'overwritten' as const, at, bytes })),
  fc
    .tuple(fc.nat({ max: 3 }), fc.nat(), fc.nat())
    .map(([index, raw, stored]) => ({ kind: 'block header' as const, index, raw, stored })),
  fc
    .uint8Array({ minLength: 1, maxLength: 64 })
    .map(bytes => ({ kind: 'trailing' as const, bytes })),
  fc.uint8Array({ maxLength: 400 }).map(bytes => ({ kind: 'bytes' as const, bytes })),
  fc.nat({ max: 4000 }).map(cut => ({ kind: 'raw' as const, container: 'AA01' as const, cut }))
)

async function writeArchive(c: ArchiveCase, path: string): Promise<string> {
  switch (c.kind) {
    case 'valid':
      return join(dir, 'valid.aar')
    case 'missing':
      return join(dir, 'no-such.aar')
    case 'directory':
      return join(dir, 'a-directory')
    case 'empty':
      await writeFile(path, '')
      return path
    case 'bytes':
      await writeFile(path, c.bytes)
      return path
    case 'raw': {
      const written = await writeAssetPackArchive(path, {
        manifest: VALID_MANIFEST,
        files: { 'Levels/1.bin': 3000 },
        container: 'AA01'
      })
      await truncateTo(path, Math.min(c.cut, written.size))
      return path
    }
  }
  await copyFixture('Tutorial-lzfse.aar', dir, path.slice(dir.length + 1))
  if (c.kind === 'truncated') await truncateTo(path, c.at)
  if (c.kind === 'overwritten') await overwrite(path, c.at, c.bytes)
  if (c.kind === 'trailing') await appendBytes(path, c.bytes)
  if (c.kind === 'block header')
    await corruptBlockHeader(path, c.index, { raw: c.raw, stored: c.stored })
  return path
}

// ------------------------------------------------------------------ inputs

const oddText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.constantFrom(
    '',
    ' ',
    '\n',
    'true',
    'TRUE',
    'yes',
    '0',
    '-1',
    '1e3',
    '0x10',
    '33',
    '4.5',
    'NaN',
    'Infinity',
    '١٢٣',
    'null',
    '../../../etc/passwd',
    'http://example.com',
    'http://127.0.0.1.example.com',
    'https://user:pass@api.example.com',
    'ftp://127.0.0.1',
    'https://',
    'javascript:alert(1)',
    '\u0000',
    'x'.repeat(5000)
  )
)

const VALID: Record<string, string> = {
  'app-id': '1234567890',
  'key-id': 'ABCDE12345',
  'issuer-id': '57246542-96fe-1a63-e053-0824d011072a',
  'asset-pack-identifier': 'Tutorial',
  'dry-run': 'false',
  'wait-for': 'processed',
  'timeout-minutes': '10',
  'poll-interval-seconds': '5',
  'upload-concurrency': '4',
  'skip-unchanged': 'false',
  'api-base-url': 'https://api.appstoreconnect.apple.com',
  'github-token': 'ghs_0123456789abcdefghijklmnopqrstuvwxyz',
  'comment-on-pr': 'false'
}

interface Case {
  /** Each input: left out, a valid value, or odd text. */
  inputs: Partial<Record<string, { valid: true } | { odd: string }>>
  key: { text: string } | { path: 'key-file' | 'directory' | 'archive' | 'missing'; text: string }
  manifest: string | Uint8Array
  archive: ArchiveCase
}

const inputChoice = fc.option(
  fc.oneof(
    { weight: 3, arbitrary: fc.constant({ valid: true as const }) },
    { weight: 1, arbitrary: oddText.map(odd => ({ odd })) }
  ),
  { nil: undefined, freq: 8 }
)
const anyCase: fc.Arbitrary<Case> = fc.record({
  inputs: fc.record(
    Object.fromEntries(
      INPUT_NAMES.filter(
        n => !['private-key', 'private-key-path', 'manifest-path', 'archive-path'].includes(n)
      ).map(n => [n, inputChoice])
    ),
    { requiredKeys: [] }
  ),
  key: fc.oneof(
    { weight: 3, arbitrary: keyText.map(text => ({ text })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('key-file', 'directory', 'archive', 'missing' as const), keyText)
        .map(([path, text]) => ({ path, text }))
    }
  ),
  manifest: manifestContent,
  archive: archiveCase
})

const VALID_CASE: Case = {
  inputs: Object.fromEntries(Object.keys(VALID).map(n => [n, { valid: true as const }])),
  key: { text: VALID_PEM },
  manifest: JSON.stringify(VALID_MANIFEST),
  archive: { kind: 'valid' }
}

/** A valid run with one thing wrong: an input, the key, the manifest or the archive. */
const oneThingWrong: fc.Arbitrary<Case> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...Object.keys(VALID)), oddText)
    .map(([name, odd]) => ({ ...VALID_CASE, inputs: { ...VALID_CASE.inputs, [name]: { odd } } })),
  keyText.map(text => ({ ...VALID_CASE, key: { text } })),
  manifestContent.map(manifest => ({ ...VALID_CASE, manifest })),
  archiveCase.map(archive => ({ ...VALID_CASE, archive }))
)

const fuzzCase = fc.oneof(anyCase, oneThingWrong)

/** Writes the case's files and returns the raw inputs a workflow would pass. */
async function materialize(c: Case): Promise<RawInputs> {
  const n = ++caseNo
  const raw: Record<string, string> = {}
  for (const [name, choice] of Object.entries(c.inputs)) {
    if (!choice) continue
    raw[name] = 'odd' in choice ? choice.odd : (VALID[name] ?? '')
  }
  const manifestPath = join(dir, `manifest-${n}.json`)
  await writeFile(manifestPath, c.manifest)
  raw['manifest-path'] = manifestPath
  raw['archive-path'] = await writeArchive(c.archive, join(dir, `archive-${n}.aar`))
  if ('path' in c.key) {
    const keyPath = join(dir, `key-${n}.p8`)
    await writeFile(keyPath, c.key.text)
    raw['private-key-path'] = {
      'key-file': keyPath,
      directory: join(dir, 'a-directory'),
      archive: join(dir, 'valid.aar'),
      missing: join(dir, 'no-such.p8')
    }[c.key.path]
  } else {
    raw['private-key'] = c.key.text
  }
  return raw
}

/** A key cut short may be only this, which the help text quotes. */
const ARMOR = '-----BEGIN PRIVATE KEY-----'

/** What checkInputs must always satisfy; returns the problems (empty when ok). */
async function checkOne(raw: RawInputs): Promise<{ ok: boolean; inputs: string[] }> {
  const registered: string[] = []
  let result
  try {
    result = await checkInputs(raw, v => registered.push(v))
  } catch (error) {
    throw new Error(`checkInputs threw: ${(error as Error)?.stack ?? String(error)}`, {
      cause: error
    })
  }
  if (result.ok) return { ok: true, inputs: [] }
  expect(result.problems.length).toBeGreaterThan(0)
  for (const p of result.problems) {
    expect(INPUT_NAMES).toContain(p.input)
    expect(typeof p.message).toBe('string')
    expect(p.message.trim()).not.toBe('')
    // Messages never quote the key or the token (unless the same text was given as another,
    // non-secret input: a message may quote that input's own value).
    const plain = Object.entries(raw)
      .filter(([name]) => name !== 'private-key' && name !== 'github-token')
      .map(([, value]) => value ?? '')
    const secrets = registered.filter(
      s => s.length >= 20 && !plain.some(v => v.includes(s)) && !ARMOR.includes(s)
    )
    for (const secret of secrets) {
      expect(p.message).not.toContain(secret)
    }
  }
  return { ok: false, inputs: result.problems.map(p => p.input) }
}

test(`checkInputs never throws, and every problem names an input (${IN_PROCESS_RUNS} cases)`, async () => {
  const seen = { ok: 0, refused: 0 }
  await fc.assert(
    fc.asyncProperty(fuzzCase, async c => {
      const { ok } = await checkOne(await materialize(c))
      seen[ok ? 'ok' : 'refused'] += 1
    }),
    { numRuns: IN_PROCESS_RUNS, seed: SEED }
  )
  process.stdout.write(`fuzz, in-process: ${seen.refused} refused, ${seen.ok} accepted\n`)
  expect(seen.refused).toBeGreaterThan(IN_PROCESS_RUNS / 2)
  expect(seen.ok).toBeGreaterThan(0)
}, 120_000)

test('the odd cases one by one: deep JSON, a huge key file, binary manifests', async () => {
  const base = VALID_CASE
  expect(await checkOne(await materialize(base))).toEqual({ ok: true, inputs: [] })
  const deep = '{"assetPackID":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}'
  expect(await checkOne(await materialize({ ...base, manifest: deep }))).toEqual({
    ok: false,
    inputs: ['manifest-path']
  })
  // The archive given as the key file: refused by its size, without reading it.
  const keyIsArchive = await materialize({ ...base, key: { path: 'archive', text: '' } })
  expect(await checkOne(keyIsArchive)).toEqual({ ok: false, inputs: ['private-key-path'] })
  const refused = await checkInputs(keyIsArchive, () => undefined)
  expect(!refused.ok && refused.problems[0].message).toMatch(/too large for a \.p8 key/)
})

// ------------------------------------------------------------------ through dist/index.js

describe('through dist/index.js', () => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await createSimulator({ processingDelayMs: 50, manifestCheckDelayMs: 10 })
  })
  afterAll(() => sim.close())

  test(`invalid inputs: exit 1, an ::error naming the input, no stack trace, no request (${DIST_RUNS} cases)`, async () => {
    // Cases checkInputs refuses, with the credentials and the API pointed at the simulator.
    const cases: RawInputs[] = []
    const samples = fc.sample(fuzzCase, { numRuns: DIST_RUNS * 10, seed: SEED ?? Date.now() })
    for (const c of samples) {
      if (cases.length >= DIST_RUNS) break
      const raw: RawInputs = {
        ...(await materialize(c)),
        'app-id': sim.appId,
        'key-id': sim.key.keyId,
        'issuer-id': sim.key.issuerId ?? '',
        'api-base-url': sim.url,
        'dry-run': 'false'
      }
      if ('text' in c.key && !('path' in c.key)) raw['private-key'] = mangleOrKeep(c.key.text)
      const checked = await checkOne(raw)
      if (!checked.ok) cases.push(raw)
    }
    expect(cases.length).toBe(DIST_RUNS)
    for (let i = 0; i < cases.length; i += 4) {
      await Promise.all(cases.slice(i, i + 4).map(raw => expectRefused(raw)))
    }
    expect(sim.requests).toEqual([])
    expect(sim.uploadStats.requests).toBe(0)
  }, 120_000)

  /** A valid key for the simulator stays the simulator's; anything else is kept as fuzzed. */
  function mangleOrKeep(text: string): string {
    return text === VALID_PEM ? sim.key.privateKeyPem : text
  }

  async function expectRefused(raw: RawInputs): Promise<void> {
    const inputs = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v ?? '']))
    const run = await runAction(inputs, { timeoutMs: 30_000 })
    const out = `${run.stdout}\n${run.stderr}`
    const context = `inputs: ${JSON.stringify(inputs).slice(0, 600)}\noutput:\n${out.slice(0, 3000)}`
    expect({ exit: run.exitCode, context }).toEqual({ exit: 1, context })
    const named = run.errors.flatMap(e => [...e.matchAll(/Input '([a-z-]+)'/g)].map(m => m[1]))
    expect({ named: named.length > 0, context }).toEqual({ named: true, context })
    for (const name of named) expect(INPUT_NAMES).toContain(name)
    // No stack trace: no "    at fn (file:line:col)" frames, no uncaught error banner.
    expect({
      stack: /^\s+at .+:\d+:\d+\)?$/m.test(out) || /Uncaught|node:internal/.test(out),
      context
    }).toEqual({
      stack: false,
      context
    })
  }
})
