import { formatError } from '../engine/asc/errors.js'
import { realEnv } from '../engine/asc/env.js'
import type { BackgroundAsset } from '../engine/asc/schemas.js'
import type { Problem } from '../engine/checks/problem.js'
import { setArchived, type ArchiveOutcome } from '../engine/manage/archive.js'
import { formatDecimalBytes } from '../engine/manage/quota.js'
import { createClient } from '../engine/run.js'
import { findPack } from '../engine/status.js'
import { checkApiInputs } from './api-inputs.js'
import type { FlagValues } from './args.js'
import { BIN, type CliContext, type Command } from './command.js'
import { askLine } from './confirm.js'
import { EXIT } from './exit.js'
import { COMMON_FLAGS, formatCliProblem, pick, rawInputs } from './inputs.js'
import { printJson } from './render.js'

const FLAGS = {
  ...pick('app-id', 'key-id', 'issuer-id', 'private-key', 'private-key-path'),
  'asset-pack-identifier': { type: 'string', value: '<id>', help: 'the pack (required)' },
  yes: {
    type: 'boolean',
    help: 'do not ask: needed where stdin is not a terminal (CI, a pipe)'
  },
  ...pick('api-base-url'),
  ...COMMON_FLAGS
} as const

export const archiveCommand: Command = {
  name: 'archive',
  summary: 'archive a pack: every version leaves TestFlight and the App Store, for good',
  description:
    'Archives the asset pack. Every version leaves TestFlight and the App Store, and the\n' +
    'identifier can never be used again. Asks you to type the identifier to confirm; without a\n' +
    'terminal it refuses unless --yes is given. Apple may take over a minute to answer, or\n' +
    'answer 500 and archive anyway: after such a failure the pack is read back before reporting.',
  flags: FLAGS,
  examples: [
    `${BIN} archive --app-id 1234567890 --asset-pack-identifier Levels`,
    `${BIN} archive --app-id 1234567890 --asset-pack-identifier Levels --yes --json`
  ],
  run: (values, ctx) => archiveOrUnarchive(values, ctx, true)
}

export const unarchiveCommand: Command = {
  name: 'unarchive',
  summary: 'ask App Store Connect to unarchive a pack (its versions do not come back)',
  description:
    'Sends archived: false for the asset pack, with the same confirmation as archive. The\n' +
    'versions that archiving removed do not come back, and App Store Connect may refuse: its\n' +
    'answer is shown as it is.',
  flags: FLAGS,
  examples: [`${BIN} unarchive --app-id 1234567890 --asset-pack-identifier Levels --yes`],
  run: (values, ctx) => archiveOrUnarchive(values, ctx, false)
}

async function archiveOrUnarchive(
  values: FlagValues,
  ctx: CliContext,
  archive: boolean
): Promise<number> {
  const logger = ctx.logger(values)
  const json = values.json === true
  const yes = values.yes === true
  const verb = archive ? 'archive' : 'unarchive'
  const { raw, fromEnv } = rawInputs(values, ctx.env)
  const problems: Problem[] = []
  const checked = await checkApiInputs(raw, logger, { appIdRequired: true })
  if (!checked.ok) problems.push(...checked.problems)
  if (!raw['asset-pack-identifier']) {
    problems.push({ input: 'asset-pack-identifier', message: `is required: the pack to ${verb}` })
  }
  // Checked before any request: a run that cannot ask must not get as far as Apple.
  if (!yes && ctx.stdin.isTTY !== true) {
    problems.push({
      input: 'yes',
      message: `is required where stdin is not a terminal: ${verb} asks you to type the identifier to confirm`
    })
  }
  if (problems.length > 0 || !checked.ok) {
    for (const p of problems) logger.error(formatCliProblem(p, fromEnv))
    const error = `${problems.length} problem(s) in the flags; nothing was sent to App Store Connect.`
    if (json) printJson(ctx, { error, problems })
    return EXIT.usage
  }

  const { settings, credentials } = checked
  const appId = settings.appId ?? ''
  const identifier = settings.assetPackIdentifier ?? ''
  const client = createClient(settings, credentials, logger)
  let pack: BackgroundAsset | undefined
  let outcome: ArchiveOutcome | undefined
  try {
    pack = await findPack(client, appId, identifier, ctx.signal)
    const already = (pack.attributes?.archived === true) === archive
    if (!yes && !already) {
      const answer = await askLine(ctx, confirmation(pack, appId, archive))
      if (answer?.trim() !== identifier) {
        const typed = answer === undefined ? 'nothing' : `'${answer.trim()}'`
        const error = `Refused: you typed ${typed}, not '${identifier}'. Nothing was sent; the pack is unchanged.`
        logger.error(error)
        if (json) printJson(ctx, { ...packJson(pack), error })
        return EXIT.usage
      }
    }
    outcome = await setArchived(client, pack, archive, {
      logger,
      env: realEnv,
      signal: ctx.signal
    })
  } catch (error) {
    const message = ctx.signal.aborted ? 'Cancelled.' : formatError(error)
    logger.error(message)
    if (json) printJson(ctx, { ...(pack ? packJson(pack) : {}), error: message })
    return ctx.signal.aborted ? EXIT.cancelled : EXIT.failed
  } finally {
    await client.close()
  }
  const result = outcome.pack
  if (json) {
    printJson(ctx, {
      ...packJson(result),
      changed: outcome.confirmedBy !== 'already',
      'confirmed-by': outcome.confirmedBy,
      ...(outcome.error ? { 'ambiguous-error': outcome.error } : {}),
      seconds: Math.round(outcome.ms / 100) / 10
    })
  } else {
    ctx.stdout.write(describeOutcome(identifier, outcome, archive))
  }
  return EXIT.ok
}

function confirmation(pack: BackgroundAsset, appId: string, archive: boolean): string {
  const identifier = pack.attributes?.assetPackIdentifier ?? ''
  const used = pack.attributes?.usedBytes
  const size = used !== undefined && used !== null ? `, ${formatDecimalBytes(used)} used` : ''
  const what = archive
    ? `This archives asset pack '${identifier}' (${pack.id}${size}) of app ${appId}.\n` +
      'Every version leaves TestFlight and the App Store, and the identifier can never be used again.\n'
    : `This asks App Store Connect to unarchive asset pack '${identifier}' (${pack.id}) of app ${appId}.\n` +
      'The versions that archiving removed do not come back.\n'
  return `${what}Type the identifier (${identifier}) to confirm: `
}

function packJson(pack: BackgroundAsset): Record<string, unknown> {
  return {
    'asset-pack-identifier': pack.attributes?.assetPackIdentifier ?? '',
    'asset-pack-id': pack.id,
    archived: pack.attributes?.archived === true
  }
}

function describeOutcome(identifier: string, outcome: ArchiveOutcome, archive: boolean): string {
  const state = archive ? 'archived' : 'not archived'
  const name = `${identifier} (${outcome.pack.id})`
  if (outcome.confirmedBy === 'already') return `✔ ${name} is ${state} already; nothing was sent.\n`
  const how =
    outcome.confirmedBy === 'read-back'
      ? `\n  Apple's answer was a failure (${outcome.error}), but reading the pack back shows it ${state}.`
      : ''
  const done = archive ? 'archived' : 'unarchived'
  return `✔ ${name} ${done} in ${(outcome.ms / 1000).toFixed(1)} s.${how}\n`
}
