// Every fault the simulator offers, shown to happen; and the same seed giving the same faults.
import { randomBytes } from 'node:crypto'
import { Faults, mulberry32 } from '../../src/simulator/faults.js'
import {
  createSimulator,
  type Simulator,
  type SimulatorOptions
} from '../../src/simulator/server.js'
import { putPart, TestClient, type Json } from './helpers/client.js'

const BYTES = randomBytes(30_000)
let sim: Simulator
let c: TestClient

async function start(o: SimulatorOptions): Promise<void> {
  sim = await createSimulator({
    partSizeBytes: 10_000,
    state: { packs: [{ id: 'p', assetPackIdentifier: 'Levels', versions: [{ id: 'v' }] }] },
    ...o
  })
  c = new TestClient(sim)
}
afterEach(() => sim?.close())

const readPack = () => c.api('GET', '/v1/backgroundAssets/p')

async function ops(): Promise<{ id: string; ops: Json[] }> {
  const r = await c.reserve('v', 'ASSET', 'x.aar', BYTES.length)
  expect(r.status).toBe(201)
  return { id: r.body.data.id, ops: r.body.data.attributes.uploadOperations }
}

test('read5xx: GETs answered 500 or 503 with an ErrorResponse; writes untouched', async () => {
  await start({ faults: { rates: { read5xx: 1 } } })
  const statuses = new Set<number>()
  for (let i = 0; i < 12; i++) {
    const r = await readPack()
    statuses.add(r.status)
    expect(r.body.errors[0].status).toBe(String(r.status))
  }
  expect([...statuses].sort()).toEqual([500, 503])
  expect((await c.createVersion('p')).status).toBe(201)
})

test('write5xx: a create answered 5xx did not happen', async () => {
  await start({ faults: { rates: { write5xx: 1 } } })
  const r = await c.createVersion('p')
  expect([500, 503]).toContain(r.status)
  expect(sim.state.versionsOfPack('p')).toHaveLength(1)
})

test('createCommittedThen500: the create happens, the answer is 500, once', async () => {
  await start({ faults: { createCommittedThen500: { count: 1 } } })
  const r = await c.createVersion('p')
  expect(r.status).toBe(500)
  expect(r.body.errors[0].code).toBe('UNEXPECTED_ERROR')
  const listed = await c.api(
    'GET',
    '/v1/backgroundAssets/p/versions?filter[state]=AWAITING_UPLOAD&sort=-version'
  )
  expect(listed.body.data.map((v: Json) => v.attributes.version)).toEqual(['2', '1'])
  expect((await c.createVersion('p')).status).toBe(201)
})

test('createCommittedThen500 can target one operation', async () => {
  await start({
    faults: {
      createCommittedThen500: {
        count: 1,
        operations: ['backgroundAssetUploadFiles_createInstance']
      }
    }
  })
  expect((await c.createVersion('p')).status).toBe(201)
  expect((await c.reserve('v', 'ASSET', 'x.aar', 10)).status).toBe(500)
  const files = await c.api('GET', '/v1/backgroundAssetVersions/v/backgroundAssetUploadFiles')
  expect(files.body.data).toHaveLength(1)
})

test.each([
  ['always', true],
  ['never', false]
] as const)(
  'rateLimitBurst (Retry-After %s): bursts of 429 while quota remains',
  async (mode, header) => {
    await start({
      faults: {
        rates: { rateLimitBurst: 1 },
        rateLimitBurst: { length: 2, retryAfter: mode, retryAfterSeconds: 3 }
      }
    })
    const r = await readPack()
    expect(r.status).toBe(429)
    expect(r.body.errors[0].code).toBe('RATE_LIMIT_EXCEEDED')
    expect(r.headers.get('retry-after')).toBe(header ? '3' : null)
    expect(r.headers.get('x-rate-limit')).toBe('user-hour-lim:3500;user-hour-rem:3500;')
    // A POST answered 429 was not processed.
    expect((await c.createVersion('p')).status).toBe(429)
    expect(sim.state.versionsOfPack('p')).toHaveLength(1)
  }
)

test('rateLimitBurst: bursts of the configured length, with and without Retry-After ("mixed")', async () => {
  await start({
    faults: { seed: 7, rates: { rateLimitBurst: 0.3 }, rateLimitBurst: { length: 3 } }
  })
  const results: { status: number; retryAfter: string | null }[] = []
  for (let i = 0; i < 60; i++) {
    const r = await readPack()
    results.push({ status: r.status, retryAfter: r.headers.get('retry-after') })
  }
  const limited = results.filter(r => r.status === 429)
  expect(limited.length).toBeGreaterThan(0)
  expect(limited.length % 3).toBe(0)
  expect(new Set(limited.map(r => r.retryAfter))).toEqual(new Set(['1', null]))
  expect(results.filter(r => r.status === 200).length).toBeGreaterThan(0)
})

test('part5xx: the part is refused and not kept; a retry succeeds', async () => {
  await start({ faults: { rates: { part5xx: 1 } } })
  const { ops: parts } = await ops()
  const r = await putPart(parts[0], BYTES)
  expect([500, 503]).toContain(r.status)
  expect(
    sim.state.uploadFiles.get(sim.requests.at(-1)?.uploadFileId ?? '')?.parts[0]?.received
  ).toBe(false)
  sim.faults.options.rates = {}
  expect((await putPart(parts[0], BYTES)).status).toBe(200)
})

