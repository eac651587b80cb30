import { randomBytes } from 'node:crypto'
import { mkdtemp, rename, rm, truncate, writeFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TransportSecurityError } from '../../src/engine/asc/errors.js'
import { MemoryLogger } from '../../src/engine/log.js'
import {
  PartUploadError,
  UploadStalledError,
  UploadUrlExpiredError
} from '../../src/engine/upload/errors.js'
import {
  BufferRing,
  uploadParts,
  type UploadOptions,
  type UploadPart
} from '../../src/engine/upload/uploader.js'
import { readBody, send, startServer, type TestServer } from '../asc/http-server.js'

let dir: string
let server: TestServer | undefined
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uploader-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})
afterEach(async () => {
  await server?.close()
  server = undefined
})

interface Hit {
  part: number
  attempt: number
  req: IncomingMessage
  res: ServerResponse
}

/** The part host: stores each part's bytes; `behave` may answer differently (return true if it did). */
async function partHost(behave?: (hit: Hit) => boolean | Promise<boolean>) {
  const received = new Map<number, Buffer>()
  const attempts = new Map<number, number>()
  const headers: Array<Record<string, unknown>> = []
  const stats = { inFlight: 0, maxInFlight: 0, requests: 0 }
  server = await startServer((req, res) => {
    const part = Number(/\/part\/(\d+)/.exec(req.url ?? '')?.[1])
    const attempt = (attempts.get(part) ?? 0) + 1
    attempts.set(part, attempt)
    stats.requests++
    stats.maxInFlight = Math.max(stats.maxInFlight, ++stats.inFlight)
    res.on('close', () => stats.inFlight--)
    headers.push({ ...req.headers, method: req.method, part })
    void (async () => {
      if (behave && (await behave({ part, attempt, req, res }))) return
      received.set(part, await readBody(req))
      send(res, { status: 200, headers: { etag: `"etag-${part}"` } })
    })()
  })
  return { received, attempts, headers, stats, url: server.url }
}

async function file(
  size: number,
  name = `f${Math.random()}`
): Promise<{ path: string; bytes: Buffer }> {
  const bytes = randomBytes(size)
  const path = join(dir, name)
  await writeFile(path, bytes)
  return { path, bytes }
}

/** Operations for the given part lengths, numbered from 1, in the order given by `order`. */
function ops(base: string, lengths: number[], order?: number[]): UploadPart[] {
  let offset = 0
  const all = lengths.map((length, i) => {
    const op = {
      method: 'PUT',
      url: `${base}/part/${i + 1}?X-Amz-Signature=sig${i + 1}&X-Amz-Expires=3600`,
      offset,
      length,
      partNumber: i + 1,
      expiration: new Date(Date.now() + 3_600_000).toISOString(),
      requestHeaders: [
        { name: 'Content-Type', value: 'application/octet-stream' },
        { name: 'x-amz-meta-part', value: String(i + 1) }
      ]
    }
    offset += length
    return op
  })
  return order ? order.map(i => all[i]) : all
}

function reassemble(received: Map<number, Buffer>): Buffer {
  return Buffer.concat([...received.entries()].sort((a, b) => a[0] - b[0]).map(e => e[1]))
}

function options(path: string, operations: UploadPart[], extra: Partial<UploadOptions> = {}) {
  const logger = new MemoryLogger()
  const sleeps: number[] = []
  const progress: number[] = []
  const opts: UploadOptions = {
    filePath: path,
    operations,
    logger,
    env: { sleep: async ms => void sleeps.push(ms), random: () => 0.5 },
    onProgress: sent => progress.push(sent),
    ...extra
  }
  return { opts, logger, sleeps, progress }
}

