import '../zod-config.js'
import type { $RefinementCtx } from 'zod/v4/core'
// zod/mini, not classic zod: a local-only run builds only the checks' schemas, and loads
// faster without classic's API (classic loads with the API client's schemas, in a publish).
import * as z from 'zod/mini'

/**
 * The manifest `xcrun ba-package` reads, as a zod schema whose every message says what is
 * expected. Messages are predicates: they are shown after "Input 'manifest-path' at <path>:".
 * Rules that zod cannot say well (exactly one policy, one selector form, duplicates) are
 * refinements that run even when a sibling failed, so one run reports every problem.
 */

export const PLATFORMS = ['iOS', 'macOS', 'tvOS', 'visionOS'] as const
export const INSTALLATION_EVENT_TYPES = ['firstInstallation', 'subsequentUpdate'] as const
export const DOWNLOAD_POLICIES = ['essential', 'prefetch', 'onDemand'] as const
/** Each selector uses exactly one of these forms (Xcode 27 added the pattern and the exclusion). */
export const SELECTOR_FORMS = [
  ['file'],
  ['directory'],
  ['filePattern'],
  ['fileExclusion'],
  ['fileSource', 'fileDestination'],
  ['directorySource', 'directoryDestination']
] as const
export const TEMPLATE_PLACEHOLDER = '[Asset-Pack ID]'
/** App Store Connect's rule for an asset pack identifier (ba-package itself accepts anything). */
export const ASSET_PACK_ID = /^[A-Za-z0-9-]+$/

const always = { when: () => true }
/**
 * Marks an issue about a missing choice, to drop where the same object has an unknown key: a
 * refinement sees the parsed object, without its unknown keys, so `{"ondemand": {}}` would
 * otherwise be reported twice (unknown key, and empty).
 */
export const UNLESS_UNKNOWN_KEYS = { unlessUnknownKeys: true }

export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing'
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'an array'
  if (typeof v === 'string') return `the string ${JSON.stringify(v)}`
  if (typeof v === 'object') return 'an object'
  return `${typeof v === 'number' ? 'the number' : ''} ${String(v)}`.trim()
}

