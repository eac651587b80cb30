import { generateKeyPair } from 'jose'
import { ConflictError, ResponseValidationError } from '../../src/engine/asc/errors.js'
import { AscClient } from '../../src/engine/asc/resources.js'
import { MemoryLogger } from '../../src/engine/log.js'
import {
  appleError,
  scripted,
  startServer,
  type Recorded,
  type Reply,
  type TestServer
} from './http-server.js'
import { specErrors } from './spec.js'

const keys = await generateKeyPair('ES256')
let server: TestServer
let client: AscClient
let logger: MemoryLogger
const cleanups: Array<() => Promise<void>> = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

/** A response document, checked against Apple's spec first: a fixture that drifted fails here. */
function doc(schema: string, body: object, status = 200): Reply {
  const problems = specErrors(schema, body)
  if (problems.length) throw new Error(`fixture is not a valid ${schema}: ${problems.join(', ')}`)
  return { status, body }
}

async function serve(replies: Array<Reply | ((r: Recorded) => Reply)>) {
  server = await startServer(scripted(replies))
  logger = new MemoryLogger()
  client = new AscClient({
    credentials: { keyId: 'K', issuerId: 'I', privateKey: keys.privateKey },
    logger,
    baseUrl: server.url,
    env: { sleep: async () => undefined }
  })
  const [c, s] = [client, server]
  cleanups.push(
    () => c.close(),
    () => s.close()
  )
  return server
}

function query(r: Recorded): Record<string, string> {
  return Object.fromEntries(new URL(r.url, 'http://x').searchParams)
}
function requestBody(r: Recorded, schema: string): unknown {
  const body = JSON.parse(r.body.toString())
  expect(specErrors(schema, body)).toEqual([])
  return body
}

const self = { self: 'https://api.appstoreconnect.apple.com/v1/x' }
const pack = (id: string, assetPackIdentifier: string) => ({
  type: 'backgroundAssets',
  id,
  attributes: {
    archived: false,
    assetPackIdentifier,
    createdDate: '2026-01-01T00:00:00Z',
    usedBytes: 0
  },
  relationships: { app: { data: { type: 'apps', id: '123' } } }
})
const version = (id: string, state: string, extra: object = {}) => ({
  type: 'backgroundAssetVersions',
  id,
  attributes: {
    state,
    version: '3',
    platforms: ['IOS'],
    createdDate: '2026-01-01T00:00:00Z',
    stateDetails: { errors: [] }
  },
  ...extra
})
const op = (n: number, offset: number, length: number) => ({
  method: 'PUT',
  url: `https://parts.example.com/upload/${n}?X-Amz-Signature=secret${n}`,
  offset,
  length,
  partNumber: n,
  expiration: '2026-01-02T00:00:00Z',
  requestHeaders: [{ name: 'Content-Type', value: 'application/octet-stream' }]
})
const uploadFile = (id: string, attributes: object) => ({
  type: 'backgroundAssetUploadFiles',
  id,
  attributes
})

