/** Errors of the part uploader. Part URLs are shown without their signed query. */
import { AscError, type RedactedRequest } from '../asc/errors.js'

/** Identifies a part in messages: its number and byte range. */
export interface PartRef {
  partNumber: number
  offset: number
  length: number
}

function partName(part: PartRef): string {
  return `part ${part.partNumber} (bytes ${part.offset}-${part.offset + part.length - 1})`
}

/** A part could not be sent; the upload must not be committed. */
export class PartUploadError extends AscError {
  /** The host's Retry-After, in milliseconds, where it sent one. */
  readonly retryAfterMs?: number
  constructor(
    readonly part: PartRef,
    request: RedactedRequest,
    /** The HTTP status, or undefined for a network failure. */
    readonly status: number | undefined,
    detail: string,
    options?: { cause?: unknown; retryAfterMs?: number }
  ) {
    super(`Upload of ${partName(part)} failed: ${detail}`, request, {
      cause: options?.cause,
      hint:
        status === undefined || status >= 500 || status === 408 || status === 429
          ? 'The upload host or the network had trouble; run again (nothing was committed)'
          : 'The upload host refused the part; run again to reserve a fresh upload (nothing was committed)'
    })
    this.retryAfterMs = options?.retryAfterMs
  }
}

/** No bytes moved for too long: this attempt is aborted and retried. */
export class UploadStalledError extends AscError {
  constructor(
    readonly part: PartRef,
    request: RedactedRequest,
    readonly stallMs: number
  ) {
    super(
      `Upload progress stalled: no progress on ${partName(part)} for ${Math.round(stallMs / 1000)} s`,
      request,
      { hint: 'Check the network connection, then run again (nothing was committed)' }
    )
  }
}

/**
 * A part's pre-signed URL has expired (its `expiration` passed, or the host answered 403 about an
 * expired signature). Retrying cannot fix it: reserve the upload again for fresh URLs.
 */
export class UploadUrlExpiredError extends AscError {
  constructor(
    readonly part: PartRef,
    request: RedactedRequest,
    readonly expiration?: string
  ) {
    super(
      `The upload URL of ${partName(part)} has expired${expiration ? ` (${expiration})` : ''}`,
      request,
      { hint: 'Reserve the upload again to get fresh URLs (nothing was committed)' }
    )
  }
}
