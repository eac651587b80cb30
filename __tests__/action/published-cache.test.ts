import { jest } from '@jest/globals'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MemoryLogger } from '../../src/engine/log.js'
import {
  packKeyPrefix,
  parsePublishedKey,
  publishedKey,
  rememberPublished,
  wasPublished,
  type CacheApi
} from '../../src/action/published-cache.js'
import { startFakeCacheService, type FakeCacheService } from './fake-cache-service.js'

const A = 'a'.repeat(64)
const B = 'b'.repeat(64)
const PACK = { appId: '1234567890', identifier: 'Levels' }

describe('cache keys', () => {
  it('hold the app, the pack, the digest and what it was published as', () => {
    const key = publishedKey(PACK, {
      sha256: A.toUpperCase(),
      assetPackId: 'pack-1',
      version: '3',
      versionId: '4f1c-99'
    })
    expect(key).toBe(`publish-asset-pack-v1_1234567890_Levels_${A}_pack-1_3_4f1c-99`)
    expect(key.startsWith(packKeyPrefix(PACK))).toBe(true)
    expect(parsePublishedKey(PACK, key)).toEqual({
      sha256: A,
      assetPackId: 'pack-1',
      version: '3',
      versionId: '4f1c-99',
      key
    })
  })

  it('never let one pack match another by prefix, and carry no commas', () => {
    const other = publishedKey({ ...PACK, identifier: 'Levels-extra' }, { sha256: A })
    expect(other.startsWith(packKeyPrefix(PACK))).toBe(false)
    expect(publishedKey({ appId: '12', identifier: 'x' }, { sha256: A })).not.toMatch(
      packKeyPrefix({ appId: '1', identifier: 'x' })
    )
    const odd = { sha256: B, assetPackId: 'a_b', version: '1,2', versionId: 'id/é' }
    const key = publishedKey({ appId: '1', identifier: 'P_1' }, odd)
    expect(key).not.toContain(',')
    expect(parsePublishedKey({ appId: '1', identifier: 'P_1' }, key)).toEqual({ ...odd, key })
    expect(parsePublishedKey(PACK, `${packKeyPrefix(PACK)}not-a-digest_x_y_z`)).toBeUndefined()
    expect(parsePublishedKey(PACK, 'some-other-cache')).toBeUndefined()
  })
})

