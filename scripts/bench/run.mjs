#!/usr/bin/env node
// `npm run bench`: how fast and how lean the bundled action (dist/index.js) publishes, against the
// bundled simulator (dist/simulator/index.js) on loopback, next to a baseline measured in the same
// run. Method and latest figures: BENCHMARKS.md.
//
//   npm run bench                  # 256 MiB and 1 GiB archives (a few minutes)
//   npm run bench -- --large       # and 4 GiB (needs ~14 GiB free in the temp dir)
//   npm run bench -- --runs 5      # A/B pairs for the headline figure (default 3)
//   npm run bench -- --quick       # fewer runs, smaller sweep: a smoke test of the bench itself
//   npm run bench -- --json out.json  # every figure, as JSON
//   npm run bench -- --only cold --only offline   # some sections: cold, offline, archive, throughput, sweep
//   npm run bench -- --sweep-runs 3  # A/B pairs per sweep cell (default 1)
//   npm run bench -- --action other/index.js      # another bundle of the action (e.g. ncc -m)
import { existsSync } from 'node:fs'
import { copyFile, mkdtemp, rm, statfs, writeFile } from 'node:fs/promises'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { groupTimes, median, partConnections, requestPhases, uploadWindow } from './analyse.mjs'
import {
  ACTION,
  ROOT,
  SIMULATOR,
  runAction,
  runBaseline,
  runEmptyNode,
  startSimulator,
  tsTask,
  useAction
} from './processes.mjs'

const MiB = 1024 * 1024
const GiB = 1024 * MiB

const { values: flags } = parseArgs({
  options: {
    large: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    'sweep-runs': { type: 'string' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
    action: { type: 'string' }
  }
})
const RUNS = Number(flags.runs ?? (flags.quick ? 1 : 3))
const SWEEP_RUNS = Number(flags['sweep-runs'] ?? 1)
const CONCURRENCY = 4 // the action's default (action.yml)
const PART_SIZE = 5 * MiB // the simulator's default part size
const SWEEP_CONCURRENCY = [1, 2, 4, 8]
const SWEEP_PART_SIZES = flags.quick ? [5 * MiB] : [1 * MiB, 5 * MiB, 25 * MiB]
/** Per-part round trip in the sweep (the simulator holds each part this long before reading it). */
const LATENCY_MS = 20

if (flags.action) useAction(resolve(flags.action))
for (const file of [ACTION, SIMULATOR]) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run bundle\` first.`)
    process.exit(1)
  }
}

const sizes = [256 * MiB, GiB, ...(flags.large ? [4 * GiB] : [])]
const work = await mkdtemp(join(tmpdir(), 'publish-asset-pack-bench-'))
const needed = sizes.reduce((a, b) => a + b, 0) + 2 * Math.max(...sizes) + GiB
const fs = await statfs(work)
if (fs.bavail * fs.bsize < needed) {
  console.error(
    `${tmpdir()} has ${(fs.bavail * fs.bsize) / GiB} GiB free; the bench needs ` +
      `${(needed / GiB).toFixed(1)} GiB (the archives, and the simulator's copy of the largest ` +
      'one). Free some space or set TMPDIR.'
  )
  process.exit(1)
}

const want = part => !flags.only || flags.only.includes(part)
const log = text => process.stderr.write(`${text}\n`)
const mb = bytes => bytes / 1e6
const mbps = (bytes, ms) => mb(bytes) / (ms / 1000)
const mib = kib => kib / 1024
const started = Date.now()
const results = { machine: machine(), when: new Date().toISOString(), flags }

