/**
 * Test fixtures for asset-pack archives, in pure Node: a writer of valid Apple Archives (AA01
 * entries in a `pbze` container of stored blocks, or raw AA01), streaming to disk so archives of
 * any size can be made without holding them in memory; helpers that damage them; and the two
 * shared fixture files, copied into the repository so tests never need ../shared.
 *
 * The reader here (`listBlocks`, `readEntries`) is written separately from the code under test
 * (src/engine/checks/archive.ts), so a mistake in one is caught by the other.
 */
import {
  copyFile,
  mkdtemp,
  open,
  readFile,
  rm,
  stat,
  truncate as fsTruncate
} from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const MiB = 1024 * 1024

// ---------------------------------------------------------------- the shared fixtures

export const FIXTURE_FILES = join(import.meta.dirname, 'files')
export type FixtureName = 'Tutorial-lzfse.aar' | 'Tutorial-Manifest.json'

export function fixturePath(name: FixtureName): string {
  return join(FIXTURE_FILES, name)
}

/** Copies a fixture into `dir` (to change it without touching the original); returns the copy. */
export async function copyFixture(
  name: FixtureName,
  dir: string,
  as: string = name
): Promise<string> {
  const target = join(dir, as)
  await copyFile(fixturePath(name), target)
  return target
}

/** A fresh temporary directory and a function that removes it. */
export async function makeTempDir(
  prefix = 'asset-pack-'
): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}

// ---------------------------------------------------------------- deterministic content

/** A file's content: the bytes, or a size for deterministic bytes derived from the seed and path. */
export type FileContent = Uint8Array | string | number

const PIECE = 64 * 1024

function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return h || 1
}

/**
 * Deterministic bytes for a file, in chunks of at most `chunk` bytes: a 64 KiB xorshift pattern
 * from (seed, path), each 64 KiB piece stamped with its index so no two pieces are equal.
 */
export function* generatedContent(
  seed: number,
  path: string,
  size: number,
  chunk = MiB
): Generator<Buffer> {
  const pattern = Buffer.alloc(PIECE)
  let x = fnv1a(`${seed}:${path}`)
  for (let i = 0; i < PIECE; i += 4) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    pattern.writeUInt32LE(x >>> 0, i)
  }
  const pieceSize = Math.max(PIECE, chunk - (chunk % PIECE))
  for (let done = 0; done < size;) {
    const out = Buffer.allocUnsafe(Math.min(pieceSize, size - done))
    for (let at = 0; at < out.length; at += PIECE) {
      pattern.copy(out, at, 0, Math.min(PIECE, out.length - at))
      const piece = (done + at) / PIECE
      if (out.length - at >= 8) out.writeDoubleLE(piece + seed / 1e6, at)
    }
    done += out.length
    yield out
  }
}

/** All of a generated file's bytes at once (for small files in assertions). */
export function generatedBytes(seed: number, path: string, size: number): Buffer {
  return Buffer.concat([...generatedContent(seed, path, size)])
}

// ---------------------------------------------------------------- Apple Archive entries

/** One field: 3-char key + 1-char type, then its value. */
function field(key: string, type: string, value: Buffer): Buffer {
  return Buffer.concat([Buffer.from(key + type, 'latin1'), value])
}
const u8 = (n: number) => Buffer.from([n])
const u16 = (n: number) => {
  const b = Buffer.alloc(2)
  b.writeUInt16LE(n)
  return b
}
const u32 = (n: number) => {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(n)
  return b
}
const u64 = (n: number | bigint) => {
  const b = Buffer.alloc(8)
  b.writeBigUInt64LE(BigInt(n))
  return b
}
/** A `T` timestamp: u64 seconds, u32 nanoseconds. */
const time = (seconds: number) => Buffer.concat([u64(seconds), u32(0)])

/** An AA01 entry header for a directory (`size` undefined) or a file of `size` bytes. */
export function entryHeader(path: string, size: number | undefined, mtime: number): Buffer {
  const name = Buffer.from(path, 'utf8')
  const fields = [
    field('TYP', '1', u8((size === undefined ? 'D' : 'F').charCodeAt(0))),
    field('PAT', 'P', Buffer.concat([u16(name.length), name])),
    field('UID', '2', u16(501)),
    field('GID', '1', u8(20)),
    field('MOD', '2', u16(size === undefined ? 0o755 : 0o644)),
    field('MTM', 'T', time(mtime))
  ]
  if (size !== undefined) {
    if (size < 0x10000) fields.push(field('DAT', 'A', u16(size)))
    else if (size < 0x100000000) fields.push(field('DAT', 'B', u32(size)))
    else fields.push(field('DAT', 'C', u64(size)))
  }
  const body = Buffer.concat(fields)
  if (body.length + 6 > 0xffff) throw new Error(`entry header too large for ${path}`)
  return Buffer.concat([Buffer.from('AA01', 'latin1'), u16(body.length + 6), body])
}

