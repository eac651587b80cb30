import type { BackgroundAssetVersion, UploadFile } from '../asc/schemas.js'
import { claimsOf, type Claim } from './claim.js'
import { lookMsOf, type FlowContext } from './context.js'
import { PublishError } from './errors.js'
import { committedAsset, shaTagOf } from './overlap.js'
import { deliveryState, type ChosenVersion } from './version.js'

/**
 * Waits while another run publishes this archive: until its ASSET is committed (then this run
 * reports that version), or its claim is gone (released, or its deadline passed: the run died),
 * then the caller chooses again. Never uploads.
 */
export async function follow(
  ctx: FlowContext,
  version: BackgroundAssetVersion,
  target: { claim?: Claim; committed?: UploadFile },
  mySha: string,
  runDeadline: number
): Promise<ChosenVersion | undefined> {
  const look = lookMsOf(ctx)
  const label = `version ${version.attributes.version ?? '?'} (${version.id})`
  let logged = false
  for (;;) {
    const files = target.committed
      ? [target.committed]
      : await ctx.client.listUploadFiles(version.id, ctx.signal)
    const committed = committedAsset(files)
    if (committed) {
      if (deliveryState(committed) === 'FAILED' || shaTagOf(committed) !== mySha) return undefined
      ctx.logger.info(`Another run published this archive as ${label}; not uploading it again.`)
      const fresh = (await ctx.client.getVersion(version.id, ctx.signal)).version
      return {
        version: fresh,
        files: await ctx.client.listUploadFiles(version.id, ctx.signal),
        source: 'resumed'
      }
    }
    const now = ctx.env.now()
    const claim = claimsOf(files).find(c => c.nonce === target.claim?.nonce)
    if (!claim || claim.deadline <= now) {
      ctx.logger.info(
        `The other run's claim on ${label} is gone (stopped or released); choosing again.`
      )
      return undefined
    }
    if (!logged) {
      ctx.logger.info(
        `Another run is uploading this same archive to ${label}; waiting for its commit ` +
          `(its claim runs until ${new Date(claim.deadline).toISOString()}) instead of uploading it again.`
      )
      logged = true
    }
    if (now >= runDeadline) {
      throw new PublishError(
        `Timed out waiting for another run to finish uploading this archive to ${label}. ` +
          'Run again later, or raise timeout-minutes.'
      )
    }
    await ctx.env.sleep(Math.min(look, Math.max(1, runDeadline - now)), ctx.signal)
  }
}
