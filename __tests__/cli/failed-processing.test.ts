// `publish --json` of a version that fails processing: every stateDetails entry and the upload
// file's delivery errors, verbatim, as arrays (not only inside the one-line error).
import { copyFixture, makeTempDir } from '../../__fixtures__/aar.js'
import { createSimulator } from '../../src/simulator/server.js'
import { FAST, jsonOf, keyEnv, runCli, simFlags } from './harness.js'

test('publish --json: state-details and delivery-errors, verbatim', async () => {
  const sim = await createSimulator({
    processingDelayMs: 100,
    manifestCheckDelayMs: 20,
    faults: {
      processingFailure: [
        { code: 'ASSET.CORRUPT', description: 'Block 3 does not decode.\nRebuild it.' }
      ],
      processingDetails: { infos: [{ code: 'INFO', description: 'Seen at 10:00.' }] }
    }
  })
  const { dir, remove } = await makeTempDir('cli-failed-')
  try {
    await copyFixture('Tutorial-Manifest.json', dir, 'Manifest.json')
    await copyFixture('Tutorial-lzfse.aar', dir, 'Tutorial.aar')
    const run = await runCli(
      [
        'publish',
        ...simFlags(sim),
        ...FAST,
        '--manifest-path',
        'Manifest.json',
        '--archive-path',
        'Tutorial.aar',
        '--json'
      ],
      { env: await keyEnv(sim, dir), cwd: dir }
    )
    expect(run.exitCode).toBe(1)
    const json = jsonOf(run)
    expect(json['state-details']).toEqual({
      errors: ['ASSET.CORRUPT: Block 3 does not decode.\nRebuild it.'],
      warnings: [],
      infos: ['INFO: Seen at 10:00.']
    })
    expect(json['delivery-errors']).toEqual([
      'ASSET Tutorial.aar: error: ASSET.CORRUPT: Block 3 does not decode.\nRebuild it.'
    ])
    expect(json.state).toBe('FAILED')
    // The log keeps Apple's line breaks.
    expect(run.stderr).toContain('  error: ASSET.CORRUPT: Block 3 does not decode.\nRebuild it.\n')
  } finally {
    await sim.close()
    await remove()
  }
})
