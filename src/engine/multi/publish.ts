import type { AscClient } from '../asc/resources.js'
import { realEnv, type Env } from '../asc/env.js'
import { formatError } from '../asc/errors.js'
import type { CheckedInputs } from '../checks/inputs.js'
import { formatProblem, type Problem } from '../checks/problem.js'
import type { Settings } from '../checks/settings.js'
import type { Logger } from '../log.js'
import type { PublishRecord } from '../publish/record.js'
import type { PublishedHint } from '../publish/skip.js'
import { submitRecords } from '../review/records.js'
import { startRecord } from '../publish/record.js'
import { createClient, publishPack } from '../run.js'
import type { PackCheck } from './check.js'
import { mapLimit } from './limit.js'
import { prefixedLogger } from './logger.js'
import type { PackFiles } from './pair.js'

/** How one pack of a multi-pack run ended. */
export interface PackResult extends PackFiles {
  /**
   * published: sent (and waited for, as wait-for says); dry-run: Apple accepted the manifest;
   * checked: local checks only (a dry run without credentials); skipped: unchanged.
   */
  status: 'published' | 'dry-run' | 'checked' | 'skipped' | 'failed'
  /**
   * Why it failed: its own files (nothing sent for it), at App Store Connect, cancelled, or
   * published but not submitted for App Store review.
   */
  failure?: 'input' | 'publish' | 'cancelled' | 'review'
  /** The failure's message, one line per problem. */
  error?: string
  problems: Problem[]
  inputs?: CheckedInputs
  /** What was done at App Store Connect, as far as it got. */
  record?: PublishRecord
  ms: number
}

export interface PublishPacksOptions {
  logger: Logger
  signal?: AbortSignal
  env?: Env
  /** Default: one built from the settings, shared by every pack, closed at the end. */
  client?: AscClient
  /** What the face remembers of an earlier publish of a pack's archive (skip-unchanged). */
  hint?: (inputs: CheckedInputs) => Promise<PublishedHint | undefined>
  /** A pack's archive upload progress; default: progress lines on its logger. */
  onProgress?: (identifier: string, sentBytes: number, totalBytes: number) => void
  /** Called as each pack ends (it must not throw). */
  onDone?: (result: PackResult) => void | Promise<void>
}

/**
 * Publishes (or dry-runs) the packs of a multi-pack run, `settings.packConcurrency` at a time,
 * over one client: one token signer and one X-Rate-Limit pacer, so the packs share the key's
 * hourly budget. A pack that fails does not stop the others; the results say how each ended.
 */
export async function publishPacks(
  run: { settings: Settings; packs: PackCheck[] },
  options: PublishPacksOptions
): Promise<PackResult[]> {
  const { settings } = run
  const env = options.env ?? realEnv
  const credentials = run.packs.find(p => p.inputs?.credentials)?.inputs?.credentials
  const client =
    options.client ??
    (credentials && !settings.localOnlyReason
      ? createClient(settings, credentials, options.logger, env)
      : undefined)
  try {
    const results = await mapLimit(run.packs, settings.packConcurrency, async pack => {
      const result = await publishOne(pack, client, options, env)
      try {
        await options.onDone?.(result)
      } catch (error) {
        options.logger.warning(`[${pack.identifier}] ${formatError(error)}`)
      }
      return result
    })
    if (client) await submitTogether(settings, client, results, options)
    return results
  } finally {
    if (client && !options.client) await client.close()
  }
}

async function publishOne(
  pack: PackCheck,
  client: AscClient | undefined,
  options: PublishPacksOptions,
  env: Env
): Promise<PackResult> {
  const { inputs, problems } = pack
  const files: PackFiles = {
    identifier: pack.identifier,
    manifestPath: pack.manifestPath,
    archivePath: pack.archivePath
  }
  const started = env.now()
  const ended = (result: Omit<PackResult, keyof PackFiles | 'ms' | 'problems'>): PackResult => ({
    ...files,
    problems,
    ...result,
    ms: env.now() - started
  })
  const logger = prefixedLogger(options.logger, pack.identifier)
  // A pack refused by its own files: the face shows the problems where it shows the others.
  if (!inputs) {
    return ended({
      status: 'failed',
      failure: 'input',
      error: problems.map(formatProblem).join('\n')
    })
  }
  const record = startRecord(inputs)
  if (options.signal?.aborted) {
    return ended({
      status: 'failed',
      failure: 'cancelled',
      error: 'Cancelled before it started.',
      inputs,
      record
    })
  }
  if (inputs.settings.localOnlyReason || !client) {
    return ended({ status: 'checked', inputs, record })
  }
  try {
    await publishPack(inputs, record, {
      logger,
      signal: options.signal,
      env,
      client,
      deferReview: true,
      publishedHint: await options.hint?.(inputs),
      onProgress: options.onProgress
        ? (sent, total) => options.onProgress?.(pack.identifier, sent, total)
        : undefined
    })
    const status = record.skipped ? 'skipped' : record.dryRun ? 'dry-run' : 'published'
    logger.info(`Done: ${describe(record)}.`)
    return ended({ status, inputs, record })
  } catch (error) {
    const cancelled = options.signal?.aborted === true
    const message = cancelled ? 'Cancelled.' : formatError(error)
    if (!cancelled) logger.error(message)
    return ended({
      status: 'failed',
      failure: cancelled ? 'cancelled' : 'publish',
      error: message,
      inputs,
      record
    })
  }
}

/**
 * submit-for-review: the packs' versions go to App Store review together, one submission per
 * platform, once every pack is published. When a pack failed, none is submitted (a rerun
 * resumes the failed one and submits them all); when the submission fails, every pack it held
 * fails with its message.
 */
async function submitTogether(
  settings: Settings,
  client: AscClient,
  results: PackResult[],
  options: PublishPacksOptions
): Promise<void> {
  const setting = settings.submitForReview
  if (setting === 'false' || settings.dryRun || !settings.appId) return
  const ready = results.filter(
    r => r.record && (r.status === 'published' || r.status === 'skipped')
  )
  if (ready.length < results.length) {
    options.logger.warning(
      'Not submitted for App Store review: not every pack was published. Run again: what was published is reused, and all go into one submission.'
    )
    return
  }
  try {
    await submitRecords(
      client,
      settings.appId,
      ready.map(r => r.record as PublishRecord),
      setting,
      options.logger,
      options.signal
    )
  } catch (error) {
    const message = formatError(error)
    options.logger.error(message)
    for (const r of ready) Object.assign(r, { status: 'failed', failure: 'review', error: message })
  }
}

function describe(record: PublishRecord): string {
  if (record.skipped) return 'unchanged, not published'
  if (record.dryRun) return 'manifest accepted by Apple (dry run)'
  return `version ${record.version ?? '?'} ${record.state ?? ''}`.trim()
}
