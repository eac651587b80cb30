// Asset packs: the backgroundAssets resource and an app's list of them.
import { apiError, ASSET_PACK_IDENTIFIER, errors, type Resource } from '../jsonapi.js'
import type { Pack } from '../state.js'
import { dataOf, linkages, list, single, type Route, type RouteContext } from './context.js'

function packOr404(ctx: RouteContext, id: string): Pack {
  const pack = ctx.sim.state.packs.get(id)
  if (!pack) throw errors.notFound('backgroundAssets', id)
  return pack
}

function appPacks(ctx: RouteContext): Pack[] {
  const appId = ctx.params.id ?? ''
  if (!ctx.sim.state.apps.has(appId)) throw errors.notFound('apps', appId)
  return ctx.sim.state.packsOfApp(appId)
}

const SORT_KEYS: Record<string, (p: Pack) => string> = {
  assetPackIdentifier: p => p.assetPackIdentifier,
  createdDate: p => p.createdDate
}

/** GET /v1/apps/{id}/backgroundAssets */
export const listAppPacks: Route = ctx => {
  let packs = appPacks(ctx)
  const q = ctx.query.lists
  const identifiers = q.get('filter[assetPackIdentifier]')
  if (identifiers) {
    const bad = identifiers.filter(v => !ASSET_PACK_IDENTIFIER.test(v))
    if (bad.length)
      throw errors.identifierInvalid({ parameter: 'filter[assetPackIdentifier]' }, bad)
    packs = packs.filter(p => identifiers.includes(p.assetPackIdentifier))
  }
  const archived = q.get('filter[archived]')
  if (archived) packs = packs.filter(p => archived.includes(String(p.archived)))
  const platforms = q.get('filter[versions.platforms]')
  if (platforms) {
    packs = packs.filter(p =>
      ctx.sim.state.versionsOfPack(p.id).some(v => v.platforms.some(pl => platforms.includes(pl)))
    )
  }
  const locales = q.get('filter[versions.locale]')
  if (locales) {
    packs = packs.filter(p =>
      ctx.sim.state.versionsOfPack(p.id).some(v => v.locale && locales.includes(v.locale))
    )
  }
  for (const key of [...(q.get('sort') ?? [])].reverse()) {
    const desc = key.startsWith('-')
    const get = SORT_KEYS[key.replace(/^-/, '')]
    if (!get) continue
    packs = [...packs].sort((a, b) => (desc ? -1 : 1) * get(a).localeCompare(get(b)))
  }
  return list(ctx, packs, (p, included) => ctx.sim.serializer.pack(p, ctx.include, included))
}

/** GET /v1/apps/{id}/relationships/backgroundAssets */
export const appPackLinkages: Route = ctx =>
  linkages(
    ctx,
    'backgroundAssets',
    appPacks(ctx).map(p => p.id)
  )

/** POST /v1/backgroundAssets */
export const createPack: Route = ctx => {
  const data = dataOf(ctx.body)
  const identifier = String(data.attributes?.assetPackIdentifier ?? '')
  if (!ASSET_PACK_IDENTIFIER.test(identifier)) {
    throw errors.identifierInvalid({ pointer: '/data/attributes/assetPackIdentifier' }, [
      identifier
    ])
  }
  const appId = data.relationships?.app?.data?.id ?? ''
  const state = ctx.sim.state
  if (!state.apps.has(appId)) {
    throw apiError(
      409,
      'ENTITY_ERROR.RELATIONSHIP.INVALID',
      'The provided entity includes a relationship with an invalid value',
      `'${appId}' is not a valid id for the relationship 'app'`,
      { pointer: '/data/relationships/app' }
    )
  }
  const existing = state.packsOfApp(appId).find(p => p.assetPackIdentifier === identifier)
  if (existing) {
    throw apiError(
      409,
      'ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE',
      'The provided entity includes an attribute with a value that has already been used',
      existing.archived
        ? `The asset pack identifier '${identifier}' belonged to an archived asset pack and can not be used again.`
        : `An asset pack with the identifier '${identifier}' already exists for this app.`,
      { pointer: '/data/attributes/assetPackIdentifier' }
    )
  }
  const pack = state.createPack(appId, identifier)
  return single(ctx, ctx.sim.serializer.pack(pack), [], 201)
}

/** GET /v1/backgroundAssets/{id} */
export const readPack: Route = ctx => {
  const pack = packOr404(ctx, ctx.params.id ?? '')
  const included: Resource[] = []
  const resource = ctx.sim.serializer.pack(pack, ctx.include, included)
  return single(ctx, resource, included)
}

/** PATCH /v1/backgroundAssets/{id}: only `archived` exists, and archiving is for good. */
export const updatePack: Route = ctx => {
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
  const pack = packOr404(ctx, id)
  const archived = data.attributes?.archived
  if (archived === false && pack.archived) {
    throw errors.attributeInvalid(
      '/data/attributes/archived',
      'An archived asset pack can not be restored.'
    )
  }
  if (archived === true) pack.archived = true
  return single(ctx, ctx.sim.serializer.pack(pack))
}

/** GET /v1/backgroundAssets/{id}/relationships/versions */
export const packVersionLinkages: Route = ctx => {
  const pack = packOr404(ctx, ctx.params.id ?? '')
  return linkages(
    ctx,
    'backgroundAssetVersions',
    ctx.sim.state.versionsOfPack(pack.id).map(v => v.id)
  )
}
