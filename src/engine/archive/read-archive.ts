import { open } from 'node:fs/promises'
import { type Digest, inlineDigest, workerDigest } from './digest.js'
import { type EmbeddedManifest, EntryStreamError, EntryWalker } from './entries.js'
import { LzfseError } from './errors.js'
import { decodeLzfse } from './lzfse.js'
import { CHUNK, SequentialReader } from './sequential-reader.js'

export type ArchiveReadMode = 'full' | 'manifest'

export interface ReadArchiveOptions {
  /**
   * `full` (default): decode every block and walk every entry. `manifest`: stop decoding once
   * the embedded manifest has been read; the rest of the file is still read and hashed (the
   * digest covers every byte) and its block headers are still checked, but not decoded.
   */
  mode?: ArchiveReadMode
  signal?: AbortSignal
  /** The largest embedded manifest returned (default 1 MiB). */
  manifestLimit?: number
  /**
   * Hash on a worker thread, in parallel with the decoding (default false). On an idle machine
   * the pass then costs about the larger of hashing and decoding, not their sum; on the shared
   * 2-core machine of BENCHMARKS.md it cost 10 % more CPU and was no faster, so it is opt-in.
   */
  hashThread?: boolean
}

export type ArchiveReadProblemCode =
  /** The container's structure: a block header out of range, a file that ends inside a block. */
  | 'bad-container'
  /** A block whose LZFSE data does not decode. */
  | 'bad-block'
  /** A block that decodes to another size than its header declares. */
  | 'wrong-size'
  /** The entry stream does not parse, or its sizes do not add up. */
  | 'bad-entries'
  /** Two root manifests (which one Apple reads is unknown). */
  | 'duplicate-manifest'
  | 'manifest-too-large'
  /** Warning: the entry stream was walked to its end and holds no root Manifest.json. */
  | 'no-manifest'
  /** Warning: a compression this reader does not decode (pbz4, pbzx, pbzz, pbzb) or huge blocks. */
  | 'not-decoded'
  /** Not an Apple Archive at all (checkArchive reports these in detail). */
  | 'not-an-archive'

export interface ArchiveReadProblem {
  code: ArchiveReadProblemCode
  severity: 'error' | 'warning'
  /** A sentence that starts with the file's path in quotes, as checkArchive's messages do. */
  message: string
  /** The container block (index) it concerns, and the file offset of that block's header. */
  block?: number
  offset?: number
}

export interface ArchiveRead {
  path: string
  size: number
  /** Hex SHA-256 of the whole file, computed in the same pass. */
  sha256: string
  /** The first four bytes: pbze, pbz4, pbzx, pbzz, pbzb, AA01, YAA1 (or what else they are). */
  format: string
  blockSize?: number
  /** Container blocks whose headers were read. */
  blocks: number
  /** Blocks decoded (or taken as stored, raw == stored). */
  decodedBlocks: number
  /** Entries whose header was read. */
  entries: number
  /** Bytes of the entry stream walked. */
  streamBytes: number
  /** True when the entry stream was walked to its end and parsed without a problem. */
  complete: boolean
  /** True in `manifest` mode once the manifest was read: the rest was hashed, not decoded. */
  stoppedAfterManifest: boolean
  manifest?: EmbeddedManifest
  problems: ArchiveReadProblem[]
}

const HEADER = 12
const BLOCK_HEADER = 16
/** Blocks are decoded whole; ba-package writes 1 MiB, `aa` 4 MiB. Past this they are not. */
export const MAX_DECODED_BLOCK = 64 * 1024 * 1024
/** Damaged blocks listed one by one; past this many the rest are counted. */
const MAX_LISTED = 10
const PBZ_NAMES: Record<string, string> = {
  pbz4: 'LZ4',
  pbzx: 'LZMA',
  pbzz: 'zlib',
  pbzb: 'LZBITMAP'
}

