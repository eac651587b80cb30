// One run of the fault matrix, derived from its seed: which faults, how dense, what archive,
// what the pack already holds. The same seed always gives the same scenario, and the
// simulator decides each fault from the seed too, so a failing seed can be replayed alone
// (FAULT_SEEDS=17 npm run test:faults).
import { mulberry32 } from '../../src/simulator/faults.js'
import type { FaultOptions, FaultRule } from '../../src/simulator/faults.js'
import type { SimulatorOptions } from '../../src/simulator/server.js'
import { RESERVE, VERSION_CREATE } from './support.js'

export const FAULT_KINDS = [
  'read5xx',
  'write5xx',
  '429 with Retry-After',
  '429 without Retry-After',
  'part5xx',
  'partReset',
  'slowPart',
  'expiredPartUrl',
  'committedThen500',
  'tokens refused (short life)',
  'processingOutlivesToken'
] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

export interface Scenario {
  seed: number
  kinds: FaultKind[]
  sim: SimulatorOptions
  /** Exact faults injected once the simulator runs. */
  inject: FaultRule[]
  concurrency: number
  /** Undefined: the 0.5 MB LZFSE fixture; else a generated archive of about this size. */
  generatedBytes?: number
  blockSize?: number
  /** What the pack holds before the run. */
  history: 'none' | 'published' | 'pending'
  /** Versions the run should add: 1, or 0 when a pending version is reused. */
  expectNewVersions: number
}

const KIB = 1024

export function scenario(seed: number): Scenario {
  const r = mulberry32(seed * 7919 + 13)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)]
  const between = (lo: number, hi: number) => lo + r() * (hi - lo)
  const int = (lo: number, hi: number) => Math.floor(between(lo, hi + 1))

  // Each kind is on with p = 0.55; two kinds chosen by the seed are always on, so a handful of
  // seeds already covers every kind. 429s come with or without Retry-After, not both in one run.
  const on = new Set<FaultKind>(FAULT_KINDS.filter(() => r() < 0.55))
  on.add(FAULT_KINDS[seed % FAULT_KINDS.length])
  on.add(FAULT_KINDS[(seed * 5 + 3) % FAULT_KINDS.length])
  if (on.has('429 with Retry-After') && on.has('429 without Retry-After')) {
    on.delete(r() < 0.5 ? '429 with Retry-After' : '429 without Retry-After')
  }
  if (on.has('processingOutlivesToken')) on.add('tokens refused (short life)')
  const kinds = FAULT_KINDS.filter(k => on.has(k))

  const history = pick(['none', 'none', 'published', 'pending'] as const)
  const generatedBytes = r() < 0.5 ? int(150 * KIB, 2_500 * KIB) : undefined
  const partSizeBytes = int(16, 128) * KIB

  const faults: FaultOptions = { seed, rates: {} }
  const rates = faults.rates ?? {}
  if (on.has('read5xx')) rates.read5xx = between(0.03, 0.12)
  if (on.has('write5xx')) rates.write5xx = between(0.03, 0.1)
  if (on.has('part5xx')) rates.part5xx = between(0.03, 0.12)
  if (on.has('partReset')) rates.partReset = between(0.03, 0.1)
  if (on.has('slowPart')) {
    rates.slowPart = between(0.05, 0.2)
    faults.slowPartMs = int(50, 400)
  }
  const with429 = on.has('429 with Retry-After')
  if (with429 || on.has('429 without Retry-After')) {
    rates.rateLimitBurst = between(0.03, 0.08)
    faults.rateLimitBurst = {
      length: int(1, 3),
      retryAfter: with429 ? 'always' : 'never',
      retryAfterSeconds: int(1, 3)
    }
  }
  if (on.has('committedThen500')) {
    // The version's create always; sometimes the reservation of an upload file too.
    const operations = r() < 0.5 ? [VERSION_CREATE] : [VERSION_CREATE, RESERVE]
    faults.createCommittedThen500 = { count: operations.length, operations }
  }
  let processingDelayMs = int(50, 300)
  if (on.has('tokens refused (short life)')) faults.tokenMaxAgeSeconds = int(2, 3)
  if (on.has('processingOutlivesToken')) {
    processingDelayMs = ((faults.tokenMaxAgeSeconds ?? 2) + 1) * 1000 + int(0, 500)
  }

  const inject: FaultRule[] = []
  if (on.has('expiredPartUrl')) {
    // One ASSET part answers as an expired URL (the MANIFEST has only part 1): the flow must
    // reserve again and send every part to the new URLs.
    inject.push({
      match: { listener: 'upload', partNumber: 2 },
      fault: { type: 'expired' }
    })
  }

  return {
    seed,
    kinds,
    sim: {
      partSizeBytes,
      processingDelayMs,
      manifestCheckDelayMs: int(10, 150),
      faults,
      state:
        history === 'none'
          ? undefined
          : {
              packs: [
                {
                  assetPackIdentifier: 'Tutorial',
                  versions:
                    history === 'published'
                      ? [{ state: 'COMPLETE' }]
                      : [{ state: 'COMPLETE' }, { state: 'AWAITING_UPLOAD' }]
                }
              ]
            }
    },
    inject,
    concurrency: int(1, 8),
    generatedBytes,
    blockSize: generatedBytes ? pick([64 * KIB, 256 * KIB, 1024 * KIB]) : undefined,
    history,
    expectNewVersions: history === 'pending' ? 0 : 1
  }
}
