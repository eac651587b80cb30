// Tasks that run the repository's TypeScript sources directly, so the bench writes archives with
// the same fixture writer the tests use and times the offline checks' own code. Run by run.mjs as
//
//   node --experimental-transform-types ts-tasks.mjs <task> <args…>
//
// Node 24 strips types itself; the flag adds the transforms the fixture writer needs (constructor
// parameter properties). The sources import each other with `.js` suffixes (what tsc and ncc
// want): the resolve hook below maps a relative `./x.js` that does not exist to `./x.ts`.
// Prints one JSON line.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { registerHooks } from 'node:module'
import { fileURLToPath } from 'node:url'

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (/^\.\.?\//.test(specifier) && specifier.endsWith('.js') && context.parentURL) {
      const js = new URL(specifier, context.parentURL)
      if (!existsSync(fileURLToPath(js))) {
        return nextResolve(specifier.replace(/\.js$/, '.ts'), context)
      }
    }
    return nextResolve(specifier, context)
  }
})

const root = new URL('../../', import.meta.url)
const [task, ...args] = process.argv.slice(2)

/** Milliseconds taken by `fn`, best of `times` (the first run may pay for a cold page cache). */
async function best(times, fn) {
  let min = Infinity
  let value
  for (let i = 0; i < times; i++) {
    const started = performance.now()
    value = await fn()
    min = Math.min(min, performance.now() - started)
  }
  return { ms: min, value }
}

if (task === 'make-archive') {
  // make-archive <path> <approximate size in bytes>
  const [path, size] = args
  const { writeAssetPackArchive, MiB } = await import(new URL('__fixtures__/aar.ts', root).href)
  const payload = Math.max(1, Number(size) - MiB / 64)
  const written = await writeAssetPackArchive(path, {
    manifest: {
      assetPackID: 'Bench',
      downloadPolicy: { onDemand: {} },
      fileSelectors: [{ directory: 'Levels' }],
      platforms: ['iOS']
    },
    files: { 'Levels/data.bin': payload }
  })
  // The SHA-256 the baseline commits with (the action computes its own).
  const hash = createHash('sha256')
  const handle = await open(path)
  const buffer = Buffer.allocUnsafe(4 * MiB)
  for (let n; (n = (await handle.read(buffer, 0, buffer.length, null)).bytesRead) > 0;) {
    hash.update(buffer.subarray(0, n))
  }
  await handle.close()
  console.log(
    JSON.stringify({ path, size: written.size, blocks: written.blocks, sha256: hash.digest('hex') })
  )
} else if (task === 'offline-checks') {
  // offline-checks <archive>: the digest and the container walk, and what bounds them: one
  // sequential read of the file, and SHA-256 of the same number of bytes already in memory.
  const [path] = args
  const { sha256File } = await import(new URL('src/engine/checks/digest.ts', root).href)
  const { checkArchive } = await import(new URL('src/engine/checks/archive.ts', root).href)
  const size = (await (await import('node:fs/promises')).stat(path)).size
  // Once each, first, in a fresh process: what the action pays (the page cache is warm: the
  // archive was just written, as a runner's archive was just downloaded or built).
  const digest = await best(1, () => sha256File(path))
  const walk = await best(1, () => checkArchive(path))
  const chunk = Buffer.allocUnsafe(1024 * 1024)
  const read = await best(3, async () => {
    const handle = await open(path)
    while ((await handle.read(chunk, 0, chunk.length, null)).bytesRead > 0);
    await handle.close()
  })
  const hashOnly = await best(3, async () => {
    const hash = createHash('sha256')
    for (let done = 0; done < size; done += chunk.length) {
      hash.update(size - done < chunk.length ? chunk.subarray(0, size - done) : chunk)
    }
    hash.digest()
  })
  const blocks = walk.value.archive?.blocks
  console.log(
    JSON.stringify({
      size,
      readMs: read.ms,
      hashOnlyMs: hashOnly.ms,
      digestMs: digest.ms,
      walkMs: walk.ms,
      blocks,
      rssMiB: process.memoryUsage.rss() / 1048576
    })
  )
} else {
  console.error(`Unknown task '${task}'`)
  process.exitCode = 2
}
