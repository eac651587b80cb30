// A deliberately small client for the simulator's tests, written from Apple's docs, not from the
// simulator's code: signs tokens, calls the API, sends parts, runs a whole publish.
import { SignJWT, importPKCS8 } from 'jose'
import type { Simulator } from '../../../src/simulator/server.js'

/* eslint-disable @typescript-eslint/no-explicit-any */
export type Json = any

export interface Res {
  method: string
  url: string
  status: number
  headers: Headers
  body: Json
}

export interface TokenOptions {
  kid?: string
  iss?: string | null
  sub?: string
  aud?: string
  /** Seconds since the epoch; null leaves iat out. */
  iat?: number | null
  exp?: number
  privateKeyPem?: string
}

export async function signToken(sim: Simulator, o: TokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000)
  const key = await importPKCS8(o.privateKeyPem ?? sim.key.privateKeyPem, 'ES256')
  const jwt = new SignJWT(o.sub ? { sub: o.sub } : {})
    .setProtectedHeader({ alg: 'ES256', kid: o.kid ?? sim.key.keyId, typ: 'JWT' })
    .setAudience(o.aud ?? 'appstoreconnect-v1')
    .setExpirationTime(o.exp ?? now + 600)
  const iss = o.iss === undefined ? sim.key.issuerId : o.iss
  if (iss) jwt.setIssuer(iss)
  else if (!o.sub) jwt.setSubject('user')
  const iat = o.iat === undefined ? now : o.iat
  if (iat !== null) jwt.setIssuedAt(iat)
  return jwt.sign(key)
}

export interface ApiOptions {
  /** A token, or null to send none (default: a fresh valid token). */
  token?: string | null
  headers?: Record<string, string>
  rawBody?: string
}

export class TestClient {
  readonly sim: Simulator
  readonly responses: Res[] = []

  constructor(sim: Simulator) {
    this.sim = sim
  }

