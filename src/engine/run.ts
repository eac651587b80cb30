import { AscClient } from './asc/resources.js'
import { realEnv, type Env } from './asc/env.js'
import type { CheckedInputs } from './checks/inputs.js'
import type { Settings } from './checks/settings.js'
import type { Credentials } from './credentials.js'
import type { Logger } from './log.js'
import { recordUsage } from './manage/usage.js'
import { ProcessingFailedError } from './publish/errors.js'
import type { FlowContext, UploadParts } from './publish/context.js'
import { publish } from './publish/publish.js'
import type { PublishRecord } from './publish/record.js'
import type { PublishedHint } from './publish/skip.js'
import { submitRecords } from './review/records.js'
import { uploadParts } from './upload/uploader.js'

export interface RunOptions {
  logger: Logger
  signal?: AbortSignal
  env?: Env
  /** An earlier publish of this archive that the face remembers (skip-unchanged). */
  publishedHint?: PublishedHint
  /**
   * A client to use instead of building one (several packs share one: one token signer and one
   * rate-limit budget). The caller closes it.
   */
  client?: AscClient
  /** The archive's upload progress; default: progress lines on the logger. */
  onProgress?: (sentBytes: number, totalBytes: number) => void
  /** submit-for-review is left to the caller (several packs go into one submission). */
  deferReview?: boolean
  /**
   * The short look of overlapping runs (README: "When runs overlap"); default: the environment
   * variable PUBLISH_ASSET_PACK_LOOK_MS, else 5 s. Tests pass small values.
   */
  lookMs?: number
}

/** PUBLISH_ASSET_PACK_LOOK_MS, where it is a positive whole number of milliseconds. */
function lookFromEnvironment(): number | undefined {
  const text = process.env.PUBLISH_ASSET_PACK_LOOK_MS
  const ms = text === undefined ? NaN : Number(text)
  return Number.isInteger(ms) && ms > 0 ? ms : undefined
}

/** The App Store Connect client for checked settings; the caller closes it. */
export function createClient(
  settings: Settings,
  credentials: Credentials,
  logger: Logger,
  env: Env = realEnv
): AscClient {
  return new AscClient({
    credentials,
    logger,
    baseUrl: settings.apiBaseUrl.href.replace(/\/$/, ''),
    env
  })
}

/**
 * Publishes (or dry-runs) checked inputs against App Store Connect: the engine's entry for
 * both faces. Resolves with the record of what was done; on failure, rejects with the error
 * and leaves the record (passed in) filled as far as the run got.
 */
export async function publishPack(
  inputs: CheckedInputs,
  record: PublishRecord,
  options: RunOptions
): Promise<PublishRecord> {
  const { settings } = inputs
  if (!inputs.credentials) throw new Error('App Store Connect credentials are required to publish')
  const env = options.env ?? realEnv
  const client = options.client ?? createClient(settings, inputs.credentials, options.logger, env)
  const upload: UploadParts = async (filePath, operations, { label, signal }) => {
    const result = await uploadParts({
      filePath,
      operations,
      logger: options.logger,
      concurrency: settings.uploadConcurrency,
      env,
      signal,
      // A manifest is a few hundred bytes: progress lines would only be noise.
      ...(label === 'Manifest'
        ? { onProgress: () => undefined }
        : options.onProgress
          ? { onProgress: options.onProgress }
          : {})
    })
    return { bytes: result.bytes, seconds: result.durationMs / 1000 }
  }
  const ctx: FlowContext = {
    client,
    uploadParts: upload,
    logger: options.logger,
    env,
    signal: options.signal,
    lookMs: options.lookMs ?? lookFromEnvironment()
  }
  const review = settings.dryRun || options.deferReview ? 'false' : settings.submitForReview
  // The pack's and the app's usage, for the summary: after a publish, or a version that failed.
  const usage = () =>
    settings.appId && record.assetPackId && !settings.dryRun
      ? recordUsage(client, settings.appId, record, options)
      : undefined
  try {
    await publish(reviewable(inputs, options.logger), ctx, record, {
      publishedHint: options.publishedHint
    })
    if (review !== 'false' && settings.appId) {
      await submitRecords(client, settings.appId, [record], review, options.logger, options.signal)
    }
    await usage()
    return record
  } catch (error) {
    if (error instanceof ProcessingFailedError) await usage()
    throw error
  } finally {
    if (!options.client) await client.close()
  }
}

/**
 * App Store review takes only a processed (COMPLETE) version: with submit-for-review, a
 * `wait-for: uploaded` run waits for processing all the same, and says so.
 */
export function reviewable(inputs: CheckedInputs, logger: Logger): CheckedInputs {
  const { settings } = inputs
  if (settings.submitForReview === 'false' || settings.dryRun || settings.waitFor !== 'uploaded') {
    return inputs
  }
  logger.info(
    'submit-for-review needs the version processed (COMPLETE): waiting for processing, though wait-for is uploaded.'
  )
  return { ...inputs, settings: { ...settings, waitFor: 'processed' } }
}
