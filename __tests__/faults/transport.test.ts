// Transport safety, end to end through dist/index.js: plain http only to loopback; the token
// only to the API's origin (never to part URLs or any other host); no redirect followed, so none
// can carry the token or the archive elsewhere. Hostile answers come from a small loopback proxy
// in front of the simulator that redirects or rewrites what the simulator says.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { request } from 'undici'
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import {
  committedAssets,
  COMMIT,
  makeWorkspace,
  receivedEquals,
  runAction,
  simInputs,
  type Workspace
} from './support.js'

interface Seen {
  method: string
  url: string
  authorization?: string
}

/** A loopback server that records each request and answers with `handle`. */
async function serve(
  handle: (req: IncomingMessage, res: ServerResponse, body: Buffer) => unknown
): Promise<{ url: string; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = []
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization
      })
      Promise.resolve(handle(req, res, Buffer.concat(chunks))).catch(() => res.destroy())
    })
  })
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise(r => {
        server.close(() => r())
        server.closeAllConnections()
      })
  }
}

/** Forwards a request to `target` as it came, and hands the answer's text to `rewrite`. */
function forwardTo(target: string, rewrite: (text: string) => string = t => t) {
  return async (req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> => {
    const headers = { ...req.headers }
    delete headers.host
    delete headers['content-length']
    const answer = await request(target + (req.url ?? '/'), {
      method: req.method as 'GET',
      headers,
      body: body.length ? body : undefined
    })
    const text = rewrite(await answer.body.text())
    const out: Record<string, string> = { 'content-type': 'application/json' }
    for (const name of ['x-rate-limit', 'retry-after']) {
      const value = answer.headers[name]
      if (typeof value === 'string') out[name] = value
    }
    res.writeHead(answer.statusCode, { ...out, 'content-length': String(Buffer.byteLength(text)) })
    res.end(text)
  }
}

/** A simulator, a workspace and the servers a test starts, for one test; tests run side by side. */
async function withSim(
  fn: (
    sim: Simulator,
    ws: Workspace,
    closeLater: (c: { close(): Promise<void> }) => void
  ) => Promise<void>
): Promise<void> {
  const ws = await makeWorkspace()
  const sim = await createSimulator({
    processingDelayMs: 100,
    manifestCheckDelayMs: 20,
    partSizeBytes: 64 * 1024,
    // An existing pack, so that a run lists its versions (a pack it creates has none to list).
    state: { packs: [{ assetPackIdentifier: 'Tutorial' }] }
  })
  const servers: Array<{ close(): Promise<void> }> = []
  try {
    await fn(sim, ws, c => servers.push(c))
  } finally {
    await Promise.all(servers.map(c => c.close()))
    await sim.close()
    await ws.remove()
  }
}

test.concurrent(
  'plain http to a host that is not loopback is refused before anything is sent',
  () =>
    withSim(async (sim, ws) => {
      const urls = ['http://api.example.com', 'http://10.0.0.1:8080', 'http://127.0.0.1.nip.io']
      const runs = await Promise.all(
        urls.map(url => runAction(simInputs(sim, ws, { 'api-base-url': url })))
      )
      for (const run of runs) {
        expect(run.exitCode).toBe(1)
        expect(run.errors.join('\n')).toMatch(/Input 'api-base-url': .*must use https/)
      }
      expect(sim.requests).toEqual([])
    })
)

test.concurrent('a publish sends the token to the API only: never to the upload host', () =>
  withSim(async (sim, ws) => {
    const run = await runAction(simInputs(sim, ws))
    expect(run.exitCode).toBe(0)
    expect(sim.uploadStats.requests).toBeGreaterThan(1)
    expect(sim.uploadStats.requestsWithAuthorization).toBe(0)
    expect(sim.count({ listener: 'api' })).toBeGreaterThan(5)
    expect(await receivedEquals(sim, run.outputs['asset-upload-file-id'], ws)).toBe(true)
  })
)

test.concurrent('an API redirect is not followed: the other host never sees the token', () =>
  withSim(async (sim, ws, closeLater) => {
    const elsewhere = await serve((_req, res) => res.writeHead(200).end('{}'))
    const redirector = await serve((req, res) =>
      res.writeHead(307, { location: elsewhere.url + (req.url ?? '/') }).end()
    )
    closeLater(elsewhere)
    closeLater(redirector)
    const run = await runAction(simInputs(sim, ws, { 'api-base-url': redirector.url }))
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toMatch(
      /answered 307 \(a redirect\) .*redirects are not followed/
    )
    expect(redirector.seen).toHaveLength(1) // not retried either
    expect(redirector.seen[0].authorization).toMatch(/^Bearer /)
    expect(elsewhere.seen).toEqual([])
  })
)

test.concurrent('a redirect to the API itself is not followed either, even mid-run', () =>
  withSim(async (sim, ws, closeLater) => {
    // The proxy passes everything to the simulator but answers the versions list with a redirect
    // to the simulator's own URL: another origin for the token, so it is refused.
    const proxy = await serve(async (req, res, body) => {
      if (req.method === 'GET' && /\/versions\b/.test(req.url ?? '')) {
        res.writeHead(302, { location: sim.url + (req.url ?? '/') }).end()
        return
      }
      await forwardTo(sim.url)(req, res, body)
    })
    closeLater(proxy)
    const before = sim.requests.length
    const run = await runAction(simInputs(sim, ws, { 'api-base-url': proxy.url }))
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toMatch(/answered 302 \(a redirect\) to GET .*\/versions/)
    // The simulator saw only what the proxy forwarded: no versions list followed the redirect.
    expect(sim.requests.slice(before).filter(r => r.path.endsWith('/versions'))).toEqual([])
  })
)

test.concurrent(
  'part URLs in plain http to a host that is not loopback are refused; nothing is sent or committed',
  () =>
    withSim(async (sim, ws, closeLater) => {
      // The proxy rewrites the upload host in every answer to a public name (same port).
      const uploadHost = new URL(sim.uploadUrl).host
      const proxy = await serve(
        forwardTo(sim.url, text =>
          text.replaceAll(
            `http://${uploadHost}`,
            `http://uploads.example.com:${new URL(sim.uploadUrl).port}`
          )
        )
      )
      closeLater(proxy)
      const run = await runAction(simInputs(sim, ws, { 'api-base-url': proxy.url }))
      expect(run.exitCode).toBe(1)
      const error = run.errors.join('\n')
      expect(error).toContain('Refusing upload URL http://uploads.example.com:')
      expect(error).toContain('plain http is allowed only to a loopback host')
      // The URL is shown as its origin only, and nothing reached any upload host.
      expect(error).not.toMatch(/\/upload\//)
      expect(sim.uploadStats.requests).toBe(0)
      expect(sim.count({ operationId: COMMIT })).toBe(0)
    })
)

test.concurrent(
  'a part answered with a redirect is not followed: the bytes go nowhere else, nothing is committed',
  () =>
    withSim(async (sim, ws, closeLater) => {
      // Part URLs are rewritten to a loopback redirector that sends every PUT to a recorder.
      const elsewhere = await serve((_req, res) => res.writeHead(200).end())
      const redirector = await serve((req, res) =>
        res.writeHead(307, { location: elsewhere.url + (req.url ?? '/') }).end()
      )
      const proxy = await serve(
        forwardTo(sim.url, text => text.replaceAll(sim.uploadUrl, redirector.url))
      )
      closeLater(elsewhere)
      closeLater(redirector)
      closeLater(proxy)
      const run = await runAction(simInputs(sim, ws, { 'api-base-url': proxy.url }))
      expect(run.exitCode).toBe(1)
      expect(run.errors.join('\n')).toMatch(/Upload of part 1 .*failed: HTTP 307/)
      expect(redirector.seen.length).toBeGreaterThan(0)
      expect(redirector.seen.every(s => s.authorization === undefined)).toBe(true)
      expect(elsewhere.seen).toEqual([])
      expect(committedAssets(sim)).toEqual([])
      expect(sim.count({ operationId: COMMIT })).toBe(0)
    })
)
