import { ApiError } from '../../src/engine/asc/errors.js'
import {
  API_RETRY,
  backoffDelay,
  parseRetryAfter,
  shouldRetry,
  withRetry,
  type Verdict
} from '../../src/engine/asc/retry.js'

const req = { method: 'GET', url: 'https://api.example/v1/x' }

function fakeEnv(start = 1_000_000) {
  const clock = { t: start }
  const sleeps: number[] = []
  return {
    clock,
    sleeps,
    env: {
      now: () => clock.t,
      sleep: async (ms: number) => {
        sleeps.push(ms)
        clock.t += ms
      },
      random: () => 0.5
    }
  }
}

const always: (e: unknown) => Verdict = () => ({ retry: true, reason: 'x' })

describe('shouldRetry', () => {
  it.each([
    ['GET', 500, true],
    ['GET', 503, true],
    ['GET', 408, true],
    ['GET', 429, true],
    ['GET', 400, false],
    ['GET', 401, false],
    ['GET', 403, false],
    ['GET', 404, false],
    ['GET', 409, false],
    ['GET', 422, false],
    ['POST', 500, false],
    ['POST', 503, false],
    ['PATCH', 502, false],
    ['POST', 408, false],
    ['POST', 429, true],
    ['PATCH', 429, true],
    ['PUT', 500, true]
  ])('%s answered %i: retry %s', (method, status, expected) => {
    expect(shouldRetry(method, { status })).toBe(expected)
  })

  it('retries network errors of GET, and of POST only where nothing was sent', () => {
    expect(shouldRetry('GET', { network: true, code: 'ECONNRESET' })).toBe(true)
    expect(shouldRetry('POST', { network: true, code: 'ECONNRESET' })).toBe(false)
    expect(shouldRetry('POST', { network: true })).toBe(false)
    expect(shouldRetry('POST', { network: true, code: 'ECONNREFUSED' })).toBe(true)
  })
})

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates, and ignores garbage', () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 0)
    expect(parseRetryAfter('7', now)).toBe(7000)
    expect(parseRetryAfter(['3'], now)).toBe(3000)
    expect(parseRetryAfter(new Date(now + 20_000).toUTCString(), now)).toBe(20_000)
    expect(parseRetryAfter(new Date(now - 20_000).toUTCString(), now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(undefined, now)).toBeUndefined()
  })
})

describe('backoffDelay', () => {
  it('doubles from the base, jitters within the upper half, and caps', () => {
    const o = { ...API_RETRY, baseDelayMs: 1000, maxDelayMs: 8000 }
    expect(backoffDelay(1, () => 0, o)).toBe(500)
    expect(backoffDelay(1, () => 0.999999, o)).toBe(1000)
    expect(backoffDelay(3, () => 0, o)).toBe(2000)
    expect(backoffDelay(10, () => 0.999999, o)).toBe(8000)
  })
})

describe('withRetry', () => {
  it('returns the first success and waits the backoff between attempts', async () => {
    const { env, sleeps } = fakeEnv()
    let n = 0
    const result = await withRetry(
      async () => {
        if (++n < 3) throw new Error('flaky')
        return 'ok'
      },
      always,
      { env, options: API_RETRY }
    )
    expect(result).toBe('ok')
    expect(sleeps).toEqual([750, 1500])
  })

  it('waits Retry-After instead of the backoff where the verdict carries one', async () => {
    const { env, sleeps } = fakeEnv()
    let n = 0
    await withRetry(
      async () => {
        if (++n < 2) throw new Error('429')
        return 1
      },
      () => ({ retry: true, retryAfterMs: 42_000, reason: '429' }),
      { env, options: API_RETRY }
    )
    expect(sleeps).toEqual([42_000])
  })

  it('stops at maxAttempts and records the attempts on the error', async () => {
    const { env } = fakeEnv()
    let n = 0
    const error = await withRetry(
      async () => {
        n++
        throw new ApiError(503, [], req)
      },
      always,
      { env, options: { ...API_RETRY, maxAttempts: 4 } }
    ).catch((e: unknown) => e)
    expect(n).toBe(4)
    expect((error as ApiError).attempts).toBe(4)
    expect((error as ApiError).oneLine()).toContain('after 4 attempts')
  })

  it('does not start a wait that would end past the time budget', async () => {
    const { env, sleeps } = fakeEnv()
    let n = 0
    await expect(
      withRetry(
        async () => {
          n++
          throw new Error('down')
        },
        () => ({ retry: true, retryAfterMs: 40_000, reason: 'x' }),
        { env, options: { ...API_RETRY, maxAttempts: 100, budgetMs: 100_000 } }
      )
    ).rejects.toThrow('down')
    expect(sleeps).toEqual([40_000, 40_000])
    expect(n).toBe(3)
  })

  it('lets onGiveUp replace the final error', async () => {
    const { env } = fakeEnv()
    await expect(
      withRetry(
        async () => {
          throw new Error('a')
        },
        always,
        { env, options: { ...API_RETRY, maxAttempts: 2 }, onGiveUp: () => new Error('b') }
      )
    ).rejects.toThrow('b')
  })

  it('throws a final verdict at once', async () => {
    const { env, sleeps } = fakeEnv()
    await expect(
      withRetry(
        async () => {
          throw new Error('final')
        },
        () => ({ retry: false }),
        { env, options: API_RETRY }
      )
    ).rejects.toThrow('final')
    expect(sleeps).toEqual([])
  })

  it('stops when the signal aborts during a wait, with the signal reason', async () => {
    const controller = new AbortController()
    const env = {
      now: () => 0,
      random: () => 0,
      sleep: async () => {
        controller.abort(new Error('cancelled by user'))
        throw controller.signal.reason
      }
    }
    await expect(
      withRetry(
        async () => {
          throw new Error('x')
        },
        always,
        { env, options: API_RETRY, signal: controller.signal }
      )
    ).rejects.toThrow('cancelled by user')
  })
})
