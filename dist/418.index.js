export const id = 418;
export const ids = [418];
export const modules = {

/***/ 17755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ withEnv),
/* harmony export */   q: () => (/* binding */ realEnv)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);

const realEnv = {
    now: () => Date.now(),
    sleep: async (ms, signal) => {
        signal?.throwIfAborted();
        if (ms <= 0)
            return;
        try {
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms, undefined, { signal });
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


/***/ }),

/***/ 61246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ listAll)
/* harmony export */ });
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99408);

/** GET a JSON:API list, following links.next (the transport keeps it on the API's origin). */
async function listAll(transport, path, query, item, max, signal) {
    const schema = (0,_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .paged */ .IO)(item);
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


/***/ }),

/***/ 58924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xA: () => (/* binding */ AppStoreReleaseSchema),
/* harmony export */   xF: () => (/* binding */ getVersionReleases)
/* harmony export */ });
/* unused harmony exports EXTERNAL_BETA_STATES, APP_STORE_STATES, ExternalBetaReleaseSchema, getExternalBetaRelease, getAppStoreRelease, withReleases */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50000);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31077);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99408);
/**
 * The three release resources of a version (internal beta, external beta, App Store): read-only
 * GETs in Apple's API (apple-facts.md, "Review submissions"). Schemas written from the spec's
 * BackgroundAssetVersion{Internal,External}BetaRelease and …AppStoreRelease components.
 */



const versionLink = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    backgroundAssetVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
        data: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('backgroundAssetVersions'), id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }).nullish()
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
const ExternalBetaReleaseSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('backgroundAssetVersionExternalBetaReleases'),
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    attributes: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ state: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(EXTERNAL_BETA_STATES) }),
    relationships: versionLink.nullish()
});
/** One schema for the App Store release, shared by `status` and the review flow. */
const AppStoreReleaseSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('backgroundAssetVersionAppStoreReleases'),
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    attributes: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ state: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(APP_STORE_STATES).nullish() }).nullish(),
    relationships: versionLink.nullish()
});
const KINDS = {
    internalBetaRelease: {
        schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .InternalBetaReleaseSchema */ .yE,
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
        schema: (0,_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .single */ .J0)(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .BackgroundAssetVersionSchema */ .WF),
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ResponseValidationError */ .dK(where, parsed.error.issues.map(i => `included ${kind}.${i.path.join('.')}: ${i.message}`));
    }
    return parsed.data;
}
async function getRelease(client, kind, id, signal) {
    const { schema, path } = KINDS[kind];
    const doc = await client.transport.json({
        method: 'GET',
        path: `${path}/${encodeURIComponent(id)}`,
        schema: (0,_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .single */ .J0)(schema),
        signal
    });
    return doc.data;
}


/***/ }),

/***/ 99408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IO: () => (/* binding */ paged),
/* harmony export */   J0: () => (/* binding */ single),
/* harmony export */   P9: () => (/* binding */ ReservedUploadFileSchema),
/* harmony export */   RE: () => (/* binding */ UploadFileSchema),
/* harmony export */   WF: () => (/* binding */ BackgroundAssetVersionSchema),
/* harmony export */   hC: () => (/* binding */ ErrorResponseSchema),
/* harmony export */   oD: () => (/* binding */ BackgroundAssetSchema),
/* harmony export */   yE: () => (/* binding */ InternalBetaReleaseSchema)
/* harmony export */ });
/* unused harmony exports StateDetailSchema, PagedLinksSchema, VersionStateSchema, UploadOperationSchema, DeliveryStateSchema */
/* harmony import */ var _zod_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48874);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50000);
/**
 * zod schemas for the responses the publish flow reads, written by hand from Apple's OpenAPI spec
 * (shared/asc-openapi/background-assets.openapi.json, 4.5.1). Loose objects everywhere (Apple adds
 * fields); required and strict where the flow depends on a field: ids and types, states, the
 * reservation's upload operations, paging links. Optional attributes accept null too.
 */


