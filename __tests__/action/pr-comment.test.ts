import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MemoryLogger } from '../../src/engine/log.js'
import {
  prCommentKey,
  prCommentMarker,
  upsertPrComment,
  type PrContext
} from '../../src/action/pr-comment.js'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'

// @actions/github reads GITHUB_API_URL and builds its `context` from GITHUB_EVENT_NAME,
// GITHUB_EVENT_PATH and GITHUB_REPOSITORY when it is first imported; upsertPrComment imports
// it lazily, so setting them in beforeAll is early enough (each test file has its own modules).
const ENV = [
  'GITHUB_API_URL',
  'GITHUB_EVENT_NAME',
  'GITHUB_EVENT_PATH',
  'GITHUB_REPOSITORY',
  'GITHUB_SERVER_URL',
  'GITHUB_RUN_ID'
] as const
const saved = Object.fromEntries(ENV.map(name => [name, process.env[name]]))
const ISSUE = 'octo/levels#7'
const HEAD = '0123456789abcdef0123456789abcdef01234567'

let fake: FakeGitHub
let dir: string

beforeAll(async () => {
  fake = await startFakeGitHub()
  dir = await mkdtemp(join(tmpdir(), 'pr-comment-'))
  const event = join(dir, 'event.json')
  await writeFile(event, JSON.stringify({ pull_request: { number: 7, head: { sha: HEAD } } }))
  Object.assign(process.env, {
    GITHUB_API_URL: fake.url,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'octo/levels',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242'
  })
})

afterAll(async () => {
  await fake.close()
  await rm(dir, { recursive: true, force: true })
  for (const name of ENV) {
    if (saved[name] === undefined) delete process.env[name]
    else process.env[name] = saved[name]
  }
})

beforeEach(() => {
  fake.comments.clear()
  fake.requests.length = 0
  fake.pageSize = 30
  fake.failWith = undefined
})

function pr(number: number, eventName = 'pull_request'): PrContext {
  return {
    eventName,
    payload: { pull_request: { number } },
    repo: { owner: 'octo', repo: 'levels' }
  }
}

