import { createInterface } from 'node:readline'
import type { CliContext } from './command.js'

/**
 * Asks on stderr (stdout carries results) and reads one line from stdin. Resolves with the line,
 * or undefined when the input ends first; rejects when the run is cancelled meanwhile.
 */
export function askLine(
  ctx: Pick<CliContext, 'stdin' | 'stderr' | 'signal'>,
  question: string
): Promise<string | undefined> {
  ctx.signal.throwIfAborted()
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: ctx.stdin, terminal: false })
    let settled = false
    const finish = (fn: () => void) => {
      if (settled) return
      settled = true
      ctx.signal.removeEventListener('abort', onAbort)
      rl.close()
      fn()
    }
    const onAbort = () => finish(() => reject(ctx.signal.reason))
    ctx.signal.addEventListener('abort', onAbort, { once: true })
    rl.once('line', line => finish(() => resolve(line)))
    rl.once('close', () => finish(() => resolve(undefined)))
    ctx.stderr.write(question)
  })
}
