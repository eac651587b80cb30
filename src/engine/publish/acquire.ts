import type { FlowContext } from './context.js'
import { PublishError } from './errors.js'
import { shaTag, type Claim } from './claim.js'
import {
  claimVersion,
  follow,
  liveClaims,
  release,
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
  /** The newest version number seen (0: none): versions from here on may compete. */
  baseline: number
  /** A live claim on the chosen version for this same archive: follow it, do not claim. */
  follow?: Claim
}

/**
 * The version to work on. Apple has no DELETE, so versions are never made needlessly:
 * - the newest version already holding this archive (by checksum) is resumed, not re-uploaded;
 * - the newest version still AWAITING_UPLOAD with no archive sent is reused when no live claim
 *   is on it (left by a killed, failed or dry run), or followed when the first live claim is
 *   for this same archive (another run is uploading it);
 * - otherwise (or when it is busy with another archive) a new one is created.
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
    ? undefined
    : (await ctx.client.listVersions(packId, { limit: 1, signal: ctx.signal })).versions[0]
  const baseline = newest ? versionNumber(newest) : 0
  if (newest && newest.id !== options.avoidVersionId) {
    const files = await ctx.client.listUploadFiles(newest.id, ctx.signal)
    const sentAssets = files.filter(f => isType(f, 'ASSET') && SENT.has(deliveryState(f)))
    const sha = options.archiveSha256 ? shaTag(options.archiveSha256) : undefined
    const holdsThisArchive = sha !== undefined && sentAssets.some(f => shaTagOf(f) === sha)
    if (!options.dryRun && holdsThisArchive && newest.attributes.state !== 'FAILED') {
      return { version: newest, files, source: 'resumed', baseline }
    }
    if (newest.attributes.state === 'AWAITING_UPLOAD' && sentAssets.length === 0) {
      const first = liveClaims(files, ctx.env.now())[0]
      if (!first) return { version: newest, files, source: 'reused-pending', baseline }
      if (!options.dryRun && first.sha === sha) {
        return { version: newest, files, source: 'reused-pending', baseline, follow: first }
      }
      ctx.logger.info(
        `Version ${newest.attributes.version ?? '?'} is being published by another run; ` +
          'creating a new version for this one.'
      )
    }
  }
  return {
    version: await createVersion(ctx, packId, newest?.id),
    files: [],
    source: 'created',
    baseline
  }
}
