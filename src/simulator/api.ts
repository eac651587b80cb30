// The API listener's request pipeline: auth → route (from the spec) → faults → quota →
// query and body validation → route → JSON:API answer with X-Rate-Limit, every step logged.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Authenticator } from './auth.js'
import type { Faults, TakenFault } from './faults.js'
import { ApiError, apiError, errors } from './jsonapi.js'
import type { RateLimiter } from './rate-limit.js'
import type { RouteContext, Simulated } from './routes/context.js'
import { ROUTES } from './routes/index.js'
import { matchSpecPath } from './spec/index.js'
import { sleep } from './uploads.js'
import { fieldsOf, parseQuery, validateBody } from './validation.js'

export interface RequestLogEntry {
  listener: 'api' | 'upload'
  method: string
  path: string
  /** The query string, with its '?'. */
  search: string
  operationId?: string
  /** 0 when the connection was dropped without an answer. */
  status: number
  fault?: string
  /** Why a token was refused (never sent to the client). */
  authFailure?: string
  partNumber?: number
  uploadFileId?: string
}

export interface ApiDeps {
  url: string
  auth: Authenticator
  limiter: RateLimiter
  faults: Faults
  requests: RequestLogEntry[]
  sim: Simulated
}

const MAX_BODY = 1024 * 1024
/** PATCH /v1/backgroundAssets/{id}: the one change a pack takes (archived). */
const ARCHIVE_OPERATION = 'backgroundAssets_updateInstance'

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) throw errors.unparsable('The request body is too large.')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export function createApiHandler(
  deps: ApiDeps
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { url, auth, limiter, faults, requests, sim } = deps
  const calls = new Map<string, number>()

  return async function handleApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const reqUrl = new URL(req.url ?? '/', url)
    const method = req.method ?? 'GET'
    const entry: RequestLogEntry = {
      listener: 'api',
      method,
      path: reqUrl.pathname,
      search: reqUrl.search,
      status: 0
    }
    let rateKey = 'anonymous'
    let thenFail = false
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      entry.status = status
      requests.push(entry)
      if (body === undefined) {
        // 204 No Content (a DELETE): no body, no Content-Type.
        res.writeHead(status, { 'X-Rate-Limit': limiter.header(rateKey), ...headers })
        res.end()
        return
      }
      const text = JSON.stringify(body)
      res.writeHead(status, {
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(text)),
        'X-Rate-Limit': limiter.header(rateKey),
        ...headers
      })
      res.end(text)
    }
    try {
      if (!reqUrl.pathname.startsWith('/v1/')) throw errors.pathNotFound()
      const verdict = await auth.verify(req.headers.authorization)
      if (verdict.keyId) rateKey = verdict.keyId
      if (!verdict.ok) {
        entry.authFailure = verdict.reason
        throw errors.notAuthorized()
      }
      const match = matchSpecPath(reqUrl.pathname)
      if (!match) throw errors.pathNotFound()
      const op = match.operations.find(o => o.method === method)
      if (!op) throw errors.methodNotAllowed()
      entry.operationId = op.operationId
      const n = (calls.get(op.operationId) ?? 0) + 1
      calls.set(op.operationId, n)
      const key = `${op.operationId}#${n}`

      const injected: TakenFault | undefined = faults.take({
        listener: 'api',
        method,
        path: reqUrl.pathname,
        operationId: op.operationId
      })
      if (injected) {
        entry.fault = injected.type
        switch (injected.type) {
          case 'reset':
            requests.push(entry)
            req.socket.destroy()
            return
          case 'delay':
            await sleep(injected.ms)
            break
          case 'hold':
            await injected.released
            break
          case 'unauthorized':
            throw errors.notAuthorized()
          case 'committedThen500':
            thenFail = true
            break
          case 'status':
            throw injectedStatus(injected.status, injected.retryAfterSeconds)
          case 'expired':
            break
        }
      } else {
        const burst = faults.rateLimitBurst(key)
        if (burst) {
          entry.fault = 'rateLimitBurst'
          throw errors.rateLimited(burst.retryAfterSeconds)
        }
        const write = method === 'POST' || method === 'PATCH'
        if (faults.hits(write ? 'write5xx' : 'read5xx', key)) {
          const status = faults.serverErrorStatus(key)
          entry.fault = `${write ? 'write' : 'read'}5xx`
          throw status === 500 ? errors.unexpected() : errors.unavailable()
        }
        if (write && faults.commitThen500(op.operationId, method)) {
          entry.fault = 'committedThen500'
          thenFail = true
        }
      }
      if (!limiter.take(rateKey)) throw errors.rateLimited()

      const query = parseQuery(op, reqUrl.searchParams)
      let body: unknown
      if (op.requestSchema) {
        const text = await readBody(req)
        try {
          body = JSON.parse(text)
        } catch {
          throw errors.unparsable('The request body is not valid JSON.')
        }
        validateBody(op, body)
      }
      if (op.operationId === ARCHIVE_OPERATION) {
        const slow = faults.options.slowArchiveMs ?? 0
        if (slow > 0) {
          entry.fault = 'slowArchive'
          await sleep(slow)
        }
        if (faults.archiveThen500()) {
          entry.fault = 'archiveThen500'
          thenFail = true
        }
      }
      const route = ROUTES[op.operationId]
      if (!route) throw errors.methodNotAllowed()
      const ctx: RouteContext = {
        op,
        params: match.params,
        query,
        fields: fieldsOf(query),
        include: query.lists.get('include') ?? [],
        body,
        url: reqUrl,
        sim
      }
      const result = await route(ctx)
      if (thenFail) throw errors.unexpected()
      send(result.status, result.body)
    } catch (e) {
      if (e instanceof ApiError) return send(e.status, { errors: e.errors }, e.headers)
      entry.fault = `internal: ${(e as Error).message}`
      const unexpected = errors.unexpected()
      send(unexpected.status, { errors: unexpected.errors })
    }
  }
}

function injectedStatus(status: number, retryAfterSeconds?: number): ApiError {
  if (status === 429) return errors.rateLimited(retryAfterSeconds)
  if (status === 401) return errors.notAuthorized()
  if (status === 500) return errors.unexpected()
  if (status === 503) return errors.unavailable()
  return apiError(
    status,
    status >= 500 ? 'UNEXPECTED_ERROR' : 'INJECTED_ERROR',
    `HTTP ${status}`,
    `An error with status ${status} injected by the simulator.`
  )
}