describe('against a fake Actions cache service, through the real @actions/cache', () => {
  const ENV = [
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_CACHE_SERVICE_V2',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_CACHE_MODE',
    'RUNNER_TEMP',
    'GITHUB_WORKSPACE',
    'GITHUB_SERVER_URL'
  ] as const
  const saved = Object.fromEntries(ENV.map(name => [name, process.env[name]]))
  let service: FakeCacheService
  let temp: string
  let stdout: string[]

  beforeAll(async () => {
    service = await startFakeCacheService()
    temp = await mkdtemp(join(tmpdir(), 'published-cache-'))
  })
  afterAll(async () => {
    await service.close()
    await rm(temp, { recursive: true, force: true })
    for (const name of ENV) {
      if (saved[name] === undefined) delete process.env[name]
      else process.env[name] = saved[name]
    }
  })
  beforeEach(() => {
    for (const name of ENV) delete process.env[name]
    Object.assign(process.env, {
      ACTIONS_RESULTS_URL: `${service.url}/`,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RUNTIME_TOKEN: service.token,
      RUNNER_TEMP: temp,
      GITHUB_WORKSPACE: temp
    })
    service.entries.length = 0
    service.calls.length = 0
    service.failWith = undefined
    // @actions/cache logs through @actions/core (workflow commands on stdout): keep them to look at.
    stdout = []
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      stdout.push(String(chunk))
      return true
    })
  })
  afterEach(() => jest.restoreAllMocks())

  const lookup = (sha256: string, logger = new MemoryLogger()) =>
    wasPublished({ ...PACK, sha256 }, { logger })
  const remember = (sha256: string, version: string, logger = new MemoryLogger()) =>
    rememberPublished(
      { ...PACK, sha256, assetPackId: 'pack-1', version, versionId: `ver-${version}` },
      { logger }
    )

  it('misses, remembers a publish, then hits with what the outputs need', async () => {
    const logger = new MemoryLogger()
    expect(await lookup(A, logger)).toEqual({ published: false })
    expect(logger.lines.at(-1)).toMatch(/no publish of 'Levels' is remembered/)

    expect(await remember(A, '3')).toBe(true)
    const hit = await lookup(A, logger)
    expect(hit).toEqual({
      published: true,
      latest: {
        sha256: A,
        assetPackId: 'pack-1',
        version: '3',
        versionId: 'ver-3',
        key: `${packKeyPrefix(PACK)}${A}_pack-1_3_ver-3`
      }
    })
    expect(logger.lines.at(-1)).toBe(
      `skip-unchanged: version 3 (id ver-3) has this very archive (SHA-256 ${A}).`
    )

    expect(service.calls.map(c => c.method)).toEqual([
      'GetCacheEntryDownloadURL',
      'CreateCacheEntry',
      'PUT blob',
      'FinalizeCacheEntryUpload',
      'GetCacheEntryDownloadURL'
    ])
    const [get, create] = service.calls
    expect(get.body.key).toBe(packKeyPrefix(PACK))
    expect(get.body.restore_keys).toEqual([packKeyPrefix(PACK)])
    // Save and lookup must agree on the cache version (it hashes the cached path).
    expect(get.body.version).toBe(create.body.version)
    expect(service.entries[0].blob?.length).toBeGreaterThan(0)
    expect(logger.lines.filter(l => l.startsWith('warning'))).toEqual([])
  })

  it('compares with the latest publish only: A, then B, then A again', async () => {
    await remember(A, '1')
    await remember(B, '2')
    expect(await lookup(A)).toMatchObject({ published: false, latest: { sha256: B, version: '2' } })
    expect(await lookup(B)).toMatchObject({ published: true, latest: { version: '2' } })
    await remember(A, '3')
    expect(await lookup(A)).toMatchObject({ published: true, latest: { version: '3' } })
  })

  it("never takes another pack's entry, even one whose identifier extends this one", async () => {
    await rememberPublished(
      { ...PACK, identifier: 'Levels-extra', sha256: A, version: '1' },
      { logger: new MemoryLogger() }
    )
    expect(await lookup(A)).toEqual({ published: false })
  })

  it('takes a key saved already (another job, a re-run) calmly', async () => {
    expect(await remember(A, '1')).toBe(true)
    const logger = new MemoryLogger()
    expect(await remember(A, '1', logger)).toBe(false)
    expect(logger.lines.filter(l => l.startsWith('warning'))).toEqual([])
    expect(service.entries).toHaveLength(1)
  })

  it('publishes anyway when the service answers with an error', async () => {
    service.failWith = { status: 403, code: 'permission_denied', msg: 'cache read denied: scope' }
    const logger = new MemoryLogger()
    // @actions/cache warns itself and reports a miss: the caller publishes.
    expect(await lookup(A, logger)).toEqual({ published: false })
    expect(stdout.join('')).toMatch(/::warning::Failed to restore: .*cache read denied/)
    expect(await remember(A, '1', logger)).toBe(false)
    expect(service.entries).toEqual([])
  })

  it('publishes anyway when the service is unreachable', async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as AddressInfo
    await new Promise<void>(resolve => closed.close(() => resolve()))
    process.env.ACTIONS_RESULTS_URL = `http://127.0.0.1:${port}/`

    expect(await lookup(A)).toEqual({ published: false })
    expect(stdout.join('')).toMatch(/::warning::Failed to restore: .*ECONNREFUSED/)
    expect(await remember(A, '1')).toBe(false)
  })

  it('warns and answers "unknown" off a runner (no cache service)', async () => {
    delete process.env.ACTIONS_RESULTS_URL
    const logger = new MemoryLogger()
    expect(await lookup(A, logger)).toBeUndefined()
    expect(logger.lines).toEqual([
      expect.stringMatching(/^warning: skip-unchanged: the Actions cache service is not available/)
    ])
    expect(await remember(A, '1', logger)).toBe(false)
    expect(logger.lines[1]).toMatch(/^skip-unchanged: .* not remembered/)
    expect(service.calls).toEqual([])
  })
})

describe('with an injected cache module', () => {
  const failing = (error: Error): CacheApi => ({
    isFeatureAvailable: () => true,
    restoreCache: () => Promise.reject(error),
    saveCache: () => Promise.reject(error)
  })
  let temp: string
  beforeAll(async () => {
    temp = await mkdtemp(join(tmpdir(), 'published-cache-'))
  })
  afterAll(() => rm(temp, { recursive: true, force: true }))

  it('turns a throw into a warning: unknown, publish anyway; not remembered', async () => {
    const logger = new MemoryLogger()
    const cache = failing(new Error('Key Validation Error: too long'))
    expect(await wasPublished({ ...PACK, sha256: A }, { logger, cache, tempDir: temp })).toBe(
      undefined
    )
    expect(await rememberPublished({ ...PACK, sha256: A }, { logger, cache, tempDir: temp })).toBe(
      false
    )
    expect(logger.lines).toEqual([
      'warning: skip-unchanged: could not read the Actions cache (Key Validation Error: too ' +
        'long), so the last published archive is unknown. Publishing anyway.',
      'warning: skip-unchanged: could not remember this publish in the Actions cache (Key ' +
        'Validation Error: too long); the next run publishes the same archive again.'
    ])
  })

  it('does not warn when the key is being saved by another job', async () => {
    const busy = Object.assign(new Error('another job may be creating this cache'), {
      name: 'ReserveCacheError'
    })
    const logger = new MemoryLogger()
    const options = { logger, cache: failing(busy), tempDir: temp }
    expect(await rememberPublished({ ...PACK, sha256: A }, options)).toBe(false)
    expect(logger.lines).toEqual([expect.stringMatching(/^debug: /)])
  })
})
