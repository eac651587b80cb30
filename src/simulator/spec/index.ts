// Apple's OpenAPI spec, the simulator's only source of truth for paths, parameters and schemas.
// Everything route- and schema-shaped in the simulator is derived from these files at start-up:
// two subsets of the same spec (4.5.1), whose shared schemas are identical copies.
import backgroundAssets from '../../../spec/background-assets.openapi.json' with { type: 'json' }
import reviewSubmissions from '../../../spec/review-submissions.openapi.json' with { type: 'json' }

export interface SpecSchema {
  [keyword: string]: unknown
}

export interface SpecParameter {
  name: string
  in: 'query' | 'path'
  required?: boolean
  schema: {
    type?: string
    maximum?: number
    items?: { type?: string; enum?: string[] }
  }
}

interface SpecMediaType {
  schema: { $ref: string }
}

export interface SpecOperationObject {
  operationId: string
  parameters?: SpecParameter[]
  requestBody?: { content: Record<string, SpecMediaType> }
  responses: Record<string, { description: string; content?: Record<string, SpecMediaType> }>
}

export interface OpenApiSpec {
  openapi: string
  info: { title: string; version: string }
  paths: Record<string, Record<string, SpecOperationObject | SpecParameter[]>>
  components: { schemas: Record<string, SpecSchema> }
}

/** The spec files merged: every path of each, and the union of their component schemas. */
function merge(...files: OpenApiSpec[]): OpenApiSpec {
  const [first] = files as [OpenApiSpec]
  return {
    ...first,
    paths: Object.assign({}, ...files.map(f => f.paths)) as OpenApiSpec['paths'],
    components: {
      schemas: Object.assign({}, ...files.map(f => f.components.schemas)) as Record<
        string,
        SpecSchema
      >
    }
  }
}

export const SPEC = merge(
  backgroundAssets as unknown as OpenApiSpec,
  reviewSubmissions as unknown as OpenApiSpec
)

/** One operation of the spec, with what the router needs to find it. */
export interface SpecOperation {
  method: string
  pathTemplate: string
  operationId: string
  /** Query parameters, as the spec lists them. */
  query: SpecParameter[]
  /** Name of the component schema of the JSON request body, if the operation takes one. */
  requestSchema?: string
  /** Status code → name of the component schema of that response. */
  responses: Record<string, string | undefined>
}

const HTTP_METHODS = new Set(['get', 'post', 'patch', 'put', 'delete', 'head', 'options'])

function schemaName(ref: string | undefined): string | undefined {
  return ref?.replace('#/components/schemas/', '')
}

export const OPERATIONS: SpecOperation[] = Object.entries(SPEC.paths).flatMap(
  ([pathTemplate, item]) =>
    Object.entries(item)
      .filter(([method]) => HTTP_METHODS.has(method))
      .map(([method, value]) => {
        const op = value as SpecOperationObject
        return {
          method: method.toUpperCase(),
          pathTemplate,
          operationId: op.operationId,
          query: (op.parameters ?? []).filter(p => p.in === 'query'),
          requestSchema: schemaName(op.requestBody?.content['application/json']?.schema.$ref),
          responses: Object.fromEntries(
            Object.entries(op.responses).map(([status, r]) => [
              status,
              schemaName(r.content?.['application/json']?.schema.$ref)
            ])
          )
        }
      })
)

interface PathEntry {
  template: string
  regex: RegExp
  paramNames: string[]
  operations: SpecOperation[]
}

const PATHS: PathEntry[] = Object.keys(SPEC.paths).map(template => {
  const paramNames: string[] = []
  const pattern = template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    paramNames.push(name)
    return '([^/]+)'
  })
  return {
    template,
    regex: new RegExp(`^${pattern}$`),
    paramNames,
    operations: OPERATIONS.filter(o => o.pathTemplate === template)
  }
})

export interface PathMatch {
  template: string
  params: Record<string, string>
  operations: SpecOperation[]
}

/** Finds the spec path a request path belongs to (any method). */
export function matchSpecPath(pathname: string): PathMatch | undefined {
  for (const entry of PATHS) {
    const m = entry.regex.exec(pathname)
    if (!m) continue
    const params: Record<string, string> = {}
    entry.paramNames.forEach((name, i) => {
      params[name] = decodeURIComponent(m[i + 1] ?? '')
    })
    return { template: entry.template, params, operations: entry.operations }
  }
  return undefined
}
