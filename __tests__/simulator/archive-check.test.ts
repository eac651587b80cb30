import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { findManifestEntry, inspectArchive } from '../../src/simulator/archive-check.js'
import { aa01Stream, storedContainer } from './helpers/archive.js'
import { MANIFEST } from './helpers/client.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'archive-check-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

async function inspect(bytes: Buffer) {
  const file = path.join(dir, `a-${Math.random()}.aar`)
  await writeFile(file, bytes)
  return inspectArchive(file, bytes.length)
}

test('reads Manifest.json from stored blocks, across block boundaries, for every pbz algorithm', async () => {
  const stream = aa01Stream(MANIFEST, { 'Contents/big.bin': 'x'.repeat(5000) })
  for (const alg of ['e', '4', 'x', 'z', 'b']) {
    const r = await inspect(storedContainer(stream, alg, 100))
    expect(r.errors).toEqual([])
    expect(r.manifest).toMatchObject({ assetPackID: 'Tutorial', toolsVersion: '1.0' })
  }
})

test('reads a raw AA01 (and legacy YAA1) stream', async () => {
  expect((await inspect(aa01Stream(MANIFEST))).manifest).toMatchObject({ assetPackID: 'Tutorial' })
  const yaa = aa01Stream(MANIFEST)
  for (let i = 0; i + 4 <= yaa.length; i++) {
    if (yaa.subarray(i, i + 4).toString('latin1') === 'AA01') yaa.write('YAA1', i, 'latin1')
  }
  expect((await inspect(yaa)).manifest).toMatchObject({ assetPackID: 'Tutorial' })
})

test('compressed blocks are checked for structure only', async () => {
  const stored = storedContainer(aa01Stream(MANIFEST), 'e', 64)
  // Mark the first block as compressed (raw size larger than stored size).
  stored.writeBigUInt64BE(stored.readBigUInt64BE(12) + 10n, 12)
  const r = await inspect(stored)
  expect(r).toEqual({ errors: [] })
})

test.each<[string, (b: Buffer) => Buffer, RegExp]>([
  [
    'a wrong magic',
    b => Buffer.concat([Buffer.from('RIFF'), b.subarray(4)]),
    /not an Apple Archive/
  ],
  ['an encrypted archive', b => Buffer.concat([Buffer.from('AEA1'), b.subarray(4)]), /encrypted/],
  ['a cut block', b => b.subarray(0, b.length - 3), /broken block/],
  ['a cut block header', b => b.subarray(0, 20), /truncated/],
  ['trailing bytes', b => Buffer.concat([b, Buffer.alloc(5)]), /truncated/],
  [
    'a zero-size stored block',
    b => {
      const c = Buffer.from(b)
      c.writeBigUInt64BE(0n, 20)
      return c
    },
    /broken block/
  ]
])('refuses %s', async (_name, change, message) => {
  const r = await inspect(change(storedContainer(aa01Stream(MANIFEST), 'e', 64)))
  expect(r.errors).toEqual([
    { code: 'ASSET_PACK_INVALID_ARCHIVE', description: expect.stringMatching(message) }
  ])
})

test('an archive without Manifest.json, or with a broken one', async () => {
  expect(findManifestEntry(Buffer.from('AA01'))).toBeUndefined()
  const noManifest = aa01Stream(MANIFEST).subarray(0, 6 + 20) // just the root entry, truncated
  expect(findManifestEntry(noManifest)).toBeUndefined()
  const broken = Buffer.from(
    aa01Stream(MANIFEST).toString('latin1').replace('"assetPackID"', '{assetPackID"'),
    'latin1'
  )
  expect((await inspect(broken)).errors[0]?.description).toMatch(/not valid JSON/)
})
