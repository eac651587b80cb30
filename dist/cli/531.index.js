export const id = 531;
export const ids = [531];
export const modules = {

/***/ 4531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cli: () => (/* binding */ cli),
  usage: () => (/* binding */ cli_usage)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/engine/asc/errors.ts
/**
 * Typed errors of the App Store Connect client. Every error that names a request shows it
 * redacted: method and URL without any Authorization header, and a signed URL as its origin only.
 * `message` says what failed (with Apple's own words where Apple gave them); `hint` says what to do.
 * `formatError` joins both into the one line an entry point prints.
 */
class AscError extends Error {
    request;
    /** What a user can do about it, or undefined when there is nothing to add. */
    hint;
    /** How many attempts were made before giving up (set by the retry policy). */
    attempts = 1;
    constructor(message, request, options) {
        super(message, options?.cause === undefined ? undefined : { cause: options.cause });
        this.request = request;
        this.name = new.target.name;
        this.hint = options?.hint;
    }
    /** The message and the hint, on one line. */
    oneLine() {
        const tries = this.attempts > 1 ? ` (after ${this.attempts} attempts)` : '';
        const text = `${this.message}${tries}${this.hint ? `. ${this.hint}` : ''}`;
        return text.replace(/\s*\n\s*/g, ' ');
    }
}
/** Apple answered with a 4xx/5xx status. */
class ApiError extends AscError {
    status;
    errors;
    /** Apple's first error code, e.g. ENTITY_ERROR.ATTRIBUTE.INVALID. */
    code;
    title;
    detail;
    /** True where a POST/PATCH may have been processed although it failed (5xx): look before resending. */
    ambiguous;
    /** The server's Retry-After, in milliseconds, where it sent one. */
    retryAfterMs;
    constructor(status, errors, request, options) {
        super(apiErrorMessage(status, errors, request, options?.bodySnippet), request, {
            hint: options?.hint ?? hintForStatus(status, errors)
        });
        this.status = status;
        this.errors = errors;
        const first = errors[0];
        this.code = first?.code;
        this.title = first?.title;
        this.detail = first?.detail;
        this.ambiguous = status >= 500 && request.method !== 'GET' && request.method !== 'HEAD';
        this.retryAfterMs = options?.retryAfterMs;
    }
    /** The request's path (and query), without origin. */
    get path() {
        return pathOf(this.request?.url ?? '');
    }
    get method() {
        return this.request?.method ?? '';
    }
}
/** 409: the resource exists already, or its state forbids the change. */
class ConflictError extends ApiError {
}
/** 429, still refused after waiting within the retry budget. */
class RateLimitError extends ApiError {
    quota;
    constructor(errors, request, quota, retryAfterMs) {
        const seen = quota
            ? ` The last X-Rate-Limit seen: ${quota.remaining} of ${quota.limit} left.`
            : '';
        const wait = retryAfterMs !== undefined ? ` Apple asked to wait ${Math.ceil(retryAfterMs / 1000)} s.` : '';
        super(429, errors, request, {
            hint: 'App Store Connect limits each API key to about 3500 requests per rolling hour.' +
                `${seen}${wait} Wait and run again, or use another key for other tools`,
            retryAfterMs
        });
        this.quota = quota;
    }
}
/** The connection failed, reset or timed out; no HTTP status was received. */
class NetworkError extends AscError {
    code;
    /** True where a POST/PATCH may have reached Apple: look before resending. */
    ambiguous;
    constructor(cause, request, ambiguous) {
        const code = errorCode(cause);
        const why = cause instanceof Error ? cause.message : String(cause);
        super(`${request.method} ${request.url} failed: ${code ? `${code}: ` : ''}${why}`, request, {
            cause,
            hint: 'Check the network connection and any proxy, then run again' +
                (ambiguous
                    ? '; the request may have been processed, so the run looks before creating again'
                    : '')
        });
        this.code = code;
        this.ambiguous = ambiguous;
    }
}
/** A 2xx answer that does not have the shape the spec promises. */
class ResponseValidationError extends AscError {
    issues;
    constructor(request, issues) {
        super(`Unexpected response from App Store Connect to ${request.method} ${pathOf(request.url)}: ${issues.slice(0, 3).join('; ')}`, request, {
            hint: 'Apple may have changed the API; please report this with the debug log (secrets are masked)'
        });
        this.issues = issues;
    }
}
/** Refused before sending: an unsafe URL, a redirect, a token bound for another origin. */
class TransportSecurityError extends AscError {
    constructor(message, request, hint) {
        super(message, request, { hint });
    }
}
/** A one-line message for any thrown value, with the hint where there is one. */
function formatError(error) {
    if (error instanceof AscError)
        return error.oneLine();
    if (error instanceof Error)
        return error.message.replace(/\s*\n\s*/g, ' ');
    return String(error);
}
/**
 * The URL without userinfo and fragment. With `keepQuery: false` (a pre-signed URL), only its
 * origin: such a URL is a credential as a whole, and the secret may be in its path as well as in
 * its query (an upload host may put an unguessable token there). The runner masks only the whole
 * URL, so no piece of it may be printed.
 */
function redactUrl(url, keepQuery = true) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return '<invalid URL>';
    }
    if (!keepQuery)
        return `${parsed.origin}/<redacted>`;
    parsed.username = '';
    parsed.password = '';
    parsed.hash = '';
    return parsed.toString();
}
function pathOf(url) {
    try {
        const parsed = new URL(url);
        return decodeURI(parsed.pathname + parsed.search);
    }
    catch {
        return url;
    }
}
function errorCode(cause) {
    const code = cause?.code;
    return typeof code === 'string' ? code : undefined;
}
function apiErrorMessage(status, errors, request, snippet) {
    const where = `${request.method} ${pathOf(request.url)}`;
    if (errors.length === 0) {
        return `App Store Connect answered ${status} to ${where}${snippet ? `: ${snippet}` : ''}`;
    }
    const parts = errors.map(e => {
        const head = [e.code, e.title].filter(Boolean).join(' ');
        const src = e.source?.parameter ?? e.source?.pointer;
        return `${head}${e.detail ? `: ${e.detail}` : ''}${src ? ` (${src})` : ''}`;
    });
    return `App Store Connect answered ${status} to ${where}: ${parts.join('; ')}`;
}
function hintForStatus(status, errors) {
    const param = errors.map(e => e.source?.parameter ?? '').join(' ');
    if (status === 400 && param.includes('assetPackIdentifier')) {
        return 'An asset pack identifier may hold only letters, digits and hyphens (no dots or underscores)';
    }
    switch (status) {
        case 401:
            return ('Check key-id, issuer-id (empty only for an individual key) and the private key; ' +
                'a revoked key gives 401, and so does a clock that is far off');
        case 403:
            return 'The API key needs the Admin, App Manager or Developer role and access to this app';
        case 404:
            return "Check app-id (the app's Apple ID, digits) and that the key's team owns the app";
        case 409:
            return 'The resource exists already, or its state does not allow this change';
        default:
            return status >= 500
                ? 'App Store Connect had a problem; run again later (a create is looked up before it is sent again)'
                : undefined;
    }
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/engine/asc/env.ts

const realEnv = {
    now: () => Date.now(),
    sleep: async (ms, signal) => {
        signal?.throwIfAborted();
        if (ms <= 0)
            return;
        try {
            await (0,promises_.setTimeout)(ms, undefined, { signal });
        }
        catch (error) {
            // timers/promises rejects with its own AbortError; surface the caller's reason instead.
            if (signal?.aborted)
                throw signal.reason;
            throw error;
        }
    },
    random: () => Math.random()
};
/** Fills the gaps of a partial environment with the real one. */
function withEnv(env) {
    return { ...realEnv, ...env };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
;// CONCATENATED MODULE: ./src/engine/zod-config.ts

// zod compiles each object schema into a parser with `new Function` on its first parse. That
// pays off over thousands of parses; a run parses a few dozen values (inputs, one manifest, the
// API's responses), and each compile costs more than all of that schema's parses (~3 ms before
// the first check). zod reads the setting when a schema is built: every module that builds
// schemas imports this first. The setting lives in zod's core, which both APIs share: the
// checks' `zod/mini` schemas and the API client's classic ones.
(0,core/* config */.$W)({ jitless: true });

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(0);
;// CONCATENATED MODULE: ./src/engine/asc/schemas.ts
/**
 * zod schemas for the responses the publish flow reads, written by hand from Apple's OpenAPI spec
 * (shared/asc-openapi/background-assets.openapi.json, 4.5.1). Loose objects everywhere (Apple adds
 * fields); required and strict where the flow depends on a field: ids and types, states, the
 * reservation's upload operations, paging links. Optional attributes accept null too.
 */


const id = schemas/* string */.YjP().min(1);
const opt = (schema) => schema.nullish();
/** A relationship's `data`: {type, id}, or null when empty (e.g. no internal beta release yet). */
const linkage = (type) => schemas/* looseObject */._H3({ data: opt(schemas/* looseObject */._H3({ type: schemas/* literal */.euz(type), id })) });
const StateDetailSchema = schemas/* looseObject */._H3({
    code: opt(schemas/* string */.YjP()),
    description: opt(schemas/* string */.YjP())
});
/** ErrorResponse: lenient, it is read to build a message. */
const ErrorResponseSchema = schemas/* looseObject */._H3({
    errors: schemas/* array */.YOg(schemas/* looseObject */._H3({
        id: opt(schemas/* string */.YjP()),
        status: opt(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).transform(String)),
        code: opt(schemas/* string */.YjP()),
        title: opt(schemas/* string */.YjP()),
        detail: opt(schemas/* string */.YjP()),
        source: opt(schemas/* looseObject */._H3({ pointer: opt(schemas/* string */.YjP()), parameter: opt(schemas/* string */.YjP()) }))
    }))
});
const PagedLinksSchema = schemas/* looseObject */._H3({ self: opt(schemas/* string */.YjP()), next: opt(schemas/* string */.YjP()) });
// ---- backgroundAssets (the pack) ----
const BackgroundAssetSchema = schemas/* looseObject */._H3({
    type: schemas/* literal */.euz('backgroundAssets'),
    id,
    attributes: opt(schemas/* looseObject */._H3({
        archived: opt(schemas/* boolean */.zMY()),
        assetPackIdentifier: opt(schemas/* string */.YjP()),
        createdDate: opt(schemas/* string */.YjP()),
        usedBytes: opt(schemas/* number */.aig())
    })),
    relationships: opt(schemas/* looseObject */._H3({
        app: opt(linkage('apps')),
        appStoreVersion: opt(linkage('backgroundAssetVersions')),
        internalBetaVersion: opt(linkage('backgroundAssetVersions')),
        externalBetaVersion: opt(linkage('backgroundAssetVersions'))
    }))
});
// ---- backgroundAssetVersions ----
const VersionStateSchema = schemas/* enum */.k5n(['AWAITING_UPLOAD', 'PROCESSING', 'FAILED', 'COMPLETE']);
const BackgroundAssetVersionSchema = schemas/* looseObject */._H3({
    type: schemas/* literal */.euz('backgroundAssetVersions'),
    id,
    attributes: schemas/* looseObject */._H3({
        createdDate: opt(schemas/* string */.YjP()),
        platforms: opt(schemas/* array */.YOg(schemas/* string */.YjP())),
        state: VersionStateSchema,
        stateDetails: opt(schemas/* looseObject */._H3({
            errors: opt(schemas/* array */.YOg(StateDetailSchema)),
            warnings: opt(schemas/* array */.YOg(StateDetailSchema)),
            infos: opt(schemas/* array */.YOg(StateDetailSchema))
        })),
        version: opt(schemas/* string */.YjP()),
        locale: opt(schemas/* string */.YjP())
    }),
    relationships: opt(schemas/* looseObject */._H3({
        backgroundAsset: opt(linkage('backgroundAssets')),
        internalBetaRelease: opt(linkage('backgroundAssetVersionInternalBetaReleases')),
        externalBetaRelease: opt(linkage('backgroundAssetVersionExternalBetaReleases')),
        appStoreRelease: opt(linkage('backgroundAssetVersionAppStoreReleases')),
        assetFile: opt(linkage('backgroundAssetUploadFiles')),
        manifestFile: opt(linkage('backgroundAssetUploadFiles'))
    }))
});
// ---- backgroundAssetUploadFiles ----
/** A part to send, as the reservation describes it. The uploader depends on every field but the last two. */
const UploadOperationSchema = schemas/* looseObject */._H3({
    method: schemas/* string */.YjP().min(1),
    url: schemas/* url */.OZ5(),
    offset: schemas/* number */.aig().int().min(0),
    length: schemas/* number */.aig().int().min(1),
    requestHeaders: opt(schemas/* array */.YOg(schemas/* looseObject */._H3({ name: schemas/* string */.YjP(), value: schemas/* string */.YjP() }))).transform(h => h ?? []),
    partNumber: opt(schemas/* number */.aig().int().min(1)),
    expiration: opt(schemas/* string */.YjP()),
    entityTag: opt(schemas/* string */.YjP())
});
const DeliveryStateSchema = schemas/* looseObject */._H3({
    state: schemas/* enum */.k5n(['AWAITING_UPLOAD', 'UPLOAD_COMPLETE', 'COMPLETE', 'FAILED']),
    errors: opt(schemas/* array */.YOg(StateDetailSchema)),
    warnings: opt(schemas/* array */.YOg(StateDetailSchema))
});
const ChecksumSchema = schemas/* looseObject */._H3({ hash: opt(schemas/* string */.YjP()), algorithm: opt(schemas/* string */.YjP()) });
const uploadFileAttributes = {
    assetDeliveryState: opt(DeliveryStateSchema),
    assetToken: opt(schemas/* string */.YjP()),
    assetType: opt(schemas/* enum */.k5n(['ASSET', 'MANIFEST'])),
    fileName: opt(schemas/* string */.YjP()),
    fileSize: opt(schemas/* number */.aig().int()),
    sourceFileChecksums: opt(schemas/* looseObject */._H3({ file: opt(ChecksumSchema), composite: opt(ChecksumSchema) })),
    uploadOperations: opt(schemas/* array */.YOg(UploadOperationSchema))
};
const UploadFileSchema = schemas/* looseObject */._H3({
    type: schemas/* literal */.euz('backgroundAssetUploadFiles'),
    id,
    attributes: opt(schemas/* looseObject */._H3(uploadFileAttributes))
});
/** The answer to a reservation: the flow cannot go on without its operations. */
const ReservedUploadFileSchema = schemas/* looseObject */._H3({
    type: schemas/* literal */.euz('backgroundAssetUploadFiles'),
    id,
    attributes: schemas/* looseObject */._H3({
        ...uploadFileAttributes,
        uploadOperations: schemas/* array */.YOg(UploadOperationSchema).min(1)
    })
});
// ---- backgroundAssetVersionInternalBetaReleases ----
const InternalBetaReleaseSchema = schemas/* looseObject */._H3({
    type: schemas/* literal */.euz('backgroundAssetVersionInternalBetaReleases'),
    id,
    attributes: schemas/* looseObject */._H3({ state: schemas/* enum */.k5n(['READY_FOR_TESTING', 'SUPERSEDED']) }),
    relationships: opt(schemas/* looseObject */._H3({ backgroundAssetVersion: opt(linkage('backgroundAssetVersions')) }))
});
// ---- documents ----
/** `included` is read by type later; here only each entry's identity is checked. */
const IncludedSchema = schemas/* array */.YOg(schemas/* looseObject */._H3({ type: schemas/* string */.YjP(), id }));
const single = (data) => schemas/* looseObject */._H3({ data, included: opt(IncludedSchema), links: opt(schemas/* looseObject */._H3({})) });
const paged = (item) => schemas/* looseObject */._H3({
    data: schemas/* array */.YOg(item),
    included: opt(IncludedSchema),
    links: opt(PagedLinksSchema),
    meta: opt(schemas/* looseObject */._H3({ paging: opt(schemas/* looseObject */._H3({ total: opt(schemas/* number */.aig()) })) }))
});

;// CONCATENATED MODULE: ./src/engine/asc/packs.ts

/** Apple's PATCH of `archived` has been seen to take over a minute: wait this long for it. */
const ARCHIVE_TIMEOUT_MS = 3 * 60_000;
/** Every pack of the app (there is no top-level list), following `links.next`. */
async function listAppPacks(client, appId, signal) {
    const schema = paged(BackgroundAssetSchema);
    const packs = [];
    let doc = await client.transport.json({
        method: 'GET',
        path: `/v1/apps/${encodeURIComponent(appId)}/backgroundAssets`,
        query: { limit: 200 },
        schema,
        signal
    });
    for (let pages = 1;; pages++) {
        packs.push(...doc.data);
        const next = doc.links?.next;
        if (!next)
            break;
        if (pages >= 100)
            throw new Error(`Too many pages of packs for app ${appId}`);
        doc = await client.transport.json({ method: 'GET', path: next, schema, signal });
    }
    return packs;
}
/**
 * PATCH /v1/backgroundAssets/{id} {archived}. Never resent blindly (the transport's rule for a
 * PATCH): an ambiguous failure is the caller's to look up.
 */
async function patchArchived(client, packId, archived, options = {}) {
    const doc = await client.transport.json({
        method: 'PATCH',
        path: `/v1/backgroundAssets/${encodeURIComponent(packId)}`,
        body: { data: { type: 'backgroundAssets', id: packId, attributes: { archived } } },
        schema: single(BackgroundAssetSchema),
        signal: options.signal,
        timeoutMs: options.timeoutMs ?? ARCHIVE_TIMEOUT_MS
    });
    return doc.data;
}

;// CONCATENATED MODULE: ./src/engine/publish/record.ts
function newRecord(assetPackIdentifier, dryRun) {
    return { assetPackIdentifier, dryRun, skipped: false, notes: [], phases: [] };
}
/** The record of a run about to start on checked inputs: the archive's digest and size known. */
function startRecord(inputs) {
    const record = newRecord(inputs.assetPackIdentifier, inputs.settings.dryRun);
    record.archiveSha256 = inputs.archive?.sha256;
    record.archiveSize = inputs.archive?.size;
    return record;
}
/** Apple's messages as one verbatim line each: `CODE: description`. */
function describeMessages(messages) {
    return (messages ?? []).map(m => [m.code, m.description].filter(Boolean).join(': '));
}
/**
 * What a cancelled run tells the user, from how far it got: before any version, a version left
 * AWAITING_UPLOAD (reused by the next run), or an archive already committed.
 */
function describeCancel(record) {
    if (record.upload) {
        return (`Cancelled while Apple processes version ${record.version ?? '?'}; the archive is committed. ` +
            'Run again to resume watching (nothing is uploaded again).');
    }
    if (!record.versionId) {
        return ('Cancelled before any version was chosen or created' +
            (record.packCreated ? ' (the asset pack it created stays)' : '') +
            '. Run again to publish: there is nothing to resume (a version being created at that very ' +
            'moment stays AWAITING_UPLOAD, and the next run reuses it).');
    }
    const uploading = record.phases.some(p => p.name === 'Upload the archive');
    return ('Cancelled. ' +
        (uploading ? 'The archive upload was stopped before its commit. ' : '') +
        `Run again to resume: version ${record.version ?? '?'} (${record.versionId}), left ` +
        'AWAITING_UPLOAD, is reused; nothing is duplicated.');
}

;// CONCATENATED MODULE: ./src/engine/publish/errors.ts

/** The flow's own failures: each message says what happened and what to do. */
class PublishError extends Error {
    constructor(message) {
        super(message);
        this.name = new.target.name;
    }
}
/** Apple's check refused the manifest; the archive was not uploaded. */
class ManifestRefusedError extends PublishError {
    errors;
    constructor(errors) {
        const lines = describeMessages(errors);
        super(`App Store Connect refused the manifest${lines.length ? `:\n${lines.map(l => `  ${l}`).join('\n')}` : ' (no reason given)'}\n` +
            'The archive was not uploaded. Fix Manifest.json, rebuild the pack with ba-package and run again.');
        this.errors = errors;
    }
}
/** Apple's processing of the archive failed. */
class ProcessingFailedError extends PublishError {
    stateDetails;
    /** Every line Apple gave (stateDetails, then the upload files' delivery errors), verbatim. */
    details;
    constructor(version, stateDetails, options = {}) {
        const lines = [
            ...stateDetails.errors.map(l => `error: ${l}`),
            ...stateDetails.warnings.map(l => `warning: ${l}`),
            ...stateDetails.infos.map(l => `info: ${l}`),
            ...(options.delivery ?? [])
        ];
        const head = `App Store Connect could not process version ${version}`;
        super(`${head}${lines.length ? `:\n${lines.map(l => `  ${l}`).join('\n')}` : ' (no reason given)'}\n` +
            'Fix the pack and run again: a new version will be created.');
        this.stateDetails = stateDetails;
        this.details = `${head}. Apple's messages:\n${lines.map(l => `  ${l}`).join('\n') || '  (none)'}`;
    }
}
/** The wait ran out; Apple goes on processing and a rerun resumes watching. */
class WaitTimeoutError extends PublishError {
    constructor(version, versionId, state, minutes) {
        super(`Timed out after ${minutes} minutes waiting for version ${version} (${versionId}), last seen ${state}. ` +
            'App Store Connect keeps processing it: run again to resume watching (nothing is uploaded ' +
            'again), or raise timeout-minutes. Apple says processing can take up to 24 hours.');
    }
}

;// CONCATENATED MODULE: ./src/engine/manage/archive.ts



/** The PATCH failed ambiguously and App Store Connect still does not show the change. */
class ArchiveUnconfirmedError extends PublishError {
}
const READ_BACK = { intervalMs: 5_000, forMs: 2 * 60_000 };
async function setArchived(client, pack, archived, options) {
    const { logger, env, signal } = options;
    const started = env.now();
    const done = (p, confirmedBy, error) => ({ pack: p, confirmedBy, error, ms: env.now() - started });
    if ((pack.attributes?.archived === true) === archived)
        return done(pack, 'already');
    const name = `'${pack.attributes?.assetPackIdentifier ?? pack.id}' (${pack.id})`;
    logger.info(`${archived ? 'Archiving' : 'Unarchiving'} asset pack ${name}; Apple may take a minute or more to answer.`);
    const heartbeat = setInterval(() => logger.info(`Still waiting for App Store Connect (${secondsSince(env, started)} s)…`), options.heartbeatMs ?? 20_000);
    heartbeat.unref();
    let failure;
    try {
        const answered = await patchArchived(client, pack.id, archived, {
            signal,
            timeoutMs: options.timeoutMs
        });
        if ((answered.attributes?.archived === true) === archived)
            return done(answered, 'answer');
        failure = new Error(`App Store Connect answered with archived ${String(answered.attributes?.archived)}`);
    }
    catch (error) {
        if (!isAmbiguous(error))
            throw error;
        failure = error;
    }
    finally {
        clearInterval(heartbeat);
    }
    // Apple's words without the client's generic hint (which is about creates, not this PATCH).
    const why = (failure instanceof Error ? failure.message : String(failure)).replace(/\s*\n\s*/g, ' ');
    logger.warning(`${why} Reading the pack back before reporting: the change may have happened.`);
    const { intervalMs, forMs } = options.readBack ?? READ_BACK;
    const deadline = env.now() + forMs;
    for (let reads = 1;; reads++) {
        const seen = await client.getPack(pack.id, signal);
        if ((seen.attributes?.archived === true) === archived) {
            logger.info(`Read back: the pack is ${archived ? 'archived' : 'not archived'}.`);
            return done(seen, 'read-back', why);
        }
        if (env.now() + intervalMs > deadline) {
            throw new ArchiveUnconfirmedError(`${archived ? 'Archiving' : 'Unarchiving'} asset pack ${name} is unconfirmed: ${why}. ` +
                `Read back ${reads} time(s) over ${secondsSince(env, started)} s, App Store Connect still shows it ` +
                `${archived ? 'not archived' : 'archived'}. Apple may still be working on it: check with ` +
                '`publish-asset-pack status` later, or run the command again (the change is safe to repeat).');
        }
        await env.sleep(intervalMs, signal);
    }
}
/** A 5xx, a dropped connection or a timeout on the PATCH: it may have been carried out. */
function isAmbiguous(error) {
    return (error instanceof ApiError || error instanceof NetworkError) && error.ambiguous;
}
function secondsSince(env, started) {
    return Math.round((env.now() - started) / 1000);
}

;// CONCATENATED MODULE: ./src/engine/manage/quota.ts
/**
 * The per-app limits (apple-facts.md, "Managing packs" and "The archive"): 200 GB in total, the
 * usedBytes of every pack summed (each pack counts its largest eligible version), and 100 packs.
 * Apple emails at 80 %; we warn there too.
 *
 * 200 GB is 200 × 10^9 bytes, not 200 GiB: the facts write binary units as such (GiB, MiB) and
 * this one as GB, as App Store Connect does for sizes. It is also the stricter reading (200 GiB
 * would be 7 % more), so a warning never comes late.
 */
const APP_BYTES_LIMIT = 200e9;
const APP_PACKS_LIMIT = 100;
const WARN_SHARE = 0.8;
function usage(used, limit) {
    const share = used / limit;
    return { used, limit, share, warn: share >= WARN_SHARE };
}
/** The app's totals from its packs as Apple lists them. */
function appQuota(packs) {
    const bytes = packs.reduce((sum, p) => sum + (p.usedBytes ?? 0), 0);
    return {
        bytes: usage(bytes, APP_BYTES_LIMIT),
        packs: usage(packs.length, APP_PACKS_LIMIT),
        archivedPacks: packs.filter(p => p.archived).length
    };
}
/** Decimal units, as the limit is given: 1234567 → "1.23 MB". */
function formatDecimalBytes(bytes) {
    if (bytes < 1000)
        return `${bytes} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let value = bytes / 1000;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}
/** Rounded down: 79.96 % shows as 79.9 %, never as the 80.0 % that warns. */
function percent(share) {
    return `${(Math.floor(share * 1000 + 1e-9) / 10).toFixed(1)} %`;
}
/** "12.3 GB of 200 GB (6.2 %)" */
function describeBytes(u) {
    return `${formatDecimalBytes(u.used)} of ${u.limit / 1e9} GB (${percent(u.share)})`;
}
/** "12 of 100 packs (12.0 %)" */
function describePacks(u) {
    return `${u.used} of ${u.limit} packs (${percent(u.share)})`;
}
/** The warnings a person should see, one line each; none below 80 %. */
function quotaWarnings(q) {
    const out = [];
    if (q.bytes.warn) {
        out.push(`The app's asset packs use ${describeBytes(q.bytes)} of Apple's per-app limit` +
            `${q.bytes.share >= 1 ? ': the limit is reached' : ''}. Archive packs no longer needed, or make packs smaller.`);
    }
    if (q.packs.warn) {
        out.push(`The app has ${describePacks(q.packs)} of Apple's per-app limit` +
            `${q.archivedPacks ? ` (${q.archivedPacks} archived)` : ''}.`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/asc/auth.ts
const AUDIENCE = 'appstoreconnect-v1';
/** Apple rejects tokens whose exp is more than 20 minutes after iat. */
const MAX_LIFETIME_SECONDS = 20 * 60;
class TokenSigner {
    credentials;
    options;
    current;
    pending;
    lifetime;
    reuse;
    now;
    constructor(credentials, options) {
        this.credentials = credentials;
        this.options = options;
        this.lifetime = options.lifetimeSeconds ?? 19 * 60;
        this.reuse = options.reuseSeconds ?? 10 * 60;
        if (!(this.lifetime > 0 && this.lifetime <= MAX_LIFETIME_SECONDS)) {
            throw new RangeError(`Token lifetime must be 1..${MAX_LIFETIME_SECONDS} s, not ${this.lifetime}`);
        }
        if (!(this.reuse > 0 && this.reuse < this.lifetime)) {
            throw new RangeError(`Token reuse must be shorter than its lifetime (${this.lifetime} s)`);
        }
        const env = options.env;
        this.now = env ? () => env.now() : () => Date.now();
    }
    /** A valid token: the current one while it is young enough, else a new one. */
    async token() {
        const nowSeconds = Math.floor(this.now() / 1000);
        if (this.current && nowSeconds - this.current.iat < this.reuse)
            return this.current.token;
        // Concurrent callers share one signature.
        this.pending ??= this.sign(nowSeconds).finally(() => (this.pending = undefined));
        return this.pending;
    }
    /** Drops `token` (after a 401) so that the next call signs a new one. */
    invalidate(token) {
        if (this.current?.token === token)
            this.current = undefined;
    }
    async sign(iat) {
        const { keyId, issuerId, privateKey } = this.credentials;
        const { SignJWT } = await Promise.all(/* import() */[__webpack_require__.e(994), __webpack_require__.e(696)]).then(__webpack_require__.bind(__webpack_require__, 2696)); // loaded once, with the key (checks/key.ts)
        const jwt = new SignJWT(issuerId ? {} : { sub: 'user' })
            .setProtectedHeader({ alg: 'ES256', kid: keyId, typ: 'JWT' })
            .setIssuedAt(iat)
            .setExpirationTime(iat + this.lifetime)
            .setAudience(AUDIENCE);
        if (issuerId)
            jwt.setIssuer(issuerId);
        const token = await jwt.sign(privateKey);
        this.options.logger.secret(token);
        this.current = { token, iat };
        this.options.logger.debug(`Signed a new App Store Connect token (valid ${this.lifetime} s)`);
        return token;
    }
}

;// CONCATENATED MODULE: ./src/engine/asc/paging.ts

/** GET a JSON:API list, following links.next (the transport keeps it on the API's origin). */
async function listAll(transport, path, query, item, max, signal) {
    const schema = paged(item);
    const items = [];
    const included = [];
    let doc = await transport.json({ method: 'GET', path, query, schema, signal });
    for (let pages = 1;; pages++) {
        items.push(...doc.data);
        included.push(...(doc.included ?? []));
        const next = doc.links?.next;
        if (!next || items.length >= max)
            break;
        if (pages >= 1000)
            throw new Error(`Too many pages from ${path}`);
        doc = await transport.json({ method: 'GET', path: next, schema, signal });
    }
    return { items: items.slice(0, max), included };
}

;// CONCATENATED MODULE: ./src/engine/undici.ts
let loaded;
/**
 * undici, imported on the first request rather than at start: 1.5 MB of the bundle that a run
 * sending no request (a local-only dry run, `plan`, `--help`) would otherwise compile for nothing.
 */
function undici() {
    return (loaded ??= __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19)));
}

;// CONCATENATED MODULE: ./src/engine/asc/rate-limit.ts
/** Parses the header; undefined when absent or not understood. */
function parseRateLimit(value) {
    const text = Array.isArray(value) ? value.join(';') : value;
    if (!text)
        return undefined;
    const fields = new Map();
    for (const part of text.split(';')) {
        const [key, raw] = part.split(':').map(s => s.trim());
        if (key && raw !== undefined && /^\d+$/.test(raw))
            fields.set(key, Number(raw));
    }
    const limit = fields.get('user-hour-lim');
    const remaining = fields.get('user-hour-rem');
    if (limit === undefined || remaining === undefined || limit <= 0)
        return undefined;
    return { limit, remaining };
}
class RateLimitPacer {
    env;
    options;
    last;
    lastRequestAt;
    warned = false;
    lowShare;
    maxSpacingMs;
    constructor(env, options = {}) {
        this.env = env;
        this.options = options;
        this.lowShare = options.lowShare ?? 0.1;
        this.maxSpacingMs = options.maxSpacingMs ?? 30_000;
    }
    /** The last quota seen, if any response carried the header. */
    get quota() {
        return this.last;
    }
    /** Records the header of a response. */
    observe(header) {
        const parsed = parseRateLimit(header);
        if (!parsed)
            return;
        this.last = { ...parsed, seenAt: this.env.now() };
        const low = this.spacingMs() > 0;
        if (low && !this.warned)
            this.options.onLow?.(this.last);
        this.warned = low;
    }
    /** The minimum spacing between two requests for the current quota: 0 while it is plentiful. */
    spacingMs() {
        const q = this.last;
        if (!q)
            return 0;
        const lowWater = q.limit * this.lowShare;
        if (q.remaining >= lowWater)
            return 0;
        const depletion = 1 - Math.max(0, q.remaining) / lowWater;
        return Math.round(this.maxSpacingMs * depletion);
    }
    /** How long to wait before the next request (and marks it as sent at that time). */
    nextDelayMs() {
        const now = this.env.now();
        const spacing = this.spacingMs();
        const due = this.lastRequestAt === undefined ? now : this.lastRequestAt + spacing;
        const wait = Math.max(0, due - now);
        this.lastRequestAt = now + wait;
        return wait;
    }
}

;// CONCATENATED MODULE: ./src/engine/asc/retry.ts

/** For App Store Connect JSON requests. */
const API_RETRY = {
    maxAttempts: 5,
    baseDelayMs: 1_000,
    maxDelayMs: 30_000,
    budgetMs: 5 * 60_000
};
/** For one part upload (its own attempts count, its own budget). */
const PART_RETRY = {
    maxAttempts: 5,
    baseDelayMs: 1_000,
    maxDelayMs: 30_000,
    budgetMs: 15 * 60_000
};
/** Network error codes raised before a connection existed: nothing was sent. */
const NOT_SENT_CODES = new Set([
    'ECONNREFUSED',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_CONNECT_TIMEOUT'
]);
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status <= 599);
}
function isIdempotent(method) {
    const m = method.toUpperCase();
    return m === 'GET' || m === 'HEAD' || m === 'PUT' || m === 'OPTIONS';
}
/** True when a network error code shows that the request never left this machine. */
function wasNotSent(code) {
    return code !== undefined && NOT_SENT_CODES.has(code);
}
/**
 * The policy's decision for one failed attempt.
 * `status` for an HTTP answer, `networkCode` (possibly undefined) for a network failure.
 */
function shouldRetry(method, outcome) {
    if ('status' in outcome) {
        if (outcome.status === 429)
            return true;
        return isRetryableStatus(outcome.status) && isIdempotent(method);
    }
    return isIdempotent(method) || wasNotSent(outcome.code);
}
/** Retry-After as milliseconds from now: delta-seconds or an HTTP date; undefined if absent/bad. */
function parseRetryAfter(value, now) {
    const text = Array.isArray(value) ? value[0] : value;
    if (text === undefined || text.trim() === '')
        return undefined;
    if (/^\s*\d+\s*$/.test(text))
        return Number(text) * 1000;
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/** The backoff before retry number `retry` (1 for the first retry): half fixed, half jitter. */
function backoffDelay(retry, random, options) {
    const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retry - 1));
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
/** Runs `attempt` until it succeeds, the classifier says stop, or attempts/budget run out. */
async function withRetry(attempt, classify, ctx) {
    const { env, options, signal } = ctx;
    const started = env.now();
    for (let n = 1;; n++) {
        signal?.throwIfAborted();
        try {
            return await attempt(n);
        }
        catch (error) {
            if (signal?.aborted)
                throw signal.reason;
            if (error instanceof AscError)
                error.attempts = n;
            const verdict = classify(error);
            if (!verdict.retry)
                throw error;
            const delayMs = verdict.retryAfterMs ?? backoffDelay(n, env.random, options);
            const overBudget = env.now() + delayMs - started > options.budgetMs;
            if (n >= options.maxAttempts || overBudget) {
                const final = ctx.onGiveUp?.(error, verdict.retryAfterMs) ?? error;
                if (final instanceof AscError)
                    final.attempts = n;
                throw final;
            }
            ctx.onRetry?.({ attempt: n, delayMs, reason: verdict.reason, error });
            await env.sleep(delayMs, signal);
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/asc/url-safety.ts
/**
 * Where requests may go: https anywhere, plain http only to a loopback host (127.0.0.0/8, ::1,
 * localhost), so that neither the API token nor a pre-signed part URL crosses a network in clear.
 */

function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (host === 'localhost' || host === '::1')
        return true;
    return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
/** Throws unless `url` is https, or http to a loopback host. `what` names it in the message. */
function assertSafeUrl(url, what) {
    if (url.protocol === 'https:')
        return;
    if (url.protocol === 'http:' && isLoopbackHost(url.hostname))
        return;
    throw new TransportSecurityError(`Refusing ${what} ${redactUrl(url, false)}: ${url.protocol === 'http:' ? 'plain http' : url.protocol} is allowed only to a loopback host`, undefined, 'Use an https:// URL (plain http is accepted only for 127.0.0.1, ::1 or localhost, e.g. the simulator)');
}
/** Parses and checks the API base URL. */
function parseBaseUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new TransportSecurityError(`Invalid API base URL '${value}'`, undefined, 'Expected e.g. https://api.appstoreconnect.apple.com');
    }
    assertSafeUrl(url, 'API base URL');
    if (url.username || url.password || url.search || url.hash) {
        throw new TransportSecurityError(`Invalid API base URL ${redactUrl(url, false)}: no credentials, query or fragment allowed`);
    }
    return url;
}

;// CONCATENATED MODULE: ./src/engine/asc/transport.ts








const DEFAULT_BASE_URL = 'https://api.appstoreconnect.apple.com';
class AscTransport {
    options;
    baseUrl;
    env;
    retry;
    pacer;
    /** Made on the first request (undici loads then): an injected one, or an Agent of our own. */
    dispatcher;
    timeoutMs;
    constructor(options) {
        this.options = options;
        this.baseUrl = parseBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
        this.env = withEnv(options.env);
        this.retry = { ...API_RETRY, ...options.retry };
        this.timeoutMs = options.timeoutMs ?? 60_000;
        this.pacer = new RateLimitPacer(this.env, {
            onLow: q => options.logger.warning(`App Store Connect API quota is low (${q.remaining} of ${q.limit} requests left this hour); slowing down`)
        });
    }
    /** The last X-Rate-Limit quota seen. */
    get quota() {
        return this.pacer.quota;
    }
    /** Resolves a path or a links.next URL, refusing any other origin (the token goes with it). */
    resolve(path, query) {
        const base = this.baseUrl.href.replace(/\/$/, '');
        const url = /^[a-z][a-z0-9+.-]*:/i.test(path) ? new URL(path) : new URL(base + path);
        if (url.origin !== this.baseUrl.origin) {
            throw new TransportSecurityError(`Refusing to send the API token to ${url.origin}: only ${this.baseUrl.origin} may receive it`);
        }
        for (const [key, value] of Object.entries(query ?? {})) {
            if (value !== undefined)
                url.searchParams.set(key, String(value));
        }
        return url;
    }
    /** Sends one JSON:API request under the retry policy and returns the validated document. */
    async json(req) {
        const url = this.resolve(req.path, req.query);
        const info = { method: req.method, url: redactUrl(url) };
        return withRetry(async () => {
            // A 401 may be a token the server no longer accepts: sign a new one and resend, once per
            // attempt (a token reused across a retry's backoff may have aged out meanwhile). A token
            // signed just now and refused is a real failure.
            let resigned = false;
            for (;;) {
                const token = await this.options.tokens.token();
                try {
                    return await this.once(req, url, info, token);
                }
                catch (error) {
                    if (error instanceof ApiError && error.status === 401 && !resigned) {
                        resigned = true;
                        this.options.tokens.invalidate(token);
                        this.options.logger.debug('401 from App Store Connect: signing a new token');
                        continue;
                    }
                    throw error;
                }
            }
        }, error => {
            if (error instanceof ApiError && shouldRetry(req.method, { status: error.status })) {
                return { retry: true, retryAfterMs: error.retryAfterMs, reason: `HTTP ${error.status}` };
            }
            if (error instanceof NetworkError &&
                shouldRetry(req.method, { network: true, code: error.code })) {
                return { retry: true, reason: error.code ?? 'network error' };
            }
            return { retry: false };
        }, {
            env: this.env,
            options: this.retry,
            signal: req.signal,
            onRetry: ({ attempt, delayMs, reason }) => this.options.logger.debug(`${info.method} ${info.url}: ${reason}; retry ${attempt} in ${delayMs} ms`),
            onGiveUp: (error, retryAfterMs) => error instanceof ApiError && error.status === 429
                ? new RateLimitError(error.errors, info, this.quota, retryAfterMs)
                : error
        });
    }
    async once(req, url, info, token) {
        const pace = this.pacer.nextDelayMs();
        if (pace > 0)
            await this.env.sleep(pace, req.signal);
        const started = this.env.now();
        const headers = {
            authorization: `Bearer ${token}`,
            accept: 'application/json',
            'user-agent': this.options.userAgent ?? 'publish-asset-pack'
        };
        if (req.body !== undefined)
            headers['content-type'] = 'application/json';
        let res;
        let text;
        try {
            const { request } = await undici();
            res = await request(url, {
                method: req.method,
                headers,
                body: req.body === undefined ? undefined : JSON.stringify(req.body),
                dispatcher: await this.agent(),
                signal: req.signal,
                headersTimeout: req.timeoutMs ?? this.timeoutMs,
                bodyTimeout: req.timeoutMs ?? this.timeoutMs
            });
            text = await res.body.text();
        }
        catch (error) {
            if (req.signal?.aborted || error instanceof AscError)
                throw error;
            const code = error.code;
            const ambiguous = req.method !== 'GET' && !shouldRetry(req.method, { network: true, code });
            throw new NetworkError(error, info, ambiguous);
        }
        const status = res.statusCode;
        this.pacer.observe(res.headers['x-rate-limit']);
        const q = this.quota;
        this.options.logger.debug(`${info.method} ${info.url} -> ${status} in ${this.env.now() - started} ms` +
            (q ? ` (quota ${q.remaining}/${q.limit})` : ''));
        if (status >= 300 && status < 400) {
            throw new TransportSecurityError(`App Store Connect answered ${status} (a redirect) to ${info.method} ${info.url}; redirects are not followed`, info, 'Check api-base-url: it must be the API origin itself');
        }
        if (status >= 400)
            throw this.apiError(status, text, res.headers, info);
        let document;
        try {
            document = text === '' ? undefined : JSON.parse(text);
        }
        catch {
            throw new ResponseValidationError(info, [
                `body is not JSON (${status}, ${text.length} bytes)`
            ]);
        }
        const parsed = req.schema.safeParse(document);
        if (!parsed.success) {
            throw new ResponseValidationError(info, parsed.error.issues.map(i => `${i.path.join('.') || '(document)'}: ${i.message}`));
        }
        return parsed.data;
    }
    apiError(status, text, headers, info) {
        let errors = [];
        try {
            const parsed = ErrorResponseSchema.safeParse(JSON.parse(text));
            if (parsed.success) {
                errors = parsed.data.errors.map(e => ({
                    status: e.status ?? undefined,
                    code: e.code ?? undefined,
                    title: e.title ?? undefined,
                    detail: e.detail ?? undefined,
                    source: e.source
                        ? { pointer: e.source.pointer ?? undefined, parameter: e.source.parameter ?? undefined }
                        : undefined
                }));
            }
        }
        catch {
            // not JSON (e.g. a proxy's HTML page): the snippet below says what came back
        }
        const retryAfterMs = parseRetryAfter(headers['retry-after'], this.env.now());
        const bodySnippet = errors.length ? undefined : text.replace(/\s+/g, ' ').trim().slice(0, 200);
        const Kind = status === 409 ? ConflictError : ApiError;
        return new Kind(status, errors, info, { retryAfterMs, bodySnippet });
    }
    agent() {
        this.dispatcher ??= this.options.dispatcher
            ? Promise.resolve(this.options.dispatcher)
            : undici().then(({ Agent }) => new Agent({ keepAliveTimeout: 30_000 }));
        return this.dispatcher;
    }
    /** Closes the Agent the transport created (not an injected dispatcher). */
    async close() {
        if (this.options.dispatcher || !this.dispatcher)
            return;
        // An Agent that never came (undici failed to load) has nothing to close.
        const agent = await this.dispatcher.catch(() => undefined);
        await agent?.close();
    }
}

;// CONCATENATED MODULE: ./src/engine/asc/resources.ts






const PAGE_MAX = 200;
class AscClient {
    transport;
    logger;
    constructor(options) {
        this.logger = options.logger;
        const tokens = options.tokens ??
            new TokenSigner(options.credentials, {
                logger: options.logger,
                env: withEnv(options.env),
                ...options.token
            });
        this.transport = new AscTransport({
            tokens,
            logger: options.logger,
            baseUrl: options.baseUrl,
            env: options.env,
            retry: options.retry,
            dispatcher: options.dispatcher,
            timeoutMs: options.timeoutMs
        });
    }
    /** The last X-Rate-Limit quota seen. */
    get quota() {
        return this.transport.quota;
    }
    close() {
        return this.transport.close();
    }
    /** The app's pack with exactly this identifier, or undefined. */
    async findPack(appId, assetPackIdentifier, signal) {
        const packs = await this.list(`/v1/apps/${seg(appId)}/backgroundAssets`, { 'filter[assetPackIdentifier]': assetPackIdentifier, limit: PAGE_MAX }, BackgroundAssetSchema, Infinity, signal);
        return packs.items.find(p => p.attributes?.assetPackIdentifier === assetPackIdentifier);
    }
    /** Creates the pack; a 409 (it exists) is thrown as ConflictError. */
    async createPack(appId, assetPackIdentifier, signal) {
        const doc = await this.transport.json({
            method: 'POST',
            path: '/v1/backgroundAssets',
            body: {
                data: {
                    type: 'backgroundAssets',
                    attributes: { assetPackIdentifier },
                    relationships: { app: { data: { type: 'apps', id: appId } } }
                }
            },
            schema: single(BackgroundAssetSchema),
            signal
        });
        return doc.data;
    }
    async getPack(id, signal) {
        const doc = await this.get(`/v1/backgroundAssets/${seg(id)}`, {}, single(BackgroundAssetSchema), signal);
        return doc.data;
    }
    /** The pack's versions, newest first by default; `included` holds the resources asked for. */
    async listVersions(packId, options = {}) {
        const limit = options.limit ?? Infinity;
        const { items, included } = await this.list(`/v1/backgroundAssets/${seg(packId)}/versions`, {
            'filter[state]': options.state,
            'filter[version]': options.version,
            sort: options.sort ?? '-version',
            include: options.include?.join(','),
            limit: Math.min(PAGE_MAX, limit)
        }, BackgroundAssetVersionSchema, limit, options.signal);
        return { versions: items, included };
    }
    /** Creates a version (Apple assigns its number). */
    async createVersion(packId, signal) {
        const doc = await this.transport.json({
            method: 'POST',
            path: '/v1/backgroundAssetVersions',
            body: {
                data: {
                    type: 'backgroundAssetVersions',
                    relationships: { backgroundAsset: { data: { type: 'backgroundAssets', id: packId } } }
                }
            },
            schema: single(BackgroundAssetVersionSchema),
            signal
        });
        return doc.data;
    }
    /** The version with its internal beta release, asset file and manifest file, where they exist. */
    async getVersion(id, signal) {
        const path = `/v1/backgroundAssetVersions/${seg(id)}`;
        const doc = await this.get(path, { include: 'internalBetaRelease,assetFile,manifestFile' }, single(BackgroundAssetVersionSchema), signal);
        const version = doc.data;
        const included = doc.included ?? [];
        const pick = (ref, schema, what) => {
            if (!ref)
                return undefined;
            const found = included.find(r => r.type === ref.type && r.id === ref.id);
            if (!found)
                return undefined;
            const parsed = schema.safeParse(found);
            if (!parsed.success) {
                const where = { method: 'GET', url: this.transport.resolve(path).href };
                throw new ResponseValidationError(where, parsed.error.issues.map(i => `included ${what}.${i.path.join('.')}: ${i.message}`));
            }
            return parsed.data;
        };
        const rel = version.relationships;
        const result = {
            version,
            internalBetaRelease: pick(rel?.internalBetaRelease?.data, InternalBetaReleaseSchema, 'internalBetaRelease'),
            assetFile: pick(rel?.assetFile?.data, UploadFileSchema, 'assetFile'),
            manifestFile: pick(rel?.manifestFile?.data, UploadFileSchema, 'manifestFile')
        };
        this.maskOperations(result.assetFile);
        this.maskOperations(result.manifestFile);
        return result;
    }
    async listUploadFiles(versionId, signal) {
        const { items } = await this.list(`/v1/backgroundAssetVersions/${seg(versionId)}/backgroundAssetUploadFiles`, { limit: PAGE_MAX }, UploadFileSchema, Infinity, signal);
        items.forEach(f => this.maskOperations(f));
        return items;
    }
    /** Reserves an upload; the answer's uploadOperations say where to send the bytes. */
    async reserveUpload(versionId, file, signal) {
        const doc = await this.transport.json({
            method: 'POST',
            path: '/v1/backgroundAssetUploadFiles',
            body: {
                data: {
                    type: 'backgroundAssetUploadFiles',
                    attributes: {
                        assetType: file.assetType,
                        fileName: file.fileName,
                        fileSize: file.fileSize
                    },
                    relationships: {
                        backgroundAssetVersion: { data: { type: 'backgroundAssetVersions', id: versionId } }
                    }
                }
            },
            schema: single(ReservedUploadFileSchema),
            signal
        });
        this.maskOperations(doc.data);
        return doc.data;
    }
    /** Marks the upload complete (processing starts), with the file's checksum where given. */
    async commitUpload(uploadFileId, checksums = {}, signal) {
        const file = checksums.sha256
            ? { hash: checksums.sha256, algorithm: 'SHA_256' }
            : checksums.md5
                ? { hash: checksums.md5, algorithm: 'MD5' }
                : undefined;
        const doc = await this.transport.json({
            method: 'PATCH',
            path: `/v1/backgroundAssetUploadFiles/${seg(uploadFileId)}`,
            body: {
                data: {
                    type: 'backgroundAssetUploadFiles',
                    id: uploadFileId,
                    attributes: { uploaded: true, ...(file ? { sourceFileChecksums: { file } } : {}) }
                }
            },
            schema: single(UploadFileSchema),
            signal
        });
        this.maskOperations(doc.data);
        return doc.data;
    }
    async getUploadFile(id, signal) {
        const doc = await this.get(`/v1/backgroundAssetUploadFiles/${seg(id)}`, {}, single(UploadFileSchema), signal);
        this.maskOperations(doc.data);
        return doc.data;
    }
    async getInternalBetaRelease(id, signal) {
        const path = `/v1/backgroundAssetVersionInternalBetaReleases/${seg(id)}`;
        const doc = await this.get(path, {}, single(InternalBetaReleaseSchema), signal);
        return doc.data;
    }
    get(path, query, schema, signal) {
        return this.transport.json({ method: 'GET', path, query, schema, signal });
    }
    /** Follows links.next until `max` items or the last page. */
    list(path, query, item, max, signal) {
        return listAll(this.transport, path, query, item, max, signal);
    }
    /** Upload URLs are pre-signed credentials: mask them as soon as they arrive. */
    maskOperations(file) {
        for (const op of file?.attributes?.uploadOperations ?? [])
            this.logger.secret(op.url);
    }
}
/** One path segment, encoded (ids come from Apple or from the user's input). */
function seg(value) {
    return encodeURIComponent(value);
}

;// CONCATENATED MODULE: ./src/engine/asc/releases.ts
/**
 * The three release resources of a version (internal beta, external beta, App Store): read-only
 * GETs in Apple's API (apple-facts.md, "Review submissions"). Schemas written from the spec's
 * BackgroundAssetVersion{Internal,External}BetaRelease and …AppStoreRelease components.
 */



const versionLink = schemas/* looseObject */._H3({
    backgroundAssetVersion: schemas/* looseObject */._H3({
        data: schemas/* looseObject */._H3({ type: schemas/* literal */.euz('backgroundAssetVersions'), id: schemas/* string */.YjP() }).nullish()
    })
        .nullish()
});
const EXTERNAL_BETA_STATES = [
    'READY_FOR_BETA_SUBMISSION',
    'WAITING_FOR_REVIEW',
    'IN_REVIEW',
    'REJECTED',
    'PROCESSING_FOR_TESTING',
    'READY_FOR_TESTING',
    'SUPERSEDED'
];
const APP_STORE_STATES = [
    'PREPARE_FOR_SUBMISSION',
    'READY_FOR_REVIEW',
    'WAITING_FOR_REVIEW',
    'IN_REVIEW',
    'ACCEPTED',
    'REJECTED',
    'PROCESSING_FOR_DISTRIBUTION',
    'READY_FOR_DISTRIBUTION',
    'SUPERSEDED'
];
const ExternalBetaReleaseSchema = schemas/* looseObject */._H3({
    type: schemas/* literal */.euz('backgroundAssetVersionExternalBetaReleases'),
    id: schemas/* string */.YjP().min(1),
    attributes: schemas/* looseObject */._H3({ state: schemas/* enum */.k5n(EXTERNAL_BETA_STATES) }),
    relationships: versionLink.nullish()
});
/** One schema for the App Store release, shared by `status` and the review flow. */
const AppStoreReleaseSchema = schemas/* looseObject */._H3({
    type: schemas/* literal */.euz('backgroundAssetVersionAppStoreReleases'),
    id: schemas/* string */.YjP().min(1),
    attributes: schemas/* looseObject */._H3({ state: schemas/* enum */.k5n(APP_STORE_STATES).nullish() }).nullish(),
    relationships: versionLink.nullish()
});
const KINDS = {
    internalBetaRelease: {
        schema: InternalBetaReleaseSchema,
        path: '/v1/backgroundAssetVersionInternalBetaReleases'
    },
    externalBetaRelease: {
        schema: ExternalBetaReleaseSchema,
        path: '/v1/backgroundAssetVersionExternalBetaReleases'
    },
    appStoreRelease: {
        schema: AppStoreReleaseSchema,
        path: '/v1/backgroundAssetVersionAppStoreReleases'
    }
};
const RELEASES = Object.keys(KINDS);
async function getExternalBetaRelease(client, id, signal) {
    return getRelease(client, 'externalBetaRelease', id, signal);
}
async function getAppStoreRelease(client, id, signal) {
    return getRelease(client, 'appStoreRelease', id, signal);
}
/**
 * The version with its three releases, in one request (`include`); a release that the version
 * links but the document does not include is read on its own.
 */
async function getVersionReleases(client, versionId, signal) {
    const path = `/v1/backgroundAssetVersions/${encodeURIComponent(versionId)}`;
    const doc = await client.transport.json({
        method: 'GET',
        path,
        query: { include: RELEASES.join(',') },
        schema: single(BackgroundAssetVersionSchema),
        signal
    });
    const where = { method: 'GET', url: client.transport.resolve(path).href };
    return withReleases(client, doc.data, doc.included ?? [], where, signal);
}
/**
 * A version listed with `include` of its releases: picks them out of `included`, reading any
 * that is linked but missing.
 */
async function withReleases(client, version, included, where, signal) {
    const result = { version };
    for (const kind of RELEASES) {
        const ref = version.relationships?.[kind]?.data;
        if (!ref)
            continue;
        const found = included.find(r => r.type === ref.type && r.id === ref.id);
        const release = found
            ? parseIncluded(kind, found, where)
            : await getRelease(client, kind, ref.id, signal);
        Object.assign(result, { [kind]: release });
    }
    return result;
}
function parseIncluded(kind, resource, where) {
    const parsed = KINDS[kind].schema.safeParse(resource);
    if (!parsed.success) {
        throw new ResponseValidationError(where, parsed.error.issues.map(i => `included ${kind}.${i.path.join('.')}: ${i.message}`));
    }
    return parsed.data;
}
async function getRelease(client, kind, id, signal) {
    const { schema, path } = KINDS[kind];
    const doc = await client.transport.json({
        method: 'GET',
        path: `${path}/${encodeURIComponent(id)}`,
        schema: single(schema),
        signal
    });
    return doc.data;
}

;// CONCATENATED MODULE: ./src/engine/manage/usage.ts
/**
 * After a publish: what the pack and the app use of Apple's 200 GB, and the version's App Store
 * release state where there is one, for the log and the job summary. Warnings at 80 % go to the
 * logger's warning (an annotation in the action). One request (two for a version this run did not
 * create: only an older one can have an App Store release); never fails the run.
 */




/** Clients whose run has shown the quota warning: several packs of one run share a client. */
const warned = new WeakSet();
async function recordUsage(client, appId, record, options) {
    const { logger, signal } = options;
    try {
        const [packs, releases] = await Promise.all([
            listAppPacks(client, appId, signal),
            record.versionId && record.versionSource !== 'created' && !record.appStoreReleaseState
                ? getVersionReleases(client, record.versionId, signal)
                : undefined
        ]);
        const quota = appQuota(packs.map(p => p.attributes ?? {}));
        const pack = packs.find(p => p.id === record.assetPackId);
        record.usage = {
            packUsedBytes: pack?.attributes?.usedBytes ?? undefined,
            appUsedBytes: quota.bytes.used,
            appBytesShare: quota.bytes.share,
            packs: quota.packs.used,
            warnings: quotaWarnings(quota)
        };
        record.appStoreReleaseState ??= releases?.appStoreRelease?.attributes?.state ?? undefined;
        const used = record.usage.packUsedBytes;
        logger.info(`${used !== undefined ? `Pack '${record.assetPackIdentifier}' uses ${formatDecimalBytes(used)}; the` : 'The'} ` +
            `app's packs use ${describeBytes(quota.bytes)}, ${describePacks(quota.packs)}.` +
            (record.appStoreReleaseState ? ` App Store release: ${record.appStoreReleaseState}.` : ''));
        if (record.usage.warnings.length > 0 && !warned.has(client)) {
            warned.add(client);
            for (const warning of record.usage.warnings)
                logger.warning(warning);
        }
    }
    catch (error) {
        if (signal?.aborted)
            return;
        logger.debug(`Could not read the app's usage: ${formatError(error)}`);
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/engine/publish/poll.ts
/**
 * Reads until `done` says the value is final, backing off between reads; returns the last
 * value read and whether it was final (false: the deadline came first). One read always happens.
 */
async function poll(read, done, options) {
    let interval = options.intervalMs;
    for (;;) {
        const value = await read();
        if (done(value))
            return { value, final: true };
        const left = options.deadline - options.env.now();
        if (left <= 0)
            return { value, final: false };
        await options.env.sleep(Math.min(interval, left), options.signal);
        interval = Math.min(options.maxIntervalMs, Math.round(interval * 1.5));
    }
}

;// CONCATENATED MODULE: ./src/engine/upload/errors.ts
/** Errors of the part uploader. Part URLs are shown without their signed query. */

function partName(part) {
    return `part ${part.partNumber} (bytes ${part.offset}-${part.offset + part.length - 1})`;
}
/** A part could not be sent; the upload must not be committed. */
class PartUploadError extends AscError {
    part;
    status;
    /** The host's Retry-After, in milliseconds, where it sent one. */
    retryAfterMs;
    constructor(part, request, 
    /** The HTTP status, or undefined for a network failure. */
    status, detail, options) {
        super(`Upload of ${partName(part)} failed: ${detail}`, request, {
            cause: options?.cause,
            hint: status === undefined || status >= 500 || status === 408 || status === 429
                ? 'The upload host or the network had trouble; run again (nothing was committed)'
                : 'The upload host refused the part; run again to reserve a fresh upload (nothing was committed)'
        });
        this.part = part;
        this.status = status;
        this.retryAfterMs = options?.retryAfterMs;
    }
}
/** No bytes moved for too long: this attempt is aborted and retried. */
class UploadStalledError extends AscError {
    part;
    stallMs;
    constructor(part, request, stallMs) {
        super(`Upload progress stalled: no progress on ${partName(part)} for ${Math.round(stallMs / 1000)} s`, request, { hint: 'Check the network connection, then run again (nothing was committed)' });
        this.part = part;
        this.stallMs = stallMs;
    }
}
/**
 * A part's pre-signed URL has expired (its `expiration` passed, or the host answered 403 about an
 * expired signature). Retrying cannot fix it: reserve the upload again for fresh URLs.
 */
class UploadUrlExpiredError extends AscError {
    part;
    expiration;
    constructor(part, request, expiration) {
        super(`The upload URL of ${partName(part)} has expired${expiration ? ` (${expiration})` : ''}`, request, { hint: 'Reserve the upload again to get fresh URLs (nothing was committed)' });
        this.part = part;
        this.expiration = expiration;
    }
}

;// CONCATENATED MODULE: ./src/engine/publish/context.ts

/** How long a run watches a version before trusting what it saw: 5 s unless told otherwise. */
const DEFAULT_LOOK_MS = 5_000;
function lookMsOf(ctx) {
    return ctx.lookMs ?? DEFAULT_LOOK_MS;
}
/** A create or commit that may have happened although it failed: look before sending again. */
function context_isAmbiguous(error) {
    return (error instanceof ApiError || error instanceof NetworkError) && error.ambiguous;
}

;// CONCATENATED MODULE: ./src/engine/publish/version.ts

const CREATE_ATTEMPTS = 3;
/** Upload-file states after a commit: the bytes are at Apple. */
const SENT = new Set(['UPLOAD_COMPLETE', 'COMPLETE']);
/** Creates a version; after an ambiguous failure, adopts the one it made instead of making two. */
async function createVersion(ctx, packId, newestBeforeId) {
    for (let attempt = 1;; attempt++) {
        try {
            return await ctx.client.createVersion(packId, ctx.signal);
        }
        catch (error) {
            if (!context_isAmbiguous(error) || attempt >= CREATE_ATTEMPTS)
                throw error;
            ctx.logger.info('Creating the version did not answer cleanly; looking before creating again.');
            const now = (await ctx.client.listVersions(packId, { limit: 1, signal: ctx.signal }))
                .versions[0];
            if (now && now.id !== newestBeforeId && now.attributes.state === 'AWAITING_UPLOAD') {
                ctx.logger.info(`The version was created after all: version ${now.attributes.version}.`);
                return now;
            }
        }
    }
}
function isType(file, type) {
    return file.attributes?.assetType === type;
}
function deliveryState(file) {
    return file.attributes?.assetDeliveryState?.state ?? 'AWAITING_UPLOAD';
}
/** The SHA-256 Apple kept from our commit, where it exposes one. */
function sha256Of(file) {
    const checksum = file.attributes?.sourceFileChecksums?.file;
    return checksum?.algorithm === 'SHA_256' ? checksum.hash?.toLowerCase() : undefined;
}

;// CONCATENATED MODULE: ./src/engine/publish/transfer.ts



/**
 * Reserve, send every part, commit with the file's SHA-256. Expired part URLs are fixed by a
 * new reservation (once); a part that fails for good stops here, before any commit.
 * `onReserved` learns the upload file's id as soon as Apple assigns it.
 */
async function sendFile(ctx, versionId, file, onReserved, options = {}) {
    for (let reservation = 1;; reservation++) {
        const reserved = reservation === 1 && options.reserved ? options.reserved : await reserve(ctx, versionId, file);
        onReserved(reserved.id);
        const operations = reserved.attributes.uploadOperations;
        ctx.logger.debug(`${file.assetType} reserved as ${reserved.id} in ${operations.length} parts.`);
        let stats;
        try {
            stats = await ctx.uploadParts(file.path, operations, {
                label: file.assetType === 'ASSET' ? 'Archive' : 'Manifest',
                size: file.size,
                signal: ctx.signal
            });
        }
        catch (error) {
            if (error instanceof UploadUrlExpiredError && reservation < 2) {
                ctx.logger.warning('The upload URLs expired before every part was sent; reserving again.');
                continue;
            }
            throw error;
        }
        await options.beforeCommit?.();
        return { uploadFile: await commit(ctx, reserved.id, file.sha256), ...stats };
    }
}
/**
 * Reserves the upload. After an ambiguous failure (a 5xx or a dropped connection: the
 * reservation may exist) it reserves again rather than failing the run: a reservation is not a
 * version, one left behind is never committed (only the one whose parts this run sent is), and
 * a version takes several uncommitted reservations. Adopting the lost one instead would risk
 * committing a concurrent run's reservation.
 */
async function reserve(ctx, versionId, file) {
    for (let attempt = 1;; attempt++) {
        try {
            return await ctx.client.reserveUpload(versionId, { assetType: file.assetType, fileName: file.fileName, fileSize: file.size }, ctx.signal);
        }
        catch (error) {
            if (!context_isAmbiguous(error) || attempt >= 3)
                throw error;
            ctx.logger.info(`Reserving the ${file.assetType} upload did not answer cleanly; reserving it again ` +
                '(an earlier reservation, if it was made, stays uncommitted).');
        }
    }
}
/** Commits; after an ambiguous failure, reads the file's state before committing again. */
async function commit(ctx, uploadFileId, sha256) {
    for (let attempt = 1;; attempt++) {
        try {
            return await ctx.client.commitUpload(uploadFileId, { sha256 }, ctx.signal);
        }
        catch (error) {
            if (!context_isAmbiguous(error) || attempt >= 3)
                throw error;
            const file = await ctx.client.getUploadFile(uploadFileId, ctx.signal);
            if (SENT.has(deliveryState(file)) || deliveryState(file) === 'FAILED')
                return file;
            ctx.logger.info('The commit did not answer cleanly and has not taken effect; committing again.');
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/publish/manifest-check.ts




/**
 * Apple's own check of the manifest: reserve a MANIFEST upload, send it, commit, and poll the
 * upload file until Apple says COMPLETE or FAILED. A manifest that already passed on this
 * version (same checksum) is not sent again, and one still being checked is waited for.
 */
async function checkManifestAtApple(ctx, chosen, manifest, record, timing) {
    const passed = chosen.files.find(f => isType(f, 'MANIFEST') && deliveryState(f) === 'COMPLETE' && sha256Of(f) === manifest.sha256);
    if (passed) {
        record.manifestUploadFileId = passed.id;
        record.manifestState = 'COMPLETE';
        ctx.logger.info('Apple already accepted this manifest on this version; not sending it again.');
        return;
    }
    // An earlier run that stopped while Apple was checking this same manifest: sending it again
    // would be refused (one MANIFEST per version) and cost a new version. Wait for that check.
    const checking = chosen.files.find(f => isType(f, 'MANIFEST') &&
        deliveryState(f) === 'UPLOAD_COMPLETE' &&
        sha256Of(f) === manifest.sha256);
    let uploadFileId;
    if (checking) {
        uploadFileId = record.manifestUploadFileId = checking.id;
        ctx.logger.info('Apple is still checking this manifest, sent by an earlier run; waiting for it.');
    }
    else {
        const sent = await sendFile(ctx, chosen.version.id, { assetType: 'MANIFEST', fileName: 'Manifest.json', ...manifest }, id => (record.manifestUploadFileId = id));
        uploadFileId = sent.uploadFile.id;
        ctx.logger.info('Manifest sent; waiting for Apple to check it.');
    }
    const { value, final } = await poll(() => ctx.client.getUploadFile(uploadFileId, ctx.signal), file => ['COMPLETE', 'FAILED'].includes(deliveryState(file)), { ...timing, env: ctx.env, signal: ctx.signal });
    const state = deliveryState(value);
    record.manifestState = state;
    const delivery = value.attributes?.assetDeliveryState;
    for (const warning of delivery?.warnings ?? []) {
        record.notes.push(`Manifest warning: ${[warning.code, warning.description].filter(Boolean).join(': ')}`);
    }
    if (state === 'FAILED') {
        record.manifestErrors = delivery?.errors ?? [];
        throw new ManifestRefusedError(record.manifestErrors);
    }
    if (!final) {
        throw new PublishError(`Apple had not finished checking the manifest (upload file ${value.id}, ${state}) when the ` +
            'timeout came. Run again later, or raise timeout-minutes.');
    }
    ctx.logger.info('Apple accepted the manifest.');
}

;// CONCATENATED MODULE: ./src/engine/publish/locale.ts
/** A language tag in one spelling, for comparing: BCP-47 is case-insensitive. */
const normal = (tag) => tag.replace(/_/g, '-').toLowerCase();
/**
 * Warns when a localized pack's earlier versions carry another locale: Apple expects one pack
 * per language ("voice-en", "voice-fr"), and nothing documents one identifier holding several.
 * Only reads; it never stops the run. Costs one request, and only for localized manifests.
 */
async function warnOfOtherLocales(ctx, packId, identifier, language) {
    const { versions } = await ctx.client.listVersions(packId, { limit: 200, signal: ctx.signal });
    const others = versions.filter(v => v.attributes.locale && normal(v.attributes.locale) !== normal(language));
    if (others.length === 0)
        return;
    const locales = [...new Set(others.map(v => v.attributes.locale))].join(', ');
    const numbers = others.map(v => v.attributes.version ?? v.id).join(', ');
    ctx.logger.warning(`Asset pack '${identifier}' has versions localized for ${locales} (version${others.length > 1 ? 's' : ''} ` +
        `${numbers}), but this manifest's language is ${language}. Apple expects one pack per ` +
        `language: give this language a pack of its own (e.g. '${identifier}-${language}').`);
}
class LocaleMismatchError extends Error {
    version;
    locale;
    language;
    constructor(version, locale, language) {
        super(`Version ${version} was processed with locale ${locale ?? '(none)'}, but the manifest's ` +
            `language is ${language ?? '(none)'}. Apple reads the manifest inside the archive: ` +
            'rebuild the archive with xcrun ba-package from this Manifest.json and publish again.');
        this.version = version;
        this.locale = locale;
        this.language = language;
        this.name = 'LocaleMismatchError';
    }
}
/** After processing: the locale Apple recorded must be the manifest's language. */
function checkProcessedLocale(record, language) {
    if (record.processedState !== 'COMPLETE')
        return;
    const same = record.locale === undefined || language === undefined
        ? record.locale === language
        : normal(record.locale) === normal(language);
    if (!same)
        throw new LocaleMismatchError(record.version ?? '?', record.locale, language);
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/engine/publish/manifest-file.ts



/**
 * The MANIFEST upload reads a file. The bytes to send are the manifest's strict JSON: the file
 * itself where it is strict already, else (comments or trailing commas removed, or the archive's
 * own copy) a private temporary file, removed once the run is done with it.
 */
async function stageManifest(bytes, path) {
    if (path) {
        const onDisk = await (0,external_node_fs_promises_.readFile)(path).catch(() => undefined);
        if (onDisk?.equals(bytes))
            return { path, dispose: async () => undefined };
    }
    const dir = await (0,external_node_fs_promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'publish-asset-pack-'));
    const staged = (0,external_node_path_.join)(dir, 'Manifest.json');
    await (0,external_node_fs_promises_.writeFile)(staged, bytes, { mode: 0o600 });
    return { path: staged, dispose: () => (0,external_node_fs_promises_.rm)(dir, { recursive: true, force: true }) };
}

;// CONCATENATED MODULE: ./src/engine/publish/pack.ts


const pack_CREATE_ATTEMPTS = 3;
/**
 * Finds the app's pack by identifier, or creates it. A 409 (a concurrent run made it) or an
 * ambiguous failure (the create may have happened) is followed by a look-up, never a blind resend.
 */
async function findOrCreatePack(ctx, appId, identifier) {
    for (let attempt = 1;; attempt++) {
        const found = await ctx.client.findPack(appId, identifier, ctx.signal);
        if (found) {
            if (found.attributes?.archived) {
                throw new Error(`The asset pack '${identifier}' is archived in App Store Connect, and an archived ` +
                    'identifier cannot be used again. Choose another assetPackID.');
            }
            return { pack: found, created: false };
        }
        try {
            return { pack: await ctx.client.createPack(appId, identifier, ctx.signal), created: true };
        }
        catch (error) {
            const lookAgain = error instanceof ConflictError || context_isAmbiguous(error);
            if (!lookAgain || attempt >= pack_CREATE_ATTEMPTS)
                throw error;
            ctx.logger.info(`Creating the pack did not answer cleanly (${describe(error)}); looking it up.`);
        }
    }
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/engine/publish/skip.ts

/**
 * skip-unchanged: is this archive already the pack's latest processed content? App Store
 * Connect decides where it exposes the checksum we committed; where it does not, a remembered
 * publish counts only if no newer version was processed since. Fills the record when it skips.
 */
async function isUnchanged(ctx, packId, archiveSha256, hint, record) {
    const { versions } = await ctx.client.listVersions(packId, {
        state: 'COMPLETE',
        limit: 1,
        signal: ctx.signal
    });
    const latest = versions[0];
    if (!latest)
        return false;
    const { version, assetFile, manifestFile, internalBetaRelease } = await ctx.client.getVersion(latest.id, ctx.signal);
    const published = assetFile ? sha256Of(assetFile) : undefined;
    const label = `version ${version.attributes.version ?? '?'}`;
    let reason;
    if (published !== undefined) {
        if (published === archiveSha256.toLowerCase()) {
            reason = `App Store Connect confirms ${label} holds this archive (SHA-256 ${archiveSha256})`;
        }
    }
    else if (hint?.versionId === latest.id) {
        reason =
            `this archive was published as ${label}, the latest processed version ` +
                '(remembered in the Actions cache; App Store Connect does not expose its checksum)';
    }
    if (!reason)
        return false;
    record.skipped = true;
    record.skipReason = reason;
    record.versionId = version.id;
    record.version = version.attributes.version ?? undefined;
    record.state = internalBetaRelease?.attributes.state ?? version.attributes.state;
    record.platforms = version.attributes.platforms ?? undefined;
    record.locale = version.attributes.locale ?? undefined;
    record.internalBetaReleaseId = internalBetaRelease?.id;
    record.assetUploadFileId = assetFile?.id;
    record.manifestUploadFileId = manifestFile?.id;
    return true;
}

;// CONCATENATED MODULE: ./src/engine/publish/claim.ts

const MARKER = /\.claim-(\d{1,6})-([0-9a-z]{1,12})-([0-9a-f]{12})-([0-9a-z]{8})(\.[A-Za-z0-9]{1,16})?$/;
function shaTag(sha256) {
    return sha256.toLowerCase().slice(0, 12);
}
/** `Tutorial.aar` → `Tutorial.claim-1-mbq3k2a0-0123456789ab-x8k2m1qz.aar` */
function claimFileName(archiveName, marker) {
    const found = (0,external_node_path_.extname)(archiveName);
    const ext = /^\.[A-Za-z0-9]{1,16}$/.test(found) ? found : '';
    const stem = ext ? archiveName.slice(0, -ext.length) : archiveName;
    const tag = `claim-${marker.ticket}-${marker.deadline.toString(36)}-${marker.sha}-${marker.nonce}`;
    return `${stem}.${tag}${ext}`;
}
function parseClaim(fileName) {
    const m = fileName ? MARKER.exec(fileName) : null;
    if (!m)
        return undefined;
    return { ticket: Number(m[1]), deadline: parseInt(m[2], 36), sha: m[3], nonce: m[4] };
}
/** The archive's own name, without a claim's marker: what a person wants to read. */
function archiveNameOf(fileName) {
    const m = MARKER.exec(fileName);
    return m ? fileName.slice(0, m.index) + (m[5] ?? '') : fileName;
}
function newNonce(random) {
    let nonce = '';
    for (let i = 0; i < 8; i++)
        nonce += Math.floor(random() * 36).toString(36);
    return nonce;
}
/** Uncommitted, marked ASSET reservations of a version, one entry per claimant. */
function claimsOf(files) {
    const byNonce = new Map();
    for (const f of files) {
        if (f.attributes?.assetType !== 'ASSET')
            continue;
        if ((f.attributes.assetDeliveryState?.state ?? 'AWAITING_UPLOAD') !== 'AWAITING_UPLOAD')
            continue;
        const marker = parseClaim(f.attributes.fileName);
        if (!marker)
            continue;
        const seen = byNonce.get(marker.nonce);
        if (!seen)
            byNonce.set(marker.nonce, { ...marker, fileIds: [f.id] });
        else {
            seen.fileIds.push(f.id);
            seen.deadline = Math.min(seen.deadline, marker.deadline);
            seen.ticket = Math.min(seen.ticket, marker.ticket);
        }
    }
    return [...byNonce.values()];
}
/** The ticket for a new claim: one more than any marker on the version, committed or not. */
function nextTicket(files) {
    let max = 0;
    for (const f of files)
        max = Math.max(max, parseClaim(f.attributes?.fileName)?.ticket ?? 0);
    return max + 1;
}
/** Claims order by ticket, then nonce: every reader of the same claims agrees. */
function claimOrder(a, b) {
    return a.ticket - b.ticket || (a.nonce < b.nonce ? -1 : a.nonce > b.nonce ? 1 : 0);
}
/**
 * How long a claim holds: 30 looks (2.5 minutes at the default look) for the settling and the
 * manifest check, plus the archive at 500 kB/s. A claimant that has not committed by its deadline
 * (minus `commitMarginMs`) does not commit: it claims again.
 */
function leaseMs(lookMs, archiveBytes) {
    return 30 * lookMs + Math.ceil(archiveBytes / 500);
}
/** Room for clocks that disagree: a claimant stops committing this long before its deadline. */
function commitMarginMs(lookMs) {
    return 12 * lookMs;
}

;// CONCATENATED MODULE: ./src/engine/publish/overlap.ts





/** Thrown before a commit that another run's claim forbids; the flow chooses again. */
class ClaimLostError extends Error {
    verdict;
    constructor(verdict) {
        super(`claim lost: ${verdict.kind}`);
        this.verdict = verdict;
    }
}
const VERSIONS_LOOKED_AT = 10;
function versionNumber(version) {
    return Number(version.attributes.version) || 0;
}
/** The SHA-256 tag of an ASSET: from the checksum Apple kept, else from our marker. */
function shaTagOf(file) {
    const sha = sha256Of(file);
    return sha ? shaTag(sha) : parseClaim(file.attributes?.fileName)?.sha;
}
function committedAsset(files) {
    return files.find(f => isType(f, 'ASSET') && (SENT.has(deliveryState(f)) || deliveryState(f) === 'FAILED'));
}
/** Live claims of a version, in the order every run agrees on. */
function liveClaims(files, now) {
    return claimsOf(files)
        .filter(c => c.deadline > now)
        .sort(claimOrder);
}
/** Reserves this run's ASSET on the version with a claim marker, then settles (one look). */
async function claimVersion(ctx, packId, chosen, archive, baseline) {
    const look = lookMsOf(ctx);
    const marker = {
        ticket: nextTicket(chosen.files),
        deadline: ctx.env.now() + leaseMs(look, archive.size),
        sha: shaTag(archive.sha256),
        nonce: runNonce(ctx)
    };
    const fileName = claimFileName(archive.fileName, marker);
    const reserved = await reserve(ctx, chosen.version.id, {
        assetType: 'ASSET',
        fileName,
        size: archive.size
    });
    const claim = {
        packId,
        versionId: chosen.version.id,
        versionNumber: versionNumber(chosen.version),
        marker,
        fileName,
        archiveName: archive.fileName,
        reserved,
        baseline
    };
    // Runs that chose this version at the same moment have reserved by now: look once.
    await ctx.env.sleep(look, ctx.signal);
    return { claim, verdict: await judge(ctx, claim) };
}
/**
 * Whether this run may go on with its claim (before the manifest check and again before the
 * commit). Looks at this claim's version and those created since it was chosen:
 * 1. this archive committed to one of them: follow that (nothing to upload);
 * 2. another archive committed to this version, or another claim ordered first on it: taken
 *    (or follow, if that claim has this archive);
 * 3. a lower-numbered version whose first claim has this archive: follow it (two runs created
 *    a version each at once; the lower one wins);
 * 4. this run's deadline (minus a margin for clocks) has passed: expired;
 * otherwise mine.
 */
async function judge(ctx, claim) {
    const mySha = claim.marker.sha;
    const packVersions = await relevantVersions(ctx, claim);
    const now = ctx.env.now();
    const views = [];
    for (const version of packVersions) {
        views.push({ version, files: await ctx.client.listUploadFiles(version.id, ctx.signal) });
    }
    for (const { version, files } of views) {
        const committed = committedAsset(files);
        if (committed && deliveryState(committed) !== 'FAILED' && shaTagOf(committed) === mySha) {
            return { kind: 'follow', version, committed };
        }
    }
    const mine = views.find(v => v.version.id === claim.versionId);
    if (mine) {
        const committed = committedAsset(mine.files);
        if (committed)
            return { kind: 'taken', reason: 'another archive was committed to it' };
        const first = liveClaims(mine.files, now).find(c => c.nonce !== claim.marker.nonce);
        if (first && claimOrder(first, claim.marker) < 0) {
            return first.sha === mySha
                ? { kind: 'follow', version: mine.version, claim: first }
                : { kind: 'taken', reason: 'another run claimed it first for another archive' };
        }
    }
    for (const { version, files } of views) {
        if (versionNumber(version) >= claim.versionNumber || committedAsset(files))
            continue;
        const first = liveClaims(files, now).find(c => c.nonce !== claim.marker.nonce);
        if (first && first.sha === mySha) {
            return { kind: 'follow', version, claim: first };
        }
    }
    if (now > claim.marker.deadline - commitMarginMs(lookMsOf(ctx)))
        return { kind: 'expired' };
    return { kind: 'mine' };
}
async function relevantVersions(ctx, claim) {
    const { versions } = await ctx.client.listVersions(claim.packId, {
        limit: VERSIONS_LOOKED_AT,
        signal: ctx.signal
    });
    const relevant = versions.filter(v => v.id === claim.versionId ||
        (versionNumber(v) > claim.baseline && v.attributes.state !== 'FAILED'));
    if (!relevant.some(v => v.id === claim.versionId)) {
        relevant.push((await ctx.client.getVersion(claim.versionId, ctx.signal)).version);
    }
    return relevant;
}
/**
 * Gives a claim up without committing: a reservation with the same nonce and deadline 0, so no
 * run waits for it. Best effort, with its own short signal: it also runs after a cancel.
 */
async function release(ctx, claim) {
    if (claim.released)
        return;
    claim.released = true;
    const marker = { ...claim.marker, deadline: 0 };
    try {
        await ctx.client.reserveUpload(claim.versionId, {
            assetType: 'ASSET',
            fileName: claimFileName(claim.archiveName, marker),
            fileSize: claim.reserved.attributes.fileSize ?? 1
        }, AbortSignal.timeout(5_000));
    }
    catch {
        ctx.logger.debug('Releasing the claim did not answer; it runs out at its deadline instead.');
    }
}
const nonces = new WeakMap();
/** One random id per run (per flow context). */
function runNonce(ctx) {
    let nonce = nonces.get(ctx);
    if (!nonce) {
        nonce = BigInt(`0x${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`)
            .toString(36)
            .padStart(8, '0')
            .slice(-8);
        nonces.set(ctx, nonce);
    }
    return nonce;
}

;// CONCATENATED MODULE: ./src/engine/publish/follow.ts





/**
 * Waits while another run publishes this archive: until its ASSET is committed (then this run
 * reports that version), or its claim is gone (released, or its deadline passed: the run died),
 * then the caller chooses again. Never uploads.
 */
async function follow(ctx, version, target, mySha, runDeadline) {
    const look = lookMsOf(ctx);
    const label = `version ${version.attributes.version ?? '?'} (${version.id})`;
    let logged = false;
    for (;;) {
        const files = target.committed
            ? [target.committed]
            : await ctx.client.listUploadFiles(version.id, ctx.signal);
        const committed = committedAsset(files);
        if (committed) {
            if (deliveryState(committed) === 'FAILED' || shaTagOf(committed) !== mySha)
                return undefined;
            ctx.logger.info(`Another run published this archive as ${label}; not uploading it again.`);
            const fresh = (await ctx.client.getVersion(version.id, ctx.signal)).version;
            return {
                version: fresh,
                files: await ctx.client.listUploadFiles(version.id, ctx.signal),
                source: 'resumed'
            };
        }
        const now = ctx.env.now();
        const claim = claimsOf(files).find(c => c.nonce === target.claim?.nonce);
        if (!claim || claim.deadline <= now) {
            ctx.logger.info(`The other run's claim on ${label} is gone (stopped or released); choosing again.`);
            return undefined;
        }
        if (!logged) {
            ctx.logger.info(`Another run is uploading this same archive to ${label}; waiting for its commit ` +
                `(its claim runs until ${new Date(claim.deadline).toISOString()}) instead of uploading it again.`);
            logged = true;
        }
        if (now >= runDeadline) {
            throw new PublishError(`Timed out waiting for another run to finish uploading this archive to ${label}. ` +
                'Run again later, or raise timeout-minutes.');
        }
        await ctx.env.sleep(Math.min(look, Math.max(1, runDeadline - now)), ctx.signal);
    }
}

;// CONCATENATED MODULE: ./src/engine/publish/acquire.ts





const MAX_ROUNDS = 8;
/**
 * Chooses a version and, for a publish, claims it (overlap.ts); chooses again while other runs
 * win the versions it picks, and follows a run that publishes the same archive.
 */
async function acquireVersion(ctx, req) {
    let packCreated = req.packCreated;
    for (let round = 1;; round++) {
        const choice = await chooseVersion(ctx, req.packId, {
            archiveSha256: req.archive?.sha256,
            dryRun: req.dryRun,
            packCreated,
            avoidVersionId: round === 1 ? req.avoidVersionId : undefined
        });
        packCreated = false;
        if (choice.source === 'resumed' || req.dryRun || !req.archive)
            return choice;
        const sha = shaTag(req.archive.sha256);
        if (choice.follow) {
            const joined = await follow(ctx, choice.version, { claim: choice.follow }, sha, req.deadline);
            if (joined)
                return joined;
        }
        else {
            const { claim, verdict } = await claimVersion(ctx, req.packId, choice, req.archive, choice.baseline);
            if (verdict.kind === 'mine')
                return { ...choice, claim };
            await release(ctx, claim);
            const joined = await afterLoss(ctx, verdict, sha, req.deadline);
            if (joined)
                return joined;
        }
        if (round >= MAX_ROUNDS) {
            throw new PublishError(`Other runs publishing this pack took every version this run chose (${round} times). ` +
                'Run again once they are done.');
        }
    }
}
/** After a lost claim: follow the run that publishes this archive, or say why we choose again. */
async function afterLoss(ctx, verdict, sha, deadline) {
    if (verdict.kind === 'follow')
        return follow(ctx, verdict.version, verdict, sha, deadline);
    ctx.logger.info(verdict.kind === 'taken'
        ? `The version is taken: ${verdict.reason}. Choosing another.`
        : "This run's claim ran out before its commit; claiming a version again.");
    return undefined;
}
/** Pending versions (newest first) looked at above the newest settled one. */
const acquire_VERSIONS_LOOKED_AT = 10;
/**
 * The version to work on. Apple has no DELETE, so versions are never made needlessly. It looks
 * at the newest versions down to the first settled one (PROCESSING, COMPLETE or FAILED): the
 * pending ones above it are where other runs may be at work.
 * - a version among them holding this archive (by checksum) is resumed, not re-uploaded;
 * - a pending one whose first live claim is for this same archive is followed (another run is
 *   uploading it);
 * - the newest pending one with no live claim (left by a killed, failed or dry run) is reused;
 * - otherwise (none, or all busy with other archives) a new one is created.
 */
async function chooseVersion(ctx, packId, options) {
    // A pack created by this run has no versions: no need to ask.
    const newest = options.packCreated
        ? []
        : (await ctx.client.listVersions(packId, {
            limit: acquire_VERSIONS_LOOKED_AT,
            signal: ctx.signal
        })).versions;
    const settledAt = newest.findIndex(v => v.attributes.state !== 'AWAITING_UPLOAD');
    const looked = settledAt < 0 ? newest : newest.slice(0, settledAt + 1);
    const settled = settledAt < 0 ? undefined : newest[settledAt];
    const lowest = looked.at(-1);
    const baseline = settled
        ? versionNumber(settled)
        : lowest && newest.length >= acquire_VERSIONS_LOOKED_AT
            ? versionNumber(lowest) - 1
            : 0;
    const views = [];
    for (const version of looked) {
        views.push({ version, files: await ctx.client.listUploadFiles(version.id, ctx.signal) });
    }
    const sha = options.archiveSha256 ? shaTag(options.archiveSha256) : undefined;
    const now = ctx.env.now();
    const own = runNonce(ctx);
    if (!options.dryRun && sha) {
        const holding = views.find(({ version, files }) => version.attributes.state !== 'FAILED' &&
            files.some(f => isType(f, 'ASSET') && SENT.has(deliveryState(f)) && shaTagOf(f) === sha));
        if (holding)
            return { ...holding, source: 'resumed', baseline };
    }
    const pending = views.filter(({ version, files }) => version.attributes.state === 'AWAITING_UPLOAD' &&
        !files.some(f => isType(f, 'ASSET') && SENT.has(deliveryState(f))));
    // This run's own claims (one whose release did not answer) never hold it up.
    const firstClaim = (files) => liveClaims(files, now).find(c => c.nonce !== own);
    if (!options.dryRun && sha) {
        const uploading = [...pending].reverse().find(v => firstClaim(v.files)?.sha === sha);
        const claim = uploading && firstClaim(uploading.files);
        if (uploading && claim) {
            return { ...uploading, source: 'reused-pending', baseline, follow: claim };
        }
    }
    const free = pending.find(v => v.version.id !== options.avoidVersionId && firstClaim(v.files) === undefined);
    if (free)
        return { ...free, source: 'reused-pending', baseline };
    const busy = pending.filter(v => v.version.id !== options.avoidVersionId);
    if (busy.length) {
        ctx.logger.info(`Version ${busy[0].version.attributes.version ?? '?'} is being published by another ` +
            'run; creating a new version for this one.');
    }
    return {
        version: await createVersion(ctx, packId, newest[0]?.id),
        files: [],
        source: 'created',
        baseline
    };
}

;// CONCATENATED MODULE: ./src/engine/publish/wait.ts




/**
 * Polls the version until `waitFor` is reached: `processed` (version COMPLETE) or
 * `ready-for-testing` (its internal beta release READY_FOR_TESTING). Logs each state once.
 */
async function waitForVersion(ctx, versionId, waitFor, record, timing) {
    let last = '';
    const read = async () => {
        const { version, internalBetaRelease, assetFile, manifestFile } = await ctx.client.getVersion(versionId, ctx.signal);
        const releaseRef = version.relationships?.internalBetaRelease?.data;
        const release = internalBetaRelease ??
            (releaseRef ? await ctx.client.getInternalBetaRelease(releaseRef.id, ctx.signal) : undefined);
        record.version = version.attributes.version ?? record.version;
        record.platforms = version.attributes.platforms ?? record.platforms;
        record.locale = version.attributes.locale ?? undefined;
        if (version.attributes.state === 'COMPLETE' || version.attributes.state === 'FAILED') {
            record.processedState = version.attributes.state;
        }
        record.state = release?.attributes.state ?? version.attributes.state;
        record.internalBetaReleaseId = release?.id ?? record.internalBetaReleaseId;
        const shown = release
            ? `internal beta release ${release.attributes.state}`
            : version.attributes.state;
        if (shown !== last)
            ctx.logger.info(`Version ${record.version}: ${shown}.`);
        last = shown;
        return { version, release, files: [manifestFile, assetFile].flatMap(f => (f ? [f] : [])) };
    };
    const { value, final } = await poll(read, seen => isDone(seen, waitFor), {
        ...timing,
        env: ctx.env,
        signal: ctx.signal
    });
    const details = value.version.attributes.stateDetails;
    if (value.version.attributes.state === 'FAILED') {
        // Every entry Apple gave, verbatim: in the record (summary, --json), the log and the error.
        record.stateDetails = {
            errors: describeMessages(details?.errors),
            warnings: describeMessages(details?.warnings),
            infos: describeMessages(details?.infos)
        };
        record.deliveryErrors = value.files.flatMap(deliveryLines);
        const failure = new ProcessingFailedError(record.version ?? versionId, record.stateDetails, {
            delivery: record.deliveryErrors
        });
        ctx.logger.info(failure.details);
        throw failure;
    }
    for (const line of describeMessages(details?.warnings))
        record.notes.push(`Warning: ${line}`);
    for (const line of describeMessages(details?.infos))
        record.notes.push(`Info: ${line}`);
    if (!final) {
        throw new WaitTimeoutError(record.version ?? '?', versionId, record.state ?? 'unknown', timing.timeoutMinutes);
    }
    if (value.release?.attributes.state === 'SUPERSEDED') {
        ctx.logger.warning(`Version ${record.version} was superseded by a newer version of the pack while waiting.`);
    }
}
/** `ASSET Levels.aar: error: CODE: description`, for each delivery error and warning of a file. */
function deliveryLines(file) {
    const a = file.attributes;
    const name = `${a?.assetType ?? 'file'} ${a?.fileName ? archiveNameOf(a.fileName) : file.id}`;
    const delivery = a?.assetDeliveryState;
    return [
        ...describeMessages(delivery?.errors).map(line => `${name}: error: ${line}`),
        ...describeMessages(delivery?.warnings).map(line => `${name}: warning: ${line}`)
    ];
}
function isDone({ version, release }, waitFor) {
    if (version.attributes.state === 'FAILED')
        return true;
    if (waitFor === 'processed')
        return version.attributes.state === 'COMPLETE';
    // A release superseded by a newer version has been ready: waiting longer changes nothing.
    return release !== undefined;
}

;// CONCATENATED MODULE: ./src/engine/publish/publish.ts















/** Polls of the version back off up to this interval (or the first one, if longer). */
const MAX_POLL_INTERVAL_MS = 60_000;
/** Apple checks a manifest in seconds: poll it more often than processing. */
const MANIFEST_POLL_MS = 2_000;
/** Uploads whose claim was lost before the commit, before the run gives up. */
const MAX_UPLOAD_ROUNDS = 3;
const LOST_TOO_OFTEN = 'Other runs publishing this pack won the version before this run could commit, three times. ' +
    'Run again once they are done.';
/**
 * The whole publish (or dry run) after the offline checks: pack → version → Apple's manifest
 * check → archive upload → commit → wait. `record` is filled in as the run goes, so a failed
 * run still reports how far it got.
 */
async function publish(inputs, ctx, record, options = {}) {
    const disposals = [];
    try {
        await publishSteps(inputs, ctx, record, options, disposals);
    }
    finally {
        for (const dispose of disposals)
            await dispose();
    }
}
async function publishSteps(inputs, ctx, record, options, disposals) {
    const { settings, archive } = inputs;
    if (!settings.appId)
        throw new Error('publish needs app-id (checked offline before)');
    const appId = settings.appId;
    const phase = phaseTimer(ctx, record);
    const pollInterval = settings.pollIntervalSeconds * 1000;
    const timing = (intervalMs) => ({
        intervalMs,
        maxIntervalMs: Math.max(intervalMs, MAX_POLL_INTERVAL_MS),
        deadline: ctx.env.now() + settings.timeoutMinutes * 60_000,
        timeoutMinutes: settings.timeoutMinutes
    });
    const pack = await phase('Find the asset pack', async () => {
        const found = await findOrCreatePack(ctx, appId, inputs.assetPackIdentifier);
        ctx.logger.info(`${found.created ? 'Created' : 'Found'} asset pack '${inputs.assetPackIdentifier}' (${found.pack.id}).`);
        return found;
    });
    record.assetPackId = pack.pack.id;
    record.packCreated = pack.created;
    const { language } = inputs.manifest;
    if (language && !pack.created) {
        await warnOfOtherLocales(ctx, pack.pack.id, inputs.assetPackIdentifier, language);
    }
    if (settings.skipUnchanged && archive && !pack.created) {
        const unchanged = await phase('Compare with the published archive', () => isUnchanged(ctx, pack.pack.id, archive.sha256, options.publishedHint, record));
        if (unchanged) {
            ctx.logger.notice(`Not published: ${record.skipReason}.`);
            return;
        }
        ctx.logger.info('The archive differs from the latest processed version: publishing.');
    }
    const deadline = ctx.env.now() + settings.timeoutMinutes * 60_000;
    const archiveRef = archive && {
        sha256: archive.sha256,
        size: archive.size,
        fileName: (0,external_node_path_.basename)(archive.path)
    };
    const acquire = (avoidVersionId, packCreated) => phase('Choose the version', async () => {
        const result = await acquireVersion(ctx, {
            packId: pack.pack.id,
            archive: settings.dryRun ? undefined : archiveRef,
            dryRun: settings.dryRun,
            packCreated,
            avoidVersionId,
            deadline
        });
        note(record, result);
        ctx.logger.info(describeChoice(result));
        return result;
    });
    const staged = await stageManifest(inputs.manifestBytes, settings.manifestPath);
    disposals.push(staged.dispose);
    const manifest = {
        path: staged.path,
        size: inputs.manifestBytes.length,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(inputs.manifestBytes).digest('hex')
    };
    let chosen = await acquire(undefined, pack.created);
    try {
        for (let round = 1; !isResumed(chosen); round++) {
            const check = () => checkManifestAtApple(ctx, chosen, manifest, record, timing(Math.min(pollInterval, MANIFEST_POLL_MS)));
            await phase("Apple's manifest check", async () => {
                try {
                    await check();
                }
                catch (error) {
                    if (!isManifestSlotTaken(error) || chosen.source === 'created')
                        throw error;
                    // Apple keeps one MANIFEST per version: a changed manifest needs a new version.
                    ctx.logger.info('This version already has a different manifest; creating a new version.');
                    if (chosen.claim)
                        await release(ctx, chosen.claim);
                    chosen = await acquire(chosen.version.id);
                    if (!isResumed(chosen))
                        await check();
                }
            });
            if (settings.dryRun || isResumed(chosen))
                break;
            if (!archive || !archiveRef)
                throw new Error('publish needs archive-path (checked offline before)');
            const claim = chosen.claim;
            if (!claim)
                throw new Error('a publish holds a claim on its version');
            try {
                await phase('Upload the archive', async () => {
                    const sent = await sendFile(ctx, chosen.version.id, {
                        assetType: 'ASSET',
                        path: archive.path,
                        fileName: claim.fileName,
                        size: archive.size,
                        sha256: archive.sha256
                    }, id => (record.assetUploadFileId = id), {
                        reserved: claim.reserved,
                        beforeCommit: async () => {
                            const verdict = await judge(ctx, claim);
                            if (verdict.kind !== 'mine')
                                throw new ClaimLostError(verdict);
                        }
                    });
                    record.upload = { bytes: sent.bytes, seconds: sent.seconds };
                    ctx.logger.info('Archive committed: Apple is processing it.');
                });
                break;
            }
            catch (error) {
                if (!(error instanceof ClaimLostError))
                    throw error;
                await release(ctx, claim);
                const joined = await afterLoss(ctx, error.verdict, shaTag(archive.sha256), deadline);
                if (joined) {
                    chosen = joined;
                    note(record, chosen);
                    break;
                }
                if (round >= MAX_UPLOAD_ROUNDS)
                    throw new PublishError(LOST_TOO_OFTEN);
                chosen = await acquire();
            }
        }
    }
    catch (error) {
        // A claim given up by a failed or cancelled run must not hold up the next run.
        if (chosen.claim && !record.upload)
            await release(ctx, chosen.claim);
        throw error;
    }
    if (settings.dryRun)
        return;
    await finish();
    async function finish() {
        if (settings.waitFor === 'uploaded') {
            const { version } = await ctx.client.getVersion(chosen.version.id, ctx.signal);
            record.state = version.attributes.state;
            return;
        }
        const waitFor = settings.waitFor;
        await phase(waitFor === 'processed' ? 'Wait for processing' : 'Wait until ready for testing', () => waitForVersion(ctx, chosen.version.id, waitFor, record, timing(pollInterval)));
        checkProcessedLocale(record, language);
    }
}
/** Nothing (more) to upload: another run's, or an earlier one's, commit holds this archive. */
function isResumed(chosen) {
    return chosen.source === 'resumed';
}
function note(record, chosen) {
    record.versionId = chosen.version.id;
    record.version = chosen.version.attributes.version ?? undefined;
    record.versionSource = chosen.source;
    record.state = chosen.version.attributes.state;
    record.manifestUploadFileId = chosen.files.find(f => isType(f, 'MANIFEST'))?.id;
    record.assetUploadFileId = (committedAsset(chosen.files) ?? chosen.files.find(f => isType(f, 'ASSET')))?.id;
}
function describeChoice({ version, source }) {
    const name = `version ${version.attributes.version ?? '?'} (${version.id})`;
    switch (source) {
        case 'created':
            return `Created ${name}.`;
        case 'reused-pending':
            return `Reusing ${name}, left AWAITING_UPLOAD by an earlier run (Apple has no DELETE).`;
        case 'resumed':
            return `This archive was already uploaded as ${name} (${version.attributes.state}); resuming from there without uploading again.`;
    }
}
/** A 409 answering the MANIFEST reservation: the version holds another manifest already. */
function isManifestSlotTaken(error) {
    return (error instanceof ConflictError &&
        error.method === 'POST' &&
        error.path.startsWith('/v1/backgroundAssetUploadFiles'));
}
/** Runs each phase in a log group and records how long it took. */
function phaseTimer(ctx, record) {
    return async (name, fn) => {
        const start = ctx.env.now();
        try {
            return await ctx.logger.group(name, fn);
        }
        finally {
            record.phases.push({ name, ms: ctx.env.now() - start });
        }
    };
}

;// CONCATENATED MODULE: ./src/engine/asc/review-schemas.ts
/**
 * zod schemas for the review-submission answers the submit flow reads, written by hand from
 * Apple's spec (shared/asc-openapi/review-submissions.openapi.json, and
 * BackgroundAssetVersionAppStoreRelease from background-assets.openapi.json; 4.5.1). As in
 * schemas.ts: loose objects, strict only where the flow depends on a field.
 */


const review_schemas_id = schemas/* string */.YjP().min(1);
const review_schemas_opt = (schema) => schema.nullish();
const review_schemas_linkage = (type) => schemas/* looseObject */._H3({ data: review_schemas_opt(schemas/* looseObject */._H3({ type: schemas/* literal */.euz(type), id: review_schemas_id })) });
const PLATFORMS = ['IOS', 'MAC_OS', 'TV_OS', 'VISION_OS'];
const SUBMISSION_STATES = [
    'READY_FOR_REVIEW',
    'WAITING_FOR_REVIEW',
    'IN_REVIEW',
    'UNRESOLVED_ISSUES',
    'CANCELING',
    'COMPLETING',
    'COMPLETE'
];
const ReviewSubmissionSchema = schemas/* looseObject */._H3({
    type: schemas/* literal */.euz('reviewSubmissions'),
    id: review_schemas_id,
    attributes: schemas/* looseObject */._H3({
        // Apple adds platforms over time: read it as text, compare with the ones asked for.
        platform: review_schemas_opt(schemas/* string */.YjP()),
        submittedDate: review_schemas_opt(schemas/* string */.YjP()),
        state: schemas/* enum */.k5n(SUBMISSION_STATES)
    })
});
const ITEM_STATES = [
    'READY_FOR_REVIEW',
    'ACCEPTED',
    'APPROVED',
    'REJECTED',
    'REMOVED'
];
const ReviewSubmissionItemSchema = schemas/* looseObject */._H3({
    type: schemas/* literal */.euz('reviewSubmissionItems'),
    id: review_schemas_id,
    attributes: review_schemas_opt(schemas/* looseObject */._H3({ state: review_schemas_opt(schemas/* enum */.k5n(ITEM_STATES)) })),
    relationships: review_schemas_opt(schemas/* looseObject */._H3({ backgroundAssetVersion: review_schemas_opt(review_schemas_linkage('backgroundAssetVersions')) }))
});
// The App Store release is read by `status` too: its schema lives with the other releases.


;// CONCATENATED MODULE: ./src/engine/asc/review-submissions.ts
/**
 * App Store review calls (Apple's review-submissions spec, 4.5.1) as thin typed functions over
 * the transport: find, create, submit and cancel review submissions, add and list their items,
 * and read a background asset version's App Store release.
 */



const review_submissions_PAGE_MAX = 200;
class ReviewSubmissions {
    transport;
    constructor(client) {
        this.transport = client.transport;
    }
    /** The app's submissions for a platform in these states (filter[app] is required by Apple). */
    async find(appId, platform, states, signal) {
        const { items } = await listAll(this.transport, '/v1/reviewSubmissions', {
            'filter[app]': appId,
            'filter[platform]': platform,
            'filter[state]': states.join(','),
            limit: review_submissions_PAGE_MAX
        }, ReviewSubmissionSchema, Infinity, signal);
        return items;
    }
    /** Creates a READY_FOR_REVIEW submission; a 409 (one is in progress) is a ConflictError. */
    async create(appId, platform, signal) {
        const doc = await this.transport.json({
            method: 'POST',
            path: '/v1/reviewSubmissions',
            body: {
                data: {
                    type: 'reviewSubmissions',
                    attributes: { platform },
                    relationships: { app: { data: { type: 'apps', id: appId } } }
                }
            },
            schema: single(ReviewSubmissionSchema),
            signal
        });
        return doc.data;
    }
    async get(id, signal) {
        const doc = await this.transport.json({
            method: 'GET',
            path: `/v1/reviewSubmissions/${review_submissions_seg(id)}`,
            schema: single(ReviewSubmissionSchema),
            signal
        });
        return doc.data;
    }
    /** Every item of the submission, with the background asset version of each. */
    async items(submissionId, signal) {
        const { items } = await listAll(this.transport, `/v1/reviewSubmissions/${review_submissions_seg(submissionId)}/items`, { include: 'backgroundAssetVersion', limit: review_submissions_PAGE_MAX }, ReviewSubmissionItemSchema, Infinity, signal);
        return items.map(item => ({
            item,
            versionId: item.relationships?.backgroundAssetVersion?.data?.id ?? undefined
        }));
    }
    /** Adds a background asset version to the submission. */
    async addVersion(submissionId, versionId, signal) {
        const doc = await this.transport.json({
            method: 'POST',
            path: '/v1/reviewSubmissionItems',
            body: {
                data: {
                    type: 'reviewSubmissionItems',
                    relationships: {
                        reviewSubmission: { data: { type: 'reviewSubmissions', id: submissionId } },
                        backgroundAssetVersion: { data: { type: 'backgroundAssetVersions', id: versionId } }
                    }
                }
            },
            schema: single(ReviewSubmissionItemSchema),
            signal
        });
        return doc.data;
    }
    /** Sends the submission to App Review. */
    submit(id, signal) {
        return this.update(id, { submitted: true }, signal);
    }
    /** Withdraws the submission (it passes through CANCELING and ends COMPLETE). */
    cancel(id, signal) {
        return this.update(id, { canceled: true }, signal);
    }
    /** The version with its App Store release, where it has one. */
    async versionWithRelease(versionId, signal) {
        const doc = await this.transport.json({
            method: 'GET',
            path: `/v1/backgroundAssetVersions/${review_submissions_seg(versionId)}`,
            query: { include: 'appStoreRelease' },
            schema: single(BackgroundAssetVersionSchema),
            signal
        });
        const ref = doc.data.relationships?.appStoreRelease?.data;
        if (!ref)
            return { version: doc.data };
        const found = (doc.included ?? []).find(r => r.type === ref.type && r.id === ref.id);
        const parsed = found ? AppStoreReleaseSchema.safeParse(found) : undefined;
        const release = parsed?.success ? parsed.data : await this.appStoreRelease(ref.id, signal);
        return { version: doc.data, release };
    }
    async appStoreRelease(id, signal) {
        const doc = await this.transport.json({
            method: 'GET',
            path: `/v1/backgroundAssetVersionAppStoreReleases/${review_submissions_seg(id)}`,
            schema: single(AppStoreReleaseSchema),
            signal
        });
        return doc.data;
    }
    async update(id, attributes, signal) {
        const doc = await this.transport.json({
            method: 'PATCH',
            path: `/v1/reviewSubmissions/${review_submissions_seg(id)}`,
            body: { data: { type: 'reviewSubmissions', id, attributes } },
            schema: single(ReviewSubmissionSchema),
            signal
        });
        return doc.data;
    }
}
function review_submissions_seg(value) {
    return encodeURIComponent(value);
}

;// CONCATENATED MODULE: ./src/engine/review/plan.ts

/** Apple: up to 10 different asset packs in one review submission (one version per pack). */
const MAX_PACKS_PER_SUBMISSION = 10;
/**
 * App Store release states after App Review accepted the version: nothing to add. (The release
 * is one per version, not per platform: WAITING_FOR_REVIEW may be another platform's submission.)
 */
const REVIEWED_RELEASE = new Set([
    'ACCEPTED',
    'PROCESSING_FOR_DISTRIBUTION',
    'READY_FOR_DISTRIBUTION',
    'SUPERSEDED'
]);
const IN_PROGRESS = SUBMISSION_STATES.filter(s => s !== 'COMPLETE');
/** Refused before anything was created: nothing was sent. */
class ReviewRefusedError extends Error {
    reasons;
    constructor(reasons) {
        super(`${reasons.join('\n')}\nNothing was sent for review.`);
        this.reasons = reasons;
        this.name = 'ReviewRefusedError';
    }
}
/** Reads and checks; throws ReviewRefusedError naming every reason found. */
async function planReview(api, appId, versions, options) {
    const reasons = [];
    const planned = [];
    for (const v of versions) {
        const { version, release } = await api.versionWithRelease(v.versionId, options.signal);
        const name = `'${v.identifier}' version ${version.attributes.version ?? '?'} (${v.versionId})`;
        if (version.attributes.state !== 'COMPLETE') {
            reasons.push(`${name} is ${version.attributes.state}: only a processed (COMPLETE) version can be submitted for App Store review.`);
            continue;
        }
        const own = (version.attributes.platforms ?? []);
        const missing = options.platforms?.filter(p => !own.includes(p)) ?? [];
        if (missing.length > 0) {
            reasons.push(`${name} is not on ${missing.join(', ')} (its platforms: ${own.join(', ')}).`);
            continue;
        }
        if (own.length === 0)
            reasons.push(`${name} has no platforms to submit for.`);
        planned.push({
            ...v,
            version: version.attributes.version ?? undefined,
            platforms: options.platforms ?? own,
            appStoreReleaseState: release?.attributes?.state ?? undefined
        });
    }
    if (reasons.length > 0)
        throw new ReviewRefusedError(reasons);
    const platforms = [...new Set(planned.flatMap(v => v.platforms))];
    const plans = [];
    for (const platform of platforms) {
        const plan = await planPlatform(api, appId, platform, planned, options.signal);
        const overflow = plan.toAdd.slice(Math.max(0, MAX_PACKS_PER_SUBMISSION - plan.draftPacks));
        if (overflow.length > 0) {
            reasons.push(`${platform}: a review submission holds at most ${MAX_PACKS_PER_SUBMISSION} asset packs` +
                (plan.draft ? ` and the open one (${plan.draft.id}) holds ${plan.draftPacks}` : '') +
                `; these do not fit: ${overflow.map(v => v.identifier).join(', ')}. Submit them in another run once this submission is reviewed.`);
        }
        plans.push(plan);
    }
    if (reasons.length > 0)
        throw new ReviewRefusedError(reasons);
    return plans;
}
async function planPlatform(api, appId, platform, all, signal) {
    const open = await api.find(appId, platform, IN_PROGRESS, signal);
    const draft = open.find(s => s.attributes.state === 'READY_FOR_REVIEW');
    const holder = new Map();
    let draftPacks = 0;
    for (const s of open) {
        for (const { item, versionId } of await api.items(s.id, signal)) {
            if (!versionId || item.attributes?.state === 'REMOVED')
                continue;
            holder.set(versionId, s);
            if (s === draft)
                draftPacks++;
        }
    }
    const plan = {
        platform,
        draft,
        draftPacks,
        toAdd: [],
        inDraft: [],
        submitted: [],
        reviewed: []
    };
    for (const v of all.filter(x => x.platforms.includes(platform))) {
        const s = holder.get(v.versionId);
        if (s && s === draft)
            plan.inDraft.push(v);
        else if (s)
            plan.submitted.push({ version: v, submission: s });
        else if (v.appStoreReleaseState && REVIEWED_RELEASE.has(v.appStoreReleaseState)) {
            plan.reviewed.push(v);
        }
        else
            plan.toAdd.push(v);
    }
    return plan;
}

;// CONCATENATED MODULE: ./src/engine/review/submit.ts
/**
 * Submitting processed versions to App Store review: one review submission per platform of the
 * versions, reusing the app's open one, adding each version once (a rerun finds its items and
 * goes on), then `submitted: true` (or, as a draft, left open for a person). A submission this
 * run created is canceled when adding to it fails; one it reused is never touched.
 */





/** States of a submission that was sent and is not finished: it holds its platform. */
const submit_SENT = [
    'WAITING_FOR_REVIEW',
    'IN_REVIEW',
    'UNRESOLVED_ISSUES',
    'CANCELING',
    'COMPLETING'
];
/** Adding to the submission failed; the message says what became of the submission. */
class ReviewFailedError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'ReviewFailedError';
    }
}
async function submitForReview(client, options) {
    const api = new ReviewSubmissions(client);
    const { logger, signal } = options;
    const plans = await planReview(api, options.appId, options.versions, options);
    const outcome = { submissions: {}, versions: [] };
    for (const plan of plans) {
        const done = await submitPlatform(api, options, plan);
        if (done)
            outcome.submissions[plan.platform] = done;
    }
    for (const v of options.versions) {
        const { release } = await api.versionWithRelease(v.versionId, signal);
        outcome.versions.push({
            ...v,
            appStoreReleaseId: release?.id,
            appStoreReleaseState: release?.attributes?.state ?? undefined
        });
        if (release?.attributes?.state) {
            logger.info(`'${v.identifier}': App Store release ${release.attributes.state}.`);
        }
    }
    return outcome;
}
async function submitPlatform(api, options, plan) {
    const { logger, signal } = options;
    const { platform } = plan;
    for (const v of plan.reviewed) {
        logger.info(`${platform}: '${v.identifier}' version ${v.version ?? '?'} was reviewed already (App Store release ${v.appStoreReleaseState}); nothing to add.`);
    }
    for (const { version, submission } of plan.submitted) {
        logger.info(`${platform}: '${version.identifier}' is already in review submission ${submission.id} (${submission.attributes.state}); nothing to add.`);
    }
    if (plan.toAdd.length === 0 && plan.inDraft.length === 0) {
        const sent = plan.submitted[0]?.submission;
        return (sent && { submissionId: sent.id, state: sent.attributes.state, created: false, added: [] });
    }
    const { submission, created } = plan.draft
        ? { submission: plan.draft, created: false }
        : await createOrFind(api, options.appId, platform, logger, signal);
    if (plan.draft)
        logger.info(`${platform}: using the open review submission ${submission.id}.`);
    for (const v of plan.inDraft) {
        logger.info(`${platform}: '${v.identifier}' is in review submission ${submission.id} already.`);
    }
    const added = [];
    for (const v of plan.toAdd) {
        await addOnce(api, submission, v, created, logger, signal);
        added.push(v.identifier);
        logger.info(`${platform}: added '${v.identifier}' version ${v.version ?? '?'}.`);
    }
    let state = submission.attributes.state;
    if (options.mode === 'submit') {
        state = await submitOnce(api, submission.id, signal);
        logger.info(`${platform}: review submission ${submission.id} submitted (${state}).`);
    }
    else {
        logger.info(`${platform}: review submission ${submission.id} left open (draft): submit it in App Store Connect.`);
    }
    return { submissionId: submission.id, state, created, added };
}
/** `submitted: true`; after an ambiguous failure, looks before sending it again. */
async function submitOnce(api, id, signal) {
    try {
        return (await api.submit(id, signal)).attributes.state;
    }
    catch (error) {
        if (!context_isAmbiguous(error))
            throw error;
        const seen = await api.get(id, signal);
        if (seen.attributes.state !== 'READY_FOR_REVIEW')
            return seen.attributes.state;
        return (await api.submit(id, signal)).attributes.state;
    }
}
/** Creates the platform's submission; when another run got there first (409), uses theirs. */
async function createOrFind(api, appId, platform, logger, signal) {
    try {
        const submission = await api.create(appId, platform, signal);
        logger.info(`${platform}: created review submission ${submission.id}.`);
        return { submission, created: true };
    }
    catch (error) {
        if (!(error instanceof ConflictError) && !context_isAmbiguous(error))
            throw error;
        // Apple: "There is another reviewSubmissions with id … still in progress." (or a create
        // that may have happened): the open one, if it is a draft, is the one to use.
        const [open] = await api.find(appId, platform, ['READY_FOR_REVIEW'], signal);
        if (!open)
            throw await busyPlatform(api, appId, platform, error, signal);
        logger.info(`${platform}: another run opened review submission ${open.id}; using it.`);
        // Not known to be ours: never canceled by this run.
        return { submission: open, created: false };
    }
}
/** The create was refused and there is no draft: a submission sent to App Review holds the platform. */
async function busyPlatform(api, appId, platform, error, signal) {
    if (!(error instanceof ConflictError))
        return error;
    const busy = (await api.find(appId, platform, submit_SENT, signal))[0];
    if (!busy)
        return error;
    return new ReviewFailedError(`${formatError(error)}\nThe app's ${platform} review submission ${busy.id} is ${busy.attributes.state}, and Apple takes one at a time per platform: run again once App Review is done with it, or add this version to it in App Store Connect.`, { cause: error });
}
/** Adds the version unless it is there already; on failure, undoes a submission made by this run. */
async function addOnce(api, submission, v, created, logger, signal) {
    try {
        await api.addVersion(submission.id, v.versionId, signal);
        return;
    }
    catch (error) {
        if (context_isAmbiguous(error) || error instanceof ConflictError) {
            // A retried create that had happened, or a concurrent run adding the same version.
            const items = await api.items(submission.id, signal);
            if (items.some(i => i.versionId === v.versionId && i.item.attributes?.state !== 'REMOVED')) {
                return;
            }
        }
        const what = `Adding '${v.identifier}' version ${v.version ?? '?'} to review submission ${submission.id} failed: ${formatError(error)}`;
        if (!created) {
            throw new ReviewFailedError(`${what}\nThe submission was open before this run, so it was left as it is.`, { cause: error });
        }
        try {
            await api.cancel(submission.id, signal);
            logger.warning(`Canceled review submission ${submission.id}, which this run created.`);
        }
        catch (cancelError) {
            throw new ReviewFailedError(`${what}\nCanceling the submission this run created failed too: ${formatError(cancelError)}. Cancel it in App Store Connect.`, { cause: error });
        }
        throw new ReviewFailedError(`${what}\nThe review submission this run created was canceled.`, {
            cause: error
        });
    }
}

;// CONCATENATED MODULE: ./src/engine/review/records.ts

/**
 * submit-for-review after a publish: the versions of these records go to App Store review
 * together (one submission per platform), and each record gets its submissions and its App
 * Store release state for the outputs.
 */
async function submitRecords(client, appId, records, setting, logger, signal) {
    const versions = records.flatMap(r => r.versionId ? [{ identifier: r.assetPackIdentifier, versionId: r.versionId }] : []);
    const mode = setting === 'true' ? 'submit' : 'draft';
    const outcome = await logger.group(mode === 'submit' ? 'Submit for App Store review' : 'Add to an App Store review draft', () => submitForReview(client, { appId, versions, mode, logger, signal }));
    for (const record of records) {
        const ids = {};
        for (const [platform, s] of Object.entries(outcome.submissions)) {
            if (s && (!record.platforms || record.platforms.includes(platform))) {
                ids[platform] = s.submissionId;
            }
        }
        record.reviewSubmissionIds = ids;
        const seen = outcome.versions.find(v => v.versionId === record.versionId);
        record.appStoreReleaseState = seen?.appStoreReleaseState ?? record.appStoreReleaseState;
    }
    return outcome;
}

;// CONCATENATED MODULE: ./src/engine/upload/progress.ts
class ProgressReporter {
    options;
    now;
    interval;
    started;
    lastLine;
    sent = 0;
    finished = false;
    constructor(options) {
        this.options = options;
        this.now = options.now ?? (() => Date.now());
        this.interval = options.intervalMs ?? 5000;
        this.started = this.now();
        this.lastLine = this.started;
    }
    /** Bytes sent so far; prints a line when the interval has passed since the last one. */
    update(sent) {
        this.sent = sent;
        if (this.finished)
            return;
        const now = this.now();
        if (now - this.lastLine >= this.interval) {
            this.lastLine = now;
            this.print(now);
        }
    }
    /** Prints the final line (once). */
    finish() {
        if (this.finished)
            return;
        this.finished = true;
        this.print(this.now());
    }
    print(now) {
        const line = formatProgress(this.sent, this.options.total, now - this.started);
        this.options.logger.info(this.options.label ? `${this.options.label}: ${line}` : line);
    }
}
/** "Sent 12.5 MB of 100.0 MB (12%), 3.1 MB/s" (MB = 10^6 bytes). */
function formatProgress(sent, total, elapsedMs) {
    const mb = (n) => (n / 1e6).toFixed(1);
    const percent = total > 0 ? Math.floor((sent / total) * 100) : 100;
    const rate = elapsedMs > 0 ? sent / 1e6 / (elapsedMs / 1000) : 0;
    return `Sent ${mb(sent)} MB of ${mb(total)} MB (${percent}%), ${rate.toFixed(1)} MB/s`;
}

;// CONCATENATED MODULE: ./src/engine/upload/uploader.ts
/**
 * Sends a file's parts as the reservation's upload operations say (method, URL, headers, offset,
 * length): N workers over one shared queue, each part streamed from disk, read afresh from its
 * offset on every attempt, retried on its own under the shared retry policy, watched for stalls.
 * If a part fails for good, the others are aborted and the upload rejects: the caller must not
 * commit.
 *
 * Memory stays flat whatever the file's size: no part is buffered, and each worker reads into a
 * few buffers of its own that it fills again in turn (see `BufferRing`), so an upload allocates
 * nothing per chunk and leaves the garbage collector nothing to collect. The file is opened once
 * and read with positional reads; connections are kept alive across parts.
 */








/** Headers undici manages itself or refuses; Content-Length is set from the operation's length. */
const MANAGED_HEADERS = new Set([
    'content-length',
    'connection',
    'keep-alive',
    'transfer-encoding',
    'upgrade'
]);
async function uploadParts(options) {
    const env = withEnv(options.env);
    const { logger, operations } = options;
    const concurrency = options.concurrency ?? 4;
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) {
        throw new RangeError(`Upload concurrency must be an integer from 1 to 32, not ${concurrency}`);
    }
    for (const op of operations)
        logger.secret(op.url);
    const file = await (0,external_node_fs_promises_.open)(options.filePath, 'r');
    try {
        return await uploadFrom(file, options, concurrency, env);
    }
    finally {
        await file.close();
    }
}
async function uploadFrom(file, options, concurrency, env) {
    const { logger, operations } = options;
    const fileSize = (await file.stat()).size;
    const parts = plan(operations, fileSize, logger);
    const total = parts.reduce((sum, p) => sum + p.ref.length, 0);
    const { Agent } = await undici();
    let reporter;
    const onProgress = options.onProgress ??
        ((sent) => {
            reporter ??= new ProgressReporter({ logger, total, now: env.now });
            reporter.update(sent);
        });
    let sent = 0;
    const ctx = {
        env,
        logger,
        file,
        filePath: options.filePath,
        stallMs: options.stallTimeoutMs ?? 60_000,
        chunkSize: options.highWaterMark ?? 256 * 1024,
        dispatcher: options.dispatcher ??
            new Agent({ connections: concurrency, keepAliveTimeout: 30_000, pipelining: 1 }),
        all: new AbortController(),
        attempts: 0,
        addBytes: delta => {
            sent += delta;
            onProgress(sent, total);
        }
    };
    const stopOnCancel = () => ctx.all.abort(options.signal?.reason);
    options.signal?.throwIfAborted();
    options.signal?.addEventListener('abort', stopOnCancel, { once: true });
    const started = env.now();
    let failure;
    let next = 0;
    const worker = async () => {
        const ring = new BufferRing(ctx.chunkSize); // this worker's, for all its parts and attempts
        while (!ctx.all.signal.aborted && next < parts.length) {
            const part = parts[next++];
            try {
                await withRetry(() => attemptPart(ctx, part, ring), classify, {
                    env,
                    options: { ...PART_RETRY, ...options.retry },
                    signal: ctx.all.signal,
                    onRetry: ({ attempt, delayMs, reason }) => logger.info(`Part ${part.ref.partNumber}: ${reason}; retry ${attempt} in ${Math.round(delayMs / 100) / 10} s`)
                });
            }
            catch (error) {
                if (!failure && !options.signal?.aborted) {
                    failure = { error };
                    ctx.all.abort(error); // stop the other parts: nothing is committed after a failure
                }
                return;
            }
        }
    };
    try {
        await Promise.all(Array.from({ length: Math.min(concurrency, parts.length) }, worker));
    }
    finally {
        options.signal?.removeEventListener('abort', stopOnCancel);
        if (!options.dispatcher) {
            const agent = ctx.dispatcher;
            await (failure || options.signal?.aborted ? agent.destroy() : agent.close());
        }
    }
    if (options.signal?.aborted)
        throw options.signal.reason;
    if (failure)
        throw failure.error;
    reporter?.finish();
    return {
        parts: parts.length,
        bytes: total,
        attempts: ctx.attempts,
        durationMs: env.now() - started
    };
}
/** Checks the operations against the file and names each part. */
function plan(operations, fileSize, logger) {
    if (operations.length === 0)
        throw new Error('The reservation has no upload operations');
    const parts = operations.map((op, i) => {
        const ref = { partNumber: op.partNumber ?? i + 1, offset: op.offset, length: op.length };
        const url = new URL(op.url);
        assertSafeUrl(url, 'upload URL');
        if (!Number.isSafeInteger(op.offset) ||
            !Number.isSafeInteger(op.length) ||
            op.offset < 0 ||
            op.length < 1) {
            throw new Error(`Upload operation ${ref.partNumber} has an invalid range (offset ${op.offset}, length ${op.length})`);
        }
        if (op.offset + op.length > fileSize) {
            throw new Error(`Upload operation ${ref.partNumber} ends at byte ${op.offset + op.length}, past the end of the file (${fileSize} bytes); was the file changed after the reservation?`);
        }
        return { op, ref, request: { method: op.method.toUpperCase(), url: redactUrl(url, false) } };
    });
    const covered = parts.reduce((sum, p) => sum + p.ref.length, 0);
    if (covered !== fileSize) {
        logger.warning(`The upload operations cover ${covered} bytes of a ${fileSize}-byte file`);
    }
    return parts;
}
/** Any part may be sent again until the commit: retry statuses 408/429/5xx, network errors, stalls. */
function classify(error) {
    if (error instanceof UploadStalledError)
        return { retry: true, reason: 'stalled' };
    if (error instanceof PartUploadError) {
        if (error.status === undefined)
            return { retry: true, reason: 'network error' };
        if (isRetryableStatus(error.status)) {
            return { retry: true, retryAfterMs: error.retryAfterMs, reason: `HTTP ${error.status}` };
        }
    }
    return { retry: false };
}
async function attemptPart(ctx, part, ring) {
    const { op, ref, request: info } = part;
    const { env } = ctx;
    const expiresAt = op.expiration ? Date.parse(op.expiration) : NaN;
    if (expiresAt <= env.now())
        throw new UploadUrlExpiredError(ref, info, op.expiration ?? undefined);
    ctx.attempts++;
    const started = env.now();
    const attempt = new AbortController();
    const signal = AbortSignal.any([ctx.all.signal, attempt.signal]);
    let sent = 0;
    let lastProgress = env.now();
    // Read afresh from the part's offset on every attempt. A read error (or a file that got
    // shorter) is thrown inside the body: undici then fails the request with it. Nothing is
    // thrown from an 'error' handler.
    const body = readRange(ctx, op, ring, n => {
        sent += n;
        lastProgress = env.now();
        ctx.addBytes(n);
    });
    const watchdog = setInterval(() => {
        const idle = env.now() - lastProgress;
        if (idle >= ctx.stallMs)
            attempt.abort(new UploadStalledError(ref, info, idle));
    }, Math.max(5, Math.min(1000, ctx.stallMs / 4)));
    watchdog.unref();
    const headers = {};
    for (const { name, value } of op.requestHeaders ?? []) {
        if (!MANAGED_HEADERS.has(name.toLowerCase()))
            headers[name] = value;
    }
    headers['content-length'] = String(op.length);
    try {
        const { request } = await undici();
        const res = await request(op.url, {
            method: info.method,
            headers,
            // undici sends any (async) iterable as a body (its types list only Readable); the tests
            // here run it against a real server.
            body: body,
            dispatcher: ctx.dispatcher,
            signal,
            highWaterMark: 16 * 1024
        });
        lastProgress = env.now();
        const status = res.statusCode;
        ctx.logger.debug(`${info.method} ${info.url} -> ${status} (part ${ref.partNumber}, ${op.length} bytes, ${env.now() - started} ms)`);
        if (status >= 200 && status < 300) {
            await res.body.dump();
            return;
        }
        const text = await res.body.text();
        if (status === 403 && /expired/i.test(text)) {
            throw new UploadUrlExpiredError(ref, info, op.expiration ?? undefined);
        }
        const retryAfterMs = parseRetryAfter(res.headers['retry-after'], env.now());
        throw new PartUploadError(ref, info, status, `HTTP ${status}${describeBody(text)}`, {
            retryAfterMs
        });
    }
    catch (error) {
        ctx.addBytes(-sent); // this attempt's bytes must be sent again
        if (ctx.all.signal.aborted)
            throw ctx.all.signal.reason;
        if (attempt.signal.aborted)
            throw attempt.signal.reason;
        if (error instanceof AscError)
            throw error;
        const code = error.code;
        const why = error instanceof Error ? error.message : String(error);
        throw new PartUploadError(ref, info, undefined, `${typeof code === 'string' ? `${code}: ` : ''}${why}`, {
            cause: error
        });
    }
    finally {
        clearInterval(watchdog);
    }
}
/**
 * The bytes of one operation's range, read into the worker's ring of buffers. `onChunk` counts
 * each chunk as it is handed to the request.
 */
async function* readRange(ctx, op, ring, onChunk) {
    const end = op.offset + op.length;
    for (let position = op.offset; position < end;) {
        const buffer = ring.next();
        const { bytesRead } = await ctx.file.read(buffer, 0, Math.min(buffer.length, end - position), position);
        if (bytesRead === 0) {
            throw new Error(`'${ctx.filePath}' ended at byte ${position}, before the end of the part (${end}); ` +
                'was the file changed during the upload?');
        }
        position += bytesRead;
        onChunk(bytesRead);
        yield buffer.subarray(0, bytesRead);
    }
}
/** Bytes handed to the socket after a buffer before that buffer is filled again. */
const RING_BYTES = 1024 * 1024;
/**
 * A worker's read buffers, handed out in turn. A buffer is refilled only after the ones handed
 * out after it add up to RING_BYTES (1 MiB): by then it has left the socket, because undici asks
 * for the next chunk of a body only while the socket holds less than its writable high-water mark
 * unsent (64 KiB by default) and otherwise waits for 'drain'. A failed attempt's socket is
 * destroyed, so a buffer it still held is never sent after being refilled.
 */
class BufferRing {
    chunkSize;
    buffers = [];
    index = 0;
    count;
    constructor(chunkSize) {
        this.chunkSize = chunkSize;
        if (!Number.isSafeInteger(chunkSize) || chunkSize < 1) {
            throw new RangeError(`The read chunk size must be a positive integer, not ${chunkSize}`);
        }
        this.count = Math.ceil(RING_BYTES / chunkSize) + 1;
    }
    /** The next buffer, allocated on first use only. */
    next() {
        const i = this.index;
        this.index = (i + 1) % this.count;
        return (this.buffers[i] ??= Buffer.allocUnsafeSlow(this.chunkSize));
    }
}
/**
 * A short, safe description of the host's error body: only Code and Message of an XML error
 * (S3-style bodies may echo the string that was signed), else the start of a plain-text body.
 */
function describeBody(text) {
    const code = /<Code>([^<]{1,100})<\/Code>/.exec(text)?.[1];
    const message = /<Message>([^<]{1,300})<\/Message>/.exec(text)?.[1];
    if (code || message)
        return `: ${[code, message].filter(Boolean).join(' ')}`;
    if (text.trimStart().startsWith('<'))
        return '';
    const plain = text
        .replace(/\s+/g, ' ')
        .replace(/https?:\/\/\S+/g, '<url>')
        .trim()
        .slice(0, 200);
    return plain ? `: ${plain}` : '';
}

;// CONCATENATED MODULE: ./src/engine/run.ts







/** PUBLISH_ASSET_PACK_LOOK_MS, where it is a positive whole number of milliseconds. */
function lookFromEnvironment() {
    const text = process.env.PUBLISH_ASSET_PACK_LOOK_MS;
    const ms = text === undefined ? NaN : Number(text);
    return Number.isInteger(ms) && ms > 0 ? ms : undefined;
}
/** The App Store Connect client for checked settings; the caller closes it. */
function createClient(settings, credentials, logger, env = realEnv) {
    return new AscClient({
        credentials,
        logger,
        baseUrl: settings.apiBaseUrl.href.replace(/\/$/, ''),
        env
    });
}
/**
 * Publishes (or dry-runs) checked inputs against App Store Connect: the engine's entry for
 * both faces. Resolves with the record of what was done; on failure, rejects with the error
 * and leaves the record (passed in) filled as far as the run got.
 */
async function publishPack(inputs, record, options) {
    const { settings } = inputs;
    if (!inputs.credentials)
        throw new Error('App Store Connect credentials are required to publish');
    const env = options.env ?? realEnv;
    const client = options.client ?? createClient(settings, inputs.credentials, options.logger, env);
    const upload = async (filePath, operations, { label, signal }) => {
        const result = await uploadParts({
            filePath,
            operations,
            logger: options.logger,
            concurrency: settings.uploadConcurrency,
            env,
            signal,
            // A manifest is a few hundred bytes: progress lines would only be noise.
            ...(label === 'Manifest'
                ? { onProgress: () => undefined }
                : options.onProgress
                    ? { onProgress: options.onProgress }
                    : {})
        });
        return { bytes: result.bytes, seconds: result.durationMs / 1000 };
    };
    const ctx = {
        client,
        uploadParts: upload,
        logger: options.logger,
        env,
        signal: options.signal,
        lookMs: options.lookMs ?? lookFromEnvironment()
    };
    const review = settings.dryRun || options.deferReview ? 'false' : settings.submitForReview;
    // The pack's and the app's usage, for the summary: after a publish, or a version that failed.
    const usage = () => settings.appId && record.assetPackId && !settings.dryRun
        ? recordUsage(client, settings.appId, record, options)
        : undefined;
    try {
        await publish(reviewable(inputs, options.logger), ctx, record, {
            publishedHint: options.publishedHint
        });
        if (review !== 'false' && settings.appId) {
            await submitRecords(client, settings.appId, [record], review, options.logger, options.signal);
        }
        await usage();
        return record;
    }
    catch (error) {
        if (error instanceof ProcessingFailedError)
            await usage();
        throw error;
    }
    finally {
        if (!options.client)
            await client.close();
    }
}
/**
 * App Store review takes only a processed (COMPLETE) version: with submit-for-review, a
 * `wait-for: uploaded` run waits for processing all the same, and says so.
 */
function reviewable(inputs, logger) {
    const { settings } = inputs;
    if (settings.submitForReview === 'false' || settings.dryRun || settings.waitFor !== 'uploaded') {
        return inputs;
    }
    logger.info('submit-for-review needs the version processed (COMPLETE): waiting for processing, though wait-for is uploaded.');
    return { ...inputs, settings: { ...settings, waitFor: 'processed' } };
}

;// CONCATENATED MODULE: ./src/engine/manage/describe.ts
/**
 * What `status` and `list` show of a pack and a version: Apple's states and messages as Apple
 * gave them (stateDetails and each upload file's assetDeliveryState, verbatim), the three
 * releases, usedBytes. Pure functions over the client's resources.
 */


function describePack(pack) {
    return {
        assetPackIdentifier: pack.attributes?.assetPackIdentifier ?? '',
        assetPackId: pack.id,
        archived: pack.attributes?.archived === true,
        usedBytes: pack.attributes?.usedBytes ?? undefined
    };
}
function describeVersion({ version, internalBetaRelease, externalBetaRelease, appStoreRelease }, uploadFiles) {
    const { attributes } = version;
    const details = attributes.stateDetails;
    return {
        versionId: version.id,
        version: attributes.version ?? undefined,
        versionState: attributes.state,
        state: internalBetaRelease?.attributes.state ?? attributes.state,
        locale: attributes.locale ?? undefined,
        internalBetaReleaseId: internalBetaRelease?.id,
        internalBetaReleaseState: internalBetaRelease?.attributes.state,
        externalBetaReleaseId: externalBetaRelease?.id,
        externalBetaReleaseState: externalBetaRelease?.attributes.state,
        appStoreReleaseId: appStoreRelease?.id,
        appStoreReleaseState: appStoreRelease?.attributes?.state ?? undefined,
        platforms: attributes.platforms ?? [],
        createdDate: attributes.createdDate ?? undefined,
        errors: describeMessages(details?.errors),
        warnings: describeMessages(details?.warnings),
        infos: describeMessages(details?.infos),
        uploadFiles: uploadFiles?.map(describeUploadFile)
    };
}
function describeUploadFile(file) {
    const a = file.attributes;
    const delivery = a?.assetDeliveryState;
    return {
        uploadFileId: file.id,
        assetType: a?.assetType ?? '',
        fileName: a?.fileName ? archiveNameOf(a.fileName) : '',
        fileSize: a?.fileSize ?? undefined,
        state: delivery?.state ?? '',
        errors: describeMessages(delivery?.errors),
        warnings: describeMessages(delivery?.warnings)
    };
}

;// CONCATENATED MODULE: ./src/engine/status.ts





/** What was asked for is not at App Store Connect. */
class NotFoundError extends PublishError {
}
/** The app's pack with this identifier; NotFoundError when there is none. */
async function findPack(client, appId, identifier, signal) {
    const pack = await client.findPack(appId, identifier, signal);
    if (!pack) {
        throw new NotFoundError(`App Store Connect has no asset pack '${identifier}' under app ${appId}. ` +
            'Check app-id and asset-pack-identifier (list shows the packs of an app).');
    }
    return pack;
}
/** A version by its id, with its three releases and (by default) its upload files. */
async function versionStatus(client, versionId, signal, options = {}) {
    const [releases, files] = await Promise.all([
        getVersionReleases(client, versionId, signal),
        options.uploadFiles === false ? undefined : client.listUploadFiles(versionId, signal)
    ]);
    return describeVersion(releases, files);
}
/** A pack and one of its versions: the one numbered `version`, or the newest. */
async function packStatus(client, appId, identifier, options = {}) {
    const found = await findPack(client, appId, identifier, options.signal);
    const { versions } = await client.listVersions(found.id, {
        version: options.version,
        limit: 1,
        signal: options.signal
    });
    const chosen = versions[0];
    if (!chosen && options.version !== undefined) {
        throw new NotFoundError(`Asset pack '${identifier}' has no version ${options.version}.`);
    }
    const version = chosen ? await versionStatus(client, chosen.id, options.signal) : undefined;
    return { pack: { ...describePack(found), versions: version ? [version] : [] }, version };
}
/**
 * Polls a version until `waitFor` is reached, as the publish flow waits (FAILED and the timeout
 * reject with the flow's errors), then returns its state.
 */
async function waitForStatus(client, versionId, waitFor, options) {
    const { env, logger, signal } = options;
    const intervalMs = options.pollIntervalSeconds * 1000;
    const ctx = {
        client,
        logger,
        env,
        signal,
        uploadParts: () => Promise.reject(new Error('status uploads nothing'))
    };
    await waitForVersion(ctx, versionId, waitFor, newRecord('', false), {
        intervalMs,
        maxIntervalMs: Math.max(intervalMs, 60_000),
        deadline: env.now() + options.timeoutMinutes * 60_000,
        timeoutMinutes: options.timeoutMinutes
    });
    return versionStatus(client, versionId, signal);
}

;// CONCATENATED MODULE: ./src/engine/checks/key.ts


const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/;
/**
 * Reads an App Store Connect API key (.p8) as users paste it into secrets: the PEM text,
 * its base64 (once or twice), with literal `\n` escapes or CRLF line ends. Every form the
 * value passes through is registered as a secret before anything else is done with it.
 * Messages never quote the key.
 */
async function readPrivateKey(source, secret) {
    const fail = (message) => ({ problems: [{ input: source.input, message }] });
    let text = source.value;
    if (source.input === 'private-key-path') {
        const loaded = await readKeyFile(source.value);
        if ('error' in loaded)
            return fail(loaded.error);
        text = loaded.text;
    }
    registerSecret(text, secret);
    const pem = toPem(text);
    if (pem === undefined) {
        return fail('is not a private key: expected the contents of the AuthKey_XXXXXXXXXX.p8 file downloaded ' +
            'from App Store Connect (a PEM block starting with -----BEGIN PRIVATE KEY-----), or its base64.');
    }
    registerSecret(pem, secret);
    const kindProblem = describeWrongKind(pem);
    if (kindProblem)
        return fail(kindProblem);
    let curve;
    let type;
    try {
        const keyObject = (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem' });
        type = keyObject.asymmetricKeyType;
        curve = keyObject.asymmetricKeyDetails?.namedCurve;
    }
    catch {
        return fail('holds a PRIVATE KEY block that does not parse as PKCS#8: the key text looks damaged ' +
            '(a line missing or changed when it was pasted). Paste the whole .p8 file again.');
    }
    if (type !== 'ec') {
        return fail(`is a ${type?.toUpperCase() ?? 'non-EC'} key; App Store Connect API keys are EC P-256 ` +
            'keys (.p8). Download the key from App Store Connect > Users and Access > Integrations.');
    }
    if (curve !== 'prime256v1') {
        return fail(`is an EC key on curve ${curve ?? 'unknown'}; App Store Connect keys use P-256.`);
    }
    try {
        // jose loads only when there is a key to import: a run without one never compiles it.
        const { importPKCS8 } = await Promise.all(/* import() */[__webpack_require__.e(994), __webpack_require__.e(696)]).then(__webpack_require__.bind(__webpack_require__, 2696));
        return { key: await importPKCS8(pem, 'ES256'), problems: [] };
    }
    catch {
        return fail('could not be imported as an ES256 signing key.');
    }
}
/** A .p8 key is about 250 bytes: a file much larger is something else, and is not read whole. */
const MAX_KEY_FILE_BYTES = 64 * 1024;
async function readKeyFile(path) {
    try {
        const info = await (0,external_node_fs_promises_.stat)(path);
        if (!info.isFile())
            return { error: `'${path}' is not a file; expected the path of a .p8 key.` };
        if (info.size > MAX_KEY_FILE_BYTES) {
            return {
                error: `'${path}' is ${info.size} bytes, too large for a .p8 key (about 250 bytes); expected the path of the .p8 key file.`
            };
        }
        return { text: await (0,external_node_fs_promises_.readFile)(path, 'utf8') };
    }
    catch (error) {
        const code = error.code;
        const reason = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`;
        return { error: `'${path}' ${reason}; expected the path of the .p8 key file.` };
    }
}
/** Undoes what secret stores do to a PEM: escaped newlines, CRLF, base64 (up to twice). */
function toPem(raw) {
    let text = raw.trim().replace(/^["']|["']$/g, '');
    for (let decode = 0; decode <= 2; decode++) {
        text = text.replace(/\\r\\n|\\n/g, '\n').replace(/\r\n?/g, '\n');
        const block = PEM_BLOCK.exec(text);
        if (block)
            return normalizePem(block[1], block[2]);
        const compact = text.replace(/\s+/g, '');
        if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length < 16)
            return undefined;
        const decoded = Buffer.from(compact, 'base64');
        const asText = decoded.toString('utf8');
        if (asText.includes('-----BEGIN') || /^[A-Za-z0-9+/=\s]+$/.test(asText)) {
            text = asText;
            continue;
        }
        // The base64 of the DER itself (an ASN.1 SEQUENCE): wrap it as PKCS#8 for the parser.
        return decoded[0] === 0x30 ? normalizePem('PRIVATE KEY', compact) : undefined;
    }
    return undefined;
}
/** Rebuilds a PEM block with 64-column lines, whatever whitespace the paste left. */
function normalizePem(label, body) {
    const base64 = body.replace(/\s+/g, '');
    const lines = base64.match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
function describeWrongKind(pem) {
    const label = PEM_BLOCK.exec(pem)?.[1];
    switch (label) {
        case 'PRIVATE KEY':
            return undefined;
        case 'RSA PRIVATE KEY':
            return 'is an RSA private key; App Store Connect API keys are EC P-256 keys (.p8).';
        case 'EC PRIVATE KEY':
            return ('is an EC key in SEC1 form (BEGIN EC PRIVATE KEY); the .p8 from App Store Connect is PKCS#8 ' +
                '(BEGIN PRIVATE KEY). Use the .p8 file as downloaded, or convert: ' +
                'openssl pkcs8 -topk8 -nocrypt -in key.pem -out AuthKey.p8');
        case 'ENCRYPTED PRIVATE KEY':
            return 'is an encrypted private key; App Store Connect .p8 keys are not encrypted.';
        case 'PUBLIC KEY':
        case 'EC PUBLIC KEY':
            return 'is a public key; expected the private key (.p8) it belongs to.';
        case 'CERTIFICATE':
            return 'is a certificate, not a key; expected the API key (.p8) from App Store Connect.';
        default:
            return `is a PEM block of type '${label ?? 'unknown'}'; expected BEGIN PRIVATE KEY (a .p8 key).`;
    }
}
/** Masks the value and each of its lines, since a log may print a multi-line key line by line. */
function registerSecret(value, secret) {
    const trimmed = value.trim();
    if (trimmed)
        secret(trimmed);
    for (const line of trimmed.split(/\r?\n|\\n/)) {
        const part = line.trim();
        if (part.length >= 8 && !part.startsWith('-----'))
            secret(part);
    }
}

;// CONCATENATED MODULE: ./src/engine/checks/fs-errors.ts
/** A file-system error as a message that names the path and says what was expected. */
function describeFsError(e, path, what) {
    const code = e?.code;
    if (code === 'ENOENT')
        return `'${path}' does not exist; ${what}`;
    if (code === 'EACCES' || code === 'EPERM')
        return `'${path}' cannot be read (permission denied)`;
    if (code === 'ENOTDIR')
        return `'${path}' does not exist (a part of the path is a file); ${what}`;
    if (code === 'ELOOP')
        return `'${path}' is a loop of symbolic links; ${what}`;
    return `'${path}' cannot be read: ${e instanceof Error ? e.message : String(e)}`;
}
/** What kind of non-regular file `info` is, for "is not a regular file (it is …)". */
function describeKind(info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a named pipe';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    return 'not a regular file';
}

;// CONCATENATED MODULE: ./src/engine/checks/archive.ts


const PBZ = {
    e: 'lzfse',
    '4': 'lz4',
    x: 'lzma',
    z: 'zlib',
    b: 'lzbitmap'
};
const HEADER = 12;
const BLOCK_HEADER = 16;
/** No maximum is documented (ba-package writes 1 MiB); a block is decoded whole, so past this the header is damaged. */
const MAX_BLOCK_SIZE = 2n ** 32n;
const WHAT = 'expected the .aar that xcrun ba-package wrote';
const TRUNCATED = 'it is truncated; expected the complete file: copy or download it again';
/** Field types of an Apple Archive entry header (3-char key + this 1-char type). */
const FIELD_TYPES = '*1248PFGHIJSTABC';
class ArchiveProblem extends Error {
}
/**
 * Checks that a file is an Apple Archive an asset pack can be: a pbz* container whose blocks
 * add up exactly to the file's size, or a raw AA01/YAA1 archive. It reads only headers: the
 * 12-byte container header and each block's 16-byte header, seeking past the payloads, so a
 * 1 GiB archive of 1 MiB blocks costs 1024 small reads. Nothing is decompressed.
 */
async function checkArchive(path, input = 'archive-path') {
    const fail = (message) => ({ problems: [{ input, message, file: path }] });
    try {
        const info = await (0,external_node_fs_promises_.stat)(path).catch(async (e) => {
            const link = await linkTarget(path);
            if (link !== undefined && e.code === 'ENOENT') {
                throw new ArchiveProblem(`'${path}' is a symbolic link to '${link}', which does not exist; ${WHAT}`);
            }
            throw new ArchiveProblem(describeFsError(e, path, WHAT));
        });
        if (info.isDirectory()) {
            const link = await linkTarget(path);
            const via = link === undefined ? '' : ` (a symbolic link to '${link}')`;
            return fail(`'${path}' is a directory${via}; ${WHAT}, a single file`);
        }
        if (!info.isFile())
            return fail(`'${path}' is ${describeKind(info)}, not a file; ${WHAT}`);
        const handle = await (0,external_node_fs_promises_.open)(path, 'r').catch((e) => {
            throw new ArchiveProblem(describeFsError(e, path, WHAT));
        });
        try {
            const archive = await inspect(handle, path);
            return { archive, problems: [] };
        }
        finally {
            await handle.close();
        }
    }
    catch (e) {
        if (e instanceof ArchiveProblem)
            return fail(e.message);
        throw e;
    }
}
async function linkTarget(path) {
    try {
        return (await (0,external_node_fs_promises_.lstat)(path)).isSymbolicLink() ? await (0,external_node_fs_promises_.readlink)(path) : undefined;
    }
    catch {
        return undefined;
    }
}
async function readAt(handle, length, position, path) {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    if (bytesRead !== length) {
        throw new ArchiveProblem(`'${path}' changed while it was being read (fewer bytes than its size at offset ` +
            `${position}); expected a finished file: wait until whatever writes it has finished`);
    }
    return buffer;
}
async function inspect(handle, path) {
    const problem = (message) => new ArchiveProblem(`'${path}' ${message}`);
    const size = (await handle.stat()).size;
    if (size === 0)
        throw problem(`is empty (0 bytes); ${WHAT}`);
    const header = await readAt(handle, Math.min(HEADER, size), 0, path);
    const magic = header.subarray(0, 4).toString('latin1');
    if (magic === 'AEA1') {
        throw problem('is an encrypted Apple Archive (AEA1): an encrypted archive is not an asset pack. ' +
            'Package the pack with xcrun ba-package without encryption, and upload that .aar');
    }
    if (magic === 'AA01' || magic === 'YAA1')
        return checkRawArchive(header, size, magic, path);
    if (magic.startsWith('pbz') && magic.length === 4) {
        const compression = PBZ[magic[3]];
        if (!compression) {
            throw problem(`is a pbz container with an unknown compression '${magic}'; expected pbze (LZFSE, ` +
                'what ba-package writes), pbz4, pbzx, pbzz or pbzb');
        }
        if (size < HEADER) {
            throw problem(`is ${size} bytes, shorter than the 12-byte '${magic}' header: ${TRUNCATED}`);
        }
        return walkBlocks(handle, header, size, magic, compression, problem, path);
    }
    throw problem(`does not start like an Apple Archive: its first bytes are ${hexDump(header)}; ` +
        `expected 'pbze' (70 62 7a 65, the container ba-package writes), another 'pbz' ` +
        `container, or a raw 'AA01' archive${guess(header)}`);
}
async function walkBlocks(handle, header, size, format, compression, problem, path) {
    const blockSize = header.readBigUInt64BE(4);
    if (blockSize === 0n || blockSize > MAX_BLOCK_SIZE) {
        throw problem(`declares a block size of ${blockSize} bytes in its header; expected 1 to ${MAX_BLOCK_SIZE} ` +
            '(ba-package writes 1048576): the header is damaged');
    }
    if (size === HEADER) {
        throw problem('holds no blocks, only the 12-byte header; expected at least one: it is truncated');
    }
    let offset = HEADER;
    let index = 0;
    while (offset < size) {
        const left = size - offset;
        const afterEnd = index === 0 ? '' : ` (or, if the archive ended at offset ${offset}, ${left} bytes follow it)`;
        if (left < BLOCK_HEADER) {
            throw problem(`ends with ${left} bytes at offset ${offset}, after block ${index - 1}: too few for a ` +
                `block header (16 bytes); expected the blocks to end exactly at the end of the file: ` +
                'it is truncated or has trailing bytes');
        }
        const head = await readAt(handle, index === 0 ? Math.min(20, left) : BLOCK_HEADER, offset, path);
        const raw = head.readBigUInt64BE(0);
        const stored = head.readBigUInt64BE(8);
        const at = `has a damaged block ${index} (header at offset ${offset})`;
        if (raw === 0n || stored === 0n) {
            throw problem(`${at}: raw size ${raw}, stored size ${stored}; expected both above 0${afterEnd}`);
        }
        if (raw > blockSize) {
            throw problem(`${at}: it holds ${raw} bytes, more than the block size ${blockSize} in the file's ` +
                `header; expected at most ${blockSize}${afterEnd}`);
        }
        if (stored > raw) {
            throw problem(`${at}: ${stored} bytes stored for ${raw} bytes of data; expected at most ${raw} ` +
                `(a block that does not compress is stored as is)${afterEnd}`);
        }
        const end = BigInt(offset) + BigInt(BLOCK_HEADER) + stored;
        if (end > BigInt(size)) {
            throw problem(`is truncated: block ${index} (header at offset ${offset}) declares ${stored} stored ` +
                `bytes, but only ${left - BLOCK_HEADER} remain (${end - BigInt(size)} missing); ` +
                'expected a complete file: copy or download it again');
        }
        if (index === 0 && head.length === 20)
            checkFirstPayload(head.subarray(16), raw === stored, compression, path);
        offset = Number(end);
        index++;
    }
    return { path, size, format, compression, blockSize: Number(blockSize), blocks: index };
}
/** The first bytes of block 0: an archive entry when stored as is, an LZFSE block otherwise. */
function checkFirstPayload(start, storedAsIs, compression, path) {
    const text = start.toString('latin1');
    if (storedAsIs && text !== 'AA01' && text !== 'YAA1') {
        throw new ArchiveProblem(`'${path}' has an uncompressed first block that starts with ${hexDump(start)}; expected ` +
            "an Apple Archive entry ('AA01'): the archive is damaged");
    }
    if (!storedAsIs && compression === 'lzfse' && !text.startsWith('bvx')) {
        throw new ArchiveProblem(`'${path}' has a first block that starts with ${hexDump(start)}; expected LZFSE data ` +
            "('bvx'), as the 'pbze' header says: the archive is damaged");
    }
}
function checkRawArchive(header, size, magic, path) {
    const problem = (message) => new ArchiveProblem(`'${path}' ${message}`);
    if (size < 6) {
        throw problem(`is ${size} bytes, too short for its first '${magic}' entry header: ${TRUNCATED}`);
    }
    const headerSize = header.readUInt16LE(4);
    if (headerSize < 6) {
        throw problem(`has a first '${magic}' entry whose header size is ${headerSize}; expected at least 6: ` +
            'the archive is damaged');
    }
    if (headerSize > size) {
        throw problem(`has a first '${magic}' entry of ${headerSize} header bytes, but the file has ${size}: ` +
            TRUNCATED);
    }
    if (headerSize >= 10 && header.length >= 10) {
        const key = header.subarray(6, 9).toString('latin1');
        const type = String.fromCharCode(header[9]);
        if (!/^[A-Z0-9]{3}$/.test(key) || !FIELD_TYPES.includes(type)) {
            throw problem(`has a first '${magic}' entry whose first field is ${hexDump(header.subarray(6, 10))}; ` +
                "expected a field such as 'TYP1': the archive is damaged");
        }
    }
    return { path, size, format: magic, compression: 'none' };
}
function hexDump(bytes) {
    const hex = [...bytes.subarray(0, 8)].map(b => b.toString(16).padStart(2, '0')).join(' ');
    const ascii = [...bytes.subarray(0, 8)]
        .map(b => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.'))
        .join('');
    return `${hex} ("${ascii}")`;
}
/** A hint where the first bytes look like a known other kind of file. */
function guess(header) {
    const text = header.toString('latin1');
    if (text.startsWith('PK\x03\x04'))
        return '. This is a ZIP file: upload the .aar itself, not a zip of it';
    if (header[0] === 0x1f && header[1] === 0x8b)
        return '. This is a gzip file: upload the .aar itself';
    if (/^\s*[{[]/.test(text))
        return '. This looks like JSON: were manifest-path and archive-path swapped?';
    if (text.startsWith('bvx'))
        return '. This is a bare LZFSE stream, not a ba-package archive';
    return '';
}

;// CONCATENATED MODULE: ./src/engine/archive/sequential-reader.ts
/** Read size when nothing asks for a particular length (the hash-only tail, raw archives). */
const CHUNK = 1024 * 1024;
/** The file ended before its size at `stat` time: something is still writing or truncating it. */
class FileChangedError extends Error {
    path;
    offset;
    constructor(path, offset) {
        super(`'${path}' changed while it was being read (it ended at offset ${offset}, before the ` +
            'size it had when the read began); expected a finished file: wait until whatever ' +
            'writes it has finished');
        this.path = path;
        this.offset = offset;
        this.name = 'FileChangedError';
    }
}
/**
 * One sequential pass over a file, one read ahead: `request(n)` starts reading the next n bytes
 * into one of two buffers, `take()` waits for them. The caller requests the next piece before
 * it works on the last one, so the read runs on the thread pool while the CPU hashes and
 * decodes. A piece stays valid until the request after the next (buffers take turns, and grow
 * only to the largest piece asked for: memory stays bounded by the caller's pieces).
 */
class SequentialReader {
    handle;
    path;
    size;
    options;
    /** Offset of the next byte to request. */
    position = 0;
    buffers = [Buffer.alloc(0), Buffer.alloc(0)];
    turn = 0;
    pending;
    constructor(handle, path, size, options = {}) {
        this.handle = handle;
        this.path = path;
        this.size = size;
        this.options = options;
    }
    /** Whether a request is waiting to be taken. */
    get pendingRequest() {
        return this.pending !== undefined;
    }
    /** Starts reading the next `length` bytes (at most what is left of the file). */
    request(length) {
        if (this.pending)
            throw new Error('SequentialReader: take() the last request first');
        const n = Math.min(length, this.size - this.position);
        if (this.buffers[this.turn].length < n) {
            this.buffers[this.turn] = Buffer.allocUnsafeSlow(n);
        }
        const buffer = this.buffers[this.turn];
        this.turn ^= 1;
        const at = this.position;
        this.position += n;
        this.pending = this.fill(buffer, n, at);
        // Rejections surface in take(); this keeps an unawaited one from being reported as unhandled.
        this.pending.catch(() => undefined);
    }
    /** The bytes of the last request. Rejects with the signal's reason once it is aborted. */
    async take() {
        const pending = this.pending;
        if (!pending)
            throw new Error('SequentialReader: nothing requested');
        this.pending = undefined;
        const bytes = await pending;
        this.options.signal?.throwIfAborted();
        return bytes;
    }
    /** Reads the rest of the file, passing each piece to `each` (the digest's tail). */
    async drain(each) {
        if (this.pending)
            each(await this.take());
        if (this.position >= this.size)
            return;
        this.request(CHUNK);
        while (this.pending) {
            const bytes = await this.take();
            if (this.position < this.size)
                this.request(CHUNK);
            each(bytes);
        }
    }
    async fill(buffer, length, at) {
        let done = 0;
        while (done < length) {
            const { bytesRead } = await this.handle.read(buffer, done, length - done, at + done);
            if (bytesRead === 0)
                throw new FileChangedError(this.path, at + done);
            done += bytesRead;
        }
        return buffer.subarray(0, length);
    }
}

;// CONCATENATED MODULE: ./src/engine/archive/digest.ts


/** Hashing on this thread, fed by the one sequential read. */
function inlineDigest() {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    return {
        fed: true,
        update: piece => void hash.update(piece),
        digest: () => Promise.resolve(hash.digest('hex')),
        close: () => Promise.resolve()
    };
}
// The worker's whole program: no module of ours, so it needs no bundling (ncc leaves it as a
// string). It reads the first `size` bytes of the open file `fd` with positional reads (which
// share no file offset with the main thread's) and posts the hex digest, or where the file
// ended early. Synchronous reads: this thread has nothing else to do.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const { readSync } = require('node:fs')
const { createHash } = require('node:crypto')
const { fd, size, chunk } = workerData
const hash = createHash('sha256')
const buffer = Buffer.allocUnsafeSlow(Math.max(1, Math.min(size, chunk)))
let at = 0
while (at < size) {
  const n = readSync(fd, buffer, 0, Math.min(buffer.length, size - at), at)
  if (n === 0) break
  hash.update(buffer.subarray(0, n))
  at += n
}
parentPort.postMessage(at < size ? { endedAt: at } : { hex: hash.digest('hex') })
`;
/** Read size of the hashing thread: big pieces, few calls; memory stays one buffer. */
const WORKER_CHUNK = 1024 * 1024;
/**
 * Hashing on a worker thread that reads the same open file (`fd`, not the path: it cannot be
 * another file) up to `size`. The main thread's read and this one overlap in the page cache.
 */
function workerDigest(fd, size, path) {
    // Loaded here, not imported: most runs never start the thread (~1 ms saved at start).
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const worker = new Worker(WORKER, { eval: true, workerData: { fd, size, chunk: WORKER_CHUNK } });
    const hex = new Promise((resolve, reject) => {
        worker.once('message', (m) => m.hex ? resolve(m.hex) : reject(new FileChangedError(path, m.endedAt ?? 0)));
        worker.once('error', reject);
        worker.once('exit', code => reject(new Error(`the hashing thread exited (${code})`)));
    });
    hex.catch(() => undefined);
    return {
        fed: false,
        update: () => undefined,
        digest: () => hex,
        async close() {
            await worker.terminate();
        }
    };
}

;// CONCATENATED MODULE: ./src/engine/archive/errors.ts
/**
 * A malformed LZFSE stream. `offset` is the byte in the input where decoding stopped (for a
 * block-level problem, the block's first byte). The decoder throws nothing else for bad input.
 */
class LzfseError extends Error {
    reason;
    offset;
    constructor(reason, offset, detail) {
        super(`${detail} (at byte ${offset} of the LZFSE data)`);
        this.reason = reason;
        this.offset = offset;
        this.name = 'LzfseError';
    }
}

;// CONCATENATED MODULE: ./src/engine/archive/fse.ts
/**
 * Finite State Entropy (tANS) decoding tables, as LZFSE uses them. A table has one entry per
 * state, packed in an Int32Array: the bits to read (low byte), the symbol or the value's extra
 * bits (second byte), and the base of the next state (upper 16 bits). Building a table from a
 * block's frequencies checks them, so a damaged header can never index outside a table.
 */
const LITERAL_STATES = 1024;
const L_STATES = 64;
const M_STATES = 64;
const D_STATES = 256;
const LITERAL_SYMBOLS = 256;
const L_SYMBOLS = 20;
const M_SYMBOLS = 20;
const D_SYMBOLS = 64;
/** Extra bits of each L, M and D symbol; a symbol's base value is the sum of the ranges before it. */
const L_EXTRA = [...Array(16).fill(0), 2, 3, 5, 8];
const M_EXTRA = [...Array(16).fill(0), 3, 5, 8, 11];
const D_EXTRA = Array.from({ length: D_SYMBOLS }, (_, i) => i >> 2);
function bases(extra) {
    const base = new Int32Array(extra.length);
    for (let i = 1; i < extra.length; i++)
        base[i] = base[i - 1] + (1 << extra[i - 1]);
    return base;
}
const L_CODE = { extra: Uint8Array.from(L_EXTRA), base: bases(L_EXTRA) };
const M_CODE = { extra: Uint8Array.from(M_EXTRA), base: bases(M_EXTRA) };
const D_CODE = { extra: Uint8Array.from(D_EXTRA), base: bases(D_EXTRA) };
/** Whether frequencies fit `states` (their sum may be smaller: unused tables are all zero). */
function frequenciesFit(freq, states) {
    let sum = 0;
    for (let i = 0; i < freq.length; i++)
        sum += freq[i];
    return sum <= states;
}
/**
 * Fills `table` (one entry per state) for `freq`, which must fit (see frequenciesFit). `symbolOf`
 * gives what the second byte holds for symbol i: the symbol itself (literals) or its extra bits
 * (L, M, D values); `baseOut`, when given, receives each state's value base. States past the
 * frequencies' sum read 0 bits and lead to state 0, so no input can leave the table.
 */
function fill(freq, states, table, secondByte, baseOut, baseOf) {
    const statesClz = Math.clz32(states);
    let at = 0;
    for (let symbol = 0; symbol < freq.length; symbol++) {
        const f = freq[symbol];
        if (f === 0)
            continue;
        // The shift that brings f into [states, 2 * states).
        const k = Math.clz32(f) - statesClz;
        const j0 = ((2 * states) >> k) - f;
        const second = secondByte(symbol) << 8;
        const base = baseOf ? baseOf[symbol] : 0;
        for (let j = 0; j < f; j++, at++) {
            if (j < j0)
                table[at] = k | second | ((((f + j) << k) - states) << 16);
            else
                table[at] = (k - 1) | second | (((j - j0) << (k - 1)) << 16);
            if (baseOut)
                baseOut[at] = base;
        }
    }
    table.fill(0, at);
    baseOut?.fill(0, at);
}
/** A literal table: entries carry the symbol (a byte). */
function fillLiteralTable(freq, table) {
    fill(freq, table.length, table, symbol => symbol);
}
/**
 * A value table for L, M or D: entries carry the symbol's extra bits; the low byte is the
 * state bits plus the extra bits (both are read at once), and `base` receives the value base.
 */
function fillValueTable(freq, code, table, base) {
    fill(freq, table.length, table, symbol => code.extra[symbol], base, code.base);
    for (let s = 0; s < table.length; s++) {
        const e = table[s];
        const extra = (e >>> 8) & 0xff;
        table[s] = (e & ~0xff) | ((e & 0xff) + extra);
    }
}

;// CONCATENATED MODULE: ./src/engine/archive/lzfse-header.ts


/** Most matches and literals one LZFSE block may hold (the encoder's limits). */
const MAX_MATCHES = 10_000;
const MAX_LITERALS = 4 * MAX_MATCHES;
const SYMBOLS = L_SYMBOLS + M_SYMBOLS + D_SYMBOLS + LITERAL_SYMBOLS;
/** A v1 header: 7 u32, i32 literal bits, 4 u16 literal states, i32 LMD bits, 3 u16 states, the
 * frequency tables as u16, padded to a multiple of 4. */
const V1_HEADER_SIZE = 772;
/** A v2 header's fixed part: magic, raw size, three packed u64; then the coded frequencies. */
const V2_FIXED_SIZE = 32;
const V2_MAX_SIZE = V2_FIXED_SIZE + Math.ceil((SYMBOLS * 14) / 8);
/** Where the payload of the block whose header starts at `at` ends. */
function payloadEnd(at, h) {
    return at + h.headerSize + h.literalPayloadBytes + h.lmdPayloadBytes;
}
/** The L, M, D and literal tables' slices of `freq`. */
function tables(freq) {
    const m = L_SYMBOLS;
    const d = m + M_SYMBOLS;
    const lit = d + D_SYMBOLS;
    return {
        l: freq.subarray(0, m),
        m: freq.subarray(m, d),
        d: freq.subarray(d, lit),
        literal: freq.subarray(lit, lit + LITERAL_SYMBOLS)
    };
}
/** Reads the v1 header at `at` (uncompressed tables). */
function readV1Header(src, at, end) {
    if (end - at < V1_HEADER_SIZE)
        throw truncatedHeader(at, 'v1');
    const view = new DataView(src.buffer, src.byteOffset + at, V1_HEADER_SIZE);
    const u32 = (i) => view.getUint32(i, true);
    const u16 = (i) => view.getUint16(i, true);
    const freq = new Uint16Array(SYMBOLS);
    for (let i = 0; i < SYMBOLS; i++)
        freq[i] = u16(50 + 2 * i);
    return check({
        headerSize: V1_HEADER_SIZE,
        rawBytes: u32(4),
        literals: u32(12),
        matches: u32(16),
        literalPayloadBytes: u32(20),
        lmdPayloadBytes: u32(24),
        literalBits: view.getInt32(28, true),
        literalStates: [u16(32), u16(34), u16(36), u16(38)],
        lmdBits: view.getInt32(40, true),
        lState: u16(44),
        mState: u16(46),
        dState: u16(48),
        freq
    }, at);
}
/** Reads the v2 header at `at` (fields packed in three u64, frequencies in a prefix code). */
function readV2Header(src, at, end) {
    if (end - at < V2_FIXED_SIZE)
        throw truncatedHeader(at, 'v2');
    const view = new DataView(src.buffer, src.byteOffset + at, V2_FIXED_SIZE);
    const packed = [8, 16, 24].map(i => view.getBigUint64(i, true));
    const field = (word, offset, bits) => Number((packed[word] >> BigInt(offset)) & ((1n << BigInt(bits)) - 1n));
    const headerSize = field(2, 0, 32);
    if (headerSize < V2_FIXED_SIZE || headerSize > V2_MAX_SIZE) {
        throw new LzfseError('bad-header', at, `an LZFSE v2 block header declares ${headerSize} bytes; expected ${V2_FIXED_SIZE} to ${V2_MAX_SIZE}`);
    }
    if (end - at < headerSize)
        throw truncatedHeader(at, 'v2');
    return check({
        headerSize,
        rawBytes: view.getUint32(4, true),
        literals: field(0, 0, 20),
        literalPayloadBytes: field(0, 20, 20),
        matches: field(0, 40, 20),
        literalBits: field(0, 60, 3) - 7,
        literalStates: [field(1, 0, 10), field(1, 10, 10), field(1, 20, 10), field(1, 30, 10)],
        lmdPayloadBytes: field(1, 40, 20),
        lmdBits: field(1, 60, 3) - 7,
        lState: field(2, 32, 10),
        mState: field(2, 42, 10),
        dState: field(2, 52, 10),
        freq: readFrequencies(src, at + V2_FIXED_SIZE, at + headerSize, at)
    }, at);
}
/**
 * The v2 frequency code, read from the least significant bit: a value's length follows from its
 * low bits (2, 3, 5, 8 or 14 bits). No bytes at all means every table is empty.
 */
function readFrequencies(src, start, end, at) {
    const freq = new Uint16Array(SYMBOLS);
    if (start === end)
        return freq;
    let p = start;
    let bits = 0;
    let count = 0;
    for (let i = 0; i < SYMBOLS; i++) {
        while (p < end && count <= 24) {
            bits = (bits | (src[p++] << count)) >>> 0;
            count += 8;
        }
        let n;
        let value;
        const low = bits & 31;
        if ((low & 1) === 0) {
            n = 2;
            value = (low >>> 1) & 1;
        }
        else if ((low & 3) === 1) {
            n = 3;
            value = 2 + ((low >>> 2) & 1);
        }
        else if ((low & 7) === 3) {
            n = 5;
            value = 4 + ((low >>> 3) & 3);
        }
        else if ((low & 15) === 7) {
            n = 8;
            value = 8 + ((bits >>> 4) & 0xf);
        }
        else {
            n = 14;
            value = 24 + ((bits >>> 4) & 0x3ff);
        }
        if (n > count)
            throw badFrequencies(at);
        freq[i] = value;
        bits >>>= n;
        count -= n;
    }
    if (count >= 8 || p !== end)
        throw badFrequencies(at);
    return freq;
}
function check(h, at) {
    const fail = (what) => new LzfseError('bad-header', at, `an LZFSE block header is damaged: ${what}`);
    if (h.literals > MAX_LITERALS)
        throw fail(`${h.literals} literals (at most ${MAX_LITERALS})`);
    if (h.matches > MAX_MATCHES)
        throw fail(`${h.matches} matches (at most ${MAX_MATCHES})`);
    if (h.literalStates.some(s => s >= LITERAL_STATES))
        throw fail('a literal state out of range');
    if (h.lState >= L_STATES || h.mState >= M_STATES || h.dState >= D_STATES) {
        throw fail('an L, M or D state out of range');
    }
    for (const bits of [h.literalBits, h.lmdBits]) {
        if (!Number.isInteger(bits) || bits < -7 || bits > 0)
            throw fail(`final bits ${bits}`);
    }
    const t = tables(h.freq);
    if (!frequenciesFit(t.l, L_STATES) ||
        !frequenciesFit(t.m, M_STATES) ||
        !frequenciesFit(t.d, D_STATES) ||
        !frequenciesFit(t.literal, LITERAL_STATES)) {
        throw fail('frequencies that add up to more than the states of their table');
    }
    return h;
}
function truncatedHeader(at, version) {
    return new LzfseError('truncated', at, `the data ends inside an LZFSE ${version} block header`);
}
function badFrequencies(at) {
    return new LzfseError('bad-header', at, 'an LZFSE v2 block header is damaged: its frequency tables do not fill it exactly');
}

;// CONCATENATED MODULE: ./src/engine/archive/lzfse-block.ts



// Scratch space for one block, reused: decoding is synchronous, so one set serves every call.
const literalTable = new Int32Array(LITERAL_STATES);
const lTable = new Int32Array(L_STATES);
const lBase = new Int32Array(L_STATES);
const mTable = new Int32Array(M_STATES);
const mBase = new Int32Array(M_STATES);
const dTable = new Int32Array(D_STATES);
const dBase = new Int32Array(D_STATES);
// Padded so that 4-byte loads just past the last literal stay inside.
const literals = new Uint8Array(MAX_LITERALS + 8);
const literalView = new DataView(literals.buffer);
/**
 * Decodes the payload of an LZFSE block whose header (already read) starts at `at`: the
 * literals, FSE-coded in four interleaved streams, then the L, M, D triples, each stream read
 * backwards from its end. Writes the block's bytes at `out[o]` (the caller checked that
 * `h.rawBytes` fit), scribbling on up to 3 bytes past them where `out` has room, and returns the
 * output position it reached: the caller checks that it is `o + h.rawBytes`.
 * Nothing runs after the hot loop, on purpose: V8 compiles the loop while the first block is
 * still in it, and any code after it, not yet run then, would send the compiled loop back to the
 * interpreter at the end of every block (BENCHMARKS.md, "Cold start").
 *
 * Bits are read through a 32-bit window: the valid bits are the low `count` bits of `bits`
 * (higher ones are stale and masked off), topped up to 24–31 bits before each symbol, which
 * needs at most 23.
 */
function decodeLzfseBlock(src, at, h, out, o) {
    const literalStart = at + h.headerSize;
    const lmdStart = literalStart + h.literalPayloadBytes;
    const end = payloadEnd(at, h);
    if (end > src.length) {
        throw new LzfseError('truncated', at, 'the data ends inside an LZFSE block payload');
    }
    const t = tables(h.freq);
    fillLiteralTable(t.literal, literalTable);
    fillValueTable(t.l, L_CODE, lTable, lBase);
    fillValueTable(t.m, M_CODE, mTable, mBase);
    fillValueTable(t.d, D_CODE, dTable, dBase);
    const damaged = (what) => new LzfseError('bad-payload', at, `an LZFSE block's ${what} is damaged`);
    // ---- literals
    let { p, bits, count } = startBits(src, lmdStart, at, h.literalBits, () => damaged('literals'));
    // Four interleaved streams (literal i uses state i % 4), topped up before every pair.
    const states = Int32Array.from(h.literalStates);
    const padded = (h.literals + 3) & ~3;
    for (let i = 0; i < padded; i++) {
        if ((i & 1) === 0 && count < 24) {
            const n = (31 - count) >> 3;
            p -= n;
            if (p < at)
                throw damaged('literals');
            let incoming = 0;
            for (let b = 0; b < n; b++)
                incoming |= src[p + b] << (8 * b);
            bits = (bits << (8 * n)) | incoming;
            count += 8 * n;
        }
        const j = i & 3;
        const e = literalTable[states[j]];
        const k = e & 0xff;
        count -= k;
        literals[i] = (e >>> 8) & 0xff;
        states[j] = (e >>> 16) + ((bits >>> count) & ((1 << k) - 1));
    }
    // ---- L, M, D triples, executed as they are read
    ;
    ({ p, bits, count } = startBits(src, end, at, h.lmdBits, () => damaged('matches')));
    let ls = h.lState;
    let ms = h.mState;
    let ds = h.dState;
    let distance = -1;
    let lit = 0;
    const limit = o + h.rawBytes;
    const room = out.length;
    const outView = new DataView(out.buffer, out.byteOffset, out.byteLength);
    for (let i = 0; i < h.matches; i++) {
        // Three values; each is preceded by a top-up of the window (the same code three times,
        // written out: a helper would cost a closure or an object per value).
        if (count < 24) {
            const n = (31 - count) >> 3;
            p -= n;
            if (p < at)
                throw damaged('matches');
            let incoming = 0;
            for (let b = 0; b < n; b++)
                incoming |= src[p + b] << (8 * b);
            bits = (bits << (8 * n)) | incoming;
            count += 8 * n;
        }
        let e = lTable[ls];
        let total = e & 0xff;
        let extra = (e >>> 8) & 0xff;
        count -= total;
        let v = (bits >>> count) & ((1 << total) - 1);
        const L = lBase[ls] + (v & ((1 << extra) - 1));
        ls = (e >>> 16) + (v >>> extra);
        if (count < 24) {
            const n = (31 - count) >> 3;
            p -= n;
            if (p < at)
                throw damaged('matches');
            let incoming = 0;
            for (let b = 0; b < n; b++)
                incoming |= src[p + b] << (8 * b);
            bits = (bits << (8 * n)) | incoming;
            count += 8 * n;
        }
        e = mTable[ms];
        total = e & 0xff;
        extra = (e >>> 8) & 0xff;
        count -= total;
        v = (bits >>> count) & ((1 << total) - 1);
        const M = mBase[ms] + (v & ((1 << extra) - 1));
        ms = (e >>> 16) + (v >>> extra);
        if (count < 24) {
            const n = (31 - count) >> 3;
            p -= n;
            if (p < at)
                throw damaged('matches');
            let incoming = 0;
            for (let b = 0; b < n; b++)
                incoming |= src[p + b] << (8 * b);
            bits = (bits << (8 * n)) | incoming;
            count += 8 * n;
        }
        e = dTable[ds];
        total = e & 0xff;
        extra = (e >>> 8) & 0xff;
        count -= total;
        v = (bits >>> count) & ((1 << total) - 1);
        const D = dBase[ds] + (v & ((1 << extra) - 1));
        ds = (e >>> 16) + (v >>> extra);
        // D = 0 repeats the previous distance.
        if (D !== 0)
            distance = D;
        if (lit + L > h.literals)
            throw damaged('matches (they use more literals than it holds)');
        if (o + L + M > limit) {
            throw new LzfseError('output-overflow', at, `an LZFSE block decodes to more than the ${h.rawBytes} bytes its header declares`);
        }
        if (distance < 0 || distance > o + L) {
            throw damaged(`matches (one reaches ${distance} bytes back, before the start of the data)`);
        }
        // Copies 4 bytes at a time while there is room to overshoot in `out` (what is written past
        // a run is rewritten by the next one; a match's steps read only bytes already written when
        // it reaches at least 4 back), else byte by byte. Two shapes and no builtins, on purpose:
        // V8 compiles this loop early in a cold run, before most of its branches have run, and
        // every branch taken for the first time later sends it back to the interpreter
        // (BENCHMARKS.md, "Cold start"). Given room past the block (`room`), the first shape is
        // the one taken, to the block's last byte.
        if (o + L + 3 <= room) {
            for (let j = 0; j < L; j += 4) {
                outView.setUint32(o + j, literalView.getUint32(lit + j, true), true);
            }
        }
        else {
            for (let j = 0; j < L; j++)
                out[o + j] = literals[lit + j];
        }
        o += L;
        lit += L;
        if (distance >= 4 && o + M + 3 <= room) {
            for (let j = 0, from = o - distance; j < M; j += 4) {
                outView.setUint32(o + j, outView.getUint32(from + j, true), true);
            }
            o += M;
        }
        else {
            for (let from = o - distance, stop = o + M; o < stop;)
                out[o++] = out[from++];
        }
    }
    return o;
}
/**
 * Starts reading a stream backwards from `p`: its last byte holds `8 + finalBits` valid bits
 * (finalBits is 0 to -7; 0 means the last byte is full), whose unused high bits must be zero.
 * The first load may reach before the stream (an empty literal stream reads into its block's
 * header, as the reference decoder allows), never before the block (`bound`).
 */
function startBits(src, p, bound, finalBits, damaged) {
    const n = finalBits === 0 ? 3 : 4;
    p -= n;
    if (p < bound)
        throw damaged();
    let bits = 0;
    for (let b = 0; b < n; b++)
        bits = (bits | (src[p + b] << (8 * b))) >>> 0;
    const count = finalBits === 0 ? 24 : 32 + finalBits;
    if (bits >>> count !== 0 && count < 32)
        throw damaged();
    return { p, bits: bits | 0, count };
}

;// CONCATENATED MODULE: ./src/engine/archive/copy.ts
/**
 * The LZVN decoder's two copies, tuned for V8: short runs byte by byte (a builtin call costs more
 * than a few stores), long ones through `set`/`copyWithin`. Callers check bounds first. (The LZFSE
 * decoder copies in its own loop, in fewer shapes, for a cold start: lzfse-block.ts.)
 */
/** Copies `length` bytes of `from` at `at` to `out` at `to` (two different buffers). */
function copyLiteral(out, to, from, at, length) {
    if (length > 32) {
        out.set(from.subarray(at, at + length), to);
        return;
    }
    for (let i = 0; i < length; i++)
        out[to + i] = from[at + i];
}
/**
 * Copies `length` bytes from `distance` bytes back in `out` to `to`. When the two overlap
 * (`distance` < `length`) the copy repeats the last `distance` bytes, as LZ77 wants, so it runs
 * forwards one byte at a time or in non-overlapping steps of `distance`.
 */
function copyMatch(out, to, distance, length) {
    const from = to - distance;
    if (length <= 32) {
        for (let i = 0; i < length; i++)
            out[to + i] = out[from + i];
    }
    else if (distance >= length) {
        out.copyWithin(to, from, from + length);
    }
    else if (distance < 16) {
        for (let i = 0; i < length; i++)
            out[to + i] = out[from + i];
    }
    else {
        for (let done = 0; done < length; done += distance) {
            const n = Math.min(distance, length - done);
            out.copyWithin(to + done, from + done, from + done + n);
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/archive/lzvn.ts


// Opcode kinds of LZVN, by first byte. "_D" opcodes carry a literal (0–3 bytes), a match length
// and a new distance (small, medium, large) or reuse the previous one (PRE_D); "_M" are a match
// at the previous distance; "_L" a literal alone.
const SML_D = 0;
const MED_D = 1;
const LRG_D = 2;
const PRE_D = 3;
const SML_M = 4;
const LRG_M = 5;
const SML_L = 6;
const LRG_L = 7;
const NOP = 8;
const EOS = 9;
const UNDEFINED = 10;
/** The kind of each of the 256 first bytes. */
const KIND = (() => {
    const kind = new Uint8Array(256);
    for (let op = 0; op < 256; op++) {
        if (op >= 0xf0)
            kind[op] = op === 0xf0 ? LRG_M : SML_M;
        else if (op >= 0xe0)
            kind[op] = op === 0xe0 ? LRG_L : SML_L;
        else if (op >= 0xd0 || (op >= 0x70 && op < 0x80))
            kind[op] = UNDEFINED;
        else if (op >= 0xa0 && op < 0xc0)
            kind[op] = MED_D;
        else if ((op & 7) === 7)
            kind[op] = LRG_D;
        else if ((op & 7) === 6) {
            if (op === 6)
                kind[op] = EOS;
            else if (op === 14 || op === 22)
                kind[op] = NOP;
            else
                kind[op] = op < 0x40 ? UNDEFINED : PRE_D;
        }
        else
            kind[op] = SML_D;
    }
    return kind;
})();
/** The end-of-stream opcode and its seven padding bytes. */
const LZVN_EOS_SIZE = 8;
/**
 * Decodes the LZVN payload `src[start, end)` into `out[outStart, outEnd)`, which it must fill
 * exactly, ending with the end-of-stream opcode at `end`. Matches may reach back to `out[0]`
 * (earlier blocks of the same LZFSE stream). Offsets in errors count from `src[0]`.
 */
function decodeLzvn(src, start, end, out, outStart, outEnd) {
    let s = start;
    let o = outStart;
    let distance = 0;
    const srcView = new DataView(src.buffer, src.byteOffset, src.byteLength);
    const outView = new DataView(out.buffer, out.byteOffset, out.byteLength);
    for (;;) {
        if (s >= end)
            throw truncated(s);
        const op = src[s];
        const left = end - s;
        let literal = 0;
        let match = 0;
        const at = s;
        switch (KIND[op]) {
            case SML_D:
                literal = op >>> 6;
                match = ((op >>> 3) & 7) + 3;
                // Room for the opcode, its literal and the next opcode's first byte.
                if (left <= 2 + literal)
                    throw truncated(s);
                distance = ((op & 7) << 8) | src[s + 1];
                s += 2;
                break;
            case MED_D: {
                literal = (op >>> 3) & 3;
                if (left <= 3 + literal)
                    throw truncated(s);
                const word = src[s + 1] | (src[s + 2] << 8);
                match = (((op & 7) << 2) | (word & 3)) + 3;
                distance = word >>> 2;
                s += 3;
                break;
            }
            case LRG_D:
                literal = op >>> 6;
                match = ((op >>> 3) & 7) + 3;
                if (left <= 3 + literal)
                    throw truncated(s);
                distance = src[s + 1] | (src[s + 2] << 8);
                s += 3;
                break;
            case PRE_D:
                literal = op >>> 6;
                match = ((op >>> 3) & 7) + 3;
                if (left <= 1 + literal)
                    throw truncated(s);
                s += 1;
                break;
            case SML_M:
                match = op & 15;
                if (left <= 1)
                    throw truncated(s);
                s += 1;
                break;
            case LRG_M:
                if (left <= 2)
                    throw truncated(s);
                match = src[s + 1] + 16;
                s += 2;
                break;
            case SML_L:
                literal = op & 15;
                if (left <= 1 + literal)
                    throw truncated(s);
                s += 1;
                break;
            case LRG_L:
                if (left <= 2)
                    throw truncated(s);
                literal = src[s + 1] + 16;
                if (left <= 2 + literal)
                    throw truncated(s);
                s += 2;
                break;
            case NOP:
                if (left <= 1)
                    throw truncated(s);
                s += 1;
                continue;
            case EOS:
                if (left < LZVN_EOS_SIZE)
                    throw truncated(s);
                s += LZVN_EOS_SIZE;
                if (s !== end) {
                    throw new LzfseError('bad-payload', at, `the LZVN data ends ${end - s} bytes before its declared size`);
                }
                if (o !== outEnd) {
                    throw new LzfseError('size-mismatch', at, `an LZVN block decodes to ${o - outStart} bytes; its header declares ${outEnd - outStart}`);
                }
                return;
            default:
                throw new LzfseError('bad-payload', at, `undefined LZVN opcode 0x${hex(op)}`);
        }
        if (o + literal + match > outEnd)
            throw overflow(at, outEnd - outStart);
        if (literal > 0) {
            if (literal <= 4 && s + 4 <= end && o + 4 <= outEnd) {
                // One 4-byte store; the bytes past the literal are overwritten by what follows.
                outView.setUint32(o, srcView.getUint32(s, true), true);
            }
            else if (literal <= 16) {
                let i = 0;
                do
                    out[o + i] = src[s + i];
                while (++i < literal);
            }
            else
                copyLiteral(out, o, src, s, literal);
            o += literal;
            s += literal;
        }
        if (match > 0) {
            if (distance === 0 || distance > o) {
                throw new LzfseError('bad-payload', at, `an LZVN match reaches ${distance} bytes back, but only ${o} bytes precede it`);
            }
            if (match <= 16 && distance >= 4 && o + match + 3 <= outEnd) {
                // 4 bytes at a time: with the source 4 or more bytes back, each load reads only bytes
                // already written, and the overshoot (up to 3 bytes) is rewritten by what follows.
                let from = o - distance;
                const stop = o + match;
                do {
                    outView.setUint32(o, outView.getUint32(from, true), true);
                    o += 4;
                    from += 4;
                } while (o < stop);
                o = stop;
            }
            else if (match <= 16) {
                let from = o - distance;
                const stop = o + match;
                do
                    out[o++] = out[from++];
                while (o < stop);
            }
            else {
                copyMatch(out, o, distance, match);
                o += match;
            }
        }
    }
}
function truncated(at) {
    return new LzfseError('truncated', at, 'the LZVN data ends inside an opcode');
}
function overflow(at, declared) {
    return new LzfseError('output-overflow', at, `an LZVN block decodes to more than the ${declared} bytes its header declares`);
}
function hex(byte) {
    return byte.toString(16).padStart(2, '0');
}

;// CONCATENATED MODULE: ./src/engine/archive/lzfse.ts




// Block magics, read as little-endian u32: 'bvx$', 'bvx-', 'bvx1', 'bvx2', 'bvxn'.
const END_OF_STREAM = 0x24787662;
const UNCOMPRESSED = 0x2d787662;
const COMPRESSED_V1 = 0x31787662;
const COMPRESSED_V2 = 0x32787662;
const COMPRESSED_LZVN = 0x6e787662;
/**
 * Decodes a whole LZFSE stream (blocks `bvx2`, `bvx1`, `bvxn`, `bvx-`, ended by `bvx$`) from
 * `input` into `output`, and returns how many bytes it decoded. It never writes past `output`
 * (though it may scribble on the bytes of `output` past what it decoded: room there lets it copy
 * 4 bytes at a time to the end) and never reads past `input`: a stream that would is an LzfseError, as is any other damage
 * (a bad magic, a header out of range, bits that do not decode, a match before the start of the
 * data, a block that decodes to another size than it declares, bytes after `bvx$`). Every step
 * consumes input, so no input can make it loop.
 */
function decodeLzfse(input, output) {
    let at = 0;
    let o = 0;
    const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
    const need = (bytes, what) => {
        if (input.length - at < bytes) {
            throw new LzfseError('truncated', at, `the data ends inside ${what}`);
        }
    };
    const room = (bytes) => {
        if (bytes > output.length - o) {
            throw new LzfseError('output-overflow', at, `a block declares ${bytes} bytes, but only ${output.length - o} of the output remain`);
        }
    };
    for (;;) {
        need(4, 'a block magic (the stream must end with bvx$)');
        const magic = view.getUint32(at, true);
        switch (magic) {
            case END_OF_STREAM:
                at += 4;
                if (at !== input.length) {
                    throw new LzfseError('trailing-data', at, `${input.length - at} bytes follow the end-of-stream block`);
                }
                return o;
            case UNCOMPRESSED: {
                need(8, 'a bvx- block header');
                const raw = view.getUint32(at + 4, true);
                room(raw);
                need(8 + raw, 'a bvx- block');
                output.set(input.subarray(at + 8, at + 8 + raw), o);
                o += raw;
                at += 8 + raw;
                break;
            }
            case COMPRESSED_LZVN: {
                need(12, 'a bvxn block header');
                const raw = view.getUint32(at + 4, true);
                const payload = view.getUint32(at + 8, true);
                room(raw);
                need(12 + payload, 'a bvxn block');
                decodeLzvn(input, at + 12, at + 12 + payload, output, o, o + raw);
                o += raw;
                at += 12 + payload;
                break;
            }
            case COMPRESSED_V1:
            case COMPRESSED_V2: {
                const header = magic === COMPRESSED_V1
                    ? readV1Header(input, at, input.length)
                    : readV2Header(input, at, input.length);
                room(header.rawBytes);
                const reached = decodeLzfseBlock(input, at, header, output, o);
                if (reached !== o + header.rawBytes) {
                    throw new LzfseError('size-mismatch', at, `an LZFSE block decodes to ${reached - o} bytes; its header declares ${header.rawBytes}`);
                }
                o = reached;
                at = payloadEnd(at, header);
                break;
            }
            default:
                throw new LzfseError('bad-magic', at, `no LZFSE block starts with ${lzfse_describe(input, at)}`);
        }
    }
}
function lzfse_describe(input, at) {
    const bytes = [...input.subarray(at, at + 4)];
    const hex = bytes.map(b => b.toString(16).padStart(2, '0')).join(' ');
    const text = bytes.map(b => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
    return `${hex} ("${text}"); expected bvx2, bvx1, bvxn, bvx- or bvx$`;
}

;// CONCATENATED MODULE: ./src/engine/archive/read-blocks.ts


/**
 * Bytes past a decoded block that the LZFSE decoder may scribble on: its 4-byte copies then run to
 * the block's last byte in one shape, which keeps a cold run's compiled loop (lzfse-block.ts).
 */
const DECODE_ROOM = 16;
/** The container's header, and each block's. */
const read_blocks_HEADER = 12;
const read_blocks_BLOCK_HEADER = 16;
/** Damaged blocks listed one by one; past this many the rest are counted. */
const MAX_LISTED = 10;
/**
 * The container's blocks, each read together with the next block's header: as soon as a piece
 * arrives, the next block's header is checked and its read started, so that it runs on the
 * thread pool while this block is hashed and decoded.
 */
async function read_blocks_walkBlocks(reader, digest, state, blockSize) {
    const { size } = reader;
    let output = new Uint8Array(0);
    let offset = read_blocks_HEADER;
    if (offset === size) {
        state.problem({
            code: 'bad-container',
            severity: 'error',
            message: 'holds no blocks, only the 12-byte header; expected at least one: it is truncated'
        });
        return;
    }
    reader.request(read_blocks_BLOCK_HEADER);
    const first = await reader.take();
    digest.update(first);
    let block = checkBlockHeader(first, 0, offset, size, blockSize);
    for (let index = 0;; index++) {
        if (typeof block === 'string') {
            state.problem({
                code: 'bad-container',
                severity: 'error',
                message: block,
                block: index,
                offset
            });
            return;
        }
        state.blocks++;
        const end = offset + read_blocks_BLOCK_HEADER + block.stored;
        if (index === 0)
            reader.request(block.stored + Math.min(read_blocks_BLOCK_HEADER, size - end));
        const piece = await reader.take();
        const next = end < size
            ? checkBlockHeader(piece.subarray(block.stored), index + 1, end, size, blockSize)
            : undefined;
        if (next !== undefined && typeof next !== 'string') {
            // Taken at the top of the next turn.
            reader.request(next.stored + Math.min(read_blocks_BLOCK_HEADER, size - end - read_blocks_BLOCK_HEADER - next.stored));
        }
        digest.update(piece);
        if (!state.done && !state.walkStopped) {
            if (output.length < block.raw + DECODE_ROOM) {
                output = new Uint8Array(Math.max(block.raw, blockSize) + DECODE_ROOM);
            }
            decodeBlock(piece.subarray(0, block.stored), block.raw, output, index, offset, state);
        }
        if (next === undefined)
            return;
        offset = end;
        block = next;
    }
}
/** A block's sizes, or what is wrong with its header (a message). */
function checkBlockHeader(header, index, offset, size, blockSize) {
    if (header.length < read_blocks_BLOCK_HEADER) {
        const after = index === 0 ? 'its 12-byte header' : `block ${index - 1}`;
        return (`ends with ${header.length} bytes at offset ${offset}, after ${after}: too few for a ` +
            'block header (16 bytes); it is truncated or has trailing bytes');
    }
    const view = Buffer.from(header.buffer, header.byteOffset, read_blocks_BLOCK_HEADER);
    const raw = view.readBigUInt64BE(0);
    const stored = view.readBigUInt64BE(8);
    if (raw === 0n || stored === 0n || raw > BigInt(blockSize) || stored > raw) {
        return (`has a damaged block ${index} (header at offset ${offset}): raw size ${raw}, stored size ` +
            `${stored}; expected 1 to ${blockSize} bytes, stored at most raw`);
    }
    const left = size - offset - read_blocks_BLOCK_HEADER;
    if (stored > BigInt(left)) {
        return (`is truncated: block ${index} (header at offset ${offset}) declares ${stored} stored ` +
            `bytes, but only ${left} remain; expected a complete file: copy or download it again`);
    }
    return { raw: Number(raw), stored: Number(stored) };
}
function decodeBlock(payload, raw, output, index, offset, state) {
    if (payload.length === raw) {
        state.decodedBlocks++;
        state.walk(payload, index, offset);
        return;
    }
    if (state.format !== 'pbze')
        return;
    const dataAt = offset + read_blocks_BLOCK_HEADER;
    const damaged = (code, detail) => {
        state.walkStopped = true;
        state.damagedBlocks++;
        if (state.damagedBlocks > MAX_LISTED)
            return;
        const more = state.damagedBlocks === MAX_LISTED ? ' (further damaged blocks are not listed)' : '';
        state.problem({
            code,
            severity: 'error',
            message: `has a damaged block ${index} (header at offset ${offset}): ${detail}${more}`,
            block: index,
            offset
        });
    };
    const out = output.subarray(0, raw);
    try {
        const written = decodeLzfse(payload, output.subarray(0, raw + DECODE_ROOM));
        if (written !== raw) {
            damaged('wrong-size', `it decodes to ${written} bytes, but its header declares ${raw}`);
            return;
        }
    }
    catch (e) {
        if (!(e instanceof LzfseError))
            throw e;
        damaged('bad-block', `its LZFSE data does not decode: ${e.message.replace(/ \(at byte \d+ of the LZFSE data\)$/, '')} ` +
            `(at offset ${dataAt + e.offset} of the file)`);
        return;
    }
    state.decodedBlocks++;
    state.walk(out, index, offset);
}

;// CONCATENATED MODULE: ./src/engine/archive/entries.ts
/**
 * A streaming walker of the Apple Archive entry stream (AA01, legacy YAA1): each entry is a
 * header (`AA01`, u16 LE header size, fields of 3-char key + 1-char type + value) followed by the
 * bytes of its blob fields (`A`/`B`/`C` sizes, e.g. DAT). Bytes arrive in pieces of any size
 * (decoded blocks), so an entry may span pieces; the walker keeps only the header in progress
 * (at most 64 KiB) and the embedded manifest's bytes. It finds the manifest: the root entry
 * named Manifest.json in any case (apple-facts.md: "find it case-insensitively at the root").
 */
/** Value sizes of the fixed-size field types; `P` (u16 length + string) is read apart. */
const FIELD_SIZES = {
    '*': 0,
    '1': 1,
    '2': 2,
    '4': 4,
    '8': 8,
    A: 2,
    B: 4,
    C: 8,
    F: 4,
    G: 20,
    H: 32,
    I: 48,
    J: 64,
    S: 8,
    T: 12
};
const MAGICS = new Set(['AA01', 'YAA1']);
const PREFIX = 6;
const MANIFEST_NAME = 'manifest.json';
/** Default cap on the embedded manifest (Manifest.json files are a few hundred bytes). */
const MANIFEST_LIMIT = 1024 * 1024;
/** The entry stream does not parse; `offset` is in the stream, `entry` the entry's index. */
class EntryStreamError extends Error {
    offset;
    entry;
    constructor(offset, entry, message) {
        super(message);
        this.offset = offset;
        this.entry = entry;
        this.name = 'EntryStreamError';
    }
}
class EntryWalker {
    options;
    /** Entries whose header has been read. */
    entries = 0;
    /** Bytes of the stream walked so far. */
    offset = 0;
    manifest;
    notes = [];
    header = new Uint8Array(0x10000);
    filled = 0;
    /** Header size of the entry in progress, once its prefix is read (0 before). */
    headerSize = 0;
    /** Blob bytes still to skip after the header. */
    dataLeft = 0;
    entryOffset = 0;
    /** Where the manifest's DAT lies within the current entry's blobs, when collecting it. */
    capture;
    limit;
    constructor(options = {}) {
        this.options = options;
        this.limit = options.manifestLimit ?? MANIFEST_LIMIT;
    }
    /** True when the embedded manifest has been read completely. */
    get manifestRead() {
        return this.manifest !== undefined && this.capture === undefined;
    }
    /** Walks the next bytes of the stream. Throws EntryStreamError where it stops parsing. */
    push(bytes) {
        let at = 0;
        while (at < bytes.length) {
            if (this.dataLeft > 0) {
                const n = Math.min(this.dataLeft, bytes.length - at);
                if (this.capture)
                    this.collect(bytes, at, n);
                this.dataLeft -= n;
                at += n;
                this.offset += n;
                continue;
            }
            if (this.filled === 0 && this.headerSize === 0)
                this.entryOffset = this.offset;
            const want = this.headerSize === 0 ? PREFIX : this.headerSize;
            const n = Math.min(want - this.filled, bytes.length - at);
            this.header.set(bytes.subarray(at, at + n), this.filled);
            this.filled += n;
            at += n;
            this.offset += n;
            if (this.filled < want)
                continue;
            if (this.headerSize === 0)
                this.readPrefix();
            else
                this.readHeader();
        }
    }
    /** Checks that the stream ended between entries. */
    finish() {
        if (this.filled > 0 || this.dataLeft > 0) {
            const what = this.dataLeft > 0
                ? `its data (${this.dataLeft} bytes missing)`
                : `its header (${this.filled} of ${this.headerSize || PREFIX} bytes)`;
            // Once its header is read an entry is counted, so one cut in its data is the last counted.
            const entry = this.dataLeft > 0 ? this.entries - 1 : this.entries;
            throw new EntryStreamError(this.offset, entry, `the entry stream ends inside entry ${entry} (at byte ${this.entryOffset} of the ` +
                `decoded stream), in ${what}: the entries do not add up to the archive's size`);
        }
    }
    fail(message, at = this.entryOffset) {
        throw new EntryStreamError(at, this.entries, `entry ${this.entries} (at byte ${at} of the decoded stream) ${message}`);
    }
    readPrefix() {
        const magic = String.fromCharCode(...this.header.subarray(0, 4));
        if (!MAGICS.has(magic)) {
            this.fail(`starts with ${printable(this.header.subarray(0, 4))}; expected 'AA01': the entries ` +
                'do not add up (a size before it is wrong) or the data is damaged');
        }
        const size = this.header[4] | (this.header[5] << 8);
        if (size < PREFIX)
            this.fail(`declares a header of ${size} bytes; expected at least 6`);
        this.headerSize = size;
        if (size === PREFIX)
            this.readHeader();
    }
    readHeader() {
        const h = this.header;
        const size = this.headerSize;
        let type;
        let path;
        let dataSize = 0;
        let datAt = -1;
        let datSize = 0;
        for (let f = PREFIX; f < size;) {
            if (size - f < 4)
                this.fail(`has a header whose last field is cut (${size - f} bytes left)`);
            const key = String.fromCharCode(h[f], h[f + 1], h[f + 2]);
            const kind = String.fromCharCode(h[f + 3]);
            if (!/^[A-Z0-9]{3}$/.test(key)) {
                this.fail(`has a field key ${printable(h.subarray(f, f + 3))} at header byte ${f}`);
            }
            f += 4;
            let length = FIELD_SIZES[kind];
            if (kind === 'P') {
                if (size - f < 2)
                    this.fail(`has a ${key} string whose length is cut`);
                length = 2 + (h[f] | (h[f + 1] << 8));
            }
            else if (length === undefined) {
                this.fail(`has a field ${key} of unknown type '${printable(h.subarray(f - 1, f))}'`);
            }
            if (f + length > size) {
                this.fail(`has a field ${key}${kind} that runs past its ${size}-byte header`);
            }
            if (kind === 'P' && key === 'PAT')
                path = utf8(h.subarray(f + 2, f + length));
            if (key === 'TYP' && kind === '1')
                type = String.fromCharCode(h[f]);
            if (kind === 'A' || kind === 'B' || kind === 'C') {
                const blob = readUint(h, f, length);
                if (key === 'DAT' && datAt < 0) {
                    datAt = dataSize;
                    datSize = blob;
                }
                dataSize += blob;
            }
            f += length;
        }
        const entry = {
            index: this.entries,
            offset: this.entryOffset,
            headerSize: size,
            dataSize
        };
        if (type !== undefined)
            entry.type = type;
        if (path !== undefined)
            entry.path = path;
        this.options.onEntry?.(entry);
        if (path !== undefined && isRootManifest(path) && (type === undefined || type === 'F')) {
            this.foundManifest(path, datAt < 0 ? 0 : datAt, datAt < 0 ? 0 : datSize);
        }
        this.entries++;
        this.filled = 0;
        this.headerSize = 0;
        this.dataLeft = dataSize;
    }
    foundManifest(path, from, length) {
        if (this.manifest) {
            this.notes.push({
                code: 'duplicate-manifest',
                entry: this.entries,
                message: `holds two manifests at its root: '${this.manifest.path}' (entry ${this.manifest.entry}) ` +
                    `and '${path}' (entry ${this.entries}); expected one`
            });
            return;
        }
        if (length > this.limit) {
            this.notes.push({
                code: 'manifest-too-large',
                entry: this.entries,
                message: `holds a manifest '${path}' of ${length} bytes; expected a Manifest.json of at most ` +
                    `${this.limit} bytes`
            });
            return;
        }
        const bytes = new Uint8Array(length);
        this.manifest = { path, bytes, entry: this.entries };
        // An empty manifest is read as soon as it is found.
        if (length > 0)
            this.capture = { from, to: from + length, bytes, done: 0, seen: 0 };
    }
    /** Copies the part of `bytes[at, at + n)` that falls in the manifest's DAT blob. */
    collect(bytes, at, n) {
        const c = this.capture;
        const start = Math.max(c.from, c.seen);
        const end = Math.min(c.to, c.seen + n);
        if (end > start) {
            c.bytes.set(bytes.subarray(at + start - c.seen, at + end - c.seen), start - c.from);
            c.done += end - start;
        }
        c.seen += n;
        if (c.done === c.to - c.from)
            this.capture = undefined;
    }
}
function isRootManifest(path) {
    return path.replace(/^\.\//, '').toLowerCase() === MANIFEST_NAME;
}
function readUint(h, at, length) {
    let value = 0;
    for (let i = length - 1; i >= 0; i--)
        value = value * 256 + h[at + i];
    return value;
}
function utf8(bytes) {
    return new TextDecoder().decode(bytes);
}
function printable(bytes) {
    const hex = [...bytes].map(b => b.toString(16).padStart(2, '0')).join(' ');
    const text = [...bytes].map(b => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
    return `${hex} ("${text}")`;
}

;// CONCATENATED MODULE: ./src/engine/archive/read-state.ts

/** What one read has found so far, and the walker it feeds. */
class ReadState {
    path;
    size;
    options;
    format = '';
    blockSize;
    blocks = 0;
    decodedBlocks = 0;
    problems = [];
    walker;
    /** Set when the entry stream can no longer be followed (damage, or data not decoded). */
    walkStopped = false;
    damagedBlocks = 0;
    constructor(path, size, options) {
        this.path = path;
        this.size = size;
        this.options = options;
        this.walker = new EntryWalker({ manifestLimit: options.manifestLimit });
    }
    /** In `manifest` mode, true once there is nothing left to decode for. */
    get done() {
        return this.options.mode === 'manifest' && this.walker.manifestRead;
    }
    /** Records a problem; its message gets the file's path in front. */
    problem(p) {
        this.problems.push({ ...p, message: `'${this.path}' ${p.message}` });
    }
    /** Feeds decoded bytes to the walker; a parse error stops the walk for good. */
    walk(bytes, block, offset) {
        if (this.walkStopped || this.done)
            return;
        try {
            this.walker.push(bytes);
        }
        catch (e) {
            if (!(e instanceof EntryStreamError))
                throw e;
            this.walkStopped = true;
            const where = block === undefined ? '' : ` (in block ${block}, header at offset ${offset})`;
            this.problem({
                code: 'bad-entries',
                severity: 'error',
                message: `has a damaged entry stream: ${e.message}${where}`,
                block,
                offset
            });
        }
    }
    result(sha256) {
        const w = this.walker;
        let complete = false;
        if (!this.walkStopped &&
            !this.done &&
            this.format !== '' &&
            !this.problems.some(p => p.severity === 'error')) {
            try {
                w.finish();
                complete = true;
            }
            catch (e) {
                if (!(e instanceof EntryStreamError))
                    throw e;
                this.problem({
                    code: 'bad-entries',
                    severity: 'error',
                    message: `has a damaged entry stream: ${e.message}`
                });
            }
        }
        for (const note of w.notes)
            this.problem({ code: note.code, severity: 'error', message: note.message });
        if (complete && !w.manifest && !w.notes.length) {
            this.problem({
                code: 'no-manifest',
                severity: 'warning',
                message: `holds no Manifest.json at its root (${w.entries} entries read); Apple documents ` +
                    'no layout, so its own manifest could not be checked'
            });
        }
        const read = {
            path: this.path,
            size: this.size,
            sha256,
            format: this.format,
            blocks: this.blocks,
            decodedBlocks: this.decodedBlocks,
            entries: w.entries,
            streamBytes: w.offset,
            complete,
            stoppedAfterManifest: this.done,
            problems: this.problems
        };
        if (this.blockSize !== undefined)
            read.blockSize = this.blockSize;
        // Only a manifest read to its last byte (not one cut by damage), and only one.
        if (w.manifest && w.manifestRead && !w.notes.some(n => n.code === 'duplicate-manifest'))
            read.manifest = w.manifest;
        return read;
    }
}

;// CONCATENATED MODULE: ./src/engine/archive/read-archive.ts





/** Blocks are decoded whole; ba-package writes 1 MiB, `aa` 4 MiB. Past this they are not. */
const MAX_DECODED_BLOCK = 64 * 1024 * 1024;
/**
 * From this size on a full read hashes on a worker thread by default: the hash then costs no time
 * beside the decode (BENCHMARKS.md, "Archive read"); below it the thread's start (~30 ms) is not
 * won back.
 */
const HASH_THREAD_FROM = 64 * 1024 * 1024;
const PBZ_NAMES = {
    pbz4: 'LZ4',
    pbzx: 'LZMA',
    pbzz: 'zlib',
    pbzb: 'LZBITMAP'
};
/**
 * Reads an archive front to back, in bounded memory (two block buffers and one decoded block):
 * every byte goes to a SHA-256 (from HASH_THREAD_FROM on, a worker thread's own read of the same
 * open file: a single shared read can let one thread run ahead of the other only by its buffers,
 * so a run of stored blocks, all hash, would wait behind a run of compressed ones, all decode,
 * instead of overlapping them); each `pbze` block is decoded (stored blocks taken as
 * they are) and checked against its declared size; the AA01 entries are walked across block
 * boundaries, and the root Manifest.json's bytes are returned. What it finds wrong is in
 * `problems`; it throws only when the file cannot be read (a file-system error, or
 * FileChangedError) or the signal aborts (its reason). It parses no manifest.
 *
 * Other pbz compressions are not decoded: their container is still checked and hashed, and a
 * warning says the entries (and so the embedded manifest) were not read. Raw AA01/YAA1 archives
 * are walked directly.
 */
async function readArchive(path, options = {}) {
    const { signal } = options;
    signal?.throwIfAborted();
    const handle = await (0,external_node_fs_promises_.open)(path, 'r');
    let digest;
    try {
        const size = (await handle.stat()).size;
        // In manifest mode there is no decode for the hash to overlap with.
        const thread = options.hashThread ?? (options.mode !== 'manifest' && size >= HASH_THREAD_FROM);
        digest = thread ? workerDigest(handle.fd, size, path) : inlineDigest();
        const d = digest;
        const reader = new SequentialReader(handle, path, size, { signal });
        const state = new ReadState(path, size, options);
        await walkFile(reader, d, state);
        // The rest of the file (after a stop, or in manifest mode) only matters to a fed digest.
        if (d.fed)
            await reader.drain(bytes => d.update(bytes));
        return state.result(await d.digest());
    }
    finally {
        await digest?.close();
        await handle.close();
    }
}
async function walkFile(reader, digest, state) {
    reader.request(read_blocks_HEADER);
    const head = await reader.take();
    digest.update(head);
    state.format = String.fromCharCode(...head.subarray(0, 4));
    if (state.format === 'AA01' || state.format === 'YAA1') {
        state.walk(head);
        return walkRawArchive(reader, digest, state);
    }
    if (!/^pbz[e4xzb]$/.test(state.format) || head.length < read_blocks_HEADER) {
        state.problem({
            code: 'not-an-archive',
            severity: 'error',
            message: `is not an Apple Archive this check can read (it starts with '${state.format}'; expected pbze or AA01)`
        });
        return;
    }
    const blockSize = Number(Buffer.from(head).readBigUInt64BE(4));
    state.blockSize = blockSize;
    if (state.format !== 'pbze') {
        state.walkStopped = true;
        state.problem({
            code: 'not-decoded',
            severity: 'warning',
            message: `is compressed with ${PBZ_NAMES[state.format]} ('${state.format}'); this check decodes ` +
                "LZFSE ('pbze', what ba-package writes), so the archive's entries and its own manifest were not read"
        });
    }
    else if (blockSize > MAX_DECODED_BLOCK) {
        state.walkStopped = true;
        state.problem({
            code: 'not-decoded',
            severity: 'warning',
            message: `declares blocks of ${blockSize} bytes, more than this check decodes (${MAX_DECODED_BLOCK}; ` +
                "ba-package writes 1048576), so the archive's entries and its own manifest were not read"
        });
    }
    await read_blocks_walkBlocks(reader, digest, state, blockSize);
}
/** A raw AA01 archive: the file is the entry stream. */
async function walkRawArchive(reader, digest, state) {
    if (reader.position < reader.size)
        reader.request(CHUNK);
    while (reader.pendingRequest && !state.done && !state.walkStopped) {
        const bytes = await reader.take();
        if (reader.position < reader.size)
            reader.request(CHUNK);
        digest.update(bytes);
        state.walk(bytes);
    }
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/engine/checks/json-locate.ts
/**
 * A small JSON parser that remembers where every value is in the text, so a problem found in
 * a parsed document can point a GitHub annotation at the right line and column.
 *
 * It parses strict JSON (RFC 8259). With `lenient`, it also reads what `ba-package template`
 * writes (`//` and `/* *\/` comments, trailing commas) but records each one, so the caller can
 * refuse them by name and still check the rest of the file in the same run.
 */
class JsonSyntaxError extends Error {
    reason;
    position;
    constructor(
    /** What is wrong, without the position. */
    reason, position) {
        super(`at line ${position.line} column ${position.column}: ${reason}`);
        this.reason = reason;
        this.position = position;
        this.name = 'JsonSyntaxError';
    }
}
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const MAX_DEPTH = 512;
/** `downloadPolicy.onDemand`, `fileSelectors[1].file`, `["odd key"]`. */
function formatJsonPath(segments) {
    let out = '';
    for (const s of segments) {
        if (typeof s === 'number')
            out += `[${s}]`;
        else if (IDENTIFIER.test(s))
            out += out === '' ? s : `.${s}`;
        else
            out += `[${JSON.stringify(s)}]`;
    }
    return out;
}
/** Where `segments` is in the text, or its nearest ancestor that is (a missing key → its object). */
function locate(parsed, segments) {
    for (let n = segments.length; n >= 0; n--) {
        const found = parsed.positions.get(formatJsonPath(segments.slice(0, n)));
        if (found)
            return found;
    }
    return undefined;
}
function parseJson(text, options = {}) {
    return new Parser(text, options.lenient ?? false).parseDocument();
}
class Parser {
    text;
    lenient;
    pos = 0;
    lineStarts = [0];
    result = {
        value: undefined,
        positions: new Map(),
        comments: [],
        trailingCommas: [],
        duplicateKeys: []
    };
    constructor(text, lenient) {
        this.text = text;
        this.lenient = lenient;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10))
                this.lineStarts.push(i + 1);
        }
    }
    parseDocument() {
        this.skipSpace();
        if (this.pos >= this.text.length)
            this.fail('the file holds no JSON value; expected an object');
        this.result.positions.set('', this.position(this.pos));
        this.result.value = this.parseValue([], 0);
        this.skipSpace();
        if (this.pos < this.text.length) {
            this.fail(`unexpected ${this.describeHere()} after the end of the JSON value; expected nothing more`);
        }
        return this.result;
    }
    position(offset) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.lineStarts[lo] + 1, offset };
    }
    fail(message, offset = this.pos) {
        throw new JsonSyntaxError(message, this.position(offset));
    }
    describeHere() {
        if (this.pos >= this.text.length)
            return 'end of file';
        const c = this.text[this.pos];
        return c.trim() === ''
            ? `character U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`
            : `'${c}'`;
    }
    skipSpace() {
        const t = this.text;
        for (;;) {
            const c = t[this.pos];
            if (c === ' ' || c === '\t' || c === '\n' || c === '\r')
                this.pos++;
            else if (c === '/' && (t[this.pos + 1] === '/' || t[this.pos + 1] === '*')) {
                if (!this.lenient)
                    this.fail('a comment; expected strict JSON, which has none');
                const start = this.position(this.pos);
                if (t[this.pos + 1] === '/') {
                    while (this.pos < t.length && t[this.pos] !== '\n' && t[this.pos] !== '\r')
                        this.pos++;
                }
                else {
                    const end = t.indexOf('*/', this.pos + 2);
                    if (end < 0)
                        this.fail("unterminated /* comment; expected '*/'");
                    this.pos = end + 2;
                }
                this.result.comments.push({ ...start, end: this.pos });
            }
            else
                return;
        }
    }
    parseValue(path, depth) {
        if (depth > MAX_DEPTH)
            this.fail(`values nested more than ${MAX_DEPTH} deep; expected a flatter document`);
        const c = this.text[this.pos];
        if (c === '{')
            return this.parseObject(path, depth);
        if (c === '[')
            return this.parseArray(path, depth);
        if (c === '"')
            return this.parseString();
        if (c === '-' || (c >= '0' && c <= '9'))
            return this.parseNumber();
        for (const [word, value] of [
            ['true', true],
            ['false', false],
            ['null', null]
        ]) {
            if (this.text.startsWith(word, this.pos)) {
                this.pos += word.length;
                return value;
            }
        }
        if (c === "'")
            this.fail('strings must be in double quotes ("), not single quotes (\')');
        this.fail(`unexpected ${this.describeHere()}; expected a value`);
    }
    parseObject(path, depth) {
        const out = {};
        const seen = new Set();
        this.pos++; // {
        this.skipSpace();
        if (this.text[this.pos] === '}') {
            this.pos++;
            return out;
        }
        for (;;) {
            const keyAt = this.pos;
            if (this.text[this.pos] !== '"') {
                this.fail(`unexpected ${this.describeHere()}; expected a property name in double quotes`);
            }
            const key = this.parseString();
            const memberPath = [...path, key];
            const where = this.position(keyAt);
            if (seen.has(key)) {
                this.result.duplicateKeys.push({ path: formatJsonPath(memberPath), key, position: where });
            }
            seen.add(key);
            // The last occurrence wins, as in JSON.parse: point at the one whose value is checked.
            this.result.positions.set(formatJsonPath(memberPath), where);
            this.skipSpace();
            if (this.text[this.pos] !== ':')
                this.fail(`unexpected ${this.describeHere()}; expected ':'`);
            this.pos++;
            this.skipSpace();
            const value = this.parseValue(memberPath, depth + 1);
            // Like JSON.parse, the last duplicate wins; __proto__ is kept as a plain key.
            Object.defineProperty(out, key, {
                value,
                enumerable: true,
                writable: true,
                configurable: true
            });
            this.skipSpace();
            const c = this.text[this.pos];
            if (c === '}') {
                this.pos++;
                return out;
            }
            if (c !== ',')
                this.fail(`unexpected ${this.describeHere()}; expected ',' or '}'`);
            if (this.closesAfterComma('}'))
                return out;
        }
    }
    parseArray(path, depth) {
        const out = [];
        this.pos++; // [
        this.skipSpace();
        if (this.text[this.pos] === ']') {
            this.pos++;
            return out;
        }
        for (;;) {
            const itemPath = [...path, out.length];
            this.result.positions.set(formatJsonPath(itemPath), this.position(this.pos));
            out.push(this.parseValue(itemPath, depth + 1));
            this.skipSpace();
            const c = this.text[this.pos];
            if (c === ']') {
                this.pos++;
                return out;
            }
            if (c !== ',')
                this.fail(`unexpected ${this.describeHere()}; expected ',' or ']'`);
            if (this.closesAfterComma(']'))
                return out;
        }
    }
    /** At a ',': skips it; true (and consumes `close`) when it was a trailing comma. */
    closesAfterComma(close) {
        const commaAt = this.pos;
        this.pos++;
        this.skipSpace();
        if (this.text[this.pos] !== close)
            return false;
        if (!this.lenient)
            this.fail(`a trailing comma before '${close}'; expected none`, commaAt);
        this.result.trailingCommas.push(this.position(commaAt));
        this.pos++;
        return true;
    }
    parseString() {
        const start = this.pos;
        const t = this.text;
        this.pos++; // "
        let out = '';
        let chunk = this.pos;
        for (;;) {
            if (this.pos >= t.length)
                this.fail('unterminated string; expected a closing "', start);
            const code = t.charCodeAt(this.pos);
            if (code === 34)
                break; // "
            if (code < 0x20)
                this.fail('a control character (such as a line break) inside a string; expected an escape such as \\n');
            if (code !== 92) {
                this.pos++;
                continue;
            }
            out += t.slice(chunk, this.pos);
            const e = t[this.pos + 1];
            const simple = {
                '"': '"',
                '\\': '\\',
                '/': '/',
                b: '\b',
                f: '\f',
                n: '\n',
                r: '\r',
                t: '\t'
            };
            if (e !== undefined && e in simple) {
                out += simple[e];
                this.pos += 2;
            }
            else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(t.slice(this.pos + 2, this.pos + 6))) {
                out += String.fromCharCode(parseInt(t.slice(this.pos + 2, this.pos + 6), 16));
                this.pos += 6;
            }
            else
                this.fail('an invalid escape in a string; expected \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX');
            chunk = this.pos;
        }
        out += t.slice(chunk, this.pos);
        this.pos++; // "
        return out;
    }
    parseNumber() {
        const match = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(this.text.slice(this.pos, this.pos + 400));
        if (!match)
            this.fail('an invalid number; expected digits, such as -1.5e3');
        this.pos += match[0].length;
        return Number(match[0]);
    }
}
/**
 * The strict JSON of a lenient document: the same text with its comments and trailing commas
 * taken out (with the lines a comment had to itself), so keys, order, values and layout stay
 * the author's. A pure function of the text, so its digest is stable.
 */
function strictText(text, parsed) {
    const cuts = [
        ...parsed.comments.map(c => commentCut(text, c.offset, c.end)),
        ...parsed.trailingCommas.map(c => [c.offset, c.offset + 1])
    ].sort((a, b) => a[0] - b[0]);
    let out = '';
    let at = 0;
    for (const [start, end] of cuts) {
        out += text.slice(at, Math.max(at, start));
        at = Math.max(at, end);
    }
    return out + text.slice(at);
}
/** A comment's span, widened to its whole line when alone on it, or to the spaces before it. */
function commentCut(text, start, end) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const newline = text.indexOf('\n', end);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    const restOfLine = text.slice(end, lineEnd).trim() === '';
    if (restOfLine && text.slice(lineStart, start).trim() === '')
        return [lineStart, lineEnd];
    if (!restOfLine)
        return [start, end];
    let from = start;
    while (from > lineStart && (text[from - 1] === ' ' || text[from - 1] === '\t'))
        from--;
    return [from, end];
}

// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js
var mini_schemas = __webpack_require__(4343);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
;// CONCATENATED MODULE: ./src/engine/checks/manifest-schema.ts

// zod/mini, not classic zod: a local-only run builds only the checks' schemas, and loads
// faster without classic's API (classic loads with the API client's schemas, in a publish).

/**
 * The manifest `xcrun ba-package` reads, as a zod schema whose every message says what is
 * expected. Messages are predicates: they are shown after "Input 'manifest-path' at <path>:".
 * Rules that zod cannot say well (exactly one policy, one selector form, duplicates) are
 * refinements that run even when a sibling failed, so one run reports every problem.
 */
const manifest_schema_PLATFORMS = ['iOS', 'macOS', 'tvOS', 'visionOS'];
const INSTALLATION_EVENT_TYPES = ['firstInstallation', 'subsequentUpdate'];
const DOWNLOAD_POLICIES = ['essential', 'prefetch', 'onDemand'];
/** Each selector uses exactly one of these forms (Xcode 27 added the pattern and the exclusion). */
const SELECTOR_FORMS = [
    ['file'],
    ['directory'],
    ['filePattern'],
    ['fileExclusion'],
    ['fileSource', 'fileDestination'],
    ['directorySource', 'directoryDestination']
];
const TEMPLATE_PLACEHOLDER = '[Asset-Pack ID]';
/** App Store Connect's rule for an asset pack identifier (ba-package itself accepts anything). */
const ASSET_PACK_ID = /^[A-Za-z0-9-]+$/;
const always = { when: () => true };
/**
 * Marks an issue about a missing choice, to drop where the same object has an unknown key: a
 * refinement sees the parsed object, without its unknown keys, so `{"ondemand": {}}` would
 * otherwise be reported twice (unknown key, and empty).
 */
const UNLESS_UNKNOWN_KEYS = { unlessUnknownKeys: true };
function describeValue(v) {
    if (v === undefined)
        return 'nothing';
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    if (typeof v === 'string')
        return `the string ${JSON.stringify(v)}`;
    if (typeof v === 'object')
        return 'an object';
    return `${typeof v === 'number' ? 'the number' : ''} ${String(v)}`.trim();
}
const oneOf = (values, last = 'or') => values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} ${last} ${values.at(-1)}`;
/** "is missing; expected X" or "is Y; expected X", for a value of the wrong type. */
const expected = (what) => (iss) => {
    if (iss.code === 'unrecognized_keys')
        return undefined; // reported key by key by the caller
    return iss.input === undefined
        ? `is missing; expected ${what}`
        : `is ${describeValue(iss.input)}; expected ${what}`;
};
/** The closest of `candidates` to `word` (another case, a prefix, or ≤ 2 edits), if any. */
function closest(word, candidates) {
    const lower = word.toLowerCase().replace(/[_\s-]/g, '');
    let best;
    for (const c of candidates) {
        const candidate = c.toLowerCase();
        const prefix = lower.length >= 4 && (candidate.startsWith(lower) || lower.startsWith(candidate));
        const d = lower === candidate ? 0 : prefix ? 1 : editDistance(lower, candidate);
        if (d <= 2 && (!best || d < best.d))
            best = { c, d };
    }
    return best?.c;
}
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = row;
    }
    return prev[b.length];
}
const suggest = (word, candidates) => {
    const near = typeof word === 'string' ? closest(word, candidates) : undefined;
    return near && near !== word ? ` (did you mean ${near}?)` : '';
};
/** Reports the second and later occurrences of a value, at their own index. */
const noDuplicates = (what) => (list, ctx) => {
    if (!Array.isArray(list))
        return;
    const first = new Map();
    list.forEach((v, i) => {
        if (typeof v !== 'string')
            return;
        const at = first.get(v);
        if (at === undefined)
            first.set(v, i);
        else {
            ctx.addIssue({
                code: 'custom',
                path: [i],
                message: `${JSON.stringify(v)} is listed twice (also at [${at}]); expected each ${what} once`
            });
        }
    });
};
const CHARACTER_NAMES = {
    '.': 'a dot',
    _: 'an underscore',
    ' ': 'a space',
    '/': 'a slash'
};
function checkAssetPackID(id, ctx) {
    const issue = (message) => ctx.addIssue({ code: 'custom', message });
    if (id === '')
        return issue('is empty; expected your pack\u2019s identifier (e.g. "Tutorial")');
    if (id.includes(TEMPLATE_PLACEHOLDER) || /^\[.*\]$/.test(id)) {
        return issue(`is still the ba-package template\u2019s placeholder ${JSON.stringify(id)}: replace it with ` +
            'your pack\u2019s identifier (letters, digits and hyphens, e.g. "Tutorial" or "Level-2")');
    }
    if (ASSET_PACK_ID.test(id))
        return;
    const bad = [...new Set([...id].filter(c => !/[A-Za-z0-9-]/.test(c)))];
    const named = bad.map(c => `'${c}'${CHARACTER_NAMES[c] ? ` (${CHARACTER_NAMES[c]})` : ''}`);
    const example = id.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'Tutorial';
    issue(`${JSON.stringify(id)} contains ${oneOf(named, 'and')}, which App Store Connect rejects ` +
        '("Found invalid values") although ba-package accepts it; expected letters, digits and ' +
        `hyphens only (^[A-Za-z0-9-]+$), e.g. ${JSON.stringify(example)}`);
}
function checkRelativePath(path, ctx) {
    const issue = (message) => ctx.addIssue({ code: 'custom', message });
    const inside = 'expected a path relative to the folder ba-package reads, inside it';
    if (path === '')
        return issue(`is empty; ${inside}`);
    if (path.startsWith('/'))
        return issue(`${JSON.stringify(path)} is absolute; ${inside}`);
    if (path === '.' || path === './') {
        return issue(`is ".", the whole folder; expected a file or a directory inside it`);
    }
    if (path.split(/[\\/]/).includes('..')) {
        return issue(`${JSON.stringify(path)} leaves the folder with '..'; ${inside}`);
    }
}
/**
 * Background Assets takes a language with an optional script and region only (apple-facts:
 * "Don't use variant subtags or any extensions"): `ja`, `en-US`, `zh-Hant`, `zh-Hans-VN`, `es-419`.
 */
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-(?:[A-Za-z]{2}|[0-9]{3}))?$/;
const LANGUAGE_EXAMPLES = 'e.g. "ja", "en-US", "zh-Hant" or "zh-Hans-VN"';
function checkLanguage(tag, ctx) {
    const issue = (message) => ctx.addIssue({ code: 'custom', message });
    const shown = JSON.stringify(tag);
    if (tag.includes('_')) {
        return issue(`${shown} uses an underscore; expected a BCP-47 tag with hyphens (${tag.replace(/_/g, '-')})`);
    }
    if (LANGUAGE.test(tag) && canonical(tag))
        return;
    const subtags = tag.split('-');
    const singleton = subtags.findIndex((s, i) => i > 0 && s.length === 1);
    if (canonical(tag) && singleton > 0) {
        return issue(`${shown} has the extension "${subtags.slice(singleton).join('-')}", which Background ` +
            `Assets does not support; expected a language with an optional script and region only, ` +
            LANGUAGE_EXAMPLES);
    }
    if (canonical(tag) && subtags.length > 1) {
        const base = subtags.filter((s, i) => i === 0 || /^[A-Za-z]{4}$|^[A-Za-z]{2}$|^[0-9]{3}$/.test(s));
        return issue(`${shown} has a variant or extended subtag, which Background Assets does not support; ` +
            `expected a language with an optional script and region only (${JSON.stringify(base.join('-'))}?), ` +
            LANGUAGE_EXAMPLES);
    }
    issue(`${shown} is not a language tag; expected an ISO 639 language code with an optional script and region, ${LANGUAGE_EXAMPLES}`);
}
function canonical(tag) {
    try {
        return Intl.getCanonicalLocales(tag).length === 1;
    }
    catch {
        return false;
    }
}
function checkSourceRoot(path, ctx) {
    const relative = 'expected a folder relative to the manifest\u2019s, such as "." or ".."';
    if (path === '')
        ctx.addIssue({ code: 'custom', message: `is empty; ${relative}` });
    else if (/^([\\/]|[A-Za-z]:[\\/]|~)/.test(path)) {
        ctx.addIssue({ code: 'custom', message: `${JSON.stringify(path)} is absolute; ${relative}` });
    }
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const installation = mini_schemas/* strictObject */.rej({
    installationEventTypes: mini_schemas/* array */.YOg(mini_schemas/* enum */.k5n(INSTALLATION_EVENT_TYPES, {
        error: iss => `${describeValue(iss.input)} is not an installation event type; expected ` +
            `${oneOf(INSTALLATION_EVENT_TYPES)}${suggest(iss.input, INSTALLATION_EVENT_TYPES)}`
    }), { error: expected(`a non-empty array of ${oneOf(INSTALLATION_EVENT_TYPES, 'and/or')}`) })
        .check(api/* _minLength */.m9(1, `is empty; expected at least one of ${oneOf(INSTALLATION_EVENT_TYPES)}`), mini_schemas/* superRefine */.zni(noDuplicates('installation event type'), always))
}, { error: expected('an object {"installationEventTypes": [...]}') });
const onDemand = mini_schemas/* strictObject */.rej({}, {
    error: iss => iss.code === 'unrecognized_keys'
        ? undefined
        : iss.input === null
            ? 'is null, which Apple rejects (ITMS-91140); expected an empty object: "onDemand": {}'
            : `is ${describeValue(iss.input)}; expected an empty object: "onDemand": {}`
});
const downloadPolicy = mini_schemas/* strictObject */.rej({
    essential: mini_schemas/* optional */.lqM(installation),
    prefetch: mini_schemas/* optional */.lqM(installation),
    onDemand: mini_schemas/* optional */.lqM(onDemand)
}, { error: expected(`an object with one of ${oneOf(DOWNLOAD_POLICIES)}, e.g. {"onDemand": {}}`) })
    .check(mini_schemas/* superRefine */.zni((policy, ctx) => {
    if (!isObject(policy))
        return;
    const present = DOWNLOAD_POLICIES.filter(p => p in policy);
    if (present.length > 1) {
        ctx.addIssue({
            code: 'custom',
            message: `has ${oneOf(present, 'and')}; expected exactly one of ${oneOf(DOWNLOAD_POLICIES)}`
        });
    }
    else if (present.length === 0) {
        ctx.addIssue({
            code: 'custom',
            params: UNLESS_UNKNOWN_KEYS,
            message: `is empty; expected exactly one of ${oneOf(DOWNLOAD_POLICIES)}, e.g. {"onDemand": {}}`
        });
    }
}, always));
const relativePath = mini_schemas/* string */.YjP({ error: expected('a relative path (a string)') })
    .check(mini_schemas/* superRefine */.zni(checkRelativePath));
const selectorForms = SELECTOR_FORMS.map(f => `{${f.join(', ')}}`);
const selectorShape = {
    file: mini_schemas/* optional */.lqM(relativePath),
    directory: mini_schemas/* optional */.lqM(relativePath),
    /** Xcode 27: a glob such as "Audio/*.wav". */
    filePattern: mini_schemas/* optional */.lqM(relativePath),
    /** Xcode 27: drops a file another selector matched. */
    fileExclusion: mini_schemas/* optional */.lqM(relativePath),
    fileSource: mini_schemas/* optional */.lqM(relativePath),
    fileDestination: mini_schemas/* optional */.lqM(relativePath),
    directorySource: mini_schemas/* optional */.lqM(relativePath),
    directoryDestination: mini_schemas/* optional */.lqM(relativePath)
};
const fileSelector = mini_schemas/* strictObject */.rej(selectorShape, {
    error: expected('an object such as {"file": "Videos/Intro.m4v"}, {"directory": "Levels"} or ' +
        '{"filePattern": "Audio/*.wav"}')
})
    .check(mini_schemas/* superRefine */.zni((selector, ctx) => {
    if (!isObject(selector))
        return;
    const used = SELECTOR_FORMS.filter(form => form.some(key => key in selector));
    if (used.length === 0) {
        ctx.addIssue({
            code: 'custom',
            params: UNLESS_UNKNOWN_KEYS,
            message: `selects nothing; expected exactly one of ${oneOf(selectorForms)}`
        });
    }
    else if (used.length > 1) {
        const keys = used.flatMap(form => form.filter(key => key in selector));
        ctx.addIssue({
            code: 'custom',
            message: `mixes ${oneOf(keys, 'and')}; expected exactly one of ${oneOf(selectorForms)}`
        });
    }
    else {
        for (const key of used[0].filter(k => !(k in selector))) {
            const other = used[0].find(k => k !== key);
            ctx.addIssue({
                code: 'custom',
                path: [key],
                message: `is missing; ${other} needs it: expected both ${used[0].join(' and ')}`
            });
        }
    }
}, always));
const platform = mini_schemas/* enum */.k5n(manifest_schema_PLATFORMS, {
    error: iss => iss.input === 'watchOS'
        ? `"watchOS" is not supported by asset packs; expected ${oneOf(manifest_schema_PLATFORMS)}`
        : iss.input === 'iPadOS'
            ? `"iPadOS" is not a platform of asset packs: "iOS" covers iPad; expected ${oneOf(manifest_schema_PLATFORMS)}`
            : `${describeValue(iss.input)} is not a platform; expected ${oneOf(manifest_schema_PLATFORMS)}` +
                suggest(typeof iss.input === 'string' ? iss.input.replace(/_/g, '') : iss.input, manifest_schema_PLATFORMS)
});
/** Keys Apple-hosted packs refuse, with why: present in the schema only to say so. */
const refused = (why) => mini_schemas/* unknown */.L5J()
    .check(mini_schemas/* superRefine */.zni((_, ctx) => ctx.addIssue({ code: 'custom', message: why }), always));
/**
 * Unknown top-level keys are stripped, not refused: the caller warns about each one (Swift's
 * JSON decoding, which ba-package uses, ignores them).
 */
const manifestSchema = mini_schemas/* object */.Ikc({
    assetPackID: mini_schemas/* string */.YjP({
        error: expected('the pack\u2019s identifier: a string of letters, digits and hyphens')
    })
        .check(mini_schemas/* superRefine */.zni(checkAssetPackID)),
    downloadPolicy,
    fileSelectors: mini_schemas/* array */.YOg(fileSelector, {
        error: expected('a non-empty array of selectors such as [{"file": "Videos/Intro.m4v"}]')
    })
        .check(api/* _minLength */.m9(1, 'is empty; expected at least one selector such as {"directory": "Levels"}')),
    /** Empty means every platform (Apple's documentation). */
    platforms: mini_schemas/* array */.YOg(platform, {
        error: expected(`an array of ${oneOf(manifest_schema_PLATFORMS, 'and/or')} ([] for all)`)
    })
        .check(mini_schemas/* superRefine */.zni(noDuplicates('platform'), always)),
    /** Xcode 27: the pack is localized for this one language. */
    language: mini_schemas/* optional */.lqM(mini_schemas/* string */.YjP({ error: expected(`a language tag, ${LANGUAGE_EXAMPLES}`) })
        .check(mini_schemas/* superRefine */.zni(checkLanguage))),
    /** Xcode 27: the folder the selectors' paths are relative to. */
    sourceRoot: mini_schemas/* optional */.lqM(mini_schemas/* string */.YjP({ error: expected('a folder path (a string) such as "."') })
        .check(mini_schemas/* superRefine */.zni(checkSourceRoot))),
    userInfo: mini_schemas/* optional */.lqM(refused('is for self-hosted asset packs only; Apple-hosted packs reject it: remove it')),
    /** Written by ba-package into the archive's copy of the manifest. */
    toolsVersion: mini_schemas/* optional */.lqM(mini_schemas/* string */.YjP({ error: expected('a string') }))
}, {
    error: expected('a JSON object with assetPackID, downloadPolicy, fileSelectors and platforms')
});
/** Keys the manifest's top level may have (`userInfo` is known, to be refused by name). */
const TOP_LEVEL_KEYS = Object.keys(manifestSchema.shape).filter(k => k !== 'userInfo');
/** The keys an object at `path` may have, for messages about unknown keys. */
function knownKeys(path) {
    const [first, , third] = path;
    if (path.length === 0)
        return TOP_LEVEL_KEYS;
    if (first === 'downloadPolicy') {
        if (path.length === 1)
            return DOWNLOAD_POLICIES;
        return third === undefined && path[1] !== 'onDemand' ? ['installationEventTypes'] : [];
    }
    if (first === 'fileSelectors')
        return Object.keys(selectorShape);
    return [];
}

;// CONCATENATED MODULE: ./src/engine/checks/manifest.ts







/** A Manifest.json is a few hundred bytes; past this it is the wrong file. */
const MAX_MANIFEST_BYTES = 1024 * 1024;
/**
 * Checks a manifest's text as `ba-package` and App Store Connect will read it, and reports
 * every problem at once, each with its JSON path and its line and column in the text.
 *
 * Decisions (apple-facts.md, "The manifest"):
 * - Comments and trailing commas are accepted with a notice: ba-package reads them, and Apple's
 *   own example has comments. Apple is sent the strict JSON of the same text (`strict`).
 * - An unknown top-level key is a warning, with a "did you mean" for typos: ba-package's JSON
 *   decoding ignores it, but it is most often a misspelt optional key (`sourceroot`).
 *   `userInfo` is refused by name (self-hosted packs only). Unknown keys inside the policy or a
 *   selector stay errors: there they change what is packaged.
 * - A UTF-8 byte order mark is refused (how Apple's server reads a BOM is not documented).
 * - Duplicate keys are refused: JSON readers disagree on which one wins.
 */
function checkManifest(text, file, input = 'manifest-path') {
    const problems = [];
    const advisories = [];
    const place = (where, jsonPath) => ({
        input,
        file,
        ...(jsonPath ? { jsonPath } : {}),
        ...(where ? { line: where.line, column: where.column } : {})
    });
    const add = (message, where, jsonPath) => {
        problems.push({ ...place(where, jsonPath), message });
    };
    const advise = (level, message, where, jsonPath) => {
        advisories.push({ ...place(where, jsonPath), level, message });
    };
    if (text.startsWith('\uFEFF')) {
        add('starts with a byte order mark (EF BB BF); expected plain UTF-8 without BOM: save the file ' +
            'as "UTF-8" rather than "UTF-8 with BOM"', { line: 1, column: 1, offset: 0 });
        text = text.slice(1);
    }
    if (text.trim() === '') {
        add('is empty; expected the manifest JSON ({"assetPackID": …, "downloadPolicy": …, …})', {
            line: 1,
            column: 1,
            offset: 0
        });
        return { problems, advisories };
    }
    let parsed;
    try {
        parsed = parseJson(text, { lenient: true });
    }
    catch (e) {
        if (!(e instanceof JsonSyntaxError))
            throw e;
        add(`is not valid JSON ${e.message}`, e.position);
        return { problems, advisories };
    }
    const lenient = describeLenientSyntax(text, parsed);
    if (lenient)
        advise('notice', lenient.message, lenient.at);
    for (const dup of parsed.duplicateKeys) {
        add(`repeats the key "${dup.key}" in one object; expected each key once (JSON readers disagree on ` +
            'which one wins): remove one', dup.position, dup.path);
    }
    for (const key of unknownTopLevelKeys(parsed.value)) {
        const near = closest(key, TOP_LEVEL_KEYS);
        advise('warning', `has an unknown key "${key}", which ba-package ignores${near ? ` (did you mean ${near}?)` : ''}; ` +
            `expected ${oneOf(TOP_LEVEL_KEYS)}`, ...at(parsed, [key]));
    }
    const result = manifestSchema.safeParse(parsed.value);
    if (!result.success) {
        const withUnknownKeys = new Set(result.error.issues.filter(i => i.code === 'unrecognized_keys').map(i => pathKey(i.path)));
        for (const issue of result.error.issues) {
            const path = issue.path.filter((s) => typeof s !== 'symbol');
            if (issue.code === 'custom' &&
                issue.params?.unlessUnknownKeys === true &&
                withUnknownKeys.has(pathKey(issue.path))) {
                continue;
            }
            if (issue.code === 'unrecognized_keys') {
                for (const key of issue.keys)
                    add(unknownKeyMessage(path, key), ...at(parsed, [...path, key]));
            }
            else {
                add(issue.message, ...at(parsed, path));
            }
        }
    }
    const byPlace = (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
    problems.sort(byPlace);
    advisories.sort(byPlace);
    if (problems.length > 0 || !result.success)
        return { problems, advisories };
    // userInfo never gets here: it is always a problem.
    const manifest = result.data;
    return { manifest, strict: strictText(text, parsed), problems, advisories };
}
function unknownTopLevelKeys(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return [];
    const known = new Set([...TOP_LEVEL_KEYS, 'userInfo']);
    return Object.keys(value).filter(key => !known.has(key));
}
/** "pack 'Tutorial', platforms iOS, macOS, language en-US", for log lines. */
function describeManifest(manifest) {
    const platforms = manifest.platforms.length ? manifest.platforms.join(', ') : 'all';
    const language = manifest.language ? `, language ${manifest.language}` : '';
    return `pack '${manifest.assetPackID}', platforms ${platforms}${language}`;
}
const pathKey = (path) => JSON.stringify(path.map(String));
function at(parsed, path) {
    return [locate(parsed, path), path.length > 0 ? formatJsonPath(path) : undefined];
}
function unknownKeyMessage(path, key) {
    const known = knownKeys(path);
    if (key === 'language' && path[0] === 'fileSelectors') {
        return ('has the key "language", which belongs at the top level of the manifest: a pack is ' +
            'localized for one language (one pack per language, e.g. "voice-en" and "voice-fr"); ' +
            'expected it there, not in a selector');
    }
    const near = closest(key, known);
    const where = path.length === 0 ? 'the manifest' : formatJsonPath(path);
    const expected = known.length === 0 ? `${where} takes no keys: expected {}` : `expected ${oneOf(known)}`;
    return `has an unknown key "${key}"; ${expected}${near ? ` (did you mean ${near}?)` : ''}`;
}
/** The notice for comments and trailing commas (what `ba-package template` writes), if any. */
function describeLenientSyntax(text, parsed) {
    const { comments, trailingCommas } = parsed;
    if (comments.length === 0 && trailingCommas.length === 0)
        return undefined;
    const found = [];
    const lineComments = comments.filter(p => text.startsWith('//', p.offset)).length;
    if (lineComments > 0)
        found.push(plural(lineComments, '// comment'));
    if (comments.length > lineComments)
        found.push(plural(comments.length - lineComments, '/* */ comment'));
    if (trailingCommas.length > 0)
        found.push(plural(trailingCommas.length, 'trailing comma'));
    const first = [...comments, ...trailingCommas].sort((a, b) => a.offset - b.offset)[0];
    const lines = [...new Set([...comments, ...trailingCommas].map(p => p.line))].sort((a, b) => a - b);
    return {
        message: `has ${oneOf(found, 'and')} (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}), ` +
            'which ba-package reads; App Store Connect is sent the same manifest as strict JSON, ' +
            'without them',
        at: first
    };
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/**
 * Reads and checks the manifest file. `bytes` are the file's exact bytes (what is uploaded),
 * returned whenever the file could be read.
 */
async function readManifest(path, input = 'manifest-path') {
    const fail = (message) => ({
        problems: [{ input, message, file: path }],
        advisories: []
    });
    const what = 'expected the Manifest.json you give to xcrun ba-package';
    let bytes;
    try {
        const info = await (0,external_node_fs_promises_.stat)(path);
        if (info.isDirectory()) {
            const inside = (0,external_node_path_.join)(path, 'Manifest.json');
            const hint = (await isFile(inside)) ? ` (did you mean '${inside}'?)` : '';
            return fail(`'${path}' is a directory; ${what}${hint}`);
        }
        if (!info.isFile())
            return fail(`'${path}' is ${describeKind(info)}, not a file; ${what}`);
        bytes = await readStart(path, MAX_MANIFEST_BYTES + 1);
    }
    catch (e) {
        return fail(describeFsError(e, path, what));
    }
    if (bytes.length === 0)
        return fail(`'${path}' is empty (0 bytes); ${what}`);
    const magic = bytes.subarray(0, 4).toString('latin1');
    if (/^(pbz.|AA01|YAA1|AEA1)$/.test(magic)) {
        return fail(`'${path}' is an Apple Archive (it starts with '${magic}'), not a manifest; ${what}. ` +
            'Were manifest-path and archive-path swapped?');
    }
    if (bytes.length > MAX_MANIFEST_BYTES) {
        return fail(`'${path}' is over ${MAX_MANIFEST_BYTES} bytes, too large for a Manifest.json; ${what}`);
    }
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return fail(`'${path}' is UTF-16 text; save it as UTF-8`);
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return fail(`'${path}' is UTF-16 text; save it as UTF-8`);
    if (!(0,external_node_buffer_.isUtf8)(bytes)) {
        return { ...fail(`'${path}' is not valid UTF-8 text; ${what}, saved as UTF-8`), bytes };
    }
    return { ...checkManifest(bytes.toString('utf8'), path, input), bytes };
}
async function isFile(path) {
    return (0,external_node_fs_promises_.stat)(path).then(s => s.isFile(), () => false);
}
/** Reads at most `limit` bytes from the start of a file. */
async function readStart(path, limit) {
    const handle = await (0,external_node_fs_promises_.open)(path, 'r');
    try {
        const chunks = [];
        let total = 0;
        for (;;) {
            const buffer = Buffer.alloc(Math.min(64 * 1024, limit - total));
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            chunks.push(buffer.subarray(0, bytesRead));
            total += bytesRead;
            if (total >= limit)
                break;
        }
        return Buffer.concat(chunks);
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/engine/checks/embedded-manifest.ts



/**
 * The manifest inside the archive. Apple's processing reads this copy, not the Manifest.json
 * beside the archive (apple-facts.md, "The archive"), so its identity and policy decide the
 * outcome. Its exact fields are not documented (ba-package adds `toolsVersion`, and may rewrite
 * the selectors), so only what Apple is known to act on is held against the rules and against
 * the given manifest: `assetPackID`, `downloadPolicy`, `platforms` and `language`.
 */
const COMPARED_KEYS = ['assetPackID', 'downloadPolicy', 'platforms', 'language'];
const INPUT = 'archive-path';
const REBUILD = 'rebuild the archive with xcrun ba-package from the Manifest.json you publish';
/**
 * Checks the archive's own manifest, and compares it with the given one (`given`, already
 * checked) where there is one. Every problem names `archive-path` and says why.
 */
function checkEmbeddedManifest(archivePath, embedded, given) {
    // No JSON path, line or column: they would point into a file inside the archive, not the .aar.
    const problem = (message) => ({ input: INPUT, file: archivePath, message });
    if (!embedded) {
        if (!given) {
            return {
                problems: [
                    problem('holds no Manifest.json at its root, so the pack cannot be known from it alone; ' +
                        'expected an archive made by xcrun ba-package, or give manifest-path')
                ],
                advisories: []
            };
        }
        return {
            problems: [],
            advisories: [
                {
                    ...problem('holds no Manifest.json at its root (Apple does not document where ba-package puts ' +
                        `it), so it was not compared with ${given.path}; Apple's processing reads the ` +
                        'manifest inside the archive'),
                    level: 'warning'
                }
            ]
        };
    }
    const where = `its own ${embedded.path}`;
    if (!(0,external_node_buffer_.isUtf8)(embedded.bytes)) {
        return { problems: [problem(`${where} is not UTF-8 text; ${REBUILD}`)], advisories: [] };
    }
    const text = Buffer.from(embedded.bytes).toString('utf8');
    const checked = checkManifest(text, archivePath, INPUT);
    // Alone, the archive's copy is the pack's manifest, sent to Apple: every rule applies. Beside a
    // given manifest, only the keys Apple is known to act on (ba-package may rewrite the rest).
    const kept = given ? checked.problems.filter(isAboutComparedKeys) : checked.problems;
    const problems = kept.map(p => problem(p.jsonPath ? `${where}: ${p.jsonPath} ${p.message}` : `${where} ${p.message}`));
    if (!given) {
        return checked.manifest && problems.length === 0
            ? {
                manifest: checked.manifest,
                strict: checked.strict,
                problems,
                advisories: checked.advisories
            }
            : { problems, advisories: checked.advisories };
    }
    if (problems.length > 0)
        return { problems, advisories: [] };
    // Kept problems are none, so the text parses and the compared keys hold valid values.
    const inside = parseJson(text, { lenient: true }).value;
    for (const key of COMPARED_KEYS) {
        if (key === 'language'
            ? sameTag(inside[key], given.manifest[key])
            : same(inside[key], given.manifest[key]))
            continue;
        problems.push(problem(`${where} has ${key} ${show(inside[key])}, but ${given.path} has ` +
            `${show(given.manifest[key])}. Apple processes the archive's copy: ${REBUILD}, ` +
            'or publish the Manifest.json the archive was made from'));
    }
    return { problems, advisories: [] };
}
/** Problems about a compared key, or that make the text no manifest at all (no JSON path). */
function isAboutComparedKeys(p) {
    const path = p.jsonPath;
    return (path === undefined ||
        COMPARED_KEYS.some(key => path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`)));
}
const show = (value) => (value === undefined ? 'none' : JSON.stringify(value));
/** Language tags are case-insensitive (BCP 47): `en-US` is `en-us`. */
const sameTag = (a, b) => typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;
/** Platforms compare as sets; everything else by value. */
function same(a, b) {
    if (Array.isArray(a) && Array.isArray(b)) {
        return (a.length === b.length && [...a].map(canon).sort().join() === [...b].map(canon).sort().join());
    }
    return canon(a) === canon(b);
}
/** JSON with sorted keys: key order in an object means nothing to Apple. */
function canon(value) {
    if (Array.isArray(value))
        return `[${value.map(canon).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => a < b ? -1 : 1);
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canon(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'undefined';
}

;// CONCATENATED MODULE: ./src/engine/checks/archive-contents.ts


const archive_contents_INPUT = 'archive-path';
/**
 * Reads the archive once, front to back: its digest, every block decoded (or, with `manifest`,
 * only up to its own manifest) and its entries walked, then its manifest checked against the
 * given one. Only a file that cannot be read at all (or a cancel) throws.
 */
async function checkArchiveContents(path, options) {
    const read = await readArchive(path, { mode: options.mode, signal: options.signal });
    return judgeArchive(read, options.given);
}
/** What a read found, as problems and advisories, with its manifest held against `given`. */
function judgeArchive(read, given) {
    const { path } = read;
    const problems = [];
    const advisories = [];
    for (const p of read.problems) {
        // The manifest's absence is judged below, against whether one was given.
        if (p.code === 'no-manifest')
            continue;
        if (p.severity === 'error')
            problems.push({ input: archive_contents_INPUT, file: path, message: p.message });
        else
            advisories.push({ input: archive_contents_INPUT, file: path, message: p.message, level: 'warning' });
    }
    const undecoded = read.problems.some(p => p.code === 'not-decoded');
    if (undecoded && !given) {
        problems.push({
            input: archive_contents_INPUT,
            file: path,
            message: 'could not be decoded here, so its own manifest was not read; give manifest-path ' +
                '(the Manifest.json it was made from)'
        });
    }
    // A walk that broke off before the manifest says nothing of it: the damage is the problem.
    const walked = read.manifest !== undefined || read.complete;
    const embedded = walked ? checkEmbeddedManifest(path, read.manifest, given) : undefined;
    problems.push(...(embedded?.problems ?? []));
    advisories.push(...(embedded?.advisories ?? []));
    return {
        sha256: read.sha256,
        read,
        ...(embedded?.manifest && problems.length === 0
            ? { manifest: embedded.manifest, strict: embedded.strict }
            : {}),
        problems,
        advisories
    };
}
/** The assetPackID an archive's own manifest declares, read leniently (for pairing). */
function declaredIdentifier(read) {
    if (!read.manifest)
        return undefined;
    return declaredId(Buffer.from(read.manifest.bytes));
}
/** The assetPackID a manifest's bytes declare, read leniently (it may have other problems). */
function declaredId(bytes) {
    if (!bytes)
        return undefined;
    const text = bytes.toString('utf8');
    try {
        const id = JSON.parse(text).assetPackID;
        if (typeof id === 'string' && id.trim())
            return id.trim();
    }
    catch {
        // Comments or trailing commas: look for the key itself.
    }
    return /"assetPackID"\s*:\s*"([^"\\]+)"/.exec(text)?.[1]?.trim() || undefined;
}

;// CONCATENATED MODULE: ./src/engine/checks/settings.ts

// zod/mini, not classic zod: a local-only run builds only the checks' schemas, and loads
// faster without classic's API (classic loads with the API client's schemas, in a publish).


/** The step's inputs by their public names (../docs/interface.md), as raw strings. */
const INPUT_NAMES = (/* unused pure expression or super */ null && ([
    'app-id',
    'key-id',
    'issuer-id',
    'private-key',
    'private-key-path',
    'manifest-path',
    'archive-path',
    'asset-pack-identifier',
    'dry-run',
    'wait-for',
    'timeout-minutes',
    'poll-interval-seconds',
    'upload-concurrency',
    'pack-concurrency',
    'skip-unchanged',
    'api-base-url',
    'github-token',
    'comment-on-pr',
    'archive-check',
    'submit-for-review'
]));
const WAIT_FOR = ['uploaded', 'processed', 'ready-for-testing'];
/** How much of the archive the offline check reads: all of it, or up to its own manifest. */
const ARCHIVE_CHECK = ['full', 'manifest'];
/** App Store Connect's rule for asset pack identifiers (stricter than ba-package's). */
const PACK_IDENTIFIER = /^[A-Za-z0-9-]+$/;
const DEFAULTS = {
    'wait-for': 'ready-for-testing',
    'timeout-minutes': '60',
    'poll-interval-seconds': '15',
    'upload-concurrency': '4',
    'pack-concurrency': '3',
    'archive-check': 'full',
    'api-base-url': 'https://api.appstoreconnect.apple.com'
};
const settings_boolean = mini_schemas/* enum */.k5n(['true', 'True', 'TRUE', 'false', 'False', 'FALSE'], {
    error: "must be 'true' or 'false'"
});
const number = (message, check) => {
    const digits = mini_schemas/* string */.YjP().check(api/* _regex */.Fk(/^\s*\d+(\.\d+)?\s*$/, { error: message }));
    return mini_schemas/* pipe */.FsL(digits, mini_schemas/* transform */.pdi(Number)).check(mini_schemas/* refine */.YPB(check, { error: message }));
};
const FIELDS = {
    'app-id': mini_schemas/* string */.YjP().check(api/* _regex */.Fk(/^\d+$/, {
        error: "must be the app's Apple ID: digits only, as shown in App Store Connect > App Information"
    })),
    'key-id': mini_schemas/* string */.YjP().check(api/* _regex */.Fk(/^[A-Z0-9]{10}$/, {
        error: 'must be an App Store Connect API key ID: 10 upper-case letters and digits, e.g. 2X9R4HXF34'
    })),
    // Apple's issuer IDs are UUID-shaped but not always RFC 4122 variants: check the shape only.
    'issuer-id': mini_schemas/* string */.YjP().check(api/* _regex */.Fk(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
        error: 'must be the issuer ID shown above the team keys in App Store Connect: a UUID like ' +
            '57246542-96fe-1a63-e053-0824d011072a (leave it empty for an individual key)'
    })),
    'asset-pack-identifier': mini_schemas/* string */.YjP().check(api/* _regex */.Fk(PACK_IDENTIFIER, {
        error: 'must contain only letters, digits and hyphens: App Store Connect rejects other characters ' +
            '(dots and underscores included) with "Found invalid values", though ba-package accepts them'
    })),
    'dry-run': settings_boolean,
    'skip-unchanged': settings_boolean,
    'comment-on-pr': settings_boolean,
    'wait-for': mini_schemas/* enum */.k5n(WAIT_FOR, { error: `must be one of ${WAIT_FOR.join(', ')}` }),
    'archive-check': mini_schemas/* enum */.k5n(ARCHIVE_CHECK, {
        error: "must be 'full' (decode every block and walk every entry) or 'manifest' (stop once the " +
            "archive's own manifest is read)"
    }),
    'submit-for-review': mini_schemas/* pipe */.FsL(mini_schemas/* enum */.k5n(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'draft'], {
        error: "must be 'false', 'true' (submit to App Store review) or 'draft' (add, don't submit)"
    }), mini_schemas/* transform */.pdi(v => v.toLowerCase())),
    'timeout-minutes': number('must be a number of minutes greater than 0', n => n > 0),
    'poll-interval-seconds': number('must be a number of seconds, at least 1', n => n >= 1),
    'upload-concurrency': number('must be a whole number from 1 to 32', n => {
        return Number.isInteger(n) && n >= 1 && n <= 32;
    }),
    'pack-concurrency': number('must be a whole number from 1 to 10', n => {
        return Number.isInteger(n) && n >= 1 && n <= 10;
    }),
    'api-base-url': mini_schemas/* pipe */.FsL(mini_schemas/* string */.YjP(), mini_schemas/* transform */.pdi((text, ctx) => {
        const problem = checkBaseUrl(text);
        if (typeof problem === 'string') {
            // zod/mini's transform context has no addIssue (classic's has): push the issue itself.
            ctx.issues.push({ code: 'custom', message: problem, input: text });
            return core/* NEVER */.tm;
        }
        return problem;
    }))
};
/**
 * Checks the raw inputs and returns typed settings with every problem found. The settings
 * are usable only when there are no problems; they are returned anyway so that the file
 * checks can still run and report their problems in the same pass.
 */
function parseSettings(raw) {
    const value = (name) => {
        const text = (raw[name] ?? '').trim();
        return text === '' ? undefined : text;
    };
    const problems = [];
    const parsed = {};
    for (const [name, schema] of Object.entries(FIELDS)) {
        const text = value(name) ?? DEFAULTS[name];
        if (text === undefined)
            continue;
        const result = schema.safeParse(text);
        if (result.success)
            parsed[name] = result.data;
        else
            problems.push({ input: name, message: `${quote(text)} ${result.error.issues[0].message}` });
    }
    const keyText = value('private-key');
    const keyPath = value('private-key-path');
    if (keyText && keyPath) {
        problems.push({
            input: 'private-key-path',
            message: 'is set together with private-key; give the key one way only'
        });
    }
    const key = keyText
        ? { input: 'private-key', value: keyText }
        : keyPath
            ? { input: 'private-key-path', value: keyPath }
            : undefined;
    const dryRun = isTrue(parsed['dry-run']);
    const keyId = value('key-id');
    const appId = value('app-id');
    // A pull request from a fork gets no secrets: a dry run then checks locally and says so.
    const localOnlyReason = dryRun && !key
        ? 'no private key was given (a pull request from a fork gets no secrets)'
        : undefined;
    if (!localOnlyReason) {
        if (!appId)
            problems.push(required('app-id', "the app's Apple ID (digits)"));
        if (!keyId)
            problems.push(required('key-id', 'the ID of an App Store Connect API key'));
        if (!key) {
            problems.push(required('private-key', 'the .p8 key text (or its base64), or set private-key-path'));
        }
    }
    const submitForReview = parsed['submit-for-review'] ?? 'false';
    if (dryRun && submitForReview !== 'false') {
        problems.push({
            input: 'submit-for-review',
            message: `is '${submitForReview}' in a dry run: a dry run publishes nothing, so nothing can go to App Store review; set dry-run or submit-for-review to false`
        });
    }
    const manifestPath = value('manifest-path');
    const archivePath = value('archive-path');
    if (!manifestPath && !archivePath) {
        problems.push(required('manifest-path', 'the path of the Manifest.json (or give archive-path alone)'));
    }
    if (!archivePath && !dryRun) {
        problems.push(required('archive-path', 'the path of the .aar made by ba-package'));
    }
    return {
        problems,
        settings: {
            appId,
            keyId,
            issuerId: value('issuer-id'),
            key,
            manifestPath,
            archivePath,
            archiveCheck: parsed['archive-check'] ?? 'full',
            assetPackIdentifier: value('asset-pack-identifier'),
            dryRun,
            waitFor: parsed['wait-for'] ?? 'ready-for-testing',
            timeoutMinutes: parsed['timeout-minutes'] ?? 60,
            pollIntervalSeconds: parsed['poll-interval-seconds'] ?? 15,
            uploadConcurrency: parsed['upload-concurrency'] ?? 4,
            packConcurrency: parsed['pack-concurrency'] ?? 3,
            skipUnchanged: isTrue(parsed['skip-unchanged']),
            apiBaseUrl: parsed['api-base-url'] ?? new URL(DEFAULTS['api-base-url']),
            githubToken: value('github-token'),
            commentOnPr: isTrue(parsed['comment-on-pr']),
            submitForReview,
            localOnlyReason
        }
    };
}
/** https anywhere; plain http only to this machine (the simulator). */
function checkBaseUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return `${quote(text)} is not a URL; expected e.g. https://api.appstoreconnect.apple.com`;
    }
    if (url.username || url.password || url.search || url.hash) {
        return `${quote(text)} must not carry credentials, a query or a fragment`;
    }
    if (url.protocol === 'https:')
        return url;
    if (url.protocol === 'http:' && isLoopbackHost(url.hostname))
        return url;
    return (`${quote(text)} must use https; plain http is allowed only for a loopback host ` +
        '(127.0.0.1, ::1, localhost), such as the bundled simulator');
}
function isTrue(value) {
    return value?.toLowerCase() === 'true';
}
function required(input, expected) {
    return { input, message: `is required: expected ${expected}` };
}
/** Quotes a value for a message; a long or key-like value (a secret pasted in the wrong place) is not. */
function quote(text) {
    return text.length > 64 || /-----|\n/.test(text) ? 'The value given' : `'${text}'`;
}

;// CONCATENATED MODULE: ./src/engine/checks/inputs.ts





/** "12 blocks decoded, 340 entries walked, its own Manifest.json checked", for log lines. */
function describeArchiveCheck(archive) {
    const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
    const own = archive.ownManifest ? `its own ${archive.ownManifest} checked` : 'no manifest inside';
    return archive.walkedToEnd
        ? `${count(archive.decodedBlocks, 'block', 'blocks')} decoded, ` +
            `${count(archive.entries, 'entry', 'entries')} walked, ${own}`
        : `read up to its own manifest (archive-check: manifest), ${own}`;
}
/**
 * Every offline check, run together so a user learns everything wrong in one run:
 * the inputs, the key, the manifest and the archive (all of it, its own manifest included).
 * Nothing here sends a request.
 */
async function checkInputs(raw, register, signal) {
    const secret = registerSecrets(raw, register);
    const { settings, problems } = parseSettings(raw);
    const [key, manifest, archive] = await Promise.all([
        settings.key ? readPrivateKey(settings.key, secret) : undefined,
        settings.manifestPath ? readManifest(settings.manifestPath) : undefined,
        settings.archivePath ? checkArchive(settings.archivePath) : undefined
    ]);
    problems.push(...(key?.problems ?? []), ...(manifest?.problems ?? []));
    problems.push(...(archive?.problems ?? []));
    const advisories = [...(manifest?.advisories ?? [])];
    // The whole archive, once its container is sound: digest, blocks, entries, its own manifest.
    const given = manifest?.manifest && settings.manifestPath
        ? { path: settings.manifestPath, manifest: manifest.manifest }
        : undefined;
    const contents = archive?.archive && (given || !settings.manifestPath)
        ? await checkArchiveContents(archive.archive.path, {
            mode: settings.archiveCheck,
            given,
            signal
        })
        : undefined;
    problems.push(...(contents?.problems ?? []));
    advisories.push(...(contents?.advisories ?? []));
    const chosen = packManifest(settings.manifestPath, manifest, settings.archivePath, contents);
    const fromManifest = chosen?.manifest.assetPackID;
    const identifier = settings.assetPackIdentifier ?? fromManifest;
    if (settings.assetPackIdentifier &&
        fromManifest &&
        settings.assetPackIdentifier !== fromManifest) {
        problems.push({
            input: 'asset-pack-identifier',
            message: `'${settings.assetPackIdentifier}' differs from the manifest's assetPackID ` +
                `'${fromManifest}' (${chosen?.from}); the archive was built for '${fromManifest}'. ` +
                'Leave asset-pack-identifier empty to use the manifest\u2019s, or make them equal.'
        });
    }
    if (problems.length > 0 || !chosen || !identifier) {
        return { ok: false, problems, advisories, settings };
    }
    const credentials = key?.key && settings.keyId
        ? { keyId: settings.keyId, issuerId: settings.issuerId, privateKey: key.key }
        : undefined;
    return {
        ok: true,
        inputs: {
            settings,
            manifest: chosen.manifest,
            manifestSource: chosen.from,
            manifestBytes: Buffer.from(chosen.strict, 'utf8'),
            advisories,
            assetPackIdentifier: identifier,
            archive: archive?.archive && contents ? checkedArchive(archive.archive, contents) : undefined,
            credentials
        }
    };
}
/**
 * The pack's manifest: the given one, or without manifest-path the archive's own copy. Absent
 * when the one that counts did not pass.
 */
function packManifest(manifestPath, given, archivePath, contents) {
    if (manifestPath) {
        return given?.manifest && given.strict !== undefined
            ? { manifest: given.manifest, strict: given.strict, from: manifestPath }
            : undefined;
    }
    if (!contents?.manifest || contents.strict === undefined)
        return undefined;
    const inside = contents.read.manifest?.path ?? 'Manifest.json';
    return {
        manifest: contents.manifest,
        strict: contents.strict,
        from: `${archivePath} (its own ${inside})`
    };
}
function checkedArchive(info, contents) {
    const { read } = contents;
    return {
        ...info,
        sha256: contents.sha256,
        decodedBlocks: read.decodedBlocks,
        entries: read.entries,
        walkedToEnd: read.complete,
        ...(read.manifest ? { ownManifest: read.manifest.path } : {})
    };
}
/**
 * Registers the secret inputs at once, before anything can print them, and returns a function
 * that registers further secrets (each value once).
 */
function registerSecrets(raw, register) {
    const registered = new Set();
    const secret = (value) => {
        if (!registered.has(value))
            register(value);
        registered.add(value);
    };
    for (const name of ['private-key', 'github-token']) {
        const value = raw[name]?.trim();
        if (value)
            secret(value);
    }
    return secret;
}

;// CONCATENATED MODULE: ./src/cli/api-inputs.ts



/** Inputs that only publishing needs: a read-only command does not ask for them. */
const PUBLISH_ONLY = new Set(['manifest-path', 'archive-path']);
/**
 * The settings and key of a read-only command (status, list), checked by the same rules as a
 * publish's: app-id, the key and its ID, api-base-url, the timing flags.
 */
async function checkApiInputs(raw, logger, options) {
    const secret = registerSecrets(raw, value => logger.secret(value));
    const parsed = parseSettings({ ...raw, 'dry-run': 'false' });
    const problems = parsed.problems.filter(p => !PUBLISH_ONLY.has(p.input) &&
        !(p.input === 'app-id' && !options.appIdRequired && p.message.startsWith('is required')));
    const { settings } = parsed;
    const key = settings.key ? await readPrivateKey(settings.key, secret) : undefined;
    problems.push(...(key?.problems ?? []));
    if (problems.length > 0 || !key?.key || !settings.keyId)
        return { ok: false, problems };
    return {
        ok: true,
        settings,
        credentials: { keyId: settings.keyId, issuerId: settings.issuerId, privateKey: key.key }
    };
}

;// CONCATENATED MODULE: ./src/cli/exit.ts
/** The CLI's exit codes, documented in --help and README. */
const EXIT = {
    /** Done as asked. */
    ok: 0,
    /** Apple refused, processing failed, a wait timed out, or a request failed for good. */
    failed: 1,
    /** A bad command line or input, found before anything was sent. */
    usage: 2,
    /** Stopped by SIGINT/SIGTERM (128 + SIGINT). */
    cancelled: 130
};
const EXIT_CODES_HELP = `Exit codes:
  0    done as asked
  1    failed at App Store Connect: refused, processing failed, timed out, or not found
  2    bad command line or input, found before anything was sent
  130  cancelled (Ctrl-C, SIGTERM)`;

;// CONCATENATED MODULE: ./src/cli/command.ts

const BIN = 'publish-asset-pack';
/** A command's --help: usage, what it does, the flags, examples, exit codes. */
function commandHelp(command) {
    const width = Math.max(...Object.entries(command.flags).map(([name, spec]) => flagText(name, spec.value).length));
    const flags = Object.entries(command.flags).map(([name, spec]) => `  ${flagText(name, spec.value).padEnd(width)}  ${spec.help}`);
    const parts = [
        `Usage: ${BIN} ${command.name} ${command.args ?? '[flags]'}`,
        command.description,
        `Flags:\n${flags.join('\n')}`
    ];
    if (command.examples?.length) {
        parts.push(`Examples:\n${command.examples.map(e => `  ${e}`).join('\n')}`);
    }
    parts.push(EXIT_CODES_HELP);
    return `${parts.join('\n\n')}\n`;
}
function flagText(name, value) {
    return `--${name}${value ? ` ${value}` : ''}`;
}

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/cli/confirm.ts

/**
 * Asks on stderr (stdout carries results) and reads one line from stdin. Resolves with the line,
 * or undefined when the input ends first; rejects when the run is cancelled meanwhile.
 */
function askLine(ctx, question) {
    ctx.signal.throwIfAborted();
    return new Promise((resolve, reject) => {
        const rl = (0,external_node_readline_.createInterface)({ input: ctx.stdin, terminal: false });
        let settled = false;
        const finish = (fn) => {
            if (settled)
                return;
            settled = true;
            ctx.signal.removeEventListener('abort', onAbort);
            rl.close();
            fn();
        };
        const onAbort = () => finish(() => reject(ctx.signal.reason));
        ctx.signal.addEventListener('abort', onAbort, { once: true });
        rl.once('line', line => finish(() => resolve(line)));
        rl.once('close', () => finish(() => resolve(undefined)));
        ctx.stderr.write(question);
    });
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/cli/args.ts

/** A bad command line: exit 2 with the message and a pointer to --help. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/** node:util's parseArgs, strict, with messages that say what to do. */
function parseFlags(argv, flags) {
    const options = Object.fromEntries(Object.entries(flags).map(([name, spec]) => [
        name,
        { type: spec.type, ...(spec.multiple ? { multiple: true } : {}) }
    ]));
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: argv, options, strict: true, allowPositionals: true });
    }
    catch (error) {
        throw new UsageError(describeParseError(error, flags));
    }
    const [first] = parsed.positionals;
    if (first !== undefined) {
        throw new UsageError(`unexpected argument '${first}'. Every value follows its flag; quote a glob so that ` +
            "the shell passes it whole: --manifest-path 'AssetPacks/*/Manifest.json'");
    }
    return parsed.values;
}
/** A string flag's value (the last one where repeated), or undefined. */
function args_text(values, name) {
    const value = values[name];
    if (Array.isArray(value))
        return value.at(-1);
    return typeof value === 'string' ? value : undefined;
}
/** A repeatable flag's values, one per line (the form the inputs take). */
function lines(values, name) {
    const value = values[name];
    if (Array.isArray(value))
        return value.length > 0 ? value.join('\n') : undefined;
    return typeof value === 'string' ? value : undefined;
}
function describeParseError(error, flags) {
    const message = error instanceof Error ? error.message : String(error);
    const code = error.code;
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
        const name = unknown.replace(/^-+/, '');
        const near = Object.keys(flags).find(f => f.startsWith(name) || name.startsWith(f));
        return `unknown flag '${unknown}'${near ? ` (did you mean --${near}?)` : ''}`;
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        const flag = /Option '(?:-\w, )?(--[\w-]+)/.exec(message)?.[1];
        const spec = flag ? flags[flag.slice(2)] : undefined;
        if (flag && spec?.type === 'boolean')
            return `${flag} takes no value: write ${flag} alone`;
        if (flag)
            return `${flag} needs a value: ${flag} ${spec?.value ?? '<value>'}`;
    }
    return message;
}

;// CONCATENATED MODULE: ./src/cli/inputs.ts


/** The action's inputs as flags, by the same names (docs/interface.md, "The CLI"). */
const INPUT_FLAGS = {
    'app-id': { type: 'string', value: '<digits>', help: "the app's Apple ID" },
    'key-id': { type: 'string', value: '<id>', help: 'API key ID (or ASC_KEY_ID)' },
    'issuer-id': {
        type: 'string',
        value: '<uuid>',
        help: 'issuer ID of a team key (or ASC_ISSUER_ID); none for an individual key'
    },
    'private-key': {
        type: 'string',
        value: '<pem|base64>',
        help: 'the .p8 key text or its base64 (or ASC_PRIVATE_KEY, ASC_PRIVATE_KEY_B64)'
    },
    'private-key-path': {
        type: 'string',
        value: '<file>',
        help: 'the .p8 key file (or ASC_PRIVATE_KEY_PATH)'
    },
    'manifest-path': {
        type: 'string',
        multiple: true,
        value: '<path|glob>',
        help: "Manifest.json (default: the archive's own); repeat it or use a quoted glob"
    },
    'archive-path': {
        type: 'string',
        multiple: true,
        value: '<path|glob>',
        help: 'the .aar; several: named <assetPackID>.aar or next to their manifest'
    },
    'asset-pack-identifier': {
        type: 'string',
        value: '<id>',
        help: "the pack's identifier (default: the manifest's assetPackID)"
    },
    'dry-run': { type: 'boolean', help: "local checks, then Apple's manifest check; no upload" },
    'wait-for': {
        type: 'string',
        value: '<what>',
        help: `uploaded, processed or ready-for-testing (default ${DEFAULTS['wait-for']})`
    },
    'timeout-minutes': {
        type: 'string',
        value: '<n>',
        help: `how long to wait (default ${DEFAULTS['timeout-minutes']})`
    },
    'poll-interval-seconds': {
        type: 'string',
        value: '<n>',
        help: `first interval between polls (default ${DEFAULTS['poll-interval-seconds']})`
    },
    'upload-concurrency': {
        type: 'string',
        value: '<n>',
        help: `parts uploaded at once, 1-32 (default ${DEFAULTS['upload-concurrency']})`
    },
    'pack-concurrency': {
        type: 'string',
        value: '<n>',
        help: `packs published at once, 1-10 (default ${DEFAULTS['pack-concurrency']})`
    },
    'archive-check': {
        type: 'string',
        value: '<how>',
        help: `full (decode every block) or manifest (stop at its own manifest; default ${DEFAULTS['archive-check']})`
    },
    'skip-unchanged': {
        type: 'boolean',
        help: "skip when this archive is already the pack's latest processed content"
    },
    'api-base-url': {
        type: 'string',
        value: '<url>',
        help: 'default https://api.appstoreconnect.apple.com; http only to loopback'
    },
    'submit-for-review': {
        type: 'string',
        value: '<mode>',
        help: 'true: submit to App Store review once processed; draft: add only (default false)'
    }
};
/** Flags every command has. */
const COMMON_FLAGS = {
    json: { type: 'boolean', help: 'print one JSON object on stdout (logs stay on stderr)' },
    verbose: { type: 'boolean', help: 'show debug lines' },
    help: { type: 'boolean', help: 'show this help' }
};
function pick(...names) {
    return Object.fromEntries(names.map(n => [n, INPUT_FLAGS[n]]));
}
/** Credentials from the environment, where no flag gives them. */
const ENV = [
    ['key-id', 'ASC_KEY_ID'],
    ['issuer-id', 'ASC_ISSUER_ID'],
    ['private-key', 'ASC_PRIVATE_KEY'],
    ['private-key', 'ASC_PRIVATE_KEY_B64'],
    ['private-key-path', 'ASC_PRIVATE_KEY_PATH']
];
/**
 * The flags and the environment as the action's raw inputs, so that one checker serves both.
 * A flag wins over the environment; a key given by flag ignores every key variable (so the two
 * never clash). ASC_PRIVATE_KEY_B64 is base64, which private-key accepts as it is.
 */
function rawInputs(values, env) {
    const raw = {};
    const fromEnv = {};
    for (const [name, spec] of Object.entries(INPUT_FLAGS)) {
        if (!(name in values))
            continue;
        raw[name] =
            spec.type === 'boolean'
                ? String(values[name] === true)
                : (lines(values, name) ?? args_text(values, name));
    }
    const keyByFlag = raw['private-key'] !== undefined || raw['private-key-path'] !== undefined;
    for (const [name, variable] of ENV) {
        const value = env[variable]?.trim();
        if (!value || raw[name] !== undefined)
            continue;
        if (keyByFlag && (name === 'private-key' || name === 'private-key-path'))
            continue;
        raw[name] = value;
        fromEnv[name] = variable;
    }
    return { raw, fromEnv };
}
/** A problem as the CLI names things: the flag (and the variable it came from). */
function formatCliProblem(problem, fromEnv = {}) {
    const source = fromEnv[problem.input];
    const flag = `--${problem.input}${source ? ` (${source})` : ''}`;
    const at = problem.jsonPath ? ` at ${problem.jsonPath}` : '';
    const file = problem.file
        ? ` [${problem.file}${problem.line ? `:${problem.line}${problem.column ? `:${problem.column}` : ''}` : ''}]`
        : '';
    return `${flag}${at}: ${problem.message}${file}`;
}

;// CONCATENATED MODULE: ./src/engine/multi/outputs.ts
const OUTPUT_NAMES = (/* unused pure expression or super */ null && ([
    'asset-pack-id',
    'version-id',
    'version',
    'state',
    'internal-beta-release-id',
    'manifest-upload-file-id',
    'asset-upload-file-id',
    'archive-sha256',
    'skipped',
    'locale',
    'review-submission-ids',
    'app-store-release-state'
]));
function outputsOf(record) {
    return {
        'asset-pack-id': record?.assetPackId ?? '',
        'version-id': record?.versionId ?? '',
        version: record?.version ?? '',
        state: record?.state ?? '',
        'internal-beta-release-id': record?.internalBetaReleaseId ?? '',
        'manifest-upload-file-id': record?.manifestUploadFileId ?? '',
        'asset-upload-file-id': record?.assetUploadFileId ?? '',
        'archive-sha256': record?.archiveSha256 ?? '',
        skipped: String(record?.skipped ?? false),
        locale: record?.locale ?? '',
        'review-submission-ids': record?.reviewSubmissionIds
            ? JSON.stringify(record.reviewSubmissionIds)
            : '',
        'app-store-release-state': record?.appStoreReleaseState ?? ''
    };
}
/** `strategy.matrix: ${{ fromJSON(…) }}` for one job per pack. */
function matrixOf(packs) {
    return {
        include: packs.map(p => ({
            'asset-pack-identifier': p.identifier,
            'manifest-path': p.manifestPath ?? '',
            'archive-path': p.archivePath ?? ''
        }))
    };
}
function packEntry(files, status, record, error) {
    return {
        ...matrixOf([files]).include[0],
        status,
        ...outputsOf(record),
        error: error ?? ''
    };
}

;// CONCATENATED MODULE: ./src/cli/render.ts

/** One JSON object on one line: `$(…)` and `>> $GITHUB_OUTPUT` take it as it is. */
function printJson(ctx, value) {
    ctx.stdout.write(`${JSON.stringify(value)}\n`);
}
/** A plain table: columns padded to their widest cell. */
function table(head, rows) {
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map(r => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return [line(head), ...rows.map(line)].join('\n') + '\n';
}
/** What a single-pack run did, for people: a title, then its outputs. */
function describeRecord(record, error) {
    const pack = record.assetPackIdentifier;
    const version = `version ${record.version ?? '?'}`;
    const title = error
        ? `✘ ${pack}: failed`
        : record.skipped
            ? `✔ ${pack}: unchanged, not published${record.skipReason ? ` (${record.skipReason})` : ''}`
            : record.dryRun
                ? `✔ ${pack}: ${record.manifestState ? 'manifest accepted by Apple' : 'local checks passed'} (dry run, nothing published)`
                : record.state === 'READY_FOR_TESTING'
                    ? `✔ ${pack}: ${version} is ready for testing`
                    : record.state === 'COMPLETE'
                        ? `✔ ${pack}: ${version} processed`
                        : `✔ ${pack}: ${version} uploaded (${record.state ?? 'state unknown'})`;
    const rows = Object.entries(outputsOf(record)).filter(([, value]) => value !== '');
    const width = Math.max(...rows.map(([name]) => name.length));
    const lines = [title, ...rows.map(([name, value]) => `  ${name.padEnd(width)}  ${value}`)];
    if (error)
        lines.push('', error);
    for (const note of record.notes)
        lines.push(`  ${note}`);
    return `${lines.join('\n')}\n`;
}
const RESULT = {
    published: 'published',
    'dry-run': 'manifest accepted',
    checked: 'local checks passed',
    skipped: 'unchanged',
    failed: 'FAILED'
};
/** What a multi-pack run did: a row per pack, then each failure. */
function describeResults(results) {
    const rows = results.map(r => [
        r.identifier,
        RESULT[r.status],
        r.record?.version ?? '',
        r.record?.state ?? '',
        r.status === 'checked' ? '' : `${(r.ms / 1000).toFixed(1)} s`
    ]);
    let out = table(['PACK', 'RESULT', 'VERSION', 'STATE', 'TIME'], rows);
    const failed = results.filter(r => r.status === 'failed');
    if (failed.length > 0) {
        out += `\n${failed.length} of ${results.length} packs failed: ${failed.map(r => r.identifier).join(', ')}\n`;
        for (const r of failed)
            out += `  ${r.identifier}: ${(r.error ?? '').split('\n').join('\n    ')}\n`;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/cli/archive.ts












const FLAGS = {
    ...pick('app-id', 'key-id', 'issuer-id', 'private-key', 'private-key-path'),
    'asset-pack-identifier': { type: 'string', value: '<id>', help: 'the pack (required)' },
    yes: {
        type: 'boolean',
        help: 'do not ask: needed where stdin is not a terminal (CI, a pipe)'
    },
    ...pick('api-base-url'),
    ...COMMON_FLAGS
};
const archiveCommand = {
    name: 'archive',
    summary: 'archive a pack: every version leaves TestFlight and the App Store, for good',
    description: 'Archives the asset pack. Every version leaves TestFlight and the App Store, and the\n' +
        'identifier can never be used again. Asks you to type the identifier to confirm; without a\n' +
        'terminal it refuses unless --yes is given. Apple may take over a minute to answer, or\n' +
        'answer 500 and archive anyway: after such a failure the pack is read back before reporting.',
    flags: FLAGS,
    examples: [
        `${BIN} archive --app-id 1234567890 --asset-pack-identifier Levels`,
        `${BIN} archive --app-id 1234567890 --asset-pack-identifier Levels --yes --json`
    ],
    run: (values, ctx) => archiveOrUnarchive(values, ctx, true)
};
const unarchiveCommand = {
    name: 'unarchive',
    summary: 'ask App Store Connect to unarchive a pack (its versions do not come back)',
    description: 'Sends archived: false for the asset pack, with the same confirmation as archive. The\n' +
        'versions that archiving removed do not come back, and App Store Connect may refuse: its\n' +
        'answer is shown as it is.',
    flags: FLAGS,
    examples: [`${BIN} unarchive --app-id 1234567890 --asset-pack-identifier Levels --yes`],
    run: (values, ctx) => archiveOrUnarchive(values, ctx, false)
};
async function archiveOrUnarchive(values, ctx, archive) {
    const logger = ctx.logger(values);
    const json = values.json === true;
    const yes = values.yes === true;
    const verb = archive ? 'archive' : 'unarchive';
    const { raw, fromEnv } = rawInputs(values, ctx.env);
    const problems = [];
    const checked = await checkApiInputs(raw, logger, { appIdRequired: true });
    if (!checked.ok)
        problems.push(...checked.problems);
    if (!raw['asset-pack-identifier']) {
        problems.push({ input: 'asset-pack-identifier', message: `is required: the pack to ${verb}` });
    }
    // Checked before any request: a run that cannot ask must not get as far as Apple.
    if (!yes && ctx.stdin.isTTY !== true) {
        problems.push({
            input: 'yes',
            message: `is required where stdin is not a terminal: ${verb} asks you to type the identifier to confirm`
        });
    }
    if (problems.length > 0 || !checked.ok) {
        for (const p of problems)
            logger.error(formatCliProblem(p, fromEnv));
        const error = `${problems.length} problem(s) in the flags; nothing was sent to App Store Connect.`;
        if (json)
            printJson(ctx, { error, problems });
        return EXIT.usage;
    }
    const { settings, credentials } = checked;
    const appId = settings.appId ?? '';
    const identifier = settings.assetPackIdentifier ?? '';
    const client = createClient(settings, credentials, logger);
    let pack;
    let outcome;
    try {
        pack = await findPack(client, appId, identifier, ctx.signal);
        const already = (pack.attributes?.archived === true) === archive;
        if (!yes && !already) {
            const answer = await askLine(ctx, confirmation(pack, appId, archive));
            if (answer?.trim() !== identifier) {
                const typed = answer === undefined ? 'nothing' : `'${answer.trim()}'`;
                const error = `Refused: you typed ${typed}, not '${identifier}'. Nothing was sent; the pack is unchanged.`;
                logger.error(error);
                if (json)
                    printJson(ctx, { ...packJson(pack), error });
                return EXIT.usage;
            }
        }
        outcome = await setArchived(client, pack, archive, {
            logger,
            env: realEnv,
            signal: ctx.signal
        });
    }
    catch (error) {
        const message = ctx.signal.aborted ? 'Cancelled.' : formatError(error);
        logger.error(message);
        if (json)
            printJson(ctx, { ...(pack ? packJson(pack) : {}), error: message });
        return ctx.signal.aborted ? EXIT.cancelled : EXIT.failed;
    }
    finally {
        await client.close();
    }
    const result = outcome.pack;
    if (json) {
        printJson(ctx, {
            ...packJson(result),
            changed: outcome.confirmedBy !== 'already',
            'confirmed-by': outcome.confirmedBy,
            ...(outcome.error ? { 'ambiguous-error': outcome.error } : {}),
            seconds: Math.round(outcome.ms / 100) / 10
        });
    }
    else {
        ctx.stdout.write(describeOutcome(identifier, outcome, archive));
    }
    return EXIT.ok;
}
function confirmation(pack, appId, archive) {
    const identifier = pack.attributes?.assetPackIdentifier ?? '';
    const used = pack.attributes?.usedBytes;
    const size = used !== undefined && used !== null ? `, ${formatDecimalBytes(used)} used` : '';
    const what = archive
        ? `This archives asset pack '${identifier}' (${pack.id}${size}) of app ${appId}.\n` +
            'Every version leaves TestFlight and the App Store, and the identifier can never be used again.\n'
        : `This asks App Store Connect to unarchive asset pack '${identifier}' (${pack.id}) of app ${appId}.\n` +
            'The versions that archiving removed do not come back.\n';
    return `${what}Type the identifier (${identifier}) to confirm: `;
}
function packJson(pack) {
    return {
        'asset-pack-identifier': pack.attributes?.assetPackIdentifier ?? '',
        'asset-pack-id': pack.id,
        archived: pack.attributes?.archived === true
    };
}
function describeOutcome(identifier, outcome, archive) {
    const state = archive ? 'archived' : 'not archived';
    const name = `${identifier} (${outcome.pack.id})`;
    if (outcome.confirmedBy === 'already')
        return `✔ ${name} is ${state} already; nothing was sent.\n`;
    const how = outcome.confirmedBy === 'read-back'
        ? `\n  Apple's answer was a failure (${outcome.error}), but reading the pack back shows it ${state}.`
        : '';
    const done = archive ? 'archived' : 'unarchived';
    return `✔ ${name} ${done} in ${(outcome.ms / 1000).toFixed(1)} s.${how}\n`;
}

;// CONCATENATED MODULE: ./src/engine/multi/limit.ts
/**
 * Runs `fn` over `items`, at most `limit` at once, in order of the items; resolves with the
 * results in the items' order. `fn` should not reject: a rejection stops taking new items and
 * rejects once the running ones have settled.
 */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failed;
    const worker = async () => {
        while (!failed && next < items.length) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                failed ??= { error };
            }
        }
    };
    const workers = Math.max(1, Math.min(limit, items.length));
    await Promise.all(Array.from({ length: workers }, worker));
    if (failed)
        throw failed.error;
    return results;
}

;// CONCATENATED MODULE: ./src/engine/manage/list.ts
/**
 * The app's packs for `list`: each with its newest versions (their three releases included in
 * the same request), and the app's totals against Apple's limits. Nothing here writes.
 */






/** The app's packs (or the one named), each with its newest `versions` versions. */
async function listPacks(client, appId, options) {
    const { signal } = options;
    const all = await listAppPacks(client, appId, signal);
    const packs = options.identifier
        ? [
            all.find(p => p.attributes?.assetPackIdentifier === options.identifier) ??
                (await findPack(client, appId, options.identifier, signal))
        ]
        : all;
    const described = await mapLimit(packs, 4, pack => packWithVersions(client, pack, options));
    return { packs: described, quota: appQuota(all.map(p => p.attributes ?? {})) };
}
async function packWithVersions(client, pack, options) {
    if (options.versions <= 0)
        return { ...describePack(pack), versions: [] };
    const { versions, included } = await client.listVersions(pack.id, {
        limit: options.versions,
        include: ['internalBetaRelease', 'externalBetaRelease', 'appStoreRelease'],
        signal: options.signal
    });
    const where = {
        method: 'GET',
        url: client.transport.resolve(`/v1/backgroundAssets/${encodeURIComponent(pack.id)}/versions`)
            .href
    };
    const described = [];
    for (const v of versions) {
        described.push(describeVersion(await withReleases(client, v, included, where, options.signal)));
    }
    return { ...describePack(pack), versions: described };
}

;// CONCATENATED MODULE: ./src/cli/list.ts










const listCommand = {
    name: 'list',
    summary: "the packs of an app, their newest versions, and the app's quota",
    description: "Lists the app's asset packs (or the one named): archived or not, usedBytes, and the newest\n" +
        'version (or --versions <n>) with its state, locale and releases. Then the totals against\n' +
        "Apple's per-app limits, 200 GB (200 × 10^9 bytes) and 100 packs, with a warning at 80 %.\n" +
        'One request for the packs, and one per pack for its versions.',
    flags: {
        ...pick('app-id', 'key-id', 'issuer-id', 'private-key', 'private-key-path'),
        'asset-pack-identifier': { type: 'string', value: '<id>', help: 'only this pack' },
        versions: {
            type: 'string',
            value: '<n>',
            help: 'versions shown per pack, 0-200 (default 1: the newest)'
        },
        ...pick('api-base-url'),
        ...COMMON_FLAGS
    },
    examples: [
        `${BIN} list --app-id 1234567890`,
        `${BIN} list --app-id 1234567890 --versions 0 --json`,
        `${BIN} list --app-id 1234567890 --asset-pack-identifier Levels --versions 5`
    ],
    run: list
};
async function list(values, ctx) {
    const logger = ctx.logger(values);
    const json = values.json === true;
    const { raw, fromEnv } = rawInputs(values, ctx.env);
    const versionsText = args_text(values, 'versions') ?? '1';
    const problems = [];
    const versions = Number(versionsText);
    if (!/^\d+$/.test(versionsText) || versions > 200) {
        problems.push({
            input: 'versions',
            message: `'${versionsText}' must be a whole number from 0 to 200`
        });
    }
    const checked = await checkApiInputs(raw, logger, { appIdRequired: true });
    if (!checked.ok)
        problems.push(...checked.problems);
    if (problems.length > 0 || !checked.ok) {
        for (const p of problems)
            logger.error(formatCliProblem(p, fromEnv));
        if (json)
            printJson(ctx, { error: `${problems.length} problem(s) in the flags`, problems });
        return EXIT.usage;
    }
    const { settings, credentials } = checked;
    const client = createClient(settings, credentials, logger);
    let listed;
    try {
        listed = await listPacks(client, settings.appId ?? '', {
            versions,
            identifier: settings.assetPackIdentifier,
            signal: ctx.signal
        });
    }
    catch (error) {
        const message = ctx.signal.aborted ? 'Cancelled.' : formatError(error);
        logger.error(message);
        if (json)
            printJson(ctx, { 'app-id': settings.appId, packs: [], error: message });
        return ctx.signal.aborted ? EXIT.cancelled : EXIT.failed;
    }
    finally {
        await client.close();
    }
    const warnings = quotaWarnings(listed.quota);
    for (const w of warnings)
        logger.warning(w);
    if (json)
        printJson(ctx, listJson(settings.appId ?? '', listed, warnings));
    else
        ctx.stdout.write(describeList(settings.appId ?? '', listed));
    return EXIT.ok;
}
function listJson(appId, { packs, quota }, warnings) {
    return {
        'app-id': appId,
        packs: packs.map(p => ({
            'asset-pack-identifier': p.assetPackIdentifier,
            'asset-pack-id': p.assetPackId,
            archived: p.archived,
            'used-bytes': p.usedBytes ?? null,
            versions: p.versions.map(versionJson)
        })),
        quota: quotaJson(quota),
        warnings
    };
}
/** A version in `list --json`, and the release states `status --json` shows too. */
function versionJson(v) {
    return {
        'version-id': v.versionId,
        version: v.version ?? '',
        state: v.state,
        'version-state': v.versionState,
        locale: v.locale ?? '',
        'internal-beta-release-id': v.internalBetaReleaseId ?? '',
        ...releaseJson(v),
        platforms: v.platforms,
        'created-date': v.createdDate ?? ''
    };
}
function releaseJson(v) {
    return {
        'internal-beta-release-state': v?.internalBetaReleaseState ?? '',
        'external-beta-release-id': v?.externalBetaReleaseId ?? '',
        'external-beta-release-state': v?.externalBetaReleaseState ?? '',
        'app-store-release-id': v?.appStoreReleaseId ?? '',
        'app-store-release-state': v?.appStoreReleaseState ?? ''
    };
}
function quotaJson(q) {
    return {
        'used-bytes': q.bytes.used,
        'limit-bytes': q.bytes.limit,
        'bytes-share': round(q.bytes.share),
        packs: q.packs.used,
        'packs-limit': q.packs.limit,
        'packs-share': round(q.packs.share),
        'archived-packs': q.archivedPacks,
        warning: q.bytes.warn || q.packs.warn
    };
}
function round(share) {
    return Math.round(share * 10_000) / 10_000;
}
function describeList(appId, { packs, quota }) {
    const totals = `\nApp ${appId}: ${describeBytes(quota.bytes)} · ${describePacks(quota.packs)}` +
        `${quota.archivedPacks ? `, ${quota.archivedPacks} archived` : ''}\n` +
        quotaWarnings(quota)
            .map(w => `⚠ ${w}\n`)
            .join('');
    if (packs.length === 0)
        return `App ${appId} has no asset packs.\n${totals}`;
    const versions = packs.flatMap(p => p.versions);
    const external = versions.some(v => v.externalBetaReleaseState);
    const appStore = versions.some(v => v.appStoreReleaseState);
    const head = [
        'PACK',
        'PACK ID',
        'USED',
        'VERSION',
        'STATE',
        'LOCALE',
        ...(external ? ['EXTERNAL BETA'] : []),
        ...(appStore ? ['APP STORE'] : []),
        'VERSION ID'
    ];
    const rows = packs.flatMap(p => {
        const first = [
            `${p.assetPackIdentifier}${p.archived ? ' (archived)' : ''}`,
            p.assetPackId,
            p.usedBytes === undefined ? '?' : formatDecimalBytes(p.usedBytes)
        ];
        const blank = first.map(() => '');
        if (p.versions.length === 0)
            return [[...first, '', 'no versions']];
        return p.versions.map((v, i) => [
            ...(i === 0 ? first : blank),
            v.version ?? '?',
            v.state,
            v.locale ?? '',
            ...(external ? [v.externalBetaReleaseState ?? ''] : []),
            ...(appStore ? [v.appStoreReleaseState ?? ''] : []),
            v.versionId
        ]);
    });
    return table(head, rows) + totals;
}

;// CONCATENATED MODULE: ./src/engine/multi/expand.ts


/** A line with one of these is a glob pattern (unless a file of that very name exists). */
const GLOB_CHARS = /[*?[\]{}]/;
/**
 * An input naming one file or several: one path or glob per line (blank lines ignored). A plain
 * path is kept as written, whether or not it exists, so the file checks report it in their own
 * words; a pattern gives the files it matches, relative to `cwd` when it is relative, and is a
 * problem when it matches none. Directories matched by a pattern are left out.
 */
async function expandPaths(text, input, cwd = process.cwd()) {
    const files = [];
    const problems = [];
    const add = (file) => {
        if (!files.includes(file))
            files.push(file);
    };
    for (const line of (text ?? '').split(/\r?\n/)) {
        const path = line.trim();
        if (path === '')
            continue;
        if (!GLOB_CHARS.test(path) || (await expand_isFile(path, cwd))) {
            add(path);
            continue;
        }
        const matches = [];
        for await (const match of (0,external_node_fs_promises_.glob)(path, { cwd })) {
            if (await expand_isFile(match, cwd))
                matches.push(match);
        }
        if (matches.length === 0) {
            problems.push({
                input,
                message: `'${path}' matches no file (patterns are relative to ${cwd}); ` +
                    'expected one path or glob pattern per line'
            });
        }
        matches.sort().forEach(add);
    }
    return { files, problems };
}
async function expand_isFile(path, cwd) {
    return (0,external_node_fs_promises_.stat)((0,external_node_path_.resolve)(cwd, path)).then(s => !s.isDirectory(), () => false);
}

;// CONCATENATED MODULE: ./src/engine/multi/pair.ts

/**
 * Pairs manifests with archives, in this order:
 * 1. by the archive's own manifest: an archive belongs to the manifest declaring the assetPackID
 *    its own copy declares;
 * 2. by name: `<assetPackID>.aar` belongs to the manifest declaring that assetPackID;
 * 3. by folder: an archive still unpaired belongs to the one manifest still unpaired in its
 *    folder, when each is the only one left there;
 * 4. alone: an archive still unpaired whose own manifest was read is a pack by itself.
 * Two manifests (or two lone archives) declaring one assetPackID, two archives of one name, an
 * archive left with no manifest at all, and (unless archives are optional, as in a dry run) a
 * manifest left without an archive are problems: the run cannot know what was meant.
 */
function pairFiles(manifests, archiveRefs, options) {
    const archives = archiveRefs.map(a => a.path);
    const ownId = new Map(archiveRefs.map(a => [a.path, a.identifier]));
    const problems = [];
    const byId = new Map();
    for (const m of manifests) {
        if (m.identifier !== undefined)
            byId.set(m.identifier, [...(byId.get(m.identifier) ?? []), m]);
    }
    for (const [id, same] of byId) {
        if (same.length < 2)
            continue;
        problems.push({
            input: 'manifest-path',
            message: `${pair_list(same.map(m => m.path))} ${same.length === 2 ? 'both' : 'all'} declare assetPackID '${id}'; ` +
                'each pack must be given once'
        });
    }
    const archiveOf = new Map();
    const used = new Set();
    const byStem = new Map();
    for (const a of archives)
        byStem.set(stem(a), [...(byStem.get(stem(a)) ?? []), a]);
    for (const m of manifests) {
        if (m.identifier === undefined || (byId.get(m.identifier)?.length ?? 0) > 1)
            continue;
        const own = archives.filter(a => !used.has(a) && ownId.get(a) === m.identifier);
        if (own.length === 1) {
            archiveOf.set(m, own[0]);
            used.add(own[0]);
        }
    }
    for (const m of manifests) {
        if (archiveOf.has(m))
            continue;
        const named = m.identifier === undefined ? [] : (byStem.get(m.identifier) ?? []);
        if (named.length > 1) {
            problems.push({
                input: 'archive-path',
                message: `${pair_list(named)} are ${named.length === 2 ? 'both' : 'all'} named after pack '${m.identifier}'; give one archive per pack`
            });
            named.forEach(a => used.add(a));
        }
        else if (named.length === 1 && !used.has(named[0])) {
            archiveOf.set(m, named[0]);
            used.add(named[0]);
        }
    }
    // By folder: the one unpaired manifest and the one unpaired archive of a folder.
    const left = (dir) => ({
        manifests: manifests.filter(m => !archiveOf.has(m) && (0,external_node_path_.dirname)(m.path) === dir),
        archives: archives.filter(a => !used.has(a) && (0,external_node_path_.dirname)(a) === dir)
    });
    for (const a of archives) {
        if (used.has(a))
            continue;
        const there = left((0,external_node_path_.dirname)(a));
        if (there.manifests.length === 1 && there.archives.length === 1) {
            archiveOf.set(there.manifests[0], a);
            used.add(a);
        }
    }
    const alone = [];
    for (const a of archives) {
        if (used.has(a))
            continue;
        const id = ownId.get(a);
        const claimed = id !== undefined && (byId.has(id) || alone.some(p => p.identifier === id));
        if (id !== undefined && !claimed) {
            alone.push({ identifier: id, archivePath: a });
            continue;
        }
        if (id !== undefined) {
            problems.push({
                input: 'archive-path',
                file: a,
                message: `'${a}' holds pack '${id}', which ${byId.has(id) ? 'a manifest given' : 'another archive'} ` +
                    'declares too; give each pack once'
            });
            continue;
        }
        problems.push({
            input: 'archive-path',
            file: a,
            message: `'${a}' belongs to no manifest, and its own manifest could not be read: name it after ` +
                'its pack (<assetPackID>.aar) or put it in the folder of its Manifest.json, alone'
        });
    }
    const packs = [];
    for (const m of manifests) {
        const archivePath = archiveOf.get(m);
        const identifier = m.identifier ?? m.path;
        if (!archivePath && options.archiveRequired) {
            problems.push({
                input: 'archive-path',
                message: `no archive for pack '${identifier}' (${m.path}): expected ` +
                    `${m.identifier ? `'${m.identifier}.aar', or ` : ''}one archive in the manifest's folder`
            });
        }
        packs.push({ identifier, manifestPath: m.path, archivePath });
    }
    return { packs: [...packs, ...alone], problems };
}
/** The file name without a final `.aar` (any case). */
function stem(path) {
    return (0,external_node_path_.basename)(path).replace(/\.aar$/i, '');
}
function pair_list(items) {
    const quoted = items.map(i => `'${i}'`);
    return quoted.length <= 2
        ? quoted.join(' and ')
        : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

;// CONCATENATED MODULE: ./src/engine/multi/check.ts











/** Archives hashed at once: each is read whole, so a few are enough to keep the disk busy. */
const DIGESTS_AT_ONCE = 4;
/**
 * Every offline check of a run. `manifest-path` and `archive-path` may each name several files
 * (one path or glob per line): one manifest and at most one archive is a single-pack run,
 * checked exactly as before; more is a multi-pack run, paired by `pairFiles`.
 */
async function checkRun(raw, register, signal) {
    // A key means requests follow the checks: undici (~60 ms to compile) loads while they wait on
    // the disk (the digest reads the whole archive), not after them.
    if (raw['private-key'] || raw['private-key-path'])
        undici().catch(() => undefined);
    const [manifests, archives] = await Promise.all([
        expandPaths(raw['manifest-path'], 'manifest-path'),
        expandPaths(raw['archive-path'], 'archive-path')
    ]);
    if (manifests.files.length <= 1 && archives.files.length <= 1) {
        return { kind: 'single', result: await checkOne(raw, manifests, archives, register, signal) };
    }
    return { kind: 'many', result: await checkMany(raw, manifests, archives, register, signal) };
}
async function checkOne(raw, manifests, archives, register, signal) {
    const one = (expanded, given) => expanded.files[0] ?? (expanded.problems.length > 0 ? '' : given);
    const result = await checkInputs({
        ...raw,
        'manifest-path': one(manifests, raw['manifest-path']),
        'archive-path': one(archives, raw['archive-path'])
    }, register, signal);
    const unmatched = [...manifests.problems, ...archives.problems];
    if (unmatched.length === 0)
        return result;
    // A pattern that matched nothing is reported as such, not again as a missing input.
    const emptied = new Set(unmatched.map(p => p.input));
    const rest = result.ok
        ? []
        : result.problems.filter(p => !(emptied.has(p.input) && p.message.startsWith('is required')));
    const settings = result.ok ? result.inputs.settings : result.settings;
    const advisories = result.ok ? result.inputs.advisories : result.advisories;
    return { ok: false, problems: [...unmatched, ...rest], advisories, settings };
}
async function checkMany(raw, manifests, archives, register, signal) {
    const secret = registerSecrets(raw, register);
    const { settings, problems } = parseSettings(raw);
    problems.push(...manifests.problems, ...archives.problems);
    if (settings.assetPackIdentifier) {
        problems.push({
            input: 'asset-pack-identifier',
            message: `'${settings.assetPackIdentifier}' names one pack, but ${manifests.files.length} ` +
                `manifests and ${archives.files.length} archives were given; leave it empty: each ` +
                "pack's identifier is its manifest's assetPackID"
        });
    }
    const [key, read, checked] = await Promise.all([
        settings.key ? readPrivateKey(settings.key, secret) : undefined,
        Promise.all(manifests.files.map(path => readManifest(path))),
        Promise.all(archives.files.map(path => checkArchive(path)))
    ]);
    problems.push(...(key?.problems ?? []));
    const manifestOf = new Map(manifests.files.map((path, i) => [path, read[i]]));
    const archiveOf = new Map(archives.files.map((path, i) => [path, checked[i]]));
    // Each sound archive is read whole once, now: its own manifest pairs it, and the read is its check.
    const contentsOf = new Map();
    await mapLimit(archives.files, DIGESTS_AT_ONCE, async (path) => {
        if (!archiveOf.get(path)?.archive)
            return;
        contentsOf.set(path, await readArchive(path, { mode: settings.archiveCheck, signal }));
    });
    const paired = pairFiles(manifests.files.map((path, i) => ({
        path,
        identifier: read[i].manifest?.assetPackID ?? declaredId(read[i].bytes)
    })), archives.files.map(path => {
        const contents = contentsOf.get(path);
        return { path, identifier: contents && declaredIdentifier(contents) };
    }), { archiveRequired: !settings.dryRun });
    problems.push(...paired.problems);
    const packs = paired.packs.map(files => {
        const manifest = files.manifestPath ? manifestOf.get(files.manifestPath) : undefined;
        const archive = files.archivePath ? archiveOf.get(files.archivePath) : undefined;
        const archiveRead = files.archivePath ? contentsOf.get(files.archivePath) : undefined;
        const given = manifest?.manifest && files.manifestPath
            ? { path: files.manifestPath, manifest: manifest.manifest }
            : undefined;
        // Judged against its manifest only where that manifest passed: else its problems say it all.
        const contents = archiveRead && (given || !files.manifestPath) ? judgeArchive(archiveRead, given) : undefined;
        return {
            ...files,
            problems: [
                ...(manifest?.problems ?? []),
                ...(archive?.problems ?? []),
                ...(contents?.problems ?? [])
            ],
            advisories: [...(manifest?.advisories ?? []), ...(contents?.advisories ?? [])],
            contents
        };
    });
    if (problems.length > 0) {
        // Every file's own problems, once each (a pack's include its files').
        const own = [...new Set([...packs, ...read, ...checked].flatMap(r => r.problems))];
        return { ok: false, problems: [...problems, ...own], settings, packs };
    }
    const credentials = key?.key && settings.keyId
        ? { keyId: settings.keyId, issuerId: settings.issuerId, privateKey: key.key }
        : undefined;
    for (const pack of packs) {
        if (pack.problems.length > 0)
            continue;
        const info = pack.archivePath ? archiveOf.get(pack.archivePath)?.archive : undefined;
        const given = pack.manifestPath ? manifestOf.get(pack.manifestPath) : undefined;
        const chosen = packManifest(pack.manifestPath, given, pack.archivePath, pack.contents);
        if (!chosen)
            continue;
        pack.inputs = {
            settings: {
                ...settings,
                manifestPath: pack.manifestPath,
                archivePath: pack.archivePath,
                assetPackIdentifier: undefined
            },
            manifest: chosen.manifest,
            manifestSource: chosen.from,
            manifestBytes: Buffer.from(chosen.strict, 'utf8'),
            advisories: pack.advisories,
            assetPackIdentifier: pack.identifier,
            archive: info && pack.contents ? checkedArchive(info, pack.contents) : undefined,
            credentials
        };
    }
    return { ok: true, settings, packs };
}

;// CONCATENATED MODULE: ./src/cli/plan.ts






const planCommand = {
    name: 'plan',
    summary: 'the packs found, as a JSON matrix for one job per pack',
    description: 'Finds the packs (manifests and archives: repeated flags or quoted globs), pairs them and\n' +
        'checks them offline, sending nothing. With --json it prints the matrix for GitHub Actions:\n' +
        '{"include":[{"asset-pack-identifier","manifest-path","archive-path"},…]}, for\n' +
        '`strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`. Exit 2 if any pack has problems.',
    flags: { ...pick('manifest-path', 'archive-path'), ...COMMON_FLAGS },
    examples: [
        `${BIN} plan --manifest-path 'AssetPacks/*/Manifest.json' --archive-path 'build/*.aar' --json`,
        `echo "matrix=$(${BIN} plan --manifest-path 'AssetPacks/*/Manifest.json' --archive-path 'build/*.aar' --json)" >> "$GITHUB_OUTPUT"`
    ],
    run: plan_plan
};
async function plan_plan(values, ctx) {
    const logger = ctx.logger(values);
    const { raw, fromEnv } = rawInputs(values, ctx.env);
    // Offline only: a dry run without a key checks locally and never asks for credentials.
    const checked = await checkRun({
        'manifest-path': raw['manifest-path'],
        'archive-path': raw['archive-path'],
        'dry-run': 'true'
    }, value => logger.secret(value), ctx.signal);
    const problems = [];
    let ready = [];
    if (checked.kind === 'single') {
        const result = checked.result;
        if (result.ok) {
            ready = [
                {
                    identifier: result.inputs.assetPackIdentifier,
                    manifestPath: result.inputs.settings.manifestPath ?? '',
                    archivePath: result.inputs.archive?.path
                }
            ];
        }
        else
            problems.push(...result.problems);
    }
    else if (!checked.result.ok) {
        problems.push(...checked.result.problems);
    }
    else {
        const { packs } = checked.result;
        // Archives given: every pack needs one (a dry run alone would let a manifest go without).
        const missing = raw['archive-path'] ? packs.filter(p => !p.archivePath) : [];
        ready = packs.filter(p => p.inputs && !missing.includes(p));
        for (const pack of packs)
            problems.push(...pack.problems);
        {
            for (const pack of missing) {
                problems.push({
                    input: 'archive-path',
                    message: `no archive for pack '${pack.identifier}' (${pack.manifestPath}): expected '${pack.identifier}.aar', or one archive in the manifest's folder`
                });
            }
        }
    }
    const matrix = matrixOf(ready);
    for (const p of problems)
        logger.error(formatCliProblem(p, fromEnv));
    if (values.json === true) {
        printJson(ctx, problems.length ? { ...matrix, error: `${problems.length} problem(s)`, problems } : matrix);
    }
    else {
        const rows = matrix.include.map(e => [
            e['asset-pack-identifier'],
            e['manifest-path'],
            e['archive-path']
        ]);
        ctx.stdout.write(table(['PACK', 'MANIFEST', 'ARCHIVE'], rows));
        ctx.stdout.write(`\n${ready.length} pack${ready.length === 1 ? '' : 's'}; --json prints the matrix.\n`);
    }
    return problems.length > 0 ? EXIT.usage : EXIT.ok;
}

;// CONCATENATED MODULE: ./src/engine/checks/problem.ts
/** Thrown when offline checks find problems; carries all of them at once. */
class InputProblems extends Error {
    problems;
    constructor(problems) {
        super(problems.map(formatProblem).join('\n'));
        this.problems = problems;
        this.name = 'InputProblems';
    }
}
function formatProblem(p) {
    const where = p.jsonPath ? ` at ${p.jsonPath}` : '';
    return `Input '${p.input}'${where}: ${p.message}`;
}

;// CONCATENATED MODULE: ./src/engine/multi/logger.ts
/**
 * One pack's logger while several run at once: every line starts with `[identifier]`, and a
 * group is a line of its own (groups cannot interleave: GitHub's log would nest them wrongly).
 */
function prefixedLogger(base, identifier) {
    const p = (message) => `[${identifier}] ${message}`;
    const titled = (annotation) => ({
        ...annotation,
        title: annotation?.title ?? identifier
    });
    return {
        debug: message => base.debug(p(message)),
        info: message => base.info(p(message)),
        notice: (message, annotation) => base.notice(p(message), titled(annotation)),
        warning: (message, annotation) => base.warning(p(message), titled(annotation)),
        error: (message, annotation) => base.error(p(message), titled(annotation)),
        group: (name, fn) => {
            base.info(p(`▸ ${name}`));
            return fn();
        },
        secret: value => base.secret(value)
    };
}

;// CONCATENATED MODULE: ./src/engine/multi/publish.ts








/**
 * Publishes (or dry-runs) the packs of a multi-pack run, `settings.packConcurrency` at a time,
 * over one client: one token signer and one X-Rate-Limit pacer, so the packs share the key's
 * hourly budget. A pack that fails does not stop the others; the results say how each ended.
 */
async function publishPacks(run, options) {
    const { settings } = run;
    const env = options.env ?? realEnv;
    const credentials = run.packs.find(p => p.inputs?.credentials)?.inputs?.credentials;
    const client = options.client ??
        (credentials && !settings.localOnlyReason
            ? createClient(settings, credentials, options.logger, env)
            : undefined);
    try {
        const results = await mapLimit(run.packs, settings.packConcurrency, async (pack) => {
            const result = await publishOne(pack, client, options, env);
            try {
                await options.onDone?.(result);
            }
            catch (error) {
                options.logger.warning(`[${pack.identifier}] ${formatError(error)}`);
            }
            return result;
        });
        if (client)
            await submitTogether(settings, client, results, options);
        return results;
    }
    finally {
        if (client && !options.client)
            await client.close();
    }
}
async function publishOne(pack, client, options, env) {
    const { inputs, problems } = pack;
    const files = {
        identifier: pack.identifier,
        manifestPath: pack.manifestPath,
        archivePath: pack.archivePath
    };
    const started = env.now();
    const ended = (result) => ({
        ...files,
        problems,
        ...result,
        ms: env.now() - started
    });
    const logger = prefixedLogger(options.logger, pack.identifier);
    // A pack refused by its own files: the face shows the problems where it shows the others.
    if (!inputs) {
        return ended({
            status: 'failed',
            failure: 'input',
            error: problems.map(formatProblem).join('\n')
        });
    }
    const record = startRecord(inputs);
    if (options.signal?.aborted) {
        return ended({
            status: 'failed',
            failure: 'cancelled',
            error: 'Cancelled before it started.',
            inputs,
            record
        });
    }
    if (inputs.settings.localOnlyReason || !client) {
        return ended({ status: 'checked', inputs, record });
    }
    try {
        await publishPack(inputs, record, {
            logger,
            signal: options.signal,
            env,
            client,
            deferReview: true,
            publishedHint: await options.hint?.(inputs),
            onProgress: options.onProgress
                ? (sent, total) => options.onProgress?.(pack.identifier, sent, total)
                : undefined
        });
        const status = record.skipped ? 'skipped' : record.dryRun ? 'dry-run' : 'published';
        logger.info(`Done: ${publish_describe(record)}.`);
        return ended({ status, inputs, record });
    }
    catch (error) {
        const cancelled = options.signal?.aborted === true;
        const message = cancelled ? 'Cancelled.' : formatError(error);
        if (!cancelled)
            logger.error(message);
        return ended({
            status: 'failed',
            failure: cancelled ? 'cancelled' : 'publish',
            error: message,
            inputs,
            record
        });
    }
}
/**
 * submit-for-review: the packs' versions go to App Store review together, one submission per
 * platform, once every pack is published. When a pack failed, none is submitted (a rerun
 * resumes the failed one and submits them all); when the submission fails, every pack it held
 * fails with its message.
 */
async function submitTogether(settings, client, results, options) {
    const setting = settings.submitForReview;
    if (setting === 'false' || settings.dryRun || !settings.appId)
        return;
    const ready = results.filter(r => r.record && (r.status === 'published' || r.status === 'skipped'));
    if (ready.length < results.length) {
        options.logger.warning('Not submitted for App Store review: not every pack was published. Run again: what was published is reused, and all go into one submission.');
        return;
    }
    try {
        await submitRecords(client, settings.appId, ready.map(r => r.record), setting, options.logger, options.signal);
    }
    catch (error) {
        const message = formatError(error);
        options.logger.error(message);
        for (const r of ready)
            Object.assign(r, { status: 'failed', failure: 'review', error: message });
    }
}
function publish_describe(record) {
    if (record.skipped)
        return 'unchanged, not published';
    if (record.dryRun)
        return 'manifest accepted by Apple (dry run)';
    return `version ${record.version ?? '?'} ${record.state ?? ''}`.trim();
}

;// CONCATENATED MODULE: ./src/cli/publish.ts












const publishCommand = {
    name: 'publish',
    summary: 'check, upload and wait until the version is ready for testing',
    description: 'Checks everything offline, then creates the version, lets Apple check the manifest, uploads\n' +
        'the archive and waits as --wait-for says. Several manifests (repeated flags or quoted globs)\n' +
        'are published --pack-concurrency at a time; one failing does not stop the others.',
    flags: { ...INPUT_FLAGS, ...COMMON_FLAGS },
    examples: [
        `${BIN} publish --app-id 1234567890 --manifest-path Manifest.json --archive-path Levels.aar`,
        `${BIN} publish --app-id 1234567890 --manifest-path 'AssetPacks/*/Manifest.json' --archive-path 'build/*.aar' --json`
    ],
    run: (values, ctx) => publishOrValidate(values, ctx, false)
};
const validateCommand = {
    name: 'validate',
    summary: "the dry run: local checks, then Apple's manifest check (no upload)",
    description: 'Checks the manifest and the archive offline and, with credentials, lets Apple check the\n' +
        'manifest. Never uploads the archive. Without a key only the local checks run.',
    flags: {
        ...pick('app-id', 'key-id', 'issuer-id', 'private-key', 'private-key-path', 'manifest-path', 'archive-path', 'asset-pack-identifier', 'archive-check', 'timeout-minutes', 'poll-interval-seconds', 'pack-concurrency', 'api-base-url'),
        ...COMMON_FLAGS
    },
    examples: [`${BIN} validate --manifest-path Manifest.json --archive-path Levels.aar`],
    run: (values, ctx) => publishOrValidate(values, ctx, true)
};
async function publishOrValidate(values, ctx, dryRun) {
    const logger = ctx.logger(values);
    const json = values.json === true;
    const inputs = rawInputs(values, ctx.env);
    if (dryRun)
        inputs.raw['dry-run'] = 'true';
    const checked = await logger.group('Check inputs', () => checkRun(inputs.raw, value => logger.secret(value), ctx.signal));
    return checked.kind === 'single'
        ? publish_single(checked.result, inputs, logger, ctx, json)
        : many(checked.result, inputs, logger, ctx, json);
}
async function publish_single(checked, cli, logger, ctx, json) {
    advise(checked.ok ? checked.inputs.advisories : checked.advisories, cli, logger);
    if (!checked.ok)
        return refuse(checked.problems, cli, logger, ctx, json, outputsOf(undefined));
    const { inputs } = checked;
    const { manifest, archive, settings } = inputs;
    logger.info(`Manifest ${inputs.manifestSource}: ${describeManifest(manifest)}.`);
    if (archive)
        logger.info(`Archive ${archive.path}: ${(archive.size / 1e6).toFixed(1)} MB, SHA-256 ${archive.sha256}; ${describeArchiveCheck(archive)}.`);
    const record = startRecord(inputs);
    let error;
    let code = EXIT.ok;
    if (settings.localOnlyReason) {
        logger.notice(`Apple's manifest check was skipped: ${settings.localOnlyReason}. Only the local checks ran.`);
    }
    else {
        try {
            await publishPack(inputs, record, {
                logger,
                signal: ctx.signal,
                onProgress: logger.tty
                    ? (sent, total) => logger.progress(inputs.assetPackIdentifier, sent, total)
                    : undefined
            });
        }
        catch (e) {
            code = ctx.signal.aborted ? EXIT.cancelled : EXIT.failed;
            error = ctx.signal.aborted ? describeCancel(record) : formatError(e);
            logger.error(error);
            if (e instanceof Error && e.stack)
                logger.debug(e.stack); // --verbose: mapped to src/
        }
    }
    logger.done();
    if (json)
        printJson(ctx, { ...outputsOf(record), ...failureJson(record), ...(error ? { error } : {}) });
    else
        ctx.stdout.write(describeRecord(record, error));
    return code;
}
async function many(checked, cli, logger, ctx, json) {
    if (!checked.ok) {
        for (const pack of checked.packs)
            advise(pack.advisories, cli, logger, pack.identifier);
        return refuse(checked.problems, cli, logger, ctx, json, { packs: [], failed: [] });
    }
    logger.info(`${checked.packs.length} packs:`);
    for (const pack of checked.packs) {
        logger.info(`  ${pack.identifier}: ${pack.manifestPath}${pack.archivePath ? ` + ${pack.archivePath}` : ''}`);
        advise(pack.advisories, cli, logger, pack.identifier);
        for (const problem of pack.problems)
            logger.error(`[${pack.identifier}] ${formatCliProblem(problem, cli.fromEnv)}`);
    }
    if (checked.settings.localOnlyReason) {
        logger.notice(`Apple's manifest check was skipped: ${checked.settings.localOnlyReason}. Only the local checks ran.`);
    }
    const results = await publishPacks(checked, {
        logger,
        signal: ctx.signal,
        onProgress: logger.tty ? (id, sent, total) => logger.progress(id, sent, total) : undefined
    });
    logger.done();
    const failed = results.filter(r => r.status === 'failed');
    if (json) {
        printJson(ctx, {
            packs: results.map(r => packEntry(r, r.status, r.record, r.error)),
            failed: failed.map(r => r.identifier)
        });
    }
    else {
        ctx.stdout.write(describeResults(results));
    }
    return exitOf(results);
}
/** A version that failed processing: every stateDetails entry and delivery error, verbatim. */
function failureJson(record) {
    if (!record.stateDetails)
        return {};
    return { 'state-details': record.stateDetails, 'delivery-errors': record.deliveryErrors ?? [] };
}
/** Cancelled wins; then a failure at App Store Connect (1); then a pack's bad files (2). */
function exitOf(results) {
    if (results.some(r => r.failure === 'cancelled'))
        return EXIT.cancelled;
    if (results.some(r => r.failure === 'publish'))
        return EXIT.failed;
    if (results.some(r => r.failure === 'input'))
        return EXIT.usage;
    return EXIT.ok;
}
/** Warnings and notices of the checks: shown, never fatal. */
function advise(advisories, cli, logger, pack) {
    for (const advisory of advisories) {
        const line = `${pack ? `[${pack}] ` : ''}${formatCliProblem(advisory, cli.fromEnv)}`;
        if (advisory.level === 'warning')
            logger.warning(line);
        else
            logger.notice(line);
    }
}
function refuse(problems, cli, logger, ctx, json, shape) {
    for (const problem of problems)
        logger.error(formatCliProblem(problem, cli.fromEnv));
    const error = `${problems.length} problem${problems.length === 1 ? '' : 's'} in the inputs; nothing was sent to App Store Connect.`;
    if (json)
        printJson(ctx, { ...shape, error, problems });
    else
        ctx.stdout.write(`✘ ${error}\n`);
    return EXIT.usage;
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
;// CONCATENATED MODULE: ./src/cli/simulate.ts




/**
 * `simulate`: the App Store Connect simulator, in this process. Its flags are the simulator's own
 * (src/simulator/cli.ts), passed through; it prints one JSON line and serves until SIGINT/SIGTERM.
 * Loaded only when asked for: the simulator brings Apple's spec and a JSON-schema validator.
 */
const SIMULATE_SUMMARY = 'start the App Store Connect simulator, until Ctrl-C';
async function simulateHelp() {
    const { USAGE } = await Promise.all(/* import() */[__webpack_require__.e(994), __webpack_require__.e(182), __webpack_require__.e(31)]).then(__webpack_require__.bind(__webpack_require__, 31));
    const flags = USAGE.split('\n').slice(1).join('\n').trim();
    return (`Usage: ${BIN} simulate [flags]\n\n` +
        "Starts a local App Store Connect (background assets only, from Apple's OpenAPI spec) on\n" +
        '127.0.0.1, prints one JSON line {"url","appId","keyId","issuerId","privateKeyPath",…}, and\n' +
        'serves until SIGINT/SIGTERM, then exits 0. Point publish at it with --api-base-url, and\n' +
        'give it the key with --private-key-path.\n\n' +
        `Flags:\n  ${flags}\n\n` +
        `Example:\n  ${BIN} simulate --processing-delay-ms 3000\n`);
}
/** Runs the simulator until the CLI's signal aborts (SIGINT/SIGTERM); then stops it cleanly. */
async function simulate(argv, ctx) {
    const { optionsFromArgs, runCli } = await Promise.all(/* import() */[__webpack_require__.e(994), __webpack_require__.e(182), __webpack_require__.e(31)]).then(__webpack_require__.bind(__webpack_require__, 31));
    try {
        await optionsFromArgs(argv);
    }
    catch (error) {
        throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const running = await runCli(argv, {
        write: text => ctx.stdout.write(text),
        writeError: text => ctx.stderr.write(text),
        exit: () => undefined,
        // The CLI owns the signals: they abort ctx.signal, which stops the simulator below.
        signals: new external_node_events_.EventEmitter()
    });
    if (!running)
        return EXIT.ok;
    await new Promise(resolve => {
        if (ctx.signal.aborted)
            resolve();
        else
            ctx.signal.addEventListener('abort', () => resolve(), { once: true });
    });
    await running.stop();
    return EXIT.ok;
}

;// CONCATENATED MODULE: ./src/cli/status.ts













const statusCommand = {
    name: 'status',
    summary: "a pack's or version's current state, and waiting for it",
    description: "Shows the state of a pack's newest version (or --version <n>, or --version-id): its internal\n" +
        "beta, external beta and App Store release states, Apple's stateDetails messages verbatim,\n" +
        "and each upload file's delivery state and errors. With --wait-for, polls until the version is\n" +
        'processed or ready for testing, as publish waits: exit 1 if it fails or the wait times out.',
    flags: {
        ...pick('app-id', 'key-id', 'issuer-id', 'private-key', 'private-key-path'),
        'asset-pack-identifier': { type: 'string', value: '<id>', help: 'the pack' },
        'manifest-path': {
            type: 'string',
            value: '<path>',
            help: "or the pack of this manifest's assetPackID"
        },
        version: { type: 'string', value: '<n>', help: 'the version number (default: the newest)' },
        'version-id': {
            type: 'string',
            value: '<id>',
            help: 'a version by its id (no app or pack needed)'
        },
        'wait-for': {
            type: 'string',
            value: '<what>',
            help: 'processed or ready-for-testing: wait until then'
        },
        ...pick('timeout-minutes', 'poll-interval-seconds', 'api-base-url'),
        ...COMMON_FLAGS
    },
    examples: [
        `${BIN} status --app-id 1234567890 --asset-pack-identifier Levels`,
        `${BIN} status --version-id 8f0c… --wait-for ready-for-testing --json`
    ],
    run: status_status
};
async function status_status(values, ctx) {
    const logger = ctx.logger(values);
    const json = values.json === true;
    const { raw, fromEnv } = rawInputs(values, ctx.env);
    const versionId = args_text(values, 'version-id');
    const version = args_text(values, 'version');
    const waitFor = args_text(values, 'wait-for');
    const problems = [];
    if (version !== undefined && !/^\d+$/.test(version)) {
        problems.push({ input: 'version', message: `'${version}' must be a version number: digits` });
    }
    if (waitFor !== undefined && waitFor !== 'processed' && waitFor !== 'ready-for-testing') {
        problems.push({
            input: 'wait-for',
            message: `'${waitFor}' must be processed or ready-for-testing`
        });
    }
    const checked = await checkApiInputs(raw, logger, { appIdRequired: !versionId });
    if (!checked.ok)
        problems.push(...checked.problems);
    let identifier = raw['asset-pack-identifier'];
    const manifestPath = args_text(values, 'manifest-path');
    if (!versionId && !identifier && manifestPath) {
        const read = await readManifest(manifestPath);
        problems.push(...read.problems);
        identifier = read.manifest?.assetPackID;
    }
    else if (!versionId && !identifier) {
        problems.push({
            input: 'asset-pack-identifier',
            message: 'is required: the pack to show (or give --manifest-path, or --version-id)'
        });
    }
    if (problems.length > 0 || !checked.ok) {
        for (const p of problems)
            logger.error(formatCliProblem(p, fromEnv));
        if (json)
            printJson(ctx, { error: `${problems.length} problem(s) in the flags`, problems });
        return EXIT.usage;
    }
    const { settings, credentials } = checked;
    const client = createClient(settings, credentials, logger);
    let pack;
    let seen;
    try {
        if (versionId) {
            seen = await versionStatus(client, versionId, ctx.signal);
        }
        else {
            const found = await packStatus(client, settings.appId ?? '', identifier ?? '', {
                version,
                signal: ctx.signal
            });
            pack = found.pack;
            seen = found.version;
        }
        if (waitFor && !seen) {
            throw new NotFoundError(`Asset pack '${identifier}' has no version yet to wait for.`);
        }
        if (waitFor && seen) {
            seen = await waitForStatus(client, seen.versionId, waitFor, {
                logger,
                env: realEnv,
                timeoutMinutes: settings.timeoutMinutes,
                pollIntervalSeconds: settings.pollIntervalSeconds,
                signal: ctx.signal
            });
        }
    }
    catch (error) {
        const message = ctx.signal.aborted ? 'Cancelled.' : formatError(error);
        logger.error(message);
        if (json)
            printJson(ctx, { ...statusJson(pack, seen, identifier), error: message });
        return ctx.signal.aborted ? EXIT.cancelled : EXIT.failed;
    }
    finally {
        await client.close();
    }
    if (json)
        printJson(ctx, statusJson(pack, seen, identifier));
    else
        ctx.stdout.write(describeStatus(pack, seen, identifier));
    return EXIT.ok;
}
/** The JSON of status: the output names where they apply, and the version's details. */
function statusJson(pack, v, identifier) {
    return {
        'asset-pack-identifier': pack?.assetPackIdentifier ?? identifier ?? '',
        'asset-pack-id': pack?.assetPackId ?? '',
        archived: pack?.archived ?? null,
        'used-bytes': pack?.usedBytes ?? null,
        'version-id': v?.versionId ?? '',
        version: v?.version ?? '',
        state: v?.state ?? '',
        'version-state': v?.versionState ?? '',
        locale: v?.locale ?? '',
        'internal-beta-release-id': v?.internalBetaReleaseId ?? '',
        ...releaseJson(v),
        platforms: v?.platforms ?? [],
        errors: v?.errors ?? [],
        warnings: v?.warnings ?? [],
        infos: v?.infos ?? [],
        'upload-files': (v?.uploadFiles ?? []).map(f => ({
            'upload-file-id': f.uploadFileId,
            'asset-type': f.assetType,
            'file-name': f.fileName,
            'file-size': f.fileSize ?? null,
            state: f.state,
            errors: f.errors,
            warnings: f.warnings
        }))
    };
}
function describeStatus(pack, v, identifier) {
    const name = pack
        ? `${pack.assetPackIdentifier} (${pack.assetPackId}${pack.archived ? ', archived' : ''})`
        : (identifier ?? 'Version');
    const used = pack?.usedBytes !== undefined ? [`  used        ${formatDecimalBytes(pack.usedBytes)}`] : [];
    if (!v)
        return [`${name}: no versions yet`, ...used, ''].join('\n');
    const lines = [
        `${name}: version ${v.version ?? '?'} ${v.state}${v.state !== v.versionState ? ` (version ${v.versionState})` : ''}`,
        `  version-id  ${v.versionId}`,
        ...used
    ];
    if (v.locale)
        lines.push(`  locale      ${v.locale}`);
    if (v.platforms.length)
        lines.push(`  platforms   ${v.platforms.join(', ')}`);
    const releases = [
        ['internal beta', v.internalBetaReleaseState, v.internalBetaReleaseId],
        ['external beta', v.externalBetaReleaseState, v.externalBetaReleaseId],
        ['App Store', v.appStoreReleaseState, v.appStoreReleaseId]
    ];
    for (const [label, state, id] of releases) {
        lines.push(`  ${label.padEnd(13)} ${state ? `${state} (${id})` : 'none'}`);
    }
    for (const e of v.errors)
        lines.push(`  error: ${e}`);
    for (const w of v.warnings)
        lines.push(`  warning: ${w}`);
    for (const i of v.infos)
        lines.push(`  info: ${i}`);
    for (const f of v.uploadFiles ?? []) {
        const size = f.fileSize !== undefined ? `, ${formatDecimalBytes(f.fileSize)}` : '';
        lines.push(`  ${f.assetType} ${f.fileName} (${f.uploadFileId}${size}): ${f.state}`);
        for (const e of f.errors)
            lines.push(`    error: ${e}`);
        for (const w of f.warnings)
            lines.push(`    warning: ${w}`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/engine/review/choose.ts


/**
 * Which versions `submit` sends: for each named pack (or, with `all`, each pack that is not
 * archived) the one numbered `version`, or the newest COMPLETE one.
 */
async function chooseVersions(client, appId, options) {
    const { signal } = options;
    const packs = options.all
        ? (await listPacks(client, appId, { versions: 0, signal })).packs
            .filter(p => !p.archived)
            .map(p => ({ id: p.assetPackId, identifier: p.assetPackIdentifier, archived: false }))
        : await Promise.all(options.identifiers.map(async (identifier) => {
            const pack = await findPack(client, appId, identifier, signal);
            return { id: pack.id, identifier, archived: pack.attributes?.archived === true };
        }));
    const chosen = [];
    const missing = [];
    for (const pack of packs) {
        if (pack.archived) {
            missing.push(`'${pack.identifier}' is archived: its versions are gone from App Store Connect.`);
            continue;
        }
        const { versions } = await client.listVersions(pack.id, {
            ...(options.version ? { version: options.version } : { state: 'COMPLETE' }),
            limit: 1,
            signal
        });
        const v = versions[0];
        if (v)
            chosen.push({ identifier: pack.identifier, versionId: v.id });
        else if (options.version)
            missing.push(`'${pack.identifier}' has no version ${options.version}.`);
        else if (!options.all)
            missing.push(`'${pack.identifier}' has no processed (COMPLETE) version.`);
    }
    if (missing.length > 0)
        throw new NotFoundError(missing.join(' '));
    if (chosen.length === 0) {
        throw new NotFoundError(`App ${appId} has no pack with a processed (COMPLETE) version.`);
    }
    return chosen;
}

;// CONCATENATED MODULE: ./src/cli/submit.ts














const submitCommand = {
    name: 'submit',
    summary: 'send processed versions to App Store review',
    description: "Adds processed (COMPLETE) versions to the app's App Store review submission for each of\n" +
        'their platforms (the open one is reused; one is created where there is none) and submits it,\n' +
        'or with --draft leaves it open for a person in App Store Connect. Up to 10 packs go into one\n' +
        'submission; a version already in it is not added again, so a rerun is safe. External\n' +
        'TestFlight review has no public API: it is done in App Store Connect only.',
    flags: {
        ...pick('app-id', 'key-id', 'issuer-id', 'private-key', 'private-key-path'),
        'asset-pack-identifier': {
            type: 'string',
            multiple: true,
            value: '<id>',
            help: 'a pack to submit; repeat it for several'
        },
        all: { type: 'boolean', help: 'every pack that is not archived (its newest COMPLETE version)' },
        version: {
            type: 'string',
            value: '<n>',
            help: "the version number (one pack only; default: the pack's newest COMPLETE version)"
        },
        platform: {
            type: 'string',
            multiple: true,
            value: '<p>',
            help: `only this platform (${PLATFORMS.join(', ')}); default: each version's own`
        },
        draft: { type: 'boolean', help: "add to the submission, don't submit it" },
        'dry-run': { type: 'boolean', help: 'print what would be added; send nothing' },
        ...pick('api-base-url'),
        ...COMMON_FLAGS
    },
    examples: [
        `${BIN} submit --app-id 1234567890 --asset-pack-identifier Levels`,
        `${BIN} submit --app-id 1234567890 --all --draft --dry-run`,
        `${BIN} submit --app-id 1234567890 --asset-pack-identifier Levels --version 3 --platform IOS --json`
    ],
    run: submit_submit
};
function readFlags(values, problems) {
    const list = (name) => {
        const v = values[name];
        return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
    };
    const identifiers = list('asset-pack-identifier');
    const all = values.all === true;
    const version = args_text(values, 'version');
    const platforms = list('platform').map(p => p.toUpperCase());
    for (const id of identifiers.filter(i => !PACK_IDENTIFIER.test(i))) {
        problems.push({
            input: 'asset-pack-identifier',
            message: `'${id}' must contain only letters, digits and hyphens`
        });
    }
    if (all === identifiers.length > 0) {
        problems.push({
            input: 'asset-pack-identifier',
            message: all
                ? 'is given with --all: name packs, or take them all, not both'
                : 'is required: the pack to submit (repeat it for several), or give --all'
        });
    }
    if (version !== undefined && (!/^\d+$/.test(version) || identifiers.length !== 1)) {
        problems.push({
            input: 'version',
            message: `'${version}' must be a version number (digits) of exactly one --asset-pack-identifier`
        });
    }
    for (const p of platforms.filter(x => !PLATFORMS.includes(x))) {
        problems.push({ input: 'platform', message: `'${p}' must be one of ${PLATFORMS.join(', ')}` });
    }
    return {
        identifiers,
        all,
        version,
        platforms: platforms.length ? [...new Set(platforms)] : undefined
    };
}
async function submit_submit(values, ctx) {
    const logger = ctx.logger(values);
    const json = values.json === true;
    const dryRun = values['dry-run'] === true;
    const mode = values.draft === true ? 'draft' : 'submit';
    const { raw, fromEnv } = rawInputs(values, ctx.env);
    delete raw['asset-pack-identifier']; // several: checked here, not by the single-pack rule
    const problems = [];
    const flags = readFlags(values, problems);
    const checked = await checkApiInputs(raw, logger, { appIdRequired: true });
    if (!checked.ok)
        problems.push(...checked.problems);
    if (problems.length > 0 || !checked.ok) {
        for (const p of problems)
            logger.error(formatCliProblem(p, fromEnv));
        if (json)
            printJson(ctx, { error: `${problems.length} problem(s) in the flags`, problems });
        return EXIT.usage;
    }
    const appId = checked.settings.appId ?? '';
    const client = createClient(checked.settings, checked.credentials, logger);
    try {
        const versions = await chooseVersions(client, appId, {
            ...flags,
            signal: ctx.signal
        });
        if (dryRun) {
            const plans = await planReview(new ReviewSubmissions(client), appId, versions, {
                platforms: flags.platforms,
                signal: ctx.signal
            });
            if (json)
                printJson(ctx, { 'dry-run': true, mode, ...planJson(plans) });
            else
                ctx.stdout.write(describePlans(plans, mode));
            return EXIT.ok;
        }
        const outcome = await submitForReview(client, {
            appId,
            versions,
            mode,
            platforms: flags.platforms,
            logger,
            signal: ctx.signal
        });
        if (json)
            printJson(ctx, outcomeJson(outcome));
        else
            ctx.stdout.write(submit_describeOutcome(outcome, mode));
        return EXIT.ok;
    }
    catch (error) {
        const message = ctx.signal.aborted ? 'Cancelled.' : formatError(error);
        logger.error(message);
        if (json)
            printJson(ctx, { error: message });
        return ctx.signal.aborted ? EXIT.cancelled : EXIT.failed;
    }
    finally {
        await client.close();
    }
}
/** The JSON of a run: the action's output names, and what each platform's submission got. */
function outcomeJson(outcome) {
    const ids = Object.fromEntries(Object.entries(outcome.submissions).map(([p, s]) => [p, s?.submissionId]));
    return {
        'review-submission-ids': ids,
        'app-store-release-state': outcome.versions.length === 1 ? (outcome.versions[0]?.appStoreReleaseState ?? '') : '',
        submissions: outcome.submissions,
        packs: outcome.versions.map(v => ({
            'asset-pack-identifier': v.identifier,
            'version-id': v.versionId,
            'app-store-release-state': v.appStoreReleaseState ?? ''
        }))
    };
}
function submit_describeOutcome(outcome, mode) {
    const lines = [];
    for (const [platform, s] of Object.entries(outcome.submissions)) {
        if (!s)
            continue;
        const added = s.added.length ? `added ${s.added.join(', ')}` : 'nothing added';
        lines.push(`✔ ${platform}: review submission ${s.submissionId} ${s.state}${s.created ? ' (created)' : ''}; ${added}`);
    }
    for (const v of outcome.versions) {
        lines.push(`  ${v.identifier}: App Store release ${v.appStoreReleaseState ?? 'none yet'}`);
    }
    if (mode === 'draft')
        lines.push('Left open: submit it in App Store Connect.');
    return `${lines.join('\n')}\n`;
}
function planJson(plans) {
    return {
        platforms: Object.fromEntries(plans.map(p => [
            p.platform,
            {
                'review-submission-id': p.draft?.id ?? '',
                add: p.toAdd.map(v => v.identifier),
                'already-in': [...p.inDraft, ...p.submitted.map(s => s.version)].map(v => v.identifier),
                reviewed: p.reviewed.map(v => v.identifier)
            }
        ]))
    };
}
function describePlans(plans, mode) {
    const lines = ['Dry run: nothing was sent.'];
    for (const p of plans) {
        const where = p.draft ? `the open review submission ${p.draft.id}` : 'a new review submission';
        const add = p.toAdd.map(v => `${v.identifier} (version ${v.version ?? '?'})`);
        lines.push(`${p.platform}: ${add.length ? `would add ${add.join(', ')} to ${where}` : 'nothing to add'}` +
            (mode === 'submit' && (add.length || p.inDraft.length) ? ', then submit it' : ''));
        for (const v of p.inDraft)
            lines.push(`  ${v.identifier}: in ${where} already`);
        for (const s of p.submitted) {
            lines.push(`  ${s.version.identifier}: in review submission ${s.submission.id} (${s.submission.attributes.state})`);
        }
        for (const v of p.reviewed) {
            lines.push(`  ${v.identifier}: reviewed already (${v.appStoreReleaseState})`);
        }
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/terminal.ts
const BAR_WIDTH = 24;
const REDRAW_MS = 100;
/**
 * The engine's Logger on a terminal: one line per message (groups become headings), secrets
 * masked, and on a TTY a live progress bar per archive being uploaded, redrawn under the log.
 * Off a terminal (CI, a pipe) it writes plain lines and leaves progress to the engine's lines.
 */
class TerminalLogger {
    options;
    tty;
    secrets = new Set();
    bars = new Map();
    drawnLines = 0;
    lastDraw = -Infinity;
    now;
    constructor(options) {
        this.options = options;
        this.tty = options.tty ?? (options.stream.isTTY === true && !process.env.NO_COLOR);
        this.now = options.now ?? Date.now;
    }
    debug(message) {
        if (this.options.verbose)
            this.line(this.paint('2', `debug: ${message}`));
    }
    info(message) {
        this.line(message);
    }
    notice(message, annotation) {
        this.line(`${this.paint('36', 'notice')}: ${where(annotation)}${message}`);
    }
    warning(message, annotation) {
        this.line(`${this.paint('33', 'warning')}: ${where(annotation)}${message}`);
    }
    error(message, annotation) {
        this.line(`${this.paint('31', 'error')}: ${where(annotation)}${message}`);
    }
    async group(name, fn) {
        this.line(this.paint('1', `▸ ${name}`));
        return fn();
    }
    secret(value) {
        if (value.length < 4)
            return;
        this.secrets.add(value);
        // A PEM printed line by line must be masked line by line too.
        for (const line of value.split(/\r?\n/))
            if (line.trim().length >= 8)
                this.secrets.add(line.trim());
    }
    /** An archive's upload progress (TTY only: elsewhere the engine prints progress lines). */
    progress(label, sent, total) {
        const bar = this.bars.get(label) ?? { sent: 0, total, started: this.now() };
        bar.sent = sent;
        bar.total = total;
        this.bars.set(label, bar);
        if (sent >= total) {
            this.bars.delete(label);
            const seconds = (this.now() - bar.started) / 1000;
            const rate = seconds > 0 ? total / 1e6 / seconds : 0;
            this.line(`${label}: sent ${mb(total)} MB in ${seconds.toFixed(1)} s (${rate.toFixed(1)} MB/s)`);
            return;
        }
        if (this.now() - this.lastDraw < REDRAW_MS)
            return;
        this.clear();
        this.draw();
    }
    /** Removes the bars (before the final report). */
    done() {
        this.clear();
        this.bars.clear();
    }
    /** Masks every registered secret. */
    mask(text) {
        let out = text;
        for (const secret of this.secrets)
            out = out.split(secret).join('***');
        return out;
    }
    line(text) {
        this.clear();
        this.options.stream.write(`${this.mask(text)}\n`);
        this.draw();
    }
    paint(code, text) {
        return this.tty ? `\x1b[${code}m${text}\x1b[0m` : text;
    }
    clear() {
        if (this.drawnLines === 0)
            return;
        this.options.stream.write('\r\x1b[2K' + '\x1b[1A\x1b[2K'.repeat(this.drawnLines - 1));
        this.drawnLines = 0;
    }
    draw() {
        if (!this.tty || this.bars.size === 0)
            return;
        const width = Math.max(20, (this.options.stream.columns || 80) - 1);
        const now = this.now();
        const lines = [...this.bars].map(([label, bar]) => renderBar(label, bar, now - bar.started).slice(0, width));
        this.options.stream.write(lines.join('\n'));
        this.drawnLines = lines.length;
        this.lastDraw = now;
    }
}
/** `Levels [██████░░░░] 45%  1.2 of 2.7 MB  3.1 MB/s` */
function renderBar(label, bar, elapsedMs) {
    const share = bar.total > 0 ? Math.min(1, Math.max(0, bar.sent / bar.total)) : 1;
    const filled = Math.round(share * BAR_WIDTH);
    const rate = elapsedMs > 0 ? bar.sent / 1e6 / (elapsedMs / 1000) : 0;
    return (`${label} [${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ` +
        `${String(Math.floor(share * 100)).padStart(3)}%  ${mb(bar.sent)} of ${mb(bar.total)} MB  ` +
        `${rate.toFixed(1)} MB/s`);
}
function mb(bytes) {
    return (bytes / 1e6).toFixed(1);
}
function where(annotation) {
    if (!annotation?.file)
        return '';
    const at = annotation.line
        ? `:${annotation.line}${annotation.column ? `:${annotation.column}` : ''}`
        : '';
    return `${annotation.file}${at}: `;
}

;// CONCATENATED MODULE: ./src/cli/cli.ts













const COMMANDS = [
    publishCommand,
    validateCommand,
    statusCommand,
    listCommand,
    planCommand,
    submitCommand,
    archiveCommand,
    unarchiveCommand
];
function cli_usage() {
    const names = [...COMMANDS.map(c => [c.name, c.summary]), ['simulate', SIMULATE_SUMMARY]];
    const width = Math.max(...names.map(([name]) => name.length));
    return (`Usage: ${BIN} <command> [flags]\n\n` +
        'Publish Apple-hosted background asset packs to App Store Connect.\n\n' +
        `Commands:\n${names.map(([n, s]) => `  ${n.padEnd(width)}  ${s}`).join('\n')}\n\n` +
        'Credentials: --key-id, --issuer-id, --private-key or --private-key-path, or the variables\n' +
        'ASC_KEY_ID, ASC_ISSUER_ID and ASC_PRIVATE_KEY / ASC_PRIVATE_KEY_PATH / ASC_PRIVATE_KEY_B64.\n' +
        'Logs go to stderr; results to stdout (--json: one JSON object).\n\n' +
        `Run '${BIN} <command> --help' for a command's flags.\n\n` +
        `${EXIT_CODES_HELP}\n`);
}
/**
 * Runs one command line and resolves with the exit code. SIGINT/SIGTERM abort the run (nothing
 * more is committed; exit 130); a second one exits at once.
 */
async function cli(argv, io = {}) {
    const controller = new AbortController();
    let signals = 0;
    const onSignal = (signal) => {
        if (++signals > 1)
            process.exit(EXIT.cancelled);
        controller.abort(new Error(`cancelled by ${signal}`));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const ctx = {
        stdout: io.stdout ?? process.stdout,
        stderr: io.stderr ?? process.stderr,
        stdin: io.stdin ?? process.stdin,
        env: io.env ?? process.env,
        signal: io.signal ?? controller.signal,
        logger: values => new TerminalLogger({ stream: ctx.stderr, verbose: values.verbose === true })
    };
    try {
        return await dispatch(argv, ctx);
    }
    catch (error) {
        if (error instanceof UsageError) {
            ctx.stderr.write(`error: ${error.message}\nRun '${BIN} ${argv[0] ?? ''} --help' for usage.\n`);
            return EXIT.usage;
        }
        if (ctx.signal.aborted)
            return EXIT.cancelled;
        ctx.stderr.write(`error: ${formatError(error)}\n`);
        if (argv.includes('--verbose') && error instanceof Error && error.stack) {
            ctx.stderr.write(`${error.stack}\n`);
        }
        return EXIT.failed;
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
async function dispatch(argv, ctx) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        const about = name === 'help' && rest[0] ? rest[0] : undefined;
        if (about)
            return dispatch([about, '--help'], ctx);
        ctx.stdout.write(cli_usage());
        return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === '--version' || name === '-v') {
        ctx.stdout.write(`${BIN} ${package_namespaceObject.rE}\n`);
        return EXIT.ok;
    }
    if (name === 'simulate') {
        if (rest.includes('--help') || rest.includes('-h')) {
            ctx.stdout.write(await simulateHelp());
            return EXIT.ok;
        }
        return simulate(rest, ctx);
    }
    const command = COMMANDS.find(c => c.name === name);
    if (!command) {
        throw new UsageError(`unknown command '${name}'; expected one of ${[...COMMANDS.map(c => c.name), 'simulate'].join(', ')}`);
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        ctx.stdout.write(commandHelp(command));
        return EXIT.ok;
    }
    const values = parseFlags(rest, command.flags);
    const code = await command.run(values, ctx);
    return ctx.signal.aborted && code !== EXIT.ok ? EXIT.cancelled : code;
}


/***/ })

};

//# sourceMappingURL=531.index.js.map