import { generateKeyPairSync } from 'node:crypto'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SignJWT, jwtVerify, importSPKI } from 'jose'
import { readPrivateKey, type KeySource } from '../../src/engine/checks/key.js'

const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
const pem = ec.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
const publicPem = ec.publicKey.export({ format: 'pem', type: 'spki' }).toString()
const b64 = (text: string) => Buffer.from(text).toString('base64')
/** Lines of the key's body: none may appear in a message. */
const bodyLines = pem.split('\n').filter(line => line && !line.startsWith('-----'))

async function read(source: KeySource) {
  const secrets: string[] = []
  const result = await readPrivateKey(source, value => secrets.push(value))
  return { ...result, secrets }
}

describe('accepted forms of the .p8 key', () => {
  const forms: [string, string][] = [
    ['PEM text', pem],
    ['PEM with CRLF', pem.replace(/\n/g, '\r\n')],
    ['PEM with literal \\n escapes', pem.replace(/\n/g, '\\n')],
    ['PEM on one line with spaces', pem.replace(/\n/g, ' ')],
    ['base64 of the PEM', b64(pem)],
    ['base64 of the base64 of the PEM', b64(b64(pem))],
    [
      'base64 of the DER',
      ec.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64')
    ],
    ['PEM in quotes with surrounding blanks', `  "${pem}"  \n`]
  ]
  test.each(forms)('%s', async (_name, text) => {
    const { key, problems, secrets } = await read({ input: 'private-key', value: text })
    expect(problems).toEqual([])
    // The imported key signs a token the public half verifies.
    const token = await new SignJWT({}).setProtectedHeader({ alg: 'ES256' }).sign(key!)
    await expect(jwtVerify(token, await importSPKI(publicPem, 'ES256'))).resolves.toBeDefined()
    // Every line of the key body is registered as a secret.
    for (const line of bodyLines) expect(secrets).toContain(line)
  })

  test('a path to the .p8 file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'key-'))
    await writeFile(join(dir, 'AuthKey_ABC.p8'), pem)
    const { problems, secrets } = await read({
      input: 'private-key-path',
      value: join(dir, 'AuthKey_ABC.p8')
    })
    expect(problems).toEqual([])
    expect(secrets).toContain(pem.trim())
  })
})

describe('refused keys, each with its own message', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const p384 = generateKeyPairSync('ec', { namedCurve: 'secp384r1' })
  const ed = generateKeyPairSync('ed25519')
  const cases: [string, string, RegExp][] = [
    [
      'an RSA key (PKCS#8)',
      rsa.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      /RSA key.*EC P-256/
    ],
    [
      'an RSA key (PKCS#1)',
      rsa.privateKey.export({ format: 'pem', type: 'pkcs1' }).toString(),
      /RSA private key/
    ],
    [
      'a P-384 key',
      p384.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      /curve secp384r1/
    ],
    [
      'an Ed25519 key',
      ed.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      /ED25519 key/
    ],
    ['a public key', publicPem, /public key; expected the private key/],
    [
      'a SEC1 EC key',
      ec.privateKey.export({ format: 'pem', type: 'sec1' }).toString(),
      /SEC1.*openssl pkcs8/
    ],
    [
      'an encrypted key',
      ec.privateKey
        .export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'pw' })
        .toString(),
      /encrypted private key/
    ],
    [
      'a certificate',
      `-----BEGIN CERTIFICATE-----\n${b64('not really a cert')}\n-----END CERTIFICATE-----`,
      /certificate, not a key/
    ],
    ['garbage text', 'this is not a key at all', /is not a private key/],
    ['a truncated key', pem.slice(0, 60) + pem.slice(120), /does not parse as PKCS#8/],
    ['base64 of garbage', b64('hello there, general kenobi'), /is not a private key/]
  ]
  test.each(cases)('%s', async (_name, text, message) => {
    const { key, problems } = await read({ input: 'private-key', value: text })
    expect(key).toBeUndefined()
    expect(problems).toHaveLength(1)
    expect(problems[0].input).toBe('private-key')
    expect(problems[0].message).toMatch(message)
    for (const line of text.split('\n').filter(l => l.length >= 8 && !l.startsWith('-----'))) {
      expect(problems[0].message).not.toContain(line)
    }
    for (const line of bodyLines) expect(problems[0].message).not.toContain(line)
  })

  test('a missing file names private-key-path', async () => {
    const { problems } = await read({ input: 'private-key-path', value: '/nonexistent/AuthKey.p8' })
    expect(problems[0]).toMatchObject({ input: 'private-key-path' })
    expect(problems[0].message).toMatch(/does not exist/)
  })

  test('a directory names private-key-path', async () => {
    const { problems } = await read({ input: 'private-key-path', value: tmpdir() })
    expect(problems[0].message).toMatch(/is not a file/)
  })
})
