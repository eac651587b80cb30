import { createHash } from 'node:crypto'
import { generatedBytes } from '../../__fixtures__/aar.js'
import { encodeLzfseStream, encodeLzvn } from '../../__fixtures__/lzvn-encode.js'
import { LzfseError } from '../../src/engine/archive/errors.js'
import { decodeLzfse } from '../../src/engine/archive/lzfse.js'
import { END, fixtureBlocks, LZVN_EOS, lzvnBlock, rawBlock, splitStream, toV1 } from './blocks.js'

/** Decodes into a buffer of exactly `size` bytes; returns the bytes. */
function decode(input: Uint8Array, size: number): Buffer {
  const out = Buffer.alloc(size)
  expect(decodeLzfse(input, out)).toBe(size)
  return out
}

function decodeError(input: Uint8Array, size: number): LzfseError {
  try {
    decodeLzfse(input, new Uint8Array(size))
  } catch (e) {
    expect(e).toBeInstanceOf(LzfseError)
    return e as LzfseError
  }
  throw new Error('expected an LzfseError')
}

const text = (size: number) => {
  const words = ['asset', 'pack', 'level', 'texture', 'mesh', 'sound', '{"id":', '42}', '\n']
  let s = ''
  for (let i = 0; s.length < size; i = (i * 7 + 3) % 97) s += words[i % words.length] + ' '
  return Buffer.from(s.slice(0, size))
}

describe('decodeLzfse on the reference codec’s output (Tutorial-lzfse.aar)', () => {
  const blocks = fixtureBlocks()

  it('decodes every block (bvx2) to its declared size, as one AA01 entry stream', () => {
    expect(blocks.length).toBe(4)
    const decoded = blocks.map(b => {
      expect(splitStream(b.payload).map(s => s.magic)).toContain('bvx2')
      return decode(b.payload, b.raw)
    })
    const stream = Buffer.concat(decoded)
    expect(stream.toString('latin1', 0, 4)).toBe('AA01')
    const text = stream.toString('latin1')
    expect(text).toContain('Manifest.json')
    expect(text).toContain('"assetPackID": "Tutorial"')
    expect(text).toContain('Contents/Videos/Introduction.m4v')
  })

  it('decodes the whole fixture to the same bytes as ever (a guard for the hot loop)', () => {
    // Recorded from this decoder, whose output walks as one AA01 stream with every entry's
    // sizes adding up (read-archive.test.ts): a rewrite of the loop must not change a byte.
    const hash = createHash('sha256')
    let bytes = 0
    for (const b of blocks) {
      const out = decode(b.payload, b.raw)
      hash.update(out)
      bytes += out.length
    }
    expect(bytes).toBe(3_172_287)
    expect(hash.digest('hex')).toBe(
      '904bd2f7169d1ca7aa5a3bf6496b9917c8ecddb4350b41c87e8a3d3d83cd7cc7'
    )
  })

  it('decodes the same blocks with v1 headers (uncompressed tables) to the same bytes', () => {
    for (const b of blocks) {
      const parts = splitStream(b.payload).map(s =>
        s.magic === 'bvx2' ? toV1(b.payload, s.start) : b.payload.subarray(s.start, s.end)
      )
      const v1 = Buffer.concat(parts)
      expect(v1.includes('bvx1')).toBe(true)
      expect(decode(v1, b.raw).equals(decode(b.payload, b.raw))).toBe(true)
    }
  })

  it('refuses a block whose output would not fit, or would fall short', () => {
    const b = blocks[3]
    expect(decodeError(b.payload, b.raw - 1).reason).toBe('output-overflow')
    // A larger output is allowed (the caller compares the count): 26559 bytes, not 26560.
    expect(decodeLzfse(b.payload, new Uint8Array(b.raw + 1))).toBe(b.raw)
  })

  it('finds damage in the frequency tables, the literal and the match streams', () => {
    const b = blocks[0]
    const [first] = splitStream(b.payload)
    // The header size itself, out of range.
    const badSize = Buffer.from(b.payload)
    badSize.writeUInt32LE(20, first.start + 24)
    expect(decodeError(badSize, b.raw).reason).toBe('bad-header')
    // The last bytes of the block's match stream: its final state bits no longer add up.
    let reasons = new Set<string>()
    for (let i = 1; i <= 64; i++) {
      const damaged = Buffer.from(b.payload)
      damaged[first.end - i] ^= 0xa5
      try {
        decodeLzfse(damaged, new Uint8Array(b.raw))
      } catch (e) {
        expect(e).toBeInstanceOf(LzfseError)
        reasons.add((e as LzfseError).reason)
      }
    }
    expect(
      [...reasons].every(r => ['bad-payload', 'output-overflow', 'size-mismatch'].includes(r))
    ).toBe(true)
    expect(reasons.size).toBeGreaterThan(0)
    reasons = new Set()
    // Frequencies: bytes 32… of the header.
    for (let i = 32; i < 60; i++) {
      const damaged = Buffer.from(b.payload)
      damaged[first.start + i] ^= 0xff
      try {
        decodeLzfse(damaged, new Uint8Array(b.raw))
      } catch (e) {
        reasons.add((e as LzfseError).reason)
      }
    }
    expect(reasons.has('bad-header')).toBe(true)
  })
})

