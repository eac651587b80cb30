import * as core from './action/workflow-commands.js'

// Stacks are mapped to src/ only with step debug logging on: Node's own source maps apply to
// the modules loaded after they are switched on, which is why the action is imported below
// rather than at the top. Off, nothing reads dist/*.map (3.8 MB to parse, on the first `.stack`
// any Error's stack is read, which undici does when it closes its sockets).
if (core.isDebug()) process.setSourceMapsEnabled(true)

// Whatever escapes run() fails the step with one message, a non-Error throw included; with
// debug on, its stack too.
import('./action/main.js')
  .then(({ run }) => run())
  .catch((error: unknown) => {
    if (core.isDebug() && error instanceof Error && error.stack) core.debug(error.stack)
    core.setFailed(error instanceof Error ? error.message : String(error))
  })
