// Secrets: everything the action prints in full runs with debug on (RUNNER_DEBUG=1,
// ACTIONS_STEP_DEBUG=true), with faults so that retries, re-signed tokens and errors print too,
// is scanned for the key (any line of it, and the base64 it was given as), any token, any part
// URL or the secret in it, and any Authorization header. The only place they may appear is an
// `::add-mask::` command, which tells the runner to mask them. Errors that carry a request show
// it redacted.
import {
  createSimulator,
  type Simulator,
  type SimulatorOptions
} from '../../src/simulator/server.js'
import { makeWorkspace, runAction, simInputs, type ActionRun, type Workspace } from './support.js'

const DEBUG = { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' }
/** A compact JWS: what an App Store Connect token looks like, whoever signed it. */
const JWT = /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{16,}/

/** Every secret the simulator and the key give away, as text that must never be printed. */
function secretsOf(s: Simulator, extra: string[] = []): string[] {
  const pemLines = s.key.privateKeyPem
    .split('\n')
    .map(l => l.trim())
    .filter(l => l.length >= 16 && !l.startsWith('-----'))
  const parts = [...s.state.uploadFiles.values()].flatMap(f => f.parts)
  return [
    ...pemLines,
    ...parts.flatMap(p => [p.url, p.token, ...p.requestHeaders.map(h => h.value)]),
    ...extra
  ].filter(v => v.length >= 12)
}

/** Lines outside `::add-mask::` that show a secret, with what they show. */
function leaks(run: ActionRun, secrets: string[]): string[] {
  const found: string[] = []
  for (const line of `${run.stdout}\n${run.stderr}`.split('\n')) {
    if (line.startsWith('::add-mask::')) continue
    const hit =
      secrets.find(secret => line.includes(secret)) ??
      JWT.exec(line)?.[0] ??
      // A header, not Apple's words ("…signed bearer token…").
      /\bauthorization\b\s*[:=]|\bbearer\s+[\w-]+\.[\w-]+/i.exec(line)?.[0]
    if (hit) found.push(`${hit.slice(0, 12)}… in: ${line.slice(0, 160)}`)
  }
  return found
}

/** A simulator and a workspace for one test; the tests run side by side. */
async function withSim(
  options: SimulatorOptions,
  fn: (s: Simulator, ws: Workspace) => Promise<void>
): Promise<void> {
  const ws = await makeWorkspace()
  const s = await createSimulator({
    processingDelayMs: 200,
    manifestCheckDelayMs: 50,
    partSizeBytes: 64 * 1024,
    ...options
  })
  try {
    await fn(s, ws)
  } finally {
    await s.close()
    await ws.remove()
  }
}

const FAULTY: SimulatorOptions = {
  processingDelayMs: 2500, // longer than a token's life below
  faults: {
    seed: 13,
    rates: { read5xx: 0.06, part5xx: 0.1, partReset: 0.05, rateLimitBurst: 0.03 },
    rateLimitBurst: { length: 1, retryAfter: 'always', retryAfterSeconds: 1 },
    createCommittedThen500: { count: 1, operations: ['backgroundAssetVersions_createInstance'] },
    tokenMaxAgeSeconds: 2
  }
}

test.concurrent(
  'a full publish with faults and debug on prints no secret outside ::add-mask::',
  () =>
    withSim(FAULTY, async (s, ws) => {
      const run = await runAction(simInputs(s, ws), { env: DEBUG })
      expect(run.errors).toEqual([])
      expect(run.exitCode).toBe(0)
      // The run did meet faults, retried and signed tokens again: those paths printed.
      expect(run.stdout).toMatch(/::debug::.*retry \d+ in/)
      expect(run.stdout).toMatch(/Part \d+: .*retry/)
      expect(run.stdout).toMatch(/signing a new token/)
      expect(run.stdout.match(/^::add-mask::/gm)?.length).toBeGreaterThan(5)
      expect(leaks(run, secretsOf(s))).toEqual([])
      expect(s.uploadStats.requestsWithAuthorization).toBe(0)
    })
)

test.concurrent(
  'a part refused for good: the error names the part, no URL; no secret printed',
  () =>
    withSim({}, async (s, ws) => {
      s.faults.inject({
        match: { listener: 'upload', partNumber: 2 },
        times: 10,
        fault: { type: 'status', status: 400 }
      })
      // The key as its base64, as some secret stores keep it.
      const base64Key = Buffer.from(s.key.privateKeyPem).toString('base64')
      const run = await runAction(simInputs(s, ws, { 'private-key': base64Key }), { env: DEBUG })
      expect(run.exitCode).toBe(1)
      expect(run.errors.join('\n')).toMatch(/Upload of part 2 \(bytes \d+-\d+\) failed: HTTP 400/)
      expect(run.stdout).toMatch(
        /::debug::PUT http:\/\/127\.0\.0\.1:\d+\/<redacted> -> 400 \(part 2/
      )
      expect(leaks(run, secretsOf(s, [base64Key]))).toEqual([])
    })
)

test.concurrent('a token refused for good: the error names the request and shows no token', () =>
  // An existing pack, so that the run lists its versions (a pack it creates has none to list).
  withSim({ state: { packs: [{ assetPackIdentifier: 'Tutorial' }] } }, async (s, ws) => {
    s.faults.inject({
      match: { operationId: 'backgroundAssets_versions_getToManyRelated' },
      times: 10,
      fault: { type: 'unauthorized' }
    })
    const run = await runAction(simInputs(s, ws), { env: DEBUG })
    expect(run.exitCode).toBe(1)
    const error = run.errors.join('\n')
    expect(error).toContain('App Store Connect answered 401 to GET /v1/backgroundAssets/')
    expect(error).toContain('Check key-id, issuer-id')
    expect(leaks(run, secretsOf(s))).toEqual([])
  })
)
