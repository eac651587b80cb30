import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fixturePath, generatedContent, makeTempDir } from '../../__fixtures__/aar.js'
import { sha256, sha256File } from '../../src/engine/checks/digest.js'

let dir: string
let remove: () => Promise<void>
beforeAll(async () => ({ dir, remove } = await makeTempDir()))
afterAll(() => remove())

const reference = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

describe('sha256File', () => {
  test('hashes the Tutorial fixture like a one-shot hash of its bytes', async () => {
    const path = fixturePath('Tutorial-lzfse.aar')
    expect(await sha256File(path)).toBe(reference(await readFile(path)))
  })

  test.each([
    ['empty', 0],
    ['one byte', 1],
    ['exactly 1 MiB (one read)', 1024 * 1024],
    ['3.5 MiB (reads across chunk boundaries)', 3.5 * 1024 * 1024 + 7]
  ])('a file of %s', async (_name, size) => {
    const bytes = Buffer.concat([...generatedContent(7, 'x', size, 256 * 1024)])
    const path = join(dir, `f-${size}`)
    await writeFile(path, bytes)
    expect(await sha256File(path)).toBe(reference(bytes))
  })

  test('knows the empty file', async () => {
    const path = join(dir, 'empty')
    await writeFile(path, '')
    expect(await sha256File(path)).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    )
  })

  test('rejects for a missing file', async () => {
    await expect(sha256File(join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  test('stops when its signal is aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(
      sha256File(fixturePath('Tutorial-lzfse.aar'), controller.signal)
    ).rejects.toMatchObject({ name: 'AbortError' })
  })
})

test('sha256 of bytes and strings (FIPS 180-2 vector "abc")', () => {
  const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
  expect(sha256('abc')).toBe(abc)
  expect(sha256(Buffer.from('abc'))).toBe(abc)
})
