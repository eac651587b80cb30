import type { FlowContext } from './context.js'
import type { PublishRecord } from './record.js'

/** A language tag in one spelling, for comparing: BCP-47 is case-insensitive. */
const normal = (tag: string): string => tag.replace(/_/g, '-').toLowerCase()

/**
 * Warns when a localized pack's earlier versions carry another locale: Apple expects one pack
 * per language ("voice-en", "voice-fr"), and nothing documents one identifier holding several.
 * Only reads; it never stops the run. Costs one request, and only for localized manifests.
 */
export async function warnOfOtherLocales(
  ctx: FlowContext,
  packId: string,
  identifier: string,
  language: string
): Promise<void> {
  const { versions } = await ctx.client.listVersions(packId, { limit: 200, signal: ctx.signal })
  const others = versions.filter(
    v => v.attributes.locale && normal(v.attributes.locale) !== normal(language)
  )
  if (others.length === 0) return
  const locales = [...new Set(others.map(v => v.attributes.locale))].join(', ')
  const numbers = others.map(v => v.attributes.version ?? v.id).join(', ')
  ctx.logger.warning(
    `Asset pack '${identifier}' has versions localized for ${locales} (version${others.length > 1 ? 's' : ''} ` +
      `${numbers}), but this manifest's language is ${language}. Apple expects one pack per ` +
      `language: give this language a pack of its own (e.g. '${identifier}-${language}').`
  )
}

export class LocaleMismatchError extends Error {
  constructor(
    readonly version: string,
    readonly locale: string | undefined,
    readonly language: string | undefined
  ) {
    super(
      `Version ${version} was processed with locale ${locale ?? '(none)'}, but the manifest's ` +
        `language is ${language ?? '(none)'}. Apple reads the manifest inside the archive: ` +
        'rebuild the archive with xcrun ba-package from this Manifest.json and publish again.'
    )
    this.name = 'LocaleMismatchError'
  }
}

/** After processing: the locale Apple recorded must be the manifest's language. */
export function checkProcessedLocale(record: PublishRecord, language: string | undefined): void {
  if (record.processedState !== 'COMPLETE') return
  const same =
    record.locale === undefined || language === undefined
      ? record.locale === language
      : normal(record.locale) === normal(language)
  if (!same) throw new LocaleMismatchError(record.version ?? '?', record.locale, language)
}
