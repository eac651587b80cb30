/**
 * Archiving a pack, or asking Apple to unarchive one. Archiving removes every version from
 * TestFlight and the App Store and the identifier can never be used again (apple-facts.md,
 * "Managing packs"), so a result is reported only once App Store Connect shows it: Apple's PATCH
 * has been seen to take over a minute, or to answer 500 and archive anyway. After such an
 * ambiguous failure the pack is read back (for a while) before anything is reported.
 */
import type { Env } from '../asc/env.js'
import { ApiError, NetworkError } from '../asc/errors.js'
import { patchArchived } from '../asc/packs.js'
import type { AscClient } from '../asc/resources.js'
import type { BackgroundAsset } from '../asc/schemas.js'
import type { Logger } from '../log.js'
import { PublishError } from '../publish/errors.js'

export interface ArchiveOptions {
  logger: Logger
  env: Env
  signal?: AbortSignal
  /** How long the PATCH may take (default: the client module's ARCHIVE_TIMEOUT_MS). */
  timeoutMs?: number
  /** After an ambiguous failure: read the pack back every `intervalMs` for up to `forMs`. */
  readBack?: { intervalMs: number; forMs: number }
  /** A line every this long while the PATCH is pending (default 20 s). */
  heartbeatMs?: number
}

export interface ArchiveOutcome {
  pack: BackgroundAsset
  /**
   * How the result is known: Apple's answer, a read-back after an ambiguous failure (`error`
   * says which), or nothing to do (the pack was in that state already; nothing was sent).
   */
  confirmedBy: 'answer' | 'read-back' | 'already'
  /** The ambiguous failure that the read-back resolved. */
  error?: string
  ms: number
}

/** The PATCH failed ambiguously and App Store Connect still does not show the change. */
export class ArchiveUnconfirmedError extends PublishError {}

const READ_BACK = { intervalMs: 5_000, forMs: 2 * 60_000 }

export async function setArchived(
  client: AscClient,
  pack: BackgroundAsset,
  archived: boolean,
  options: ArchiveOptions
): Promise<ArchiveOutcome> {
  const { logger, env, signal } = options
  const started = env.now()
  const done = (p: BackgroundAsset, confirmedBy: ArchiveOutcome['confirmedBy'], error?: string) =>
    ({ pack: p, confirmedBy, error, ms: env.now() - started }) satisfies ArchiveOutcome
  if ((pack.attributes?.archived === true) === archived) return done(pack, 'already')

  const name = `'${pack.attributes?.assetPackIdentifier ?? pack.id}' (${pack.id})`
  logger.info(
    `${archived ? 'Archiving' : 'Unarchiving'} asset pack ${name}; Apple may take a minute or more to answer.`
  )
  const heartbeat = setInterval(
    () => logger.info(`Still waiting for App Store Connect (${secondsSince(env, started)} s)…`),
    options.heartbeatMs ?? 20_000
  )
  heartbeat.unref()
  let failure: unknown
  try {
    const answered = await patchArchived(client, pack.id, archived, {
      signal,
      timeoutMs: options.timeoutMs
    })
    if ((answered.attributes?.archived === true) === archived) return done(answered, 'answer')
    failure = new Error(
      `App Store Connect answered with archived ${String(answered.attributes?.archived)}`
    )
  } catch (error) {
    if (!isAmbiguous(error)) throw error
    failure = error
  } finally {
    clearInterval(heartbeat)
  }

  // Apple's words without the client's generic hint (which is about creates, not this PATCH).
  const why = (failure instanceof Error ? failure.message : String(failure)).replace(
    /\s*\n\s*/g,
    ' '
  )
  logger.warning(`${why} Reading the pack back before reporting: the change may have happened.`)
  const { intervalMs, forMs } = options.readBack ?? READ_BACK
  const deadline = env.now() + forMs
  for (let reads = 1; ; reads++) {
    const seen = await client.getPack(pack.id, signal)
    if ((seen.attributes?.archived === true) === archived) {
      logger.info(`Read back: the pack is ${archived ? 'archived' : 'not archived'}.`)
      return done(seen, 'read-back', why)
    }
    if (env.now() + intervalMs > deadline) {
      throw new ArchiveUnconfirmedError(
        `${archived ? 'Archiving' : 'Unarchiving'} asset pack ${name} is unconfirmed: ${why}. ` +
          `Read back ${reads} time(s) over ${secondsSince(env, started)} s, App Store Connect still shows it ` +
          `${archived ? 'not archived' : 'archived'}. Apple may still be working on it: check with ` +
          '`publish-asset-pack status` later, or run the command again (the change is safe to repeat).'
      )
    }
    await env.sleep(intervalMs, signal)
  }
}

/** A 5xx, a dropped connection or a timeout on the PATCH: it may have been carried out. */
function isAmbiguous(error: unknown): boolean {
  return (error instanceof ApiError || error instanceof NetworkError) && error.ambiguous
}

function secondsSince(env: Env, started: number): number {
  return Math.round((env.now() - started) / 1000)
}
