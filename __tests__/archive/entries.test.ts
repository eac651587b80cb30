import fc from 'fast-check'
import { entryHeader } from '../../__fixtures__/aar.js'
import {
  type ArchiveEntry,
  EntryStreamError,
  EntryWalker
} from '../../src/engine/archive/entries.js'

/** An entry header built field by field: [key+type, value bytes]. */
function header(fields: [string, Uint8Array | number[]][], magic = 'AA01'): Buffer {
  const body = Buffer.concat(
    fields.map(([k, v]) => Buffer.concat([Buffer.from(k, 'latin1'), Buffer.from(v)]))
  )
  const h = Buffer.alloc(6)
  h.write(magic, 0, 'latin1')
  h.writeUInt16LE(body.length + 6, 4)
  return Buffer.concat([h, body])
}
const u16 = (n: number) => [n & 0xff, n >> 8]
const str = (s: string) => [...u16(Buffer.byteLength(s)), ...Buffer.from(s)]

const MANIFEST = Buffer.from('{"assetPackID":"Levels"}')
/** root dir, Manifest.json, Contents/, a file: a valid stream of the fixture writer's entries. */
const STREAM = Buffer.concat([
  entryHeader('', undefined, 0),
  entryHeader('Manifest.json', MANIFEST.length, 0),
  MANIFEST,
  entryHeader('Contents', undefined, 0),
  entryHeader('Contents/a.bin', 300, 0),
  Buffer.alloc(300, 7)
])

function walk(stream: Uint8Array, pieces: number[] = [stream.length]) {
  const seen: ArchiveEntry[] = []
  const w = new EntryWalker({ onEntry: e => seen.push(e) })
  let at = 0
  for (const n of pieces) {
    w.push(stream.subarray(at, at + n))
    at += n
  }
  w.push(stream.subarray(at))
  w.finish()
  return { w, seen }
}

function walkError(stream: Uint8Array): EntryStreamError {
  try {
    walk(stream)
  } catch (e) {
    expect(e).toBeInstanceOf(EntryStreamError)
    return e as EntryStreamError
  }
  throw new Error('expected an EntryStreamError')
}

describe('EntryWalker', () => {
  it('walks the entries and returns the root manifest, however the bytes are split', () => {
    for (let cut = 0; cut <= STREAM.length; cut += 7) {
      const { w, seen } = walk(STREAM, [cut, 1, 3])
      expect(seen.map(e => [e.type, e.path, e.dataSize])).toEqual([
        ['D', '', 0],
        ['F', 'Manifest.json', MANIFEST.length],
        ['D', 'Contents', 0],
        ['F', 'Contents/a.bin', 300]
      ])
      expect(Buffer.from(w.manifest!.bytes).equals(MANIFEST)).toBe(true)
      expect(w.manifestRead).toBe(true)
      expect(w.offset).toBe(STREAM.length)
    }
  })

  it('reads every field type, YAA1 entries, and a DAT that follows another blob', () => {
    const data = Buffer.from('{"a":1}')
    const stream = Buffer.concat([
      header(
        [
          ['TYP1', [0x46]],
          ['PAT', []],
          ['FLG*', []],
          ['UID2', u16(501)],
          ['MOD4', [0, 0, 0, 0]],
          ['INO8', [1, 0, 0, 0, 0, 0, 0, 0]],
          ['CKSF', [1, 2, 3, 4]],
          ['SH1G', Array(20).fill(1)],
          ['SH2H', Array(32).fill(2)],
          ['SH3I', Array(48).fill(3)],
          ['SH5J', Array(64).fill(5)],
          ['BTMS', Array(8).fill(0)],
          ['MTMT', Array(12).fill(0)],
          ['XATA', u16(5)],
          ['DATB', [data.length, 0, 0, 0]]
        ].map(([k, v]) => (k === 'PAT' ? ['PATP', str('./manifest.json')] : [k, v])) as [
          string,
          number[]
        ][],
        'YAA1'
      ),
      Buffer.from('xattr'),
      data
    ])
    const { w, seen } = walk(stream, [40, 200])
    expect(seen[0]).toMatchObject({ type: 'F', path: './manifest.json', dataSize: 5 + data.length })
    expect(w.manifest?.path).toBe('./manifest.json')
    expect(Buffer.from(w.manifest!.bytes).toString()).toBe('{"a":1}')
  })

  it('takes no directory, and no entry below the root, as the manifest', () => {
    const stream = Buffer.concat([
      entryHeader('Manifest.json', undefined, 0),
      entryHeader('Contents/Manifest.json', 2, 0),
      Buffer.from('{}')
    ])
    expect(walk(stream).w.manifest).toBeUndefined()
  })

  it('refuses a stream that does not parse, saying which entry and where', () => {
    const bad = (fields: [string, number[]][]) =>
      Buffer.concat([entryHeader('', undefined, 0), header(fields)])
    const first = entryHeader('', undefined, 0).length
    const cases: [string, Buffer, RegExp][] = [
      [
        'a bad magic',
        Buffer.concat([entryHeader('', undefined, 0), Buffer.from('AB01\x06\x00')]),
        /entry 1 .* starts with 41 42 30 31/
      ],
      ['an unknown type', bad([['TYPZ', [1]]]), /field TYP of unknown type/],
      ['a bad key', bad([['ty\x001', [1]]]), /field key/],
      ['a field past the header', bad([['SH2H', [1, 2, 3]]]), /runs past its 13-byte header/],
      ['a string past the header', bad([['PATP', [9, 0, 65]]]), /runs past/],
      [
        'a header below 6 bytes',
        Buffer.concat([entryHeader('', undefined, 0), Buffer.from('AA01\x05\x00')]),
        /header of 5 bytes/
      ],
      [
        'a stream cut inside a header',
        STREAM.subarray(0, first + 3),
        /ends inside entry 1 .* in its header/
      ],
      [
        'a stream cut inside the data',
        STREAM.subarray(0, STREAM.length - 1),
        /ends inside entry 3 .* its data \(1 bytes missing\)/
      ]
    ]
    for (const [what, stream, message] of cases) {
      const e = walkError(stream)
      expect({ what, message: e.message }).toEqual({
        what,
        message: expect.stringMatching(message)
      })
    }
    const cut = walkError(STREAM.subarray(0, first + 3))
    expect(cut.offset).toBe(first + 3)
    expect(cut.message).toContain(`ends inside entry 1 (at byte ${first} of the decoded stream)`)
  })

  it('notes a second manifest and one over the limit', () => {
    const two = Buffer.concat([STREAM, entryHeader('MANIFEST.JSON', 2, 0), Buffer.from('{}')])
    expect(walk(two).w.notes.map(n => n.code)).toEqual(['duplicate-manifest'])
    const w = new EntryWalker({ manifestLimit: 10 })
    w.push(STREAM)
    expect(w.notes.map(n => n.code)).toEqual(['manifest-too-large'])
    expect(w.manifest).toBeUndefined()
  })

  it('never throws anything but EntryStreamError, whatever the bytes and the split', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { maxLength: 6 }),
        fc.array(fc.nat({ max: 300 }), { maxLength: 5 }),
        fc.uint8Array({ maxLength: 64 }),
        (flips, pieces, tail) => {
          const stream = Buffer.concat([STREAM, tail])
          for (const [at, x] of flips) stream[at % stream.length] ^= x
          try {
            walk(stream, pieces)
          } catch (e) {
            if (!(e instanceof EntryStreamError)) throw e
          }
        }
      ),
      { numRuns: 500, seed: 20261201 }
    )
  })
})
