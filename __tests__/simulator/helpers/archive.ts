// Apple Archive bytes for tests: AA01 entries in a `pbz?` container with stored (uncompressed)
// blocks, laid out as apple-facts.md describes.

function field(key: string, type: string, value: Buffer): Buffer {
  return Buffer.concat([Buffer.from(key + type, 'latin1'), value])
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2)
  b.writeUInt16LE(n)
  return b
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(n)
  return b
}

function entry(type: 'D' | 'F', path: string, data?: Buffer): Buffer {
  const p = Buffer.from(path, 'utf8')
  const fields = [
    field('TYP', '1', Buffer.from(type, 'latin1')),
    field('PAT', 'P', Buffer.concat([u16(p.length), p])),
    field('MTM', 'T', Buffer.alloc(12)),
    ...(data ? [field('DAT', 'B', u32(data.length))] : [])
  ]
  const body = Buffer.concat(fields)
  return Buffer.concat([
    Buffer.from('AA01', 'latin1'),
    u16(6 + body.length),
    body,
    data ?? Buffer.alloc(0)
  ])
}

/** The raw AA01 stream of an asset pack. */
export function aa01Stream(
  manifest: object,
  files: Record<string, string> = { 'Contents/a.txt': 'hello' }
): Buffer {
  const m = Buffer.from(JSON.stringify({ ...manifest, toolsVersion: '1.0' }))
  return Buffer.concat([
    entry('D', ''),
    entry('F', 'Manifest.json', m),
    ...Object.entries(files).map(([p, c]) => entry('F', p, Buffer.from(c)))
  ])
}

/** A `pbz?` container whose blocks are all stored. */
export function storedContainer(stream: Buffer, algorithm = 'e', blockSize = 1024): Buffer {
  const head = Buffer.alloc(12)
  head.write(`pbz${algorithm}`, 0, 'latin1')
  head.writeBigUInt64BE(BigInt(blockSize), 4)
  const blocks: Buffer[] = [head]
  for (let off = 0; off < stream.length; off += blockSize) {
    const chunk = stream.subarray(off, off + blockSize)
    const h = Buffer.alloc(16)
    h.writeBigUInt64BE(BigInt(chunk.length), 0)
    h.writeBigUInt64BE(BigInt(chunk.length), 8)
    blocks.push(h, chunk)
  }
  return Buffer.concat(blocks)
}

export function assetPack(manifest: object, files?: Record<string, string>): Buffer {
  return storedContainer(aa01Stream(manifest, files))
}
