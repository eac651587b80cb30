// `npm run simulator` (dist/simulator/index.js): starts the App Store Connect simulator on loopback,
// prints one JSON line that says how to reach it, then serves until SIGINT/SIGTERM.
import { runCli } from './cli.js'

runCli(process.argv.slice(2)).catch((error: unknown) => {
  process.exitCode = 1
  console.error(error instanceof Error ? error.message : String(error))
})
