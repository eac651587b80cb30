// The App Store Connect simulator: an API listener (JWT, rate limit, JSON:API, the spec's
// operations) and an upload listener on its own port (pre-signed part URLs), both on loopback.
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { createApiHandler, type RequestLogEntry } from './api.js'
import { Authenticator, generateKey, type GeneratedKey, type SimKey } from './auth.js'
import { Faults, type FaultOptions } from './faults.js'
import { Processing } from './processing.js'
import { RateLimiter } from './rate-limit.js'
import { Serializer } from './resources.js'
import { AppReview, type ReviewOptions } from './review.js'
import { ReviewSerializer } from './review-resources.js'
import type { Simulated } from './routes/context.js'
import { ROUTES } from './routes/index.js'
import { OPERATIONS } from './spec/index.js'
import { seedState, type SeedState } from './seed.js'
import {
  ALL_PLATFORMS,
  SimState,
  type Platform,
  type ReceivedFile,
  type StateSnapshot
} from './state.js'
import { UploadHost, type UploadStats } from './uploads.js'

export type { RequestLogEntry } from './api.js'

export interface SimulatorOptions {
  /** Port of the API listener (default 0: any free port). Both listen on 127.0.0.1 only. */
  port?: number
  /** Port of the upload listener (default 0). */
  uploadPort?: number
  /** The app's Apple ID (default '1234567890'); the app exists from the start. */
  appId?: string
  /** Platforms of the app record (default all four). */
  appPlatforms?: Platform[]
  /** Keys accepted besides the generated one. */
  keys?: SimKey[]
  /** Make the generated key an individual key (tokens with sub "user", no issuer). */
  individualKey?: boolean
  /** From ASSET commit to COMPLETE/FAILED (default 2000 ms). */
  processingDelayMs?: number
  /** From MANIFEST commit to COMPLETE/FAILED (default 500 ms). */
  manifestCheckDelayMs?: number
  /** Nominal size of upload parts (default 5 MiB); sizes vary by `partJitter`. */
  partSizeBytes?: number
  /** Fraction by which part sizes vary (default 0.25). */
  partJitter?: number
  /** Requests per key per rolling hour (default 3500). */
  rateLimitPerHour?: number
  /** Platforms of a version when no manifest could be read (default ['IOS']). */
  defaultPlatforms?: Platform[]
  /** Clock skew tolerated on token times, in seconds (default 5). */
  clockToleranceSeconds?: number
  /** Milliseconds since the epoch; lets tests move time (rate-limit hour, token ages, URL expiry). */
  clock?: () => number
  faults?: FaultOptions
  /** App Review's delays and outcomes (see review.ts); `sim.review.options` can change later. */
  review?: ReviewOptions
  /** Packs, versions and upload files that exist before the first request. */
  state?: SeedState
  /** Where uploaded bytes go (default: a new temp dir, removed on close). */
  dataDir?: string
}

export interface RequestFilter {
  listener?: 'api' | 'upload'
  method?: string
  path?: string | RegExp
  operationId?: string
  status?: number
}

export interface Simulator {
  /** Base URL of the API, e.g. http://127.0.0.1:PORT */
  url: string
  /** Base URL of the upload host (another port: another origin). */
  uploadUrl: string
  appId: string
  /** The throwaway key the simulator generated and accepts. */
  key: GeneratedKey
  state: SimState
  faults: Faults
  /** App Review; its `options` may be changed while the simulator runs. */
  review: AppReview
  /** Every request, in order of completion. */
  requests: RequestLogEntry[]
  uploadStats: UploadStats
  /** Number of logged requests matching a filter. */
  count(filter: RequestFilter): number
  /** The assembled bytes of a committed upload file. */
  receivedFile(uploadFileId: string): ReceivedFile | undefined
  snapshot(): StateSnapshot
  addKey(key: SimKey): void
  /** Waits for pending manifest checks, processing and App Review steps. */
  settled(): Promise<void>
  close(): Promise<void>
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))
  })
}

