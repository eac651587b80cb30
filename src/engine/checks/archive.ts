import type { FileHandle } from 'node:fs/promises'
import { lstat, open, readlink, stat } from 'node:fs/promises'
import { describeFsError, describeKind } from './fs-errors.js'
import type { Problem } from './problem.js'

export type ArchiveFormat = 'pbze' | 'pbz4' | 'pbzx' | 'pbzz' | 'pbzb' | 'AA01' | 'YAA1'
export type ArchiveCompression = 'lzfse' | 'lz4' | 'lzma' | 'zlib' | 'lzbitmap' | 'none'

export interface ArchiveInfo {
  path: string
  size: number
  format: ArchiveFormat
  compression: ArchiveCompression
  /** The container's block size (pbz* only). */
  blockSize?: number
  /** How many blocks the container holds (pbz* only). */
  blocks?: number
}

export interface ArchiveCheck {
  /** Present only when there is no problem. */
  archive?: ArchiveInfo
  problems: Problem[]
}

const PBZ: Record<string, ArchiveCompression> = {
  e: 'lzfse',
  '4': 'lz4',
  x: 'lzma',
  z: 'zlib',
  b: 'lzbitmap'
}
const HEADER = 12
const BLOCK_HEADER = 16
/** No maximum is documented (ba-package writes 1 MiB); a block is decoded whole, so past this the header is damaged. */
const MAX_BLOCK_SIZE = 2n ** 32n
const WHAT = 'expected the .aar that xcrun ba-package wrote'
const TRUNCATED = 'it is truncated; expected the complete file: copy or download it again'
/** Field types of an Apple Archive entry header (3-char key + this 1-char type). */
const FIELD_TYPES = '*1248PFGHIJSTABC'

class ArchiveProblem extends Error {}

/**
 * Checks that a file is an Apple Archive an asset pack can be: a pbz* container whose blocks
 * add up exactly to the file's size, or a raw AA01/YAA1 archive. It reads only headers: the
 * 12-byte container header and each block's 16-byte header, seeking past the payloads, so a
 * 1 GiB archive of 1 MiB blocks costs 1024 small reads. Nothing is decompressed.
 */