test('partReset: the connection drops in the middle of the part', async () => {
  await start({ faults: { rates: { partReset: 1 } } })
  const { id, ops: parts } = await ops()
  await expect(putPart(parts[0], BYTES)).rejects.toThrow()
  const entry = sim.requests.find(r => r.listener === 'upload')
  expect(entry).toMatchObject({ status: 0, fault: 'reset', partNumber: 1 })
  expect(sim.state.uploadFiles.get(id)?.parts[0]?.received).toBe(false)
  expect(sim.uploadStats.bytesStored).toBe(0)
  expect((await c.commit(id)).status).toBe(409)
})

test('slowPart: the part stalls, then is received', async () => {
  await start({ faults: { rates: { slowPart: 1 }, slowPartMs: 30 } })
  const { id, ops: parts } = await ops()
  for (const op of parts) expect((await putPart(op, BYTES)).status).toBe(200)
  expect(sim.requests.filter(r => r.listener === 'upload').map(r => r.fault)).toEqual(
    parts.map(() => 'slow')
  )
  expect((await c.commit(id)).status).toBe(200)
})

test('expirePartUrlsAfterMs: part URLs expire', async () => {
  let t = Date.now()
  await start({ clock: () => t, faults: { expirePartUrlsAfterMs: 1000 } })
  const { ops: parts } = await ops()
  expect(Date.parse(parts[0].expiration)).toBe(t + 1000)
  expect((await putPart(parts[0], BYTES)).status).toBe(200)
  t += 1001
  expect((await putPart(parts[1], BYTES)).status).toBe(403)
})

test('the same seed gives the same faults; another seed other faults', async () => {
  const run = async (seed: number) => {
    await start({ faults: { seed, rates: { read5xx: 0.4, part5xx: 0.4 } } })
    const statuses: number[] = []
    for (let i = 0; i < 10; i++) statuses.push((await readPack()).status)
    // Parts are planned from the seed too.
    const r = await c.reserve('v', 'ASSET', 'x.aar', BYTES.length)
    for (const op of r.body.data.attributes.uploadOperations) {
      statuses.push(op.length, (await putPart(op, BYTES)).status)
    }
    await sim.close()
    return statuses
  }
  const a = await run(42)
  expect(await run(42)).toEqual(a)
  expect(a.some(s => s >= 500)).toBe(true)
  expect(await run(43)).not.toEqual(a)
})

describe('injected faults: the next N matching requests', () => {
  test('status, N times, then normal', async () => {
    await start({})
    const h = sim.faults.inject({
      match: { operationId: 'backgroundAssets_getInstance' },
      times: 2,
      fault: { type: 'status', status: 503 }
    })
    expect((await c.api('GET', `/v1/apps/${sim.appId}/backgroundAssets`)).status).toBe(200)
    expect([
      (await readPack()).status,
      (await readPack()).status,
      (await readPack()).status
    ]).toEqual([503, 503, 200])
    expect(h.remaining()).toBe(0)
  })

  test('429 with Retry-After, by method and path', async () => {
    await start({})
    sim.faults.inject({
      match: { method: 'POST', path: /Versions$/ },
      fault: { type: 'status', status: 429, retryAfterSeconds: 2 }
    })
    const r = await c.createVersion('p')
    expect(r.status).toBe(429)
    expect(r.headers.get('retry-after')).toBe('2')
    expect((await c.createVersion('p')).status).toBe(201)
  })

  test('committedThen500 and unauthorized', async () => {
    await start({})
    sim.faults.inject({
      match: { operationId: 'backgroundAssets_createInstance' },
      fault: { type: 'committedThen500' }
    })
    expect((await c.createPack('New')).status).toBe(500)
    expect((await c.createPack('New')).status).toBe(409)
    sim.faults.inject({ match: { listener: 'api' }, fault: { type: 'unauthorized' } })
    expect((await readPack()).status).toBe(401)
    expect((await readPack()).status).toBe(200)
  })

  test('a dropped connection on the API, a delay', async () => {
    await start({})
    sim.faults.inject({
      match: { operationId: 'backgroundAssetVersions_createInstance' },
      fault: { type: 'reset' }
    })
    await expect(c.createVersion('p')).rejects.toThrow()
    expect(sim.state.versionsOfPack('p')).toHaveLength(1)
    sim.faults.inject({ fault: { type: 'delay', ms: 20 } })
    expect((await readPack()).status).toBe(200)
    expect(sim.requests.at(-1)?.fault).toBe('delay')
  })

  test('on a given part: reset, 500, expired', async () => {
    await start({})
    const { id, ops: parts } = await ops()
    sim.faults.inject({ match: { uploadFileId: id, partNumber: 2 }, fault: { type: 'reset' } })
    sim.faults.inject({
      match: { uploadFileId: id, partNumber: 2 },
      fault: { type: 'status', status: 500 }
    })
    sim.faults.inject({ match: { uploadFileId: id, partNumber: 2 }, fault: { type: 'expired' } })
    expect((await putPart(parts[0], BYTES)).status).toBe(200)
    await expect(putPart(parts[1], BYTES)).rejects.toThrow()
    expect((await putPart(parts[1], BYTES)).status).toBe(500)
    expect((await putPart(parts[1], BYTES)).status).toBe(403)
    expect((await putPart(parts[1], BYTES)).status).toBe(200)
    sim.faults.clear()
  })
})

test('draws depend only on seed, kind and key', () => {
  const a = new Faults({ seed: 5 })
  const b = new Faults({ seed: 5 })
  expect(a.draw('x', 'k')).toBe(b.draw('x', 'k'))
  expect(a.draw('x', 'k')).not.toBe(a.draw('x', 'k2'))
  const r = mulberry32(1)
  const values = Array.from({ length: 1000 }, () => r())
  expect(Math.min(...values)).toBeGreaterThanOrEqual(0)
  expect(Math.max(...values)).toBeLessThan(1)
})
