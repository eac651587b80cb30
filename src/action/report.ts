import type { CheckedInputs } from '../engine/checks/inputs.js'
import {
  APP_BYTES_LIMIT,
  APP_PACKS_LIMIT,
  formatDecimalBytes,
  percent
} from '../engine/manage/quota.js'
import { describeMessages, type PublishRecord } from '../engine/publish/record.js'
import { formatBytes } from './format.js'
import { code, type SummaryReport, type SummaryRow } from './summary.js'

const SOURCES = {
  created: 'created by this run',
  'reused-pending': 'reused: left AWAITING_UPLOAD by an earlier run',
  resumed: 'resumed: it already holds this archive'
} as const

/** The job summary of a run that reached App Store Connect, good or bad. */
export function publishReport(
  inputs: CheckedInputs,
  record: PublishRecord,
  error?: string
): SummaryReport {
  const pack = inputs.assetPackIdentifier
  const notes = [...record.notes]
  // A processing failure's messages are rows of their own (verbatim): the note only says so.
  const failed = record.stateDetails
    ? `App Store Connect could not process version ${record.version ?? '?'}: Apple's messages are above. ` +
      'Fix the pack and run again: a new version will be created.'
    : error
  if (failed) notes.unshift(`**Failed:** ${failed.replace(/\n/g, '<br>')}`)
  if (record.skipped && record.skipReason) notes.unshift(`**Not published:** ${record.skipReason}.`)
  return {
    title: error ? `Asset pack ${pack}: failed` : successTitle(record),
    status: error ? 'failure' : record.skipped ? 'skipped' : 'success',
    rows: [
      ...recordRows(record),
      ...failureRows(record),
      ...usageRows(record),
      ...archiveRows(inputs, record),
      ...timingRows(record)
    ],
    notes
  }
}

function successTitle(record: PublishRecord): string {
  const pack = `Asset pack ${record.assetPackIdentifier}`
  if (record.skipped) return `${pack}: unchanged, not published`
  if (record.dryRun) return `${pack}: manifest accepted by Apple (dry run, nothing published)`
  const version = `version ${record.version ?? '?'}`
  if (record.appStoreReleaseState === 'WAITING_FOR_REVIEW') {
    return `${pack}: ${version} submitted for App Store review`
  }
  if (record.reviewSubmissionIds && Object.keys(record.reviewSubmissionIds).length > 0) {
    return `${pack}: ${version} added to an App Store review submission`
  }
  if (record.state === 'READY_FOR_TESTING') return `${pack}: ${version} is ready for testing`
  if (record.state === 'COMPLETE') return `${pack}: ${version} processed`
  return `${pack}: ${version} uploaded (${record.state ?? 'state unknown'})`
}

function recordRows(record: PublishRecord): SummaryRow[] {
  const rows: SummaryRow[] = [['Pack identifier', code(record.assetPackIdentifier)]]
  if (record.assetPackId) {
    rows.push(['Pack id', `${code(record.assetPackId)}${record.packCreated ? ' (created)' : ''}`])
  }
  if (record.versionId) {
    const source = record.versionSource ? ` — ${SOURCES[record.versionSource]}` : ''
    rows.push(['Version', `${record.version ?? '?'} ${code(record.versionId)}${source}`])
  }
  if (record.state) rows.push(['State', `**${record.state}**`])
  if (record.platforms?.length) rows.push(['Platforms', record.platforms.join(', ')])
  if (record.locale) rows.push(['Locale', code(record.locale)])
  if (record.internalBetaReleaseId) {
    rows.push(['Internal beta release', code(record.internalBetaReleaseId)])
  }
  if (record.manifestUploadFileId) {
    const verdict = record.manifestState ? ` — Apple: ${record.manifestState}` : ''
    rows.push(['Manifest upload', `${code(record.manifestUploadFileId)}${verdict}`])
  }
  for (const line of describeMessages(record.manifestErrors)) {
    rows.push(['Manifest error', line])
  }
  if (record.assetUploadFileId) rows.push(['Archive upload', code(record.assetUploadFileId)])
  rows.push(...reviewRows(record))
  return rows
}

/** submit-for-review: the submission of each platform, and the App Store release. */
export function reviewRows(record: PublishRecord): SummaryRow[] {
  const rows: SummaryRow[] = Object.entries(record.reviewSubmissionIds ?? {}).map(
    ([platform, id]) => [`App Store review (${platform})`, code(id)]
  )
  if (record.appStoreReleaseState) {
    rows.push(['App Store release', `**${record.appStoreReleaseState}**`])
  }
  return rows
}

/** Every stateDetails entry and delivery error of a version that failed processing, verbatim. */
function failureRows(record: PublishRecord): SummaryRow[] {
  const d = record.stateDetails
  if (!d) return []
  return [
    ...d.errors.map((line): SummaryRow => ['Apple error', line]),
    ...d.warnings.map((line): SummaryRow => ['Apple warning', line]),
    ...d.infos.map((line): SummaryRow => ['Apple info', line]),
    ...(record.deliveryErrors ?? []).map((line): SummaryRow => ['Upload file', line])
  ]
}

/** The pack's usedBytes and the app's total against Apple's limits; the App Store release. */
function usageRows(record: PublishRecord): SummaryRow[] {
  const rows: SummaryRow[] = []
  if (record.appStoreReleaseState) {
    rows.push(['App Store release', `**${record.appStoreReleaseState}**`])
  }
  const u = record.usage
  if (!u) return rows
  if (u.packUsedBytes !== undefined) {
    rows.push(['Pack size (usedBytes)', formatDecimalBytes(u.packUsedBytes)])
  }
  const warn = u.warnings.length > 0 ? '⚠️ ' : ''
  rows.push([
    'App total',
    `${warn}${formatDecimalBytes(u.appUsedBytes)} of ${APP_BYTES_LIMIT / 1e9} GB (${percent(u.appBytesShare)}) · ` +
      `${u.packs} of ${APP_PACKS_LIMIT} packs`
  ])
  for (const w of u.warnings) rows.push(['Quota warning', w])
  return rows
}

function archiveRows(inputs: CheckedInputs, record: PublishRecord): SummaryRow[] {
  const archive = inputs.archive
  if (!archive) return []
  const rows: SummaryRow[] = [
    ['Archive', `${code(archive.path)} ${formatBytes(archive.size)}`],
    ['Archive SHA-256', code(archive.sha256)]
  ]
  if (record.upload) {
    const rate = record.upload.seconds > 0 ? record.upload.bytes / 1e6 / record.upload.seconds : 0
    rows.push([
      'Upload',
      `${formatBytes(record.upload.bytes)} in ${record.upload.seconds.toFixed(1)} s (${rate.toFixed(1)} MB/s)`
    ])
  }
  return rows
}

function timingRows(record: PublishRecord): SummaryRow[] {
  if (record.phases.length === 0) return []
  const text = record.phases.map(p => `${p.name} ${(p.ms / 1000).toFixed(1)} s`).join(' · ')
  return [['Timings', text]]
}
