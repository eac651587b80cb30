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
}

export const MANIFEST_PLATFORMS: Record<string, Platform> = {
  iOS: 'IOS',
  macOS: 'MAC_OS',
  tvOS: 'TV_OS',
  visionOS: 'VISION_OS'
}

const EVENT_TYPES = ['firstInstallation', 'subsequentUpdate']
const KNOWN_KEYS = ['assetPackID', 'downloadPolicy', 'fileSelectors', 'platforms', 'sourceRoot']
const SELECTOR_FORMS: string[][] = [
  ['file'],
  ['directory'],
  ['fileSource', 'fileDestination'],
  ['directorySource', 'directoryDestination']
]

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
    const keys = Object.keys(sel).filter(k => k !== 'language')
    const form = SELECTOR_FORMS.find(
      f => f.length === keys.length && f.every(k => keys.includes(k))
    )
    if (!form) {
      return err(
        'MANIFEST_FILE_SELECTORS',
        `fileSelectors[${i}] must be {file}, {directory}, {fileSource, fileDestination} or {directorySource, directoryDestination}.`
      )
    }
    for (const k of form) {
      const problem = badPath(sel[k])
      if (problem) err('MANIFEST_FILE_SELECTORS', `fileSelectors[${i}].${k} ${problem}.`)
    }
    if ('language' in sel && (typeof sel.language !== 'string' || sel.language === '')) {
      err('MANIFEST_FILE_SELECTORS', `fileSelectors[${i}].language must be a BCP-47 language tag.`)
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
  let platforms: Platform[] | undefined
  const given = manifest.platforms
  if (!Array.isArray(given) || given.length === 0) {
    err('MANIFEST_PLATFORMS', 'platforms must be a non-empty list of iOS, macOS, tvOS, visionOS.')
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
  return { errors, warnings, ...(platforms && !errors.length ? { platforms } : {}) }
}
