import { formatError } from '../engine/asc/errors.js'
import { describeArchiveCheck, type CheckResult } from '../engine/checks/inputs.js'
import type { Advisory, Problem } from '../engine/checks/problem.js'
import { describeManifest } from '../engine/checks/manifest.js'
import { checkRun, type ManyCheck } from '../engine/multi/check.js'
import { outputsOf, packEntry } from '../engine/multi/outputs.js'
import { publishPacks, type PackResult } from '../engine/multi/publish.js'
import { describeCancel, startRecord, type PublishRecord } from '../engine/publish/record.js'
import { publishPack } from '../engine/run.js'
import type { FlagValues } from './args.js'
import { BIN, type CliContext, type Command } from './command.js'
import { EXIT } from './exit.js'
import {
  COMMON_FLAGS,
  INPUT_FLAGS,
  formatCliProblem,
  pick,
  rawInputs,
  type CliInputs
} from './inputs.js'
import { describeRecord, describeResults, printJson } from './render.js'
import type { TerminalLogger } from './terminal.js'

export const publishCommand: Command = {
  name: 'publish',
  summary: 'check, upload and wait until the version is ready for testing',
  description:
    'Checks everything offline, then creates the version, lets Apple check the manifest, uploads\n' +
    'the archive and waits as --wait-for says. Several manifests (repeated flags or quoted globs)\n' +
    'are published --pack-concurrency at a time; one failing does not stop the others.',
  flags: { ...INPUT_FLAGS, ...COMMON_FLAGS },
  examples: [
    `${BIN} publish --app-id 1234567890 --manifest-path Manifest.json --archive-path Levels.aar`,
    `${BIN} publish --app-id 1234567890 --manifest-path 'AssetPacks/*/Manifest.json' --archive-path 'build/*.aar' --json`
  ],
  run: (values, ctx) => publishOrValidate(values, ctx, false)
}

export const validateCommand: Command = {
  name: 'validate',
  summary: "the dry run: local checks, then Apple's manifest check (no upload)",
  description:
    'Checks the manifest and the archive offline and, with credentials, lets Apple check the\n' +
    'manifest. Never uploads the archive. Without a key only the local checks run.',
  flags: {
    ...pick(
      'app-id',
      'key-id',
      'issuer-id',
      'private-key',
      'private-key-path',
      'manifest-path',
      'archive-path',
      'asset-pack-identifier',
      'archive-check',
      'timeout-minutes',
      'poll-interval-seconds',
      'pack-concurrency',
      'api-base-url'
    ),
    ...COMMON_FLAGS
  },
  examples: [`${BIN} validate --manifest-path Manifest.json --archive-path Levels.aar`],
  run: (values, ctx) => publishOrValidate(values, ctx, true)
}

async function publishOrValidate(
  values: FlagValues,
  ctx: CliContext,
  dryRun: boolean
): Promise<number> {
  const logger = ctx.logger(values)
  const json = values.json === true
  const inputs = rawInputs(values, ctx.env)
  if (dryRun) inputs.raw['dry-run'] = 'true'
  const checked = await logger.group('Check inputs', () =>
    checkRun(inputs.raw, value => logger.secret(value), ctx.signal)
  )
  return checked.kind === 'single'
    ? single(checked.result, inputs, logger, ctx, json)
    : many(checked.result, inputs, logger, ctx, json)
}

