// The engine's multi-pack file handling (src/engine/multi/{expand,pair}.ts): expanding lines and
// globs, and the pairing rule (by name, then by folder), with a problem for anything ambiguous.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { makeTempDir } from '../../__fixtures__/aar.js'
import { expandPaths } from '../../src/engine/multi/expand.js'
import { pairFiles } from '../../src/engine/multi/pair.js'

describe('expandPaths', () => {
  let dir: string
  let remove: () => Promise<void>
  beforeAll(async () => {
    ;({ dir, remove } = await makeTempDir('expand-'))
    for (const f of ['a/Manifest.json', 'b/Manifest.json', 'c/x/Manifest.json', 'lit[1].json']) {
      await mkdir(join(dir, f, '..'), { recursive: true })
      await writeFile(join(dir, f), '{}')
    }
  })
  afterAll(() => remove())

  test('lines and globs, in order, each file once, directories left out', async () => {
    const text = '\n  b/Manifest.json \n*/Manifest.json\n**/Manifest.json\n'
    expect(await expandPaths(text, 'manifest-path', dir)).toEqual({
      files: ['b/Manifest.json', 'a/Manifest.json', 'c/x/Manifest.json'],
      problems: []
    })
    expect((await expandPaths('*', 'manifest-path', dir)).files).toEqual(['lit[1].json'])
  })

  test('a plain path is kept as written even when missing; a glob matching nothing is a problem', async () => {
    const result = await expandPaths('missing.json\nnone/*.json', 'manifest-path', dir)
    expect(result.files).toEqual(['missing.json'])
    expect(result.problems).toEqual([
      {
        input: 'manifest-path',
        message: expect.stringMatching(/^'none\/\*\.json' matches no file/)
      }
    ])
  })

  test('a file whose name looks like a glob is that file', async () => {
    expect((await expandPaths('lit[1].json', 'manifest-path', dir)).files).toEqual(['lit[1].json'])
  })
})

