import { createHash } from 'node:crypto'
import { Worker } from 'node:worker_threads'

/**
 * The archive's SHA-256, fed piece by piece in file order. A piece's memory must not change
 * until `released(itsBuffer)` resolves: the worker digest hashes on another thread while this
 * one decodes, so the whole read costs about the larger of the two, not their sum.
 */
export interface Digest {
  /** Whether pieces must live on a SharedArrayBuffer (the worker reads them in place). */
  readonly shared: boolean
  update(piece: Uint8Array): void
  /** Resolves once every piece given so far from `buffer` has been hashed. */
  released(buffer: ArrayBufferLike): Promise<void>
  /** The hex digest of everything given. */
  digest(): Promise<string>
  /** Ends the worker, if any (after digest() or on failure). */
  close(): Promise<void>
}

/** Hashing on this thread: nothing to wait for. */
export function inlineDigest(): Digest {
  const hash = createHash('sha256')
  return {
    shared: false,
    update: piece => void hash.update(piece),
    released: () => Promise.resolve(),
    digest: () => Promise.resolve(hash.digest('hex')),
    close: () => Promise.resolve()
  }
}

// The worker's whole program: no module of ours, so it needs no bundling (ncc leaves it as a
// string). The first message is a shared counter; each next one a piece [SharedArrayBuffer,
// offset, length], in file order. After each piece the worker bumps the counter, which the main
// thread reads without waiting for a message (a message would wait for its event loop, which
// is busy decoding).
const WORKER = `
const { parentPort } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const hash = createHash('sha256')
let done
parentPort.on('message', m => {
  if (m === 'digest') return parentPort.postMessage(hash.digest('hex'))
  if (!done) return (done = new Int32Array(m))
  hash.update(new Uint8Array(m[0], m[1], m[2]))
  Atomics.add(done, 0, 1)
  Atomics.notify(done, 0)
})
`

/** Atomics.waitAsync (ES2024; Node has it, the ES2023 lib types do not). */
const waitAsync = (
  Atomics as unknown as {
    waitAsync(
      array: Int32Array,
      index: number,
      value: number
    ): { async: false; value: string } | { async: true; value: Promise<string> }
  }
).waitAsync

/** Hashing on a worker thread, over pieces that live on SharedArrayBuffers. */
export function workerDigest(): Digest {
  const worker = new Worker(WORKER, { eval: true })
  const hashed = new Int32Array(new SharedArrayBuffer(4))
  worker.postMessage(hashed.buffer)
  let sent = 0
  let failure: Error | undefined
  /** Per buffer: the sequence number of its last piece. */
  const last = new WeakMap<ArrayBufferLike, number>()
  const failed = new Promise<never>((_, reject) => {
    worker.once('error', e => reject((failure ??= e)))
    worker.once('exit', code =>
      reject((failure ??= new Error(`the hashing thread exited (${code})`)))
    )
  })
  failed.catch(() => undefined)
  const until = async (seq: number) => {
    for (;;) {
      const now = Atomics.load(hashed, 0)
      if (now >= seq) return
      if (failure) throw failure
      const wait = waitAsync(hashed, 0, now)
      if (wait.async) await Promise.race([wait.value, failed])
    }
  }
  return {
    shared: true,
    update(piece) {
      if (!(piece.buffer instanceof SharedArrayBuffer)) {
        throw new Error('workerDigest: pieces must live on a SharedArrayBuffer')
      }
      worker.postMessage([piece.buffer, piece.byteOffset, piece.byteLength])
      last.set(piece.buffer, ++sent)
    },
    released: buffer => until(last.get(buffer) ?? 0),
    async digest() {
      await until(sent)
      const hex = new Promise<string>(resolve => worker.once('message', resolve))
      worker.postMessage('digest')
      return Promise.race([hex, failed])
    },
    async close() {
      await worker.terminate()
    }
  }
}
