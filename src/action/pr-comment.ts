import type { Problem } from '../engine/checks/problem.js'
import type { Logger } from '../engine/log.js'
import { describeMessages, type PublishRecord } from '../engine/publish/record.js'
import { formatBytes, plural } from './format.js'
import { code } from './summary.js'

/**
 * The pull-request comment: one per pack and PR, found again by a hidden marker and updated on
 * every push instead of added again. `renderPrComment` is pure; `upsertPrComment` talks to
 * GitHub and never fails the run. @actions/github is imported only here, and only when a comment
 * is due: loading it costs ~100 ms and ~20 MB, and most runs don't comment.
 */

/** The run's result, as far as it got. Every field but the pack is optional. */
export interface PrCommentInput {
  /** The pack's identifier; absent when the manifest could not be read. */
  identifier?: string
  manifestPath?: string
  /** The archive given, with its size and digest once checked. */
  archive?: { path: string; size?: number; sha256?: string }
  /** Local problems: nothing was sent to Apple. */
  problems?: Problem[]
  /** What the run did at App Store Connect (a dry run's manifest check, or a publish). */
  record?: PublishRecord
  /** Why Apple's check did not run (a dry run without credentials). */
  localOnlyReason?: string
  /** The failure's message, when the run failed after the local checks. */
  error?: string
}

/** The subset of @actions/github's `context` used here; tests pass a plain object. */
export interface PrContext {
  eventName: string
  payload: { pull_request?: { number: number; head?: { sha?: string } } }
  /** `owner/repo`; @actions/github's getter throws without GITHUB_REPOSITORY. */
  readonly repo: { owner: string; repo: string }
  runId?: number
  serverUrl?: string
}

export type CommentOutcome = 'created' | 'updated' | 'skipped'

const PR_EVENTS = new Set(['pull_request', 'pull_request_target'])
const MAX_PROBLEMS = 50
const MAX_ERROR = 4000
/** GitHub refuses comments longer than 65,536 characters. */
const MAX_BODY = 65_000

/** The hidden first line that finds the comment again: one per key (pack) and PR. */
export function prCommentMarker(key: string): string {
  return `<!-- publish-asset-pack:${encodeURIComponent(key)} -->`
}

/**
 * The comment's key: stable across the runs of one workflow step, even when the manifest is
 * broken and its assetPackID unknown, so one step keeps one comment. Two packs in one PR have
 * different manifests (or identifiers), hence two comments.
 */
export function prCommentKey(settings: {
  assetPackIdentifier?: string
  manifestPath?: string
}): string {
  return settings.assetPackIdentifier ?? settings.manifestPath ?? 'asset-pack'
}

/**
 * Keeps one comment with `body` on the pull request of this run: updates the comment carrying
 * `key`'s marker, or creates it. Off pull-request events, or without permission, it logs why
 * and returns 'skipped'; it never throws.
 */
export async function upsertPrComment(options: {
  token: string | undefined
  key: string
  body: string
  logger: Logger
  context?: PrContext
}): Promise<CommentOutcome> {
  const { token, key, logger } = options
  try {
    const github = await import('@actions/github')
    const context: PrContext = options.context ?? github.context
    const number = context.payload.pull_request?.number
    if (!PR_EVENTS.has(context.eventName) || typeof number !== 'number') {
      logger.info(
        `comment-on-pr: this run is a '${context.eventName}' event, not a pull request; no comment.`
      )
      return 'skipped'
    }
    if (!token) {
      logger.warning(
        'comment-on-pr: github-token is empty, so the pull request gets no comment. ' +
          'Leave github-token at its default (${{ github.token }}) or pass a token.'
      )
      return 'skipped'
    }
    const { owner, repo } = context.repo
    const octokit = github.getOctokit(token)
    const marker = prCommentMarker(key)
    const body = withFooter(marker, options.body, context)

    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: number,
      per_page: 100
    })
    for await (const page of pages) {
      const mine = page.data.find(comment => comment.body?.startsWith(marker))
      if (mine) {
        await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body })
        logger.info(`Updated the comment on pull request #${number}: ${mine.html_url}`)
        return 'updated'
      }
    }
    const created = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: number,
      body
    })
    logger.info(`Commented on pull request #${number}: ${created.data.html_url}`)
    return 'created'
  } catch (error) {
    logger.warning(commentFailure(error))
    return 'skipped'
  }
}

