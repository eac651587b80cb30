import type { FileHandle } from 'node:fs/promises'

/** Read size when nothing asks for a particular length (the hash-only tail, raw archives). */
export const CHUNK = 1024 * 1024

/** The file ended before its size at `stat` time: something is still writing or truncating it. */
export class FileChangedError extends Error {
  constructor(
    readonly path: string,
    readonly offset: number
  ) {
    super(
      `'${path}' changed while it was being read (it ended at offset ${offset}, before the ` +
        'size it had when the read began); expected a finished file: wait until whatever ' +
        'writes it has finished'
    )
    this.name = 'FileChangedError'
  }
}

/**
 * One sequential pass over a file, one read ahead: `request(n)` starts reading the next n bytes
 * into one of two buffers, `take()` waits for them. The caller requests the next piece before
 * it works on the last one, so the read runs on the thread pool while the CPU hashes and
 * decodes. A piece stays valid until the request after the next (buffers take turns, and grow
 * only to the largest piece asked for: memory stays bounded by the caller's pieces).
 */
export class SequentialReader {
  /** Offset of the next byte to request. */
  position = 0
  private readonly buffers: Buffer[] = [Buffer.alloc(0), Buffer.alloc(0)]
  private turn = 0
  private pending?: Promise<Uint8Array>

  constructor(
    private readonly handle: FileHandle,
    private readonly path: string,
    readonly size: number,
    private readonly options: { signal?: AbortSignal } = {}
  ) {}

  /** Whether a request is waiting to be taken. */
  get pendingRequest(): boolean {
    return this.pending !== undefined
  }

  /** Starts reading the next `length` bytes (at most what is left of the file). */
  request(length: number): void {
    if (this.pending) throw new Error('SequentialReader: take() the last request first')
    const n = Math.min(length, this.size - this.position)
    if (this.buffers[this.turn].length < n) {
      this.buffers[this.turn] = Buffer.allocUnsafeSlow(n)
    }
    const buffer = this.buffers[this.turn]
    this.turn ^= 1
    const at = this.position
    this.position += n
    this.pending = this.fill(buffer, n, at)
    // Rejections surface in take(); this keeps an unawaited one from being reported as unhandled.
    this.pending.catch(() => undefined)
  }

  /** The bytes of the last request. Rejects with the signal's reason once it is aborted. */
  async take(): Promise<Uint8Array> {
    const pending = this.pending
    if (!pending) throw new Error('SequentialReader: nothing requested')
    this.pending = undefined
    const bytes = await pending
    this.options.signal?.throwIfAborted()
    return bytes
  }

  /** Reads the rest of the file, passing each piece to `each` (the digest's tail). */
  async drain(each: (bytes: Uint8Array) => void): Promise<void> {
    if (this.pending) each(await this.take())
    if (this.position >= this.size) return
    this.request(CHUNK)
    while (this.pending) {
      const bytes = await this.take()
      if (this.position < this.size) this.request(CHUNK)
      each(bytes)
    }
  }

  private async fill(buffer: Buffer, length: number, at: number): Promise<Uint8Array> {
    let done = 0
    while (done < length) {
      const { bytesRead } = await this.handle.read(buffer, done, length - done, at + done)
      if (bytesRead === 0) throw new FileChangedError(this.path, at + done)
      done += bytesRead
    }
    return buffer.subarray(0, length)
  }
}
