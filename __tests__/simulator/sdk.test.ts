// A client nobody here wrote, generated from Apple's spec (appstore-connect-sdk, hey-api), runs a
// full publish against the simulator; the part uploads go through plain fetch.
import {
  appsBackgroundAssetsGetToManyRelated,
  backgroundAssetsCreateInstance,
  backgroundAssetsVersionsGetToManyRelated,
  backgroundAssetUploadFilesCreateInstance,
  backgroundAssetUploadFilesGetInstance,
  backgroundAssetUploadFilesUpdateInstance,
  backgroundAssetVersionInternalBetaReleasesGetInstance,
  backgroundAssetVersionsCreateInstance,
  backgroundAssetVersionsGetInstance,
  createClient
} from 'appstore-connect-sdk'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import { manifestBytes } from './helpers/client.js'

const ARCHIVE = readFileSync('__fixtures__/files/Tutorial-lzfse.aar')

type Sdk = ReturnType<typeof createClient>

interface Operation {
  method?: string
  url?: string
  offset?: number
  length?: number
  requestHeaders?: { name?: string; value?: string }[]
}

async function sendParts(ops: Operation[], bytes: Buffer): Promise<void> {
  // Concurrently and out of order, as a real uploader may.
  await Promise.all(
    [...ops].reverse().map(async op => {
      const offset = op.offset ?? 0
      const r = await fetch(op.url ?? '', {
        method: op.method ?? 'PUT',
        headers: Object.fromEntries(
          (op.requestHeaders ?? []).map(h => [h.name ?? '', h.value ?? ''])
        ),
        body: bytes.subarray(offset, offset + (op.length ?? 0))
      })
      expect(r.status).toBe(200)
    })
  )
}

async function uploadWithSdk(
  client: Sdk,
  versionId: string,
  assetType: 'ASSET' | 'MANIFEST',
  fileName: string,
  bytes: Buffer
): Promise<string> {
  const reserved = await backgroundAssetUploadFilesCreateInstance({
    client,
    body: {
      data: {
        type: 'backgroundAssetUploadFiles',
        attributes: { assetType, fileName, fileSize: bytes.length },
        relationships: {
          backgroundAssetVersion: { data: { type: 'backgroundAssetVersions', id: versionId } }
        }
      }
    }
  })
  expect(reserved.response.status).toBe(201)
  const file = reserved.data?.data
  await sendParts(file?.attributes?.uploadOperations ?? [], bytes)
  const committed = await backgroundAssetUploadFilesUpdateInstance({
    client,
    path: { id: file?.id ?? '' },
    body: {
      data: {
        type: 'backgroundAssetUploadFiles',
        id: file?.id ?? '',
        attributes: {
          uploaded: true,
          sourceFileChecksums: {
            file: { hash: createHash('md5').update(bytes).digest('hex'), algorithm: 'MD5' }
          }
        }
      }
    }
  })
  expect(committed.response.status).toBe(200)
  return file?.id ?? ''
}

async function until<T>(fn: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 1000; i++) {
    const v = await fn()
    if (v !== undefined) return v
    await new Promise(resolve => setTimeout(resolve, 10))
  }
  throw new Error('gave up waiting')
}

