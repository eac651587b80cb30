import { LzfseError } from './errors.js'
import {
  D_CODE,
  D_STATES,
  fillLiteralTable,
  fillValueTable,
  L_CODE,
  L_STATES,
  LITERAL_STATES,
  M_CODE,
  M_STATES
} from './fse.js'
import { type LzfseBlockHeader, MAX_LITERALS, payloadEnd, tables } from './lzfse-header.js'

// Scratch space for one block, reused: decoding is synchronous, so one set serves every call.
const literalTable = new Int32Array(LITERAL_STATES)
const lTable = new Int32Array(L_STATES)
const lBase = new Int32Array(L_STATES)
const mTable = new Int32Array(M_STATES)
const mBase = new Int32Array(M_STATES)
const dTable = new Int32Array(D_STATES)
const dBase = new Int32Array(D_STATES)
// Padded so that 4-byte loads just past the last literal stay inside.
const literals = new Uint8Array(MAX_LITERALS + 8)
const literalView = new DataView(literals.buffer)

/**
 * Decodes the payload of an LZFSE block whose header (already read) starts at `at`: the
 * literals, FSE-coded in four interleaved streams, then the L, M, D triples, each stream read
 * backwards from its end. Writes the block's bytes at `out[o]` (the caller checked that
 * `h.rawBytes` fit), scribbling on up to 3 bytes past them where `out` has room, and returns the
 * output position it reached: the caller checks that it is `o + h.rawBytes`.
 * Nothing runs after the hot loop, on purpose: V8 compiles the loop while the first block is
 * still in it, and any code after it, not yet run then, would send the compiled loop back to the
 * interpreter at the end of every block (BENCHMARKS.md, "Cold start").
 *
 * Bits are read through a 32-bit window: the valid bits are the low `count` bits of `bits`
 * (higher ones are stale and masked off), topped up to 24–31 bits before each symbol, which
 * needs at most 23.
 */
