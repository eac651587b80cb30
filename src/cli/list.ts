import { formatError } from '../engine/asc/errors.js'
import type { Problem } from '../engine/checks/problem.js'
import type { VersionStatus } from '../engine/manage/describe.js'
import { listPacks, type PackList } from '../engine/manage/list.js'
import {
  describeBytes,
  describePacks,
  formatDecimalBytes,
  quotaWarnings,
  type AppQuota
} from '../engine/manage/quota.js'
import { createClient } from '../engine/run.js'
import { checkApiInputs } from './api-inputs.js'
import { text, type FlagValues } from './args.js'
import { BIN, type CliContext, type Command } from './command.js'
import { EXIT } from './exit.js'
import { COMMON_FLAGS, formatCliProblem, pick, rawInputs } from './inputs.js'
import { printJson, table } from './render.js'

export const listCommand: Command = {
  name: 'list',
  summary: "the packs of an app, their newest versions, and the app's quota",
  description:
    "Lists the app's asset packs (or the one named): archived or not, usedBytes, and the newest\n" +
    'version (or --versions <n>) with its state, locale and releases. Then the totals against\n' +
    "Apple's per-app limits, 200 GB (200 × 10^9 bytes) and 100 packs, with a warning at 80 %.\n" +
    'One request for the packs, and one per pack for its versions.',
  flags: {
    ...pick('app-id', 'key-id', 'issuer-id', 'private-key', 'private-key-path'),
    'asset-pack-identifier': { type: 'string', value: '<id>', help: 'only this pack' },
    versions: {
      type: 'string',
      value: '<n>',
      help: 'versions shown per pack, 0-200 (default 1: the newest)'
    },
    ...pick('api-base-url'),
    ...COMMON_FLAGS
  },
  examples: [
    `${BIN} list --app-id 1234567890`,
    `${BIN} list --app-id 1234567890 --versions 0 --json`,
    `${BIN} list --app-id 1234567890 --asset-pack-identifier Levels --versions 5`
  ],
  run: list
}

async function list(values: FlagValues, ctx: CliContext): Promise<number> {
  const logger = ctx.logger(values)
  const json = values.json === true
  const { raw, fromEnv } = rawInputs(values, ctx.env)
  const versionsText = text(values, 'versions') ?? '1'
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
  let listed: PackList
  try {
    listed = await listPacks(client, settings.appId ?? '', {
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
  const warnings = quotaWarnings(listed.quota)
  for (const w of warnings) logger.warning(w)
  if (json) printJson(ctx, listJson(settings.appId ?? '', listed, warnings))
  else ctx.stdout.write(describeList(settings.appId ?? '', listed))
  return EXIT.ok
}

export function listJson(
  appId: string,
  { packs, quota }: PackList,
  warnings: string[]
): Record<string, unknown> {
  return {
    'app-id': appId,
    packs: packs.map(p => ({
      'asset-pack-identifier': p.assetPackIdentifier,
      'asset-pack-id': p.assetPackId,
      archived: p.archived,
      'used-bytes': p.usedBytes ?? null,
      versions: p.versions.map(versionJson)
    })),
    quota: quotaJson(quota),
    warnings
  }
}

/** A version in `list --json`, and the release states `status --json` shows too. */
export function versionJson(v: VersionStatus): Record<string, unknown> {
  return {
    'version-id': v.versionId,
    version: v.version ?? '',
    state: v.state,
    'version-state': v.versionState,
    locale: v.locale ?? '',
    'internal-beta-release-id': v.internalBetaReleaseId ?? '',
    ...releaseJson(v),
    platforms: v.platforms,
    'created-date': v.createdDate ?? ''
  }
}

export function releaseJson(v: Partial<VersionStatus> | undefined): Record<string, string> {
  return {
    'internal-beta-release-state': v?.internalBetaReleaseState ?? '',
    'external-beta-release-id': v?.externalBetaReleaseId ?? '',
    'external-beta-release-state': v?.externalBetaReleaseState ?? '',
    'app-store-release-id': v?.appStoreReleaseId ?? '',
    'app-store-release-state': v?.appStoreReleaseState ?? ''
  }
}

export function quotaJson(q: AppQuota): Record<string, unknown> {
  return {
    'used-bytes': q.bytes.used,
    'limit-bytes': q.bytes.limit,
    'bytes-share': round(q.bytes.share),
    packs: q.packs.used,
    'packs-limit': q.packs.limit,
    'packs-share': round(q.packs.share),
    'archived-packs': q.archivedPacks,
    warning: q.bytes.warn || q.packs.warn
  }
}

function round(share: number): number {
  return Math.round(share * 10_000) / 10_000
}

function describeList(appId: string, { packs, quota }: PackList): string {
  const totals =
    `\nApp ${appId}: ${describeBytes(quota.bytes)} · ${describePacks(quota.packs)}` +
    `${quota.archivedPacks ? `, ${quota.archivedPacks} archived` : ''}\n` +
    quotaWarnings(quota)
      .map(w => `⚠ ${w}\n`)
      .join('')
  if (packs.length === 0) return `App ${appId} has no asset packs.\n${totals}`
  const versions = packs.flatMap(p => p.versions)
  const external = versions.some(v => v.externalBetaReleaseState)
  const appStore = versions.some(v => v.appStoreReleaseState)
  const head = [
    'PACK',
    'PACK ID',
    'USED',
    'VERSION',
    'STATE',
    'LOCALE',
    ...(external ? ['EXTERNAL BETA'] : []),
    ...(appStore ? ['APP STORE'] : []),
    'VERSION ID'
  ]
  const rows = packs.flatMap(p => {
    const first = [
      `${p.assetPackIdentifier}${p.archived ? ' (archived)' : ''}`,
      p.assetPackId,
      p.usedBytes === undefined ? '?' : formatDecimalBytes(p.usedBytes)
    ]
    const blank = first.map(() => '')
    if (p.versions.length === 0) return [[...first, '', 'no versions']]
    return p.versions.map((v, i) => [
      ...(i === 0 ? first : blank),
      v.version ?? '?',
      v.state,
      v.locale ?? '',
      ...(external ? [v.externalBetaReleaseState ?? ''] : []),
      ...(appStore ? [v.appStoreReleaseState ?? ''] : []),
      v.versionId
    ])
  })
  return table(head, rows) + totals
}
