/** The CLI's exit codes, documented in --help and README. */
export const EXIT = {
  /** Done as asked. */
  ok: 0,
  /** Apple refused, processing failed, a wait timed out, or a request failed for good. */
  failed: 1,
  /** A bad command line or input, found before anything was sent. */
  usage: 2,
  /** Stopped by SIGINT/SIGTERM (128 + SIGINT). */
  cancelled: 130
} as const

export const EXIT_CODES_HELP = `Exit codes:
  0    done as asked
  1    failed at App Store Connect: refused, processing failed, timed out, or not found
  2    bad command line or input, found before anything was sent
  130  cancelled (Ctrl-C, SIGTERM)`
