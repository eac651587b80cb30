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
import {
  createItem,
  deleteItem,
  listSubmissionItems,
  readAppStoreRelease,
  submissionItemLinkages,
  updateItem
} from './review-items.js'
import {
  appSubmissionLinkages,
  createSubmission,
  listAppSubmissions,
  listSubmissions,
  readSubmission,
  updateSubmission
} from './review-submissions.js'
import { commitUpload, readUploadFile, reserveUpload } from './upload-files.js'
import {
  createVersion,
  listPackVersions,
  listVersionUploadFiles,
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
  backgroundAssetVersionAppStoreReleases_getInstance: readAppStoreRelease,
  reviewSubmissions_getCollection: listSubmissions,
  reviewSubmissions_createInstance: createSubmission,
  reviewSubmissions_getInstance: readSubmission,
  reviewSubmissions_updateInstance: updateSubmission,
  apps_reviewSubmissions_getToManyRelated: listAppSubmissions,
  apps_reviewSubmissions_getToManyRelationship: appSubmissionLinkages,
  reviewSubmissionItems_createInstance: createItem,
  reviewSubmissionItems_updateInstance: updateItem,
  reviewSubmissionItems_deleteInstance: deleteItem,
  reviewSubmissions_items_getToManyRelated: listSubmissionItems,
  reviewSubmissions_items_getToManyRelationship: submissionItemLinkages
}
