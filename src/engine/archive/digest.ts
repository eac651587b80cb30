import { createHash } from 'node:crypto'
import { FileChangedError } from './sequential-reader.js'

/**
 * The archive's SHA-256. The inline digest is fed the reader's pieces in file order; the worker
 * digest reads the file itself on another thread, so the hash and the decode run side by side
 * however the archive's content is laid out.
 */
export interface Digest {
  /** Whether it must be given every byte with `update` (false: it reads the file itself). */
  readonly fed: boolean
  update(piece: Uint8Array): void
  /** The hex digest of the whole file. */
  digest(): Promise<string>
  /** Ends the worker, if any (after digest() or on failure). */
  close(): Promise<void>
}

/** Hashing on this thread, fed by the one sequential read. */
export function inlineDigest(): Digest {
  const hash = createHash('sha256')
  return {
    fed: true,
    update: piece => void hash.update(piece),
    digest: () => Promise.resolve(hash.digest('hex')),
    close: () => Promise.resolve()
  }
}

// The worker's whole program: no module of ours, so it needs no bundling (ncc leaves it as a
// string). It reads the first `size` bytes of the open file `fd` with positional reads (which
// share no file offset with the main thread's) and posts the hex digest, or where the file
// ended early. Synchronous reads: this thread has nothing else to do.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const { readSync } = require('node:fs')
const { createHash } = require('node:crypto')
const { fd, size, chunk } = workerData
const hash = createHash('sha256')
const buffer = Buffer.allocUnsafeSlow(Math.max(1, Math.min(size, chunk)))
let at = 0
while (at < size) {
  const n = readSync(fd, buffer, 0, Math.min(buffer.length, size - at), at)
  if (n === 0) break
  hash.update(buffer.subarray(0, n))
  at += n
}
parentPort.postMessage(at < size ? { endedAt: at } : { hex: hash.digest('hex') })
`

/** Read size of the hashing thread: big pieces, few calls; memory stays one buffer. */
const WORKER_CHUNK = 1024 * 1024

/**
 * Hashing on a worker thread that reads the same open file (`fd`, not the path: it cannot be
 * another file) up to `size`. The main thread's read and this one overlap in the page cache.
 */
export function workerDigest(fd: number, size: number, path: string): Digest {
  // Loaded here, not imported: most runs never start the thread (~1 ms saved at start).
  const { Worker } = process.getBuiltinModule('node:worker_threads')
  const worker = new Worker(WORKER, { eval: true, workerData: { fd, size, chunk: WORKER_CHUNK } })
  const hex = new Promise<string>((resolve, reject) => {
    worker.once('message', (m: { hex?: string; endedAt?: number }) =>
      m.hex ? resolve(m.hex) : reject(new FileChangedError(path, m.endedAt ?? 0))
    )
    worker.once('error', reject)
    worker.once('exit', code => reject(new Error(`the hashing thread exited (${code})`)))
  })
  hex.catch(() => undefined)
  return {
    fed: false,
    update: () => undefined,
    digest: () => hex,
    async close() {
      await worker.terminate()
    }
  }
}
