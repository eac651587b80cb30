import { open, stat } from 'node:fs/promises'
import { isUtf8 } from 'node:buffer'
import { join } from 'node:path'
import {
  formatJsonPath,
  JsonSyntaxError,
  locate,
  parseJson,
  type ParsedJson,
  type PathSegment,
  type Position,
  strictText
} from './json-locate.js'
import {
  closest,
  knownKeys,
  manifestSchema,
  oneOf,
  TOP_LEVEL_KEYS,
  type Manifest
} from './manifest-schema.js'
import { describeFsError, describeKind } from './fs-errors.js'
import type { Advisory, Problem } from './problem.js'

export type { Manifest } from './manifest-schema.js'
export { PLATFORMS, INSTALLATION_EVENT_TYPES, ASSET_PACK_ID } from './manifest-schema.js'

/** A Manifest.json is a few hundred bytes; past this it is the wrong file. */
export const MAX_MANIFEST_BYTES = 1024 * 1024

export interface ManifestCheck {
  /** Present only when there is no problem. */
  manifest?: Manifest
  /** The strict JSON sent to Apple: the text itself, or without its comments and trailing commas. */
  strict?: string
  problems: Problem[]
  advisories: Advisory[]
}

/**
 * Checks a manifest's text as `ba-package` and App Store Connect will read it, and reports
 * every problem at once, each with its JSON path and its line and column in the text.
 *
 * Decisions (apple-facts.md, "The manifest"):
 * - Comments and trailing commas are accepted with a notice: ba-package reads them, and Apple's
 *   own example has comments. Apple is sent the strict JSON of the same text (`strict`).
 * - An unknown top-level key is a warning, with a "did you mean" for typos: ba-package's JSON
 *   decoding ignores it, but it is most often a misspelt optional key (`sourceroot`).
 *   `userInfo` is refused by name (self-hosted packs only). Unknown keys inside the policy or a
 *   selector stay errors: there they change what is packaged.
 * - A UTF-8 byte order mark is refused (how Apple's server reads a BOM is not documented).
 * - Duplicate keys are refused: JSON readers disagree on which one wins.
 */
export function checkManifest(text: string, file: string, input = 'manifest-path'): ManifestCheck {
  const problems: Problem[] = []
  const advisories: Advisory[] = []
  const place = (where?: Position, jsonPath?: string) => ({
    input,
    file,
    ...(jsonPath ? { jsonPath } : {}),
    ...(where ? { line: where.line, column: where.column } : {})
  })
  const add = (message: string, where?: Position, jsonPath?: string): void => {
    problems.push({ ...place(where, jsonPath), message })
  }
  const advise = (
    level: Advisory['level'],
    message: string,
    where?: Position,
    jsonPath?: string
  ): void => {
    advisories.push({ ...place(where, jsonPath), level, message })
  }

  if (text.startsWith('\uFEFF')) {
    add(
      'starts with a byte order mark (EF BB BF); expected plain UTF-8 without BOM: save the file ' +
        'as "UTF-8" rather than "UTF-8 with BOM"',
      { line: 1, column: 1, offset: 0 }
    )
    text = text.slice(1)
  }
  if (text.trim() === '') {
    add('is empty; expected the manifest JSON ({"assetPackID": …, "downloadPolicy": …, …})', {
      line: 1,
      column: 1,
      offset: 0
    })
    return { problems, advisories }
  }

  let parsed: ParsedJson
  try {
    parsed = parseJson(text, { lenient: true })
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e
    add(`is not valid JSON ${e.message}`, e.position)
    return { problems, advisories }
  }
  const lenient = describeLenientSyntax(text, parsed)
  if (lenient) advise('notice', lenient.message, lenient.at)
  for (const dup of parsed.duplicateKeys) {
    add(
      `repeats the key "${dup.key}" in one object; expected each key once (JSON readers disagree on ` +
        'which one wins): remove one',
      dup.position,
      dup.path
    )
  }
  for (const key of unknownTopLevelKeys(parsed.value)) {
    const near = closest(key, TOP_LEVEL_KEYS)
    advise(
      'warning',
      `has an unknown key "${key}", which ba-package ignores${near ? ` (did you mean ${near}?)` : ''}; ` +
        `expected ${oneOf(TOP_LEVEL_KEYS)}`,
      ...at(parsed, [key])
    )
  }

  const result = manifestSchema.safeParse(parsed.value)
  if (!result.success) {
    const withUnknownKeys = new Set(
      result.error.issues.filter(i => i.code === 'unrecognized_keys').map(i => pathKey(i.path))
    )
    for (const issue of result.error.issues) {
      const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol')
      if (
        issue.code === 'custom' &&
        issue.params?.unlessUnknownKeys === true &&
        withUnknownKeys.has(pathKey(issue.path))
      ) {
        continue
      }
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          add(unknownKeyMessage(path, key), ...at(parsed, [...path, key]))
      } else {
        add(issue.message, ...at(parsed, path))
      }
    }
  }
  const byPlace = (a: Problem, b: Problem) =>
    (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
  problems.sort(byPlace)
  advisories.sort(byPlace)
  if (problems.length > 0 || !result.success) return { problems, advisories }
  // userInfo never gets here: it is always a problem.
  const manifest: Manifest = result.data
  return { manifest, strict: strictText(text, parsed), problems, advisories }
}