describe('uploadParts', () => {
  it('sends uneven parts in any order, each exactly as its operation says', async () => {
    const host = await partHost()
    const { path, bytes } = await file(300_001)
    const lengths = [70_000, 80_000, 1, 150_000]
    const { opts, logger, progress } = options(path, ops(host.url, lengths, [3, 0, 2, 1]), {
      concurrency: 2
    })
    const result = await uploadParts(opts)
    expect(result).toMatchObject({ parts: 4, bytes: 300_001, attempts: 4 })
    expect(reassemble(host.received).equals(bytes)).toBe(true)
    for (const h of host.headers) {
      expect(h.method).toBe('PUT')
      expect(h['content-length']).toBe(String(lengths[(h.part as number) - 1]))
      expect(h['content-type']).toBe('application/octet-stream')
      expect(h['x-amz-meta-part']).toBe(String(h.part))
      expect(h).not.toHaveProperty('authorization')
    }
    expect(progress.at(-1)).toBe(300_001)
    expect(Math.max(...progress)).toBe(300_001)
    expect(logger.secrets).toHaveLength(4)
  })

  it('keeps at most `concurrency` parts in flight', async () => {
    const host = await partHost(async ({ req, res }) => {
      await readBody(req)
      setTimeout(() => send(res, { status: 200 }), 25)
      return true
    })
    const { path } = await file(10_000)
    await uploadParts(options(path, ops(host.url, Array(10).fill(1000)), { concurrency: 3 }).opts)
    expect(host.stats.requests).toBe(10)
    expect(host.stats.maxInFlight).toBe(3)
  })

  it('sends one part at a time with concurrency 1', async () => {
    const host = await partHost(async ({ req, res }) => {
      await readBody(req)
      setTimeout(() => send(res, { status: 200 }), 5)
      return true
    })
    const { path } = await file(4000)
    await uploadParts(options(path, ops(host.url, Array(4).fill(1000)), { concurrency: 1 }).opts)
    expect(host.stats.maxInFlight).toBe(1)
  })

  it('retries a part answered 500 with a fresh stream: the bytes arrive intact', async () => {
    const host = await partHost(async ({ part, attempt, req, res }) => {
      if (part !== 2 || attempt > 1) return false
      await readBody(req) // the whole body was consumed by the failed attempt
      send(res, { status: 500, body: 'InternalError' })
      return true
    })
    const { path, bytes } = await file(200_000)
    const { opts, progress, sleeps } = options(path, ops(host.url, [50_000, 100_000, 50_000]), {
      highWaterMark: 16 * 1024
    })
    const result = await uploadParts(opts)
    expect(result.attempts).toBe(4)
    expect(host.attempts.get(2)).toBe(2)
    expect(reassemble(host.received).equals(bytes)).toBe(true)
    expect(sleeps).toEqual([750])
    // the failed attempt's bytes were taken back, then sent again
    expect(progress.some((v, i) => i > 0 && v < progress[i - 1])).toBe(true)
    expect(progress.at(-1)).toBe(200_000)
  })

  it('honours Retry-After from the part host', async () => {
    const host = await partHost(async ({ attempt, req, res }) => {
      if (attempt > 1) return false
      await readBody(req)
      send(res, { status: 503, headers: { 'retry-after': '3' }, body: 'SlowDown' })
      return true
    })
    const { path } = await file(10)
    const { opts, sleeps } = options(path, ops(host.url, [10]))
    await uploadParts(opts)
    expect(sleeps).toEqual([3000])
  })

  it('retries a part whose connection was reset halfway', async () => {
    const host = await partHost(({ part, attempt, req }) => {
      if (part !== 1 || attempt > 1) return false
      req.once('data', () => req.socket.destroy())
      return true
    })
    const { path, bytes } = await file(2_000_000)
    const { opts, logger } = options(path, ops(host.url, [1_500_000, 500_000]))
    await uploadParts(opts)
    expect(host.attempts.get(1)).toBe(2)
    expect(reassemble(host.received).equals(bytes)).toBe(true)
    expect(logger.lines.some(l => /^Part 1: network error; retry 1/.test(l))).toBe(true)
  })

  it('aborts the other parts and rejects when a part fails for good', async () => {
    const hung: IncomingMessage[] = []
    const host = await partHost(({ part, req, res }) => {
      if (part === 1) {
        send(res, {
          status: 400,
          body: '<Error><Code>InvalidArgument</Code><Message>Bad part</Message><StringToSign>x</StringToSign></Error>'
        })
        return true
      }
      hung.push(req) // never answered
      return true
    })
    const { path } = await file(6000)
    const { opts } = options(path, ops(host.url, Array(6).fill(1000)), { concurrency: 2 })
    const error = (await uploadParts(opts).catch((e: unknown) => e)) as PartUploadError
    expect(error).toBeInstanceOf(PartUploadError)
    expect(error.status).toBe(400)
    expect(error.message).toBe(
      'Upload of part 1 (bytes 0-999) failed: HTTP 400: InvalidArgument Bad part'
    )
    expect(error.request?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/<redacted>$/)
    expect(error.oneLine()).not.toContain('sig1')
    expect(host.attempts.get(1)).toBe(1) // a 400 is final
    expect(host.stats.requests).toBeLessThan(6) // the queue stopped
    await new Promise(r => setTimeout(r, 50))
    expect(host.stats.inFlight).toBe(0) // the hung part was aborted
  })

  it('aborts an attempt whose progress stalls, and retries it', async () => {
    const host = await partHost(({ part, attempt, req }) => {
      if (part !== 1 || attempt > 1) return false
      req.pause() // read nothing, answer nothing
      return true
    })
    const { path, bytes } = await file(100_000)
    const { opts, logger } = options(path, ops(host.url, [60_000, 40_000]), { stallTimeoutMs: 100 })
    await uploadParts(opts)
    expect(host.attempts.get(1)).toBe(2)
    expect(reassemble(host.received).equals(bytes)).toBe(true)
    expect(logger.lines.some(l => /^Part 1: stalled; retry 1/.test(l))).toBe(true)
  })

  it('gives up when every attempt stalls: "Upload progress stalled"', async () => {
    const host = await partHost(({ req }) => {
      req.pause()
      return true
    })
    const { path } = await file(1000)
    const { opts } = options(path, ops(host.url, [1000]), {
      stallTimeoutMs: 60,
      retry: { maxAttempts: 2 }
    })
    const error = (await uploadParts(opts).catch((e: unknown) => e)) as UploadStalledError
    expect(error).toBeInstanceOf(UploadStalledError)
    expect(error.message).toMatch(/^Upload progress stalled: no progress on part 1/)
    expect(error.attempts).toBe(2)
  })

  it('does not send a part whose URL has expired, and says to reserve again', async () => {
    const host = await partHost()
    const { path } = await file(1000)
    const operations = ops(host.url, [500, 500])
    operations[1] = { ...operations[1], expiration: new Date(Date.now() - 1000).toISOString() }
    const error = (await uploadParts(options(path, operations, { concurrency: 1 }).opts).catch(
      (e: unknown) => e
    )) as UploadUrlExpiredError
    expect(error).toBeInstanceOf(UploadUrlExpiredError)
    expect(error.hint).toMatch(/Reserve the upload again/)
    expect(host.attempts.get(2)).toBeUndefined()
  })

  it('treats a 403 about an expired signature as expired, without retrying', async () => {
    const host = await partHost(({ res }) => {
      send(res, {
        status: 403,
        body: '<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>'
      })
      return true
    })
    const { path } = await file(100)
    const error = await uploadParts(options(path, ops(host.url, [100])).opts).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(UploadUrlExpiredError)
    expect(host.stats.requests).toBe(1)
  })

  it('stops at once when the signal aborts', async () => {
    const host = await partHost(() => true) // never answers
    const { path } = await file(4000)
    const controller = new AbortController()
    const { opts } = options(path, ops(host.url, Array(4).fill(1000)), {
      signal: controller.signal
    })
    setTimeout(() => controller.abort(new Error('cancelled by the user')), 30)
    await expect(uploadParts(opts)).rejects.toThrow('cancelled by the user')
    await new Promise(r => setTimeout(r, 50))
    expect(host.stats.inFlight).toBe(0)
  })

  it('refuses plain http to a non-loopback part host, and operations past the end of the file', async () => {
    const { path } = await file(100)
    const insecure = [
      { method: 'PUT', url: 'http://parts.example.com/p?sig=1', offset: 0, length: 100 }
    ]
    await expect(uploadParts(options(path, insecure).opts)).rejects.toBeInstanceOf(
      TransportSecurityError
    )
    const tooLong = [{ method: 'PUT', url: 'https://parts.example.com/p', offset: 50, length: 51 }]
    await expect(uploadParts(options(path, tooLong).opts)).rejects.toThrow(
      /past the end of the file \(100 bytes\)/
    )
    await expect(uploadParts(options(path, tooLong, { concurrency: 0 }).opts)).rejects.toThrow(
      RangeError
    )
  })

  it('streams with backpressure: a part is never read into memory ahead of the socket', async () => {
    let resume: () => void = () => undefined
    const host = await partHost(({ req, res }) => {
      req.pause()
      resume = () => {
        let n = 0
        req.on('data', (c: Buffer) => (n += c.length))
        req.on('end', () => {
          host.received.set(1, Buffer.from(String(n)))
          send(res, { status: 200 })
        })
        req.resume()
      }
      return true
    })
    const size = 64 * 1024 * 1024
    const path = join(dir, 'sparse')
    await writeFile(path, '')
    await truncate(path, size) // sparse: cheap to create
    const { opts, progress } = options(path, ops(host.url, [size]))
    const done = uploadParts(opts)
    await new Promise(r => setTimeout(r, 300))
    const readWhilePaused = progress.at(-1) ?? 0
    resume()
    await done
    expect(readWhilePaused).toBeLessThan(size / 2)
    expect(host.received.get(1)?.toString()).toBe(String(size))
  })

  it('reuses its read buffers without mixing up bytes, also while the socket is full', async () => {
    // 16 KiB chunks, so each worker's buffers are filled again many times per part; the host
    // reads nothing at first, so the kernel's buffers fill up and writes queue in Node.
    const host = await partHost(async ({ req, res, part }) => {
      req.pause()
      await new Promise(r => setTimeout(r, 150))
      req.resume()
      host.received.set(part, await readBody(req))
      send(res, { status: 200 })
      return true
    })
    const size = 24 * 1024 * 1024 + 123
    const { path, bytes } = await file(size)
    const lengths = [16 * 1024 * 1024, 700_000]
    lengths.push(size - lengths.reduce((a, b) => a + b))
    const { opts } = options(path, ops(host.url, lengths), {
      concurrency: 2,
      highWaterMark: 16 * 1024
    })
    await uploadParts(opts)
    expect(reassemble(host.received).equals(bytes)).toBe(true)
  })

  it('sends the bytes of the file it opened, even if the path is replaced during the upload', async () => {
    let resume: () => void = () => undefined
    const host = await partHost(async ({ part, req, res }) => {
      if (part !== 2) return false
      await new Promise<void>(r => (resume = r))
      host.received.set(part, await readBody(req))
      send(res, { status: 200 })
      return true
    })
    const { path, bytes } = await file(40_000, 'replaced')
    const other = await file(40_000, 'other')
    const { opts } = options(path, ops(host.url, [20_000, 20_000]), {
      concurrency: 1,
      highWaterMark: 4096
    })
    const done = uploadParts(opts)
    while (host.attempts.get(2) === undefined) await new Promise(r => setTimeout(r, 5))
    await rename(other.path, path) // what was hashed is no longer at the path
    resume()
    await done
    expect(reassemble(host.received).equals(bytes)).toBe(true)
  })

  it('fails, naming the file, when the file gets shorter during the upload', async () => {
    const host = await partHost(async ({ part, attempt, req, res }) => {
      if (part === 2 && attempt === 1) {
        req.pause()
        await truncate(path, 30_000) // cut inside part 2, after the upload was planned
        req.resume()
      }
      await readBody(req).catch(() => undefined)
      send(res, { status: 200 })
      return true
    })
    const { path } = await file(2_000_000, 'shrinks')
    const { opts } = options(path, ops(host.url, [20_000, 1_980_000]), {
      concurrency: 1,
      highWaterMark: 16 * 1024,
      retry: { maxAttempts: 2 }
    })
    const error = (await uploadParts(opts).catch((e: unknown) => e)) as PartUploadError
    expect(error).toBeInstanceOf(PartUploadError)
    expect(error.part.partNumber).toBe(2)
    expect(error.message).toContain(`'${path}' ended at byte`)
    expect(error.message).toContain('was the file changed during the upload?')
  })

  it('logs progress through its default reporter', async () => {
    const host = await partHost()
    const { path } = await file(3000)
    const { opts, logger } = options(path, ops(host.url, [1000, 2000]))
    delete opts.onProgress
    await uploadParts(opts)
    expect(logger.lines.at(-1)).toMatch(/^Sent 0\.0 MB of 0\.0 MB \(100%\), [\d.]+ MB\/s$/)
  })
})