describe('upsertPrComment', () => {
  it('creates the comment once, then updates it on the next push', async () => {
    const logger = new MemoryLogger()
    const first = await upsertPrComment({ token: 'test-token', key: 'Levels', body: 'one', logger })
    expect(first).toBe('created')
    const second = await upsertPrComment({
      token: 'test-token',
      key: 'Levels',
      body: 'two',
      logger
    })
    expect(second).toBe('updated')

    const comments = fake.comments.get(ISSUE) ?? []
    expect(comments).toHaveLength(1)
    const body = comments[0].body
    expect(body.startsWith(`${prCommentMarker('Levels')}\ntwo\n`)).toBe(true)
    // The footer comes from @actions/github's context, built from the environment.
    expect(body).toContain('commit `0123456`')
    expect(body).toContain('[workflow run](https://github.com/octo/levels/actions/runs/4242)')
    expect(fake.requests.map(r => r.method)).toEqual(['GET', 'POST', 'GET', 'PATCH'])
    expect(fake.requests[0].path).toBe('/repos/octo/levels/issues/7/comments?per_page=100')
    expect(fake.requests[3].path).toBe(`/repos/octo/levels/issues/comments/${comments[0].id}`)
    expect(fake.requests.every(r => r.authorization === 'token test-token')).toBe(true)
    expect(logger.lines.filter(l => l.startsWith('warning'))).toEqual([])
  })

  it('finds its comment on a later page (Link rel="next")', async () => {
    fake.pageSize = 2
    for (let i = 0; i < 5; i++) fake.addComment(ISSUE, `review comment ${i}`)
    const mine = fake.addComment(ISSUE, `${prCommentMarker('Levels')}\nold`, 'github-actions[bot]')
    fake.addComment(ISSUE, 'a later comment')

    const outcome = await upsertPrComment({
      token: 'test-token',
      key: 'Levels',
      body: 'new',
      logger: new MemoryLogger(),
      context: pr(7)
    })
    expect(outcome).toBe('updated')
    expect(fake.requests.map(r => r.method)).toEqual(['GET', 'GET', 'GET', 'PATCH'])
    expect(fake.requests[2].path).toContain('page=3')
    expect(mine.body).toContain('\nnew')
    expect(fake.comments.get(ISSUE)).toHaveLength(7)
  })

  it('keeps one comment per pack, and ignores comments that only quote the marker', async () => {
    const marker = prCommentMarker('Levels')
    fake.addComment(ISSUE, `> ${marker}\n> quoted by a reviewer`)
    const logger = new MemoryLogger()
    const upsert = (key: string, body: string) =>
      upsertPrComment({ token: 'test-token', key, body, logger, context: pr(7) })

    expect(await upsert('Levels', 'levels')).toBe('created')
    expect(await upsert('Music', 'music')).toBe('created')
    expect(await upsert('Levels', 'levels again')).toBe('updated')
    const bodies = (fake.comments.get(ISSUE) ?? []).map(c => c.body)
    expect(bodies).toHaveLength(3)
    expect(bodies[0]).toBe(`> ${marker}\n> quoted by a reviewer`)
    expect(bodies[1]).toContain('levels again')
    expect(bodies[2]).toContain('music')
  })

  it('warns with what to do on 403 (a fork, a read-only token), and does not throw', async () => {
    fake.failWith = {
      method: 'POST',
      status: 403,
      message: 'Resource not accessible by integration'
    }
    const logger = new MemoryLogger()
    const outcome = await upsertPrComment({
      token: 'test-token',
      key: 'Levels',
      body: 'x',
      logger,
      context: pr(7, 'pull_request_target')
    })
    expect(outcome).toBe('skipped')
    const warnings = logger.lines.filter(l => l.startsWith('warning'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('HTTP 403')
    expect(warnings[0]).toContain('Resource not accessible by integration')
    expect(warnings[0]).toContain('permissions: pull-requests: write')
  })

  it('warns on any other failure too (a server error)', async () => {
    fake.failWith = { method: '*', status: 502, message: 'Server Error' }
    const logger = new MemoryLogger()
    const input = { token: 'test-token', key: 'Levels', body: 'x', logger, context: pr(7) }
    expect(await upsertPrComment(input)).toBe('skipped')
    expect(logger.lines.at(-1)).toMatch(/^warning: Could not comment .*HTTP 502.*The run goes on/)
  })

  it('does nothing off pull-request events, or without a token', async () => {
    const logger = new MemoryLogger()
    const push = { ...pr(7, 'push'), payload: {} }
    expect(
      await upsertPrComment({ token: 'test-token', key: 'L', body: 'x', logger, context: push })
    ).toBe('skipped')
    expect(logger.lines).toEqual([
      "comment-on-pr: this run is a 'push' event, not a pull request; no comment."
    ])
    expect(await upsertPrComment({ token: '', key: 'L', body: 'x', logger, context: pr(7) })).toBe(
      'skipped'
    )
    expect(logger.lines[1]).toMatch(/^warning: comment-on-pr: github-token is empty/)
    expect(fake.requests).toEqual([])
  })
})

describe('prCommentKey and prCommentMarker', () => {
  it('keys the comment by the identifier input, else the manifest path', () => {
    expect(prCommentKey({ assetPackIdentifier: 'Levels', manifestPath: 'a/Manifest.json' })).toBe(
      'Levels'
    )
    expect(prCommentKey({ manifestPath: 'packs/Music/Manifest.json' })).toBe(
      'packs/Music/Manifest.json'
    )
  })

  it('cannot be closed early by the key', () => {
    expect(prCommentMarker('a --> b')).toBe('<!-- publish-asset-pack:a%20--%3E%20b -->')
  })
})
