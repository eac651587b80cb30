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

/**
 * Wall-clock and CPU milliseconds of one run of `fn` (CPU of the whole process, and of the main
 * thread alone: with a worker thread, the rest is the worker's), and its value.
 */
async function timed(fn) {
  const cpu = process.cpuUsage()
  const main = process.threadCpuUsage()
  const started = performance.now()
  const value = await fn()
  const ms = performance.now() - started
  const used = process.cpuUsage(cpu)
  const mainUsed = process.threadCpuUsage(main)
  return {
    ms,
    cpuMs: (used.user + used.system) / 1000,
    mainCpuMs: (mainUsed.user + mainUsed.system) / 1000,
    value
  }
}

/** How much the bench's level data (`text` content) shrinks under the tests' LZVN encoder. */
const TEXT_RATIO = 1.85

if (task === 'make-archive') {
  // make-archive <path> <approximate size in bytes>: an archive as ba-package writes one, a
  // pbze container of 1 MiB blocks, each an LZFSE stream (LZVN, from the tests' encoder; a
  // block that does not shrink is stored, as real writers do). About 80 % of the file is
  // media-like bytes that do not compress, 20 % compressible level data (text).
  const [path, size] = args
  const { writeAssetPackArchive, MiB } = await import(new URL('__fixtures__/aar.ts', root).href)
  const payload = Math.max(2, Number(size) - MiB / 64)
  const written = await writeAssetPackArchive(path, {
    manifest: {
      assetPackID: 'Bench',
      downloadPolicy: { onDemand: {} },
      fileSelectors: [{ directory: 'Levels' }],
      platforms: ['iOS']
    },
    files: {
      'Videos/intro.bin': Math.round(0.8 * payload),
      'Levels/data.bin': Math.round(0.2 * payload * TEXT_RATIO)
    },
    content: name => (name.startsWith('Levels/') ? 'text' : 'random'),
    compression: 'lzvn'
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
    JSON.stringify({
      path,
      size: written.size,
      blocks: written.blocks,
      compressedBlocks: written.compressedBlocks,
      streamSize: written.streamSize,
      sha256: hash.digest('hex')
    })
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
} else if (task === 'archive-read') {
  // archive-read <archive> <digest | full | full-thread | manifest>: one pass, alone in a fresh
  // process (so its peak RSS is its own): the digest alone (sha256File), or readArchive, which
  // hashes, decodes every block and walks the entries (full: the hash inline, in the same pass;
  // full-thread: the hash on a worker thread that reads the file itself), or stops decoding once
  // the embedded manifest is read (manifest: the default hashThread, inline in this mode).
  const [path, what] = args
  const { sha256File } = await import(new URL('src/engine/checks/digest.ts', root).href)
  const { readArchive } = await import(new URL('src/engine/archive/read-archive.ts', root).href)
  const run = await timed(() =>
    what === 'digest'
      ? sha256File(path)
      : readArchive(path, {
          mode: what === 'manifest' ? 'manifest' : 'full',
          hashThread: what === 'manifest' ? undefined : what === 'full-thread'
        })
  )
  const r = run.value
  if (typeof r !== 'string' && r.problems.length > 0) {
    throw new Error(`readArchive found problems: ${JSON.stringify(r.problems)}`)
  }
  console.log(
    JSON.stringify({
      what,
      ms: run.ms,
      cpuMs: run.cpuMs,
      mainCpuMs: run.mainCpuMs,
      streamBytes: typeof r === 'string' ? undefined : r.streamBytes,
      decodedBlocks: typeof r === 'string' ? undefined : r.decodedBlocks,
      peakRssMiB: process.resourceUsage().maxRSS / 1024
    })
  )
} else if (task === 'decode-speed') {
  // decode-speed <archive>: decodeLzfse alone, on the archive's compressed blocks (LZVN, read
  // one at a time, only the decode timed), and on Tutorial-lzfse.aar's blocks (bvx2, LZFSE
  // from Apple's reference codec) decoded in memory 20 times. MB/s of decoded output.
  const [path] = args
  const { decodeLzfse } = await import(new URL('src/engine/archive/lzfse.ts', root).href)
  const { readFile } = await import('node:fs/promises')
  const measure = async blocks => {
    let ms = 0
    let cpuMs = 0
    let bytes = 0
    const out = new Uint8Array(1024 * 1024)
    for await (const { raw, payload } of blocks) {
      const r = await timed(() => decodeLzfse(payload, out.subarray(0, raw)))
      ms += r.ms
      cpuMs += r.cpuMs
      bytes += r.value
    }
    return { bytes, MBps: bytes / 1e3 / ms, cpuMBps: bytes / 1e3 / cpuMs }
  }
  async function* archiveBlocks(file) {
    const handle = await open(file)
    const head = Buffer.alloc(16)
    const size = (await handle.stat()).size
    for (let at = 12; at < size;) {
      await handle.read(head, 0, 16, at)
      const raw = Number(head.readBigUInt64BE(0))
      const stored = Number(head.readBigUInt64BE(8))
      const payload = Buffer.alloc(stored)
      await handle.read(payload, 0, stored, at + 16)
      if (raw !== stored) yield { raw, payload }
      at += 16 + stored
    }
    await handle.close()
  }
  const fixture = await readFile(new URL('__fixtures__/files/Tutorial-lzfse.aar', root))
  const tutorial = []
  for (let at = 12; at < fixture.length;) {
    const raw = Number(fixture.readBigUInt64BE(at))
    const stored = Number(fixture.readBigUInt64BE(at + 8))
    tutorial.push({ raw, payload: fixture.subarray(at + 16, at + 16 + stored) })
    at += 16 + stored
  }
  await measure(tutorial) // warm up the decoder
  const lzvn = await measure(archiveBlocks(path))
  const lzfse = await measure(Array.from({ length: 20 }, () => tutorial).flat())
  console.log(JSON.stringify({ lzvn, lzfse }))
} else {
  console.error(`Unknown task '${task}'`)
  process.exitCode = 2
}
