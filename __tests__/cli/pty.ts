// Runs the bundled CLI on a real pseudo-terminal (util-linux `script`), as a person at a terminal
// runs it: stdin, stdout and stderr are the terminal. `answer` is typed once `prompt` shows.
import { spawn } from 'node:child_process'
import { CLI_ENTRY } from './harness.js'

export interface TerminalRun {
  exitCode: number | null
  /** Everything the terminal showed (stdout, stderr and the echo of what was typed), \r\n → \n. */
  screen: string
}

/** POSIX shell quoting: the command line `script -c` hands to the shell. */
const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`

export async function runCliInTerminal(
  args: string[],
  options: { env: Record<string, string>; prompt?: RegExp; answer?: string; timeoutMs?: number }
): Promise<TerminalRun> {
  const command = [process.execPath, CLI_ENTRY, ...args].map(quote).join(' ')
  const child = spawn('script', ['--quiet', '--return', '--command', command, '/dev/null'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      SHELL: '/bin/sh',
      TERM: 'dumb',
      NO_COLOR: '1',
      ...options.env
    },
    stdio: ['pipe', 'pipe', 'pipe']
  })
  let screen = ''
  let typed = false
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    screen += text
    if (!typed && options.prompt && options.answer !== undefined && options.prompt.test(screen)) {
      typed = true
      child.stdin.write(`${options.answer}\n`)
    }
  })
  child.stderr.setEncoding('utf8').on('data', (text: string) => (screen += text))
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000)
  const exitCode = await new Promise<number | null>(done => child.on('close', code => done(code)))
  clearTimeout(timer)
  return { exitCode, screen: screen.replace(/\r\n/g, '\n') }
}
