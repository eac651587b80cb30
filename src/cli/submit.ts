import { formatError } from '../engine/asc/errors.js'
import { PLATFORMS, type Platform } from '../engine/asc/review-schemas.js'
import { PACK_IDENTIFIER } from '../engine/checks/settings.js'
import type { Problem } from '../engine/checks/problem.js'
import { chooseVersions } from '../engine/review/choose.js'
import { planReview, type PlatformPlan, type VersionToSubmit } from '../engine/review/plan.js'
import { ReviewSubmissions } from '../engine/asc/review-submissions.js'
import { submitForReview, type ReviewOutcome } from '../engine/review/submit.js'
import { createClient } from '../engine/run.js'
import { checkApiInputs } from './api-inputs.js'
import { text, type FlagValues } from './args.js'
import { BIN, type CliContext, type Command } from './command.js'
import { EXIT } from './exit.js'
import { COMMON_FLAGS, formatCliProblem, pick, rawInputs } from './inputs.js'
import { printJson } from './render.js'

export const submitCommand: Command = {
  name: 'submit',
  summary: 'send processed versions to App Store review',
  description:
    "Adds processed (COMPLETE) versions to the app's App Store review submission for each of\n" +
    'their platforms (the open one is reused; one is created where there is none) and submits it,\n' +
    'or with --draft leaves it open for a person in App Store Connect. Up to 10 packs go into one\n' +
    'submission; a version already in it is not added again, so a rerun is safe. External\n' +
    'TestFlight review has no public API: it is done in App Store Connect only.',
  flags: {
    ...pick('app-id', 'key-id', 'issuer-id', 'private-key', 'private-key-path'),
    'asset-pack-identifier': {
      type: 'string',
      multiple: true,
      value: '<id>',
      help: 'a pack to submit; repeat it for several'
    },
    all: { type: 'boolean', help: 'every pack that is not archived (its newest COMPLETE version)' },
    version: {
      type: 'string',
      value: '<n>',
      help: "the version number (one pack only; default: the pack's newest COMPLETE version)"
    },
    platform: {
      type: 'string',
      multiple: true,
      value: '<p>',
      help: `only this platform (${PLATFORMS.join(', ')}); default: each version's own`
    },
    draft: { type: 'boolean', help: "add to the submission, don't submit it" },
    'dry-run': { type: 'boolean', help: 'print what would be added; send nothing' },
    ...pick('api-base-url'),
    ...COMMON_FLAGS
  },
  examples: [
    `${BIN} submit --app-id 1234567890 --asset-pack-identifier Levels`,
    `${BIN} submit --app-id 1234567890 --all --draft --dry-run`,
    `${BIN} submit --app-id 1234567890 --asset-pack-identifier Levels --version 3 --platform IOS --json`
  ],
  run: submit
}

interface Flags {
  identifiers: string[]
  all: boolean
  version?: string
  platforms?: Platform[]
}

function readFlags(values: FlagValues, problems: Problem[]): Flags {
  const list = (name: string) => {
    const v = values[name]
    return Array.isArray(v) ? v : typeof v === 'string' ? [v] : []
  }
  const identifiers = list('asset-pack-identifier')
  const all = values.all === true
  const version = text(values, 'version')
  const platforms = list('platform').map(p => p.toUpperCase())
  for (const id of identifiers.filter(i => !PACK_IDENTIFIER.test(i))) {
    problems.push({
      input: 'asset-pack-identifier',
      message: `'${id}' must contain only letters, digits and hyphens`
    })
  }
  if (all === identifiers.length > 0) {
    problems.push({
      input: 'asset-pack-identifier',
      message: all
        ? 'is given with --all: name packs, or take them all, not both'
        : 'is required: the pack to submit (repeat it for several), or give --all'
    })
  }
  if (version !== undefined && (!/^\d+$/.test(version) || identifiers.length !== 1)) {
    problems.push({
      input: 'version',
      message: `'${version}' must be a version number (digits) of exactly one --asset-pack-identifier`
    })
  }
  for (const p of platforms.filter(x => !(PLATFORMS as readonly string[]).includes(x))) {
    problems.push({ input: 'platform', message: `'${p}' must be one of ${PLATFORMS.join(', ')}` })
  }
  return {
    identifiers,
    all,
    version,
    platforms: platforms.length ? [...new Set(platforms as Platform[])] : undefined
  }
}

