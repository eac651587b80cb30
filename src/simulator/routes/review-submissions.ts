// Review submissions: one in progress per app and platform; submit (PATCH submitted: true) and
// cancel (PATCH canceled: true, CANCELING then COMPLETE).
import { apiError, errors, type Resource } from '../jsonapi.js'
import type { ReviewSubmission } from '../review-state.js'
import type { Platform } from '../state.js'
import {
  dataOf,
  linkages,
  list,
  single,
  type Route,
  type RouteContext,
  type RouteResult
} from './context.js'

export function submissionOr404(ctx: RouteContext, id: string): ReviewSubmission {
  const s = ctx.sim.state.review.submissions.get(id)
  if (!s) throw errors.notFound('reviewSubmissions', id)
  return s
}

/** Refuses a PATCH whose body names another resource than the URL. */
export function checkBodyId(ctx: RouteContext): void {
  const id = ctx.params.id ?? ''
  const given = dataOf(ctx.body).id
  if (given !== id) {
    throw apiError(
      409,
      'ENTITY_ERROR.ID.INVALID',
      'The provided entity id is invalid',
      `The id '${String(given)}' in the request body does not match the id '${id}' in the URL`,
      { pointer: '/data/id' }
    )
  }
}

function filtered(ctx: RouteContext, submissions: ReviewSubmission[]): RouteResult {
  const q = ctx.query.lists
  const platforms = q.get('filter[platform]')
  const states = q.get('filter[state]')
  const chosen = submissions.filter(
    s => (!platforms || platforms.includes(s.platform)) && (!states || states.includes(s.state))
  )
  return list(ctx, chosen, (s, included) =>
    ctx.sim.reviewSerializer.submission(s, ctx.include, included)
  )
}

/** GET /v1/reviewSubmissions?filter[app]=… (filter[app] is required: the spec says so) */
export const listSubmissions: Route = ctx => {
  const apps = ctx.query.lists.get('filter[app]') ?? []
  const review = ctx.sim.state.review
  return filtered(
    ctx,
    apps.flatMap(a => review.submissionsOfApp(a))
  )
}

function appOr404(ctx: RouteContext): string {
  const appId = ctx.params.id ?? ''
  if (!ctx.sim.state.apps.has(appId)) throw errors.notFound('apps', appId)
  return appId
}

/** GET /v1/apps/{id}/reviewSubmissions */
export const listAppSubmissions: Route = ctx =>
  filtered(ctx, ctx.sim.state.review.submissionsOfApp(appOr404(ctx)))

/** GET /v1/apps/{id}/relationships/reviewSubmissions */
export const appSubmissionLinkages: Route = ctx =>
  linkages(
    ctx,
    'reviewSubmissions',
    ctx.sim.state.review.submissionsOfApp(appOr404(ctx)).map(s => s.id)
  )

/** POST /v1/reviewSubmissions */
export const createSubmission: Route = ctx => {
  const data = dataOf(ctx.body)
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
  // The platform is optional since a recent API version; the simulator assumes iOS without it.
  const platform = (data.attributes?.platform as Platform | null | undefined) ?? 'IOS'
  const open = state.review.openSubmission(appId, platform)
  if (open) {
    throw apiError(
      409,
      'ENTITY_ERROR',
      'The provided entity is invalid',
      `There is another reviewSubmissions with id ${open.id} still in progress.`
    )
  }
  const s = state.review.createSubmission(appId, platform)
  return single(ctx, ctx.sim.reviewSerializer.submission(s), [], 201)
}

/** GET /v1/reviewSubmissions/{id} */
export const readSubmission: Route = ctx => {
  const s = submissionOr404(ctx, ctx.params.id ?? '')
  const included: Resource[] = []
  return single(ctx, ctx.sim.reviewSerializer.submission(s, ctx.include, included), included)
}

/** PATCH /v1/reviewSubmissions/{id}: platform, submitted, canceled. */
export const updateSubmission: Route = ctx => {
  checkBodyId(ctx)
  const s = submissionOr404(ctx, ctx.params.id ?? '')
  const attributes = (dataOf(ctx.body).attributes ?? {}) as {
    platform?: Platform | null
    submitted?: boolean | null
    canceled?: boolean | null
  }
  const review = ctx.sim.state.review
  if (attributes.canceled === true) {
    if (s.state === 'CANCELING' || s.state === 'COMPLETE' || s.state === 'COMPLETING') {
      throw errors.stateError(
        `The review submission is ${s.state} and can not be canceled.`,
        '/data/attributes/canceled'
      )
    }
    ctx.sim.review.cancel(s)
    return single(ctx, ctx.sim.reviewSerializer.submission(s))
  }
  if (attributes.platform && attributes.platform !== s.platform) {
    if (s.state !== 'READY_FOR_REVIEW' || review.activeItemsOf(s.id).length > 0) {
      throw errors.stateError(
        'The platform of a review submission can only change while it is empty and READY_FOR_REVIEW.',
        '/data/attributes/platform'
      )
    }
    const other = review.openSubmission(s.appId, attributes.platform)
    if (other) {
      throw apiError(
        409,
        'ENTITY_ERROR',
        'The provided entity is invalid',
        `There is another reviewSubmissions with id ${other.id} still in progress.`
      )
    }
    s.platform = attributes.platform
  }
  if (attributes.submitted === true) {
    if (s.state !== 'READY_FOR_REVIEW' && s.state !== 'UNRESOLVED_ISSUES') {
      throw errors.stateError(
        `The review submission is ${s.state}; only a submission that is READY_FOR_REVIEW can be submitted.`,
        '/data/attributes/submitted'
      )
    }
    const ready = review.activeItemsOf(s.id).filter(i => i.state === 'READY_FOR_REVIEW')
    if (ready.length === 0) {
      throw errors.stateError(
        'The review submission has no items ready for review.',
        '/data/attributes/submitted'
      )
    }
    ctx.sim.review.submit(s)
  }
  return single(ctx, ctx.sim.reviewSerializer.submission(s))
}
