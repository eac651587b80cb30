import { RateLimiter } from '../../src/simulator/rate-limit.js'
import { createSimulator } from '../../src/simulator/server.js'
import { signToken, TestClient } from './helpers/client.js'

test('X-Rate-Limit counts down per key over a rolling hour, then 429', async () => {
  let t = Date.now()
  const sim = await createSimulator({ rateLimitPerHour: 3, clock: () => t })
  try {
    const c = new TestClient(sim)
    const path = `/v1/apps/${sim.appId}/backgroundAssets`
    const at = async () => ({
      token: await signToken(sim, { iat: Math.floor(t / 1000), exp: Math.floor(t / 1000) + 600 })
    })
    const seen: (string | null)[] = []
    for (let i = 0; i < 3; i++) {
      const r = await c.api('GET', path, undefined, await at())
      expect(r.status).toBe(200)
      seen.push(r.headers.get('x-rate-limit'))
      t += 10 * 60 * 1000
    }
    expect(seen).toEqual([
      'user-hour-lim:3;user-hour-rem:2;',
      'user-hour-lim:3;user-hour-rem:1;',
      'user-hour-lim:3;user-hour-rem:0;'
    ])
    const refused = await c.api('GET', path, undefined, await at())
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].code).toBe('RATE_LIMIT_EXCEEDED')
    expect(refused.headers.get('x-rate-limit')).toBe('user-hour-lim:3;user-hour-rem:0;')
    // The first request leaves the window an hour after it was made.
    t += 31 * 60 * 1000
    const again = await c.api('GET', path, undefined, await at())
    expect(again.status).toBe(200)
    expect(again.headers.get('x-rate-limit')).toBe('user-hour-lim:3;user-hour-rem:0;')
  } finally {
    await sim.close()
  }
})

test('quotas are per key', () => {
  const limiter = new RateLimiter(2, () => 0)
  expect(limiter.take('A')).toBe(true)
  expect(limiter.take('A')).toBe(true)
  expect(limiter.take('A')).toBe(false)
  expect(limiter.take('B')).toBe(true)
  expect(limiter.header('A')).toBe('user-hour-lim:2;user-hour-rem:0;')
  expect(limiter.header('B')).toBe('user-hour-lim:2;user-hour-rem:1;')
})
