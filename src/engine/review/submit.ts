/**
 * Submitting processed versions to App Store review: one review submission per platform of the
 * versions, reusing the app's open one, adding each version once (a rerun finds its items and
 * goes on), then `submitted: true` (or, as a draft, left open for a person). A submission this
 * run created is canceled when adding to it fails; one it reused is never touched.
 */
import { ConflictError, formatError } from '../asc/errors.js'
import type { AscClient } from '../asc/resources.js'
import type { Platform, ReviewSubmission } from '../asc/review-schemas.js'
import { ReviewSubmissions } from '../asc/review-submissions.js'
import type { Logger } from '../log.js'
import { isAmbiguous } from '../publish/context.js'
import { planReview, type PlannedVersion, type PlatformPlan, type VersionToSubmit } from './plan.js'

export { MAX_PACKS_PER_SUBMISSION, ReviewRefusedError, type VersionToSubmit } from './plan.js'

/** States of a submission that was sent and is not finished: it holds its platform. */
const SENT = [
  'WAITING_FOR_REVIEW',
  'IN_REVIEW',
  'UNRESOLVED_ISSUES',
  'CANCELING',
  'COMPLETING'
] as const

/** `submit`: PATCH submitted: true; `draft`: add and leave the submission for a person. */
export type ReviewMode = 'submit' | 'draft'

export interface ReviewOptions {
  appId: string
  versions: VersionToSubmit[]
  mode: ReviewMode
  /** Only these platforms (default: each version's own). */
  platforms?: Platform[]
  logger: Logger
  signal?: AbortSignal
}

export interface PlatformOutcome {
  submissionId: string
  state: string
  /** True where this run created the submission. */
  created: boolean
  /** Identifiers added by this run. */
  added: string[]
}

export interface VersionOutcome extends VersionToSubmit {
  appStoreReleaseId?: string
  appStoreReleaseState?: string
}

export interface ReviewOutcome {
  submissions: Partial<Record<Platform, PlatformOutcome>>
  versions: VersionOutcome[]
}

/** Adding to the submission failed; the message says what became of the submission. */
export class ReviewFailedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'ReviewFailedError'
  }
}

export async function submitForReview(
  client: AscClient,
  options: ReviewOptions
): Promise<ReviewOutcome> {
  const api = new ReviewSubmissions(client)
  const { logger, signal } = options
  const plans = await planReview(api, options.appId, options.versions, options)
  const outcome: ReviewOutcome = { submissions: {}, versions: [] }
  for (const plan of plans) {
    const done = await submitPlatform(api, options, plan)
    if (done) outcome.submissions[plan.platform] = done
  }
  for (const v of options.versions) {
    const { release } = await api.versionWithRelease(v.versionId, signal)
    outcome.versions.push({
      ...v,
      appStoreReleaseId: release?.id,
      appStoreReleaseState: release?.attributes?.state ?? undefined
    })
    if (release?.attributes?.state) {
      logger.info(`'${v.identifier}': App Store release ${release.attributes.state}.`)
    }
  }
  return outcome
}

async function submitPlatform(
  api: ReviewSubmissions,
  options: ReviewOptions,
  plan: PlatformPlan
): Promise<PlatformOutcome | undefined> {
  const { logger, signal } = options
  const { platform } = plan
  for (const v of plan.reviewed) {
    logger.info(
      `${platform}: '${v.identifier}' version ${v.version ?? '?'} was reviewed already (App Store release ${v.appStoreReleaseState}); nothing to add.`
    )
  }
  for (const { version, submission } of plan.submitted) {
    logger.info(
      `${platform}: '${version.identifier}' is already in review submission ${submission.id} (${submission.attributes.state}); nothing to add.`
    )
  }
  if (plan.toAdd.length === 0 && plan.inDraft.length === 0) {
    const sent = plan.submitted[0]?.submission
    return (
      sent && { submissionId: sent.id, state: sent.attributes.state, created: false, added: [] }
    )
  }

  const { submission, created } = plan.draft
    ? { submission: plan.draft, created: false }
    : await createOrFind(api, options.appId, platform, logger, signal)
  if (plan.draft) logger.info(`${platform}: using the open review submission ${submission.id}.`)
  for (const v of plan.inDraft) {
    logger.info(`${platform}: '${v.identifier}' is in review submission ${submission.id} already.`)
  }
  const added: string[] = []
  for (const v of plan.toAdd) {
    await addOnce(api, submission, v, created, logger, signal)
    added.push(v.identifier)
    logger.info(`${platform}: added '${v.identifier}' version ${v.version ?? '?'}.`)
  }
  let state = submission.attributes.state
  if (options.mode === 'submit') {
    state = await submitOnce(api, submission.id, signal)
    logger.info(`${platform}: review submission ${submission.id} submitted (${state}).`)
  } else {
    logger.info(
      `${platform}: review submission ${submission.id} left open (draft): submit it in App Store Connect.`
    )
  }
  return { submissionId: submission.id, state, created, added }
}

