import type { BackgroundAsset } from '../asc/schemas.js'
import { ConflictError } from '../asc/errors.js'
import { isAmbiguous, type FlowContext } from './context.js'

const CREATE_ATTEMPTS = 3

/**
 * Finds the app's pack by identifier, or creates it. A 409 (a concurrent run made it) or an
 * ambiguous failure (the create may have happened) is followed by a look-up, never a blind resend.
 */
export async function findOrCreatePack(
  ctx: FlowContext,
  appId: string,
  identifier: string
): Promise<{ pack: BackgroundAsset; created: boolean }> {
  for (let attempt = 1; ; attempt++) {
    const found = await ctx.client.findPack(appId, identifier, ctx.signal)
    if (found) {
      if (found.attributes?.archived) {
        throw new Error(
          `The asset pack '${identifier}' is archived in App Store Connect, and an archived ` +
            'identifier cannot be used again. Choose another assetPackID.'
        )
      }
      return { pack: found, created: false }
    }
    try {
      return { pack: await ctx.client.createPack(appId, identifier, ctx.signal), created: true }
    } catch (error) {
      const lookAgain = error instanceof ConflictError || isAmbiguous(error)
      if (!lookAgain || attempt >= CREATE_ATTEMPTS) throw error
      ctx.logger.info(
        `Creating the pack did not answer cleanly (${describe(error)}); looking it up.`
      )
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
