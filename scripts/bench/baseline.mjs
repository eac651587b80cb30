// The baseline: the least code that sends the same archive to the same simulator as the action
// does. It signs its own token (jose), creates a pack and a version, reserves the ASSET, sends
// the operations Apple handed out with plain node:http and fs.createReadStream({start, end}) at
// the same concurrency over keep-alive sockets (reading 256 KiB at a time, as the action does),
// and commits with the SHA-256 it is given. No checks, no retries, no progress: what is left is
// the cost of the wire and of the server.
//
//   node baseline.mjs '{"url", "appId", "keyId", "issuerId", "privateKeyPath",
//                       "archivePath", "sha256", "concurrency", "out"}'
//
// Writes a JSON file (`out`) with the part requests' times, peak RSS and CPU, like probe.mjs.
import { subscribe } from 'node:diagnostics_channel'
import { createReadStream } from 'node:fs'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { Agent, request } from 'node:http'
import { basename } from 'node:path'
import { SignJWT, importPKCS8 } from 'jose'

const config = JSON.parse(process.argv[2])
const key = await importPKCS8(await readFile(config.privateKeyPath, 'utf8'), 'ES256')
const now = Math.floor(Date.now() / 1000)
const jwt = new SignJWT({})
  .setProtectedHeader({ alg: 'ES256', kid: config.keyId, typ: 'JWT' })
  .setIssuedAt(now)
  .setExpirationTime(now + 19 * 60)
  .setAudience('appstoreconnect-v1')
if (config.issuerId) jwt.setIssuer(config.issuerId)
const token = await jwt.sign(key)

const api = new Agent({ keepAlive: true, maxSockets: 1 })
const parts = new Agent({ keepAlive: true, maxSockets: config.concurrency })
const requests = []
let connections = 0
const connectionPorts = []
subscribe('net.client.socket', ({ socket }) => {
  connections++
  socket.once('connect', () => connectionPorts.push(socket.remotePort))
})
const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** One HTTP request; `body` is a string, or a function that pipes the body into the request. */
function send(url, { method, headers = {}, body }, agent) {
  const entry = {
    origin: new URL(url).origin,
    method,
    path: new URL(url).pathname,
    start: Date.now(),
    startCpuMs: cpuMs()
  }
  requests.push(entry)
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent }, res => {
      const chunks = []
      res.on('data', chunk => chunks.push(chunk))
      res.on('end', () => {
        entry.end = Date.now()
        entry.endCpuMs = cpuMs()
        entry.status = res.statusCode
        const text = Buffer.concat(chunks).toString('utf8')
        if (res.statusCode >= 300)
          reject(new Error(`${method} ${url} -> ${res.statusCode} ${text}`))
        else resolve(text)
      })
    })
    req.on('error', reject)
    if (typeof body === 'function') body(req)
    else req.end(body)
  })
}

async function apiCall(method, path, data) {
  const body = JSON.stringify({ data })
  const text = await send(
    `${config.url}${path}`,
    {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body)
      },
      body
    },
    api
  )
  return JSON.parse(text).data
}

const fileSize = (await stat(config.archivePath)).size
const pack = await apiCall('POST', '/v1/backgroundAssets', {
  type: 'backgroundAssets',
  attributes: { assetPackIdentifier: 'Baseline' },
  relationships: { app: { data: { type: 'apps', id: config.appId } } }
})
const version = await apiCall('POST', '/v1/backgroundAssetVersions', {
  type: 'backgroundAssetVersions',
  relationships: { backgroundAsset: { data: { type: 'backgroundAssets', id: pack.id } } }
})
const reserved = await apiCall('POST', '/v1/backgroundAssetUploadFiles', {
  type: 'backgroundAssetUploadFiles',
  attributes: { assetType: 'ASSET', fileName: basename(config.archivePath), fileSize },
  relationships: {
    backgroundAssetVersion: { data: { type: 'backgroundAssetVersions', id: version.id } }
  }
})

const operations = reserved.attributes.uploadOperations
let next = 0
async function worker() {
  while (next < operations.length) {
    const op = operations[next++]
    const headers = { 'content-length': op.length }
    for (const { name, value } of op.requestHeaders ?? []) headers[name] = value
    await send(
      op.url,
      {
        method: op.method,
        headers,
        body: req =>
          createReadStream(config.archivePath, {
            start: op.offset,
            end: op.offset + op.length - 1,
            highWaterMark: 256 * 1024 // the action's read size: the same syscalls per byte
          })
            .on('error', error => req.destroy(error))
            .pipe(req)
      },
      parts
    )
  }
}
await Promise.all(Array.from({ length: Math.min(config.concurrency, operations.length) }, worker))

await apiCall('PATCH', `/v1/backgroundAssetUploadFiles/${reserved.id}`, {
  type: 'backgroundAssetUploadFiles',
  id: reserved.id,
  attributes: {
    uploaded: true,
    sourceFileChecksums: { file: { hash: config.sha256, algorithm: 'SHA_256' } }
  }
})
api.destroy()
parts.destroy()
const usage = process.resourceUsage()
await writeFile(
  config.out,
  JSON.stringify({
    exitCode: 0,
    maxRssKiB: usage.maxRSS,
    connections,
    connectionPorts,
    cpuUserMs: usage.userCPUTime / 1000,
    cpuSystemMs: usage.systemCPUTime / 1000,
    requests
  })
)
