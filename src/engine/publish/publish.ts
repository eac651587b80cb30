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
import { acquireVersion, afterLoss, type Acquired } from './acquire.js'
import { shaTag } from './claim.js'
import { PublishError } from './errors.js'
import { ClaimLostError, committedAsset, judge, release } from './overlap.js'
import { sendFile } from './transfer.js'
import { isType, type ChosenVersion } from './version.js'
import { waitForVersion } from './wait.js'

/** Polls of the version back off up to this interval (or the first one, if longer). */
const MAX_POLL_INTERVAL_MS = 60_000
/** Apple checks a manifest in seconds: poll it more often than processing. */
const MANIFEST_POLL_MS = 2_000
/** Uploads whose claim was lost before the commit, before the run gives up. */
const MAX_UPLOAD_ROUNDS = 3
const LOST_TOO_OFTEN =
  'Other runs publishing this pack won the version before this run could commit, three times. ' +
  'Run again once they are done.'

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

  const deadline = ctx.env.now() + settings.timeoutMinutes * 60_000
  const archiveRef = archive && {
    sha256: archive.sha256,
    size: archive.size,
    fileName: basename(archive.path)
  }
  const acquire = (avoidVersionId?: string, packCreated?: boolean) =>
    phase('Choose the version', async () => {
      const result = await acquireVersion(ctx, {
        packId: pack.pack.id,
        archive: settings.dryRun ? undefined : archiveRef,
        dryRun: settings.dryRun,
        packCreated,
        avoidVersionId,
        deadline
      })
      note(record, result)
      ctx.logger.info(describeChoice(result))
      return result
    })
  const staged = await stageManifest(inputs.manifestBytes, settings.manifestPath)
  disposals.push(staged.dispose)
  const manifest = {
    path: staged.path,
    size: inputs.manifestBytes.length,
    sha256: createHash('sha256').update(inputs.manifestBytes).digest('hex')
  }

  let chosen = await acquire(undefined, pack.created)
  try {
    for (let round = 1; !isResumed(chosen); round++) {
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
          if (chosen.claim) await release(ctx, chosen.claim)
          chosen = await acquire(chosen.version.id)
          if (!isResumed(chosen)) await check()
        }
      })
      if (settings.dryRun || isResumed(chosen)) break
      if (!archive || !archiveRef)
        throw new Error('publish needs archive-path (checked offline before)')
      const claim = chosen.claim
      if (!claim) throw new Error('a publish holds a claim on its version')

      try {
        await phase('Upload the archive', async () => {
          const sent = await sendFile(
            ctx,
            chosen.version.id,
            {
              assetType: 'ASSET',
              path: archive.path,
              fileName: claim.fileName,
              size: archive.size,
              sha256: archive.sha256
            },
            id => (record.assetUploadFileId = id),
            {
              reserved: claim.reserved,
              beforeCommit: async () => {
                const verdict = await judge(ctx, claim)
                if (verdict.kind !== 'mine') throw new ClaimLostError(verdict)
              }
            }
          )
          record.upload = { bytes: sent.bytes, seconds: sent.seconds }
          ctx.logger.info('Archive committed: Apple is processing it.')
        })
        break
      } catch (error) {
        if (!(error instanceof ClaimLostError)) throw error
        await release(ctx, claim)
        const joined = await afterLoss(ctx, error.verdict, shaTag(archive.sha256), deadline)
        if (joined) {
          chosen = joined
          note(record, chosen)
          break
        }
        if (round >= MAX_UPLOAD_ROUNDS) throw new PublishError(LOST_TOO_OFTEN)
        chosen = await acquire()
      }
    }
  } catch (error) {
    // A claim given up by a failed or cancelled run must not hold up the next run.
    if (chosen.claim && !record.upload) await release(ctx, chosen.claim)
    throw error
  }
  if (settings.dryRun) return
  await finish()

  async function finish(): Promise<void> {
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
}

/** Nothing (more) to upload: another run's, or an earlier one's, commit holds this archive. */
function isResumed(chosen: Acquired): boolean {
  return chosen.source === 'resumed'
}

function note(record: PublishRecord, chosen: ChosenVersion): void {
  record.versionId = chosen.version.id
  record.version = chosen.version.attributes.version ?? undefined
  record.versionSource = chosen.source
  record.state = chosen.version.attributes.state
  record.manifestUploadFileId = chosen.files.find(f => isType(f, 'MANIFEST'))?.id
  record.assetUploadFileId = (
    committedAsset(chosen.files) ?? chosen.files.find(f => isType(f, 'ASSET'))
  )?.id
}

function describeChoice({ version, source }: Acquired): string {
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
