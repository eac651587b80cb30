// The simulator's check of an uploaded MANIFEST, from what Apple documents and what users reported
// Apple refusing. Where Apple's own code is known (ITMS-91139, ITMS-91140) it is used; the other
// codes are the simulator's, named for what they mean.
import type { Platform, StateDetail } from './state.js'

export interface ManifestCheckInput {
  /** The pack's identifier: the manifest's assetPackID must be the same. */
  assetPackIdentifier: string
  /** The app record's platforms. */
  appPlatforms: Platform[]
}

export interface ManifestCheckResult {
  errors: StateDetail[]
  warnings: StateDetail[]
  /** The manifest's platforms in the API's spelling, when they could be read. */
  platforms?: Platform[]
  /** The manifest's `language`: Apple records it as the version's locale. */
  locale?: string
}

export const MANIFEST_PLATFORMS: Record<string, Platform> = {
  iOS: 'IOS',
  macOS: 'MAC_OS',
  tvOS: 'TV_OS',
  visionOS: 'VISION_OS'
}

const EVENT_TYPES = ['firstInstallation', 'subsequentUpdate']
const KNOWN_KEYS = [
  'assetPackID',
  'downloadPolicy',
  'fileSelectors',
  'platforms',
  'language',
  'sourceRoot',
  'toolsVersion'
]
const SELECTOR_FORMS: string[][] = [
  ['file'],
  ['directory'],
  ['filePattern'],
  ['fileExclusion'],
  ['fileSource', 'fileDestination'],
  ['directorySource', 'directoryDestination']
]

/** Language, optional script, optional region: Background Assets supports nothing more. */
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$/

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function badPath(p: unknown): string | undefined {
  if (typeof p !== 'string' || p.trim() === '') return 'must be a non-empty string'
  if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p)) return 'must be a relative path'
  if (p === '.' || p === './') return "must not be '.'"
  if (p.split(/[\\/]/).includes('..')) return "must not contain '..'"
  return undefined
}

function checkDownloadPolicy(policy: unknown, err: (code: string, d: string) => void): void {
  if (!isObject(policy)) return err('MANIFEST_DOWNLOAD_POLICY', 'downloadPolicy must be an object.')
  const keys = Object.keys(policy)
  if (keys.length !== 1) {
    return err(
      'MANIFEST_DOWNLOAD_POLICY',
      `downloadPolicy must have exactly one of essential, prefetch or onDemand; found ${keys.length ? keys.join(', ') : 'none'}.`
    )
  }
  const kind = keys[0] as string
  const value = policy[kind]
  if (kind === 'onDemand') {
    if (!isObject(value) || Object.keys(value).length) {
      err('ITMS-91140', 'Invalid download policy: onDemand must be an empty object ({}).')
    }
    return
  }
  if (kind !== 'essential' && kind !== 'prefetch') {
    return err('MANIFEST_DOWNLOAD_POLICY', `Unknown download policy '${kind}'.`)
  }
  const events = isObject(value) ? value.installationEventTypes : undefined
  if (
    !Array.isArray(events) ||
    events.length === 0 ||
    events.some(e => typeof e !== 'string' || !EVENT_TYPES.includes(e))
  ) {
    err(
      'MANIFEST_DOWNLOAD_POLICY',
      `downloadPolicy.${kind}.installationEventTypes must be a non-empty list of ${EVENT_TYPES.join(', ')}.`
    )
  }
}