const id = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1);
const opt = (schema) => schema.nullish();
/** A relationship's `data`: {type, id}, or null when empty (e.g. no internal beta release yet). */
const linkage = (type) => zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ data: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(type), id })) });
const StateDetailSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    code: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    description: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
});
/** ErrorResponse: lenient, it is read to build a message. */
const ErrorResponseSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    errors: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        id: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        status: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()]).transform(String)),
        code: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        title: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        detail: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        source: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ pointer: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), parameter: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) }))
    }))
});
const PagedLinksSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ self: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), next: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) });
// ---- backgroundAssets (the pack) ----
const BackgroundAssetSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('backgroundAssets'),
    id,
    attributes: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        archived: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()),
        assetPackIdentifier: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        createdDate: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        usedBytes: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig())
    })),
    relationships: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        app: opt(linkage('apps')),
        appStoreVersion: opt(linkage('backgroundAssetVersions')),
        internalBetaVersion: opt(linkage('backgroundAssetVersions')),
        externalBetaVersion: opt(linkage('backgroundAssetVersions'))
    }))
});
// ---- backgroundAssetVersions ----
const VersionStateSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['AWAITING_UPLOAD', 'PROCESSING', 'FAILED', 'COMPLETE']);
const BackgroundAssetVersionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('backgroundAssetVersions'),
    id,
    attributes: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        createdDate: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        platforms: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())),
        state: VersionStateSchema,
        stateDetails: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
            errors: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(StateDetailSchema)),
            warnings: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(StateDetailSchema)),
            infos: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(StateDetailSchema))
        })),
        version: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        locale: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
    }),
    relationships: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
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
const UploadOperationSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    method: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    url: zod__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ5(),
    offset: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0),
    length: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1),
    requestHeaders: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), value: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }))).transform(h => h ?? []),
    partNumber: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1)),
    expiration: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    entityTag: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
});
const DeliveryStateSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    state: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['AWAITING_UPLOAD', 'UPLOAD_COMPLETE', 'COMPLETE', 'FAILED']),
    errors: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(StateDetailSchema)),
    warnings: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(StateDetailSchema))
});
const ChecksumSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ hash: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), algorithm: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) });
const uploadFileAttributes = {
    assetDeliveryState: opt(DeliveryStateSchema),
    assetToken: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    assetType: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['ASSET', 'MANIFEST'])),
    fileName: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    fileSize: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int()),
    sourceFileChecksums: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ file: opt(ChecksumSchema), composite: opt(ChecksumSchema) })),
    uploadOperations: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(UploadOperationSchema))
};
const UploadFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('backgroundAssetUploadFiles'),
    id,
    attributes: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3(uploadFileAttributes))
});
/** The answer to a reservation: the flow cannot go on without its operations. */
const ReservedUploadFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('backgroundAssetUploadFiles'),
    id,
    attributes: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        ...uploadFileAttributes,
        uploadOperations: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(UploadOperationSchema).min(1)
    })
});
// ---- backgroundAssetVersionInternalBetaReleases ----
const InternalBetaReleaseSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('backgroundAssetVersionInternalBetaReleases'),
    id,
    attributes: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ state: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['READY_FOR_TESTING', 'SUPERSEDED']) }),
    relationships: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ backgroundAssetVersion: opt(linkage('backgroundAssetVersions')) }))
});
// ---- documents ----
/** `included` is read by type later; here only each entry's identity is checked. */
const IncludedSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), id }));
const single = (data) => zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ data, included: opt(IncludedSchema), links: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({})) });
const paged = (item) => zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    data: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(item),
    included: opt(IncludedSchema),
    links: opt(PagedLinksSchema),
    meta: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ paging: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ total: opt(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()) })) }))
});


/***/ }),

/***/ 24989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nf: () => (/* binding */ lookMsOf),
/* harmony export */   X2: () => (/* binding */ isAmbiguous)
/* harmony export */ });
/* unused harmony export DEFAULT_LOOK_MS */
/* harmony import */ var _asc_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31077);

