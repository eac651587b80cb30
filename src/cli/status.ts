import { formatError } from '../engine/asc/errors.js'
import { realEnv } from '../engine/asc/env.js'
import { readManifest } from '../engine/checks/manifest.js'
import type { Problem } from '../engine/checks/problem.js'
import { createClient } from '../engine/run.js'
import {
  NotFoundError,
  packStatus,
  versionStatus,
  waitForStatus,
  type PackStatus,
  type VersionStatus
} from '../engine/status.js'
import { checkApiInputs } from './api-inputs.js'
import { text, type FlagValues } from './args.js'
import { BIN, type CliContext, type Command } from './command.js'
import { EXIT } from './exit.js'
import { COMMON_FLAGS, formatCliProblem, pick, rawInputs } from './inputs.js'
import { releaseJson } from './list.js'
import { printJson } from './render.js'
import { formatDecimalBytes } from '../engine/manage/quota.js'

export const statusCommand: Command = {
  name: 'status',
  summary: "a pack's or version's current state, and waiting for it",
  description:
    "Shows the state of a pack's newest version (or --version <n>, or --version-id): its internal\n" +
    "beta, external beta and App Store release states, Apple's stateDetails messages verbatim,\n" +
    "and each upload file's delivery state and errors. With --wait-for, polls until the version is\n" +
    'processed or ready for testing, as publish waits: exit 1 if it fails or the wait times out.',
  flags: {
    ...pick('app-id', 'key-id', 'issuer-id', 'private-key', 'private-key-path'),
    'asset-pack-identifier': { type: 'string', value: '<id>', help: 'the pack' },
    'manifest-path': {
      type: 'string',
      value: '<path>',
      help: "or the pack of this manifest's assetPackID"
    },
    version: { type: 'string', value: '<n>', help: 'the version number (default: the newest)' },
    'version-id': {
      type: 'string',
      value: '<id>',
      help: 'a version by its id (no app or pack needed)'
    },
    'wait-for': {
      type: 'string',
      value: '<what>',
      help: 'processed or ready-for-testing: wait until then'
    },
    ...pick('timeout-minutes', 'poll-interval-seconds', 'api-base-url'),
    ...COMMON_FLAGS
  },
  examples: [
    `${BIN} status --app-id 1234567890 --asset-pack-identifier Levels`,
    `${BIN} status --version-id 8f0c… --wait-for ready-for-testing --json`
  ],
  run: status
}

async function status(values: FlagValues, ctx: CliContext): Promise<number> {
  const logger = ctx.logger(values)
  const json = values.json === true
  const { raw, fromEnv } = rawInputs(values, ctx.env)
  const versionId = text(values, 'version-id')
  const version = text(values, 'version')
  const waitFor = text(values, 'wait-for')
  const problems: Problem[] = []
  if (version !== undefined && !/^\d+$/.test(version)) {
    problems.push({ input: 'version', message: `'${version}' must be a version number: digits` })
  }
  if (waitFor !== undefined && waitFor !== 'processed' && waitFor !== 'ready-for-testing') {
    problems.push({
      input: 'wait-for',
      message: `'${waitFor}' must be processed or ready-for-testing`
    })
  }
  const checked = await checkApiInputs(raw, logger, { appIdRequired: !versionId })
  if (!checked.ok) problems.push(...checked.problems)
  let identifier = raw['asset-pack-identifier']
  const manifestPath = text(values, 'manifest-path')
  if (!versionId && !identifier && manifestPath) {
    const read = await readManifest(manifestPath)
    problems.push(...read.problems)
    identifier = read.manifest?.assetPackID
  } else if (!versionId && !identifier) {
    problems.push({
      input: 'asset-pack-identifier',
      message: 'is required: the pack to show (or give --manifest-path, or --version-id)'
    })
  }
  if (problems.length > 0 || !checked.ok) {
    for (const p of problems) logger.error(formatCliProblem(p, fromEnv))
    if (json) printJson(ctx, { error: `${problems.length} problem(s) in the flags`, problems })
    return EXIT.usage
  }

  const { settings, credentials } = checked
  const client = createClient(settings, credentials, logger)
  let pack: Omit<PackStatus, 'versions'> | undefined
  let seen: VersionStatus | undefined
  try {
    if (versionId) {
      seen = await versionStatus(client, versionId, ctx.signal)
    } else {
      const found = await packStatus(client, settings.appId ?? '', identifier ?? '', {
        version,
        signal: ctx.signal
      })
      pack = found.pack
      seen = found.version
    }
    if (waitFor && !seen) {
      throw new NotFoundError(`Asset pack '${identifier}' has no version yet to wait for.`)
    }
    if (waitFor && seen) {
      seen = await waitForStatus(client, seen.versionId, waitFor as 'processed', {
        logger,
        env: realEnv,
        timeoutMinutes: settings.timeoutMinutes,
        pollIntervalSeconds: settings.pollIntervalSeconds,
        signal: ctx.signal
      })
    }
  } catch (error) {
    const message = ctx.signal.aborted ? 'Cancelled.' : formatError(error)
    logger.error(message)
    if (json) printJson(ctx, { ...statusJson(pack, seen, identifier), error: message })
    return ctx.signal.aborted ? EXIT.cancelled : EXIT.failed
  } finally {
    await client.close()
  }
  if (json) printJson(ctx, statusJson(pack, seen, identifier))
  else ctx.stdout.write(describeStatus(pack, seen, identifier))
  return EXIT.ok
}

