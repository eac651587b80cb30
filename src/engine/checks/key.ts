import { createPrivateKey } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import type { CryptoKey } from 'jose'
import type { Problem } from './problem.js'

/** Where the key text came from: the input that named it, for messages. */
export interface KeySource {
  input: 'private-key' | 'private-key-path'
  /** The key text (private-key) or the path to the .p8 file (private-key-path). */
  value: string
}

export type KeyResult = { key: CryptoKey; problems: [] } | { key?: undefined; problems: Problem[] }

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/

/**
 * Reads an App Store Connect API key (.p8) as users paste it into secrets: the PEM text,
 * its base64 (once or twice), with literal `\n` escapes or CRLF line ends. Every form the
 * value passes through is registered as a secret before anything else is done with it.
 * Messages never quote the key.
 */
export async function readPrivateKey(
  source: KeySource,
  secret: (value: string) => void
): Promise<KeyResult> {
  const fail = (message: string): KeyResult => ({ problems: [{ input: source.input, message }] })
  let text = source.value
  if (source.input === 'private-key-path') {
    const loaded = await readKeyFile(source.value)
    if ('error' in loaded) return fail(loaded.error)
    text = loaded.text
  }
  registerSecret(text, secret)

  const pem = toPem(text)
  if (pem === undefined) {
    return fail(
      'is not a private key: expected the contents of the AuthKey_XXXXXXXXXX.p8 file downloaded ' +
        'from App Store Connect (a PEM block starting with -----BEGIN PRIVATE KEY-----), or its base64.'
    )
  }
  registerSecret(pem, secret)

  const kindProblem = describeWrongKind(pem)
  if (kindProblem) return fail(kindProblem)

  let curve: string | undefined
  let type: string | undefined
  try {
    const keyObject = createPrivateKey({ key: pem, format: 'pem' })
    type = keyObject.asymmetricKeyType
    curve = keyObject.asymmetricKeyDetails?.namedCurve
  } catch {
    return fail(
      'holds a PRIVATE KEY block that does not parse as PKCS#8: the key text looks damaged ' +
        '(a line missing or changed when it was pasted). Paste the whole .p8 file again.'
    )
  }
  if (type !== 'ec') {
    return fail(
      `is a ${type?.toUpperCase() ?? 'non-EC'} key; App Store Connect API keys are EC P-256 ` +
        'keys (.p8). Download the key from App Store Connect > Users and Access > Integrations.'
    )
  }
  if (curve !== 'prime256v1') {
    return fail(`is an EC key on curve ${curve ?? 'unknown'}; App Store Connect keys use P-256.`)
  }
  try {
    // jose loads only when there is a key to import: a run without one never compiles it.
    const { importPKCS8 } = await import('jose')
    return { key: await importPKCS8(pem, 'ES256'), problems: [] }
  } catch {
    return fail('could not be imported as an ES256 signing key.')
  }
}

/** A .p8 key is about 250 bytes: a file much larger is something else, and is not read whole. */
const MAX_KEY_FILE_BYTES = 64 * 1024

async function readKeyFile(path: string): Promise<{ text: string } | { error: string }> {
  try {
    const info = await stat(path)
    if (!info.isFile()) return { error: `'${path}' is not a file; expected the path of a .p8 key.` }
    if (info.size > MAX_KEY_FILE_BYTES) {
      return {
        error: `'${path}' is ${info.size} bytes, too large for a .p8 key (about 250 bytes); expected the path of the .p8 key file.`
      }
    }
    return { text: await readFile(path, 'utf8') }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`
    return { error: `'${path}' ${reason}; expected the path of the .p8 key file.` }
  }
}

/** Undoes what secret stores do to a PEM: escaped newlines, CRLF, base64 (up to twice). */
function toPem(raw: string): string | undefined {
  let text = raw.trim().replace(/^["']|["']$/g, '')
  for (let decode = 0; decode <= 2; decode++) {
    text = text.replace(/\\r\\n|\\n/g, '\n').replace(/\r\n?/g, '\n')
    const block = PEM_BLOCK.exec(text)
    if (block) return normalizePem(block[1], block[2])
    const compact = text.replace(/\s+/g, '')
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length < 16) return undefined
    const decoded = Buffer.from(compact, 'base64')
    const asText = decoded.toString('utf8')
    if (asText.includes('-----BEGIN') || /^[A-Za-z0-9+/=\s]+$/.test(asText)) {
      text = asText
      continue
    }
    // The base64 of the DER itself (an ASN.1 SEQUENCE): wrap it as PKCS#8 for the parser.
    return decoded[0] === 0x30 ? normalizePem('PRIVATE KEY', compact) : undefined
  }
  return undefined
}

/** Rebuilds a PEM block with 64-column lines, whatever whitespace the paste left. */
function normalizePem(label: string, body: string): string {
  const base64 = body.replace(/\s+/g, '')
  const lines = base64.match(/.{1,64}/g) ?? []
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`
}

function describeWrongKind(pem: string): string | undefined {
  const label = PEM_BLOCK.exec(pem)?.[1]
  switch (label) {
    case 'PRIVATE KEY':
      return undefined
    case 'RSA PRIVATE KEY':
      return 'is an RSA private key; App Store Connect API keys are EC P-256 keys (.p8).'
    case 'EC PRIVATE KEY':
      return (
        'is an EC key in SEC1 form (BEGIN EC PRIVATE KEY); the .p8 from App Store Connect is PKCS#8 ' +
        '(BEGIN PRIVATE KEY). Use the .p8 file as downloaded, or convert: ' +
        'openssl pkcs8 -topk8 -nocrypt -in key.pem -out AuthKey.p8'
      )
    case 'ENCRYPTED PRIVATE KEY':
      return 'is an encrypted private key; App Store Connect .p8 keys are not encrypted.'
    case 'PUBLIC KEY':
    case 'EC PUBLIC KEY':
      return 'is a public key; expected the private key (.p8) it belongs to.'
    case 'CERTIFICATE':
      return 'is a certificate, not a key; expected the API key (.p8) from App Store Connect.'
    default:
      return `is a PEM block of type '${label ?? 'unknown'}'; expected BEGIN PRIVATE KEY (a .p8 key).`
  }
}

/** Masks the value and each of its lines, since a log may print a multi-line key line by line. */
function registerSecret(value: string, secret: (value: string) => void): void {
  const trimmed = value.trim()
  if (trimmed) secret(trimmed)
  for (const line of trimmed.split(/\r?\n|\\n/)) {
    const part = line.trim()
    if (part.length >= 8 && !part.startsWith('-----')) secret(part)
  }
}