export const oneOf = (values: readonly string[], last = 'or'): string =>
  values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} ${last} ${values.at(-1)}`

/** "is missing; expected X" or "is Y; expected X", for a value of the wrong type. */
const expected =
  (what: string) =>
  (iss: { code?: string; input?: unknown }): string | undefined => {
    if (iss.code === 'unrecognized_keys') return undefined // reported key by key by the caller
    return iss.input === undefined
      ? `is missing; expected ${what}`
      : `is ${describeValue(iss.input)}; expected ${what}`
  }

/** The closest of `candidates` to `word` (another case, a prefix, or ≤ 2 edits), if any. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase().replace(/[_\s-]/g, '')
  let best: { c: string; d: number } | undefined
  for (const c of candidates) {
    const candidate = c.toLowerCase()
    const prefix = lower.length >= 4 && (candidate.startsWith(lower) || lower.startsWith(candidate))
    const d = lower === candidate ? 0 : prefix ? 1 : editDistance(lower, candidate)
    if (d <= 2 && (!best || d < best.d)) best = { c, d }
  }
  return best?.c
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    prev = row
  }
  return prev[b.length]
}

const suggest = (word: unknown, candidates: readonly string[]): string => {
  const near = typeof word === 'string' ? closest(word, candidates) : undefined
  return near && near !== word ? ` (did you mean ${near}?)` : ''
}

/** Reports the second and later occurrences of a value, at their own index. */
const noDuplicates =
  (what: string) =>
  <T>(list: T[], ctx: $RefinementCtx<T[]>): void => {
    if (!Array.isArray(list)) return
    const first = new Map<unknown, number>()
    list.forEach((v, i) => {
      if (typeof v !== 'string') return
      const at = first.get(v)
      if (at === undefined) first.set(v, i)
      else {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `${JSON.stringify(v)} is listed twice (also at [${at}]); expected each ${what} once`
        })
      }
    })
  }

const CHARACTER_NAMES: Record<string, string> = {
  '.': 'a dot',
  _: 'an underscore',
  ' ': 'a space',
  '/': 'a slash'
}

function checkAssetPackID(id: string, ctx: $RefinementCtx<string>): void {
  const issue = (message: string) => ctx.addIssue({ code: 'custom', message })
  if (id === '') return issue('is empty; expected your pack\u2019s identifier (e.g. "Tutorial")')
  if (id.includes(TEMPLATE_PLACEHOLDER) || /^\[.*\]$/.test(id)) {
    return issue(
      `is still the ba-package template\u2019s placeholder ${JSON.stringify(id)}: replace it with ` +
        'your pack\u2019s identifier (letters, digits and hyphens, e.g. "Tutorial" or "Level-2")'
    )
  }
  if (ASSET_PACK_ID.test(id)) return
  const bad = [...new Set([...id].filter(c => !/[A-Za-z0-9-]/.test(c)))]
  const named = bad.map(c => `'${c}'${CHARACTER_NAMES[c] ? ` (${CHARACTER_NAMES[c]})` : ''}`)
  const example = id.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'Tutorial'
  issue(
    `${JSON.stringify(id)} contains ${oneOf(named, 'and')}, which App Store Connect rejects ` +
      '("Found invalid values") although ba-package accepts it; expected letters, digits and ' +
      `hyphens only (^[A-Za-z0-9-]+$), e.g. ${JSON.stringify(example)}`
  )
}

function checkRelativePath(path: string, ctx: $RefinementCtx<string>): void {
  const issue = (message: string) => ctx.addIssue({ code: 'custom', message })
  const inside = 'expected a path relative to the folder ba-package reads, inside it'
  if (path === '') return issue(`is empty; ${inside}`)
  if (path.startsWith('/')) return issue(`${JSON.stringify(path)} is absolute; ${inside}`)
  if (path === '.' || path === './') {
    return issue(`is ".", the whole folder; expected a file or a directory inside it`)
  }
  if (path.split(/[\\/]/).includes('..')) {
    return issue(`${JSON.stringify(path)} leaves the folder with '..'; ${inside}`)
  }
}

/**
 * Background Assets takes a language with an optional script and region only (apple-facts:
 * "Don't use variant subtags or any extensions"): `ja`, `en-US`, `zh-Hant`, `zh-Hans-VN`, `es-419`.
 */
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-(?:[A-Za-z]{2}|[0-9]{3}))?$/
const LANGUAGE_EXAMPLES = 'e.g. "ja", "en-US", "zh-Hant" or "zh-Hans-VN"'

function checkLanguage(tag: string, ctx: $RefinementCtx<string>): void {
  const issue = (message: string) => ctx.addIssue({ code: 'custom', message })
  const shown = JSON.stringify(tag)
  if (tag.includes('_')) {
    return issue(
      `${shown} uses an underscore; expected a BCP-47 tag with hyphens (${tag.replace(/_/g, '-')})`
    )
  }
  if (LANGUAGE.test(tag) && canonical(tag)) return
  const subtags = tag.split('-')
  const singleton = subtags.findIndex((s, i) => i > 0 && s.length === 1)
  if (canonical(tag) && singleton > 0) {
    return issue(
      `${shown} has the extension "${subtags.slice(singleton).join('-')}", which Background ` +
        `Assets does not support; expected a language with an optional script and region only, ` +
        LANGUAGE_EXAMPLES
    )
  }
  if (canonical(tag) && subtags.length > 1) {
    const base = subtags.filter(
      (s, i) => i === 0 || /^[A-Za-z]{4}$|^[A-Za-z]{2}$|^[0-9]{3}$/.test(s)
    )
    return issue(
      `${shown} has a variant or extended subtag, which Background Assets does not support; ` +
        `expected a language with an optional script and region only (${JSON.stringify(base.join('-'))}?), ` +
        LANGUAGE_EXAMPLES
    )
  }
  issue(
    `${shown} is not a language tag; expected an ISO 639 language code with an optional script and region, ${LANGUAGE_EXAMPLES}`
  )
}

function canonical(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1
  } catch {
    return false
  }
}

function checkSourceRoot(path: string, ctx: $RefinementCtx<string>): void {
  const relative = 'expected a folder relative to the manifest\u2019s, such as "." or ".."'
  if (path === '') ctx.addIssue({ code: 'custom', message: `is empty; ${relative}` })
  else if (/^([\\/]|[A-Za-z]:[\\/]|~)/.test(path)) {
    ctx.addIssue({ code: 'custom', message: `${JSON.stringify(path)} is absolute; ${relative}` })
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const installation = z.strictObject(
  {
    installationEventTypes: z
      .array(
        z.enum(INSTALLATION_EVENT_TYPES, {
          error: iss =>
            `${describeValue(iss.input)} is not an installation event type; expected ` +
            `${oneOf(INSTALLATION_EVENT_TYPES)}${suggest(iss.input, INSTALLATION_EVENT_TYPES)}`
        }),
        { error: expected(`a non-empty array of ${oneOf(INSTALLATION_EVENT_TYPES, 'and/or')}`) }
      )
      .check(
        z.minLength(1, `is empty; expected at least one of ${oneOf(INSTALLATION_EVENT_TYPES)}`),
        z.superRefine(noDuplicates('installation event type'), always)
      )
  },
  { error: expected('an object {"installationEventTypes": [...]}') }
)

const onDemand = z.strictObject(
  {},
  {
    error: iss =>
      iss.code === 'unrecognized_keys'
        ? undefined
        : iss.input === null
          ? 'is null, which Apple rejects (ITMS-91140); expected an empty object: "onDemand": {}'
          : `is ${describeValue(iss.input)}; expected an empty object: "onDemand": {}`
  }
)

const downloadPolicy = z
  .strictObject(
    {
      essential: z.optional(installation),
      prefetch: z.optional(installation),
      onDemand: z.optional(onDemand)
    },
    { error: expected(`an object with one of ${oneOf(DOWNLOAD_POLICIES)}, e.g. {"onDemand": {}}`) }
  )
  .check(
    z.superRefine((policy: unknown, ctx) => {
      if (!isObject(policy)) return
      const present = DOWNLOAD_POLICIES.filter(p => p in policy)
      if (present.length > 1) {
        ctx.addIssue({
          code: 'custom',
          message: `has ${oneOf(present, 'and')}; expected exactly one of ${oneOf(DOWNLOAD_POLICIES)}`
        })
      } else if (present.length === 0) {
        ctx.addIssue({
          code: 'custom',
          params: UNLESS_UNKNOWN_KEYS,
          message: `is empty; expected exactly one of ${oneOf(DOWNLOAD_POLICIES)}, e.g. {"onDemand": {}}`
        })
      }
    }, always)
  )

const relativePath = z
  .string({ error: expected('a relative path (a string)') })
  .check(z.superRefine(checkRelativePath))

const selectorForms = SELECTOR_FORMS.map(f => `{${f.join(', ')}}`)
const selectorShape = {
  file: z.optional(relativePath),
  directory: z.optional(relativePath),
  /** Xcode 27: a glob such as "Audio/*.wav". */
  filePattern: z.optional(relativePath),
  /** Xcode 27: drops a file another selector matched. */
  fileExclusion: z.optional(relativePath),
  fileSource: z.optional(relativePath),
  fileDestination: z.optional(relativePath),
  directorySource: z.optional(relativePath),
  directoryDestination: z.optional(relativePath)
}
const fileSelector = z
  .strictObject(selectorShape, {
    error: expected(
      'an object such as {"file": "Videos/Intro.m4v"}, {"directory": "Levels"} or ' +
        '{"filePattern": "Audio/*.wav"}'
    )
  })
  .check(
    z.superRefine((selector: unknown, ctx) => {
      if (!isObject(selector)) return
      const used = SELECTOR_FORMS.filter(form => form.some(key => key in selector))
      if (used.length === 0) {
        ctx.addIssue({
          code: 'custom',
          params: UNLESS_UNKNOWN_KEYS,
          message: `selects nothing; expected exactly one of ${oneOf(selectorForms)}`
        })
      } else if (used.length > 1) {
        const keys = used.flatMap(form => form.filter(key => key in selector))
        ctx.addIssue({
          code: 'custom',
          message: `mixes ${oneOf(keys, 'and')}; expected exactly one of ${oneOf(selectorForms)}`
        })
      } else {
        for (const key of used[0].filter(k => !(k in selector))) {
          const other = used[0].find(k => k !== key)
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `is missing; ${other} needs it: expected both ${used[0].join(' and ')}`
          })
        }
      }
    }, always)
  )

const platform = z.enum(PLATFORMS, {
  error: iss =>
    iss.input === 'watchOS'
      ? `"watchOS" is not supported by asset packs; expected ${oneOf(PLATFORMS)}`
      : iss.input === 'iPadOS'
        ? `"iPadOS" is not a platform of asset packs: "iOS" covers iPad; expected ${oneOf(PLATFORMS)}`
        : `${describeValue(iss.input)} is not a platform; expected ${oneOf(PLATFORMS)}` +
          suggest(
            typeof iss.input === 'string' ? iss.input.replace(/_/g, '') : iss.input,
            PLATFORMS
          )
})

/** Keys Apple-hosted packs refuse, with why: present in the schema only to say so. */
const refused = (why: string) =>
  z
    .unknown()
    .check(
      z.superRefine((_: unknown, ctx) => ctx.addIssue({ code: 'custom', message: why }), always)
    )

/**
 * Unknown top-level keys are stripped, not refused: the caller warns about each one (Swift's
 * JSON decoding, which ba-package uses, ignores them).
 */
export const manifestSchema = z.object(
  {
    assetPackID: z
      .string({
        error: expected('the pack\u2019s identifier: a string of letters, digits and hyphens')
      })
      .check(z.superRefine(checkAssetPackID)),
    downloadPolicy,
    fileSelectors: z
      .array(fileSelector, {
        error: expected('a non-empty array of selectors such as [{"file": "Videos/Intro.m4v"}]')
      })
      .check(
        z.minLength(1, 'is empty; expected at least one selector such as {"directory": "Levels"}')
      ),
    /** Empty means every platform (Apple's documentation). */
    platforms: z
      .array(platform, {
        error: expected(`an array of ${oneOf(PLATFORMS, 'and/or')} ([] for all)`)
      })
      .check(z.superRefine(noDuplicates('platform'), always)),
    /** Xcode 27: the pack is localized for this one language. */
    language: z.optional(
      z
        .string({ error: expected(`a language tag, ${LANGUAGE_EXAMPLES}`) })
        .check(z.superRefine(checkLanguage))
    ),
    /** Xcode 27: the folder the selectors' paths are relative to. */
    sourceRoot: z.optional(
      z
        .string({ error: expected('a folder path (a string) such as "."') })
        .check(z.superRefine(checkSourceRoot))
    ),
    userInfo: z.optional(
      refused('is for self-hosted asset packs only; Apple-hosted packs reject it: remove it')
    ),
    /** Written by ba-package into the archive's copy of the manifest. */
    toolsVersion: z.optional(z.string({ error: expected('a string') }))
  },
  {
    error: expected('a JSON object with assetPackID, downloadPolicy, fileSelectors and platforms')
  }
)

export type Manifest = Omit<z.infer<typeof manifestSchema>, 'userInfo'>

/** Keys the manifest's top level may have (`userInfo` is known, to be refused by name). */
export const TOP_LEVEL_KEYS = Object.keys(manifestSchema.shape).filter(k => k !== 'userInfo')

/** The keys an object at `path` may have, for messages about unknown keys. */
export function knownKeys(path: readonly PropertyKey[]): readonly string[] {
  const [first, , third] = path
  if (path.length === 0) return TOP_LEVEL_KEYS
  if (first === 'downloadPolicy') {
    if (path.length === 1) return DOWNLOAD_POLICIES
    return third === undefined && path[1] !== 'onDemand' ? ['installationEventTypes'] : []
  }
  if (first === 'fileSelectors') return Object.keys(selectorShape)
  return []
}
