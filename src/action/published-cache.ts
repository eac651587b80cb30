import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type * as ActionsCache from '@actions/cache'
import type { Logger } from '../engine/log.js'

/**
 * skip-unchanged's memory: which archive each pack last published, kept in the Actions cache.
 *
 * Actions caches are immutable (a key, once saved, is never overwritten) and branch-scoped (a run
 * reads the caches of its own ref and of the default branch, and writes only its own ref's). So
 * there is no "latest" entry to update: every publish saves a new key
 *
 *   publish-asset-pack-v1_<appId>_<identifier>_<sha256>_<assetPackId>_<version>_<versionId>
 *
 * and a lookup asks for the key prefix `publish-asset-pack-v1_<appId>_<identifier>_`, for which
 * the service returns the most recently created entry: the pack's latest publish. The archive is
 * unchanged when that entry's SHA-256 is this archive's, which is right also after A → B → A.
 * Everything the outputs need is in the key itself, so the lookup downloads nothing
 * (`lookupOnly`); the cached file is a small JSON copy of the same facts, for people.
 *
 * Scheduled workflows run on the default branch, whose caches every branch can read; entries
 * saved by a tag or a feature-branch run are visible only to runs of that ref. The cache
 * version hashes the cached path and the compression tool, so save and lookup must run on the
 * same kind of runner (as the jobs of one scheduled workflow do).
 *
 * The cache answers "not that we know of" at worst: when it is unavailable the caller publishes.
 * The lead's engine confirms against App Store Connect where Apple exposes the committed checksum.
 */

/** The part of @actions/cache used here; loaded lazily, injectable for tests. */
export type CacheApi = Pick<
  typeof ActionsCache,
  'isFeatureAvailable' | 'restoreCache' | 'saveCache'
>

export interface PackRef {
  appId: string
  identifier: string
}

/** One remembered publish, as read back from its key. */
export interface PublishedEntry {
  sha256: string
  assetPackId?: string
  version?: string
  versionId?: string
  key: string
}

export interface PublishedLookup {
  /** True when this archive is the pack's latest remembered publish. */
  published: boolean
  /** The pack's latest remembered publish, whatever its archive. */
  latest?: PublishedEntry
}

export interface CacheOptions {
  logger: Logger
  /** Defaults to @actions/cache, imported on first use. */
  cache?: CacheApi
  /** Where the cached file lives; RUNNER_TEMP (else the OS's temp directory) by default. */
  tempDir?: string
}

const KEY_VERSION = 'publish-asset-pack-v1'

/** The prefix shared by every key of one pack of one app. */
export function packKeyPrefix(ref: PackRef): string {
  return `${KEY_VERSION}_${field(ref.appId)}_${field(ref.identifier)}_`
}

/** The immutable key of one publish. */
export function publishedKey(ref: PackRef, entry: Omit<PublishedEntry, 'key'>): string {
  const rest = [entry.assetPackId, entry.version, entry.versionId].map(v => field(v ?? ''))
  return `${packKeyPrefix(ref)}${entry.sha256.toLowerCase()}_${rest.join('_')}`
}

/** Reads a key of this pack back; undefined for a key of another shape. */
export function parsePublishedKey(ref: PackRef, key: string): PublishedEntry | undefined {
  const prefix = packKeyPrefix(ref)
  if (!key.startsWith(prefix)) return undefined
  const parts = key.slice(prefix.length).split('_')
  if (parts.length !== 4 || !/^[0-9a-f]{64}$/.test(parts[0])) return undefined
  try {
    const [assetPackId, version, versionId] = parts.slice(1).map(p => decodeURIComponent(p))
    return {
      sha256: parts[0],
      assetPackId: assetPackId || undefined,
      version: version || undefined,
      versionId: versionId || undefined,
      key
    }
  } catch {
    return undefined
  }
}

/**
 * Whether this archive is the pack's latest remembered publish. Resolves undefined ("unknown")
 * when the cache service is unavailable or the lookup throws, after a warning: the caller then
 * publishes. @actions/cache itself turns a failed request into a warning of its own and a miss,
 * which leads to the same publish.
 */
