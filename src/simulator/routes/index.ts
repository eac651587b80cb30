// operationId (from the spec) → route. The router refuses to start if an operation has none.
import type { Route } from './context.js'
import {
  appPackLinkages,
  createPack,
  listAppPacks,
  packVersionLinkages,
  readPack,
  updatePack
} from './packs.js'
import { commitUpload, readUploadFile, reserveUpload } from './upload-files.js'
import {
  createVersion,
  listPackVersions,
  listVersionUploadFiles,
  readAppStoreRelease,
  readExternalRelease,
  readInternalRelease,
  readVersion,
  versionUploadFileLinkages
} from './versions.js'

export const ROUTES: Record<string, Route> = {
  apps_backgroundAssets_getToManyRelated: listAppPacks,
  apps_backgroundAssets_getToManyRelationship: appPackLinkages,
  backgroundAssets_createInstance: createPack,
  backgroundAssets_getInstance: readPack,
  backgroundAssets_updateInstance: updatePack,
  backgroundAssets_versions_getToManyRelated: listPackVersions,
  backgroundAssets_versions_getToManyRelationship: packVersionLinkages,
  backgroundAssetVersions_createInstance: createVersion,
  backgroundAssetVersions_getInstance: readVersion,
  backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelated: listVersionUploadFiles,
  backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelationship:
    versionUploadFileLinkages,
  backgroundAssetUploadFiles_createInstance: reserveUpload,
  backgroundAssetUploadFiles_getInstance: readUploadFile,
  backgroundAssetUploadFiles_updateInstance: commitUpload,
  backgroundAssetVersionInternalBetaReleases_getInstance: readInternalRelease,
  backgroundAssetVersionExternalBetaReleases_getInstance: readExternalRelease,
  backgroundAssetVersionAppStoreReleases_getInstance: readAppStoreRelease
}
