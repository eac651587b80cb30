// Every response of a full publish, held against Apple's spec file itself (strictly: no member the
// spec does not define), plus the refusals a client meets on the way.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import { manifestBytes, TestClient, type Res } from './helpers/client.js'
import { validateErrorResponse, validateResponse } from './helpers/spec-validator.js'

const ARCHIVE = readFileSync('__fixtures__/files/Tutorial-lzfse.aar')
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

function expectConforms(responses: Res[]): Set<string> {
  const checked = new Set<string>()
  for (const r of responses) {
    const verdict = validateResponse(r.method, r.url, r.status, r.body)
    const where = `${r.method} ${r.url} → ${r.status}`
    expect({ where, errors: verdict.errors }).toEqual({ where, errors: [] })
    if (verdict.schema) checked.add(`${verdict.operationId} ${r.status}`)
    else expect({ where, errors: validateErrorResponse(r.body) }).toEqual({ where, errors: [] })
    expect(r.headers.get('x-rate-limit')).toMatch(/^user-hour-lim:3500;user-hour-rem:\d+;$/)
  }
  return checked
}

describe('a full publish, every response against the spec', () => {
  let sim: Simulator
  let c: TestClient

  beforeAll(async () => {
    sim = await createSimulator({
      processingDelayMs: 20,
      manifestCheckDelayMs: 5,
      partSizeBytes: 64 * 1024
    })
    c = new TestClient(sim)
  })
  afterAll(() => sim.close())

  test('publishes, and every answer matches its spec schema', async () => {
    const appPacks = `/v1/apps/${sim.appId}/backgroundAssets`
    expect(
      (await c.api('GET', `${appPacks}?filter[assetPackIdentifier]=Tutorial`)).body.data
    ).toEqual([])
    const pack = await c.createPack('Tutorial')
    expect(pack.status).toBe(201)
    const packId = pack.body.data.id
    await c.api('GET', `/v1/backgroundAssets/${packId}?include=app,internalBetaVersion`)
    await c.api(
      'GET',
      `/v1/backgroundAssets/${packId}/versions?filter[state]=AWAITING_UPLOAD&sort=-version&limit=200`
    )
    const version = await c.createVersion(packId)
    expect(version.status).toBe(201)
    const versionId = version.body.data.id

    const manifest = await c.upload(versionId, 'MANIFEST', 'Manifest.json', manifestBytes())
    expect(manifest.commit.status).toBe(200)
    await c.waitForFile(manifest.fileId, ['COMPLETE'])
    const asset = await c.upload(versionId, 'ASSET', 'Tutorial.aar', ARCHIVE, {
      commit: {
        uploaded: true,
        sourceFileChecksums: { file: { hash: sha256(ARCHIVE), algorithm: 'SHA_256' } }
      }
    })
    expect(asset.reserve.body.data.attributes.uploadOperations.length).toBeGreaterThan(3)
    expect(asset.commit.status).toBe(200)
    await c.api('GET', `/v1/backgroundAssetVersions/${versionId}/backgroundAssetUploadFiles`)
    const done = await c.waitForVersion(versionId, ['COMPLETE', 'FAILED'])
    expect(done.body.data.attributes.state).toBe('COMPLETE')
    const releaseId = done.body.data.relationships.internalBetaRelease.data.id
    const release = await c.api(
      'GET',
      `/v1/backgroundAssetVersionInternalBetaReleases/${releaseId}?include=backgroundAssetVersion`
    )
    expect(release.body.data.attributes.state).toBe('READY_FOR_TESTING')
    await c.api(
      'GET',
      `${appPacks}?filter[assetPackIdentifier]=Tutorial&include=internalBetaVersion`
    )
    await c.api('GET', `/v1/apps/${sim.appId}/relationships/backgroundAssets`)
    await c.api('GET', `/v1/backgroundAssets/${packId}/relationships/versions`)
    await c.api(
      'GET',
      `/v1/backgroundAssetVersions/${versionId}/relationships/backgroundAssetUploadFiles`
    )
    await c.api('PATCH', `/v1/backgroundAssets/${packId}`, {
      data: { type: 'backgroundAssets', id: packId, attributes: { archived: false } }
    })

    const checked = expectConforms(c.responses)
    // The publish touched these operations with these statuses, each held against its schema.
    expect([...checked].sort()).toEqual(
      [
        'apps_backgroundAssets_getToManyRelated 200',
        'apps_backgroundAssets_getToManyRelationship 200',
        'backgroundAssetUploadFiles_createInstance 201',
        'backgroundAssetUploadFiles_getInstance 200',
        'backgroundAssetUploadFiles_updateInstance 200',
        'backgroundAssetVersionInternalBetaReleases_getInstance 200',
        'backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelated 200',
        'backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelationship 200',
        'backgroundAssetVersions_createInstance 201',
        'backgroundAssetVersions_getInstance 200',
        'backgroundAssets_createInstance 201',
        'backgroundAssets_getInstance 200',
        'backgroundAssets_updateInstance 200',
        'backgroundAssets_versions_getToManyRelated 200',
        'backgroundAssets_versions_getToManyRelationship 200'
      ].sort()
    )
  })

  test('refusals are ErrorResponses with the spec status of their operation', async () => {
    const before = c.responses.length
    const pack = await c.createPack('Refusals')
    const packId = pack.body.data.id
    const checks: [Promise<Res>, number][] = [
      [c.createPack('Refusals'), 409],
      [c.createPack('com.example.dots'), 400],
      [c.api('GET', `/v1/apps/${sim.appId}/backgroundAssets?filter[assetPackIdentifier]=a_b`), 400],
      [c.api('GET', '/v1/backgroundAssets/nope'), 404],
      [c.api('GET', `/v1/backgroundAssets/${packId}`, undefined, { token: null }), 401],
      [c.api('GET', `/v1/backgroundAssets/${packId}/versions?limit=201`), 400],
      [
        c.api('POST', '/v1/backgroundAssetVersions', { data: { type: 'backgroundAssetVersions' } }),
        409
      ],
      [
        c.api('PATCH', '/v1/backgroundAssetUploadFiles/nope', {
          data: { type: 'backgroundAssetUploadFiles', id: 'nope', attributes: { uploaded: true } }
        }),
        404
      ],
      [c.api('DELETE', `/v1/backgroundAssets/${packId}`), 405]
    ]
    for (const [call, status] of checks) expect((await call).status).toBe(status)
    expectConforms(c.responses.slice(before))
  })
})
