import type { BackgroundAssetVersion, UploadFile } from '../asc/schemas.js'
import { isAmbiguous, type FlowContext } from './context.js'
import type { PublishRecord } from './record.js'

const CREATE_ATTEMPTS = 3
/** Upload-file states after a commit: the bytes are at Apple. */
export const SENT = new Set(['UPLOAD_COMPLETE', 'COMPLETE'])

export interface ChosenVersion {
  version: BackgroundAssetVersion
  /** The version's upload files, as they were when it was chosen. */
  files: UploadFile[]
  source: NonNullable<PublishRecord['versionSource']>
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
