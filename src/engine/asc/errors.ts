/**
 * Typed errors of the App Store Connect client. Every error that names a request shows it
 * redacted: method and URL without any Authorization header, and a signed URL as its origin only.
 * `message` says what failed (with Apple's own words where Apple gave them); `hint` says what to do.
 * `formatError` joins both into the one line an entry point prints.
 */

/** One entry of Apple's ErrorResponse `errors[]`. */
export interface AppleErrorItem {
  status?: string
  code?: string
  title?: string
  detail?: string
  source?: { pointer?: string; parameter?: string }
}

/** The request an error belongs to, already redacted. */
export interface RedactedRequest {
  method: string
  /** The URL with signed query strings removed; never carries credentials. */
  url: string
}

export abstract class AscError extends Error {
  /** What a user can do about it, or undefined when there is nothing to add. */
  hint?: string
  /** How many attempts were made before giving up (set by the retry policy). */
  attempts = 1
  constructor(
    message: string,
    readonly request?: RedactedRequest,
    options?: { cause?: unknown; hint?: string }
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.name = new.target.name
    this.hint = options?.hint
  }
  /** The message and the hint, on one line. */
  oneLine(): string {
    const tries = this.attempts > 1 ? ` (after ${this.attempts} attempts)` : ''
    const text = `${this.message}${tries}${this.hint ? `. ${this.hint}` : ''}`
    return text.replace(/\s*\n\s*/g, ' ')
  }
}

/** Apple answered with a 4xx/5xx status. */
export class ApiError extends AscError {
  /** Apple's first error code, e.g. ENTITY_ERROR.ATTRIBUTE.INVALID. */
  readonly code?: string
  readonly title?: string
  readonly detail?: string
  /** True where a POST/PATCH may have been processed although it failed (5xx): look before resending. */
  readonly ambiguous: boolean
  /** The server's Retry-After, in milliseconds, where it sent one. */
  readonly retryAfterMs?: number
  constructor(
    readonly status: number,
    readonly errors: AppleErrorItem[],
    request: RedactedRequest,
    options?: { hint?: string; bodySnippet?: string; retryAfterMs?: number }
  ) {
    super(apiErrorMessage(status, errors, request, options?.bodySnippet), request, {
      hint: options?.hint ?? hintForStatus(status, errors)
    })
    const first = errors[0]
    this.code = first?.code
    this.title = first?.title
    this.detail = first?.detail
    this.ambiguous = status >= 500 && request.method !== 'GET' && request.method !== 'HEAD'
    this.retryAfterMs = options?.retryAfterMs
  }
  /** The request's path (and query), without origin. */
  get path(): string {
    return pathOf(this.request?.url ?? '')
  }
  get method(): string {
    return this.request?.method ?? ''
  }
}

/** 409: the resource exists already, or its state forbids the change. */
export class ConflictError extends ApiError {}

/** 429, still refused after waiting within the retry budget. */
export class RateLimitError extends ApiError {
  constructor(
    errors: AppleErrorItem[],
    request: RedactedRequest,
    readonly quota?: { limit: number; remaining: number },
    retryAfterMs?: number
  ) {
    const seen = quota
      ? ` The last X-Rate-Limit seen: ${quota.remaining} of ${quota.limit} left.`
      : ''
    const wait =
      retryAfterMs !== undefined ? ` Apple asked to wait ${Math.ceil(retryAfterMs / 1000)} s.` : ''
    super(429, errors, request, {
      hint:
        'App Store Connect limits each API key to about 3500 requests per rolling hour.' +
        `${seen}${wait} Wait and run again, or use another key for other tools`,
      retryAfterMs
    })
  }
}