/** How long a run watches a version before trusting what it saw: 5 s unless told otherwise. */
const DEFAULT_LOOK_MS = 5_000;
function lookMsOf(ctx) {
    return ctx.lookMs ?? DEFAULT_LOOK_MS;
}
/** A create or commit that may have happened although it failed: look before sending again. */
function isAmbiguous(error) {
    return (error instanceof _asc_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD || error instanceof _asc_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkError */ .Dr) && error.ambiguous;
}


/***/ }),

/***/ 88943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ submitRecords)
});

// EXTERNAL MODULE: ./src/engine/asc/errors.ts
var errors = __webpack_require__(31077);
// EXTERNAL MODULE: ./src/engine/asc/paging.ts
var paging = __webpack_require__(61246);
// EXTERNAL MODULE: ./src/engine/zod-config.ts
var zod_config = __webpack_require__(48874);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(50000);
// EXTERNAL MODULE: ./src/engine/asc/releases.ts
var releases = __webpack_require__(58924);
;// CONCATENATED MODULE: ./src/engine/asc/review-schemas.ts
/**
 * zod schemas for the review-submission answers the submit flow reads, written by hand from
 * Apple's spec (shared/asc-openapi/review-submissions.openapi.json, and
 * BackgroundAssetVersionAppStoreRelease from background-assets.openapi.json; 4.5.1). As in
 * schemas.ts: loose objects, strict only where the flow depends on a field.
 */


const id = schemas/* string */.YjP().min(1);
const opt = (schema) => schema.nullish();
const linkage = (type) => schemas/* looseObject */._H3({ data: opt(schemas/* looseObject */._H3({ type: schemas/* literal */.euz(type), id })) });
const PLATFORMS = (/* unused pure expression or super */ null && (['IOS', 'MAC_OS', 'TV_OS', 'VISION_OS']));
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
    id,
    attributes: schemas/* looseObject */._H3({
        // Apple adds platforms over time: read it as text, compare with the ones asked for.
        platform: opt(schemas/* string */.YjP()),
        submittedDate: opt(schemas/* string */.YjP()),
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
    id,
    attributes: opt(schemas/* looseObject */._H3({ state: opt(schemas/* enum */.k5n(ITEM_STATES)) })),
    relationships: opt(schemas/* looseObject */._H3({ backgroundAssetVersion: opt(linkage('backgroundAssetVersions')) }))
});
// The App Store release is read by `status` too: its schema lives with the other releases.


// EXTERNAL MODULE: ./src/engine/asc/schemas.ts
var asc_schemas = __webpack_require__(99408);
;// CONCATENATED MODULE: ./src/engine/asc/review-submissions.ts
/**
 * App Store review calls (Apple's review-submissions spec, 4.5.1) as thin typed functions over
 * the transport: find, create, submit and cancel review submissions, add and list their items,
 * and read a background asset version's App Store release.
 */