describe('pairFiles', () => {
  const m = (path: string, identifier?: string) => ({ path, identifier })
  /** Archives whose own manifest could not be read. */
  const a = (...paths: string[]) => paths.map(path => ({ path }))

  test("by the archive's own manifest first, whatever its name or folder", () => {
    const { packs, problems } = pairFiles(
      [m('p/Manifest.json', 'Alpha'), m('q/Manifest.json', 'Beta')],
      [
        { path: 'q/Alpha.aar', identifier: 'Beta' },
        { path: 'build/x.aar', identifier: 'Alpha' }
      ],
      { archiveRequired: true }
    )
    expect(problems).toEqual([])
    expect(packs.map(p => [p.identifier, p.archivePath])).toEqual([
      ['Alpha', 'build/x.aar'],
      ['Beta', 'q/Alpha.aar']
    ])
  })

  test('an archive whose own manifest claims no given manifest is a pack alone', () => {
    const { packs, problems } = pairFiles(
      [m('p/Manifest.json', 'Alpha')],
      [
        { path: 'build/Alpha.aar', identifier: 'Alpha' },
        { path: 'build/voice.aar', identifier: 'voice-en' },
        { path: 'build/voice-2.aar', identifier: 'voice-fr' }
      ],
      { archiveRequired: true }
    )
    expect(problems).toEqual([])
    expect(packs).toEqual([
      { identifier: 'Alpha', manifestPath: 'p/Manifest.json', archivePath: 'build/Alpha.aar' },
      { identifier: 'voice-en', archivePath: 'build/voice.aar' },
      { identifier: 'voice-fr', archivePath: 'build/voice-2.aar' }
    ])
  })

  test('two archives holding one pack are not guessed', () => {
    const { problems } = pairFiles(
      [m('p/Manifest.json', 'Alpha')],
      [
        { path: 'a.aar', identifier: 'Alpha' },
        { path: 'b.aar', identifier: 'Alpha' },
        { path: 'c.aar', identifier: 'Gamma' },
        { path: 'd.aar', identifier: 'Gamma' }
      ],
      { archiveRequired: true }
    )
    expect(problems.map(p => p.message)).toEqual([
      "'a.aar' holds pack 'Alpha', which a manifest given declares too; give each pack once",
      "'b.aar' holds pack 'Alpha', which a manifest given declares too; give each pack once",
      "'d.aar' holds pack 'Gamma', which another archive declares too; give each pack once",
      expect.stringMatching(/^no archive for pack 'Alpha'/)
    ])
  })

  test('by name: <assetPackID>.aar, wherever it is', () => {
    const { packs, problems } = pairFiles(
      [
        m('AssetPacks/Levels/Manifest.json', 'Levels'),
        m('AssetPacks/Intro/Manifest.json', 'Intro')
      ],
      a('build/Intro.aar', 'build/Levels.AAR'),
      { archiveRequired: true }
    )
    expect(problems).toEqual([])
    expect(packs).toEqual([
      {
        identifier: 'Levels',
        manifestPath: 'AssetPacks/Levels/Manifest.json',
        archivePath: 'build/Levels.AAR'
      },
      {
        identifier: 'Intro',
        manifestPath: 'AssetPacks/Intro/Manifest.json',
        archivePath: 'build/Intro.aar'
      }
    ])
  })

  test('by folder: the one manifest and the one archive left in a folder', () => {
    const { packs, problems } = pairFiles(
      [m('packs/a/Manifest.json', 'Alpha'), m('packs/b/Manifest.json', 'Beta')],
      a('packs/b/out.aar', 'packs/a/whatever.aar'),
      { archiveRequired: true }
    )
    expect(problems).toEqual([])
    expect(packs.map(p => [p.identifier, p.archivePath])).toEqual([
      ['Alpha', 'packs/a/whatever.aar'],
      ['Beta', 'packs/b/out.aar']
    ])
  })

  test('a name match wins over the folder', () => {
    const { packs } = pairFiles(
      [m('p/Manifest.json', 'Alpha'), m('q/Manifest.json', 'Beta')],
      a('q/Alpha.aar', 'q/other.aar'),
      { archiveRequired: true }
    )
    expect(packs.map(p => [p.identifier, p.archivePath])).toEqual([
      ['Alpha', 'q/Alpha.aar'],
      ['Beta', 'q/other.aar']
    ])
  })

  test('two archives in a folder with one manifest are not guessed', () => {
    const { problems } = pairFiles([m('p/Manifest.json', 'Alpha')], a('p/x.aar', 'p/y.aar'), {
      archiveRequired: true
    })
    expect(problems.map(p => p.message)).toEqual([
      expect.stringMatching(/^'p\/x\.aar' belongs to no manifest/),
      expect.stringMatching(/^'p\/y\.aar' belongs to no manifest/),
      expect.stringMatching(
        /^no archive for pack 'Alpha' \(p\/Manifest\.json\): expected 'Alpha\.aar'/
      )
    ])
  })

  test('duplicates: two manifests of one pack, two archives of one name', () => {
    const { problems } = pairFiles(
      [
        m('a/Manifest.json', 'Levels'),
        m('b/Manifest.json', 'Levels'),
        m('c/Manifest.json', 'Intro')
      ],
      a('x/Intro.aar', 'y/Intro.aar'),
      { archiveRequired: false }
    )
    expect(problems.map(p => [p.input, p.message])).toEqual([
      [
        'manifest-path',
        "'a/Manifest.json' and 'b/Manifest.json' both declare assetPackID 'Levels'; each pack must be given once"
      ],
      [
        'archive-path',
        "'x/Intro.aar' and 'y/Intro.aar' are both named after pack 'Intro'; give one archive per pack"
      ]
    ])
  })

  test('archives are optional in a dry run; an unreadable manifest keeps its path as its name', () => {
    const { packs, problems } = pairFiles([m('a/Manifest.json', 'A'), m('b/Manifest.json')], a(), {
      archiveRequired: false
    })
    expect(problems).toEqual([])
    expect(packs).toEqual([
      { identifier: 'A', manifestPath: 'a/Manifest.json', archivePath: undefined },
      { identifier: 'b/Manifest.json', manifestPath: 'b/Manifest.json', archivePath: undefined }
    ])
  })
})
