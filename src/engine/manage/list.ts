/**
 * The app's packs for `list`: each with its newest versions (their three releases included in
 * the same request), and the app's totals against Apple's limits. Nothing here writes.
 */
import { listAppPacks } from '../asc/packs.js'
import { withReleases } from '../asc/releases.js'
import type { AscClient } from '../asc/resources.js'
import type { BackgroundAsset } from '../asc/schemas.js'
import { mapLimit } from '../multi/limit.js'
import { findPack } from '../status.js'
import { describePack, describeVersion, type PackStatus } from './describe.js'
import { appQuota, type AppQuota } from './quota.js'

export interface PackList {
  packs: PackStatus[]
  /** From every pack of the app, also when one pack was asked for. */
  quota: AppQuota
}

/** The app's packs (or the one named), each with its newest `versions` versions. */
export async function listPacks(
  client: AscClient,
  appId: string,
  options: { versions: number; identifier?: string; signal?: AbortSignal }
): Promise<PackList> {
  const { signal } = options
  const all = await listAppPacks(client, appId, signal)
  const packs = options.identifier
    ? [
        all.find(p => p.attributes?.assetPackIdentifier === options.identifier) ??
          (await findPack(client, appId, options.identifier, signal))
      ]
    : all
  const described = await mapLimit(packs, 4, pack => packWithVersions(client, pack, options))
  return { packs: described, quota: appQuota(all.map(p => p.attributes ?? {})) }
}

async function packWithVersions(
  client: AscClient,
  pack: BackgroundAsset,
  options: { versions: number; signal?: AbortSignal }
): Promise<PackStatus> {
  if (options.versions <= 0) return { ...describePack(pack), versions: [] }
  const { versions, included } = await client.listVersions(pack.id, {
    limit: options.versions,
    include: ['internalBetaRelease', 'externalBetaRelease', 'appStoreRelease'],
    signal: options.signal
  })
  const where = {
    method: 'GET',
    url: client.transport.resolve(`/v1/backgroundAssets/${encodeURIComponent(pack.id)}/versions`)
      .href
  }
  const described = []
  for (const v of versions) {
    described.push(describeVersion(await withReleases(client, v, included, where, options.signal)))
  }
  return { ...describePack(pack), versions: described }
}
