// What App Store Connect does after a commit, on a timer: check a MANIFEST (the upload file goes
// COMPLETE or FAILED), or process an ASSET (the version goes PROCESSING, then COMPLETE with its
// platforms and a READY_FOR_TESTING internal beta release, or FAILED with stateDetails.errors).
import { readFile } from 'node:fs/promises'
import { inspectArchive } from './archive-check.js'
import type { Faults } from './faults.js'
import { checkManifest, MANIFEST_PLATFORMS } from './manifest-check.js'
import type { Platform, SimState, StateDetail, UploadFile } from './state.js'

export interface ProcessingOptions {
  processingDelayMs: number
  manifestCheckDelayMs: number
  /** Platforms of a version whose manifest could not be read (default ['IOS']). */
  defaultPlatforms: Platform[]
  faults: Faults
}

const MAX_MANIFEST_BYTES = 1024 * 1024

export class Processing {
  private readonly timers = new Map<NodeJS.Timeout, () => void>()
  private readonly running = new Set<Promise<void>>()
  private readonly state: SimState
  private readonly options: ProcessingOptions

  constructor(state: SimState, options: ProcessingOptions) {
    this.state = state
    this.options = options
  }

  /** Runs `job` after `ms`; settled() waits for it, stop() drops it (App Review uses it too). */
  later(ms: number, job: () => Promise<void>): void {
    let done!: () => void
    const finished = new Promise<void>(resolve => (done = resolve))
    this.running.add(finished)
    const finish = () => {
      this.running.delete(finished)
      done()
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      job()
        .catch(() => undefined)
        .finally(finish)
    }, ms)
    this.timers.set(timer, finish)
  }

  /** Resolves once every scheduled check and processing job has run. */
  async settled(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running])
  }

  /** Cancels what has not started yet (and releases anyone waiting in settled()). */
  stop(): void {
    for (const [timer, finish] of this.timers) {
      clearTimeout(timer)
      finish()
    }
    this.timers.clear()
  }

  manifestCommitted(file: UploadFile): void {
    file.state = 'UPLOAD_COMPLETE'
    this.later(this.options.manifestCheckDelayMs, () => this.checkManifest(file))
  }

  private async checkManifest(file: UploadFile): Promise<void> {
    const version = this.state.versions.get(file.versionId)
    const pack = version ? this.state.packs.get(version.packId) : undefined
    const app = pack ? this.state.apps.get(pack.appId) : undefined
    let errors: StateDetail[]
    let warnings: StateDetail[] = []
    let platforms: Platform[] | undefined
    let locale: string | undefined
    const injected = this.options.faults.manifestFailure()
    if (injected) {
      errors = injected.map(e => ({ ...e }))
    } else if (!file.received || file.received.size > MAX_MANIFEST_BYTES) {
      errors = [{ code: 'MANIFEST_TOO_LARGE', description: 'The manifest is larger than 1 MiB.' }]
    } else {
      const result = checkManifest(await readFile(file.received.path), {
        assetPackIdentifier: pack?.assetPackIdentifier ?? '',
        appPlatforms: app?.platforms ?? []
      })
      ;({ errors, warnings, platforms, locale } = result)
    }
    file.errors = errors
    file.warnings = warnings
    file.state = errors.length ? 'FAILED' : 'COMPLETE'
    if (platforms) file.manifestPlatforms = platforms
    if (locale && version) version.locale = locale
    if (errors.length && version) version.stateDetails.errors.push(...errors.map(e => ({ ...e })))
  }

  assetCommitted(file: UploadFile): void {
    file.state = 'UPLOAD_COMPLETE'
    const version = this.state.versions.get(file.versionId)
    if (!version) return
    version.state = 'PROCESSING'
    if (this.options.faults.options.processingNeverFinishes) return
    this.later(this.options.processingDelayMs, () => this.process(file))
  }

  private async process(file: UploadFile): Promise<void> {
    const version = this.state.versions.get(file.versionId)
    const pack = version ? this.state.packs.get(version.packId) : undefined
    if (!version || !pack || !file.received) return
    const errors: StateDetail[] = []
    const report = await inspectArchive(file.received.path, file.received.size)
    errors.push(...report.errors)
    let archivePlatforms: Platform[] | undefined
    if (report.manifest !== undefined) {
      const m = report.manifest as {
        assetPackID?: unknown
        platforms?: unknown
        language?: unknown
      }
      if (m.assetPackID !== pack.assetPackIdentifier) {
        errors.push({
          code: 'ASSET_PACK_ID_MISMATCH',
          description: `The archive's assetPackID '${String(m.assetPackID)}' does not match the asset pack '${pack.assetPackIdentifier}'.`
        })
      }
      if (Array.isArray(m.platforms)) {
        archivePlatforms = m.platforms.flatMap(p => {
          const mapped = typeof p === 'string' ? MANIFEST_PLATFORMS[p] : undefined
          return mapped ? [mapped] : []
        })
      }
    }
    const manifestFile = version.manifestFileId
      ? this.state.uploadFiles.get(version.manifestFileId)
      : undefined
    if (manifestFile?.state === 'FAILED') errors.push(...manifestFile.errors.map(e => ({ ...e })))
    const injected = this.options.faults.processingFailure()
    if (injected) errors.push(...injected.map(e => ({ ...e })))
    const extra = this.options.faults.options.processingDetails
    version.stateDetails.warnings.push(...(extra?.warnings ?? []).map(e => ({ ...e })))
    version.stateDetails.infos.push(...(extra?.infos ?? []).map(e => ({ ...e })))

    if (errors.length) {
      version.state = 'FAILED'
      version.stateDetails.errors = dedupe([...version.stateDetails.errors, ...errors])
      file.state = 'FAILED'
      file.errors = errors
      return
    }
    version.platforms = (manifestFile?.state === 'COMPLETE'
      ? manifestFile.manifestPlatforms
      : undefined) ??
      (archivePlatforms?.length ? archivePlatforms : undefined) ?? [
        ...this.options.defaultPlatforms
      ]
    // Apple processes the archive's own manifest: where it can be read, its language is the
    // version's locale, whatever the MANIFEST upload said.
    if (report.manifest !== undefined) {
      const language = (report.manifest as { language?: unknown }).language
      version.locale = typeof language === 'string' ? language : undefined
    }
    version.state = 'COMPLETE'
    file.state = 'COMPLETE'
    this.state.release(version)
  }
}

function dedupe(details: StateDetail[]): StateDetail[] {
  const seen = new Set<string>()
  return details.filter(d => {
    const key = `${d.code}\n${d.description}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
