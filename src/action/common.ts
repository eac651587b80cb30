import * as core from './workflow-commands.js'
import type { CheckedInputs } from '../engine/checks/inputs.js'
import { formatProblem, type Advisory, type Problem } from '../engine/checks/problem.js'
import type { Settings } from '../engine/checks/settings.js'
import { describeCancel, type PublishRecord } from '../engine/publish/record.js'
import type { PublishedHint } from '../engine/publish/skip.js'
import { plural } from './format.js'
import { actionLogger } from './logger.js'
import {
  prCommentKey,
  renderPrComment,
  upsertPrComment,
  type PrCommentInput
} from './pr-comment.js'
import { rememberPublished, wasPublished } from './published-cache.js'
import { writeSummary } from './summary.js'

/** What single- and multi-pack runs share: refusing inputs, cancelling, the cache, the comment. */

/** Annotates every problem, writes the summary and fails the step: nothing was sent. */
export async function refuse(
  problems: Problem[],
  title = 'Asset pack: inputs refused'
): Promise<void> {
  annotate(problems)
  await writeSummary({
    title,
    status: 'failure',
    rows: [],
    problems,
    notes: ['Nothing was sent to App Store Connect. Fix the inputs above and run again.']
  })
  // Each problem is an annotation of its own already: the failure only names the inputs.
  const inputs = [...new Set(problems.map(p => p.input))].join(', ')
  core.setFailed(
    `${plural(problems.length, 'problem')} in the inputs (${inputs}), each reported above; ` +
      'nothing was sent to App Store Connect.'
  )
}

/** One error annotation per problem, on the file and line where it is. */
export function annotate(problems: Problem[], pack?: string): void {
  for (const problem of problems) {
    core.error(pack ? `[${pack}] ${formatProblem(problem)}` : formatProblem(problem), {
      title: `Invalid ${problem.input}`,
      file: problem.file,
      startLine: problem.line,
      startColumn: problem.line ? problem.column : undefined
    })
  }
}

/** A warning or notice annotation per advisory: shown, never fatal. */
export function annotateAdvisories(advisories: Advisory[], pack?: string): void {
  for (const advisory of advisories) {
    const annotate = advisory.level === 'warning' ? core.warning : core.notice
    annotate(pack ? `[${pack}] ${formatProblem(advisory)}` : formatProblem(advisory), {
      title: `${advisory.level === 'warning' ? 'Check' : 'Note on'} ${advisory.input}`,
      file: advisory.file,
      startLine: advisory.line,
      startColumn: advisory.line ? advisory.column : undefined
    })
  }
}

/** SIGINT/SIGTERM (a cancelled job) abort in-flight requests; nothing is committed after. */
export function onCancel(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController()
  const abort = (signal: NodeJS.Signals) => {
    core.warning(`Received ${signal}: stopping; nothing more will be committed.`)
    controller.abort(new Error(`cancelled by ${signal}`))
  }
  process.once('SIGINT', abort)
  process.once('SIGTERM', abort)
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', abort)
      process.off('SIGTERM', abort)
    }
  }
}

export function cancelledMessage(record: PublishRecord): string {
  return describeCancel(record)
}

/**
 * skip-unchanged: the Actions cache's memory of this pack's latest publish, when it holds this
 * archive. The engine still confirms it against App Store Connect before skipping.
 */
export async function rememberedPublish(inputs: CheckedInputs): Promise<PublishedHint | undefined> {
  const { settings, archive } = inputs
  if (!settings.skipUnchanged || settings.dryRun || !archive || !settings.appId) return undefined
  const seen = await wasPublished(
    { appId: settings.appId, identifier: inputs.assetPackIdentifier, sha256: archive.sha256 },
    { logger: actionLogger }
  )
  if (seen === undefined) {
    core.info('The Actions cache is unavailable: comparing with App Store Connect only.')
  }
  const versionId = seen?.published ? seen.latest?.versionId : undefined
  return versionId ? { versionId } : undefined
}

/** skip-unchanged: remembers a publish in the Actions cache; never fails the run. */
export async function remember(inputs: CheckedInputs, record: PublishRecord): Promise<void> {
  const { settings } = inputs
  if (!settings.skipUnchanged || record.skipped || record.dryRun || !inputs.archive) return
  await rememberPublished(
    {
      appId: settings.appId ?? '',
      identifier: inputs.assetPackIdentifier,
      sha256: inputs.archive.sha256,
      assetPackId: record.assetPackId,
      version: record.version,
      versionId: record.versionId
    },
    { logger: actionLogger }
  )
}

/** Keeps the PR's one comment up to date, where asked; never fails the run. */
export async function comment(settings: Settings, input: PrCommentInput): Promise<void> {
  if (!settings.commentOnPr) return
  await upsertPrComment({
    token: settings.githubToken,
    key: prCommentKey(settings),
    body: renderPrComment(input),
    logger: actionLogger
  })
}

export function checkedPart(inputs: CheckedInputs): PrCommentInput {
  const { archive } = inputs
  return {
    identifier: inputs.assetPackIdentifier,
    manifestPath: inputs.settings.manifestPath,
    archive: archive && { path: archive.path, size: archive.size, sha256: archive.sha256 }
  }
}
