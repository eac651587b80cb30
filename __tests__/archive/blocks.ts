// Helpers for the decoder tests: the shared fixture's container blocks, and LZFSE streams built
// by hand (raw blocks, LZVN blocks, v1 headers made from the fixture's v2 ones).
import { readFileSync } from 'node:fs'
import { fixturePath } from '../../__fixtures__/aar.js'

export interface FixtureBlock {
  raw: number
  payload: Buffer
}

/** The pbze blocks of Tutorial-lzfse.aar (each an LZFSE stream made by Apple's reference codec). */
export function fixtureBlocks(): FixtureBlock[] {
  const file = readFileSync(fixturePath('Tutorial-lzfse.aar'))
  const blocks: FixtureBlock[] = []
  for (let at = 12; at < file.length;) {
    const raw = Number(file.readBigUInt64BE(at))
    const stored = Number(file.readBigUInt64BE(at + 8))
    blocks.push({ raw, payload: file.subarray(at + 16, at + 16 + stored) })
    at += 16 + stored
  }
  return blocks
}

const magic = (m: string) => Buffer.from(m, 'latin1')
const u32 = (n: number) => {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(n)
  return b
}

export const END = magic('bvx$')

/** A `bvx-` block holding `bytes`. */
export function rawBlock(bytes: Uint8Array): Buffer {
  return Buffer.concat([magic('bvx-'), u32(bytes.length), bytes])
}

/** A `bvxn` block: declared raw size and the LZVN payload as given. */
export function lzvnBlock(raw: number, payload: Uint8Array): Buffer {
  return Buffer.concat([magic('bvxn'), u32(raw), u32(payload.length), payload])
}

/** The LZVN end-of-stream opcode. */
export const LZVN_EOS = Buffer.from([6, 0, 0, 0, 0, 0, 0, 0])

/** Splits an LZFSE stream into its blocks: [magic, start, end] (v2, LZVN, raw and end only). */
export function splitStream(stream: Buffer): { magic: string; start: number; end: number }[] {
  const out = []
  for (let at = 0; at < stream.length;) {
    const m = stream.toString('latin1', at, at + 4)
    let end: number
    if (m === 'bvx$') end = at + 4
    else if (m === 'bvx-') end = at + 8 + stream.readUInt32LE(at + 4)
    else if (m === 'bvxn') end = at + 12 + stream.readUInt32LE(at + 8)
    else if (m === 'bvx2') {
      const w0 = stream.readBigUInt64LE(at + 8)
      const w1 = stream.readBigUInt64LE(at + 16)
      const w2 = stream.readBigUInt64LE(at + 24)
      const literalBytes = Number((w0 >> 20n) & 0xfffffn)
      const lmdBytes = Number((w1 >> 40n) & 0xfffffn)
      end = at + Number(w2 & 0xffffffffn) + literalBytes + lmdBytes
    } else throw new Error(`unexpected block ${m} at ${at}`)
    out.push({ magic: m, start: at, end })
    at = end
  }
  return out
}

/**
 * The same LZFSE block with a v1 header (uncompressed tables): the v2 fields unpacked by hand
 * (bit layout from the format), the frequency code decoded by a separate small reader.
 */
export function toV1(stream: Buffer, start: number): Buffer {
  const w = [8, 16, 24].map(i => stream.readBigUInt64LE(start + i))
  const f = (word: number, offset: number, bits: number) =>
    Number((w[word] >> BigInt(offset)) & ((1n << BigInt(bits)) - 1n))
  const headerSize = f(2, 0, 32)
  const literalBytes = f(0, 20, 20)
  const lmdBytes = f(1, 40, 20)
  const freq = readFreq(stream.subarray(start + 32, start + headerSize))
  const h = Buffer.alloc(772)
  h.write('bvx1', 0, 'latin1')
  h.writeUInt32LE(stream.readUInt32LE(start + 4), 4)
  h.writeUInt32LE(literalBytes + lmdBytes, 8)
  h.writeUInt32LE(f(0, 0, 20), 12)
  h.writeUInt32LE(f(0, 40, 20), 16)
  h.writeUInt32LE(literalBytes, 20)
  h.writeUInt32LE(lmdBytes, 24)
  h.writeInt32LE(f(0, 60, 3) - 7, 28)
  for (let i = 0; i < 4; i++) h.writeUInt16LE(f(1, 10 * i, 10), 32 + 2 * i)
  h.writeInt32LE(f(1, 60, 3) - 7, 40)
  h.writeUInt16LE(f(2, 32, 10), 44)
  h.writeUInt16LE(f(2, 42, 10), 46)
  h.writeUInt16LE(f(2, 52, 10), 48)
  freq.forEach((v, i) => h.writeUInt16LE(v, 50 + 2 * i))
  return Buffer.concat([
    h,
    stream.subarray(start + headerSize, start + headerSize + literalBytes + lmdBytes)
  ])
}

/** The v2 frequency code as a bit string read from the low bit: a prefix code per value. */
function readFreq(bytes: Buffer): number[] {
  const values: number[] = []
  if (bytes.length === 0) return Array<number>(360).fill(0)
  let bits = ''
  for (const b of bytes) bits += b.toString(2).padStart(8, '0').split('').reverse().join('')
  let p = 0
  const take = (n: number) => {
    const s = bits.slice(p, p + n)
    p += n
    return parseInt(s.split('').reverse().join(''), 2)
  }
  while (values.length < 360) {
    if (bits[p] === '0') values.push(take(2) >> 1)
    else if (bits[p + 1] === '0') values.push(2 + (take(3) >> 2))
    else if (bits[p + 2] === '0') values.push(4 + (take(5) >> 3))
    else if (bits[p + 3] === '0') values.push(8 + (take(8) >> 4))
    else values.push(24 + (take(14) >> 4))
  }
  return values
}
