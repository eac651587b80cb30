#!/usr/bin/env node
// The publish-asset-pack command: the engine's thin face outside GitHub Actions (Xcode Cloud,
// GitLab, Bitrise, a laptop). Exit codes: see exit.ts.

// With --verbose, a failure prints its stack, mapped to src/ where the bundle's source maps are
// at hand (a checkout; the npm package leaves them out). Node maps only the modules loaded after
// it is switched on: hence the import of the CLI below, not at the top. Without --verbose no map
// is ever read.
if (process.argv.includes('--verbose')) process.setSourceMapsEnabled(true)

// package.json's engines (undici 8 needs Node 22.19); npm only warns on install, and an older
// Node would fail at the first request with a message about the network.
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 19)) {
  process.stderr.write(
    `error: publish-asset-pack needs Node 22.19 or newer; this is Node ${process.versions.node}\n`
  )
  process.exitCode = 1
} else {
  start()
}

function start(): void {
  import('./cli.js')
    .then(({ cli }) => cli(process.argv.slice(2)))
    .then(
      code => {
        process.exitCode = code
      },
      (error: unknown) => {
        process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`)
        process.exitCode = 1
      }
    )
}
