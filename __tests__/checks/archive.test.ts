import { execFileSync } from 'node:child_process'
import { copyFile, mkdir, stat, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  appendBytes,
  copyFixture,
  corruptBlockHeader,
  fixturePath,
  listBlocks,
  makeTempDir,
  overwrite,
  truncateBy,
  truncateTo,
  writeAssetPackArchive,
  type ArchiveSpec
} from '../../__fixtures__/aar.js'
import { checkArchive } from '../../src/engine/checks/archive.js'

const KiB = 1024
const manifest = {
  assetPackID: 'Levels',
  downloadPolicy: { onDemand: {} },
  fileSelectors: [{ directory: 'Levels' }],
  platforms: ['iOS']
}
/** Several blocks: 64 KiB blocks around ~200 KiB of files. */
const spec: ArchiveSpec = {
  manifest,
  blockSize: 64 * KiB,
  files: {
    'Levels/1.bin': 150 * KiB,
    'Levels/2.bin': Buffer.from('level two'),
    'Videos/a.m4v': 50 * KiB
  }
}

let dir: string
let remove: () => Promise<void>
let n = 0
/** A fresh archive of `spec` in the temp dir. */
const fresh = async (s: ArchiveSpec = spec): Promise<string> => {
  const path = join(dir, `a${n++}.aar`)
  await writeAssetPackArchive(path, s)
  return path
}
const file = async (bytes: Uint8Array | string): Promise<string> => {
  const path = join(dir, `f${n++}.aar`)
  await writeFile(path, bytes)
  return path
}
const pbze = (blockSize: bigint, ...rest: Buffer[]): Buffer => {
  const header = Buffer.alloc(12)
  header.write('pbze', 'latin1')
  header.writeBigUInt64BE(blockSize, 4)
  return Buffer.concat([header, ...rest])
}

beforeAll(async () => ({ dir, remove } = await makeTempDir()))
afterAll(() => remove())

describe('checkArchive accepts', () => {
  test('the Tutorial fixture: pbze with LZFSE-compressed 1 MiB blocks', async () => {
    const path = fixturePath('Tutorial-lzfse.aar')
    const result = await checkArchive(path)
    expect(result).toEqual({
      archive: {
        path,
        size: 515012,
        format: 'pbze',
        compression: 'lzfse',
        blockSize: 1024 * 1024,
        blocks: 4
      },
      problems: []
    })
  })

  test('a fixture-writer archive of several stored blocks', async () => {
    const path = await fresh()
    const { blocks } = await listBlocks(path)
    expect(blocks.length).toBeGreaterThan(3)
    const result = await checkArchive(path)
    expect(result.problems).toEqual([])
    expect(result.archive).toEqual({
      path,
      size: (await stat(path)).size,
      format: 'pbze',
      compression: 'lzfse',
      blockSize: 64 * KiB,
      blocks: blocks.length
    })
  })

  test('an archive of exactly one full block', async () => {
    const path = await fresh({ manifest, files: {}, blockSize: 4 * KiB })
    const { blocks } = await listBlocks(path)
    const size = blocks.reduce((sum, b) => sum + b.raw, 0)
    const exact = await fresh({ manifest, files: {}, blockSize: size })
    const result = await checkArchive(exact)
    expect(result.archive).toMatchObject({ blocks: 1, blockSize: size })
  })

  test('a raw AA01 archive', async () => {
    const path = await fresh({ ...spec, container: 'AA01' })
    const result = await checkArchive(path)
    expect(result.problems).toEqual([])
    expect(result.archive).toEqual({
      path,
      size: (await stat(path)).size,
      format: 'AA01',
      compression: 'none'
    })
  })

  test('a symbolic link to an archive', async () => {
    const link = join(dir, 'link.aar')
    await symlink(fixturePath('Tutorial-lzfse.aar'), link)
    expect((await checkArchive(link)).archive?.blocks).toBe(4)
  })
})

