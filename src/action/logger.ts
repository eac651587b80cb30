import * as core from './workflow-commands.js'
import type { Annotation, Logger } from '../engine/log.js'

function properties(annotation?: Annotation): core.AnnotationProperties | undefined {
  if (!annotation) return undefined
  return {
    title: annotation.title,
    file: annotation.file,
    startLine: annotation.line,
    startColumn: annotation.line ? annotation.column : undefined
  }
}

/** Values masked already: a run that watches another run's upload reads its part URLs often. */
const masked = new Set<string>()

/** The engine's Logger on the GitHub runner: workflow commands, groups and masks. */
export const actionLogger: Logger = {
  debug: message => core.debug(message),
  info: message => core.info(message),
  notice: (message, annotation) => core.notice(message, properties(annotation)),
  warning: (message, annotation) => core.warning(message, properties(annotation)),
  error: (message, annotation) => core.error(message, properties(annotation)),
  group: (name, fn) => core.group(name, fn),
  secret: value => {
    if (masked.has(value)) return
    masked.add(value)
    core.setSecret(value)
  }
}
