// What a route gets: the request read against its spec operation, and the simulator's parts.
import { pagedDocument, paginate, sparse, uniqueResources, type Resource } from '../jsonapi.js'
import type { Processing } from '../processing.js'
import type { Serializer } from '../resources.js'
import type { AppReview } from '../review.js'
import type { ReviewSerializer } from '../review-resources.js'
import type { SpecOperation } from '../spec/index.js'
import type { SimState } from '../state.js'
import type { UploadHost } from '../uploads.js'
import type { Query } from '../validation.js'

export interface Simulated {
  state: SimState
  serializer: Serializer
  uploads: UploadHost
  processing: Processing
  review: AppReview
  reviewSerializer: ReviewSerializer
}

export interface RouteContext {
  op: SpecOperation
  params: Record<string, string>
  query: Query
  fields: Map<string, string[]>
  include: string[]
  body: unknown
  /** The request URL, absolute. */
  url: URL
  sim: Simulated
}

export interface RouteResult {
  status: number
  body: unknown
}

export type Route = (ctx: RouteContext) => Promise<RouteResult> | RouteResult

/** A document for one resource, with sparse fieldsets applied. */
export function single(
  ctx: RouteContext,
  resource: Resource,
  included: Resource[] = [],
  status = 200
): RouteResult {
  const inc = uniqueResources(included).map(r => sparse(r, ctx.fields))
  return {
    status,
    body: {
      data: sparse(resource, ctx.fields),
      ...(inc.length ? { included: inc } : {}),
      links: { self: status === 201 ? (resource.links?.self ?? selfOf(ctx.url)) : selfOf(ctx.url) }
    }
  }
}

/** A paged list document: `limit`, `cursor`, `links.next`, `meta.paging`. */
export function list<T>(
  ctx: RouteContext,
  items: T[],
  toResource: (item: T, included: Resource[]) => Resource
): RouteResult {
  const page = paginate(items, ctx.query.limit, ctx.query.cursor)
  const included: Resource[] = []
  const data = page.items.map(item => sparse(toResource(item, included), ctx.fields))
  const inc = uniqueResources(included).map(r => sparse(r, ctx.fields))
  return { status: 200, body: pagedDocument(data, page, ctx.url, inc) }
}

/** A paged list of resource linkages (the `/relationships/` endpoints). */
export function linkages(ctx: RouteContext, type: string, ids: string[]): RouteResult {
  const page = paginate(ids, ctx.query.limit, ctx.query.cursor)
  return {
    status: 200,
    body: pagedDocument(
      page.items.map(id => ({ type, id })),
      page,
      ctx.url
    )
  }
}

export function selfOf(url: URL): string {
  return `${url.origin}${url.pathname}`
}

export interface BodyData {
  id?: string
  type?: string
  attributes?: Record<string, unknown>
  relationships?: Record<string, { data?: { id?: string; type?: string } }>
}

/** The `data` member of a body that has passed schema validation. */
export function dataOf(body: unknown): BodyData {
  return (body as { data: BodyData }).data
}
