// Versions of an asset pack: Apple numbers them; creating one while another waits is allowed.
import { apiError, errors, type Resource } from '../jsonapi.js'
import type { Version } from '../state.js'
import { dataOf, linkages, list, single, type Route, type RouteContext } from './context.js'

function versionOr404(ctx: RouteContext, id: string): Version {
  const v = ctx.sim.state.versions.get(id)
  if (!v) throw errors.notFound('backgroundAssetVersions', id)
  return v
}

/** GET /v1/backgroundAssets/{id}/versions */
export const listPackVersions: Route = ctx => {
  const state = ctx.sim.state
  const packId = ctx.params.id ?? ''
  if (!state.packs.has(packId)) throw errors.notFound('backgroundAssets', packId)
  let versions = state.versionsOfPack(packId)
  const q = ctx.query.lists
  const filter = (name: string, value: (v: Version) => string[]) => {
    const wanted = q.get(name)
    if (wanted) versions = versions.filter(v => value(v).some(x => wanted.includes(x)))
  }
  filter('filter[state]', v => [v.state])
  filter('filter[version]', v => [v.version])
  filter('filter[platforms]', v => v.platforms)
  filter('filter[locale]', v => (v.locale ? [v.locale] : []))
  filter('filter[internalBetaRelease.state]', v => {
    const r = v.internalBetaReleaseId ? state.releases.get(v.internalBetaReleaseId) : undefined
    return r ? [r.state] : []
  })
  filter('filter[externalBetaRelease.state]', v => {
    const r = v.externalBetaReleaseId
      ? state.externalBetaReleases.get(v.externalBetaReleaseId)
      : undefined
    return r ? [r.state] : []
  })
  filter('filter[appStoreRelease.state]', v => {
    const r = state.review.releaseOfVersion(v.id)
    return r ? [r.state] : []
  })
  const sort = q.get('sort')?.[0]
  if (sort === '-version') versions = [...versions].reverse()
  return list(ctx, versions, (v, included) => ctx.sim.serializer.version(v, ctx.include, included))
}

/** POST /v1/backgroundAssetVersions */
export const createVersion: Route = ctx => {
  const packId = dataOf(ctx.body).relationships?.backgroundAsset?.data?.id ?? ''
  const pack = ctx.sim.state.packs.get(packId)
  if (!pack) {
    throw apiError(
      409,
      'ENTITY_ERROR.RELATIONSHIP.INVALID',
      'The provided entity includes a relationship with an invalid value',
      `'${packId}' is not a valid id for the relationship 'backgroundAsset'`,
      { pointer: '/data/relationships/backgroundAsset' }
    )
  }
  if (pack.archived) {
    throw errors.stateError(
      `The asset pack '${pack.assetPackIdentifier}' is archived; no version can be added to it.`,
      '/data/relationships/backgroundAsset'
    )
  }
  const version = ctx.sim.state.createVersion(pack.id)
  return single(ctx, ctx.sim.serializer.version(version), [], 201)
}

/** GET /v1/backgroundAssetVersions/{id} */
export const readVersion: Route = ctx => {
  const v = versionOr404(ctx, ctx.params.id ?? '')
  const included: Resource[] = []
  const resource = ctx.sim.serializer.version(v, ctx.include, included)
  return single(ctx, resource, included)
}

/** GET /v1/backgroundAssetVersions/{id}/backgroundAssetUploadFiles */
export const listVersionUploadFiles: Route = ctx => {
  const v = versionOr404(ctx, ctx.params.id ?? '')
  return list(ctx, ctx.sim.state.uploadFilesOfVersion(v.id), f => ctx.sim.serializer.uploadFile(f))
}

/** GET /v1/backgroundAssetVersions/{id}/relationships/backgroundAssetUploadFiles */
export const versionUploadFileLinkages: Route = ctx => {
  const v = versionOr404(ctx, ctx.params.id ?? '')
  return linkages(
    ctx,
    'backgroundAssetUploadFiles',
    ctx.sim.state.uploadFilesOfVersion(v.id).map(f => f.id)
  )
}

/** GET /v1/backgroundAssetVersionInternalBetaReleases/{id} */
export const readInternalRelease: Route = ctx => {
  const id = ctx.params.id ?? ''
  const r = ctx.sim.state.releases.get(id)
  if (!r) throw errors.notFound('backgroundAssetVersionInternalBetaReleases', id)
  const included: Resource[] = []
  const resource = ctx.sim.serializer.release(r, ctx.include, included)
  return single(ctx, resource, included)
}

/** GET /v1/backgroundAssetVersionExternalBetaReleases/{id}: seeded (no public API changes it). */
export const readExternalRelease: Route = ctx => {
  const type = 'backgroundAssetVersionExternalBetaReleases'
  const id = ctx.params.id ?? ''
  const r = ctx.sim.state.externalBetaReleases.get(id)
  if (!r) throw errors.notFound(type, id)
  const included: Resource[] = []
  return single(ctx, ctx.sim.serializer.storeRelease(type, r, ctx.include, included), included)
}
