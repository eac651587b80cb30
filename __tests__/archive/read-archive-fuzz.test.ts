// Fuzzing readArchive on disk: a small LZVN-compressed archive (4 KiB blocks, so a few dozen
// of them) with bytes flipped, cut or appended. Whatever the damage, the read must resolve (it
// throws only for file-system errors), hash exactly the file's bytes, and report each problem
// with a known code and a message that starts with the path; a manifest, when returned, is
// the one written.
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { makeTempDir, writeAssetPackArchive } from '../../__fixtures__/aar.js'
import { readArchive } from '../../src/engine/archive/read-archive.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 60)
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261201
const CODES = [
  'bad-container',
  'bad-block',
  'wrong-size',
  'bad-entries',
  'duplicate-manifest',
  'manifest-too-large',
  'no-manifest',
  'not-decoded',
  'not-an-archive'
]

let dir: string
let remove: () => Promise<void>
let original: Buffer
let manifest: Buffer
beforeAll(async () => {
  ;({ dir, remove } = await makeTempDir('read-fuzz-'))
  const path = join(dir, 'valid.aar')
  await writeAssetPackArchive(path, {
    manifest: { assetPackID: 'Fuzz', downloadPolicy: { onDemand: {} }, platforms: ['iOS'] },
    files: { 'Levels/a.txt': 60_000, 'Levels/b.bin': 20_000 },
    content: name => (name.endsWith('.txt') ? 'text' : 'random'),
    compression: 'lzvn',
    blockSize: 4096
  })
  original = await readFile(path)
  const read = await readArchive(path)
  expect(read.problems).toEqual([])
  manifest = Buffer.from(read.manifest!.bytes)
})
afterAll(() => remove())

let n = 0
it('reads any damaged archive to the end, with problems it can name', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { maxLength: 6 }),
      fc.option(fc.nat(), { nil: undefined }),
      fc.uint8Array({ maxLength: 40 }),
      fc.constantFrom<('full' | 'manifest')[]>('full', 'manifest'),
      async (flips, cut, tail, mode) => {
        let bytes = Buffer.from(original)
        for (const [at, x] of flips) bytes[at % bytes.length] ^= x
        if (cut !== undefined) bytes = bytes.subarray(0, cut % (bytes.length + 1))
        bytes = Buffer.concat([bytes, tail])
        const path = join(dir, `case-${n++}.aar`)
        await writeFile(path, bytes)
        const r = await readArchive(path, { mode })
        expect(r.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
        expect(r.size).toBe(bytes.length)
        for (const p of r.problems) {
          expect(CODES).toContain(p.code)
          expect(p.message.startsWith(`'${path}' `)).toBe(true)
        }
        if (r.problems.length === 0) expect(r.complete || r.stoppedAfterManifest).toBe(true)
        // Flipped bytes inside the manifest's own data can decode "fine" (no checksum):
        // then it differs; otherwise it is the one written.
        if (r.manifest && flips.length === 0) {
          expect(Buffer.from(r.manifest.bytes).equals(manifest)).toBe(true)
        }
      }
    ),
    { numRuns: RUNS, seed: SEED }
  )
})