const PAGE_MAX = 200;
class ReviewSubmissions {
    transport;
    constructor(client) {
        this.transport = client.transport;
    }
    /** The app's submissions for a platform in these states (filter[app] is required by Apple). */
    async find(appId, platform, states, signal) {
        const { items } = await (0,paging/* listAll */._)(this.transport, '/v1/reviewSubmissions', {
            'filter[app]': appId,
            'filter[platform]': platform,
            'filter[state]': states.join(','),
            limit: PAGE_MAX
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
            schema: (0,asc_schemas/* single */.J0)(ReviewSubmissionSchema),
            signal
        });
        return doc.data;
    }
    async get(id, signal) {
        const doc = await this.transport.json({
            method: 'GET',
            path: `/v1/reviewSubmissions/${seg(id)}`,
            schema: (0,asc_schemas/* single */.J0)(ReviewSubmissionSchema),
            signal
        });
        return doc.data;
    }
    /** Every item of the submission, with the background asset version of each. */
    async items(submissionId, signal) {
        const { items } = await (0,paging/* listAll */._)(this.transport, `/v1/reviewSubmissions/${seg(submissionId)}/items`, { include: 'backgroundAssetVersion', limit: PAGE_MAX }, ReviewSubmissionItemSchema, Infinity, signal);
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
            schema: (0,asc_schemas/* single */.J0)(ReviewSubmissionItemSchema),
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
            path: `/v1/backgroundAssetVersions/${seg(versionId)}`,
            query: { include: 'appStoreRelease' },
            schema: (0,asc_schemas/* single */.J0)(asc_schemas/* BackgroundAssetVersionSchema */.WF),
            signal
        });
        const ref = doc.data.relationships?.appStoreRelease?.data;
        if (!ref)
            return { version: doc.data };
        const found = (doc.included ?? []).find(r => r.type === ref.type && r.id === ref.id);
        const parsed = found ? releases/* AppStoreReleaseSchema */.xA.safeParse(found) : undefined;
        const release = parsed?.success ? parsed.data : await this.appStoreRelease(ref.id, signal);
        return { version: doc.data, release };
    }
    async appStoreRelease(id, signal) {
        const doc = await this.transport.json({
            method: 'GET',
            path: `/v1/backgroundAssetVersionAppStoreReleases/${seg(id)}`,
            schema: (0,asc_schemas/* single */.J0)(releases/* AppStoreReleaseSchema */.xA),
            signal
        });
        return doc.data;
    }
    async update(id, attributes, signal) {
        const doc = await this.transport.json({
            method: 'PATCH',
            path: `/v1/reviewSubmissions/${seg(id)}`,
            body: { data: { type: 'reviewSubmissions', id, attributes } },
            schema: (0,asc_schemas/* single */.J0)(ReviewSubmissionSchema),
            signal
        });
        return doc.data;
    }
}
function seg(value) {
    return encodeURIComponent(value);
}

// EXTERNAL MODULE: ./src/engine/publish/context.ts
var context = __webpack_require__(24989);
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
const SENT = [
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
        if (!(0,context/* isAmbiguous */.X2)(error))
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
        if (!(error instanceof errors/* ConflictError */.fK) && !(0,context/* isAmbiguous */.X2)(error))
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
    if (!(error instanceof errors/* ConflictError */.fK))
        return error;
    const busy = (await api.find(appId, platform, SENT, signal))[0];
    if (!busy)
        return error;
    return new ReviewFailedError(`${(0,errors/* formatError */.Wk)(error)}\nThe app's ${platform} review submission ${busy.id} is ${busy.attributes.state}, and Apple takes one at a time per platform: run again once App Review is done with it, or add this version to it in App Store Connect.`, { cause: error });
}
/** Adds the version unless it is there already; on failure, undoes a submission made by this run. */
async function addOnce(api, submission, v, created, logger, signal) {
    try {
        await api.addVersion(submission.id, v.versionId, signal);
        return;
    }
    catch (error) {
        if ((0,context/* isAmbiguous */.X2)(error) || error instanceof errors/* ConflictError */.fK) {
            // A retried create that had happened, or a concurrent run adding the same version.
            const items = await api.items(submission.id, signal);
            if (items.some(i => i.versionId === v.versionId && i.item.attributes?.state !== 'REMOVED')) {
                return;
            }
        }
        const what = `Adding '${v.identifier}' version ${v.version ?? '?'} to review submission ${submission.id} failed: ${(0,errors/* formatError */.Wk)(error)}`;
        if (!created) {
            throw new ReviewFailedError(`${what}\nThe submission was open before this run, so it was left as it is.`, { cause: error });
        }
        try {
            await api.cancel(submission.id, signal);
            logger.warning(`Canceled review submission ${submission.id}, which this run created.`);
        }
        catch (cancelError) {
            throw new ReviewFailedError(`${what}\nCanceling the submission this run created failed too: ${(0,errors/* formatError */.Wk)(cancelError)}. Cancel it in App Store Connect.`, { cause: error });
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


/***/ }),

/***/ 44418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ createClient),
  publishPack: () => (/* binding */ publishPack)
});

// UNUSED EXPORTS: reviewable

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
        const { SignJWT } = await __webpack_require__.e(/* import() */ 415).then(__webpack_require__.bind(__webpack_require__, 85415)); // loaded once, with the key (checks/key.ts)
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

