import type { Settings } from '../engine/checks/settings.js'
import type { PackResult } from '../engine/multi/publish.js'
import { formatBytes, plural } from './format.js'
import { code, type SummaryReport } from './summary.js'

const RESULTS: Record<PackResult['status'], string> = {
  published: '✅ published',
  'dry-run': '✅ manifest accepted',
  checked: '✅ local checks passed',
  skipped: '⏭️ unchanged',
  failed: '❌ failed'
}

/** The job summary of a multi-pack run: one table, a row per pack, then each failure. */
export function manyReport(settings: Settings, results: PackResult[]): SummaryReport {
  const failed = results.filter(r => r.status === 'failed')
  const notes: string[] = []
  if (settings.localOnlyReason) {
    notes.push(`Apple's manifest check was skipped: ${settings.localOnlyReason}.`)
  }
  const review = reviewNote(results)
  if (review) notes.push(review)
  for (const r of failed) {
    const lines = (r.error ?? '').split('\n')
    notes.push(`**${r.identifier}** failed: ${lines.map(escape).join('<br>')}`)
  }
  if (failed.some(r => r.failure === 'input')) {
    notes.push('A pack whose own files have problems was not sent; the others went on.')
  }
  return {
    title: title(settings, results, failed.length),
    status: failed.length > 0 ? 'failure' : 'success',
    rows: [],
    table: {
      head: ['Pack', 'Result', 'Version', 'State', 'Archive', 'Time'],
      rows: results.map(r => [
        code(r.identifier),
        RESULTS[r.status],
        r.record?.version ?? '',
        r.record?.state ?? '',
        r.inputs?.archive
          ? `${code(r.archivePath ?? '')} ${formatBytes(r.inputs.archive.size)}`
          : r.archivePath
            ? code(r.archivePath)
            : '',
        r.status === 'checked' ? '' : `${(r.ms / 1000).toFixed(1)} s`
      ])
    },
    notes
  }
}

function title(settings: Settings, results: PackResult[], failed: number): string {
  const n = results.length
  const done = n - failed
  const what = settings.localOnlyReason
    ? 'passed the local checks (dry run)'
    : settings.dryRun
      ? 'manifests accepted by Apple (dry run)'
      : 'published'
  if (failed === 0) return `Asset packs: ${plural(n, 'pack')} ${what}`
  return `Asset packs: ${done} of ${n} ${what}, ${failed} failed`
}

/** submit-for-review: the step's one submission per platform, and each pack's App Store release. */
function reviewNote(results: PackResult[]): string | undefined {
  const ids = new Map<string, string>()
  for (const r of results) {
    for (const [platform, id] of Object.entries(r.record?.reviewSubmissionIds ?? {})) {
      ids.set(platform, id)
    }
  }
  if (ids.size === 0) return undefined
  const releases = results
    .filter(r => r.record?.appStoreReleaseState)
    .map(r => `${code(r.identifier)} ${r.record?.appStoreReleaseState}`)
  return (
    `**App Store review:** ${[...ids].map(([p, id]) => `${p} ${code(id)}`).join(', ')}` +
    (releases.length ? `. App Store releases: ${releases.join(', ')}.` : '.')
  )
}

function escape(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
