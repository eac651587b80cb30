/**
 * ES256 tokens for App Store Connect. One token is reused and signed again well before its end
 * (a wait for processing outlives any one token), and once more after a 401.
 */
import type { Credentials } from '../credentials.js'
import type { Logger } from '../log.js'
import type { Env } from './env.js'

export const AUDIENCE = 'appstoreconnect-v1'
/** Apple rejects tokens whose exp is more than 20 minutes after iat. */
export const MAX_LIFETIME_SECONDS = 20 * 60

export interface TokenSignerOptions {
  logger: Logger
  env?: Pick<Env, 'now'>
  /** exp - iat. Default 19 minutes; at most 20. */
  lifetimeSeconds?: number
  /** A token older than this is replaced before use. Default 10 minutes. */
  reuseSeconds?: number
}

export class TokenSigner {
  private current?: { token: string; iat: number }
  private pending?: Promise<string>
  private readonly lifetime: number
  private readonly reuse: number
  private readonly now: () => number

  constructor(
    private readonly credentials: Credentials,
    private readonly options: TokenSignerOptions
  ) {
    this.lifetime = options.lifetimeSeconds ?? 19 * 60
    this.reuse = options.reuseSeconds ?? 10 * 60
    if (!(this.lifetime > 0 && this.lifetime <= MAX_LIFETIME_SECONDS)) {
      throw new RangeError(
        `Token lifetime must be 1..${MAX_LIFETIME_SECONDS} s, not ${this.lifetime}`
      )
    }
    if (!(this.reuse > 0 && this.reuse < this.lifetime)) {
      throw new RangeError(`Token reuse must be shorter than its lifetime (${this.lifetime} s)`)
    }
    const env = options.env
    this.now = env ? () => env.now() : () => Date.now()
  }

  /** A valid token: the current one while it is young enough, else a new one. */
  async token(): Promise<string> {
    const nowSeconds = Math.floor(this.now() / 1000)
    if (this.current && nowSeconds - this.current.iat < this.reuse) return this.current.token
    // Concurrent callers share one signature.
    this.pending ??= this.sign(nowSeconds).finally(() => (this.pending = undefined))
    return this.pending
  }

  /** Drops `token` (after a 401) so that the next call signs a new one. */
  invalidate(token: string): void {
    if (this.current?.token === token) this.current = undefined
  }

  private async sign(iat: number): Promise<string> {
    const { keyId, issuerId, privateKey } = this.credentials
    const { SignJWT } = await import('jose') // loaded once, with the key (checks/key.ts)
    const jwt = new SignJWT(issuerId ? {} : { sub: 'user' })
      .setProtectedHeader({ alg: 'ES256', kid: keyId, typ: 'JWT' })
      .setIssuedAt(iat)
      .setExpirationTime(iat + this.lifetime)
      .setAudience(AUDIENCE)
    if (issuerId) jwt.setIssuer(issuerId)
    const token = await jwt.sign(privateKey)
    this.options.logger.secret(token)
    this.current = { token, iat }
    this.options.logger.debug(`Signed a new App Store Connect token (valid ${this.lifetime} s)`)
    return token
  }
}
