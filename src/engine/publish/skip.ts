import type { FlowContext } from './context.js'
import type { PublishRecord } from './record.js'
import { sha256Of } from './version.js'

/** What the face remembers of an earlier publish of this exact archive (e.g. @actions/cache). */
export interface PublishedHint {
  versionId: string
}

/**
 * skip-unchanged: is this archive already the pack's latest processed content? App Store
 * Connect decides where it exposes the checksum we committed; where it does not, a remembered
 * publish counts only if no newer version was processed since. Fills the record when it skips.
 */
export async function isUnchanged(
  ctx: FlowContext,
  packId: string,
  archiveSha256: string,
  hint: PublishedHint | undefined,
  record: PublishRecord
): Promise<boolean> {
  const { versions } = await ctx.client.listVersions(packId, {
    state: 'COMPLETE',
    limit: 1,
    signal: ctx.signal
  })
  const latest = versions[0]
  if (!latest) return false
  const { version, assetFile, manifestFile, internalBetaRelease } = await ctx.client.getVersion(
    latest.id,
    ctx.signal
  )
  const published = assetFile ? sha256Of(assetFile) : undefined
  const label = `version ${version.attributes.version ?? '?'}`
  let reason: string | undefined
  if (published !== undefined) {
    if (published === archiveSha256.toLowerCase()) {
      reason = `App Store Connect confirms ${label} holds this archive (SHA-256 ${archiveSha256})`
    }
  } else if (hint?.versionId === latest.id) {
    reason =
      `this archive was published as ${label}, the latest processed version ` +
      '(remembered in the Actions cache; App Store Connect does not expose its checksum)'
  }
  if (!reason) return false
  record.skipped = true
  record.skipReason = reason
  record.versionId = version.id
  record.version = version.attributes.version ?? undefined
  record.state = internalBetaRelease?.attributes.state ?? version.attributes.state
  record.platforms = version.attributes.platforms ?? undefined
  record.locale = version.attributes.locale ?? undefined
  record.internalBetaReleaseId = internalBetaRelease?.id
  record.assetUploadFileId = assetFile?.id
  record.manifestUploadFileId = manifestFile?.id
  return true
}
