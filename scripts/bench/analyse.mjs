// Turns what a run recorded (probe.mjs or baseline.mjs requests, stdout lines with their arrival
// times) into figures: cold start, the upload window, request counts per phase.

export const median = values => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** `/v1/backgroundAssets/3f…/versions?x` → `/v1/backgroundAssets/{id}/versions`. */
export function template(path) {
  return path
    .split('?')[0]
    .split('/')
    .map(s => (/^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(s) || /^\d{6,}$/.test(s) ? '{id}' : s))
    .join('/')
}

function isPartRequest(request, apiOrigin) {
  return request.origin !== apiOrigin
}

/**
 * The archive's parts: requests to the upload host after the last reservation. The window runs
 * from the first part's start to the last part's end: the time the wire was in use.
 */
export function uploadWindow(run, apiOrigin) {
  const reservations = run.requests
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.method === 'POST' && template(r.path) === '/v1/backgroundAssetUploadFiles')
  const after = reservations.at(-1).i
  const parts = run.requests.slice(after + 1).filter(r => isPartRequest(r, apiOrigin))
  const first = parts.reduce((a, b) => (b.start < a.start ? b : a))
  const last = parts.reduce((a, b) => (b.end > a.end ? b : a))
  return {
    parts: parts.length,
    ms: last.end - first.start,
    /** CPU time of the whole process while the parts were in flight. */
    cpuMs: last.endCpuMs - first.startCpuMs,
    failed: parts.filter(r => !(r.status < 300)).length
  }
}

/** TCP connections to the upload host (the API's are the API client's affair). */
export function partConnections(run, apiOrigin) {
  const apiPort = Number(new URL(apiOrigin).port)
  return run.connectionPorts.filter(port => port !== apiPort).length
}

/** When a `::group::` line and its `::endgroup::` arrived. */
export function groupTimes(run, name) {
  const at = run.lines.findIndex(l => l.text === `::group::${name}`)
  if (at < 0) return undefined
  const end = run.lines.slice(at).find(l => l.text === '::endgroup::')
  return { start: run.lines[at].at, end: end?.at }
}

/**
 * The API requests of a publish, by phase: find or create the pack and the version; the
 * manifest (reserve, commit, then polls for Apple's verdict); the archive (reserve, commit);
 * the wait (polls). Requests to the upload host are counted apart.
 */
export function requestPhases(run, apiOrigin) {
  const api = run.requests.filter(r => !isPartRequest(r, apiOrigin))
  const parts = run.requests.filter(r => isPartRequest(r, apiOrigin)).length
  const phases = { setup: [], manifest: [], manifestPolls: [], archive: [], waitPolls: [] }
  let phase = 'setup'
  let reservations = 0
  let commits = 0
  for (const r of api) {
    const t = template(r.path)
    const op = `${r.method} ${t}`
    if (r.method === 'POST' && t === '/v1/backgroundAssetUploadFiles') {
      reservations++
      phase = reservations === 1 ? 'manifest' : 'archive'
    }
    if (r.method === 'PATCH' && t === '/v1/backgroundAssetUploadFiles/{id}') {
      commits++
      phases[phase].push(op)
      phase = commits === 1 ? 'manifestPolls' : 'waitPolls'
      continue
    }
    phases[phase].push(op)
  }
  const notPolls = phases.setup.length + phases.manifest.length + phases.archive.length
  return { phases, notPolls, polls: api.length - notPolls, api: api.length, parts }
}
