/**
 * Read-only views of App Store Connect for the CLI's `status` and `list`: a pack's versions and
 * their states, and waiting for a version as the publish flow does. Nothing here writes.
 */
import type { Env } from './asc/env.js'
import type { AscClient } from './asc/resources.js'
import {
  BackgroundAssetSchema,
  InternalBetaReleaseSchema,
  paged,
  type BackgroundAsset,
  type BackgroundAssetVersion,
  type InternalBetaRelease
} from './asc/schemas.js'
import type { WaitFor } from './checks/settings.js'
import type { Logger } from './log.js'
import { mapLimit } from './multi/limit.js'
import { PublishError } from './publish/errors.js'
import { describeMessages, newRecord } from './publish/record.js'
import { waitForVersion } from './publish/wait.js'

export interface VersionStatus {
  versionId: string
  version?: string
  /** The version's own state: AWAITING_UPLOAD, PROCESSING, FAILED or COMPLETE. */
  versionState: string
  /** The internal beta release's state once there is one, else the version's (the `state` output). */
  state: string
  internalBetaReleaseId?: string
  platforms: string[]
  createdDate?: string
  errors: string[]
  warnings: string[]
  infos: string[]
}

export interface PackStatus {
  assetPackIdentifier: string
  assetPackId: string
  archived: boolean
  /** Newest first. */
  versions: VersionStatus[]
}

/** What was asked for is not at App Store Connect. */
export class NotFoundError extends PublishError {}

/** The app's pack with this identifier; NotFoundError when there is none. */
export async function findPack(
  client: AscClient,
  appId: string,
  identifier: string,
  signal?: AbortSignal
): Promise<BackgroundAsset> {
  const pack = await client.findPack(appId, identifier, signal)
  if (!pack) {
    throw new NotFoundError(
      `App Store Connect has no asset pack '${identifier}' under app ${appId}. ` +
        'Check app-id and asset-pack-identifier (list shows the packs of an app).'
    )
  }
  return pack
}

/** A version by its id, with its internal beta release. */
export async function versionStatus(
  client: AscClient,
  versionId: string,
  signal?: AbortSignal
): Promise<VersionStatus> {
  const { version, internalBetaRelease } = await client.getVersion(versionId, signal)
  const ref = version.relationships?.internalBetaRelease?.data
  const release =
    internalBetaRelease ?? (ref ? await client.getInternalBetaRelease(ref.id, signal) : undefined)
  return describeVersion(version, release)
}

/** A pack and one of its versions: the one numbered `version`, or the newest. */
export async function packStatus(
  client: AscClient,
  appId: string,
  identifier: string,
  options: { version?: string; signal?: AbortSignal } = {}
): Promise<{ pack: PackStatus; version?: VersionStatus }> {
  const found = await findPack(client, appId, identifier, options.signal)
  const { versions } = await client.listVersions(found.id, {
    version: options.version,
    limit: 1,
    signal: options.signal
  })
  const chosen = versions[0]
  if (!chosen && options.version !== undefined) {
    throw new NotFoundError(`Asset pack '${identifier}' has no version ${options.version}.`)
  }
  const version = chosen ? await versionStatus(client, chosen.id, options.signal) : undefined
  return { pack: { ...describePack(found), versions: version ? [version] : [] }, version }
}

/** The app's packs (or the one named), each with its newest `versions` versions. */
export async function listPacks(
  client: AscClient,
  appId: string,
  options: { versions: number; identifier?: string; signal?: AbortSignal }
): Promise<PackStatus[]> {
  const packs = options.identifier
    ? [await findPack(client, appId, options.identifier, options.signal)]
    : await allPacks(client, appId, options.signal)
  return mapLimit(packs, 4, async pack => {
    if (options.versions <= 0) return { ...describePack(pack), versions: [] }
    const { versions, included } = await client.listVersions(pack.id, {
      limit: options.versions,
      include: ['internalBetaRelease'],
      signal: options.signal
    })
    const releases = included
      .map(item => InternalBetaReleaseSchema.safeParse(item))
      .flatMap(parsed => (parsed.success ? [parsed.data] : []))
    const releaseOf = (v: BackgroundAssetVersion) => {
      const ref = v.relationships?.internalBetaRelease?.data
      return ref ? releases.find(r => r.id === ref.id) : undefined
    }
    return { ...describePack(pack), versions: versions.map(v => describeVersion(v, releaseOf(v))) }
  })
}

/**
 * Polls a version until `waitFor` is reached, as the publish flow waits (FAILED and the timeout
 * reject with the flow's errors), then returns its state.
 */
export async function waitForStatus(
  client: AscClient,
  versionId: string,
  waitFor: Exclude<WaitFor, 'uploaded'>,
  options: {
    logger: Logger
    env: Env
    timeoutMinutes: number
    pollIntervalSeconds: number
    signal?: AbortSignal
  }
): Promise<VersionStatus> {
  const { env, logger, signal } = options
  const intervalMs = options.pollIntervalSeconds * 1000
  const ctx = {
    client,
    logger,
    env,
    signal,
    uploadParts: () => Promise.reject(new Error('status uploads nothing'))
  }
  await waitForVersion(ctx, versionId, waitFor, newRecord('', false), {
    intervalMs,
    maxIntervalMs: Math.max(intervalMs, 60_000),
    deadline: env.now() + options.timeoutMinutes * 60_000,
    timeoutMinutes: options.timeoutMinutes
  })
  return versionStatus(client, versionId, signal)
}

async function allPacks(
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
    if (!next || pages >= 100) break
    doc = await client.transport.json({ method: 'GET', path: next, schema, signal })
  }
  return packs
}

function describePack(pack: BackgroundAsset): Omit<PackStatus, 'versions'> {
  return {
    assetPackIdentifier: pack.attributes?.assetPackIdentifier ?? '',
    assetPackId: pack.id,
    archived: pack.attributes?.archived === true
  }
}

function describeVersion(
  version: BackgroundAssetVersion,
  release: InternalBetaRelease | undefined
): VersionStatus {
  const { attributes } = version
  const details = attributes.stateDetails
  return {
    versionId: version.id,
    version: attributes.version ?? undefined,
    versionState: attributes.state,
    state: release?.attributes.state ?? attributes.state,
    internalBetaReleaseId: release?.id,
    platforms: attributes.platforms ?? [],
    createdDate: attributes.createdDate ?? undefined,
    errors: describeMessages(details?.errors),
    warnings: describeMessages(details?.warnings),
    infos: describeMessages(details?.infos)
  }
}
