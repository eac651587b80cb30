import { glob, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Problem } from '../checks/problem.js'

/** A line with one of these is a glob pattern (unless a file of that very name exists). */
const GLOB_CHARS = /[*?[\]{}]/

export interface Expanded {
  /** The files named, in the order given (a pattern's matches sorted), each once. */
  files: string[]
  problems: Problem[]
}

/**
 * An input naming one file or several: one path or glob per line (blank lines ignored). A plain
 * path is kept as written, whether or not it exists, so the file checks report it in their own
 * words; a pattern gives the files it matches, relative to `cwd` when it is relative, and is a
 * problem when it matches none. Directories matched by a pattern are left out.
 */
export async function expandPaths(
  text: string | undefined,
  input: string,
  cwd: string = process.cwd()
): Promise<Expanded> {
  const files: string[] = []
  const problems: Problem[] = []
  const add = (file: string) => {
    if (!files.includes(file)) files.push(file)
  }
  for (const line of (text ?? '').split(/\r?\n/)) {
    const path = line.trim()
    if (path === '') continue
    if (!GLOB_CHARS.test(path) || (await isFile(path, cwd))) {
      add(path)
      continue
    }
    const matches: string[] = []
    for await (const match of glob(path, { cwd })) {
      if (await isFile(match, cwd)) matches.push(match)
    }
    if (matches.length === 0) {
      problems.push({
        input,
        message:
          `'${path}' matches no file (patterns are relative to ${cwd}); ` +
          'expected one path or glob pattern per line'
      })
    }
    matches.sort().forEach(add)
  }
  return { files, problems }
}

async function isFile(path: string, cwd: string): Promise<boolean> {
  return stat(resolve(cwd, path)).then(
    s => !s.isDirectory(),
    () => false
  )
}
