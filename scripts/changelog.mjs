#!/usr/bin/env node
// CHANGELOG.md for releases (RELEASING.md):
//
//   node scripts/changelog.mjs notes 1.2.0            # prints the notes of 1.2.0 (the release body)
//   node scripts/changelog.mjs release 1.2.0 [date]   # moves Unreleased under "## 1.2.0 - date"
//
// A version's section runs from its "## 1.2.0 - 2026-12-01" heading to the next "## " heading.
// `notes` fails (exit 1) when the version has no section or an empty one: a release without notes
// is a mistake to stop at, not to publish. `--file PATH` reads another file (the tests do).
import { readFileSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/

/** The sections of a changelog: its `## ` headings with the lines under each. */
function sections(text) {
  const lines = text.split('\n')
  const found = []
  lines.forEach((line, index) => {
    if (line.startsWith('## ')) found.push({ heading: line.slice(3).trim(), start: index })
  })
  return found.map((s, i) => ({ ...s, end: found[i + 1]?.start ?? lines.length, lines }))
}

const versionOf = heading => heading.split(/\s+/)[0].replace(/^v/, '')
const body = s =>
  s.lines
    .slice(s.start + 1, s.end)
    .join('\n')
    .trim()

/** The notes of `version`, without its heading; throws when there are none. */
export function notesOf(text, version) {
  const section = sections(text).find(s => versionOf(s.heading) === version)
  if (!section) throw new Error(`CHANGELOG.md has no section "## ${version} - <date>"`)
  const notes = body(section)
  if (!notes) throw new Error(`CHANGELOG.md's section for ${version} is empty`)
  return notes
}

/** The changelog with Unreleased's entries moved under a new `## version - date` heading. */
export function release(text, version, date) {
  const all = sections(text)
  if (all.some(s => versionOf(s.heading) === version)) {
    throw new Error(`CHANGELOG.md already has a section for ${version}`)
  }
  const unreleased = all.find(s => s.heading.toLowerCase() === 'unreleased')
  if (!unreleased) throw new Error('CHANGELOG.md has no "## Unreleased" section')
  const notes = body(unreleased)
  if (!notes) throw new Error('"## Unreleased" is empty: nothing to release')
  const { lines } = unreleased
  return [
    ...lines.slice(0, unreleased.start + 1),
    '',
    `## ${version} - ${date}`,
    '',
    notes,
    '',
    ...lines.slice(unreleased.end)
  ].join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values, positionals } = parseArgs({
    options: { file: { type: 'string', default: 'CHANGELOG.md' } },
    allowPositionals: true
  })
  const [command, raw, date = new Date().toISOString().slice(0, 10)] = positionals
  const version = raw?.replace(/^v/, '')
  try {
    if (!['notes', 'release'].includes(command) || !version || !VERSION.test(version)) {
      throw new Error('usage: changelog.mjs notes|release <X.Y.Z> [YYYY-MM-DD] [--file PATH]')
    }
    const text = readFileSync(values.file, 'utf8')
    if (command === 'notes') process.stdout.write(`${notesOf(text, version)}\n`)
    else writeFileSync(values.file, release(text, version, date))
  } catch (error) {
    process.stderr.write(`${error.message}\n`)
    process.exitCode = 1
  }
}
