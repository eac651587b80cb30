import { LzfseError } from './errors.js'
import {
  D_STATES,
  D_SYMBOLS,
  frequenciesFit,
  L_STATES,
  L_SYMBOLS,
  LITERAL_STATES,
  LITERAL_SYMBOLS,
  M_STATES,
  M_SYMBOLS
} from './fse.js'

/** Most matches and literals one LZFSE block may hold (the encoder's limits). */
export const MAX_MATCHES = 10_000
export const MAX_LITERALS = 4 * MAX_MATCHES

const SYMBOLS = L_SYMBOLS + M_SYMBOLS + D_SYMBOLS + LITERAL_SYMBOLS
/** A v1 header: 7 u32, i32 literal bits, 4 u16 literal states, i32 LMD bits, 3 u16 states, the
 * frequency tables as u16, padded to a multiple of 4. */
export const V1_HEADER_SIZE = 772
/** A v2 header's fixed part: magic, raw size, three packed u64; then the coded frequencies. */
const V2_FIXED_SIZE = 32
const V2_MAX_SIZE = V2_FIXED_SIZE + Math.ceil((SYMBOLS * 14) / 8)

/** An LZFSE (v1 or v2) block header, decoded. */
export interface LzfseBlockHeader {
  headerSize: number
  rawBytes: number
  literals: number
  literalPayloadBytes: number
  matches: number
  lmdPayloadBytes: number
  /** Bits of the last byte of each payload the encoder left unused, as 0 to -7. */
  literalBits: number
  lmdBits: number
  literalStates: [number, number, number, number]
  lState: number
  mState: number
  dState: number
  /** All four frequency tables, one after the other (L, M, D, literals). */
  freq: Uint16Array
}

/** Where the payload of the block whose header starts at `at` ends. */
export function payloadEnd(at: number, h: LzfseBlockHeader): number {
  return at + h.headerSize + h.literalPayloadBytes + h.lmdPayloadBytes
}

/** The L, M, D and literal tables' slices of `freq`. */
export function tables(freq: Uint16Array) {
  const m = L_SYMBOLS
  const d = m + M_SYMBOLS
  const lit = d + D_SYMBOLS
  return {
    l: freq.subarray(0, m),
    m: freq.subarray(m, d),
    d: freq.subarray(d, lit),
    literal: freq.subarray(lit, lit + LITERAL_SYMBOLS)
  }
}

/** Reads the v1 header at `at` (uncompressed tables). */
export function readV1Header(src: Uint8Array, at: number, end: number): LzfseBlockHeader {
  if (end - at < V1_HEADER_SIZE) throw truncatedHeader(at, 'v1')
  const view = new DataView(src.buffer, src.byteOffset + at, V1_HEADER_SIZE)
  const u32 = (i: number) => view.getUint32(i, true)
  const u16 = (i: number) => view.getUint16(i, true)
  const freq = new Uint16Array(SYMBOLS)
  for (let i = 0; i < SYMBOLS; i++) freq[i] = u16(50 + 2 * i)
  return check(
    {
      headerSize: V1_HEADER_SIZE,
      rawBytes: u32(4),
      literals: u32(12),
      matches: u32(16),
      literalPayloadBytes: u32(20),
      lmdPayloadBytes: u32(24),
      literalBits: view.getInt32(28, true),
      literalStates: [u16(32), u16(34), u16(36), u16(38)],
      lmdBits: view.getInt32(40, true),
      lState: u16(44),
      mState: u16(46),
      dState: u16(48),
      freq
    },
    at
  )
}

