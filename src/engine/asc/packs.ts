/**
 * The app's packs as a whole, and the one change Apple allows on a pack: `archived`
 * (apple-facts.md, "Managing packs"). The publish flow's calls stay in resources.ts.
 */
import type { AscClient } from './resources.js'
import { BackgroundAssetSchema, paged, single, type BackgroundAsset } from './schemas.js'

/** Apple's PATCH of `archived` has been seen to take over a minute: wait this long for it. */
export const ARCHIVE_TIMEOUT_MS = 3 * 60_000

/** Every pack of the app (there is no top-level list), following `links.next`. */
export async function listAppPacks(
  client: AscClient,
  appId: string,
  signal?: AbortSignal
): Promise<BackgroundAsset[]> {
  const schema = paged(BackgroundAssetSchema)
  const packs: BackgroundAsset[] = []
  let doc = await client.transport.json({
    method: 'GET',
    path: `/v1/apps/${encodeURIComponent(appId)}/backgroundAssets`,
    query: { limit: 200 },
    schema,
    signal
  })
  for (let pages = 1; ; pages++) {
    packs.push(...doc.data)
    const next = doc.links?.next
    if (!next) break
    if (pages >= 100) throw new Error(`Too many pages of packs for app ${appId}`)
    doc = await client.transport.json({ method: 'GET', path: next, schema, signal })
  }
  return packs
}

/**
 * PATCH /v1/backgroundAssets/{id} {archived}. Never resent blindly (the transport's rule for a
 * PATCH): an ambiguous failure is the caller's to look up.
 */
export async function patchArchived(
  client: AscClient,
  packId: string,
  archived: boolean,
  options: { signal?: AbortSignal; timeoutMs?: number } = {}
): Promise<BackgroundAsset> {
  const doc = await client.transport.json({
    method: 'PATCH',
    path: `/v1/backgroundAssets/${encodeURIComponent(packId)}`,
    body: { data: { type: 'backgroundAssets', id: packId, attributes: { archived } } },
    schema: single(BackgroundAssetSchema),
    signal: options.signal,
    timeoutMs: options.timeoutMs ?? ARCHIVE_TIMEOUT_MS
  })
  return doc.data
}