async function single(
  checked: CheckResult,
  cli: CliInputs,
  logger: TerminalLogger,
  ctx: CliContext,
  json: boolean
): Promise<number> {
  advise(checked.ok ? checked.inputs.advisories : checked.advisories, cli, logger)
  if (!checked.ok) return refuse(checked.problems, cli, logger, ctx, json, outputsOf(undefined))
  const { inputs } = checked
  const { manifest, archive, settings } = inputs
  logger.info(`Manifest ${inputs.manifestSource}: ${describeManifest(manifest)}.`)
  if (archive)
    logger.info(
      `Archive ${archive.path}: ${(archive.size / 1e6).toFixed(1)} MB, SHA-256 ${archive.sha256}; ${describeArchiveCheck(archive)}.`
    )
  const record = startRecord(inputs)
  let error: string | undefined
  let code: number = EXIT.ok
  if (settings.localOnlyReason) {
    logger.notice(
      `Apple's manifest check was skipped: ${settings.localOnlyReason}. Only the local checks ran.`
    )
  } else {
    try {
      await publishPack(inputs, record, {
        logger,
        signal: ctx.signal,
        onProgress: logger.tty
          ? (sent, total) => logger.progress(inputs.assetPackIdentifier, sent, total)
          : undefined
      })
    } catch (e) {
      code = ctx.signal.aborted ? EXIT.cancelled : EXIT.failed
      error = ctx.signal.aborted ? describeCancel(record) : formatError(e)
      logger.error(error)
      if (e instanceof Error && e.stack) logger.debug(e.stack) // --verbose: mapped to src/
    }
  }
  logger.done()
  if (json)
    printJson(ctx, { ...outputsOf(record), ...failureJson(record), ...(error ? { error } : {}) })
  else ctx.stdout.write(describeRecord(record, error))
  return code
}

async function many(
  checked: ManyCheck,
  cli: CliInputs,
  logger: TerminalLogger,
  ctx: CliContext,
  json: boolean
): Promise<number> {
  if (!checked.ok) {
    for (const pack of checked.packs) advise(pack.advisories, cli, logger, pack.identifier)
    return refuse(checked.problems, cli, logger, ctx, json, { packs: [], failed: [] })
  }
  logger.info(`${checked.packs.length} packs:`)
  for (const pack of checked.packs) {
    logger.info(
      `  ${pack.identifier}: ${pack.manifestPath}${pack.archivePath ? ` + ${pack.archivePath}` : ''}`
    )
    advise(pack.advisories, cli, logger, pack.identifier)
    for (const problem of pack.problems)
      logger.error(`[${pack.identifier}] ${formatCliProblem(problem, cli.fromEnv)}`)
  }
  if (checked.settings.localOnlyReason) {
    logger.notice(
      `Apple's manifest check was skipped: ${checked.settings.localOnlyReason}. Only the local checks ran.`
    )
  }
  const results = await publishPacks(checked, {
    logger,
    signal: ctx.signal,
    onProgress: logger.tty ? (id, sent, total) => logger.progress(id, sent, total) : undefined
  })
  logger.done()
  const failed = results.filter(r => r.status === 'failed')
  if (json) {
    printJson(ctx, {
      packs: results.map(r => packEntry(r, r.status, r.record, r.error)),
      failed: failed.map(r => r.identifier)
    })
  } else {
    ctx.stdout.write(describeResults(results))
  }
  return exitOf(results)
}

/** A version that failed processing: every stateDetails entry and delivery error, verbatim. */
function failureJson(record: PublishRecord): Record<string, unknown> {
  if (!record.stateDetails) return {}
  return { 'state-details': record.stateDetails, 'delivery-errors': record.deliveryErrors ?? [] }
}

/** Cancelled wins; then a failure at App Store Connect (1); then a pack's bad files (2). */
function exitOf(results: PackResult[]): number {
  if (results.some(r => r.failure === 'cancelled')) return EXIT.cancelled
  if (results.some(r => r.failure === 'publish')) return EXIT.failed
  if (results.some(r => r.failure === 'input')) return EXIT.usage
  return EXIT.ok
}

/** Warnings and notices of the checks: shown, never fatal. */
function advise(advisories: Advisory[], cli: CliInputs, logger: TerminalLogger, pack?: string) {
  for (const advisory of advisories) {
    const line = `${pack ? `[${pack}] ` : ''}${formatCliProblem(advisory, cli.fromEnv)}`
    if (advisory.level === 'warning') logger.warning(line)
    else logger.notice(line)
  }
}

function refuse(
  problems: Problem[],
  cli: CliInputs,
  logger: TerminalLogger,
  ctx: CliContext,
  json: boolean,
  shape: object
): number {
  for (const problem of problems) logger.error(formatCliProblem(problem, cli.fromEnv))
  const error = `${problems.length} problem${problems.length === 1 ? '' : 's'} in the inputs; nothing was sent to App Store Connect.`
  if (json) printJson(ctx, { ...shape, error, problems })
  else ctx.stdout.write(`✘ ${error}\n`)
  return EXIT.usage
}
