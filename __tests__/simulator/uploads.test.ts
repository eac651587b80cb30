// The upload host: uneven parts at secret, expiring URLs on another origin; exact method, headers
// and length; any order; a resent part replaces the earlier one; the commit checks it all.
import { createHash, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { request } from 'node:http'
import path from 'node:path'
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import { putPart, TestClient, type Json } from './helpers/client.js'

let sim: Simulator
let c: TestClient
let t: number
const BYTES = randomBytes(50_000)
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')
const md5 = (b: Buffer) => createHash('md5').update(b).digest('hex')

beforeEach(async () => {
  t = Date.now()
  sim = await createSimulator({
    clock: () => t,
    partSizeBytes: 8_000,
    processingDelayMs: 5,
    manifestCheckDelayMs: 5,
    state: {
      packs: [
        {
          id: 'p',
          assetPackIdentifier: 'Levels',
          versions: [{ id: 'v' }, { id: 'done', state: 'COMPLETE' }]
        }
      ]
    }
  })
  c = new TestClient(sim)
})
afterEach(() => sim.close())

async function reserveOps(size = BYTES.length, type: 'ASSET' | 'MANIFEST' = 'ASSET') {
  const r = await c.reserve('v', type, type === 'ASSET' ? 'Levels.aar' : 'Manifest.json', size)
  expect(r.status).toBe(201)
  return { id: r.body.data.id as string, ops: r.body.data.attributes.uploadOperations as Json[] }
}

test('parts cover the file exactly, in uneven sizes, with their own URL, headers and expiry', async () => {
  const { ops } = await reserveOps()
  expect(ops.length).toBeGreaterThan(4)
  let next = 0
  for (const [i, op] of ops.entries()) {
    expect(op).toMatchObject({ method: 'PUT', partNumber: i + 1, offset: next })
    expect(op.length).toBeGreaterThanOrEqual(1)
    next += op.length
    expect(new URL(op.url).origin).toBe(sim.uploadUrl)
    expect(new URL(op.url).origin).not.toBe(new URL(sim.url).origin)
    expect(Date.parse(op.expiration)).toBeGreaterThan(t)
    expect(op.requestHeaders).toEqual(
      expect.arrayContaining([{ name: 'Content-Type', value: 'application/octet-stream' }])
    )
  }
  expect(next).toBe(BYTES.length)
  expect(new Set(ops.map(o => o.length)).size).toBeGreaterThan(1)
  expect(new Set(ops.map(o => new URL(o.url).pathname)).size).toBe(ops.length)
  // A small file (a manifest) is one part.
  expect((await reserveOps(300, 'MANIFEST')).ops).toHaveLength(1)
})

test('parts sent in any order assemble to the same bytes; the commit exposes their hash', async () => {
  const { id, ops } = await reserveOps()
  const shuffled = [...ops].sort(() => 0.5 - Math.random()).reverse()
  await Promise.all(shuffled.map(async op => expect((await putPart(op, BYTES)).status).toBe(200)))
  const commit = await c.commit(id)
  expect(commit.status).toBe(200)
  expect(commit.body.data.attributes.assetDeliveryState.state).toBe('UPLOAD_COMPLETE')
  expect(commit.body.data.attributes.uploadOperations).toBeUndefined()
  const received = sim.receivedFile(id)
  expect(received?.sha256).toBe(sha256(BYTES))
  expect(readFileSync(received?.path ?? '').equals(BYTES)).toBe(true)
  expect(sim.uploadStats.bytesStored).toBe(BYTES.length)
  expect(sim.uploadStats.requestsWithAuthorization).toBe(0)
  // Once committed, the part URLs take nothing more.
  expect((await putPart(ops[0], Buffer.alloc(BYTES.length))).status).toBe(409)
  expect(readFileSync(received?.path ?? '').equals(BYTES)).toBe(true)
})

test.each(['part-1', '../../part-2', 'a b/c.aar'])(
  'a file named %j is kept apart from its parts and inside the data dir',
  async fileName => {
    const r = await c.reserve('v', 'ASSET', fileName, BYTES.length)
    for (const op of r.body.data.attributes.uploadOperations) await putPart(op, BYTES)
    expect((await c.commit(r.body.data.id)).status).toBe(200)
    const received = sim.receivedFile(r.body.data.id)
    expect(received?.sha256).toBe(sha256(BYTES))
    // Directly in the upload file's own directory, whatever the name says.
    expect(path.basename(path.dirname(received?.path ?? ''))).toBe(r.body.data.id)
  }
)

test('a resent part replaces the earlier bytes', async () => {
  const { id, ops } = await reserveOps()
  const wrong = Buffer.alloc(BYTES.length, 7)
  for (const op of ops) expect((await putPart(op, wrong)).status).toBe(200)
  for (const op of ops) expect((await putPart(op, BYTES)).status).toBe(200)
  expect((await c.commit(id)).status).toBe(200)
  expect(sim.receivedFile(id)?.sha256).toBe(sha256(BYTES))
})

test('the commit is refused while parts are missing, and names them', async () => {
  const { id, ops } = await reserveOps()
  for (const op of ops.slice(0, -2)) await putPart(op, BYTES)
  const r = await c.commit(id)
  expect(r.status).toBe(409)
  expect(r.body.errors[0].code).toBe('STATE_ERROR')
  expect(r.body.errors[0].detail).toContain(
    `parts ${ops.length - 1}, ${ops.length} of ${ops.length}`
  )
  expect(sim.state.uploadFiles.get(id)?.state).toBe('AWAITING_UPLOAD')
  expect(sim.state.versions.get('v')?.state).toBe('AWAITING_UPLOAD')
})

test('wrong method, missing headers, wrong length or chunked bodies are refused', async () => {
  const { ops } = await reserveOps()
  const op = ops[0]
  expect((await putPart({ ...op, method: 'POST' }, BYTES)).status).toBe(405)
  for (const name of ['Content-Type', 'x-amz-content-sha256', 'x-amz-meta-part-token']) {
    const r = await putPart(op, BYTES, { drop: [name] })
    expect(r.status).toBe(400)
    expect(r.text).toContain(name)
  }
  // Another part's header value does not do for this part.
  const other = ops[1].requestHeaders.find((h: Json) => h.name === 'x-amz-meta-part-token').value
  expect((await putPart(op, BYTES, { headers: { 'x-amz-meta-part-token': other } })).status).toBe(
    400
  )
  expect((await putPart(op, BYTES, { body: BYTES.subarray(0, op.length - 1) })).status).toBe(400)
  expect((await putPart(op, BYTES, { body: BYTES.subarray(0, op.length + 1) })).status).toBe(400)
  const chunked = await new Promise<number>((resolve, reject) => {
    const req = request(op.url, {
      method: 'PUT',
      headers: Object.fromEntries(op.requestHeaders.map((h: Json) => [h.name, h.value]))
    })
    req.on('response', res => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', reject)
    req.write(BYTES.subarray(0, op.length)) // written before end: chunked, no Content-Length
    req.end()
  })
  expect(chunked).toBe(411)
  expect(
    sim.state.uploadFiles.get(sim.requests.at(-1)?.uploadFileId ?? '')?.parts[0]?.received
  ).toBe(false)
  expect(
    (await fetch(`${sim.uploadUrl}/upload/not-a-real-token`, { method: 'PUT', body: 'x' })).status
  ).toBe(404)
})

test('part URLs expire', async () => {
  const { ops } = await reserveOps()
  expect((await putPart(ops[0], BYTES)).status).toBe(200)
  t += 25 * 60 * 60 * 1000
  const r = await putPart(ops[1], BYTES)
  expect(r.status).toBe(403)
  expect(r.text).toContain('Request has expired')
})

test('an Authorization header sent to the upload host is recorded', async () => {
  const { ops } = await reserveOps()
  await putPart(ops[0], BYTES, { headers: { Authorization: 'Bearer leaked' } })
  expect(sim.uploadStats.requestsWithAuthorization).toBe(1)
  expect(sim.uploadStats.bytesReceived).toBeGreaterThanOrEqual(ops[0].length)
})

test('sourceFileChecksums are verified: SHA_256 and MD5 match, a mismatch is refused', async () => {
  const { id, ops } = await reserveOps()
  for (const op of ops) await putPart(op, BYTES)
  const wrong = await c.commit(id, {
    uploaded: true,
    sourceFileChecksums: { file: { hash: sha256(Buffer.from('other')), algorithm: 'SHA_256' } }
  })
  expect(wrong.status).toBe(409)
  expect(wrong.body.errors[0]).toMatchObject({
    code: 'ENTITY_ERROR.ATTRIBUTE.INVALID',
    source: { pointer: '/data/attributes/sourceFileChecksums/file/hash' }
  })
  expect(sim.state.uploadFiles.get(id)?.committed).toBe(false)
  const wrongMd5 = await c.commit(id, {
    uploaded: true,
    sourceFileChecksums: { file: { hash: md5(Buffer.from('other')), algorithm: 'MD5' } }
  })
  expect(wrongMd5.status).toBe(409)
  const right = await c.commit(id, {
    uploaded: true,
    sourceFileChecksums: { file: { hash: md5(BYTES).toUpperCase(), algorithm: 'MD5' } }
  })
  expect(right.status).toBe(200)
  expect(right.body.data.attributes.sourceFileChecksums.file.algorithm).toBe('MD5')
  // A second commit is refused: look before sending again.
  expect((await c.commit(id)).status).toBe(409)
})

test('a composite checksum is the MD5 of the parts’ MD5s', async () => {
  const { id, ops } = await reserveOps()
  const digests = ops.map(op =>
    createHash('md5')
      .update(BYTES.subarray(op.offset, op.offset + op.length))
      .digest()
  )
  for (const op of ops) await putPart(op, BYTES)
  const composite = createHash('md5').update(Buffer.concat(digests)).digest('hex')
  const bad = await c.commit(id, {
    uploaded: true,
    sourceFileChecksums: { composite: { hash: md5(BYTES), algorithm: 'MD5' } }
  })
  expect(bad.status).toBe(409)
  const good = await c.commit(id, {
    uploaded: true,
    sourceFileChecksums: { composite: { hash: `${composite}-${ops.length}`, algorithm: 'MD5' } }
  })
  expect(good.status).toBe(200)
})

test('the ETag of a part is its MD5, and shows on the operation once received', async () => {
  const { id, ops } = await reserveOps()
  const r = await putPart(ops[0], BYTES)
  const expected = `"${createHash('md5').update(BYTES.subarray(0, ops[0].length)).digest('hex')}"`
  expect(r.etag).toBe(expected)
  const read = await c.api('GET', `/v1/backgroundAssetUploadFiles/${id}`)
  const [first, second] = read.body.data.attributes.uploadOperations
  expect(first.entityTag).toBe(expected)
  expect(second.entityTag).toBeUndefined()
})

describe('reservations follow the version’s state', () => {
  test('no upload to a version that is not AWAITING_UPLOAD', async () => {
    const r = await c.reserve('done', 'ASSET', 'x.aar', 10)
    expect(r.status).toBe(409)
    expect(r.body.errors[0].code).toBe('STATE_ERROR')
    expect((await c.reserve('nope', 'ASSET', 'x.aar', 10)).status).toBe(409)
  })

  test('no second ASSET once one is committed; uncommitted ones may be replaced', async () => {
    const first = await reserveOps(10)
    const second = await reserveOps(10)
    expect(second.id).not.toBe(first.id)
    for (const op of second.ops) await putPart(op, BYTES)
    expect((await c.commit(second.id)).status).toBe(200)
    await sim.settled()
    const third = await c.reserve('v', 'ASSET', 'x.aar', 10)
    expect(third.status).toBe(409)
  })

  test('no second MANIFEST once one passed the check; a FAILED one may be replaced', async () => {
    const bad = await c.upload(
      'v',
      'MANIFEST',
      'Manifest.json',
      Buffer.from('{"not": "a manifest"}')
    )
    await c.waitForFile(bad.fileId, ['FAILED'])
    const good = await c.upload(
      'v',
      'MANIFEST',
      'Manifest.json',
      Buffer.from(
        JSON.stringify({
          assetPackID: 'Levels',
          downloadPolicy: { onDemand: {} },
          fileSelectors: [{ directory: 'Levels' }],
          platforms: ['iOS']
        })
      )
    )
    await c.waitForFile(good.fileId, ['COMPLETE'])
    const again = await c.reserve('v', 'MANIFEST', 'Manifest.json', 10)
    expect(again.status).toBe(409)
    expect(again.body.errors[0].code).toBe('STATE_ERROR')
  })
})
