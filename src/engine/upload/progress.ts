/**
 * Upload progress for people: "Sent X of Y (Z%), N MB/s", at most every ~5 s, plus once at the end.
 * Driven by byte counts (which may go down when a failed attempt is taken back).
 */
import type { Logger } from '../log.js'

export interface ProgressReporterOptions {
  logger: Logger
  /** Bytes to send in all. */
  total: number
  /** Milliseconds; default Date.now. */
  now?: () => number
  /** The least time between two lines. Default 5000 ms. */
  intervalMs?: number
  /** Put before each line, e.g. the file's name. */
  label?: string
}

export class ProgressReporter {
  private readonly now: () => number
  private readonly interval: number
  private readonly started: number
  private lastLine: number
  private sent = 0
  private finished = false

  constructor(private readonly options: ProgressReporterOptions) {
    this.now = options.now ?? (() => Date.now())
    this.interval = options.intervalMs ?? 5000
    this.started = this.now()
    this.lastLine = this.started
  }

  /** Bytes sent so far; prints a line when the interval has passed since the last one. */
  update(sent: number): void {
    this.sent = sent
    if (this.finished) return
    const now = this.now()
    if (now - this.lastLine >= this.interval) {
      this.lastLine = now
      this.print(now)
    }
  }

  /** Prints the final line (once). */
  finish(): void {
    if (this.finished) return
    this.finished = true
    this.print(this.now())
  }

  private print(now: number): void {
    const line = formatProgress(this.sent, this.options.total, now - this.started)
    this.options.logger.info(this.options.label ? `${this.options.label}: ${line}` : line)
  }
}

/** "Sent 12.5 MB of 100.0 MB (12%), 3.1 MB/s" (MB = 10^6 bytes). */
export function formatProgress(sent: number, total: number, elapsedMs: number): string {
  const mb = (n: number) => (n / 1e6).toFixed(1)
  const percent = total > 0 ? Math.floor((sent / total) * 100) : 100
  const rate = elapsedMs > 0 ? sent / 1e6 / (elapsedMs / 1000) : 0
  return `Sent ${mb(sent)} MB of ${mb(total)} MB (${percent}%), ${rate.toFixed(1)} MB/s`
}