export async function checkArchive(path: string, input = 'archive-path'): Promise<ArchiveCheck> {
  const fail = (message: string): ArchiveCheck => ({ problems: [{ input, message, file: path }] })
  try {
    const info = await stat(path).catch(async (e: unknown) => {
      const link = await linkTarget(path)
      if (link !== undefined && (e as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new ArchiveProblem(
          `'${path}' is a symbolic link to '${link}', which does not exist; ${WHAT}`
        )
      }
      throw new ArchiveProblem(describeFsError(e, path, WHAT))
    })
    if (info.isDirectory()) {
      const link = await linkTarget(path)
      const via = link === undefined ? '' : ` (a symbolic link to '${link}')`
      return fail(`'${path}' is a directory${via}; ${WHAT}, a single file`)
    }
    if (!info.isFile()) return fail(`'${path}' is ${describeKind(info)}, not a file; ${WHAT}`)

    const handle = await open(path, 'r').catch((e: unknown) => {
      throw new ArchiveProblem(describeFsError(e, path, WHAT))
    })
    try {
      const archive = await inspect(handle, path)
      return { archive, problems: [] }
    } finally {
      await handle.close()
    }
  } catch (e) {
    if (e instanceof ArchiveProblem) return fail(e.message)
    throw e
  }
}

async function linkTarget(path: string): Promise<string | undefined> {
  try {
    return (await lstat(path)).isSymbolicLink() ? await readlink(path) : undefined
  } catch {
    return undefined
  }
}

async function readAt(
  handle: FileHandle,
  length: number,
  position: number,
  path: string
): Promise<Buffer> {
  const buffer = Buffer.alloc(length)
  const { bytesRead } = await handle.read(buffer, 0, length, position)
  if (bytesRead !== length) {
    throw new ArchiveProblem(
      `'${path}' changed while it was being read (fewer bytes than its size at offset ` +
        `${position}); expected a finished file: wait until whatever writes it has finished`
    )
  }
  return buffer
}

async function inspect(handle: FileHandle, path: string): Promise<ArchiveInfo> {
  const problem = (message: string) => new ArchiveProblem(`'${path}' ${message}`)
  const size = (await handle.stat()).size
  if (size === 0) throw problem(`is empty (0 bytes); ${WHAT}`)

  const header = await readAt(handle, Math.min(HEADER, size), 0, path)
  const magic = header.subarray(0, 4).toString('latin1')
  if (magic === 'AEA1') {
    throw problem(
      'is an encrypted Apple Archive (AEA1): an encrypted archive is not an asset pack. ' +
        'Package the pack with xcrun ba-package without encryption, and upload that .aar'
    )
  }
  if (magic === 'AA01' || magic === 'YAA1') return checkRawArchive(header, size, magic, path)
  if (magic.startsWith('pbz') && magic.length === 4) {
    const compression = PBZ[magic[3]]
    if (!compression) {
      throw problem(
        `is a pbz container with an unknown compression '${magic}'; expected pbze (LZFSE, ` +
          'what ba-package writes), pbz4, pbzx, pbzz or pbzb'
      )
    }
    if (size < HEADER) {
      throw problem(`is ${size} bytes, shorter than the 12-byte '${magic}' header: ${TRUNCATED}`)
    }
    return walkBlocks(handle, header, size, magic as ArchiveFormat, compression, problem, path)
  }
  throw problem(
    `does not start like an Apple Archive: its first bytes are ${hexDump(header)}; ` +
      `expected 'pbze' (70 62 7a 65, the container ba-package writes), another 'pbz' ` +
      `container, or a raw 'AA01' archive${guess(header)}`
  )
}

async function walkBlocks(
  handle: FileHandle,
  header: Buffer,
  size: number,
  format: ArchiveFormat,
  compression: ArchiveCompression,
  problem: (message: string) => ArchiveProblem,
  path: string
): Promise<ArchiveInfo> {
  const blockSize = header.readBigUInt64BE(4)
  if (blockSize === 0n || blockSize > MAX_BLOCK_SIZE) {
    throw problem(
      `declares a block size of ${blockSize} bytes in its header; expected 1 to ${MAX_BLOCK_SIZE} ` +
        '(ba-package writes 1048576): the header is damaged'
    )
  }
  if (size === HEADER) {
    throw problem(
      'holds no blocks, only the 12-byte header; expected at least one: it is truncated'
    )
  }
  let offset = HEADER
  let index = 0
  while (offset < size) {
    const left = size - offset
    const afterEnd =
      index === 0 ? '' : ` (or, if the archive ended at offset ${offset}, ${left} bytes follow it)`
    if (left < BLOCK_HEADER) {
      throw problem(
        `ends with ${left} bytes at offset ${offset}, after block ${index - 1}: too few for a ` +
          `block header (16 bytes); expected the blocks to end exactly at the end of the file: ` +
          'it is truncated or has trailing bytes'
      )
    }
    const head = await readAt(handle, index === 0 ? Math.min(20, left) : BLOCK_HEADER, offset, path)
    const raw = head.readBigUInt64BE(0)
    const stored = head.readBigUInt64BE(8)
    const at = `has a damaged block ${index} (header at offset ${offset})`
    if (raw === 0n || stored === 0n) {
      throw problem(
        `${at}: raw size ${raw}, stored size ${stored}; expected both above 0${afterEnd}`
      )
    }
    if (raw > blockSize) {
      throw problem(
        `${at}: it holds ${raw} bytes, more than the block size ${blockSize} in the file's ` +
          `header; expected at most ${blockSize}${afterEnd}`
      )
    }
    if (stored > raw) {
      throw problem(
        `${at}: ${stored} bytes stored for ${raw} bytes of data; expected at most ${raw} ` +
          `(a block that does not compress is stored as is)${afterEnd}`
      )
    }
    const end = BigInt(offset) + BigInt(BLOCK_HEADER) + stored
    if (end > BigInt(size)) {
      throw problem(
        `is truncated: block ${index} (header at offset ${offset}) declares ${stored} stored ` +
          `bytes, but only ${left - BLOCK_HEADER} remain (${end - BigInt(size)} missing); ` +
          'expected a complete file: copy or download it again'
      )
    }
    if (index === 0 && head.length === 20)
      checkFirstPayload(head.subarray(16), raw === stored, compression, path)
    offset = Number(end)
    index++
  }
  return { path, size, format, compression, blockSize: Number(blockSize), blocks: index }
}

/** The first bytes of block 0: an archive entry when stored as is, an LZFSE block otherwise. */
function checkFirstPayload(
  start: Buffer,
  storedAsIs: boolean,
  compression: ArchiveCompression,
  path: string
): void {
  const text = start.toString('latin1')
  if (storedAsIs && text !== 'AA01' && text !== 'YAA1') {
    throw new ArchiveProblem(
      `'${path}' has an uncompressed first block that starts with ${hexDump(start)}; expected ` +
        "an Apple Archive entry ('AA01'): the archive is damaged"
    )
  }
  if (!storedAsIs && compression === 'lzfse' && !text.startsWith('bvx')) {
    throw new ArchiveProblem(
      `'${path}' has a first block that starts with ${hexDump(start)}; expected LZFSE data ` +
        "('bvx'), as the 'pbze' header says: the archive is damaged"
    )
  }
}

function checkRawArchive(
  header: Buffer,
  size: number,
  magic: 'AA01' | 'YAA1',
  path: string
): ArchiveInfo {
  const problem = (message: string) => new ArchiveProblem(`'${path}' ${message}`)
  if (size < 6) {
    throw problem(`is ${size} bytes, too short for its first '${magic}' entry header: ${TRUNCATED}`)
  }
  const headerSize = header.readUInt16LE(4)
  if (headerSize < 6) {
    throw problem(
      `has a first '${magic}' entry whose header size is ${headerSize}; expected at least 6: ` +
        'the archive is damaged'
    )
  }
  if (headerSize > size) {
    throw problem(
      `has a first '${magic}' entry of ${headerSize} header bytes, but the file has ${size}: ` +
        TRUNCATED
    )
  }
  if (headerSize >= 10 && header.length >= 10) {
    const key = header.subarray(6, 9).toString('latin1')
    const type = String.fromCharCode(header[9])
    if (!/^[A-Z0-9]{3}$/.test(key) || !FIELD_TYPES.includes(type)) {
      throw problem(
        `has a first '${magic}' entry whose first field is ${hexDump(header.subarray(6, 10))}; ` +
          "expected a field such as 'TYP1': the archive is damaged"
      )
    }
  }
  return { path, size, format: magic, compression: 'none' }
}

function hexDump(bytes: Buffer): string {
  const hex = [...bytes.subarray(0, 8)].map(b => b.toString(16).padStart(2, '0')).join(' ')
  const ascii = [...bytes.subarray(0, 8)]
    .map(b => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.'))
    .join('')
  return `${hex} ("${ascii}")`
}

/** A hint where the first bytes look like a known other kind of file. */
function guess(header: Buffer): string {
  const text = header.toString('latin1')
  if (text.startsWith('PK\x03\x04'))
    return '. This is a ZIP file: upload the .aar itself, not a zip of it'
  if (header[0] === 0x1f && header[1] === 0x8b)
    return '. This is a gzip file: upload the .aar itself'
  if (/^\s*[{[]/.test(text))
    return '. This looks like JSON: were manifest-path and archive-path swapped?'
  if (text.startsWith('bvx')) return '. This is a bare LZFSE stream, not a ba-package archive'
  return ''
}
