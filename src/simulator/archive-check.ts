// What processing looks at in an uploaded ASSET: is it an Apple Archive container, is the block
// structure whole, and (where blocks are stored uncompressed) what its Manifest.json says.
// The simulator cannot decompress LZFSE/LZ4/LZMA/zlib blocks; it then just checks the structure.
import { open } from 'node:fs/promises'

export const ARCHIVE_MAGICS = ['pbze', 'pbz4', 'pbzx', 'pbzz', 'pbzb', 'AA01', 'YAA1'] as const

export interface ArchiveReport {
  errors: { code: string; description: string }[]
  /** Manifest.json of the archive, when it could be read. */
  manifest?: unknown
}

const MAX_SCAN = 4 * 1024 * 1024

/** Reads the start of the uncompressed stream, if the container lets us. */
async function inspectContainer(
  path: string,
  size: number
): Promise<{ errors: ArchiveReport['errors']; stream?: Buffer }> {
  const fh = await open(path, 'r')
  try {
    const head = Buffer.alloc(Math.min(12, size))
    await fh.read(head, 0, head.length, 0)
    const magic = head.subarray(0, 4).toString('latin1')
    if (magic === 'AEA1') {
      return {
        errors: [invalid('The file is an encrypted Apple Archive (AEA1), not an asset pack.')]
      }
    }
    if (!(ARCHIVE_MAGICS as readonly string[]).includes(magic)) {
      return {
        errors: [
          invalid(`The file is not an Apple Archive: it starts with ${JSON.stringify(magic)}.`)
        ]
      }
    }
    if (magic === 'AA01' || magic === 'YAA1') {
      const stream = Buffer.alloc(Math.min(size, MAX_SCAN))
      await fh.read(stream, 0, stream.length, 0)
      return { errors: [], stream }
    }
    if (size < 12) return { errors: [invalid('The archive is truncated: no block size.')] }
    // pbz?: u64 BE block size, then blocks of {u64 BE raw size, u64 BE stored size, payload}.
    const chunks: Buffer[] = []
    let readable = true
    let scanned = 0
    let pos = 12
    const blockHead = Buffer.alloc(16)
    while (pos < size) {
      if (size - pos < 16) return { errors: [invalid(`The archive is truncated at byte ${pos}.`)] }
      await fh.read(blockHead, 0, 16, pos)
      const raw = Number(blockHead.readBigUInt64BE(0))
      const stored = Number(blockHead.readBigUInt64BE(8))
      if (stored === 0 || stored > raw || pos + 16 + stored > size) {
        return { errors: [invalid(`The archive has a broken block at byte ${pos}.`)] }
      }
      if (readable && scanned < MAX_SCAN) {
        if (stored === raw) {
          const payload = Buffer.alloc(Math.min(stored, MAX_SCAN - scanned))
          await fh.read(payload, 0, payload.length, pos + 16)
          chunks.push(payload)
          scanned += payload.length
        } else {
          readable = false
        }
      }
      pos += 16 + stored
    }
    return { errors: [], ...(chunks.length ? { stream: Buffer.concat(chunks) } : {}) }
  } finally {
    await fh.close()
  }
}

function invalid(description: string): { code: string; description: string } {
  return { code: 'ASSET_PACK_INVALID_ARCHIVE', description }
}

const FIXED_SIZES: Record<string, number> = {
  '*': 0,
  '1': 1,
  '2': 2,
  '4': 4,
  '8': 8,
  F: 4,
  G: 20,
  H: 32,
  I: 48,
  J: 64,
  S: 8,
  T: 12
}
const BLOB_SIZES: Record<string, number> = { A: 2, B: 4, C: 8 }

/** Walks AA01 entries and returns the DAT blob of `Manifest.json`, if it is in the buffer. */
export function findManifestEntry(stream: Buffer): Buffer | undefined {
  let pos = 0
  while (pos + 6 <= stream.length) {
    const magic = stream.subarray(pos, pos + 4).toString('latin1')
    if (magic !== 'AA01' && magic !== 'YAA1') return undefined
    const headerSize = stream.readUInt16LE(pos + 4)
    if (headerSize < 6 || pos + headerSize > stream.length) return undefined
    let f = pos + 6
    let entryPath: string | undefined
    let blobTotal = 0
    let dataOffset = -1
    let dataSize = 0
    while (f < pos + headerSize) {
      const key = stream.subarray(f, f + 3).toString('latin1')
      const type = stream.subarray(f + 3, f + 4).toString('latin1')
      f += 4
      if (type === 'P') {
        const len = stream.readUInt16LE(f)
        if (key === 'PAT') entryPath = stream.subarray(f + 2, f + 2 + len).toString('utf8')
        f += 2 + len
      } else if (type in BLOB_SIZES) {
        const width = BLOB_SIZES[type] as number
        const blob = Number(width === 8 ? stream.readBigUInt64LE(f) : stream.readUIntLE(f, width))
        if (key === 'DAT') {
          dataOffset = blobTotal
          dataSize = blob
        }
        blobTotal += blob
        f += width
      } else if (type in FIXED_SIZES) {
        f += FIXED_SIZES[type] as number
      } else {
        return undefined
      }
    }
    const blobsStart = pos + headerSize
    if (entryPath === 'Manifest.json' && dataOffset >= 0) {
      const start = blobsStart + dataOffset
      if (start + dataSize > stream.length) return undefined
      return stream.subarray(start, start + dataSize)
    }
    pos = blobsStart + blobTotal
  }
  return undefined
}

/** Checks an uploaded archive the way processing would. */
export async function inspectArchive(path: string, size: number): Promise<ArchiveReport> {
  const { errors, stream } = await inspectContainer(path, size)
  if (errors.length || !stream) return { errors }
  const entry = findManifestEntry(stream)
  if (!entry) return { errors }
  try {
    return { errors, manifest: JSON.parse(entry.toString('utf8')) }
  } catch {
    return {
      errors: [invalid("The archive's Manifest.json is not valid JSON.")]
    }
  }
}
