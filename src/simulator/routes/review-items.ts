// Review submission items (background asset versions only: the simulator has no app versions,
// events or in-app purchases) and the App Store release of a submitted version.
import { apiError, errors, type Resource } from '../jsonapi.js'
import type { ReviewItem, ReviewSubmission } from '../review-state.js'
import type { SimState, Version } from '../state.js'
import { checkBodyId, submissionOr404 } from './review-submissions.js'
import { dataOf, linkages, list, single, type Route, type RouteContext } from './context.js'

/** Apple: up to 10 different asset packs in one review submission. */
export const MAX_PACKS_PER_SUBMISSION = 10

function relationshipInvalid(name: string, id: string) {
  return apiError(
    409,
    'ENTITY_ERROR.RELATIONSHIP.INVALID',
    'The provided entity includes a relationship with an invalid value',
    `'${id}' is not a valid id for the relationship '${name}'`,
    { pointer: `/data/relationships/${name}` }
  )
}

function stateInvalid(detail: string) {
  return apiError(
    409,
    'STATE_ERROR.ENTITY_STATE_INVALID',
    'The request cannot be fulfilled because of the state of another resource.',
    detail,
    { pointer: '/data/relationships/backgroundAssetVersion' }
  )
}

function entityError(detail: string) {
  return apiError(409, 'ENTITY_ERROR', 'The provided entity is invalid', detail, {
    pointer: '/data/relationships/backgroundAssetVersion'
  })
}

/** Every reason to refuse adding this version to this submission (the order is the simulator's). */
function checkAddable(state: SimState, s: ReviewSubmission, v: Version): void {
  const review = state.review
  const pack = state.packs.get(v.packId)
  if (!pack || pack.appId !== s.appId) throw relationshipInvalid('backgroundAssetVersion', v.id)
  if (s.state !== 'READY_FOR_REVIEW') {
    throw errors.stateError(
      `The review submission is ${s.state}; items can only be added while it is READY_FOR_REVIEW.`,
      '/data/relationships/reviewSubmission'
    )
  }
  if (v.state !== 'COMPLETE') {
    throw stateInvalid(
      `The background asset version ${v.version} of '${pack.assetPackIdentifier}' is ${v.state}; only a COMPLETE version can be submitted for review.`
    )
  }
  if (pack.archived) {
    throw stateInvalid(`The asset pack '${pack.assetPackIdentifier}' is archived.`)
  }
  if (!v.platforms.includes(s.platform)) {
    throw stateInvalid(
      `The background asset version ${v.version} of '${pack.assetPackIdentifier}' is not available on ${s.platform}.`
    )
  }
  const release = review.releaseOfVersion(v.id)
  if (release && (release.state === 'READY_FOR_DISTRIBUTION' || release.state === 'SUPERSEDED')) {
    throw stateInvalid(
      `The background asset version ${v.version} of '${pack.assetPackIdentifier}' has already been reviewed (${release.state}).`
    )
  }
  const existing = review.activeItemOfVersion(v.id, s.platform)
  if (existing) {
    throw entityError(
      `The background asset version ${v.version} of '${pack.assetPackIdentifier}' is already an item of the reviewSubmissions with id ${existing.submissionId}.`
    )
  }
  const packsIn = new Map<string, string>()
  for (const item of review.activeItemsOf(s.id)) {
    const other = state.versions.get(item.versionId)
    if (other) packsIn.set(other.packId, other.version)
  }
  const sameVersion = packsIn.get(v.packId)
  if (sameVersion !== undefined) {
    throw entityError(
      `The review submission already holds version ${sameVersion} of '${pack.assetPackIdentifier}'; it can hold one version per asset pack.`
    )
  }
  if (packsIn.size >= MAX_PACKS_PER_SUBMISSION) {
    throw entityError(
      `A review submission can hold at most ${MAX_PACKS_PER_SUBMISSION} asset packs; this one holds ${packsIn.size}.`
    )
  }
}

