// App Store review in the simulator's store: review submissions, their items, and the App Store
// release each submitted background asset version gets. Held in SimState as `state.review`.
import { randomUUID } from 'node:crypto'
import type { Platform } from './state.js'

export type SubmissionState =
  | 'READY_FOR_REVIEW'
  | 'WAITING_FOR_REVIEW'
  | 'IN_REVIEW'
  | 'UNRESOLVED_ISSUES'
  | 'CANCELING'
  | 'COMPLETING'
  | 'COMPLETE'
export type ItemState = 'READY_FOR_REVIEW' | 'ACCEPTED' | 'APPROVED' | 'REJECTED' | 'REMOVED'
export type AppStoreReleaseState =
  | 'PREPARE_FOR_SUBMISSION'
  | 'READY_FOR_REVIEW'
  | 'WAITING_FOR_REVIEW'
  | 'IN_REVIEW'
  | 'ACCEPTED'
  | 'REJECTED'
  | 'PROCESSING_FOR_DISTRIBUTION'
  | 'READY_FOR_DISTRIBUTION'
  | 'SUPERSEDED'

export interface ReviewSubmission {
  id: string
  appId: string
  platform: Platform
  state: SubmissionState
  submittedDate?: string
  /** Order of creation (lists keep it; seeded review outcomes hash it). */
  ordinal: number
}

export interface ReviewItem {
  id: string
  submissionId: string
  versionId: string
  state: ItemState
  ordinal: number
}

export interface AppStoreRelease {
  id: string
  versionId: string
  state: AppStoreReleaseState
}

export interface ReviewSnapshot {
  submissions: ReviewSubmission[]
  items: ReviewItem[]
  appStoreReleases: AppStoreRelease[]
}

/** Apple: a submission is "still in progress" until it is COMPLETE. */
export function inProgress(s: ReviewSubmission): boolean {
  return s.state !== 'COMPLETE'
}

export class ReviewState {
  readonly submissions = new Map<string, ReviewSubmission>()
  readonly items = new Map<string, ReviewItem>()
  readonly appStoreReleases = new Map<string, AppStoreRelease>()
  private ordinal = 0

  createSubmission(appId: string, platform: Platform, id: string = randomUUID()) {
    const s: ReviewSubmission = {
      id,
      appId,
      platform,
      state: 'READY_FOR_REVIEW',
      ordinal: ++this.ordinal
    }
    this.submissions.set(id, s)
    return s
  }

  submissionsOfApp(appId: string): ReviewSubmission[] {
    return [...this.submissions.values()].filter(s => s.appId === appId)
  }

  /** The app's submission for this platform that is still in progress, if any. */
  openSubmission(appId: string, platform: Platform): ReviewSubmission | undefined {
    return this.submissionsOfApp(appId).find(s => s.platform === platform && inProgress(s))
  }

  createItem(submissionId: string, versionId: string, id: string = randomUUID()): ReviewItem {
    const item: ReviewItem = {
      id,
      submissionId,
      versionId,
      state: 'READY_FOR_REVIEW',
      ordinal: ++this.ordinal
    }
    this.items.set(id, item)
    return item
  }

  itemsOf(submissionId: string): ReviewItem[] {
    return [...this.items.values()]
      .filter(i => i.submissionId === submissionId)
      .sort((a, b) => a.ordinal - b.ordinal)
  }

  /** Items that still count: not removed. */
  activeItemsOf(submissionId: string): ReviewItem[] {
    return this.itemsOf(submissionId).filter(i => i.state !== 'REMOVED')
  }

  /**
   * The version's item in a submission for this platform still in progress, if any. A version on
   * several platforms goes into each platform's submission.
   */
  activeItemOfVersion(versionId: string, platform: Platform): ReviewItem | undefined {
    return [...this.items.values()].find(i => {
      const s = this.submissions.get(i.submissionId)
      return (
        i.versionId === versionId &&
        i.state !== 'REMOVED' &&
        s !== undefined &&
        s.platform === platform &&
        inProgress(s)
      )
    })
  }

  releaseOfVersion(versionId: string): AppStoreRelease | undefined {
    return [...this.appStoreReleases.values()].find(r => r.versionId === versionId)
  }

  /** The version's App Store release, created on its first submission. */
  releaseFor(versionId: string, state: AppStoreReleaseState, id: string = randomUUID()) {
    const existing = this.releaseOfVersion(versionId)
    if (existing) {
      existing.state = state
      return existing
    }
    const r: AppStoreRelease = { id, versionId, state }
    this.appStoreReleases.set(id, r)
    return r
  }

  snapshot(): ReviewSnapshot {
    return structuredClone({
      submissions: [...this.submissions.values()],
      items: [...this.items.values()],
      appStoreReleases: [...this.appStoreReleases.values()]
    })
  }
}
