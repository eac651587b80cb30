import { decodeJwt, generateKeyPair } from 'jose'
import { z } from 'zod'
import { TokenSigner } from '../../src/engine/asc/auth.js'
import {
  ApiError,
  ConflictError,
  NetworkError,
  RateLimitError,
  ResponseValidationError,
  TransportSecurityError,
  formatError
} from '../../src/engine/asc/errors.js'
import { AscTransport } from '../../src/engine/asc/transport.js'
import { isLoopbackHost, parseBaseUrl } from '../../src/engine/asc/url-safety.js'
import { MemoryLogger } from '../../src/engine/log.js'
import {
  appleError,
  readBody,
  scripted,
  send,
  startServer,
  type Route,
  type TestServer
} from './http-server.js'

const keys = await generateKeyPair('ES256')
const Doc = z.looseObject({ data: z.looseObject({ id: z.string(), type: z.literal('things') }) })
const ok = (id = '1'): Route => ({ status: 200, body: { data: { id, type: 'things' } } })

let server: TestServer | undefined
let other: TestServer | undefined
const transports: AscTransport[] = []
afterEach(async () => {
  await Promise.all(transports.splice(0).map(t => t.close()))
  await server?.close()
  await other?.close()
  server = other = undefined
})

function setup(url: string) {
  const logger = new MemoryLogger()
  const clock = { t: Date.UTC(2026, 0, 1) }
  const sleeps: number[] = []
  const env = {
    now: () => clock.t,
    sleep: async (ms: number) => {
      sleeps.push(ms)
    },
    random: () => 0.5
  }
  const tokens = new TokenSigner(
    { keyId: 'KEY1', issuerId: 'ISS', privateKey: keys.privateKey },
    { logger, env }
  )
  const transport = new AscTransport({ tokens, logger, baseUrl: url, env })
  transports.push(transport)
  return { transport, logger, clock, sleeps }
}

async function serve(routes: Route[]) {
  server = await startServer(scripted(routes))
  return { ...setup(server.url), server }
}

const get = (t: AscTransport, path = '/v1/things/1') => t.json({ method: 'GET', path, schema: Doc })
const post = (t: AscTransport, method: 'POST' | 'PATCH' = 'POST') =>
  t.json({ method, path: '/v1/things', body: { data: { type: 'things' } }, schema: Doc })

