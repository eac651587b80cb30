// State → JSON:API resources, shaped as the spec's component schemas. A to-one relationship
// carries `data` only when the request asked to `include` it (App Store Connect's convention);
// to-many relationships carry links.
import type { Resource } from './jsonapi.js'
import { appStoreReleaseResource } from './review-resources.js'
import type { App, Pack, Release, SimState, StoreRelease, UploadFile, Version } from './state.js'

export class Serializer {
  private readonly state: SimState
  private readonly base: string

  constructor(state: SimState, baseUrl: string) {
    this.state = state
    this.base = baseUrl
  }

  private self(type: string, id: string): { self: string } {
    return { self: `${this.base}/v1/${type}/${id}` }
  }

  private toMany(
    type: string,
    id: string,
    name: string
  ): { links: { self: string; related: string } } {
    return {
      links: {
        self: `${this.base}/v1/${type}/${id}/relationships/${name}`,
        related: `${this.base}/v1/${type}/${id}/${name}`
      }
    }
  }

  /** Adds `{data}` for each included to-one relationship that is set; collects what to include. */
  private toOne(
    include: string[],
    relationships: Record<string, unknown>,
    links: Record<
      string,
      { type: string; id: string | undefined; resource: () => Resource | undefined }
    >,
    included: Resource[]
  ): void {
    for (const [name, link] of Object.entries(links)) {
      if (!include.includes(name) || !link.id) continue
      const resource = link.resource()
      if (!resource) continue
      relationships[name] = { data: { type: link.type, id: link.id } }
      included.push(resource)
    }
  }

  app(app: App): Resource {
    return {
      type: 'apps',
      id: app.id,
      attributes: {
        name: app.name,
        bundleId: app.bundleId,
        sku: app.sku,
        primaryLocale: app.primaryLocale
      },
      links: this.self('apps', app.id)
    }
  }

  pack(pack: Pack, include: string[] = [], included: Resource[] = []): Resource {
    const relationships: Record<string, unknown> = {
      versions: this.toMany('backgroundAssets', pack.id, 'versions')
    }
    const version = (id: string | undefined) => () => {
      const v = id ? this.state.versions.get(id) : undefined
      return v ? this.version(v) : undefined
    }
    this.toOne(
      include,
      relationships,
      {
        app: {
          type: 'apps',
          id: pack.appId,
          resource: () => {
            const a = this.state.apps.get(pack.appId)
            return a ? this.app(a) : undefined
          }
        },
        internalBetaVersion: {
          type: 'backgroundAssetVersions',
          id: pack.internalBetaVersionId,
          resource: version(pack.internalBetaVersionId)
        },
        appStoreVersion: {
          type: 'backgroundAssetVersions',
          id: pack.appStoreVersionId,
          resource: version(pack.appStoreVersionId)
        },
        externalBetaVersion: {
          type: 'backgroundAssetVersions',
          id: this.state.externalBetaVersionId(pack),
          resource: version(this.state.externalBetaVersionId(pack))
        }
      },
      included
    )
    return {
      type: 'backgroundAssets',
      id: pack.id,
      attributes: {
        archived: pack.archived,
        assetPackIdentifier: pack.assetPackIdentifier,
        createdDate: pack.createdDate,
        usedBytes: this.state.usedBytes(pack)
      },
      relationships,
      links: this.self('backgroundAssets', pack.id)
    }
  }

