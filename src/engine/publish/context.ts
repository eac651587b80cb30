import type { AscClient } from '../asc/resources.js'
import type { Env } from '../asc/env.js'
import { ApiError, NetworkError } from '../asc/errors.js'
import type { UploadOperation } from '../asc/schemas.js'
import type { Logger } from '../log.js'

/** Sends a file's parts as the reservation's operations say; rejects if any part fails for good. */
export type UploadParts = (
  filePath: string,
  operations: UploadOperation[],
  options: { label: string; size: number; signal?: AbortSignal }
) => Promise<{ bytes: number; seconds: number }>

/** What the flow works with, injected so tests and both faces can supply their own. */
export interface FlowContext {
  client: AscClient
  uploadParts: UploadParts
  logger: Logger
  env: Env
  signal?: AbortSignal
  /** The "short look" of overlapping runs (overlap.ts); default DEFAULT_LOOK_MS. */
  lookMs?: number
}

/** How long a run watches a version before trusting what it saw: 5 s unless told otherwise. */
export const DEFAULT_LOOK_MS = 5_000

export function lookMsOf(ctx: FlowContext): number {
  return ctx.lookMs ?? DEFAULT_LOOK_MS
}

/** A create or commit that may have happened although it failed: look before sending again. */
export function isAmbiguous(error: unknown): boolean {
  return (error instanceof ApiError || error instanceof NetworkError) && error.ambiguous
}
