// App Store Connect's quota: a number of requests per key over a rolling hour, shown on every
// response as `X-Rate-Limit: user-hour-lim:3500;user-hour-rem:N;`.

const HOUR_MS = 60 * 60 * 1000

export class RateLimiter {
  readonly limit: number
  private readonly clock: () => number
  private readonly served = new Map<string, number[]>()

  constructor(limit: number, clock: () => number) {
    this.limit = limit
    this.clock = clock
  }

  private window(key: string): number[] {
    const since = this.clock() - HOUR_MS
    const times = (this.served.get(key) ?? []).filter(t => t > since)
    this.served.set(key, times)
    return times
  }

  /** Counts a request against the key's quota; false when the quota is used up. */
  take(key: string): boolean {
    const times = this.window(key)
    if (times.length >= this.limit) return false
    times.push(this.clock())
    return true
  }

  remaining(key: string): number {
    return Math.max(0, this.limit - this.window(key).length)
  }

  header(key: string): string {
    return `user-hour-lim:${this.limit};user-hour-rem:${this.remaining(key)};`
  }
}
