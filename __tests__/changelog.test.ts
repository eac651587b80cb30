/**
 * scripts/changelog.mjs, run as the release workflow and a maintainer run it: the notes of one
 * version (the GitHub release's body), and moving Unreleased under a new version.
 */
import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const script = join(root, 'scripts', 'changelog.mjs')

const CHANGELOG = `# Changelog

Intro text.

## Unreleased

### Added

- Review submissions.

## 1.1.0 - 2026-12-01

### Fixed

- A resumed upload no longer sends the manifest twice.

## 1.0.0 - 2026-11-24

- The first version.
`

let dir: string
let file: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'changelog-'))
  file = join(dir, 'CHANGELOG.md')
  await writeFile(file, CHANGELOG)
})
afterEach(() => rm(dir, { recursive: true, force: true }))

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args, '--file', file], {
    encoding: 'utf8'
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('changelog notes', () => {
  it("prints one version's section, without its heading or the next one", () => {
    const result = run('notes', '1.1.0')
    expect(result).toEqual({
      status: 0,
      stdout: '### Fixed\n\n- A resumed upload no longer sends the manifest twice.\n',
      stderr: ''
    })
  })

  it('takes the tag as well as the version, and reads the last section to the end', () => {
    expect(run('notes', 'v1.0.0').stdout).toBe('- The first version.\n')
  })

  it('fails for a version without a section, and for a bad version', () => {
    expect(run('notes', '1.2.0')).toMatchObject({ status: 1, stdout: '' })
    expect(run('notes', '1.2.0').stderr).toContain('no section "## 1.2.0')
    expect(run('notes', 'latest')).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/usage/)
    })
  })

  it('fails for an empty section', async () => {
    await writeFile(file, '# Changelog\n\n## 2.0.0 - 2027-01-01\n\n## 1.0.0 - 2026-11-24\n\n- x\n')
    expect(run('notes', '2.0.0')).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/empty/)
    })
  })
})

describe('changelog release', () => {
  it('moves Unreleased under the new version and leaves Unreleased empty', async () => {
    expect(run('release', '1.2.0', '2026-12-02')).toEqual({ status: 0, stdout: '', stderr: '' })
    const text = await readFile(file, 'utf8')
    expect(text).toContain(
      '## Unreleased\n\n## 1.2.0 - 2026-12-02\n\n### Added\n\n- Review submissions.\n\n## 1.1.0'
    )
    expect(run('notes', '1.2.0').stdout).toBe('### Added\n\n- Review submissions.\n')
    expect(run('notes', '1.1.0').status).toBe(0)
  })

  it('refuses a version already released, and an empty Unreleased', async () => {
    expect(run('release', '1.1.0')).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/already/)
    })
    expect(run('release', '1.2.0').status).toBe(0)
    expect(run('release', '1.3.0')).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/empty/)
    })
    expect(await readFile(file, 'utf8')).not.toContain('1.3.0')
  })
})

test("the repository's CHANGELOG.md has notes for package.json's version", async () => {
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))
  const result = spawnSync(process.execPath, [script, 'notes', version], {
    cwd: root,
    encoding: 'utf8'
  })
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
})
