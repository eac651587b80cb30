// Seeding: packs, versions, upload files and releases that exist before the first request, e.g.
// a version left AWAITING_UPLOAD by an earlier failed run. Plain JSON, so `--state file.json` works.
import type { AppStoreReleaseState } from './review-state.js'
import { randomUUID } from 'node:crypto'
import type {
  App,
  AssetType,
  Checksums,
  DeliveryState,
  ExternalBetaState,
  Pack,
  PartPlanner,
  Platform,
  ReleaseState,
  SimState,
  StateDetail,
  Version,
  VersionState
} from './state.js'

export interface SeedUploadFile {
  id?: string
  assetType: AssetType
  fileName: string
  fileSize: number
  /** Default AWAITING_UPLOAD (fresh part URLs are made for it). */
  state?: DeliveryState
  errors?: StateDetail[]
  sourceFileChecksums?: Checksums
}

export interface SeedVersion {
  id?: string
  /** Default: the next number. */
  version?: string
  state?: VersionState
  platforms?: Platform[]
  /** The version's locale, as Apple records it from a localized pack's manifest. */
  locale?: string
  createdDate?: string
  stateDetails?: Partial<Version['stateDetails']>
  uploadFiles?: SeedUploadFile[]
  /** An internal beta release (default READY_FOR_TESTING when the version is COMPLETE). */
  internalBetaRelease?: { id?: string; state?: ReleaseState } | false
  /** Read-only in Apple's API (external TestFlight review has no public API): seeded only. */
  externalBetaRelease?: { id?: string; state: ExternalBetaState }
  /** An App Store release (none by default); READY_FOR_DISTRIBUTION makes it the pack's appStoreVersion. */
  appStoreRelease?: { id?: string; state: AppStoreReleaseState }
}

export interface SeedPack {
  id?: string
  /** Default: the simulator's app. */
  appId?: string
  assetPackIdentifier: string
  archived?: boolean
  createdDate?: string
  versions?: SeedVersion[]
}

export interface SeedState {
  apps?: (Partial<App> & { id: string })[]
  packs?: SeedPack[]
}

export function seedState(
  state: SimState,
  seed: SeedState,
  defaultAppId: string,
  planParts: PartPlanner
): void {
  for (const app of seed.apps ?? []) state.addApp(app)
  for (const sp of seed.packs ?? []) {
    const appId = sp.appId ?? defaultAppId
    if (!state.apps.has(appId)) state.addApp({ id: appId })
    const pack = state.createPack(appId, sp.assetPackIdentifier, sp.id)
    pack.archived = sp.archived ?? false
    if (sp.createdDate) pack.createdDate = sp.createdDate
    for (const sv of sp.versions ?? []) seedVersion(state, pack, sv, planParts)
  }
}

function seedVersion(state: SimState, pack: Pack, sv: SeedVersion, planParts: PartPlanner): void {
  const v = state.createVersion(pack.id, sv.id, sv.version)
  v.state = sv.state ?? 'AWAITING_UPLOAD'
  if (sv.createdDate) v.createdDate = sv.createdDate
  if (sv.locale) v.locale = sv.locale
  v.platforms = sv.platforms ?? (v.state === 'COMPLETE' ? ['IOS'] : [])
  if (sv.locale) v.locale = sv.locale
  v.stateDetails = { errors: [], warnings: [], infos: [], ...sv.stateDetails }
  for (const sf of sv.uploadFiles ?? []) {
    const delivery = sf.state ?? 'AWAITING_UPLOAD'
    const file = state.createUploadFile(
      v.id,
      sf,
      f => (delivery === 'AWAITING_UPLOAD' ? planParts(f) : []),
      sf.id
    )
    file.state = delivery
    file.committed = delivery !== 'AWAITING_UPLOAD'
    file.errors = sf.errors ?? []
    if (sf.sourceFileChecksums) file.sourceFileChecksums = sf.sourceFileChecksums
  }
  const rel = sv.internalBetaRelease
  if (rel !== false && (rel || v.state === 'COMPLETE')) {
    state.release(v, rel ? rel.id : undefined, rel ? rel.state : undefined)
  }
  if (sv.externalBetaRelease) {
    const { id = randomUUID(), state: s } = sv.externalBetaRelease
    state.externalBetaReleases.set(id, { id, versionId: v.id, state: s })
    v.externalBetaReleaseId = id
  }
  if (sv.appStoreRelease) {
    state.review.releaseFor(v.id, sv.appStoreRelease.state, sv.appStoreRelease.id)
    if (sv.appStoreRelease.state === 'READY_FOR_DISTRIBUTION') pack.appStoreVersionId = v.id
  }
}
