/**
 * The App Store Connect calls the publish flow needs, as thin typed functions over the transport.
 * Lists follow `links.next` (only to the API's origin, which the transport enforces).
 */
import type { z } from 'zod'
import type { Credentials } from '../credentials.js'
import type { Logger } from '../log.js'
import { TokenSigner, type TokenSignerOptions } from './auth.js'
import { withEnv, type Env } from './env.js'
import { listAll, type Listed } from './paging.js'
import { ResponseValidationError } from './errors.js'
import type { Quota } from './rate-limit.js'
import type { RetryOptions } from './retry.js'
import {
  BackgroundAssetSchema,
  BackgroundAssetVersionSchema,
  InternalBetaReleaseSchema,
  ReservedUploadFileSchema,
  UploadFileSchema,
  single,
  type BackgroundAsset,
  type BackgroundAssetVersion,
  type InternalBetaRelease,
  type ReservedUploadFile,
  type UploadFile,
  type VersionState
} from './schemas.js'
import { AscTransport, type TokenSource } from './transport.js'
import type { Dispatcher } from 'undici'

export interface AscClientOptions {
  credentials: Credentials
  logger: Logger
  /** Default https://api.appstoreconnect.apple.com; plain http only to a loopback host. */
  baseUrl?: string
  env?: Partial<Env>
  retry?: Partial<RetryOptions>
  token?: Pick<TokenSignerOptions, 'lifetimeSeconds' | 'reuseSeconds'>
  dispatcher?: Dispatcher
  timeoutMs?: number
  /** Instead of signing with `credentials` (tests). */
  tokens?: TokenSource
}

export interface ListVersionsOptions {
  state?: VersionState
  version?: string
  sort?: 'version' | '-version'
  /** The most versions returned in all (pages of up to 200 are fetched until reached). */
  limit?: number
  include?: Array<
    | 'backgroundAsset'
    | 'internalBetaRelease'
    | 'externalBetaRelease'
    | 'appStoreRelease'
    | 'assetFile'
    | 'manifestFile'
  >
  signal?: AbortSignal
}

export interface VersionWithIncluded {
  version: BackgroundAssetVersion
  internalBetaRelease?: InternalBetaRelease
  assetFile?: UploadFile
  manifestFile?: UploadFile
}

export type Checksums = { sha256?: string; md5?: string }

const PAGE_MAX = 200

export class AscClient {
  readonly transport: AscTransport
  private readonly logger: Logger

  constructor(options: AscClientOptions) {
    this.logger = options.logger
    const tokens =
      options.tokens ??
      new TokenSigner(options.credentials, {
        logger: options.logger,
        env: withEnv(options.env),
        ...options.token
      })
    this.transport = new AscTransport({
      tokens,
      logger: options.logger,
      baseUrl: options.baseUrl,
      env: options.env,
      retry: options.retry,
      dispatcher: options.dispatcher,
      timeoutMs: options.timeoutMs
    })
  }

  /** The last X-Rate-Limit quota seen. */
  get quota(): Quota | undefined {
    return this.transport.quota
  }

  close(): Promise<void> {
    return this.transport.close()
  }

  /** The app's pack with exactly this identifier, or undefined. */
  async findPack(
    appId: string,
    assetPackIdentifier: string,
    signal?: AbortSignal
  ): Promise<BackgroundAsset | undefined> {
    const packs = await this.list(
      `/v1/apps/${seg(appId)}/backgroundAssets`,
      { 'filter[assetPackIdentifier]': assetPackIdentifier, limit: PAGE_MAX },
      BackgroundAssetSchema,
      Infinity,
      signal
    )
    return packs.items.find(p => p.attributes?.assetPackIdentifier === assetPackIdentifier)
  }

  /** Creates the pack; a 409 (it exists) is thrown as ConflictError. */
  async createPack(
    appId: string,
    assetPackIdentifier: string,
    signal?: AbortSignal
  ): Promise<BackgroundAsset> {
    const doc = await this.transport.json({
      method: 'POST',
      path: '/v1/backgroundAssets',
      body: {
        data: {
          type: 'backgroundAssets',
          attributes: { assetPackIdentifier },
          relationships: { app: { data: { type: 'apps', id: appId } } }
        }
      },
      schema: single(BackgroundAssetSchema),
      signal
    })
    return doc.data
  }

  async getPack(id: string, signal?: AbortSignal): Promise<BackgroundAsset> {
    const doc = await this.get(
      `/v1/backgroundAssets/${seg(id)}`,
      {},
      single(BackgroundAssetSchema),
      signal
    )
    return doc.data
  }

  /** The pack's versions, newest first by default; `included` holds the resources asked for. */
  async listVersions(
    packId: string,
    options: ListVersionsOptions = {}
  ): Promise<{
    versions: BackgroundAssetVersion[]
    included: Array<{ type: string; id: string }>
  }> {
    const limit = options.limit ?? Infinity
    const { items, included } = await this.list(
      `/v1/backgroundAssets/${seg(packId)}/versions`,
      {
        'filter[state]': options.state,
        'filter[version]': options.version,
        sort: options.sort ?? '-version',
        include: options.include?.join(','),
        limit: Math.min(PAGE_MAX, limit)
      },
      BackgroundAssetVersionSchema,
      limit,
      options.signal
    )
    return { versions: items, included }
  }

  /** Creates a version (Apple assigns its number). */
  async createVersion(packId: string, signal?: AbortSignal): Promise<BackgroundAssetVersion> {
    const doc = await this.transport.json({
      method: 'POST',
      path: '/v1/backgroundAssetVersions',
      body: {
        data: {
          type: 'backgroundAssetVersions',
          relationships: { backgroundAsset: { data: { type: 'backgroundAssets', id: packId } } }
        }
      },
      schema: single(BackgroundAssetVersionSchema),
      signal
    })
    return doc.data
  }

