import { EventEmitter } from 'node:events'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { SignJWT, importPKCS8 } from 'jose'
import { optionsFromArgs, runCli, USAGE, type CliIo } from '../../src/simulator/cli.js'

function fakeIo() {
  const out: string[] = []
  const exits: number[] = []
  const signals = new EventEmitter()
  const io: CliIo = {
    write: t => void out.push(t),
    writeError: () => undefined,
    exit: code => void exits.push(code),
    signals
  }
  return { io, out, exits, signals }
}

test('prints one JSON announcement, serves with the key it wrote, stops on SIGTERM', async () => {
  const { io, out, exits, signals } = fakeIo()
  const running = await runCli(['--processing-delay-ms', '10', '--app-id', '6449999999'], io)
  expect(out).toHaveLength(1)
  expect(out[0]?.endsWith('\n')).toBe(true)
  const a = JSON.parse(out[0] ?? '')
  expect(a).toEqual({
    url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
    appId: '6449999999',
    keyId: expect.stringMatching(/^[A-Z0-9]{10}$/),
    issuerId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    privateKeyPath: expect.stringMatching(/AuthKey_[A-Z0-9]{10}\.p8$/),
    uploadUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/)
  })
  const pem = readFileSync(a.privateKeyPath, 'utf8')
  expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/)
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'ES256', kid: a.keyId, typ: 'JWT' })
    .setIssuer(a.issuerId)
    .setIssuedAt()
    .setExpirationTime('15m')
    .setAudience('appstoreconnect-v1')
    .sign(await importPKCS8(pem, 'ES256'))
  const r = await fetch(`${a.url}/v1/apps/${a.appId}/backgroundAssets`, {
    headers: { Authorization: `Bearer ${token}` }
  })
  expect(r.status).toBe(200)

  signals.emit('SIGTERM')
  await running?.stop()
  await new Promise(resolve => setTimeout(resolve, 10))
  expect(exits).toEqual([0])
  expect(existsSync(a.privateKeyPath)).toBe(false)
  await expect(fetch(`${a.url}/v1/apps/${a.appId}/backgroundAssets`)).rejects.toThrow()
})

test('an individual key is announced with issuerId null', async () => {
  const { io, out } = fakeIo()
  const running = await runCli(['--individual-key'], io)
  try {
    expect(JSON.parse(out[0] ?? '').issuerId).toBeNull()
  } finally {
    await running?.stop()
  }
})

test('flags become options; faults and state come from JSON', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sim-cli-'))
  try {
    const stateFile = path.join(dir, 'state.json')
    await writeFile(
      stateFile,
      JSON.stringify({ packs: [{ assetPackIdentifier: 'Levels', versions: [{}] }] })
    )
    const faultFile = path.join(dir, 'faults.json')
    await writeFile(faultFile, JSON.stringify({ rates: { part5xx: 0.5 } }))
    const o = await optionsFromArgs([
      '--port',
      '0',
      '--part-size',
      '1000',
      '--seed',
      '9',
      '--rate-limit',
      '10',
      '--manifest-check-delay-ms',
      '3',
      '--app-platforms',
      'IOS,TV_OS',
      '--faults',
      `@${faultFile}`,
      '--state',
      stateFile
    ])
    expect(o).toEqual({
      port: 0,
      partSizeBytes: 1000,
      rateLimitPerHour: 10,
      manifestCheckDelayMs: 3,
      appPlatforms: ['IOS', 'TV_OS'],
      faults: { rates: { part5xx: 0.5 }, seed: 9 },
      state: { packs: [{ assetPackIdentifier: 'Levels', versions: [{}] }] }
    })
    expect(await optionsFromArgs(['--faults', '{"processingNeverFinishes":true}'])).toEqual({
      faults: { processingNeverFinishes: true }
    })
    expect(
      await optionsFromArgs(['--review', '{"decisionDelayMs":5,"rejectPacks":["Levels"]}'])
    ).toEqual({ review: { decisionDelayMs: 5, rejectPacks: ['Levels'] }, faults: {} })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})

test('bad flags fail with a message that names them; --help prints the usage', async () => {
  await expect(optionsFromArgs(['--port', 'eighty'])).rejects.toThrow("Invalid --port 'eighty'")
  await expect(optionsFromArgs(['--faults', '{nope'])).rejects.toThrow('Invalid --faults JSON')
  await expect(optionsFromArgs(['--review', '{nope'])).rejects.toThrow('Invalid --review JSON')
  await expect(optionsFromArgs(['--frobnicate'])).rejects.toThrow(/frobnicate/)
  const { io, out } = fakeIo()
  expect(await runCli(['--help'], io)).toBeUndefined()
  expect(out).toEqual([USAGE])
})
