import {
  ApiError,
  ConflictError,
  NetworkError,
  RateLimitError,
  ResponseValidationError,
  formatError,
  redactUrl
} from '../../src/engine/asc/errors.js'

const post = { method: 'POST', url: 'https://api.appstoreconnect.apple.com/v1/backgroundAssets' }

describe('ApiError', () => {
  it("carries Apple's code, title and detail, the request and a hint, in one line", () => {
    const e = new ConflictError(
      409,
      [
        {
          status: '409',
          code: 'ENTITY_ERROR',
          title: 'Conflict',
          detail: "'Tutorial' already exists"
        }
      ],
      post
    )
    expect(e).toBeInstanceOf(ApiError)
    expect(e).toMatchObject({
      status: 409,
      code: 'ENTITY_ERROR',
      title: 'Conflict',
      method: 'POST'
    })
    expect(e.path).toBe('/v1/backgroundAssets')
    expect(e.message).toBe(
      "App Store Connect answered 409 to POST /v1/backgroundAssets: ENTITY_ERROR Conflict: 'Tutorial' already exists"
    )
    expect(e.oneLine()).toMatch(/already exists\. The resource exists already/)
    expect(e.oneLine()).not.toContain('\n')
  })

  it('names the parameter and suggests a valid identifier for a bad assetPackIdentifier', () => {
    const e = new ApiError(
      400,
      [
        {
          code: 'PARAMETER_ERROR.INVALID',
          title: 'A parameter has an invalid value',
          detail: "'a.b' is not a valid value",
          source: { parameter: 'filter[assetPackIdentifier]' }
        }
      ],
      { method: 'GET', url: 'https://api.appstoreconnect.apple.com/v1/apps/1/backgroundAssets' }
    )
    expect(e.message).toContain('(filter[assetPackIdentifier])')
    expect(e.hint).toMatch(/letters, digits and hyphens/)
  })

  it('marks a failed POST with 5xx as ambiguous, a GET not', () => {
    expect(new ApiError(500, [], post).ambiguous).toBe(true)
    expect(new ApiError(500, [], { ...post, method: 'GET' }).ambiguous).toBe(false)
    expect(new ApiError(500, [], post, { bodySnippet: '<html>oops' }).message).toContain(
      '<html>oops'
    )
  })

  it('gives actionable hints for 401 and 403', () => {
    expect(new ApiError(401, [], post).hint).toMatch(/key-id, issuer-id/)
    expect(new ApiError(403, [], post).hint).toMatch(/Admin, App Manager or Developer/)
  })
})

describe('other errors', () => {
  it('RateLimitError says what was last seen of the quota', () => {
    const e = new RateLimitError(
      [{ code: 'RATE_LIMIT_EXCEEDED', title: 'The request rate limit has been reached.' }],
      post,
      { limit: 3500, remaining: 0 },
      60_000
    )
    expect(e.status).toBe(429)
    expect(e.oneLine()).toMatch(/RATE_LIMIT_EXCEEDED.*0 of 3500 left.*wait 60 s/)
  })

  it('NetworkError names the code and, for a POST, that it may have happened', () => {
    const cause = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
    const e = new NetworkError(cause, post, true)
    expect(e.message).toBe(`POST ${post.url} failed: ECONNRESET: socket hang up`)
    expect(e.hint).toMatch(/may have been processed/)
    expect(e.cause).toBe(cause)
  })

  it('ResponseValidationError lists the first issues', () => {
    const e = new ResponseValidationError({ method: 'GET', url: post.url }, [
      'data.id: expected string',
      'b',
      'c',
      'd'
    ])
    expect(e.message).toBe(
      'Unexpected response from App Store Connect to GET /v1/backgroundAssets: data.id: expected string; b; c'
    )
  })

  it('formatError handles anything thrown', () => {
    expect(formatError(new Error('a\n  b'))).toBe('a b')
    expect(formatError('plain')).toBe('plain')
    expect(formatError(undefined)).toBe('undefined')
  })
})

describe('redactUrl', () => {
  it('drops userinfo and fragment; keeps only the origin of a signed URL', () => {
    const url = 'https://u:p@parts.example.com/bucket/obj?X-Amz-Signature=abc&X-Amz-Credential=k#f'
    expect(redactUrl(url, false)).toBe('https://parts.example.com/<redacted>')
    // A secret in the path (an unguessable upload URL) is not shown either.
    expect(redactUrl('https://up.example/upload/s3cr3tT0ken?partNumber=1', false)).toBe(
      'https://up.example/<redacted>'
    )
    expect(redactUrl('https://u:p@api.example/v1/x#f')).toBe('https://api.example/v1/x')
    expect(redactUrl('https://api.example/v1/x?filter[a]=b')).toBe(
      'https://api.example/v1/x?filter[a]=b'
    )
    expect(redactUrl('not a url')).toBe('<invalid URL>')
  })
})
