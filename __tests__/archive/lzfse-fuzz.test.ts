// Fuzzing the LZFSE decoder with fast-check: valid streams (the reference codec's blocks, the
// test encoder's LZVN, raw blocks) with bytes flipped, cut, or inserted, and streams of random
// bytes behind each block magic. For every input the decoder must return or throw an LzfseError
// (nothing else: a RangeError from a `set` past the output's end would fail the test), finish
// quickly, and leave the bytes around its output alone. The output is a window of a larger
// buffer with guard bytes on both sides. (A typed array drops a store past its end silently, so
// the guards catch a wrong window, not a stray index; the decoder's own bound checks, tested in
// lzfse.test.ts, are what keep it inside.)
import fc from 'fast-check'
import { encodeLzfseStream } from '../../__fixtures__/lzvn-encode.js'
import { LzfseError } from '../../src/engine/archive/errors.js'
import { decodeLzfse } from '../../src/engine/archive/lzfse.js'
import { fixtureBlocks, rawBlock } from './blocks.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 300)
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261201
const GUARD = 64

const samples = [
  ...fixtureBlocks().map(b => ({ stream: b.payload, raw: b.raw })),
  (() => {
    const bytes = Buffer.from('level data, level data; texture 0001 texture 0002 '.repeat(2000))
    return { stream: Buffer.from(encodeLzfseStream(bytes)), raw: bytes.length }
  })(),
  { stream: Buffer.concat([rawBlock(Buffer.from('raw bytes')), Buffer.from('bvx$')]), raw: 9 }
]

/** Decodes `input` into an output of `size` bytes framed by guards; checks every invariant. */
function check(input: Uint8Array, size: number): void {
  const frame = new Uint8Array(size + 2 * GUARD).fill(0xcc)
  const output = frame.subarray(GUARD, GUARD + size)
  const started = performance.now()
  try {
    const n = decodeLzfse(input, output)
    expect(n).toBeGreaterThanOrEqual(0)
    expect(n).toBeLessThanOrEqual(size)
  } catch (e) {
    if (!(e instanceof LzfseError)) throw e
    expect(e.offset).toBeGreaterThanOrEqual(0)
    expect(e.offset).toBeLessThanOrEqual(input.length)
  }
  // A stream of a few hundred KB decodes in milliseconds: a loop would never end. The bound is
  // loose on purpose, so a busy machine cannot fail it (the test's timeout is the backstop).
  expect(performance.now() - started).toBeLessThan(30_000)
  for (let i = 0; i < GUARD; i++) {
    if (frame[i] !== 0xcc || frame[GUARD + size + i] !== 0xcc) {
      throw new Error(`the decoder wrote outside its output (guard byte ${i})`)
    }
  }
}

const sample = fc.constantFrom(...samples)

describe('decodeLzfse under fuzzing', () => {
  it('survives flipped bytes in valid streams', () => {
    fc.assert(
      fc.property(
        sample,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), {
          minLength: 1,
          maxLength: 8
        }),
        fc.integer({ min: -64, max: 64 }),
        ({ stream, raw }, flips, slack) => {
          const damaged = Buffer.from(stream)
          for (const [at, xor] of flips) damaged[at % damaged.length] ^= xor
          check(damaged, Math.max(0, raw + slack))
        }
      ),
      { numRuns: RUNS, seed: SEED }
    )
  })

  it('survives flips near block headers, where sizes and states live', () => {
    fc.assert(
      fc.property(
        sample,
        fc.nat({ max: 63 }),
        fc.integer({ min: 1, max: 255 }),
        ({ stream, raw }, at, xor) => {
          const damaged = Buffer.from(stream)
          damaged[at % damaged.length] ^= xor
          check(damaged, raw)
        }
      ),
      { numRuns: RUNS, seed: SEED }
    )
  })

  it('survives cut, spliced and extended streams', () => {
    fc.assert(
      fc.property(
        sample,
        fc.nat(),
        fc.nat(),
        fc.uint8Array({ maxLength: 64 }),
        ({ stream, raw }, a, b, insert) => {
          const cut = a % (stream.length + 1)
          const resume = Math.max(cut, b % (stream.length + 1))
          check(Buffer.concat([stream.subarray(0, cut), insert, stream.subarray(resume)]), raw)
        }
      ),
      { numRuns: RUNS, seed: SEED }
    )
  })

  it('survives random bytes behind each block magic', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('bvx2', 'bvx1', 'bvxn', 'bvx-', 'bvx$'),
        fc.uint8Array({ maxLength: 2048 }),
        fc.nat({ max: 1 << 16 }),
        (magic, body, size) => {
          check(Buffer.concat([Buffer.from(magic, 'latin1'), body]), size)
        }
      ),
      { numRuns: RUNS, seed: SEED }
    )
  })

  it('survives small LZVN blocks of random opcodes with plausible sizes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 512 }),
        fc.nat({ max: 4096 }),
        (ops, raw) => {
          const header = Buffer.alloc(12)
          header.write('bvxn', 0, 'latin1')
          header.writeUInt32LE(raw, 4)
          header.writeUInt32LE(ops.length, 8)
          check(Buffer.concat([header, ops, Buffer.from('bvx$')]), raw)
        }
      ),
      { numRuns: RUNS, seed: SEED }
    )
  })
})
