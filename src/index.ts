import * as core from '@actions/core'
import { run } from './action/main.js'

// ncc's bundle starts with source-map support, which maps a stack through the 3.8 MB
// dist/index.js.map the first time any Error's stack is read, even one nobody prints: Node reads
// `error.stack` whenever a stream is destroyed with an error, as undici does when it closes its
// sockets. That cost ~270 ms and ~40 MB of heap in the middle of every run. The action reports
// messages, not stacks, so stacks stay mapped only when step debug logging is on.
if (process.env.RUNNER_DEBUG !== '1') Reflect.deleteProperty(Error, 'prepareStackTrace')

// Whatever escapes run() fails the step with one message, a non-Error throw included.
run().catch((error: unknown) => {
  core.setFailed(error instanceof Error ? error.message : String(error))
})
