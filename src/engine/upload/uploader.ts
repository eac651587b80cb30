/**
 * Sends a file's parts as the reservation's upload operations say (method, URL, headers, offset,
 * length): N workers over one shared queue, each part streamed from disk, read afresh from its
 * offset on every attempt, retried on its own under the shared retry policy, watched for stalls.
 * If a part fails for good, the others are aborted and the upload rejects: the caller must not
 * commit.
 *
 * Memory stays flat whatever the file's size: no part is buffered, and each worker reads into a
 * few buffers of its own that it fills again in turn (see `BufferRing`), so an upload allocates
 * nothing per chunk and leaves the garbage collector nothing to collect. The file is opened once
 * and read with positional reads; connections are kept alive across parts.
 */
import { open, type FileHandle } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import type { Agent, Dispatcher } from 'undici'
import type { Logger } from '../log.js'
import { withEnv, type Env } from '../asc/env.js'
import { AscError, redactUrl, type RedactedRequest } from '../asc/errors.js'
import {
  PART_RETRY,
  isRetryableStatus,
  parseRetryAfter,
  withRetry,
  type RetryOptions,
  type Verdict
} from '../asc/retry.js'
import { assertSafeUrl } from '../asc/url-safety.js'
import {
  PartUploadError,
  UploadStalledError,
  UploadUrlExpiredError,
  type PartRef
} from './errors.js'
import { undici } from '../undici.js'
import { ProgressReporter } from './progress.js'

/** A DeliveryFileUploadOperation (structurally the same as the client's UploadOperation). */
export interface UploadPart {
  method: string
  url: string
  offset: number
  length: number
  requestHeaders?: ReadonlyArray<{ name: string; value: string }> | null
  partNumber?: number | null
  expiration?: string | null
  entityTag?: string | null
}

export interface UploadOptions {
  filePath: string
  operations: readonly UploadPart[]
  logger: Logger
  /** Parts in flight at once, 1..32. Default 4. */
  concurrency?: number
  env?: Partial<Env>
  retry?: Partial<RetryOptions>
  /** An attempt that moves no bytes for this long is aborted and retried. Default 60 s. */
  stallTimeoutMs?: number
  /** Read chunk size. Each worker reads into a few buffers of this size (1 MiB and one more in all). Default 256 KiB. */
  highWaterMark?: number
  signal?: AbortSignal
  /** Bytes sent so far (goes down when a failed attempt is taken back). Default: a ProgressReporter on the logger. */
  onProgress?: (sentBytes: number, totalBytes: number) => void
  /** Default: an undici Agent for the part host, with keep-alive, closed at the end. */
  dispatcher?: Dispatcher
}

export interface UploadResult {
  parts: number
  bytes: number
  /** Attempts in all; attempts - parts were retries. */
  attempts: number
  durationMs: number
}

/** Headers undici manages itself or refuses; Content-Length is set from the operation's length. */
const MANAGED_HEADERS = new Set([
  'content-length',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade'
])

export async function uploadParts(options: UploadOptions): Promise<UploadResult> {
  const env = withEnv(options.env)
  const { logger, operations } = options
  const concurrency = options.concurrency ?? 4
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) {
    throw new RangeError(`Upload concurrency must be an integer from 1 to 32, not ${concurrency}`)
  }
  for (const op of operations) logger.secret(op.url)
  const file = await open(options.filePath, 'r')
  try {
    return await uploadFrom(file, options, concurrency, env)
  } finally {
    await file.close()
  }
}

