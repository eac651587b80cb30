// Loaded into the action's process with `node --import probe.mjs dist/index.js`: it watches the
// action from the inside at a cost of one diagnostics_channel message per request (never per
// chunk) and, at exit, writes one JSON file (BENCH_PROBE_OUT) with:
//   - every HTTP request undici sent (origin, method, path, start and end, ms since the epoch),
//   - the wall time at which the first request was created,
//   - peak RSS (getrusage ru_maxrss, the kernel's VmHWM) and the CPU time of the process.
// It uses only node: built-ins, so it adds no module loading worth measuring to the cold start.
import { subscribe } from 'node:diagnostics_channel'
import { writeFileSync } from 'node:fs'

const out = process.env.BENCH_PROBE_OUT
if (out) {
  /** @type {Array<{origin: string, method: string, path: string, start: number, end?: number, status?: number, error?: string}>} */
  const requests = []
  const byRequest = new WeakMap()
  let rssAtFirstRequestKiB
  let connections = 0
  const cpuMs = () => {
    const { user, system } = process.cpuUsage()
    return (user + system) / 1000
  }
  // Every TCP connection the process opens (undici's and node:http's alike), by remote port.
  const connectionPorts = []
  subscribe('net.client.socket', ({ socket }) => {
    connections++
    socket.once('connect', () => connectionPorts.push(socket.remotePort))
  })
  subscribe('undici:request:create', ({ request }) => {
    if (requests.length === 0) rssAtFirstRequestKiB = Math.round(process.memoryUsage.rss() / 1024)
    const entry = {
      origin: String(request.origin),
      method: request.method,
      path: request.path,
      start: Date.now(),
      startCpuMs: cpuMs()
    }
    byRequest.set(request, entry)
    requests.push(entry)
  })
  subscribe('undici:request:headers', ({ request, response }) => {
    const entry = byRequest.get(request)
    if (entry) entry.status = response.statusCode
  })
  subscribe('undici:request:trailers', ({ request }) => {
    const entry = byRequest.get(request)
    if (entry) {
      entry.end = Date.now()
      entry.endCpuMs = cpuMs()
    }
  })
  subscribe('undici:request:error', ({ request, error }) => {
    const entry = byRequest.get(request)
    if (entry) {
      entry.end = Date.now()
      entry.error = String(error?.message ?? error)
    }
  })
  // For investigations: BENCH_PROBE_SAMPLE_MS=10 samples RSS and the V8 heap on a timer.
  const samples = []
  const every = Number(process.env.BENCH_PROBE_SAMPLE_MS)
  if (every > 0) {
    setInterval(() => {
      const m = process.memoryUsage()
      samples.push({
        at: Date.now(),
        rss: m.rss >> 20,
        heap: m.heapUsed >> 20,
        ext: m.external >> 20,
        ab: m.arrayBuffers >> 20
      })
    }, every).unref()
  }
  process.on('exit', code => {
    const usage = process.resourceUsage()
    writeFileSync(
      out,
      JSON.stringify({
        exitCode: code,
        exitedAt: Date.now(),
        maxRssKiB: usage.maxRSS,
        rssAtFirstRequestKiB,
        connections,
        connectionPorts,
        cpuUserMs: usage.userCPUTime / 1000,
        cpuSystemMs: usage.systemCPUTime / 1000,
        requests,
        samples
      })
    )
  })
}
