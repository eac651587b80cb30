// The CLI's terminal logger: plain lines off a terminal, a live bar per upload on one, secrets
// masked either way.
import { TerminalLogger, renderBar } from '../../src/cli/terminal.js'

function stream(tty: boolean) {
  const out = { text: '', isTTY: tty, columns: 100, write: (t: string) => (out.text += t) }
  return out
}

test('off a terminal: plain lines, groups as headings, no escape codes, debug only when verbose', async () => {
  const out = stream(false)
  const logger = new TerminalLogger({ stream: out })
  await logger.group('Upload the archive', async () => logger.info('Sent 1.0 MB of 2.0 MB (50%)'))
  logger.warning('careful', { file: 'Manifest.json', line: 3, column: 5 })
  logger.debug('hidden')
  logger.progress('Levels', 10, 20) // the engine prints progress lines instead
  expect(out.text).toBe(
    '▸ Upload the archive\nSent 1.0 MB of 2.0 MB (50%)\nwarning: Manifest.json:3:5: careful\n'
  )
  const verbose = stream(false)
  new TerminalLogger({ stream: verbose, verbose: true }).debug('shown')
  expect(verbose.text).toBe('debug: shown\n')
})

test('secrets are masked, a PEM line by line', () => {
  const out = stream(false)
  const logger = new TerminalLogger({ stream: out })
  logger.secret('-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49\n-----END PRIVATE KEY-----')
  logger.secret('eyJhbGciOiJFUzI1NiJ9.token')
  logger.info('line MIGHAgEAMBMGByqGSM49 and eyJhbGciOiJFUzI1NiJ9.token')
  expect(out.text).toBe('line *** and ***\n')
})

test('on a terminal: a bar per upload under the log, redrawn, then a final line', () => {
  const out = stream(true)
  let now = 0
  const logger = new TerminalLogger({ stream: out, tty: true, now: () => now })
  logger.progress('Alpha', 0, 4_000_000)
  expect(out.text).toMatch(/^Alpha \[░+\] {3}0%/)
  now = 1000
  logger.progress('Bravo', 1_000_000, 2_000_000)
  expect(out.text).toContain('Alpha [░░░░░░░░░░░░░░░░░░░░░░░░]   0%  0.0 of 4.0 MB')
  expect(out.text).toContain('\nBravo [████████████░░░░░░░░░░░░]  50%  1.0 of 2.0 MB')
  out.text = ''
  logger.info('a log line')
  // Two bars drawn: clear both lines, print the log line, draw them again.
  expect(out.text.startsWith('\r\x1b[2K\x1b[1A\x1b[2K')).toBe(true)
  expect(out.text).toContain('a log line\n')
  now = 3000
  out.text = ''
  logger.progress('Alpha', 4_000_000, 4_000_000)
  expect(out.text).toContain('Alpha: sent 4.0 MB in 3.0 s (1.3 MB/s)\n')
  logger.done()
  expect(out.text.endsWith('\r\x1b[2K')).toBe(true)
})

test('renderBar', () => {
  expect(renderBar('X', { sent: 3e6, total: 4e6, started: 0 }, 2000)).toBe(
    'X [██████████████████░░░░░░]  75%  3.0 of 4.0 MB  1.5 MB/s'
  )
})
