import { parseArgs } from 'node:util'

/** A bad command line: exit 2 with the message and a pointer to --help. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export interface FlagSpec {
  type: 'string' | 'boolean'
  /** Repeatable; the values are kept in order. */
  multiple?: boolean
  /** The value's placeholder in --help, e.g. `<digits>`. */
  value?: string
  help: string
}
export type Flags = Record<string, FlagSpec>
export type FlagValues = Record<string, string | boolean | string[] | undefined>

/** node:util's parseArgs, strict, with messages that say what to do. */
export function parseFlags(argv: string[], flags: Flags): FlagValues {
  const options = Object.fromEntries(
    Object.entries(flags).map(([name, spec]) => [
      name,
      { type: spec.type, ...(spec.multiple ? { multiple: true } : {}) }
    ])
  )
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true })
  } catch (error) {
    throw new UsageError(describeParseError(error, flags))
  }
  const [first] = parsed.positionals
  if (first !== undefined) {
    throw new UsageError(
      `unexpected argument '${first}'. Every value follows its flag; quote a glob so that ` +
        "the shell passes it whole: --manifest-path 'AssetPacks/*/Manifest.json'"
    )
  }
  return parsed.values as FlagValues
}

/** A string flag's value (the last one where repeated), or undefined. */
export function text(values: FlagValues, name: string): string | undefined {
  const value = values[name]
  if (Array.isArray(value)) return value.at(-1)
  return typeof value === 'string' ? value : undefined
}

/** A repeatable flag's values, one per line (the form the inputs take). */
export function lines(values: FlagValues, name: string): string | undefined {
  const value = values[name]
  if (Array.isArray(value)) return value.length > 0 ? value.join('\n') : undefined
  return typeof value === 'string' ? value : undefined
}

function describeParseError(error: unknown, flags: Flags): string {
  const message = error instanceof Error ? error.message : String(error)
  const code = (error as { code?: string }).code
  const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1]
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    const name = unknown.replace(/^-+/, '')
    const near = Object.keys(flags).find(f => f.startsWith(name) || name.startsWith(f))
    return `unknown flag '${unknown}'${near ? ` (did you mean --${near}?)` : ''}`
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /Option '(?:-\w, )?(--[\w-]+)/.exec(message)?.[1]
    const spec = flag ? flags[flag.slice(2)] : undefined
    if (flag && spec?.type === 'boolean') return `${flag} takes no value: write ${flag} alone`
    if (flag) return `${flag} needs a value: ${flag} ${spec?.value ?? '<value>'}`
  }
  return message
}
