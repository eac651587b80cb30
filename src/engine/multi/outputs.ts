import type { PublishRecord } from '../publish/record.js'
import type { PackFiles } from './pair.js'

/** The outputs of docs/interface.md, by name, from what a run did (also when it failed). */
export type Outputs = Record<OutputName, string>
export const OUTPUT_NAMES = [
  'asset-pack-id',
  'version-id',
  'version',
  'state',
  'internal-beta-release-id',
  'manifest-upload-file-id',
  'asset-upload-file-id',
  'archive-sha256',
  'skipped',
  'locale',
  'review-submission-ids',
  'app-store-release-state'
] as const
export type OutputName = (typeof OUTPUT_NAMES)[number]

export function outputsOf(record: PublishRecord | undefined): Outputs {
  return {
    'asset-pack-id': record?.assetPackId ?? '',
    'version-id': record?.versionId ?? '',
    version: record?.version ?? '',
    state: record?.state ?? '',
    'internal-beta-release-id': record?.internalBetaReleaseId ?? '',
    'manifest-upload-file-id': record?.manifestUploadFileId ?? '',
    'asset-upload-file-id': record?.assetUploadFileId ?? '',
    'archive-sha256': record?.archiveSha256 ?? '',
    skipped: String(record?.skipped ?? false),
    locale: record?.locale ?? '',
    'review-submission-ids': record?.reviewSubmissionIds
      ? JSON.stringify(record.reviewSubmissionIds)
      : '',
    'app-store-release-state': record?.appStoreReleaseState ?? ''
  }
}

/** One job of a fan-out matrix: what a single-pack run of this pack needs. */
export interface MatrixEntry {
  'asset-pack-identifier': string
  'manifest-path': string
  'archive-path': string
}

/** `strategy.matrix: ${{ fromJSON(…) }}` for one job per pack. */
export function matrixOf(packs: PackFiles[]): { include: MatrixEntry[] } {
  return {
    include: packs.map(p => ({
      'asset-pack-identifier': p.identifier,
      'manifest-path': p.manifestPath ?? '',
      'archive-path': p.archivePath ?? ''
    }))
  }
}

/** One pack's entry in the `packs` output (and the CLI's JSON): where, how it ended, its outputs. */
export type PackEntry = MatrixEntry &
  Outputs & {
    /** published, dry-run, checked (local checks only), skipped or failed. */
    status: string
    /** The failure's message; empty when the pack did not fail. */
    error: string
  }

export function packEntry(
  files: PackFiles,
  status: string,
  record: PublishRecord | undefined,
  error?: string
): PackEntry {
  return {
    ...matrixOf([files]).include[0],
    status,
    ...outputsOf(record),
    error: error ?? ''
  }
}
