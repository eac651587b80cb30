/**
 * The authenticated JSON:API transport (undici). It sends the token only to the API's own origin,
 * refuses plain http except to a loopback host, follows no redirect, validates every answer with a
 * zod schema, applies the retry policy and paces requests by the X-Rate-Limit quota.
 */
import type { Dispatcher } from 'undici'
import type { z } from 'zod'
import { undici } from '../undici.js'
import type { Logger } from '../log.js'
import { withEnv, type Env } from './env.js'
import {
  ApiError,
  AscError,
  ConflictError,
  NetworkError,
  RateLimitError,
  ResponseValidationError,
  TransportSecurityError,
  redactUrl,
  type AppleErrorItem,
  type RedactedRequest
} from './errors.js'
import { RateLimitPacer, type Quota } from './rate-limit.js'
import { API_RETRY, parseRetryAfter, shouldRetry, withRetry, type RetryOptions } from './retry.js'
import { ErrorResponseSchema } from './schemas.js'
import { parseBaseUrl } from './url-safety.js'

export { assertSafeUrl, isLoopbackHost, parseBaseUrl } from './url-safety.js'

export const DEFAULT_BASE_URL = 'https://api.appstoreconnect.apple.com'

/** Where tokens come from (TokenSigner). */
export interface TokenSource {
  token(): Promise<string>
  invalidate(token: string): void
}

export interface TransportOptions {
  tokens: TokenSource
  logger: Logger
  /** Default https://api.appstoreconnect.apple.com */
  baseUrl?: string
  env?: Partial<Env>
  retry?: Partial<RetryOptions>
  /** Default: an undici Agent owned (and closed) by the transport. */
  dispatcher?: Dispatcher
  /** Headers and body timeout of one attempt. Default 60 s. */
  timeoutMs?: number
  userAgent?: string
}

export interface JsonRequest<S extends z.ZodType> {
  method: 'GET' | 'POST' | 'PATCH'
  /** `/v1/…` relative to the base URL, or an absolute URL on the API's origin (links.next). */
  path: string
  query?: Record<string, string | number | undefined>
  body?: unknown
  schema: S
  signal?: AbortSignal
  /** This request's headers and body timeout, where it may take longer than the transport's. */
  timeoutMs?: number
}

export class AscTransport {
  readonly baseUrl: URL
  private readonly env: Env
  private readonly retry: RetryOptions
  private readonly pacer: RateLimitPacer
  /** Made on the first request (undici loads then): an injected one, or an Agent of our own. */
  private dispatcher: Promise<Dispatcher> | undefined
  private readonly timeoutMs: number

