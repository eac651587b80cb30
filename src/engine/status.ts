/**
 * Read-only views of App Store Connect for the CLI's `status`: a pack's version with its three
 * releases, Apple's messages and its upload files, and waiting for a version as the publish flow
 * does. Nothing here writes. (`list` is in manage/list.ts.)
 */
import type { Env } from './asc/env.js'
import { getVersionReleases } from './asc/releases.js'
import type { AscClient } from './asc/resources.js'
import type { BackgroundAsset } from './asc/schemas.js'
import type { WaitFor } from './checks/settings.js'
import type { Logger } from './log.js'
import {
  describePack,
  describeVersion,
  type PackStatus,
  type VersionStatus
} from './manage/describe.js'
import { PublishError } from './publish/errors.js'
import { newRecord } from './publish/record.js'
import { waitForVersion } from './publish/wait.js'

export type { PackStatus, UploadFileStatus, VersionStatus } from './manage/describe.js'

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

/** A version by its id, with its three releases and (by default) its upload files. */
export async function versionStatus(
  client: AscClient,
  versionId: string,
  signal?: AbortSignal,
  options: { uploadFiles?: boolean } = {}
): Promise<VersionStatus> {
  const [releases, files] = await Promise.all([
    getVersionReleases(client, versionId, signal),
    options.uploadFiles === false ? undefined : client.listUploadFiles(versionId, signal)
  ])
  return describeVersion(releases, files)
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
