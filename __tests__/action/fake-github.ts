/**
 * A fake GitHub REST API on 127.0.0.1, port 0: just the issue-comment endpoints a pull-request
 * comment needs, with GitHub's pagination (a Link header with rel="next"), its JSON shapes and
 * its error bodies. Point @actions/github at it with GITHUB_API_URL.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: string }
  html_url: string
}

export interface FakeRequest {
  method: string
  path: string
  authorization?: string
}

export interface FakeGitHub {
  url: string
  /** Comments per `owner/repo#number`. */
  comments: Map<string, FakeComment[]>
  requests: FakeRequest[]
  /** Comments per page, whatever per_page asks (GitHub caps it at 100). */
  pageSize: number
  /** Answers every request whose method matches (or all, with '*') with this error. */
  failWith?: { method: string; status: number; message: string }
  addComment(issue: string, body: string, login?: string): FakeComment
  close(): Promise<void>
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  let nextId = 1000
  const fake: FakeGitHub = {
    url: '',
    comments: new Map(),
    requests: [],
    pageSize: 30,
    addComment(issue, body, login = 'someone') {
      const [repoPath, number] = issue.split('#')
      const comment: FakeComment = {
        id: nextId++,
        body,
        user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
        html_url: `https://github.com/${repoPath}/pull/${number}#issuecomment-${nextId}`
      }
      fake.comments.set(issue, [...(fake.comments.get(issue) ?? []), comment])
      return comment
    },
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }

  const server = createServer((req, res) => {
    void readJson(req).then(body => route(fake, req, res, body))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return fake
}

function route(fake: FakeGitHub, req: IncomingMessage, res: ServerResponse, body: unknown): void {
  const url = new URL(req.url ?? '/', fake.url)
  const method = req.method ?? 'GET'
  fake.requests.push({
    method,
    path: url.pathname + url.search,
    authorization: req.headers.authorization
  })
  if (fake.failWith && (fake.failWith.method === '*' || fake.failWith.method === method)) {
    return send(res, fake.failWith.status, {
      message: fake.failWith.message,
      documentation_url: 'https://docs.github.com/rest',
      status: String(fake.failWith.status)
    })
  }
  if (req.headers.authorization !== 'token test-token') {
    return send(res, 401, { message: 'Bad credentials', status: '401' })
  }

  const list = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/)
  if (list) {
    const issue = `${list[1]}/${list[2]}#${list[3]}`
    if (method === 'GET') {
      const all = fake.comments.get(issue) ?? []
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), fake.pageSize)
      const page = Number(url.searchParams.get('page') ?? 1)
      const last = Math.max(1, Math.ceil(all.length / perPage))
      const headers: Record<string, string> = {}
      if (page < last) {
        const link = (n: number) => {
          const next = new URL(url)
          next.searchParams.set('page', String(n))
          return next.href
        }
        headers.link = `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"`
      }
      return send(res, 200, all.slice((page - 1) * perPage, page * perPage), headers)
    }
    if (method === 'POST') {
      const text = (body as { body?: unknown })?.body
      if (typeof text !== 'string') return send(res, 422, { message: 'Validation Failed' })
      return send(res, 201, fake.addComment(issue, text, 'github-actions[bot]'))
    }
  }
  const one = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/)
  if (one && method === 'PATCH') {
    for (const comments of fake.comments.values()) {
      const comment = comments.find(c => c.id === Number(one[3]))
      if (comment) {
        comment.body = String((body as { body?: unknown })?.body)
        return send(res, 200, comment)
      }
    }
  }
  send(res, 404, { message: 'Not Found', status: '404' })
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      resolve(text ? JSON.parse(text) : undefined)
    })
    req.on('error', reject)
  })
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}
