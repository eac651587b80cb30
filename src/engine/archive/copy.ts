/**
 * The LZVN decoder's two copies, tuned for V8: short runs byte by byte (a builtin call costs more
 * than a few stores), long ones through `set`/`copyWithin`. Callers check bounds first. (The LZFSE
 * decoder copies in its own loop, in fewer shapes, for a cold start: lzfse-block.ts.)
 */

/** Copies `length` bytes of `from` at `at` to `out` at `to` (two different buffers). */
export function copyLiteral(
  out: Uint8Array,
  to: number,
  from: Uint8Array,
  at: number,
  length: number
): void {
  if (length > 32) {
    out.set(from.subarray(at, at + length), to)
    return
  }
  for (let i = 0; i < length; i++) out[to + i] = from[at + i]
}

/**
 * Copies `length` bytes from `distance` bytes back in `out` to `to`. When the two overlap
 * (`distance` < `length`) the copy repeats the last `distance` bytes, as LZ77 wants, so it runs
 * forwards one byte at a time or in non-overlapping steps of `distance`.
 */
export function copyMatch(out: Uint8Array, to: number, distance: number, length: number): void {
  const from = to - distance
  if (length <= 32) {
    for (let i = 0; i < length; i++) out[to + i] = out[from + i]
  } else if (distance >= length) {
    out.copyWithin(to, from, from + length)
  } else if (distance < 16) {
    for (let i = 0; i < length; i++) out[to + i] = out[from + i]
  } else {
    for (let done = 0; done < length; done += distance) {
      const n = Math.min(distance, length - done)
      out.copyWithin(to + done, from + done, from + done + n)
    }
  }
}