describe('uploadParts logging', () => {
  it('logs each part at debug level without the signed URL (its origin only)', async () => {
    const host = await partHost()
    const { path } = await file(10)
    const { opts, logger } = options(path, ops(host.url, [10]))
    await uploadParts(opts)
    expect(logger.lines).toContainEqual(
      expect.stringMatching(
        /^debug: PUT http:\/\/127\.0\.0\.1:\d+\/<redacted> -> 200 \(part 1, 10 bytes/
      )
    )
    expect(logger.lines.join('\n')).not.toContain('sig1')
  })
})

describe('BufferRing', () => {
  it('hands out its buffers in turn, refilling one only after 1 MiB more has been handed out', () => {
    const ring = new BufferRing(256 * 1024)
    expect(ring.count).toBe(5)
    const first = Array.from({ length: ring.count }, () => ring.next())
    expect(new Set(first).size).toBe(ring.count)
    expect(first.every(b => b.length === 256 * 1024)).toBe(true)
    // after the ring comes round, the same buffers again: nothing more is allocated
    expect(Array.from({ length: ring.count }, () => ring.next())).toEqual(first)
    const handedAfterFirst = (ring.count - 1) * ring.chunkSize
    expect(handedAfterFirst).toBeGreaterThanOrEqual(1024 * 1024)
  })

  it('keeps at least 1 MiB between reuses for small chunks too, and refuses a bad size', () => {
    const ring = new BufferRing(16 * 1024)
    expect((ring.count - 1) * ring.chunkSize).toBeGreaterThanOrEqual(1024 * 1024)
    expect(() => new BufferRing(0)).toThrow(RangeError)
  })
})
