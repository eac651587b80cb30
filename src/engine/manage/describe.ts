/**
 * What `status` and `list` show of a pack and a version: Apple's states and messages as Apple
 * gave them (stateDetails and each upload file's assetDeliveryState, verbatim), the three
 * releases, usedBytes. Pure functions over the client's resources.
 */
import { archiveNameOf } from '../publish/claim.js'
import type { VersionReleases } from '../asc/releases.js'
import type { BackgroundAsset, UploadFile } from '../asc/schemas.js'
import { describeMessages } from '../publish/record.js'

export interface UploadFileStatus {
  uploadFileId: string
  assetType: string
  fileName: string
  fileSize?: number
  /** assetDeliveryState.state: AWAITING_UPLOAD, UPLOAD_COMPLETE, COMPLETE or FAILED. */
  state: string
  errors: string[]
  warnings: string[]
}

export interface VersionStatus {
  versionId: string
  version?: string
  /** The version's own state: AWAITING_UPLOAD, PROCESSING, FAILED or COMPLETE. */
  versionState: string
  /** The internal beta release's state once there is one, else the version's (the `state` output). */
  state: string
  /** Set by Apple from the manifest's `language` (localized packs); absent otherwise. */
  locale?: string
  internalBetaReleaseId?: string
  internalBetaReleaseState?: string
  externalBetaReleaseId?: string
  externalBetaReleaseState?: string
  appStoreReleaseId?: string
  appStoreReleaseState?: string
  platforms: string[]
  createdDate?: string
  /** stateDetails, one `CODE: description` line per entry. */
  errors: string[]
  warnings: string[]
  infos: string[]
  /** Read only where asked (one more request): every upload file of the version. */
  uploadFiles?: UploadFileStatus[]
}

export interface PackStatus {
  assetPackIdentifier: string
  assetPackId: string
  archived: boolean
  /** Apple's usedBytes: the archive size of the pack's largest eligible version. */
  usedBytes?: number
  /** Newest first. */
  versions: VersionStatus[]
}

export function describePack(pack: BackgroundAsset): Omit<PackStatus, 'versions'> {
  return {
    assetPackIdentifier: pack.attributes?.assetPackIdentifier ?? '',
    assetPackId: pack.id,
    archived: pack.attributes?.archived === true,
    usedBytes: pack.attributes?.usedBytes ?? undefined
  }
}

export function describeVersion(
  { version, internalBetaRelease, externalBetaRelease, appStoreRelease }: VersionReleases,
  uploadFiles?: UploadFile[]
): VersionStatus {
  const { attributes } = version
  const details = attributes.stateDetails
  return {
    versionId: version.id,
    version: attributes.version ?? undefined,
    versionState: attributes.state,
    state: internalBetaRelease?.attributes.state ?? attributes.state,
    locale: attributes.locale ?? undefined,
    internalBetaReleaseId: internalBetaRelease?.id,
    internalBetaReleaseState: internalBetaRelease?.attributes.state,
    externalBetaReleaseId: externalBetaRelease?.id,
    externalBetaReleaseState: externalBetaRelease?.attributes.state,
    appStoreReleaseId: appStoreRelease?.id,
    appStoreReleaseState: appStoreRelease?.attributes?.state ?? undefined,
    platforms: attributes.platforms ?? [],
    createdDate: attributes.createdDate ?? undefined,
    errors: describeMessages(details?.errors),
    warnings: describeMessages(details?.warnings),
    infos: describeMessages(details?.infos),
    uploadFiles: uploadFiles?.map(describeUploadFile)
  }
}

export function describeUploadFile(file: UploadFile): UploadFileStatus {
  const a = file.attributes
  const delivery = a?.assetDeliveryState
  return {
    uploadFileId: file.id,
    assetType: a?.assetType ?? '',
    fileName: a?.fileName ? archiveNameOf(a.fileName) : '',
    fileSize: a?.fileSize ?? undefined,
    state: delivery?.state ?? '',
    errors: describeMessages(delivery?.errors),
    warnings: describeMessages(delivery?.warnings)
  }
}
