// The bundles as shipped (dist/ and dist/cli/): no module is in two chunks, and the action's
// local-only run (no key: what a pull request from a fork runs) loads none of what only a publish
// needs. (The CLI is one chunk for all its commands: split per command, webpack would copy the
// modules they share into each.)
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { runAction } from './harness.js'
import { useWorkspace } from './workspace.js'

const ws = useWorkspace()
const HOOK = pathToFileURL(resolve('__tests__/integration/loaded-modules.mjs')).href
/**
 * Loaded by a publish only: the App Store Connect client, the uploader, HTTP, signing, and zod's
 * classic API (its response schemas; the checks' schemas use zod/mini, which shares zod's core).
 */
const PUBLISH_ONLY = [
  'src/engine/asc/resources.ts',
  'src/engine/upload/uploader.ts',
  'src/engine/publish/publish.ts',
  'node_modules/undici/',
  'node_modules/jose/',
  'node_modules/zod/v4/classic/'
]

/**
 * The one module in two chunks, on purpose: tunnel (7.6 kB), which @actions/github's and
 * @actions/cache's HTTP clients both use. Each is loaded only when needed (the PR comment, the
 * cache), and webpack copies a module shared by two lazy chunks into both when it is under its
 * minimum size for a chunk of its own (20 kB by default; ncc has no option for it).
 */
const COPIED_ON_PURPOSE = ['node_modules/tunnel/index.js', 'node_modules/tunnel/lib/tunnel.js']

/** Each chunk of a bundle (file name) and the sources its map lists (paths from the root). */
async function chunkSources(dir: string): Promise<Map<string, string[]>> {
  const chunks = new Map<string, string[]>()
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.js.map')) continue
    const map = JSON.parse(await readFile(join(dir, name), 'utf8')) as { sources: string[] }
    const sources = map.sources
      .map(s => s.replace(/^webpack:\/\/[^/]*\//, '').replace(/^(\.\.?\/)+/, ''))
      .filter(s => s.startsWith('src/') || s.startsWith('node_modules/'))
    chunks.set(name.replace(/\.map$/, ''), sources)
  }
  return chunks
}

/** The sources of the chunks of `dir` that a run loaded (its LOADED_MODULES_OUT file). */
async function loadedSources(dir: string, listFile: string): Promise<string[]> {
  const chunks = await chunkSources(dir)
  const urls = (await readFile(listFile, 'utf8')).split('\n')
  const files = urls.filter(u => u.startsWith(pathToFileURL(dir).href + '/')).map(u => basename(u))
  expect(files).toContain('index.js')
  return files.flatMap(f => chunks.get(f) ?? [])
}

function expectNoPublishCode(sources: string[]): void {
  expect(sources).toContain('src/engine/checks/manifest.ts')
  expect(sources).toContain('node_modules/zod/v4/mini/schemas.js')
  for (const part of PUBLISH_ONLY) {
    expect(sources.filter(s => s.includes(part))).toEqual([])
  }
}

let listDir = ''
beforeEach(async () => {
  listDir = await mkdtemp(join(tmpdir(), 'loaded-modules-'))
})
afterEach(async () => {
  await rm(listDir, { recursive: true, force: true })
})

test.each(['dist', 'dist/cli'])('%s: no module is bundled into two chunks', async dir => {
  const seen = new Map<string, string>()
  const twice: string[] = []
  for (const [chunk, sources] of await chunkSources(resolve(dir))) {
    for (const source of sources) {
      const other = seen.get(source)
      if (other && !COPIED_ON_PURPOSE.includes(source))
        twice.push(`${source} in ${other} and ${chunk}`)
      seen.set(source, chunk)
    }
  }
  expect(seen.size).toBeGreaterThan(50)
  expect(twice).toEqual([])
})

test('a local-only dry run of the action loads no publishing code', async () => {
  const list = join(listDir, 'loaded')
  const run = await runAction(
    {
      'manifest-path': join(ws.dir, 'Manifest.json'),
      'archive-path': join(ws.dir, 'Tutorial.aar'),
      'dry-run': 'true'
    },
    { env: { NODE_OPTIONS: `--import ${HOOK}`, LOADED_MODULES_OUT: list } }
  )
  expect(run.errors).toEqual([])
  expect(run.exitCode).toBe(0)
  expect(JSON.parse(run.outputs.packs)).toMatchObject([{ status: 'checked' }])
  expectNoPublishCode(await loadedSources(resolve('dist'), list))
})