async function uploadFrom(
  file: FileHandle,
  options: UploadOptions,
  concurrency: number,
  env: Env
): Promise<UploadResult> {
  const { logger, operations } = options
  const fileSize = (await file.stat()).size
  const parts = plan(operations, fileSize, logger)
  const total = parts.reduce((sum, p) => sum + p.ref.length, 0)
  const { Agent } = await undici()

  let reporter: ProgressReporter | undefined
  const onProgress =
    options.onProgress ??
    ((sent: number) => {
      reporter ??= new ProgressReporter({ logger, total, now: env.now })
      reporter.update(sent)
    })
  let sent = 0
  const ctx: PartContext = {
    env,
    logger,
    file,
    filePath: options.filePath,
    stallMs: options.stallTimeoutMs ?? 60_000,
    chunkSize: options.highWaterMark ?? 256 * 1024,
    dispatcher:
      options.dispatcher ??
      new Agent({ connections: concurrency, keepAliveTimeout: 30_000, pipelining: 1 }),
    all: new AbortController(),
    attempts: 0,
    addBytes: delta => {
      sent += delta
      onProgress(sent, total)
    }
  }
  const stopOnCancel = () => ctx.all.abort(options.signal?.reason)
  options.signal?.throwIfAborted()
  options.signal?.addEventListener('abort', stopOnCancel, { once: true })

  const started = env.now()
  let failure: { error: unknown } | undefined
  let next = 0
  const worker = async (): Promise<void> => {
    const ring = new BufferRing(ctx.chunkSize) // this worker's, for all its parts and attempts
    while (!ctx.all.signal.aborted && next < parts.length) {
      const part = parts[next++]
      try {
        await withRetry(() => attemptPart(ctx, part, ring), classify, {
          env,
          options: { ...PART_RETRY, ...options.retry },
          signal: ctx.all.signal,
          onRetry: ({ attempt, delayMs, reason }) =>
            logger.info(
              `Part ${part.ref.partNumber}: ${reason}; retry ${attempt} in ${Math.round(delayMs / 100) / 10} s`
            )
        })
      } catch (error) {
        if (!failure && !options.signal?.aborted) {
          failure = { error }
          ctx.all.abort(error) // stop the other parts: nothing is committed after a failure
        }
        return
      }
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, parts.length) }, worker))
  } finally {
    options.signal?.removeEventListener('abort', stopOnCancel)
    if (!options.dispatcher) {
      const agent = ctx.dispatcher as Agent
      await (failure || options.signal?.aborted ? agent.destroy() : agent.close())
    }
  }
  if (options.signal?.aborted) throw options.signal.reason
  if (failure) throw failure.error
  reporter?.finish()
  return {
    parts: parts.length,
    bytes: total,
    attempts: ctx.attempts,
    durationMs: env.now() - started
  }
}

interface PlannedPart {
  op: UploadPart
  ref: PartRef
  request: RedactedRequest
}

interface PartContext {
  env: Env
  logger: Logger
  /** The file, opened once for every part and attempt (positional reads). */
  file: FileHandle
  filePath: string
  stallMs: number
  chunkSize: number
  dispatcher: Dispatcher
  /** Aborted on cancellation or when a part fails for good. */
  all: AbortController
  attempts: number
  addBytes(delta: number): void
}

/** Checks the operations against the file and names each part. */
function plan(operations: readonly UploadPart[], fileSize: number, logger: Logger): PlannedPart[] {
  if (operations.length === 0) throw new Error('The reservation has no upload operations')
  const parts = operations.map((op, i) => {
    const ref = { partNumber: op.partNumber ?? i + 1, offset: op.offset, length: op.length }
    const url = new URL(op.url)
    assertSafeUrl(url, 'upload URL')
    if (
      !Number.isSafeInteger(op.offset) ||
      !Number.isSafeInteger(op.length) ||
      op.offset < 0 ||
      op.length < 1
    ) {
      throw new Error(
        `Upload operation ${ref.partNumber} has an invalid range (offset ${op.offset}, length ${op.length})`
      )
    }
    if (op.offset + op.length > fileSize) {
      throw new Error(
        `Upload operation ${ref.partNumber} ends at byte ${op.offset + op.length}, past the end of the file (${fileSize} bytes); was the file changed after the reservation?`
      )
    }
    return { op, ref, request: { method: op.method.toUpperCase(), url: redactUrl(url, false) } }
  })
  const covered = parts.reduce((sum, p) => sum + p.ref.length, 0)
  if (covered !== fileSize) {
    logger.warning(`The upload operations cover ${covered} bytes of a ${fileSize}-byte file`)
  }
  return parts
}

/** Any part may be sent again until the commit: retry statuses 408/429/5xx, network errors, stalls. */
function classify(error: unknown): Verdict {
  if (error instanceof UploadStalledError) return { retry: true, reason: 'stalled' }
  if (error instanceof PartUploadError) {
    if (error.status === undefined) return { retry: true, reason: 'network error' }
    if (isRetryableStatus(error.status)) {
      return { retry: true, retryAfterMs: error.retryAfterMs, reason: `HTTP ${error.status}` }
    }
  }
  return { retry: false }
}