export interface ArchiveSpec {
  /** Paths inside the pack's Contents/ folder → content. */
  files: Record<string, FileContent>
  /** The manifest; written as Manifest.json with `toolsVersion` added. */
  manifest: object
  /** pbze only; default 1 MiB (what ba-package writes). */
  blockSize?: number
  /** `pbze`: stored blocks (raw == stored); `AA01`: a raw archive, no container. */
  container?: 'pbze' | 'AA01'
  /** Seed of generated content; default 1. */
  seed?: number
  toolsVersion?: string
  /** Modification time of every entry (seconds); default 2026-01-01. */
  mtime?: number
}

export interface WrittenArchive {
  path: string
  /** Size of the file written. */
  size: number
  /** Blocks in the container (0 for a raw AA01). */
  blocks: number
  /** Size of the AA01 stream inside. */
  streamSize: number
  /** Entry paths in order. */
  entries: string[]
}

/** The AA01 stream of a pack, in chunks: root, Manifest.json, Contents/ and its files. */
function* archiveStream(spec: ArchiveSpec): Generator<Buffer, string[]> {
  const mtime = spec.mtime ?? 1_767_225_600
  const seed = spec.seed ?? 1
  const manifest = Buffer.from(
    JSON.stringify({ ...spec.manifest, toolsVersion: spec.toolsVersion ?? '1.0' }, null, 2) + '\n'
  )
  const entries: string[] = []
  const dir = (path: string): Buffer => {
    entries.push(path)
    return entryHeader(path, undefined, mtime)
  }
  yield dir('')
  entries.push('Manifest.json')
  yield entryHeader('Manifest.json', manifest.length, mtime)
  yield manifest
  yield dir('Contents')
  const made = new Set<string>()
  for (const name of Object.keys(spec.files).sort()) {
    const parts = name.split('/')
    for (let i = 1; i < parts.length; i++) {
      const parent = parts.slice(0, i).join('/')
      if (!made.has(parent)) {
        made.add(parent)
        yield dir(`Contents/${parent}`)
      }
    }
    const content = spec.files[name]
    const path = `Contents/${name}`
    entries.push(path)
    if (typeof content === 'number') {
      yield entryHeader(path, content, mtime)
      yield* generatedContent(seed, name, content)
    } else {
      const bytes = Buffer.from(content)
      yield entryHeader(path, bytes.length, mtime)
      yield bytes
    }
  }
  return entries
}

/** Writes an asset-pack archive, streaming: memory stays around one block whatever the size. */
export async function writeAssetPackArchive(
  path: string,
  spec: ArchiveSpec
): Promise<WrittenArchive> {
  const blockSize = spec.blockSize ?? MiB
  const container = spec.container ?? 'pbze'
  const handle = await open(path, 'w')
  try {
    const out = new BlockWriter(handle, container === 'pbze' ? blockSize : undefined)
    await out.start()
    const stream = archiveStream(spec)
    let next = stream.next()
    while (!next.done) {
      await out.write(next.value)
      next = stream.next()
    }
    await out.finish()
    return {
      path,
      size: out.position,
      blocks: out.blocks,
      streamSize: out.streamSize,
      entries: next.value
    }
  } finally {
    await handle.close()
  }
}

/** Cuts a stream into pbze stored blocks ({u64 BE raw, u64 BE stored, payload}), or passes it through. */
class BlockWriter {
  position = 0
  blocks = 0
  streamSize = 0
  private readonly buffer: Buffer
  private filled = 0

  constructor(
    private readonly handle: FileHandle,
    private readonly blockSize: number | undefined
  ) {
    this.buffer = Buffer.alloc(blockSize ?? MiB)
  }

  async start(): Promise<void> {
    if (this.blockSize === undefined) return
    const header = Buffer.alloc(12)
    header.write('pbze', 0, 'latin1')
    header.writeBigUInt64BE(BigInt(this.blockSize), 4)
    await this.put(header)
  }

  async write(chunk: Buffer): Promise<void> {
    this.streamSize += chunk.length
    for (let at = 0; at < chunk.length;) {
      const n = Math.min(chunk.length - at, this.buffer.length - this.filled)
      chunk.copy(this.buffer, this.filled, at, at + n)
      this.filled += n
      at += n
      if (this.filled === this.buffer.length) await this.flush()
    }
  }

  async finish(): Promise<void> {
    if (this.filled > 0) await this.flush()
  }

  private async flush(): Promise<void> {
    const payload = this.buffer.subarray(0, this.filled)
    if (this.blockSize !== undefined) {
      const header = Buffer.alloc(16)
      header.writeBigUInt64BE(BigInt(this.filled), 0)
      header.writeBigUInt64BE(BigInt(this.filled), 8)
      await this.put(header)
      this.blocks++
    }
    await this.put(payload)
    this.filled = 0
  }

  private async put(bytes: Buffer): Promise<void> {
    let done = 0
    while (done < bytes.length) {
      const { bytesWritten } = await this.handle.write(bytes, done, bytes.length - done, null)
      done += bytesWritten
    }
    this.position += bytes.length
  }
}

// ---------------------------------------------------------------- reading back, damaging

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
