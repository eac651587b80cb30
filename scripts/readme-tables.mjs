#!/usr/bin/env node
// README's tables of inputs and outputs, generated from action.yml, so the two never disagree.
//
//   node scripts/readme-tables.mjs           rewrites the regions between
//                                            <!-- inputs:start --> / <!-- inputs:end --> and
//                                            <!-- outputs:start --> / <!-- outputs:end -->
//   node scripts/readme-tables.mjs --check   exits 1 when README.md is not up to date
//
// Options --readme <path> and --action <path> choose other files (the tests use copies).
// No dependency: action.yml is read by a small reader of the plain YAML it uses (nested
// mappings; plain, quoted and folded/literal block scalars). Anything else is refused with its
// line number, so a new construct in action.yml cannot be misread silently. The tables are
// aligned as prettier aligns them, so `prettier --check` and this script agree.
import { readFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Parses the subset of YAML that action.yml uses into plain objects and strings. */
export function parseActionYaml(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const [value, next] = mapping(lines, 0, 0)
  const rest = nextContent(lines, next)
  if (rest < lines.length) fail(rest, 'unexpected indentation')
  return value
}

function mapping(lines, start, indent) {
  const result = {}
  let i = start
  for (i = nextContent(lines, i); i < lines.length; i = nextContent(lines, i)) {
    const line = lines[i]
    const own = indentOf(line)
    if (own < indent) break
    if (own > indent) fail(i, 'unexpected indentation')
    const match = /^([A-Za-z0-9_.-]+):(?:[ \t]+(.*))?$/.exec(line.slice(own))
    if (!match) fail(i, 'expected "key: value"')
    const [, key, rawRest = ''] = match
    const rest = rawRest.trim()
    if (key in result) fail(i, `duplicate key '${key}'`)
    i++
    if (rest === '' || rest.startsWith('#')) {
      const child = nextContent(lines, i)
      if (child < lines.length && indentOf(lines[child]) > own) {
        ;[result[key], i] = mapping(lines, child, indentOf(lines[child]))
      } else result[key] = null
    } else if (/^[>|][+-]?$/.test(rest)) {
      ;[result[key], i] = block(lines, i, own, rest)
    } else if (rest.startsWith("'")) {
      if (!/^'(?:[^']|'')*'$/.test(rest)) fail(i - 1, 'unsupported single-quoted scalar')
      result[key] = rest.slice(1, -1).replace(/''/g, "'")
    } else if (rest.startsWith('"')) {
      try {
        result[key] = JSON.parse(rest)
      } catch {
        fail(i - 1, 'unsupported double-quoted scalar')
      }
    } else if (/^[[{&*!%@`-]/.test(rest)) {
      fail(i - 1, `unsupported YAML '${rest[0]}'`)
    } else {
      // A plain scalar, perhaps continued on more-indented lines; a ' #' starts a comment.
      const parts = [rest.replace(/\s+#.*$/, '')]
      while (i < lines.length && lines[i].trim() !== '' && indentOf(lines[i]) > own) {
        parts.push(lines[i].trim().replace(/\s+#.*$/, ''))
        i++
      }
      result[key] = parts.join(' ')
    }
  }
  return [result, i]
}

/** A `>`/`|` block scalar: folded lines joined by spaces (a blank line is a newline), or kept. */
function block(lines, start, parentIndent, header) {
  let i = start
  const body = []
  while (i < lines.length && (lines[i].trim() === '' || indentOf(lines[i]) > parentIndent)) {
    body.push(lines[i])
    i++
  }
  while (body.length > 0 && body.at(-1).trim() === '') body.pop()
  const indent = Math.min(...body.filter(l => l.trim() !== '').map(indentOf))
  const text = body.map(l => l.slice(indent))
  let value
  if (header[0] === '|') value = text.join('\n')
  else {
    value = ''
    for (const line of text) {
      if (line === '') value += '\n'
      else value += value === '' || value.endsWith('\n') ? line : ` ${line}`
    }
  }
  return [header.endsWith('-') ? value : `${value}\n`, i]
}

function nextContent(lines, i) {
  while (i < lines.length && (lines[i].trim() === '' || lines[i].trim().startsWith('#'))) i++
  return i
}

function indentOf(line) {
  const spaces = /^ */.exec(line)[0].length
  if (line[spaces] === '\t') throw new Error('action.yml: tabs are not allowed for indentation')
  return spaces
}

function fail(index, message) {
  throw new Error(
    `action.yml line ${index + 1}: ${message} (scripts/readme-tables.mjs reads a plain subset of YAML)`
  )
}

/** The two Markdown tables, aligned as prettier aligns them. */
export function renderTables(action) {
  if (!action?.inputs || !action?.outputs) {
    throw new Error('action.yml: expected the mappings "inputs" and "outputs"')
  }
  const inputs = Object.entries(action.inputs).map(([name, spec]) => [
    code(name),
    spec?.default === undefined || spec.default === null || spec.default === ''
      ? ''
      : code(String(spec.default)),
    `${spec?.required === 'true' ? '**Required.** ' : ''}${text(spec?.description)}`
  ])
  const outputs = Object.entries(action.outputs).map(([name, spec]) => [
    code(name),
    text(spec?.description)
  ])
  return {
    inputs: table(['Input', 'Default', 'Description'], inputs),
    outputs: table(['Output', 'Description'], outputs)
  }
}

function code(value) {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map(run => run.length))
  const ticks = '`'.repeat(longest + 1)
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : ''
  return `${ticks}${pad}${value}${pad}${ticks}`.replace(/\|/g, '\\|')
}

function text(value) {
  if (!value) return ''
  return String(value).replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')
}

function table(header, rows) {
  const all = [header, ...rows]
  const widths = header.map((_, c) => Math.max(3, ...all.map(row => width(row[c]))))
  const line = cells =>
    `| ${cells.map((cell, c) => cell + ' '.repeat(widths[c] - width(cell))).join(' | ')} |`
  return [line(header), line(widths.map(w => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

/** Display width as prettier counts it: wide East Asian characters and emoji take two columns. */
function width(value) {
  let n = 0
  for (const ch of value) {
    const cp = ch.codePointAt(0)
    if (/\p{Mn}|\p{Me}|\u200d|\ufe0f/u.test(ch)) continue
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1f300 && cp <= 0x1faff)
    n += wide ? 2 : 1
  }
  return n
}

/** README with both regions replaced by the tables. */
export function updateReadme(readme, tables) {
  let result = readme
  for (const name of ['inputs', 'outputs']) {
    const start = `<!-- ${name}:start -->`
    const end = `<!-- ${name}:end -->`
    const from = result.indexOf(start)
    const to = result.indexOf(end)
    if (from < 0 || to < from) {
      throw new Error(`README: the markers ${start} and ${end} are missing or out of order`)
    }
    result = `${result.slice(0, from + start.length)}\n\n${tables[name]}\n\n${result.slice(to)}`
  }
  return result
}

async function main(argv) {
  const option = name => {
    const at = argv.indexOf(name)
    return at >= 0 ? argv[at + 1] : undefined
  }
  const readmePath = resolve(option('--readme') ?? join(root, 'README.md'))
  const actionPath = resolve(option('--action') ?? join(root, 'action.yml'))
  const readme = await readFile(readmePath, 'utf8')
  const tables = renderTables(parseActionYaml(await readFile(actionPath, 'utf8')))
  const updated = updateReadme(readme, tables)
  if (argv.includes('--check')) {
    if (updated !== readme) {
      console.error(
        `${readmePath}: the tables of inputs and outputs differ from ${actionPath}.\n` +
          'Run `node scripts/readme-tables.mjs` and commit README.md.'
      )
      return 1
    }
    console.log(`${readmePath}: the tables match ${actionPath}.`)
    return 0
  }
  if (updated !== readme) await writeFile(readmePath, updated)
  console.log(`${readmePath}: ${updated === readme ? 'already up to date' : 'tables rewritten'}.`)
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    code => (process.exitCode = code),
    error => {
      console.error(error instanceof Error ? error.message : error)
      process.exitCode = 2
    }
  )
}
