import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  appendBytes,
  copyFixture,
  corruptBlockHeader,
  entryHeader,
  listBlocks,
  makeTempDir,
  overwrite,
  truncateBy,
  writeAssetPackArchive,
  type ArchiveSpec
} from '../../__fixtures__/aar.js'
import { readArchive, type ArchiveRead } from '../../src/engine/archive/read-archive.js'
import { sha256File } from '../../src/engine/checks/digest.js'

let dir: string
let remove: () => Promise<void>
let n = 0
beforeAll(async () => ({ dir, remove } = await makeTempDir('read-archive-')))
afterAll(() => remove())

const MANIFEST = {
  assetPackID: 'Levels',
  downloadPolicy: { onDemand: {} },
  fileSelectors: [{ directory: 'Levels' }],
  platforms: ['iOS']
}

/** An archive of LZVN blocks (256 KiB), compressible text plus some random bytes. */
async function write(spec: Partial<ArchiveSpec> = {}) {
  const path = join(dir, `a${n++}.aar`)
  const written = await writeAssetPackArchive(path, {
    manifest: MANIFEST,
    files: { 'Levels/1.bin': 700_000, 'Levels/2.txt': 'hello\n' },
    content: 'text',
    compression: 'lzvn',
    blockSize: 256 * 1024,
    ...spec
  })
  return { path, written }
}

const codes = (r: ArchiveRead) => r.problems.map(p => p.code)
const json = (r: ArchiveRead) => JSON.parse(Buffer.from(r.manifest!.bytes).toString('utf8'))

describe('readArchive on the reference codec’s archive (Tutorial-lzfse.aar)', () => {
  it('decodes every block, walks every entry and returns the embedded manifest', async () => {
    const path = await copyFixture('Tutorial-lzfse.aar', dir)
    const r = await readArchive(path)
    expect(r.problems).toEqual([])
    expect(r).toMatchObject({ format: 'pbze', blockSize: 1048576, blocks: 4, decodedBlocks: 4 })
    expect(r.complete).toBe(true)
    expect(r.entries).toBeGreaterThanOrEqual(4)
    expect(r.streamBytes).toBe(3 * 1048576 + 26559)
    expect(r.manifest?.path).toBe('Manifest.json')
    expect(json(r).assetPackID).toBe('Tutorial')
    expect(json(r).toolsVersion).toBeDefined()
    expect(r.sha256).toBe(await sha256File(path))
  })

  it('stops decoding after the manifest in manifest mode, and still hashes every byte', async () => {
    const path = await copyFixture('Tutorial-lzfse.aar', dir, 'm.aar')
    const r = await readArchive(path, { mode: 'manifest', hashThread: true })
    expect(r.problems).toEqual([])
    expect(r).toMatchObject({ blocks: 4, decodedBlocks: 1, stoppedAfterManifest: true })
    expect(json(r).assetPackID).toBe('Tutorial')
    expect(r.sha256).toBe(await sha256File(path))
  })
})

