import { copyLiteral, copyMatch } from './copy.js'
import { LzfseError } from './errors.js'

// Opcode kinds of LZVN, by first byte. "_D" opcodes carry a literal (0–3 bytes), a match length
// and a new distance (small, medium, large) or reuse the previous one (PRE_D); "_M" are a match
// at the previous distance; "_L" a literal alone.
const SML_D = 0
const MED_D = 1
const LRG_D = 2
const PRE_D = 3
const SML_M = 4
const LRG_M = 5
const SML_L = 6
const LRG_L = 7
const NOP = 8
const EOS = 9
const UNDEFINED = 10

/** The kind of each of the 256 first bytes. */
const KIND = (() => {
  const kind = new Uint8Array(256)
  for (let op = 0; op < 256; op++) {
    if (op >= 0xf0) kind[op] = op === 0xf0 ? LRG_M : SML_M
    else if (op >= 0xe0) kind[op] = op === 0xe0 ? LRG_L : SML_L
    else if (op >= 0xd0 || (op >= 0x70 && op < 0x80)) kind[op] = UNDEFINED
    else if (op >= 0xa0 && op < 0xc0) kind[op] = MED_D
    else if ((op & 7) === 7) kind[op] = LRG_D
    else if ((op & 7) === 6) {
      if (op === 6) kind[op] = EOS
      else if (op === 14 || op === 22) kind[op] = NOP
      else kind[op] = op < 0x40 ? UNDEFINED : PRE_D
    } else kind[op] = SML_D
  }
  return kind
})()

/** The end-of-stream opcode and its seven padding bytes. */
export const LZVN_EOS_SIZE = 8

/**
 * Decodes the LZVN payload `src[start, end)` into `out[outStart, outEnd)`, which it must fill
 * exactly, ending with the end-of-stream opcode at `end`. Matches may reach back to `out[0]`
 * (earlier blocks of the same LZFSE stream). Offsets in errors count from `src[0]`.
 */
export function decodeLzvn(
  src: Uint8Array,
  start: number,
  end: number,
  out: Uint8Array,
  outStart: number,
  outEnd: number
): void {
  let s = start
  let o = outStart
  let distance = 0
  const srcView = new DataView(src.buffer, src.byteOffset, src.byteLength)
  const outView = new DataView(out.buffer, out.byteOffset, out.byteLength)
  for (;;) {
    if (s >= end) throw truncated(s)
    const op = src[s]
    const left = end - s
    let literal = 0
    let match = 0
    const at = s
    switch (KIND[op]) {
      case SML_D:
        literal = op >>> 6
        match = ((op >>> 3) & 7) + 3
        // Room for the opcode, its literal and the next opcode's first byte.
        if (left <= 2 + literal) throw truncated(s)
        distance = ((op & 7) << 8) | src[s + 1]
        s += 2
        break
      case MED_D: {
        literal = (op >>> 3) & 3
        if (left <= 3 + literal) throw truncated(s)
        const word = src[s + 1] | (src[s + 2] << 8)
        match = (((op & 7) << 2) | (word & 3)) + 3
        distance = word >>> 2
        s += 3
        break
      }
      case LRG_D:
        literal = op >>> 6
        match = ((op >>> 3) & 7) + 3
        if (left <= 3 + literal) throw truncated(s)
        distance = src[s + 1] | (src[s + 2] << 8)
        s += 3
        break
      case PRE_D:
        literal = op >>> 6
        match = ((op >>> 3) & 7) + 3
        if (left <= 1 + literal) throw truncated(s)
        s += 1
        break
      case SML_M:
        match = op & 15
        if (left <= 1) throw truncated(s)
        s += 1
        break
      case LRG_M:
        if (left <= 2) throw truncated(s)
        match = src[s + 1] + 16
        s += 2
        break
      case SML_L:
        literal = op & 15
        if (left <= 1 + literal) throw truncated(s)
        s += 1
        break
      case LRG_L:
        if (left <= 2) throw truncated(s)
        literal = src[s + 1] + 16
        if (left <= 2 + literal) throw truncated(s)
        s += 2
        break
      case NOP:
        if (left <= 1) throw truncated(s)
        s += 1
        continue
      case EOS:
        if (left < LZVN_EOS_SIZE) throw truncated(s)
        s += LZVN_EOS_SIZE
        if (s !== end) {
          throw new LzfseError(
            'bad-payload',
            at,
            `the LZVN data ends ${end - s} bytes before its declared size`
          )
        }
        if (o !== outEnd) {
          throw new LzfseError(
            'size-mismatch',
            at,
            `an LZVN block decodes to ${o - outStart} bytes; its header declares ${outEnd - outStart}`
          )
        }
        return
      default:
        throw new LzfseError('bad-payload', at, `undefined LZVN opcode 0x${hex(op)}`)
    }
    if (o + literal + match > outEnd) throw overflow(at, outEnd - outStart)
    if (literal > 0) {
      if (literal <= 4 && s + 4 <= end && o + 4 <= outEnd) {
        // One 4-byte store; the bytes past the literal are overwritten by what follows.
        outView.setUint32(o, srcView.getUint32(s, true), true)
      } else if (literal <= 16) {
        let i = 0
        do out[o + i] = src[s + i]
        while (++i < literal)
      } else copyLiteral(out, o, src, s, literal)
      o += literal
      s += literal
    }
    if (match > 0) {
      if (distance === 0 || distance > o) {
        throw new LzfseError(
          'bad-payload',
          at,
          `an LZVN match reaches ${distance} bytes back, but only ${o} bytes precede it`
        )
      }
      if (match <= 16 && distance >= 4 && o + match + 3 <= outEnd) {
        // 4 bytes at a time: with the source 4 or more bytes back, each load reads only bytes
        // already written, and the overshoot (up to 3 bytes) is rewritten by what follows.
        let from = o - distance
        const stop = o + match
        do {
          outView.setUint32(o, outView.getUint32(from, true), true)
          o += 4
          from += 4
        } while (o < stop)
        o = stop
      } else if (match <= 16) {
        let from = o - distance
        const stop = o + match
        do out[o++] = out[from++]
        while (o < stop)
      } else {
        copyMatch(out, o, distance, match)
        o += match
      }
    }
  }
}

function truncated(at: number): LzfseError {
  return new LzfseError('truncated', at, 'the LZVN data ends inside an opcode')
}

function overflow(at: number, declared: number): LzfseError {
  return new LzfseError(
    'output-overflow',
    at,
    `an LZVN block decodes to more than the ${declared} bytes its header declares`
  )
}

function hex(byte: number): string {
  return byte.toString(16).padStart(2, '0')
}