  /** The version with its internal beta release, asset file and manifest file, where they exist. */
  async getVersion(id: string, signal?: AbortSignal): Promise<VersionWithIncluded> {
    const path = `/v1/backgroundAssetVersions/${seg(id)}`
    const doc = await this.get(
      path,
      { include: 'internalBetaRelease,assetFile,manifestFile' },
      single(BackgroundAssetVersionSchema),
      signal
    )
    const version = doc.data
    const included = doc.included ?? []
    const pick = <S extends z.ZodType>(
      ref: { type: string; id: string } | null | undefined,
      schema: S,
      what: string
    ) => {
      if (!ref) return undefined
      const found = included.find(r => r.type === ref.type && r.id === ref.id)
      if (!found) return undefined
      const parsed = schema.safeParse(found)
      if (!parsed.success) {
        const where = { method: 'GET', url: this.transport.resolve(path).href }
        throw new ResponseValidationError(
          where,
          parsed.error.issues.map(i => `included ${what}.${i.path.join('.')}: ${i.message}`)
        )
      }
      return parsed.data as z.output<S>
    }
    const rel = version.relationships
    const result: VersionWithIncluded = {
      version,
      internalBetaRelease: pick(
        rel?.internalBetaRelease?.data,
        InternalBetaReleaseSchema,
        'internalBetaRelease'
      ),
      assetFile: pick(rel?.assetFile?.data, UploadFileSchema, 'assetFile'),
      manifestFile: pick(rel?.manifestFile?.data, UploadFileSchema, 'manifestFile')
    }
    this.maskOperations(result.assetFile)
    this.maskOperations(result.manifestFile)
    return result
  }

  async listUploadFiles(versionId: string, signal?: AbortSignal): Promise<UploadFile[]> {
    const { items } = await this.list(
      `/v1/backgroundAssetVersions/${seg(versionId)}/backgroundAssetUploadFiles`,
      { limit: PAGE_MAX },
      UploadFileSchema,
      Infinity,
      signal
    )
    items.forEach(f => this.maskOperations(f))
    return items
  }

  /** Reserves an upload; the answer's uploadOperations say where to send the bytes. */
  async reserveUpload(
    versionId: string,
    file: { assetType: 'MANIFEST' | 'ASSET'; fileName: string; fileSize: number },
    signal?: AbortSignal
  ): Promise<ReservedUploadFile> {
    const doc = await this.transport.json({
      method: 'POST',
      path: '/v1/backgroundAssetUploadFiles',
      body: {
        data: {
          type: 'backgroundAssetUploadFiles',
          attributes: {
            assetType: file.assetType,
            fileName: file.fileName,
            fileSize: file.fileSize
          },
          relationships: {
            backgroundAssetVersion: { data: { type: 'backgroundAssetVersions', id: versionId } }
          }
        }
      },
      schema: single(ReservedUploadFileSchema),
      signal
    })
    this.maskOperations(doc.data)
    return doc.data
  }

  /** Marks the upload complete (processing starts), with the file's checksum where given. */
  async commitUpload(
    uploadFileId: string,
    checksums: Checksums = {},
    signal?: AbortSignal
  ): Promise<UploadFile> {
    const file = checksums.sha256
      ? { hash: checksums.sha256, algorithm: 'SHA_256' }
      : checksums.md5
        ? { hash: checksums.md5, algorithm: 'MD5' }
        : undefined
    const doc = await this.transport.json({
      method: 'PATCH',
      path: `/v1/backgroundAssetUploadFiles/${seg(uploadFileId)}`,
      body: {
        data: {
          type: 'backgroundAssetUploadFiles',
          id: uploadFileId,
          attributes: { uploaded: true, ...(file ? { sourceFileChecksums: { file } } : {}) }
        }
      },
      schema: single(UploadFileSchema),
      signal
    })
    this.maskOperations(doc.data)
    return doc.data
  }

  async getUploadFile(id: string, signal?: AbortSignal): Promise<UploadFile> {
    const doc = await this.get(
      `/v1/backgroundAssetUploadFiles/${seg(id)}`,
      {},
      single(UploadFileSchema),
      signal
    )
    this.maskOperations(doc.data)
    return doc.data
  }

  async getInternalBetaRelease(id: string, signal?: AbortSignal): Promise<InternalBetaRelease> {
    const path = `/v1/backgroundAssetVersionInternalBetaReleases/${seg(id)}`
    const doc = await this.get(path, {}, single(InternalBetaReleaseSchema), signal)
    return doc.data
  }

  private get<S extends z.ZodType>(
    path: string,
    query: Record<string, string | number | undefined>,
    schema: S,
    signal?: AbortSignal
  ): Promise<z.output<S>> {
    return this.transport.json({ method: 'GET', path, query, schema, signal })
  }

  /** Follows links.next until `max` items or the last page. */
  private list<S extends z.ZodType>(
    path: string,
    query: Record<string, string | number | undefined>,
    item: S,
    max: number,
    signal?: AbortSignal
  ): Promise<Listed<z.output<S>>> {
    return listAll(this.transport, path, query, item, max, signal)
  }

  /** Upload URLs are pre-signed credentials: mask them as soon as they arrive. */
  private maskOperations(file: UploadFile | undefined): void {
    for (const op of file?.attributes?.uploadOperations ?? []) this.logger.secret(op.url)
  }
}

/** One path segment, encoded (ids come from Apple or from the user's input). */
function seg(value: string): string {
  return encodeURIComponent(value)
}
