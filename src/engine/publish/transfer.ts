import type { ReservedUploadFile, UploadFile } from '../asc/schemas.js'
import { UploadUrlExpiredError } from '../upload/errors.js'
import { isAmbiguous, type FlowContext } from './context.js'
import { deliveryState, SENT } from './version.js'

export interface FileToSend {
  assetType: 'MANIFEST' | 'ASSET'
  path: string
  fileName: string
  size: number
  sha256: string
}

export interface SendOptions {
  /** A reservation made already (the run's claim); used first instead of reserving. */
  reserved?: ReservedUploadFile
  /** Runs after the last part and before the commit; throws to keep the file uncommitted. */
  beforeCommit?: () => Promise<void>
}

/**
 * Reserve, send every part, commit with the file's SHA-256. Expired part URLs are fixed by a
 * new reservation (once); a part that fails for good stops here, before any commit.
 * `onReserved` learns the upload file's id as soon as Apple assigns it.
 */
export async function sendFile(
  ctx: FlowContext,
  versionId: string,
  file: FileToSend,
  onReserved: (id: string) => void,
  options: SendOptions = {}
): Promise<{ uploadFile: UploadFile; bytes: number; seconds: number }> {
  for (let reservation = 1; ; reservation++) {
    const reserved =
      reservation === 1 && options.reserved ? options.reserved : await reserve(ctx, versionId, file)
    onReserved(reserved.id)
    const operations = reserved.attributes.uploadOperations
    ctx.logger.debug(`${file.assetType} reserved as ${reserved.id} in ${operations.length} parts.`)
    let stats: { bytes: number; seconds: number }
    try {
      stats = await ctx.uploadParts(file.path, operations, {
        label: file.assetType === 'ASSET' ? 'Archive' : 'Manifest',
        size: file.size,
        signal: ctx.signal
      })
    } catch (error) {
      if (error instanceof UploadUrlExpiredError && reservation < 2) {
        ctx.logger.warning('The upload URLs expired before every part was sent; reserving again.')
        continue
      }
      throw error
    }
    await options.beforeCommit?.()
    return { uploadFile: await commit(ctx, reserved.id, file.sha256), ...stats }
  }
}

/**
 * Reserves the upload. After an ambiguous failure (a 5xx or a dropped connection: the
 * reservation may exist) it reserves again rather than failing the run: a reservation is not a
 * version, one left behind is never committed (only the one whose parts this run sent is), and
 * a version takes several uncommitted reservations. Adopting the lost one instead would risk
 * committing a concurrent run's reservation.
 */
export async function reserve(
  ctx: FlowContext,
  versionId: string,
  file: Pick<FileToSend, 'assetType' | 'fileName' | 'size'>
): Promise<ReservedUploadFile> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.client.reserveUpload(
        versionId,
        { assetType: file.assetType, fileName: file.fileName, fileSize: file.size },
        ctx.signal
      )
    } catch (error) {
      if (!isAmbiguous(error) || attempt >= 3) throw error
      ctx.logger.info(
        `Reserving the ${file.assetType} upload did not answer cleanly; reserving it again ` +
          '(an earlier reservation, if it was made, stays uncommitted).'
      )
    }
  }
}

/** Commits; after an ambiguous failure, reads the file's state before committing again. */
async function commit(ctx: FlowContext, uploadFileId: string, sha256: string): Promise<UploadFile> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.client.commitUpload(uploadFileId, { sha256 }, ctx.signal)
    } catch (error) {
      if (!isAmbiguous(error) || attempt >= 3) throw error
      const file = await ctx.client.getUploadFile(uploadFileId, ctx.signal)
      if (SENT.has(deliveryState(file)) || deliveryState(file) === 'FAILED') return file
      ctx.logger.info(
        'The commit did not answer cleanly and has not taken effect; committing again.'
      )
    }
  }
}
