import { setTimeout as delay } from 'node:timers/promises'

/** What touches the world, injected so tests can pass a fixed clock and zero sleeps. */
export interface Env {
  /** Milliseconds since the epoch. */
  now(): number
  /** Resolves after `ms`; rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
  /** A number in [0, 1), for jitter. */
  random(): number
}

export const realEnv: Env = {
  now: () => Date.now(),
  sleep: async (ms, signal) => {
    signal?.throwIfAborted()
    if (ms <= 0) return
    try {
      await delay(ms, undefined, { signal })
    } catch (error) {
      // timers/promises rejects with its own AbortError; surface the caller's reason instead.
      if (signal?.aborted) throw signal.reason
      throw error
    }
  },
  random: () => Math.random()
}

/** Fills the gaps of a partial environment with the real one. */
export function withEnv(env?: Partial<Env>): Env {
  return { ...realEnv, ...env }
}
