import type { UploadFile } from '../asc/schemas.js'
import type { FlowContext } from './context.js'
import { ManifestRefusedError, PublishError } from './errors.js'
import { poll, type PollOptions } from './poll.js'
import type { PublishRecord } from './record.js'
import { sendFile } from './transfer.js'
import { deliveryState, isType, sha256Of, type ChosenVersion } from './version.js'

export interface ManifestFile {
  path: string
  size: number
  sha256: string
}

/**
 * Apple's own check of the manifest: reserve a MANIFEST upload, send it, commit, and poll the
 * upload file until Apple says COMPLETE or FAILED. A manifest that already passed on this
 * version (same checksum) is not sent again, and one still being checked is waited for.
 */
export async function checkManifestAtApple(
  ctx: FlowContext,
  chosen: ChosenVersion,
  manifest: ManifestFile,
  record: PublishRecord,
  timing: Omit<PollOptions, 'env' | 'signal'>
): Promise<void> {
  const passed = chosen.files.find(
    f => isType(f, 'MANIFEST') && deliveryState(f) === 'COMPLETE' && sha256Of(f) === manifest.sha256
  )
  if (passed) {
    record.manifestUploadFileId = passed.id
    record.manifestState = 'COMPLETE'
    ctx.logger.info('Apple already accepted this manifest on this version; not sending it again.')
    return
  }
  // An earlier run that stopped while Apple was checking this same manifest: sending it again
  // would be refused (one MANIFEST per version) and cost a new version. Wait for that check.
  const checking = chosen.files.find(
    f =>
      isType(f, 'MANIFEST') &&
      deliveryState(f) === 'UPLOAD_COMPLETE' &&
      sha256Of(f) === manifest.sha256
  )
  let uploadFileId: string
  if (checking) {
    uploadFileId = record.manifestUploadFileId = checking.id
    ctx.logger.info(
      'Apple is still checking this manifest, sent by an earlier run; waiting for it.'
    )
  } else {
    const sent = await sendFile(
      ctx,
      chosen.version.id,
      { assetType: 'MANIFEST', fileName: 'Manifest.json', ...manifest },
      id => (record.manifestUploadFileId = id)
    )
    uploadFileId = sent.uploadFile.id
    ctx.logger.info('Manifest sent; waiting for Apple to check it.')
  }
  const { value, final } = await poll<UploadFile>(
    () => ctx.client.getUploadFile(uploadFileId, ctx.signal),
    file => ['COMPLETE', 'FAILED'].includes(deliveryState(file)),
    { ...timing, env: ctx.env, signal: ctx.signal }
  )
  const state = deliveryState(value)
  record.manifestState = state
  const delivery = value.attributes?.assetDeliveryState
  for (const warning of delivery?.warnings ?? []) {
    record.notes.push(
      `Manifest warning: ${[warning.code, warning.description].filter(Boolean).join(': ')}`
    )
  }
  if (state === 'FAILED') {
    record.manifestErrors = delivery?.errors ?? []
    throw new ManifestRefusedError(record.manifestErrors)
  }
  if (!final) {
    throw new PublishError(
      `Apple had not finished checking the manifest (upload file ${value.id}, ${state}) when the ` +
        'timeout came. Run again later, or raise timeout-minutes.'
    )
  }
  ctx.logger.info('Apple accepted the manifest.')
}
