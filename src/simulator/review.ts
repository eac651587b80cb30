// App Review, on a timer: a submitted review submission goes WAITING_FOR_REVIEW → IN_REVIEW →
// COMPLETE (every item APPROVED, each version's App Store release READY_FOR_DISTRIBUTION) or
// UNRESOLVED_ISSUES (items and releases REJECTED). A cancel passes through CANCELING to COMPLETE.
// Delays and outcomes are options; a random outcome is drawn from the faults' seed.
import type { Faults } from './faults.js'
import type { Processing } from './processing.js'
import type { ReviewSubmission } from './review-state.js'
import type { SimState } from './state.js'

export interface ReviewOptions {
  /** From `submitted: true` to IN_REVIEW (default 1000 ms). */
  startDelayMs?: number
  /** From IN_REVIEW to the decision (default 2000 ms). */
  decisionDelayMs?: number
  /** From `canceled: true` (CANCELING) to COMPLETE (default 500 ms). */
  cancelDelayMs?: number
  /** Chance in [0, 1] that a submission is rejected, drawn from the seed (default 0). */
  rejectRate?: number
  /** Asset pack identifiers whose items are always rejected. */
  rejectPacks?: string[]
  /** The submission stays IN_REVIEW forever. */
  neverDecides?: boolean
}

export class AppReview {
  private readonly state: SimState
  private readonly processing: Processing
  private readonly faults: Faults
  options: ReviewOptions

  constructor(state: SimState, processing: Processing, faults: Faults, options: ReviewOptions) {
    this.state = state
    this.processing = processing
    this.faults = faults
    this.options = options
  }

  /** `submitted: true`: the items go to App Review, each version gets its App Store release. */
  submit(s: ReviewSubmission): void {
    const review = this.state.review
    s.state = 'WAITING_FOR_REVIEW'
    s.submittedDate = this.state.now()
    for (const item of review.activeItemsOf(s.id)) {
      if (item.state !== 'READY_FOR_REVIEW') continue
      item.state = 'ACCEPTED'
      review.releaseFor(item.versionId, 'WAITING_FOR_REVIEW')
    }
    this.processing.later(this.options.startDelayMs ?? 1000, async () => this.start(s))
  }

  private start(s: ReviewSubmission): void {
    if (s.state !== 'WAITING_FOR_REVIEW') return
    s.state = 'IN_REVIEW'
    this.setReleases(s, 'IN_REVIEW')
    if (this.options.neverDecides) return
    this.processing.later(this.options.decisionDelayMs ?? 2000, async () => this.decide(s))
  }

  private decide(s: ReviewSubmission): void {
    if (s.state !== 'IN_REVIEW') return
    const review = this.state.review
    const rate = this.options.rejectRate ?? 0
    const rejectAll = rate > 0 && this.faults.draw('review', String(s.ordinal)) < rate
    let rejected = 0
    for (const item of review.activeItemsOf(s.id)) {
      if (item.state !== 'ACCEPTED') continue
      const version = this.state.versions.get(item.versionId)
      const pack = version ? this.state.packs.get(version.packId) : undefined
      const release = review.releaseOfVersion(item.versionId)
      if (rejectAll || (pack && this.options.rejectPacks?.includes(pack.assetPackIdentifier))) {
        item.state = 'REJECTED'
        if (release) release.state = 'REJECTED'
        rejected++
        continue
      }
      item.state = 'APPROVED'
      if (!release || !pack) continue
      // The approved version replaces the pack's earlier one for every App Store user.
      const earlier = pack.appStoreVersionId
        ? review.releaseOfVersion(pack.appStoreVersionId)
        : undefined
      if (earlier && earlier !== release) earlier.state = 'SUPERSEDED'
      release.state = 'READY_FOR_DISTRIBUTION'
      pack.appStoreVersionId = item.versionId
    }
    s.state = rejected > 0 ? 'UNRESOLVED_ISSUES' : 'COMPLETE'
  }

  /** `canceled: true`: CANCELING now, COMPLETE a moment later; what was not approved is removed. */
  cancel(s: ReviewSubmission): void {
    s.state = 'CANCELING'
    this.processing.later(this.options.cancelDelayMs ?? 500, async () => {
      const review = this.state.review
      for (const item of review.itemsOf(s.id)) {
        if (item.state === 'APPROVED' || item.state === 'REMOVED') continue
        item.state = 'REMOVED'
        const release = review.releaseOfVersion(item.versionId)
        if (release && release.state !== 'READY_FOR_DISTRIBUTION') {
          release.state = 'PREPARE_FOR_SUBMISSION'
        }
      }
      s.state = 'COMPLETE'
    })
  }

  private setReleases(s: ReviewSubmission, state: 'IN_REVIEW'): void {
    const review = this.state.review
    for (const item of review.activeItemsOf(s.id)) {
      const release = review.releaseOfVersion(item.versionId)
      if (release) release.state = state
    }
  }
}
