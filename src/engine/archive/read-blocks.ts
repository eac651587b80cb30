import type { Digest } from './digest.js'
import { LzfseError } from './errors.js'
import { decodeLzfse } from './lzfse.js'
import type { ReadState } from './read-state.js'
import type { SequentialReader } from './sequential-reader.js'

/**
 * Bytes past a decoded block that the LZFSE decoder may scribble on: its 4-byte copies then run to
 * the block's last byte in one shape, which keeps a cold run's compiled loop (lzfse-block.ts).
 */
const DECODE_ROOM = 16

/** The container's header, and each block's. */
export const HEADER = 12
const BLOCK_HEADER = 16
/** Damaged blocks listed one by one; past this many the rest are counted. */
const MAX_LISTED = 10

/**
 * The container's blocks, each read together with the next block's header: as soon as a piece
 * arrives, the next block's header is checked and its read started, so that it runs on the
 * thread pool while this block is hashed and decoded.
 */
export async function walkBlocks(
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
      if (output.length < block.raw + DECODE_ROOM) {
        output = new Uint8Array(Math.max(block.raw, blockSize) + DECODE_ROOM)
      }
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
    const written = decodeLzfse(payload, output.subarray(0, raw + DECODE_ROOM))
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
