/**
 * Where requests may go: https anywhere, plain http only to a loopback host (127.0.0.0/8, ::1,
 * localhost), so that neither the API token nor a pre-signed part URL crosses a network in clear.
 */
import { TransportSecurityError, redactUrl } from './errors.js'

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  if (host === 'localhost' || host === '::1') return true
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}

/** Throws unless `url` is https, or http to a loopback host. `what` names it in the message. */
export function assertSafeUrl(url: URL, what: string): void {
  if (url.protocol === 'https:') return
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return
  throw new TransportSecurityError(
    `Refusing ${what} ${redactUrl(url, false)}: ${url.protocol === 'http:' ? 'plain http' : url.protocol} is allowed only to a loopback host`,
    undefined,
    'Use an https:// URL (plain http is accepted only for 127.0.0.1, ::1 or localhost, e.g. the simulator)'
  )
}

/** Parses and checks the API base URL. */
export function parseBaseUrl(value: string): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new TransportSecurityError(
      `Invalid API base URL '${value}'`,
      undefined,
      'Expected e.g. https://api.appstoreconnect.apple.com'
    )
  }
  assertSafeUrl(url, 'API base URL')
  if (url.username || url.password || url.search || url.hash) {
    throw new TransportSecurityError(
      `Invalid API base URL ${redactUrl(url, false)}: no credentials, query or fragment allowed`
    )
  }
  return url
}