function checkSelectors(selectors: unknown, err: (code: string, d: string) => void): void {
  if (!Array.isArray(selectors) || selectors.length === 0) {
    return err('MANIFEST_FILE_SELECTORS', 'fileSelectors must be a non-empty list.')
  }
  selectors.forEach((sel, i) => {
    if (!isObject(sel))
      return err('MANIFEST_FILE_SELECTORS', `fileSelectors[${i}] must be an object.`)
    const keys = Object.keys(sel)
    const form = SELECTOR_FORMS.find(
      f => f.length === keys.length && f.every(k => keys.includes(k))
    )
    if (!form) {
      return err(
        'MANIFEST_FILE_SELECTORS',
        `fileSelectors[${i}] must be {file}, {directory}, {filePattern}, {fileExclusion}, {fileSource, fileDestination} or {directorySource, directoryDestination}.`
      )
    }
    for (const k of form) {
      const problem = badPath(sel[k])
      if (problem) err('MANIFEST_FILE_SELECTORS', `fileSelectors[${i}].${k} ${problem}.`)
    }
  })
}

/** Checks the bytes of a MANIFEST upload. */
export function checkManifest(bytes: Buffer, input: ManifestCheckInput): ManifestCheckResult {
  const errors: StateDetail[] = []
  const warnings: StateDetail[] = []
  const err = (code: string, description: string) => errors.push({ code, description })
  let manifest: unknown
  try {
    manifest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch (e) {
    err('MANIFEST_NOT_JSON', `The manifest is not valid JSON: ${(e as Error).message}`)
    return { errors, warnings }
  }
  if (!isObject(manifest)) {
    err('MANIFEST_NOT_JSON', 'The manifest must be a JSON object.')
    return { errors, warnings }
  }
  const id = manifest.assetPackID
  if (typeof id !== 'string' || id === '') {
    err('MANIFEST_ASSET_PACK_ID', 'assetPackID must be a non-empty string.')
  } else if (id !== input.assetPackIdentifier) {
    err(
      'MANIFEST_ASSET_PACK_ID',
      `The manifest's assetPackID '${id}' does not match the asset pack '${input.assetPackIdentifier}'.`
    )
  }
  checkDownloadPolicy(manifest.downloadPolicy, err)
  checkSelectors(manifest.fileSelectors, err)
  if ('sourceRoot' in manifest && typeof manifest.sourceRoot !== 'string') {
    err('MANIFEST_SOURCE_ROOT', 'sourceRoot must be a string.')
  }
  if ('userInfo' in manifest) {
    err('MANIFEST_USER_INFO', 'userInfo is supported by self-hosted asset packs only.')
  }
  const language = manifest.language
  if (language !== undefined && (typeof language !== 'string' || !LANGUAGE.test(language))) {
    err(
      'MANIFEST_LANGUAGE',
      `language '${String(language)}' must be a language code with an optional script and region.`
    )
  }
  let platforms: Platform[] | undefined
  const given = manifest.platforms
  if (!Array.isArray(given)) {
    err('MANIFEST_PLATFORMS', 'platforms must be a list of iOS, macOS, tvOS, visionOS.')
  } else if (given.length === 0) {
    platforms = [...input.appPlatforms] // documented: an empty list means every platform
  } else {
    const unknown = given.filter(p => typeof p !== 'string' || !(p in MANIFEST_PLATFORMS))
    if (unknown.length) {
      err('MANIFEST_PLATFORMS', `Unsupported platforms: ${unknown.map(String).join(', ')}.`)
    } else if (new Set(given).size !== given.length) {
      err('MANIFEST_PLATFORMS', 'platforms must not repeat a platform.')
    } else {
      platforms = (given as string[]).map(p => MANIFEST_PLATFORMS[p] as Platform)
      const missing = platforms.filter(p => !input.appPlatforms.includes(p))
      if (missing.length) {
        err(
          'ITMS-91139',
          `The manifest names platforms the app does not support: ${missing.join(', ')}.`
        )
      }
    }
  }
  for (const key of Object.keys(manifest)) {
    if (!KNOWN_KEYS.includes(key)) {
      warnings.push({
        code: 'MANIFEST_UNKNOWN_KEY',
        description: `Unknown key '${key}' was ignored.`
      })
    }
  }
  if (errors.length) return { errors, warnings }
  return {
    errors,
    warnings,
    ...(platforms ? { platforms } : {}),
    ...(typeof language === 'string' ? { locale: language } : {})
  }
}