  constructor(private readonly options: TransportOptions) {
    this.baseUrl = parseBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL)
    this.env = withEnv(options.env)
    this.retry = { ...API_RETRY, ...options.retry }
    this.timeoutMs = options.timeoutMs ?? 60_000
    this.pacer = new RateLimitPacer(this.env, {
      onLow: q =>
        options.logger.warning(
          `App Store Connect API quota is low (${q.remaining} of ${q.limit} requests left this hour); slowing down`
        )
    })
  }

  /** The last X-Rate-Limit quota seen. */
  get quota(): Quota | undefined {
    return this.pacer.quota
  }

  /** Resolves a path or a links.next URL, refusing any other origin (the token goes with it). */
  resolve(path: string, query?: JsonRequest<z.ZodType>['query']): URL {
    const base = this.baseUrl.href.replace(/\/$/, '')
    const url = /^[a-z][a-z0-9+.-]*:/i.test(path) ? new URL(path) : new URL(base + path)
    if (url.origin !== this.baseUrl.origin) {
      throw new TransportSecurityError(
        `Refusing to send the API token to ${url.origin}: only ${this.baseUrl.origin} may receive it`
      )
    }
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value))
    }
    return url
  }

  /** Sends one JSON:API request under the retry policy and returns the validated document. */
  async json<S extends z.ZodType>(req: JsonRequest<S>): Promise<z.output<S>> {
    const url = this.resolve(req.path, req.query)
    const info: RedactedRequest = { method: req.method, url: redactUrl(url) }
    return withRetry(
      async () => {
        // A 401 may be a token the server no longer accepts: sign a new one and resend, once per
        // attempt (a token reused across a retry's backoff may have aged out meanwhile). A token
        // signed just now and refused is a real failure.
        let resigned = false
        for (;;) {
          const token = await this.options.tokens.token()
          try {
            return await this.once(req, url, info, token)
          } catch (error) {
            if (error instanceof ApiError && error.status === 401 && !resigned) {
              resigned = true
              this.options.tokens.invalidate(token)
              this.options.logger.debug('401 from App Store Connect: signing a new token')
              continue
            }
            throw error
          }
        }
      },
      error => {
        if (error instanceof ApiError && shouldRetry(req.method, { status: error.status })) {
          return { retry: true, retryAfterMs: error.retryAfterMs, reason: `HTTP ${error.status}` }
        }
        if (
          error instanceof NetworkError &&
          shouldRetry(req.method, { network: true, code: error.code })
        ) {
          return { retry: true, reason: error.code ?? 'network error' }
        }
        return { retry: false }
      },
      {
        env: this.env,
        options: this.retry,
        signal: req.signal,
        onRetry: ({ attempt, delayMs, reason }) =>
          this.options.logger.debug(
            `${info.method} ${info.url}: ${reason}; retry ${attempt} in ${delayMs} ms`
          ),
        onGiveUp: (error, retryAfterMs) =>
          error instanceof ApiError && error.status === 429
            ? new RateLimitError(error.errors, info, this.quota, retryAfterMs)
            : error
      }
    )
  }

  private async once<S extends z.ZodType>(
    req: JsonRequest<S>,
    url: URL,
    info: RedactedRequest,
    token: string
  ): Promise<z.output<S>> {
    const pace = this.pacer.nextDelayMs()
    if (pace > 0) await this.env.sleep(pace, req.signal)
    const started = this.env.now()
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      accept: 'application/json',
      'user-agent': this.options.userAgent ?? 'publish-asset-pack'
    }
    if (req.body !== undefined) headers['content-type'] = 'application/json'
    let res: Dispatcher.ResponseData
    let text: string
    try {
      const { request } = await undici()
      res = await request(url, {
        method: req.method,
        headers,
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        dispatcher: await this.agent(),
        signal: req.signal,
        headersTimeout: req.timeoutMs ?? this.timeoutMs,
        bodyTimeout: req.timeoutMs ?? this.timeoutMs
      })
      text = await res.body.text()
    } catch (error) {
      if (req.signal?.aborted || error instanceof AscError) throw error
      const code = (error as { code?: string }).code
      const ambiguous = req.method !== 'GET' && !shouldRetry(req.method, { network: true, code })
      throw new NetworkError(error, info, ambiguous)
    }
    const status = res.statusCode
    this.pacer.observe(res.headers['x-rate-limit'])
    const q = this.quota
    this.options.logger.debug(
      `${info.method} ${info.url} -> ${status} in ${this.env.now() - started} ms` +
        (q ? ` (quota ${q.remaining}/${q.limit})` : '')
    )
    if (status >= 300 && status < 400) {
      throw new TransportSecurityError(
        `App Store Connect answered ${status} (a redirect) to ${info.method} ${info.url}; redirects are not followed`,
        info,
        'Check api-base-url: it must be the API origin itself'
      )
    }
    if (status >= 400) throw this.apiError(status, text, res.headers, info)
    let document: unknown
    try {
      document = text === '' ? undefined : JSON.parse(text)
    } catch {
      throw new ResponseValidationError(info, [
        `body is not JSON (${status}, ${text.length} bytes)`
      ])
    }
    const parsed = req.schema.safeParse(document)
    if (!parsed.success) {
      throw new ResponseValidationError(
        info,
        parsed.error.issues.map(i => `${i.path.join('.') || '(document)'}: ${i.message}`)
      )
    }
    return parsed.data
  }

  private apiError(
    status: number,
    text: string,
    headers: Record<string, string | string[] | undefined>,
    info: RedactedRequest
  ): ApiError {
    let errors: AppleErrorItem[] = []
    try {
      const parsed = ErrorResponseSchema.safeParse(JSON.parse(text))
      if (parsed.success) {
        errors = parsed.data.errors.map(e => ({
          status: e.status ?? undefined,
          code: e.code ?? undefined,
          title: e.title ?? undefined,
          detail: e.detail ?? undefined,
          source: e.source
            ? { pointer: e.source.pointer ?? undefined, parameter: e.source.parameter ?? undefined }
            : undefined
        }))
      }
    } catch {
      // not JSON (e.g. a proxy's HTML page): the snippet below says what came back
    }
    const retryAfterMs = parseRetryAfter(headers['retry-after'], this.env.now())
    const bodySnippet = errors.length ? undefined : text.replace(/\s+/g, ' ').trim().slice(0, 200)
    const Kind = status === 409 ? ConflictError : ApiError
    return new Kind(status, errors, info, { retryAfterMs, bodySnippet })
  }

  private agent(): Promise<Dispatcher> {
    this.dispatcher ??= this.options.dispatcher
      ? Promise.resolve(this.options.dispatcher)
      : undici().then(({ Agent }) => new Agent({ keepAliveTimeout: 30_000 }))
    return this.dispatcher
  }

  /** Closes the Agent the transport created (not an injected dispatcher). */
  async close(): Promise<void> {
    if (this.options.dispatcher || !this.dispatcher) return
    // An Agent that never came (undici failed to load) has nothing to close.
    const agent = await this.dispatcher.catch(() => undefined)
    await agent?.close()
  }
}
