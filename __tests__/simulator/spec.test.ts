import { existsSync, readFileSync } from 'node:fs'
import { OPERATIONS, matchSpecPath, SPEC } from '../../src/simulator/spec/index.js'
import { ROUTES } from '../../src/simulator/routes/index.js'
import { UNROUTED_OPERATIONS } from '../../src/simulator/server.js'

const SHARED = '../shared/asc-openapi/background-assets.openapi.json'
const COPY = 'spec/background-assets.openapi.json'

test('the bundled spec is the shared spec, byte for byte', () => {
  if (!existsSync(SHARED)) return // outside the workspace the copy is the only one
  expect(readFileSync(COPY).equals(readFileSync(SHARED))).toBe(true)
})

test('every operation of the spec has a route, and every route an operation', () => {
  expect(OPERATIONS).toHaveLength(17)
  expect(UNROUTED_OPERATIONS).toEqual([])
  expect(Object.keys(ROUTES).sort()).toEqual(OPERATIONS.map(o => o.operationId).sort())
  expect(SPEC.info.version).toBe('4.5.1')
})

test('request paths are matched to the spec paths and their parameters', () => {
  const m = matchSpecPath('/v1/backgroundAssets/abc/versions')
  expect(m?.template).toBe('/v1/backgroundAssets/{id}/versions')
  expect(m?.params).toEqual({ id: 'abc' })
  expect(m?.operations.map(o => o.method)).toEqual(['GET'])
  expect(matchSpecPath('/v1/backgroundAssets')?.operations.map(o => o.method)).toEqual(['POST'])
  expect(matchSpecPath('/v1/backgroundAssets/abc/nothing')).toBeUndefined()
})
