/**
 * After a publish: what the pack and the app use of Apple's 200 GB, and the version's App Store
 * release state where there is one, for the log and the job summary. Warnings at 80 % go to the
 * logger's warning (an annotation in the action). One request (two for a version this run did not
 * create: only an older one can have an App Store release); never fails the run.
 */
import { formatError } from '../asc/errors.js'
import { listAppPacks } from '../asc/packs.js'
import { getVersionReleases } from '../asc/releases.js'
import type { AscClient } from '../asc/resources.js'
import type { Logger } from '../log.js'
import type { PublishRecord } from '../publish/record.js'
import {
  appQuota,
  describeBytes,
  describePacks,
  formatDecimalBytes,
  quotaWarnings
} from './quota.js'

/** Clients whose run has shown the quota warning: several packs of one run share a client. */
const warned = new WeakSet<AscClient>()

export async function recordUsage(
  client: AscClient,
  appId: string,
  record: PublishRecord,
  options: { logger: Logger; signal?: AbortSignal }
): Promise<void> {
  const { logger, signal } = options
  try {
    const [packs, releases] = await Promise.all([
      listAppPacks(client, appId, signal),
      record.versionId && record.versionSource !== 'created' && !record.appStoreReleaseState
        ? getVersionReleases(client, record.versionId, signal)
        : undefined
    ])
    const quota = appQuota(packs.map(p => p.attributes ?? {}))
    const pack = packs.find(p => p.id === record.assetPackId)
    record.usage = {
      packUsedBytes: pack?.attributes?.usedBytes ?? undefined,
      appUsedBytes: quota.bytes.used,
      appBytesShare: quota.bytes.share,
      packs: quota.packs.used,
      warnings: quotaWarnings(quota)
    }
    record.appStoreReleaseState ??= releases?.appStoreRelease?.attributes?.state ?? undefined
    const used = record.usage.packUsedBytes
    logger.info(
      `${used !== undefined ? `Pack '${record.assetPackIdentifier}' uses ${formatDecimalBytes(used)}; the` : 'The'} ` +
        `app's packs use ${describeBytes(quota.bytes)}, ${describePacks(quota.packs)}.` +
        (record.appStoreReleaseState ? ` App Store release: ${record.appStoreReleaseState}.` : '')
    )
    if (record.usage.warnings.length > 0 && !warned.has(client)) {
      warned.add(client)
      for (const warning of record.usage.warnings) logger.warning(warning)
    }
  } catch (error) {
    if (signal?.aborted) return
    logger.debug(`Could not read the app's usage: ${formatError(error)}`)
  }
}
