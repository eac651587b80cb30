import * as core from '@actions/core'
import { formatError } from '../engine/asc/errors.js'
import { checkInputs, type CheckedInputs } from '../engine/checks/inputs.js'
import { formatProblem, type Problem } from '../engine/checks/problem.js'
import type { PublishedHint } from '../engine/publish/skip.js'
import type { Settings } from '../engine/checks/settings.js'
import { publishPack, startRecord } from '../engine/run.js'
import { formatBytes, plural } from './format.js'
import { readInputs } from './inputs.js'
import { actionLogger } from './logger.js'
import { setOutputs } from './outputs.js'
import {
  prCommentKey,
  renderPrComment,
  upsertPrComment,
  type PrCommentInput
} from './pr-comment.js'
import { rememberPublished, wasPublished } from './published-cache.js'
import { publishReport } from './report.js'
import { code, writeSummary, type SummaryRow } from './summary.js'

/** The action: check every input offline, then publish (or dry-run) and report. */
export async function run(): Promise<void> {
  const raw = readInputs()
  const checked = await actionLogger.group('Check inputs', () =>
    checkInputs(raw, actionLogger.secret)
  )
  if (!checked.ok) {
    const { settings } = checked
    await comment(settings, {
      identifier: settings.assetPackIdentifier,
      manifestPath: settings.manifestPath,
      archive: settings.archivePath ? { path: settings.archivePath } : undefined,
      problems: checked.problems
    })
    return refuse(checked.problems)
  }

  const inputs = checked.inputs
  const { settings } = inputs
  reportChecked(inputs)
  const record = startRecord(inputs)
  if (settings.localOnlyReason) {
    setOutputs(record)
    await comment(settings, { ...checkedPart(inputs), localOnlyReason: settings.localOnlyReason })
    await writeSummary({
      title: `Asset pack ${inputs.assetPackIdentifier}: local checks passed (dry run)`,
      status: 'success',
      rows: checkRows(inputs),
      notes: [
        `Apple's manifest check was skipped: ${inputs.settings.localOnlyReason}. ` +
          'The manifest and the archive passed every local check.'
      ]
    })
    return
  }

  const cancel = onCancel()
  try {
    const publishedHint = await rememberedPublish(inputs)
    await publishPack(inputs, record, {
      logger: actionLogger,
      signal: cancel.signal,
      publishedHint
    })
    setOutputs(record)
    await writeSummary(publishReport(inputs, record))
    await comment(settings, { ...checkedPart(inputs), record })
    if (settings.skipUnchanged && !record.skipped && !record.dryRun && inputs.archive) {
      await rememberPublished(
        {
          appId: settings.appId ?? '',
          identifier: inputs.assetPackIdentifier,
          sha256: inputs.archive.sha256,
          assetPackId: record.assetPackId,
          version: record.version,
          versionId: record.versionId
        },
        { logger: actionLogger }
      )
    }
  } catch (error) {
    const message = cancel.signal.aborted
      ? cancelledMessage(record.assetUploadFileId)
      : formatError(error)
    setOutputs(record)
    await writeSummary(publishReport(inputs, record, message))
    await comment(settings, { ...checkedPart(inputs), record, error: message })
    core.setFailed(message)
  } finally {
    cancel.dispose()
  }
}

/**
 * skip-unchanged: the Actions cache's memory of this pack's latest publish, when it holds this
 * archive. The engine still confirms it against App Store Connect before skipping.
 */
async function rememberedPublish(inputs: CheckedInputs): Promise<PublishedHint | undefined> {
  const { settings, archive } = inputs
  if (!settings.skipUnchanged || settings.dryRun || !archive || !settings.appId) return undefined
  const seen = await wasPublished(
    { appId: settings.appId, identifier: inputs.assetPackIdentifier, sha256: archive.sha256 },
    { logger: actionLogger }
  )
  if (seen === undefined) {
    core.info('The Actions cache is unavailable: comparing with App Store Connect only.')
  }
  const versionId = seen?.published ? seen.latest?.versionId : undefined
  return versionId ? { versionId } : undefined
}

/** Keeps the PR's one comment up to date, where asked; never fails the run. */
async function comment(settings: Settings, input: PrCommentInput): Promise<void> {
  if (!settings.commentOnPr) return
  await upsertPrComment({
    token: settings.githubToken,
    key: prCommentKey(settings),
    body: renderPrComment(input),
    logger: actionLogger
  })
}

function checkedPart(inputs: CheckedInputs): PrCommentInput {
  const { archive } = inputs
  return {
    identifier: inputs.assetPackIdentifier,
    manifestPath: inputs.settings.manifestPath,
    archive: archive && { path: archive.path, size: archive.size, sha256: archive.sha256 }
  }
}

async function refuse(problems: Problem[]): Promise<void> {
  for (const problem of problems) {
    core.error(formatProblem(problem), {
      title: `Invalid ${problem.input}`,
      file: problem.file,
      startLine: problem.line,
      startColumn: problem.line ? problem.column : undefined
    })
  }
  await writeSummary({
    title: 'Asset pack: inputs refused',
    status: 'failure',
    rows: [],
    problems,
    notes: ['Nothing was sent to App Store Connect. Fix the inputs above and run again.']
  })
  core.setFailed(
    `${plural(problems.length, 'problem')} in the inputs; nothing was sent to App Store Connect:\n` +
      problems.map(p => `- ${formatProblem(p)}`).join('\n')
  )
}

/** SIGINT/SIGTERM (a cancelled job) abort in-flight requests; nothing is committed after. */
function onCancel(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController()
  const abort = (signal: NodeJS.Signals) => {
    core.warning(`Received ${signal}: stopping; nothing more will be committed.`)
    controller.abort(new Error(`cancelled by ${signal}`))
  }
  process.once('SIGINT', abort)
  process.once('SIGTERM', abort)
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', abort)
      process.off('SIGTERM', abort)
    }
  }
}

function cancelledMessage(assetUploadFileId: string | undefined): string {
  return (
    'Cancelled. ' +
    (assetUploadFileId ? 'The archive upload was stopped before its commit. ' : '') +
    'Run again to resume: the pending version is reused, nothing is duplicated.'
  )
}

function reportChecked(inputs: CheckedInputs): void {
  const { manifest, archive } = inputs
  core.info(
    `Manifest ${inputs.settings.manifestPath}: pack '${manifest.assetPackID}', ` +
      `platforms ${manifest.platforms.join(', ')}.`
  )
  if (archive) {
    core.info(
      `Archive ${archive.path}: ${formatBytes(archive.size)}, ${archive.format}` +
        `${archive.blocks !== undefined ? ` in ${plural(archive.blocks, 'block')}` : ''}, ` +
        `SHA-256 ${archive.sha256}.`
    )
  }
  if (inputs.settings.localOnlyReason) {
    core.notice(
      `Apple's manifest check was skipped: ${inputs.settings.localOnlyReason}. ` +
        'Only the local checks ran.'
    )
  }
}

function checkRows(inputs: CheckedInputs): SummaryRow[] {
  const rows: SummaryRow[] = [
    ['Pack identifier', code(inputs.assetPackIdentifier)],
    ['Manifest', `${code(inputs.settings.manifestPath ?? '')} ✔︎`],
    ['Platforms', inputs.manifest.platforms.join(', ')]
  ]
  if (inputs.archive) {
    rows.push(
      ['Archive', `${code(inputs.archive.path)} ✔︎ ${formatBytes(inputs.archive.size)}`],
      ['Archive SHA-256', code(inputs.archive.sha256)]
    )
  }
  return rows
}
