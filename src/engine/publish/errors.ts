import { describeMessages, type StateMessage } from './record.js'

/** The flow's own failures: each message says what happened and what to do. */
export class PublishError extends Error {
  constructor(message: string) {
    super(message)
    this.name = new.target.name
  }
}

/** Apple's check refused the manifest; the archive was not uploaded. */
export class ManifestRefusedError extends PublishError {
  constructor(readonly errors: StateMessage[]) {
    const lines = describeMessages(errors)
    super(
      `App Store Connect refused the manifest${lines.length ? `:\n${lines.map(l => `  ${l}`).join('\n')}` : ' (no reason given)'}\n` +
        'The archive was not uploaded. Fix Manifest.json, rebuild the pack with ba-package and run again.'
    )
  }
}

/** Apple's processing of the archive failed. */
export class ProcessingFailedError extends PublishError {
  /** Every line Apple gave (stateDetails, then the upload files' delivery errors), verbatim. */
  readonly details: string
  constructor(
    version: string,
    readonly stateDetails: { errors: string[]; warnings: string[]; infos: string[] },
    options: { delivery?: string[] } = {}
  ) {
    const lines = [
      ...stateDetails.errors.map(l => `error: ${l}`),
      ...stateDetails.warnings.map(l => `warning: ${l}`),
      ...stateDetails.infos.map(l => `info: ${l}`),
      ...(options.delivery ?? [])
    ]
    const head = `App Store Connect could not process version ${version}`
    super(
      `${head}${lines.length ? `:\n${lines.map(l => `  ${l}`).join('\n')}` : ' (no reason given)'}\n` +
        'Fix the pack and run again: a new version will be created.'
    )
    this.details = `${head}. Apple's messages:\n${lines.map(l => `  ${l}`).join('\n') || '  (none)'}`
  }
}

/** The wait ran out; Apple goes on processing and a rerun resumes watching. */
export class WaitTimeoutError extends PublishError {
  constructor(version: string, versionId: string, state: string, minutes: number) {
    super(
      `Timed out after ${minutes} minutes waiting for version ${version} (${versionId}), last seen ${state}. ` +
        'App Store Connect keeps processing it: run again to resume watching (nothing is uploaded ' +
        'again), or raise timeout-minutes. Apple says processing can take up to 24 hours.'
    )
  }
}
