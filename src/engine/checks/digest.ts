import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'

/** Read size of the streaming pass: large reads keep a multi-GiB archive at disk speed. */
const CHUNK = 1024 * 1024

/**
 * The hex SHA-256 of a file, in one sequential pass of 1 MiB reads; the file is never held in
 * memory. Two buffers take turns: the next read runs on the thread pool while the last one is
 * hashed, so the pass costs about the larger of reading and hashing, not their sum. No buffer is
 * allocated per read (a stream would allocate one each time, ~1000 per GiB, which only the garbage
 * collector frees: more time, and a resident size that grows with the file).
 * `signal` stops the pass between reads; the promise then rejects with the signal's reason (an
 * AbortError unless one was given).
 */
export async function sha256File(path: string, signal?: AbortSignal): Promise<string> {
  signal?.throwIfAborted()
  const hash = createHash('sha256')
  const file = await open(path, 'r')
  try {
    const buffers = [Buffer.allocUnsafeSlow(CHUNK), Buffer.allocUnsafeSlow(CHUNK)]
    let turn = 0
    let reading = file.read(buffers[turn], 0, CHUNK, null)
    for (;;) {
      const { bytesRead, buffer } = await reading
      if (bytesRead === 0) break
      signal?.throwIfAborted()
      turn ^= 1
      // Only one read is in flight at a time, so the file position moves in order.
      reading = file.read(buffers[turn], 0, CHUNK, null)
      hash.update(buffer.subarray(0, bytesRead))
    }
  } finally {
    await file.close()
  }
  return hash.digest('hex')
}

/** The hex SHA-256 of bytes in memory (the manifest). */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}
