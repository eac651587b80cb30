import { LzfseError } from './errors.js'
import { decodeLzfseBlock } from './lzfse-block.js'
import { type LzfseBlockHeader, payloadEnd, readV1Header, readV2Header } from './lzfse-header.js'
import { decodeLzvn } from './lzvn.js'

// Block magics, read as little-endian u32: 'bvx$', 'bvx-', 'bvx1', 'bvx2', 'bvxn'.
const END_OF_STREAM = 0x24787662
const UNCOMPRESSED = 0x2d787662
const COMPRESSED_V1 = 0x31787662
const COMPRESSED_V2 = 0x32787662
const COMPRESSED_LZVN = 0x6e787662

/**
 * Decodes a whole LZFSE stream (blocks `bvx2`, `bvx1`, `bvxn`, `bvx-`, ended by `bvx$`) from
 * `input` into `output`, and returns how many bytes it decoded. It never writes past `output`
 * (though it may scribble on the bytes of `output` past what it decoded: room there lets it copy
 * 4 bytes at a time to the end) and never reads past `input`: a stream that would is an LzfseError, as is any other damage
 * (a bad magic, a header out of range, bits that do not decode, a match before the start of the
 * data, a block that decodes to another size than it declares, bytes after `bvx$`). Every step
 * consumes input, so no input can make it loop.
 */
export function decodeLzfse(input: Uint8Array, output: Uint8Array): number {
  let at = 0
  let o = 0
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength)
  const need = (bytes: number, what: string) => {
    if (input.length - at < bytes) {
      throw new LzfseError('truncated', at, `the data ends inside ${what}`)
    }
  }
  const room = (bytes: number) => {
    if (bytes > output.length - o) {
      throw new LzfseError(
        'output-overflow',
        at,
        `a block declares ${bytes} bytes, but only ${output.length - o} of the output remain`
      )
    }
  }
  for (;;) {
    need(4, 'a block magic (the stream must end with bvx$)')
    const magic = view.getUint32(at, true)
    switch (magic) {
      case END_OF_STREAM:
        at += 4
        if (at !== input.length) {
          throw new LzfseError(
            'trailing-data',
            at,
            `${input.length - at} bytes follow the end-of-stream block`
          )
        }
        return o
      case UNCOMPRESSED: {
        need(8, 'a bvx- block header')
        const raw = view.getUint32(at + 4, true)
        room(raw)
        need(8 + raw, 'a bvx- block')
        output.set(input.subarray(at + 8, at + 8 + raw), o)
        o += raw
        at += 8 + raw
        break
      }
      case COMPRESSED_LZVN: {
        need(12, 'a bvxn block header')
        const raw = view.getUint32(at + 4, true)
        const payload = view.getUint32(at + 8, true)
        room(raw)
        need(12 + payload, 'a bvxn block')
        decodeLzvn(input, at + 12, at + 12 + payload, output, o, o + raw)
        o += raw
        at += 12 + payload
        break
      }
      case COMPRESSED_V1:
      case COMPRESSED_V2: {
        const header: LzfseBlockHeader =
          magic === COMPRESSED_V1
            ? readV1Header(input, at, input.length)
            : readV2Header(input, at, input.length)
        room(header.rawBytes)
        const reached = decodeLzfseBlock(input, at, header, output, o)
        if (reached !== o + header.rawBytes) {
          throw new LzfseError(
            'size-mismatch',
            at,
            `an LZFSE block decodes to ${reached - o} bytes; its header declares ${header.rawBytes}`
          )
        }
        o = reached
        at = payloadEnd(at, header)
        break
      }
      default:
        throw new LzfseError('bad-magic', at, `no LZFSE block starts with ${describe(input, at)}`)
    }
  }
}

function describe(input: Uint8Array, at: number): string {
  const bytes = [...input.subarray(at, at + 4)]
  const hex = bytes.map(b => b.toString(16).padStart(2, '0')).join(' ')
  const text = bytes.map(b => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('')
  return `${hex} ("${text}"); expected bvx2, bvx1, bvxn, bvx- or bvx$`
}
