import { archiveNameOf } from './claim.js'
import type { BackgroundAssetVersion, InternalBetaRelease, UploadFile } from '../asc/schemas.js'
import type { WaitFor } from '../checks/settings.js'
import type { FlowContext } from './context.js'
import { ProcessingFailedError, WaitTimeoutError } from './errors.js'
import { poll, type PollOptions } from './poll.js'
import { describeMessages, type PublishRecord } from './record.js'

interface Seen {
  version: BackgroundAssetVersion
  release?: InternalBetaRelease
  files: UploadFile[]
}

/**
 * Polls the version until `waitFor` is reached: `processed` (version COMPLETE) or
 * `ready-for-testing` (its internal beta release READY_FOR_TESTING). Logs each state once.
 */
export async function waitForVersion(
  ctx: FlowContext,
  versionId: string,
  waitFor: Exclude<WaitFor, 'uploaded'>,
  record: PublishRecord,
  timing: Omit<PollOptions, 'env' | 'signal'> & { timeoutMinutes: number }
): Promise<void> {
  let last = ''
  const read = async (): Promise<Seen> => {
    const { version, internalBetaRelease, assetFile, manifestFile } = await ctx.client.getVersion(
      versionId,
      ctx.signal
    )
    const releaseRef = version.relationships?.internalBetaRelease?.data
    const release =
      internalBetaRelease ??
      (releaseRef ? await ctx.client.getInternalBetaRelease(releaseRef.id, ctx.signal) : undefined)
    record.version = version.attributes.version ?? record.version
    record.platforms = version.attributes.platforms ?? record.platforms
    record.locale = version.attributes.locale ?? undefined
    if (version.attributes.state === 'COMPLETE' || version.attributes.state === 'FAILED') {
      record.processedState = version.attributes.state
    }
    record.state = release?.attributes.state ?? version.attributes.state
    record.internalBetaReleaseId = release?.id ?? record.internalBetaReleaseId
    const shown = release
      ? `internal beta release ${release.attributes.state}`
      : version.attributes.state
    if (shown !== last) ctx.logger.info(`Version ${record.version}: ${shown}.`)
    last = shown
    return { version, release, files: [manifestFile, assetFile].flatMap(f => (f ? [f] : [])) }
  }
  const { value, final } = await poll(read, seen => isDone(seen, waitFor), {
    ...timing,
    env: ctx.env,
    signal: ctx.signal
  })
  const details = value.version.attributes.stateDetails
  if (value.version.attributes.state === 'FAILED') {
    // Every entry Apple gave, verbatim: in the record (summary, --json), the log and the error.
    record.stateDetails = {
      errors: describeMessages(details?.errors),
      warnings: describeMessages(details?.warnings),
      infos: describeMessages(details?.infos)
    }
    record.deliveryErrors = value.files.flatMap(deliveryLines)
    const failure = new ProcessingFailedError(record.version ?? versionId, record.stateDetails, {
      delivery: record.deliveryErrors
    })
    ctx.logger.info(failure.details)
    throw failure
  }
  for (const line of describeMessages(details?.warnings)) record.notes.push(`Warning: ${line}`)
  for (const line of describeMessages(details?.infos)) record.notes.push(`Info: ${line}`)
  if (!final) {
    throw new WaitTimeoutError(
      record.version ?? '?',
      versionId,
      record.state ?? 'unknown',
      timing.timeoutMinutes
    )
  }
  if (value.release?.attributes.state === 'SUPERSEDED') {
    ctx.logger.warning(
      `Version ${record.version} was superseded by a newer version of the pack while waiting.`
    )
  }
}

/** `ASSET Levels.aar: error: CODE: description`, for each delivery error and warning of a file. */
function deliveryLines(file: UploadFile): string[] {
  const a = file.attributes
  const name = `${a?.assetType ?? 'file'} ${a?.fileName ? archiveNameOf(a.fileName) : file.id}`
  const delivery = a?.assetDeliveryState
  return [
    ...describeMessages(delivery?.errors).map(line => `${name}: error: ${line}`),
    ...describeMessages(delivery?.warnings).map(line => `${name}: warning: ${line}`)
  ]
}

function isDone({ version, release }: Seen, waitFor: Exclude<WaitFor, 'uploaded'>): boolean {
  if (version.attributes.state === 'FAILED') return true
  if (waitFor === 'processed') return version.attributes.state === 'COMPLETE'
  // A release superseded by a newer version has been ready: waiting longer changes nothing.
  return release !== undefined
}
