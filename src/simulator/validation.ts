// Request validation straight from the spec: query parameters against the operation's parameter
// list, JSON bodies against the operation's component schema (ajv), refusals in Apple's words.
import { Ajv, type ErrorObject as AjvError, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { SPEC, type SpecOperation } from './spec/index.js'
import { ApiError, errorObject, errors, type ErrorObject } from './jsonapi.js'

const SPEC_ID = 'https://simulator.invalid/background-assets.openapi.json'

/** OpenAPI 3.0 → JSON Schema: `nullable`, `discriminator` and component refs. */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema)
  if (!node || typeof node !== 'object') return node
  const source = node as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(source)) {
    if (key === 'discriminator' || key === 'nullable') continue
    out[key] =
      key === '$ref' && typeof value === 'string'
        ? value.replace('#/components/schemas/', '#/definitions/')
        : toJsonSchema(value)
  }
  if (source.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null']
    else if (out.$ref) return { anyOf: [{ $ref: out.$ref }, { type: 'null' }] }
  }
  return out
}

// ajv-formats is CommonJS with a default export; under NodeNext the namespace may be the function.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv

const ajv = new Ajv({ allErrors: true, strict: false })
addFormats(ajv)
ajv.addSchema({ $id: SPEC_ID, definitions: toJsonSchema(SPEC.components.schemas) })

const validators = new Map<string, ValidateFunction>()

function validatorFor(schemaName: string): ValidateFunction {
  let v = validators.get(schemaName)
  if (!v) {
    v = ajv.getSchema(`${SPEC_ID}#/definitions/${schemaName}`)
    if (!v) throw new Error(`No schema ${schemaName} in the spec`)
    validators.set(schemaName, v)
  }
  return v
}

function lastSegment(pointer: string): string {
  return pointer.split('/').pop() ?? pointer
}

function mapAjvError(e: AjvError, resourceType: string): ErrorObject {
  const at = e.instancePath
  if (e.keyword === 'required') {
    const missing = String((e.params as { missingProperty: string }).missingProperty)
    const pointer = `${at}/${missing}`
    if (at.startsWith('/data/relationships')) {
      return errorObject(
        409,
        'ENTITY_ERROR.RELATIONSHIP.REQUIRED',
        'The provided entity is missing a required relationship',
        `You must provide a value for the relationship '${at.split('/')[3] ?? missing}' with this request`,
        { pointer }
      )
    }
    if (at === '/data/attributes' || missing === 'attributes') {
      return errorObject(
        409,
        'ENTITY_ERROR.ATTRIBUTE.REQUIRED',
        'The provided entity is missing a required attribute',
        `You must provide a value for the attribute '${missing}' with this request`,
        { pointer }
      )
    }
    return errorObject(
      409,
      'ENTITY_ERROR',
      'The provided entity is missing a required field',
      `You must provide a value for '${missing}' with this request`,
      { pointer: pointer }
    )
  }
  if (at === '/data/type') {
    return errorObject(
      409,
      'ENTITY_ERROR.TYPE.INVALID',
      'The provided entity has an invalid type',
      `The type of the provided entity must be '${resourceType}'`,
      { pointer: at }
    )
  }
  if (at.startsWith('/data/relationships')) {
    return errorObject(
      409,
      'ENTITY_ERROR.RELATIONSHIP.INVALID',
      'The provided entity includes a relationship with an invalid value',
      `The relationship '${at.split('/')[3] ?? ''}' ${e.message ?? 'is invalid'}`,
      { pointer: at }
    )
  }
  if (at.startsWith('/data/attributes/')) {
    return errorObject(
      409,
      'ENTITY_ERROR.ATTRIBUTE.INVALID',
      'An attribute value is invalid.',
      `The attribute '${lastSegment(at)}' ${e.message ?? 'is invalid'}`,
      { pointer: at }
    )
  }
  return errorObject(
    409,
    'ENTITY_ERROR',
    'The provided entity is invalid',
    `${at || 'The request body'} ${e.message ?? 'is invalid'}`,
    { pointer: at || '/' }
  )
}

interface ObjectSchema {
  properties?: Record<string, ObjectSchema>
}

