/** Why an LZFSE stream could not be decoded. */
export type LzfseErrorReason =
  /** The data ends before a block, its header or its payload does. */
  | 'truncated'
  /** A block starts with four bytes that are no LZFSE block magic. */
  | 'bad-magic'
  /** A block header holds values outside the format's limits. */
  | 'bad-header'
  /** A compressed payload is inconsistent: bad bits, opcode or match distance. */
  | 'bad-payload'
  /** The stream would write more bytes than the output (or its block) holds. */
  | 'output-overflow'
  /** A block decodes to a different number of bytes than its header declares. */
  | 'size-mismatch'
  /** Bytes follow the end-of-stream block. */
  | 'trailing-data'

/**
 * A malformed LZFSE stream. `offset` is the byte in the input where decoding stopped (for a
 * block-level problem, the block's first byte). The decoder throws nothing else for bad input.
 */
export class LzfseError extends Error {
  constructor(
    readonly reason: LzfseErrorReason,
    readonly offset: number,
    detail: string
  ) {
    super(`${detail} (at byte ${offset} of the LZFSE data)`)
    this.name = 'LzfseError'
  }
}