async function submit(values: FlagValues, ctx: CliContext): Promise<number> {
  const logger = ctx.logger(values)
  const json = values.json === true
  const dryRun = values['dry-run'] === true
  const mode = values.draft === true ? 'draft' : 'submit'
  const { raw, fromEnv } = rawInputs(values, ctx.env)
  delete raw['asset-pack-identifier'] // several: checked here, not by the single-pack rule
  const problems: Problem[] = []
  const flags = readFlags(values, problems)
  const checked = await checkApiInputs(raw, logger, { appIdRequired: true })
  if (!checked.ok) problems.push(...checked.problems)
  if (problems.length > 0 || !checked.ok) {
    for (const p of problems) logger.error(formatCliProblem(p, fromEnv))
    if (json) printJson(ctx, { error: `${problems.length} problem(s) in the flags`, problems })
    return EXIT.usage
  }
  const appId = checked.settings.appId ?? ''
  const client = createClient(checked.settings, checked.credentials, logger)
  try {
    const versions: VersionToSubmit[] = await chooseVersions(client, appId, {
      ...flags,
      signal: ctx.signal
    })
    if (dryRun) {
      const plans = await planReview(new ReviewSubmissions(client), appId, versions, {
        platforms: flags.platforms,
        signal: ctx.signal
      })
      if (json) printJson(ctx, { 'dry-run': true, mode, ...planJson(plans) })
      else ctx.stdout.write(describePlans(plans, mode))
      return EXIT.ok
    }
    const outcome = await submitForReview(client, {
      appId,
      versions,
      mode,
      platforms: flags.platforms,
      logger,
      signal: ctx.signal
    })
    if (json) printJson(ctx, outcomeJson(outcome))
    else ctx.stdout.write(describeOutcome(outcome, mode))
    return EXIT.ok
  } catch (error) {
    const message = ctx.signal.aborted ? 'Cancelled.' : formatError(error)
    logger.error(message)
    if (json) printJson(ctx, { error: message })
    return ctx.signal.aborted ? EXIT.cancelled : EXIT.failed
  } finally {
    await client.close()
  }
}

/** The JSON of a run: the action's output names, and what each platform's submission got. */
export function outcomeJson(outcome: ReviewOutcome): Record<string, unknown> {
  const ids = Object.fromEntries(
    Object.entries(outcome.submissions).map(([p, s]) => [p, s?.submissionId])
  )
  return {
    'review-submission-ids': ids,
    'app-store-release-state':
      outcome.versions.length === 1 ? (outcome.versions[0]?.appStoreReleaseState ?? '') : '',
    submissions: outcome.submissions,
    packs: outcome.versions.map(v => ({
      'asset-pack-identifier': v.identifier,
      'version-id': v.versionId,
      'app-store-release-state': v.appStoreReleaseState ?? ''
    }))
  }
}

function describeOutcome(outcome: ReviewOutcome, mode: 'submit' | 'draft'): string {
  const lines: string[] = []
  for (const [platform, s] of Object.entries(outcome.submissions)) {
    if (!s) continue
    const added = s.added.length ? `added ${s.added.join(', ')}` : 'nothing added'
    lines.push(
      `✔ ${platform}: review submission ${s.submissionId} ${s.state}${s.created ? ' (created)' : ''}; ${added}`
    )
  }
  for (const v of outcome.versions) {
    lines.push(`  ${v.identifier}: App Store release ${v.appStoreReleaseState ?? 'none yet'}`)
  }
  if (mode === 'draft') lines.push('Left open: submit it in App Store Connect.')
  return `${lines.join('\n')}\n`
}

function planJson(plans: PlatformPlan[]): Record<string, unknown> {
  return {
    platforms: Object.fromEntries(
      plans.map(p => [
        p.platform,
        {
          'review-submission-id': p.draft?.id ?? '',
          add: p.toAdd.map(v => v.identifier),
          'already-in': [...p.inDraft, ...p.submitted.map(s => s.version)].map(v => v.identifier),
          reviewed: p.reviewed.map(v => v.identifier)
        }
      ])
    )
  }
}

function describePlans(plans: PlatformPlan[], mode: 'submit' | 'draft'): string {
  const lines = ['Dry run: nothing was sent.']
  for (const p of plans) {
    const where = p.draft ? `the open review submission ${p.draft.id}` : 'a new review submission'
    const add = p.toAdd.map(v => `${v.identifier} (version ${v.version ?? '?'})`)
    lines.push(
      `${p.platform}: ${add.length ? `would add ${add.join(', ')} to ${where}` : 'nothing to add'}` +
        (mode === 'submit' && (add.length || p.inDraft.length) ? ', then submit it' : '')
    )
    for (const v of p.inDraft) lines.push(`  ${v.identifier}: in ${where} already`)
    for (const s of p.submitted) {
      lines.push(
        `  ${s.version.identifier}: in review submission ${s.submission.id} (${s.submission.attributes.state})`
      )
    }
    for (const v of p.reviewed) {
      lines.push(`  ${v.identifier}: reviewed already (${v.appStoreReleaseState})`)
    }
  }
  return `${lines.join('\n')}\n`
}