/** Reads the v2 header at `at` (fields packed in three u64, frequencies in a prefix code). */
export function readV2Header(src: Uint8Array, at: number, end: number): LzfseBlockHeader {
  if (end - at < V2_FIXED_SIZE) throw truncatedHeader(at, 'v2')
  const view = new DataView(src.buffer, src.byteOffset + at, V2_FIXED_SIZE)
  const packed = [8, 16, 24].map(i => view.getBigUint64(i, true))
  const field = (word: number, offset: number, bits: number) =>
    Number((packed[word] >> BigInt(offset)) & ((1n << BigInt(bits)) - 1n))
  const headerSize = field(2, 0, 32)
  if (headerSize < V2_FIXED_SIZE || headerSize > V2_MAX_SIZE) {
    throw new LzfseError(
      'bad-header',
      at,
      `an LZFSE v2 block header declares ${headerSize} bytes; expected ${V2_FIXED_SIZE} to ${V2_MAX_SIZE}`
    )
  }
  if (end - at < headerSize) throw truncatedHeader(at, 'v2')
  return check(
    {
      headerSize,
      rawBytes: view.getUint32(4, true),
      literals: field(0, 0, 20),
      literalPayloadBytes: field(0, 20, 20),
      matches: field(0, 40, 20),
      literalBits: field(0, 60, 3) - 7,
      literalStates: [field(1, 0, 10), field(1, 10, 10), field(1, 20, 10), field(1, 30, 10)],
      lmdPayloadBytes: field(1, 40, 20),
      lmdBits: field(1, 60, 3) - 7,
      lState: field(2, 32, 10),
      mState: field(2, 42, 10),
      dState: field(2, 52, 10),
      freq: readFrequencies(src, at + V2_FIXED_SIZE, at + headerSize, at)
    },
    at
  )
}

/**
 * The v2 frequency code, read from the least significant bit: a value's length follows from its
 * low bits (2, 3, 5, 8 or 14 bits). No bytes at all means every table is empty.
 */
function readFrequencies(src: Uint8Array, start: number, end: number, at: number): Uint16Array {
  const freq = new Uint16Array(SYMBOLS)
  if (start === end) return freq
  let p = start
  let bits = 0
  let count = 0
  for (let i = 0; i < SYMBOLS; i++) {
    while (p < end && count <= 24) {
      bits = (bits | (src[p++] << count)) >>> 0
      count += 8
    }
    let n: number
    let value: number
    const low = bits & 31
    if ((low & 1) === 0) {
      n = 2
      value = (low >>> 1) & 1
    } else if ((low & 3) === 1) {
      n = 3
      value = 2 + ((low >>> 2) & 1)
    } else if ((low & 7) === 3) {
      n = 5
      value = 4 + ((low >>> 3) & 3)
    } else if ((low & 15) === 7) {
      n = 8
      value = 8 + ((bits >>> 4) & 0xf)
    } else {
      n = 14
      value = 24 + ((bits >>> 4) & 0x3ff)
    }
    if (n > count) throw badFrequencies(at)
    freq[i] = value
    bits >>>= n
    count -= n
  }
  if (count >= 8 || p !== end) throw badFrequencies(at)
  return freq
}

function check(h: LzfseBlockHeader, at: number): LzfseBlockHeader {
  const fail = (what: string) =>
    new LzfseError('bad-header', at, `an LZFSE block header is damaged: ${what}`)
  if (h.literals > MAX_LITERALS) throw fail(`${h.literals} literals (at most ${MAX_LITERALS})`)
  if (h.matches > MAX_MATCHES) throw fail(`${h.matches} matches (at most ${MAX_MATCHES})`)
  if (h.literalStates.some(s => s >= LITERAL_STATES)) throw fail('a literal state out of range')
  if (h.lState >= L_STATES || h.mState >= M_STATES || h.dState >= D_STATES) {
    throw fail('an L, M or D state out of range')
  }
  for (const bits of [h.literalBits, h.lmdBits]) {
    if (!Number.isInteger(bits) || bits < -7 || bits > 0) throw fail(`final bits ${bits}`)
  }
  const t = tables(h.freq)
  if (
    !frequenciesFit(t.l, L_STATES) ||
    !frequenciesFit(t.m, M_STATES) ||
    !frequenciesFit(t.d, D_STATES) ||
    !frequenciesFit(t.literal, LITERAL_STATES)
  ) {
    throw fail('frequencies that add up to more than the states of their table')
  }
  return h
}

function truncatedHeader(at: number, version: string): LzfseError {
  return new LzfseError('truncated', at, `the data ends inside an LZFSE ${version} block header`)
}

function badFrequencies(at: number): LzfseError {
  return new LzfseError(
    'bad-header',
    at,
    'an LZFSE v2 block header is damaged: its frequency tables do not fill it exactly'
  )
}
