// Tokens are checked as App Store Connect documents it; every refusal is the same 401 body.
import { generateKeyPairSync } from 'node:crypto'
import { SignJWT, importPKCS8 } from 'jose'
import { generateKey } from '../../src/simulator/auth.js'
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import { signToken, TestClient, type TokenOptions } from './helpers/client.js'

let sim: Simulator
let c: TestClient
const now = () => Math.floor(Date.now() / 1000)

beforeAll(async () => {
  sim = await createSimulator()
  c = new TestClient(sim)
})
afterAll(() => sim.close())

async function statusWith(token: string | null): Promise<number> {
  const r = await c.api('GET', `/v1/apps/${sim.appId}/backgroundAssets`, undefined, { token })
  if (r.status === 401) {
    expect(r.body.errors[0]).toMatchObject({ status: '401', code: 'NOT_AUTHORIZED' })
    expect(r.headers.get('x-rate-limit')).toMatch(/^user-hour-lim:\d+;user-hour-rem:\d+;$/)
  }
  return r.status
}

const tok = (o: TokenOptions) => signToken(sim, o)

test('a well-formed team-key token is accepted, with or without iat', async () => {
  expect(await statusWith(await tok({}))).toBe(200)
  expect(await statusWith(await tok({ iat: null, exp: now() + 1200 }))).toBe(200)
})

test.each<[string, () => Promise<string | null>]>([
  ['no token', async () => null],
  ['garbage', async () => 'not.a.jwt'],
  ['an unknown kid', () => tok({ kid: 'UNKNOWN123' })],
  ['a wrong issuer', () => tok({ iss: '00000000-0000-0000-0000-000000000000' })],
  ['sub "user" instead of the team issuer', () => tok({ iss: null })],
  ['a wrong audience', () => tok({ aud: 'appstoreconnect-v2' })],
  ['an expired token', () => tok({ iat: now() - 900, exp: now() - 60 })],
  ['exp - iat over 20 minutes', () => tok({ iat: now(), exp: now() + 20 * 60 + 1 })],
  ['exp over 20 minutes away without iat', () => tok({ iat: null, exp: now() + 30 * 60 })],
  ['iat in the future', () => tok({ iat: now() + 300, exp: now() + 600 })],
  ['a signature by another key', () => tok({ privateKeyPem: generateKey().privateKeyPem })],
  [
    'HS256 instead of ES256',
    async () =>
      new SignJWT({ iss: sim.key.issuerId ?? '' })
        .setProtectedHeader({ alg: 'HS256', kid: sim.key.keyId })
        .setAudience('appstoreconnect-v1')
        .setIssuedAt()
        .setExpirationTime('10m')
        .sign(new TextEncoder().encode('secret-secret-secret-secret-secret'))
  ],
  [
    'an ES384 token',
    async () => {
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' })
      const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
      return new SignJWT({ iss: sim.key.issuerId ?? '' })
        .setProtectedHeader({ alg: 'ES384', kid: sim.key.keyId })
        .setAudience('appstoreconnect-v1')
        .setIssuedAt()
        .setExpirationTime('10m')
        .sign(await importPKCS8(pem, 'ES384'))
    }
  ]
])('refuses %s with 401', async (_name, make) => {
  expect(await statusWith(await make())).toBe(401)
  const last = sim.requests.at(-1)
  expect(last?.status).toBe(401)
  expect(last?.authFailure).toBeTruthy()
})

test('an individual key wants sub "user" and no issuer', async () => {
  const individual = generateKey(true)
  sim.addKey(individual)
  const pem = individual.privateKeyPem
  expect(
    await statusWith(await tok({ kid: individual.keyId, iss: null, privateKeyPem: pem }))
  ).toBe(200)
  expect(
    await statusWith(await tok({ kid: individual.keyId, iss: 'some-issuer', privateKeyPem: pem }))
  ).toBe(401)
  expect(
    await statusWith(
      await tok({ kid: individual.keyId, iss: null, sub: 'someone', privateKeyPem: pem })
    )
  ).toBe(401)
})

test('tokens past the fault age are refused; a re-signed token works again', async () => {
  const aged = await createSimulator({ faults: { tokenMaxAgeSeconds: 60 } })
  try {
    const client = new TestClient(aged)
    const path = `/v1/apps/${aged.appId}/backgroundAssets`
    const old = await signToken(aged, { iat: now() - 61, exp: now() + 600 })
    expect((await client.api('GET', path, undefined, { token: old })).status).toBe(401)
    expect(aged.requests.at(-1)?.authFailure).toMatch(/older than 60s/)
    expect((await client.api('GET', path)).status).toBe(200)
  } finally {
    await aged.close()
  }
})

test('a token without iat ages from its first use', async () => {
  let t = Date.now()
  const aged = await createSimulator({ clock: () => t, faults: { tokenMaxAgeSeconds: 30 } })
  try {
    const client = new TestClient(aged)
    const path = `/v1/apps/${aged.appId}/backgroundAssets`
    const token = await signToken(aged, { iat: null, exp: Math.floor(t / 1000) + 1200 })
    expect((await client.api('GET', path, undefined, { token })).status).toBe(200)
    t += 31_000
    expect((await client.api('GET', path, undefined, { token })).status).toBe(401)
  } finally {
    await aged.close()
  }
})

test('paths outside /v1 are 404 without auth; unknown /v1 paths need auth first', async () => {
  expect((await c.api('GET', '/health', undefined, { token: null })).status).toBe(404)
  expect((await c.api('GET', '/v1/nothing', undefined, { token: null })).status).toBe(401)
  const r = await c.api('GET', '/v1/nothing')
  expect(r.status).toBe(404)
  expect(r.body.errors[0].detail).toBe('The path provided does not match a defined resource type.')
})
