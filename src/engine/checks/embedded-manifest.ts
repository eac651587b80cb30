import { isUtf8 } from 'node:buffer'
import { parseJson } from './json-locate.js'
import { checkManifest, type Manifest } from './manifest.js'
import type { Advisory, Problem } from './problem.js'

/**
 * The manifest inside the archive. Apple's processing reads this copy, not the Manifest.json
 * beside the archive (apple-facts.md, "The archive"), so its identity and policy decide the
 * outcome. Its exact fields are not documented (ba-package adds `toolsVersion`, and may rewrite
 * the selectors), so only what Apple is known to act on is held against the rules and against
 * the given manifest: `assetPackID`, `downloadPolicy`, `platforms` and `language`.
 */
export const COMPARED_KEYS = ['assetPackID', 'downloadPolicy', 'platforms', 'language'] as const

export interface EmbeddedManifest {
  /** The entry's path inside the archive, as found (its case may differ). */
  path: string
  bytes: Uint8Array
}

export interface EmbeddedCheck {
  /** The archive's manifest, when it passed: the pack's manifest where none is given. */
  manifest?: Manifest
  strict?: string
  problems: Problem[]
  advisories: Advisory[]
}

const INPUT = 'archive-path'
const REBUILD = 'rebuild the archive with xcrun ba-package from the Manifest.json you publish'

/**
 * Checks the archive's own manifest, and compares it with the given one (`given`, already
 * checked) where there is one. Every problem names `archive-path` and says why.
 */
export function checkEmbeddedManifest(
  archivePath: string,
  embedded: EmbeddedManifest | undefined,
  given?: { path: string; manifest: Manifest }
): EmbeddedCheck {
  // No JSON path, line or column: they would point into a file inside the archive, not the .aar.
  const problem = (message: string): Problem => ({ input: INPUT, file: archivePath, message })
  if (!embedded) {
    if (!given) {
      return {
        problems: [
          problem(
            'holds no Manifest.json at its root, so the pack cannot be known from it alone; ' +
              'expected an archive made by xcrun ba-package, or give manifest-path'
          )
        ],
        advisories: []
      }
    }
    return {
      problems: [],
      advisories: [
        {
          ...problem(
            'holds no Manifest.json at its root (Apple does not document where ba-package puts ' +
              `it), so it was not compared with ${given.path}; Apple's processing reads the ` +
              'manifest inside the archive'
          ),
          level: 'warning'
        }
      ]
    }
  }

  const where = `its own ${embedded.path}`
  if (!isUtf8(embedded.bytes)) {
    return { problems: [problem(`${where} is not UTF-8 text; ${REBUILD}`)], advisories: [] }
  }
  const text = Buffer.from(embedded.bytes).toString('utf8')
  const checked = checkManifest(text, archivePath, INPUT)
  // Alone, the archive's copy is the pack's manifest, sent to Apple: every rule applies. Beside a
  // given manifest, only the keys Apple is known to act on (ba-package may rewrite the rest).
  const kept = given ? checked.problems.filter(isAboutComparedKeys) : checked.problems
  const problems = kept.map(p =>
    problem(p.jsonPath ? `${where}: ${p.jsonPath} ${p.message}` : `${where} ${p.message}`)
  )
  if (!given) {
    return checked.manifest && problems.length === 0
      ? {
          manifest: checked.manifest,
          strict: checked.strict,
          problems,
          advisories: checked.advisories
        }
      : { problems, advisories: checked.advisories }
  }
  if (problems.length > 0) return { problems, advisories: [] }

  // Kept problems are none, so the text parses and the compared keys hold valid values.
  const inside = parseJson(text, { lenient: true }).value as Record<string, unknown>
  for (const key of COMPARED_KEYS) {
    if (
      key === 'language'
        ? sameTag(inside[key], given.manifest[key])
        : same(inside[key], given.manifest[key])
    )
      continue
    problems.push(
      problem(
        `${where} has ${key} ${show(inside[key])}, but ${given.path} has ` +
          `${show(given.manifest[key])}. Apple processes the archive's copy: ${REBUILD}, ` +
          'or publish the Manifest.json the archive was made from'
      )
    )
  }
  return { problems, advisories: [] }
}

/** Problems about a compared key, or that make the text no manifest at all (no JSON path). */
function isAboutComparedKeys(p: Problem): boolean {
  const path = p.jsonPath
  return (
    path === undefined ||
    COMPARED_KEYS.some(
      key => path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`)
    )
  )
}

const show = (value: unknown): string => (value === undefined ? 'none' : JSON.stringify(value))

/** Language tags are case-insensitive (BCP 47): `en-US` is `en-us`. */
const sameTag = (a: unknown, b: unknown): boolean =>
  typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b

/** Platforms compare as sets; everything else by value. */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return (
      a.length === b.length && [...a].map(canon).sort().join() === [...b].map(canon).sort().join()
    )
  }
  return canon(a) === canon(b)
}

/** JSON with sorted keys: key order in an object means nothing to Apple. */
function canon(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canon).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : 1
    )
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canon(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'undefined'
}
