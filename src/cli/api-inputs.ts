import { readPrivateKey } from '../engine/checks/key.js'
import { registerSecrets } from '../engine/checks/inputs.js'
import type { Problem } from '../engine/checks/problem.js'
import {
  parseSettings,
  type InputName,
  type RawInputs,
  type Settings
} from '../engine/checks/settings.js'
import type { Credentials } from '../engine/credentials.js'
import type { Logger } from '../engine/log.js'

/** Inputs that only publishing needs: a read-only command does not ask for them. */
const PUBLISH_ONLY = new Set<InputName>(['manifest-path', 'archive-path'])

export type ApiInputs =
  { ok: true; settings: Settings; credentials: Credentials } | { ok: false; problems: Problem[] }

/**
 * The settings and key of a read-only command (status, list), checked by the same rules as a
 * publish's: app-id, the key and its ID, api-base-url, the timing flags.
 */
export async function checkApiInputs(
  raw: RawInputs,
  logger: Logger,
  options: { appIdRequired: boolean }
): Promise<ApiInputs> {
  const secret = registerSecrets(raw, value => logger.secret(value))
  const parsed = parseSettings({ ...raw, 'dry-run': 'false' })
  const problems = parsed.problems.filter(
    p =>
      !PUBLISH_ONLY.has(p.input as InputName) &&
      !(p.input === 'app-id' && !options.appIdRequired && p.message.startsWith('is required'))
  )
  const { settings } = parsed
  const key = settings.key ? await readPrivateKey(settings.key, secret) : undefined
  problems.push(...(key?.problems ?? []))
  if (problems.length > 0 || !key?.key || !settings.keyId) return { ok: false, problems }
  return {
    ok: true,
    settings,
    credentials: { keyId: settings.keyId, issuerId: settings.issuerId, privateKey: key.key }
  }
}
