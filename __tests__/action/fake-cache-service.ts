/**
 * A fake Actions cache service (v2) on 127.0.0.1, port 0, for the real @actions/cache: the twirp
 * JSON API at /twirp/github.actions.results.api.v1.CacheService/<Method> (CreateCacheEntry,
 * FinalizeCacheEntryUpload, GetCacheEntryDownloadURL) and the blob PUT the Azure SDK sends to
 * the signed upload URL. Point @actions/cache at it with ACTIONS_RESULTS_URL and
 * ACTIONS_CACHE_SERVICE_V2. It keeps the service's rules that matter here: entries are
 * immutable, a lookup matches the cache version exactly, and a key or restore key matches
 * exactly first, then as a prefix, newest entry first. (Branch scopes come from the runtime
 * token's claims and are not modelled.)
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/'

export interface FakeEntry {
  id: number
  key: string
  version: string
  finalized: boolean
  blob?: Buffer
}

export interface FakeCacheService {
  /** For ACTIONS_RESULTS_URL. */
  url: string
  token: string
  entries: FakeEntry[]
  /** Twirp method names (and `PUT blob`), in order. */
  calls: Array<{ method: string; body: Record<string, unknown> }>
  /** Answers every twirp call with this HTTP status and twirp error. */
  failWith?: { status: number; code: string; msg: string }
  close(): Promise<void>
}

export async function startFakeCacheService(): Promise<FakeCacheService> {
  let nextId = 1
  const fake: FakeCacheService = {
    url: '',
    token: 'fake-runtime-token',
    entries: [],
    calls: [],
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }

  const handle = (req: IncomingMessage, res: ServerResponse, body: Buffer): void => {
    const url = new URL(req.url ?? '/', fake.url)
    const blob = url.pathname.match(/^\/blob\/(\d+)$/)
    if (blob && req.method === 'PUT') {
      fake.calls.push({ method: 'PUT blob', body: { size: body.length } })
      const entry = fake.entries.find(e => e.id === Number(blob[1]))
      if (!entry || url.searchParams.get('sig') !== `sig-${entry.id}`) return reply(res, 403, {})
      entry.blob = body
      res.writeHead(201, {
        etag: `"0x${entry.id}"`,
        'last-modified': new Date().toUTCString(),
        'x-ms-request-id': String(entry.id),
        'x-ms-version': '2026-02-06'
      })
      return void res.end()
    }
    if (!url.pathname.startsWith(SERVICE) || req.method !== 'POST') return reply(res, 404, {})
    const method = url.pathname.slice(SERVICE.length)
    const request = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>
    fake.calls.push({ method, body: request })
    if (req.headers.authorization !== `Bearer ${fake.token}`) {
      return reply(res, 401, { code: 'unauthenticated', msg: 'invalid token' })
    }
    if (fake.failWith) {
      return reply(res, fake.failWith.status, { code: fake.failWith.code, msg: fake.failWith.msg })
    }
    const key = String(request.key ?? '')
    const version = String(request.version ?? '')

    if (method === 'CreateCacheEntry') {
      if (fake.entries.some(e => e.key === key && e.version === version)) {
        return reply(res, 200, {
          ok: false,
          message: 'cache entry with the same key, version, and scope already exists'
        })
      }
      const entry: FakeEntry = { id: nextId++, key, version, finalized: false }
      fake.entries.push(entry)
      const signed = `${fake.url}/blob/${entry.id}?sig=sig-${entry.id}`
      return reply(res, 200, { ok: true, signed_upload_url: signed })
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const entry = fake.entries.find(e => e.key === key && e.version === version && e.blob)
      if (!entry || entry.finalized) return reply(res, 200, { ok: false })
      entry.finalized = true
      return reply(res, 200, { ok: true, entry_id: String(entry.id) })
    }
    if (method === 'GetCacheEntryDownloadURL') {
      const usable = fake.entries.filter(e => e.finalized && e.version === version).reverse()
      const keys = [key, ...((request.restore_keys as string[] | undefined) ?? [])]
      for (const wanted of keys) {
        const hit = usable.find(e => e.key === wanted) ?? usable.find(e => e.key.startsWith(wanted))
        if (hit) {
          return reply(res, 200, {
            ok: true,
            signed_download_url: `${fake.url}/blob/${hit.id}?sig=sig-${hit.id}`,
            matched_key: hit.key
          })
        }
      }
      return reply(res, 200, { ok: false })
    }
    reply(res, 404, { code: 'bad_route', msg: `no method ${method}` })
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => handle(req, res, Buffer.concat(chunks)))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return fake
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}
