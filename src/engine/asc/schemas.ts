/**
 * zod schemas for the responses the publish flow reads, written by hand from Apple's OpenAPI spec
 * (shared/asc-openapi/background-assets.openapi.json, 4.5.1). Loose objects everywhere (Apple adds
 * fields); required and strict where the flow depends on a field: ids and types, states, the
 * reservation's upload operations, paging links. Optional attributes accept null too.
 */
import '../zod-config.js'
import { z } from 'zod'

const id = z.string().min(1)
const opt = <T extends z.ZodType>(schema: T) => schema.nullish()

/** A relationship's `data`: {type, id}, or null when empty (e.g. no internal beta release yet). */
const linkage = <T extends string>(type: T) =>
  z.looseObject({ data: opt(z.looseObject({ type: z.literal(type), id })) })

export const StateDetailSchema = z.looseObject({
  code: opt(z.string()),
  description: opt(z.string())
})

/** ErrorResponse: lenient, it is read to build a message. */
export const ErrorResponseSchema = z.looseObject({
  errors: z.array(
    z.looseObject({
      id: opt(z.string()),
      status: opt(z.union([z.string(), z.number()]).transform(String)),
      code: opt(z.string()),
      title: opt(z.string()),
      detail: opt(z.string()),
      source: opt(z.looseObject({ pointer: opt(z.string()), parameter: opt(z.string()) }))
    })
  )
})

export const PagedLinksSchema = z.looseObject({ self: opt(z.string()), next: opt(z.string()) })

// ---- backgroundAssets (the pack) ----
export const BackgroundAssetSchema = z.looseObject({
  type: z.literal('backgroundAssets'),
  id,
  attributes: opt(
    z.looseObject({
      archived: opt(z.boolean()),
      assetPackIdentifier: opt(z.string()),
      createdDate: opt(z.string()),
      usedBytes: opt(z.number())
    })
  ),
  relationships: opt(
    z.looseObject({
      app: opt(linkage('apps')),
      appStoreVersion: opt(linkage('backgroundAssetVersions')),
      internalBetaVersion: opt(linkage('backgroundAssetVersions')),
      externalBetaVersion: opt(linkage('backgroundAssetVersions'))
    })
  )
})
export type BackgroundAsset = z.infer<typeof BackgroundAssetSchema>

// ---- backgroundAssetVersions ----
export const VersionStateSchema = z.enum(['AWAITING_UPLOAD', 'PROCESSING', 'FAILED', 'COMPLETE'])
export type VersionState = z.infer<typeof VersionStateSchema>

export const BackgroundAssetVersionSchema = z.looseObject({
  type: z.literal('backgroundAssetVersions'),
  id,
  attributes: z.looseObject({
    createdDate: opt(z.string()),
    platforms: opt(z.array(z.string())),
    state: VersionStateSchema,
    stateDetails: opt(
      z.looseObject({
        errors: opt(z.array(StateDetailSchema)),
        warnings: opt(z.array(StateDetailSchema)),
        infos: opt(z.array(StateDetailSchema))
      })
    ),
    version: opt(z.string()),
    locale: opt(z.string())
  }),
  relationships: opt(
    z.looseObject({
      backgroundAsset: opt(linkage('backgroundAssets')),
      internalBetaRelease: opt(linkage('backgroundAssetVersionInternalBetaReleases')),
      externalBetaRelease: opt(linkage('backgroundAssetVersionExternalBetaReleases')),
      appStoreRelease: opt(linkage('backgroundAssetVersionAppStoreReleases')),
      assetFile: opt(linkage('backgroundAssetUploadFiles')),
      manifestFile: opt(linkage('backgroundAssetUploadFiles'))
    })
  )
})
export type BackgroundAssetVersion = z.infer<typeof BackgroundAssetVersionSchema>

// ---- backgroundAssetUploadFiles ----
/** A part to send, as the reservation describes it. The uploader depends on every field but the last two. */
export const UploadOperationSchema = z.looseObject({
  method: z.string().min(1),
  url: z.url(),
  offset: z.number().int().min(0),
  length: z.number().int().min(1),
  requestHeaders: opt(z.array(z.looseObject({ name: z.string(), value: z.string() }))).transform(
    h => h ?? []
  ),
  partNumber: opt(z.number().int().min(1)),
  expiration: opt(z.string()),
  entityTag: opt(z.string())
})
export type UploadOperation = z.infer<typeof UploadOperationSchema>

export const DeliveryStateSchema = z.looseObject({
  state: z.enum(['AWAITING_UPLOAD', 'UPLOAD_COMPLETE', 'COMPLETE', 'FAILED']),
  errors: opt(z.array(StateDetailSchema)),
  warnings: opt(z.array(StateDetailSchema))
})

const ChecksumSchema = z.looseObject({ hash: opt(z.string()), algorithm: opt(z.string()) })

const uploadFileAttributes = {
  assetDeliveryState: opt(DeliveryStateSchema),
  assetToken: opt(z.string()),
  assetType: opt(z.enum(['ASSET', 'MANIFEST'])),
  fileName: opt(z.string()),
  fileSize: opt(z.number().int()),
  sourceFileChecksums: opt(
    z.looseObject({ file: opt(ChecksumSchema), composite: opt(ChecksumSchema) })
  ),
  uploadOperations: opt(z.array(UploadOperationSchema))
}

export const UploadFileSchema = z.looseObject({
  type: z.literal('backgroundAssetUploadFiles'),
  id,
  attributes: opt(z.looseObject(uploadFileAttributes))
})
export type UploadFile = z.infer<typeof UploadFileSchema>

/** The answer to a reservation: the flow cannot go on without its operations. */
export const ReservedUploadFileSchema = z.looseObject({
  type: z.literal('backgroundAssetUploadFiles'),
  id,
  attributes: z.looseObject({
    ...uploadFileAttributes,
    uploadOperations: z.array(UploadOperationSchema).min(1)
  })
})
export type ReservedUploadFile = z.infer<typeof ReservedUploadFileSchema>

// ---- backgroundAssetVersionInternalBetaReleases ----
export const InternalBetaReleaseSchema = z.looseObject({
  type: z.literal('backgroundAssetVersionInternalBetaReleases'),
  id,
  attributes: z.looseObject({ state: z.enum(['READY_FOR_TESTING', 'SUPERSEDED']) }),
  relationships: opt(
    z.looseObject({ backgroundAssetVersion: opt(linkage('backgroundAssetVersions')) })
  )
})
export type InternalBetaRelease = z.infer<typeof InternalBetaReleaseSchema>

// ---- documents ----
/** `included` is read by type later; here only each entry's identity is checked. */
const IncludedSchema = z.array(z.looseObject({ type: z.string(), id }))

export const single = <T extends z.ZodType>(data: T) =>
  z.looseObject({ data, included: opt(IncludedSchema), links: opt(z.looseObject({})) })

export const paged = <T extends z.ZodType>(item: T) =>
  z.looseObject({
    data: z.array(item),
    included: opt(IncludedSchema),
    links: opt(PagedLinksSchema),
    meta: opt(z.looseObject({ paging: opt(z.looseObject({ total: opt(z.number()) })) }))
  })
