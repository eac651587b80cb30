/**
 * One thing wrong with an input, found before any request is sent.
 * `input` is the action input's name (e.g. `manifest-path`), so every message can name it.
 */
export interface Problem {
  input: string
  message: string
  /** The file the problem is in, for an annotation. */
  file?: string
  /** A JSON path inside the file, e.g. `downloadPolicy.onDemand`. */
  jsonPath?: string
  line?: number
  column?: number
}

/**
 * Something a user should know about an input that does not stop the run: a `warning` (likely a
 * mistake, such as an unknown key) or a `notice` (a fact, such as comments that were dropped).
 */
export interface Advisory extends Problem {
  level: 'warning' | 'notice'
}

/** Thrown when offline checks find problems; carries all of them at once. */
export class InputProblems extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.name = 'InputProblems'
  }
}

export function formatProblem(p: Problem): string {
  const where = p.jsonPath ? ` at ${p.jsonPath}` : ''
  return `Input '${p.input}'${where}: ${p.message}`
}
