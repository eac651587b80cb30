import { join } from 'node:path'
import { copyFixture, makeTempDir } from '../../__fixtures__/aar.js'
import {
  createSimulator,
  type Simulator,
  type SimulatorOptions
} from '../../src/simulator/server.js'

/** A temp dir holding the Tutorial pack, and a simulator per test; both cleaned up after it. */
export interface Workspace {
  /** The test's temp dir, with Manifest.json and Tutorial.aar in it. */
  readonly dir: string
  /** Starts this test's simulator (short delays unless told otherwise). */
  start(options?: SimulatorOptions): Promise<Simulator>
  /** The inputs that point the action at the simulator with its key and the pack's manifest. */
  inputs(sim: Simulator): Record<string, string>
}

/** Registers the hooks that make and remove a workspace around each test of the file. */
export function useWorkspace(): Workspace {
  let dir = ''
  let remove: () => Promise<void> = async () => undefined
  let sim: Simulator | undefined
  beforeEach(async () => {
    ;({ dir, remove } = await makeTempDir())
    await copyFixture('Tutorial-Manifest.json', dir, 'Manifest.json')
    await copyFixture('Tutorial-lzfse.aar', dir, 'Tutorial.aar')
  })
  afterEach(async () => {
    await sim?.close()
    sim = undefined
    await remove()
  })
  return {
    get dir() {
      return dir
    },
    async start(options = {}) {
      sim = await createSimulator({ processingDelayMs: 200, manifestCheckDelayMs: 50, ...options })
      return sim
    },
    inputs: s => ({
      'app-id': s.appId,
      'key-id': s.key.keyId,
      'issuer-id': s.key.issuerId ?? '',
      'private-key': s.key.privateKeyPem,
      'manifest-path': join(dir, 'Manifest.json'),
      'api-base-url': s.url,
      'poll-interval-seconds': '1',
      'timeout-minutes': '2'
    })
  }
}
