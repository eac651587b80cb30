import * as core from './workflow-commands.js'
import type { Problem } from '../engine/checks/problem.js'
import { formatProblem } from '../engine/checks/problem.js'

/** One line of the job summary's table: a label and its value, already Markdown-safe. */
export type SummaryRow = [label: string, value: string]

export interface SummaryReport {
  title: string
  /** ✅, ❌, ⏭️ or ℹ️ in front of the title. */
  status: 'success' | 'failure' | 'skipped' | 'info'
  rows: SummaryRow[]
  /** A table with a head, before the rows (a multi-pack run: one line per pack). */
  table?: { head: string[]; rows: string[][] }
  problems?: Problem[]
  /** Plain paragraphs after the table (what happened, what to do next). */
  notes?: string[]
}

const ICONS = { success: '✅', failure: '❌', skipped: '⏭️', info: 'ℹ️' } as const

/** Renders the report as GitHub-flavoured Markdown. */
export function renderSummary(report: SummaryReport): string {
  const lines = [`## ${ICONS[report.status]} ${report.title}`, '']
  if (report.table && report.table.rows.length > 0) {
    const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`
    lines.push(row(report.table.head), row(report.table.head.map(() => '---')))
    for (const cells of report.table.rows) lines.push(row(cells))
    lines.push('')
  }
  if (report.rows.length > 0) {
    lines.push('| | |', '| --- | --- |')
    for (const [label, value] of report.rows) lines.push(`| ${label} | ${cell(value)} |`)
    lines.push('')
  }
  if (report.problems && report.problems.length > 0) {
    lines.push(`### ${report.problems.length} problem${report.problems.length > 1 ? 's' : ''}`, '')
    for (const problem of report.problems) {
      const where = problem.file
        ? ` (${code(problem.file)}${problem.line ? `:${problem.line}` : ''})`
        : ''
      lines.push(`- ${escape(formatProblem(problem))}${where}`)
    }
    lines.push('')
  }
  for (const note of report.notes ?? []) lines.push(note, '')
  return lines.join('\n')
}

/** Appends the report to the job summary, where the runner provides one. */
export async function writeSummary(report: SummaryReport): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('No GITHUB_STEP_SUMMARY: the job summary is not written.')
    return
  }
  await core.summary.addRaw(renderSummary(report), true).write()
}

export function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>')
}

function escape(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ')
}
