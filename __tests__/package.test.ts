/**
 * The npm package, as `npm pack` would make it (a dry run: nothing written): only what the CLI
 * needs, small, no runtime dependencies, a bin that is in it. `npm run test:package` goes further:
 * it installs the tarball into an empty prefix and publishes with the installed command.
 */
import { spawnSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')

interface Packed {
  size: number
  files: { path: string }[]
}

function npmPack(): Packed {
  const execPath = process.env.npm_execpath
  const [command, prefix] = execPath ? [process.execPath, [execPath]] : ['npm', []]
  const result = spawnSync(command, [...prefix, 'pack', '--dry-run', '--json'], {
    cwd: root,
    encoding: 'utf8'
  })
  if (result.status !== 0) throw new Error(result.stderr)
  return (JSON.parse(result.stdout) as Packed[])[0]
}

test('the package holds the CLI bundle and its documents, nothing else, and no dependencies', async () => {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))
  expect(pkg.private).toBeUndefined()
  expect(pkg.dependencies ?? {}).toEqual({})
  expect(pkg.engines.node).toBe('>=22.19.0')

  const packed = npmPack()
  const files = packed.files.map(f => f.path)
  expect(files).toEqual(
    expect.arrayContaining([pkg.bin['publish-asset-pack'], 'LICENSE', 'README.md', 'CHANGELOG.md'])
  )
  const extra = files.filter(
    f =>
      !/^dist\/cli\/[^/]+\.js$/.test(f) &&
      !['dist/cli/package.json', 'dist/cli/licenses.txt', 'package.json'].includes(f) &&
      !['LICENSE', 'README.md', 'CHANGELOG.md'].includes(f)
  )
  expect(extra).toEqual([])
  expect(packed.size).toBeLessThan(4 * 1024 * 1024)
})
