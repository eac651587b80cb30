import type { BackgroundAssetVersion, UploadFile } from '../asc/schemas.js'
import { isAmbiguous, type FlowContext } from './context.js'
import type { PublishRecord } from './record.js'

const CREATE_ATTEMPTS = 3
/** Upload-file states after a commit: the bytes are at Apple. */
const SENT = new Set(['UPLOAD_COMPLETE', 'COMPLETE'])

export interface ChosenVersion {
  version: BackgroundAssetVersion
  /** The version's upload files, as they were when it was chosen. */
  files: UploadFile[]
  source: NonNullable<PublishRecord['versionSource']>
}

/**
 * The version to work on. Apple has no DELETE, so versions are never made needlessly:
 * - the newest version already holding this archive (by checksum) is resumed, not re-uploaded;
 * - the newest version still AWAITING_UPLOAD with no archive sent (left by a failed or dry run)
 *   is reused;
 * - otherwise a new one is created.
 */
export async function chooseVersion(
  ctx: FlowContext,
  packId: string,
  options: { archiveSha256?: string; dryRun: boolean; packCreated?: boolean }
): Promise<ChosenVersion> {
  // A pack created by this run has no versions: no need to ask.
  const newest = options.packCreated
    ? undefined
    : (await ctx.client.listVersions(packId, { limit: 1, signal: ctx.signal })).versions[0]
  if (newest) {
    const files = await ctx.client.listUploadFiles(newest.id, ctx.signal)
    const sentAssets = files.filter(f => isType(f, 'ASSET') && SENT.has(deliveryState(f)))
    const holdsThisArchive =
      options.archiveSha256 !== undefined &&
      sentAssets.some(f => sha256Of(f) === options.archiveSha256?.toLowerCase())
    if (!options.dryRun && holdsThisArchive && newest.attributes.state !== 'FAILED') {
      return { version: newest, files, source: 'resumed' }
    }
    if (newest.attributes.state === 'AWAITING_UPLOAD' && sentAssets.length === 0) {
      return { version: newest, files, source: 'reused-pending' }
    }
  }
  return { version: await createVersion(ctx, packId, newest?.id), files: [], source: 'created' }
}

/** Creates a version; after an ambiguous failure, adopts the one it made instead of making two. */
export async function createVersion(
  ctx: FlowContext,
  packId: string,
  newestBeforeId: string | undefined
): Promise<BackgroundAssetVersion> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.client.createVersion(packId, ctx.signal)
    } catch (error) {
      if (!isAmbiguous(error) || attempt >= CREATE_ATTEMPTS) throw error
      ctx.logger.info('Creating the version did not answer cleanly; looking before creating again.')
      const now = (await ctx.client.listVersions(packId, { limit: 1, signal: ctx.signal }))
        .versions[0]
      if (now && now.id !== newestBeforeId && now.attributes.state === 'AWAITING_UPLOAD') {
        ctx.logger.info(`The version was created after all: version ${now.attributes.version}.`)
        return now
      }
    }
  }
}

export function isType(file: UploadFile, type: 'ASSET' | 'MANIFEST'): boolean {
  return file.attributes?.assetType === type
}

export function deliveryState(file: UploadFile): string {
  return file.attributes?.assetDeliveryState?.state ?? 'AWAITING_UPLOAD'
}

/** The SHA-256 Apple kept from our commit, where it exposes one. */
export function sha256Of(file: UploadFile): string | undefined {
  const checksum = file.attributes?.sourceFileChecksums?.file
  return checksum?.algorithm === 'SHA_256' ? checksum.hash?.toLowerCase() : undefined
}