describe('readArchive on written archives', () => {
  it.each([false, true])(
    'reads LZVN blocks: every entry, the manifest, the sizes (hash thread: %s)',
    async hashThread => {
      const { path, written } = await write()
      expect(written.compressedBlocks).toBe(written.blocks)
      const r = await readArchive(path, { hashThread })
      expect(r.problems).toEqual([])
      expect(r.complete).toBe(true)
      expect(r.blocks).toBe(written.blocks)
      expect(r.entries).toBe(written.entries.length)
      expect(r.streamBytes).toBe(written.streamSize)
      expect(json(r)).toEqual({ ...MANIFEST, toolsVersion: '1.0' })
      expect(r.sha256).toBe(await sha256File(path))
    }
  )

  it('reads stored blocks, a mix of stored and LZVN blocks, and a raw AA01 archive', async () => {
    for (const spec of [
      { compression: 'stored' as const },
      { content: 'random' as const, files: { 'a.bin': 600_000, 'b.txt': 'x'.repeat(300_000) } },
      { container: 'AA01' as const }
    ]) {
      const { path, written } = await write(spec)
      if (spec.content === 'random') {
        // Random blocks stay stored, the repeated text compresses.
        expect(written.compressedBlocks).toBeGreaterThan(0)
        expect(written.compressedBlocks).toBeLessThan(written.blocks)
      }
      const r = await readArchive(path)
      expect({ spec, problems: r.problems }).toEqual({ spec, problems: [] })
      expect(r.entries).toBe(written.entries.length)
      expect(r.streamBytes).toBe(written.streamSize)
      expect(json(r).assetPackID).toBe('Levels')
      expect(r.format).toBe(spec.container ?? 'pbze')
    }
  })

  it('finds the manifest in any case, with its exact bytes', async () => {
    const bytes = '{"assetPackID":"Levels","downloadPolicy":{"onDemand":null}}'
    const { path } = await write({ manifestName: 'manifest.json', manifestBytes: bytes })
    const r = await readArchive(path)
    expect(r.manifest?.path).toBe('manifest.json')
    expect(Buffer.from(r.manifest!.bytes).toString()).toBe(bytes)
  })

  it('warns when there is no manifest at the root (one under Contents/ does not count)', async () => {
    const { path } = await write({ manifest: null, files: { 'Manifest.json': '{}' } })
    const r = await readArchive(path)
    expect(r.complete).toBe(true)
    expect(r.manifest).toBeUndefined()
    expect(r.problems).toEqual([
      expect.objectContaining({ code: 'no-manifest', severity: 'warning' })
    ])
    expect(r.problems[0].message).toContain(`'${path}' holds no Manifest.json at its root`)
  })

  it('refuses two root manifests and one over the size limit', async () => {
    const path = join(dir, 'two.aar')
    const m = Buffer.from('{}')
    await writeFile(
      path,
      Buffer.concat([
        entryHeader('', undefined, 0),
        entryHeader('Manifest.json', 2, 0),
        m,
        entryHeader('manifest.json', 2, 0),
        m
      ])
    )
    const two = await readArchive(path)
    expect(codes(two)).toEqual(['duplicate-manifest'])
    expect(two.manifest).toBeUndefined()
    const { path: big } = await write({ manifestBytes: 'x'.repeat(2000) })
    expect(codes(await readArchive(big, { manifestLimit: 1000 }))).toEqual(['manifest-too-large'])
  })
})

