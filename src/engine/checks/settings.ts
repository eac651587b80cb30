import '../zod-config.js'
// zod/mini, not classic zod: a local-only run builds only the checks' schemas, and loads
// faster without classic's API (classic loads with the API client's schemas, in a publish).
import * as z from 'zod/mini'
import { isLoopbackHost } from '../asc/url-safety.js'
import type { Problem } from './problem.js'

/** The step's inputs by their public names (../docs/interface.md), as raw strings. */
export const INPUT_NAMES = [
  'app-id',
  'key-id',
  'issuer-id',
  'private-key',
  'private-key-path',
  'manifest-path',
  'archive-path',
  'asset-pack-identifier',
  'dry-run',
  'wait-for',
  'timeout-minutes',
  'poll-interval-seconds',
  'upload-concurrency',
  'pack-concurrency',
  'skip-unchanged',
  'api-base-url',
  'github-token',
  'comment-on-pr',
  'archive-check',
  'submit-for-review'
] as const
export type InputName = (typeof INPUT_NAMES)[number]
export type RawInputs = Partial<Record<InputName, string>>

export const WAIT_FOR = ['uploaded', 'processed', 'ready-for-testing'] as const
export type WaitFor = (typeof WAIT_FOR)[number]

/** How much of the archive the offline check reads: all of it, or up to its own manifest. */
export const ARCHIVE_CHECK = ['full', 'manifest'] as const
export type ArchiveCheckMode = (typeof ARCHIVE_CHECK)[number]
/** submit-for-review: `true` submits to App Store review, `draft` leaves the submission open. */
export type SubmitForReview = 'false' | 'true' | 'draft'

/** App Store Connect's rule for asset pack identifiers (stricter than ba-package's). */
export const PACK_IDENTIFIER = /^[A-Za-z0-9-]+$/

export const DEFAULTS = {
  'wait-for': 'ready-for-testing',
  'timeout-minutes': '60',
  'poll-interval-seconds': '15',
  'upload-concurrency': '4',
  'pack-concurrency': '3',
  'archive-check': 'full',
  'api-base-url': 'https://api.appstoreconnect.apple.com'
} as const satisfies RawInputs

/** Where the private key comes from; read and checked in key.ts. */
export type KeyInput = { input: 'private-key' | 'private-key-path'; value: string }

/** Everything a run needs to know, checked; nothing here has touched the network. */
export interface Settings {
  appId?: string
  keyId?: string
  issuerId?: string
  key?: KeyInput
  /** Absent when an archive is given alone: its own manifest is used. */
  manifestPath?: string
  archivePath?: string
  archiveCheck: ArchiveCheckMode
  assetPackIdentifier?: string
  dryRun: boolean
  waitFor: WaitFor
  timeoutMinutes: number
  pollIntervalSeconds: number
  uploadConcurrency: number
  /** Packs published at once when manifest-path names several (one client, one rate-limit budget). */
  packConcurrency: number
  skipUnchanged: boolean
  apiBaseUrl: URL
  githubToken?: string
  commentOnPr: boolean
  submitForReview: SubmitForReview
  /** Why the run talks to no API (a dry run without credentials), or undefined. */
  localOnlyReason?: string
}

const boolean = z.enum(['true', 'True', 'TRUE', 'false', 'False', 'FALSE'], {
  error: "must be 'true' or 'false'"
})
const number = (message: string, check: (n: number) => boolean) => {
  const digits = z.string().check(z.regex(/^\s*\d+(\.\d+)?\s*$/, { error: message }))
  return z.pipe(digits, z.transform(Number)).check(z.refine(check, { error: message }))
}

const FIELDS = {
  'app-id': z.string().check(
    z.regex(/^\d+$/, {
      error:
        "must be the app's Apple ID: digits only, as shown in App Store Connect > App Information"
    })
  ),
  'key-id': z.string().check(
    z.regex(/^[A-Z0-9]{10}$/, {
      error:
        'must be an App Store Connect API key ID: 10 upper-case letters and digits, e.g. 2X9R4HXF34'
    })
  ),
  // Apple's issuer IDs are UUID-shaped but not always RFC 4122 variants: check the shape only.
  'issuer-id': z.string().check(
    z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
      error:
        'must be the issuer ID shown above the team keys in App Store Connect: a UUID like ' +
        '57246542-96fe-1a63-e053-0824d011072a (leave it empty for an individual key)'
    })
  ),
  'asset-pack-identifier': z.string().check(
    z.regex(PACK_IDENTIFIER, {
      error:
        'must contain only letters, digits and hyphens: App Store Connect rejects other characters ' +
        '(dots and underscores included) with "Found invalid values", though ba-package accepts them'
    })
  ),
  'dry-run': boolean,
  'skip-unchanged': boolean,
  'comment-on-pr': boolean,
  'wait-for': z.enum(WAIT_FOR, { error: `must be one of ${WAIT_FOR.join(', ')}` }),
  'archive-check': z.enum(ARCHIVE_CHECK, {
    error:
      "must be 'full' (decode every block and walk every entry) or 'manifest' (stop once the " +
      "archive's own manifest is read)"
  }),
  'submit-for-review': z.pipe(
    z.enum(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'draft'], {
      error: "must be 'false', 'true' (submit to App Store review) or 'draft' (add, don't submit)"
    }),
    z.transform(v => v.toLowerCase() as SubmitForReview)
  ),
  'timeout-minutes': number('must be a number of minutes greater than 0', n => n > 0),
  'poll-interval-seconds': number('must be a number of seconds, at least 1', n => n >= 1),
  'upload-concurrency': number('must be a whole number from 1 to 32', n => {
    return Number.isInteger(n) && n >= 1 && n <= 32
  }),
  'pack-concurrency': number('must be a whole number from 1 to 10', n => {
    return Number.isInteger(n) && n >= 1 && n <= 10
  }),
  'api-base-url': z.pipe(
    z.string(),
    z.transform((text: string, ctx) => {
      const problem = checkBaseUrl(text)
      if (typeof problem === 'string') {
        // zod/mini's transform context has no addIssue (classic's has): push the issue itself.
        ctx.issues.push({ code: 'custom', message: problem, input: text })
        return z.NEVER
      }
      return problem
    })
  )
} satisfies Partial<Record<InputName, z.ZodMiniType>>

