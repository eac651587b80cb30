// Bearer JWT verification, the way App Store Connect documents it: ES256 signed by the key named in
// `kid`, `iss` = the issuer ID (team keys) or `sub` = "user" (individual keys), `aud` =
// "appstoreconnect-v1", not expired, and never valid for more than 20 minutes.
import {
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  randomUUID,
  type KeyObject
} from 'node:crypto'
import { decodeProtectedHeader, errors as joseErrors, jwtVerify } from 'jose'

export interface SimKey {
  keyId: string
  /** null for an individual key (tokens then carry `sub: "user"` and no `iss`). */
  issuerId: string | null
  /** The public half: a KeyObject or an SPKI PEM. */
  publicKey: KeyObject | string
}

export interface GeneratedKey extends SimKey {
  publicKey: KeyObject
  /** PKCS#8 PEM, what a `.p8` file holds. */
  privateKeyPem: string
}

const KEY_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

/** A throwaway EC P-256 key, shaped like an App Store Connect API key. */
export function generateKey(individual = false): GeneratedKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const keyId = Array.from(randomBytes(10), b => KEY_ID_ALPHABET[b % KEY_ID_ALPHABET.length]).join(
    ''
  )
  return {
    keyId,
    issuerId: individual ? null : randomUUID(),
    publicKey,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  }
}

/** Apple refuses tokens that live longer than this. */
export const MAX_TOKEN_LIFETIME_SECONDS = 20 * 60

export interface AuthOptions {
  clock: () => number
  /** Seconds of clock skew tolerated on exp/iat (default 5). */
  clockToleranceSeconds?: number
  /** Fault: tokens older than this are refused. */
  tokenMaxAgeSeconds?: () => number | undefined
}

export type AuthResult =
  { ok: true; keyId: string } | { ok: false; keyId: string | undefined; reason: string }

export class Authenticator {
  private readonly keys = new Map<string, { issuerId: string | null; publicKey: KeyObject }>()
  private readonly firstSeen = new Map<string, number>()
  private readonly options: AuthOptions

  constructor(options: AuthOptions) {
    this.options = options
  }

  addKey(key: SimKey): void {
    const publicKey =
      typeof key.publicKey === 'string' ? createPublicKey(key.publicKey) : key.publicKey
    this.keys.set(key.keyId, { issuerId: key.issuerId, publicKey })
  }

  /** Checks an Authorization header. The reason is for the simulator's log, never the client. */
  async verify(authorization: string | undefined): Promise<AuthResult> {
    const m = /^Bearer ([A-Za-z0-9._-]+)$/.exec(authorization?.trim() ?? '')
    if (!m?.[1]) return { ok: false, keyId: undefined, reason: 'no Bearer token' }
    const token = m[1]
    let header
    try {
      header = decodeProtectedHeader(token)
    } catch {
      return { ok: false, keyId: undefined, reason: 'malformed token' }
    }
    const keyId = typeof header.kid === 'string' ? header.kid : undefined
    const fail = (reason: string): AuthResult => ({ ok: false, keyId, reason })
    if (header.alg !== 'ES256') return fail(`alg ${String(header.alg)} is not ES256`)
    const key = keyId ? this.keys.get(keyId) : undefined
    if (!keyId || !key) return fail(`unknown kid ${String(keyId)}`)

    const now = this.options.clock()
    const nowSeconds = Math.floor(now / 1000)
    const tolerance = this.options.clockToleranceSeconds ?? 5
    let payload
    try {
      ;({ payload } = await jwtVerify(token, key.publicKey, {
        algorithms: ['ES256'],
        audience: 'appstoreconnect-v1',
        requiredClaims: ['exp'],
        currentDate: new Date(now),
        clockTolerance: tolerance
      }))
    } catch (e) {
      const reason =
        e instanceof joseErrors.JOSEError ? `${e.code}: ${e.message}` : 'verification failed'
      return fail(reason)
    }
    if (key.issuerId === null) {
      if (payload.sub !== 'user') return fail('individual key: sub must be "user"')
      if (payload.iss !== undefined) return fail('individual key: token must not carry iss')
    } else if (payload.iss !== key.issuerId) {
      return fail(`iss ${String(payload.iss)} is not the key's issuer`)
    }
    const exp = payload.exp as number
    if (exp - nowSeconds > MAX_TOKEN_LIFETIME_SECONDS + tolerance) {
      return fail('exp is more than 20 minutes away')
    }
    if (payload.iat !== undefined) {
      if (exp - payload.iat > MAX_TOKEN_LIFETIME_SECONDS)
        return fail('exp - iat is over 20 minutes')
      if (payload.iat > nowSeconds + tolerance) return fail('iat is in the future')
    }
    const maxAge = this.options.tokenMaxAgeSeconds?.()
    if (maxAge !== undefined) {
      if (!this.firstSeen.has(token)) this.firstSeen.set(token, now)
      const born =
        payload.iat !== undefined ? payload.iat * 1000 : (this.firstSeen.get(token) ?? now)
      if (now - born > maxAge * 1000) return fail(`token older than ${maxAge}s (fault)`)
    }
    return { ok: true, keyId }
  }
}
