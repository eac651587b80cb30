/**
 * The reading half of a submission to App Store review: every check that can refuse is made
 * here, before anything is created. It reads each version (COMPLETE only, its platforms, its App
 * Store release) and, per platform, the app's submissions in progress with their items, and
 * decides what each platform's submission must get.
 */
import type { ReviewSubmissions } from '../asc/review-submissions.js'
import {
  SUBMISSION_STATES,
  type AppStoreReleaseState,
  type Platform,
  type ReviewSubmission
} from '../asc/review-schemas.js'

/** Apple: up to 10 different asset packs in one review submission (one version per pack). */
export const MAX_PACKS_PER_SUBMISSION = 10

/**
 * App Store release states after App Review accepted the version: nothing to add. (The release
 * is one per version, not per platform: WAITING_FOR_REVIEW may be another platform's submission.)
 */
const REVIEWED_RELEASE: ReadonlySet<AppStoreReleaseState> = new Set([
  'ACCEPTED',
  'PROCESSING_FOR_DISTRIBUTION',
  'READY_FOR_DISTRIBUTION',
  'SUPERSEDED'
])

const IN_PROGRESS = SUBMISSION_STATES.filter(s => s !== 'COMPLETE')

export interface VersionToSubmit {
  /** The pack's asset pack identifier, for messages. */
  identifier: string
  versionId: string
}

export interface PlannedVersion extends VersionToSubmit {
  version?: string
  platforms: Platform[]
  appStoreReleaseState?: AppStoreReleaseState
}

export interface PlatformPlan {
  platform: Platform
  /** The app's open (READY_FOR_REVIEW) submission for this platform, to reuse. */
  draft?: ReviewSubmission
  /** Asset packs the draft holds already (its background asset versions: one per pack). */
  draftPacks: number
  /** Versions to add now. */
  toAdd: PlannedVersion[]
  /** Versions already in the draft (an earlier run added them). */
  inDraft: PlannedVersion[]
  /** Versions already in a submission that was sent to App Review, by that submission. */
  submitted: Array<{ version: PlannedVersion; submission: ReviewSubmission }>
  /** Versions App Review accepted already (by their App Store release). */
  reviewed: PlannedVersion[]
}

/** Refused before anything was created: nothing was sent. */
export class ReviewRefusedError extends Error {
  constructor(readonly reasons: string[]) {
    super(`${reasons.join('\n')}\nNothing was sent for review.`)
    this.name = 'ReviewRefusedError'
  }
}

/** Reads and checks; throws ReviewRefusedError naming every reason found. */
export async function planReview(
  api: ReviewSubmissions,
  appId: string,
  versions: VersionToSubmit[],
  options: { platforms?: Platform[]; signal?: AbortSignal }
): Promise<PlatformPlan[]> {
  const reasons: string[] = []
  const planned: PlannedVersion[] = []
  for (const v of versions) {
    const { version, release } = await api.versionWithRelease(v.versionId, options.signal)
    const name = `'${v.identifier}' version ${version.attributes.version ?? '?'} (${v.versionId})`
    if (version.attributes.state !== 'COMPLETE') {
      reasons.push(
        `${name} is ${version.attributes.state}: only a processed (COMPLETE) version can be submitted for App Store review.`
      )
      continue
    }
    const own = (version.attributes.platforms ?? []) as Platform[]
    const missing = options.platforms?.filter(p => !own.includes(p)) ?? []
    if (missing.length > 0) {
      reasons.push(`${name} is not on ${missing.join(', ')} (its platforms: ${own.join(', ')}).`)
      continue
    }
    if (own.length === 0) reasons.push(`${name} has no platforms to submit for.`)
    planned.push({
      ...v,
      version: version.attributes.version ?? undefined,
      platforms: options.platforms ?? own,
      appStoreReleaseState: release?.attributes?.state ?? undefined
    })
  }
  if (reasons.length > 0) throw new ReviewRefusedError(reasons)

  const platforms = [...new Set(planned.flatMap(v => v.platforms))]
  const plans: PlatformPlan[] = []
  for (const platform of platforms) {
    const plan = await planPlatform(api, appId, platform, planned, options.signal)
    const overflow = plan.toAdd.slice(Math.max(0, MAX_PACKS_PER_SUBMISSION - plan.draftPacks))
    if (overflow.length > 0) {
      reasons.push(
        `${platform}: a review submission holds at most ${MAX_PACKS_PER_SUBMISSION} asset packs` +
          (plan.draft ? ` and the open one (${plan.draft.id}) holds ${plan.draftPacks}` : '') +
          `; these do not fit: ${overflow.map(v => v.identifier).join(', ')}. Submit them in another run once this submission is reviewed.`
      )
    }
    plans.push(plan)
  }
  if (reasons.length > 0) throw new ReviewRefusedError(reasons)
  return plans
}

async function planPlatform(
  api: ReviewSubmissions,
  appId: string,
  platform: Platform,
  all: PlannedVersion[],
  signal?: AbortSignal
): Promise<PlatformPlan> {
  const open = await api.find(appId, platform, IN_PROGRESS, signal)
  const draft = open.find(s => s.attributes.state === 'READY_FOR_REVIEW')
  const holder = new Map<string, ReviewSubmission>()
  let draftPacks = 0
  for (const s of open) {
    for (const { item, versionId } of await api.items(s.id, signal)) {
      if (!versionId || item.attributes?.state === 'REMOVED') continue
      holder.set(versionId, s)
      if (s === draft) draftPacks++
    }
  }
  const plan: PlatformPlan = {
    platform,
    draft,
    draftPacks,
    toAdd: [],
    inDraft: [],
    submitted: [],
    reviewed: []
  }
  for (const v of all.filter(x => x.platforms.includes(platform))) {
    const s = holder.get(v.versionId)
    if (s && s === draft) plan.inDraft.push(v)
    else if (s) plan.submitted.push({ version: v, submission: s })
    else if (v.appStoreReleaseState && REVIEWED_RELEASE.has(v.appStoreReleaseState)) {
      plan.reviewed.push(v)
    } else plan.toAdd.push(v)
  }
  return plan
}
