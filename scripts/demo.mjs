#!/usr/bin/env node
// The README's first command: publish a pack to the bundled App Store Connect simulator,
// running dist/index.js exactly as the GitHub runner does (INPUT_* variables, file commands),
// and show what a user would see: the log, the outputs and the job summary.
import { spawn } from 'node:child_process'
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bold = text => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text)

const work = await mkdtemp(join(tmpdir(), 'publish-asset-pack-demo-'))
const simulator = await startSimulator()
try {
  const files = join(root, '__fixtures__', 'files')
  await copyFile(join(files, 'Tutorial-Manifest.json'), join(work, 'Manifest.json'))
  await copyFile(join(files, 'Tutorial-lzfse.aar'), join(work, 'Tutorial.aar'))
  console.log(bold(`App Store Connect simulator on ${simulator.url} (app ${simulator.appId})`))
  console.log(bold('Running dist/index.js as the GitHub runner does:\n'))
  const exitCode = await runAction({
    'app-id': simulator.appId,
    'key-id': simulator.keyId,
    'issuer-id': simulator.issuerId ?? '',
    'private-key-path': simulator.privateKeyPath,
    'manifest-path': join(work, 'Manifest.json'),
    'archive-path': join(work, 'Tutorial.aar'),
    'api-base-url': simulator.url,
    'wait-for': 'ready-for-testing',
    'poll-interval-seconds': '1',
    'timeout-minutes': '5'
  })
  console.log(bold('\nOutputs:'))
  for (const [name, value] of parseOutputs(await readFile(join(work, 'output'), 'utf8'))) {
    console.log(`  ${name} = ${value}`)
  }
  console.log(bold('\nJob summary (Markdown):\n'))
  console.log(await readFile(join(work, 'summary'), 'utf8'))
  process.exitCode = exitCode
} finally {
  simulator.process.kill('SIGTERM')
}

async function startSimulator() {
  const child = spawn(
    process.execPath,
    [join(root, 'dist', 'simulator', 'index.js'), '--processing-delay-ms', '3000'],
    { stdio: ['ignore', 'pipe', 'inherit'] }
  )
  const lines = createInterface({ input: child.stdout })
  const [first] = await Promise.race([
    new Promise(resolve => lines.once('line', line => resolve([line]))),
    new Promise((_, reject) =>
      child.once('exit', code => reject(new Error(`simulator exited ${code}`)))
    )
  ])
  return { ...JSON.parse(first), process: child }
}

async function runAction(inputs) {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: join(work, 'output'),
    GITHUB_STEP_SUMMARY: join(work, 'summary'),
    RUNNER_TEMP: work
  }
  await writeFile(env.GITHUB_OUTPUT, '')
  await writeFile(env.GITHUB_STEP_SUMMARY, '')
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const child = spawn(process.execPath, [join(root, 'dist', 'index.js')], {
    env,
    stdio: ['ignore', 'pipe', 'inherit']
  })
  for await (const line of createInterface({ input: child.stdout })) {
    const shown = render(line)
    if (shown !== undefined) console.log(shown)
  }
  return new Promise(resolve => child.on('close', code => resolve(code ?? 1)))
}

/** Shows workflow commands as the runner's log viewer would. */
function render(line) {
  const command = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line)
  if (!command) return `  ${line}`
  const [, name, properties = '', message] = command
  const text = message.replace(/%0A/g, '\n    ').replace(/%0D/g, '').replace(/%25/g, '%')
  switch (name) {
    case 'group':
      return bold(`▸ ${text}`)
    case 'endgroup':
    case 'add-mask':
    case 'debug':
      return undefined
    default: {
      const where = /file=([^,]+)(?:,line=(\d+))?/.exec(properties)
      const at = where ? ` (${where[1]}${where[2] ? `:${where[2]}` : ''})` : ''
      return `  ${name[0].toUpperCase()}${name.slice(1)}${at}: ${text}`
    }
  }
}

function parseOutputs(text) {
  const outputs = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!match) continue
    const end = lines.indexOf(match[2], i + 1)
    outputs.push([match[1], lines.slice(i + 1, end).join('\n')])
    i = end
  }
  return outputs
}
