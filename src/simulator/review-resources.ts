// Review state → JSON:API resources, shaped as the spec's ReviewSubmission, ReviewSubmissionItem
// and BackgroundAssetVersionAppStoreRelease. Same conventions as resources.ts: a to-one
// relationship carries `data` only when included; to-many ones carry links.
import type { Resource } from './jsonapi.js'
import type { Serializer } from './resources.js'
import type { AppStoreRelease, ReviewItem, ReviewSubmission } from './review-state.js'
import type { SimState } from './state.js'

/** An App Store release (resources.ts includes it in a version too). */
export function appStoreReleaseResource(
  base: string,
  r: AppStoreRelease,
  versionData?: boolean
): Resource {
  return {
    type: 'backgroundAssetVersionAppStoreReleases',
    id: r.id,
    attributes: { state: r.state },
    ...(versionData
      ? {
          relationships: {
            backgroundAssetVersion: { data: { type: 'backgroundAssetVersions', id: r.versionId } }
          }
        }
      : {}),
    links: { self: `${base}/v1/backgroundAssetVersionAppStoreReleases/${r.id}` }
  }
}

export class ReviewSerializer {
  private readonly state: SimState
  private readonly base: string
  private readonly serializer: Serializer

  constructor(state: SimState, baseUrl: string, serializer: Serializer) {
    this.state = state
    this.base = baseUrl
    this.serializer = serializer
  }

  submission(s: ReviewSubmission, include: string[] = [], included: Resource[] = []): Resource {
    const self = `${this.base}/v1/reviewSubmissions/${s.id}`
    const items: Record<string, unknown> = {
      links: { self: `${self}/relationships/items`, related: `${self}/items` }
    }
    const relationships: Record<string, unknown> = {}
    if (include.includes('app')) {
      const app = this.state.apps.get(s.appId)
      if (app) {
        relationships.app = { data: { type: 'apps', id: app.id } }
        included.push(this.serializer.app(app))
      }
    }
    if (include.includes('items')) {
      const list = this.state.review.itemsOf(s.id)
      items.data = list.map(i => ({ type: 'reviewSubmissionItems', id: i.id }))
      included.push(...list.map(i => this.item(i)))
    }
    relationships.items = items
    return {
      type: 'reviewSubmissions',
      id: s.id,
      attributes: {
        platform: s.platform,
        ...(s.submittedDate ? { submittedDate: s.submittedDate } : {}),
        state: s.state
      },
      relationships,
      links: { self }
    }
  }

  item(i: ReviewItem, include: string[] = [], included: Resource[] = []): Resource {
    const relationships: Record<string, unknown> = {}
    if (include.includes('backgroundAssetVersion')) {
      const v = this.state.versions.get(i.versionId)
      if (v) {
        relationships.backgroundAssetVersion = {
          data: { type: 'backgroundAssetVersions', id: v.id }
        }
        included.push(this.serializer.version(v))
      }
    }
    return {
      type: 'reviewSubmissionItems',
      id: i.id,
      attributes: { state: i.state },
      ...(Object.keys(relationships).length ? { relationships } : {}),
      links: { self: `${this.base}/v1/reviewSubmissionItems/${i.id}` }
    }
  }

  appStoreRelease(r: AppStoreRelease, include: string[] = [], included: Resource[] = []) {
    const withVersion = include.includes('backgroundAssetVersion')
    const v = withVersion ? this.state.versions.get(r.versionId) : undefined
    if (v) included.push(this.serializer.version(v))
    return appStoreReleaseResource(this.base, r, v !== undefined)
  }
}