/** The JSON of status: the output names where they apply, and the version's details. */
export function statusJson(
  pack: Omit<PackStatus, 'versions'> | undefined,
  v: VersionStatus | undefined,
  identifier?: string
): Record<string, unknown> {
  return {
    'asset-pack-identifier': pack?.assetPackIdentifier ?? identifier ?? '',
    'asset-pack-id': pack?.assetPackId ?? '',
    archived: pack?.archived ?? null,
    'used-bytes': pack?.usedBytes ?? null,
    'version-id': v?.versionId ?? '',
    version: v?.version ?? '',
    state: v?.state ?? '',
    'version-state': v?.versionState ?? '',
    locale: v?.locale ?? '',
    'internal-beta-release-id': v?.internalBetaReleaseId ?? '',
    ...releaseJson(v),
    platforms: v?.platforms ?? [],
    errors: v?.errors ?? [],
    warnings: v?.warnings ?? [],
    infos: v?.infos ?? [],
    'upload-files': (v?.uploadFiles ?? []).map(f => ({
      'upload-file-id': f.uploadFileId,
      'asset-type': f.assetType,
      'file-name': f.fileName,
      'file-size': f.fileSize ?? null,
      state: f.state,
      errors: f.errors,
      warnings: f.warnings
    }))
  }
}

function describeStatus(
  pack: Omit<PackStatus, 'versions'> | undefined,
  v: VersionStatus | undefined,
  identifier?: string
): string {
  const name = pack
    ? `${pack.assetPackIdentifier} (${pack.assetPackId}${pack.archived ? ', archived' : ''})`
    : (identifier ?? 'Version')
  const used =
    pack?.usedBytes !== undefined ? [`  used        ${formatDecimalBytes(pack.usedBytes)}`] : []
  if (!v) return [`${name}: no versions yet`, ...used, ''].join('\n')
  const lines = [
    `${name}: version ${v.version ?? '?'} ${v.state}${v.state !== v.versionState ? ` (version ${v.versionState})` : ''}`,
    `  version-id  ${v.versionId}`,
    ...used
  ]
  if (v.locale) lines.push(`  locale      ${v.locale}`)
  if (v.platforms.length) lines.push(`  platforms   ${v.platforms.join(', ')}`)
  const releases: Array<[string, string | undefined, string | undefined]> = [
    ['internal beta', v.internalBetaReleaseState, v.internalBetaReleaseId],
    ['external beta', v.externalBetaReleaseState, v.externalBetaReleaseId],
    ['App Store', v.appStoreReleaseState, v.appStoreReleaseId]
  ]
  for (const [label, state, id] of releases) {
    lines.push(`  ${label.padEnd(13)} ${state ? `${state} (${id})` : 'none'}`)
  }
  for (const e of v.errors) lines.push(`  error: ${e}`)
  for (const w of v.warnings) lines.push(`  warning: ${w}`)
  for (const i of v.infos) lines.push(`  info: ${i}`)
  for (const f of v.uploadFiles ?? []) {
    const size = f.fileSize !== undefined ? `, ${formatDecimalBytes(f.fileSize)}` : ''
    lines.push(`  ${f.assetType} ${f.fileName} (${f.uploadFileId}${size}): ${f.state}`)
    for (const e of f.errors) lines.push(`    error: ${e}`)
    for (const w of f.warnings) lines.push(`    warning: ${w}`)
  }
  return `${lines.join('\n')}\n`
}
