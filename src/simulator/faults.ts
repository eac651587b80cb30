// Faults, all reproducible from a seed. Random faults are decided by hashing (seed, kind, a stable
// key such as "operation #n" or "part 3, attempt 2"), not by one shared stream, so concurrent
// requests arriving in another order still get the same faults. Tests can also inject exact faults:
// "the next N requests matching X get Y".

/** Probabilities in [0, 1] per request. */
export interface FaultRates {
  /** A GET on the API answered 500 or 503 without being served. */
  read5xx?: number
  /** A POST or PATCH answered 500 or 503 before it has any effect. */
  write5xx?: number
  /** A part PUT answered 500 or 503; its bytes are dropped. */
  part5xx?: number
  /** The connection is destroyed in the middle of a part's body. */
  partReset?: number
  /** A part's body is not read for `slowPartMs` (the client sees a stall). */
  slowPart?: number
  /** Starts a burst of 429s on the API (see `rateLimitBurst`). */
  rateLimitBurst?: number
}

export interface StateDetailInput {
  code: string
  description: string
}

export interface FaultOptions {
  /** Seed of every random decision (default 1). */
  seed?: number
  rates?: FaultRates
  rateLimitBurst?: {
    /** Requests answered 429 in one burst, the first included (default 3). */
    length?: number
    /** Whether the 429s carry Retry-After (default 'mixed': decided per burst from the seed). */
    retryAfter?: 'always' | 'never' | 'mixed'
    /** Value of Retry-After in seconds (default 1). */
    retryAfterSeconds?: number
  }
  /** How long a slow part stalls (default 200 ms). */
  slowPartMs?: number
  /**
   * The first `count` creates (POST, or the operations listed) are carried out, then answered 500:
   * the ambiguous failure a client must look up before retrying.
   */
  createCommittedThen500?: { count: number; operations?: string[] }
  /** Tokens older than this (from `iat`, or first use if there is none) are refused with 401. */
  tokenMaxAgeSeconds?: number
  /** The MANIFEST check fails (true: a default error; or these errors). */
  manifestFailure?: boolean | StateDetailInput[]
  /** Processing of the ASSET fails (true: a default error; or these errors). */
  processingFailure?: boolean | StateDetailInput[]
  /** Warnings and infos processing adds to the version's stateDetails, whatever its outcome. */
  processingDetails?: { warnings?: StateDetailInput[]; infos?: StateDetailInput[] }
  /** The version stays PROCESSING forever. */
  processingNeverFinishes?: boolean
  /** Part URLs expire this long after the reservation (default: 24 hours). */
  expirePartUrlsAfterMs?: number
  /**
   * The archive PATCH (backgroundAssets_updateInstance) takes this long: the body is read, then
   * the change is made and answered after the wait, also when the client has given up by then.
   */
  slowArchiveMs?: number
  /** The first `n` archive PATCHes are carried out, then answered 500 (reported of Apple). */
  archiveThen500?: number
}

/** What an injected fault does to a matching request. */
export type InjectedFault =
  /** Answer with this status (an ErrorResponse on the API) without serving the request. */
  | { type: 'status'; status: number; retryAfterSeconds?: number }
  /** Serve the request, then answer 500 (API only). */
  | { type: 'committedThen500' }
  /** Destroy the connection: before answering (API) or half-way through the body (part). */
  | { type: 'reset' }
  /** Wait, then serve normally. */
  | { type: 'delay'; ms: number }
  /** Wait until the test calls the handle's `release()` (or clear()), then serve normally. */
  | { type: 'hold' }
  /** Answer 401 as for a refused token (API only). */
  | { type: 'unauthorized' }
  /** Answer as for an expired part URL (upload only). */
  | { type: 'expired' }

export interface FaultMatch {
  listener?: 'api' | 'upload'
  method?: string
  /** Exact pathname, or a pattern tested against it. */
  path?: string | RegExp
  operationId?: string
  /** For part uploads. */
  partNumber?: number
  uploadFileId?: string
}

export interface FaultRule {
  match?: FaultMatch
  /** How many matching requests get the fault (default 1). */
  times?: number
  fault: InjectedFault
}

export interface RequestFacts {
  listener: 'api' | 'upload'
  method: string
  path: string
  operationId?: string
  partNumber?: number
  uploadFileId?: string
}

export interface InjectedHandle {
  /** Matching requests still to be hit. */
  remaining(): number
  /** Lets held requests go on (a `hold` fault); later matches are not held. */
  release(): void
}

/** A fault as it is applied to one request: a `hold` comes with what it waits for. */
export type TakenFault = InjectedFault & { released?: Promise<void> }