/** POST /v1/reviewSubmissionItems */
export const createItem: Route = ctx => {
  const relationships = dataOf(ctx.body).relationships ?? {}
  const state = ctx.sim.state
  const submissionId = relationships.reviewSubmission?.data?.id ?? ''
  const s = state.review.submissions.get(submissionId)
  if (!s) throw relationshipInvalid('reviewSubmission', submissionId)
  for (const [name, value] of Object.entries(relationships)) {
    if (name === 'reviewSubmission' || name === 'backgroundAssetVersion') continue
    // Schema-valid, but the simulator holds no such resource: no id can be valid.
    throw relationshipInvalid(name, value.data?.id ?? '')
  }
  const versionId = relationships.backgroundAssetVersion?.data?.id
  if (versionId === undefined) {
    throw apiError(
      409,
      'ENTITY_ERROR.RELATIONSHIP.REQUIRED',
      'The provided entity is missing a required relationship',
      'You must provide a value for one item relationship (e.g. backgroundAssetVersion) with this request',
      { pointer: '/data/relationships' }
    )
  }
  const v = state.versions.get(versionId)
  if (!v) throw relationshipInvalid('backgroundAssetVersion', versionId)
  checkAddable(state, s, v)
  const item = state.review.createItem(s.id, v.id)
  return single(ctx, ctx.sim.reviewSerializer.item(item), [], 201)
}

function itemOr404(ctx: RouteContext): ReviewItem {
  const id = ctx.params.id ?? ''
  const item = ctx.sim.state.review.items.get(id)
  if (!item) throw errors.notFound('reviewSubmissionItems', id)
  return item
}

/** Items change only while their submission is a draft (or, `resolved`, has unresolved issues). */
function submissionOfItem(ctx: RouteContext, item: ReviewItem, allowed: string[]) {
  const s = ctx.sim.state.review.submissions.get(item.submissionId)
  if (!s || !allowed.includes(s.state)) {
    throw errors.stateError(
      `The review submission is ${s?.state ?? 'gone'}; its items can not be changed now.`
    )
  }
  return s
}

/** PATCH /v1/reviewSubmissionItems/{id}: removed, resolved. */
export const updateItem: Route = ctx => {
  checkBodyId(ctx)
  const item = itemOr404(ctx)
  const attributes = (dataOf(ctx.body).attributes ?? {}) as {
    removed?: boolean | null
    resolved?: boolean | null
  }
  if (attributes.removed === true) {
    submissionOfItem(ctx, item, ['READY_FOR_REVIEW'])
    item.state = 'REMOVED'
  } else if (attributes.resolved === true) {
    submissionOfItem(ctx, item, ['UNRESOLVED_ISSUES'])
    if (item.state === 'REJECTED') item.state = 'READY_FOR_REVIEW'
  }
  return single(ctx, ctx.sim.reviewSerializer.item(item))
}

/** DELETE /v1/reviewSubmissionItems/{id} */
export const deleteItem: Route = ctx => {
  const item = itemOr404(ctx)
  submissionOfItem(ctx, item, ['READY_FOR_REVIEW'])
  ctx.sim.state.review.items.delete(item.id)
  return { status: 204, body: undefined }
}

/** GET /v1/reviewSubmissions/{id}/items */
export const listSubmissionItems: Route = ctx => {
  const s = submissionOr404(ctx, ctx.params.id ?? '')
  return list(ctx, ctx.sim.state.review.itemsOf(s.id), (i, included) =>
    ctx.sim.reviewSerializer.item(i, ctx.include, included)
  )
}

/** GET /v1/reviewSubmissions/{id}/relationships/items */
export const submissionItemLinkages: Route = ctx => {
  const s = submissionOr404(ctx, ctx.params.id ?? '')
  return linkages(
    ctx,
    'reviewSubmissionItems',
    ctx.sim.state.review.itemsOf(s.id).map(i => i.id)
  )
}

/** GET /v1/backgroundAssetVersionAppStoreReleases/{id} */
export const readAppStoreRelease: Route = ctx => {
  const id = ctx.params.id ?? ''
  const r = ctx.sim.state.review.appStoreReleases.get(id)
  if (!r) throw errors.notFound('backgroundAssetVersionAppStoreReleases', id)
  const included: Resource[] = []
  const resource = ctx.sim.reviewSerializer.appStoreRelease(r, ctx.include, included)
  return single(ctx, resource, included)
}
