/**
 * A real node:http server on 127.0.0.1, port 0, for the client and uploader tests. `startServer`
 * hands each request to a raw handler; `scripted` replays a table of responses, one per request,
 * after reading the whole body (like octokit plugin-retry's tests).
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Recorded {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: Buffer
}

export interface TestServer {
  url: string
  requests: Recorded[]
  close(): Promise<void>
}

export type RawHandler = (req: IncomingMessage, res: ServerResponse, requests: Recorded[]) => void

export async function startServer(handler: RawHandler): Promise<TestServer> {
  const requests: Recorded[] = []
  const server = createServer((req, res) => handler(req, res, requests))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

export interface Reply {
  status: number
  headers?: Record<string, string>
  /** An object is sent as JSON; a string as is. */
  body?: unknown
}

export type Route = Reply | ((req: Recorded) => Reply)

/** Answers the n-th request with the n-th reply; requests past the table get 599. */
export function scripted(replies: Route[]): RawHandler {
  let n = 0
  return (req, res, requests) => {
    void readBody(req).then(body => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body }
      requests.push(recorded)
      const route = replies[n++]
      send(
        res,
        route === undefined
          ? { status: 599, body: 'no more replies' }
          : typeof route === 'function'
            ? route(recorded)
            : route
      )
    })
  }
}

export function send(res: ServerResponse, reply: Reply): void {
  const isText = typeof reply.body === 'string'
  const payload =
    reply.body === undefined ? '' : isText ? (reply.body as string) : JSON.stringify(reply.body)
  res.writeHead(reply.status, {
    'content-type': isText ? 'text/plain' : 'application/json',
    ...reply.headers
  })
  res.end(payload)
}

/** Apple's ErrorResponse document. */
export function appleError(status: number, code: string, title: string, detail: string): Reply {
  return { status, body: { errors: [{ id: 'e1', status: String(status), code, title, detail }] } }
}