async function attemptPart(ctx: PartContext, part: PlannedPart, ring: BufferRing): Promise<void> {
  const { op, ref, request: info } = part
  const { env } = ctx
  const expiresAt = op.expiration ? Date.parse(op.expiration) : NaN
  if (expiresAt <= env.now()) throw new UploadUrlExpiredError(ref, info, op.expiration ?? undefined)
  ctx.attempts++
  const started = env.now()

  const attempt = new AbortController()
  const signal = AbortSignal.any([ctx.all.signal, attempt.signal])
  let sent = 0
  let lastProgress = env.now()
  // Read afresh from the part's offset on every attempt. A read error (or a file that got
  // shorter) is thrown inside the body: undici then fails the request with it. Nothing is
  // thrown from an 'error' handler.
  const body = readRange(ctx, op, ring, n => {
    sent += n
    lastProgress = env.now()
    ctx.addBytes(n)
  })
  const watchdog = setInterval(
    () => {
      const idle = env.now() - lastProgress
      if (idle >= ctx.stallMs) attempt.abort(new UploadStalledError(ref, info, idle))
    },
    Math.max(5, Math.min(1000, ctx.stallMs / 4))
  )
  watchdog.unref()

  const headers: Record<string, string> = {}
  for (const { name, value } of op.requestHeaders ?? []) {
    if (!MANAGED_HEADERS.has(name.toLowerCase())) headers[name] = value
  }
  headers['content-length'] = String(op.length)
  try {
    const { request } = await undici()
    const res = await request(op.url, {
      method: info.method,
      headers,
      // undici sends any (async) iterable as a body (its types list only Readable); the tests
      // here run it against a real server.
      body: body as unknown as Readable,
      dispatcher: ctx.dispatcher,
      signal,
      highWaterMark: 16 * 1024
    })
    lastProgress = env.now()
    const status = res.statusCode
    ctx.logger.debug(
      `${info.method} ${info.url} -> ${status} (part ${ref.partNumber}, ${op.length} bytes, ${env.now() - started} ms)`
    )
    if (status >= 200 && status < 300) {
      await res.body.dump()
      return
    }
    const text = await res.body.text()
    if (status === 403 && /expired/i.test(text)) {
      throw new UploadUrlExpiredError(ref, info, op.expiration ?? undefined)
    }
    const retryAfterMs = parseRetryAfter(res.headers['retry-after'], env.now())
    throw new PartUploadError(ref, info, status, `HTTP ${status}${describeBody(text)}`, {
      retryAfterMs
    })
  } catch (error) {
    ctx.addBytes(-sent) // this attempt's bytes must be sent again
    if (ctx.all.signal.aborted) throw ctx.all.signal.reason
    if (attempt.signal.aborted) throw attempt.signal.reason
    if (error instanceof AscError) throw error
    const code = (error as { code?: unknown }).code
    const why = error instanceof Error ? error.message : String(error)
    throw new PartUploadError(
      ref,
      info,
      undefined,
      `${typeof code === 'string' ? `${code}: ` : ''}${why}`,
      {
        cause: error
      }
    )
  } finally {
    clearInterval(watchdog)
  }
}

/**
 * The bytes of one operation's range, read into the worker's ring of buffers. `onChunk` counts
 * each chunk as it is handed to the request.
 */
async function* readRange(
  ctx: PartContext,
  op: UploadPart,
  ring: BufferRing,
  onChunk: (bytes: number) => void
): AsyncGenerator<Buffer> {
  const end = op.offset + op.length
  for (let position = op.offset; position < end;) {
    const buffer = ring.next()
    const { bytesRead } = await ctx.file.read(
      buffer,
      0,
      Math.min(buffer.length, end - position),
      position
    )
    if (bytesRead === 0) {
      throw new Error(
        `'${ctx.filePath}' ended at byte ${position}, before the end of the part (${end}); ` +
          'was the file changed during the upload?'
      )
    }
    position += bytesRead
    onChunk(bytesRead)
    yield buffer.subarray(0, bytesRead)
  }
}

/** Bytes handed to the socket after a buffer before that buffer is filled again. */
const RING_BYTES = 1024 * 1024

/**
 * A worker's read buffers, handed out in turn. A buffer is refilled only after the ones handed
 * out after it add up to RING_BYTES (1 MiB): by then it has left the socket, because undici asks
 * for the next chunk of a body only while the socket holds less than its writable high-water mark
 * unsent (64 KiB by default) and otherwise waits for 'drain'. A failed attempt's socket is
 * destroyed, so a buffer it still held is never sent after being refilled.
 */
export class BufferRing {
  private readonly buffers: Buffer[] = []
  private index = 0
  readonly count: number

  constructor(readonly chunkSize: number) {
    if (!Number.isSafeInteger(chunkSize) || chunkSize < 1) {
      throw new RangeError(`The read chunk size must be a positive integer, not ${chunkSize}`)
    }
    this.count = Math.ceil(RING_BYTES / chunkSize) + 1
  }

  /** The next buffer, allocated on first use only. */
  next(): Buffer {
    const i = this.index
    this.index = (i + 1) % this.count
    return (this.buffers[i] ??= Buffer.allocUnsafeSlow(this.chunkSize))
  }
}

/**
 * A short, safe description of the host's error body: only Code and Message of an XML error
 * (S3-style bodies may echo the string that was signed), else the start of a plain-text body.
 */
function describeBody(text: string): string {
  const code = /<Code>([^<]{1,100})<\/Code>/.exec(text)?.[1]
  const message = /<Message>([^<]{1,300})<\/Message>/.exec(text)?.[1]
  if (code || message) return `: ${[code, message].filter(Boolean).join(' ')}`
  if (text.trimStart().startsWith('<')) return ''
  const plain = text
    .replace(/\s+/g, ' ')
    .replace(/https?:\/\/\S+/g, '<url>')
    .trim()
    .slice(0, 200)
  return plain ? `: ${plain}` : ''
}
