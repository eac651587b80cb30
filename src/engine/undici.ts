import type * as Undici from 'undici'

let loaded: Promise<typeof Undici> | undefined

/**
 * undici, imported on the first request rather than at start: 1.5 MB of the bundle that a run
 * sending no request (a local-only dry run, `plan`, `--help`) would otherwise compile for nothing.
 */
export function undici(): Promise<typeof Undici> {
  return (loaded ??= import('undici'))
}
