// Archiving through the engine against the simulator over HTTP: Apple's answer, a 500 that
// archived anyway, a PATCH slower than the client's timeout, and a refusal.
import { importPKCS8 } from 'jose'
import { realEnv } from '../../src/engine/asc/env.js'
import { ApiError } from '../../src/engine/asc/errors.js'
import { AscClient } from '../../src/engine/asc/resources.js'
import { MemoryLogger } from '../../src/engine/log.js'
import { ArchiveUnconfirmedError, setArchived } from '../../src/engine/manage/archive.js'
import { createSimulator, type Simulator } from '../../src/simulator/server.js'

let sim: Simulator
let client: AscClient
let logger: MemoryLogger

beforeEach(async () => {
  sim = await createSimulator({
    state: {
      packs: [
        { id: 'p1', assetPackIdentifier: 'Levels', versions: [{ state: 'COMPLETE' }] },
        { id: 'p2', assetPackIdentifier: 'Gone', archived: true }
      ]
    }
  })
  logger = new MemoryLogger()
  client = new AscClient({
    credentials: {
      keyId: sim.key.keyId,
      issuerId: sim.key.issuerId ?? undefined,
      privateKey: await importPKCS8(sim.key.privateKeyPem, 'ES256')
    },
    logger,
    baseUrl: sim.url
  })
})
afterEach(async () => {
  await client.close()
  await sim.close()
})

const PATCHES = { operationId: 'backgroundAssets_updateInstance' }
const options = (extra = {}) => ({
  logger,
  env: realEnv,
  readBack: { intervalMs: 100, forMs: 2_000 },
  ...extra
})

test("archives on Apple's answer; a pack archived already sends nothing", async () => {
  const pack = await client.getPack('p1')
  const outcome = await setArchived(client, pack, true, options())
  expect(outcome.confirmedBy).toBe('answer')
  expect(outcome.pack.attributes?.archived).toBe(true)
  expect(sim.count({ ...PATCHES, status: 200 })).toBe(1)

  const again = await setArchived(client, await client.getPack('p1'), true, options())
  expect(again.confirmedBy).toBe('already')
  expect(sim.count(PATCHES)).toBe(1)
})

test('a 500 that archived anyway: read back, reported archived, the PATCH not resent', async () => {
  sim.faults.options.archiveThen500 = 1
  const outcome = await setArchived(client, await client.getPack('p1'), true, options())
  expect(outcome.confirmedBy).toBe('read-back')
  expect(outcome.error).toMatch(/answered 500 to PATCH \/v1\/backgroundAssets\/p1/)
  expect(sim.count(PATCHES)).toBe(1)
  expect(sim.count({ operationId: 'backgroundAssets_getInstance' })).toBe(2)
  expect(logger.lines.join('\n')).toMatch(/Reading the pack back before reporting/)
})

test("a PATCH slower than the client's timeout: read back until the change shows", async () => {
  // undici's timeouts tick in about a second: 1 s and 2.5 s keep the order certain.
  sim.faults.options.slowArchiveMs = 2500
  const outcome = await setArchived(
    client,
    await client.getPack('p1'),
    true,
    options({ timeoutMs: 1000 })
  )
  expect(outcome.confirmedBy).toBe('read-back')
  expect(outcome.error).toMatch(/UND_ERR_HEADERS_TIMEOUT|timeout/i)
  expect(outcome.ms).toBeGreaterThanOrEqual(2400)
  expect(sim.count(PATCHES)).toBe(1)
})

test('an ambiguous failure that never shows: unconfirmed, with what to do', async () => {
  sim.faults.inject({ match: PATCHES, fault: { type: 'status', status: 503 } })
  const error = await setArchived(
    client,
    await client.getPack('p1'),
    true,
    options({ readBack: { intervalMs: 50, forMs: 200 } })
  ).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ArchiveUnconfirmedError)
  expect((error as Error).message).toMatch(
    /unconfirmed: .*503.*still shows it not archived.*run the command again/s
  )
  expect(sim.state.packs.get('p1')?.archived).toBe(false)
})

test("Apple's refusal is final: no read-back", async () => {
  const error = await setArchived(client, await client.getPack('p2'), false, options()).catch(
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(ApiError)
  expect((error as ApiError).status).toBe(409)
  expect(sim.count({ operationId: 'backgroundAssets_getInstance' })).toBe(1)
})