describe.each([
  ['a team key', false],
  ['an individual key', true]
])('appstore-connect-sdk with %s', (_name, individualKey) => {
  let sim: Simulator
  let client: Sdk

  beforeAll(async () => {
    sim = await createSimulator({
      individualKey,
      processingDelayMs: 20,
      manifestCheckDelayMs: 5,
      partSizeBytes: 100 * 1024
    })
    client = createClient({
      baseUrl: sim.url,
      privateKeyId: sim.key.keyId,
      privateKey: sim.key.privateKeyPem,
      ...(sim.key.issuerId ? { issuerId: sim.key.issuerId } : {})
    })
  })
  afterAll(() => sim.close())

  test('runs a full publish to READY_FOR_TESTING', async () => {
    const none = await appsBackgroundAssetsGetToManyRelated({
      client,
      path: { id: sim.appId },
      query: { 'filter[assetPackIdentifier]': ['Tutorial'] }
    })
    expect(none.response.status).toBe(200)
    expect(none.data?.data).toEqual([])

    const created = await backgroundAssetsCreateInstance({
      client,
      body: {
        data: {
          type: 'backgroundAssets',
          attributes: { assetPackIdentifier: 'Tutorial' },
          relationships: { app: { data: { type: 'apps', id: sim.appId } } }
        }
      }
    })
    expect(created.response.status).toBe(201)
    const packId = created.data?.data.id ?? ''

    const again = await backgroundAssetsCreateInstance({
      client,
      body: {
        data: {
          type: 'backgroundAssets',
          attributes: { assetPackIdentifier: 'Tutorial' },
          relationships: { app: { data: { type: 'apps', id: sim.appId } } }
        }
      }
    })
    expect(again.response.status).toBe(409)
    expect(again.error?.errors?.[0]?.status).toBe('409')

    const found = await appsBackgroundAssetsGetToManyRelated({
      client,
      path: { id: sim.appId },
      query: { 'filter[assetPackIdentifier]': ['Tutorial'] }
    })
    expect(found.data?.data.map(p => p.id)).toEqual([packId])

    const version = await backgroundAssetVersionsCreateInstance({
      client,
      body: {
        data: {
          type: 'backgroundAssetVersions',
          relationships: { backgroundAsset: { data: { type: 'backgroundAssets', id: packId } } }
        }
      }
    })
    expect(version.response.status).toBe(201)
    const versionId = version.data?.data.id ?? ''
    expect(version.data?.data.attributes?.version).toBe('1')

    const pending = await backgroundAssetsVersionsGetToManyRelated({
      client,
      path: { id: packId },
      query: { 'filter[state]': ['AWAITING_UPLOAD'], sort: ['-version'], limit: 200 }
    })
    expect(pending.data?.data.map(v => v.id)).toEqual([versionId])

    const manifestId = await uploadWithSdk(
      client,
      versionId,
      'MANIFEST',
      'Manifest.json',
      manifestBytes()
    )
    const manifestState = await until(async () => {
      const r = await backgroundAssetUploadFilesGetInstance({ client, path: { id: manifestId } })
      const s = r.data?.data.attributes?.assetDeliveryState?.state
      return s === 'COMPLETE' || s === 'FAILED' ? s : undefined
    })
    expect(manifestState).toBe('COMPLETE')

    await uploadWithSdk(client, versionId, 'ASSET', 'Tutorial.aar', ARCHIVE)
    const done = await until(async () => {
      const r = await backgroundAssetVersionsGetInstance({
        client,
        path: { id: versionId },
        query: { include: ['internalBetaRelease', 'assetFile', 'manifestFile'] }
      })
      const s = r.data?.data.attributes?.state
      return s === 'COMPLETE' || s === 'FAILED' ? r.data : undefined
    })
    expect(done.data.attributes?.state).toBe('COMPLETE')
    expect(done.data.attributes?.platforms).toEqual(['IOS', 'MAC_OS'])
    const releaseId = done.data.relationships?.internalBetaRelease?.data?.id ?? ''
    const release = await backgroundAssetVersionInternalBetaReleasesGetInstance({
      client,
      path: { id: releaseId }
    })
    expect(release.data?.data.attributes?.state).toBe('READY_FOR_TESTING')

    // What the simulator received is what was sent, and no JWT leaked to the upload host.
    const assetFileId = done.data.relationships?.assetFile?.data?.id ?? ''
    expect(sim.receivedFile(assetFileId)?.sha256).toBe(
      createHash('sha256').update(ARCHIVE).digest('hex')
    )
    expect(sim.uploadStats.requestsWithAuthorization).toBe(0)
    expect(sim.count({ operationId: 'backgroundAssetVersions_createInstance', status: 201 })).toBe(
      1
    )
  })
})
