/**
 * README's tables of inputs and outputs are generated from action.yml by
 * scripts/readme-tables.mjs; this runs that very script (as `node scripts/readme-tables.mjs`
 * runs it) in check mode, so a README that disagrees with action.yml fails the tests.
 */
import { spawnSync } from 'node:child_process'
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const script = join(root, 'scripts', 'readme-tables.mjs')
const README = join(root, 'README.md')
const ACTION = join(root, 'action.yml')

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'readme-tables-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('README tables', () => {
  it('match action.yml (run `node scripts/readme-tables.mjs` if this fails)', () => {
    const result = run('--check')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it('list every input and output of action.yml', async () => {
    const [readme, action] = await Promise.all([readFile(README, 'utf8'), readFile(ACTION, 'utf8')])
    const section = (name: string) =>
      readme.slice(readme.indexOf(`<!-- ${name}:start -->`), readme.indexOf(`<!-- ${name}:end -->`))
    const names = (block: string) => [...block.matchAll(/^ {2}([a-z0-9-]+):$/gm)].map(m => m[1])
    const inputs = action.slice(action.indexOf('\ninputs:'), action.indexOf('\noutputs:'))
    const outputs = action.slice(action.indexOf('\noutputs:'), action.indexOf('\nruns:'))
    expect(names(inputs)).toContain('skip-unchanged')
    for (const name of names(inputs)) expect(section('inputs')).toContain(`| \`${name}\` `)
    for (const name of names(outputs)) expect(section('outputs')).toContain(`| \`${name}\` `)
  })

  it('are caught when stale, and rewritten without touching the rest', async () => {
    const original = await readFile(README, 'utf8')
    const stale = join(dir, 'README.md')
    await writeFile(stale, original.replace('| `skip-unchanged` ', '| `skip-unchanged-old` '))

    const check = run('--check', '--readme', stale)
    expect(check.status).toBe(1)
    expect(check.stderr).toContain('differ from')
    expect(check.stderr).toContain('node scripts/readme-tables.mjs')

    expect(run('--readme', stale).status).toBe(0)
    expect(await readFile(stale, 'utf8')).toBe(original)
  })

  it('follow a change in action.yml', async () => {
    const action = join(dir, 'action.yml')
    const text = await readFile(ACTION, 'utf8')
    await writeFile(
      action,
      text.replace(
        '\noutputs:\n',
        "  extra-input:\n    description: >-\n      A new | input,\n      folded.\n    default: 'x'\n\noutputs:\n"
      )
    )
    const readme = join(dir, 'README-2.md')
    await copyFile(README, readme)
    expect(run('--check', '--readme', readme, '--action', action).status).toBe(1)
    expect(run('--readme', readme, '--action', action).status).toBe(0)
    expect(await readFile(readme, 'utf8')).toMatch(
      /\| `extra-input` +\| `x` +\| A new \\\| input, folded\. +\|/
    )
  })

  it('refuse YAML the small reader does not know, with its line', async () => {
    const action = join(dir, 'list.yml')
    await writeFile(action, 'name: x\ninputs:\n  a:\n    options:\n      - one\noutputs: {}\n')
    const result = run('--check', '--action', action)
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('action.yml line 5')
  })
})
