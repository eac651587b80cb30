#!/usr/bin/env node
// `npm run test:package`: the npm package as a user gets it. It packs this tree (`npm pack`, the
// committed or locally rebuilt dist/cli), installs the tarball into an empty prefix with
// `npm install -g --offline` (an install that needed anything from the registry would fail), then,
// with the installed command only: `--version`, `simulate` (the simulator inside the package),
// and `publish --json` to it.
//
//   npm run test:package                         # with the Node that runs npm
//   npm run test:package -- --node /path/to/node # the installed command run by another Node
//   npm run test:package -- --keep               # keep the temp dir (tarball, prefix) to look at
import { spawn, spawnSync } from 'node:child_process'
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { values: flags } = parseArgs({
  options: { node: { type: 'string' }, keep: { type: 'boolean', default: false } }
})
const MAX_TARBALL = 4 * 1024 * 1024
const log = text => process.stderr.write(`${text}\n`)

function fail(message) {
  throw new Error(message)
}

/** npm, the one that runs this script (npm_execpath) where there is one. */
function npm(args, options) {
  const execPath = process.env.npm_execpath
  const [command, prefix] = execPath ? [process.execPath, [execPath]] : ['npm', []]
  const result = spawnSync(command, [...prefix, ...args], { encoding: 'utf8', ...options })
  if (result.status !== 0) fail(`npm ${args.join(' ')} failed:\n${result.stderr}`)
  return result.stdout
}

const work = await mkdtemp(join(tmpdir(), 'publish-asset-pack-package-'))
let simulator
try {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))
  if (!existsSync(join(root, pkg.bin['publish-asset-pack']))) {
    fail(`${pkg.bin['publish-asset-pack']} is missing: run \`npm run bundle\` first.`)
  }

  // ---------------------------------------------------------------- the tarball
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], { cwd: root }))
  const tarball = join(work, packed.filename)
  const files = packed.files.map(f => f.path).sort()
  log(`${packed.filename}: ${(packed.size / 1024).toFixed(0)} KiB packed, ${files.length} files`)
  for (const file of files) log(`  ${file}`)
  if (packed.size >= MAX_TARBALL) fail(`the tarball is ${packed.size} bytes, not under 4 MiB`)
  const unexpected = files.filter(
    f =>
      !/^dist\/cli\/[^/]+\.js$/.test(f) &&
      !['dist/cli/package.json', 'dist/cli/licenses.txt'].includes(f) &&
      !['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(f)
  )
  if (unexpected.length > 0) fail(`files the CLI does not need: ${unexpected.join(', ')}`)
  for (const needed of ['dist/cli/index.js', 'LICENSE', 'README.md', 'CHANGELOG.md']) {
    if (!files.includes(needed)) fail(`the tarball lacks ${needed}`)
  }
  if (Object.keys(pkg.dependencies ?? {}).length > 0) {
    fail(`runtime dependencies (${Object.keys(pkg.dependencies)}): the bundle holds them all`)
  }

  // ---------------------------------------------------------------- install: nothing pulled
  const prefix = join(work, 'prefix')
  npm(['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], {
    cwd: work
  })
  const installed = join(prefix, 'lib', 'node_modules', pkg.name)
  if (existsSync(join(installed, 'node_modules'))) fail('the install pulled dependencies')
  const bin = join(prefix, 'bin')
  // The installed command as a shell finds it on PATH; its `#!/usr/bin/env node` finds --node.
  const nodeDir = flags.node ? dirname(resolve(flags.node)) : dirname(process.execPath)
  const env = {
    PATH: [bin, nodeDir, process.env.PATH ?? ''].join(delimiter),
    HOME: process.env.HOME ?? work
  }
  const nodeVersion = spawnSync('node', ['--version'], { env, encoding: 'utf8' }).stdout.trim()
  log(`Installed into ${prefix}; running it with Node ${nodeVersion}`)

  const cli = (args, extraEnv = {}) =>
    spawnSync('publish-asset-pack', args, {
      cwd: work,
      env: { ...env, ...extraEnv },
      encoding: 'utf8',
      timeout: 120_000
    })
  const version = cli(['--version'])
  if (version.stdout !== `publish-asset-pack ${pkg.version}\n`) {
    fail(`--version printed ${JSON.stringify(version.stdout)}${version.stderr}`)
  }

  // ---------------------------------------------------------------- publish to the simulator
  simulator = await startSimulator(env)
  await copyFile(
    join(root, '__fixtures__/files/Tutorial-Manifest.json'),
    join(work, 'Manifest.json')
  )
  await copyFile(join(root, '__fixtures__/files/Tutorial-lzfse.aar'), join(work, 'Tutorial.aar'))
  const publish = cli(
    [
      'publish',
      '--json',
      '--app-id',
      simulator.info.appId,
      '--api-base-url',
      simulator.info.url,
      '--manifest-path',
      'Manifest.json',
      '--archive-path',
      'Tutorial.aar',
      '--wait-for',
      'ready-for-testing',
      '--poll-interval-seconds',
      '1'
    ],
    {
      ASC_KEY_ID: simulator.info.keyId,
      ASC_ISSUER_ID: simulator.info.issuerId ?? '',
      ASC_PRIVATE_KEY_PATH: simulator.info.privateKeyPath
    }
  )
  if (publish.status !== 0) fail(`publish exited ${publish.status}:\n${publish.stderr}`)
  const result = JSON.parse(publish.stdout)
  if (result.state !== 'READY_FOR_TESTING' || !result['version-id']) {
    fail(`publish --json printed ${publish.stdout}`)
  }
  log(`publish --json: version ${result.version} ${result['version-id']} ${result.state}`)
  log(`OK: ${packed.filename} installs nothing else, and its command publishes.`)
} catch (error) {
  log(`FAILED: ${error.message}`)
  process.exitCode = 1
} finally {
  simulator?.child.kill('SIGTERM')
  if (flags.keep) log(`Kept ${work}`)
  else await rm(work, { recursive: true, force: true })
}

/** The installed command's own simulator: `publish-asset-pack simulate`, its first line. */
async function startSimulator(env) {
  const child = spawn('publish-asset-pack', ['simulate', '--processing-delay-ms', '200'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const lines = createInterface({ input: child.stdout })
  const first = await new Promise((resolve, reject) => {
    lines.once('line', resolve)
    child.once('exit', code => reject(new Error(`simulate exited ${code}`)))
  })
  return { child, info: JSON.parse(first) }
}
