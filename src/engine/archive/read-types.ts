/** The options and results of readArchive (read-archive.ts). */
import type { EmbeddedManifest } from './entries.js'

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
   * Hash on a worker thread that reads the same open file itself, beside the decode (default:
   * on in `full` mode from HASH_THREAD_FROM, 64 MiB). The pass then costs about the larger of hashing and
   * decoding, not their sum, however stored and compressed blocks are laid out; it costs a
   * thread's start and a second read of the file through the page cache.
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