describe('decodeLzfse on raw and LZVN blocks', () => {
  it('copies a bvx- block, and joins blocks in order', () => {
    const a = generatedBytes(3, 'a', 5000)
    const b = text(70_000)
    const stream = Buffer.concat([rawBlock(a), encodeLzfseStream(b).subarray(0, -4), END])
    expect(decode(stream, a.length + b.length).equals(Buffer.concat([a, b]))).toBe(true)
  })

  it('lets an LZVN match reach back into an earlier block of the same stream', () => {
    // sml_d: no literal, match of 8 at distance 8 (opcode 0b00_101_000, distance byte 8).
    const lzvn = Buffer.concat([Buffer.from([0b00101000, 8]), LZVN_EOS])
    const stream = Buffer.concat([rawBlock(Buffer.from('abcdefgh')), lzvnBlock(8, lzvn), END])
    expect(decode(stream, 16).toString()).toBe('abcdefghabcdefgh')
  })

  it.each([
    ['text', text(1 << 20)],
    ['random', generatedBytes(7, 'r', 300_000)],
    ['zeros', Buffer.alloc(200_000)],
    ['one byte', Buffer.from('x')],
    ['empty', Buffer.alloc(0)],
    ['a short period', Buffer.from('abc'.repeat(10_000))]
  ])('round-trips %s through the test encoder', (_, bytes) => {
    expect(decode(encodeLzfseStream(bytes), bytes.length).equals(bytes)).toBe(true)
  })

  it('refuses each kind of damage with its reason and where it is', () => {
    const lzvn = (...bytes: number[]) => Buffer.concat([Buffer.from(bytes), LZVN_EOS])
    const cases: [string, Buffer, number, string, number][] = [
      ['no end block', rawBlock(Buffer.from('ab')), 2, 'truncated', 10],
      ['a bad magic', Buffer.from('bvx?xxxxxxxx'), 0, 'bad-magic', 0],
      ['bytes after the end', Buffer.concat([END, Buffer.from('z')]), 0, 'trailing-data', 4],
      [
        'a raw block past the data',
        Buffer.concat([Buffer.from('bvx-'), Buffer.from([9, 0, 0, 0]), Buffer.from('abc')]),
        9,
        'truncated',
        0
      ],
      [
        'a match before the start',
        Buffer.concat([lzvnBlock(3, lzvn(0b00000000, 1)), END]),
        3,
        'bad-payload',
        12
      ],
      ['an undefined opcode', Buffer.concat([lzvnBlock(3, lzvn(0x70)), END]), 3, 'bad-payload', 12],
      // A literal of 3 ('abc') declared as 2 bytes of output.
      [
        'more output than declared',
        Buffer.concat([lzvnBlock(2, lzvn(0xe3, 97, 98, 99)), END]),
        3,
        'output-overflow',
        12
      ],
      [
        'less output than declared',
        Buffer.concat([lzvnBlock(4, lzvn(0xe3, 97, 98, 99)), END]),
        4,
        'size-mismatch',
        16
      ],
      [
        'an LZVN payload that ends early',
        Buffer.concat([
          lzvnBlock(3, Buffer.from([0xe3, 97, 98, 99, 6, 0, 0, 0, 0, 0, 0, 0, 0])),
          END
        ]),
        3,
        'bad-payload',
        16
      ],
      [
        'an LZVN payload cut inside an opcode',
        Buffer.concat([lzvnBlock(3, Buffer.from([0xe3, 97])), END]),
        3,
        'truncated',
        12
      ]
    ]
    for (const [what, input, size, reason, offset] of cases) {
      const e = decodeError(input, size)
      expect({ what, reason: e.reason, offset: e.offset }).toEqual({ what, reason, offset })
      expect(e.message).toMatch(/at byte \d+ of the LZFSE data/)
    }
  })

  it('refuses every truncation of a valid stream, never reading past it', () => {
    const stream = encodeLzfseStream(text(3000))
    for (let n = 0; n < stream.length; n++) {
      const e = decodeError(stream.subarray(0, n), 3000)
      expect(e.reason).toMatch(/truncated|bad-payload|size-mismatch/)
    }
  })

  it('decodes what the test encoder writes for a long literal-only stream', () => {
    const bytes = generatedBytes(9, 'x', 1000)
    const lzvn = encodeLzvn(bytes)
    expect(lzvn.length).toBeGreaterThan(bytes.length)
    expect(decode(Buffer.concat([lzvnBlock(1000, lzvn), END]), 1000).equals(bytes)).toBe(true)
  })
})
