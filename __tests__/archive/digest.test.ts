// The hashing thread reads the open file itself; what it finds must match the inline hash, and a
// file shorter than the size it was given is a FileChangedError at the offset where it ended.
import { randomBytes } from 'node:crypto'
import { open, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { makeTempDir } from '../../__fixtures__/aar.js'
import { workerDigest } from '../../src/engine/archive/digest.js'
import { FileChangedError } from '../../src/engine/archive/sequential-reader.js'
import { sha256File } from '../../src/engine/checks/digest.js'

let dir: string
let remove: () => Promise<void>
beforeAll(async () => ({ dir, remove } = await makeTempDir('digest-')))
afterAll(() => remove())

async function withFile(bytes: number, run: (fd: number, path: string) => Promise<void>) {
  const path = join(dir, `f${bytes}.bin`)
  await writeFile(path, randomBytes(bytes))
  const handle = await open(path, 'r')
  try {
    await run(handle.fd, path)
  } finally {
    await handle.close()
  }
}

describe('workerDigest', () => {
  it.each([0, 1, 1024 * 1024, 2.5 * 1024 * 1024])(
    'hashes the first size bytes of the open file (%i bytes)',
    async bytes => {
      await withFile(bytes, async (fd, path) => {
        const digest = workerDigest(fd, bytes, path)
        try {
          expect(await digest.digest()).toBe(await sha256File(path))
        } finally {
          await digest.close()
        }
      })
    }
  )

  it('reports a file that ends before its size as changed, at the offset where it ended', async () => {
    await withFile(300_000, async (fd, path) => {
      const digest = workerDigest(fd, 300_010, path)
      try {
        const error = await digest.digest().catch((e: unknown) => e)
        expect(error).toBeInstanceOf(FileChangedError)
        expect(error).toMatchObject({ path, offset: 300_000 })
      } finally {
        await digest.close()
      }
    })
  })
})
