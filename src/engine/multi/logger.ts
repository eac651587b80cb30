import type { Annotation, Logger } from '../log.js'

/**
 * One pack's logger while several run at once: every line starts with `[identifier]`, and a
 * group is a line of its own (groups cannot interleave: GitHub's log would nest them wrongly).
 */
export function prefixedLogger(base: Logger, identifier: string): Logger {
  const p = (message: string) => `[${identifier}] ${message}`
  const titled = (annotation?: Annotation): Annotation => ({
    ...annotation,
    title: annotation?.title ?? identifier
  })
  return {
    debug: message => base.debug(p(message)),
    info: message => base.info(p(message)),
    notice: (message, annotation) => base.notice(p(message), titled(annotation)),
    warning: (message, annotation) => base.warning(p(message), titled(annotation)),
    error: (message, annotation) => base.error(p(message), titled(annotation)),
    group: (name, fn) => {
      base.info(p(`▸ ${name}`))
      return fn()
    },
    secret: value => base.secret(value)
  }
}
