import { RateLimitPacer, parseRateLimit } from '../../src/engine/asc/rate-limit.js'

describe('parseRateLimit', () => {
  it("reads Apple's header", () => {
    expect(parseRateLimit('user-hour-lim:3500;user-hour-rem:3499;')).toEqual({
      limit: 3500,
      remaining: 3499
    })
    expect(parseRateLimit(' user-hour-rem:0 ; user-hour-lim:3500')).toEqual({
      limit: 3500,
      remaining: 0
    })
  })
  it('ignores what it does not understand', () => {
    expect(parseRateLimit(undefined)).toBeUndefined()
    expect(parseRateLimit('')).toBeUndefined()
    expect(parseRateLimit('user-hour-lim:3500;')).toBeUndefined()
    expect(parseRateLimit('user-hour-lim:abc;user-hour-rem:1')).toBeUndefined()
  })
})

describe('RateLimitPacer', () => {
  function pacer() {
    const clock = { t: 0 }
    const low: number[] = []
    const p = new RateLimitPacer(
      { now: () => clock.t },
      { maxSpacingMs: 30_000, onLow: q => low.push(q.remaining) }
    )
    return { p, clock, low }
  }

  it('adds no delay while the quota is plentiful, or before any header was seen', () => {
    const { p } = pacer()
    expect(p.nextDelayMs()).toBe(0)
    p.observe('user-hour-lim:3500;user-hour-rem:2000;')
    expect(p.spacingMs()).toBe(0)
    expect(p.nextDelayMs()).toBe(0)
    expect(p.quota).toMatchObject({ limit: 3500, remaining: 2000 })
  })

  it('spaces requests further apart as the remaining quota runs low', () => {
    const { p, low } = pacer()
    p.observe('user-hour-lim:3500;user-hour-rem:349;')
    const a = p.spacingMs()
    p.observe('user-hour-lim:3500;user-hour-rem:100;')
    const b = p.spacingMs()
    p.observe('user-hour-lim:3500;user-hour-rem:0;')
    const c = p.spacingMs()
    expect(0).toBeLessThan(a)
    expect(a).toBeLessThan(b)
    expect(b).toBeLessThan(c)
    expect(c).toBe(30_000)
    expect(low).toEqual([349]) // warned once on entering the low zone
  })

  it('counts the spacing from the previous request', () => {
    const { p, clock } = pacer()
    p.observe('user-hour-lim:3500;user-hour-rem:0;')
    expect(p.nextDelayMs()).toBe(0)
    clock.t += 10_000
    expect(p.nextDelayMs()).toBe(20_000)
    clock.t += 20_000
    clock.t += 31_000
    expect(p.nextDelayMs()).toBe(0)
  })
})
