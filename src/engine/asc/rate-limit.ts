/**
 * App Store Connect's `X-Rate-Limit: user-hour-lim:3500;user-hour-rem:N;` (a rolling hour per key).
 * The pacer remembers the last quota seen and, as it runs low, spaces requests further apart so
 * that a long wait for processing does not use up the hour (429s have been reported while the
 * header still showed quota left, so pacing starts well before zero).
 */
import type { Env } from './env.js'

export interface Quota {
  limit: number
  remaining: number
  /** When it was seen (env.now()). */
  seenAt: number
}

/** Parses the header; undefined when absent or not understood. */
export function parseRateLimit(
  value: string | string[] | undefined
): { limit: number; remaining: number } | undefined {
  const text = Array.isArray(value) ? value.join(';') : value
  if (!text) return undefined
  const fields = new Map<string, number>()
  for (const part of text.split(';')) {
    const [key, raw] = part.split(':').map(s => s.trim())
    if (key && raw !== undefined && /^\d+$/.test(raw)) fields.set(key, Number(raw))
  }
  const limit = fields.get('user-hour-lim')
  const remaining = fields.get('user-hour-rem')
  if (limit === undefined || remaining === undefined || limit <= 0) return undefined
  return { limit, remaining }
}

export interface PacerOptions {
  /** Pacing starts when the remaining share falls below this (0..1). Default 0.1. */
  lowShare?: number
  /** The spacing between requests when the quota is at zero. Default 30 s. */
  maxSpacingMs?: number
  /** Called once each time the quota crosses into the low zone. */
  onLow?: (quota: Quota) => void
}

export class RateLimitPacer {
  private last?: Quota
  private lastRequestAt?: number
  private warned = false
  private readonly lowShare: number
  private readonly maxSpacingMs: number

  constructor(
    private readonly env: Pick<Env, 'now'>,
    private readonly options: PacerOptions = {}
  ) {
    this.lowShare = options.lowShare ?? 0.1
    this.maxSpacingMs = options.maxSpacingMs ?? 30_000
  }

  /** The last quota seen, if any response carried the header. */
  get quota(): Quota | undefined {
    return this.last
  }

  /** Records the header of a response. */
  observe(header: string | string[] | undefined): void {
    const parsed = parseRateLimit(header)
    if (!parsed) return
    this.last = { ...parsed, seenAt: this.env.now() }
    const low = this.spacingMs() > 0
    if (low && !this.warned) this.options.onLow?.(this.last)
    this.warned = low
  }

  /** The minimum spacing between two requests for the current quota: 0 while it is plentiful. */
  spacingMs(): number {
    const q = this.last
    if (!q) return 0
    const lowWater = q.limit * this.lowShare
    if (q.remaining >= lowWater) return 0
    const depletion = 1 - Math.max(0, q.remaining) / lowWater
    return Math.round(this.maxSpacingMs * depletion)
  }

  /** How long to wait before the next request (and marks it as sent at that time). */
  nextDelayMs(): number {
    const now = this.env.now()
    const spacing = this.spacingMs()
    const due = this.lastRequestAt === undefined ? now : this.lastRequestAt + spacing
    const wait = Math.max(0, due - now)
    this.lastRequestAt = now + wait
    return wait
  }
}
