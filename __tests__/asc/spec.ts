/**
 * Apple's OpenAPI spec (copies of shared/asc-openapi/*.openapi.json, 4.5.1), to
 * hold the client's request bodies and the tests' response fixtures against it: if a hand-written
 * fixture drifted from the spec, tests would pass here and fail at Apple.
 */
import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'

type SpecFile = { components: { schemas: Record<string, unknown> } }
const read = (name: string): SpecFile =>
  JSON.parse(
    readFileSync(new URL(`../../spec/${name}.openapi.json`, import.meta.url), 'utf8')
  ) as SpecFile
const files = [read('background-assets'), read('review-submissions')]
/** Both spec files (4.5.1 subsets) as one: their shared schemas are identical copies. */
export const spec: SpecFile = {
  ...files[0],
  components: { schemas: Object.assign({}, ...files.map(f => f.components.schemas)) }
}

const ajv = new Ajv({ strict: false, allErrors: true })
const addFormats = addFormatsModule as unknown as (a: Ajv) => void
addFormats(ajv)
ajv.addSchema(openApiNullable(structuredClone(spec)) as object, 'spec')

/** OpenAPI 3.0 writes `{nullable: true, $ref}`; JSON Schema needs `anyOf: [$ref, null]`. */
function openApiNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(openApiNullable)
  if (node === null || typeof node !== 'object') return node
  const obj = Object.fromEntries(
    Object.entries(node as Record<string, unknown>).map(([k, v]) => [k, openApiNullable(v)])
  )
  if (obj.nullable === true && typeof obj.$ref === 'string') {
    return { anyOf: [{ $ref: obj.$ref }, { type: 'null' }] }
  }
  return obj
}

/** The spec's complaints about `value` as `components.schemas[name]`; empty when it conforms. */
export function specErrors(name: string, value: unknown): string[] {
  const validate = ajv.getSchema(`spec#/components/schemas/${name}`)
  if (!validate) throw new Error(`no schema ${name}`)
  if (validate(value)) return []
  return (validate.errors ?? []).map(e => `${e.instancePath} ${e.message}`)
}