/** mulberry32: a small, good-enough PRNG for reproducible tests. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a, to turn (seed, kind, key) into a PRNG seed. */
export function hashString(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

interface LiveRule extends FaultRule {
  left: number
  released: Promise<void>
  release: () => void
}

export const DEFAULT_MANIFEST_FAILURE: StateDetailInput[] = [
  {
    code: 'SIMULATED_MANIFEST_FAILURE',
    description: 'The manifest could not be validated (a failure injected by the simulator).'
  }
]

export const DEFAULT_PROCESSING_FAILURE: StateDetailInput[] = [
  {
    code: 'SIMULATED_PROCESSING_FAILURE',
    description: 'The asset pack could not be processed (a failure injected by the simulator).'
  }
]

export class Faults {
  options: FaultOptions
  private readonly rules: LiveRule[] = []
  private burstLeft = 0
  private burstRetryAfter: number | undefined
  private bursts = 0
  private createsFailed = 0
  private archivesFailed = 0

  constructor(options: FaultOptions = {}) {
    this.options = options
  }

  get seed(): number {
    return this.options.seed ?? 1
  }

  /** A number in [0, 1) that depends only on the seed, the kind of decision and the key. */
  draw(kind: string, key: string): number {
    return mulberry32(hashString(`${this.seed}|${kind}|${key}`))()
  }

  /** Whether a random fault of this kind hits the request identified by `key`. */
  hits(kind: keyof FaultRates, key: string): boolean {
    const rate = this.options.rates?.[kind] ?? 0
    return rate > 0 && this.draw(kind, key) < rate
  }

  /** 500 or 503, chosen from the seed. */
  serverErrorStatus(key: string): number {
    return this.draw('5xx-status', key) < 0.5 ? 500 : 503
  }

  /** Injects an exact fault for the next `times` matching requests. */
  inject(rule: FaultRule): InjectedHandle {
    let release!: () => void
    const released = new Promise<void>(resolve => (release = resolve))
    const live: LiveRule = { ...rule, left: rule.times ?? 1, released, release }
    this.rules.push(live)
    return {
      remaining: () => live.left,
      release: () => {
        live.left = 0
        release()
      }
    }
  }

  clear(): void {
    for (const rule of this.rules) rule.release()
    this.rules.length = 0
    this.burstLeft = 0
  }

  /** Takes the first injected fault matching the request, if any. */
  take(facts: RequestFacts): TakenFault | undefined {
    const rule = this.rules.find(r => r.left > 0 && matches(r.match ?? {}, facts))
    if (!rule) return undefined
    rule.left -= 1
    return rule.fault.type === 'hold' ? { ...rule.fault, released: rule.released } : rule.fault
  }

  /** Whether this API request falls in a 429 burst, and the burst's Retry-After (undefined: none). */
  rateLimitBurst(key: string): { retryAfterSeconds: number | undefined } | undefined {
    if (this.burstLeft === 0) {
      if (!this.hits('rateLimitBurst', key)) return undefined
      const cfg = this.options.rateLimitBurst ?? {}
      this.bursts += 1
      this.burstLeft = Math.max(1, cfg.length ?? 3)
      const mode = cfg.retryAfter ?? 'mixed'
      const withHeader =
        mode === 'always' ||
        (mode === 'mixed' && this.draw('burst-retry-after', String(this.bursts)) < 0.5)
      this.burstRetryAfter = withHeader ? (cfg.retryAfterSeconds ?? 1) : undefined
    }
    this.burstLeft -= 1
    return { retryAfterSeconds: this.burstRetryAfter }
  }

  /** Whether this create must be carried out and then answered 500. */
  commitThen500(operationId: string, method: string): boolean {
    const cfg = this.options.createCommittedThen500
    if (!cfg || this.createsFailed >= cfg.count) return false
    const applies = cfg.operations ? cfg.operations.includes(operationId) : method === 'POST'
    if (!applies) return false
    this.createsFailed += 1
    return true
  }

  /** Whether this archive PATCH must be carried out and then answered 500. */
  archiveThen500(): boolean {
    if (this.archivesFailed >= (this.options.archiveThen500 ?? 0)) return false
    this.archivesFailed += 1
    return true
  }

  manifestFailure(): StateDetailInput[] | undefined {
    const f = this.options.manifestFailure
    if (!f) return undefined
    return f === true ? DEFAULT_MANIFEST_FAILURE : f
  }

  processingFailure(): StateDetailInput[] | undefined {
    const f = this.options.processingFailure
    if (!f) return undefined
    return f === true ? DEFAULT_PROCESSING_FAILURE : f
  }
}

function matches(m: FaultMatch, f: RequestFacts): boolean {
  if (m.listener && m.listener !== f.listener) return false
  if (m.method && m.method.toUpperCase() !== f.method) return false
  if (m.operationId && m.operationId !== f.operationId) return false
  if (m.partNumber !== undefined && m.partNumber !== f.partNumber) return false
  if (m.uploadFileId && m.uploadFileId !== f.uploadFileId) return false
  if (m.path !== undefined) {
    if (typeof m.path === 'string' ? m.path !== f.path : !m.path.test(f.path)) return false
  }
  return true
}
