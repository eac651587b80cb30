/**
 * The per-app limits (apple-facts.md, "Managing packs" and "The archive"): 200 GB in total, the
 * usedBytes of every pack summed (each pack counts its largest eligible version), and 100 packs.
 * Apple emails at 80 %; we warn there too.
 *
 * 200 GB is 200 × 10^9 bytes, not 200 GiB: the facts write binary units as such (GiB, MiB) and
 * this one as GB, as App Store Connect does for sizes. It is also the stricter reading (200 GiB
 * would be 7 % more), so a warning never comes late.
 */

export const APP_BYTES_LIMIT = 200e9
export const APP_PACKS_LIMIT = 100
export const WARN_SHARE = 0.8

export interface Usage {
  used: number
  limit: number
  /** used / limit, 0 to 1 (or more). */
  share: number
  /** At or above 80 % of the limit. */
  warn: boolean
}

export interface AppQuota {
  bytes: Usage
  packs: Usage
  /** Packs archived, among `packs.used` (they keep their identifier for good). */
  archivedPacks: number
}

function usage(used: number, limit: number): Usage {
  const share = used / limit
  return { used, limit, share, warn: share >= WARN_SHARE }
}

/** The app's totals from its packs as Apple lists them. */
export function appQuota(
  packs: Array<{ usedBytes?: number | null; archived?: boolean | null }>
): AppQuota {
  const bytes = packs.reduce((sum, p) => sum + (p.usedBytes ?? 0), 0)
  return {
    bytes: usage(bytes, APP_BYTES_LIMIT),
    packs: usage(packs.length, APP_PACKS_LIMIT),
    archivedPacks: packs.filter(p => p.archived).length
  }
}

/** Decimal units, as the limit is given: 1234567 → "1.23 MB". */
export function formatDecimalBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`
  const units = ['kB', 'MB', 'GB', 'TB']
  let value = bytes / 1000
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`
}

/** Rounded down: 79.96 % shows as 79.9 %, never as the 80.0 % that warns. */
export function percent(share: number): string {
  return `${(Math.floor(share * 1000 + 1e-9) / 10).toFixed(1)} %`
}

/** "12.3 GB of 200 GB (6.2 %)" */
export function describeBytes(u: Usage): string {
  return `${formatDecimalBytes(u.used)} of ${u.limit / 1e9} GB (${percent(u.share)})`
}

/** "12 of 100 packs (12.0 %)" */
export function describePacks(u: Usage): string {
  return `${u.used} of ${u.limit} packs (${percent(u.share)})`
}

/** The warnings a person should see, one line each; none below 80 %. */
export function quotaWarnings(q: AppQuota): string[] {
  const out: string[] = []
  if (q.bytes.warn) {
    out.push(
      `The app's asset packs use ${describeBytes(q.bytes)} of Apple's per-app limit` +
        `${q.bytes.share >= 1 ? ': the limit is reached' : ''}. Archive packs no longer needed, or make packs smaller.`
    )
  }
  if (q.packs.warn) {
    out.push(
      `The app has ${describePacks(q.packs)} of Apple's per-app limit` +
        `${q.archivedPacks ? ` (${q.archivedPacks} archived)` : ''}.`
    )
  }
  return out
}