// EXTERNAL MODULE: ./src/engine/asc/env.ts
var asc_env = __webpack_require__(17755);
// EXTERNAL MODULE: ./src/engine/asc/paging.ts
var paging = __webpack_require__(61246);
// EXTERNAL MODULE: ./src/engine/asc/errors.ts
var asc_errors = __webpack_require__(31077);
// EXTERNAL MODULE: ./src/engine/asc/schemas.ts
var schemas = __webpack_require__(99408);
// EXTERNAL MODULE: ./src/engine/undici.ts
var undici = __webpack_require__(58364);
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
            if (error instanceof asc_errors/* AscError */.Wg)
                error.attempts = n;
            const verdict = classify(error);
            if (!verdict.retry)
                throw error;
            const delayMs = verdict.retryAfterMs ?? backoffDelay(n, env.random, options);
            const overBudget = env.now() + delayMs - started > options.budgetMs;
            if (n >= options.maxAttempts || overBudget) {
                const final = ctx.onGiveUp?.(error, verdict.retryAfterMs) ?? error;
                if (final instanceof asc_errors/* AscError */.Wg)
                    final.attempts = n;
                throw final;
            }
            ctx.onRetry?.({ attempt: n, delayMs, reason: verdict.reason, error });
            await env.sleep(delayMs, signal);
        }
    }
}

