import * as core from './workflow-commands.js'
import { formatError } from '../engine/asc/errors.js'
import {
  describeArchiveCheck,
  type CheckedInputs,
  type CheckResult
} from '../engine/checks/inputs.js'
import { checkRun } from '../engine/multi/check.js'
import { startRecord } from '../engine/publish/record.js'
import { describeManifest } from '../engine/checks/manifest.js'
import {
  annotateAdvisories,
  cancelledMessage,
  checkedPart,
  comment,
  onCancel,
  refuse,
  remember,
  rememberedPublish
} from './common.js'
import { formatBytes, plural } from './format.js'
import { readInputs } from './inputs.js'
import { actionLogger } from './logger.js'
import { setSingleOutputs } from './outputs.js'
import { publishReport } from './report.js'
import { code, writeSummary, type SummaryRow } from './summary.js'

/**
 * The action: check every input offline, then publish (or dry-run) and report. One manifest is
 * a single-pack run; several (lines or globs in manifest-path) are published by `runMany`.
 */
export async function run(): Promise<void> {
  const raw = readInputs()
  const checked = await actionLogger.group('Check inputs', () => checkRun(raw, actionLogger.secret))
  // What only a publish or several packs need (the App Store Connect client, its schemas, the
  // uploader) is loaded when a run gets there: a local-only dry run never does.
  if (checked.kind === 'many') return (await import('./many.js')).runMany(checked.result)
  return runSingle(checked.result)
}

async function runSingle(checked: CheckResult): Promise<void> {
  annotateAdvisories(checked.ok ? checked.inputs.advisories : checked.advisories)
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
    setSingleOutputs(inputs, record, 'checked')
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
    const { publishPack } = await import('../engine/run.js')
    await publishPack(inputs, record, {
      logger: actionLogger,
      signal: cancel.signal,
      publishedHint
    })
    const status = record.skipped ? 'skipped' : record.dryRun ? 'dry-run' : 'published'
    setSingleOutputs(inputs, record, status)
    await writeSummary(publishReport(inputs, record))
    await comment(settings, { ...checkedPart(inputs), record })
    await remember(inputs, record)
  } catch (error) {
    const message = cancel.signal.aborted ? cancelledMessage(record) : formatError(error)
    if (error instanceof Error && error.stack) core.debug(error.stack) // mapped with debug on
    setSingleOutputs(inputs, record, 'failed', message)
    await writeSummary(publishReport(inputs, record, message))
    await comment(settings, { ...checkedPart(inputs), record, error: message })
    core.setFailed(message)
  } finally {
    cancel.dispose()
  }
}

function reportChecked(inputs: CheckedInputs): void {
  const { manifest, archive } = inputs
  core.info(`Manifest ${inputs.manifestSource}: ${describeManifest(manifest)}.`)
  if (archive) {
    core.info(
      `Archive ${archive.path}: ${formatBytes(archive.size)}, ${archive.format}` +
        `${archive.blocks !== undefined ? ` in ${plural(archive.blocks, 'block')}` : ''}, ` +
        `SHA-256 ${archive.sha256}; ${describeArchiveCheck(archive)}.`
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
    ['Manifest', `${code(inputs.manifestSource)} ✔︎`],
    ['Platforms', inputs.manifest.platforms.join(', ') || 'all'],
    ...(inputs.manifest.language
      ? [['Language', code(inputs.manifest.language)] satisfies SummaryRow]
      : [])
  ]
  if (inputs.archive) {
    rows.push(
      ['Archive', `${code(inputs.archive.path)} ✔︎ ${formatBytes(inputs.archive.size)}`],
      ['Archive SHA-256', code(inputs.archive.sha256)]
    )
  }
  return rows
}