describe('readArchive on damaged archives', () => {
  it('names a block that does not decode and its offset', async () => {
    const { path } = await write()
    const { blocks } = await listBlocks(path)
    const b = blocks[2]
    await overwrite(path, b.offset + 16, Buffer.from('XXXX'))
    const r = await readArchive(path)
    expect(r.problems).toEqual([
      expect.objectContaining({ code: 'bad-block', severity: 'error', block: 2, offset: b.offset })
    ])
    expect(r.problems[0].message).toContain(
      `has a damaged block 2 (header at offset ${b.offset}): its LZFSE data does not decode: ` +
        'no LZFSE block starts with 58 58 58 58'
    )
    expect(r.problems[0].message).toContain(`(at offset ${b.offset + 16} of the file)`)
    expect(r.complete).toBe(false)
    expect(r.sha256).toBe(await sha256File(path))
  })

  it('finds damage inside an LZVN payload', async () => {
    const { path } = await write()
    const { blocks } = await listBlocks(path)
    // Every byte of block 1's payload past its 12-byte header set to an undefined opcode (0x70).
    await overwrite(path, blocks[1].offset + 16 + 12, Buffer.alloc(64, 0x70))
    const r = await readArchive(path)
    expect(r.problems).toEqual([expect.objectContaining({ code: 'bad-block', block: 1 })])
    expect(r.problems[0].message).toContain('undefined LZVN opcode 0x70')
  })

  it('refuses a block that decodes to another size than declared', async () => {
    const { path } = await write()
    const { blocks } = await listBlocks(path)
    const last = blocks.at(-1)!
    await corruptBlockHeader(path, last.index, { raw: last.raw + 1 })
    const r = await readArchive(path)
    expect(r.problems).toEqual([
      expect.objectContaining({ code: 'wrong-size', block: last.index, offset: last.offset })
    ])
    expect(r.problems[0].message).toContain(
      `it decodes to ${last.raw} bytes, but its header declares ${last.raw + 1}`
    )
  })

  it('refuses a truncated file, a bad block header and trailing bytes, and still hashes it', async () => {
    const truncated = (await write()).path
    await truncateBy(truncated, 100)
    const bad = (await write()).path
    await corruptBlockHeader(bad, 1, { stored: 300_000 })
    const trailing = (await write()).path
    await appendBytes(trailing, Buffer.from('zzz'))
    for (const [path, text] of [
      [truncated, 'is truncated: block'],
      [bad, 'has a damaged block 1'],
      [trailing, 'ends with 3 bytes']
    ]) {
      const r = await readArchive(path)
      expect(codes(r)).toEqual(['bad-container'])
      expect(r.problems[0].message).toContain(text)
      expect(r.complete).toBe(false)
      expect(r.sha256).toBe(await sha256File(path))
    }
  })

  it('returns no manifest cut short by the end of the file', async () => {
    const path = join(dir, 'cut-manifest.aar')
    await writeFile(
      path,
      Buffer.concat([
        entryHeader('', undefined, 0),
        entryHeader('Manifest.json', 100, 0),
        Buffer.from('{"a"')
      ])
    )
    const r = await readArchive(path)
    expect(codes(r)).toEqual(['bad-entries'])
    expect(r.manifest).toBeUndefined()
  })

  it('refuses an entry stream whose sizes do not add up', async () => {
    // A stored archive whose big file claims one byte more than it holds.
    const { path } = await write({ compression: 'stored' })
    const file = await import('node:fs/promises').then(fs => fs.readFile(path))
    const at = file.indexOf('DATB')
    await overwrite(path, at + 4, Buffer.from([0x61, 0xae, 0x0a, 0x00]))
    const r = await readArchive(path)
    expect(codes(r)).toEqual(['bad-entries'])
    expect(r.problems[0].message).toMatch(/entry \d+ \(at byte \d+ of the decoded stream\)/)
    // A raw archive cut inside an entry.
    const raw = (await write({ container: 'AA01' })).path
    await truncateBy(raw, 10)
    const cut = await readArchive(raw)
    expect(codes(cut)).toEqual(['bad-entries'])
    expect(cut.problems[0].message).toContain('the entry stream ends inside entry')
  })

  it('says honestly when it cannot decode a compression', async () => {
    const { path } = await write({ compression: 'stored' })
    await overwrite(path, 0, Buffer.from('pbzz'))
    const r = await readArchive(path)
    expect(r.problems).toEqual([
      expect.objectContaining({ code: 'not-decoded', severity: 'warning' })
    ])
    expect(r.problems[0].message).toContain("compressed with zlib ('pbzz')")
    expect(r.manifest).toBeUndefined()
    expect(r.complete).toBe(false)
    expect(r.blocks).toBeGreaterThan(1)
    expect(r.sha256).toBe(await sha256File(path))
  })

  it('reports files that are no archive it can read, or hold no blocks', async () => {
    const header = Buffer.alloc(12)
    header.write('pbze', 0, 'latin1')
    header.writeBigUInt64BE(1048576n, 4)
    const huge = Buffer.from(header)
    huge.writeBigUInt64BE(1n << 30n, 4)
    const cases: [string, Buffer, string, string][] = [
      ['empty', Buffer.alloc(0), 'not-an-archive', "starts with ''"],
      ['json', Buffer.from('{"assetPackID":"x"}'), 'not-an-archive', "starts with '{\"as'"],
      ['header only', header, 'bad-container', 'holds no blocks'],
      [
        'a short block header',
        Buffer.concat([header, Buffer.alloc(5)]),
        'bad-container',
        'after its 12-byte header'
      ],
      [
        'huge blocks',
        Buffer.concat([huge, Buffer.alloc(20)]),
        'not-decoded',
        'more than this check decodes'
      ]
    ]
    for (const [name, bytes, code, text] of cases) {
      const path = join(dir, `${name}.aar`)
      await writeFile(path, bytes)
      const r = await readArchive(path)
      expect({ name, codes: codes(r) }).toEqual({ name, codes: expect.arrayContaining([code]) })
      expect(r.problems.find(p => p.code === code)!.message).toContain(text)
      expect(r.sha256).toBe(await sha256File(path))
    }
  })

  it('stops when the signal aborts', async () => {
    const { path } = await write()
    const controller = new AbortController()
    controller.abort()
    await expect(readArchive(path, { signal: controller.signal })).rejects.toThrow(/abort/i)
    // Aborted mid-read, with the hashing thread running: it stops and the thread ends.
    const late = new AbortController()
    const reading = readArchive(path, { signal: late.signal, hashThread: true })
    setImmediate(() => late.abort())
    await expect(reading).rejects.toThrow(/abort/i)
  })
})
