// The App Store Connect simulator's public API, for tests and tools that run it in-process.
// (The command line is main.ts; see README.md.)
export { createSimulator } from './server.js'
export type { RequestFilter, RequestLogEntry, Simulator, SimulatorOptions } from './server.js'
export { generateKey, type GeneratedKey, type SimKey } from './auth.js'
export type {
  FaultMatch,
  FaultOptions,
  FaultRates,
  FaultRule,
  InjectedFault,
  InjectedHandle
} from './faults.js'
export type {
  AssetType,
  DeliveryState,
  ExternalBetaState,
  Platform,
  ReceivedFile,
  ReleaseState,
  StateSnapshot,
  VersionState
} from './state.js'
export type { SeedPack, SeedState, SeedUploadFile, SeedVersion } from './seed.js'
export type { UploadStats } from './uploads.js'
export type { ReviewOptions } from './review.js'
export type {
  AppStoreRelease,
  AppStoreReleaseState,
  ItemState,
  ReviewItem,
  ReviewSnapshot,
  ReviewSubmission,
  SubmissionState
} from './review-state.js'
