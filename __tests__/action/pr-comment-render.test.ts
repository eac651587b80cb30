import { renderPrComment } from '../../src/action/pr-comment.js'
import type { Problem } from '../../src/engine/checks/problem.js'
import { newRecord, type PublishRecord } from '../../src/engine/publish/record.js'

const SHA = 'ab'.repeat(32)

function dryRun(fields: Partial<PublishRecord>): PublishRecord {
  return { ...newRecord('Levels', true), ...fields }
}

describe('renderPrComment', () => {
  it("says what was checked, Apple's verdict and the version a dry run reused", () => {
    const record = dryRun({
      versionId: 'ver-1',
      version: '3',
      versionSource: 'reused-pending',
      manifestUploadFileId: 'mf-1',
      manifestState: 'COMPLETE',
      state: 'AWAITING_UPLOAD'
    })
    const text = renderPrComment({
      identifier: 'Levels',
      manifestPath: 'packs/Levels/Manifest.json',
      archive: { path: 'build/Levels.aar', size: 1536, sha256: SHA },
      record
    })
    expect(text).toBe(
      [
        '### ✅ Asset pack `Levels`: manifest accepted by Apple (dry run)',
        '',
        '| Check | Result |',
        '| --- | --- |',
        '| Manifest `packs/Levels/Manifest.json` | ✅ passed the local checks |',
        `| Archive \`build/Levels.aar\` | ✅ 1.50 KiB, SHA-256 \`${SHA}\` |`,
        "| Apple's manifest check | ✅ accepted (COMPLETE) |",
        '| Version | 3 `ver-1` — reused: left AWAITING_UPLOAD by an earlier run (no new version needed) |',
        ''
      ].join('\n')
    )
  })

  it('lists every local problem with its input, file, line and JSON path, escaped', () => {
    const problems: Problem[] = [
      {
        input: 'manifest-path',
        message: "must be 'essential' | 'prefetch', not <onDemand>",
        file: 'packs/Levels/Manifest.json',
        line: 7,
        jsonPath: 'downloadPolicy.onDemand'
      },
      { input: 'manifest-path', message: 'is missing', jsonPath: 'platforms' },
      { input: 'app-id', message: "'abc' must be digits" }
    ]
    const text = renderPrComment({
      manifestPath: 'packs/Levels/Manifest.json',
      archive: { path: 'build/Levels.aar' },
      problems
    })
    expect(text).toContain(
      '### ❌ Asset pack (`packs/Levels/Manifest.json`): 3 problems, nothing sent to Apple'
    )
    expect(text).toContain('| Manifest `packs/Levels/Manifest.json` | ❌ 2 problems |')
    expect(text).toContain('| Archive `build/Levels.aar` | ✅ passed the local checks |')
    expect(text).toContain("| Apple's manifest check | ⏭️ not run: the local checks failed |")
    expect(text).toContain(
      '| `manifest-path` | `packs/Levels/Manifest.json:7` at `downloadPolicy.onDemand` | ' +
        "must be 'essential' \\| 'prefetch', not &lt;onDemand&gt; |"
    )
    expect(text).toContain('| `manifest-path` | at `platforms` | is missing |')
    expect(text).toContain("| `app-id` | — | 'abc' must be digits |")
    expect(text).toContain('Nothing was sent to App Store Connect.')
  })

  it("makes a fork's text inert: no mentions, links or HTML", () => {
    const text = renderPrComment({
      identifier: 'Levels',
      problems: [{ input: 'manifest-path', message: "'@octocat [x](https://e.test) <img>' is bad" }]
    })
    expect(text).toContain("'&#64;octocat \\[x\\](https://e.test) &lt;img&gt;' is bad")
    expect(text).not.toContain('@octocat')
  })

  it('keeps a long list within what GitHub accepts', () => {
    const problems = Array.from({ length: 80 }, (_, i) => ({ input: 'x', message: `p${i}` }))
    const text = renderPrComment({ identifier: 'Levels', problems })
    expect(text).toContain('| `x` | — | p49 |')
    expect(text).not.toContain('p50 ')
    expect(text).toContain('… and 30 more: see the job summary.')
  })

  it("quotes Apple's refusal verbatim, and the failure in a fence it cannot break", () => {
    const record = dryRun({
      versionId: 'ver-2',
      version: '4',
      versionSource: 'created',
      manifestState: 'FAILED',
      manifestErrors: [{ code: 'MANIFEST_INVALID', description: 'Platform <tvOS> is not allowed' }]
    })
    const text = renderPrComment({
      identifier: 'Levels',
      manifestPath: 'm.json',
      record,
      error: 'Apple refused the manifest: ```x```'
    })
    expect(text).toContain('### ❌ Asset pack `Levels`: Apple refused the manifest')
    expect(text).toContain(
      "| Apple's manifest check | ❌ refused (FAILED): see Apple's verdict below |"
    )
    expect(text).toContain('created by this dry run; it stays AWAITING_UPLOAD')
    expect(text).toContain('- MANIFEST_INVALID: Platform &lt;tvOS&gt; is not allowed')
    expect(text).toContain('````text\nApple refused the manifest: ```x```\n````')
  })

  it('says why Apple was not asked on a local-only dry run (a fork without secrets)', () => {
    const text = renderPrComment({
      identifier: 'Levels',
      manifestPath: 'm.json',
      localOnlyReason: 'no private key was given (a pull request from a fork gets no secrets)'
    })
    expect(text).toContain(
      "### ✅ Asset pack `Levels`: local checks passed (Apple's check skipped)"
    )
    expect(text).toContain(
      "| Apple's manifest check | ⏭️ skipped: no private key was given (a pull request from a " +
        'fork gets no secrets) |'
    )
    expect(text).toContain('| Archive | — none given (a dry run needs only the manifest) |')
  })

  it('reports a failure before Apple answered, a skip, and a publish', () => {
    const failed = renderPrComment({
      identifier: 'Levels',
      record: dryRun({}),
      error: 'App Store Connect refused the key (401)'
    })
    expect(failed).toContain('### ❌ Asset pack `Levels`: failed')
    expect(failed).toContain("| Apple's manifest check | — not reached: see the error below |")

    const skipped = renderPrComment({
      identifier: 'Levels',
      record: {
        ...newRecord('Levels', false),
        skipped: true,
        skipReason: 'This archive is already version 5.'
      }
    })
    expect(skipped).toContain('### ⏭️ Asset pack `Levels`: unchanged, not published')
    expect(skipped).toContain('This archive is already version 5.')

    const published = renderPrComment({
      identifier: 'Levels',
      record: {
        ...newRecord('Levels', false),
        version: '6',
        versionId: 'ver-6',
        versionSource: 'created',
        manifestState: 'COMPLETE',
        state: 'READY_FOR_TESTING',
        notes: ['WARN_1: a warning from Apple']
      }
    })
    expect(published).toContain(
      '### ✅ Asset pack `Levels`: version 6 published (READY_FOR_TESTING)'
    )
    expect(published).toContain('| State | **READY_FOR_TESTING** |')
    expect(published).toContain('- WARN_1: a warning from Apple')
  })
})
