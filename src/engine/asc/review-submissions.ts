/**
 * App Store review calls (Apple's review-submissions spec, 4.5.1) as thin typed functions over
 * the transport: find, create, submit and cancel review submissions, add and list their items,
 * and read a background asset version's App Store release.
 */
import { listAll } from './paging.js'
import type { AscClient } from './resources.js'
import {
  AppStoreReleaseSchema,
  ReviewSubmissionItemSchema,
  ReviewSubmissionSchema,
  type AppStoreRelease,
  type Platform,
  type ReviewSubmission,
  type ReviewSubmissionItem,
  type SubmissionState
} from './review-schemas.js'
import { BackgroundAssetVersionSchema, single, type BackgroundAssetVersion } from './schemas.js'
import type { AscTransport } from './transport.js'

const PAGE_MAX = 200

/** An item of a submission, with the background asset version it holds (if it holds one). */
export interface SubmissionItem {
  item: ReviewSubmissionItem
  versionId?: string
}

export class ReviewSubmissions {
  private readonly transport: AscTransport

  constructor(client: AscClient) {
    this.transport = client.transport
  }

  /** The app's submissions for a platform in these states (filter[app] is required by Apple). */
  async find(
    appId: string,
    platform: Platform,
    states: readonly SubmissionState[],
    signal?: AbortSignal
  ): Promise<ReviewSubmission[]> {
    const { items } = await listAll(
      this.transport,
      '/v1/reviewSubmissions',
      {
        'filter[app]': appId,
        'filter[platform]': platform,
        'filter[state]': states.join(','),
        limit: PAGE_MAX
      },
      ReviewSubmissionSchema,
      Infinity,
      signal
    )
    return items
  }

  /** Creates a READY_FOR_REVIEW submission; a 409 (one is in progress) is a ConflictError. */
  async create(appId: string, platform: Platform, signal?: AbortSignal) {
    const doc = await this.transport.json({
      method: 'POST',
      path: '/v1/reviewSubmissions',
      body: {
        data: {
          type: 'reviewSubmissions',
          attributes: { platform },
          relationships: { app: { data: { type: 'apps', id: appId } } }
        }
      },
      schema: single(ReviewSubmissionSchema),
      signal
    })
    return doc.data
  }

  async get(id: string, signal?: AbortSignal): Promise<ReviewSubmission> {
    const doc = await this.transport.json({
      method: 'GET',
      path: `/v1/reviewSubmissions/${seg(id)}`,
      schema: single(ReviewSubmissionSchema),
      signal
    })
    return doc.data
  }

  /** Every item of the submission, with the background asset version of each. */
  async items(submissionId: string, signal?: AbortSignal): Promise<SubmissionItem[]> {
    const { items } = await listAll(
      this.transport,
      `/v1/reviewSubmissions/${seg(submissionId)}/items`,
      { include: 'backgroundAssetVersion', limit: PAGE_MAX },
      ReviewSubmissionItemSchema,
      Infinity,
      signal
    )
    return items.map(item => ({
      item,
      versionId: item.relationships?.backgroundAssetVersion?.data?.id ?? undefined
    }))
  }

  /** Adds a background asset version to the submission. */
  async addVersion(submissionId: string, versionId: string, signal?: AbortSignal) {
    const doc = await this.transport.json({
      method: 'POST',
      path: '/v1/reviewSubmissionItems',
      body: {
        data: {
          type: 'reviewSubmissionItems',
          relationships: {
            reviewSubmission: { data: { type: 'reviewSubmissions', id: submissionId } },
            backgroundAssetVersion: { data: { type: 'backgroundAssetVersions', id: versionId } }
          }
        }
      },
      schema: single(ReviewSubmissionItemSchema),
      signal
    })
    return doc.data
  }

  /** Sends the submission to App Review. */
  submit(id: string, signal?: AbortSignal): Promise<ReviewSubmission> {
    return this.update(id, { submitted: true }, signal)
  }

  /** Withdraws the submission (it passes through CANCELING and ends COMPLETE). */
  cancel(id: string, signal?: AbortSignal): Promise<ReviewSubmission> {
    return this.update(id, { canceled: true }, signal)
  }

  /** The version with its App Store release, where it has one. */
  async versionWithRelease(
    versionId: string,
    signal?: AbortSignal
  ): Promise<{ version: BackgroundAssetVersion; release?: AppStoreRelease }> {
    const doc = await this.transport.json({
      method: 'GET',
      path: `/v1/backgroundAssetVersions/${seg(versionId)}`,
      query: { include: 'appStoreRelease' },
      schema: single(BackgroundAssetVersionSchema),
      signal
    })
    const ref = doc.data.relationships?.appStoreRelease?.data
    if (!ref) return { version: doc.data }
    const found = (doc.included ?? []).find(r => r.type === ref.type && r.id === ref.id)
    const parsed = found ? AppStoreReleaseSchema.safeParse(found) : undefined
    const release = parsed?.success ? parsed.data : await this.appStoreRelease(ref.id, signal)
    return { version: doc.data, release }
  }

  async appStoreRelease(id: string, signal?: AbortSignal): Promise<AppStoreRelease> {
    const doc = await this.transport.json({
      method: 'GET',
      path: `/v1/backgroundAssetVersionAppStoreReleases/${seg(id)}`,
      schema: single(AppStoreReleaseSchema),
      signal
    })
    return doc.data
  }

  private async update(
    id: string,
    attributes: { submitted?: boolean; canceled?: boolean },
    signal?: AbortSignal
  ): Promise<ReviewSubmission> {
    const doc = await this.transport.json({
      method: 'PATCH',
      path: `/v1/reviewSubmissions/${seg(id)}`,
      body: { data: { type: 'reviewSubmissions', id, attributes } },
      schema: single(ReviewSubmissionSchema),
      signal
    })
    return doc.data
  }
}

function seg(value: string): string {
  return encodeURIComponent(value)
}
