import type { Problem } from '../engine/checks/problem.js'
import { DEFAULTS, type InputName, type RawInputs } from '../engine/checks/settings.js'
import { lines, text, type FlagValues, type Flags } from './args.js'

/** The action's inputs as flags, by the same names (docs/interface.md, "The CLI"). */
export const INPUT_FLAGS = {
  'app-id': { type: 'string', value: '<digits>', help: "the app's Apple ID" },
  'key-id': { type: 'string', value: '<id>', help: 'API key ID (or ASC_KEY_ID)' },
  'issuer-id': {
    type: 'string',
    value: '<uuid>',
    help: 'issuer ID of a team key (or ASC_ISSUER_ID); none for an individual key'
  },
  'private-key': {
    type: 'string',
    value: '<pem|base64>',
    help: 'the .p8 key text or its base64 (or ASC_PRIVATE_KEY, ASC_PRIVATE_KEY_B64)'
  },
  'private-key-path': {
    type: 'string',
    value: '<file>',
    help: 'the .p8 key file (or ASC_PRIVATE_KEY_PATH)'
  },
  'manifest-path': {
    type: 'string',
    multiple: true,
    value: '<path|glob>',
    help: "Manifest.json (default: the archive's own); repeat it or use a quoted glob"
  },
  'archive-path': {
    type: 'string',
    multiple: true,
    value: '<path|glob>',
    help: 'the .aar; several: named <assetPackID>.aar or next to their manifest'
  },
  'asset-pack-identifier': {
    type: 'string',
    value: '<id>',
    help: "the pack's identifier (default: the manifest's assetPackID)"
  },
  'dry-run': { type: 'boolean', help: "local checks, then Apple's manifest check; no upload" },
  'wait-for': {
    type: 'string',
    value: '<what>',
    help: `uploaded, processed or ready-for-testing (default ${DEFAULTS['wait-for']})`
  },
  'timeout-minutes': {
    type: 'string',
    value: '<n>',
    help: `how long to wait (default ${DEFAULTS['timeout-minutes']})`
  },
  'poll-interval-seconds': {
    type: 'string',
    value: '<n>',
    help: `first interval between polls (default ${DEFAULTS['poll-interval-seconds']})`
  },
  'upload-concurrency': {
    type: 'string',
    value: '<n>',
    help: `parts uploaded at once, 1-32 (default ${DEFAULTS['upload-concurrency']})`
  },
  'pack-concurrency': {
    type: 'string',
    value: '<n>',
    help: `packs published at once, 1-10 (default ${DEFAULTS['pack-concurrency']})`
  },
  'archive-check': {
    type: 'string',
    value: '<how>',
    help: `full (decode every block) or manifest (stop at its own manifest; default ${DEFAULTS['archive-check']})`
  },
  'skip-unchanged': {
    type: 'boolean',
    help: "skip when this archive is already the pack's latest processed content"
  },
  'api-base-url': {
    type: 'string',
    value: '<url>',
    help: 'default https://api.appstoreconnect.apple.com; http only to loopback'
  },
  'submit-for-review': {
    type: 'string',
    value: '<mode>',
    help: 'true: submit to App Store review once processed; draft: add only (default false)'
  }
} as const satisfies Flags

/** Flags every command has. */
export const COMMON_FLAGS = {
  json: { type: 'boolean', help: 'print one JSON object on stdout (logs stay on stderr)' },
  verbose: { type: 'boolean', help: 'show debug lines' },
  help: { type: 'boolean', help: 'show this help' }
} as const satisfies Flags

export function pick<K extends keyof typeof INPUT_FLAGS>(
  ...names: K[]
): Pick<typeof INPUT_FLAGS, K> {
  return Object.fromEntries(names.map(n => [n, INPUT_FLAGS[n]])) as Pick<typeof INPUT_FLAGS, K>
}

/** Credentials from the environment, where no flag gives them. */
const ENV: Array<[InputName, string]> = [
  ['key-id', 'ASC_KEY_ID'],
  ['issuer-id', 'ASC_ISSUER_ID'],
  ['private-key', 'ASC_PRIVATE_KEY'],
  ['private-key', 'ASC_PRIVATE_KEY_B64'],
  ['private-key-path', 'ASC_PRIVATE_KEY_PATH']
]

export interface CliInputs {
  raw: RawInputs
  /** Which environment variable gave an input, for messages. */
  fromEnv: Partial<Record<InputName, string>>
}

/**
 * The flags and the environment as the action's raw inputs, so that one checker serves both.
 * A flag wins over the environment; a key given by flag ignores every key variable (so the two
 * never clash). ASC_PRIVATE_KEY_B64 is base64, which private-key accepts as it is.
 */
export function rawInputs(values: FlagValues, env: NodeJS.ProcessEnv): CliInputs {
  const raw: RawInputs = {}
  const fromEnv: CliInputs['fromEnv'] = {}
  for (const [name, spec] of Object.entries(INPUT_FLAGS) as [
    keyof typeof INPUT_FLAGS,
    { type: string }
  ][]) {
    if (!(name in values)) continue
    raw[name] =
      spec.type === 'boolean'
        ? String(values[name] === true)
        : (lines(values, name) ?? text(values, name))
  }
  const keyByFlag = raw['private-key'] !== undefined || raw['private-key-path'] !== undefined
  for (const [name, variable] of ENV) {
    const value = env[variable]?.trim()
    if (!value || raw[name] !== undefined) continue
    if (keyByFlag && (name === 'private-key' || name === 'private-key-path')) continue
    raw[name] = value
    fromEnv[name] = variable
  }
  return { raw, fromEnv }
}

/** A problem as the CLI names things: the flag (and the variable it came from). */
export function formatCliProblem(problem: Problem, fromEnv: CliInputs['fromEnv'] = {}): string {
  const source = fromEnv[problem.input as InputName]
  const flag = `--${problem.input}${source ? ` (${source})` : ''}`
  const at = problem.jsonPath ? ` at ${problem.jsonPath}` : ''
  const file = problem.file
    ? ` [${problem.file}${problem.line ? `:${problem.line}${problem.column ? `:${problem.column}` : ''}` : ''}]`
    : ''
  return `${flag}${at}: ${problem.message}${file}`
}
