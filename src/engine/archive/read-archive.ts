import { open } from 'node:fs/promises'
import { type Digest, inlineDigest, workerDigest } from './digest.js'
import { HEADER, walkBlocks } from './read-blocks.js'
import { ReadState } from './read-state.js'
import type { ArchiveRead, ReadArchiveOptions } from './read-types.js'
import { CHUNK, SequentialReader } from './sequential-reader.js'

export type * from './read-types.js'

/** Blocks are decoded whole; ba-package writes 1 MiB, `aa` 4 MiB. Past this they are not. */
export const MAX_DECODED_BLOCK = 64 * 1024 * 1024
/**
 * From this size on a full read hashes on a worker thread by default: the hash then costs no time
 * beside the decode (BENCHMARKS.md, "Archive read"); below it the thread's start (~30 ms) is not
 * won back.
 */
export const HASH_THREAD_FROM = 64 * 1024 * 1024
const PBZ_NAMES: Record<string, string> = {
  pbz4: 'LZ4',
  pbzx: 'LZMA',
  pbzz: 'zlib',
  pbzb: 'LZBITMAP'
}

/**
 * Reads an archive front to back, in bounded memory (two block buffers and one decoded block):
 * every byte goes to a SHA-256 (from HASH_THREAD_FROM on, a worker thread's own read of the same
 * open file: a single shared read can let one thread run ahead of the other only by its buffers,
 * so a run of stored blocks, all hash, would wait behind a run of compressed ones, all decode,
 * instead of overlapping them); each `pbze` block is decoded (stored blocks taken as
 * they are) and checked against its declared size; the AA01 entries are walked across block
 * boundaries, and the root Manifest.json's bytes are returned. What it finds wrong is in
 * `problems`; it throws only when the file cannot be read (a file-system error, or
 * FileChangedError) or the signal aborts (its reason). It parses no manifest.
 *
 * Other pbz compressions are not decoded: their container is still checked and hashed, and a
 * warning says the entries (and so the embedded manifest) were not read. Raw AA01/YAA1 archives
 * are walked directly.
 */
export async function readArchive(
  path: string,
  options: ReadArchiveOptions = {}
): Promise<ArchiveRead> {
  const { signal } = options
  signal?.throwIfAborted()
  const handle = await open(path, 'r')
  let digest: Digest | undefined
  try {
    const size = (await handle.stat()).size
    // In manifest mode there is no decode for the hash to overlap with.
    const thread = options.hashThread ?? (options.mode !== 'manifest' && size >= HASH_THREAD_FROM)
    digest = thread ? workerDigest(handle.fd, size, path) : inlineDigest()
    const d = digest
    const reader = new SequentialReader(handle, path, size, { signal })
    const state = new ReadState(path, size, options)
    await walkFile(reader, d, state)
    // The rest of the file (after a stop, or in manifest mode) only matters to a fed digest.
    if (d.fed) await reader.drain(bytes => d.update(bytes))
    return state.result(await d.digest())
  } finally {
    await digest?.close()
    await handle.close()
  }
}

async function walkFile(reader: SequentialReader, digest: Digest, state: ReadState): Promise<void> {
  reader.request(HEADER)
  const head = await reader.take()
  digest.update(head)
  state.format = String.fromCharCode(...head.subarray(0, 4))
  if (state.format === 'AA01' || state.format === 'YAA1') {
    state.walk(head)
    return walkRawArchive(reader, digest, state)
  }
  if (!/^pbz[e4xzb]$/.test(state.format) || head.length < HEADER) {
    state.problem({
      code: 'not-an-archive',
      severity: 'error',
      message: `is not an Apple Archive this check can read (it starts with '${state.format}'; expected pbze or AA01)`
    })
    return
  }
  const blockSize = Number(Buffer.from(head).readBigUInt64BE(4))
  state.blockSize = blockSize
  if (state.format !== 'pbze') {
    state.walkStopped = true
    state.problem({
      code: 'not-decoded',
      severity: 'warning',
      message:
        `is compressed with ${PBZ_NAMES[state.format]} ('${state.format}'); this check decodes ` +
        "LZFSE ('pbze', what ba-package writes), so the archive's entries and its own manifest were not read"
    })
  } else if (blockSize > MAX_DECODED_BLOCK) {
    state.walkStopped = true
    state.problem({
      code: 'not-decoded',
      severity: 'warning',
      message:
        `declares blocks of ${blockSize} bytes, more than this check decodes (${MAX_DECODED_BLOCK}; ` +
        "ba-package writes 1048576), so the archive's entries and its own manifest were not read"
    })
  }
  await walkBlocks(reader, digest, state, blockSize)
}

/** A raw AA01 archive: the file is the entry stream. */
async function walkRawArchive(
  reader: SequentialReader,
  digest: Digest,
  state: ReadState
): Promise<void> {
  if (reader.position < reader.size) reader.request(CHUNK)
  while (reader.pendingRequest && !state.done && !state.walkStopped) {
    const bytes = await reader.take()
    if (reader.position < reader.size) reader.request(CHUNK)
    digest.update(bytes)
    state.walk(bytes)
  }
}
