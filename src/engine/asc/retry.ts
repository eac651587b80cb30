/**
 * The one retry policy, used by the JSON API transport and by the part uploader.
 *
 * - Retried: 408, 429 and 5xx, and network errors, for GET/HEAD and part uploads.
 * - POST/PATCH are never resent blindly: only a 429 (Apple did not process the request) or a
 *   connection that was never established is resent. A 5xx or a dropped connection is ambiguous.
 * - Every other 4xx is final.
 * - The wait is Retry-After where the server sent one, else a jittered exponential backoff
 *   (half fixed, half random), and no retry starts once the total time budget would be exceeded.
 */
import type { Env } from './env.js'
import { AscError } from './errors.js'

export interface RetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts: number
  /** The backoff before the first retry; doubles after each. */
  baseDelayMs: number
  /** Cap of one backoff. */
  maxDelayMs: number
  /** No retry starts when its wait would end more than this long after the first attempt began. */
  budgetMs: number
}

/** For App Store Connect JSON requests. */
export const API_RETRY: RetryOptions = {
  maxAttempts: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  budgetMs: 5 * 60_000
}

/** For one part upload (its own attempts count, its own budget). */
export const PART_RETRY: RetryOptions = {
  maxAttempts: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  budgetMs: 15 * 60_000
}

/** Network error codes raised before a connection existed: nothing was sent. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT'
])

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599)
}

export function isIdempotent(method: string): boolean {
  const m = method.toUpperCase()
  return m === 'GET' || m === 'HEAD' || m === 'PUT' || m === 'OPTIONS'
}

/** True when a network error code shows that the request never left this machine. */
export function wasNotSent(code: string | undefined): boolean {
  return code !== undefined && NOT_SENT_CODES.has(code)
}

/**
 * The policy's decision for one failed attempt.
 * `status` for an HTTP answer, `networkCode` (possibly undefined) for a network failure.
 */
export function shouldRetry(
  method: string,
  outcome: { status: number } | { network: true; code?: string }
): boolean {
  if ('status' in outcome) {
    if (outcome.status === 429) return true
    return isRetryableStatus(outcome.status) && isIdempotent(method)
  }
  return isIdempotent(method) || wasNotSent(outcome.code)
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date; undefined if absent/bad. */
export function parseRetryAfter(
  value: string | string[] | undefined,
  now: number
): number | undefined {
  const text = Array.isArray(value) ? value[0] : value
  if (text === undefined || text.trim() === '') return undefined
  if (/^\s*\d+\s*$/.test(text)) return Number(text) * 1000
  const date = Date.parse(text)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}

/** The backoff before retry number `retry` (1 for the first retry): half fixed, half jitter. */
export function backoffDelay(retry: number, random: () => number, options: RetryOptions): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retry - 1))
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}

/** What the classifier says about an error thrown by one attempt. */
export type Verdict = { retry: false } | { retry: true; retryAfterMs?: number; reason: string }

export interface RetryContext {
  env: Env
  options: RetryOptions
  signal?: AbortSignal
  /** Called before each wait, e.g. to log it. */
  onRetry?: (info: { attempt: number; delayMs: number; reason: string; error: unknown }) => void
  /**
   * Called when giving up on an error the classifier wanted to retry (attempts or budget exhausted);
   * may return a better error to throw (e.g. a RateLimitError for a 429).
   */
  onGiveUp?: (error: unknown, retryAfterMs: number | undefined) => unknown
}

/** Runs `attempt` until it succeeds, the classifier says stop, or attempts/budget run out. */
export async function withRetry<T>(
  attempt: (n: number) => Promise<T>,
  classify: (error: unknown) => Verdict,
  ctx: RetryContext
): Promise<T> {
  const { env, options, signal } = ctx
  const started = env.now()
  for (let n = 1; ; n++) {
    signal?.throwIfAborted()
    try {
      return await attempt(n)
    } catch (error) {
      if (signal?.aborted) throw signal.reason
      if (error instanceof AscError) error.attempts = n
      const verdict = classify(error)
      if (!verdict.retry) throw error
      const delayMs = verdict.retryAfterMs ?? backoffDelay(n, env.random, options)
      const overBudget = env.now() + delayMs - started > options.budgetMs
      if (n >= options.maxAttempts || overBudget) {
        const final = ctx.onGiveUp?.(error, verdict.retryAfterMs) ?? error
        if (final instanceof AscError) final.attempts = n
        throw final
      }
      ctx.onRetry?.({ attempt: n, delayMs, reason: verdict.reason, error })
      await env.sleep(delayMs, signal)
    }
  }
}