describe('retries', () => {
  it('retries a GET on 500 and 503 with backoff, then returns the document', async () => {
    const { transport, sleeps, server } = await serve([
      { status: 500, body: 'x' },
      appleError(503, 'UNAVAILABLE', 'Service Unavailable', 'try later'),
      ok('7')
    ])
    expect((await get(transport)).data.id).toBe('7')
    expect(server.requests).toHaveLength(3)
    expect(sleeps).toEqual([750, 1500])
  })

  it('honours Retry-After on a 429, and backs off on a 429 without it', async () => {
    const { transport, sleeps } = await serve([
      {
        ...appleError(429, 'RATE_LIMIT_EXCEEDED', 'Rate limit', 'slow down'),
        headers: { 'retry-after': '7' }
      },
      appleError(429, 'RATE_LIMIT_EXCEEDED', 'Rate limit', 'slow down'),
      ok()
    ])
    await get(transport)
    expect(sleeps).toEqual([7000, 1500])
  })

  it('retries a GET on a dropped connection', async () => {
    let n = 0
    server = await startServer((req, res) => {
      if (n++ === 0) {
        req.socket.destroy()
        return
      }
      send(res, { status: 200, body: { data: { id: '1', type: 'things' } } })
    })
    const { transport } = setup(server.url)
    expect((await get(transport)).data.id).toBe('1')
    expect(n).toBe(2)
  })

  it('never resends a POST answered 500, and says it may have happened', async () => {
    const { transport, server } = await serve([
      appleError(500, 'UNEXPECTED_ERROR', 'Oops', 'internal'),
      ok()
    ])
    const error = (await post(transport).catch((e: unknown) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.ambiguous).toBe(true)
    expect(server.requests).toHaveLength(1)
  })

  it('never resends a PATCH after a dropped connection', async () => {
    let n = 0
    server = await startServer(req => {
      n++
      req.socket.destroy()
    })
    const { transport } = setup(server.url)
    const error = (await post(transport, 'PATCH').catch((e: unknown) => e)) as NetworkError
    expect(error).toBeInstanceOf(NetworkError)
    expect(error.ambiguous).toBe(true)
    expect(n).toBe(1)
  })

  it('resends a POST answered 429 (not processed) after Retry-After', async () => {
    const { transport, sleeps, server } = await serve([
      {
        ...appleError(429, 'RATE_LIMIT_EXCEEDED', 'Rate limit', 'slow'),
        headers: { 'retry-after': '2' }
      },
      { status: 201, body: { data: { id: 'new', type: 'things' } } }
    ])
    expect((await post(transport)).data.id).toBe('new')
    expect(sleeps).toEqual([2000])
    expect(server.requests.map(r => JSON.parse(r.body.toString()))).toEqual([
      { data: { type: 'things' } },
      { data: { type: 'things' } }
    ])
  })

  it('does not retry other 4xx and reports them with their type', async () => {
    const { transport, server } = await serve([
      appleError(409, 'ENTITY_ERROR', 'Conflict', 'exists'),
      appleError(404, 'NOT_FOUND', 'Not found', 'no app')
    ])
    await expect(post(transport)).rejects.toBeInstanceOf(ConflictError)
    await expect(get(transport)).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' })
    expect(server.requests).toHaveLength(2)
  })

  it('gives up after the attempts, with a RateLimitError for a 429', async () => {
    const limited = {
      ...appleError(429, 'RATE_LIMIT_EXCEEDED', 'Rate limit', 'slow'),
      headers: { 'x-rate-limit': 'user-hour-lim:3500;user-hour-rem:0;' }
    }
    const { transport, server } = await serve(Array(5).fill(limited))
    const error = (await get(transport).catch((e: unknown) => e)) as RateLimitError
    expect(error).toBeInstanceOf(RateLimitError)
    expect(error.attempts).toBe(5)
    expect(error.quota).toMatchObject({ remaining: 0, limit: 3500 })
    expect(server.requests).toHaveLength(5)
  })

  it('stops on cancellation', async () => {
    const { transport } = await serve([{ status: 503 }, { status: 503 }, ok()])
    const controller = new AbortController()
    controller.abort(new Error('cancelled'))
    await expect(
      transport.json({ method: 'GET', path: '/v1/x', schema: Doc, signal: controller.signal })
    ).rejects.toThrow('cancelled')
  })
})

describe('tokens', () => {
  it('sends a valid JWT, reuses it, and signs again once it has aged', async () => {
    const { transport, clock, server } = await serve([ok(), ok(), ok()])
    await get(transport)
    await get(transport)
    clock.t += 11 * 60_000
    await get(transport)
    const tokens = server.requests.map(r => (r.headers.authorization ?? '').replace(/^Bearer /, ''))
    expect(tokens[0]).toBe(tokens[1])
    expect(tokens[2]).not.toBe(tokens[0])
    const claims = decodeJwt(tokens[0])
    expect(claims).toMatchObject({ iss: 'ISS', aud: 'appstoreconnect-v1' })
    expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(1200)
  })

  it('signs a new token on a 401 and retries once', async () => {
    const { transport, server } = await serve([
      appleError(401, 'NOT_AUTHORIZED', 'Unauthorized', 'expired'),
      ok()
    ])
    await get(transport)
    const [a, b] = server.requests.map(r => r.headers.authorization)
    expect(a).toMatch(/^Bearer /)
    expect(b).not.toBe(a)
  })

  it('reports a second 401 with a hint, not retrying again', async () => {
    const unauthorized = appleError(
      401,
      'NOT_AUTHORIZED',
      'Authentication credentials are missing or invalid.',
      'Provide a properly configured and signed bearer token'
    )
    const { transport, server, logger } = await serve([unauthorized, unauthorized, ok()])
    const error = (await get(transport).catch((e: unknown) => e)) as ApiError
    expect(error.status).toBe(401)
    expect(server.requests).toHaveLength(2)
    const line = formatError(error)
    expect(line).toContain(
      'NOT_AUTHORIZED Authentication credentials are missing or invalid.: Provide a properly'
    )
    expect(line).toContain('Check key-id, issuer-id')
    for (const secret of logger.secrets) {
      expect(line).not.toContain(secret)
      expect(JSON.stringify(error)).not.toContain(secret)
      expect(logger.lines.join('\n')).not.toContain(secret)
    }
    expect(logger.secrets).toHaveLength(2)
  })
})

describe('transport safety', () => {
  it('refuses plain http to anything but a loopback host', () => {
    for (const url of [
      'http://example.com',
      'http://10.0.0.1:8080',
      'http://127.example.com',
      'ftp://127.0.0.1'
    ]) {
      expect(() => parseBaseUrl(url)).toThrow(TransportSecurityError)
    }
    for (const url of [
      'https://api.appstoreconnect.apple.com',
      'http://127.0.0.1:1',
      'http://127.1.2.3',
      'http://localhost:9',
      'http://[::1]:9'
    ]) {
      expect(parseBaseUrl(url).href).toMatch(/^https?:/)
    }
    expect(() => parseBaseUrl('https://user:pw@api.example')).toThrow(TransportSecurityError)
    expect(() => parseBaseUrl('not a url')).toThrow(/Invalid API base URL/)
    expect(isLoopbackHost('[::1]')).toBe(true)
    expect(isLoopbackHost('128.0.0.1')).toBe(false)
  })

  it('follows no redirect, and the token never reaches the other host', async () => {
    other = await startServer(scripted([ok()]))
    const { transport, server } = await serve([
      { status: 307, headers: { location: `${other.url}/v1/things/1` } }
    ])
    await expect(get(transport)).rejects.toThrow(TransportSecurityError)
    expect(server.requests).toHaveLength(1)
    expect(other.requests).toHaveLength(0)
  })

  it('refuses to send the token to another origin (e.g. a links.next elsewhere)', async () => {
    other = await startServer(scripted([ok()]))
    const { transport } = await serve([ok()])
    await expect(get(transport, `${other.url}/v1/things?cursor=1`)).rejects.toThrow(
      /only http:\/\/127\.0\.0\.1/
    )
    expect(other.requests).toHaveLength(0)
  })
})

describe('responses', () => {
  it('turns an unexpected shape into a ResponseValidationError naming the field', async () => {
    const { transport } = await serve([
      { status: 200, body: { data: { type: 'things' } } },
      { status: 200, body: 'not json' }
    ])
    await expect(get(transport)).rejects.toThrow(
      /Unexpected response from App Store Connect to GET \/v1\/things\/1: data\.id:/
    )
    await expect(get(transport)).rejects.toBeInstanceOf(ResponseValidationError)
  })

  it('exposes the X-Rate-Limit quota and slows down as it runs low', async () => {
    const rl = (rem: number): Route => ({
      status: 200,
      headers: { 'x-rate-limit': `user-hour-lim:3500;user-hour-rem:${rem};` },
      body: { data: { id: '1', type: 'things' } }
    })
    const { transport, sleeps, logger } = await serve([rl(3000), rl(10), rl(9)])
    await get(transport)
    expect(transport.quota).toMatchObject({ limit: 3500, remaining: 3000 })
    await get(transport)
    expect(sleeps).toEqual([])
    await get(transport)
    expect(transport.quota?.remaining).toBe(9)
    expect(sleeps).toHaveLength(1)
    expect(sleeps[0]).toBeGreaterThan(25_000)
    expect(logger.lines.filter(l => l.startsWith('warning:'))).toHaveLength(1)
  })

  it('logs request detail at debug level without the token', async () => {
    server = await startServer((req, res) => {
      void readBody(req).then(() =>
        send(res, { status: 200, body: { data: { id: '1', type: 'things' } } })
      )
    })
    const { transport, logger } = setup(server.url)
    await get(transport, '/v1/things/1?filter[x]=y')
    expect(
      logger.lines.some(l =>
        /^debug: GET http:\/\/127\.0\.0\.1:\d+\/v1\/things\/1\?filter\[x\]=y -> 200/.test(l)
      )
    ).toBe(true)
    expect(logger.lines.join('\n')).not.toContain(logger.secrets[0])
  })
})
