import * as core from '@actions/core'
import { checkInputs, type CheckedInputs } from '../engine/checks/inputs.js'
import { formatProblem, type Problem } from '../engine/checks/problem.js'
import { readInputs } from './inputs.js'
import { actionLogger } from './logger.js'
import { code, writeSummary, type SummaryRow } from './summary.js'

/** The action: check every input offline, then publish (or dry-run) and report. */
export async function run(): Promise<void> {
  const raw = readInputs()
  const checked = await actionLogger.group('Check inputs', () =>
    checkInputs(raw, actionLogger.secret)
  )
  if (!checked.ok) {
    reportProblems(checked.problems)
    await writeSummary({
      title: 'Asset pack: inputs refused',
      status: 'failure',
      rows: [],
      problems: checked.problems,
      notes: ['Nothing was sent to App Store Connect. Fix the inputs above and run again.']
    })
    core.setFailed(
      `${count(checked.problems.length, 'problem')} in the inputs; nothing was sent to ` +
        `App Store Connect:\n${checked.problems.map(p => `- ${formatProblem(p)}`).join('\n')}`
    )
    return
  }
  const inputs = checked.inputs
  reportChecked(inputs)
  if (inputs.archive) core.setOutput('archive-sha256', inputs.archive.sha256)

  await writeSummary({
    title: `Asset pack ${inputs.assetPackIdentifier}: checks passed`,
    status: 'info',
    rows: checkRows(inputs),
    notes: [
      'Publishing to App Store Connect is not implemented yet: this version of the action ' +
        'only checks the inputs, the manifest and the archive offline.'
    ]
  })
  core.setFailed(
    'All offline checks passed, but publishing is not implemented yet in this version of ' +
      'publish-asset-pack; nothing was sent to App Store Connect.'
  )
}

function reportProblems(problems: Problem[]): void {
  for (const problem of problems) {
    core.error(formatProblem(problem), {
      title: `Invalid ${problem.input}`,
      file: problem.file,
      startLine: problem.line,
      startColumn: problem.line ? problem.column : undefined
    })
  }
}

function reportChecked(inputs: CheckedInputs): void {
  const { manifest, archive } = inputs
  core.info(
    `Manifest ${inputs.settings.manifestPath}: pack '${manifest.assetPackID}', ` +
      `platforms ${manifest.platforms.join(', ')}.`
  )
  if (archive) {
    core.info(
      `Archive ${archive.path}: ${formatBytes(archive.size)}, ${archive.format}` +
        `${archive.blocks !== undefined ? ` in ${count(archive.blocks, 'block')}` : ''}, ` +
        `SHA-256 ${archive.sha256}.`
    )
  }
  if (inputs.settings.localOnlyReason) {
    core.notice(
      `Apple's manifest check was skipped: ${inputs.settings.localOnlyReason}. ` +
        'Only the local checks ran.'
    )
  }
}

export function checkRows(inputs: CheckedInputs): SummaryRow[] {
  const rows: SummaryRow[] = [
    ['Pack identifier', code(inputs.assetPackIdentifier)],
    ['Manifest', `${code(inputs.settings.manifestPath ?? '')} ✔︎`],
    ['Platforms', inputs.manifest.platforms.join(', ')]
  ]
  if (inputs.archive) {
    rows.push(
      ['Archive', `${code(inputs.archive.path)} ✔︎ ${formatBytes(inputs.archive.size)}`],
      ['Archive SHA-256', code(inputs.archive.sha256)]
    )
  }
  return rows
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
