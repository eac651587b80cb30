// `npm run test:faults`: the whole reliability suite (__tests__/faults) at full volume. The
// same files run under `npm test` (jest.config.js) with a few seeds and cases each; here
// FAULT_SUITE=full raises them (60 matrix runs, dist runs, more fuzz cases) and the matrix
// writes its summary to __tests__/faults/results/fault-matrix.txt.
import base from './jest.config.js'

process.env.FAULT_SUITE = 'full'

export default {
  ...base,
  roots: ['<rootDir>/__tests__/faults'],
  testTimeout: 180000,
  // Two cores: the suites start simulators and child processes of their own.
  maxWorkers: 2
}
