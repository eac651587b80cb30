// The three workflows users run, through dist/index.js against the simulator:
// the pull-request dry run, the tag publish, the scheduled refresh with skip-unchanged.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeAssetPackArchive } from '../../__fixtures__/aar.js'
import type { Simulator } from '../../src/simulator/server.js'
import { runAction, type ActionRun } from './harness.js'
import { useWorkspace } from './workspace.js'

const ws = useWorkspace()
const start = ws.start

function run(s: Simulator, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({ ...ws.inputs(s), ...inputs })
}

const pending = (s: Simulator) =>
  s.snapshot().versions.filter(v => v.state === 'AWAITING_UPLOAD').length

describe('pull-request dry run', () => {
  test("a valid manifest gets Apple's verdict and nothing is published", async () => {
    const s = await start()
    const check = await run(s, { 'dry-run': 'true' })
    expect(check.errors).toEqual([])
    expect(check.exitCode).toBe(0)
    expect(check.outputs['manifest-upload-file-id']).toMatch(/\S/)
    expect(check.outputs['asset-upload-file-id']).toBe('')
    expect(s.snapshot().uploadFiles.map(f => f.assetType)).toEqual(['MANIFEST'])
    expect(check.summary).toContain('manifest accepted by Apple (dry run, nothing published)')
    expect(check.summary).toContain('Apple: COMPLETE')
  })

  test("Apple's refusal fails the check with Apple's words", async () => {
    const s = await start({
      faults: { manifestFailure: [{ code: 'ITMS-91139', description: 'Platforms mismatch.' }] }
    })
    const check = await run(s, { 'dry-run': 'true' })
    expect(check.exitCode).toBe(1)
    expect(check.errors.join('\n')).toContain('ITMS-91139: Platforms mismatch.')
    expect(check.summary).toContain('Manifest error')
  })

  test('repeated dry runs leave one pending version, which the publish then uses', async () => {
    const s = await start()
    const checks = [await run(s, { 'dry-run': 'true' }), await run(s, { 'dry-run': 'true' })]
    expect(checks.map(c => c.exitCode)).toEqual([0, 0])
    expect(pending(s)).toBe(1)
    expect(checks[1].summary).toContain('reused: left AWAITING_UPLOAD by an earlier run')
    // The same manifest already passed on that version: it is not sent again.
    expect(s.snapshot().uploadFiles).toHaveLength(1)

    const published = await run(s, { 'archive-path': join(ws.dir, 'Tutorial.aar') })
    expect(published.exitCode).toBe(0)
    expect(published.outputs['version-id']).toBe(checks[0].outputs['version-id'])
    expect(s.snapshot().versions).toHaveLength(1)
  })

  test('a changed manifest on a pending version gets a new version', async () => {
    const s = await start()
    await run(s, { 'dry-run': 'true' })
    const manifest = JSON.parse(await readFile(join(ws.dir, 'Manifest.json'), 'utf8'))
    manifest.platforms = ['iOS']
    await writeFile(join(ws.dir, 'Manifest.json'), JSON.stringify(manifest))
    const second = await run(s, { 'dry-run': 'true' })
    expect(second.exitCode).toBe(0)
    expect(second.stdout).toContain('already has a different manifest; creating a new version')
    expect(s.snapshot().versions).toHaveLength(2)
  })
})

describe('scheduled refresh with skip-unchanged', () => {
  test('an unchanged archive is skipped; a changed one is published', async () => {
    const s = await start()
    const archive = join(ws.dir, 'Tutorial.aar')
    const first = await run(s, { 'archive-path': archive, 'skip-unchanged': 'true' })
    expect(first.outputs).toMatchObject({ version: '1', skipped: 'false' })

    const same = await run(s, { 'archive-path': archive, 'skip-unchanged': 'true' })
    expect(same.exitCode).toBe(0)
    expect(same.outputs).toMatchObject({
      skipped: 'true',
      version: '1',
      'version-id': first.outputs['version-id'],
      'asset-pack-id': first.outputs['asset-pack-id'],
      state: 'READY_FOR_TESTING'
    })
    expect(same.summary).toContain('unchanged, not published')
    expect(same.summary).toContain('App Store Connect confirms version 1 holds this archive')
    expect(s.snapshot().versions).toHaveLength(1)

    const changed = join(ws.dir, 'Changed.aar')
    await writeAssetPackArchive(changed, {
      files: { 'Levels/1.json': Buffer.from('{"level":1}') },
      manifest: JSON.parse(await readFile(join(ws.dir, 'Manifest.json'), 'utf8'))
    })
    const next = await run(s, { 'archive-path': changed, 'skip-unchanged': 'true' })
    expect(next.exitCode).toBe(0)
    expect(next.outputs).toMatchObject({ skipped: 'false', version: '2' })
  })
})