// EXTERNAL MODULE: ./src/engine/asc/url-safety.ts
var url_safety = __webpack_require__(91264);
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
        this.baseUrl = (0,url_safety/* parseBaseUrl */.Q2)(options.baseUrl ?? DEFAULT_BASE_URL);
        this.env = (0,asc_env/* withEnv */.E)(options.env);
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
            throw new asc_errors/* TransportSecurityError */.Ei(`Refusing to send the API token to ${url.origin}: only ${this.baseUrl.origin} may receive it`);
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
        const info = { method: req.method, url: (0,asc_errors/* redactUrl */.BO)(url) };
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
                    if (error instanceof asc_errors/* ApiError */.hD && error.status === 401 && !resigned) {
                        resigned = true;
                        this.options.tokens.invalidate(token);
                        this.options.logger.debug('401 from App Store Connect: signing a new token');
                        continue;
                    }
                    throw error;
                }
            }
        }, error => {
            if (error instanceof asc_errors/* ApiError */.hD && shouldRetry(req.method, { status: error.status })) {
                return { retry: true, retryAfterMs: error.retryAfterMs, reason: `HTTP ${error.status}` };
            }
            if (error instanceof asc_errors/* NetworkError */.Dr &&
                shouldRetry(req.method, { network: true, code: error.code })) {
                return { retry: true, reason: error.code ?? 'network error' };
            }
            return { retry: false };
        }, {
            env: this.env,
            options: this.retry,
            signal: req.signal,
            onRetry: ({ attempt, delayMs, reason }) => this.options.logger.debug(`${info.method} ${info.url}: ${reason}; retry ${attempt} in ${delayMs} ms`),
            onGiveUp: (error, retryAfterMs) => error instanceof asc_errors/* ApiError */.hD && error.status === 429
                ? new asc_errors/* RateLimitError */.OE(error.errors, info, this.quota, retryAfterMs)
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
            const { request } = await (0,undici/* undici */.p)();
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
            if (req.signal?.aborted || error instanceof asc_errors/* AscError */.Wg)
                throw error;
            const code = error.code;
            const ambiguous = req.method !== 'GET' && !shouldRetry(req.method, { network: true, code });
            throw new asc_errors/* NetworkError */.Dr(error, info, ambiguous);
        }
        const status = res.statusCode;
        this.pacer.observe(res.headers['x-rate-limit']);
        const q = this.quota;
        this.options.logger.debug(`${info.method} ${info.url} -> ${status} in ${this.env.now() - started} ms` +
            (q ? ` (quota ${q.remaining}/${q.limit})` : ''));
        if (status >= 300 && status < 400) {
            throw new asc_errors/* TransportSecurityError */.Ei(`App Store Connect answered ${status} (a redirect) to ${info.method} ${info.url}; redirects are not followed`, info, 'Check api-base-url: it must be the API origin itself');
        }
        if (status >= 400)
            throw this.apiError(status, text, res.headers, info);
        let document;
        try {
            document = text === '' ? undefined : JSON.parse(text);
        }
        catch {
            throw new asc_errors/* ResponseValidationError */.dK(info, [
                `body is not JSON (${status}, ${text.length} bytes)`
            ]);
        }
        const parsed = req.schema.safeParse(document);
        if (!parsed.success) {
            throw new asc_errors/* ResponseValidationError */.dK(info, parsed.error.issues.map(i => `${i.path.join('.') || '(document)'}: ${i.message}`));
        }
        return parsed.data;
    }
    apiError(status, text, headers, info) {
        let errors = [];
        try {
            const parsed = schemas/* ErrorResponseSchema */.hC.safeParse(JSON.parse(text));
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
        const Kind = status === 409 ? asc_errors/* ConflictError */.fK : asc_errors/* ApiError */.hD;
        return new Kind(status, errors, info, { retryAfterMs, bodySnippet });
    }
    agent() {
        this.dispatcher ??= this.options.dispatcher
            ? Promise.resolve(this.options.dispatcher)
            : (0,undici/* undici */.p)().then(({ Agent }) => new Agent({ keepAliveTimeout: 30_000 }));
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
                env: (0,asc_env/* withEnv */.E)(options.env),
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
        const packs = await this.list(`/v1/apps/${seg(appId)}/backgroundAssets`, { 'filter[assetPackIdentifier]': assetPackIdentifier, limit: PAGE_MAX }, schemas/* BackgroundAssetSchema */.oD, Infinity, signal);
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
            schema: (0,schemas/* single */.J0)(schemas/* BackgroundAssetSchema */.oD),
            signal
        });
        return doc.data;
    }
    async getPack(id, signal) {
        const doc = await this.get(`/v1/backgroundAssets/${seg(id)}`, {}, (0,schemas/* single */.J0)(schemas/* BackgroundAssetSchema */.oD), signal);
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
        }, schemas/* BackgroundAssetVersionSchema */.WF, limit, options.signal);
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
            schema: (0,schemas/* single */.J0)(schemas/* BackgroundAssetVersionSchema */.WF),
            signal
        });
        return doc.data;
    }
    /** The version with its internal beta release, asset file and manifest file, where they exist. */
    async getVersion(id, signal) {
        const path = `/v1/backgroundAssetVersions/${seg(id)}`;
        const doc = await this.get(path, { include: 'internalBetaRelease,assetFile,manifestFile' }, (0,schemas/* single */.J0)(schemas/* BackgroundAssetVersionSchema */.WF), signal);
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
                throw new asc_errors/* ResponseValidationError */.dK(where, parsed.error.issues.map(i => `included ${what}.${i.path.join('.')}: ${i.message}`));
            }
            return parsed.data;
        };
        const rel = version.relationships;
        const result = {
            version,
            internalBetaRelease: pick(rel?.internalBetaRelease?.data, schemas/* InternalBetaReleaseSchema */.yE, 'internalBetaRelease'),
            assetFile: pick(rel?.assetFile?.data, schemas/* UploadFileSchema */.RE, 'assetFile'),
            manifestFile: pick(rel?.manifestFile?.data, schemas/* UploadFileSchema */.RE, 'manifestFile')
        };
        this.maskOperations(result.assetFile);
        this.maskOperations(result.manifestFile);
        return result;
    }
    async listUploadFiles(versionId, signal) {
        const { items } = await this.list(`/v1/backgroundAssetVersions/${seg(versionId)}/backgroundAssetUploadFiles`, { limit: PAGE_MAX }, schemas/* UploadFileSchema */.RE, Infinity, signal);
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
            schema: (0,schemas/* single */.J0)(schemas/* ReservedUploadFileSchema */.P9),
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
            schema: (0,schemas/* single */.J0)(schemas/* UploadFileSchema */.RE),
            signal
        });
        this.maskOperations(doc.data);
        return doc.data;
    }
    async getUploadFile(id, signal) {
        const doc = await this.get(`/v1/backgroundAssetUploadFiles/${seg(id)}`, {}, (0,schemas/* single */.J0)(schemas/* UploadFileSchema */.RE), signal);
        this.maskOperations(doc.data);
        return doc.data;
    }
    async getInternalBetaRelease(id, signal) {
        const path = `/v1/backgroundAssetVersionInternalBetaReleases/${seg(id)}`;
        const doc = await this.get(path, {}, (0,schemas/* single */.J0)(schemas/* InternalBetaReleaseSchema */.yE), signal);
        return doc.data;
    }
    get(path, query, schema, signal) {
        return this.transport.json({ method: 'GET', path, query, schema, signal });
    }
    /** Follows links.next until `max` items or the last page. */
    list(path, query, item, max, signal) {
        return (0,paging/* listAll */._)(this.transport, path, query, item, max, signal);
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

;// CONCATENATED MODULE: ./src/engine/asc/packs.ts

/** Apple's PATCH of `archived` has been seen to take over a minute: wait this long for it. */
const ARCHIVE_TIMEOUT_MS = (/* unused pure expression or super */ null && (3 * 60_000));
/** Every pack of the app (there is no top-level list), following `links.next`. */
async function listAppPacks(client, appId, signal) {
    const schema = (0,schemas/* paged */.IO)(schemas/* BackgroundAssetSchema */.oD);
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

// EXTERNAL MODULE: ./src/engine/asc/releases.ts
var asc_releases = __webpack_require__(58924);
// EXTERNAL MODULE: ./src/engine/manage/quota.ts
var manage_quota = __webpack_require__(92360);
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
                ? (0,asc_releases/* getVersionReleases */.xF)(client, record.versionId, signal)
                : undefined
        ]);
        const quota = (0,manage_quota/* appQuota */.W6)(packs.map(p => p.attributes ?? {}));
        const pack = packs.find(p => p.id === record.assetPackId);
        record.usage = {
            packUsedBytes: pack?.attributes?.usedBytes ?? undefined,
            appUsedBytes: quota.bytes.used,
            appBytesShare: quota.bytes.share,
            packs: quota.packs.used,
            warnings: (0,manage_quota/* quotaWarnings */._$)(quota)
        };
        record.appStoreReleaseState ??= releases?.appStoreRelease?.attributes?.state ?? undefined;
        const used = record.usage.packUsedBytes;
        logger.info(`${used !== undefined ? `Pack '${record.assetPackIdentifier}' uses ${(0,manage_quota/* formatDecimalBytes */.MF)(used)}; the` : 'The'} ` +
            `app's packs use ${(0,manage_quota/* describeBytes */.nI)(quota.bytes)}, ${(0,manage_quota/* describePacks */.O7)(quota.packs)}.` +
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
        logger.debug(`Could not read the app's usage: ${(0,asc_errors/* formatError */.Wk)(error)}`);
    }
}