type Parsed = { [K in keyof typeof FIELDS]?: z.output<(typeof FIELDS)[K]> }

/**
 * Checks the raw inputs and returns typed settings with every problem found. The settings
 * are usable only when there are no problems; they are returned anyway so that the file
 * checks can still run and report their problems in the same pass.
 */
export function parseSettings(raw: RawInputs): { settings: Settings; problems: Problem[] } {
  const value = (name: InputName): string | undefined => {
    const text = (raw[name] ?? '').trim()
    return text === '' ? undefined : text
  }
  const problems: Problem[] = []
  const parsed: Parsed = {}
  for (const [name, schema] of Object.entries(FIELDS) as [keyof typeof FIELDS, z.ZodMiniType][]) {
    const text = value(name) ?? (DEFAULTS as RawInputs)[name]
    if (text === undefined) continue
    const result = schema.safeParse(text)
    if (result.success) (parsed as Record<string, unknown>)[name] = result.data
    else problems.push({ input: name, message: `${quote(text)} ${result.error.issues[0].message}` })
  }

  const keyText = value('private-key')
  const keyPath = value('private-key-path')
  if (keyText && keyPath) {
    problems.push({
      input: 'private-key-path',
      message: 'is set together with private-key; give the key one way only'
    })
  }
  const key: KeyInput | undefined = keyText
    ? { input: 'private-key', value: keyText }
    : keyPath
      ? { input: 'private-key-path', value: keyPath }
      : undefined

  const dryRun = isTrue(parsed['dry-run'])
  const keyId = value('key-id')
  const appId = value('app-id')
  // A pull request from a fork gets no secrets: a dry run then checks locally and says so.
  const localOnlyReason =
    dryRun && !key
      ? 'no private key was given (a pull request from a fork gets no secrets)'
      : undefined
  if (!localOnlyReason) {
    if (!appId) problems.push(required('app-id', "the app's Apple ID (digits)"))
    if (!keyId) problems.push(required('key-id', 'the ID of an App Store Connect API key'))
    if (!key) {
      problems.push(
        required('private-key', 'the .p8 key text (or its base64), or set private-key-path')
      )
    }
  }
  const submitForReview = parsed['submit-for-review'] ?? 'false'
  if (dryRun && submitForReview !== 'false') {
    problems.push({
      input: 'submit-for-review',
      message: `is '${submitForReview}' in a dry run: a dry run publishes nothing, so nothing can go to App Store review; set dry-run or submit-for-review to false`
    })
  }
  const manifestPath = value('manifest-path')
  const archivePath = value('archive-path')
  if (!manifestPath && !archivePath) {
    problems.push(
      required('manifest-path', 'the path of the Manifest.json (or give archive-path alone)')
    )
  }
  if (!archivePath && !dryRun) {
    problems.push(required('archive-path', 'the path of the .aar made by ba-package'))
  }
  return {
    problems,
    settings: {
      appId,
      keyId,
      issuerId: value('issuer-id'),
      key,
      manifestPath,
      archivePath,
      archiveCheck: parsed['archive-check'] ?? 'full',
      assetPackIdentifier: value('asset-pack-identifier'),
      dryRun,
      waitFor: parsed['wait-for'] ?? 'ready-for-testing',
      timeoutMinutes: parsed['timeout-minutes'] ?? 60,
      pollIntervalSeconds: parsed['poll-interval-seconds'] ?? 15,
      uploadConcurrency: parsed['upload-concurrency'] ?? 4,
      packConcurrency: parsed['pack-concurrency'] ?? 3,
      skipUnchanged: isTrue(parsed['skip-unchanged']),
      apiBaseUrl: parsed['api-base-url'] ?? new URL(DEFAULTS['api-base-url']),
      githubToken: value('github-token'),
      commentOnPr: isTrue(parsed['comment-on-pr']),
      submitForReview,
      localOnlyReason
    }
  }
}

/** https anywhere; plain http only to this machine (the simulator). */
export function checkBaseUrl(text: string): URL | string {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return `${quote(text)} is not a URL; expected e.g. https://api.appstoreconnect.apple.com`
  }
  if (url.username || url.password || url.search || url.hash) {
    return `${quote(text)} must not carry credentials, a query or a fragment`
  }
  if (url.protocol === 'https:') return url
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url
  return (
    `${quote(text)} must use https; plain http is allowed only for a loopback host ` +
    '(127.0.0.1, ::1, localhost), such as the bundled simulator'
  )
}

function isTrue(value: string | undefined): boolean {
  return value?.toLowerCase() === 'true'
}

function required(input: InputName, expected: string): Problem {
  return { input, message: `is required: expected ${expected}` }
}

/** Quotes a value for a message; a long or key-like value (a secret pasted in the wrong place) is not. */
function quote(text: string): string {
  return text.length > 64 || /-----|\n/.test(text) ? 'The value given' : `'${text}'`
}
