// The simulator's in-memory App Store Connect: apps, packs, versions, upload files, releases.
// Seedable (e.g. a version left AWAITING_UPLOAD by an earlier failed run) and readable by tests.
import { randomUUID } from 'node:crypto'
import { ReviewState, type ReviewSnapshot } from './review-state.js'

export type Platform = 'IOS' | 'MAC_OS' | 'TV_OS' | 'VISION_OS'
export type VersionState = 'AWAITING_UPLOAD' | 'PROCESSING' | 'FAILED' | 'COMPLETE'
export type DeliveryState = 'AWAITING_UPLOAD' | 'UPLOAD_COMPLETE' | 'COMPLETE' | 'FAILED'
export type ReleaseState = 'READY_FOR_TESTING' | 'SUPERSEDED'
export type ExternalBetaState =
  | 'READY_FOR_BETA_SUBMISSION'
  | 'WAITING_FOR_REVIEW'
  | 'IN_REVIEW'
  | 'REJECTED'
  | 'PROCESSING_FOR_TESTING'
  | 'READY_FOR_TESTING'
  | 'SUPERSEDED'
export type AssetType = 'ASSET' | 'MANIFEST'
export type ChecksumAlgorithm = 'MD5' | 'SHA_256'

export const ALL_PLATFORMS: Platform[] = ['IOS', 'MAC_OS', 'TV_OS', 'VISION_OS']

export interface StateDetail {
  code: string
  description: string
}

export interface Checksums {
  file?: { hash?: string; algorithm?: ChecksumAlgorithm }
  composite?: { hash?: string; algorithm?: 'MD5' }
}

export interface App {
  id: string
  name: string
  bundleId: string
  sku: string
  primaryLocale: string
  /** The platforms of the app record; a manifest naming another one fails the check. */
  platforms: Platform[]
}

export interface Pack {
  id: string
  appId: string
  assetPackIdentifier: string
  archived: boolean
  createdDate: string
  internalBetaVersionId?: string
  /** The version on the App Store (its App Store release READY_FOR_DISTRIBUTION). */
  appStoreVersionId?: string
}

export interface Version {
  id: string
  packId: string
  version: string
  state: VersionState
  createdDate: string
  platforms: Platform[]
  /** Set from the manifest's `language` (API 4.4, read-only). */
  locale?: string
  stateDetails: { errors: StateDetail[]; warnings: StateDetail[]; infos: StateDetail[] }
  manifestFileId?: string
  assetFileId?: string
  internalBetaReleaseId?: string
  externalBetaReleaseId?: string
}

export interface UploadPart {
  partNumber: number
  offset: number
  length: number
  /** The secret in the part's URL. */
  token: string
  url: string
  expiresAt: number
  requestHeaders: { name: string; value: string }[]
  received: boolean
  /** ETag of the bytes received last (quoted MD5, as S3 gives it). */
  entityTag?: string
  attempts: number
}

export interface ReceivedFile {
  path: string
  size: number
  sha256: string
  md5: string
}

export interface UploadFile {
  id: string
  versionId: string
  assetType: AssetType
  fileName: string
  fileSize: number
  state: DeliveryState
  errors: StateDetail[]
  warnings: StateDetail[]
  assetToken: string
  parts: UploadPart[]
  committed: boolean
  sourceFileChecksums?: Checksums
  /** The assembled bytes, once committed. */
  received?: ReceivedFile
  /** Platforms read from a MANIFEST that passed the check. */
  manifestPlatforms?: Platform[]
  /** Order of creation, a stable key for seeded decisions. */
  ordinal: number
  createdAt: number
}

export interface Release {
  id: string
  versionId: string
  state: ReleaseState
}

/** An external beta or App Store release: read-only in Apple's API; here seeded. */
export interface StoreRelease<S extends string> {
  id: string
  versionId: string
  state: S
}

export interface StateSnapshot {
  apps: App[]
  packs: Pack[]
  versions: Version[]
  uploadFiles: UploadFile[]
  releases: Release[]
  review: ReviewSnapshot
  externalBetaReleases: StoreRelease<ExternalBetaState>[]
}

export type PartPlanner = (file: UploadFile) => UploadPart[]

export function defaultApp(id: string): App {
  return {
    id,
    name: 'Simulated App',
    bundleId: 'com.example.simulated',
    sku: `SIM-${id}`,
    primaryLocale: 'en-US',
    platforms: [...ALL_PLATFORMS]
  }
}

export class SimState {
  readonly apps = new Map<string, App>()
  readonly packs = new Map<string, Pack>()
  readonly versions = new Map<string, Version>()
  readonly uploadFiles = new Map<string, UploadFile>()
  readonly releases = new Map<string, Release>()
  /** Review submissions, their items, App Store releases. */
  readonly review = new ReviewState()
  readonly externalBetaReleases = new Map<string, StoreRelease<ExternalBetaState>>()
  private readonly clock: () => number
  private ordinal = 0

