// JSON:API documents and Apple's ErrorResponse, with the codes and wording App Store Connect uses.
import { randomUUID } from 'node:crypto'

export interface ErrorSource {
  pointer?: string
  parameter?: string
}

export interface ErrorObject {
  id: string
  status: string
  code: string
  title: string
  detail: string
  source?: ErrorSource
}

/** A refusal: thrown anywhere below a route and turned into an ErrorResponse by the server. */
export class ApiError extends Error {
  readonly status: number
  readonly errors: ErrorObject[]
  readonly headers: Record<string, string>

  constructor(status: number, errors: ErrorObject[], headers: Record<string, string> = {}) {
    super(errors.map(e => `${e.code}: ${e.detail}`).join('; '))
    this.status = status
    this.errors = errors
    this.headers = headers
  }
}

export function errorObject(
  status: number,
  code: string,
  title: string,
  detail: string,
  source?: ErrorSource
): ErrorObject {
  return {
    id: randomUUID(),
    status: String(status),
    code,
    title,
    detail,
    ...(source ? { source } : {})
  }
}

export function apiError(
  status: number,
  code: string,
  title: string,
  detail: string,
  source?: ErrorSource
): ApiError {
  return new ApiError(status, [errorObject(status, code, title, detail, source)])
}

/** Apple's own wording for the errors every endpoint can give. */
export const errors = {
  notAuthorized: (): ApiError =>
    apiError(
      401,
      'NOT_AUTHORIZED',
      'Authentication credentials are missing or invalid.',
      'Provide a properly configured and signed bearer token, and make sure that it has not expired. Learn more about Generating Tokens for API Requests https://developer.apple.com/go/?id=api-generating-tokens'
    ),
  pathNotFound: (): ApiError =>
    apiError(
      404,
      'NOT_FOUND',
      'The specified resource does not exist',
      'The path provided does not match a defined resource type.'
    ),
  notFound: (type: string, id: string): ApiError =>
    apiError(
      404,
      'NOT_FOUND',
      'The specified resource does not exist',
      `There is no resource of type '${type}' with id '${id}'`
    ),
  methodNotAllowed: (): ApiError =>
    apiError(
      405,
      'METHOD_NOT_ALLOWED',
      'The request method is not valid for the resource path.',
      'The request method used for this request is not valid for the resource path. Please consult the documentation.'
    ),
  rateLimited: (retryAfterSeconds?: number): ApiError => {
    const e = apiError(
      429,
      'RATE_LIMIT_EXCEEDED',
      'The request rate limit has been reached.',
      "We've received too many requests for this API. Please wait and try again or slow down your request rate."
    )
    if (retryAfterSeconds !== undefined) e.headers['Retry-After'] = String(retryAfterSeconds)
    return e
  },
  unexpected: (): ApiError =>
    apiError(
      500,
      'UNEXPECTED_ERROR',
      'An unexpected error occurred.',
      'An unexpected error occurred on the server side. If this issue continues, contact us at https://developer.apple.com/contact/.'
    ),
  unavailable: (): ApiError =>
    apiError(
      503,
      'SERVICE_UNAVAILABLE',
      'The service is temporarily unavailable.',
      'The service is temporarily unavailable. Please try again later.'
    ),
  parameterInvalid: (parameter: string, detail: string): ApiError =>
    apiError(400, 'PARAMETER_ERROR.INVALID', 'A parameter has an invalid value', detail, {
      parameter
    }),
  parameterIllegal: (parameter: string): ApiError =>
    apiError(
      400,
      'PARAMETER_ERROR.ILLEGAL',
      'A parameter is not allowed for this request',
      `The parameter '${parameter}' can not be used with this request`,
      { parameter }
    ),
  parameterRequired: (parameter: string): ApiError =>
    apiError(
      400,
      'PARAMETER_ERROR.REQUIRED',
      'A required parameter is missing',
      `The parameter '${parameter}' is required for this request`,
      { parameter }
    ),
  /** The asset pack identifier rule: letters, digits and hyphens (a dot is the classic mistake). */
  identifierInvalid: (source: ErrorSource, values: string[]): ApiError =>
    apiError(
      400,
      'PARAMETER_ERROR.INVALID',
      'A parameter has an invalid value',
      `Found invalid values: ${values.map(v => `'${v}'`).join(', ')}. An asset pack identifier can only contain letters, numbers and hyphens.`,
      source
    ),
  unparsable: (detail: string): ApiError =>
    apiError(422, 'ENTITY_UNPROCESSABLE', 'The request entity is not structurally correct', detail),
  stateError: (detail: string, pointer?: string): ApiError =>
    apiError(
      409,
      'STATE_ERROR',
      'The request cannot be fulfilled because of the state of another resource.',
      detail,
      pointer ? { pointer } : undefined
    ),
  attributeInvalid: (pointer: string, detail: string): ApiError =>
    apiError(409, 'ENTITY_ERROR.ATTRIBUTE.INVALID', 'An attribute value is invalid.', detail, {
      pointer
    })
}

