// The bundled action against the simulator: the job summary's usedBytes, the app's total against
// 200 GB with a warning annotation from 80 %, the App Store release state, and a processing
// failure reported entry by entry, verbatim, in the log, the summary and the annotations.
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Simulator } from '../../src/simulator/server.js'
import { runAction, type ActionRun } from './harness.js'
import { useWorkspace } from './workspace.js'

const ws = useWorkspace()

function publish(s: Simulator, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ ...ws.inputs(s), 'archive-path': join(ws.dir, 'Tutorial.aar'), ...inputs })
}

const bigPack = (fileSize: number) => ({
  assetPackIdentifier: 'Movies',
  versions: [
    {
      state: 'COMPLETE' as const,
      uploadFiles: [
        {
          assetType: 'ASSET' as const,
          fileName: 'Movies.aar',
          fileSize,
          state: 'COMPLETE' as const
        }
      ]
    }
  ]
})

test("the summary shows the pack's usedBytes and the app's total; no warning below 80 %", async () => {
  const s = await ws.start({ state: { packs: [bigPack(100e9)] } })
  const run = await publish(s)
  expect(run.exitCode).toBe(0)
  const size = (await readFile(join(ws.dir, 'Tutorial.aar'))).length
  // usedBytes is the archive's size, in decimal units as the 200 GB limit.
  expect(run.summary).toContain(`| Pack size (usedBytes) | ${(size / 1e3).toFixed(1)} kB |`)
  expect(run.summary).toMatch(/\| App total \| 100\.0 GB of 200 GB \(50\.0 %\) · 2 of 100 packs \|/)
  expect(run.stdout).toMatch(
    /Pack 'Tutorial' uses \d+\.\d kB; the app's packs use 100\.0 GB of 200 GB/
  )
  expect(run.stdout).not.toMatch(/^::warning/m)
})

test('at 80 % of 200 GB: a warning annotation, and the summary says so', async () => {
  const s = await ws.start({ state: { packs: [bigPack(165e9)] } })
  const run = await publish(s)
  expect(run.exitCode).toBe(0)
  expect(run.stdout).toMatch(
    // (the runner's command encoding: % as %25)
    /^::warning::The app's asset packs use 165\.0 GB of 200 GB \(82\.5 %25\) of Apple's per-app limit\./m
  )
  expect(run.summary).toMatch(/\| App total \| ⚠️ 165\.0 GB of 200 GB \(82\.5 %\)/)
  expect(run.summary).toContain('| Quota warning | The app')
})

test('an unchanged archive: the App Store release state of the version that holds it', async () => {
  const sha256 = createHash('sha256')
    .update(await readFile(join(ws.dir, 'Tutorial.aar')))
    .digest('hex')
  const s = await ws.start({
    state: {
      packs: [
        {
          assetPackIdentifier: 'Tutorial',
          versions: [
            {
              state: 'COMPLETE',
              uploadFiles: [
                {
                  assetType: 'ASSET',
                  fileName: 'Tutorial.aar',
                  fileSize: 1000,
                  state: 'COMPLETE',
                  sourceFileChecksums: { file: { hash: sha256, algorithm: 'SHA_256' } }
                }
              ],
              appStoreRelease: { id: 'store-1', state: 'READY_FOR_DISTRIBUTION' }
            }
          ]
        }
      ]
    }
  })
  const run = await publish(s, { 'skip-unchanged': 'true' })
  expect(run.exitCode).toBe(0)
  expect(run.outputs.skipped).toBe('true')
  expect(run.summary).toContain('| App Store release | **READY_FOR_DISTRIBUTION** |')
  expect(run.summary).toContain('| Pack size (usedBytes) | 1.00 kB |')
})

test("a failed version: every stateDetails entry and the upload file's errors, verbatim", async () => {
  const s = await ws.start({
    faults: {
      processingFailure: [
        {
          code: 'ITMS-91140',
          description: "The value for the 'onDemand' key must be an empty object."
        }
      ],
      processingDetails: {
        warnings: [{ code: 'ITMS-90000', description: 'A warning | with a pipe.' }],
        infos: [{ code: 'INFO.PROCESSED', description: 'Processed in 2 s.' }]
      }
    }
  })
  const run = await publish(s)
  expect(run.exitCode).toBe(1)
  // The log: Apple's lines one by one, then the failure.
  expect(run.stdout).toContain(
    [
      "App Store Connect could not process version 1. Apple's messages:",
      "  error: ITMS-91140: The value for the 'onDemand' key must be an empty object.",
      '  warning: ITMS-90000: A warning | with a pipe.',
      '  info: INFO.PROCESSED: Processed in 2 s.',
      "  ASSET Tutorial.aar: error: ITMS-91140: The value for the 'onDemand' key must be an empty object."
    ].join('\n')
  )
  expect(run.errors.join('\n')).toContain(
    "error: ITMS-91140: The value for the 'onDemand' key must be an empty object."
  )
  expect(run.errors.join('\n')).toContain('warning: ITMS-90000: A warning | with a pipe.')
  // The summary: a row per entry (the pipe escaped for the table), the failure note short.
  expect(run.summary).toContain(
    "| Apple error | ITMS-91140: The value for the 'onDemand' key must be an empty object. |"
  )
  expect(run.summary).toContain('| Apple warning | ITMS-90000: A warning \\| with a pipe. |')
  expect(run.summary).toContain('| Apple info | INFO.PROCESSED: Processed in 2 s. |')
  expect(run.summary).toContain(
    "| Upload file | ASSET Tutorial.aar: error: ITMS-91140: The value for the 'onDemand' key must be an empty object. |"
  )
  expect(run.summary).toContain(
    "**Failed:** App Store Connect could not process version 1: Apple's messages are above."
  )
  expect(run.outputs.state).toBe('FAILED')
})
