/**
 * zod schemas for the review-submission answers the submit flow reads, written by hand from
 * Apple's spec (shared/asc-openapi/review-submissions.openapi.json, and
 * BackgroundAssetVersionAppStoreRelease from background-assets.openapi.json; 4.5.1). As in
 * schemas.ts: loose objects, strict only where the flow depends on a field.
 */
import '../zod-config.js'
import { z } from 'zod'

const id = z.string().min(1)
const opt = <T extends z.ZodType>(schema: T) => schema.nullish()
const linkage = <T extends string>(type: T) =>
  z.looseObject({ data: opt(z.looseObject({ type: z.literal(type), id })) })

export const PLATFORMS = ['IOS', 'MAC_OS', 'TV_OS', 'VISION_OS'] as const
export type Platform = (typeof PLATFORMS)[number]

export const SUBMISSION_STATES = [
  'READY_FOR_REVIEW',
  'WAITING_FOR_REVIEW',
  'IN_REVIEW',
  'UNRESOLVED_ISSUES',
  'CANCELING',
  'COMPLETING',
  'COMPLETE'
] as const
export type SubmissionState = (typeof SUBMISSION_STATES)[number]

export const ReviewSubmissionSchema = z.looseObject({
  type: z.literal('reviewSubmissions'),
  id,
  attributes: z.looseObject({
    // Apple adds platforms over time: read it as text, compare with the ones asked for.
    platform: opt(z.string()),
    submittedDate: opt(z.string()),
    state: z.enum(SUBMISSION_STATES)
  })
})
export type ReviewSubmission = z.infer<typeof ReviewSubmissionSchema>

export const ITEM_STATES = [
  'READY_FOR_REVIEW',
  'ACCEPTED',
  'APPROVED',
  'REJECTED',
  'REMOVED'
] as const

export const ReviewSubmissionItemSchema = z.looseObject({
  type: z.literal('reviewSubmissionItems'),
  id,
  attributes: opt(z.looseObject({ state: opt(z.enum(ITEM_STATES)) })),
  relationships: opt(
    z.looseObject({ backgroundAssetVersion: opt(linkage('backgroundAssetVersions')) })
  )
})
export type ReviewSubmissionItem = z.infer<typeof ReviewSubmissionItemSchema>

// The App Store release is read by `status` too: its schema lives with the other releases.
export {
  AppStoreReleaseSchema,
  type AppStoreRelease,
  type AppStoreReleaseState
} from './releases.js'
