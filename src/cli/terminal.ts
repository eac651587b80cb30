import type { Annotation, Logger } from '../engine/log.js'

/** Where the CLI writes: a stream and what it is (a terminal, how wide). */
export interface OutStream {
  write(text: string): unknown
  isTTY?: boolean
  columns?: number
}

export interface TerminalOptions {
  stream: OutStream
  /** Show debug lines (--verbose). */
  verbose?: boolean
  /** Colours and a live progress bar: default, when the stream is a terminal and NO_COLOR unset. */
  tty?: boolean
  now?: () => number
}

interface Bar {
  sent: number
  total: number
  started: number
}

const BAR_WIDTH = 24
const REDRAW_MS = 100

/**
 * The engine's Logger on a terminal: one line per message (groups become headings), secrets
 * masked, and on a TTY a live progress bar per archive being uploaded, redrawn under the log.
 * Off a terminal (CI, a pipe) it writes plain lines and leaves progress to the engine's lines.
 */
export class TerminalLogger implements Logger {
  readonly tty: boolean
  private readonly secrets = new Set<string>()
  private readonly bars = new Map<string, Bar>()
  private drawnLines = 0
  private lastDraw = -Infinity
  private readonly now: () => number

  constructor(private readonly options: TerminalOptions) {
    this.tty = options.tty ?? (options.stream.isTTY === true && !process.env.NO_COLOR)
    this.now = options.now ?? Date.now
  }

  debug(message: string): void {
    if (this.options.verbose) this.line(this.paint('2', `debug: ${message}`))
  }
  info(message: string): void {
    this.line(message)
  }
  notice(message: string, annotation?: Annotation): void {
    this.line(`${this.paint('36', 'notice')}: ${where(annotation)}${message}`)
  }
  warning(message: string, annotation?: Annotation): void {
    this.line(`${this.paint('33', 'warning')}: ${where(annotation)}${message}`)
  }
  error(message: string, annotation?: Annotation): void {
    this.line(`${this.paint('31', 'error')}: ${where(annotation)}${message}`)
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.line(this.paint('1', `▸ ${name}`))
    return fn()
  }
  secret(value: string): void {
    if (value.length < 4) return
    this.secrets.add(value)
    // A PEM printed line by line must be masked line by line too.
    for (const line of value.split(/\r?\n/))
      if (line.trim().length >= 8) this.secrets.add(line.trim())
  }

  /** An archive's upload progress (TTY only: elsewhere the engine prints progress lines). */
  progress(label: string, sent: number, total: number): void {
    const bar = this.bars.get(label) ?? { sent: 0, total, started: this.now() }
    bar.sent = sent
    bar.total = total
    this.bars.set(label, bar)
    if (sent >= total) {
      this.bars.delete(label)
      const seconds = (this.now() - bar.started) / 1000
      const rate = seconds > 0 ? total / 1e6 / seconds : 0
      this.line(
        `${label}: sent ${mb(total)} MB in ${seconds.toFixed(1)} s (${rate.toFixed(1)} MB/s)`
      )
      return
    }
    if (this.now() - this.lastDraw < REDRAW_MS) return
    this.clear()
    this.draw()
  }

  /** Removes the bars (before the final report). */
  done(): void {
    this.clear()
    this.bars.clear()
  }

  /** Masks every registered secret. */
  mask(text: string): string {
    let out = text
    for (const secret of this.secrets) out = out.split(secret).join('***')
    return out
  }

  private line(text: string): void {
    this.clear()
    this.options.stream.write(`${this.mask(text)}\n`)
    this.draw()
  }

  private paint(code: string, text: string): string {
    return this.tty ? `\x1b[${code}m${text}\x1b[0m` : text
  }

  private clear(): void {
    if (this.drawnLines === 0) return
    this.options.stream.write('\r\x1b[2K' + '\x1b[1A\x1b[2K'.repeat(this.drawnLines - 1))
    this.drawnLines = 0
  }

  private draw(): void {
    if (!this.tty || this.bars.size === 0) return
    const width = Math.max(20, (this.options.stream.columns || 80) - 1)
    const now = this.now()
    const lines = [...this.bars].map(([label, bar]) =>
      renderBar(label, bar, now - bar.started).slice(0, width)
    )
    this.options.stream.write(lines.join('\n'))
    this.drawnLines = lines.length
    this.lastDraw = now
  }
}

/** `Levels [██████░░░░] 45%  1.2 of 2.7 MB  3.1 MB/s` */
export function renderBar(label: string, bar: Bar, elapsedMs: number): string {
  const share = bar.total > 0 ? Math.min(1, Math.max(0, bar.sent / bar.total)) : 1
  const filled = Math.round(share * BAR_WIDTH)
  const rate = elapsedMs > 0 ? bar.sent / 1e6 / (elapsedMs / 1000) : 0
  return (
    `${label} [${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ` +
    `${String(Math.floor(share * 100)).padStart(3)}%  ${mb(bar.sent)} of ${mb(bar.total)} MB  ` +
    `${rate.toFixed(1)} MB/s`
  )
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1)
}

function where(annotation?: Annotation): string {
  if (!annotation?.file) return ''
  const at = annotation.line
    ? `:${annotation.line}${annotation.column ? `:${annotation.column}` : ''}`
    : ''
  return `${annotation.file}${at}: `
}
