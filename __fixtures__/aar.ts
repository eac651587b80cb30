/**
 * Test fixtures for asset-pack archives, in pure Node: a writer of valid Apple Archives (AA01
 * entries in a `pbze` container of stored or LZVN-compressed blocks, or raw AA01), streaming to
 * disk so archives of any size can be made without holding them in memory; and the two shared
 * fixture files, copied into the repository so tests never need ../shared. Content generation,
 * entry headers, and reading back / damaging live in the aar-*.ts modules, re-exported here.
 */
import { copyFile, mkdtemp, open, rm } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type ContentKind, type FileContent, generatedContent, MiB } from './aar-content.js'
import { entryHeader } from './aar-entries.js'
import { encodeLzfseStream } from './lzvn-encode.js'

export * from './aar-content.js'
export * from './aar-entries.js'
export * from './aar-read.js'

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

// ---------------------------------------------------------------- the writer

export interface ArchiveSpec {
  /** Paths inside the pack's Contents/ folder → content. */
  files: Record<string, FileContent>
  /**
   * The manifest; written as Manifest.json (at the root, after the root directory) with
   * `toolsVersion` added. `null`: the archive holds no manifest entry.
   */
  manifest: object | null
  /** The manifest entry's exact bytes instead (e.g. invalid JSON, `"onDemand": null`). */
  manifestBytes?: string | Uint8Array
  /** The manifest entry's name; default `Manifest.json` (e.g. `manifest.json`). */
  manifestName?: string
  /** pbze only; default 1 MiB (what ba-package writes). */
  blockSize?: number
  /** `pbze`: a container of blocks; `AA01`: a raw archive, no container. */
  container?: 'pbze' | 'AA01'
  /**
   * pbze blocks: `stored` (raw == stored, the default) or `lzvn`: each block an LZFSE stream of
   * one LZVN block (bvxn … bvx$), kept stored when that would not be smaller, as real writers do.
   */
  compression?: 'stored' | 'lzvn'
  /** What files given by size hold: `random` (default) or compressible `text`, or per path. */
  content?: ContentKind | ((path: string) => ContentKind)
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
  /** Blocks written compressed (LZVN); the others are stored. */
  compressedBlocks: number
  /** Size of the AA01 stream inside. */
  streamSize: number
  /** Entry paths in order. */
  entries: string[]
}

/** The bytes of the manifest entry, or undefined for none. */
function manifestBytes(spec: ArchiveSpec): Buffer | undefined {
  if (spec.manifestBytes !== undefined) return Buffer.from(spec.manifestBytes)
  if (spec.manifest === null) return undefined
  return Buffer.from(
    JSON.stringify({ ...spec.manifest, toolsVersion: spec.toolsVersion ?? '1.0' }, null, 2) + '\n'
  )
}

/** The AA01 stream of a pack, in chunks: root, Manifest.json, Contents/ and its files. */
function* archiveStream(spec: ArchiveSpec): Generator<Buffer, string[]> {
  const mtime = spec.mtime ?? 1_767_225_600
  const seed = spec.seed ?? 1
  const manifest = manifestBytes(spec)
  const entries: string[] = []
  const dir = (path: string): Buffer => {
    entries.push(path)
    return entryHeader(path, undefined, mtime)
  }
  yield dir('')
  if (manifest) {
    const name = spec.manifestName ?? 'Manifest.json'
    entries.push(name)
    yield entryHeader(name, manifest.length, mtime)
    yield manifest
  }
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
      const kind = typeof spec.content === 'function' ? spec.content(name) : spec.content
      yield* generatedContent(seed, name, content, MiB, kind ?? 'random')
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
    const out = new BlockWriter(
      handle,
      container === 'pbze' ? blockSize : undefined,
      spec.compression === 'lzvn'
    )
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
      compressedBlocks: out.compressedBlocks,
      streamSize: out.streamSize,
      entries: next.value
    }
  } finally {
    await handle.close()
  }
}

/**
 * Cuts a stream into pbze blocks ({u64 BE raw, u64 BE stored, payload}), stored or LZVN, or
 * passes it through (raw AA01).
 */
class BlockWriter {
  position = 0
  blocks = 0
  compressedBlocks = 0
  streamSize = 0
  private readonly buffer: Buffer
  private filled = 0

  constructor(
    private readonly handle: FileHandle,
    private readonly blockSize: number | undefined,
    private readonly compress: boolean
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
    let payload: Uint8Array = this.buffer.subarray(0, this.filled)
    if (this.blockSize !== undefined) {
      if (this.compress) {
        const compressed = encodeLzfseStream(payload)
        if (compressed.length < payload.length) {
          payload = compressed
          this.compressedBlocks++
        }
      }
      const header = Buffer.alloc(16)
      header.writeBigUInt64BE(BigInt(this.filled), 0)
      header.writeBigUInt64BE(BigInt(payload.length), 8)
      await this.put(header)
      this.blocks++
    }
    await this.put(payload)
    this.filled = 0
  }

  private async put(bytes: Uint8Array): Promise<void> {
    let done = 0
    while (done < bytes.length) {
      const { bytesWritten } = await this.handle.write(bytes, done, bytes.length - done, null)
      done += bytesWritten
    }
    this.position += bytes.length
  }
}