describe('packs', () => {
  it('findPack filters by identifier, follows links.next and matches exactly', async () => {
    const s = await serve([
      () =>
        doc('BackgroundAssetsResponse', {
          data: [pack('p1', 'Tutorial-old')],
          links: { ...self, next: `${server.url}/v1/apps/123/backgroundAssets?cursor=abc` }
        }),
      doc('BackgroundAssetsResponse', { data: [pack('p2', 'Tutorial')], links: self })
    ])
    const found = await client.findPack('123', 'Tutorial')
    expect(found?.id).toBe('p2')
    expect(s.requests[0].url.split('?')[0]).toBe('/v1/apps/123/backgroundAssets')
    expect(query(s.requests[0])).toEqual({
      'filter[assetPackIdentifier]': 'Tutorial',
      limit: '200'
    })
    expect(query(s.requests[1])).toEqual({ cursor: 'abc' })
  })

  it('findPack returns undefined when there is none', async () => {
    await serve([doc('BackgroundAssetsResponse', { data: [], links: self })])
    expect(await client.findPack('123', 'Nope')).toBeUndefined()
  })

  it('createPack sends the spec body; a 409 is a ConflictError', async () => {
    const s = await serve([
      doc('BackgroundAssetResponse', { data: pack('p9', 'Tutorial'), links: self }, 201),
      appleError(
        409,
        'ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE',
        'Conflict',
        'assetPackIdentifier exists'
      )
    ])
    expect((await client.createPack('123', 'Tutorial')).id).toBe('p9')
    expect(s.requests[0].method).toBe('POST')
    expect(s.requests[0].url).toBe('/v1/backgroundAssets')
    expect(requestBody(s.requests[0], 'BackgroundAssetCreateRequest')).toEqual({
      data: {
        type: 'backgroundAssets',
        attributes: { assetPackIdentifier: 'Tutorial' },
        relationships: { app: { data: { type: 'apps', id: '123' } } }
      }
    })
    const error = await client.createPack('123', 'Tutorial').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConflictError)
    expect((error as ConflictError).detail).toBe('assetPackIdentifier exists')
  })

  it('getPack reads one pack, tolerating fields Apple may add', async () => {
    const s = await serve([
      doc('BackgroundAssetResponse', {
        data: { ...pack('p1', 'T'), attributes: { ...pack('p1', 'T').attributes, newField: 1 } },
        links: self
      })
    ])
    expect((await client.getPack('p1')).attributes?.assetPackIdentifier).toBe('T')
    expect(s.requests[0].url).toBe('/v1/backgroundAssets/p1')
  })
})