function matchesFilter(e: RequestLogEntry, f: RequestFilter): boolean {
  if (f.listener && e.listener !== f.listener) return false
  if (f.method && e.method !== f.method.toUpperCase()) return false
  if (f.operationId && e.operationId !== f.operationId) return false
  if (f.status !== undefined && e.status !== f.status) return false
  if (
    f.path !== undefined &&
    (typeof f.path === 'string' ? e.path !== f.path : !f.path.test(e.path))
  ) {
    return false
  }
  return true
}

export async function createSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const clock = options.clock ?? Date.now
  const appId = options.appId ?? '1234567890'
  const faults = new Faults(options.faults ?? {})
  const ownDataDir = !options.dataDir
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'asc-simulator-')))
  const requests: RequestLogEntry[] = []
  const state = new SimState(clock)
  state.addApp({ id: appId, platforms: options.appPlatforms ?? [...ALL_PLATFORMS] })

  const key = generateKey(options.individualKey ?? false)
  const auth = new Authenticator({
    clock,
    clockToleranceSeconds: options.clockToleranceSeconds ?? 5,
    tokenMaxAgeSeconds: () => faults.options.tokenMaxAgeSeconds
  })
  auth.addKey(key)
  for (const k of options.keys ?? []) auth.addKey(k)
  const limiter = new RateLimiter(options.rateLimitPerHour ?? 3500, clock)
  const uploads = new UploadHost({
    dataDir,
    partSizeBytes: options.partSizeBytes ?? 5 * 1024 * 1024,
    partJitter: options.partJitter ?? 0.25,
    partUrlLifetimeMs: () => faults.options.expirePartUrlsAfterMs ?? 24 * 60 * 60 * 1000,
    clock,
    faults,
    log: e => requests.push({ listener: 'upload', search: '', ...e })
  })
  const processing = new Processing(state, {
    processingDelayMs: options.processingDelayMs ?? 2000,
    manifestCheckDelayMs: options.manifestCheckDelayMs ?? 500,
    defaultPlatforms: options.defaultPlatforms ?? ['IOS'],
    faults
  })

  const apiServer = createServer()
  const uploadServer = createServer()
  const apiPort = await listen(apiServer, options.port ?? 0)
  const uploadPort = await listen(uploadServer, options.uploadPort ?? 0)
  const url = `http://127.0.0.1:${apiPort}`
  uploads.baseUrl = `http://127.0.0.1:${uploadPort}`
  const serializer = new Serializer(state, url)
  const sim: Simulated = {
    state,
    serializer,
    uploads,
    processing,
    review: new AppReview(state, processing, faults, options.review ?? {}),
    reviewSerializer: new ReviewSerializer(state, url, serializer)
  }
  if (options.state) seedState(state, options.state, appId, f => uploads.planParts(f))

  const handleApi = createApiHandler({ url, auth, limiter, faults, requests, sim })

  apiServer.on('request', (req, res) => {
    void handleApi(req, res)
  })
  uploadServer.on('request', (req, res) => {
    uploads.handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end()
    })
  })

  let closed = false
  return {
    url,
    uploadUrl: uploads.baseUrl,
    appId,
    key,
    state,
    faults,
    review: sim.review,
    requests,
    uploadStats: uploads.stats,
    count: filter => requests.filter(e => matchesFilter(e, filter)).length,
    receivedFile: id => state.uploadFiles.get(id)?.received,
    snapshot: () => state.snapshot(),
    addKey: k => auth.addKey(k),
    settled: () => processing.settled(),
    close: async () => {
      if (closed) return
      closed = true
      processing.stop()
      faults.clear()
      await Promise.all(
        [apiServer, uploadServer].map(
          s =>
            new Promise<void>(resolve => {
              s.close(() => resolve())
              s.closeAllConnections()
            })
        )
      )
      if (ownDataDir) await rm(dataDir, { recursive: true, force: true })
    }
  }
}

/** Every spec operation has a route (checked by a test and at import). */
export const UNROUTED_OPERATIONS = OPERATIONS.filter(o => !ROUTES[o.operationId]).map(
  o => o.operationId
)
