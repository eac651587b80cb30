import type { CheckedInputs } from '../checks/inputs.js'

/** Apple's {code, description} for a state's errors and warnings. */
export interface StateMessage {
  code?: string | null
  description?: string | null
}

/**
 * What a run did, filled in as it goes, so that outputs and the summary can say how far a
 * failed run got (which version, which upload files) as well as what a good run published.
 */
export interface PublishRecord {
  assetPackIdentifier: string
  dryRun: boolean
  assetPackId?: string
  packCreated?: boolean
  versionId?: string
  version?: string
  /** How the version was chosen: made now, a pending one reused, or one holding this archive. */
  versionSource?: 'created' | 'reused-pending' | 'resumed'
  /** The last state seen: the version's, or the internal beta release's once it exists. */
  state?: string
  platforms?: string[]
  /** The version's locale as Apple recorded it (localized packs). */
  locale?: string
  /** The version's own state once processing ended (COMPLETE or FAILED). */
  processedState?: string
  internalBetaReleaseId?: string
  manifestUploadFileId?: string
  /** Apple's verdict on the manifest: COMPLETE or FAILED (with manifestErrors). */
  manifestState?: string
  manifestErrors?: StateMessage[]
  assetUploadFileId?: string
  archiveSha256?: string
  archiveSize?: number
  upload?: { bytes: number; seconds: number }
  skipped: boolean
  skipReason?: string
  /** submit-for-review: platform → the review submission the version is in. */
  reviewSubmissionIds?: Record<string, string>
  /** The version's App Store release state, once it has one. */
  appStoreReleaseState?: string
  /** Warnings and infos Apple attached to the version. */
  notes: string[]
  /** A version that failed processing: every stateDetails entry, `CODE: description`. */
  stateDetails?: { errors: string[]; warnings: string[]; infos: string[] }
  /** Its upload files' delivery errors and warnings: `ASSET Levels.aar: error: CODE: description`. */
  deliveryErrors?: string[]
  /** What the pack and the app use of Apple's 200 GB (read after the publish). */
  usage?: {
    packUsedBytes?: number
    appUsedBytes: number
    appBytesShare: number
    packs: number
    /** At 80 % of a limit or more. */
    warnings: string[]
  }
  /** Milliseconds per phase, in order. */
  phases: Array<{ name: string; ms: number }>
}

export function newRecord(assetPackIdentifier: string, dryRun: boolean): PublishRecord {
  return { assetPackIdentifier, dryRun, skipped: false, notes: [], phases: [] }
}

/** The record of a run about to start on checked inputs: the archive's digest and size known. */
export function startRecord(inputs: CheckedInputs): PublishRecord {
  const record = newRecord(inputs.assetPackIdentifier, inputs.settings.dryRun)
  record.archiveSha256 = inputs.archive?.sha256
  record.archiveSize = inputs.archive?.size
  return record
}

/** Apple's messages as one verbatim line each: `CODE: description`. */
export function describeMessages(messages: StateMessage[] | null | undefined): string[] {
  return (messages ?? []).map(m => [m.code, m.description].filter(Boolean).join(': '))
}

/**
 * What a cancelled run tells the user, from how far it got: before any version, a version left
 * AWAITING_UPLOAD (reused by the next run), or an archive already committed.
 */
export function describeCancel(record: PublishRecord): string {
  if (record.upload) {
    return (
      `Cancelled while Apple processes version ${record.version ?? '?'}; the archive is committed. ` +
      'Run again to resume watching (nothing is uploaded again).'
    )
  }
  if (!record.versionId) {
    return (
      'Cancelled before any version was chosen or created' +
      (record.packCreated ? ' (the asset pack it created stays)' : '') +
      '. Run again to publish: there is nothing to resume (a version being created at that very ' +
      'moment stays AWAITING_UPLOAD, and the next run reuses it).'
    )
  }
  const uploading = record.phases.some(p => p.name === 'Upload the archive')
  return (
    'Cancelled. ' +
    (uploading ? 'The archive upload was stopped before its commit. ' : '') +
    `Run again to resume: version ${record.version ?? '?'} (${record.versionId}), left ` +
    'AWAITING_UPLOAD, is reused; nothing is duplicated.'
  )
}
