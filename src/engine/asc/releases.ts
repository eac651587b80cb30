/**
 * The three release resources of a version (internal beta, external beta, App Store): read-only
 * GETs in Apple's API (apple-facts.md, "Review submissions"). Schemas written from the spec's
 * BackgroundAssetVersion{Internal,External}BetaRelease and …AppStoreRelease components.
 */
import { z } from 'zod'
import { ResponseValidationError } from './errors.js'
import type { AscClient } from './resources.js'
import {
  BackgroundAssetVersionSchema,
  InternalBetaReleaseSchema,
  single,
  type BackgroundAssetVersion,
  type InternalBetaRelease
} from './schemas.js'

const versionLink = z.looseObject({
  backgroundAssetVersion: z
    .looseObject({
      data: z.looseObject({ type: z.literal('backgroundAssetVersions'), id: z.string() }).nullish()
    })
    .nullish()
})

export const EXTERNAL_BETA_STATES = [
  'READY_FOR_BETA_SUBMISSION',
  'WAITING_FOR_REVIEW',
  'IN_REVIEW',
  'REJECTED',
  'PROCESSING_FOR_TESTING',
  'READY_FOR_TESTING',
  'SUPERSEDED'
] as const

export const APP_STORE_STATES = [
  'PREPARE_FOR_SUBMISSION',
  'READY_FOR_REVIEW',
  'WAITING_FOR_REVIEW',
  'IN_REVIEW',
  'ACCEPTED',
  'REJECTED',
  'PROCESSING_FOR_DISTRIBUTION',
  'READY_FOR_DISTRIBUTION',
  'SUPERSEDED'
] as const

export const ExternalBetaReleaseSchema = z.looseObject({
  type: z.literal('backgroundAssetVersionExternalBetaReleases'),
  id: z.string().min(1),
  attributes: z.looseObject({ state: z.enum(EXTERNAL_BETA_STATES) }),
  relationships: versionLink.nullish()
})
export type ExternalBetaRelease = z.infer<typeof ExternalBetaReleaseSchema>

/** One schema for the App Store release, shared by `status` and the review flow. */
export const AppStoreReleaseSchema = z.looseObject({
  type: z.literal('backgroundAssetVersionAppStoreReleases'),
  id: z.string().min(1),
  attributes: z.looseObject({ state: z.enum(APP_STORE_STATES).nullish() }).nullish(),
  relationships: versionLink.nullish()
})
export type AppStoreReleaseState = (typeof APP_STORE_STATES)[number]
export type AppStoreRelease = z.infer<typeof AppStoreReleaseSchema>

/** A version and whichever of its three releases exist. */
export interface VersionReleases {
  version: BackgroundAssetVersion
  internalBetaRelease?: InternalBetaRelease
  externalBetaRelease?: ExternalBetaRelease
  appStoreRelease?: AppStoreRelease
}

type Ref = { type: string; id: string } | null | undefined

const KINDS = {
  internalBetaRelease: {
    schema: InternalBetaReleaseSchema,
    path: '/v1/backgroundAssetVersionInternalBetaReleases'
  },
  externalBetaRelease: {
    schema: ExternalBetaReleaseSchema,
    path: '/v1/backgroundAssetVersionExternalBetaReleases'
  },
  appStoreRelease: {
    schema: AppStoreReleaseSchema,
    path: '/v1/backgroundAssetVersionAppStoreReleases'
  }
} as const
type Kind = keyof typeof KINDS
const RELEASES = Object.keys(KINDS) as Kind[]

export async function getExternalBetaRelease(
  client: AscClient,
  id: string,
  signal?: AbortSignal
): Promise<ExternalBetaRelease> {
  return getRelease(client, 'externalBetaRelease', id, signal)
}

export async function getAppStoreRelease(
  client: AscClient,
  id: string,
  signal?: AbortSignal
): Promise<AppStoreRelease> {
  return getRelease(client, 'appStoreRelease', id, signal)
}

/**
 * The version with its three releases, in one request (`include`); a release that the version
 * links but the document does not include is read on its own.
 */
export async function getVersionReleases(
  client: AscClient,
  versionId: string,
  signal?: AbortSignal
): Promise<VersionReleases> {
  const path = `/v1/backgroundAssetVersions/${encodeURIComponent(versionId)}`
  const doc = await client.transport.json({
    method: 'GET',
    path,
    query: { include: RELEASES.join(',') },
    schema: single(BackgroundAssetVersionSchema),
    signal
  })
  const where = { method: 'GET', url: client.transport.resolve(path).href }
  return withReleases(client, doc.data, doc.included ?? [], where, signal)
}

/**
 * A version listed with `include` of its releases: picks them out of `included`, reading any
 * that is linked but missing.
 */
export async function withReleases(
  client: AscClient,
  version: BackgroundAssetVersion,
  included: Array<{ type: string; id: string }>,
  where: { method: string; url: string },
  signal?: AbortSignal
): Promise<VersionReleases> {
  const result: VersionReleases = { version }
  for (const kind of RELEASES) {
    const ref: Ref = version.relationships?.[kind]?.data
    if (!ref) continue
    const found = included.find(r => r.type === ref.type && r.id === ref.id)
    const release = found
      ? parseIncluded(kind, found, where)
      : await getRelease(client, kind, ref.id, signal)
    Object.assign(result, { [kind]: release })
  }
  return result
}

function parseIncluded(kind: Kind, resource: unknown, where: { method: string; url: string }) {
  const parsed = KINDS[kind].schema.safeParse(resource)
  if (!parsed.success) {
    throw new ResponseValidationError(
      where,
      parsed.error.issues.map(i => `included ${kind}.${i.path.join('.')}: ${i.message}`)
    )
  }
  return parsed.data
}

async function getRelease<K extends Kind>(
  client: AscClient,
  kind: K,
  id: string,
  signal?: AbortSignal
): Promise<z.output<(typeof KINDS)[K]['schema']>> {
  const { schema, path } = KINDS[kind]
  const doc = await client.transport.json({
    method: 'GET',
    path: `${path}/${encodeURIComponent(id)}`,
    schema: single(schema),
    signal
  })
  return doc.data as z.output<(typeof KINDS)[K]['schema']>
}