/** The connection failed, reset or timed out; no HTTP status was received. */
export class NetworkError extends AscError {
  readonly code?: string
  /** True where a POST/PATCH may have reached Apple: look before resending. */
  readonly ambiguous: boolean
  constructor(cause: unknown, request: RedactedRequest, ambiguous: boolean) {
    const code = errorCode(cause)
    const why = cause instanceof Error ? cause.message : String(cause)
    super(`${request.method} ${request.url} failed: ${code ? `${code}: ` : ''}${why}`, request, {
      cause,
      hint:
        'Check the network connection and any proxy, then run again' +
        (ambiguous
          ? '; the request may have been processed, so the run looks before creating again'
          : '')
    })
    this.code = code
    this.ambiguous = ambiguous
  }
}

/** A 2xx answer that does not have the shape the spec promises. */
export class ResponseValidationError extends AscError {
  constructor(
    request: RedactedRequest,
    readonly issues: string[]
  ) {
    super(
      `Unexpected response from App Store Connect to ${request.method} ${pathOf(request.url)}: ${issues.slice(0, 3).join('; ')}`,
      request,
      {
        hint: 'Apple may have changed the API; please report this with the debug log (secrets are masked)'
      }
    )
  }
}

/** Refused before sending: an unsafe URL, a redirect, a token bound for another origin. */
export class TransportSecurityError extends AscError {
  constructor(message: string, request?: RedactedRequest, hint?: string) {
    super(message, request, { hint })
  }
}

/** A one-line message for any thrown value, with the hint where there is one. */
export function formatError(error: unknown): string {
  if (error instanceof AscError) return error.oneLine()
  if (error instanceof Error) return error.message.replace(/\s*\n\s*/g, ' ')
  return String(error)
}

/**
 * The URL without userinfo and fragment. With `keepQuery: false` (a pre-signed URL), only its
 * origin: such a URL is a credential as a whole, and the secret may be in its path as well as in
 * its query (an upload host may put an unguessable token there). The runner masks only the whole
 * URL, so no piece of it may be printed.
 */
export function redactUrl(url: string | URL, keepQuery = true): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return '<invalid URL>'
  }
  if (!keepQuery) return `${parsed.origin}/<redacted>`
  parsed.username = ''
  parsed.password = ''
  parsed.hash = ''
  return parsed.toString()
}

function pathOf(url: string): string {
  try {
    const parsed = new URL(url)
    return decodeURI(parsed.pathname + parsed.search)
  } catch {
    return url
  }
}

function errorCode(cause: unknown): string | undefined {
  const code = (cause as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

function apiErrorMessage(
  status: number,
  errors: AppleErrorItem[],
  request: RedactedRequest,
  snippet?: string
): string {
  const where = `${request.method} ${pathOf(request.url)}`
  if (errors.length === 0) {
    return `App Store Connect answered ${status} to ${where}${snippet ? `: ${snippet}` : ''}`
  }
  const parts = errors.map(e => {
    const head = [e.code, e.title].filter(Boolean).join(' ')
    const src = e.source?.parameter ?? e.source?.pointer
    return `${head}${e.detail ? `: ${e.detail}` : ''}${src ? ` (${src})` : ''}`
  })
  return `App Store Connect answered ${status} to ${where}: ${parts.join('; ')}`
}

function hintForStatus(status: number, errors: AppleErrorItem[]): string | undefined {
  const param = errors.map(e => e.source?.parameter ?? '').join(' ')
  if (status === 400 && param.includes('assetPackIdentifier')) {
    return 'An asset pack identifier may hold only letters, digits and hyphens (no dots or underscores)'
  }
  switch (status) {
    case 401:
      return (
        'Check key-id, issuer-id (empty only for an individual key) and the private key; ' +
        'a revoked key gives 401, and so does a clock that is far off'
      )
    case 403:
      return 'The API key needs the Admin, App Manager or Developer role and access to this app'
    case 404:
      return "Check app-id (the app's Apple ID, digits) and that the key's team owns the app"
    case 409:
      return 'The resource exists already, or its state does not allow this change'
    default:
      return status >= 500
        ? 'App Store Connect had a problem; run again later (a create is looked up before it is sent again)'
        : undefined
  }
}
