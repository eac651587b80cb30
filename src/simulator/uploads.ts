// The upload host: a second listener (its own origin, like Apple's) that takes the part PUTs of
// reserved upload files at unguessable, expiring URLs. No JWT here: the URL is the credential.
// Each part must come with its operation's method, headers and exact length; faults apply here.
import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Faults, TakenFault } from './faults.js'
import { PartStore } from './part-store.js'
import type { UploadFile, UploadPart } from './state.js'

export interface UploadOptions {
  dataDir: string
  /** Nominal part size (default 5 MiB); parts vary around it. */
  partSizeBytes: number
  /** How much part sizes vary, as a fraction of partSizeBytes (default 0.25). */
  partJitter: number
  /** Lifetime of part URLs (default 24 hours). */
  partUrlLifetimeMs: () => number
  clock: () => number
  faults: Faults
  log: (entry: UploadLogEntry) => void
}

export interface UploadLogEntry {
  method: string
  path: string
  status: number
  partNumber?: number
  uploadFileId?: string
  fault?: string
}

export interface UploadStats {
  /** Every body byte that reached the upload host, refused or not. */
  bytesReceived: number
  /** Bytes of parts that were accepted. */
  bytesStored: number
  requests: number
  /** Requests that carried an Authorization header (a client leaking its JWT to the upload host). */
  requestsWithAuthorization: number
}

