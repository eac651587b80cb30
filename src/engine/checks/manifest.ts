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
  type Position
} from './json-locate.js'
import { closest, knownKeys, manifestSchema, oneOf, type Manifest } from './manifest-schema.js'
import { describeFsError, describeKind } from './fs-errors.js'
import type { Problem } from './problem.js'

export type { Manifest } from './manifest-schema.js'
export { PLATFORMS, INSTALLATION_EVENT_TYPES, ASSET_PACK_ID } from './manifest-schema.js'

/** A Manifest.json is a few hundred bytes; past this it is the wrong file. */
export const MAX_MANIFEST_BYTES = 1024 * 1024

export interface ManifestCheck {
  /** Present only when there is no problem. */
  manifest?: Manifest
  problems: Problem[]
}

/**
 * Checks a manifest's text as `ba-package` and App Store Connect will read it, and reports
 * every problem at once, each with its JSON path and its line and column in the text.
 *
 * Decisions, all for one reason: the exact bytes are sent to App Store Connect as the MANIFEST
 * file, and a manifest refused there leaves a version behind that can never be deleted, so
 * whatever may be read differently there is refused here, where fixing it costs nothing.
 * - A UTF-8 byte order mark is refused (ba-package reads UTF-8; how Apple's server reads a BOM
 *   is not documented).
 * - Unknown keys are refused, with the expected keys and a "did you mean" for typos: an unknown
 *   key is nearly always a misspelt optional key (`sourceroot`, `Language`) that a decoder would
 *   silently ignore, packaging something other than what the author meant. `toolsVersion`, which
 *   ba-package writes into the archive's copy, is accepted.
 * - Duplicate keys are refused: JSON readers disagree on which one wins.
 * - Comments and trailing commas (what `ba-package template` writes) are refused by name, and
 *   the rest of the file is still checked, so the template's placeholder is reported too.
 */
export function checkManifest(text: string, file: string, input = 'manifest-path'): ManifestCheck {
  const problems: Problem[] = []
  const add = (message: string, where?: Position, jsonPath?: string): void => {
    problems.push({
      input,
      message,
      file,
      ...(jsonPath ? { jsonPath } : {}),
      ...(where ? { line: where.line, column: where.column } : {})
    })
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
    return { problems }
  }

  let parsed: ParsedJson
  try {
    parsed = parseJson(text, { lenient: true })
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e
    add(`is not valid JSON ${e.message}`, e.position)
    return { problems }
  }
  reportTemplateSyntax(text, parsed, add)
  for (const dup of parsed.duplicateKeys) {
    add(
      `repeats the key "${dup.key}" in one object; expected each key once (JSON readers disagree on ` +
        'which one wins): remove one',
      dup.position,
      dup.path
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
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  return problems.length === 0 && result.success
    ? { manifest: result.data, problems }
    : { problems }
}

const pathKey = (path: readonly PropertyKey[]): string => JSON.stringify(path.map(String))

function at(parsed: ParsedJson, path: PathSegment[]): [Position | undefined, string | undefined] {
  return [locate(parsed, path), path.length > 0 ? formatJsonPath(path) : undefined]
}

function unknownKeyMessage(path: PathSegment[], key: string): string {
  const known = knownKeys(path)
  const near = closest(key, known)
  const where = path.length === 0 ? 'the manifest' : formatJsonPath(path)
  const expected =
    known.length === 0 ? `${where} takes no keys: expected {}` : `expected ${oneOf(known)}`
  return `has an unknown key "${key}"; ${expected}${near ? ` (did you mean ${near}?)` : ''}`
}

function reportTemplateSyntax(
  text: string,
  parsed: ParsedJson,
  add: (message: string, where?: Position) => void
): void {
  const more = (list: Position[]): string => {
    const lines = [...new Set(list.slice(1).map(p => p.line))]
    const on = `on line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}`
    return list.length > 1 ? ` (and ${list.length - 1} more, ${on})` : ''
  }
  const { comments, trailingCommas } = parsed
  if (comments.length > 0) {
    const kinds = [
      ...new Set(comments.map(p => (text.startsWith('//', p.offset) ? '//' : '/* */')))
    ]
    add(
      `contains ${kinds.join(' and ')} comments at line ${comments[0].line}${more(comments)} ` +
        '(the ba-package template has them); Manifest.json must be strict JSON: remove the comments',
      comments[0]
    )
  }
  if (trailingCommas.length > 0) {
    const first = trailingCommas[0]
    add(
      `has a trailing comma at line ${first.line} column ${first.column}${more(trailingCommas)} ` +
        '(the ba-package template has them); Manifest.json must be strict JSON: remove the comma ' +
        'after the last item of each object and array',
      first
    )
  }
}

/**
 * Reads and checks the manifest file. `bytes` are the file's exact bytes (what is uploaded),
 * returned whenever the file could be read.
 */
export async function readManifest(
  path: string,
  input = 'manifest-path'
): Promise<ManifestCheck & { bytes?: Buffer }> {
  const fail = (message: string) => ({ problems: [{ input, message, file: path }] })
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
