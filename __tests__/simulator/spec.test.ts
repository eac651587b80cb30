import { existsSync, readFileSync } from 'node:fs'
import { OPERATIONS, matchSpecPath, SPEC } from '../../src/simulator/spec/index.js'
import { ROUTES } from '../../src/simulator/routes/index.js'
import { UNROUTED_OPERATIONS } from '../../src/simulator/server.js'

// The shared folder sits beside the main checkout, or two levels up from a worktree.
const SHARED = ['../shared/asc-openapi', '../../shared/asc-openapi'].find(existsSync)
const FILES = ['background-assets.openapi.json', 'review-submissions.openapi.json']

test.each(FILES)('the bundled %s is the shared one, byte for byte', file => {
  if (!SHARED) return // outside the workspace the copy is the only one
  expect(readFileSync(`spec/${file}`).equals(readFileSync(`${SHARED}/${file}`))).toBe(true)
})

test('every operation of the spec has a route, and every route an operation', () => {
  expect(OPERATIONS).toHaveLength(17 + 11)
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
