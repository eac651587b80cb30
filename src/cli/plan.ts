import type { Problem } from '../engine/checks/problem.js'
import { checkRun } from '../engine/multi/check.js'
import { matrixOf } from '../engine/multi/outputs.js'
import type { PackFiles } from '../engine/multi/pair.js'
import type { FlagValues } from './args.js'
import { BIN, type CliContext, type Command } from './command.js'
import { EXIT } from './exit.js'
import { COMMON_FLAGS, formatCliProblem, pick, rawInputs } from './inputs.js'
import { printJson, table } from './render.js'

export const planCommand: Command = {
  name: 'plan',
  summary: 'the packs found, as a JSON matrix for one job per pack',
  description:
    'Finds the packs (manifests and archives: repeated flags or quoted globs), pairs them and\n' +
    'checks them offline, sending nothing. With --json it prints the matrix for GitHub Actions:\n' +
    '{"include":[{"asset-pack-identifier","manifest-path","archive-path"},…]}, for\n' +
    '`strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`. Exit 2 if any pack has problems.',
  flags: { ...pick('manifest-path', 'archive-path'), ...COMMON_FLAGS },
  examples: [
    `${BIN} plan --manifest-path 'AssetPacks/*/Manifest.json' --archive-path 'build/*.aar' --json`,
    `echo "matrix=$(${BIN} plan --manifest-path 'AssetPacks/*/Manifest.json' --archive-path 'build/*.aar' --json)" >> "$GITHUB_OUTPUT"`
  ],
  run: plan
}

async function plan(values: FlagValues, ctx: CliContext): Promise<number> {
  const logger = ctx.logger(values)
  const { raw, fromEnv } = rawInputs(values, ctx.env)
  // Offline only: a dry run without a key checks locally and never asks for credentials.
  const checked = await checkRun(
    {
      'manifest-path': raw['manifest-path'],
      'archive-path': raw['archive-path'],
      'dry-run': 'true'
    },
    value => logger.secret(value),
    ctx.signal
  )
  const problems: Problem[] = []
  let ready: PackFiles[] = []
  if (checked.kind === 'single') {
    const result = checked.result
    if (result.ok) {
      ready = [
        {
          identifier: result.inputs.assetPackIdentifier,
          manifestPath: result.inputs.settings.manifestPath ?? '',
          archivePath: result.inputs.archive?.path
        }
      ]
    } else problems.push(...result.problems)
  } else if (!checked.result.ok) {
    problems.push(...checked.result.problems)
  } else {
    const { packs } = checked.result
    // Archives given: every pack needs one (a dry run alone would let a manifest go without).
    const missing = raw['archive-path'] ? packs.filter(p => !p.archivePath) : []
    ready = packs.filter(p => p.inputs && !missing.includes(p))
    for (const pack of packs) problems.push(...pack.problems)
    {
      for (const pack of missing) {
        problems.push({
          input: 'archive-path',
          message: `no archive for pack '${pack.identifier}' (${pack.manifestPath}): expected '${pack.identifier}.aar', or one archive in the manifest's folder`
        })
      }
    }
  }
  const matrix = matrixOf(ready)
  for (const p of problems) logger.error(formatCliProblem(p, fromEnv))
  if (values.json === true) {
    printJson(
      ctx,
      problems.length ? { ...matrix, error: `${problems.length} problem(s)`, problems } : matrix
    )
  } else {
    const rows = matrix.include.map(e => [
      e['asset-pack-identifier'],
      e['manifest-path'],
      e['archive-path']
    ])
    ctx.stdout.write(table(['PACK', 'MANIFEST', 'ARCHIVE'], rows))
    ctx.stdout.write(
      `\n${ready.length} pack${ready.length === 1 ? '' : 's'}; --json prints the matrix.\n`
    )
  }
  return problems.length > 0 ? EXIT.usage : EXIT.ok
}
