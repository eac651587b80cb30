import type { Env } from '../asc/env.js'

export interface PollOptions {
  /** The first wait between two reads. */
  intervalMs: number
  /** Waits grow by half each time up to this. */
  maxIntervalMs: number
  /** Epoch milliseconds after which polling stops. */
  deadline: number
  env: Env
  signal?: AbortSignal
}

/**
 * Reads until `done` says the value is final, backing off between reads; returns the last
 * value read and whether it was final (false: the deadline came first). One read always happens.
 */
export async function poll<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  options: PollOptions
): Promise<{ value: T; final: boolean }> {
  let interval = options.intervalMs
  for (;;) {
    const value = await read()
    if (done(value)) return { value, final: true }
    const left = options.deadline - options.env.now()
    if (left <= 0) return { value, final: false }
    await options.env.sleep(Math.min(interval, left), options.signal)
    interval = Math.min(options.maxIntervalMs, Math.round(interval * 1.5))
  }
}
