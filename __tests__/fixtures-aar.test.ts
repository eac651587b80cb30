import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import {
  appendBytes,
  copyFixture,
  corruptBlockHeader,
  entryHeader,
  fixturePath,
  generatedBytes,
  generatedContent,
  listBlocks,
  makeTempDir,
  readEntries,
  truncateBy,
  writeAssetPackArchive,
  type ArchiveSpec
} from '../__fixtures__/aar.js'

const manifest = {
  assetPackID: 'Tutorial',
  downloadPolicy: { essential: { installationEventTypes: ['firstInstallation'] } },
  fileSelectors: [{ file: 'Videos/Intro.m4v' }, { directory: 'Levels' }],
  platforms: ['iOS']
}
const spec: ArchiveSpec = {
  manifest,
  blockSize: 32 * 1024,
  files: {
    'Videos/Intro.m4v': 100 * 1024,
    'Levels/1.json': Buffer.from('{"level": 1}'),
    'Levels/Deep/2.json': '{"level": 2}'
  }
}

let dir: string
let remove: () => Promise<void>
beforeAll(async () => ({ dir, remove } = await makeTempDir()))
afterAll(() => remove())

const sha = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex')

describe('writeAssetPackArchive', () => {
  test('writes a pbze container of stored blocks that add up to the file size', async () => {
    const path = join(dir, 'pack.aar')
    const written = await writeAssetPackArchive(path, spec)
    const bytes = await readFile(path)
    expect(bytes.toString('latin1', 0, 4)).toBe('pbze')
    expect(bytes.readBigUInt64BE(4)).toBe(32n * 1024n)
    const { blocks } = await listBlocks(path)
    expect(blocks).toHaveLength(written.blocks)
    expect(blocks.length).toBe(Math.ceil(written.streamSize / (32 * 1024)))
    for (const b of blocks.slice(0, -1))
      expect(b).toMatchObject({ raw: 32 * 1024, stored: 32 * 1024 })
    expect(blocks.at(-1)!.raw).toBe(written.streamSize - (blocks.length - 1) * 32 * 1024)
    expect(12 + blocks.reduce((sum, b) => sum + 16 + b.stored, 0)).toBe(bytes.length)
    expect(written.size).toBe(bytes.length)
  })

  test('holds the root, Manifest.json with toolsVersion, and Contents/ with every file', async () => {
    const path = join(dir, 'entries.aar')
    const written = await writeAssetPackArchive(path, { ...spec, seed: 3, toolsVersion: '27.0' })
    const entries = await readEntries(path)
    expect(entries.map(e => `${e.type} ${e.path}`)).toEqual([
      'D ',
      'F Manifest.json',
      'D Contents',
      'D Contents/Levels',
      'F Contents/Levels/1.json',
      'D Contents/Levels/Deep',
      'F Contents/Levels/Deep/2.json',
      'D Contents/Videos',
      'F Contents/Videos/Intro.m4v'
    ])
    expect(written.entries).toEqual(entries.map(e => e.path))
    const byPath = new Map(entries.map(e => [e.path, e]))
    expect(JSON.parse(byPath.get('Manifest.json')!.data!.toString())).toEqual({
      ...manifest,
      toolsVersion: '27.0'
    })
    expect(byPath.get('Contents/Levels/1.json')!.data!.toString()).toBe('{"level": 1}')
    expect(byPath.get('Contents/Levels/Deep/2.json')!.data!.toString()).toBe('{"level": 2}')
    const video = byPath.get('Contents/Videos/Intro.m4v')!
    expect(video.data!.equals(generatedBytes(3, 'Videos/Intro.m4v', 100 * 1024))).toBe(true)
    expect(video.fields).toMatchObject({ TYP1: 'F'.charCodeAt(0), DATB: 100 * 1024, MOD2: 0o644 })
    expect(byPath.get('Contents')!.fields).toMatchObject({ TYP1: 'D'.charCodeAt(0), MOD2: 0o755 })
    expect(byPath.get('Contents')!.data).toBeUndefined()
  })

  test('writes a raw AA01 archive with the same entries', async () => {
    const raw = join(dir, 'raw.aar')
    const written = await writeAssetPackArchive(raw, { ...spec, container: 'AA01' })
    const bytes = await readFile(raw)
    expect(bytes.toString('latin1', 0, 4)).toBe('AA01')
    expect(written).toMatchObject({ blocks: 0, size: bytes.length, streamSize: bytes.length })
    const packed = join(dir, 'packed.aar')
    await writeAssetPackArchive(packed, spec)
    expect(await readEntries(raw)).toEqual(await readEntries(packed))
  })

  test('is deterministic: the same spec gives the same bytes, another seed other bytes', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map(n => join(dir, `${n}.aar`))
    await writeAssetPackArchive(a, spec)
    await writeAssetPackArchive(b, spec)
    await writeAssetPackArchive(c, { ...spec, seed: 2 })
    expect(await sha(a)).toBe(await sha(b))
    expect(await sha(c)).not.toBe(await sha(a))
  })

  test('streams a file larger than a block in block-sized pieces (16 MiB in 256 KiB blocks)', async () => {
    const path = join(dir, 'large.aar')
    const size = 16 * 1024 * 1024 + 5
    const written = await writeAssetPackArchive(path, {
      manifest,
      blockSize: 256 * 1024,
      files: { 'big.bin': size }
    })
    expect(written.blocks).toBe(Math.ceil(written.streamSize / (256 * 1024)))
    expect(written.streamSize).toBeGreaterThan(size)
    expect((await stat(path)).size).toBe(12 + 16 * written.blocks + written.streamSize)
  })
})

