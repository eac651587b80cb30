import type { AscClient } from '../asc/resources.js'
import type { SubmitForReview } from '../checks/settings.js'
import type { Logger } from '../log.js'
import type { PublishRecord } from '../publish/record.js'
import { submitForReview, type ReviewOutcome } from './submit.js'

/**
 * submit-for-review after a publish: the versions of these records go to App Store review
 * together (one submission per platform), and each record gets its submissions and its App
 * Store release state for the outputs.
 */
export async function submitRecords(
  client: AscClient,
  appId: string,
  records: PublishRecord[],
  setting: Exclude<SubmitForReview, 'false'>,
  logger: Logger,
  signal?: AbortSignal
): Promise<ReviewOutcome> {
  const versions = records.flatMap(r =>
    r.versionId ? [{ identifier: r.assetPackIdentifier, versionId: r.versionId }] : []
  )
  const mode = setting === 'true' ? 'submit' : 'draft'
  const outcome = await logger.group(
    mode === 'submit' ? 'Submit for App Store review' : 'Add to an App Store review draft',
    () => submitForReview(client, { appId, versions, mode, logger, signal })
  )
  for (const record of records) {
    const ids: Record<string, string> = {}
    for (const [platform, s] of Object.entries(outcome.submissions)) {
      if (s && (!record.platforms || record.platforms.includes(platform))) {
        ids[platform] = s.submissionId
      }
    }
    record.reviewSubmissionIds = ids
    const seen = outcome.versions.find(v => v.versionId === record.versionId)
    record.appStoreReleaseState = seen?.appStoreReleaseState ?? record.appStoreReleaseState
  }
  return outcome
}