/**
 * Reads an archive once, front to back, in bounded memory (two block buffers and one decoded
 * block): every byte goes to a SHA-256; each `pbze` block is decoded (stored blocks taken as
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
    digest = options.hashThread ? workerDigest() : inlineDigest()
    const d = digest
    const reader = new SequentialReader(handle, path, size, {
      signal,
      shared: d.shared,
      release: d.shared ? buffer => d.released(buffer) : undefined
    })
    const state = new ReadState(path, size, options)
    await walkFile(reader, d, state)
    await reader.drain(bytes => d.update(bytes))
    return state.result(await d.digest())
  } finally {
    await digest?.close()
    await handle.close()
  }
}

/** What one read has found so far, and the walker it feeds. */
class ReadState {
  format = ''
  blockSize?: number
  blocks = 0
  decodedBlocks = 0
  readonly problems: ArchiveReadProblem[] = []
  readonly walker: EntryWalker
  /** Set when the entry stream can no longer be followed (damage, or data not decoded). */
  walkStopped = false
  damagedBlocks = 0

  constructor(
    readonly path: string,
    readonly size: number,
    readonly options: ReadArchiveOptions
  ) {
    this.walker = new EntryWalker({ manifestLimit: options.manifestLimit })
  }

  /** In `manifest` mode, true once there is nothing left to decode for. */
  get done(): boolean {
    return this.options.mode === 'manifest' && this.walker.manifestRead
  }

  problem(p: Omit<ArchiveReadProblem, 'message'> & { message: string }): void {
    this.problems.push({ ...p, message: `'${this.path}' ${p.message}` })
  }

  /** Feeds decoded bytes to the walker; a parse error stops the walk for good. */
  walk(bytes: Uint8Array, block?: number, offset?: number): void {
    if (this.walkStopped || this.done) return
    try {
      this.walker.push(bytes)
    } catch (e) {
      if (!(e instanceof EntryStreamError)) throw e
      this.walkStopped = true
      const where = block === undefined ? '' : ` (in block ${block}, header at offset ${offset})`
      this.problem({
        code: 'bad-entries',
        severity: 'error',
        message: `has ${e.message}${where}`,
        block,
        offset
      })
    }
  }

