/**
 * A streaming walker of the Apple Archive entry stream (AA01, legacy YAA1): each entry is a
 * header (`AA01`, u16 LE header size, fields of 3-char key + 1-char type + value) followed by the
 * bytes of its blob fields (`A`/`B`/`C` sizes, e.g. DAT). Bytes arrive in pieces of any size
 * (decoded blocks), so an entry may span pieces; the walker keeps only the header in progress
 * (at most 64 KiB) and the embedded manifest's bytes. It finds the manifest: the root entry
 * named Manifest.json in any case (apple-facts.md: "find it case-insensitively at the root").
 */

/** Value sizes of the fixed-size field types; `P` (u16 length + string) is read apart. */
const FIELD_SIZES: Record<string, number> = {
  '*': 0,
  '1': 1,
  '2': 2,
  '4': 4,
  '8': 8,
  A: 2,
  B: 4,
  C: 8,
  F: 4,
  G: 20,
  H: 32,
  I: 48,
  J: 64,
  S: 8,
  T: 12
}
const MAGICS = new Set(['AA01', 'YAA1'])
const PREFIX = 6
const MANIFEST_NAME = 'manifest.json'
/** Default cap on the embedded manifest (Manifest.json files are a few hundred bytes). */
export const MANIFEST_LIMIT = 1024 * 1024

/** One entry, as the walker saw its header. */
export interface ArchiveEntry {
  index: number
  /** Offset of its header in the entry stream. */
  offset: number
  /** TYP: 'D' directory, 'F' file, 'L' link…; undefined when absent. */
  type?: string
  /** PAT, as written. */
  path?: string
  headerSize: number
  /** Bytes of all its blobs together. */
  dataSize: number
}

/** The embedded manifest: the bytes of the root Manifest.json entry's DAT blob. */
export interface EmbeddedManifest {
  /** The entry's path as written in the archive (e.g. `Manifest.json` or `manifest.json`). */
  path: string
  bytes: Uint8Array
  /** Its entry's index in the stream. */
  entry: number
}

/** Something about the manifest that is not damage: a second one, or one too large to read. */
export interface ManifestNote {
  code: 'duplicate-manifest' | 'manifest-too-large'
  message: string
  entry: number
}

/** The entry stream does not parse; `offset` is in the stream, `entry` the entry's index. */
export class EntryStreamError extends Error {
  constructor(
    readonly offset: number,
    readonly entry: number,
    message: string
  ) {
    super(message)
    this.name = 'EntryStreamError'
  }
}

export interface EntryWalkerOptions {
  /** The largest manifest returned, in bytes (default 1 MiB); a larger one is a note. */
  manifestLimit?: number
  /** Called with each entry once its header is read. */
  onEntry?: (entry: ArchiveEntry) => void
}

export class EntryWalker {
  /** Entries whose header has been read. */
  entries = 0
  /** Bytes of the stream walked so far. */
  offset = 0
  manifest?: EmbeddedManifest
  readonly notes: ManifestNote[] = []

  private readonly header = new Uint8Array(0x10000)
  private filled = 0
  /** Header size of the entry in progress, once its prefix is read (0 before). */
  private headerSize = 0
  /** Blob bytes still to skip after the header. */
  private dataLeft = 0
  private entryOffset = 0
  /** Where the manifest's DAT lies within the current entry's blobs, when collecting it. */
  private capture?: { from: number; to: number; bytes: Uint8Array; done: number; seen: number }
  private readonly limit: number

  constructor(private readonly options: EntryWalkerOptions = {}) {
    this.limit = options.manifestLimit ?? MANIFEST_LIMIT
  }

  /** True when the embedded manifest has been read completely. */
  get manifestRead(): boolean {
    return this.manifest !== undefined && this.capture === undefined
  }

  /** Walks the next bytes of the stream. Throws EntryStreamError where it stops parsing. */
  push(bytes: Uint8Array): void {
    let at = 0
    while (at < bytes.length) {
      if (this.dataLeft > 0) {
        const n = Math.min(this.dataLeft, bytes.length - at)
        if (this.capture) this.collect(bytes, at, n)
        this.dataLeft -= n
        at += n
        this.offset += n
        continue
      }
      if (this.filled === 0 && this.headerSize === 0) this.entryOffset = this.offset
      const want = this.headerSize === 0 ? PREFIX : this.headerSize
      const n = Math.min(want - this.filled, bytes.length - at)
      this.header.set(bytes.subarray(at, at + n), this.filled)
      this.filled += n
      at += n
      this.offset += n
      if (this.filled < want) continue
      if (this.headerSize === 0) this.readPrefix()
      else this.readHeader()
    }
  }

  /** Checks that the stream ended between entries. */
  finish(): void {
    if (this.filled > 0 || this.dataLeft > 0) {
      const what =
        this.dataLeft > 0
          ? `its data (${this.dataLeft} bytes missing)`
          : `its header (${this.filled} of ${this.headerSize || PREFIX} bytes)`
      // Once its header is read an entry is counted, so one cut in its data is the last counted.
      const entry = this.dataLeft > 0 ? this.entries - 1 : this.entries
      throw new EntryStreamError(
        this.offset,
        entry,
        `the entry stream ends inside entry ${entry} (at byte ${this.entryOffset} of the ` +
          `decoded stream), in ${what}: the entries do not add up to the archive's size`
      )
    }
  }