describe('versions', () => {
  it('listVersions sends filters, sort and include, and stops at the limit', async () => {
    const s = await serve([
      () =>
        doc('BackgroundAssetVersionsResponse', {
          data: [version('v3', 'COMPLETE')],
          links: { ...self, next: `${server.url}/v1/backgroundAssets/p1/versions?cursor=2` }
        })
    ])
    const { versions } = await client.listVersions('p1', {
      state: 'COMPLETE',
      limit: 1,
      include: ['internalBetaRelease']
    })
    expect(versions.map(v => v.id)).toEqual(['v3'])
    expect(s.requests).toHaveLength(1)
    expect(s.requests[0].url.split('?')[0]).toBe('/v1/backgroundAssets/p1/versions')
    expect(query(s.requests[0])).toEqual({
      'filter[state]': 'COMPLETE',
      sort: '-version',
      include: 'internalBetaRelease',
      limit: '1'
    })
  })

  it('listVersions without a limit follows every page', async () => {
    const s = await serve([
      () =>
        doc('BackgroundAssetVersionsResponse', {
          data: [version('v2', 'PROCESSING')],
          links: { ...self, next: `${server.url}/v1/backgroundAssets/p1/versions?cursor=2` }
        }),
      doc('BackgroundAssetVersionsResponse', { data: [version('v1', 'FAILED')], links: self })
    ])
    const { versions } = await client.listVersions('p1', { version: '2' })
    expect(versions.map(v => v.attributes.state)).toEqual(['PROCESSING', 'FAILED'])
    expect(query(s.requests[0])).toMatchObject({ 'filter[version]': '2', limit: '200' })
  })

  it('createVersion sends only the relationship', async () => {
    const s = await serve([
      doc(
        'BackgroundAssetVersionResponse',
        { data: version('v4', 'AWAITING_UPLOAD'), links: self },
        201
      )
    ])
    expect((await client.createVersion('p1')).attributes.state).toBe('AWAITING_UPLOAD')
    expect(requestBody(s.requests[0], 'BackgroundAssetVersionCreateRequest')).toEqual({
      data: {
        type: 'backgroundAssetVersions',
        relationships: { backgroundAsset: { data: { type: 'backgroundAssets', id: 'p1' } } }
      }
    })
  })

  it('getVersion resolves the included release and files', async () => {
    const rels = {
      relationships: {
        internalBetaRelease: {
          data: { type: 'backgroundAssetVersionInternalBetaReleases', id: 'r1' }
        },
        assetFile: { data: { type: 'backgroundAssetUploadFiles', id: 'f2' } },
        manifestFile: { data: { type: 'backgroundAssetUploadFiles', id: 'f1' } }
      }
    }
    const s = await serve([
      doc('BackgroundAssetVersionResponse', {
        data: version('v1', 'COMPLETE', rels),
        included: [
          {
            type: 'backgroundAssetVersionInternalBetaReleases',
            id: 'r1',
            attributes: { state: 'READY_FOR_TESTING' }
          },
          uploadFile('f1', { assetType: 'MANIFEST', assetDeliveryState: { state: 'COMPLETE' } }),
          uploadFile('f2', {
            assetType: 'ASSET',
            assetDeliveryState: { state: 'COMPLETE', errors: [], warnings: [] }
          })
        ],
        links: self
      }),
      doc('BackgroundAssetVersionResponse', {
        data: version('v2', 'PROCESSING', { relationships: { internalBetaRelease: {} } }),
        links: self
      }),
      // Not in the spec, but JSON:API's way to say "empty": accepted too.
      {
        status: 200,
        body: {
          data: version('v3', 'PROCESSING', {
            relationships: { internalBetaRelease: { data: null } }
          }),
          links: self
        }
      }
    ])
    const got = await client.getVersion('v1')
    expect(query(s.requests[0])).toEqual({ include: 'internalBetaRelease,assetFile,manifestFile' })
    expect(got.internalBetaRelease?.attributes.state).toBe('READY_FOR_TESTING')
    expect(got.manifestFile?.attributes?.assetType).toBe('MANIFEST')
    expect(got.assetFile?.id).toBe('f2')
    expect((await client.getVersion('v2')).internalBetaRelease).toBeUndefined()
    expect((await client.getVersion('v3')).internalBetaRelease).toBeUndefined()
  })

  it('a state the flow does not know is a clear validation error', async () => {
    await serve([{ status: 200, body: { data: version('v1', 'SOMETHING_NEW'), links: self } }])
    await expect(client.getVersion('v1')).rejects.toThrow(/data\.attributes\.state: Invalid option/)
  })

  it('a malformed included resource is a validation error too', async () => {
    await serve([
      {
        status: 200,
        body: {
          data: version('v1', 'COMPLETE', {
            relationships: {
              internalBetaRelease: {
                data: { type: 'backgroundAssetVersionInternalBetaReleases', id: 'r1' }
              }
            }
          }),
          included: [
            {
              type: 'backgroundAssetVersionInternalBetaReleases',
              id: 'r1',
              attributes: { state: 42 }
            }
          ],
          links: self
        }
      }
    ])
    await expect(client.getVersion('v1')).rejects.toBeInstanceOf(ResponseValidationError)
  })

  it('getInternalBetaRelease reads its state', async () => {
    await serve([
      doc('BackgroundAssetVersionInternalBetaReleaseResponse', {
        data: {
          type: 'backgroundAssetVersionInternalBetaReleases',
          id: 'r1',
          attributes: { state: 'SUPERSEDED' }
        },
        links: self
      })
    ])
    expect((await client.getInternalBetaRelease('r1')).attributes.state).toBe('SUPERSEDED')
    expect(server.requests[0].url).toBe('/v1/backgroundAssetVersionInternalBetaReleases/r1')
  })
})