function xmlError(code: string, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>\n`
}

export class UploadHost {
  baseUrl = ''
  readonly stats: UploadStats = {
    bytesReceived: 0,
    bytesStored: 0,
    requests: 0,
    requestsWithAuthorization: 0
  }
  private readonly byToken = new Map<string, { file: UploadFile; part: UploadPart }>()
  private readonly options: UploadOptions
  /** Where the parts and the assembled files are kept. */
  readonly parts: PartStore

  constructor(options: UploadOptions) {
    this.options = options
    this.parts = new PartStore(options.dataDir, this.stats)
  }

  /** Splits a file into parts of uneven sizes, each with its own URL, headers and expiry. */
  planParts(file: UploadFile): UploadPart[] {
    const { partSizeBytes, partJitter, faults } = this.options
    const size = Math.max(1, Math.floor(partSizeBytes))
    const parts: UploadPart[] = []
    let offset = 0
    const expiresAt = this.options.clock() + this.options.partUrlLifetimeMs()
    while (offset < file.fileSize) {
      const remaining = file.fileSize - offset
      const r = faults.draw('part-size', `${file.ordinal}:${parts.length}`)
      const wanted = Math.max(1, Math.round(size * (1 - partJitter + 2 * partJitter * r)))
      const length = remaining <= wanted ? remaining : wanted
      const token = randomBytes(24).toString('base64url')
      const partNumber = parts.length + 1
      const part: UploadPart = {
        partNumber,
        offset,
        length,
        token,
        url: `${this.baseUrl}/upload/${token}?partNumber=${partNumber}`,
        expiresAt,
        requestHeaders: [
          { name: 'Content-Type', value: 'application/octet-stream' },
          { name: 'x-amz-content-sha256', value: 'UNSIGNED-PAYLOAD' },
          { name: 'x-amz-meta-part-token', value: randomBytes(8).toString('hex') }
        ],
        received: false,
        attempts: 0
      }
      this.byToken.set(token, { file, part })
      parts.push(part)
      offset += length
    }
    return parts
  }

  /** Handles one request to the upload listener. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.stats.requests += 1
    if (req.headers.authorization !== undefined) this.stats.requestsWithAuthorization += 1
    const url = new URL(req.url ?? '/', this.baseUrl)
    const method = req.method ?? 'GET'
    const token = /^\/upload\/([A-Za-z0-9_-]+)$/.exec(url.pathname)?.[1]
    const found = token ? this.byToken.get(token) : undefined
    const entry: UploadLogEntry = { method, path: url.pathname, status: 0 }
    const answer = async (status: number, body = '', headers: Record<string, string> = {}) => {
      await this.drain(req)
      entry.status = status
      this.options.log(entry)
      res.writeHead(status, {
        ...(body ? { 'Content-Type': 'application/xml' } : {}),
        'Content-Length': String(Buffer.byteLength(body)),
        ...headers
      })
      res.end(body)
    }
    if (!found) return answer(404, xmlError('NoSuchUpload', 'The specified upload does not exist.'))
    const { file, part } = found
    entry.partNumber = part.partNumber
    entry.uploadFileId = file.id
    if (method !== 'PUT') {
      return answer(
        405,
        xmlError('MethodNotAllowed', `The specified method is not allowed: ${method}`)
      )
    }
    part.attempts += 1
    const key = `${file.ordinal}:${part.partNumber}:${part.attempts}`
    const faults = this.options.faults
    const injected: TakenFault | undefined = faults.take({
      listener: 'upload',
      method,
      path: url.pathname,
      partNumber: part.partNumber,
      uploadFileId: file.id
    })
    if (injected?.type === 'delay') await sleep(injected.ms)
    if (injected?.type === 'hold') await injected.released
    if (injected?.type === 'expired' || this.options.clock() > part.expiresAt) {
      entry.fault = injected ? 'expired' : undefined
      return answer(403, xmlError('AccessDenied', 'Request has expired'))
    }
    if (injected?.type === 'status') {
      entry.fault = `status ${injected.status}`
      return answer(injected.status, xmlError('InternalError', 'Injected failure.'))
    }
    if (file.committed) {
      return answer(409, xmlError('InvalidRequest', 'The upload has already been committed.'))
    }
    if (!injected && faults.hits('part5xx', key)) {
      const status = faults.serverErrorStatus(key)
      entry.fault = `part5xx ${status}`
      return answer(
        status,
        xmlError(status === 503 ? 'SlowDown' : 'InternalError', 'Please try again.')
      )
    }
    if (injected?.type === 'reset' || (!injected && faults.hits('partReset', key))) {
      entry.fault = 'reset'
      entry.status = 0
      this.options.log(entry)
      return this.resetMidBody(req, part.length)
    }
    if (!injected && faults.hits('slowPart', key)) {
      entry.fault = 'slow'
      req.pause()
      await sleep(faults.options.slowPartMs ?? 200)
    }
    for (const h of part.requestHeaders) {
      if (req.headers[h.name.toLowerCase()] !== h.value) {
        return answer(
          400,
          xmlError('InvalidRequest', `Missing or wrong header ${h.name}: expected '${h.value}'.`)
        )
      }
    }
    const declared = req.headers['content-length']
    if (declared === undefined) {
      return answer(
        411,
        xmlError('MissingContentLength', 'You must provide the Content-Length HTTP header.')
      )
    }
    if (Number(declared) !== part.length) {
      return answer(
        400,
        xmlError(
          'InvalidRequest',
          `Content-Length ${declared} does not match the part length ${part.length}.`
        )
      )
    }
    const stored = await this.parts.write(req, file, part)
    if (!stored) {
      entry.status = 0
      entry.fault = entry.fault ?? 'client aborted'
      this.options.log(entry)
      return
    }
    return answer(200, '', { ETag: stored })
  }

  /** Reads about half the body, then drops the connection. */
  private resetMidBody(req: IncomingMessage, length: number): void {
    let seen = 0
    req.on('data', (chunk: Buffer) => {
      this.stats.bytesReceived += chunk.length
      seen += chunk.length
      if (seen >= length / 2) req.socket.destroy()
    })
    req.on('end', () => req.socket.destroy())
  }

  private async drain(req: IncomingMessage): Promise<void> {
    if (req.readableEnded) return
    req.resume()
    await new Promise<void>(resolve => {
      req.on('data', (chunk: Buffer) => {
        this.stats.bytesReceived += chunk.length
      })
      req.on('end', resolve)
      req.on('close', resolve)
      req.on('error', () => resolve())
    })
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}
