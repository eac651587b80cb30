import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'

/** Read size of the streaming pass: large reads keep a multi-GiB archive at disk speed. */
const CHUNK = 1024 * 1024

/**
 * The hex SHA-256 of a file, in one streaming pass (1 MiB reads; the file is never held in
 * memory). `signal` aborts the read; the promise then rejects with an AbortError.
 */
export async function sha256File(path: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256')
  const stream = createReadStream(path, { highWaterMark: CHUNK, signal })
  for await (const chunk of stream) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** The hex SHA-256 of bytes in memory (the manifest). */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}
