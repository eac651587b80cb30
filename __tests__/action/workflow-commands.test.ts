/**
 * src/action/workflow-commands.ts writes what @actions/core 3 writes, byte for byte: the same
 * calls, made through both, must leave the same stdout, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
 * (the random output delimiters aside). @actions/core stays a devDependency for this comparison.
 */
import { jest } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as actual from '@actions/core'
import * as ours from '../../src/action/workflow-commands.js'

type Core = Pick<
  typeof ours,
  | 'getInput'
  | 'setOutput'
  | 'setSecret'
  | 'debug'
  | 'info'
  | 'notice'
  | 'warning'
  | 'error'
  | 'setFailed'
  | 'group'
  | 'summary'
  | 'isDebug'
>

const AWKWARD = 'a %25 b\r\nc: d, e\n%0A::x::'

/** Every call the action makes, with the awkward values: `%`, CR/LF, `:` and `,`. */
async function script(core: Core): Promise<string[]> {
  const seen: string[] = [core.getInput('manifest-path'), core.getInput('dry run')]
  seen.push(String(core.isDebug()))
  core.setOutput('version', '7')
  core.setOutput('packs', JSON.stringify([{ a: 1 }]))
  core.setOutput('empty', '')
  core.setOutput('multi', 'line 1\nline 2\r\n')
  core.setSecret(`secret ${AWKWARD}`)
  core.debug(AWKWARD)
  core.info(AWKWARD)
  core.notice(AWKWARD)
  core.notice('with properties', { title: 'T: a, b', file: 'a/b,c.json', startLine: 3 })
  core.warning(new Error('an error object'), {})
  core.warning('no line', { title: 'x', file: 'f.json', startLine: undefined })
  core.error(AWKWARD, {
    title: 'Invalid manifest-path',
    file: 'Manifest.json',
    startLine: 2,
    startColumn: 5
  })
  core.error('zero line', { title: 'z', startLine: 0, startColumn: 0 })
  core.error('all empty', { title: '', file: undefined })
  seen.push(await core.group(`group ${AWKWARD}`, async () => 'inside'))
  await expect(
    core.group('failing', async () => {
      throw new Error('boom')
    })
  ).rejects.toThrow('boom')
  await core.summary.addRaw('## Title\n\n| a | b |', true).write()
  await core.summary.addRaw('more').addRaw(' text').write()
  core.setFailed(`failed: ${AWKWARD}`)
  return seen
}

async function capture(core: Core, dir: string) {
  const output = join(dir, 'output')
  const summary = join(dir, 'summary')
  await writeFile(output, '')
  await writeFile(summary, 'before\n')
  const env = { ...process.env }
  process.env.GITHUB_OUTPUT = output
  process.env.GITHUB_STEP_SUMMARY = summary
  process.env['INPUT_MANIFEST-PATH'] = '  AssetPacks/*/Manifest.json \n'
  process.env.INPUT_DRY_RUN = 'true'
  process.env.RUNNER_DEBUG = '1'
  const chunks: string[] = []
  const write = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(String(chunk))
      return true
    })
  const exitCode = process.exitCode
  try {
    const seen = await script(core)
    return {
      seen,
      stdout: chunks.join(''),
      exitCode: process.exitCode,
      // The delimiters are random UUIDs: the same shape in both, compared as one token.
      output: (await readFile(output, 'utf8')).replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM'),
      summary: await readFile(summary, 'utf8')
    }
  } finally {
    write.mockRestore()
    process.exitCode = exitCode
    process.env = env
  }
}

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'workflow-commands-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

test('the same calls write the same bytes as @actions/core', async () => {
  const theirs = await capture(actual as unknown as Core, dir)
  const mine = await capture(ours, dir)
  expect(mine).toEqual(theirs)
  // And the comparison compares something: each kind of command is there.
  expect(mine.stdout).toContain('::add-mask::secret a %2525 b%0D%0Ac: d, e%0A%250A::x::\n')
  expect(mine.stdout).toContain(
    '::error title=Invalid manifest-path,file=Manifest.json,line=2,col=5::a %2525'
  )
  expect(mine.stdout).toContain('::notice title=T%3A a%2C b,file=a/b%2Cc.json,line=3::')
  expect(mine.stdout).toContain('::error ::all empty\n')
  expect(mine.output).toContain('multi<<DELIM\nline 1\nline 2\r\n\nDELIM\n')
  expect(mine.summary).toBe('before\n## Title\n\n| a | b |\nmore text')
  expect(mine.seen).toEqual(['AssetPacks/*/Manifest.json', 'true', 'true', 'inside'])
  expect(mine.exitCode).toBe(1)
})

test('without GITHUB_OUTPUT an output is a set-output command, as @actions/core writes it', () => {
  const run = (core: Core) => {
    const env = { ...process.env }
    delete process.env.GITHUB_OUTPUT
    const chunks: string[] = []
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      chunks.push(String(chunk))
      return true
    })
    try {
      core.setOutput('state', 'READY: yes, 100%')
    } finally {
      write.mockRestore()
      process.env = env
    }
    return chunks.join('')
  }
  expect(run(ours)).toBe(run(actual as unknown as Core))
  expect(run(ours)).toBe('\n::set-output name=state::READY: yes, 100%25\n')
})

test("a missing GITHUB_OUTPUT file or summary file fails with @actions/core's messages", async () => {
  // (Compared with the text: @actions/core keeps the summary path of its first write.)
  const env = { ...process.env }
  process.env.GITHUB_OUTPUT = join(dir, 'absent')
  process.env.GITHUB_STEP_SUMMARY = join(dir, 'absent-summary')
  try {
    expect(() => ours.setOutput('a', 'b')).toThrow(`Missing file at path: ${join(dir, 'absent')}`)
    await expect(ours.summary.addRaw('x').write()).rejects.toThrow(
      `Unable to access summary file: '${join(dir, 'absent-summary')}'. Check if the file has ` +
        'correct read/write permissions.'
    )
  } finally {
    process.env = env
  }
})
