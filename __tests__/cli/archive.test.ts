// `archive` and `unarchive` against the simulator: the refusals (no terminal without --yes, the
// wrong identifier typed at a real terminal), --yes, a 500 that archived anyway (read back), a
// slow PATCH, and Apple's refusal to unarchive.
import { makeTempDir } from '../../__fixtures__/aar.js'
import { createSimulator, type Simulator } from '../../src/simulator/server.js'
import { jsonOf, keyEnv, runCli, simFlags } from './harness.js'
import { runCliInTerminal } from './pty.js'

let sim: Simulator
let remove: () => Promise<void>
let env: Record<string, string>

const PATCHES = { operationId: 'backgroundAssets_updateInstance' }
const PROMPT = /Type the identifier \(Levels\) to confirm: $/

beforeEach(async () => {
  sim = await createSimulator({
    state: {
      packs: [
        {
          id: 'p-levels',
          assetPackIdentifier: 'Levels',
          versions: [
            {
              state: 'COMPLETE',
              uploadFiles: [
                { assetType: 'ASSET', fileName: 'Levels.aar', fileSize: 5e6, state: 'COMPLETE' }
              ]
            }
          ]
        },
        { id: 'p-old', assetPackIdentifier: 'Old', archived: true }
      ]
    }
  })
  const temp = await makeTempDir('cli-archive-')
  remove = temp.remove
  env = await keyEnv(sim, temp.dir)
})

afterEach(async () => {
  await sim.close()
  await remove()
})

const archived = (id: string) => sim.state.packs.get(id)?.archived

test('without a terminal and without --yes: refused before any request', async () => {
  const run = await runCli(['archive', ...simFlags(sim), '--asset-pack-identifier', 'Levels'], {
    env
  })
  expect(run.exitCode).toBe(2)
  expect(run.stderr).toMatch(/--yes: is required where stdin is not a terminal/)
  expect(sim.requests).toHaveLength(0)
  expect(archived('p-levels')).toBe(false)

  const json = await runCli(
    ['unarchive', ...simFlags(sim), '--asset-pack-identifier', 'Old', '--json'],
    { env }
  )
  expect(json.exitCode).toBe(2)
  expect(jsonOf(json).error).toMatch(/nothing was sent/)
  expect(sim.requests).toHaveLength(0)
})

test('--yes archives; a second run finds it archived and sends nothing', async () => {
  const run = await runCli(
    ['archive', ...simFlags(sim), '--asset-pack-identifier', 'Levels', '--yes', '--json'],
    { env }
  )
  expect(run.exitCode).toBe(0)
  expect(jsonOf(run)).toMatchObject({
    'asset-pack-identifier': 'Levels',
    'asset-pack-id': 'p-levels',
    archived: true,
    changed: true,
    'confirmed-by': 'answer'
  })
  expect(archived('p-levels')).toBe(true)

  const again = await runCli(
    ['archive', ...simFlags(sim), '--asset-pack-identifier', 'Levels', '--yes'],
    { env }
  )
  expect(again.exitCode).toBe(0)
  expect(again.stdout).toBe('✔ Levels (p-levels) is archived already; nothing was sent.\n')
  expect(sim.count(PATCHES)).toBe(1)
})

test('a 500 that archived anyway: read back and reported archived, the PATCH sent once', async () => {
  sim.faults.options.archiveThen500 = 1
  const run = await runCli(
    ['archive', ...simFlags(sim), '--asset-pack-identifier', 'Levels', '--yes'],
    { env }
  )
  expect(run.exitCode).toBe(0)
  expect(run.stderr).toMatch(/answered 500 to PATCH \/v1\/backgroundAssets\/p-levels/)
  expect(run.stderr).toMatch(/Reading the pack back before reporting/)
  expect(run.stdout).toMatch(
    /^✔ Levels \(p-levels\) archived in \d+\.\d s\.\n {2}Apple's answer was a failure \(App Store Connect answered 500 .*\), but reading the pack back shows it archived\.\n$/
  )
  expect(sim.count(PATCHES)).toBe(1)
})

test('a slow PATCH is waited for', async () => {
  sim.faults.options.slowArchiveMs = 1500
  const run = await runCli(
    ['archive', ...simFlags(sim), '--asset-pack-identifier', 'Levels', '--yes', '--json'],
    { env }
  )
  expect(run.exitCode).toBe(0)
  const json = jsonOf(run)
  expect(json).toMatchObject({ archived: true, 'confirmed-by': 'answer' })
  expect(json.seconds).toBeGreaterThanOrEqual(1.5)
  expect(run.stderr).toMatch(/Apple may take a minute or more to answer/)
})

test('at a terminal: the identifier typed right archives', async () => {
  const run = await runCliInTerminal(
    ['archive', ...simFlags(sim), '--asset-pack-identifier', 'Levels'],
    { env, prompt: PROMPT, answer: 'Levels' }
  )
  expect(run.exitCode).toBe(0)
  expect(run.screen).toMatch(
    /This archives asset pack 'Levels' \(p-levels, 5\.00 MB used\) of app \d+\.\nEvery version leaves TestFlight and the App Store, and the identifier can never be used again\.\nType the identifier \(Levels\) to confirm: Levels\n/
  )
  expect(run.screen).toMatch(/✔ Levels \(p-levels\) archived in/)
  expect(archived('p-levels')).toBe(true)
})

test('at a terminal: a wrong identifier is refused and nothing is sent', async () => {
  const run = await runCliInTerminal(
    ['archive', ...simFlags(sim), '--asset-pack-identifier', 'Levels'],
    { env, prompt: PROMPT, answer: 'levels' }
  )
  expect(run.exitCode).toBe(2)
  expect(run.screen).toMatch(
    /Refused: you typed 'levels', not 'Levels'\. Nothing was sent; the pack is unchanged\./
  )
  expect(sim.count(PATCHES)).toBe(0)
  expect(archived('p-levels')).toBe(false)
})

test("unarchive: Apple's refusal shown as it is; a pack not archived sends nothing", async () => {
  const refused = await runCli(
    ['unarchive', ...simFlags(sim), '--asset-pack-identifier', 'Old', '--yes', '--json'],
    { env }
  )
  expect(refused.exitCode).toBe(1)
  expect(jsonOf(refused).error).toMatch(/409 .*An archived asset pack can not be restored/)
  expect(sim.count(PATCHES)).toBe(1)

  const nothing = await runCli(
    ['unarchive', ...simFlags(sim), '--asset-pack-identifier', 'Levels', '--yes'],
    { env }
  )
  expect(nothing.exitCode).toBe(0)
  expect(nothing.stdout).toMatch(/is not archived already; nothing was sent/)
  expect(sim.count(PATCHES)).toBe(1)
})

test('a pack that does not exist: exit 1, nothing archived', async () => {
  const run = await runCli(
    ['archive', ...simFlags(sim), '--asset-pack-identifier', 'Nope', '--yes'],
    { env }
  )
  expect(run.exitCode).toBe(1)
  expect(run.stderr).toMatch(/no asset pack 'Nope'/)
  expect(sim.count(PATCHES)).toBe(0)
})