describe('generated content', () => {
  test('has the requested size, and chunking does not change the bytes', () => {
    const whole = generatedBytes(1, 'a', 200_000)
    expect(whole.length).toBe(200_000)
    const chunks = [...generatedContent(1, 'a', 200_000, 64 * 1024)]
    expect(chunks.every(c => c.length <= 64 * 1024)).toBe(true)
    expect(Buffer.concat(chunks).equals(whole)).toBe(true)
  })

  test('differs by path and seed, and between 64 KiB pieces of one file', () => {
    const a = generatedBytes(1, 'a', 128 * 1024)
    expect(a.equals(generatedBytes(1, 'b', 128 * 1024))).toBe(false)
    expect(a.equals(generatedBytes(2, 'a', 128 * 1024))).toBe(false)
    expect(a.subarray(0, 64 * 1024).equals(a.subarray(64 * 1024))).toBe(false)
  })
})

test('entryHeader picks the blob size field by size and stays plausible', () => {
  const small = entryHeader('a', 10, 0)
  expect(small.toString('latin1', 0, 4)).toBe('AA01')
  expect(small.readUInt16LE(4)).toBe(small.length)
  expect(small.toString('latin1', 6, 10)).toBe('TYP1')
  expect(small.includes('DATA')).toBe(true)
  expect(entryHeader('a', 70_000, 0).includes('DATB')).toBe(true)
  expect(entryHeader('a', 2 ** 33, 0).includes('DATC')).toBe(true)
  expect(entryHeader('dir', undefined, 0).includes('DAT')).toBe(false)
})

describe('damage helpers', () => {
  test('truncateBy, appendBytes and corruptBlockHeader change what they say', async () => {
    const path = join(dir, 'damage.aar')
    const { size } = await writeAssetPackArchive(path, spec)
    expect(await truncateBy(path, 10)).toBe(size - 10)
    expect((await stat(path)).size).toBe(size - 10)
    await appendBytes(path, Buffer.from('0123456789'))
    expect((await stat(path)).size).toBe(size)

    const fresh = join(dir, 'corrupt.aar')
    await writeAssetPackArchive(fresh, spec)
    const offset = await corruptBlockHeader(fresh, 1)
    const bytes = await readFile(fresh)
    expect(bytes.readBigUInt64BE(offset)).toBe(32n * 1024n + 1n)
    expect(bytes.readBigUInt64BE(offset + 8)).toBe(32n * 1024n)
    await expect(corruptBlockHeader(fresh, 99)).rejects.toThrow(/no block 99/)
  })
})

describe('the fixture files in the repository', () => {
  test('exist, and copyFixture copies them', async () => {
    for (const name of ['Tutorial-lzfse.aar', 'Tutorial-Manifest.json'] as const) {
      const copy = await copyFixture(name, dir)
      expect(await sha(copy)).toBe(await sha(fixturePath(name)))
    }
    const aar = await readFile(fixturePath('Tutorial-lzfse.aar'))
    expect(aar.toString('latin1', 0, 4)).toBe('pbze')
    expect(aar.length).toBe(515012)
  })

  const shared = join(import.meta.dirname, '..', '..', 'shared', 'fixtures')
  const withShared = existsSync(shared) ? test : test.skip
  withShared('match ../shared/fixtures where it exists', async () => {
    expect(await sha(fixturePath('Tutorial-lzfse.aar'))).toBe(
      await sha(join(shared, 'Tutorial-lzfse.aar'))
    )
    const ours = JSON.parse(await readFile(fixturePath('Tutorial-Manifest.json'), 'utf8'))
    const theirs = JSON.parse(await readFile(join(shared, 'Tutorial-Manifest.json'), 'utf8'))
    expect(ours).toEqual(theirs)
  })
})