  constructor(clock: () => number) {
    this.clock = clock
  }

  now(): string {
    return new Date(this.clock()).toISOString()
  }

  addApp(app: Partial<App> & { id: string }): App {
    const full = { ...defaultApp(app.id), ...app }
    this.apps.set(full.id, full)
    return full
  }

  packsOfApp(appId: string): Pack[] {
    return [...this.packs.values()].filter(p => p.appId === appId)
  }

  createPack(appId: string, assetPackIdentifier: string, id: string = randomUUID()): Pack {
    const pack: Pack = {
      id,
      appId,
      assetPackIdentifier,
      archived: false,
      createdDate: this.now()
    }
    this.packs.set(id, pack)
    return pack
  }

  versionsOfPack(packId: string): Version[] {
    return [...this.versions.values()]
      .filter(v => v.packId === packId)
      .sort((a, b) => Number(a.version) - Number(b.version))
  }

  /** Apple assigns version numbers: one more than the pack's highest. */
  createVersion(packId: string, id: string = randomUUID(), version?: string): Version {
    const highest = Math.max(0, ...this.versionsOfPack(packId).map(v => Number(v.version) || 0))
    const v: Version = {
      id,
      packId,
      version: version ?? String(highest + 1),
      state: 'AWAITING_UPLOAD',
      createdDate: this.now(),
      platforms: [],
      stateDetails: { errors: [], warnings: [], infos: [] }
    }
    this.versions.set(id, v)
    return v
  }

  uploadFilesOfVersion(versionId: string): UploadFile[] {
    return [...this.uploadFiles.values()]
      .filter(f => f.versionId === versionId)
      .sort((a, b) => a.ordinal - b.ordinal)
  }

  createUploadFile(
    versionId: string,
    input: { assetType: AssetType; fileName: string; fileSize: number },
    planParts: PartPlanner,
    id: string = randomUUID()
  ): UploadFile {
    const file: UploadFile = {
      id,
      versionId,
      ...input,
      state: 'AWAITING_UPLOAD',
      errors: [],
      warnings: [],
      assetToken: `SimulatorPurple/v4/${id.slice(0, 2)}/${id}/${input.fileName}`,
      parts: [],
      committed: false,
      ordinal: ++this.ordinal,
      createdAt: this.clock()
    }
    file.parts = planParts(file)
    this.uploadFiles.set(id, file)
    const version = this.versions.get(versionId)
    if (version) {
      if (input.assetType === 'MANIFEST') version.manifestFileId = id
      else version.assetFileId = id
    }
    return file
  }

  /**
   * Makes the version the pack's internal beta: a READY_FOR_TESTING release, the pack's previous
   * one SUPERSEDED.
   */
  release(
    version: Version,
    id: string = randomUUID(),
    state: ReleaseState = 'READY_FOR_TESTING'
  ): Release {
    if (state === 'READY_FOR_TESTING') {
      for (const other of this.versionsOfPack(version.packId)) {
        const r = other.internalBetaReleaseId
          ? this.releases.get(other.internalBetaReleaseId)
          : undefined
        if (r && r.state === 'READY_FOR_TESTING') r.state = 'SUPERSEDED'
      }
      const pack = this.packs.get(version.packId)
      if (pack) pack.internalBetaVersionId = version.id
    }
    const release: Release = { id, versionId: version.id, state }
    this.releases.set(id, release)
    version.internalBetaReleaseId = id
    return release
  }

  /**
   * Apple's usedBytes: the archive size of the pack's largest eligible version (apple-facts.md,
   * "Managing packs"). Eligible here: processed (COMPLETE). An archived pack has no versions left.
   */
  usedBytes(pack: Pack): number {
    if (pack.archived) return 0
    const sizes = this.versionsOfPack(pack.id)
      .filter(v => v.state === 'COMPLETE')
      .flatMap(v => this.uploadFilesOfVersion(v.id))
      .filter(f => f.assetType === 'ASSET' && f.committed)
      .map(f => f.received?.size ?? f.fileSize)
    return Math.max(0, ...sizes)
  }

  /** The newest version with an external beta release READY_FOR_TESTING. */
  externalBetaVersionId(pack: Pack): string | undefined {
    return this.versionsOfPack(pack.id)
      .filter(v => {
        const r = v.externalBetaReleaseId
          ? this.externalBetaReleases.get(v.externalBetaReleaseId)
          : undefined
        return r?.state === 'READY_FOR_TESTING'
      })
      .at(-1)?.id
  }

  snapshot(): StateSnapshot {
    return structuredClone({
      apps: [...this.apps.values()],
      packs: [...this.packs.values()],
      versions: [...this.versions.values()],
      uploadFiles: [...this.uploadFiles.values()],
      releases: [...this.releases.values()],
      review: this.review.snapshot(),
      externalBetaReleases: [...this.externalBetaReleases.values()]
    })
  }
}
