/**
 * A small LZVN encoder for tests and the bench: greedy matching through a hash of 4-byte
 * sequences, no lazy evaluation. It writes valid LZVN that compresses repetitive data well; it
 * is not Apple's encoder and makes no attempt at its ratio. Written from the format (the opcode
 * layout in src/engine/archive/lzvn.ts), independently of the decoder's code paths.
 */

const HASH_BITS = 16
const MAX_DISTANCE = 0xffff
const MIN_MATCH = 4

/** The largest match an opcode with a literal of `l` bytes (and a 3-bit length) can carry. */
const SHORT_MATCH_MAX = [10, 8, 6, 4]

/** LZVN of `src` (opcodes then the end-of-stream opcode), without any block header. */
export function encodeLzvn(src: Uint8Array): Uint8Array {
  const n = src.length
  const out = new Uint8Array(n + Math.ceil(n / 128) + 64)
  const table = new Int32Array(1 << HASH_BITS).fill(-1)
  let o = 0
  let previous = -1
  let literalStart = 0

  const emitLiterals = (from: number, to: number) => {
    while (to - from > 0) {
      const l = Math.min(to - from, 271)
      if (l < 16) out[o++] = 0xe0 | l
      else {
        out[o++] = 0xe0
        out[o++] = l - 16
      }
      out.set(src.subarray(from, from + l), o)
      o += l
      from += l
    }
  }
  const emitMatch = (literalEnd: number, length: number, distance: number) => {
    // Up to 3 literals ride along with the first opcode of the match; the rest go alone.
    const l = Math.min(3, literalEnd - literalStart)
    emitLiterals(literalStart, literalEnd - l)
    let m: number
    if (distance === previous && l === 0) {
      // No opcode has a 0-byte literal and the previous distance but the match-only ones.
      m = 0
    } else if (distance === previous) {
      m = Math.min(length, SHORT_MATCH_MAX[l])
      out[o++] = (l << 6) | ((m - 3) << 3) | 6
    } else if (distance < 0x600) {
      m = Math.min(length, SHORT_MATCH_MAX[l])
      out[o++] = (l << 6) | ((m - 3) << 3) | (distance >> 8)
      out[o++] = distance & 0xff
    } else if (distance < 0x4000) {
      m = Math.min(length, 34)
      const word = (distance << 2) | ((m - 3) & 3)
      out[o++] = 0xa0 | (l << 3) | ((m - 3) >> 2)
      out[o++] = word & 0xff
      out[o++] = word >> 8
    } else {
      m = Math.min(length, SHORT_MATCH_MAX[l])
      out[o++] = (l << 6) | ((m - 3) << 3) | 7
      out[o++] = distance & 0xff
      out[o++] = distance >> 8
    }
    for (let i = 0; i < l; i++) out[o++] = src[literalEnd - l + i]
    previous = distance
    // The rest of the match at the same distance.
    for (let rest = length - m; rest > 0;) {
      const r = Math.min(rest, 271)
      if (r < 16) out[o++] = 0xf0 | r
      else {
        out[o++] = 0xf0
        out[o++] = r - 16
      }
      rest -= r
    }
  }

  let i = 0
  // After many misses in a row, step further (as LZ4 does): incompressible data goes fast.
  let misses = 0
  while (i + MIN_MATCH <= n) {
    const word = src[i] | (src[i + 1] << 8) | (src[i + 2] << 16) | (src[i + 3] << 24)
    const h = Math.imul(word, 0x9e3779b1) >>> (32 - HASH_BITS)
    const candidate = table[h]
    table[h] = i
    const distance = i - candidate
    if (
      candidate >= 0 &&
      distance <= MAX_DISTANCE &&
      src[candidate] === src[i] &&
      src[candidate + 1] === src[i + 1] &&
      src[candidate + 2] === src[i + 2] &&
      src[candidate + 3] === src[i + 3]
    ) {
      let length = MIN_MATCH
      while (i + length < n && src[candidate + length] === src[i + length]) length++
      emitMatch(i, length, distance)
      i += length
      literalStart = i
      misses = 0
    } else i += 1 + (misses++ >> 6)
  }
  emitLiterals(literalStart, n)
  out[o++] = 0x06
  o += 7
  return out.slice(0, o)
}

/**
 * One LZFSE stream holding `src` as a single LZVN block (`bvxn`, raw and payload sizes, the
 * LZVN, then `bvx$`): what a `pbze` container block holds.
 */
export function encodeLzfseStream(src: Uint8Array): Uint8Array {
  const payload = encodeLzvn(src)
  const stream = new Uint8Array(12 + payload.length + 4)
  const view = new DataView(stream.buffer)
  stream.set([0x62, 0x76, 0x78, 0x6e], 0)
  view.setUint32(4, src.length, true)
  view.setUint32(8, payload.length, true)
  stream.set(payload, 12)
  stream.set([0x62, 0x76, 0x78, 0x24], 12 + payload.length)
  return stream
}
