// The command line itself: help for every command, and usage errors (exit 2).
import { runCli } from './harness.js'

const COMMANDS = ['publish', 'validate', 'status', 'list', 'plan', 'simulate']

test('no command: the usage on stdout, exit 2; --help: exit 0', async () => {
  const none = await runCli([])
  expect(none.exitCode).toBe(2)
  expect(none.stdout).toMatch(/^Usage: publish-asset-pack <command> \[flags\]/)
  const help = await runCli(['--help'])
  expect(help.exitCode).toBe(0)
  for (const name of COMMANDS) expect(help.stdout).toMatch(new RegExp(`\\n  ${name} +\\S`))
  expect(help.stdout).toContain('ASC_PRIVATE_KEY_B64')
  expect(help.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 .*\n {2}130 /)
})

test.each(COMMANDS)('%s --help: usage, flags and exit codes, exit 0', async name => {
  const run = await runCli([name, '--help'])
  expect(run.exitCode).toBe(0)
  expect(run.stderr).toBe('')
  expect(run.stdout).toMatch(new RegExp(`^Usage: publish-asset-pack ${name} \\[flags\\]\\n`))
  expect(run.stdout).toMatch(/\nFlags:\n {2}--/)
  if (name !== 'simulate') expect(run.stdout).toMatch(/\nExit codes:\n/)
  const viaHelp = await runCli(['help', name])
  expect(viaHelp.stdout).toBe(run.stdout)
})

test('usage errors say what to do, exit 2', async () => {
  const cases: Array<[string[], RegExp]> = [
    [['deploy'], /unknown command 'deploy'; expected one of publish, validate/],
    [['publish', '--manifest'], /unknown flag '--manifest' \(did you mean --manifest-path\?\)/],
    [['publish', '--app-id'], /--app-id needs a value: --app-id <digits>/],
    [['publish', '--dry-run=yes'], /--dry-run takes no value/],
    [
      ['plan', '--manifest-path', 'a/Manifest.json', 'b/Manifest.json'],
      /unexpected argument 'b\/Manifest\.json'.*quote a glob/
    ]
  ]
  for (const [args, message] of cases) {
    const run = await runCli(args)
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stderr).toMatch(/Run 'publish-asset-pack .*--help' for usage\./)
  }
})

test('--version', async () => {
  const run = await runCli(['--version'])
  expect(run.exitCode).toBe(0)
  expect(run.stdout).toMatch(/^publish-asset-pack \d+\.\d+\.\d+\n$/)
})