export function decodeLzfseBlock(
  src: Uint8Array,
  at: number,
  h: LzfseBlockHeader,
  out: Uint8Array,
  o: number
): number {
  const literalStart = at + h.headerSize
  const lmdStart = literalStart + h.literalPayloadBytes
  const end = payloadEnd(at, h)
  if (end > src.length) {
    throw new LzfseError('truncated', at, 'the data ends inside an LZFSE block payload')
  }
  const t = tables(h.freq)
  fillLiteralTable(t.literal, literalTable)
  fillValueTable(t.l, L_CODE, lTable, lBase)
  fillValueTable(t.m, M_CODE, mTable, mBase)
  fillValueTable(t.d, D_CODE, dTable, dBase)
  const damaged = (what: string) =>
    new LzfseError('bad-payload', at, `an LZFSE block's ${what} is damaged`)

  // ---- literals
  let { p, bits, count } = startBits(src, lmdStart, at, h.literalBits, () => damaged('literals'))
  // Four interleaved streams (literal i uses state i % 4), topped up before every pair.
  const states = Int32Array.from(h.literalStates)
  const padded = (h.literals + 3) & ~3
  for (let i = 0; i < padded; i++) {
    if ((i & 1) === 0 && count < 24) {
      const n = (31 - count) >> 3
      p -= n
      if (p < at) throw damaged('literals')
      let incoming = 0
      for (let b = 0; b < n; b++) incoming |= src[p + b] << (8 * b)
      bits = (bits << (8 * n)) | incoming
      count += 8 * n
    }
    const j = i & 3
    const e = literalTable[states[j]]
    const k = e & 0xff
    count -= k
    literals[i] = (e >>> 8) & 0xff
    states[j] = (e >>> 16) + ((bits >>> count) & ((1 << k) - 1))
  }

  // ---- L, M, D triples, executed as they are read
  ;({ p, bits, count } = startBits(src, end, at, h.lmdBits, () => damaged('matches')))
  let ls = h.lState
  let ms = h.mState
  let ds = h.dState
  let distance = -1
  let lit = 0
  const limit = o + h.rawBytes
  const room = out.length
  const outView = new DataView(out.buffer, out.byteOffset, out.byteLength)
  for (let i = 0; i < h.matches; i++) {
    // Three values; each is preceded by a top-up of the window (the same code three times,
    // written out: a helper would cost a closure or an object per value).
    if (count < 24) {
      const n = (31 - count) >> 3
      p -= n
      if (p < at) throw damaged('matches')
      let incoming = 0
      for (let b = 0; b < n; b++) incoming |= src[p + b] << (8 * b)
      bits = (bits << (8 * n)) | incoming
      count += 8 * n
    }
    let e = lTable[ls]
    let total = e & 0xff
    let extra = (e >>> 8) & 0xff
    count -= total
    let v = (bits >>> count) & ((1 << total) - 1)
    const L = lBase[ls] + (v & ((1 << extra) - 1))
    ls = (e >>> 16) + (v >>> extra)

    if (count < 24) {
      const n = (31 - count) >> 3
      p -= n
      if (p < at) throw damaged('matches')
      let incoming = 0
      for (let b = 0; b < n; b++) incoming |= src[p + b] << (8 * b)
      bits = (bits << (8 * n)) | incoming
      count += 8 * n
    }
    e = mTable[ms]
    total = e & 0xff
    extra = (e >>> 8) & 0xff
    count -= total
    v = (bits >>> count) & ((1 << total) - 1)
    const M = mBase[ms] + (v & ((1 << extra) - 1))
    ms = (e >>> 16) + (v >>> extra)

    if (count < 24) {
      const n = (31 - count) >> 3
      p -= n
      if (p < at) throw damaged('matches')
      let incoming = 0
      for (let b = 0; b < n; b++) incoming |= src[p + b] << (8 * b)
      bits = (bits << (8 * n)) | incoming
      count += 8 * n
    }
    e = dTable[ds]
    total = e & 0xff
    extra = (e >>> 8) & 0xff
    count -= total
    v = (bits >>> count) & ((1 << total) - 1)
    const D = dBase[ds] + (v & ((1 << extra) - 1))
    ds = (e >>> 16) + (v >>> extra)
    // D = 0 repeats the previous distance.
    if (D !== 0) distance = D

    if (lit + L > h.literals) throw damaged('matches (they use more literals than it holds)')
    if (o + L + M > limit) {
      throw new LzfseError(
        'output-overflow',
        at,
        `an LZFSE block decodes to more than the ${h.rawBytes} bytes its header declares`
      )
    }
    if (distance < 0 || distance > o + L) {
      throw damaged(`matches (one reaches ${distance} bytes back, before the start of the data)`)
    }
    // Copies 4 bytes at a time while there is room to overshoot in `out` (what is written past
    // a run is rewritten by the next one; a match's steps read only bytes already written when
    // it reaches at least 4 back), else byte by byte. Two shapes and no builtins, on purpose:
    // V8 compiles this loop early in a cold run, before most of its branches have run, and
    // every branch taken for the first time later sends it back to the interpreter
    // (BENCHMARKS.md, "Cold start"). Given room past the block (`room`), the first shape is
    // the one taken, to the block's last byte.
    if (o + L + 3 <= room) {
      for (let j = 0; j < L; j += 4) {
        outView.setUint32(o + j, literalView.getUint32(lit + j, true), true)
      }
    } else {
      for (let j = 0; j < L; j++) out[o + j] = literals[lit + j]
    }
    o += L
    lit += L
    if (distance >= 4 && o + M + 3 <= room) {
      for (let j = 0, from = o - distance; j < M; j += 4) {
        outView.setUint32(o + j, outView.getUint32(from + j, true), true)
      }
      o += M
    } else {
      for (let from = o - distance, stop = o + M; o < stop;) out[o++] = out[from++]
    }
  }
  return o
}

/**
 * Starts reading a stream backwards from `p`: its last byte holds `8 + finalBits` valid bits
 * (finalBits is 0 to -7; 0 means the last byte is full), whose unused high bits must be zero.
 * The first load may reach before the stream (an empty literal stream reads into its block's
 * header, as the reference decoder allows), never before the block (`bound`).
 */
function startBits(
  src: Uint8Array,
  p: number,
  bound: number,
  finalBits: number,
  damaged: () => LzfseError
): { p: number; bits: number; count: number } {
  const n = finalBits === 0 ? 3 : 4
  p -= n
  if (p < bound) throw damaged()
  let bits = 0
  for (let b = 0; b < n; b++) bits = (bits | (src[p + b] << (8 * b))) >>> 0
  const count = finalBits === 0 ? 24 : 32 + finalBits
  if (bits >>> count !== 0 && count < 32) throw damaged()
  return { p, bits: bits | 0, count }
}
