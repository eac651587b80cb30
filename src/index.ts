import * as core from '@actions/core'
import { run } from './action/main.js'

// Whatever escapes run() fails the step with one message, a non-Error throw included.
run().catch((error: unknown) => {
  core.setFailed(error instanceof Error ? error.message : String(error))
})