  private fail(message: string, at = this.entryOffset): never {
    throw new EntryStreamError(
      at,
      this.entries,
      `entry ${this.entries} (at byte ${at} of the decoded stream) ${message}`
    )
  }

  private readPrefix(): void {
    const magic = String.fromCharCode(...this.header.subarray(0, 4))
    if (!MAGICS.has(magic)) {
      this.fail(
        `starts with ${printable(this.header.subarray(0, 4))}; expected 'AA01': the entries ` +
          'do not add up (a size before it is wrong) or the data is damaged'
      )
    }
    const size = this.header[4] | (this.header[5] << 8)
    if (size < PREFIX) this.fail(`declares a header of ${size} bytes; expected at least 6`)
    this.headerSize = size
    if (size === PREFIX) this.readHeader()
  }

  private readHeader(): void {
    const h = this.header
    const size = this.headerSize
    let type: string | undefined
    let path: string | undefined
    let dataSize = 0
    let datAt = -1
    let datSize = 0
    for (let f = PREFIX; f < size;) {
      if (size - f < 4) this.fail(`has a header whose last field is cut (${size - f} bytes left)`)
      const key = String.fromCharCode(h[f], h[f + 1], h[f + 2])
      const kind = String.fromCharCode(h[f + 3])
      if (!/^[A-Z0-9]{3}$/.test(key)) {
        this.fail(`has a field key ${printable(h.subarray(f, f + 3))} at header byte ${f}`)
      }
      f += 4
      let length = FIELD_SIZES[kind]
      if (kind === 'P') {
        if (size - f < 2) this.fail(`has a ${key} string whose length is cut`)
        length = 2 + (h[f] | (h[f + 1] << 8))
      } else if (length === undefined) {
        this.fail(`has a field ${key} of unknown type '${printable(h.subarray(f - 1, f))}'`)
      }
      if (f + length > size) {
        this.fail(`has a field ${key}${kind} that runs past its ${size}-byte header`)
      }
      if (kind === 'P' && key === 'PAT') path = utf8(h.subarray(f + 2, f + length))
      if (key === 'TYP' && kind === '1') type = String.fromCharCode(h[f])
      if (kind === 'A' || kind === 'B' || kind === 'C') {
        const blob = readUint(h, f, length)
        if (key === 'DAT' && datAt < 0) {
          datAt = dataSize
          datSize = blob
        }
        dataSize += blob
      }
      f += length
    }
    const entry: ArchiveEntry = {
      index: this.entries,
      offset: this.entryOffset,
      headerSize: size,
      dataSize
    }
    if (type !== undefined) entry.type = type
    if (path !== undefined) entry.path = path
    this.options.onEntry?.(entry)
    if (path !== undefined && isRootManifest(path) && (type === undefined || type === 'F')) {
      this.foundManifest(path, datAt < 0 ? 0 : datAt, datAt < 0 ? 0 : datSize)
    }
    this.entries++
    this.filled = 0
    this.headerSize = 0
    this.dataLeft = dataSize
  }

  private foundManifest(path: string, from: number, length: number): void {
    if (this.manifest) {
      this.notes.push({
        code: 'duplicate-manifest',
        entry: this.entries,
        message:
          `holds two manifests at its root: '${this.manifest.path}' (entry ${this.manifest.entry}) ` +
          `and '${path}' (entry ${this.entries}); expected one`
      })
      return
    }
    if (length > this.limit) {
      this.notes.push({
        code: 'manifest-too-large',
        entry: this.entries,
        message:
          `holds a manifest '${path}' of ${length} bytes; expected a Manifest.json of at most ` +
          `${this.limit} bytes`
      })
      return
    }
    const bytes = new Uint8Array(length)
    this.manifest = { path, bytes, entry: this.entries }
    // An empty manifest is read as soon as it is found.
    if (length > 0) this.capture = { from, to: from + length, bytes, done: 0, seen: 0 }
  }

  /** Copies the part of `bytes[at, at + n)` that falls in the manifest's DAT blob. */
  private collect(bytes: Uint8Array, at: number, n: number): void {
    const c = this.capture!
    const start = Math.max(c.from, c.seen)
    const end = Math.min(c.to, c.seen + n)
    if (end > start) {
      c.bytes.set(bytes.subarray(at + start - c.seen, at + end - c.seen), start - c.from)
      c.done += end - start
    }
    c.seen += n
    if (c.done === c.to - c.from) this.capture = undefined
  }
}

function isRootManifest(path: string): boolean {
  return path.replace(/^\.\//, '').toLowerCase() === MANIFEST_NAME
}

function readUint(h: Uint8Array, at: number, length: number): number {
  let value = 0
  for (let i = length - 1; i >= 0; i--) value = value * 256 + h[at + i]
  return value
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes)
}

function printable(bytes: Uint8Array): string {
  const hex = [...bytes].map(b => b.toString(16).padStart(2, '0')).join(' ')
  const text = [...bytes].map(b => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('')
  return `${hex} ("${text}")`
}