try {
  // ---------------------------------------------------------------- the archives
  const manifest = join(work, 'Manifest.json')
  await writeFile(
    manifest,
    JSON.stringify({
      assetPackID: 'Bench',
      downloadPolicy: { onDemand: {} },
      fileSelectors: [{ directory: 'Levels' }],
      platforms: ['iOS']
    })
  )
  // Only the archives the chosen sections use: throughput all sizes, the sweep 256 MiB, the
  // offline checks and the archive read 1 GiB.
  const used = new Set([
    ...(want('throughput') ? sizes : []),
    ...(want('sweep') ? [256 * MiB] : []),
    ...(want('offline') || want('archive') ? [GiB] : [])
  ])
  const archives = {}
  for (const size of sizes.filter(s => used.has(s))) {
    log(`Writing a ${size / MiB} MiB archive with __fixtures__/aar.ts…`)
    archives[size] = await tsTask('make-archive', join(work, `pack-${size / MiB}MiB.aar`), size)
  }
  // The small pack is the Tutorial fixture, with its own manifest: the offline check compares
  // an archive's embedded manifest with the one given.
  const small = join(work, 'Tutorial.aar')
  await copyFile(join(ROOT, '__fixtures__', 'files', 'Tutorial-lzfse.aar'), small)
  const smallManifest = join(work, 'Tutorial-Manifest.json')
  await copyFile(join(ROOT, '__fixtures__', 'files', 'Tutorial-Manifest.json'), smallManifest)

  /** One publish by the action, fresh simulator. */
  const action = async (
    archive,
    { concurrency = CONCURRENCY, partSize = PART_SIZE, ...o } = {}
  ) => {
    const sim = await startSimulator({ partSize, partLatencyMs: o.partLatencyMs })
    try {
      const run = await runAction(sim, {
        'manifest-path': manifest,
        'archive-path': archive.path,
        'upload-concurrency': String(concurrency),
        'wait-for': o.waitFor ?? 'uploaded'
      })
      return { run, window: uploadWindow(run, sim.url), connections: partConnections(run, sim.url) }
    } finally {
      await sim.stop()
    }
  }
  /** The same upload by the baseline, fresh simulator. */
  const baseline = async (
    archive,
    { concurrency = CONCURRENCY, partSize = PART_SIZE, ...o } = {}
  ) => {
    const sim = await startSimulator({ partSize, partLatencyMs: o.partLatencyMs })
    try {
      const run = await runBaseline(sim, {
        archivePath: archive.path,
        sha256: archive.sha256,
        concurrency
      })
      return { run, window: uploadWindow(run, sim.url), connections: partConnections(run, sim.url) }
    } finally {
      await sim.stop()
    }
  }
  /** A/B/A/B…: `runs` pairs, alternating which goes first; medians of each side. */
  const interleaved = async (archive, options, runs) => {
    const a = []
    const b = []
    for (let i = 0; i < runs; i++) {
      const order = i % 2 === 0 ? ['a', 'b'] : ['b', 'a']
      for (const side of order) {
        if (side === 'a') a.push(await action(archive, options))
        else b.push(await baseline(archive, options))
      }
    }
    const aMs = median(a.map(r => r.window.ms))
    const bMs = median(b.map(r => r.window.ms))
    return {
      bytes: archive.size,
      parts: a[0].window.parts,
      actionMs: aMs,
      baselineMs: bMs,
      actionMBps: mbps(archive.size, aMs),
      baselineMBps: mbps(archive.size, bMs),
      ratio: aMs / bMs,
      actionRssMiB: median(a.map(r => mib(r.run.maxRssKiB))),
      baselineRssMiB: median(b.map(r => mib(r.run.maxRssKiB))),
      actionUploadCpuMs: median(a.map(r => r.window.cpuMs)),
      baselineUploadCpuMs: median(b.map(r => r.window.cpuMs)),
      actionConnections: median(a.map(r => r.connections)),
      baselineConnections: median(b.map(r => r.connections)),
      actionRuns: a,
      baselineRuns: b
    }
  }

  // ---------------------------------------------------------------- cold start, requests
  if (want('cold')) {
    log('Cold start: a small pack, the whole flow (wait-for ready-for-testing)…')
    const cold = []
    const empty = []
    for (let i = 0; i < (flags.quick ? 2 : 5); i++) {
      const e = await runEmptyNode()
      empty.push(e.exitedAt - e.spawnedAt)
      const sim = await startSimulator({ processingDelayMs: 100 })
      try {
        const run = await runAction(sim, {
          'manifest-path': smallManifest,
          'archive-path': small,
          'wait-for': 'ready-for-testing'
        })
        const checks = groupTimes(run, 'Check inputs')
        cold.push({
          firstRequestMs: run.requests[0].start - run.spawnedAt,
          toRunMs: checks.start - run.spawnedAt,
          checksMs: checks.end - checks.start,
          afterChecksMs: run.requests[0].start - checks.end,
          rssAtFirstRequestMiB: mib(run.rssAtFirstRequestKiB),
          peakRssMiB: mib(run.maxRssKiB),
          requests: requestPhases(run, sim.url)
        })
      } finally {
        await sim.stop()
      }
    }
    results.coldStart = {
      emptyNodeMs: median(empty),
      firstRequestMs: median(cold.map(c => c.firstRequestMs)),
      toRunMs: median(cold.map(c => c.toRunMs)),
      checksMs: median(cold.map(c => c.checksMs)),
      afterChecksMs: median(cold.map(c => c.afterChecksMs)),
      rssAtFirstRequestMiB: median(cold.map(c => c.rssAtFirstRequestMiB)),
      peakRssMiB: median(cold.map(c => c.peakRssMiB))
    }
    results.requests = cold[0].requests

    // A local-only dry run (no key: a pull request from a fork): nothing but loading the bundle
    // and the offline checks, spawn to exit, each run next to an empty Node process. Twice: with
    // the manifest alone (the start: loading what the run needs), and with the archive too (the
    // start and the full archive check, which decodes the fixture's 3.17 MB).
    log('Cold start: a local-only dry run of the small pack…')
    const local = { manifest: [], archive: [] }
    const emptyLocal = []
    for (let i = 0; i < (flags.quick ? 2 : 12); i++) {
      const e = await runEmptyNode({ probe: true })
      emptyLocal.push({ ms: e.exitedAt - e.spawnedAt, rssMiB: mib(e.maxRssKiB) })
      for (const [what, extra] of [
        ['manifest', {}],
        ['archive', { 'archive-path': small }]
      ]) {
        const run = await runAction(null, {
          'manifest-path': smallManifest,
          'dry-run': 'true',
          ...extra
        })
        const checks = groupTimes(run, 'Check inputs')
        local[what].push({
          ms: run.exitedAt - run.spawnedAt,
          toChecksMs: checks.start - run.spawnedAt,
          checksMs: checks.end - checks.start,
          rssMiB: mib(run.maxRssKiB)
        })
      }
    }
    const emptyMs = median(emptyLocal.map(e => e.ms))
    const of = runs => {
      const ms = median(runs.map(l => l.ms))
      return {
        ms,
        ratio: ms / emptyMs,
        toChecksMs: median(runs.map(l => l.toChecksMs)),
        checksMs: median(runs.map(l => l.checksMs)),
        peakRssMiB: median(runs.map(l => l.rssMiB))
      }
    }
    results.localOnly = {
      runs: emptyLocal.length,
      emptyNodeMs: emptyMs,
      emptyNodeRssMiB: median(emptyLocal.map(e => e.rssMiB)),
      manifest: of(local.manifest),
      archive: of(local.archive)
    }
  }

  // ---------------------------------------------------------------- offline checks
  if (want('offline')) {
    log('Offline checks on the 1 GiB archive…')
    results.offline = await tsTask('offline-checks', archives[GiB].path)
  }

  // ---------------------------------------------------------------- the archive read
  if (want('archive')) {
    log('Archive read on the 1 GiB archive: digest alone, full read, manifest mode…')
    const archive = archives[GiB]
    const runs = []
    for (let i = 0; i < (flags.quick ? 1 : 3); i++) {
      for (const what of ['digest', 'full', 'full-thread', 'manifest']) {
        runs.push(await tsTask('archive-read', archive.path, what))
      }
    }
    const of = what => {
      const r = runs.filter(x => x.what === what)
      return {
        ms: median(r.map(x => x.ms)),
        cpuMs: median(r.map(x => x.cpuMs)),
        mainCpuMs: median(r.map(x => x.mainCpuMs)),
        peakRssMiB: median(r.map(x => x.peakRssMiB)),
        decodedBlocks: r[0].decodedBlocks,
        streamBytes: r[0].streamBytes
      }
    }
    log('Decode speed…')
    results.archive = {
      bytes: archive.size,
      blocks: archive.blocks,
      compressedBlocks: archive.compressedBlocks,
      streamBytes: archive.streamSize,
      runs: runs.length / 4,
      digest: of('digest'),
      full: of('full'),
      fullThread: of('full-thread'),
      manifest: of('manifest'),
      decode: await tsTask('decode-speed', archive.path)
    }
  }

  // ---------------------------------------------------------------- throughput and RSS
  results.throughput = {}
  for (const size of want('throughput') ? sizes : []) {
    const runs = size === GiB ? RUNS : 1
    log(`Throughput and RSS, ${size / MiB} MiB, ${runs} A/B pair(s)…`)
    const r = await interleaved(archives[size], {}, runs)
    const checks = r.actionRuns.map(x => groupTimes(x.run, 'Check inputs'))
    r.checksMs = median(checks.map(c => c.end - c.start))
    r.actionTotalMs = median(r.actionRuns.map(x => x.run.exitedAt - x.run.spawnedAt))
    delete r.actionRuns
    delete r.baselineRuns
    results.throughput[size] = r
  }

  // ---------------------------------------------------------------- the sweep
  const sweepArchive = archives[256 * MiB]
  results.sweepBytes = sweepArchive?.size
  results.sweep = []
  const cells = [
    // On loopback, without a round trip: what the CPU and the simulator allow.
    ...SWEEP_CONCURRENCY.map(concurrency => ({ partSize: PART_SIZE, concurrency, latencyMs: 0 })),
    // With a round trip per part, as over the internet: what concurrency buys.
    ...SWEEP_PART_SIZES.flatMap(partSize =>
      SWEEP_CONCURRENCY.map(concurrency => ({ partSize, concurrency, latencyMs: LATENCY_MS }))
    )
  ]
  for (const cell of want('sweep') ? cells : []) {
    const { partSize, concurrency, latencyMs } = cell
    log(`Sweep: ${partSize / MiB} MiB parts, ${latencyMs} ms per part, concurrency ${concurrency}…`)
    const options = { partSize, concurrency, partLatencyMs: latencyMs }
    const r = await interleaved(sweepArchive, options, SWEEP_RUNS)
    results.sweep.push({ ...cell, ...pick(r) })
  }

  results.tookMs = Date.now() - started
  print(results)
  if (flags.json) await writeFile(flags.json, JSON.stringify(results, null, 2))
} finally {
  if (!flags.keep) await rm(work, { recursive: true, force: true })
  else log(`Kept ${work}`)
}

