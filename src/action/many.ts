import * as core from './workflow-commands.js'
import type { ManyCheck, PackCheck } from '../engine/multi/check.js'
import { matrixOf, outputsOf, packEntry } from '../engine/multi/outputs.js'
import { publishPacks, type PackResult } from '../engine/multi/publish.js'
import {
  annotate,
  annotateAdvisories,
  onCancel,
  refuse,
  remember,
  rememberedPublish
} from './common.js'
import { plural } from './format.js'
import { actionLogger } from './logger.js'
import { manyReport } from './many-report.js'
import { setMatrix, setPacks } from './outputs.js'
import { upsertPrComment } from './pr-comment.js'
import { renderSummary, writeSummary } from './summary.js'

/**
 * A multi-pack run: the packs are published `pack-concurrency` at a time over one client (one
 * rate-limit budget); a pack that fails does not stop the others; one summary table; the step
 * fails at the end naming the packs that failed.
 */
export async function runMany(check: ManyCheck): Promise<void> {
  const { settings } = check
  if (!check.ok) {
    for (const pack of check.packs) annotateAdvisories(pack.advisories, pack.identifier)
    return refuse(check.problems, 'Asset packs: inputs refused')
  }
  report(check.packs)
  setMatrix(matrixOf(check.packs.filter(p => p.inputs)).include)
  if (settings.localOnlyReason) {
    core.notice(
      `Apple's manifest check was skipped: ${settings.localOnlyReason}. Only the local checks ran.`
    )
  }

  const cancel = onCancel()
  let results: PackResult[]
  try {
    const what = settings.localOnlyReason ? 'Check' : settings.dryRun ? 'Dry-run' : 'Publish'
    results = await actionLogger.group(
      `${what} ${plural(check.packs.length, 'pack')}, ${settings.packConcurrency} at a time`,
      () =>
        publishPacks(check, {
          logger: actionLogger,
          signal: cancel.signal,
          hint: rememberedPublish,
          onDone: async result => {
            if (result.inputs && result.record && result.status !== 'failed') {
              await remember(result.inputs, result.record)
            }
          }
        })
    )
  } finally {
    cancel.dispose()
  }

  setPacks(results.map(r => packEntry(r, r.status, r.record, r.error)))
  if (results.length === 1) {
    for (const [name, value] of Object.entries(outputsOf(results[0].record))) {
      core.setOutput(name, value)
    }
  }
  const summary = manyReport(settings, results)
  await writeSummary(summary)
  if (settings.commentOnPr) {
    // One comment for the step's packs (not one per pack: a hundred packs, a hundred comments).
    await upsertPrComment({
      token: settings.githubToken,
      key: `packs:${settings.manifestPath ?? ''}`,
      body: renderSummary(summary),
      logger: actionLogger
    })
  }
  const failed = results.filter(r => r.status === 'failed')
  if (failed.length > 0) {
    core.setFailed(
      `${failed.length} of ${plural(results.length, 'pack')} failed: ` +
        `${failed.map(r => r.identifier).join(', ')}\n` +
        failed.map(r => `- ${r.identifier}: ${(r.error ?? '').split('\n')[0]}`).join('\n')
    )
  }
}

/** The packs found, and each problem of a pack that will not be sent, annotated. */
function report(packs: PackCheck[]): void {
  core.info(`${plural(packs.length, 'pack')}:`)
  for (const pack of packs) {
    const archive = pack.archivePath ? ` + ${pack.archivePath}` : ''
    const problems = pack.problems.length
      ? ` (${plural(pack.problems.length, 'problem')}: not sent)`
      : ''
    core.info(`  ${pack.identifier}: ${pack.manifestPath}${archive}${problems}`)
  }
  for (const pack of packs) {
    annotateAdvisories(pack.advisories, pack.identifier)
    annotate(pack.problems, pack.identifier)
  }
}
