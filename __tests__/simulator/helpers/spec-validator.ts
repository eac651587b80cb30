// Validates a response against Apple's spec file itself: the operation is found from the spec's
// own paths, the schema from the operation's response for that status. Written apart from the
// simulator's code on purpose, and stricter than the spec: an object may carry no member the spec
// does not define, so the simulator cannot invent fields a client might come to rely on.
import { Ajv, type ErrorObject } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { readFileSync } from 'node:fs'
import path from 'node:path'

/* eslint-disable @typescript-eslint/no-explicit-any */
const read = (name: string): any =>
  JSON.parse(readFileSync(path.resolve(`spec/${name}.openapi.json`), 'utf8'))
const files = [read('background-assets'), read('review-submissions')]
/** Both spec files as one: their shared schemas are identical copies. */
export const spec: any = {
  ...files[0],
  paths: Object.assign({}, ...files.map(f => f.paths)),
  components: { schemas: Object.assign({}, ...files.map(f => f.components.schemas)) }
}

function strict(node: any): any {
  if (Array.isArray(node)) return node.map(strict)
  if (!node || typeof node !== 'object') return node
  const out: any = {}
  for (const [k, v] of Object.entries(node)) {
    if (k === 'discriminator' || k === 'nullable') continue
    out[k] = k === '$ref' ? String(v).replace('#/components/schemas/', '#/definitions/') : strict(v)
  }
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined) {
    out.additionalProperties = false
  }
  if (node.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null']
    else if (out.$ref) return { anyOf: [{ $ref: out.$ref }, { type: 'null' }] }
  }
  return out
}

const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as (a: Ajv) => Ajv
const ajv = new Ajv({ allErrors: true, strict: false })
addFormats(ajv)
const ID = 'https://tests.invalid/spec.json'
ajv.addSchema({ $id: ID, definitions: strict(spec.components.schemas) })

interface Op {
  method: string
  template: string
  regex: RegExp
  operationId: string
  responses: Record<string, any>
}

const OPS: Op[] = []
for (const [template, item] of Object.entries<any>(spec.paths)) {
  const regex = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`)
  for (const [method, op] of Object.entries<any>(item)) {
    if (method === 'parameters') continue
    OPS.push({
      method: method.toUpperCase(),
      template,
      regex,
      operationId: op.operationId,
      responses: op.responses
    })
  }
}

export function operationOf(method: string, url: string): Op | undefined {
  const pathname = new URL(url).pathname
  return OPS.find(o => o.method === method && o.regex.test(pathname))
}

export interface Verdict {
  operationId?: string
  /** The schema the body was held against, or undefined if the spec has none for this status. */
  schema?: string
  errors: ErrorObject[]
}

export function validateResponse(
  method: string,
  url: string,
  status: number,
  body: unknown
): Verdict {
  const op = operationOf(method, url)
  const ref: string | undefined =
    op?.responses[String(status)]?.content?.['application/json']?.schema?.$ref
  const schema = ref?.replace('#/components/schemas/', '')
  if (!schema) return { ...(op ? { operationId: op.operationId } : {}), errors: [] }
  const validate = ajv.getSchema(`${ID}#/definitions/${schema}`)
  if (!validate) throw new Error(`no schema ${schema}`)
  const ok = validate(body)
  return { operationId: op?.operationId, schema, errors: ok ? [] : [...(validate.errors ?? [])] }
}

/** Any error body must at least be an ErrorResponse, whatever the status. */
export function validateErrorResponse(body: unknown): ErrorObject[] {
  const validate = ajv.getSchema(`${ID}#/definitions/ErrorResponse`)
  if (!validate) throw new Error('no ErrorResponse')
  return validate(body) ? [] : [...(validate.errors ?? [])]
}