// EXTERNAL MODULE: ./src/engine/publish/record.ts
var publish_record = __webpack_require__(68109);
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
        const lines = (0,publish_record/* describeMessages */.sV)(errors);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
class PartUploadError extends asc_errors/* AscError */.Wg {
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
class UploadStalledError extends asc_errors/* AscError */.Wg {
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
class UploadUrlExpiredError extends asc_errors/* AscError */.Wg {
    part;
    expiration;
    constructor(part, request, expiration) {
        super(`The upload URL of ${partName(part)} has expired${expiration ? ` (${expiration})` : ''}`, request, { hint: 'Reserve the upload again to get fresh URLs (nothing was committed)' });
        this.part = part;
        this.expiration = expiration;
    }
}

// EXTERNAL MODULE: ./src/engine/publish/context.ts
var context = __webpack_require__(24989);
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
            if (!(0,context/* isAmbiguous */.X2)(error) || attempt >= CREATE_ATTEMPTS)
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
            if (!(0,context/* isAmbiguous */.X2)(error) || attempt >= 3)
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
            if (!(0,context/* isAmbiguous */.X2)(error) || attempt >= 3)
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
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/engine/publish/manifest-file.ts



/**
 * The MANIFEST upload reads a file. The bytes to send are the manifest's strict JSON: the file
 * itself where it is strict already, else (comments or trailing commas removed, or the archive's
 * own copy) a private temporary file, removed once the run is done with it.
 */
async function stageManifest(bytes, path) {
    if (path) {
        const onDisk = await (0,promises_.readFile)(path).catch(() => undefined);
        if (onDisk?.equals(bytes))
            return { path, dispose: async () => undefined };
    }
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'publish-asset-pack-'));
    const staged = (0,external_node_path_.join)(dir, 'Manifest.json');
    await (0,promises_.writeFile)(staged, bytes, { mode: 0o600 });
    return { path: staged, dispose: () => (0,promises_.rm)(dir, { recursive: true, force: true }) };
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
            const lookAgain = error instanceof asc_errors/* ConflictError */.fK || (0,context/* isAmbiguous */.X2)(error);
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
    const look = (0,context/* lookMsOf */.Nf)(ctx);
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
    if (now > claim.marker.deadline - commitMarginMs((0,context/* lookMsOf */.Nf)(ctx)))
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
    const look = (0,context/* lookMsOf */.Nf)(ctx);
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
            errors: (0,publish_record/* describeMessages */.sV)(details?.errors),
            warnings: (0,publish_record/* describeMessages */.sV)(details?.warnings),
            infos: (0,publish_record/* describeMessages */.sV)(details?.infos)
        };
        record.deliveryErrors = value.files.flatMap(deliveryLines);
        const failure = new ProcessingFailedError(record.version ?? versionId, record.stateDetails, {
            delivery: record.deliveryErrors
        });
        ctx.logger.info(failure.details);
        throw failure;
    }
    for (const line of (0,publish_record/* describeMessages */.sV)(details?.warnings))
        record.notes.push(`Warning: ${line}`);
    for (const line of (0,publish_record/* describeMessages */.sV)(details?.infos))
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
        ...(0,publish_record/* describeMessages */.sV)(delivery?.errors).map(line => `${name}: error: ${line}`),
        ...(0,publish_record/* describeMessages */.sV)(delivery?.warnings).map(line => `${name}: warning: ${line}`)
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
    return (error instanceof asc_errors/* ConflictError */.fK &&
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

// EXTERNAL MODULE: ./src/engine/review/records.ts + 4 modules
var records = __webpack_require__(88943);
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
    const env = (0,asc_env/* withEnv */.E)(options.env);
    const { logger, operations } = options;
    const concurrency = options.concurrency ?? 4;
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) {
        throw new RangeError(`Upload concurrency must be an integer from 1 to 32, not ${concurrency}`);
    }
    for (const op of operations)
        logger.secret(op.url);
    const file = await (0,promises_.open)(options.filePath, 'r');
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
    const { Agent } = await (0,undici/* undici */.p)();
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
        (0,url_safety/* assertSafeUrl */.jQ)(url, 'upload URL');
        if (!Number.isSafeInteger(op.offset) ||
            !Number.isSafeInteger(op.length) ||
            op.offset < 0 ||
            op.length < 1) {
            throw new Error(`Upload operation ${ref.partNumber} has an invalid range (offset ${op.offset}, length ${op.length})`);
        }
        if (op.offset + op.length > fileSize) {
            throw new Error(`Upload operation ${ref.partNumber} ends at byte ${op.offset + op.length}, past the end of the file (${fileSize} bytes); was the file changed after the reservation?`);
        }
        return { op, ref, request: { method: op.method.toUpperCase(), url: (0,asc_errors/* redactUrl */.BO)(url, false) } };
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
        const { request } = await (0,undici/* undici */.p)();
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
        if (error instanceof asc_errors/* AscError */.Wg)
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
function createClient(settings, credentials, logger, env = asc_env/* realEnv */.q) {
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
    const env = options.env ?? asc_env/* realEnv */.q;
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
            await (0,records/* submitRecords */.t)(client, settings.appId, [record], review, options.logger, options.signal);
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


/***/ })

};

//# sourceMappingURL=418.index.js.map