/** The identifier rule App Store Connect applies to asset pack identifiers. */
export const ASSET_PACK_IDENTIFIER = /^[A-Za-z0-9-]+$/

export interface ResourceIdentifier {
  type: string
  id: string
}

export interface Resource extends ResourceIdentifier {
  attributes?: Record<string, unknown>
  relationships?: Record<string, unknown>
  links?: { self: string }
}

/** Applies `fields[type]=a,b` (sparse fieldsets) to a resource. */
export function sparse(resource: Resource, fields: Map<string, string[]>): Resource {
  const wanted = fields.get(resource.type)
  if (!wanted) return resource
  const keep = <T>(o: Record<string, T> | undefined): Record<string, T> | undefined =>
    o ? Object.fromEntries(Object.entries(o).filter(([k]) => wanted.includes(k))) : undefined
  const out: Resource = { type: resource.type, id: resource.id }
  const attributes = keep(resource.attributes)
  const relationships = keep(resource.relationships)
  if (attributes && Object.keys(attributes).length) out.attributes = attributes
  if (relationships && Object.keys(relationships).length) out.relationships = relationships
  if (resource.links) out.links = resource.links
  return out
}

export function uniqueResources(resources: Resource[]): Resource[] {
  const seen = new Set<string>()
  return resources.filter(r => {
    const key = `${r.type}/${r.id}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export interface Page<T> {
  items: T[]
  limit: number
  total: number
  nextCursor?: string
}

export const DEFAULT_LIMIT = 50

/** Cursor paging as App Store Connect does it: an opaque `cursor` and `links.next`. */
export function paginate<T>(
  all: T[],
  limit: number | undefined,
  cursor: string | undefined
): Page<T> {
  const size = limit ?? DEFAULT_LIMIT
  let offset = 0
  if (cursor !== undefined) {
    const decoded = Number(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (!Number.isInteger(decoded) || decoded < 0) {
      throw errors.parameterInvalid('cursor', `'${cursor}' is not a valid cursor for this request`)
    }
    offset = decoded
  }
  const items = all.slice(offset, offset + size)
  const next = offset + size
  return {
    items,
    limit: size,
    total: all.length,
    ...(next < all.length ? { nextCursor: Buffer.from(String(next)).toString('base64url') } : {})
  }
}

/** A URL as a valid URI reference: WHATWG URLs leave '[' and ']' raw in the query. */
export function uriReference(url: URL): string {
  return `${url.origin}${url.pathname}${url.search.replace(/\[/g, '%5B').replace(/\]/g, '%5D')}`
}

export function pagedDocument(
  data: unknown[],
  page: Page<unknown>,
  selfUrl: URL,
  included?: Resource[]
): Record<string, unknown> {
  const links: Record<string, string> = { self: uriReference(selfUrl) }
  if (page.nextCursor) {
    const next = new URL(selfUrl)
    next.searchParams.set('cursor', page.nextCursor)
    links.next = uriReference(next)
  }
  return {
    data,
    ...(included && included.length ? { included } : {}),
    links,
    meta: {
      paging: {
        total: page.total,
        limit: page.limit,
        ...(page.nextCursor ? { nextCursor: page.nextCursor } : {})
      }
    }
  }
}