describe('upload files', () => {
  it('reserveUpload sends the spec body, returns the operations and masks their URLs', async () => {
    const s = await serve([
      doc(
        'BackgroundAssetUploadFileResponse',
        {
          data: uploadFile('f1', {
            assetType: 'ASSET',
            fileName: 'Tutorial.aar',
            fileSize: 300,
            assetDeliveryState: { state: 'AWAITING_UPLOAD' },
            uploadOperations: [op(1, 0, 200), op(2, 200, 100)]
          }),
          links: self
        },
        201
      )
    ])
    const file = await client.reserveUpload('v1', {
      assetType: 'ASSET',
      fileName: 'Tutorial.aar',
      fileSize: 300
    })
    expect(file.attributes.uploadOperations.map(o => [o.partNumber, o.offset, o.length])).toEqual([
      [1, 0, 200],
      [2, 200, 100]
    ])
    expect(file.attributes.uploadOperations[0].requestHeaders).toEqual([
      { name: 'Content-Type', value: 'application/octet-stream' }
    ])
    expect(logger.secrets).toEqual(expect.arrayContaining([op(1, 0, 1).url, op(2, 0, 1).url]))
    expect(requestBody(s.requests[0], 'BackgroundAssetUploadFileCreateRequest')).toEqual({
      data: {
        type: 'backgroundAssetUploadFiles',
        attributes: { assetType: 'ASSET', fileName: 'Tutorial.aar', fileSize: 300 },
        relationships: {
          backgroundAssetVersion: { data: { type: 'backgroundAssetVersions', id: 'v1' } }
        }
      }
    })
  })

  it('a reservation without operations is a validation error, not an undefined later', async () => {
    await serve([
      doc(
        'BackgroundAssetUploadFileResponse',
        { data: uploadFile('f1', { assetType: 'MANIFEST' }), links: self },
        201
      )
    ])
    await expect(
      client.reserveUpload('v1', { assetType: 'MANIFEST', fileName: 'Manifest.json', fileSize: 10 })
    ).rejects.toThrow(/data\.attributes\.uploadOperations/)
  })

  it('commitUpload PATCHes uploaded with the SHA-256 checksum', async () => {
    const s = await serve([
      doc('BackgroundAssetUploadFileResponse', {
        data: uploadFile('f1', { assetDeliveryState: { state: 'UPLOAD_COMPLETE' } }),
        links: self
      }),
      doc('BackgroundAssetUploadFileResponse', { data: uploadFile('f1', {}), links: self })
    ])
    const done = await client.commitUpload('f1', { sha256: 'ab'.repeat(32) })
    expect(done.attributes?.assetDeliveryState?.state).toBe('UPLOAD_COMPLETE')
    expect(s.requests[0].method).toBe('PATCH')
    expect(s.requests[0].url).toBe('/v1/backgroundAssetUploadFiles/f1')
    expect(requestBody(s.requests[0], 'BackgroundAssetUploadFileUpdateRequest')).toEqual({
      data: {
        type: 'backgroundAssetUploadFiles',
        id: 'f1',
        attributes: {
          uploaded: true,
          sourceFileChecksums: { file: { hash: 'ab'.repeat(32), algorithm: 'SHA_256' } }
        }
      }
    })
    await client.commitUpload('f1')
    expect(requestBody(s.requests[1], 'BackgroundAssetUploadFileUpdateRequest')).toEqual({
      data: { type: 'backgroundAssetUploadFiles', id: 'f1', attributes: { uploaded: true } }
    })
  })

  it('getUploadFile reads the delivery state and its errors', async () => {
    await serve([
      doc('BackgroundAssetUploadFileResponse', {
        data: uploadFile('f1', {
          assetDeliveryState: {
            state: 'FAILED',
            errors: [{ code: 'ITMS-91140', description: 'bad policy' }]
          }
        }),
        links: self
      })
    ])
    const file = await client.getUploadFile('f1')
    expect(file.attributes?.assetDeliveryState).toEqual({
      state: 'FAILED',
      errors: [{ code: 'ITMS-91140', description: 'bad policy' }]
    })
  })

  it('listUploadFiles follows pages and masks any operation URLs', async () => {
    const s = await serve([
      () =>
        doc('BackgroundAssetUploadFilesResponse', {
          data: [uploadFile('f1', { assetType: 'MANIFEST', uploadOperations: [op(1, 0, 5)] })],
          links: {
            ...self,
            next: `${server.url}/v1/backgroundAssetVersions/v1/backgroundAssetUploadFiles?cursor=x`
          }
        }),
      doc('BackgroundAssetUploadFilesResponse', {
        data: [uploadFile('f2', { assetType: 'ASSET' })],
        links: self
      })
    ])
    const files = await client.listUploadFiles('v1')
    expect(files.map(f => f.id)).toEqual(['f1', 'f2'])
    expect(s.requests[0].url).toBe(
      '/v1/backgroundAssetVersions/v1/backgroundAssetUploadFiles?limit=200'
    )
    expect(logger.secrets).toContain(op(1, 0, 5).url)
  })
})
