import { run } from './action/main.js'

// A non-Error throw must still fail the step.
run().catch((error: unknown) => {
  process.exitCode = 1
  console.error(error instanceof Error ? error.message : String(error))
})
