/**
 * A small JSON parser that remembers where every value is in the text, so a problem found in
 * a parsed document can point a GitHub annotation at the right line and column.
 *
 * It parses strict JSON (RFC 8259). With `lenient`, it also reads what `ba-package template`
 * writes (`//` and `/* *\/` comments, trailing commas) but records each one, so the caller can
 * refuse them by name and still check the rest of the file in the same run.
 */

export interface Position {
  /** 1-based. */
  line: number
  /** 1-based, in UTF-16 code units. */
  column: number
  /** 0-based offset in the text. */
  offset: number
}

export type PathSegment = string | number

export interface ParsedJson {
  value: unknown
  /** JSON path (see formatJsonPath) → where it is: an object member's key, an array element. */
  positions: Map<string, Position>
  /** Comments found (lenient mode only), each with the offset just past its end. */
  comments: (Position & { end: number })[]
  /** Trailing commas found (lenient mode only): the position of the comma. */
  trailingCommas: Position[]
  /** Keys that appear twice in one object: the path and the second occurrence. */
  duplicateKeys: { path: string; key: string; position: Position }[]
}

export class JsonSyntaxError extends Error {
  constructor(
    /** What is wrong, without the position. */
    readonly reason: string,
    readonly position: Position
  ) {
    super(`at line ${position.line} column ${position.column}: ${reason}`)
    this.name = 'JsonSyntaxError'
  }
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/
const MAX_DEPTH = 512

/** `downloadPolicy.onDemand`, `fileSelectors[1].file`, `["odd key"]`. */
export function formatJsonPath(segments: readonly PathSegment[]): string {
  let out = ''
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`
    else if (IDENTIFIER.test(s)) out += out === '' ? s : `.${s}`
    else out += `[${JSON.stringify(s)}]`
  }
  return out
}

/** Where `segments` is in the text, or its nearest ancestor that is (a missing key → its object). */
export function locate(parsed: ParsedJson, segments: readonly PathSegment[]): Position | undefined {
  for (let n = segments.length; n >= 0; n--) {
    const found = parsed.positions.get(formatJsonPath(segments.slice(0, n)))
    if (found) return found
  }
  return undefined
}

export function parseJson(text: string, options: { lenient?: boolean } = {}): ParsedJson {
  return new Parser(text, options.lenient ?? false).parseDocument()
}

class Parser {
  private pos = 0
  private readonly lineStarts: number[] = [0]
  private readonly result: ParsedJson = {
    value: undefined,
    positions: new Map(),
    comments: [],
    trailingCommas: [],
    duplicateKeys: []
  }

  constructor(
    private readonly text: string,
    private readonly lenient: boolean
  ) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1)
    }
  }

  parseDocument(): ParsedJson {
    this.skipSpace()
    if (this.pos >= this.text.length) this.fail('the file holds no JSON value; expected an object')
    this.result.positions.set('', this.position(this.pos))
    this.result.value = this.parseValue([], 0)
    this.skipSpace()
    if (this.pos < this.text.length) {
      this.fail(
        `unexpected ${this.describeHere()} after the end of the JSON value; expected nothing more`
      )
    }
    return this.result
  }

  position(offset: number): Position {
    let lo = 0
    let hi = this.lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.lineStarts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo] + 1, offset }
  }

  private fail(message: string, offset = this.pos): never {
    throw new JsonSyntaxError(message, this.position(offset))
  }

  private describeHere(): string {
    if (this.pos >= this.text.length) return 'end of file'
    const c = this.text[this.pos]
    return c.trim() === ''
      ? `character U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`
      : `'${c}'`
  }

  private skipSpace(): void {
    const t = this.text
    for (;;) {
      const c = t[this.pos]
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++
      else if (c === '/' && (t[this.pos + 1] === '/' || t[this.pos + 1] === '*')) {
        if (!this.lenient) this.fail('a comment; expected strict JSON, which has none')
        const start = this.position(this.pos)
        if (t[this.pos + 1] === '/') {
          while (this.pos < t.length && t[this.pos] !== '\n' && t[this.pos] !== '\r') this.pos++
        } else {
          const end = t.indexOf('*/', this.pos + 2)
          if (end < 0) this.fail("unterminated /* comment; expected '*/'")
          this.pos = end + 2
        }
        this.result.comments.push({ ...start, end: this.pos })
      } else return
    }
  }

  private parseValue(path: PathSegment[], depth: number): unknown {
    if (depth > MAX_DEPTH)
      this.fail(`values nested more than ${MAX_DEPTH} deep; expected a flatter document`)
    const c = this.text[this.pos]
    if (c === '{') return this.parseObject(path, depth)
    if (c === '[') return this.parseArray(path, depth)
    if (c === '"') return this.parseString()
    if (c === '-' || (c >= '0' && c <= '9')) return this.parseNumber()
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null]
    ] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length
        return value
      }
    }
    if (c === "'") this.fail('strings must be in double quotes ("), not single quotes (\')')
    this.fail(`unexpected ${this.describeHere()}; expected a value`)
  }

  private parseObject(path: PathSegment[], depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    const seen = new Set<string>()
    this.pos++ // {
    this.skipSpace()
    if (this.text[this.pos] === '}') {
      this.pos++
      return out
    }
    for (;;) {
      const keyAt = this.pos
      if (this.text[this.pos] !== '"') {
        this.fail(`unexpected ${this.describeHere()}; expected a property name in double quotes`)
      }
      const key = this.parseString()
      const memberPath = [...path, key]
      const where = this.position(keyAt)
      if (seen.has(key)) {
        this.result.duplicateKeys.push({ path: formatJsonPath(memberPath), key, position: where })
      }
      seen.add(key)
      // The last occurrence wins, as in JSON.parse: point at the one whose value is checked.
      this.result.positions.set(formatJsonPath(memberPath), where)
      this.skipSpace()
      if (this.text[this.pos] !== ':') this.fail(`unexpected ${this.describeHere()}; expected ':'`)
      this.pos++
      this.skipSpace()
      const value = this.parseValue(memberPath, depth + 1)
      // Like JSON.parse, the last duplicate wins; __proto__ is kept as a plain key.
      Object.defineProperty(out, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true
      })
      this.skipSpace()
      const c = this.text[this.pos]
      if (c === '}') {
        this.pos++
        return out
      }
      if (c !== ',') this.fail(`unexpected ${this.describeHere()}; expected ',' or '}'`)
      if (this.closesAfterComma('}')) return out
    }
  }

  private parseArray(path: PathSegment[], depth: number): unknown[] {
    const out: unknown[] = []
    this.pos++ // [
    this.skipSpace()
    if (this.text[this.pos] === ']') {
      this.pos++
      return out
    }
    for (;;) {
      const itemPath = [...path, out.length]
      this.result.positions.set(formatJsonPath(itemPath), this.position(this.pos))
      out.push(this.parseValue(itemPath, depth + 1))
      this.skipSpace()
      const c = this.text[this.pos]
      if (c === ']') {
        this.pos++
        return out
      }
      if (c !== ',') this.fail(`unexpected ${this.describeHere()}; expected ',' or ']'`)
      if (this.closesAfterComma(']')) return out
    }
  }

  /** At a ',': skips it; true (and consumes `close`) when it was a trailing comma. */
  private closesAfterComma(close: '}' | ']'): boolean {
    const commaAt = this.pos
    this.pos++
    this.skipSpace()
    if (this.text[this.pos] !== close) return false
    if (!this.lenient) this.fail(`a trailing comma before '${close}'; expected none`, commaAt)
    this.result.trailingCommas.push(this.position(commaAt))
    this.pos++
    return true
  }

  private parseString(): string {
    const start = this.pos
    const t = this.text
    this.pos++ // "
    let out = ''
    let chunk = this.pos
    for (;;) {
      if (this.pos >= t.length) this.fail('unterminated string; expected a closing "', start)
      const code = t.charCodeAt(this.pos)
      if (code === 34) break // "
      if (code < 0x20)
        this.fail(
          'a control character (such as a line break) inside a string; expected an escape such as \\n'
        )
      if (code !== 92) {
        this.pos++
        continue
      }
      out += t.slice(chunk, this.pos)
      const e = t[this.pos + 1]
      const simple: Record<string, string> = {
        '"': '"',
        '\\': '\\',
        '/': '/',
        b: '\b',
        f: '\f',
        n: '\n',
        r: '\r',
        t: '\t'
      }
      if (e !== undefined && e in simple) {
        out += simple[e]
        this.pos += 2
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(t.slice(this.pos + 2, this.pos + 6))) {
        out += String.fromCharCode(parseInt(t.slice(this.pos + 2, this.pos + 6), 16))
        this.pos += 6
      } else
        this.fail(
          'an invalid escape in a string; expected \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX'
        )
      chunk = this.pos
    }
    out += t.slice(chunk, this.pos)
    this.pos++ // "
    return out
  }

  private parseNumber(): number {
    const match = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(
      this.text.slice(this.pos, this.pos + 400)
    )
    if (!match) this.fail('an invalid number; expected digits, such as -1.5e3')
    this.pos += match[0].length
    return Number(match[0])
  }
}

/**
 * The strict JSON of a lenient document: the same text with its comments and trailing commas
 * taken out (with the lines a comment had to itself), so keys, order, values and layout stay
 * the author's. A pure function of the text, so its digest is stable.
 */
export function strictText(text: string, parsed: ParsedJson): string {
  const cuts = [
    ...parsed.comments.map(c => commentCut(text, c.offset, c.end)),
    ...parsed.trailingCommas.map(c => [c.offset, c.offset + 1] as const)
  ].sort((a, b) => a[0] - b[0])
  let out = ''
  let at = 0
  for (const [start, end] of cuts) {
    out += text.slice(at, Math.max(at, start))
    at = Math.max(at, end)
  }
  return out + text.slice(at)
}

/** A comment's span, widened to its whole line when alone on it, or to the spaces before it. */
function commentCut(text: string, start: number, end: number): readonly [number, number] {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const newline = text.indexOf('\n', end)
  const lineEnd = newline < 0 ? text.length : newline + 1
  const restOfLine = text.slice(end, lineEnd).trim() === ''
  if (restOfLine && text.slice(lineStart, start).trim() === '') return [lineStart, lineEnd]
  if (!restOfLine) return [start, end]
  let from = start
  while (from > lineStart && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--
  return [from, end]
}