  async api(method: string, path: string, body?: Json, o: ApiOptions = {}): Promise<Res> {
    const token = o.token === undefined ? await signToken(this.sim) : o.token
    const url = path.startsWith('http') ? path : `${this.sim.url}${path}`
    const r = await fetch(url, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined || o.rawBody ? { 'Content-Type': 'application/json' } : {}),
        ...o.headers
      },
      ...(o.rawBody !== undefined
        ? { body: o.rawBody }
        : body !== undefined
          ? { body: JSON.stringify(body) }
          : {})
    })
    const text = await r.text()
    const res: Res = {
      method,
      url,
      status: r.status,
      headers: r.headers,
      body: text ? JSON.parse(text) : undefined
    }
    this.responses.push(res)
    return res
  }

  createPack(identifier: string, appId = this.sim.appId): Promise<Res> {
    return this.api('POST', '/v1/backgroundAssets', {
      data: {
        type: 'backgroundAssets',
        attributes: { assetPackIdentifier: identifier },
        relationships: { app: { data: { type: 'apps', id: appId } } }
      }
    })
  }

  createVersion(packId: string): Promise<Res> {
    return this.api('POST', '/v1/backgroundAssetVersions', {
      data: {
        type: 'backgroundAssetVersions',
        relationships: { backgroundAsset: { data: { type: 'backgroundAssets', id: packId } } }
      }
    })
  }

  reserve(
    versionId: string,
    assetType: 'ASSET' | 'MANIFEST',
    fileName: string,
    fileSize: number
  ): Promise<Res> {
    return this.api('POST', '/v1/backgroundAssetUploadFiles', {
      data: {
        type: 'backgroundAssetUploadFiles',
        attributes: { assetType, fileName, fileSize },
        relationships: {
          backgroundAssetVersion: { data: { type: 'backgroundAssetVersions', id: versionId } }
        }
      }
    })
  }

  commit(fileId: string, attributes: Json = { uploaded: true }): Promise<Res> {
    return this.api('PATCH', `/v1/backgroundAssetUploadFiles/${fileId}`, {
      data: { type: 'backgroundAssetUploadFiles', id: fileId, attributes }
    })
  }

  readVersion(versionId: string): Promise<Res> {
    return this.api(
      'GET',
      `/v1/backgroundAssetVersions/${versionId}?include=internalBetaRelease,assetFile,manifestFile`
    )
  }

  /** Reserves, sends every part (in the given order), commits. Returns the upload file id. */
  async upload(
    versionId: string,
    assetType: 'ASSET' | 'MANIFEST',
    fileName: string,
    bytes: Buffer,
    o: { order?: (ops: Json[]) => Json[]; commit?: Json } = {}
  ): Promise<{ fileId: string; reserve: Res; commit: Res }> {
    const reserve = await this.reserve(versionId, assetType, fileName, bytes.length)
    if (reserve.status !== 201)
      throw new Error(`reserve: ${reserve.status} ${JSON.stringify(reserve.body)}`)
    const ops: Json[] = reserve.body.data.attributes.uploadOperations
    for (const op of o.order ? o.order(ops) : ops) {
      const r = await putPart(op, bytes)
      if (r.status !== 200) throw new Error(`part ${op.partNumber}: ${r.status}`)
    }
    const fileId: string = reserve.body.data.id
    const commit = await this.commit(fileId, o.commit)
    return { fileId, reserve, commit }
  }

  /** Polls the version until its state is one of `states`. */
  async waitForVersion(versionId: string, states: string[], timeoutMs = 10_000): Promise<Res> {
    const until = Date.now() + timeoutMs
    for (;;) {
      const r = await this.readVersion(versionId)
      if (r.status === 200 && states.includes(r.body.data.attributes.state)) return r
      if (Date.now() > until) throw new Error(`version stuck in ${JSON.stringify(r.body)}`)
      await new Promise(resolve => setTimeout(resolve, 10))
    }
  }

  /** Polls an upload file until its delivery state is one of `states`. */
  async waitForFile(fileId: string, states: string[], timeoutMs = 10_000): Promise<Res> {
    const until = Date.now() + timeoutMs
    for (;;) {
      const r = await this.api('GET', `/v1/backgroundAssetUploadFiles/${fileId}`)
      if (r.status === 200 && states.includes(r.body.data.attributes.assetDeliveryState.state))
        return r
      if (Date.now() > until) throw new Error(`upload file stuck in ${JSON.stringify(r.body)}`)
      await new Promise(resolve => setTimeout(resolve, 10))
    }
  }
}

/** Sends one part exactly as the operation says (method, headers, byte range). */
export async function putPart(
  op: Json,
  bytes: Buffer,
  o: { headers?: Record<string, string>; body?: Buffer; drop?: string[] } = {}
): Promise<{ status: number; etag: string | null; text: string }> {
  const headers: Record<string, string> = {}
  for (const h of op.requestHeaders as { name: string; value: string }[]) {
    if (!o.drop?.includes(h.name)) headers[h.name] = h.value
  }
  const r = await fetch(op.url, {
    method: op.method,
    headers: { ...headers, ...o.headers },
    body: o.body ?? bytes.subarray(op.offset, op.offset + op.length)
  })
  return { status: r.status, etag: r.headers.get('etag'), text: await r.text() }
}

export const MANIFEST = {
  assetPackID: 'Tutorial',
  downloadPolicy: {
    essential: { installationEventTypes: ['firstInstallation', 'subsequentUpdate'] }
  },
  fileSelectors: [{ file: 'Videos/Introduction.m4v' }, { directory: 'Levels' }],
  platforms: ['iOS', 'macOS']
}

export function manifestBytes(overrides: Json = {}): Buffer {
  return Buffer.from(JSON.stringify({ ...MANIFEST, ...overrides }, null, 2))
}

/** Waits until a condition holds (for state the server changes on a timer). */
export async function eventually<T>(fn: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const v = fn()
    if (v !== undefined && v !== false) return v
    if (Date.now() > until) throw new Error('condition never held')
    await new Promise(resolve => setTimeout(resolve, 10))
  }
}
