import type { BackgroundAssetVersion, UploadFile } from '../asc/schemas.js'
import type { FlowContext } from './context.js'
import { PublishError } from './errors.js'
import { follow } from './follow.js'
import { shaTag, type Claim } from './claim.js'
import {
  claimVersion,
  liveClaims,
  release,
  runNonce,
  shaTagOf,
  versionNumber,
  type ArchiveRef,
  type MyClaim,
  type Verdict
} from './overlap.js'
import { createVersion, deliveryState, isType, SENT, type ChosenVersion } from './version.js'

/** A version to work on; `claim` is set where this run holds it to upload its archive. */
export interface Acquired extends ChosenVersion {
  claim?: MyClaim
}

export interface AcquireRequest {
  packId: string
  /** The archive to publish; absent on a dry run without one. */
  archive?: ArchiveRef
  dryRun: boolean
  packCreated?: boolean
  /** A version not to reuse: its manifest slot holds another manifest. */
  avoidVersionId?: string
  /** Epoch ms after which waiting for another run fails the run. */
  deadline: number
}

const MAX_ROUNDS = 8

/**
 * Chooses a version and, for a publish, claims it (overlap.ts); chooses again while other runs
 * win the versions it picks, and follows a run that publishes the same archive.
 */
export async function acquireVersion(ctx: FlowContext, req: AcquireRequest): Promise<Acquired> {
  let packCreated = req.packCreated
  for (let round = 1; ; round++) {
    const choice = await chooseVersion(ctx, req.packId, {
      archiveSha256: req.archive?.sha256,
      dryRun: req.dryRun,
      packCreated,
      avoidVersionId: round === 1 ? req.avoidVersionId : undefined
    })
    packCreated = false
    if (choice.source === 'resumed' || req.dryRun || !req.archive) return choice
    const sha = shaTag(req.archive.sha256)
    if (choice.follow) {
      const joined = await follow(ctx, choice.version, { claim: choice.follow }, sha, req.deadline)
      if (joined) return joined
    } else {
      const { claim, verdict } = await claimVersion(
        ctx,
        req.packId,
        choice,
        req.archive,
        choice.baseline
      )
      if (verdict.kind === 'mine') return { ...choice, claim }
      await release(ctx, claim)
      const joined = await afterLoss(ctx, verdict, sha, req.deadline)
      if (joined) return joined
    }
    if (round >= MAX_ROUNDS) {
      throw new PublishError(
        `Other runs publishing this pack took every version this run chose (${round} times). ` +
          'Run again once they are done.'
      )
    }
  }
}

/** After a lost claim: follow the run that publishes this archive, or say why we choose again. */
export async function afterLoss(
  ctx: FlowContext,
  verdict: Exclude<Verdict, { kind: 'mine' }>,
  sha: string,
  deadline: number
): Promise<ChosenVersion | undefined> {
  if (verdict.kind === 'follow') return follow(ctx, verdict.version, verdict, sha, deadline)
  ctx.logger.info(
    verdict.kind === 'taken'
      ? `The version is taken: ${verdict.reason}. Choosing another.`
      : "This run's claim ran out before its commit; claiming a version again."
  )
  return undefined
}

interface Choice extends ChosenVersion {
  /**
   * The newest settled version's number (0: none): the versions above it are pending, and any
   * run may be working on them.
   */
  baseline: number
  /** A live claim on the chosen version for this same archive: follow it, do not claim. */
  follow?: Claim
}

/** Pending versions (newest first) looked at above the newest settled one. */
const VERSIONS_LOOKED_AT = 10

/**
 * The version to work on. Apple has no DELETE, so versions are never made needlessly. It looks
 * at the newest versions down to the first settled one (PROCESSING, COMPLETE or FAILED): the
 * pending ones above it are where other runs may be at work.
 * - a version among them holding this archive (by checksum) is resumed, not re-uploaded;
 * - a pending one whose first live claim is for this same archive is followed (another run is
 *   uploading it);
 * - the newest pending one with no live claim (left by a killed, failed or dry run) is reused;
 * - otherwise (none, or all busy with other archives) a new one is created.
 */
async function chooseVersion(
  ctx: FlowContext,
  packId: string,
  options: {
    archiveSha256?: string
    dryRun: boolean
    packCreated?: boolean
    avoidVersionId?: string
  }
): Promise<Choice> {
  // A pack created by this run has no versions: no need to ask.
  const newest = options.packCreated
    ? []
    : (
        await ctx.client.listVersions(packId, {
          limit: VERSIONS_LOOKED_AT,
          signal: ctx.signal
        })
      ).versions
  const settledAt = newest.findIndex(v => v.attributes.state !== 'AWAITING_UPLOAD')
  const looked = settledAt < 0 ? newest : newest.slice(0, settledAt + 1)
  const settled = settledAt < 0 ? undefined : newest[settledAt]
  const lowest = looked.at(-1)
  const baseline = settled
    ? versionNumber(settled)
    : lowest && newest.length >= VERSIONS_LOOKED_AT
      ? versionNumber(lowest) - 1
      : 0
  const views: Array<{ version: BackgroundAssetVersion; files: UploadFile[] }> = []
  for (const version of looked) {
    views.push({ version, files: await ctx.client.listUploadFiles(version.id, ctx.signal) })
  }
  const sha = options.archiveSha256 ? shaTag(options.archiveSha256) : undefined
  const now = ctx.env.now()
  const own = runNonce(ctx)
  if (!options.dryRun && sha) {
    const holding = views.find(
      ({ version, files }) =>
        version.attributes.state !== 'FAILED' &&
        files.some(f => isType(f, 'ASSET') && SENT.has(deliveryState(f)) && shaTagOf(f) === sha)
    )
    if (holding) return { ...holding, source: 'resumed', baseline }
  }
  const pending = views.filter(
    ({ version, files }) =>
      version.attributes.state === 'AWAITING_UPLOAD' &&
      !files.some(f => isType(f, 'ASSET') && SENT.has(deliveryState(f)))
  )
  // This run's own claims (one whose release did not answer) never hold it up.
  const firstClaim = (files: UploadFile[]) => liveClaims(files, now).find(c => c.nonce !== own)
  if (!options.dryRun && sha) {
    const uploading = [...pending].reverse().find(v => firstClaim(v.files)?.sha === sha)
    const claim = uploading && firstClaim(uploading.files)
    if (uploading && claim) {
      return { ...uploading, source: 'reused-pending', baseline, follow: claim }
    }
  }
  const free = pending.find(
    v => v.version.id !== options.avoidVersionId && firstClaim(v.files) === undefined
  )
  if (free) return { ...free, source: 'reused-pending', baseline }
  const busy = pending.filter(v => v.version.id !== options.avoidVersionId)
  if (busy.length) {
    ctx.logger.info(
      `Version ${busy[0].version.attributes.version ?? '?'} is being published by another ` +
        'run; creating a new version for this one.'
    )
  }
  return {
    version: await createVersion(ctx, packId, newest[0]?.id),
    files: [],
    source: 'created',
    baseline
  }
}
