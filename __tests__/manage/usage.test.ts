// recordUsage against the simulator: the pack's usedBytes and the app's total into the record,
// the warning from 80 % once per client (the packs of one run share it), failures swallowed.
import { importPKCS8 } from 'jose'
import { AscClient } from '../../src/engine/asc/resources.js'
import { MemoryLogger } from '../../src/engine/log.js'
import { recordUsage } from '../../src/engine/manage/usage.js'
import { newRecord } from '../../src/engine/publish/record.js'
import { createSimulator } from '../../src/simulator/server.js'

const asset = (fileSize: number) => [
  { assetType: 'ASSET' as const, fileName: 'x.aar', fileSize, state: 'COMPLETE' as const }
]

test('usage into the record; the 80 % warning once per client; errors only logged', async () => {
  const sim = await createSimulator({
    state: {
      packs: [
        {
          id: 'a',
          assetPackIdentifier: 'Alpha',
          versions: [{ state: 'COMPLETE', uploadFiles: asset(90e9) }]
        },
        {
          id: 'b',
          assetPackIdentifier: 'Bravo',
          versions: [{ state: 'COMPLETE', uploadFiles: asset(80e9) }]
        }
      ]
    }
  })
  const logger = new MemoryLogger()
  const client = new AscClient({
    credentials: {
      keyId: sim.key.keyId,
      issuerId: sim.key.issuerId ?? undefined,
      privateKey: await importPKCS8(sim.key.privateKeyPem, 'ES256')
    },
    logger,
    baseUrl: sim.url
  })
  try {
    const alpha = { ...newRecord('Alpha', false), assetPackId: 'a' }
    const bravo = { ...newRecord('Bravo', false), assetPackId: 'b' }
    await recordUsage(client, sim.appId, alpha, { logger })
    await recordUsage(client, sim.appId, bravo, { logger })
    expect(alpha.usage).toMatchObject({ packUsedBytes: 90e9, appUsedBytes: 170e9, packs: 2 })
    expect(bravo.usage?.packUsedBytes).toBe(80e9)
    expect(bravo.usage?.warnings).toHaveLength(1)
    expect(logger.lines.filter(l => l.startsWith('warning:'))).toEqual([
      expect.stringMatching(/^warning: The app's asset packs use 170\.0 GB of 200 GB \(85\.0 %\)/)
    ])
    expect(logger.lines).toContain(
      "Pack 'Alpha' uses 90.0 GB; the app's packs use 170.0 GB of 200 GB (85.0 %), 2 of 100 packs (2.0 %)."
    )

    const missing = { ...newRecord('Alpha', false), assetPackId: 'a' }
    await recordUsage(client, '999', missing, { logger })
    expect(missing.usage).toBeUndefined()
    expect(logger.lines.at(-1)).toMatch(/^debug: Could not read the app's usage: .*404/)
  } finally {
    await client.close()
    await sim.close()
  }
})