  result(sha256: string): ArchiveRead {
    const w = this.walker
    let complete = false
    if (
      !this.walkStopped &&
      !this.done &&
      this.format !== '' &&
      !this.problems.some(p => p.severity === 'error')
    ) {
      try {
        w.finish()
        complete = true
      } catch (e) {
        if (!(e instanceof EntryStreamError)) throw e
        this.problem({ code: 'bad-entries', severity: 'error', message: `has ${e.message}` })
      }
    }
    for (const note of w.notes)
      this.problem({ code: note.code, severity: 'error', message: note.message })
    if (complete && !w.manifest && !w.notes.length) {
      this.problem({
        code: 'no-manifest',
        severity: 'warning',
        message:
          `holds no Manifest.json at its root (${w.entries} entries read); Apple documents ` +
          'no layout, so its own manifest could not be checked'
      })
    }
    const read: ArchiveRead = {
      path: this.path,
      size: this.size,
      sha256,
      format: this.format,
      blocks: this.blocks,
      decodedBlocks: this.decodedBlocks,
      entries: w.entries,
      streamBytes: w.offset,
      complete,
      stoppedAfterManifest: this.done,
      problems: this.problems
    }
    if (this.blockSize !== undefined) read.blockSize = this.blockSize
    if (w.manifest && !w.notes.some(n => n.code === 'duplicate-manifest'))
      read.manifest = w.manifest
    return read
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

/**
 * The container's blocks, each read together with the next block's header: as soon as a piece
 * arrives, the next block's header is checked and its read started, so that it runs on the
 * thread pool while this block is hashed and decoded.
 */
async function walkBlocks(
  reader: SequentialReader,
  digest: Digest,
  state: ReadState,
  blockSize: number
): Promise<void> {
  const { size } = reader
  let output = new Uint8Array(0)
  let offset = HEADER
  if (offset === size) {
    state.problem({
      code: 'bad-container',
      severity: 'error',
      message: 'holds no blocks, only the 12-byte header; expected at least one: it is truncated'
    })
    return
  }
  reader.request(BLOCK_HEADER)
  const first = await reader.take()
  digest.update(first)
  let block = checkBlockHeader(first, 0, offset, size, blockSize)
  for (let index = 0; ; index++) {
    if (typeof block === 'string') {
      state.problem({
        code: 'bad-container',
        severity: 'error',
        message: block,
        block: index,
        offset
      })
      return
    }
    state.blocks++
    const end = offset + BLOCK_HEADER + block.stored
    if (index === 0) reader.request(block.stored + Math.min(BLOCK_HEADER, size - end))
    const piece = await reader.take()
    const next =
      end < size
        ? checkBlockHeader(piece.subarray(block.stored), index + 1, end, size, blockSize)
        : undefined
    if (next !== undefined && typeof next !== 'string') {
      // Taken at the top of the next turn.
      reader.request(next.stored + Math.min(BLOCK_HEADER, size - end - BLOCK_HEADER - next.stored))
    }
    digest.update(piece)
    if (!state.done && !state.walkStopped) {
      if (output.length < block.raw) output = new Uint8Array(Math.max(block.raw, blockSize))
      decodeBlock(piece.subarray(0, block.stored), block.raw, output, index, offset, state)
    }
    if (next === undefined) return
    offset = end
    block = next
  }
}

/** A block's sizes, or what is wrong with its header (a message). */
function checkBlockHeader(
  header: Uint8Array,
  index: number,
  offset: number,
  size: number,
  blockSize: number
): { raw: number; stored: number } | string {
  if (header.length < BLOCK_HEADER) {
    const after = index === 0 ? 'its 12-byte header' : `block ${index - 1}`
    return (
      `ends with ${header.length} bytes at offset ${offset}, after ${after}: too few for a ` +
      'block header (16 bytes); it is truncated or has trailing bytes'
    )
  }
  const view = Buffer.from(header.buffer, header.byteOffset, BLOCK_HEADER)
  const raw = view.readBigUInt64BE(0)
  const stored = view.readBigUInt64BE(8)
  if (raw === 0n || stored === 0n || raw > BigInt(blockSize) || stored > raw) {
    return (
      `has a damaged block ${index} (header at offset ${offset}): raw size ${raw}, stored size ` +
      `${stored}; expected 1 to ${blockSize} bytes, stored at most raw`
    )
  }
  const left = size - offset - BLOCK_HEADER
  if (stored > BigInt(left)) {
    return (
      `is truncated: block ${index} (header at offset ${offset}) declares ${stored} stored ` +
      `bytes, but only ${left} remain; expected a complete file: copy or download it again`
    )
  }
  return { raw: Number(raw), stored: Number(stored) }
}

function decodeBlock(
  payload: Uint8Array,
  raw: number,
  output: Uint8Array,
  index: number,
  offset: number,
  state: ReadState
): void {
  if (payload.length === raw) {
    state.decodedBlocks++
    state.walk(payload, index, offset)
    return
  }
  if (state.format !== 'pbze') return
  const dataAt = offset + BLOCK_HEADER
  const damaged = (code: 'bad-block' | 'wrong-size', detail: string) => {
    state.walkStopped = true
    state.damagedBlocks++
    if (state.damagedBlocks > MAX_LISTED) return
    const more =
      state.damagedBlocks === MAX_LISTED ? ' (further damaged blocks are not listed)' : ''
    state.problem({
      code,
      severity: 'error',
      message: `has a damaged block ${index} (header at offset ${offset}): ${detail}${more}`,
      block: index,
      offset
    })
  }
  const out = output.subarray(0, raw)
  try {
    const written = decodeLzfse(payload, out)
    if (written !== raw) {
      damaged('wrong-size', `it decodes to ${written} bytes, but its header declares ${raw}`)
      return
    }
  } catch (e) {
    if (!(e instanceof LzfseError)) throw e
    damaged(
      'bad-block',
      `its LZFSE data does not decode: ${e.message.replace(/ \(at byte \d+ of the LZFSE data\)$/, '')} ` +
        `(at offset ${dataAt + e.offset} of the file)`
    )
    return
  }
  state.decodedBlocks++
  state.walk(out, index, offset)
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
