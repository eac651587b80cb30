/**
 * Finite State Entropy (tANS) decoding tables, as LZFSE uses them. A table has one entry per
 * state, packed in an Int32Array: the bits to read (low byte), the symbol or the value's extra
 * bits (second byte), and the base of the next state (upper 16 bits). Building a table from a
 * block's frequencies checks them, so a damaged header can never index outside a table.
 */

export const LITERAL_STATES = 1024
export const L_STATES = 64
export const M_STATES = 64
export const D_STATES = 256
export const LITERAL_SYMBOLS = 256
export const L_SYMBOLS = 20
export const M_SYMBOLS = 20
export const D_SYMBOLS = 64

/** Extra bits of each L, M and D symbol; a symbol's base value is the sum of the ranges before it. */
const L_EXTRA = [...Array<number>(16).fill(0), 2, 3, 5, 8]
const M_EXTRA = [...Array<number>(16).fill(0), 3, 5, 8, 11]
const D_EXTRA = Array.from({ length: D_SYMBOLS }, (_, i) => i >> 2)

function bases(extra: number[]): Int32Array {
  const base = new Int32Array(extra.length)
  for (let i = 1; i < extra.length; i++) base[i] = base[i - 1] + (1 << extra[i - 1])
  return base
}

export interface ValueCode {
  extra: Uint8Array
  base: Int32Array
}
export const L_CODE: ValueCode = { extra: Uint8Array.from(L_EXTRA), base: bases(L_EXTRA) }
export const M_CODE: ValueCode = { extra: Uint8Array.from(M_EXTRA), base: bases(M_EXTRA) }
export const D_CODE: ValueCode = { extra: Uint8Array.from(D_EXTRA), base: bases(D_EXTRA) }

/** Whether frequencies fit `states` (their sum may be smaller: unused tables are all zero). */
export function frequenciesFit(freq: Uint16Array, states: number): boolean {
  let sum = 0
  for (let i = 0; i < freq.length; i++) sum += freq[i]
  return sum <= states
}

/**
 * Fills `table` (one entry per state) for `freq`, which must fit (see frequenciesFit). `symbolOf`
 * gives what the second byte holds for symbol i: the symbol itself (literals) or its extra bits
 * (L, M, D values); `baseOut`, when given, receives each state's value base. States past the
 * frequencies' sum read 0 bits and lead to state 0, so no input can leave the table.
 */
function fill(
  freq: Uint16Array,
  states: number,
  table: Int32Array,
  secondByte: (symbol: number) => number,
  baseOut?: Int32Array,
  baseOf?: Int32Array
): void {
  const statesClz = Math.clz32(states)
  let at = 0
  for (let symbol = 0; symbol < freq.length; symbol++) {
    const f = freq[symbol]
    if (f === 0) continue
    // The shift that brings f into [states, 2 * states).
    const k = Math.clz32(f) - statesClz
    const j0 = ((2 * states) >> k) - f
    const second = secondByte(symbol) << 8
    const base = baseOf ? baseOf[symbol] : 0
    for (let j = 0; j < f; j++, at++) {
      if (j < j0) table[at] = k | second | ((((f + j) << k) - states) << 16)
      else table[at] = (k - 1) | second | (((j - j0) << (k - 1)) << 16)
      if (baseOut) baseOut[at] = base
    }
  }
  table.fill(0, at)
  baseOut?.fill(0, at)
}

/** A literal table: entries carry the symbol (a byte). */
export function fillLiteralTable(freq: Uint16Array, table: Int32Array): void {
  fill(freq, table.length, table, symbol => symbol)
}

/**
 * A value table for L, M or D: entries carry the symbol's extra bits; the low byte is the
 * state bits plus the extra bits (both are read at once), and `base` receives the value base.
 */
export function fillValueTable(
  freq: Uint16Array,
  code: ValueCode,
  table: Int32Array,
  base: Int32Array
): void {
  fill(freq, table.length, table, symbol => code.extra[symbol], base, code.base)
  for (let s = 0; s < table.length; s++) {
    const e = table[s]
    const extra = (e >>> 8) & 0xff
    table[s] = (e & ~0xff) | ((e & 0xff) + extra)
  }
}
