// Upload files: reserve (parts to PUT), read, and commit (PATCH uploaded: true).
import { createHash } from 'node:crypto'
import { apiError, errors } from '../jsonapi.js'
import type { AssetType, Checksums, UploadFile, Version } from '../state.js'
import { dataOf, single, type Route, type RouteContext } from './context.js'

function fileOr404(ctx: RouteContext, id: string): UploadFile {
  const f = ctx.sim.state.uploadFiles.get(id)
  if (!f) throw errors.notFound('backgroundAssetUploadFiles', id)
  return f
}

/** Refuses a reservation the version's state does not allow. */
function checkReservable(ctx: RouteContext, version: Version, assetType: AssetType): void {
  if (version.state !== 'AWAITING_UPLOAD') {
    throw errors.stateError(
      `The version ${version.version} is ${version.state}; files can only be uploaded to a version that is AWAITING_UPLOAD.`,
      '/data/relationships/backgroundAssetVersion'
    )
  }
  const files = ctx.sim.state
    .uploadFilesOfVersion(version.id)
    .filter(f => f.assetType === assetType)
  if (assetType === 'ASSET' && files.some(f => f.committed)) {
    throw errors.stateError(
      `The version ${version.version} already has an uploaded ASSET.`,
      '/data/relationships/backgroundAssetVersion'
    )
  }
  if (
    assetType === 'MANIFEST' &&
    files.some(f => f.state === 'COMPLETE' || f.state === 'UPLOAD_COMPLETE')
  ) {
    throw errors.stateError(
      `The version ${version.version} already has a MANIFEST that was uploaded.`,
      '/data/relationships/backgroundAssetVersion'
    )
  }
}

/** POST /v1/backgroundAssetUploadFiles */
export const reserveUpload: Route = ctx => {
  const data = dataOf(ctx.body)
  const versionId = data.relationships?.backgroundAssetVersion?.data?.id ?? ''
  const version = ctx.sim.state.versions.get(versionId)
  if (!version) {
    throw apiError(
      409,
      'ENTITY_ERROR.RELATIONSHIP.INVALID',
      'The provided entity includes a relationship with an invalid value',
      `'${versionId}' is not a valid id for the relationship 'backgroundAssetVersion'`,
      { pointer: '/data/relationships/backgroundAssetVersion' }
    )
  }
  const attributes = data.attributes as { assetType: AssetType; fileName: string; fileSize: number }
  if (attributes.fileName.trim() === '') {
    throw errors.attributeInvalid('/data/attributes/fileName', 'The fileName must not be empty.')
  }
  checkReservable(ctx, version, attributes.assetType)
  const uploads = ctx.sim.uploads
  const file = ctx.sim.state.createUploadFile(
    version.id,
    {
      assetType: attributes.assetType,
      fileName: attributes.fileName,
      fileSize: attributes.fileSize
    },
    f => uploads.planParts(f)
  )
  return single(ctx, ctx.sim.serializer.uploadFile(file), [], 201)
}

/** GET /v1/backgroundAssetUploadFiles/{id} */
export const readUploadFile: Route = ctx =>
  single(ctx, ctx.sim.serializer.uploadFile(fileOr404(ctx, ctx.params.id ?? '')))

function normalizeHash(hash: string): string {
  return hash.trim().toLowerCase()
}

/** Compares given checksums with the received bytes; throws Apple-style errors. */
function verifyChecksums(file: UploadFile, checksums: Checksums): void {
  const received = file.received
  if (!received) return
  const given = checksums.file
  if (given) {
    if (!given.hash || !given.algorithm) {
      throw errors.attributeInvalid(
        '/data/attributes/sourceFileChecksums/file',
        'A file checksum needs both a hash and an algorithm (MD5 or SHA_256).'
      )
    }
    const actual = given.algorithm === 'MD5' ? received.md5 : received.sha256
    if (normalizeHash(given.hash) !== actual) {
      throw errors.attributeInvalid(
        '/data/attributes/sourceFileChecksums/file/hash',
        `The ${given.algorithm} checksum '${given.hash}' does not match the uploaded file. Upload the file again.`
      )
    }
  }
  const composite = checksums.composite
  if (composite?.hash) {
    const md5 = createHash('md5')
    for (const p of file.parts)
      md5.update(Buffer.from((p.entityTag ?? '').replace(/"/g, ''), 'hex'))
    const expected = md5.digest('hex')
    const hash = normalizeHash(composite.hash)
    if (hash !== expected && hash !== `${expected}-${file.parts.length}`) {
      throw errors.attributeInvalid(
        '/data/attributes/sourceFileChecksums/composite/hash',
        `The composite MD5 checksum '${composite.hash}' does not match the uploaded parts.`
      )
    }
  }
}

/** PATCH /v1/backgroundAssetUploadFiles/{id}: the commit. */
export const commitUpload: Route = async ctx => {
  const id = ctx.params.id ?? ''
  const data = dataOf(ctx.body)
  if (data.id !== id) {
    throw apiError(
      409,
      'ENTITY_ERROR.ID.INVALID',
      'The provided entity id is invalid',
      `The id '${String(data.id)}' in the request body does not match the id '${id}' in the URL`,
      { pointer: '/data/id' }
    )
  }
  const file = fileOr404(ctx, id)
  const attributes = (data.attributes ?? {}) as {
    uploaded?: boolean | null
    sourceFileChecksums?: Checksums | null
  }
  if (file.committed) {
    throw errors.stateError(
      `The upload file '${file.fileName}' has already been committed.`,
      '/data/attributes/uploaded'
    )
  }
  const checksums = attributes.sourceFileChecksums ?? undefined
  if (attributes.uploaded !== true) {
    if (checksums) file.sourceFileChecksums = checksums
    return single(ctx, ctx.sim.serializer.uploadFile(file))
  }
  const version = ctx.sim.state.versions.get(file.versionId)
  if (version && version.state !== 'AWAITING_UPLOAD') {
    throw errors.stateError(
      `The version ${version.version} is ${version.state}; it takes no more uploads.`,
      '/data/attributes/uploaded'
    )
  }
  const missing = ctx.sim.uploads.parts.missing(file)
  if (missing.length) {
    throw errors.stateError(
      `The upload is not complete: part${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${file.parts.length} ${missing.length > 1 ? 'have' : 'has'} not been received.`,
      '/data/attributes/uploaded'
    )
  }
  file.received = await ctx.sim.uploads.parts.assemble(file)
  if (checksums) verifyChecksums(file, checksums)
  file.committed = true
  if (checksums) file.sourceFileChecksums = checksums
  await ctx.sim.uploads.parts.drop(file)
  if (file.assetType === 'MANIFEST') ctx.sim.processing.manifestCommitted(file)
  else ctx.sim.processing.assetCommitted(file)
  return single(ctx, ctx.sim.serializer.uploadFile(file))
}
