import * as core from '@actions/core'
import type { PublishRecord } from '../engine/publish/record.js'

/** The outputs of ../docs/interface.md, from what the run did (set also when it failed). */
export function outputsOf(record: PublishRecord): Record<string, string> {
  return {
    'asset-pack-id': record.assetPackId ?? '',
    'version-id': record.versionId ?? '',
    version: record.version ?? '',
    state: record.state ?? '',
    'internal-beta-release-id': record.internalBetaReleaseId ?? '',
    'manifest-upload-file-id': record.manifestUploadFileId ?? '',
    'asset-upload-file-id': record.assetUploadFileId ?? '',
    'archive-sha256': record.archiveSha256 ?? '',
    skipped: String(record.skipped)
  }
}

export function setOutputs(record: PublishRecord): void {
  for (const [name, value] of Object.entries(outputsOf(record))) core.setOutput(name, value)
}