function unknownTopLevelKeys(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return []
  const known = new Set<string>([...TOP_LEVEL_KEYS, 'userInfo'])
  return Object.keys(value).filter(key => !known.has(key))
}

/** "pack 'Tutorial', platforms iOS, macOS, language en-US", for log lines. */
export function describeManifest(manifest: Manifest): string {
  const platforms = manifest.platforms.length ? manifest.platforms.join(', ') : 'all'
  const language = manifest.language ? `, language ${manifest.language}` : ''
  return `pack '${manifest.assetPackID}', platforms ${platforms}${language}`
}

const pathKey = (path: readonly PropertyKey[]): string => JSON.stringify(path.map(String))

function at(parsed: ParsedJson, path: PathSegment[]): [Position | undefined, string | undefined] {
  return [locate(parsed, path), path.length > 0 ? formatJsonPath(path) : undefined]
}

function unknownKeyMessage(path: PathSegment[], key: string): string {
  const known = knownKeys(path)
  if (key === 'language' && path[0] === 'fileSelectors') {
    return (
      'has the key "language", which belongs at the top level of the manifest: a pack is ' +
      'localized for one language (one pack per language, e.g. "voice-en" and "voice-fr"); ' +
      'expected it there, not in a selector'
    )
  }
  const near = closest(key, known)
  const where = path.length === 0 ? 'the manifest' : formatJsonPath(path)
  const expected =
    known.length === 0 ? `${where} takes no keys: expected {}` : `expected ${oneOf(known)}`
  return `has an unknown key "${key}"; ${expected}${near ? ` (did you mean ${near}?)` : ''}`
}

/** The notice for comments and trailing commas (what `ba-package template` writes), if any. */
function describeLenientSyntax(
  text: string,
  parsed: ParsedJson
): { message: string; at: Position } | undefined {
  const { comments, trailingCommas } = parsed
  if (comments.length === 0 && trailingCommas.length === 0) return undefined
  const found: string[] = []
  const lineComments = comments.filter(p => text.startsWith('//', p.offset)).length
  if (lineComments > 0) found.push(plural(lineComments, '// comment'))
  if (comments.length > lineComments)
    found.push(plural(comments.length - lineComments, '/* */ comment'))
  if (trailingCommas.length > 0) found.push(plural(trailingCommas.length, 'trailing comma'))
  const first = [...comments, ...trailingCommas].sort((a, b) => a.offset - b.offset)[0]
  const lines = [...new Set([...comments, ...trailingCommas].map(p => p.line))].sort(
    (a, b) => a - b
  )
  return {
    message:
      `has ${oneOf(found, 'and')} (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}), ` +
      'which ba-package reads; App Store Connect is sent the same manifest as strict JSON, ' +
      'without them',
    at: first
  }
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * Reads and checks the manifest file. `bytes` are the file's exact bytes (what is uploaded),
 * returned whenever the file could be read.
 */
export async function readManifest(
  path: string,
  input = 'manifest-path'
): Promise<ManifestCheck & { bytes?: Buffer }> {
  const fail = (message: string) => ({
    problems: [{ input, message, file: path }],
    advisories: []
  })
  const what = 'expected the Manifest.json you give to xcrun ba-package'
  let bytes: Buffer
  try {
    const info = await stat(path)
    if (info.isDirectory()) {
      const inside = join(path, 'Manifest.json')
      const hint = (await isFile(inside)) ? ` (did you mean '${inside}'?)` : ''
      return fail(`'${path}' is a directory; ${what}${hint}`)
    }
    if (!info.isFile()) return fail(`'${path}' is ${describeKind(info)}, not a file; ${what}`)
    bytes = await readStart(path, MAX_MANIFEST_BYTES + 1)
  } catch (e) {
    return fail(describeFsError(e, path, what))
  }
  if (bytes.length === 0) return fail(`'${path}' is empty (0 bytes); ${what}`)
  const magic = bytes.subarray(0, 4).toString('latin1')
  if (/^(pbz.|AA01|YAA1|AEA1)$/.test(magic)) {
    return fail(
      `'${path}' is an Apple Archive (it starts with '${magic}'), not a manifest; ${what}. ` +
        'Were manifest-path and archive-path swapped?'
    )
  }
  if (bytes.length > MAX_MANIFEST_BYTES) {
    return fail(
      `'${path}' is over ${MAX_MANIFEST_BYTES} bytes, too large for a Manifest.json; ${what}`
    )
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return fail(`'${path}' is UTF-16 text; save it as UTF-8`)
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return fail(`'${path}' is UTF-16 text; save it as UTF-8`)
  if (!isUtf8(bytes)) {
    return { ...fail(`'${path}' is not valid UTF-8 text; ${what}, saved as UTF-8`), bytes }
  }
  return { ...checkManifest(bytes.toString('utf8'), path, input), bytes }
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    s => s.isFile(),
    () => false
  )
}

/** Reads at most `limit` bytes from the start of a file. */
async function readStart(path: string, limit: number): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const buffer = Buffer.alloc(Math.min(64 * 1024, limit - total))
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      chunks.push(buffer.subarray(0, bytesRead))
      total += bytesRead
      if (total >= limit) break
    }
    return Buffer.concat(chunks)
  } finally {
    await handle.close()
  }
}
