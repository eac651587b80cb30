// Parts on disk: each part in its own file (a resent part replaces the earlier one atomically,
// a broken one never touches it), assembled and hashed at commit by streaming, so archives of any
// size never sit in memory.
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReceivedFile, UploadFile, UploadPart } from './state.js'

export interface PartStats {
  bytesReceived: number
  bytesStored: number
}

export class PartStore {
  private readonly dataDir: string
  private readonly stats: PartStats

  constructor(dataDir: string, stats: PartStats) {
    this.dataDir = dataDir
    this.stats = stats
  }

  dir(file: UploadFile): string {
    return path.join(this.dataDir, file.id)
  }

  /** Writes the part to its own file; returns the quoted MD5 ETag, or undefined if the body broke. */
  async write(body: Readable, file: UploadFile, part: UploadPart): Promise<string | undefined> {
    const dir = this.dir(file)
    await mkdir(dir, { recursive: true })
    const tmp = path.join(dir, `part-${part.partNumber}.${randomBytes(6).toString('hex')}.tmp`)
    const md5 = createHash('md5')
    let count = 0
    const stats = this.stats
    const tap = new Transform({
      transform(chunk: Buffer, _enc, done) {
        stats.bytesReceived += chunk.length
        count += chunk.length
        md5.update(chunk)
        done(null, chunk)
      }
    })
    try {
      await pipeline(body, tap, createWriteStream(tmp))
    } catch {
      await rm(tmp, { force: true })
      return undefined
    }
    if (count !== part.length) {
      await rm(tmp, { force: true })
      return undefined
    }
    await rename(tmp, path.join(dir, `part-${part.partNumber}`))
    stats.bytesStored += count
    part.received = true
    part.entityTag = `"${md5.digest('hex')}"`
    return part.entityTag
  }

  missing(file: UploadFile): number[] {
    return file.parts.filter(p => !p.received).map(p => p.partNumber)
  }

  /** Concatenates the parts into one file, hashing as it goes. */
  async assemble(file: UploadFile): Promise<ReceivedFile> {
    const dir = this.dir(file)
    await mkdir(dir, { recursive: true })
    const target = path.join(dir, `assembled-${file.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}`)
    const sha256 = createHash('sha256')
    const md5 = createHash('md5')
    const out = await open(target, 'w')
    let size = 0
    try {
      for (const part of file.parts) {
        for await (const chunk of createReadStream(path.join(dir, `part-${part.partNumber}`))) {
          const buf = chunk as Buffer
          sha256.update(buf)
          md5.update(buf)
          await out.write(buf)
          size += buf.length
        }
      }
    } finally {
      await out.close()
    }
    return { path: target, size, sha256: sha256.digest('hex'), md5: md5.digest('hex') }
  }

  /** Removes the part files once the assembled file is kept. */
  async drop(file: UploadFile): Promise<void> {
    const dir = this.dir(file)
    await Promise.all(
      file.parts.map(p => rm(path.join(dir, `part-${p.partNumber}`), { force: true }))
    )
  }
}