function pick(r) {
  const { actionMs, baselineMs, actionMBps, baselineMBps, ratio, actionRssMiB, parts } = r
  const { actionUploadCpuMs } = r
  return {
    actionMs,
    baselineMs,
    actionMBps,
    baselineMBps,
    ratio,
    actionRssMiB,
    parts,
    actionUploadCpuMs
  }
}

function machine() {
  const cpu = cpus()
  return {
    node: process.version,
    cpu: `${cpu.length} × ${cpu[0]?.model ?? 'unknown'}`,
    memoryGiB: Math.round(totalmem() / GiB),
    platform: `${process.platform} ${process.arch}`
  }
}

function table(headers, rows) {
  const cells = [headers, ...rows].map(row => row.map(String))
  const widths = headers.map((_, i) => Math.max(...cells.map(r => r[i].length)))
  const line = row => `| ${row.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
  return [line(cells[0]), line(widths.map(w => '-'.repeat(w))), ...cells.slice(1).map(line)].join(
    '\n'
  )
}

function print(r) {
  const f1 = n => n.toFixed(1)
  const f2 = n => n.toFixed(2)
  const perGiB = (ms, bytes) => f2(ms / 1000 / (bytes / GiB))
  const size = bytes =>
    bytes >= GiB ? `${Math.round(bytes / GiB)} GiB` : `${Math.round(bytes / MiB)} MiB`
  const sections = [`Machine: ${r.machine.cpu}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}`]
  const throughput = Object.values(r.throughput ?? {})
  if (throughput.length > 0) {
    sections.push(
      `Upload throughput and peak RSS (concurrency ${CONCURRENCY}, ${PART_SIZE / MiB} MiB parts; ` +
        `1 GiB: median of ${RUNS} interleaved A/B pairs)\n` +
        table(
          [
            'archive',
            'parts',
            'action MB/s',
            'baseline MB/s',
            'time ratio',
            'upload CPU s/GiB action / baseline',
            'upload-host connections',
            'action peak RSS',
            'baseline peak RSS',
            'offline checks',
            'action total'
          ],
          throughput.map(t => [
            size(t.bytes),
            t.parts,
            f1(t.actionMBps),
            f1(t.baselineMBps),
            f2(t.ratio),
            `${perGiB(t.actionUploadCpuMs, t.bytes)} / ${perGiB(t.baselineUploadCpuMs, t.bytes)}`,
            `${t.actionConnections} / ${t.baselineConnections}`,
            `${f1(t.actionRssMiB)} MiB`,
            `${f1(t.baselineRssMiB)} MiB`,
            `${f2(t.checksMs / 1000)} s`,
            `${f1(t.actionTotalMs / 1000)} s`
          ])
        )
    )
  }
  const c = r.coldStart
  if (c) {
    sections.push(
      'Cold start, small pack (medians; each action run next to an empty Node process)\n' +
        table(
          ['', 'ms'],
          [
            ['empty Node process, spawn to exit', Math.round(c.emptyNodeMs)],
            ['spawn to run(): Node and loading the bundle', Math.round(c.toRunMs)],
            ['offline checks', Math.round(c.checksMs)],
            ['checks to first request: client and token', Math.round(c.afterChecksMs)],
            ['spawn to first API request', Math.round(c.firstRequestMs)],
            ['RSS at first request', `${f1(c.rssAtFirstRequestMiB)} MiB`],
            ['peak RSS of the whole publish', `${f1(c.peakRssMiB)} MiB`]
          ]
        )
    )
  }
  const l = r.localOnly
  if (l) {
    const row = (name, x) => [
      name,
      Math.round(x.ms),
      f2(x.ratio),
      Math.round(x.toChecksMs),
      Math.round(x.checksMs),
      `${f1(x.peakRssMiB)} MiB`
    ]
    sections.push(
      `Cold start, local-only dry run of the small pack (medians of ${l.runs}, spawn to exit)\n` +
        table(
          ['', 'wall ms', 'ratio', 'to checks', 'checks', 'peak RSS'],
          [
            [
              'empty Node process',
              Math.round(l.emptyNodeMs),
              '1',
              '',
              '',
              `${f1(l.emptyNodeRssMiB)} MiB`
            ],
            row('the action: manifest', l.manifest),
            row('the action: manifest and archive', l.archive)
          ]
        )
    )
  }
  const o = r.offline
  if (o) {
    sections.push(
      `Offline checks on the 1 GiB archive, src/ (${o.blocks} blocks; page cache warm)\n` +
        table(
          ['', 'ms'],
          [
            ['digest: sha256File, one pass', Math.round(o.digestMs)],
            ['  bound: one sequential read', Math.round(o.readMs)],
            ['  bound: SHA-256 of 1 GiB already in memory', Math.round(o.hashOnlyMs)],
            ['container walk: checkArchive, headers only', Math.round(o.walkMs)]
          ]
        )
    )
  }
  const a = r.archive
  if (a) {
    // With a worker thread, an idle machine takes about the larger of the two threads' CPU.
    const path = x => Math.max(x.mainCpuMs, x.cpuMs - x.mainCpuMs)
    const row = (name, x) => [
      name,
      Math.round(x.ms),
      Math.round(x.cpuMs),
      Math.round(path(x)),
      f2(x.ms / a.digest.ms),
      f2(x.cpuMs / a.digest.cpuMs),
      f2(path(x) / a.digest.cpuMs),
      `${f1(x.peakRssMiB)} MiB`
    ]
    sections.push(
      `Archive read, src/ (${size(a.bytes)} file: ${a.blocks} blocks, ${a.compressedBlocks} ` +
        `LZVN-compressed; ${size(a.streamBytes)} of entries; medians of ${a.runs}, each run its ` +
        'own process)\n' +
        table(
          [
            '',
            'wall ms',
            'CPU ms',
            'busiest thread CPU ms',
            'wall / digest',
            'CPU / digest',
            'busiest thread / digest',
            'peak RSS'
          ],
          [
            row('digest alone: sha256File', a.digest),
            row('full read, hash inline (hashThread: false; the default below 64 MiB)', a.full),
            row(
              '  the same, hash on a worker thread (hashThread: true; the default from 64 MiB)',
              a.fullThread
            ),
            row('manifest mode (default hashThread): decoding stops at the manifest', a.manifest)
          ]
        ) +
        `\nDecode speed (decoded MB/s, wall / CPU): LZVN blocks of this archive ` +
        `${f1(a.decode.lzvn.MBps)} / ${f1(a.decode.lzvn.cpuMBps)}; LZFSE (bvx2) blocks of ` +
        `Tutorial-lzfse.aar ${f1(a.decode.lzfse.MBps)} / ${f1(a.decode.lzfse.cpuMBps)}`
    )
  }
  const q = r.requests
  if (q) {
    sections.push(
      `API requests of a publish (new pack, wait-for ready-for-testing): ${q.notPolls} besides ` +
        `${q.polls} polls; ${q.parts} part uploads\n` +
        table(
          ['phase', 'n', 'requests'],
          Object.entries(q.phases).map(([phase, ops]) => [phase, ops.length, summarise(ops)])
        )
    )
  }
  if (r.sweep?.length) {
    sections.push(
      `Sweep (${size(r.sweepBytes)} archive; median of ${SWEEP_RUNS} A/B pair(s) per cell)\n` +
        table(
          [
            'part size',
            'per-part latency',
            'concurrency',
            'parts',
            'action MB/s',
            'baseline MB/s',
            'time ratio',
            'upload CPU s/GiB',
            'action peak RSS'
          ],
          r.sweep.map(x => [
            `${x.partSize / MiB} MiB`,
            `${x.latencyMs} ms`,
            x.concurrency,
            x.parts,
            f1(x.actionMBps),
            f1(x.baselineMBps),
            f2(x.ratio),
            perGiB(x.actionUploadCpuMs, r.sweepBytes),
            `${f1(x.actionRssMiB)} MiB`
          ])
        )
    )
  }
  sections.push(`Bench took ${f1(r.tookMs / 60_000)} min.`)
  console.log(sections.join('\n\n'))
}

function summarise(ops) {
  const counts = new Map()
  for (const op of ops) counts.set(op, (counts.get(op) ?? 0) + 1)
  return [...counts].map(([op, n]) => (n > 1 ? `${op} ×${n}` : op)).join(', ')
}
