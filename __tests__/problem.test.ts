import { formatProblem } from '../src/engine/checks/problem.js'

test('formats a problem with its input and JSON path', () => {
  expect(formatProblem({ input: 'manifest-path', jsonPath: 'platforms', message: 'x' })).toBe(
    "Input 'manifest-path' at platforms: x"
  )
})
