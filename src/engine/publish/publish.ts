import { basename } from 'node:path'
import { createHash } from 'node:crypto'
import { ConflictError } from '../asc/errors.js'
import type { CheckedInputs } from '../checks/inputs.js'
import type { FlowContext } from './context.js'
import { checkManifestAtApple } from './manifest-check.js'
import { checkProcessedLocale, warnOfOtherLocales } from './locale.js'
import { stageManifest } from './manifest-file.js'
import { findOrCreatePack } from './pack.js'
import type { PublishRecord } from './record.js'
import { isUnchanged, type PublishedHint } from './skip.js'
import { sendFile } from './transfer.js'
import { chooseVersion, createVersion, isType, type ChosenVersion } from './version.js'
import { waitForVersion } from './wait.js'

/** Polls of the version back off up to this interval (or the first one, if longer). */
const MAX_POLL_INTERVAL_MS = 60_000
/** Apple checks a manifest in seconds: poll it more often than processing. */
const MANIFEST_POLL_MS = 2_000

/**
 * The whole publish (or dry run) after the offline checks: pack → version → Apple's manifest
 * check → archive upload → commit → wait. `record` is filled in as the run goes, so a failed
 * run still reports how far it got.
 */
export async function publish(
  inputs: CheckedInputs,
  ctx: FlowContext,
  record: PublishRecord,
  options: { publishedHint?: PublishedHint } = {}
): Promise<void> {
  const disposals: (() => Promise<void>)[] = []
  try {
    await publishSteps(inputs, ctx, record, options, disposals)
  } finally {
    for (const dispose of disposals) await dispose()
  }
}

async function publishSteps(
  inputs: CheckedInputs,
  ctx: FlowContext,
  record: PublishRecord,
  options: { publishedHint?: PublishedHint },
  disposals: (() => Promise<void>)[]
): Promise<void> {
  const { settings, archive } = inputs
  if (!settings.appId) throw new Error('publish needs app-id (checked offline before)')
  const appId = settings.appId
  const phase = phaseTimer(ctx, record)
  const pollInterval = settings.pollIntervalSeconds * 1000
  const timing = (intervalMs: number) => ({
    intervalMs,
    maxIntervalMs: Math.max(intervalMs, MAX_POLL_INTERVAL_MS),
    deadline: ctx.env.now() + settings.timeoutMinutes * 60_000,
    timeoutMinutes: settings.timeoutMinutes
  })

  const pack = await phase('Find the asset pack', async () => {
    const found = await findOrCreatePack(ctx, appId, inputs.assetPackIdentifier)
    ctx.logger.info(
      `${found.created ? 'Created' : 'Found'} asset pack '${inputs.assetPackIdentifier}' (${found.pack.id}).`
    )
    return found
  })
  record.assetPackId = pack.pack.id
  record.packCreated = pack.created
  const { language } = inputs.manifest
  if (language && !pack.created) {
    await warnOfOtherLocales(ctx, pack.pack.id, inputs.assetPackIdentifier, language)
  }

  if (settings.skipUnchanged && archive && !pack.created) {
    const unchanged = await phase('Compare with the published archive', () =>
      isUnchanged(ctx, pack.pack.id, archive.sha256, options.publishedHint, record)
    )
    if (unchanged) {
      ctx.logger.notice(`Not published: ${record.skipReason}.`)
      return
    }
    ctx.logger.info('The archive differs from the latest processed version: publishing.')
  }

  let chosen = await phase('Choose the version', async () => {
    const result = await chooseVersion(ctx, pack.pack.id, {
      archiveSha256: archive?.sha256,
      dryRun: settings.dryRun,
      packCreated: pack.created
    })
    note(record, result)
    ctx.logger.info(describeChoice(result))
    return result
  })

  if (chosen.source !== 'resumed') {
    const staged = await stageManifest(inputs.manifestBytes, settings.manifestPath)
    disposals.push(staged.dispose)
    const manifest = {
      path: staged.path,
      size: inputs.manifestBytes.length,
      sha256: createHash('sha256').update(inputs.manifestBytes).digest('hex')
    }
    const check = () =>
      checkManifestAtApple(
        ctx,
        chosen,
        manifest,
        record,
        timing(Math.min(pollInterval, MANIFEST_POLL_MS))
      )
    await phase("Apple's manifest check", async () => {
      try {
        await check()
      } catch (error) {
        if (!isManifestSlotTaken(error) || chosen.source === 'created') throw error
        // Apple keeps one MANIFEST per version: a changed manifest needs a new version.
        ctx.logger.info('This version already has a different manifest; creating a new version.')
        chosen = {
          version: await createVersion(ctx, pack.pack.id, chosen.version.id),
          files: [],
          source: 'created'
        }
        note(record, chosen)
        await check()
      }
    })
    if (settings.dryRun) return
    if (!archive) throw new Error('publish needs archive-path (checked offline before)')

    await phase('Upload the archive', async () => {
      const sent = await sendFile(
        ctx,
        chosen.version.id,
        {
          assetType: 'ASSET',
          path: archive.path,
          fileName: basename(archive.path),
          size: archive.size,
          sha256: archive.sha256
        },
        id => (record.assetUploadFileId = id)
      )
      record.upload = { bytes: sent.bytes, seconds: sent.seconds }
      ctx.logger.info('Archive committed: Apple is processing it.')
    })
  }

  if (settings.waitFor === 'uploaded') {
    const { version } = await ctx.client.getVersion(chosen.version.id, ctx.signal)
    record.state = version.attributes.state
    return
  }
  const waitFor = settings.waitFor
  await phase(
    waitFor === 'processed' ? 'Wait for processing' : 'Wait until ready for testing',
    () => waitForVersion(ctx, chosen.version.id, waitFor, record, timing(pollInterval))
  )
  checkProcessedLocale(record, language)
}

function note(record: PublishRecord, chosen: ChosenVersion): void {
  record.versionId = chosen.version.id
  record.version = chosen.version.attributes.version ?? undefined
  record.versionSource = chosen.source
  record.state = chosen.version.attributes.state
  record.manifestUploadFileId = chosen.files.find(f => isType(f, 'MANIFEST'))?.id
  record.assetUploadFileId = chosen.files.find(f => isType(f, 'ASSET'))?.id
}

function describeChoice({ version, source }: ChosenVersion): string {
  const name = `version ${version.attributes.version ?? '?'} (${version.id})`
  switch (source) {
    case 'created':
      return `Created ${name}.`
    case 'reused-pending':
      return `Reusing ${name}, left AWAITING_UPLOAD by an earlier run (Apple has no DELETE).`
    case 'resumed':
      return `This archive was already uploaded as ${name} (${version.attributes.state}); resuming from there without uploading again.`
  }
}

/** A 409 answering the MANIFEST reservation: the version holds another manifest already. */
function isManifestSlotTaken(error: unknown): boolean {
  return (
    error instanceof ConflictError &&
    error.method === 'POST' &&
    error.path.startsWith('/v1/backgroundAssetUploadFiles')
  )
}

/** Runs each phase in a log group and records how long it took. */
function phaseTimer(ctx: FlowContext, record: PublishRecord) {
  return async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const start = ctx.env.now()
    try {
      return await ctx.logger.group(name, fn)
    } finally {
      record.phases.push({ name, ms: ctx.env.now() - start })
    }
  }
}
