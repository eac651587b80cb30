import type { Stats } from 'node:fs'

/** A file-system error as a message that names the path and says what was expected. */
export function describeFsError(e: unknown, path: string, what: string): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return `'${path}' does not exist; ${what}`
  if (code === 'EACCES' || code === 'EPERM') return `'${path}' cannot be read (permission denied)`
  if (code === 'ENOTDIR') return `'${path}' does not exist (a part of the path is a file); ${what}`
  if (code === 'ELOOP') return `'${path}' is a loop of symbolic links; ${what}`
  return `'${path}' cannot be read: ${e instanceof Error ? e.message : String(e)}`
}

/** What kind of non-regular file `info` is, for "is not a regular file (it is …)". */
export function describeKind(info: Stats): string {
  if (info.isDirectory()) return 'a directory'
  if (info.isFIFO()) return 'a named pipe'
  if (info.isSocket()) return 'a socket'
  if (info.isCharacterDevice()) return 'a character device'
  if (info.isBlockDevice()) return 'a block device'
  return 'not a regular file'
}