/** `submitted: true`; after an ambiguous failure, looks before sending it again. */
async function submitOnce(api: ReviewSubmissions, id: string, signal?: AbortSignal) {
  try {
    return (await api.submit(id, signal)).attributes.state
  } catch (error) {
    if (!isAmbiguous(error)) throw error
    const seen = await api.get(id, signal)
    if (seen.attributes.state !== 'READY_FOR_REVIEW') return seen.attributes.state
    return (await api.submit(id, signal)).attributes.state
  }
}

/** Creates the platform's submission; when another run got there first (409), uses theirs. */
async function createOrFind(
  api: ReviewSubmissions,
  appId: string,
  platform: Platform,
  logger: Logger,
  signal?: AbortSignal
): Promise<{ submission: ReviewSubmission; created: boolean }> {
  try {
    const submission = await api.create(appId, platform, signal)
    logger.info(`${platform}: created review submission ${submission.id}.`)
    return { submission, created: true }
  } catch (error) {
    if (!(error instanceof ConflictError) && !isAmbiguous(error)) throw error
    // Apple: "There is another reviewSubmissions with id … still in progress." (or a create
    // that may have happened): the open one, if it is a draft, is the one to use.
    const [open] = await api.find(appId, platform, ['READY_FOR_REVIEW'], signal)
    if (!open) throw await busyPlatform(api, appId, platform, error, signal)
    logger.info(`${platform}: another run opened review submission ${open.id}; using it.`)
    // Not known to be ours: never canceled by this run.
    return { submission: open, created: false }
  }
}

/** The create was refused and there is no draft: a submission sent to App Review holds the platform. */
async function busyPlatform(
  api: ReviewSubmissions,
  appId: string,
  platform: Platform,
  error: unknown,
  signal?: AbortSignal
): Promise<unknown> {
  if (!(error instanceof ConflictError)) return error
  const busy = (await api.find(appId, platform, SENT, signal))[0]
  if (!busy) return error
  return new ReviewFailedError(
    `${formatError(error)}\nThe app's ${platform} review submission ${busy.id} is ${busy.attributes.state}, and Apple takes one at a time per platform: run again once App Review is done with it, or add this version to it in App Store Connect.`,
    { cause: error }
  )
}

/** Adds the version unless it is there already; on failure, undoes a submission made by this run. */
async function addOnce(
  api: ReviewSubmissions,
  submission: ReviewSubmission,
  v: PlannedVersion,
  created: boolean,
  logger: Logger,
  signal?: AbortSignal
): Promise<void> {
  try {
    await api.addVersion(submission.id, v.versionId, signal)
    return
  } catch (error) {
    if (isAmbiguous(error) || error instanceof ConflictError) {
      // A retried create that had happened, or a concurrent run adding the same version.
      const items = await api.items(submission.id, signal)
      if (items.some(i => i.versionId === v.versionId && i.item.attributes?.state !== 'REMOVED')) {
        return
      }
    }
    const what = `Adding '${v.identifier}' version ${v.version ?? '?'} to review submission ${submission.id} failed: ${formatError(error)}`
    if (!created) {
      throw new ReviewFailedError(
        `${what}\nThe submission was open before this run, so it was left as it is.`,
        { cause: error }
      )
    }
    try {
      await api.cancel(submission.id, signal)
      logger.warning(`Canceled review submission ${submission.id}, which this run created.`)
    } catch (cancelError) {
      throw new ReviewFailedError(
        `${what}\nCanceling the submission this run created failed too: ${formatError(cancelError)}. Cancel it in App Store Connect.`,
        { cause: error }
      )
    }
    throw new ReviewFailedError(`${what}\nThe review submission this run created was canceled.`, {
      cause: error
    })
  }
}