/** Makes the bad file; returns its path. */
type Make = () => Promise<string>
const bad: [string, Make, RegExp][] = [
  [
    'a missing file',
    async () => join(dir, 'missing.aar'),
    /does not exist; expected the \.aar that xcrun ba-package wrote/
  ],
  [
    'a directory',
    async () => {
      await mkdir(join(dir, 'folder.aar'))
      return join(dir, 'folder.aar')
    },
    /is a directory; expected the \.aar .*, a single file/
  ],
  [
    'a symbolic link to a directory',
    async () => {
      await mkdir(join(dir, 'target-dir'), { recursive: true })
      await symlink(join(dir, 'target-dir'), join(dir, 'dirlink.aar'))
      return join(dir, 'dirlink.aar')
    },
    /is a directory \(a symbolic link to '.*target-dir'\); expected the \.aar/
  ],
  [
    'a dangling symbolic link',
    async () => {
      await symlink(join(dir, 'gone.aar'), join(dir, 'dangling.aar'))
      return join(dir, 'dangling.aar')
    },
    /is a symbolic link to '.*gone\.aar', which does not exist; expected the \.aar/
  ],
  [
    'a named pipe',
    async () => {
      execFileSync('mkfifo', [join(dir, 'pipe.aar')])
      return join(dir, 'pipe.aar')
    },
    /is a named pipe, not a file; expected the \.aar/
  ],
  ['an empty file', () => file(''), /is empty \(0 bytes\); expected the \.aar/],
  [
    'a JSON file',
    () => file('{"assetPackID": "x"}'),
    /first bytes are 7b 22 61 73 73 65 74 50 \("\{"assetP"\); expected 'pbze' \(70 62 7a 65.*raw 'AA01' archive\. This looks like JSON: were manifest-path and archive-path swapped\?/
  ],
  [
    'a ZIP file',
    () => file(Buffer.from('PK\x03\x04rest', 'latin1')),
    /first bytes are 50 4b 03 04.*expected 'pbze'.*This is a ZIP file/
  ],
  ['a file of 3 bytes', () => file('pbz'), /first bytes are 70 62 7a \("pbz"\); expected 'pbze'/],
  [
    'an encrypted archive',
    () => file(Buffer.from('AEA1' + '\0'.repeat(60), 'latin1')),
    /is an encrypted Apple Archive \(AEA1\): an encrypted archive is not an asset pack\. Package the pack with xcrun ba-package without encryption/
  ],
  [
    'an unknown pbz compression',
    () => file(pbze(1n << 20n).fill('q', 3, 4)),
    /unknown compression 'pbzq'; expected pbze \(LZFSE, what ba-package writes\), pbz4, pbzx, pbzz or pbzb/
  ],
  [
    'a short container header',
    () => file(Buffer.from('pbze\0\0\0\0', 'latin1')),
    /is 8 bytes, shorter than the 12-byte 'pbze' header: it is truncated; expected the complete file/
  ],
  [
    'a block size of 0',
    () => file(pbze(0n, Buffer.alloc(16))),
    /block size of 0 bytes in its header; expected 1 to 4294967296 \(ba-package writes 1048576\)/
  ],
  [
    'a huge block size',
    () => file(pbze(1n << 40n, Buffer.alloc(16))),
    /block size of 1099511627776 bytes/
  ],
  [
    'a header and no blocks',
    () => file(pbze(1n << 20n)),
    /holds no blocks, only the 12-byte header; expected at least one/
  ],
  [
    'a last block cut short',
    async () => {
      const path = await fresh()
      await truncateBy(path, 100)
      return path
    },
    /is truncated: block \d+ \(header at offset \d+\) declares \d+ stored bytes, but only \d+ remain \(100 missing\); expected a complete file/
  ],
  [
    'the Tutorial cut by one byte',
    async () => {
      const path = await copyFixture('Tutorial-lzfse.aar', dir, `t${n++}.aar`)
      await truncateBy(path, 1)
      return path
    },
    /is truncated: block 3 \(header at offset 510389\) declares 4607 stored bytes, but only 4606 remain \(1 missing\)/
  ],
  [
    'a file cut inside a block header',
    async () => {
      const path = await fresh()
      const { blocks } = await listBlocks(path)
      await truncateTo(path, blocks[2].offset + 5)
      return path
    },
    /ends with 5 bytes at offset \d+, after block 1: too few for a block header \(16 bytes\); expected the blocks to end exactly at the end of the file: it is truncated or has trailing bytes/
  ],
  [
    'a few trailing bytes',
    async () => {
      const path = await fresh()
      await appendBytes(path, Buffer.from('garbage'))
      return path
    },
    /ends with 7 bytes at offset \d+, after block \d+: .*truncated or has trailing bytes/
  ],
  [
    'trailing zero bytes',
    async () => {
      const path = await fresh()
      await appendBytes(path, Buffer.alloc(40))
      return path
    },
    /has a damaged block \d+ .*raw size 0, stored size 0; expected both above 0 \(or, if the archive ended at offset \d+, 40 bytes follow it\)/
  ],
  [
    'a raw size above the block size',
    async () => {
      const path = await fresh()
      await corruptBlockHeader(path, 1)
      return path
    },
    /has a damaged block 1 \(header at offset \d+\): it holds 65537 bytes, more than the block size 65536 in the file's header; expected at most 65536/
  ],
  [
    'a stored size above the raw size',
    async () => {
      const path = await fresh()
      await corruptBlockHeader(path, 2, { raw: 1000, stored: 1001 })
      return path
    },
    /has a damaged block 2 .*: 1001 bytes stored for 1000 bytes of data; expected at most 1000/
  ],
  [
    'a stored size of 0',
    async () => {
      const path = await fresh()
      await corruptBlockHeader(path, 0, { stored: 0 })
      return path
    },
    /has a damaged block 0 \(header at offset 12\): raw size 65536, stored size 0; expected both above 0/
  ],
  [
    'a last block whose stored size passes the end',
    async () => {
      const path = await fresh()
      const { blocks } = await listBlocks(path)
      await corruptBlockHeader(path, blocks.length - 1, { raw: 65536, stored: 65536 })
      return path
    },
    /is truncated: block \d+ \(header at offset \d+\) declares 65536 stored bytes, but only \d+ remain/
  ],
  [
    'a stored first block that is not an entry',
    async () => {
      const path = await fresh()
      await overwrite(path, 12 + 16, Buffer.from('XXXX'))
      return path
    },
    /has an uncompressed first block that starts with 58 58 58 58 \("XXXX"\); expected an Apple Archive entry \('AA01'\)/
  ],
  [
    'a compressed first block that is not LZFSE',
    async () => {
      const path = await copyFixture('Tutorial-lzfse.aar', dir, `t${n++}.aar`)
      await overwrite(path, 12 + 16, Buffer.from('zzzz'))
      return path
    },
    /has a first block that starts with 7a 7a 7a 7a \("zzzz"\); expected LZFSE data \('bvx'\)/
  ],
  [
    'a raw archive with a header size below 6',
    () => file(Buffer.from('AA01\x03\x00TYP1F', 'latin1')),
    /has a first 'AA01' entry whose header size is 3; expected at least 6/
  ],
  [
    'a raw archive shorter than its first header',
    () => file(Buffer.from('YAA1\x40\x00TYP1', 'latin1')),
    /has a first 'YAA1' entry of 64 header bytes, but the file has 10: it is truncated; expected the complete file/
  ],
  [
    'a raw archive with a nonsense first field',
    () => file(Buffer.from('AA01\x0a\x00ty!?', 'latin1')),
    /first field is 74 79 21 3f \("ty!\?"\); expected a field such as 'TYP1'/
  ],
  [
    'a raw archive of 5 bytes',
    () => file('AA01\x07'),
    /is 5 bytes, too short for its first 'AA01' entry header: it is truncated/
  ]
]

describe('checkArchive refuses', () => {
  test.each(bad)('%s', async (_name, make, message) => {
    const path = await make()
    const result = await checkArchive(path)
    expect(result.archive).toBeUndefined()
    expect(result.problems).toHaveLength(1)
    const [problem] = result.problems
    expect(problem.input).toBe('archive-path')
    expect(problem.file).toBe(path)
    expect(problem.message).toMatch(message)
    expect(problem.message).toContain(`'${path}'`)
    expect(problem.message).toMatch(/expected|Package the pack/)
  })

  test('names the input it is given', async () => {
    const result = await checkArchive(join(dir, 'nothing.aar'), 'archive')
    expect(result.problems[0].input).toBe('archive')
  })

  test('a copy of a good archive stays good (the damage above is real)', async () => {
    const path = join(dir, 'copy.aar')
    await copyFile(fixturePath('Tutorial-lzfse.aar'), path)
    expect((await checkArchive(path)).problems).toEqual([])
  })
})

test('walks 2048 blocks quickly, reading only headers', async () => {
  const path = await fresh({ manifest, files: { 'big.bin': 8 * 1024 * KiB }, blockSize: 4 * KiB })
  const started = performance.now()
  const result = await checkArchive(path)
  const elapsed = performance.now() - started
  expect(result.archive?.blocks).toBeGreaterThan(2048)
  expect(elapsed).toBeLessThan(2000)
})
