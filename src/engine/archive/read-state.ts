import { EntryStreamError, EntryWalker } from './entries.js'
import type { ArchiveRead, ArchiveReadProblem, ReadArchiveOptions } from './read-types.js'

/** What one read has found so far, and the walker it feeds. */
export class ReadState {
  format = ''
  blockSize?: number
  blocks = 0
  decodedBlocks = 0
  readonly problems: ArchiveReadProblem[] = []
  readonly walker: EntryWalker
  /** Set when the entry stream can no longer be followed (damage, or data not decoded). */
  walkStopped = false
  damagedBlocks = 0

  constructor(
    readonly path: string,
    readonly size: number,
    readonly options: ReadArchiveOptions
  ) {
    this.walker = new EntryWalker({ manifestLimit: options.manifestLimit })
  }

  /** In `manifest` mode, true once there is nothing left to decode for. */
  get done(): boolean {
    return this.options.mode === 'manifest' && this.walker.manifestRead
  }

  /** Records a problem; its message gets the file's path in front. */
  problem(p: ArchiveReadProblem): void {
    this.problems.push({ ...p, message: `'${this.path}' ${p.message}` })
  }

  /** Feeds decoded bytes to the walker; a parse error stops the walk for good. */
  walk(bytes: Uint8Array, block?: number, offset?: number): void {
    if (this.walkStopped || this.done) return
    try {
      this.walker.push(bytes)
    } catch (e) {
      if (!(e instanceof EntryStreamError)) throw e
      this.walkStopped = true
      const where = block === undefined ? '' : ` (in block ${block}, header at offset ${offset})`
      this.problem({
        code: 'bad-entries',
        severity: 'error',
        message: `has a damaged entry stream: ${e.message}${where}`,
        block,
        offset
      })
    }
  }

  result(sha256: string): ArchiveRead {
    const w = this.walker
    let complete = false
    if (
      !this.walkStopped &&
      !this.done &&
      this.format !== '' &&
      !this.problems.some(p => p.severity === 'error')
    ) {
      try {
        w.finish()
        complete = true
      } catch (e) {
        if (!(e instanceof EntryStreamError)) throw e
        this.problem({
          code: 'bad-entries',
          severity: 'error',
          message: `has a damaged entry stream: ${e.message}`
        })
      }
    }
    for (const note of w.notes)
      this.problem({ code: note.code, severity: 'error', message: note.message })
    if (complete && !w.manifest && !w.notes.length) {
      this.problem({
        code: 'no-manifest',
        severity: 'warning',
        message:
          `holds no Manifest.json at its root (${w.entries} entries read); Apple documents ` +
          'no layout, so its own manifest could not be checked'
      })
    }
    const read: ArchiveRead = {
      path: this.path,
      size: this.size,
      sha256,
      format: this.format,
      blocks: this.blocks,
      decodedBlocks: this.decodedBlocks,
      entries: w.entries,
      streamBytes: w.offset,
      complete,
      stoppedAfterManifest: this.done,
      problems: this.problems
    }
    if (this.blockSize !== undefined) read.blockSize = this.blockSize
    // Only a manifest read to its last byte (not one cut by damage), and only one.
    if (w.manifest && w.manifestRead && !w.notes.some(n => n.code === 'duplicate-manifest'))
      read.manifest = w.manifest
    return read
  }
}
