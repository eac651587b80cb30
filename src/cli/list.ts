import { formatError } from '../engine/asc/errors.js'
import type { Problem } from '../engine/checks/problem.js'
import { createClient } from '../engine/run.js'
import { listPacks, type PackStatus } from '../engine/status.js'
import { checkApiInputs } from './api-inputs.js'
import { text, type FlagValues } from './args.js'
import { BIN, type CliContext, type Command } from './command.js'
import { EXIT } from './exit.js'
import { COMMON_FLAGS, formatCliProblem, pick, rawInputs } from './inputs.js'
import { printJson, table } from './render.js'

export const listCommand: Command = {
  name: 'list',
  summary: 'the packs of an app and their newest versions',
  description:
    "Lists the app's asset packs (or the one named) with their newest versions, states and\n" +
    'internal beta releases. One request for the packs, and one per pack for its versions.',
  flags: {
    ...pick('app-id', 'key-id', 'issuer-id', 'private-key', 'private-key-path'),
    'asset-pack-identifier': { type: 'string', value: '<id>', help: 'only this pack' },
    versions: { type: 'string', value: '<n>', help: 'versions shown per pack, 0-200 (default 5)' },
    ...pick('api-base-url'),
    ...COMMON_FLAGS
  },
  examples: [
    `${BIN} list --app-id 1234567890`,
    `${BIN} list --app-id 1234567890 --versions 0 --json`
  ],
  run: list
}

async function list(values: FlagValues, ctx: CliContext): Promise<number> {
  const logger = ctx.logger(values)
  const json = values.json === true
  const { raw, fromEnv } = rawInputs(values, ctx.env)
  const versionsText = text(values, 'versions') ?? '5'
  const problems: Problem[] = []
  const versions = Number(versionsText)
  if (!/^\d+$/.test(versionsText) || versions > 200) {
    problems.push({
      input: 'versions',
      message: `'${versionsText}' must be a whole number from 0 to 200`
    })
  }
  const checked = await checkApiInputs(raw, logger, { appIdRequired: true })
  if (!checked.ok) problems.push(...checked.problems)
  if (problems.length > 0 || !checked.ok) {
    for (const p of problems) logger.error(formatCliProblem(p, fromEnv))
    if (json) printJson(ctx, { error: `${problems.length} problem(s) in the flags`, problems })
    return EXIT.usage
  }
  const { settings, credentials } = checked
  const client = createClient(settings, credentials, logger)
  let packs: PackStatus[]
  try {
    packs = await listPacks(client, settings.appId ?? '', {
      versions,
      identifier: settings.assetPackIdentifier,
      signal: ctx.signal
    })
  } catch (error) {
    const message = ctx.signal.aborted ? 'Cancelled.' : formatError(error)
    logger.error(message)
    if (json) printJson(ctx, { 'app-id': settings.appId, packs: [], error: message })
    return ctx.signal.aborted ? EXIT.cancelled : EXIT.failed
  } finally {
    await client.close()
  }
  if (json) printJson(ctx, listJson(settings.appId ?? '', packs))
  else ctx.stdout.write(describeList(settings.appId ?? '', packs))
  return EXIT.ok
}

export function listJson(appId: string, packs: PackStatus[]): Record<string, unknown> {
  return {
    'app-id': appId,
    packs: packs.map(p => ({
      'asset-pack-identifier': p.assetPackIdentifier,
      'asset-pack-id': p.assetPackId,
      archived: p.archived,
      versions: p.versions.map(v => ({
        'version-id': v.versionId,
        version: v.version ?? '',
        state: v.state,
        'version-state': v.versionState,
        'internal-beta-release-id': v.internalBetaReleaseId ?? '',
        platforms: v.platforms,
        'created-date': v.createdDate ?? ''
      }))
    }))
  }
}

function describeList(appId: string, packs: PackStatus[]): string {
  if (packs.length === 0) return `App ${appId} has no asset packs.\n`
  const rows = packs.flatMap(p => {
    const name = `${p.assetPackIdentifier}${p.archived ? ' (archived)' : ''}`
    if (p.versions.length === 0) return [[name, p.assetPackId, '', '', '']]
    return p.versions.map((v, i) => [
      i === 0 ? name : '',
      i === 0 ? p.assetPackId : '',
      v.version ?? '?',
      v.state,
      v.versionId
    ])
  })
  return table(['PACK', 'PACK ID', 'VERSION', 'STATE', 'VERSION ID'], rows)
}
