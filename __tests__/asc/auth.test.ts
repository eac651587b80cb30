import { decodeProtectedHeader, generateKeyPair, jwtVerify } from 'jose'
import { TokenSigner } from '../../src/engine/asc/auth.js'
import { MemoryLogger } from '../../src/engine/log.js'

const keys = await generateKeyPair('ES256')

function signer(options: { issuerId?: string; clock?: { t: number }; reuseSeconds?: number } = {}) {
  const logger = new MemoryLogger()
  const clock = options.clock ?? { t: Date.UTC(2026, 0, 1) }
  const s = new TokenSigner(
    { keyId: 'ABC123DEFG', issuerId: options.issuerId, privateKey: keys.privateKey },
    { logger, env: { now: () => clock.t }, reuseSeconds: options.reuseSeconds }
  )
  return { s, logger, clock }
}

describe('TokenSigner', () => {
  it('signs a team key token with kid, typ, iss, aud and at most 20 minutes of life', async () => {
    const { s, clock } = signer({ issuerId: '69a6de7e-0000-47e3-e053-5b8c7c11a4d1' })
    const token = await s.token()
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', kid: 'ABC123DEFG', typ: 'JWT' })
    const { payload } = await jwtVerify(token, keys.publicKey, {
      audience: 'appstoreconnect-v1',
      issuer: '69a6de7e-0000-47e3-e053-5b8c7c11a4d1',
      currentDate: new Date(clock.t)
    })
    expect(payload.iat).toBe(clock.t / 1000)
    expect(payload.exp! - payload.iat!).toBeLessThanOrEqual(1200)
    expect(payload.exp! - payload.iat!).toBeGreaterThan(600)
    expect(payload.sub).toBeUndefined()
  })

  it('signs an individual key token with sub "user" and no iss', async () => {
    const { s, clock } = signer()
    const { payload } = await jwtVerify(await s.token(), keys.publicKey, {
      audience: 'appstoreconnect-v1',
      currentDate: new Date(clock.t)
    })
    expect(payload.sub).toBe('user')
    expect(payload).not.toHaveProperty('iss')
  })

  it('reuses one token, and signs again once it has aged past the reuse window', async () => {
    const { s, logger, clock } = signer({ issuerId: 'i' })
    const first = await s.token()
    clock.t += 9 * 60_000
    expect(await s.token()).toBe(first)
    clock.t += 2 * 60_000 // 11 minutes old: well before its end, replaced
    const second = await s.token()
    expect(second).not.toBe(first)
    expect(logger.secrets).toEqual([first, second])
  })

  it('signs again after invalidate (a 401), and only for the token it was given', async () => {
    const { s } = signer({ issuerId: 'i' })
    const first = await s.token()
    s.invalidate('some other token')
    expect(await s.token()).toBe(first)
    s.invalidate(first)
    expect(await s.token()).not.toBe(first)
  })

  it('lets concurrent callers share one signature', async () => {
    const { s, logger } = signer({ issuerId: 'i' })
    const tokens = await Promise.all([s.token(), s.token(), s.token()])
    expect(new Set(tokens).size).toBe(1)
    expect(logger.secrets).toHaveLength(1)
  })

  it('refuses a lifetime over 20 minutes', () => {
    const logger = new MemoryLogger()
    const creds = { keyId: 'K', privateKey: keys.privateKey }
    expect(() => new TokenSigner(creds, { logger, lifetimeSeconds: 1201 })).toThrow(RangeError)
    expect(
      () => new TokenSigner(creds, { logger, lifetimeSeconds: 600, reuseSeconds: 600 })
    ).toThrow(RangeError)
  })
})
