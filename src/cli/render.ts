import type { PackResult } from '../engine/multi/publish.js'
import { outputsOf } from '../engine/multi/outputs.js'
import type { PublishRecord } from '../engine/publish/record.js'
import type { CliContext } from './command.js'

/** One JSON object on one line: `$(…)` and `>> $GITHUB_OUTPUT` take it as it is. */
export function printJson(ctx: Pick<CliContext, 'stdout'>, value: unknown): void {
  ctx.stdout.write(`${JSON.stringify(value)}\n`)
}

/** A plain table: columns padded to their widest cell. */
export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map(r => (r[i] ?? '').length)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd()
  return [line(head), ...rows.map(line)].join('\n') + '\n'
}

/** What a single-pack run did, for people: a title, then its outputs. */
export function describeRecord(record: PublishRecord, error?: string): string {
  const pack = record.assetPackIdentifier
  const version = `version ${record.version ?? '?'}`
  const title = error
    ? `✘ ${pack}: failed`
    : record.skipped
      ? `✔ ${pack}: unchanged, not published${record.skipReason ? ` (${record.skipReason})` : ''}`
      : record.dryRun
        ? `✔ ${pack}: ${record.manifestState ? 'manifest accepted by Apple' : 'local checks passed'} (dry run, nothing published)`
        : record.state === 'READY_FOR_TESTING'
          ? `✔ ${pack}: ${version} is ready for testing`
          : record.state === 'COMPLETE'
            ? `✔ ${pack}: ${version} processed`
            : `✔ ${pack}: ${version} uploaded (${record.state ?? 'state unknown'})`
  const rows = Object.entries(outputsOf(record)).filter(([, value]) => value !== '')
  const width = Math.max(...rows.map(([name]) => name.length))
  const lines = [title, ...rows.map(([name, value]) => `  ${name.padEnd(width)}  ${value}`)]
  if (error) lines.push('', error)
  for (const note of record.notes) lines.push(`  ${note}`)
  return `${lines.join('\n')}\n`
}

const RESULT: Record<PackResult['status'], string> = {
  published: 'published',
  'dry-run': 'manifest accepted',
  checked: 'local checks passed',
  skipped: 'unchanged',
  failed: 'FAILED'
}

/** What a multi-pack run did: a row per pack, then each failure. */
export function describeResults(results: PackResult[]): string {
  const rows = results.map(r => [
    r.identifier,
    RESULT[r.status],
    r.record?.version ?? '',
    r.record?.state ?? '',
    r.status === 'checked' ? '' : `${(r.ms / 1000).toFixed(1)} s`
  ])
  let out = table(['PACK', 'RESULT', 'VERSION', 'STATE', 'TIME'], rows)
  const failed = results.filter(r => r.status === 'failed')
  if (failed.length > 0) {
    out += `\n${failed.length} of ${results.length} packs failed: ${failed.map(r => r.identifier).join(', ')}\n`
    for (const r of failed)
      out += `  ${r.identifier}: ${(r.error ?? '').split('\n').join('\n    ')}\n`
  }
  return out
}