export async function wasPublished(
  ref: PackRef & { sha256: string },
  options: CacheOptions
): Promise<PublishedLookup | undefined> {
  const { logger } = options
  const sha256 = ref.sha256.toLowerCase()
  try {
    const cache = options.cache ?? (await import('@actions/cache'))
    if (!cache.isFeatureAvailable()) {
      logger.warning(
        'skip-unchanged: the Actions cache service is not available here (no ' +
          'ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL: not on a GitHub runner?), so the last ' +
          'published archive is unknown. Publishing anyway.'
      )
      return undefined
    }
    const prefix = packKeyPrefix(ref)
    const matched = await cache.restoreCache([entryPath(options)], prefix, [prefix], {
      lookupOnly: true
    })
    const latest = matched ? parsePublishedKey(ref, matched) : undefined
    if (matched && !latest) logger.debug(`skip-unchanged: ignoring cache key '${matched}'.`)
    if (!latest) {
      logger.info(
        `skip-unchanged: no publish of '${ref.identifier}' is remembered in the Actions cache ` +
          'of this branch or the default branch; publishing.'
      )
      return { published: false }
    }
    const published = latest.sha256 === sha256
    logger.info(
      published
        ? `skip-unchanged: ${describeEntry(latest)} has this very archive (SHA-256 ${sha256}).`
        : `skip-unchanged: the latest remembered publish, ${describeEntry(latest)}, has another ` +
            `archive (SHA-256 ${latest.sha256}); publishing this one (${sha256}).`
    )
    return { published, latest }
  } catch (error) {
    logger.warning(
      `skip-unchanged: could not read the Actions cache (${message(error)}), so the last ` +
        'published archive is unknown. Publishing anyway.'
    )
    return undefined
  }
}

/**
 * Remembers a successful publish for later skip-unchanged runs. Resolves true when the entry
 * was saved; false when it was not (cache unavailable, the key already saved, a service error
 * that @actions/cache logged). Never throws: a run that published is not failed by its memory.
 */
export async function rememberPublished(
  ref: PackRef & Omit<PublishedEntry, 'key'>,
  options: CacheOptions
): Promise<boolean> {
  const { logger } = options
  const key = publishedKey(ref, ref)
  try {
    const cache = options.cache ?? (await import('@actions/cache'))
    if (!cache.isFeatureAvailable()) {
      logger.info(
        'skip-unchanged: the Actions cache service is not available here; this publish is not ' +
          'remembered, and the next run publishes the same archive again.'
      )
      return false
    }
    const path = entryPath(options)
    await mkdir(dirname(path), { recursive: true })
    const facts = {
      appId: ref.appId,
      identifier: ref.identifier,
      sha256: ref.sha256.toLowerCase(),
      assetPackId: ref.assetPackId,
      version: ref.version,
      versionId: ref.versionId,
      rememberedAt: new Date().toISOString()
    }
    await writeFile(path, `${JSON.stringify(facts, null, 2)}\n`)
    const id = await cache.saveCache([path], key)
    if (id === -1) {
      logger.debug(`skip-unchanged: the cache entry '${key}' was not saved (see above).`)
      return false
    }
    logger.info(`skip-unchanged: remembered this publish in the Actions cache as '${key}'.`)
    return true
  } catch (error) {
    // Another job saving the same key is no problem: the entry says the same thing.
    if ((error as Error)?.name === 'ReserveCacheError') {
      logger.debug(`skip-unchanged: '${key}' is already saved.`)
      return false
    }
    logger.warning(
      `skip-unchanged: could not remember this publish in the Actions cache (${message(error)}); ` +
        'the next run publishes the same archive again.'
    )
    return false
  }
}

/** "version 5 (id …)" for logs and the summary. */
export function describeEntry(entry: PublishedEntry): string {
  const id = entry.versionId ? ` (id ${entry.versionId})` : ''
  return `version ${entry.version ?? '?'}${id}`
}

/** The cached file. Its path is part of the cache version: keep it the same for save and lookup. */
function entryPath(options: CacheOptions): string {
  const base = options.tempDir || process.env.RUNNER_TEMP || tmpdir()
  return join(base, 'publish-asset-pack', 'published.json')
}

/** A key field: no `_` (the separator) and no `,` (refused by the cache). */
function field(value: string): string {
  return encodeURIComponent(value).replace(/_/g, '%5F')
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
