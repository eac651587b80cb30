import {
  formatJsonPath,
  JsonSyntaxError,
  locate,
  parseJson
} from '../../src/engine/checks/json-locate.js'

describe('parseJson', () => {
  const samples = [
    '{"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9\\"/"], "b": {}, "c": []}',
    '"just a string"',
    '  [ {"k": 0} ]  ',
    '{"__proto__": {"x": 1}}'
  ]
  test.each(samples)('gives the same value as JSON.parse: %s', text => {
    expect(parseJson(text).value).toEqual(JSON.parse(text))
  })

  test('records the position of every key and element (1-based, CRLF and CR count once)', () => {
    const text = '{\r\n  "a": [\r\n    10,\r    {"b": 1}\n  ]\n}'
    const { positions } = parseJson(text)
    expect(positions.get('a')).toMatchObject({ line: 2, column: 3 })
    expect(positions.get('a[0]')).toMatchObject({ line: 3, column: 5 })
    expect(positions.get('a[1]')).toMatchObject({ line: 4, column: 5 })
    expect(positions.get('a[1].b')).toMatchObject({ line: 4, column: 6 })
  })

  const strictErrors: [string, string, RegExp, number, number][] = [
    ['a comment', '{\n  // x\n}', /a comment; expected strict JSON/, 2, 3],
    ['a trailing comma', '[1,\n 2,\n]', /a trailing comma before '\]'; expected none/, 2, 3],
    ['a bare word', '{"a": yes}', /unexpected 'y'; expected a value/, 1, 7],
    ['a leading zero', '[01]', /unexpected '1'; expected ',' or '\]'/, 1, 3],
    ['a raw line break in a string', '"a\nb"', /control character/, 1, 3],
    ['a bad escape', '"\\x"', /invalid escape/, 1, 2],
    ['nothing', '   ', /holds no JSON value/, 1, 4],
    ['an unterminated block comment', '/* x', /unterminated/, 1, 1]
  ]
  test.each(strictErrors)('refuses %s with its position', (_n, text, reason, line, column) => {
    let error: unknown
    try {
      parseJson(text, { lenient: text.startsWith('/*') })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(JsonSyntaxError)
    const e = error as JsonSyntaxError
    expect(e.reason).toMatch(reason)
    expect(e.position).toMatchObject({ line, column })
    expect(e.message).toBe(`at line ${line} column ${column}: ${e.reason}`)
  })

  test('lenient mode records comments and trailing commas and still parses', () => {
    const parsed = parseJson('{\n  // c\n  "a": [1, 2,], /* d */\n}', { lenient: true })
    expect(parsed.value).toEqual({ a: [1, 2] })
    expect(parsed.comments.map(p => [p.line, p.column])).toEqual([
      [2, 3],
      [3, 17]
    ])
    expect(parsed.trailingCommas.map(p => [p.line, p.column])).toEqual([
      [3, 13],
      [3, 15]
    ])
  })

  test('reports a duplicate key and points at the occurrence that wins', () => {
    const parsed = parseJson('{"a": 1,\n "a": 2}')
    expect(parsed.value).toEqual({ a: 2 })
    expect(parsed.duplicateKeys).toEqual([
      { path: 'a', key: 'a', position: { line: 2, column: 2, offset: 10 } }
    ])
    expect(parsed.positions.get('a')?.line).toBe(2)
  })
})

describe('formatJsonPath and locate', () => {
  test('formats keys, indexes and keys that are not identifiers', () => {
    expect(formatJsonPath(['downloadPolicy', 'onDemand'])).toBe('downloadPolicy.onDemand')
    expect(formatJsonPath(['fileSelectors', 1, 'file'])).toBe('fileSelectors[1].file')
    expect(formatJsonPath(['a b', 0])).toBe('["a b"][0]')
    expect(formatJsonPath([])).toBe('')
  })

  test('falls back to the nearest ancestor for a missing key', () => {
    const parsed = parseJson('{\n  "x": {\n    "y": 1\n  }\n}')
    expect(locate(parsed, ['x', 'z', 'w'])).toMatchObject({ line: 2, column: 3 })
    expect(locate(parsed, ['missing'])).toMatchObject({ line: 1, column: 1 })
  })
})