function commentFailure(error: unknown): string {
  const status = (error as { status?: unknown })?.status
  const message = error instanceof Error ? error.message : String(error)
  if (status === 403 || status === 404) {
    return (
      `Could not comment on the pull request (HTTP ${status}: ${message}). The token may not ` +
      'write to pull requests: give the job `permissions: pull-requests: write`. A pull ' +
      'request from a fork gets a read-only token whatever the workflow asks; the result is ' +
      'in the job summary. The run goes on.'
    )
  }
  const http = typeof status === 'number' && status > 0 ? ` (HTTP ${status})` : ''
  return `Could not comment on the pull request${http}: ${message}. The run goes on.`
}

function withFooter(marker: string, body: string, context: PrContext): string {
  const parts = ['publish-asset-pack']
  const sha = context.payload.pull_request?.head?.sha
  if (sha) parts.push(`commit ${code(sha.slice(0, 7))}`)
  if (context.serverUrl && context.runId && Number.isFinite(context.runId)) {
    const { owner, repo } = context.repo
    parts.push(
      `[workflow run](${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId})`
    )
  }
  const footer = `\n\n<sub>${parts.join(' · ')} · updated on every push</sub>\n`
  const room = MAX_BODY - marker.length - footer.length - 1
  const text = body.length > room ? `${body.slice(0, room - 40)}\n\n… (cut: too long)` : body
  return `${marker}\n${text.trimEnd()}${footer}`
}

/** The comment's Markdown: the pack, what was checked, the problems, Apple's verdict. */
export function renderPrComment(input: PrCommentInput): string {
  const problems = input.problems ?? []
  const record = input.record
  const pack = input.identifier
    ? `Asset pack ${code(input.identifier)}`
    : `Asset pack (${code(input.manifestPath ?? 'manifest not given')})`
  const refused = record?.manifestState === 'FAILED' || (record?.manifestErrors?.length ?? 0) > 0

  let heading: string
  if (problems.length > 0) {
    heading = `❌ ${pack}: ${plural(problems.length, 'problem')}, nothing sent to Apple`
  } else if (refused) heading = `❌ ${pack}: Apple refused the manifest`
  else if (input.error) heading = `❌ ${pack}: failed`
  else if (record?.skipped) heading = `⏭️ ${pack}: unchanged, not published`
  else if (input.localOnlyReason)
    heading = `✅ ${pack}: local checks passed (Apple's check skipped)`
  else if (record?.dryRun) heading = `✅ ${pack}: manifest accepted by Apple (dry run)`
  else if (record) {
    heading = `✅ ${pack}: version ${record.version ?? '?'} published (${record.state ?? '?'})`
  } else heading = `ℹ️ ${pack}`

  const lines = [`### ${heading}`, '', '| Check | Result |', '| --- | --- |']
  for (const [label, value] of checkRows(input, refused))
    lines.push(`| ${label} | ${cell(value)} |`)
  lines.push('')

  if (problems.length > 0) {
    lines.push(`#### ${plural(problems.length, 'problem')}`, '', '| Input | Where | Problem |')
    lines.push('| --- | --- | --- |')
    for (const p of problems.slice(0, MAX_PROBLEMS)) {
      lines.push(`| ${code(p.input)} | ${cell(where(p))} | ${cell(escape(p.message))} |`)
    }
    if (problems.length > MAX_PROBLEMS) {
      lines.push('', `… and ${problems.length - MAX_PROBLEMS} more: see the job summary.`)
    }
    lines.push('', 'Nothing was sent to App Store Connect. Fix these and push again.', '')
  }
  const verdict = describeMessages(record?.manifestErrors)
  if (verdict.length > 0) {
    lines.push("#### Apple's verdict on the manifest", '')
    for (const line of verdict) lines.push(`- ${escape(line)}`)
    lines.push('')
  }
  if (input.error) lines.push('#### Error', '', fence(input.error.slice(0, MAX_ERROR)), '')
  if (record?.skipped && record.skipReason) lines.push(escape(record.skipReason), '')
  for (const note of record?.notes ?? []) lines.push(`- ${escape(note)}`)
  if (record?.notes.length) lines.push('')
  if (input.localOnlyReason) {
    lines.push(
      "Only the local checks ran. Apple's manifest check runs when the workflow has the " +
        'App Store Connect key; a pull request from a fork gets no secrets.',
      ''
    )
  }
  return lines.join('\n').trimEnd() + '\n'
}