/** Apple refuses attributes and relationships the resource does not have. */
function unknownMembers(body: unknown, schemaName: string, resourceType: string): ErrorObject[] {
  const data = (body as { data?: Record<string, unknown> } | undefined)?.data
  if (!data || typeof data !== 'object') return []
  const dataSchema = (SPEC.components.schemas[schemaName] as ObjectSchema).properties?.data
  const out: ErrorObject[] = []
  for (const [member, kind, code] of [
    ['attributes', 'an attribute', 'ENTITY_ERROR.ATTRIBUTE.UNKNOWN'],
    ['relationships', 'a relationship', 'ENTITY_ERROR.RELATIONSHIP.UNKNOWN']
  ] as const) {
    const given = data[member]
    if (!given || typeof given !== 'object' || Array.isArray(given)) continue
    const known = Object.keys(dataSchema?.properties?.[member]?.properties ?? {})
    for (const key of Object.keys(given)) {
      if (known.includes(key)) continue
      out.push(
        errorObject(
          409,
          code,
          `The provided entity includes an unknown ${member === 'attributes' ? 'attribute' : 'relationship'}`,
          `'${key}' is not ${kind} on the resource '${resourceType}'`,
          { pointer: `/data/${member}/${key}` }
        )
      )
    }
  }
  return out
}

/** Validates a parsed JSON body against the operation's request schema; throws ApiError. */
export function validateBody(op: SpecOperation, body: unknown): void {
  if (!op.requestSchema) return
  const schema = SPEC.components.schemas[op.requestSchema] as {
    properties: { data: { properties: { type: { enum: string[] } } } }
  }
  const resourceType = schema.properties.data.properties.type.enum[0] ?? ''
  const validate = validatorFor(op.requestSchema)
  const found: ErrorObject[] = []
  if (!validate(body)) found.push(...(validate.errors ?? []).map(e => mapAjvError(e, resourceType)))
  found.push(...unknownMembers(body, op.requestSchema, resourceType))
  if (found.length) throw new ApiError(409, found)
}

/** The query of a request, read against the operation's parameters. */
export interface Query {
  /** Comma-separated values, split (the spec's style=form, explode=false). */
  lists: Map<string, string[]>
  limit?: number
  cursor?: string
}

/** Checks every query parameter against the spec: name, enum, integer range, required. */
export function parseQuery(op: SpecOperation, params: URLSearchParams): Query {
  const lists = new Map<string, string[]>()
  let limit: number | undefined
  let cursor: string | undefined
  const byName = new Map(op.query.map(p => [p.name, p]))
  for (const name of new Set(params.keys())) {
    const raw = params.getAll(name).join(',')
    if (name === 'cursor' && byName.has('limit')) {
      cursor = raw
      continue
    }
    const def = byName.get(name)
    if (!def) throw errors.parameterIllegal(name)
    if (def.schema.type === 'integer') {
      const n = Number(raw)
      const max = def.schema.maximum
      if (!/^\d+$/.test(raw) || n < 1 || (max !== undefined && n > max)) {
        throw errors.parameterInvalid(
          name,
          `'${raw}' is not a valid value for '${name}'${max !== undefined ? `: it must be between 1 and ${max}` : ''}`
        )
      }
      if (name === 'limit') limit = n
      continue
    }
    const values = raw.split(',').filter(v => v !== '')
    const allowed = def.schema.items?.enum
    const bad = allowed ? values.filter(v => !allowed.includes(v)) : []
    if (bad.length) {
      throw errors.parameterInvalid(
        name,
        `'${bad.join(',')}' is not a valid value for '${name}'. Expected one of: ${allowed?.join(', ')}`
      )
    }
    lists.set(name, values)
  }
  for (const def of op.query) {
    if (def.required === true && !lists.has(def.name)) throw errors.parameterRequired(def.name)
  }
  return {
    lists,
    ...(limit !== undefined ? { limit } : {}),
    ...(cursor !== undefined ? { cursor } : {})
  }
}

/** `fields[type]` parameters of a query, for sparse fieldsets. */
export function fieldsOf(query: Query): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const [name, values] of query.lists) {
    const m = /^fields\[(\w+)\]$/.exec(name)
    if (m?.[1]) out.set(m[1], values)
  }
  return out
}
