/** AA01 entry headers for the fixture archives (3-char key + 1-char type fields, little-endian). */

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
