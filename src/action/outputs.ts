import * as core from './workflow-commands.js'
import type { CheckedInputs } from '../engine/checks/inputs.js'
import {
  matrixOf,
  outputsOf,
  packEntry,
  type MatrixEntry,
  type PackEntry
} from '../engine/multi/outputs.js'
import type { PublishRecord } from '../engine/publish/record.js'

export { outputsOf }

/** The single-valued outputs of ../docs/interface.md (set also when the run failed). */
export function setOutputs(record: PublishRecord): void {
  for (const [name, value] of Object.entries(outputsOf(record))) core.setOutput(name, value)
}

/** A single-pack run: its outputs, and `packs` and `matrix` with its one pack. */
export function setSingleOutputs(
  inputs: CheckedInputs,
  record: PublishRecord,
  status: string,
  error?: string
): void {
  setOutputs(record)
  const files = {
    identifier: inputs.assetPackIdentifier,
    manifestPath: inputs.settings.manifestPath ?? '',
    archivePath: inputs.archive?.path
  }
  setMatrix(matrixOf([files]).include)
  setPacks([packEntry(files, status, record, error)])
}

/** `matrix`: one job per pack that passed its local checks (fan-out across runners). */
export function setMatrix(entries: MatrixEntry[]): void {
  core.setOutput('matrix', JSON.stringify({ include: entries }))
}

/** `packs`: every pack's entry: where it is, how it ended, its outputs. */
export function setPacks(entries: PackEntry[]): void {
  core.setOutput('packs', JSON.stringify(entries))
}
