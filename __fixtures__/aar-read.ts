/**
 * Reading fixture archives back, and damaging them. The reader here (`listBlocks`,
 * `readEntries`) is written separately from the code under test (src/engine/checks/archive.ts,
 * src/engine/archive/), so a mistake in one is caught by the other.
 */
import { open, readFile, stat, truncate as fsTruncate } from 'node:fs/promises'

export interface BlockHeader {
  index: number
  /** Offset of the 16-byte block header. */
  offset: number
  raw: number
  stored: number
}

/** The blocks of a well-formed pbz* container (throws on a malformed one). */
export async function listBlocks(
  path: string
): Promise<{ blockSize: number; blocks: BlockHeader[] }> {
  const handle = await open(path, 'r')
  try {
    const size = (await handle.stat()).size
    const head = Buffer.alloc(16)
    await handle.read(head, 0, 12, 0)
    if (!head.toString('latin1', 0, 3).startsWith('pbz'))
      throw new Error(`${path}: not a pbz container`)
    const blockSize = Number(head.readBigUInt64BE(4))
    const blocks: BlockHeader[] = []
    for (let offset = 12; offset < size;) {
      await handle.read(head, 0, 16, offset)
      const raw = Number(head.readBigUInt64BE(0))
      const stored = Number(head.readBigUInt64BE(8))
      blocks.push({ index: blocks.length, offset, raw, stored })
      offset += 16 + stored
      if (offset > size) throw new Error(`${path}: block ${blocks.length - 1} passes the end`)
    }
    return { blockSize, blocks }
  } finally {
    await handle.close()
  }
}

export interface Entry {
  type: 'D' | 'F'
  path: string
  /** Fields as key+type → value (numbers, strings, or the raw bytes of T/hash fields). */
  fields: Record<string, number | bigint | string | Buffer>
  data?: Buffer
}

/** Decodes the entries of a small archive of stored blocks or a raw AA01 archive. */
export async function readEntries(path: string): Promise<Entry[]> {
  const file = await readFile(path)
  let stream = file
  if (file.toString('latin1', 0, 3) === 'pbz') {
    const parts: Buffer[] = []
    for (let at = 12; at < file.length;) {
      const raw = Number(file.readBigUInt64BE(at))
      const stored = Number(file.readBigUInt64BE(at + 8))
      if (raw !== stored) throw new Error('readEntries reads stored blocks only')
      parts.push(file.subarray(at + 16, at + 16 + stored))
      at += 16 + stored
    }
    stream = Buffer.concat(parts)
  }
  const entries: Entry[] = []
  for (let at = 0; at < stream.length;) {
    if (stream.toString('latin1', at, at + 4) !== 'AA01') throw new Error(`no AA01 at ${at}`)
    const headerSize = stream.readUInt16LE(at + 4)
    const fields: Entry['fields'] = {}
    let blob = 0
    for (let f = at + 6; f < at + headerSize;) {
      const key = stream.toString('latin1', f, f + 4)
      const type = key[3]
      f += 4
      const width: Record<string, number> = { '1': 1, '2': 2, '4': 4, '8': 8, A: 2, B: 4, C: 8 }
      if (type === '*') fields[key] = 1
      else if (type === 'P') {
        const n = stream.readUInt16LE(f)
        fields[key] = stream.toString('utf8', f + 2, f + 2 + n)
        f += 2 + n
      } else if (type === 'T' || type === 'S') {
        fields[key] = stream.subarray(f, f + 12)
        f += 12
      } else if (type in width) {
        const n = width[type]
        const v = n === 8 ? stream.readBigUInt64LE(f) : stream.readUIntLE(f, n)
        fields[key] = v
        if ('ABC'.includes(type)) blob += Number(v)
        f += n
      } else throw new Error(`field type ${type} not supported by this reader`)
    }
    const typ = fields.TYP1 === 'D'.charCodeAt(0) ? 'D' : 'F'
    const entry: Entry = { type: typ, path: String(fields.PATP), fields }
    at += headerSize
    if (blob > 0) entry.data = stream.subarray(at, at + blob)
    at += blob
    entries.push(entry)
  }
  return entries
}

/** Removes the last `bytes` bytes of a file. */
export async function truncateBy(path: string, bytes: number): Promise<number> {
  const size = (await stat(path)).size
  await fsTruncate(path, Math.max(0, size - bytes))
  return Math.max(0, size - bytes)
}

/** Cuts a file to `length` bytes. */
export async function truncateTo(path: string, length: number): Promise<void> {
  await fsTruncate(path, length)
}

/** Writes `bytes` at `offset` (past the end extends the file). */
export async function overwrite(path: string, offset: number, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'r+')
  try {
    await handle.write(bytes, 0, bytes.length, offset)
  } finally {
    await handle.close()
  }
}

/** Appends bytes after the end (trailing garbage). */
export async function appendBytes(path: string, bytes: Uint8Array): Promise<void> {
  await overwrite(path, (await stat(path)).size, bytes)
}

/**
 * Rewrites block `index`'s header. By default its raw size becomes the block size + 1; pass
 * `raw` and/or `stored` to set other values. Returns the header's offset.
 */
export async function corruptBlockHeader(
  path: string,
  index: number,
  values: { raw?: number | bigint; stored?: number | bigint } = {}
): Promise<number> {
  const { blockSize, blocks } = await listBlocks(path)
  const block = blocks[index]
  if (!block) throw new Error(`${path} has no block ${index}`)
  const header = Buffer.alloc(16)
  header.writeBigUInt64BE(
    BigInt(values.raw ?? (values.stored === undefined ? blockSize + 1 : block.raw)),
    0
  )
  header.writeBigUInt64BE(BigInt(values.stored ?? block.stored), 8)
  await overwrite(path, block.offset, header)
  return block.offset
}
