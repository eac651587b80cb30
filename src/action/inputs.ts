import * as core from './workflow-commands.js'
import { INPUT_NAMES, type RawInputs } from '../engine/checks/settings.js'

/** Reads every input as the runner passes it (INPUT_<NAME>); checking is the engine's job. */
export function readInputs(): RawInputs {
  const raw: RawInputs = {}
  for (const name of INPUT_NAMES) raw[name] = core.getInput(name)
  return raw
}
