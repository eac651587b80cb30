/** Where a message points in a file, for GitHub annotations and CLI output. */
export interface Annotation {
  file?: string
  line?: number
  column?: number
  title?: string
}

/**
 * What the engine needs to report progress. The action maps it to @actions/core,
 * the CLI to the terminal, tests to an array. The engine imports no runner code.
 */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  notice(message: string, annotation?: Annotation): void
  warning(message: string, annotation?: Annotation): void
  error(message: string, annotation?: Annotation): void
  /** Runs fn inside a named, collapsible group of log lines. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  /** Registers a value that must never be printed (key material, tokens, signed URLs). */
  secret(value: string): void
}

/** A logger that records everything; for tests and for silent runs. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = []
  readonly secrets: string[] = []
  debug(message: string): void {
    this.lines.push(`debug: ${message}`)
  }
  info(message: string): void {
    this.lines.push(message)
  }
  notice(message: string): void {
    this.lines.push(`notice: ${message}`)
  }
  warning(message: string): void {
    this.lines.push(`warning: ${message}`)
  }
  error(message: string): void {
    this.lines.push(`error: ${message}`)
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`[${name}]`)
    return fn()
  }
  secret(value: string): void {
    this.secrets.push(value)
  }
}