function checkRows(input: PrCommentInput, refused: boolean): Array<[string, string]> {
  const problems = input.problems ?? []
  const count = (name: string) => problems.filter(p => p.input === name).length
  const rows: Array<[string, string]> = []

  const manifestProblems = count('manifest-path')
  rows.push([
    input.manifestPath ? `Manifest ${code(input.manifestPath)}` : 'Manifest',
    !input.manifestPath
      ? '— not given'
      : manifestProblems > 0
        ? `❌ ${plural(manifestProblems, 'problem')}`
        : '✅ passed the local checks'
  ])

  const archive = input.archive
  const archiveProblems = count('archive-path')
  let archiveText = '— none given (a dry run needs only the manifest)'
  if (archiveProblems > 0) archiveText = `❌ ${plural(archiveProblems, 'problem')}`
  else if (archive?.sha256) {
    const size = archive.size !== undefined ? `${formatBytes(archive.size)}, ` : ''
    archiveText = `✅ ${size}SHA-256 ${code(archive.sha256)}`
  } else if (archive) archiveText = '✅ passed the local checks'
  rows.push([archive ? `Archive ${code(archive.path)}` : 'Archive', archiveText])

  rows.push(["Apple's manifest check", appleCheck(input, refused)])

  const record = input.record
  if (record?.versionId) {
    rows.push(['Version', `${record.version ?? '?'} ${code(record.versionId)} — ${source(record)}`])
  }
  if (record?.state && !record.dryRun) rows.push(['State', `**${record.state}**`])
  return rows
}

function appleCheck(input: PrCommentInput, refused: boolean): string {
  const record = input.record
  if ((input.problems?.length ?? 0) > 0) return '⏭️ not run: the local checks failed'
  if (input.localOnlyReason) return `⏭️ skipped: ${escape(input.localOnlyReason)}`
  if (record?.skipped) return '⏭️ not run: the archive is unchanged'
  if (refused) return `❌ refused (${record?.manifestState ?? 'FAILED'}): see Apple's verdict below`
  if (record?.manifestState === 'COMPLETE') return '✅ accepted (COMPLETE)'
  if (record?.manifestState) return `⚠️ ${record.manifestState}`
  return input.error ? '— not reached: see the error below' : '— not run'
}

function source(record: PublishRecord): string {
  switch (record.versionSource) {
    case 'created':
      return record.dryRun
        ? 'created by this dry run; it stays AWAITING_UPLOAD and the next run reuses it'
        : 'created by this run'
    case 'reused-pending':
      return 'reused: left AWAITING_UPLOAD by an earlier run (no new version needed)'
    case 'resumed':
      return 'resumed: it already holds this archive'
    default:
      return 'chosen by this run'
  }
}

function where(p: Problem): string {
  const parts: string[] = []
  if (p.file) parts.push(code(p.line ? `${p.file}:${p.line}` : p.file))
  if (p.jsonPath) parts.push(`at ${code(p.jsonPath)}`)
  return parts.join(' ') || '—'
}

/** A fenced block that no backtick run inside the text can close. */
function fence(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map(run => run.length))
  const ticks = '`'.repeat(longest + 1)
  return `${ticks}text\n${text}\n${ticks}`
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>')
}

/**
 * Text from files and servers, made inert: no HTML, no links, and no @mentions (a fork's
 * manifest must not make the bot's comment ping people).
 */
function escape(text: string): string {
  return text
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;')
    .replace(/([[\]])/g, '\\$1')
    .replace(/\r?\n/g, ' ')
}