  version(v: Version, include: string[] = [], included: Resource[] = []): Resource {
    const relationships: Record<string, unknown> = {}
    const file = (id: string | undefined) => () => {
      const f = id ? this.state.uploadFiles.get(id) : undefined
      return f ? this.uploadFile(f) : undefined
    }
    this.toOne(
      include,
      relationships,
      {
        backgroundAsset: {
          type: 'backgroundAssets',
          id: v.packId,
          resource: () => {
            const p = this.state.packs.get(v.packId)
            return p ? this.pack(p) : undefined
          }
        },
        internalBetaRelease: {
          type: 'backgroundAssetVersionInternalBetaReleases',
          id: v.internalBetaReleaseId,
          resource: () => {
            const r = v.internalBetaReleaseId
              ? this.state.releases.get(v.internalBetaReleaseId)
              : undefined
            return r ? this.release(r) : undefined
          }
        },
        externalBetaRelease: {
          type: 'backgroundAssetVersionExternalBetaReleases',
          id: v.externalBetaReleaseId,
          resource: () => {
            const r = v.externalBetaReleaseId
              ? this.state.externalBetaReleases.get(v.externalBetaReleaseId)
              : undefined
            return r
              ? this.storeRelease('backgroundAssetVersionExternalBetaReleases', r)
              : undefined
          }
        },
        appStoreRelease: {
          type: 'backgroundAssetVersionAppStoreReleases',
          id: this.state.review.releaseOfVersion(v.id)?.id,
          resource: () => {
            const r = this.state.review.releaseOfVersion(v.id)
            return r ? appStoreReleaseResource(this.base, r) : undefined
          }
        },
        assetFile: {
          type: 'backgroundAssetUploadFiles',
          id: v.assetFileId,
          resource: file(v.assetFileId)
        },
        manifestFile: {
          type: 'backgroundAssetUploadFiles',
          id: v.manifestFileId,
          resource: file(v.manifestFileId)
        }
      },
      included
    )
    relationships.backgroundAssetUploadFiles = this.toMany(
      'backgroundAssetVersions',
      v.id,
      'backgroundAssetUploadFiles'
    )
    return {
      type: 'backgroundAssetVersions',
      id: v.id,
      attributes: {
        createdDate: v.createdDate,
        ...(v.platforms.length ? { platforms: [...v.platforms] } : {}),
        ...(v.locale ? { locale: v.locale } : {}),
        state: v.state,
        stateDetails: structuredClone(v.stateDetails),
        version: v.version,
        ...(v.locale ? { locale: v.locale } : {})
      },
      relationships,
      links: this.self('backgroundAssetVersions', v.id)
    }
  }

  uploadFile(f: UploadFile): Resource {
    const attributes: Record<string, unknown> = {
      assetDeliveryState: {
        state: f.state,
        errors: structuredClone(f.errors),
        warnings: structuredClone(f.warnings)
      },
      assetToken: f.assetToken,
      assetType: f.assetType,
      fileName: f.fileName,
      fileSize: f.fileSize
    }
    if (f.sourceFileChecksums)
      attributes.sourceFileChecksums = structuredClone(f.sourceFileChecksums)
    if (!f.committed) {
      attributes.uploadOperations = f.parts.map(p => ({
        method: 'PUT',
        url: p.url,
        length: p.length,
        offset: p.offset,
        requestHeaders: p.requestHeaders.map(h => ({ ...h })),
        expiration: new Date(p.expiresAt).toISOString(),
        partNumber: p.partNumber,
        ...(p.entityTag ? { entityTag: p.entityTag } : {})
      }))
    }
    return {
      type: 'backgroundAssetUploadFiles',
      id: f.id,
      attributes,
      links: this.self('backgroundAssetUploadFiles', f.id)
    }
  }

  release(r: Release, include: string[] = [], included: Resource[] = []): Resource {
    return this.storeRelease('backgroundAssetVersionInternalBetaReleases', r, include, included)
  }

  /** Any of the three release resources: {state} and the version it belongs to. */
  storeRelease(
    type: string,
    r: StoreRelease<string>,
    include: string[] = [],
    included: Resource[] = []
  ): Resource {
    const relationships: Record<string, unknown> = {}
    this.toOne(
      include,
      relationships,
      {
        backgroundAssetVersion: {
          type: 'backgroundAssetVersions',
          id: r.versionId,
          resource: () => {
            const v = this.state.versions.get(r.versionId)
            return v ? this.version(v) : undefined
          }
        }
      },
      included
    )
    return {
      type,
      id: r.id,
      attributes: { state: r.state },
      ...(Object.keys(relationships).length ? { relationships } : {}),
      links: this.self(type, r.id)
    }
  }
}
