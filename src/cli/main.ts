#!/usr/bin/env node
// The publish-asset-pack command: the engine's thin face outside GitHub Actions (Xcode Cloud,
// GitLab, Bitrise, a laptop). Exit codes: see exit.ts.
import { cli } from './cli.js'

// The bundle maps stacks through its source map the first time any Error's stack is read (undici
// reads them when it closes sockets): a cost for nothing, since the CLI prints messages, not
// stacks. Kept with --verbose.
if (!process.argv.includes('--verbose')) Reflect.deleteProperty(Error, 'prepareStackTrace')

cli(process.argv.slice(2)).then(
  code => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
)
