export const id = 31;
export const ids = [31];
export const modules = {

/***/ 31:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  USAGE: () => (/* binding */ USAGE),
  optionsFromArgs: () => (/* binding */ optionsFromArgs),
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/simulator/jsonapi.ts
// JSON:API documents and Apple's ErrorResponse, with the codes and wording App Store Connect uses.

/** A refusal: thrown anywhere below a route and turned into an ErrorResponse by the server. */
class ApiError extends Error {
    status;
    errors;
    headers;
    constructor(status, errors, headers = {}) {
        super(errors.map(e => `${e.code}: ${e.detail}`).join('; '));
        this.status = status;
        this.errors = errors;
        this.headers = headers;
    }
}
function errorObject(status, code, title, detail, source) {
    return {
        id: (0,external_node_crypto_.randomUUID)(),
        status: String(status),
        code,
        title,
        detail,
        ...(source ? { source } : {})
    };
}
function apiError(status, code, title, detail, source) {
    return new ApiError(status, [errorObject(status, code, title, detail, source)]);
}
/** Apple's own wording for the errors every endpoint can give. */
const errors = {
    notAuthorized: () => apiError(401, 'NOT_AUTHORIZED', 'Authentication credentials are missing or invalid.', 'Provide a properly configured and signed bearer token, and make sure that it has not expired. Learn more about Generating Tokens for API Requests https://developer.apple.com/go/?id=api-generating-tokens'),
    pathNotFound: () => apiError(404, 'NOT_FOUND', 'The specified resource does not exist', 'The path provided does not match a defined resource type.'),
    notFound: (type, id) => apiError(404, 'NOT_FOUND', 'The specified resource does not exist', `There is no resource of type '${type}' with id '${id}'`),
    methodNotAllowed: () => apiError(405, 'METHOD_NOT_ALLOWED', 'The request method is not valid for the resource path.', 'The request method used for this request is not valid for the resource path. Please consult the documentation.'),
    rateLimited: (retryAfterSeconds) => {
        const e = apiError(429, 'RATE_LIMIT_EXCEEDED', 'The request rate limit has been reached.', "We've received too many requests for this API. Please wait and try again or slow down your request rate.");
        if (retryAfterSeconds !== undefined)
            e.headers['Retry-After'] = String(retryAfterSeconds);
        return e;
    },
    unexpected: () => apiError(500, 'UNEXPECTED_ERROR', 'An unexpected error occurred.', 'An unexpected error occurred on the server side. If this issue continues, contact us at https://developer.apple.com/contact/.'),
    unavailable: () => apiError(503, 'SERVICE_UNAVAILABLE', 'The service is temporarily unavailable.', 'The service is temporarily unavailable. Please try again later.'),
    parameterInvalid: (parameter, detail) => apiError(400, 'PARAMETER_ERROR.INVALID', 'A parameter has an invalid value', detail, {
        parameter
    }),
    parameterIllegal: (parameter) => apiError(400, 'PARAMETER_ERROR.ILLEGAL', 'A parameter is not allowed for this request', `The parameter '${parameter}' can not be used with this request`, { parameter }),
    parameterRequired: (parameter) => apiError(400, 'PARAMETER_ERROR.REQUIRED', 'A required parameter is missing', `The parameter '${parameter}' is required for this request`, { parameter }),
    /** The asset pack identifier rule: letters, digits and hyphens (a dot is the classic mistake). */
    identifierInvalid: (source, values) => apiError(400, 'PARAMETER_ERROR.INVALID', 'A parameter has an invalid value', `Found invalid values: ${values.map(v => `'${v}'`).join(', ')}. An asset pack identifier can only contain letters, numbers and hyphens.`, source),
    unparsable: (detail) => apiError(422, 'ENTITY_UNPROCESSABLE', 'The request entity is not structurally correct', detail),
    stateError: (detail, pointer) => apiError(409, 'STATE_ERROR', 'The request cannot be fulfilled because of the state of another resource.', detail, pointer ? { pointer } : undefined),
    attributeInvalid: (pointer, detail) => apiError(409, 'ENTITY_ERROR.ATTRIBUTE.INVALID', 'An attribute value is invalid.', detail, {
        pointer
    })
};
/** The identifier rule App Store Connect applies to asset pack identifiers. */
const ASSET_PACK_IDENTIFIER = /^[A-Za-z0-9-]+$/;
/** Applies `fields[type]=a,b` (sparse fieldsets) to a resource. */
function sparse(resource, fields) {
    const wanted = fields.get(resource.type);
    if (!wanted)
        return resource;
    const keep = (o) => o ? Object.fromEntries(Object.entries(o).filter(([k]) => wanted.includes(k))) : undefined;
    const out = { type: resource.type, id: resource.id };
    const attributes = keep(resource.attributes);
    const relationships = keep(resource.relationships);
    if (attributes && Object.keys(attributes).length)
        out.attributes = attributes;
    if (relationships && Object.keys(relationships).length)
        out.relationships = relationships;
    if (resource.links)
        out.links = resource.links;
    return out;
}
function uniqueResources(resources) {
    const seen = new Set();
    return resources.filter(r => {
        const key = `${r.type}/${r.id}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
const DEFAULT_LIMIT = 50;
/** Cursor paging as App Store Connect does it: an opaque `cursor` and `links.next`. */
function paginate(all, limit, cursor) {
    const size = limit ?? DEFAULT_LIMIT;
    let offset = 0;
    if (cursor !== undefined) {
        const decoded = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
        if (!Number.isInteger(decoded) || decoded < 0) {
            throw errors.parameterInvalid('cursor', `'${cursor}' is not a valid cursor for this request`);
        }
        offset = decoded;
    }
    const items = all.slice(offset, offset + size);
    const next = offset + size;
    return {
        items,
        limit: size,
        total: all.length,
        ...(next < all.length ? { nextCursor: Buffer.from(String(next)).toString('base64url') } : {})
    };
}
/** A URL as a valid URI reference: WHATWG URLs leave '[' and ']' raw in the query. */
function uriReference(url) {
    return `${url.origin}${url.pathname}${url.search.replace(/\[/g, '%5B').replace(/\]/g, '%5D')}`;
}
function pagedDocument(data, page, selfUrl, included) {
    const links = { self: uriReference(selfUrl) };
    if (page.nextCursor) {
        const next = new URL(selfUrl);
        next.searchParams.set('cursor', page.nextCursor);
        links.next = uriReference(next);
    }
    return {
        data,
        ...(included && included.length ? { included } : {}),
        links,
        meta: {
            paging: {
                total: page.total,
                limit: page.limit,
                ...(page.nextCursor ? { nextCursor: page.nextCursor } : {})
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/simulator/routes/context.ts
// What a route gets: the request read against its spec operation, and the simulator's parts.

/** A document for one resource, with sparse fieldsets applied. */
function single(ctx, resource, included = [], status = 200) {
    const inc = uniqueResources(included).map(r => sparse(r, ctx.fields));
    return {
        status,
        body: {
            data: sparse(resource, ctx.fields),
            ...(inc.length ? { included: inc } : {}),
            links: { self: status === 201 ? (resource.links?.self ?? selfOf(ctx.url)) : selfOf(ctx.url) }
        }
    };
}
/** A paged list document: `limit`, `cursor`, `links.next`, `meta.paging`. */
function list(ctx, items, toResource) {
    const page = paginate(items, ctx.query.limit, ctx.query.cursor);
    const included = [];
    const data = page.items.map(item => sparse(toResource(item, included), ctx.fields));
    const inc = uniqueResources(included).map(r => sparse(r, ctx.fields));
    return { status: 200, body: pagedDocument(data, page, ctx.url, inc) };
}
/** A paged list of resource linkages (the `/relationships/` endpoints). */
function linkages(ctx, type, ids) {
    const page = paginate(ids, ctx.query.limit, ctx.query.cursor);
    return {
        status: 200,
        body: pagedDocument(page.items.map(id => ({ type, id })), page, ctx.url)
    };
}
function selfOf(url) {
    return `${url.origin}${url.pathname}`;
}
/** The `data` member of a body that has passed schema validation. */
function dataOf(body) {
    return body.data;
}

;// CONCATENATED MODULE: ./src/simulator/routes/packs.ts
// Asset packs: the backgroundAssets resource and an app's list of them.


function packOr404(ctx, id) {
    const pack = ctx.sim.state.packs.get(id);
    if (!pack)
        throw errors.notFound('backgroundAssets', id);
    return pack;
}
function appPacks(ctx) {
    const appId = ctx.params.id ?? '';
    if (!ctx.sim.state.apps.has(appId))
        throw errors.notFound('apps', appId);
    return ctx.sim.state.packsOfApp(appId);
}
const SORT_KEYS = {
    assetPackIdentifier: p => p.assetPackIdentifier,
    createdDate: p => p.createdDate
};
/** GET /v1/apps/{id}/backgroundAssets */
const listAppPacks = ctx => {
    let packs = appPacks(ctx);
    const q = ctx.query.lists;
    const identifiers = q.get('filter[assetPackIdentifier]');
    if (identifiers) {
        const bad = identifiers.filter(v => !ASSET_PACK_IDENTIFIER.test(v));
        if (bad.length)
            throw errors.identifierInvalid({ parameter: 'filter[assetPackIdentifier]' }, bad);
        packs = packs.filter(p => identifiers.includes(p.assetPackIdentifier));
    }
    const archived = q.get('filter[archived]');
    if (archived)
        packs = packs.filter(p => archived.includes(String(p.archived)));
    const platforms = q.get('filter[versions.platforms]');
    if (platforms) {
        packs = packs.filter(p => ctx.sim.state.versionsOfPack(p.id).some(v => v.platforms.some(pl => platforms.includes(pl))));
    }
    const locales = q.get('filter[versions.locale]');
    if (locales) {
        packs = packs.filter(p => ctx.sim.state.versionsOfPack(p.id).some(v => v.locale && locales.includes(v.locale)));
    }
    for (const key of [...(q.get('sort') ?? [])].reverse()) {
        const desc = key.startsWith('-');
        const get = SORT_KEYS[key.replace(/^-/, '')];
        if (!get)
            continue;
        packs = [...packs].sort((a, b) => (desc ? -1 : 1) * get(a).localeCompare(get(b)));
    }
    return list(ctx, packs, (p, included) => ctx.sim.serializer.pack(p, ctx.include, included));
};
/** GET /v1/apps/{id}/relationships/backgroundAssets */
const appPackLinkages = ctx => linkages(ctx, 'backgroundAssets', appPacks(ctx).map(p => p.id));
/** POST /v1/backgroundAssets */
const createPack = ctx => {
    const data = dataOf(ctx.body);
    const identifier = String(data.attributes?.assetPackIdentifier ?? '');
    if (!ASSET_PACK_IDENTIFIER.test(identifier)) {
        throw errors.identifierInvalid({ pointer: '/data/attributes/assetPackIdentifier' }, [
            identifier
        ]);
    }
    const appId = data.relationships?.app?.data?.id ?? '';
    const state = ctx.sim.state;
    if (!state.apps.has(appId)) {
        throw apiError(409, 'ENTITY_ERROR.RELATIONSHIP.INVALID', 'The provided entity includes a relationship with an invalid value', `'${appId}' is not a valid id for the relationship 'app'`, { pointer: '/data/relationships/app' });
    }
    const existing = state.packsOfApp(appId).find(p => p.assetPackIdentifier === identifier);
    if (existing) {
        throw apiError(409, 'ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE', 'The provided entity includes an attribute with a value that has already been used', existing.archived
            ? `The asset pack identifier '${identifier}' belonged to an archived asset pack and can not be used again.`
            : `An asset pack with the identifier '${identifier}' already exists for this app.`, { pointer: '/data/attributes/assetPackIdentifier' });
    }
    const pack = state.createPack(appId, identifier);
    return single(ctx, ctx.sim.serializer.pack(pack), [], 201);
};
/** GET /v1/backgroundAssets/{id} */
const readPack = ctx => {
    const pack = packOr404(ctx, ctx.params.id ?? '');
    const included = [];
    const resource = ctx.sim.serializer.pack(pack, ctx.include, included);
    return single(ctx, resource, included);
};
/** PATCH /v1/backgroundAssets/{id}: only `archived` exists, and archiving is for good. */
const updatePack = ctx => {
    const id = ctx.params.id ?? '';
    const data = dataOf(ctx.body);
    if (data.id !== id) {
        throw apiError(409, 'ENTITY_ERROR.ID.INVALID', 'The provided entity id is invalid', `The id '${String(data.id)}' in the request body does not match the id '${id}' in the URL`, { pointer: '/data/id' });
    }
    const pack = packOr404(ctx, id);
    const archived = data.attributes?.archived;
    if (archived === false && pack.archived) {
        throw errors.attributeInvalid('/data/attributes/archived', 'An archived asset pack can not be restored.');
    }
    if (archived === true)
        pack.archived = true;
    return single(ctx, ctx.sim.serializer.pack(pack));
};
/** GET /v1/backgroundAssets/{id}/relationships/versions */
const packVersionLinkages = ctx => {
    const pack = packOr404(ctx, ctx.params.id ?? '');
    return linkages(ctx, 'backgroundAssetVersions', ctx.sim.state.versionsOfPack(pack.id).map(v => v.id));
};

;// CONCATENATED MODULE: ./src/simulator/routes/review-submissions.ts
// Review submissions: one in progress per app and platform; submit (PATCH submitted: true) and
// cancel (PATCH canceled: true, CANCELING then COMPLETE).


function submissionOr404(ctx, id) {
    const s = ctx.sim.state.review.submissions.get(id);
    if (!s)
        throw errors.notFound('reviewSubmissions', id);
    return s;
}
/** Refuses a PATCH whose body names another resource than the URL. */
function checkBodyId(ctx) {
    const id = ctx.params.id ?? '';
    const given = dataOf(ctx.body).id;
    if (given !== id) {
        throw apiError(409, 'ENTITY_ERROR.ID.INVALID', 'The provided entity id is invalid', `The id '${String(given)}' in the request body does not match the id '${id}' in the URL`, { pointer: '/data/id' });
    }
}
function filtered(ctx, submissions) {
    const q = ctx.query.lists;
    const platforms = q.get('filter[platform]');
    const states = q.get('filter[state]');
    const chosen = submissions.filter(s => (!platforms || platforms.includes(s.platform)) && (!states || states.includes(s.state)));
    return list(ctx, chosen, (s, included) => ctx.sim.reviewSerializer.submission(s, ctx.include, included));
}
/** GET /v1/reviewSubmissions?filter[app]=… (filter[app] is required: the spec says so) */
const listSubmissions = ctx => {
    const apps = ctx.query.lists.get('filter[app]') ?? [];
    const review = ctx.sim.state.review;
    return filtered(ctx, apps.flatMap(a => review.submissionsOfApp(a)));
};
function appOr404(ctx) {
    const appId = ctx.params.id ?? '';
    if (!ctx.sim.state.apps.has(appId))
        throw errors.notFound('apps', appId);
    return appId;
}
/** GET /v1/apps/{id}/reviewSubmissions */
const listAppSubmissions = ctx => filtered(ctx, ctx.sim.state.review.submissionsOfApp(appOr404(ctx)));
/** GET /v1/apps/{id}/relationships/reviewSubmissions */
const appSubmissionLinkages = ctx => linkages(ctx, 'reviewSubmissions', ctx.sim.state.review.submissionsOfApp(appOr404(ctx)).map(s => s.id));
/** POST /v1/reviewSubmissions */
const createSubmission = ctx => {
    const data = dataOf(ctx.body);
    const appId = data.relationships?.app?.data?.id ?? '';
    const state = ctx.sim.state;
    if (!state.apps.has(appId)) {
        throw apiError(409, 'ENTITY_ERROR.RELATIONSHIP.INVALID', 'The provided entity includes a relationship with an invalid value', `'${appId}' is not a valid id for the relationship 'app'`, { pointer: '/data/relationships/app' });
    }
    // The platform is optional since a recent API version; the simulator assumes iOS without it.
    const platform = data.attributes?.platform ?? 'IOS';
    const open = state.review.openSubmission(appId, platform);
    if (open) {
        throw apiError(409, 'ENTITY_ERROR', 'The provided entity is invalid', `There is another reviewSubmissions with id ${open.id} still in progress.`);
    }
    const s = state.review.createSubmission(appId, platform);
    return single(ctx, ctx.sim.reviewSerializer.submission(s), [], 201);
};
/** GET /v1/reviewSubmissions/{id} */
const readSubmission = ctx => {
    const s = submissionOr404(ctx, ctx.params.id ?? '');
    const included = [];
    return single(ctx, ctx.sim.reviewSerializer.submission(s, ctx.include, included), included);
};
/** PATCH /v1/reviewSubmissions/{id}: platform, submitted, canceled. */
const updateSubmission = ctx => {
    checkBodyId(ctx);
    const s = submissionOr404(ctx, ctx.params.id ?? '');
    const attributes = (dataOf(ctx.body).attributes ?? {});
    const review = ctx.sim.state.review;
    if (attributes.canceled === true) {
        if (s.state === 'CANCELING' || s.state === 'COMPLETE' || s.state === 'COMPLETING') {
            throw errors.stateError(`The review submission is ${s.state} and can not be canceled.`, '/data/attributes/canceled');
        }
        ctx.sim.review.cancel(s);
        return single(ctx, ctx.sim.reviewSerializer.submission(s));
    }
    if (attributes.platform && attributes.platform !== s.platform) {
        if (s.state !== 'READY_FOR_REVIEW' || review.activeItemsOf(s.id).length > 0) {
            throw errors.stateError('The platform of a review submission can only change while it is empty and READY_FOR_REVIEW.', '/data/attributes/platform');
        }
        const other = review.openSubmission(s.appId, attributes.platform);
        if (other) {
            throw apiError(409, 'ENTITY_ERROR', 'The provided entity is invalid', `There is another reviewSubmissions with id ${other.id} still in progress.`);
        }
        s.platform = attributes.platform;
    }
    if (attributes.submitted === true) {
        if (s.state !== 'READY_FOR_REVIEW' && s.state !== 'UNRESOLVED_ISSUES') {
            throw errors.stateError(`The review submission is ${s.state}; only a submission that is READY_FOR_REVIEW can be submitted.`, '/data/attributes/submitted');
        }
        const ready = review.activeItemsOf(s.id).filter(i => i.state === 'READY_FOR_REVIEW');
        if (ready.length === 0) {
            throw errors.stateError('The review submission has no items ready for review.', '/data/attributes/submitted');
        }
        ctx.sim.review.submit(s);
    }
    return single(ctx, ctx.sim.reviewSerializer.submission(s));
};

;// CONCATENATED MODULE: ./src/simulator/routes/review-items.ts
// Review submission items (background asset versions only: the simulator has no app versions,
// events or in-app purchases) and the App Store release of a submitted version.



/** Apple: up to 10 different asset packs in one review submission. */
const MAX_PACKS_PER_SUBMISSION = 10;
function relationshipInvalid(name, id) {
    return apiError(409, 'ENTITY_ERROR.RELATIONSHIP.INVALID', 'The provided entity includes a relationship with an invalid value', `'${id}' is not a valid id for the relationship '${name}'`, { pointer: `/data/relationships/${name}` });
}
function stateInvalid(detail) {
    return apiError(409, 'STATE_ERROR.ENTITY_STATE_INVALID', 'The request cannot be fulfilled because of the state of another resource.', detail, { pointer: '/data/relationships/backgroundAssetVersion' });
}
function entityError(detail) {
    return apiError(409, 'ENTITY_ERROR', 'The provided entity is invalid', detail, {
        pointer: '/data/relationships/backgroundAssetVersion'
    });
}
/** Every reason to refuse adding this version to this submission (the order is the simulator's). */
function checkAddable(state, s, v) {
    const review = state.review;
    const pack = state.packs.get(v.packId);
    if (!pack || pack.appId !== s.appId)
        throw relationshipInvalid('backgroundAssetVersion', v.id);
    if (s.state !== 'READY_FOR_REVIEW') {
        throw errors.stateError(`The review submission is ${s.state}; items can only be added while it is READY_FOR_REVIEW.`, '/data/relationships/reviewSubmission');
    }
    if (v.state !== 'COMPLETE') {
        throw stateInvalid(`The background asset version ${v.version} of '${pack.assetPackIdentifier}' is ${v.state}; only a COMPLETE version can be submitted for review.`);
    }
    if (pack.archived) {
        throw stateInvalid(`The asset pack '${pack.assetPackIdentifier}' is archived.`);
    }
    if (!v.platforms.includes(s.platform)) {
        throw stateInvalid(`The background asset version ${v.version} of '${pack.assetPackIdentifier}' is not available on ${s.platform}.`);
    }
    const release = review.releaseOfVersion(v.id);
    if (release && (release.state === 'READY_FOR_DISTRIBUTION' || release.state === 'SUPERSEDED')) {
        throw stateInvalid(`The background asset version ${v.version} of '${pack.assetPackIdentifier}' has already been reviewed (${release.state}).`);
    }
    const existing = review.activeItemOfVersion(v.id, s.platform);
    if (existing) {
        throw entityError(`The background asset version ${v.version} of '${pack.assetPackIdentifier}' is already an item of the reviewSubmissions with id ${existing.submissionId}.`);
    }
    const packsIn = new Map();
    for (const item of review.activeItemsOf(s.id)) {
        const other = state.versions.get(item.versionId);
        if (other)
            packsIn.set(other.packId, other.version);
    }
    const sameVersion = packsIn.get(v.packId);
    if (sameVersion !== undefined) {
        throw entityError(`The review submission already holds version ${sameVersion} of '${pack.assetPackIdentifier}'; it can hold one version per asset pack.`);
    }
    if (packsIn.size >= MAX_PACKS_PER_SUBMISSION) {
        throw entityError(`A review submission can hold at most ${MAX_PACKS_PER_SUBMISSION} asset packs; this one holds ${packsIn.size}.`);
    }
}
/** POST /v1/reviewSubmissionItems */
const createItem = ctx => {
    const relationships = dataOf(ctx.body).relationships ?? {};
    const state = ctx.sim.state;
    const submissionId = relationships.reviewSubmission?.data?.id ?? '';
    const s = state.review.submissions.get(submissionId);
    if (!s)
        throw relationshipInvalid('reviewSubmission', submissionId);
    for (const [name, value] of Object.entries(relationships)) {
        if (name === 'reviewSubmission' || name === 'backgroundAssetVersion')
            continue;
        // Schema-valid, but the simulator holds no such resource: no id can be valid.
        throw relationshipInvalid(name, value.data?.id ?? '');
    }
    const versionId = relationships.backgroundAssetVersion?.data?.id;
    if (versionId === undefined) {
        throw apiError(409, 'ENTITY_ERROR.RELATIONSHIP.REQUIRED', 'The provided entity is missing a required relationship', 'You must provide a value for one item relationship (e.g. backgroundAssetVersion) with this request', { pointer: '/data/relationships' });
    }
    const v = state.versions.get(versionId);
    if (!v)
        throw relationshipInvalid('backgroundAssetVersion', versionId);
    checkAddable(state, s, v);
    const item = state.review.createItem(s.id, v.id);
    return single(ctx, ctx.sim.reviewSerializer.item(item), [], 201);
};
function itemOr404(ctx) {
    const id = ctx.params.id ?? '';
    const item = ctx.sim.state.review.items.get(id);
    if (!item)
        throw errors.notFound('reviewSubmissionItems', id);
    return item;
}
/** Items change only while their submission is a draft (or, `resolved`, has unresolved issues). */
function submissionOfItem(ctx, item, allowed) {
    const s = ctx.sim.state.review.submissions.get(item.submissionId);
    if (!s || !allowed.includes(s.state)) {
        throw errors.stateError(`The review submission is ${s?.state ?? 'gone'}; its items can not be changed now.`);
    }
    return s;
}
/** PATCH /v1/reviewSubmissionItems/{id}: removed, resolved. */
const updateItem = ctx => {
    checkBodyId(ctx);
    const item = itemOr404(ctx);
    const attributes = (dataOf(ctx.body).attributes ?? {});
    if (attributes.removed === true) {
        submissionOfItem(ctx, item, ['READY_FOR_REVIEW']);
        item.state = 'REMOVED';
    }
    else if (attributes.resolved === true) {
        submissionOfItem(ctx, item, ['UNRESOLVED_ISSUES']);
        if (item.state === 'REJECTED')
            item.state = 'READY_FOR_REVIEW';
    }
    return single(ctx, ctx.sim.reviewSerializer.item(item));
};
/** DELETE /v1/reviewSubmissionItems/{id} */
const deleteItem = ctx => {
    const item = itemOr404(ctx);
    submissionOfItem(ctx, item, ['READY_FOR_REVIEW']);
    ctx.sim.state.review.items.delete(item.id);
    return { status: 204, body: undefined };
};
/** GET /v1/reviewSubmissions/{id}/items */
const listSubmissionItems = ctx => {
    const s = submissionOr404(ctx, ctx.params.id ?? '');
    return list(ctx, ctx.sim.state.review.itemsOf(s.id), (i, included) => ctx.sim.reviewSerializer.item(i, ctx.include, included));
};
/** GET /v1/reviewSubmissions/{id}/relationships/items */
const submissionItemLinkages = ctx => {
    const s = submissionOr404(ctx, ctx.params.id ?? '');
    return linkages(ctx, 'reviewSubmissionItems', ctx.sim.state.review.itemsOf(s.id).map(i => i.id));
};
/** GET /v1/backgroundAssetVersionAppStoreReleases/{id} */
const readAppStoreRelease = ctx => {
    const id = ctx.params.id ?? '';
    const r = ctx.sim.state.review.appStoreReleases.get(id);
    if (!r)
        throw errors.notFound('backgroundAssetVersionAppStoreReleases', id);
    const included = [];
    const resource = ctx.sim.reviewSerializer.appStoreRelease(r, ctx.include, included);
    return single(ctx, resource, included);
};

;// CONCATENATED MODULE: ./src/simulator/routes/upload-files.ts
// Upload files: reserve (parts to PUT), read, and commit (PATCH uploaded: true).



function fileOr404(ctx, id) {
    const f = ctx.sim.state.uploadFiles.get(id);
    if (!f)
        throw errors.notFound('backgroundAssetUploadFiles', id);
    return f;
}
/** Refuses a reservation the version's state does not allow. */
function checkReservable(ctx, version, assetType) {
    if (version.state !== 'AWAITING_UPLOAD') {
        throw errors.stateError(`The version ${version.version} is ${version.state}; files can only be uploaded to a version that is AWAITING_UPLOAD.`, '/data/relationships/backgroundAssetVersion');
    }
    const files = ctx.sim.state
        .uploadFilesOfVersion(version.id)
        .filter(f => f.assetType === assetType);
    if (assetType === 'ASSET' && files.some(f => f.committed)) {
        throw errors.stateError(`The version ${version.version} already has an uploaded ASSET.`, '/data/relationships/backgroundAssetVersion');
    }
    if (assetType === 'MANIFEST' &&
        files.some(f => f.state === 'COMPLETE' || f.state === 'UPLOAD_COMPLETE')) {
        throw errors.stateError(`The version ${version.version} already has a MANIFEST that was uploaded.`, '/data/relationships/backgroundAssetVersion');
    }
}
/** POST /v1/backgroundAssetUploadFiles */
const reserveUpload = ctx => {
    const data = dataOf(ctx.body);
    const versionId = data.relationships?.backgroundAssetVersion?.data?.id ?? '';
    const version = ctx.sim.state.versions.get(versionId);
    if (!version) {
        throw apiError(409, 'ENTITY_ERROR.RELATIONSHIP.INVALID', 'The provided entity includes a relationship with an invalid value', `'${versionId}' is not a valid id for the relationship 'backgroundAssetVersion'`, { pointer: '/data/relationships/backgroundAssetVersion' });
    }
    const attributes = data.attributes;
    if (attributes.fileName.trim() === '') {
        throw errors.attributeInvalid('/data/attributes/fileName', 'The fileName must not be empty.');
    }
    checkReservable(ctx, version, attributes.assetType);
    const uploads = ctx.sim.uploads;
    const file = ctx.sim.state.createUploadFile(version.id, {
        assetType: attributes.assetType,
        fileName: attributes.fileName,
        fileSize: attributes.fileSize
    }, f => uploads.planParts(f));
    return single(ctx, ctx.sim.serializer.uploadFile(file), [], 201);
};
/** GET /v1/backgroundAssetUploadFiles/{id} */
const readUploadFile = ctx => single(ctx, ctx.sim.serializer.uploadFile(fileOr404(ctx, ctx.params.id ?? '')));
function normalizeHash(hash) {
    return hash.trim().toLowerCase();
}
/** Compares given checksums with the received bytes; throws Apple-style errors. */
function verifyChecksums(file, checksums) {
    const received = file.received;
    if (!received)
        return;
    const given = checksums.file;
    if (given) {
        if (!given.hash || !given.algorithm) {
            throw errors.attributeInvalid('/data/attributes/sourceFileChecksums/file', 'A file checksum needs both a hash and an algorithm (MD5 or SHA_256).');
        }
        const actual = given.algorithm === 'MD5' ? received.md5 : received.sha256;
        if (normalizeHash(given.hash) !== actual) {
            throw errors.attributeInvalid('/data/attributes/sourceFileChecksums/file/hash', `The ${given.algorithm} checksum '${given.hash}' does not match the uploaded file. Upload the file again.`);
        }
    }
    const composite = checksums.composite;
    if (composite?.hash) {
        const md5 = (0,external_node_crypto_.createHash)('md5');
        for (const p of file.parts)
            md5.update(Buffer.from((p.entityTag ?? '').replace(/"/g, ''), 'hex'));
        const expected = md5.digest('hex');
        const hash = normalizeHash(composite.hash);
        if (hash !== expected && hash !== `${expected}-${file.parts.length}`) {
            throw errors.attributeInvalid('/data/attributes/sourceFileChecksums/composite/hash', `The composite MD5 checksum '${composite.hash}' does not match the uploaded parts.`);
        }
    }
}
/** PATCH /v1/backgroundAssetUploadFiles/{id}: the commit. */
const commitUpload = async (ctx) => {
    const id = ctx.params.id ?? '';
    const data = dataOf(ctx.body);
    if (data.id !== id) {
        throw apiError(409, 'ENTITY_ERROR.ID.INVALID', 'The provided entity id is invalid', `The id '${String(data.id)}' in the request body does not match the id '${id}' in the URL`, { pointer: '/data/id' });
    }
    const file = fileOr404(ctx, id);
    const attributes = (data.attributes ?? {});
    if (file.committed) {
        throw errors.stateError(`The upload file '${file.fileName}' has already been committed.`, '/data/attributes/uploaded');
    }
    const checksums = attributes.sourceFileChecksums ?? undefined;
    if (attributes.uploaded !== true) {
        if (checksums)
            file.sourceFileChecksums = checksums;
        return single(ctx, ctx.sim.serializer.uploadFile(file));
    }
    const version = ctx.sim.state.versions.get(file.versionId);
    if (version && version.state !== 'AWAITING_UPLOAD') {
        throw errors.stateError(`The version ${version.version} is ${version.state}; it takes no more uploads.`, '/data/attributes/uploaded');
    }
    const missing = ctx.sim.uploads.parts.missing(file);
    if (missing.length) {
        throw errors.stateError(`The upload is not complete: part${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${file.parts.length} ${missing.length > 1 ? 'have' : 'has'} not been received.`, '/data/attributes/uploaded');
    }
    file.received = await ctx.sim.uploads.parts.assemble(file);
    if (checksums)
        verifyChecksums(file, checksums);
    file.committed = true;
    if (checksums)
        file.sourceFileChecksums = checksums;
    await ctx.sim.uploads.parts.drop(file);
    if (file.assetType === 'MANIFEST')
        ctx.sim.processing.manifestCommitted(file);
    else
        ctx.sim.processing.assetCommitted(file);
    return single(ctx, ctx.sim.serializer.uploadFile(file));
};

;// CONCATENATED MODULE: ./src/simulator/routes/versions.ts
// Versions of an asset pack: Apple numbers them; creating one while another waits is allowed.


function versionOr404(ctx, id) {
    const v = ctx.sim.state.versions.get(id);
    if (!v)
        throw errors.notFound('backgroundAssetVersions', id);
    return v;
}
/** GET /v1/backgroundAssets/{id}/versions */
const listPackVersions = ctx => {
    const state = ctx.sim.state;
    const packId = ctx.params.id ?? '';
    if (!state.packs.has(packId))
        throw errors.notFound('backgroundAssets', packId);
    let versions = state.versionsOfPack(packId);
    const q = ctx.query.lists;
    const filter = (name, value) => {
        const wanted = q.get(name);
        if (wanted)
            versions = versions.filter(v => value(v).some(x => wanted.includes(x)));
    };
    filter('filter[state]', v => [v.state]);
    filter('filter[version]', v => [v.version]);
    filter('filter[platforms]', v => v.platforms);
    filter('filter[locale]', v => (v.locale ? [v.locale] : []));
    filter('filter[internalBetaRelease.state]', v => {
        const r = v.internalBetaReleaseId ? state.releases.get(v.internalBetaReleaseId) : undefined;
        return r ? [r.state] : [];
    });
    filter('filter[externalBetaRelease.state]', v => {
        const r = v.externalBetaReleaseId
            ? state.externalBetaReleases.get(v.externalBetaReleaseId)
            : undefined;
        return r ? [r.state] : [];
    });
    filter('filter[appStoreRelease.state]', v => {
        const r = state.review.releaseOfVersion(v.id);
        return r ? [r.state] : [];
    });
    const sort = q.get('sort')?.[0];
    if (sort === '-version')
        versions = [...versions].reverse();
    return list(ctx, versions, (v, included) => ctx.sim.serializer.version(v, ctx.include, included));
};
/** POST /v1/backgroundAssetVersions */
const createVersion = ctx => {
    const packId = dataOf(ctx.body).relationships?.backgroundAsset?.data?.id ?? '';
    const pack = ctx.sim.state.packs.get(packId);
    if (!pack) {
        throw apiError(409, 'ENTITY_ERROR.RELATIONSHIP.INVALID', 'The provided entity includes a relationship with an invalid value', `'${packId}' is not a valid id for the relationship 'backgroundAsset'`, { pointer: '/data/relationships/backgroundAsset' });
    }
    if (pack.archived) {
        throw errors.stateError(`The asset pack '${pack.assetPackIdentifier}' is archived; no version can be added to it.`, '/data/relationships/backgroundAsset');
    }
    const version = ctx.sim.state.createVersion(pack.id);
    return single(ctx, ctx.sim.serializer.version(version), [], 201);
};
/** GET /v1/backgroundAssetVersions/{id} */
const readVersion = ctx => {
    const v = versionOr404(ctx, ctx.params.id ?? '');
    const included = [];
    const resource = ctx.sim.serializer.version(v, ctx.include, included);
    return single(ctx, resource, included);
};
/** GET /v1/backgroundAssetVersions/{id}/backgroundAssetUploadFiles */
const listVersionUploadFiles = ctx => {
    const v = versionOr404(ctx, ctx.params.id ?? '');
    return list(ctx, ctx.sim.state.uploadFilesOfVersion(v.id), f => ctx.sim.serializer.uploadFile(f));
};
/** GET /v1/backgroundAssetVersions/{id}/relationships/backgroundAssetUploadFiles */
const versionUploadFileLinkages = ctx => {
    const v = versionOr404(ctx, ctx.params.id ?? '');
    return linkages(ctx, 'backgroundAssetUploadFiles', ctx.sim.state.uploadFilesOfVersion(v.id).map(f => f.id));
};
/** GET /v1/backgroundAssetVersionInternalBetaReleases/{id} */
const readInternalRelease = ctx => {
    const id = ctx.params.id ?? '';
    const r = ctx.sim.state.releases.get(id);
    if (!r)
        throw errors.notFound('backgroundAssetVersionInternalBetaReleases', id);
    const included = [];
    const resource = ctx.sim.serializer.release(r, ctx.include, included);
    return single(ctx, resource, included);
};
/** GET /v1/backgroundAssetVersionExternalBetaReleases/{id}: seeded (no public API changes it). */
const readExternalRelease = ctx => {
    const type = 'backgroundAssetVersionExternalBetaReleases';
    const id = ctx.params.id ?? '';
    const r = ctx.sim.state.externalBetaReleases.get(id);
    if (!r)
        throw errors.notFound(type, id);
    const included = [];
    return single(ctx, ctx.sim.serializer.storeRelease(type, r, ctx.include, included), included);
};

;// CONCATENATED MODULE: ./src/simulator/routes/index.ts





const ROUTES = {
    apps_backgroundAssets_getToManyRelated: listAppPacks,
    apps_backgroundAssets_getToManyRelationship: appPackLinkages,
    backgroundAssets_createInstance: createPack,
    backgroundAssets_getInstance: readPack,
    backgroundAssets_updateInstance: updatePack,
    backgroundAssets_versions_getToManyRelated: listPackVersions,
    backgroundAssets_versions_getToManyRelationship: packVersionLinkages,
    backgroundAssetVersions_createInstance: createVersion,
    backgroundAssetVersions_getInstance: readVersion,
    backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelated: listVersionUploadFiles,
    backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelationship: versionUploadFileLinkages,
    backgroundAssetUploadFiles_createInstance: reserveUpload,
    backgroundAssetUploadFiles_getInstance: readUploadFile,
    backgroundAssetUploadFiles_updateInstance: commitUpload,
    backgroundAssetVersionInternalBetaReleases_getInstance: readInternalRelease,
    backgroundAssetVersionExternalBetaReleases_getInstance: readExternalRelease,
    backgroundAssetVersionAppStoreReleases_getInstance: readAppStoreRelease,
    reviewSubmissions_getCollection: listSubmissions,
    reviewSubmissions_createInstance: createSubmission,
    reviewSubmissions_getInstance: readSubmission,
    reviewSubmissions_updateInstance: updateSubmission,
    apps_reviewSubmissions_getToManyRelated: listAppSubmissions,
    apps_reviewSubmissions_getToManyRelationship: appSubmissionLinkages,
    reviewSubmissionItems_createInstance: createItem,
    reviewSubmissionItems_updateInstance: updateItem,
    reviewSubmissionItems_deleteInstance: deleteItem,
    reviewSubmissions_items_getToManyRelated: listSubmissionItems,
    reviewSubmissions_items_getToManyRelationship: submissionItemLinkages
};

;// CONCATENATED MODULE: ./spec/background-assets.openapi.json
const background_assets_openapi_namespaceObject = /*#__PURE__*/JSON.parse('{"openapi":"3.0.1","info":{"title":"App Store Connect API","version":"4.5.1","x-platforms":{"app_store_connect_api":"App Store Connect API"},"x-subset":"Background assets (asset packs) subset: every path containing \\"backgroundAsset\\" plus the component schemas they reference transitively. See SOURCE.md."},"servers":[{"url":"https://api.appstoreconnect.apple.com/"}],"paths":{"/v1/backgroundAssetUploadFiles":{"post":{"tags":["BackgroundAssetUploadFiles"],"operationId":"backgroundAssetUploadFiles_createInstance","requestBody":{"description":"BackgroundAssetUploadFile representation","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetUploadFileCreateRequest"}}},"required":true},"responses":{"201":{"description":"Single BackgroundAssetUploadFile","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetUploadFileResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"409":{"description":"Request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"422":{"description":"Unprocessable request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}}},"/v1/backgroundAssetUploadFiles/{id}":{"get":{"tags":["BackgroundAssetUploadFiles"],"operationId":"backgroundAssetUploadFiles_getInstance","parameters":[{"name":"fields[backgroundAssetUploadFiles]","in":"query","description":"the fields to include for returned resources of type backgroundAssetUploadFiles","schema":{"type":"array","items":{"type":"string","enum":["assetDeliveryState","assetToken","assetType","fileName","fileSize","sourceFileChecksum","sourceFileChecksums","uploadOperations"]}},"style":"form","explode":false,"required":false}],"responses":{"200":{"description":"Single BackgroundAssetUploadFile","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetUploadFileResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"patch":{"tags":["BackgroundAssetUploadFiles"],"operationId":"backgroundAssetUploadFiles_updateInstance","requestBody":{"description":"BackgroundAssetUploadFile representation","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetUploadFileUpdateRequest"}}},"required":true},"responses":{"200":{"description":"Single BackgroundAssetUploadFile","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetUploadFileResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"409":{"description":"Request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"422":{"description":"Unprocessable request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/backgroundAssetVersionAppStoreReleases/{id}":{"get":{"tags":["BackgroundAssetVersionAppStoreReleases"],"operationId":"backgroundAssetVersionAppStoreReleases_getInstance","parameters":[{"name":"fields[backgroundAssetVersionAppStoreReleases]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersionAppStoreReleases","schema":{"type":"array","items":{"type":"string","enum":["state","backgroundAssetVersion"]}},"style":"form","explode":false,"required":false},{"name":"fields[backgroundAssetVersions]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersions","schema":{"type":"array","items":{"type":"string","enum":["createdDate","platforms","state","stateDetails","version","locale","backgroundAsset","internalBetaRelease","externalBetaRelease","appStoreRelease","assetFile","manifestFile","backgroundAssetUploadFiles"]}},"style":"form","explode":false,"required":false},{"name":"include","in":"query","description":"comma-separated list of relationships to include","schema":{"type":"array","items":{"type":"string","enum":["backgroundAssetVersion"]}},"style":"form","explode":false,"required":false}],"responses":{"200":{"description":"Single BackgroundAssetVersionAppStoreRelease","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetVersionAppStoreReleaseResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/backgroundAssetVersionExternalBetaReleases/{id}":{"get":{"tags":["BackgroundAssetVersionExternalBetaReleases"],"operationId":"backgroundAssetVersionExternalBetaReleases_getInstance","parameters":[{"name":"fields[backgroundAssetVersionExternalBetaReleases]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersionExternalBetaReleases","schema":{"type":"array","items":{"type":"string","enum":["state","backgroundAssetVersion"]}},"style":"form","explode":false,"required":false},{"name":"fields[backgroundAssetVersions]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersions","schema":{"type":"array","items":{"type":"string","enum":["createdDate","platforms","state","stateDetails","version","locale","backgroundAsset","internalBetaRelease","externalBetaRelease","appStoreRelease","assetFile","manifestFile","backgroundAssetUploadFiles"]}},"style":"form","explode":false,"required":false},{"name":"include","in":"query","description":"comma-separated list of relationships to include","schema":{"type":"array","items":{"type":"string","enum":["backgroundAssetVersion"]}},"style":"form","explode":false,"required":false}],"responses":{"200":{"description":"Single BackgroundAssetVersionExternalBetaRelease","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetVersionExternalBetaReleaseResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/backgroundAssetVersionInternalBetaReleases/{id}":{"get":{"tags":["BackgroundAssetVersionInternalBetaReleases"],"operationId":"backgroundAssetVersionInternalBetaReleases_getInstance","parameters":[{"name":"fields[backgroundAssetVersionInternalBetaReleases]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersionInternalBetaReleases","schema":{"type":"array","items":{"type":"string","enum":["state","backgroundAssetVersion"]}},"style":"form","explode":false,"required":false},{"name":"fields[backgroundAssetVersions]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersions","schema":{"type":"array","items":{"type":"string","enum":["createdDate","platforms","state","stateDetails","version","locale","backgroundAsset","internalBetaRelease","externalBetaRelease","appStoreRelease","assetFile","manifestFile","backgroundAssetUploadFiles"]}},"style":"form","explode":false,"required":false},{"name":"include","in":"query","description":"comma-separated list of relationships to include","schema":{"type":"array","items":{"type":"string","enum":["backgroundAssetVersion"]}},"style":"form","explode":false,"required":false}],"responses":{"200":{"description":"Single BackgroundAssetVersionInternalBetaRelease","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetVersionInternalBetaReleaseResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/backgroundAssetVersions":{"post":{"tags":["BackgroundAssetVersions"],"operationId":"backgroundAssetVersions_createInstance","requestBody":{"description":"BackgroundAssetVersion representation","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetVersionCreateRequest"}}},"required":true},"responses":{"201":{"description":"Single BackgroundAssetVersion","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetVersionResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"409":{"description":"Request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"422":{"description":"Unprocessable request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}}},"/v1/backgroundAssetVersions/{id}":{"get":{"tags":["BackgroundAssetVersions"],"operationId":"backgroundAssetVersions_getInstance","parameters":[{"name":"fields[backgroundAssetVersions]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersions","schema":{"type":"array","items":{"type":"string","enum":["createdDate","platforms","state","stateDetails","version","locale","backgroundAsset","internalBetaRelease","externalBetaRelease","appStoreRelease","assetFile","manifestFile","backgroundAssetUploadFiles"]}},"style":"form","explode":false,"required":false},{"name":"fields[backgroundAssets]","in":"query","description":"the fields to include for returned resources of type backgroundAssets","schema":{"type":"array","items":{"type":"string","enum":["archived","assetPackIdentifier","createdDate","usedBytes","app","versions","appStoreVersion","internalBetaVersion","externalBetaVersion"]}},"style":"form","explode":false,"required":false},{"name":"fields[backgroundAssetVersionInternalBetaReleases]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersionInternalBetaReleases","schema":{"type":"array","items":{"type":"string","enum":["state","backgroundAssetVersion"]}},"style":"form","explode":false,"required":false},{"name":"fields[backgroundAssetVersionExternalBetaReleases]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersionExternalBetaReleases","schema":{"type":"array","items":{"type":"string","enum":["state","backgroundAssetVersion"]}},"style":"form","explode":false,"required":false},{"name":"fields[backgroundAssetVersionAppStoreReleases]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersionAppStoreReleases","schema":{"type":"array","items":{"type":"string","enum":["state","backgroundAssetVersion"]}},"style":"form","explode":false,"required":false},{"name":"fields[backgroundAssetUploadFiles]","in":"query","description":"the fields to include for returned resources of type backgroundAssetUploadFiles","schema":{"type":"array","items":{"type":"string","enum":["assetDeliveryState","assetToken","assetType","fileName","fileSize","sourceFileChecksum","sourceFileChecksums","uploadOperations"]}},"style":"form","explode":false,"required":false},{"name":"include","in":"query","description":"comma-separated list of relationships to include","schema":{"type":"array","items":{"type":"string","enum":["backgroundAsset","internalBetaRelease","externalBetaRelease","appStoreRelease","assetFile","manifestFile"]}},"style":"form","explode":false,"required":false}],"responses":{"200":{"description":"Single BackgroundAssetVersion","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetVersionResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/backgroundAssets":{"post":{"tags":["BackgroundAssets"],"operationId":"backgroundAssets_createInstance","requestBody":{"description":"BackgroundAsset representation","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetCreateRequest"}}},"required":true},"responses":{"201":{"description":"Single BackgroundAsset","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"409":{"description":"Request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"422":{"description":"Unprocessable request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}}},"/v1/backgroundAssets/{id}":{"get":{"tags":["BackgroundAssets"],"operationId":"backgroundAssets_getInstance","parameters":[{"name":"fields[backgroundAssets]","in":"query","description":"the fields to include for returned resources of type backgroundAssets","schema":{"type":"array","items":{"type":"string","enum":["archived","assetPackIdentifier","createdDate","usedBytes","app","versions","appStoreVersion","internalBetaVersion","externalBetaVersion"]}},"style":"form","explode":false,"required":false},{"name":"fields[apps]","in":"query","description":"the fields to include for returned resources of type apps","schema":{"type":"array","items":{"type":"string","enum":["accessibilityUrl","name","bundleId","sku","primaryLocale","isOrEverWasMadeForKids","subscriptionStatusUrl","subscriptionStatusUrlVersion","subscriptionStatusUrlForSandbox","subscriptionStatusUrlVersionForSandbox","contentRightsDeclaration","streamlinedPurchasingEnabled","accessibilityDeclarations","appEncryptionDeclarations","appStoreIcon","ciProduct","betaTesters","betaGroups","appStoreVersions","appTags","preReleaseVersions","betaAppLocalizations","builds","betaLicenseAgreement","betaAppReviewDetail","appInfos","appClips","appPricePoints","endUserLicenseAgreement","appPriceSchedule","appAvailabilityV2","inAppPurchases","subscriptionGroups","gameCenterEnabledVersions","performanceOverviews","perfPowerMetrics","appCustomProductPages","inAppPurchasesV2","promotedPurchases","appEvents","reviewSubmissions","subscriptionGracePeriod","customerReviews","customerReviewSummarizations","gameCenterDetail","appStoreVersionExperimentsV2","alternativeDistributionKey","analyticsReportRequests","marketplaceSearchDetail","buildUploads","backgroundAssets","assetLibrary","betaFeedbackScreenshotSubmissions","betaFeedbackCrashSubmissions","searchKeywords","webhooks","androidToIosAppMappingDetails"]}},"style":"form","explode":false,"required":false},{"name":"fields[backgroundAssetVersions]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersions","schema":{"type":"array","items":{"type":"string","enum":["createdDate","platforms","state","stateDetails","version","locale","backgroundAsset","internalBetaRelease","externalBetaRelease","appStoreRelease","assetFile","manifestFile","backgroundAssetUploadFiles"]}},"style":"form","explode":false,"required":false},{"name":"include","in":"query","description":"comma-separated list of relationships to include","schema":{"type":"array","items":{"type":"string","enum":["app","appStoreVersion","internalBetaVersion","externalBetaVersion"]}},"style":"form","explode":false,"required":false}],"responses":{"200":{"description":"Single BackgroundAsset","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"patch":{"tags":["BackgroundAssets"],"operationId":"backgroundAssets_updateInstance","requestBody":{"description":"BackgroundAsset representation","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetUpdateRequest"}}},"required":true},"responses":{"200":{"description":"Single BackgroundAsset","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"409":{"description":"Request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"422":{"description":"Unprocessable request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/apps/{id}/relationships/backgroundAssets":{"get":{"tags":["Apps"],"operationId":"apps_backgroundAssets_getToManyRelationship","parameters":[{"name":"limit","in":"query","description":"maximum resources per page","schema":{"type":"integer","maximum":200},"style":"form"}],"responses":{"200":{"description":"List of related linkages","content":{"application/json":{"schema":{"$ref":"#/components/schemas/AppBackgroundAssetsLinkagesResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/apps/{id}/backgroundAssets":{"get":{"tags":["Apps"],"operationId":"apps_backgroundAssets_getToManyRelated","parameters":[{"name":"filter[archived]","in":"query","description":"filter by attribute \'archived\'","schema":{"type":"array","items":{"type":"string"}},"style":"form","explode":false},{"name":"filter[assetPackIdentifier]","in":"query","description":"filter by attribute \'assetPackIdentifier\'","schema":{"type":"array","items":{"type":"string"}},"style":"form","explode":false},{"name":"filter[versions.locale]","in":"query","description":"filter by attribute \'versions.locale\'","schema":{"type":"array","items":{"type":"string"}},"style":"form","explode":false},{"name":"filter[versions.platforms]","in":"query","description":"filter by attribute \'versions.platforms\'","schema":{"type":"array","items":{"type":"string","enum":["IOS","MAC_OS","TV_OS","VISION_OS"]}},"style":"form","explode":false},{"name":"sort","in":"query","description":"comma-separated list of sort expressions; resources will be sorted as specified","schema":{"type":"array","items":{"type":"string","enum":["assetPackIdentifier","-assetPackIdentifier","createdDate","-createdDate"]}},"style":"form","explode":false},{"name":"fields[backgroundAssets]","in":"query","description":"the fields to include for returned resources of type backgroundAssets","schema":{"type":"array","items":{"type":"string","enum":["archived","assetPackIdentifier","createdDate","usedBytes","app","versions","appStoreVersion","internalBetaVersion","externalBetaVersion"]}},"style":"form","explode":false},{"name":"fields[apps]","in":"query","description":"the fields to include for returned resources of type apps","schema":{"type":"array","items":{"type":"string","enum":["accessibilityUrl","name","bundleId","sku","primaryLocale","isOrEverWasMadeForKids","subscriptionStatusUrl","subscriptionStatusUrlVersion","subscriptionStatusUrlForSandbox","subscriptionStatusUrlVersionForSandbox","contentRightsDeclaration","streamlinedPurchasingEnabled","accessibilityDeclarations","appEncryptionDeclarations","appStoreIcon","ciProduct","betaTesters","betaGroups","appStoreVersions","appTags","preReleaseVersions","betaAppLocalizations","builds","betaLicenseAgreement","betaAppReviewDetail","appInfos","appClips","appPricePoints","endUserLicenseAgreement","appPriceSchedule","appAvailabilityV2","inAppPurchases","subscriptionGroups","gameCenterEnabledVersions","performanceOverviews","perfPowerMetrics","appCustomProductPages","inAppPurchasesV2","promotedPurchases","appEvents","reviewSubmissions","subscriptionGracePeriod","customerReviews","customerReviewSummarizations","gameCenterDetail","appStoreVersionExperimentsV2","alternativeDistributionKey","analyticsReportRequests","marketplaceSearchDetail","buildUploads","backgroundAssets","assetLibrary","betaFeedbackScreenshotSubmissions","betaFeedbackCrashSubmissions","searchKeywords","webhooks","androidToIosAppMappingDetails"]}},"style":"form","explode":false},{"name":"fields[backgroundAssetVersions]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersions","schema":{"type":"array","items":{"type":"string","enum":["createdDate","platforms","state","stateDetails","version","locale","backgroundAsset","internalBetaRelease","externalBetaRelease","appStoreRelease","assetFile","manifestFile","backgroundAssetUploadFiles"]}},"style":"form","explode":false},{"name":"limit","in":"query","description":"maximum resources per page","schema":{"type":"integer","maximum":200},"style":"form"},{"name":"include","in":"query","description":"comma-separated list of relationships to include","schema":{"type":"array","items":{"type":"string","enum":["app","appStoreVersion","internalBetaVersion","externalBetaVersion"]}},"style":"form","explode":false}],"responses":{"200":{"description":"List of BackgroundAssets","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetsResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/backgroundAssetVersions/{id}/relationships/backgroundAssetUploadFiles":{"get":{"tags":["BackgroundAssetVersions"],"operationId":"backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelationship","parameters":[{"name":"limit","in":"query","description":"maximum resources per page","schema":{"type":"integer","maximum":200},"style":"form"}],"responses":{"200":{"description":"List of related linkages","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/backgroundAssetVersions/{id}/backgroundAssetUploadFiles":{"get":{"tags":["BackgroundAssetVersions"],"operationId":"backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelated","parameters":[{"name":"fields[backgroundAssetUploadFiles]","in":"query","description":"the fields to include for returned resources of type backgroundAssetUploadFiles","schema":{"type":"array","items":{"type":"string","enum":["assetDeliveryState","assetToken","assetType","fileName","fileSize","sourceFileChecksum","sourceFileChecksums","uploadOperations"]}},"style":"form","explode":false},{"name":"limit","in":"query","description":"maximum resources per page","schema":{"type":"integer","maximum":200},"style":"form"}],"responses":{"200":{"description":"List of BackgroundAssetUploadFiles","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetUploadFilesResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/backgroundAssets/{id}/relationships/versions":{"get":{"tags":["BackgroundAssets"],"operationId":"backgroundAssets_versions_getToManyRelationship","parameters":[{"name":"limit","in":"query","description":"maximum resources per page","schema":{"type":"integer","maximum":200},"style":"form"}],"responses":{"200":{"description":"List of related linkages","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetVersionsLinkagesResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/backgroundAssets/{id}/versions":{"get":{"tags":["BackgroundAssets"],"operationId":"backgroundAssets_versions_getToManyRelated","parameters":[{"name":"filter[locale]","in":"query","description":"filter by attribute \'locale\'","schema":{"type":"array","items":{"type":"string"}},"style":"form","explode":false},{"name":"filter[platforms]","in":"query","description":"filter by attribute \'platforms\'","schema":{"type":"array","items":{"type":"string","enum":["IOS","MAC_OS","TV_OS","VISION_OS"]}},"style":"form","explode":false},{"name":"filter[state]","in":"query","description":"filter by attribute \'state\'","schema":{"type":"array","items":{"type":"string","enum":["AWAITING_UPLOAD","PROCESSING","FAILED","COMPLETE"]}},"style":"form","explode":false},{"name":"filter[version]","in":"query","description":"filter by attribute \'version\'","schema":{"type":"array","items":{"type":"string"}},"style":"form","explode":false},{"name":"filter[internalBetaRelease.state]","in":"query","description":"filter by attribute \'internalBetaRelease.state\'","schema":{"type":"array","items":{"type":"string","enum":["READY_FOR_TESTING","SUPERSEDED"]}},"style":"form","explode":false},{"name":"filter[externalBetaRelease.state]","in":"query","description":"filter by attribute \'externalBetaRelease.state\'","schema":{"type":"array","items":{"type":"string","enum":["READY_FOR_BETA_SUBMISSION","WAITING_FOR_REVIEW","IN_REVIEW","REJECTED","PROCESSING_FOR_TESTING","READY_FOR_TESTING","SUPERSEDED"]}},"style":"form","explode":false},{"name":"filter[appStoreRelease.state]","in":"query","description":"filter by attribute \'appStoreRelease.state\'","schema":{"type":"array","items":{"type":"string","enum":["PREPARE_FOR_SUBMISSION","READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","ACCEPTED","REJECTED","PROCESSING_FOR_DISTRIBUTION","READY_FOR_DISTRIBUTION","SUPERSEDED"]}},"style":"form","explode":false},{"name":"sort","in":"query","description":"comma-separated list of sort expressions; resources will be sorted as specified","schema":{"type":"array","items":{"type":"string","enum":["version","-version"]}},"style":"form","explode":false},{"name":"fields[backgroundAssetVersions]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersions","schema":{"type":"array","items":{"type":"string","enum":["createdDate","platforms","state","stateDetails","version","locale","backgroundAsset","internalBetaRelease","externalBetaRelease","appStoreRelease","assetFile","manifestFile","backgroundAssetUploadFiles"]}},"style":"form","explode":false},{"name":"fields[backgroundAssets]","in":"query","description":"the fields to include for returned resources of type backgroundAssets","schema":{"type":"array","items":{"type":"string","enum":["archived","assetPackIdentifier","createdDate","usedBytes","app","versions","appStoreVersion","internalBetaVersion","externalBetaVersion"]}},"style":"form","explode":false},{"name":"fields[backgroundAssetVersionInternalBetaReleases]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersionInternalBetaReleases","schema":{"type":"array","items":{"type":"string","enum":["state","backgroundAssetVersion"]}},"style":"form","explode":false},{"name":"fields[backgroundAssetVersionExternalBetaReleases]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersionExternalBetaReleases","schema":{"type":"array","items":{"type":"string","enum":["state","backgroundAssetVersion"]}},"style":"form","explode":false},{"name":"fields[backgroundAssetVersionAppStoreReleases]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersionAppStoreReleases","schema":{"type":"array","items":{"type":"string","enum":["state","backgroundAssetVersion"]}},"style":"form","explode":false},{"name":"fields[backgroundAssetUploadFiles]","in":"query","description":"the fields to include for returned resources of type backgroundAssetUploadFiles","schema":{"type":"array","items":{"type":"string","enum":["assetDeliveryState","assetToken","assetType","fileName","fileSize","sourceFileChecksum","sourceFileChecksums","uploadOperations"]}},"style":"form","explode":false},{"name":"limit","in":"query","description":"maximum resources per page","schema":{"type":"integer","maximum":200},"style":"form"},{"name":"include","in":"query","description":"comma-separated list of relationships to include","schema":{"type":"array","items":{"type":"string","enum":["backgroundAsset","internalBetaRelease","externalBetaRelease","appStoreRelease","assetFile","manifestFile"]}},"style":"form","explode":false}],"responses":{"200":{"description":"List of BackgroundAssetVersions","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetVersionsResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]}},"components":{"schemas":{"App":{"type":"object","title":"App","properties":{"type":{"type":"string","enum":["apps"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"accessibilityUrl":{"type":"string","format":"uri"},"name":{"type":"string"},"bundleId":{"type":"string"},"sku":{"type":"string"},"primaryLocale":{"type":"string"},"isOrEverWasMadeForKids":{"type":"boolean"},"subscriptionStatusUrl":{"type":"string","format":"uri"},"subscriptionStatusUrlVersion":{"$ref":"#/components/schemas/SubscriptionStatusUrlVersion"},"subscriptionStatusUrlForSandbox":{"type":"string","format":"uri"},"subscriptionStatusUrlVersionForSandbox":{"$ref":"#/components/schemas/SubscriptionStatusUrlVersion"},"contentRightsDeclaration":{"type":"string","enum":["DOES_NOT_USE_THIRD_PARTY_CONTENT","USES_THIRD_PARTY_CONTENT"]},"streamlinedPurchasingEnabled":{"type":"boolean"}}},"relationships":{"type":"object","properties":{"accessibilityDeclarations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"appEncryptionDeclarations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appEncryptionDeclarations"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appStoreIcon":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["buildIcons"]},"id":{"type":"string"}},"required":["id","type"]}}},"ciProduct":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["ciProducts"]},"id":{"type":"string"}},"required":["id","type"]}}},"betaTesters":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"betaGroups":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["betaGroups"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appStoreVersions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appTags":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"preReleaseVersions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["preReleaseVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}},"betaAppLocalizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["betaAppLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}},"builds":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["builds"]},"id":{"type":"string"}},"required":["id","type"]}}}},"betaLicenseAgreement":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["betaLicenseAgreements"]},"id":{"type":"string"}},"required":["id","type"]}}},"betaAppReviewDetail":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["betaAppReviewDetails"]},"id":{"type":"string"}},"required":["id","type"]}}},"appInfos":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appInfos"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appClips":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appClips"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appPricePoints":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"endUserLicenseAgreement":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["endUserLicenseAgreements"]},"id":{"type":"string"}},"required":["id","type"]}}},"appPriceSchedule":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"appAvailabilityV2":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"inAppPurchases":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["inAppPurchases"]},"id":{"type":"string"}},"required":["id","type"]}}},"deprecated":true},"subscriptionGroups":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionGroups"]},"id":{"type":"string"}},"required":["id","type"]}}}},"gameCenterEnabledVersions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterEnabledVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}},"performanceOverviews":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"perfPowerMetrics":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"appCustomProductPages":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appCustomProductPages"]},"id":{"type":"string"}},"required":["id","type"]}}}},"inAppPurchasesV2":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["inAppPurchases"]},"id":{"type":"string"}},"required":["id","type"]}}}},"promotedPurchases":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["promotedPurchases"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appEvents":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appEvents"]},"id":{"type":"string"}},"required":["id","type"]}}}},"reviewSubmissions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["reviewSubmissions"]},"id":{"type":"string"}},"required":["id","type"]}}}},"subscriptionGracePeriod":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionGracePeriods"]},"id":{"type":"string"}},"required":["id","type"]}}},"customerReviews":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"customerReviewSummarizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"gameCenterDetail":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterDetails"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreVersionExperimentsV2":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionExperiments"]},"id":{"type":"string"}},"required":["id","type"]}}}},"alternativeDistributionKey":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"analyticsReportRequests":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"marketplaceSearchDetail":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"buildUploads":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"backgroundAssets":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"assetLibrary":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"betaFeedbackScreenshotSubmissions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"betaFeedbackCrashSubmissions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"searchKeywords":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"webhooks":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"androidToIosAppMappingDetails":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["androidToIosAppMappingDetails"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"BackgroundAssetUploadFile":{"type":"object","title":"BackgroundAssetUploadFile","properties":{"type":{"type":"string","enum":["backgroundAssetUploadFiles"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"assetDeliveryState":{"$ref":"#/components/schemas/AppMediaAssetState"},"assetToken":{"type":"string"},"assetType":{"type":"string","enum":["ASSET","MANIFEST"]},"fileName":{"type":"string"},"fileSize":{"type":"integer","format":"int64","maximum":9007199254740991,"minimum":1},"sourceFileChecksum":{"type":"string","deprecated":true},"sourceFileChecksums":{"$ref":"#/components/schemas/Checksums"},"uploadOperations":{"type":"array","items":{"$ref":"#/components/schemas/DeliveryFileUploadOperation"}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"BackgroundAssetUploadFilesResponse":{"type":"object","title":"BackgroundAssetUploadFilesResponse","properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/BackgroundAssetUploadFile"}},"links":{"$ref":"#/components/schemas/PagedDocumentLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"}},"required":["data","links"]},"BackgroundAssetUploadFileResponse":{"type":"object","title":"BackgroundAssetUploadFileResponse","properties":{"data":{"$ref":"#/components/schemas/BackgroundAssetUploadFile"},"links":{"$ref":"#/components/schemas/DocumentLinks"}},"required":["data","links"]},"BackgroundAssetUploadFileCreateRequest":{"type":"object","title":"BackgroundAssetUploadFileCreateRequest","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetUploadFiles"]},"attributes":{"type":"object","properties":{"assetType":{"type":"string","enum":["ASSET","MANIFEST"]},"fileName":{"type":"string"},"fileSize":{"type":"integer","format":"int64","maximum":9007199254740991,"minimum":1}},"required":["fileName","fileSize","assetType"]},"relationships":{"type":"object","properties":{"backgroundAssetVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"}},"required":["id","type"]}},"required":["data"]}},"required":["backgroundAssetVersion"]}},"required":["relationships","attributes","type"]}},"required":["data"]},"BackgroundAssetUploadFileUpdateRequest":{"type":"object","title":"BackgroundAssetUploadFileUpdateRequest","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetUploadFiles"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"sourceFileChecksum":{"type":"string","deprecated":true,"nullable":true},"sourceFileChecksums":{"nullable":true,"$ref":"#/components/schemas/Checksums"},"uploaded":{"type":"boolean","nullable":true}}}},"required":["id","type"]}},"required":["data"]},"BackgroundAssetVersionAppStoreRelease":{"type":"object","title":"BackgroundAssetVersionAppStoreRelease","properties":{"type":{"type":"string","enum":["backgroundAssetVersionAppStoreReleases"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"state":{"$ref":"#/components/schemas/BackgroundAssetVersionAppStoreReleaseState"}}},"relationships":{"type":"object","properties":{"backgroundAssetVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"BackgroundAssetVersionAppStoreReleaseResponse":{"type":"object","title":"BackgroundAssetVersionAppStoreReleaseResponse","properties":{"data":{"$ref":"#/components/schemas/BackgroundAssetVersionAppStoreRelease"},"included":{"type":"array","items":{"$ref":"#/components/schemas/BackgroundAssetVersion"}},"links":{"$ref":"#/components/schemas/DocumentLinks"}},"required":["data","links"]},"BackgroundAssetVersionExternalBetaRelease":{"type":"object","title":"BackgroundAssetVersionExternalBetaRelease","properties":{"type":{"type":"string","enum":["backgroundAssetVersionExternalBetaReleases"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"state":{"$ref":"#/components/schemas/BackgroundAssetVersionExternalBetaReleaseState"}}},"relationships":{"type":"object","properties":{"backgroundAssetVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"BackgroundAssetVersionExternalBetaReleaseResponse":{"type":"object","title":"BackgroundAssetVersionExternalBetaReleaseResponse","properties":{"data":{"$ref":"#/components/schemas/BackgroundAssetVersionExternalBetaRelease"},"included":{"type":"array","items":{"$ref":"#/components/schemas/BackgroundAssetVersion"}},"links":{"$ref":"#/components/schemas/DocumentLinks"}},"required":["data","links"]},"BackgroundAssetVersionInternalBetaRelease":{"type":"object","title":"BackgroundAssetVersionInternalBetaRelease","properties":{"type":{"type":"string","enum":["backgroundAssetVersionInternalBetaReleases"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"state":{"type":"string","enum":["READY_FOR_TESTING","SUPERSEDED"]}}},"relationships":{"type":"object","properties":{"backgroundAssetVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"BackgroundAssetVersionInternalBetaReleaseResponse":{"type":"object","title":"BackgroundAssetVersionInternalBetaReleaseResponse","properties":{"data":{"$ref":"#/components/schemas/BackgroundAssetVersionInternalBetaRelease"},"included":{"type":"array","items":{"$ref":"#/components/schemas/BackgroundAssetVersion"}},"links":{"$ref":"#/components/schemas/DocumentLinks"}},"required":["data","links"]},"BackgroundAssetVersion":{"type":"object","title":"BackgroundAssetVersion","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"createdDate":{"type":"string","format":"date-time"},"platforms":{"type":"array","items":{"$ref":"#/components/schemas/Platform"}},"state":{"$ref":"#/components/schemas/BackgroundAssetVersionState"},"stateDetails":{"type":"object","properties":{"errors":{"type":"array","items":{"$ref":"#/components/schemas/StateDetail"}},"warnings":{"type":"array","items":{"$ref":"#/components/schemas/StateDetail"}},"infos":{"type":"array","items":{"$ref":"#/components/schemas/StateDetail"}}}},"version":{"type":"string"},"locale":{"type":"string"}}},"relationships":{"type":"object","properties":{"backgroundAsset":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssets"]},"id":{"type":"string"}},"required":["id","type"]}}},"internalBetaRelease":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersionInternalBetaReleases"]},"id":{"type":"string"}},"required":["id","type"]}}},"externalBetaRelease":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersionExternalBetaReleases"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreRelease":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersionAppStoreReleases"]},"id":{"type":"string"}},"required":["id","type"]}}},"assetFile":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetUploadFiles"]},"id":{"type":"string"}},"required":["id","type"]}}},"manifestFile":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetUploadFiles"]},"id":{"type":"string"}},"required":["id","type"]}}},"backgroundAssetUploadFiles":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"BackgroundAssetVersionsResponse":{"type":"object","title":"BackgroundAssetVersionsResponse","properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/BackgroundAssetVersion"}},"included":{"type":"array","items":{"oneOf":[{"$ref":"#/components/schemas/BackgroundAssetUploadFile"},{"$ref":"#/components/schemas/BackgroundAssetVersionAppStoreRelease"},{"$ref":"#/components/schemas/BackgroundAssetVersionExternalBetaRelease"},{"$ref":"#/components/schemas/BackgroundAssetVersionInternalBetaRelease"},{"$ref":"#/components/schemas/BackgroundAsset"}],"discriminator":{"propertyName":"type","mapping":{"backgroundAssetVersionAppStoreReleases":"#/components/schemas/BackgroundAssetVersionAppStoreRelease","backgroundAssetVersionInternalBetaReleases":"#/components/schemas/BackgroundAssetVersionInternalBetaRelease","backgroundAssets":"#/components/schemas/BackgroundAsset","backgroundAssetUploadFiles":"#/components/schemas/BackgroundAssetUploadFile","backgroundAssetVersionExternalBetaReleases":"#/components/schemas/BackgroundAssetVersionExternalBetaRelease"}}}},"links":{"$ref":"#/components/schemas/PagedDocumentLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"}},"required":["data","links"]},"BackgroundAssetVersionResponse":{"type":"object","title":"BackgroundAssetVersionResponse","properties":{"data":{"$ref":"#/components/schemas/BackgroundAssetVersion"},"included":{"type":"array","items":{"oneOf":[{"$ref":"#/components/schemas/BackgroundAssetUploadFile"},{"$ref":"#/components/schemas/BackgroundAssetVersionAppStoreRelease"},{"$ref":"#/components/schemas/BackgroundAssetVersionExternalBetaRelease"},{"$ref":"#/components/schemas/BackgroundAssetVersionInternalBetaRelease"},{"$ref":"#/components/schemas/BackgroundAsset"}],"discriminator":{"propertyName":"type","mapping":{"backgroundAssetVersionAppStoreReleases":"#/components/schemas/BackgroundAssetVersionAppStoreRelease","backgroundAssetVersionInternalBetaReleases":"#/components/schemas/BackgroundAssetVersionInternalBetaRelease","backgroundAssets":"#/components/schemas/BackgroundAsset","backgroundAssetUploadFiles":"#/components/schemas/BackgroundAssetUploadFile","backgroundAssetVersionExternalBetaReleases":"#/components/schemas/BackgroundAssetVersionExternalBetaRelease"}}}},"links":{"$ref":"#/components/schemas/DocumentLinks"}},"required":["data","links"]},"BackgroundAssetVersionCreateRequest":{"type":"object","title":"BackgroundAssetVersionCreateRequest","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"relationships":{"type":"object","properties":{"backgroundAsset":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssets"]},"id":{"type":"string"}},"required":["id","type"]}},"required":["data"]}},"required":["backgroundAsset"]}},"required":["relationships","type"]}},"required":["data"]},"BackgroundAsset":{"type":"object","title":"BackgroundAsset","properties":{"type":{"type":"string","enum":["backgroundAssets"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"archived":{"type":"boolean"},"assetPackIdentifier":{"type":"string"},"createdDate":{"type":"string","format":"date-time"},"usedBytes":{"type":"integer","format":"int64","maximum":9007199254740991,"minimum":0}}},"relationships":{"type":"object","properties":{"app":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["apps"]},"id":{"type":"string"}},"required":["id","type"]}}},"versions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"appStoreVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"internalBetaVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"externalBetaVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"BackgroundAssetsResponse":{"type":"object","title":"BackgroundAssetsResponse","properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/BackgroundAsset"}},"included":{"type":"array","items":{"oneOf":[{"$ref":"#/components/schemas/App"},{"$ref":"#/components/schemas/BackgroundAssetVersion"}],"discriminator":{"propertyName":"type","mapping":{"backgroundAssetVersions":"#/components/schemas/BackgroundAssetVersion","apps":"#/components/schemas/App"}}}},"links":{"$ref":"#/components/schemas/PagedDocumentLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"}},"required":["data","links"]},"BackgroundAssetResponse":{"type":"object","title":"BackgroundAssetResponse","properties":{"data":{"$ref":"#/components/schemas/BackgroundAsset"},"included":{"type":"array","items":{"oneOf":[{"$ref":"#/components/schemas/App"},{"$ref":"#/components/schemas/BackgroundAssetVersion"}],"discriminator":{"propertyName":"type","mapping":{"backgroundAssetVersions":"#/components/schemas/BackgroundAssetVersion","apps":"#/components/schemas/App"}}}},"links":{"$ref":"#/components/schemas/DocumentLinks"}},"required":["data","links"]},"BackgroundAssetCreateRequest":{"type":"object","title":"BackgroundAssetCreateRequest","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssets"]},"attributes":{"type":"object","properties":{"assetPackIdentifier":{"type":"string"}},"required":["assetPackIdentifier"]},"relationships":{"type":"object","properties":{"app":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["apps"]},"id":{"type":"string"}},"required":["id","type"]}},"required":["data"]}},"required":["app"]}},"required":["relationships","attributes","type"]}},"required":["data"]},"BackgroundAssetUpdateRequest":{"type":"object","title":"BackgroundAssetUpdateRequest","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssets"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"archived":{"type":"boolean","nullable":true}}}},"required":["id","type"]}},"required":["data"]},"AppBackgroundAssetsLinkagesResponse":{"type":"object","properties":{"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssets"]},"id":{"type":"string"}},"required":["id","type"]}},"links":{"$ref":"#/components/schemas/PagedDocumentLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"}},"required":["data","links"]},"BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponse":{"type":"object","properties":{"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetUploadFiles"]},"id":{"type":"string"}},"required":["id","type"]}},"links":{"$ref":"#/components/schemas/PagedDocumentLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"}},"required":["data","links"]},"BackgroundAssetVersionsLinkagesResponse":{"type":"object","properties":{"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"}},"required":["id","type"]}},"links":{"$ref":"#/components/schemas/PagedDocumentLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"}},"required":["data","links"]},"ErrorResponse":{"type":"object","properties":{"errors":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string"},"status":{"type":"string"},"code":{"type":"string"},"title":{"type":"string"},"detail":{"type":"string"},"source":{"oneOf":[{"$ref":"#/components/schemas/ErrorSourcePointer"},{"$ref":"#/components/schemas/ErrorSourceParameter"}]},"links":{"$ref":"#/components/schemas/ErrorLinks"},"meta":{"type":"object","additionalProperties":{}}},"required":["code","detail","status","title"]}}}},"ErrorSourceParameter":{"type":"object","title":"Parameter","properties":{"parameter":{"type":"string"}},"required":["parameter"]},"ErrorSourcePointer":{"type":"object","title":"JsonPointer","properties":{"pointer":{"type":"string"}},"required":["pointer"]},"ErrorLinks":{"type":"object","properties":{"about":{"type":"string","format":"uri-reference"},"associated":{"oneOf":[{"type":"string","format":"uri-reference"},{"type":"object","properties":{"href":{"type":"string","format":"uri-reference"},"meta":{"type":"object","properties":{"source":{"type":"string"}}}}}]}}},"PagedDocumentLinks":{"type":"object","properties":{"self":{"type":"string","format":"uri-reference"},"first":{"type":"string","format":"uri-reference"},"next":{"type":"string","format":"uri-reference"}},"required":["self"]},"PagingInformation":{"type":"object","properties":{"paging":{"type":"object","properties":{"total":{"type":"integer"},"limit":{"type":"integer"},"nextCursor":{"type":"string"}},"required":["limit"]}},"required":["paging"]},"DocumentLinks":{"type":"object","properties":{"self":{"type":"string","format":"uri-reference"}},"required":["self"]},"ResourceLinks":{"type":"object","properties":{"self":{"type":"string","format":"uri-reference"}}},"RelationshipLinks":{"type":"object","properties":{"self":{"type":"string","format":"uri-reference"},"related":{"type":"string","format":"uri-reference"}}},"AppMediaAssetState":{"type":"object","properties":{"errors":{"type":"array","items":{"$ref":"#/components/schemas/AppMediaStateError"}},"warnings":{"type":"array","items":{"$ref":"#/components/schemas/AppMediaStateError"}},"state":{"type":"string","enum":["AWAITING_UPLOAD","UPLOAD_COMPLETE","COMPLETE","FAILED"]}}},"AppMediaStateError":{"type":"object","properties":{"code":{"type":"string"},"description":{"type":"string"}}},"BackgroundAssetVersionAppStoreReleaseState":{"type":"string","enum":["PREPARE_FOR_SUBMISSION","READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","ACCEPTED","REJECTED","PROCESSING_FOR_DISTRIBUTION","READY_FOR_DISTRIBUTION","SUPERSEDED"]},"BackgroundAssetVersionExternalBetaReleaseState":{"type":"string","enum":["READY_FOR_BETA_SUBMISSION","WAITING_FOR_REVIEW","IN_REVIEW","REJECTED","PROCESSING_FOR_TESTING","READY_FOR_TESTING","SUPERSEDED"]},"BackgroundAssetVersionState":{"type":"string","enum":["AWAITING_UPLOAD","PROCESSING","FAILED","COMPLETE"]},"ChecksumAlgorithm":{"type":"string","enum":["MD5","SHA_256"]},"Checksums":{"type":"object","properties":{"file":{"type":"object","properties":{"hash":{"type":"string"},"algorithm":{"$ref":"#/components/schemas/ChecksumAlgorithm"}}},"composite":{"type":"object","properties":{"hash":{"type":"string"},"algorithm":{"type":"string","enum":["MD5"]}}}}},"DeliveryFileUploadOperation":{"type":"object","properties":{"method":{"type":"string"},"url":{"type":"string"},"length":{"type":"integer","format":"int64","maximum":9007199254740991,"minimum":1},"offset":{"type":"integer","format":"int64","maximum":9007199254740991,"minimum":0},"requestHeaders":{"type":"array","items":{"$ref":"#/components/schemas/HttpHeader"}},"expiration":{"type":"string","format":"date-time"},"partNumber":{"type":"integer","format":"int64","maximum":9007199254740991,"minimum":1},"entityTag":{"type":"string"}}},"HttpHeader":{"type":"object","properties":{"name":{"type":"string"},"value":{"type":"string"}}},"Platform":{"type":"string","enum":["IOS","MAC_OS","TV_OS","VISION_OS"]},"StateDetail":{"type":"object","properties":{"code":{"type":"string"},"description":{"type":"string"}}},"SubscriptionStatusUrlVersion":{"type":"string","enum":["V1","V2"]}},"securitySchemes":{"itc-bearer-token":{"type":"http","scheme":"bearer","bearerFormat":"JWT"}}},"security":[{"itc-bearer-token":[]}]}');
;// CONCATENATED MODULE: ./spec/review-submissions.openapi.json
const review_submissions_openapi_namespaceObject = /*#__PURE__*/JSON.parse('{"openapi":"3.0.1","info":{"title":"App Store Connect API","version":"4.5.1","x-platforms":{"app_store_connect_api":"App Store Connect API"},"x-subset":"Review submissions subset: the reviewSubmissions and reviewSubmissionItems operations a client needs to submit background asset versions for App Store review (plus the app and review-submission relationship paths), and the component schemas they reference transitively. See SOURCE.md."},"servers":[{"url":"https://api.appstoreconnect.apple.com/"}],"paths":{"/v1/reviewSubmissionItems":{"post":{"tags":["ReviewSubmissionItems"],"operationId":"reviewSubmissionItems_createInstance","requestBody":{"description":"ReviewSubmissionItem representation","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionItemCreateRequest"}}},"required":true},"responses":{"201":{"description":"Single ReviewSubmissionItem","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionItemResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"409":{"description":"Request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"422":{"description":"Unprocessable request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}}},"/v1/reviewSubmissionItems/{id}":{"patch":{"tags":["ReviewSubmissionItems"],"operationId":"reviewSubmissionItems_updateInstance","requestBody":{"description":"ReviewSubmissionItem representation","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionItemUpdateRequest"}}},"required":true},"responses":{"200":{"description":"Single ReviewSubmissionItem","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionItemResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"409":{"description":"Request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"422":{"description":"Unprocessable request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"delete":{"tags":["ReviewSubmissionItems"],"operationId":"reviewSubmissionItems_deleteInstance","responses":{"204":{"description":"Success (no content)"},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/reviewSubmissions":{"get":{"tags":["ReviewSubmissions"],"operationId":"reviewSubmissions_getCollection","parameters":[{"name":"filter[platform]","in":"query","description":"filter by attribute \'platform\'","schema":{"type":"array","items":{"type":"string","enum":["IOS","MAC_OS","TV_OS","VISION_OS"]}},"style":"form","explode":false,"required":false},{"name":"filter[state]","in":"query","description":"filter by attribute \'state\'","schema":{"type":"array","items":{"type":"string","enum":["READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","UNRESOLVED_ISSUES","CANCELING","COMPLETING","COMPLETE"]}},"style":"form","explode":false,"required":false},{"name":"filter[app]","in":"query","description":"filter by id(s) of related \'app\'","schema":{"type":"array","items":{"type":"string"}},"style":"form","explode":false,"required":true},{"name":"fields[reviewSubmissions]","in":"query","description":"the fields to include for returned resources of type reviewSubmissions","schema":{"type":"array","items":{"type":"string","enum":["platform","submittedDate","state","app","items","appStoreVersionForReview","submittedByActor","lastUpdatedByActor"]}},"style":"form","explode":false,"required":false},{"name":"fields[apps]","in":"query","description":"the fields to include for returned resources of type apps","schema":{"type":"array","items":{"type":"string","enum":["accessibilityUrl","name","bundleId","sku","primaryLocale","isOrEverWasMadeForKids","subscriptionStatusUrl","subscriptionStatusUrlVersion","subscriptionStatusUrlForSandbox","subscriptionStatusUrlVersionForSandbox","contentRightsDeclaration","streamlinedPurchasingEnabled","accessibilityDeclarations","appEncryptionDeclarations","appStoreIcon","ciProduct","betaTesters","betaGroups","appStoreVersions","appTags","preReleaseVersions","betaAppLocalizations","builds","betaLicenseAgreement","betaAppReviewDetail","appInfos","appClips","appPricePoints","endUserLicenseAgreement","appPriceSchedule","appAvailabilityV2","inAppPurchases","subscriptionGroups","gameCenterEnabledVersions","performanceOverviews","perfPowerMetrics","appCustomProductPages","inAppPurchasesV2","promotedPurchases","appEvents","reviewSubmissions","subscriptionGracePeriod","customerReviews","customerReviewSummarizations","gameCenterDetail","appStoreVersionExperimentsV2","alternativeDistributionKey","analyticsReportRequests","marketplaceSearchDetail","buildUploads","backgroundAssets","assetLibrary","betaFeedbackScreenshotSubmissions","betaFeedbackCrashSubmissions","searchKeywords","webhooks","androidToIosAppMappingDetails"]}},"style":"form","explode":false,"required":false},{"name":"fields[reviewSubmissionItems]","in":"query","description":"the fields to include for returned resources of type reviewSubmissionItems","schema":{"type":"array","items":{"type":"string","enum":["state","appStoreVersion","appCustomProductPageVersion","appStoreVersionExperiment","appStoreVersionExperimentV2","appEvent","appAssetLibraryImage","appAssetLibraryVideo","backgroundAssetVersion","gameCenterAchievementVersion","gameCenterActivityVersion","gameCenterChallengeVersion","gameCenterLeaderboardSetVersion","gameCenterLeaderboardVersion","inAppPurchaseVersion","subscriptionVersion","subscriptionGroupVersion"]}},"style":"form","explode":false,"required":false},{"name":"fields[appStoreVersions]","in":"query","description":"the fields to include for returned resources of type appStoreVersions","schema":{"type":"array","items":{"type":"string","enum":["platform","versionString","appStoreState","appVersionState","copyright","reviewType","releaseType","earliestReleaseDate","usesIdfa","downloadable","createdDate","app","appStoreVersionLocalizations","build","appStoreVersionPhasedRelease","gameCenterAppVersion","routingAppCoverage","appStoreReviewDetail","appStoreVersionSubmission","appClipDefaultExperience","appStoreVersionExperiments","appStoreVersionExperimentsV2","customerReviews","alternativeDistributionPackage"]}},"style":"form","explode":false,"required":false},{"name":"fields[actors]","in":"query","description":"the fields to include for returned resources of type actors","schema":{"type":"array","items":{"type":"string","enum":["actorType","userFirstName","userLastName","userEmail","apiKeyId"]}},"style":"form","explode":false,"required":false},{"name":"limit","in":"query","description":"maximum resources per page","schema":{"type":"integer","maximum":200},"style":"form"},{"name":"include","in":"query","description":"comma-separated list of relationships to include","schema":{"type":"array","items":{"type":"string","enum":["app","items","appStoreVersionForReview","submittedByActor","lastUpdatedByActor"]}},"style":"form","explode":false,"required":false},{"name":"limit[items]","in":"query","description":"maximum number of related items returned (when they are included)","schema":{"type":"integer","maximum":50},"style":"form","required":false}],"responses":{"200":{"description":"List of ReviewSubmissions","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionsResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"post":{"tags":["ReviewSubmissions"],"operationId":"reviewSubmissions_createInstance","requestBody":{"description":"ReviewSubmission representation","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionCreateRequest"}}},"required":true},"responses":{"201":{"description":"Single ReviewSubmission","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"409":{"description":"Request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"422":{"description":"Unprocessable request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}}},"/v1/reviewSubmissions/{id}":{"get":{"tags":["ReviewSubmissions"],"operationId":"reviewSubmissions_getInstance","parameters":[{"name":"fields[reviewSubmissions]","in":"query","description":"the fields to include for returned resources of type reviewSubmissions","schema":{"type":"array","items":{"type":"string","enum":["platform","submittedDate","state","app","items","appStoreVersionForReview","submittedByActor","lastUpdatedByActor"]}},"style":"form","explode":false,"required":false},{"name":"fields[apps]","in":"query","description":"the fields to include for returned resources of type apps","schema":{"type":"array","items":{"type":"string","enum":["accessibilityUrl","name","bundleId","sku","primaryLocale","isOrEverWasMadeForKids","subscriptionStatusUrl","subscriptionStatusUrlVersion","subscriptionStatusUrlForSandbox","subscriptionStatusUrlVersionForSandbox","contentRightsDeclaration","streamlinedPurchasingEnabled","accessibilityDeclarations","appEncryptionDeclarations","appStoreIcon","ciProduct","betaTesters","betaGroups","appStoreVersions","appTags","preReleaseVersions","betaAppLocalizations","builds","betaLicenseAgreement","betaAppReviewDetail","appInfos","appClips","appPricePoints","endUserLicenseAgreement","appPriceSchedule","appAvailabilityV2","inAppPurchases","subscriptionGroups","gameCenterEnabledVersions","performanceOverviews","perfPowerMetrics","appCustomProductPages","inAppPurchasesV2","promotedPurchases","appEvents","reviewSubmissions","subscriptionGracePeriod","customerReviews","customerReviewSummarizations","gameCenterDetail","appStoreVersionExperimentsV2","alternativeDistributionKey","analyticsReportRequests","marketplaceSearchDetail","buildUploads","backgroundAssets","assetLibrary","betaFeedbackScreenshotSubmissions","betaFeedbackCrashSubmissions","searchKeywords","webhooks","androidToIosAppMappingDetails"]}},"style":"form","explode":false,"required":false},{"name":"fields[reviewSubmissionItems]","in":"query","description":"the fields to include for returned resources of type reviewSubmissionItems","schema":{"type":"array","items":{"type":"string","enum":["state","appStoreVersion","appCustomProductPageVersion","appStoreVersionExperiment","appStoreVersionExperimentV2","appEvent","appAssetLibraryImage","appAssetLibraryVideo","backgroundAssetVersion","gameCenterAchievementVersion","gameCenterActivityVersion","gameCenterChallengeVersion","gameCenterLeaderboardSetVersion","gameCenterLeaderboardVersion","inAppPurchaseVersion","subscriptionVersion","subscriptionGroupVersion"]}},"style":"form","explode":false,"required":false},{"name":"fields[appStoreVersions]","in":"query","description":"the fields to include for returned resources of type appStoreVersions","schema":{"type":"array","items":{"type":"string","enum":["platform","versionString","appStoreState","appVersionState","copyright","reviewType","releaseType","earliestReleaseDate","usesIdfa","downloadable","createdDate","app","appStoreVersionLocalizations","build","appStoreVersionPhasedRelease","gameCenterAppVersion","routingAppCoverage","appStoreReviewDetail","appStoreVersionSubmission","appClipDefaultExperience","appStoreVersionExperiments","appStoreVersionExperimentsV2","customerReviews","alternativeDistributionPackage"]}},"style":"form","explode":false,"required":false},{"name":"fields[actors]","in":"query","description":"the fields to include for returned resources of type actors","schema":{"type":"array","items":{"type":"string","enum":["actorType","userFirstName","userLastName","userEmail","apiKeyId"]}},"style":"form","explode":false,"required":false},{"name":"include","in":"query","description":"comma-separated list of relationships to include","schema":{"type":"array","items":{"type":"string","enum":["app","items","appStoreVersionForReview","submittedByActor","lastUpdatedByActor"]}},"style":"form","explode":false,"required":false},{"name":"limit[items]","in":"query","description":"maximum number of related items returned (when they are included)","schema":{"type":"integer","maximum":50},"style":"form","required":false}],"responses":{"200":{"description":"Single ReviewSubmission","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"patch":{"tags":["ReviewSubmissions"],"operationId":"reviewSubmissions_updateInstance","requestBody":{"description":"ReviewSubmission representation","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionUpdateRequest"}}},"required":true},"responses":{"200":{"description":"Single ReviewSubmission","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"409":{"description":"Request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"422":{"description":"Unprocessable request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/apps/{id}/relationships/reviewSubmissions":{"get":{"tags":["Apps"],"operationId":"apps_reviewSubmissions_getToManyRelationship","parameters":[{"name":"limit","in":"query","description":"maximum resources per page","schema":{"type":"integer","maximum":200},"style":"form"}],"responses":{"200":{"description":"List of related linkages","content":{"application/json":{"schema":{"$ref":"#/components/schemas/AppReviewSubmissionsLinkagesResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/apps/{id}/reviewSubmissions":{"get":{"tags":["Apps"],"operationId":"apps_reviewSubmissions_getToManyRelated","parameters":[{"name":"filter[platform]","in":"query","description":"filter by attribute \'platform\'","schema":{"type":"array","items":{"type":"string","enum":["IOS","MAC_OS","TV_OS","VISION_OS"]}},"style":"form","explode":false},{"name":"filter[state]","in":"query","description":"filter by attribute \'state\'","schema":{"type":"array","items":{"type":"string","enum":["READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","UNRESOLVED_ISSUES","CANCELING","COMPLETING","COMPLETE"]}},"style":"form","explode":false},{"name":"fields[reviewSubmissions]","in":"query","description":"the fields to include for returned resources of type reviewSubmissions","schema":{"type":"array","items":{"type":"string","enum":["platform","submittedDate","state","app","items","appStoreVersionForReview","submittedByActor","lastUpdatedByActor"]}},"style":"form","explode":false},{"name":"fields[apps]","in":"query","description":"the fields to include for returned resources of type apps","schema":{"type":"array","items":{"type":"string","enum":["accessibilityUrl","name","bundleId","sku","primaryLocale","isOrEverWasMadeForKids","subscriptionStatusUrl","subscriptionStatusUrlVersion","subscriptionStatusUrlForSandbox","subscriptionStatusUrlVersionForSandbox","contentRightsDeclaration","streamlinedPurchasingEnabled","accessibilityDeclarations","appEncryptionDeclarations","appStoreIcon","ciProduct","betaTesters","betaGroups","appStoreVersions","appTags","preReleaseVersions","betaAppLocalizations","builds","betaLicenseAgreement","betaAppReviewDetail","appInfos","appClips","appPricePoints","endUserLicenseAgreement","appPriceSchedule","appAvailabilityV2","inAppPurchases","subscriptionGroups","gameCenterEnabledVersions","performanceOverviews","perfPowerMetrics","appCustomProductPages","inAppPurchasesV2","promotedPurchases","appEvents","reviewSubmissions","subscriptionGracePeriod","customerReviews","customerReviewSummarizations","gameCenterDetail","appStoreVersionExperimentsV2","alternativeDistributionKey","analyticsReportRequests","marketplaceSearchDetail","buildUploads","backgroundAssets","assetLibrary","betaFeedbackScreenshotSubmissions","betaFeedbackCrashSubmissions","searchKeywords","webhooks","androidToIosAppMappingDetails"]}},"style":"form","explode":false},{"name":"fields[reviewSubmissionItems]","in":"query","description":"the fields to include for returned resources of type reviewSubmissionItems","schema":{"type":"array","items":{"type":"string","enum":["state","appStoreVersion","appCustomProductPageVersion","appStoreVersionExperiment","appStoreVersionExperimentV2","appEvent","appAssetLibraryImage","appAssetLibraryVideo","backgroundAssetVersion","gameCenterAchievementVersion","gameCenterActivityVersion","gameCenterChallengeVersion","gameCenterLeaderboardSetVersion","gameCenterLeaderboardVersion","inAppPurchaseVersion","subscriptionVersion","subscriptionGroupVersion"]}},"style":"form","explode":false},{"name":"fields[appStoreVersions]","in":"query","description":"the fields to include for returned resources of type appStoreVersions","schema":{"type":"array","items":{"type":"string","enum":["platform","versionString","appStoreState","appVersionState","copyright","reviewType","releaseType","earliestReleaseDate","usesIdfa","downloadable","createdDate","app","appStoreVersionLocalizations","build","appStoreVersionPhasedRelease","gameCenterAppVersion","routingAppCoverage","appStoreReviewDetail","appStoreVersionSubmission","appClipDefaultExperience","appStoreVersionExperiments","appStoreVersionExperimentsV2","customerReviews","alternativeDistributionPackage"]}},"style":"form","explode":false},{"name":"fields[actors]","in":"query","description":"the fields to include for returned resources of type actors","schema":{"type":"array","items":{"type":"string","enum":["actorType","userFirstName","userLastName","userEmail","apiKeyId"]}},"style":"form","explode":false},{"name":"limit","in":"query","description":"maximum resources per page","schema":{"type":"integer","maximum":200},"style":"form"},{"name":"include","in":"query","description":"comma-separated list of relationships to include","schema":{"type":"array","items":{"type":"string","enum":["app","items","appStoreVersionForReview","submittedByActor","lastUpdatedByActor"]}},"style":"form","explode":false},{"name":"limit[items]","in":"query","description":"maximum number of related items returned (when they are included)","schema":{"type":"integer","maximum":50},"style":"form"}],"responses":{"200":{"description":"List of ReviewSubmissions","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionsResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/reviewSubmissions/{id}/relationships/items":{"get":{"tags":["ReviewSubmissions"],"operationId":"reviewSubmissions_items_getToManyRelationship","parameters":[{"name":"limit","in":"query","description":"maximum resources per page","schema":{"type":"integer","maximum":200},"style":"form"}],"responses":{"200":{"description":"List of related linkages","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionItemsLinkagesResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/reviewSubmissions/{id}/items":{"get":{"tags":["ReviewSubmissions"],"operationId":"reviewSubmissions_items_getToManyRelated","parameters":[{"name":"fields[reviewSubmissionItems]","in":"query","description":"the fields to include for returned resources of type reviewSubmissionItems","schema":{"type":"array","items":{"type":"string","enum":["state","appStoreVersion","appCustomProductPageVersion","appStoreVersionExperiment","appStoreVersionExperimentV2","appEvent","appAssetLibraryImage","appAssetLibraryVideo","backgroundAssetVersion","gameCenterAchievementVersion","gameCenterActivityVersion","gameCenterChallengeVersion","gameCenterLeaderboardSetVersion","gameCenterLeaderboardVersion","inAppPurchaseVersion","subscriptionVersion","subscriptionGroupVersion"]}},"style":"form","explode":false},{"name":"fields[appStoreVersions]","in":"query","description":"the fields to include for returned resources of type appStoreVersions","schema":{"type":"array","items":{"type":"string","enum":["platform","versionString","appStoreState","appVersionState","copyright","reviewType","releaseType","earliestReleaseDate","usesIdfa","downloadable","createdDate","app","appStoreVersionLocalizations","build","appStoreVersionPhasedRelease","gameCenterAppVersion","routingAppCoverage","appStoreReviewDetail","appStoreVersionSubmission","appClipDefaultExperience","appStoreVersionExperiments","appStoreVersionExperimentsV2","customerReviews","alternativeDistributionPackage"]}},"style":"form","explode":false},{"name":"fields[appCustomProductPageVersions]","in":"query","description":"the fields to include for returned resources of type appCustomProductPageVersions","schema":{"type":"array","items":{"type":"string","enum":["version","state","deepLink","appCustomProductPage","appCustomProductPageLocalizations"]}},"style":"form","explode":false},{"name":"fields[appStoreVersionExperiments]","in":"query","description":"the fields to include for returned resources of type appStoreVersionExperiments","schema":{"type":"array","items":{"type":"string","enum":["name","trafficProportion","state","reviewRequired","startDate","endDate","appStoreVersion","appStoreVersionExperimentTreatments","platform","app","latestControlVersion","controlVersions"]}},"style":"form","explode":false},{"name":"fields[appEvents]","in":"query","description":"the fields to include for returned resources of type appEvents","schema":{"type":"array","items":{"type":"string","enum":["referenceName","badge","eventState","deepLink","purchaseRequirement","primaryLocale","priority","purpose","territorySchedules","archivedTerritorySchedules","localizations"]}},"style":"form","explode":false},{"name":"fields[appAssetLibraryImages]","in":"query","description":"the fields to include for returned resources of type appAssetLibraryImages","schema":{"type":"array","items":{"type":"string","enum":["category","createdDate","lastModifiedDate","fileName","fileSize","imageAsset","referenceName","specId","state","stateDetails","uploadOperations","placements"]}},"style":"form","explode":false},{"name":"fields[appAssetLibraryVideos]","in":"query","description":"the fields to include for returned resources of type appAssetLibraryVideos","schema":{"type":"array","items":{"type":"string","enum":["category","createdDate","lastModifiedDate","fileName","fileSize","previewFrameImage","previewFrameTimeCode","referenceName","specId","state","stateDetails","uploadOperations","videoAsset","placements"]}},"style":"form","explode":false},{"name":"fields[backgroundAssetVersions]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersions","schema":{"type":"array","items":{"type":"string","enum":["createdDate","platforms","state","stateDetails","version","locale","backgroundAsset","internalBetaRelease","externalBetaRelease","appStoreRelease","assetFile","manifestFile","backgroundAssetUploadFiles"]}},"style":"form","explode":false},{"name":"fields[gameCenterAchievementVersions]","in":"query","description":"the fields to include for returned resources of type gameCenterAchievementVersions","schema":{"type":"array","items":{"type":"string","enum":["version","state","achievement","localizations"]}},"style":"form","explode":false},{"name":"fields[gameCenterActivityVersions]","in":"query","description":"the fields to include for returned resources of type gameCenterActivityVersions","schema":{"type":"array","items":{"type":"string","enum":["version","state","fallbackUrl","activity","localizations","defaultImage","releases"]}},"style":"form","explode":false},{"name":"fields[gameCenterChallengeVersions]","in":"query","description":"the fields to include for returned resources of type gameCenterChallengeVersions","schema":{"type":"array","items":{"type":"string","enum":["version","state","challenge","localizations","releases","defaultImage"]}},"style":"form","explode":false},{"name":"fields[gameCenterLeaderboardSetVersions]","in":"query","description":"the fields to include for returned resources of type gameCenterLeaderboardSetVersions","schema":{"type":"array","items":{"type":"string","enum":["version","state","leaderboardSet","localizations"]}},"style":"form","explode":false},{"name":"fields[gameCenterLeaderboardVersions]","in":"query","description":"the fields to include for returned resources of type gameCenterLeaderboardVersions","schema":{"type":"array","items":{"type":"string","enum":["version","state","leaderboard","localizations"]}},"style":"form","explode":false},{"name":"fields[inAppPurchaseVersions]","in":"query","description":"the fields to include for returned resources of type inAppPurchaseVersions","schema":{"type":"array","items":{"type":"string","enum":["version","state","inAppPurchase","image","images","localizations"]}},"style":"form","explode":false},{"name":"fields[subscriptionVersions]","in":"query","description":"the fields to include for returned resources of type subscriptionVersions","schema":{"type":"array","items":{"type":"string","enum":["version","state","subscription","image","images","localizations"]}},"style":"form","explode":false},{"name":"fields[subscriptionGroupVersions]","in":"query","description":"the fields to include for returned resources of type subscriptionGroupVersions","schema":{"type":"array","items":{"type":"string","enum":["version","state","subscriptionGroup","localizations"]}},"style":"form","explode":false},{"name":"limit","in":"query","description":"maximum resources per page","schema":{"type":"integer","maximum":200},"style":"form"},{"name":"include","in":"query","description":"comma-separated list of relationships to include","schema":{"type":"array","items":{"type":"string","enum":["appStoreVersion","appCustomProductPageVersion","appStoreVersionExperiment","appStoreVersionExperimentV2","appEvent","appAssetLibraryImage","appAssetLibraryVideo","backgroundAssetVersion","gameCenterAchievementVersion","gameCenterActivityVersion","gameCenterChallengeVersion","gameCenterLeaderboardSetVersion","gameCenterLeaderboardVersion","inAppPurchaseVersion","subscriptionVersion","subscriptionGroupVersion"]}},"style":"form","explode":false}],"responses":{"200":{"description":"List of ReviewSubmissionItems","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionItemsResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]}},"components":{"schemas":{"Actor":{"type":"object","title":"Actor","properties":{"type":{"type":"string","enum":["actors"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"actorType":{"type":"string","enum":["USER","API_KEY","XCODE_CLOUD","APPLE"]},"userFirstName":{"type":"string"},"userLastName":{"type":"string"},"userEmail":{"type":"string"},"apiKeyId":{"type":"string"}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"AppAssetLibraryImage":{"type":"object","title":"AppAssetLibraryImage","properties":{"type":{"type":"string","enum":["appAssetLibraryImages"]},"id":{"type":"string"},"attributes":{"oneOf":[{"$ref":"#/components/schemas/AppAssetLibraryImageAwaitingUploadAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryImageUploadCompleteAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryImageFailedAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryImageReadyForReviewAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryImageWaitingForReviewAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryImageInReviewAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryImageAcceptedAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryImageApprovedAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryImageRejectedAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryImageArchivedAttributes"}],"discriminator":{"propertyName":"state","mapping":{"UPLOAD_COMPLETE":"#/components/schemas/AppAssetLibraryImageUploadCompleteAttributes","COMPLETE":"#/components/schemas/AppAssetLibraryImageCommonAttributes","IN_REVIEW":"#/components/schemas/AppAssetLibraryImageInReviewAttributes","ACCEPTED":"#/components/schemas/AppAssetLibraryImageAcceptedAttributes","FAILED":"#/components/schemas/AppAssetLibraryImageFailedAttributes","AWAITING_UPLOAD":"#/components/schemas/AppAssetLibraryImageAwaitingUploadAttributes","PREPARE_FOR_SUBMISSION":"#/components/schemas/AppAssetLibraryImageCommonAttributes","READY_FOR_REVIEW":"#/components/schemas/AppAssetLibraryImageReadyForReviewAttributes","ARCHIVED":"#/components/schemas/AppAssetLibraryImageArchivedAttributes","APPROVED":"#/components/schemas/AppAssetLibraryImageApprovedAttributes","WAITING_FOR_REVIEW":"#/components/schemas/AppAssetLibraryImageWaitingForReviewAttributes","REJECTED":"#/components/schemas/AppAssetLibraryImageRejectedAttributes"}}},"relationships":{"type":"object","properties":{"placements":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appAssetLibraryPlacements"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"AppAssetLibraryImageCommonAttributes":{"type":"object","title":"AppAssetLibraryImageCommonAttributes","properties":{"category":{"$ref":"#/components/schemas/AppAssetLibraryAssetCategory"},"createdDate":{"type":"string","format":"date-time"},"lastModifiedDate":{"type":"string","format":"date-time"},"fileName":{"type":"string"},"fileSize":{"type":"integer","format":"int64","maximum":9007199254740991,"minimum":1},"imageAsset":{"$ref":"#/components/schemas/ImageAsset"},"referenceName":{"type":"string"},"specId":{"type":"string"},"state":{"$ref":"#/components/schemas/AppAssetLibraryAssetState"},"stateDetails":{"type":"array","items":{"$ref":"#/components/schemas/StateDetail"}}},"required":["state"]},"AppAssetLibraryImageAcceptedAttributes":{"title":"AppAssetLibraryImageAcceptedAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"type":"object"}]},"AppAssetLibraryImageApprovedAttributes":{"title":"AppAssetLibraryImageApprovedAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"type":"object"}]},"AppAssetLibraryImageArchivedAttributes":{"title":"AppAssetLibraryImageArchivedAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"type":"object"}]},"AppAssetLibraryImageAwaitingUploadAttributes":{"title":"AppAssetLibraryImageAwaitingUploadAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"type":"object","properties":{"uploadOperations":{"type":"array","items":{"$ref":"#/components/schemas/UploadOperation"}}}}]},"AppAssetLibraryImageFailedAttributes":{"title":"AppAssetLibraryImageFailedAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"type":"object","properties":{"uploadOperations":{"type":"array","items":{"$ref":"#/components/schemas/UploadOperation"}}}}]},"AppAssetLibraryImageInReviewAttributes":{"title":"AppAssetLibraryImageInReviewAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"type":"object"}]},"AppAssetLibraryImageReadyForReviewAttributes":{"title":"AppAssetLibraryImageReadyForReviewAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"type":"object"}]},"AppAssetLibraryImageRejectedAttributes":{"title":"AppAssetLibraryImageRejectedAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"type":"object"}]},"AppAssetLibraryImageUploadCompleteAttributes":{"title":"AppAssetLibraryImageUploadCompleteAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"type":"object","properties":{"uploadOperations":{"type":"array","items":{"$ref":"#/components/schemas/UploadOperation"}}}}]},"AppAssetLibraryImageWaitingForReviewAttributes":{"title":"AppAssetLibraryImageWaitingForReviewAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"type":"object"}]},"AppAssetLibraryVideo":{"type":"object","title":"AppAssetLibraryVideo","properties":{"type":{"type":"string","enum":["appAssetLibraryVideos"]},"id":{"type":"string"},"attributes":{"oneOf":[{"$ref":"#/components/schemas/AppAssetLibraryVideoAwaitingUploadAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryVideoUploadCompleteAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryVideoFailedAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryVideoReadyForReviewAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryVideoWaitingForReviewAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryVideoInReviewAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryVideoAcceptedAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryVideoApprovedAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryVideoRejectedAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryVideoArchivedAttributes"}],"discriminator":{"propertyName":"state","mapping":{"UPLOAD_COMPLETE":"#/components/schemas/AppAssetLibraryVideoUploadCompleteAttributes","COMPLETE":"#/components/schemas/AppAssetLibraryVideoCommonAttributes","IN_REVIEW":"#/components/schemas/AppAssetLibraryVideoInReviewAttributes","ACCEPTED":"#/components/schemas/AppAssetLibraryVideoAcceptedAttributes","FAILED":"#/components/schemas/AppAssetLibraryVideoFailedAttributes","AWAITING_UPLOAD":"#/components/schemas/AppAssetLibraryVideoAwaitingUploadAttributes","PREPARE_FOR_SUBMISSION":"#/components/schemas/AppAssetLibraryVideoCommonAttributes","READY_FOR_REVIEW":"#/components/schemas/AppAssetLibraryVideoReadyForReviewAttributes","ARCHIVED":"#/components/schemas/AppAssetLibraryVideoArchivedAttributes","APPROVED":"#/components/schemas/AppAssetLibraryVideoApprovedAttributes","WAITING_FOR_REVIEW":"#/components/schemas/AppAssetLibraryVideoWaitingForReviewAttributes","REJECTED":"#/components/schemas/AppAssetLibraryVideoRejectedAttributes"}}},"relationships":{"type":"object","properties":{"placements":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appAssetLibraryPlacements"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"AppAssetLibraryVideoCommonAttributes":{"type":"object","title":"AppAssetLibraryVideoCommonAttributes","properties":{"category":{"$ref":"#/components/schemas/AppAssetLibraryAssetCategory"},"createdDate":{"type":"string","format":"date-time"},"lastModifiedDate":{"type":"string","format":"date-time"},"fileName":{"type":"string"},"fileSize":{"type":"integer","format":"int64","maximum":9007199254740991,"minimum":1},"previewFrameImage":{"$ref":"#/components/schemas/PreviewFrameImage"},"previewFrameTimeCode":{"type":"string"},"referenceName":{"type":"string"},"specId":{"type":"string"},"state":{"$ref":"#/components/schemas/AppAssetLibraryAssetState"},"stateDetails":{"type":"array","items":{"$ref":"#/components/schemas/StateDetail"}},"videoAsset":{"type":"string","format":"uri"}},"required":["state"]},"AppAssetLibraryVideoAcceptedAttributes":{"title":"AppAssetLibraryVideoAcceptedAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"type":"object"}]},"AppAssetLibraryVideoApprovedAttributes":{"title":"AppAssetLibraryVideoApprovedAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"type":"object"}]},"AppAssetLibraryVideoArchivedAttributes":{"title":"AppAssetLibraryVideoArchivedAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"type":"object"}]},"AppAssetLibraryVideoAwaitingUploadAttributes":{"title":"AppAssetLibraryVideoAwaitingUploadAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"type":"object","properties":{"uploadOperations":{"type":"array","items":{"$ref":"#/components/schemas/UploadOperation"}}}}]},"AppAssetLibraryVideoFailedAttributes":{"title":"AppAssetLibraryVideoFailedAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"type":"object","properties":{"uploadOperations":{"type":"array","items":{"$ref":"#/components/schemas/UploadOperation"}}}}]},"AppAssetLibraryVideoInReviewAttributes":{"title":"AppAssetLibraryVideoInReviewAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"type":"object"}]},"AppAssetLibraryVideoReadyForReviewAttributes":{"title":"AppAssetLibraryVideoReadyForReviewAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"type":"object"}]},"AppAssetLibraryVideoRejectedAttributes":{"title":"AppAssetLibraryVideoRejectedAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"type":"object"}]},"AppAssetLibraryVideoUploadCompleteAttributes":{"title":"AppAssetLibraryVideoUploadCompleteAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"type":"object","properties":{"uploadOperations":{"type":"array","items":{"$ref":"#/components/schemas/UploadOperation"}}}}]},"AppAssetLibraryVideoWaitingForReviewAttributes":{"title":"AppAssetLibraryVideoWaitingForReviewAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"type":"object"}]},"AppCustomProductPageVersion":{"type":"object","title":"AppCustomProductPageVersion","properties":{"type":{"type":"string","enum":["appCustomProductPageVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"version":{"type":"string"},"state":{"type":"string","enum":["PREPARE_FOR_SUBMISSION","READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","ACCEPTED","APPROVED","REPLACED_WITH_NEW_VERSION","REJECTED"]},"deepLink":{"type":"string","format":"uri"}}},"relationships":{"type":"object","properties":{"appCustomProductPage":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appCustomProductPages"]},"id":{"type":"string"}},"required":["id","type"]}}},"appCustomProductPageLocalizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appCustomProductPageLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"AppEvent":{"type":"object","title":"AppEvent","properties":{"type":{"type":"string","enum":["appEvents"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"referenceName":{"type":"string"},"badge":{"type":"string","enum":["LIVE_EVENT","PREMIERE","CHALLENGE","COMPETITION","NEW_SEASON","MAJOR_UPDATE","SPECIAL_EVENT"]},"eventState":{"type":"string","enum":["DRAFT","READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","REJECTED","ACCEPTED","APPROVED","PUBLISHED","PAST","ARCHIVED"]},"deepLink":{"type":"string","format":"uri"},"purchaseRequirement":{"type":"string"},"primaryLocale":{"type":"string"},"priority":{"type":"string","enum":["HIGH","NORMAL"]},"purpose":{"type":"string","enum":["APPROPRIATE_FOR_ALL_USERS","ATTRACT_NEW_USERS","KEEP_ACTIVE_USERS_INFORMED","BRING_BACK_LAPSED_USERS"]},"territorySchedules":{"type":"array","items":{"type":"object","properties":{"territories":{"type":"array","items":{"type":"string"}},"publishStart":{"type":"string","format":"date-time"},"eventStart":{"type":"string","format":"date-time"},"eventEnd":{"type":"string","format":"date-time"}}}},"archivedTerritorySchedules":{"type":"array","items":{"type":"object","properties":{"territories":{"type":"array","items":{"type":"string"}},"publishStart":{"type":"string","format":"date-time"},"eventStart":{"type":"string","format":"date-time"},"eventEnd":{"type":"string","format":"date-time"}}}}}},"relationships":{"type":"object","properties":{"localizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appEventLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"AppStoreVersionExperiment":{"type":"object","title":"AppStoreVersionExperiment","properties":{"type":{"type":"string","enum":["appStoreVersionExperiments"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"name":{"type":"string"},"trafficProportion":{"type":"integer"},"state":{"type":"string","enum":["PREPARE_FOR_SUBMISSION","READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","ACCEPTED","APPROVED","REJECTED","COMPLETED","STOPPED"]},"reviewRequired":{"type":"boolean"},"startDate":{"type":"string","format":"date-time"},"endDate":{"type":"string","format":"date-time"}}},"relationships":{"type":"object","properties":{"appStoreVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreVersionExperimentTreatments":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionExperimentTreatments"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"],"deprecated":true},"AppStoreVersion":{"type":"object","title":"AppStoreVersion","properties":{"type":{"type":"string","enum":["appStoreVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"platform":{"$ref":"#/components/schemas/Platform"},"versionString":{"type":"string"},"appStoreState":{"deprecated":true,"$ref":"#/components/schemas/AppStoreVersionState"},"appVersionState":{"$ref":"#/components/schemas/AppVersionState"},"copyright":{"type":"string"},"reviewType":{"type":"string","enum":["APP_STORE","NOTARIZATION"]},"releaseType":{"type":"string","enum":["MANUAL","AFTER_APPROVAL","SCHEDULED"]},"earliestReleaseDate":{"type":"string","format":"date-time"},"usesIdfa":{"type":"boolean","deprecated":true},"downloadable":{"type":"boolean"},"createdDate":{"type":"string","format":"date-time"}}},"relationships":{"type":"object","properties":{"app":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["apps"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreVersionLocalizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}},"build":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["builds"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreVersionPhasedRelease":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionPhasedReleases"]},"id":{"type":"string"}},"required":["id","type"]}}},"gameCenterAppVersion":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterAppVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"routingAppCoverage":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["routingAppCoverages"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreReviewDetail":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreReviewDetails"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreVersionSubmission":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionSubmissions"]},"id":{"type":"string"}},"required":["id","type"]}}},"appClipDefaultExperience":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["appClipDefaultExperiences"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreVersionExperiments":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionExperiments"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appStoreVersionExperimentsV2":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionExperiments"]},"id":{"type":"string"}},"required":["id","type"]}}}},"customerReviews":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"alternativeDistributionPackage":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["alternativeDistributionPackages"]},"id":{"type":"string"}},"required":["id","type"]}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"App":{"type":"object","title":"App","properties":{"type":{"type":"string","enum":["apps"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"accessibilityUrl":{"type":"string","format":"uri"},"name":{"type":"string"},"bundleId":{"type":"string"},"sku":{"type":"string"},"primaryLocale":{"type":"string"},"isOrEverWasMadeForKids":{"type":"boolean"},"subscriptionStatusUrl":{"type":"string","format":"uri"},"subscriptionStatusUrlVersion":{"$ref":"#/components/schemas/SubscriptionStatusUrlVersion"},"subscriptionStatusUrlForSandbox":{"type":"string","format":"uri"},"subscriptionStatusUrlVersionForSandbox":{"$ref":"#/components/schemas/SubscriptionStatusUrlVersion"},"contentRightsDeclaration":{"type":"string","enum":["DOES_NOT_USE_THIRD_PARTY_CONTENT","USES_THIRD_PARTY_CONTENT"]},"streamlinedPurchasingEnabled":{"type":"boolean"}}},"relationships":{"type":"object","properties":{"accessibilityDeclarations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"appEncryptionDeclarations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appEncryptionDeclarations"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appStoreIcon":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["buildIcons"]},"id":{"type":"string"}},"required":["id","type"]}}},"ciProduct":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["ciProducts"]},"id":{"type":"string"}},"required":["id","type"]}}},"betaTesters":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"betaGroups":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["betaGroups"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appStoreVersions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appTags":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"preReleaseVersions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["preReleaseVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}},"betaAppLocalizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["betaAppLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}},"builds":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["builds"]},"id":{"type":"string"}},"required":["id","type"]}}}},"betaLicenseAgreement":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["betaLicenseAgreements"]},"id":{"type":"string"}},"required":["id","type"]}}},"betaAppReviewDetail":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["betaAppReviewDetails"]},"id":{"type":"string"}},"required":["id","type"]}}},"appInfos":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appInfos"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appClips":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appClips"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appPricePoints":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"endUserLicenseAgreement":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["endUserLicenseAgreements"]},"id":{"type":"string"}},"required":["id","type"]}}},"appPriceSchedule":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"appAvailabilityV2":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"inAppPurchases":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["inAppPurchases"]},"id":{"type":"string"}},"required":["id","type"]}}},"deprecated":true},"subscriptionGroups":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionGroups"]},"id":{"type":"string"}},"required":["id","type"]}}}},"gameCenterEnabledVersions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterEnabledVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}},"performanceOverviews":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"perfPowerMetrics":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"appCustomProductPages":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appCustomProductPages"]},"id":{"type":"string"}},"required":["id","type"]}}}},"inAppPurchasesV2":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["inAppPurchases"]},"id":{"type":"string"}},"required":["id","type"]}}}},"promotedPurchases":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["promotedPurchases"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appEvents":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appEvents"]},"id":{"type":"string"}},"required":["id","type"]}}}},"reviewSubmissions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["reviewSubmissions"]},"id":{"type":"string"}},"required":["id","type"]}}}},"subscriptionGracePeriod":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionGracePeriods"]},"id":{"type":"string"}},"required":["id","type"]}}},"customerReviews":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"customerReviewSummarizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"gameCenterDetail":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterDetails"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreVersionExperimentsV2":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionExperiments"]},"id":{"type":"string"}},"required":["id","type"]}}}},"alternativeDistributionKey":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"analyticsReportRequests":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"marketplaceSearchDetail":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"buildUploads":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"backgroundAssets":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"assetLibrary":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"betaFeedbackScreenshotSubmissions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"betaFeedbackCrashSubmissions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"searchKeywords":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"webhooks":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"androidToIosAppMappingDetails":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["androidToIosAppMappingDetails"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"BackgroundAssetVersion":{"type":"object","title":"BackgroundAssetVersion","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"createdDate":{"type":"string","format":"date-time"},"platforms":{"type":"array","items":{"$ref":"#/components/schemas/Platform"}},"state":{"$ref":"#/components/schemas/BackgroundAssetVersionState"},"stateDetails":{"type":"object","properties":{"errors":{"type":"array","items":{"$ref":"#/components/schemas/StateDetail"}},"warnings":{"type":"array","items":{"$ref":"#/components/schemas/StateDetail"}},"infos":{"type":"array","items":{"$ref":"#/components/schemas/StateDetail"}}}},"version":{"type":"string"},"locale":{"type":"string"}}},"relationships":{"type":"object","properties":{"backgroundAsset":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssets"]},"id":{"type":"string"}},"required":["id","type"]}}},"internalBetaRelease":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersionInternalBetaReleases"]},"id":{"type":"string"}},"required":["id","type"]}}},"externalBetaRelease":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersionExternalBetaReleases"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreRelease":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersionAppStoreReleases"]},"id":{"type":"string"}},"required":["id","type"]}}},"assetFile":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetUploadFiles"]},"id":{"type":"string"}},"required":["id","type"]}}},"manifestFile":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetUploadFiles"]},"id":{"type":"string"}},"required":["id","type"]}}},"backgroundAssetUploadFiles":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"GameCenterAchievementVersionV2":{"type":"object","title":"GameCenterAchievementVersionV2","properties":{"type":{"type":"string","enum":["gameCenterAchievementVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"version":{"type":"integer"},"state":{"$ref":"#/components/schemas/GameCenterVersionState"}}},"relationships":{"type":"object","properties":{"achievement":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterAchievements"]},"id":{"type":"string"}},"required":["id","type"]}}},"localizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterAchievementLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"GameCenterActivityVersion":{"type":"object","title":"GameCenterActivityVersion","properties":{"type":{"type":"string","enum":["gameCenterActivityVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"version":{"type":"integer"},"state":{"$ref":"#/components/schemas/GameCenterVersionState"},"fallbackUrl":{"type":"string"}}},"relationships":{"type":"object","properties":{"activity":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterActivities"]},"id":{"type":"string"}},"required":["id","type"]}}},"localizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterActivityLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}},"defaultImage":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterActivityImages"]},"id":{"type":"string"}},"required":["id","type"]}}},"releases":{"type":"object","properties":{"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterActivityVersionReleases"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"GameCenterChallengeVersion":{"type":"object","title":"GameCenterChallengeVersion","properties":{"type":{"type":"string","enum":["gameCenterChallengeVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"version":{"type":"integer"},"state":{"$ref":"#/components/schemas/GameCenterVersionState"}}},"relationships":{"type":"object","properties":{"challenge":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterChallenges"]},"id":{"type":"string"}},"required":["id","type"]}}},"localizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterChallengeLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}},"releases":{"type":"object","properties":{"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterChallengeVersionReleases"]},"id":{"type":"string"}},"required":["id","type"]}}}},"defaultImage":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterChallengeImages"]},"id":{"type":"string"}},"required":["id","type"]}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"GameCenterLeaderboardSetVersionV2":{"type":"object","title":"GameCenterLeaderboardSetVersionV2","properties":{"type":{"type":"string","enum":["gameCenterLeaderboardSetVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"version":{"type":"integer"},"state":{"$ref":"#/components/schemas/GameCenterVersionState"}}},"relationships":{"type":"object","properties":{"leaderboardSet":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterLeaderboardSets"]},"id":{"type":"string"}},"required":["id","type"]}}},"localizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterLeaderboardSetLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"GameCenterLeaderboardVersionV2":{"type":"object","title":"GameCenterLeaderboardVersionV2","properties":{"type":{"type":"string","enum":["gameCenterLeaderboardVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"version":{"type":"integer"},"state":{"$ref":"#/components/schemas/GameCenterVersionState"}}},"relationships":{"type":"object","properties":{"leaderboard":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterLeaderboards"]},"id":{"type":"string"}},"required":["id","type"]}}},"localizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterLeaderboardLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"InAppPurchaseVersion":{"type":"object","title":"InAppPurchaseVersion","properties":{"type":{"type":"string","enum":["inAppPurchaseVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"version":{"type":"integer"},"state":{"type":"string","enum":["PREPARE_FOR_SUBMISSION","READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","ACCEPTED","APPROVED","REPLACED_WITH_NEW_VERSION","REJECTED","DEVELOPER_REJECTED"]}}},"relationships":{"type":"object","properties":{"inAppPurchase":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["inAppPurchases"]},"id":{"type":"string"}},"required":["id","type"]}}},"image":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["inAppPurchaseImages"]},"id":{"type":"string"}},"required":["id","type"]}}},"images":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["inAppPurchaseImages"]},"id":{"type":"string"}},"required":["id","type"]}}}},"localizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["inAppPurchaseLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"ReviewSubmissionItem":{"type":"object","title":"ReviewSubmissionItem","properties":{"type":{"type":"string","enum":["reviewSubmissionItems"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"state":{"type":"string","enum":["READY_FOR_REVIEW","ACCEPTED","APPROVED","REJECTED","REMOVED"]}}},"relationships":{"type":"object","properties":{"appStoreVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"appCustomProductPageVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appCustomProductPageVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreVersionExperiment":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionExperiments"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreVersionExperimentV2":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionExperiments"]},"id":{"type":"string"}},"required":["id","type"]}}},"appEvent":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appEvents"]},"id":{"type":"string"}},"required":["id","type"]}}},"appAssetLibraryImage":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appAssetLibraryImages"]},"id":{"type":"string"}},"required":["id","type"]}}},"appAssetLibraryVideo":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appAssetLibraryVideos"]},"id":{"type":"string"}},"required":["id","type"]}}},"backgroundAssetVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"gameCenterAchievementVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterAchievementVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"gameCenterActivityVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterActivityVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"gameCenterChallengeVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterChallengeVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"gameCenterLeaderboardSetVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterLeaderboardSetVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"gameCenterLeaderboardVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterLeaderboardVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"inAppPurchaseVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["inAppPurchaseVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"subscriptionVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"subscriptionGroupVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionGroupVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"ReviewSubmissionItemsResponse":{"type":"object","title":"ReviewSubmissionItemsResponse","properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/ReviewSubmissionItem"}},"included":{"type":"array","items":{"oneOf":[{"$ref":"#/components/schemas/AppAssetLibraryImage"},{"$ref":"#/components/schemas/AppAssetLibraryVideo"},{"$ref":"#/components/schemas/AppCustomProductPageVersion"},{"$ref":"#/components/schemas/AppEvent"},{"$ref":"#/components/schemas/AppStoreVersionExperiment"},{"$ref":"#/components/schemas/AppStoreVersion"},{"$ref":"#/components/schemas/BackgroundAssetVersion"},{"$ref":"#/components/schemas/GameCenterAchievementVersionV2"},{"$ref":"#/components/schemas/GameCenterActivityVersion"},{"$ref":"#/components/schemas/GameCenterChallengeVersion"},{"$ref":"#/components/schemas/GameCenterLeaderboardSetVersionV2"},{"$ref":"#/components/schemas/GameCenterLeaderboardVersionV2"},{"$ref":"#/components/schemas/InAppPurchaseVersion"},{"$ref":"#/components/schemas/SubscriptionGroupVersion"},{"$ref":"#/components/schemas/SubscriptionVersion"}],"discriminator":{"propertyName":"type","mapping":{"appAssetLibraryImages":"#/components/schemas/AppAssetLibraryImage","appEvents":"#/components/schemas/AppEvent","gameCenterAchievementVersions":"#/components/schemas/GameCenterAchievementVersionV2","appStoreVersionExperiments":"#/components/schemas/AppStoreVersionExperiment","gameCenterActivityVersions":"#/components/schemas/GameCenterActivityVersion","inAppPurchaseVersions":"#/components/schemas/InAppPurchaseVersion","subscriptionVersions":"#/components/schemas/SubscriptionVersion","gameCenterChallengeVersions":"#/components/schemas/GameCenterChallengeVersion","subscriptionGroupVersions":"#/components/schemas/SubscriptionGroupVersion","appStoreVersions":"#/components/schemas/AppStoreVersion","appAssetLibraryVideos":"#/components/schemas/AppAssetLibraryVideo","backgroundAssetVersions":"#/components/schemas/BackgroundAssetVersion","gameCenterLeaderboardSetVersions":"#/components/schemas/GameCenterLeaderboardSetVersionV2","appCustomProductPageVersions":"#/components/schemas/AppCustomProductPageVersion","gameCenterLeaderboardVersions":"#/components/schemas/GameCenterLeaderboardVersionV2"}}}},"links":{"$ref":"#/components/schemas/PagedDocumentLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"}},"required":["data","links"]},"ReviewSubmissionItemResponse":{"type":"object","title":"ReviewSubmissionItemResponse","properties":{"data":{"$ref":"#/components/schemas/ReviewSubmissionItem"},"included":{"type":"array","items":{"oneOf":[{"$ref":"#/components/schemas/AppAssetLibraryImage"},{"$ref":"#/components/schemas/AppAssetLibraryVideo"},{"$ref":"#/components/schemas/AppCustomProductPageVersion"},{"$ref":"#/components/schemas/AppEvent"},{"$ref":"#/components/schemas/AppStoreVersionExperiment"},{"$ref":"#/components/schemas/AppStoreVersion"},{"$ref":"#/components/schemas/BackgroundAssetVersion"},{"$ref":"#/components/schemas/GameCenterAchievementVersionV2"},{"$ref":"#/components/schemas/GameCenterActivityVersion"},{"$ref":"#/components/schemas/GameCenterChallengeVersion"},{"$ref":"#/components/schemas/GameCenterLeaderboardSetVersionV2"},{"$ref":"#/components/schemas/GameCenterLeaderboardVersionV2"},{"$ref":"#/components/schemas/InAppPurchaseVersion"},{"$ref":"#/components/schemas/SubscriptionGroupVersion"},{"$ref":"#/components/schemas/SubscriptionVersion"}],"discriminator":{"propertyName":"type","mapping":{"appAssetLibraryImages":"#/components/schemas/AppAssetLibraryImage","appEvents":"#/components/schemas/AppEvent","gameCenterAchievementVersions":"#/components/schemas/GameCenterAchievementVersionV2","appStoreVersionExperiments":"#/components/schemas/AppStoreVersionExperiment","gameCenterActivityVersions":"#/components/schemas/GameCenterActivityVersion","inAppPurchaseVersions":"#/components/schemas/InAppPurchaseVersion","subscriptionVersions":"#/components/schemas/SubscriptionVersion","gameCenterChallengeVersions":"#/components/schemas/GameCenterChallengeVersion","subscriptionGroupVersions":"#/components/schemas/SubscriptionGroupVersion","appStoreVersions":"#/components/schemas/AppStoreVersion","appAssetLibraryVideos":"#/components/schemas/AppAssetLibraryVideo","backgroundAssetVersions":"#/components/schemas/BackgroundAssetVersion","gameCenterLeaderboardSetVersions":"#/components/schemas/GameCenterLeaderboardSetVersionV2","appCustomProductPageVersions":"#/components/schemas/AppCustomProductPageVersion","gameCenterLeaderboardVersions":"#/components/schemas/GameCenterLeaderboardVersionV2"}}}},"links":{"$ref":"#/components/schemas/DocumentLinks"}},"required":["data","links"]},"ReviewSubmissionItemCreateRequest":{"type":"object","title":"ReviewSubmissionItemCreateRequest","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["reviewSubmissionItems"]},"relationships":{"type":"object","properties":{"reviewSubmission":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["reviewSubmissions"]},"id":{"type":"string"}},"required":["id","type"]}},"required":["data"]},"appStoreVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"appCustomProductPageVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appCustomProductPageVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreVersionExperiment":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionExperiments"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreVersionExperimentV2":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionExperiments"]},"id":{"type":"string"}},"required":["id","type"]}}},"appEvent":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appEvents"]},"id":{"type":"string"}},"required":["id","type"]}}},"appAssetLibraryImage":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appAssetLibraryImages"]},"id":{"type":"string"}},"required":["id","type"]}}},"appAssetLibraryVideo":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appAssetLibraryVideos"]},"id":{"type":"string"}},"required":["id","type"]}}},"backgroundAssetVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"gameCenterAchievementVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterAchievementVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"gameCenterActivityVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterActivityVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"gameCenterChallengeVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterChallengeVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"gameCenterLeaderboardSetVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterLeaderboardSetVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"gameCenterLeaderboardVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterLeaderboardVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"inAppPurchaseVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["inAppPurchaseVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"subscriptionVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"subscriptionGroupVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionGroupVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}},"required":["reviewSubmission"]}},"required":["relationships","type"]}},"required":["data"]},"ReviewSubmissionItemUpdateRequest":{"type":"object","title":"ReviewSubmissionItemUpdateRequest","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["reviewSubmissionItems"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"resolved":{"type":"boolean","nullable":true},"removed":{"type":"boolean","nullable":true}}}},"required":["id","type"]}},"required":["data"]},"ReviewSubmission":{"type":"object","title":"ReviewSubmission","properties":{"type":{"type":"string","enum":["reviewSubmissions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"platform":{"$ref":"#/components/schemas/Platform"},"submittedDate":{"type":"string","format":"date-time"},"state":{"type":"string","enum":["READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","UNRESOLVED_ISSUES","CANCELING","COMPLETING","COMPLETE"]}}},"relationships":{"type":"object","properties":{"app":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["apps"]},"id":{"type":"string"}},"required":["id","type"]}}},"items":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["reviewSubmissionItems"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appStoreVersionForReview":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"submittedByActor":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["actors"]},"id":{"type":"string"}},"required":["id","type"]}}},"lastUpdatedByActor":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["actors"]},"id":{"type":"string"}},"required":["id","type"]}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"ReviewSubmissionsResponse":{"type":"object","title":"ReviewSubmissionsResponse","properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/ReviewSubmission"}},"included":{"type":"array","items":{"oneOf":[{"$ref":"#/components/schemas/Actor"},{"$ref":"#/components/schemas/AppStoreVersion"},{"$ref":"#/components/schemas/App"},{"$ref":"#/components/schemas/ReviewSubmissionItem"}],"discriminator":{"propertyName":"type","mapping":{"actors":"#/components/schemas/Actor","reviewSubmissionItems":"#/components/schemas/ReviewSubmissionItem","appStoreVersions":"#/components/schemas/AppStoreVersion","apps":"#/components/schemas/App"}}}},"links":{"$ref":"#/components/schemas/PagedDocumentLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"}},"required":["data","links"]},"ReviewSubmissionResponse":{"type":"object","title":"ReviewSubmissionResponse","properties":{"data":{"$ref":"#/components/schemas/ReviewSubmission"},"included":{"type":"array","items":{"oneOf":[{"$ref":"#/components/schemas/Actor"},{"$ref":"#/components/schemas/AppStoreVersion"},{"$ref":"#/components/schemas/App"},{"$ref":"#/components/schemas/ReviewSubmissionItem"}],"discriminator":{"propertyName":"type","mapping":{"actors":"#/components/schemas/Actor","reviewSubmissionItems":"#/components/schemas/ReviewSubmissionItem","appStoreVersions":"#/components/schemas/AppStoreVersion","apps":"#/components/schemas/App"}}}},"links":{"$ref":"#/components/schemas/DocumentLinks"}},"required":["data","links"]},"ReviewSubmissionCreateRequest":{"type":"object","title":"ReviewSubmissionCreateRequest","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["reviewSubmissions"]},"attributes":{"type":"object","properties":{"platform":{"nullable":true,"$ref":"#/components/schemas/Platform"}}},"relationships":{"type":"object","properties":{"app":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["apps"]},"id":{"type":"string"}},"required":["id","type"]}},"required":["data"]}},"required":["app"]}},"required":["relationships","type"]}},"required":["data"]},"ReviewSubmissionUpdateRequest":{"type":"object","title":"ReviewSubmissionUpdateRequest","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["reviewSubmissions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"platform":{"nullable":true,"$ref":"#/components/schemas/Platform"},"submitted":{"type":"boolean","nullable":true},"canceled":{"type":"boolean","nullable":true}}}},"required":["id","type"]}},"required":["data"]},"SubscriptionGroupVersion":{"type":"object","title":"SubscriptionGroupVersion","properties":{"type":{"type":"string","enum":["subscriptionGroupVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"version":{"type":"integer"},"state":{"type":"string","enum":["PREPARE_FOR_SUBMISSION","READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","ACCEPTED","APPROVED","REPLACED_WITH_NEW_VERSION","REJECTED","DEVELOPER_REJECTED"]}}},"relationships":{"type":"object","properties":{"subscriptionGroup":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionGroups"]},"id":{"type":"string"}},"required":["id","type"]}}},"localizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionGroupLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"SubscriptionVersion":{"type":"object","title":"SubscriptionVersion","properties":{"type":{"type":"string","enum":["subscriptionVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"version":{"type":"integer"},"state":{"type":"string","enum":["PREPARE_FOR_SUBMISSION","READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","ACCEPTED","APPROVED","REPLACED_WITH_NEW_VERSION","REJECTED","DEVELOPER_REJECTED"]}}},"relationships":{"type":"object","properties":{"subscription":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptions"]},"id":{"type":"string"}},"required":["id","type"]}}},"image":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionImages"]},"id":{"type":"string"}},"required":["id","type"]}}},"images":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionImages"]},"id":{"type":"string"}},"required":["id","type"]}}}},"localizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"AppReviewSubmissionsLinkagesResponse":{"type":"object","properties":{"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["reviewSubmissions"]},"id":{"type":"string"}},"required":["id","type"]}},"links":{"$ref":"#/components/schemas/PagedDocumentLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"}},"required":["data","links"]},"ReviewSubmissionItemsLinkagesResponse":{"type":"object","properties":{"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["reviewSubmissionItems"]},"id":{"type":"string"}},"required":["id","type"]}},"links":{"$ref":"#/components/schemas/PagedDocumentLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"}},"required":["data","links"]},"ErrorResponse":{"type":"object","properties":{"errors":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string"},"status":{"type":"string"},"code":{"type":"string"},"title":{"type":"string"},"detail":{"type":"string"},"source":{"oneOf":[{"$ref":"#/components/schemas/ErrorSourcePointer"},{"$ref":"#/components/schemas/ErrorSourceParameter"}]},"links":{"$ref":"#/components/schemas/ErrorLinks"},"meta":{"type":"object","additionalProperties":{}}},"required":["code","detail","status","title"]}}}},"ErrorSourceParameter":{"type":"object","title":"Parameter","properties":{"parameter":{"type":"string"}},"required":["parameter"]},"ErrorSourcePointer":{"type":"object","title":"JsonPointer","properties":{"pointer":{"type":"string"}},"required":["pointer"]},"ErrorLinks":{"type":"object","properties":{"about":{"type":"string","format":"uri-reference"},"associated":{"oneOf":[{"type":"string","format":"uri-reference"},{"type":"object","properties":{"href":{"type":"string","format":"uri-reference"},"meta":{"type":"object","properties":{"source":{"type":"string"}}}}}]}}},"PagedDocumentLinks":{"type":"object","properties":{"self":{"type":"string","format":"uri-reference"},"first":{"type":"string","format":"uri-reference"},"next":{"type":"string","format":"uri-reference"}},"required":["self"]},"PagingInformation":{"type":"object","properties":{"paging":{"type":"object","properties":{"total":{"type":"integer"},"limit":{"type":"integer"},"nextCursor":{"type":"string"}},"required":["limit"]}},"required":["paging"]},"DocumentLinks":{"type":"object","properties":{"self":{"type":"string","format":"uri-reference"}},"required":["self"]},"ResourceLinks":{"type":"object","properties":{"self":{"type":"string","format":"uri-reference"}}},"RelationshipLinks":{"type":"object","properties":{"self":{"type":"string","format":"uri-reference"},"related":{"type":"string","format":"uri-reference"}}},"AppAssetLibraryAssetCategory":{"type":"string","enum":["CREATIVE_ASSETS","APP_SCREENSHOTS_AND_PREVIEWS"]},"AppAssetLibraryAssetState":{"type":"string","enum":["AWAITING_UPLOAD","UPLOAD_COMPLETE","FAILED","COMPLETE","PREPARE_FOR_SUBMISSION","READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","ACCEPTED","APPROVED","REJECTED","ARCHIVED"]},"AppMediaPreviewFrameImageState":{"type":"object","properties":{"errors":{"type":"array","items":{"$ref":"#/components/schemas/AppMediaStateError"}},"warnings":{"type":"array","items":{"$ref":"#/components/schemas/AppMediaStateError"}},"state":{"type":"string","enum":["PROCESSING","COMPLETE","FAILED"]}}},"AppMediaStateError":{"type":"object","properties":{"code":{"type":"string"},"description":{"type":"string"}}},"AppStoreVersionState":{"type":"string","enum":["ACCEPTED","DEVELOPER_REMOVED_FROM_SALE","DEVELOPER_REJECTED","IN_REVIEW","INVALID_BINARY","METADATA_REJECTED","PENDING_APPLE_RELEASE","PENDING_CONTRACT","PENDING_DEVELOPER_RELEASE","PREPARE_FOR_SUBMISSION","PREORDER_READY_FOR_SALE","PROCESSING_FOR_APP_STORE","READY_FOR_REVIEW","READY_FOR_SALE","REJECTED","REMOVED_FROM_SALE","WAITING_FOR_EXPORT_COMPLIANCE","WAITING_FOR_REVIEW","REPLACED_WITH_NEW_VERSION","NOT_APPLICABLE"]},"AppVersionState":{"type":"string","enum":["ACCEPTED","DEVELOPER_REJECTED","IN_REVIEW","INVALID_BINARY","METADATA_REJECTED","PENDING_APPLE_RELEASE","PENDING_DEVELOPER_RELEASE","PREPARE_FOR_SUBMISSION","PROCESSING_FOR_DISTRIBUTION","READY_FOR_DISTRIBUTION","READY_FOR_REVIEW","REJECTED","REPLACED_WITH_NEW_VERSION","WAITING_FOR_EXPORT_COMPLIANCE","WAITING_FOR_REVIEW"]},"BackgroundAssetVersionState":{"type":"string","enum":["AWAITING_UPLOAD","PROCESSING","FAILED","COMPLETE"]},"GameCenterVersionState":{"type":"string","enum":["PREPARE_FOR_SUBMISSION","READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","DEVELOPER_REJECTED","REJECTED","ACCEPTED","PENDING_RELEASE","LIVE","REPLACED_WITH_NEW_VERSION"]},"HttpHeader":{"type":"object","properties":{"name":{"type":"string"},"value":{"type":"string"}}},"ImageAsset":{"type":"object","properties":{"templateUrl":{"type":"string"},"width":{"type":"integer"},"height":{"type":"integer"}}},"Platform":{"type":"string","enum":["IOS","MAC_OS","TV_OS","VISION_OS"]},"PreviewFrameImage":{"type":"object","properties":{"image":{"$ref":"#/components/schemas/ImageAsset"},"state":{"$ref":"#/components/schemas/AppMediaPreviewFrameImageState"}}},"StateDetail":{"type":"object","properties":{"code":{"type":"string"},"description":{"type":"string"}}},"SubscriptionStatusUrlVersion":{"type":"string","enum":["V1","V2"]},"UploadOperation":{"type":"object","properties":{"method":{"type":"string"},"url":{"type":"string"},"length":{"type":"integer"},"offset":{"type":"integer"},"requestHeaders":{"type":"array","items":{"$ref":"#/components/schemas/HttpHeader"}}}}},"securitySchemes":{"itc-bearer-token":{"type":"http","scheme":"bearer","bearerFormat":"JWT"}}},"security":[{"itc-bearer-token":[]}]}');
;// CONCATENATED MODULE: ./src/simulator/spec/index.ts
// Apple's OpenAPI spec, the simulator's only source of truth for paths, parameters and schemas.
// Everything route- and schema-shaped in the simulator is derived from these files at start-up:
// two subsets of the same spec (4.5.1), whose shared schemas are identical copies.


/** The spec files merged: every path of each, and the union of their component schemas. */
function merge(...files) {
    const [first] = files;
    return {
        ...first,
        paths: Object.assign({}, ...files.map(f => f.paths)),
        components: {
            schemas: Object.assign({}, ...files.map(f => f.components.schemas))
        }
    };
}
const SPEC = merge(background_assets_openapi_namespaceObject, review_submissions_openapi_namespaceObject);
const HTTP_METHODS = new Set(['get', 'post', 'patch', 'put', 'delete', 'head', 'options']);
function schemaName(ref) {
    return ref?.replace('#/components/schemas/', '');
}
const OPERATIONS = Object.entries(SPEC.paths).flatMap(([pathTemplate, item]) => Object.entries(item)
    .filter(([method]) => HTTP_METHODS.has(method))
    .map(([method, value]) => {
    const op = value;
    return {
        method: method.toUpperCase(),
        pathTemplate,
        operationId: op.operationId,
        query: (op.parameters ?? []).filter(p => p.in === 'query'),
        requestSchema: schemaName(op.requestBody?.content['application/json']?.schema.$ref),
        responses: Object.fromEntries(Object.entries(op.responses).map(([status, r]) => [
            status,
            schemaName(r.content?.['application/json']?.schema.$ref)
        ]))
    };
}));
const PATHS = Object.keys(SPEC.paths).map(template => {
    const paramNames = [];
    const pattern = template.replace(/\{(\w+)\}/g, (_m, name) => {
        paramNames.push(name);
        return '([^/]+)';
    });
    return {
        template,
        regex: new RegExp(`^${pattern}$`),
        paramNames,
        operations: OPERATIONS.filter(o => o.pathTemplate === template)
    };
});
/** Finds the spec path a request path belongs to (any method). */
function matchSpecPath(pathname) {
    for (const entry of PATHS) {
        const m = entry.regex.exec(pathname);
        if (!m)
            continue;
        const params = {};
        entry.paramNames.forEach((name, i) => {
            params[name] = decodeURIComponent(m[i + 1] ?? '');
        });
        return { template: entry.template, params, operations: entry.operations };
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/simulator/part-store.ts
// Parts on disk: each part in its own file (a resent part replaces the earlier one atomically,
// a broken one never touches it), assembled and hashed at commit by streaming, so archives of any
// size never sit in memory.






class PartStore {
    dataDir;
    stats;
    constructor(dataDir, stats) {
        this.dataDir = dataDir;
        this.stats = stats;
    }
    dir(file) {
        return external_node_path_default().join(this.dataDir, file.id);
    }
    /** Writes the part to its own file; returns the quoted MD5 ETag, or undefined if the body broke. */
    async write(body, file, part) {
        const dir = this.dir(file);
        await (0,promises_.mkdir)(dir, { recursive: true });
        const tmp = external_node_path_default().join(dir, `part-${part.partNumber}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
        const md5 = (0,external_node_crypto_.createHash)('md5');
        let count = 0;
        const stats = this.stats;
        const tap = new external_node_stream_.Transform({
            transform(chunk, _enc, done) {
                stats.bytesReceived += chunk.length;
                count += chunk.length;
                md5.update(chunk);
                done(null, chunk);
            }
        });
        try {
            await (0,external_node_stream_promises_.pipeline)(body, tap, (0,external_node_fs_.createWriteStream)(tmp));
        }
        catch {
            await (0,promises_.rm)(tmp, { force: true });
            return undefined;
        }
        if (count !== part.length) {
            await (0,promises_.rm)(tmp, { force: true });
            return undefined;
        }
        await (0,promises_.rename)(tmp, external_node_path_default().join(dir, `part-${part.partNumber}`));
        stats.bytesStored += count;
        part.received = true;
        part.entityTag = `"${md5.digest('hex')}"`;
        return part.entityTag;
    }
    missing(file) {
        return file.parts.filter(p => !p.received).map(p => p.partNumber);
    }
    /** Concatenates the parts into one file, hashing as it goes. */
    async assemble(file) {
        const dir = this.dir(file);
        await (0,promises_.mkdir)(dir, { recursive: true });
        const target = external_node_path_default().join(dir, `assembled-${file.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}`);
        const sha256 = (0,external_node_crypto_.createHash)('sha256');
        const md5 = (0,external_node_crypto_.createHash)('md5');
        const out = await (0,promises_.open)(target, 'w');
        let size = 0;
        try {
            for (const part of file.parts) {
                for await (const chunk of (0,external_node_fs_.createReadStream)(external_node_path_default().join(dir, `part-${part.partNumber}`))) {
                    const buf = chunk;
                    sha256.update(buf);
                    md5.update(buf);
                    await out.write(buf);
                    size += buf.length;
                }
            }
        }
        finally {
            await out.close();
        }
        return { path: target, size, sha256: sha256.digest('hex'), md5: md5.digest('hex') };
    }
    /** Removes the part files once the assembled file is kept. */
    async drop(file) {
        const dir = this.dir(file);
        await Promise.all(file.parts.map(p => (0,promises_.rm)(external_node_path_default().join(dir, `part-${p.partNumber}`), { force: true })));
    }
}

;// CONCATENATED MODULE: ./src/simulator/uploads.ts
// The upload host: a second listener (its own origin, like Apple's) that takes the part PUTs of
// reserved upload files at unguessable, expiring URLs. No JWT here: the URL is the credential.
// Each part must come with its operation's method, headers and exact length; faults apply here.


function xmlError(code, message) {
    return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>\n`;
}
class UploadHost {
    baseUrl = '';
    stats = {
        bytesReceived: 0,
        bytesStored: 0,
        requests: 0,
        requestsWithAuthorization: 0
    };
    byToken = new Map();
    options;
    /** Where the parts and the assembled files are kept. */
    parts;
    constructor(options) {
        this.options = options;
        this.parts = new PartStore(options.dataDir, this.stats);
    }
    /** Splits a file into parts of uneven sizes, each with its own URL, headers and expiry. */
    planParts(file) {
        const { partSizeBytes, partJitter, faults } = this.options;
        const size = Math.max(1, Math.floor(partSizeBytes));
        const parts = [];
        let offset = 0;
        const expiresAt = this.options.clock() + this.options.partUrlLifetimeMs();
        while (offset < file.fileSize) {
            const remaining = file.fileSize - offset;
            const r = faults.draw('part-size', `${file.ordinal}:${parts.length}`);
            const wanted = Math.max(1, Math.round(size * (1 - partJitter + 2 * partJitter * r)));
            const length = remaining <= wanted ? remaining : wanted;
            const token = (0,external_node_crypto_.randomBytes)(24).toString('base64url');
            const partNumber = parts.length + 1;
            const part = {
                partNumber,
                offset,
                length,
                token,
                url: `${this.baseUrl}/upload/${token}?partNumber=${partNumber}`,
                expiresAt,
                requestHeaders: [
                    { name: 'Content-Type', value: 'application/octet-stream' },
                    { name: 'x-amz-content-sha256', value: 'UNSIGNED-PAYLOAD' },
                    { name: 'x-amz-meta-part-token', value: (0,external_node_crypto_.randomBytes)(8).toString('hex') }
                ],
                received: false,
                attempts: 0
            };
            this.byToken.set(token, { file, part });
            parts.push(part);
            offset += length;
        }
        return parts;
    }
    /** Handles one request to the upload listener. */
    async handle(req, res) {
        this.stats.requests += 1;
        if (req.headers.authorization !== undefined)
            this.stats.requestsWithAuthorization += 1;
        const url = new URL(req.url ?? '/', this.baseUrl);
        const method = req.method ?? 'GET';
        const token = /^\/upload\/([A-Za-z0-9_-]+)$/.exec(url.pathname)?.[1];
        const found = token ? this.byToken.get(token) : undefined;
        const entry = { method, path: url.pathname, status: 0 };
        const answer = async (status, body = '', headers = {}) => {
            await this.drain(req);
            entry.status = status;
            this.options.log(entry);
            res.writeHead(status, {
                ...(body ? { 'Content-Type': 'application/xml' } : {}),
                'Content-Length': String(Buffer.byteLength(body)),
                ...headers
            });
            res.end(body);
        };
        if (!found)
            return answer(404, xmlError('NoSuchUpload', 'The specified upload does not exist.'));
        const { file, part } = found;
        entry.partNumber = part.partNumber;
        entry.uploadFileId = file.id;
        if (method !== 'PUT') {
            return answer(405, xmlError('MethodNotAllowed', `The specified method is not allowed: ${method}`));
        }
        part.attempts += 1;
        const key = `${file.ordinal}:${part.partNumber}:${part.attempts}`;
        const faults = this.options.faults;
        const injected = faults.take({
            listener: 'upload',
            method,
            path: url.pathname,
            partNumber: part.partNumber,
            uploadFileId: file.id
        });
        if (injected?.type === 'delay')
            await sleep(injected.ms);
        if (injected?.type === 'hold')
            await injected.released;
        if (injected?.type === 'expired' || this.options.clock() > part.expiresAt) {
            entry.fault = injected ? 'expired' : undefined;
            return answer(403, xmlError('AccessDenied', 'Request has expired'));
        }
        if (injected?.type === 'status') {
            entry.fault = `status ${injected.status}`;
            return answer(injected.status, xmlError('InternalError', 'Injected failure.'));
        }
        if (file.committed) {
            return answer(409, xmlError('InvalidRequest', 'The upload has already been committed.'));
        }
        if (!injected && faults.hits('part5xx', key)) {
            const status = faults.serverErrorStatus(key);
            entry.fault = `part5xx ${status}`;
            return answer(status, xmlError(status === 503 ? 'SlowDown' : 'InternalError', 'Please try again.'));
        }
        if (injected?.type === 'reset' || (!injected && faults.hits('partReset', key))) {
            entry.fault = 'reset';
            entry.status = 0;
            this.options.log(entry);
            return this.resetMidBody(req, part.length);
        }
        if (!injected && faults.hits('slowPart', key)) {
            entry.fault = 'slow';
            req.pause();
            await sleep(faults.options.slowPartMs ?? 200);
        }
        for (const h of part.requestHeaders) {
            if (req.headers[h.name.toLowerCase()] !== h.value) {
                return answer(400, xmlError('InvalidRequest', `Missing or wrong header ${h.name}: expected '${h.value}'.`));
            }
        }
        const declared = req.headers['content-length'];
        if (declared === undefined) {
            return answer(411, xmlError('MissingContentLength', 'You must provide the Content-Length HTTP header.'));
        }
        if (Number(declared) !== part.length) {
            return answer(400, xmlError('InvalidRequest', `Content-Length ${declared} does not match the part length ${part.length}.`));
        }
        const stored = await this.parts.write(req, file, part);
        if (!stored) {
            entry.status = 0;
            entry.fault = entry.fault ?? 'client aborted';
            this.options.log(entry);
            return;
        }
        return answer(200, '', { ETag: stored });
    }
    /** Reads about half the body, then drops the connection. */
    resetMidBody(req, length) {
        let seen = 0;
        req.on('data', (chunk) => {
            this.stats.bytesReceived += chunk.length;
            seen += chunk.length;
            if (seen >= length / 2)
                req.socket.destroy();
        });
        req.on('end', () => req.socket.destroy());
    }
    async drain(req) {
        if (req.readableEnded)
            return;
        req.resume();
        await new Promise(resolve => {
            req.on('data', (chunk) => {
                this.stats.bytesReceived += chunk.length;
            });
            req.on('end', resolve);
            req.on('close', resolve);
            req.on('error', () => resolve());
        });
    }
}
function sleep(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./src/simulator/validation.ts
// Request validation straight from the spec: query parameters against the operation's parameter
// list, JSON bodies against the operation's component schema (ajv), refusals in Apple's words.




const SPEC_ID = 'https://simulator.invalid/background-assets.openapi.json';
/** OpenAPI 3.0 → JSON Schema: `nullable`, `discriminator` and component refs. */
function toJsonSchema(node) {
    if (Array.isArray(node))
        return node.map(toJsonSchema);
    if (!node || typeof node !== 'object')
        return node;
    const source = node;
    const out = {};
    for (const [key, value] of Object.entries(source)) {
        if (key === 'discriminator' || key === 'nullable')
            continue;
        out[key] =
            key === '$ref' && typeof value === 'string'
                ? value.replace('#/components/schemas/', '#/definitions/')
                : toJsonSchema(value);
    }
    if (source.nullable === true) {
        if (typeof out.type === 'string')
            out.type = [out.type, 'null'];
        else if (out.$ref)
            return { anyOf: [{ $ref: out.$ref }, { type: 'null' }] };
    }
    return out;
}
// ajv-formats is CommonJS with a default export; under NodeNext the namespace may be the function.
const addFormats = ((dist_default())["default"] ??
    (dist_default()));
const validation_ajv = new ajv.Ajv({ allErrors: true, strict: false });
addFormats(validation_ajv);
validation_ajv.addSchema({ $id: SPEC_ID, definitions: toJsonSchema(SPEC.components.schemas) });
const validators = new Map();
function validatorFor(schemaName) {
    let v = validators.get(schemaName);
    if (!v) {
        v = validation_ajv.getSchema(`${SPEC_ID}#/definitions/${schemaName}`);
        if (!v)
            throw new Error(`No schema ${schemaName} in the spec`);
        validators.set(schemaName, v);
    }
    return v;
}
function lastSegment(pointer) {
    return pointer.split('/').pop() ?? pointer;
}
function mapAjvError(e, resourceType) {
    const at = e.instancePath;
    if (e.keyword === 'required') {
        const missing = String(e.params.missingProperty);
        const pointer = `${at}/${missing}`;
        if (at.startsWith('/data/relationships')) {
            return errorObject(409, 'ENTITY_ERROR.RELATIONSHIP.REQUIRED', 'The provided entity is missing a required relationship', `You must provide a value for the relationship '${at.split('/')[3] ?? missing}' with this request`, { pointer });
        }
        if (at === '/data/attributes' || missing === 'attributes') {
            return errorObject(409, 'ENTITY_ERROR.ATTRIBUTE.REQUIRED', 'The provided entity is missing a required attribute', `You must provide a value for the attribute '${missing}' with this request`, { pointer });
        }
        return errorObject(409, 'ENTITY_ERROR', 'The provided entity is missing a required field', `You must provide a value for '${missing}' with this request`, { pointer: pointer });
    }
    if (at === '/data/type') {
        return errorObject(409, 'ENTITY_ERROR.TYPE.INVALID', 'The provided entity has an invalid type', `The type of the provided entity must be '${resourceType}'`, { pointer: at });
    }
    if (at.startsWith('/data/relationships')) {
        return errorObject(409, 'ENTITY_ERROR.RELATIONSHIP.INVALID', 'The provided entity includes a relationship with an invalid value', `The relationship '${at.split('/')[3] ?? ''}' ${e.message ?? 'is invalid'}`, { pointer: at });
    }
    if (at.startsWith('/data/attributes/')) {
        return errorObject(409, 'ENTITY_ERROR.ATTRIBUTE.INVALID', 'An attribute value is invalid.', `The attribute '${lastSegment(at)}' ${e.message ?? 'is invalid'}`, { pointer: at });
    }
    return errorObject(409, 'ENTITY_ERROR', 'The provided entity is invalid', `${at || 'The request body'} ${e.message ?? 'is invalid'}`, { pointer: at || '/' });
}
/** Apple refuses attributes and relationships the resource does not have. */
function unknownMembers(body, schemaName, resourceType) {
    const data = body?.data;
    if (!data || typeof data !== 'object')
        return [];
    const dataSchema = SPEC.components.schemas[schemaName].properties?.data;
    const out = [];
    for (const [member, kind, code] of [
        ['attributes', 'an attribute', 'ENTITY_ERROR.ATTRIBUTE.UNKNOWN'],
        ['relationships', 'a relationship', 'ENTITY_ERROR.RELATIONSHIP.UNKNOWN']
    ]) {
        const given = data[member];
        if (!given || typeof given !== 'object' || Array.isArray(given))
            continue;
        const known = Object.keys(dataSchema?.properties?.[member]?.properties ?? {});
        for (const key of Object.keys(given)) {
            if (known.includes(key))
                continue;
            out.push(errorObject(409, code, `The provided entity includes an unknown ${member === 'attributes' ? 'attribute' : 'relationship'}`, `'${key}' is not ${kind} on the resource '${resourceType}'`, { pointer: `/data/${member}/${key}` }));
        }
    }
    return out;
}
/** Validates a parsed JSON body against the operation's request schema; throws ApiError. */
function validateBody(op, body) {
    if (!op.requestSchema)
        return;
    const schema = SPEC.components.schemas[op.requestSchema];
    const resourceType = schema.properties.data.properties.type.enum[0] ?? '';
    const validate = validatorFor(op.requestSchema);
    const found = [];
    if (!validate(body))
        found.push(...(validate.errors ?? []).map(e => mapAjvError(e, resourceType)));
    found.push(...unknownMembers(body, op.requestSchema, resourceType));
    if (found.length)
        throw new ApiError(409, found);
}
/** Checks every query parameter against the spec: name, enum, integer range, required. */
function parseQuery(op, params) {
    const lists = new Map();
    let limit;
    let cursor;
    const byName = new Map(op.query.map(p => [p.name, p]));
    for (const name of new Set(params.keys())) {
        const raw = params.getAll(name).join(',');
        if (name === 'cursor' && byName.has('limit')) {
            cursor = raw;
            continue;
        }
        const def = byName.get(name);
        if (!def)
            throw errors.parameterIllegal(name);
        if (def.schema.type === 'integer') {
            const n = Number(raw);
            const max = def.schema.maximum;
            if (!/^\d+$/.test(raw) || n < 1 || (max !== undefined && n > max)) {
                throw errors.parameterInvalid(name, `'${raw}' is not a valid value for '${name}'${max !== undefined ? `: it must be between 1 and ${max}` : ''}`);
            }
            if (name === 'limit')
                limit = n;
            continue;
        }
        const values = raw.split(',').filter(v => v !== '');
        const allowed = def.schema.items?.enum;
        const bad = allowed ? values.filter(v => !allowed.includes(v)) : [];
        if (bad.length) {
            throw errors.parameterInvalid(name, `'${bad.join(',')}' is not a valid value for '${name}'. Expected one of: ${allowed?.join(', ')}`);
        }
        lists.set(name, values);
    }
    for (const def of op.query) {
        if (def.required === true && !lists.has(def.name))
            throw errors.parameterRequired(def.name);
    }
    return {
        lists,
        ...(limit !== undefined ? { limit } : {}),
        ...(cursor !== undefined ? { cursor } : {})
    };
}
/** `fields[type]` parameters of a query, for sparse fieldsets. */
function fieldsOf(query) {
    const out = new Map();
    for (const [name, values] of query.lists) {
        const m = /^fields\[(\w+)\]$/.exec(name);
        if (m?.[1])
            out.set(m[1], values);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/simulator/api.ts





const MAX_BODY = 1024 * 1024;
/** PATCH /v1/backgroundAssets/{id}: the one change a pack takes (archived). */
const ARCHIVE_OPERATION = 'backgroundAssets_updateInstance';
async function readBody(req) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > MAX_BODY)
            throw errors.unparsable('The request body is too large.');
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function createApiHandler(deps) {
    const { url, auth, limiter, faults, requests, sim } = deps;
    const calls = new Map();
    return async function handleApi(req, res) {
        const reqUrl = new URL(req.url ?? '/', url);
        const method = req.method ?? 'GET';
        const entry = {
            listener: 'api',
            method,
            path: reqUrl.pathname,
            search: reqUrl.search,
            status: 0
        };
        let rateKey = 'anonymous';
        let thenFail = false;
        const send = (status, body, headers = {}) => {
            entry.status = status;
            requests.push(entry);
            if (body === undefined) {
                // 204 No Content (a DELETE): no body, no Content-Type.
                res.writeHead(status, { 'X-Rate-Limit': limiter.header(rateKey), ...headers });
                res.end();
                return;
            }
            const text = JSON.stringify(body);
            res.writeHead(status, {
                'Content-Type': 'application/json',
                'Content-Length': String(Buffer.byteLength(text)),
                'X-Rate-Limit': limiter.header(rateKey),
                ...headers
            });
            res.end(text);
        };
        try {
            if (!reqUrl.pathname.startsWith('/v1/'))
                throw errors.pathNotFound();
            const verdict = await auth.verify(req.headers.authorization);
            if (verdict.keyId)
                rateKey = verdict.keyId;
            if (!verdict.ok) {
                entry.authFailure = verdict.reason;
                throw errors.notAuthorized();
            }
            const match = matchSpecPath(reqUrl.pathname);
            if (!match)
                throw errors.pathNotFound();
            const op = match.operations.find(o => o.method === method);
            if (!op)
                throw errors.methodNotAllowed();
            entry.operationId = op.operationId;
            const n = (calls.get(op.operationId) ?? 0) + 1;
            calls.set(op.operationId, n);
            const key = `${op.operationId}#${n}`;
            const injected = faults.take({
                listener: 'api',
                method,
                path: reqUrl.pathname,
                operationId: op.operationId
            });
            if (injected) {
                entry.fault = injected.type;
                switch (injected.type) {
                    case 'reset':
                        requests.push(entry);
                        req.socket.destroy();
                        return;
                    case 'delay':
                        await sleep(injected.ms);
                        break;
                    case 'hold':
                        await injected.released;
                        break;
                    case 'unauthorized':
                        throw errors.notAuthorized();
                    case 'committedThen500':
                        thenFail = true;
                        break;
                    case 'status':
                        throw injectedStatus(injected.status, injected.retryAfterSeconds);
                    case 'expired':
                        break;
                }
            }
            else {
                const burst = faults.rateLimitBurst(key);
                if (burst) {
                    entry.fault = 'rateLimitBurst';
                    throw errors.rateLimited(burst.retryAfterSeconds);
                }
                const write = method === 'POST' || method === 'PATCH';
                if (faults.hits(write ? 'write5xx' : 'read5xx', key)) {
                    const status = faults.serverErrorStatus(key);
                    entry.fault = `${write ? 'write' : 'read'}5xx`;
                    throw status === 500 ? errors.unexpected() : errors.unavailable();
                }
                if (write && faults.commitThen500(op.operationId, method)) {
                    entry.fault = 'committedThen500';
                    thenFail = true;
                }
            }
            if (!limiter.take(rateKey))
                throw errors.rateLimited();
            const query = parseQuery(op, reqUrl.searchParams);
            let body;
            if (op.requestSchema) {
                const text = await readBody(req);
                try {
                    body = JSON.parse(text);
                }
                catch {
                    throw errors.unparsable('The request body is not valid JSON.');
                }
                validateBody(op, body);
            }
            if (op.operationId === ARCHIVE_OPERATION) {
                const slow = faults.options.slowArchiveMs ?? 0;
                if (slow > 0) {
                    entry.fault = 'slowArchive';
                    await sleep(slow);
                }
                if (faults.archiveThen500()) {
                    entry.fault = 'archiveThen500';
                    thenFail = true;
                }
            }
            const route = ROUTES[op.operationId];
            if (!route)
                throw errors.methodNotAllowed();
            const ctx = {
                op,
                params: match.params,
                query,
                fields: fieldsOf(query),
                include: query.lists.get('include') ?? [],
                body,
                url: reqUrl,
                sim
            };
            const result = await route(ctx);
            if (thenFail)
                throw errors.unexpected();
            send(result.status, result.body);
        }
        catch (e) {
            if (e instanceof ApiError)
                return send(e.status, { errors: e.errors }, e.headers);
            entry.fault = `internal: ${e.message}`;
            const unexpected = errors.unexpected();
            send(unexpected.status, { errors: unexpected.errors });
        }
    };
}
function injectedStatus(status, retryAfterSeconds) {
    if (status === 429)
        return errors.rateLimited(retryAfterSeconds);
    if (status === 401)
        return errors.notAuthorized();
    if (status === 500)
        return errors.unexpected();
    if (status === 503)
        return errors.unavailable();
    return apiError(status, status >= 500 ? 'UNEXPECTED_ERROR' : 'INJECTED_ERROR', `HTTP ${status}`, `An error with status ${status} injected by the simulator.`);
}

// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/decode_protected_header.js
var decode_protected_header = __webpack_require__(1196);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/verify.js + 1 modules
var verify = __webpack_require__(5057);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/errors.js
var util_errors = __webpack_require__(5674);
;// CONCATENATED MODULE: ./src/simulator/auth.ts
// Bearer JWT verification, the way App Store Connect documents it: ES256 signed by the key named in
// `kid`, `iss` = the issuer ID (team keys) or `sub` = "user" (individual keys), `aud` =
// "appstoreconnect-v1", not expired, and never valid for more than 20 minutes.


const KEY_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** A throwaway EC P-256 key, shaped like an App Store Connect API key. */
function generateKey(individual = false) {
    const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    const keyId = Array.from((0,external_node_crypto_.randomBytes)(10), b => KEY_ID_ALPHABET[b % KEY_ID_ALPHABET.length]).join('');
    return {
        keyId,
        issuerId: individual ? null : (0,external_node_crypto_.randomUUID)(),
        publicKey,
        privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    };
}
/** Apple refuses tokens that live longer than this. */
const MAX_TOKEN_LIFETIME_SECONDS = 20 * 60;
class Authenticator {
    keys = new Map();
    firstSeen = new Map();
    options;
    constructor(options) {
        this.options = options;
    }
    addKey(key) {
        const publicKey = typeof key.publicKey === 'string' ? (0,external_node_crypto_.createPublicKey)(key.publicKey) : key.publicKey;
        this.keys.set(key.keyId, { issuerId: key.issuerId, publicKey });
    }
    /** Checks an Authorization header. The reason is for the simulator's log, never the client. */
    async verify(authorization) {
        const m = /^Bearer ([A-Za-z0-9._-]+)$/.exec(authorization?.trim() ?? '');
        if (!m?.[1])
            return { ok: false, keyId: undefined, reason: 'no Bearer token' };
        const token = m[1];
        let header;
        try {
            header = (0,decode_protected_header/* decodeProtectedHeader */._)(token);
        }
        catch {
            return { ok: false, keyId: undefined, reason: 'malformed token' };
        }
        const keyId = typeof header.kid === 'string' ? header.kid : undefined;
        const fail = (reason) => ({ ok: false, keyId, reason });
        if (header.alg !== 'ES256')
            return fail(`alg ${String(header.alg)} is not ES256`);
        const key = keyId ? this.keys.get(keyId) : undefined;
        if (!keyId || !key)
            return fail(`unknown kid ${String(keyId)}`);
        const now = this.options.clock();
        const nowSeconds = Math.floor(now / 1000);
        const tolerance = this.options.clockToleranceSeconds ?? 5;
        let payload;
        try {
            ;
            ({ payload } = await (0,verify/* jwtVerify */.V)(token, key.publicKey, {
                algorithms: ['ES256'],
                audience: 'appstoreconnect-v1',
                requiredClaims: ['exp'],
                currentDate: new Date(now),
                clockTolerance: tolerance
            }));
        }
        catch (e) {
            const reason = e instanceof util_errors/* JOSEError */.i4 ? `${e.code}: ${e.message}` : 'verification failed';
            return fail(reason);
        }
        if (key.issuerId === null) {
            if (payload.sub !== 'user')
                return fail('individual key: sub must be "user"');
            if (payload.iss !== undefined)
                return fail('individual key: token must not carry iss');
        }
        else if (payload.iss !== key.issuerId) {
            return fail(`iss ${String(payload.iss)} is not the key's issuer`);
        }
        const exp = payload.exp;
        if (exp - nowSeconds > MAX_TOKEN_LIFETIME_SECONDS + tolerance) {
            return fail('exp is more than 20 minutes away');
        }
        if (payload.iat !== undefined) {
            if (exp - payload.iat > MAX_TOKEN_LIFETIME_SECONDS)
                return fail('exp - iat is over 20 minutes');
            if (payload.iat > nowSeconds + tolerance)
                return fail('iat is in the future');
        }
        const maxAge = this.options.tokenMaxAgeSeconds?.();
        if (maxAge !== undefined) {
            if (!this.firstSeen.has(token))
                this.firstSeen.set(token, now);
            const born = payload.iat !== undefined ? payload.iat * 1000 : (this.firstSeen.get(token) ?? now);
            if (now - born > maxAge * 1000)
                return fail(`token older than ${maxAge}s (fault)`);
        }
        return { ok: true, keyId };
    }
}

;// CONCATENATED MODULE: ./src/simulator/faults.ts
// Faults, all reproducible from a seed. Random faults are decided by hashing (seed, kind, a stable
// key such as "operation #n" or "part 3, attempt 2"), not by one shared stream, so concurrent
// requests arriving in another order still get the same faults. Tests can also inject exact faults:
// "the next N requests matching X get Y".
/** mulberry32: a small, good-enough PRNG for reproducible tests. */
function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** FNV-1a, to turn (seed, kind, key) into a PRNG seed. */
function hashString(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
const DEFAULT_MANIFEST_FAILURE = [
    {
        code: 'SIMULATED_MANIFEST_FAILURE',
        description: 'The manifest could not be validated (a failure injected by the simulator).'
    }
];
const DEFAULT_PROCESSING_FAILURE = [
    {
        code: 'SIMULATED_PROCESSING_FAILURE',
        description: 'The asset pack could not be processed (a failure injected by the simulator).'
    }
];
class Faults {
    options;
    rules = [];
    burstLeft = 0;
    burstRetryAfter;
    bursts = 0;
    createsFailed = 0;
    archivesFailed = 0;
    constructor(options = {}) {
        this.options = options;
    }
    get seed() {
        return this.options.seed ?? 1;
    }
    /** A number in [0, 1) that depends only on the seed, the kind of decision and the key. */
    draw(kind, key) {
        return mulberry32(hashString(`${this.seed}|${kind}|${key}`))();
    }
    /** Whether a random fault of this kind hits the request identified by `key`. */
    hits(kind, key) {
        const rate = this.options.rates?.[kind] ?? 0;
        return rate > 0 && this.draw(kind, key) < rate;
    }
    /** 500 or 503, chosen from the seed. */
    serverErrorStatus(key) {
        return this.draw('5xx-status', key) < 0.5 ? 500 : 503;
    }
    /** Injects an exact fault for the next `times` matching requests. */
    inject(rule) {
        let release;
        const released = new Promise(resolve => (release = resolve));
        const live = { ...rule, left: rule.times ?? 1, released, release };
        this.rules.push(live);
        return {
            remaining: () => live.left,
            release: () => {
                live.left = 0;
                release();
            }
        };
    }
    clear() {
        for (const rule of this.rules)
            rule.release();
        this.rules.length = 0;
        this.burstLeft = 0;
    }
    /** Takes the first injected fault matching the request, if any. */
    take(facts) {
        const rule = this.rules.find(r => r.left > 0 && matches(r.match ?? {}, facts));
        if (!rule)
            return undefined;
        rule.left -= 1;
        return rule.fault.type === 'hold' ? { ...rule.fault, released: rule.released } : rule.fault;
    }
    /** Whether this API request falls in a 429 burst, and the burst's Retry-After (undefined: none). */
    rateLimitBurst(key) {
        if (this.burstLeft === 0) {
            if (!this.hits('rateLimitBurst', key))
                return undefined;
            const cfg = this.options.rateLimitBurst ?? {};
            this.bursts += 1;
            this.burstLeft = Math.max(1, cfg.length ?? 3);
            const mode = cfg.retryAfter ?? 'mixed';
            const withHeader = mode === 'always' ||
                (mode === 'mixed' && this.draw('burst-retry-after', String(this.bursts)) < 0.5);
            this.burstRetryAfter = withHeader ? (cfg.retryAfterSeconds ?? 1) : undefined;
        }
        this.burstLeft -= 1;
        return { retryAfterSeconds: this.burstRetryAfter };
    }
    /** Whether this create must be carried out and then answered 500. */
    commitThen500(operationId, method) {
        const cfg = this.options.createCommittedThen500;
        if (!cfg || this.createsFailed >= cfg.count)
            return false;
        const applies = cfg.operations ? cfg.operations.includes(operationId) : method === 'POST';
        if (!applies)
            return false;
        this.createsFailed += 1;
        return true;
    }
    /** Whether this archive PATCH must be carried out and then answered 500. */
    archiveThen500() {
        if (this.archivesFailed >= (this.options.archiveThen500 ?? 0))
            return false;
        this.archivesFailed += 1;
        return true;
    }
    manifestFailure() {
        const f = this.options.manifestFailure;
        if (!f)
            return undefined;
        return f === true ? DEFAULT_MANIFEST_FAILURE : f;
    }
    processingFailure() {
        const f = this.options.processingFailure;
        if (!f)
            return undefined;
        return f === true ? DEFAULT_PROCESSING_FAILURE : f;
    }
}
function matches(m, f) {
    if (m.listener && m.listener !== f.listener)
        return false;
    if (m.method && m.method.toUpperCase() !== f.method)
        return false;
    if (m.operationId && m.operationId !== f.operationId)
        return false;
    if (m.partNumber !== undefined && m.partNumber !== f.partNumber)
        return false;
    if (m.uploadFileId && m.uploadFileId !== f.uploadFileId)
        return false;
    if (m.path !== undefined) {
        if (typeof m.path === 'string' ? m.path !== f.path : !m.path.test(f.path))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/simulator/archive-check.ts
// What processing looks at in an uploaded ASSET: is it an Apple Archive container, is the block
// structure whole, and (where blocks are stored uncompressed) what its Manifest.json says.
// The simulator cannot decompress LZFSE/LZ4/LZMA/zlib blocks; it then just checks the structure.

const ARCHIVE_MAGICS = ['pbze', 'pbz4', 'pbzx', 'pbzz', 'pbzb', 'AA01', 'YAA1'];
const MAX_SCAN = 4 * 1024 * 1024;
/** Reads the start of the uncompressed stream, if the container lets us. */
async function inspectContainer(path, size) {
    const fh = await (0,promises_.open)(path, 'r');
    try {
        const head = Buffer.alloc(Math.min(12, size));
        await fh.read(head, 0, head.length, 0);
        const magic = head.subarray(0, 4).toString('latin1');
        if (magic === 'AEA1') {
            return {
                errors: [invalid('The file is an encrypted Apple Archive (AEA1), not an asset pack.')]
            };
        }
        if (!ARCHIVE_MAGICS.includes(magic)) {
            return {
                errors: [
                    invalid(`The file is not an Apple Archive: it starts with ${JSON.stringify(magic)}.`)
                ]
            };
        }
        if (magic === 'AA01' || magic === 'YAA1') {
            const stream = Buffer.alloc(Math.min(size, MAX_SCAN));
            await fh.read(stream, 0, stream.length, 0);
            return { errors: [], stream };
        }
        if (size < 12)
            return { errors: [invalid('The archive is truncated: no block size.')] };
        // pbz?: u64 BE block size, then blocks of {u64 BE raw size, u64 BE stored size, payload}.
        const chunks = [];
        let readable = true;
        let scanned = 0;
        let pos = 12;
        const blockHead = Buffer.alloc(16);
        while (pos < size) {
            if (size - pos < 16)
                return { errors: [invalid(`The archive is truncated at byte ${pos}.`)] };
            await fh.read(blockHead, 0, 16, pos);
            const raw = Number(blockHead.readBigUInt64BE(0));
            const stored = Number(blockHead.readBigUInt64BE(8));
            if (stored === 0 || stored > raw || pos + 16 + stored > size) {
                return { errors: [invalid(`The archive has a broken block at byte ${pos}.`)] };
            }
            if (readable && scanned < MAX_SCAN) {
                if (stored === raw) {
                    const payload = Buffer.alloc(Math.min(stored, MAX_SCAN - scanned));
                    await fh.read(payload, 0, payload.length, pos + 16);
                    chunks.push(payload);
                    scanned += payload.length;
                }
                else {
                    readable = false;
                }
            }
            pos += 16 + stored;
        }
        return { errors: [], ...(chunks.length ? { stream: Buffer.concat(chunks) } : {}) };
    }
    finally {
        await fh.close();
    }
}
function invalid(description) {
    return { code: 'ASSET_PACK_INVALID_ARCHIVE', description };
}
const FIXED_SIZES = {
    '*': 0,
    '1': 1,
    '2': 2,
    '4': 4,
    '8': 8,
    F: 4,
    G: 20,
    H: 32,
    I: 48,
    J: 64,
    S: 8,
    T: 12
};
const BLOB_SIZES = { A: 2, B: 4, C: 8 };
/** Walks AA01 entries and returns the DAT blob of `Manifest.json`, if it is in the buffer. */
function findManifestEntry(stream) {
    let pos = 0;
    while (pos + 6 <= stream.length) {
        const magic = stream.subarray(pos, pos + 4).toString('latin1');
        if (magic !== 'AA01' && magic !== 'YAA1')
            return undefined;
        const headerSize = stream.readUInt16LE(pos + 4);
        if (headerSize < 6 || pos + headerSize > stream.length)
            return undefined;
        let f = pos + 6;
        let entryPath;
        let blobTotal = 0;
        let dataOffset = -1;
        let dataSize = 0;
        while (f < pos + headerSize) {
            const key = stream.subarray(f, f + 3).toString('latin1');
            const type = stream.subarray(f + 3, f + 4).toString('latin1');
            f += 4;
            if (type === 'P') {
                const len = stream.readUInt16LE(f);
                if (key === 'PAT')
                    entryPath = stream.subarray(f + 2, f + 2 + len).toString('utf8');
                f += 2 + len;
            }
            else if (type in BLOB_SIZES) {
                const width = BLOB_SIZES[type];
                const blob = Number(width === 8 ? stream.readBigUInt64LE(f) : stream.readUIntLE(f, width));
                if (key === 'DAT') {
                    dataOffset = blobTotal;
                    dataSize = blob;
                }
                blobTotal += blob;
                f += width;
            }
            else if (type in FIXED_SIZES) {
                f += FIXED_SIZES[type];
            }
            else {
                return undefined;
            }
        }
        const blobsStart = pos + headerSize;
        if (entryPath === 'Manifest.json' && dataOffset >= 0) {
            const start = blobsStart + dataOffset;
            if (start + dataSize > stream.length)
                return undefined;
            return stream.subarray(start, start + dataSize);
        }
        pos = blobsStart + blobTotal;
    }
    return undefined;
}
/** Checks an uploaded archive the way processing would. */
async function inspectArchive(path, size) {
    const { errors, stream } = await inspectContainer(path, size);
    if (errors.length || !stream)
        return { errors };
    const entry = findManifestEntry(stream);
    if (!entry)
        return { errors };
    try {
        return { errors, manifest: JSON.parse(entry.toString('utf8')) };
    }
    catch {
        return {
            errors: [invalid("The archive's Manifest.json is not valid JSON.")]
        };
    }
}

;// CONCATENATED MODULE: ./src/simulator/manifest-check.ts
const MANIFEST_PLATFORMS = {
    iOS: 'IOS',
    macOS: 'MAC_OS',
    tvOS: 'TV_OS',
    visionOS: 'VISION_OS'
};
const EVENT_TYPES = ['firstInstallation', 'subsequentUpdate'];
const KNOWN_KEYS = [
    'assetPackID',
    'downloadPolicy',
    'fileSelectors',
    'platforms',
    'language',
    'sourceRoot',
    'toolsVersion'
];
const SELECTOR_FORMS = [
    ['file'],
    ['directory'],
    ['filePattern'],
    ['fileExclusion'],
    ['fileSource', 'fileDestination'],
    ['directorySource', 'directoryDestination']
];
/** Language, optional script, optional region: Background Assets supports nothing more. */
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$/;
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function badPath(p) {
    if (typeof p !== 'string' || p.trim() === '')
        return 'must be a non-empty string';
    if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p))
        return 'must be a relative path';
    if (p === '.' || p === './')
        return "must not be '.'";
    if (p.split(/[\\/]/).includes('..'))
        return "must not contain '..'";
    return undefined;
}
function checkDownloadPolicy(policy, err) {
    if (!isObject(policy))
        return err('MANIFEST_DOWNLOAD_POLICY', 'downloadPolicy must be an object.');
    const keys = Object.keys(policy);
    if (keys.length !== 1) {
        return err('MANIFEST_DOWNLOAD_POLICY', `downloadPolicy must have exactly one of essential, prefetch or onDemand; found ${keys.length ? keys.join(', ') : 'none'}.`);
    }
    const kind = keys[0];
    const value = policy[kind];
    if (kind === 'onDemand') {
        if (!isObject(value) || Object.keys(value).length) {
            err('ITMS-91140', 'Invalid download policy: onDemand must be an empty object ({}).');
        }
        return;
    }
    if (kind !== 'essential' && kind !== 'prefetch') {
        return err('MANIFEST_DOWNLOAD_POLICY', `Unknown download policy '${kind}'.`);
    }
    const events = isObject(value) ? value.installationEventTypes : undefined;
    if (!Array.isArray(events) ||
        events.length === 0 ||
        events.some(e => typeof e !== 'string' || !EVENT_TYPES.includes(e))) {
        err('MANIFEST_DOWNLOAD_POLICY', `downloadPolicy.${kind}.installationEventTypes must be a non-empty list of ${EVENT_TYPES.join(', ')}.`);
    }
}
function checkSelectors(selectors, err) {
    if (!Array.isArray(selectors) || selectors.length === 0) {
        return err('MANIFEST_FILE_SELECTORS', 'fileSelectors must be a non-empty list.');
    }
    selectors.forEach((sel, i) => {
        if (!isObject(sel))
            return err('MANIFEST_FILE_SELECTORS', `fileSelectors[${i}] must be an object.`);
        const keys = Object.keys(sel);
        const form = SELECTOR_FORMS.find(f => f.length === keys.length && f.every(k => keys.includes(k)));
        if (!form) {
            return err('MANIFEST_FILE_SELECTORS', `fileSelectors[${i}] must be {file}, {directory}, {filePattern}, {fileExclusion}, {fileSource, fileDestination} or {directorySource, directoryDestination}.`);
        }
        for (const k of form) {
            const problem = badPath(sel[k]);
            if (problem)
                err('MANIFEST_FILE_SELECTORS', `fileSelectors[${i}].${k} ${problem}.`);
        }
    });
}
/** Checks the bytes of a MANIFEST upload. */
function checkManifest(bytes, input) {
    const errors = [];
    const warnings = [];
    const err = (code, description) => errors.push({ code, description });
    let manifest;
    try {
        manifest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch (e) {
        err('MANIFEST_NOT_JSON', `The manifest is not valid JSON: ${e.message}`);
        return { errors, warnings };
    }
    if (!isObject(manifest)) {
        err('MANIFEST_NOT_JSON', 'The manifest must be a JSON object.');
        return { errors, warnings };
    }
    const id = manifest.assetPackID;
    if (typeof id !== 'string' || id === '') {
        err('MANIFEST_ASSET_PACK_ID', 'assetPackID must be a non-empty string.');
    }
    else if (id !== input.assetPackIdentifier) {
        err('MANIFEST_ASSET_PACK_ID', `The manifest's assetPackID '${id}' does not match the asset pack '${input.assetPackIdentifier}'.`);
    }
    checkDownloadPolicy(manifest.downloadPolicy, err);
    checkSelectors(manifest.fileSelectors, err);
    if ('sourceRoot' in manifest && typeof manifest.sourceRoot !== 'string') {
        err('MANIFEST_SOURCE_ROOT', 'sourceRoot must be a string.');
    }
    if ('userInfo' in manifest) {
        err('MANIFEST_USER_INFO', 'userInfo is supported by self-hosted asset packs only.');
    }
    const language = manifest.language;
    if (language !== undefined && (typeof language !== 'string' || !LANGUAGE.test(language))) {
        err('MANIFEST_LANGUAGE', `language '${String(language)}' must be a language code with an optional script and region.`);
    }
    let platforms;
    const given = manifest.platforms;
    if (!Array.isArray(given)) {
        err('MANIFEST_PLATFORMS', 'platforms must be a list of iOS, macOS, tvOS, visionOS.');
    }
    else if (given.length === 0) {
        platforms = [...input.appPlatforms]; // documented: an empty list means every platform
    }
    else {
        const unknown = given.filter(p => typeof p !== 'string' || !(p in MANIFEST_PLATFORMS));
        if (unknown.length) {
            err('MANIFEST_PLATFORMS', `Unsupported platforms: ${unknown.map(String).join(', ')}.`);
        }
        else if (new Set(given).size !== given.length) {
            err('MANIFEST_PLATFORMS', 'platforms must not repeat a platform.');
        }
        else {
            platforms = given.map(p => MANIFEST_PLATFORMS[p]);
            const missing = platforms.filter(p => !input.appPlatforms.includes(p));
            if (missing.length) {
                err('ITMS-91139', `The manifest names platforms the app does not support: ${missing.join(', ')}.`);
            }
        }
    }
    for (const key of Object.keys(manifest)) {
        if (!KNOWN_KEYS.includes(key)) {
            warnings.push({
                code: 'MANIFEST_UNKNOWN_KEY',
                description: `Unknown key '${key}' was ignored.`
            });
        }
    }
    if (errors.length)
        return { errors, warnings };
    return {
        errors,
        warnings,
        ...(platforms ? { platforms } : {}),
        ...(typeof language === 'string' ? { locale: language } : {})
    };
}

;// CONCATENATED MODULE: ./src/simulator/processing.ts
// What App Store Connect does after a commit, on a timer: check a MANIFEST (the upload file goes
// COMPLETE or FAILED), or process an ASSET (the version goes PROCESSING, then COMPLETE with its
// platforms and a READY_FOR_TESTING internal beta release, or FAILED with stateDetails.errors).



const MAX_MANIFEST_BYTES = 1024 * 1024;
class Processing {
    timers = new Map();
    running = new Set();
    state;
    options;
    constructor(state, options) {
        this.state = state;
        this.options = options;
    }
    /** Runs `job` after `ms`; settled() waits for it, stop() drops it (App Review uses it too). */
    later(ms, job) {
        let done;
        const finished = new Promise(resolve => (done = resolve));
        this.running.add(finished);
        const finish = () => {
            this.running.delete(finished);
            done();
        };
        const timer = setTimeout(() => {
            this.timers.delete(timer);
            job()
                .catch(() => undefined)
                .finally(finish);
        }, ms);
        this.timers.set(timer, finish);
    }
    /** Resolves once every scheduled check and processing job has run. */
    async settled() {
        while (this.running.size)
            await Promise.all([...this.running]);
    }
    /** Cancels what has not started yet (and releases anyone waiting in settled()). */
    stop() {
        for (const [timer, finish] of this.timers) {
            clearTimeout(timer);
            finish();
        }
        this.timers.clear();
    }
    manifestCommitted(file) {
        file.state = 'UPLOAD_COMPLETE';
        this.later(this.options.manifestCheckDelayMs, () => this.checkManifest(file));
    }
    async checkManifest(file) {
        const version = this.state.versions.get(file.versionId);
        const pack = version ? this.state.packs.get(version.packId) : undefined;
        const app = pack ? this.state.apps.get(pack.appId) : undefined;
        let errors;
        let warnings = [];
        let platforms;
        let locale;
        const injected = this.options.faults.manifestFailure();
        if (injected) {
            errors = injected.map(e => ({ ...e }));
        }
        else if (!file.received || file.received.size > MAX_MANIFEST_BYTES) {
            errors = [{ code: 'MANIFEST_TOO_LARGE', description: 'The manifest is larger than 1 MiB.' }];
        }
        else {
            const result = checkManifest(await (0,promises_.readFile)(file.received.path), {
                assetPackIdentifier: pack?.assetPackIdentifier ?? '',
                appPlatforms: app?.platforms ?? []
            });
            ({ errors, warnings, platforms, locale } = result);
        }
        file.errors = errors;
        file.warnings = warnings;
        file.state = errors.length ? 'FAILED' : 'COMPLETE';
        if (platforms)
            file.manifestPlatforms = platforms;
        if (locale && version)
            version.locale = locale;
        if (errors.length && version)
            version.stateDetails.errors.push(...errors.map(e => ({ ...e })));
    }
    assetCommitted(file) {
        file.state = 'UPLOAD_COMPLETE';
        const version = this.state.versions.get(file.versionId);
        if (!version)
            return;
        version.state = 'PROCESSING';
        if (this.options.faults.options.processingNeverFinishes)
            return;
        this.later(this.options.processingDelayMs, () => this.process(file));
    }
    async process(file) {
        const version = this.state.versions.get(file.versionId);
        const pack = version ? this.state.packs.get(version.packId) : undefined;
        if (!version || !pack || !file.received)
            return;
        const errors = [];
        const report = await inspectArchive(file.received.path, file.received.size);
        errors.push(...report.errors);
        let archivePlatforms;
        if (report.manifest !== undefined) {
            const m = report.manifest;
            if (m.assetPackID !== pack.assetPackIdentifier) {
                errors.push({
                    code: 'ASSET_PACK_ID_MISMATCH',
                    description: `The archive's assetPackID '${String(m.assetPackID)}' does not match the asset pack '${pack.assetPackIdentifier}'.`
                });
            }
            if (Array.isArray(m.platforms)) {
                archivePlatforms = m.platforms.flatMap(p => {
                    const mapped = typeof p === 'string' ? MANIFEST_PLATFORMS[p] : undefined;
                    return mapped ? [mapped] : [];
                });
            }
        }
        const manifestFile = version.manifestFileId
            ? this.state.uploadFiles.get(version.manifestFileId)
            : undefined;
        if (manifestFile?.state === 'FAILED')
            errors.push(...manifestFile.errors.map(e => ({ ...e })));
        const injected = this.options.faults.processingFailure();
        if (injected)
            errors.push(...injected.map(e => ({ ...e })));
        const extra = this.options.faults.options.processingDetails;
        version.stateDetails.warnings.push(...(extra?.warnings ?? []).map(e => ({ ...e })));
        version.stateDetails.infos.push(...(extra?.infos ?? []).map(e => ({ ...e })));
        if (errors.length) {
            version.state = 'FAILED';
            version.stateDetails.errors = dedupe([...version.stateDetails.errors, ...errors]);
            file.state = 'FAILED';
            file.errors = errors;
            return;
        }
        version.platforms = (manifestFile?.state === 'COMPLETE'
            ? manifestFile.manifestPlatforms
            : undefined) ??
            (archivePlatforms?.length ? archivePlatforms : undefined) ?? [
            ...this.options.defaultPlatforms
        ];
        // Apple processes the archive's own manifest: where it can be read, its language is the
        // version's locale, whatever the MANIFEST upload said.
        if (report.manifest !== undefined) {
            const language = report.manifest.language;
            version.locale = typeof language === 'string' ? language : undefined;
        }
        version.state = 'COMPLETE';
        file.state = 'COMPLETE';
        this.state.release(version);
    }
}
function dedupe(details) {
    const seen = new Set();
    return details.filter(d => {
        const key = `${d.code}\n${d.description}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/simulator/rate-limit.ts
// App Store Connect's quota: a number of requests per key over a rolling hour, shown on every
// response as `X-Rate-Limit: user-hour-lim:3500;user-hour-rem:N;`.
const HOUR_MS = 60 * 60 * 1000;
class RateLimiter {
    limit;
    clock;
    served = new Map();
    constructor(limit, clock) {
        this.limit = limit;
        this.clock = clock;
    }
    window(key) {
        const since = this.clock() - HOUR_MS;
        const times = (this.served.get(key) ?? []).filter(t => t > since);
        this.served.set(key, times);
        return times;
    }
    /** Counts a request against the key's quota; false when the quota is used up. */
    take(key) {
        const times = this.window(key);
        if (times.length >= this.limit)
            return false;
        times.push(this.clock());
        return true;
    }
    remaining(key) {
        return Math.max(0, this.limit - this.window(key).length);
    }
    header(key) {
        return `user-hour-lim:${this.limit};user-hour-rem:${this.remaining(key)};`;
    }
}

;// CONCATENATED MODULE: ./src/simulator/review-resources.ts
/** An App Store release (resources.ts includes it in a version too). */
function appStoreReleaseResource(base, r, versionData) {
    return {
        type: 'backgroundAssetVersionAppStoreReleases',
        id: r.id,
        attributes: { state: r.state },
        ...(versionData
            ? {
                relationships: {
                    backgroundAssetVersion: { data: { type: 'backgroundAssetVersions', id: r.versionId } }
                }
            }
            : {}),
        links: { self: `${base}/v1/backgroundAssetVersionAppStoreReleases/${r.id}` }
    };
}
class ReviewSerializer {
    state;
    base;
    serializer;
    constructor(state, baseUrl, serializer) {
        this.state = state;
        this.base = baseUrl;
        this.serializer = serializer;
    }
    submission(s, include = [], included = []) {
        const self = `${this.base}/v1/reviewSubmissions/${s.id}`;
        const items = {
            links: { self: `${self}/relationships/items`, related: `${self}/items` }
        };
        const relationships = {};
        if (include.includes('app')) {
            const app = this.state.apps.get(s.appId);
            if (app) {
                relationships.app = { data: { type: 'apps', id: app.id } };
                included.push(this.serializer.app(app));
            }
        }
        if (include.includes('items')) {
            const list = this.state.review.itemsOf(s.id);
            items.data = list.map(i => ({ type: 'reviewSubmissionItems', id: i.id }));
            included.push(...list.map(i => this.item(i)));
        }
        relationships.items = items;
        return {
            type: 'reviewSubmissions',
            id: s.id,
            attributes: {
                platform: s.platform,
                ...(s.submittedDate ? { submittedDate: s.submittedDate } : {}),
                state: s.state
            },
            relationships,
            links: { self }
        };
    }
    item(i, include = [], included = []) {
        const relationships = {};
        if (include.includes('backgroundAssetVersion')) {
            const v = this.state.versions.get(i.versionId);
            if (v) {
                relationships.backgroundAssetVersion = {
                    data: { type: 'backgroundAssetVersions', id: v.id }
                };
                included.push(this.serializer.version(v));
            }
        }
        return {
            type: 'reviewSubmissionItems',
            id: i.id,
            attributes: { state: i.state },
            ...(Object.keys(relationships).length ? { relationships } : {}),
            links: { self: `${this.base}/v1/reviewSubmissionItems/${i.id}` }
        };
    }
    appStoreRelease(r, include = [], included = []) {
        const withVersion = include.includes('backgroundAssetVersion');
        const v = withVersion ? this.state.versions.get(r.versionId) : undefined;
        if (v)
            included.push(this.serializer.version(v));
        return appStoreReleaseResource(this.base, r, v !== undefined);
    }
}

;// CONCATENATED MODULE: ./src/simulator/resources.ts

class Serializer {
    state;
    base;
    constructor(state, baseUrl) {
        this.state = state;
        this.base = baseUrl;
    }
    self(type, id) {
        return { self: `${this.base}/v1/${type}/${id}` };
    }
    toMany(type, id, name) {
        return {
            links: {
                self: `${this.base}/v1/${type}/${id}/relationships/${name}`,
                related: `${this.base}/v1/${type}/${id}/${name}`
            }
        };
    }
    /** Adds `{data}` for each included to-one relationship that is set; collects what to include. */
    toOne(include, relationships, links, included) {
        for (const [name, link] of Object.entries(links)) {
            if (!include.includes(name) || !link.id)
                continue;
            const resource = link.resource();
            if (!resource)
                continue;
            relationships[name] = { data: { type: link.type, id: link.id } };
            included.push(resource);
        }
    }
    app(app) {
        return {
            type: 'apps',
            id: app.id,
            attributes: {
                name: app.name,
                bundleId: app.bundleId,
                sku: app.sku,
                primaryLocale: app.primaryLocale
            },
            links: this.self('apps', app.id)
        };
    }
    pack(pack, include = [], included = []) {
        const relationships = {
            versions: this.toMany('backgroundAssets', pack.id, 'versions')
        };
        const version = (id) => () => {
            const v = id ? this.state.versions.get(id) : undefined;
            return v ? this.version(v) : undefined;
        };
        this.toOne(include, relationships, {
            app: {
                type: 'apps',
                id: pack.appId,
                resource: () => {
                    const a = this.state.apps.get(pack.appId);
                    return a ? this.app(a) : undefined;
                }
            },
            internalBetaVersion: {
                type: 'backgroundAssetVersions',
                id: pack.internalBetaVersionId,
                resource: version(pack.internalBetaVersionId)
            },
            appStoreVersion: {
                type: 'backgroundAssetVersions',
                id: pack.appStoreVersionId,
                resource: version(pack.appStoreVersionId)
            },
            externalBetaVersion: {
                type: 'backgroundAssetVersions',
                id: this.state.externalBetaVersionId(pack),
                resource: version(this.state.externalBetaVersionId(pack))
            }
        }, included);
        return {
            type: 'backgroundAssets',
            id: pack.id,
            attributes: {
                archived: pack.archived,
                assetPackIdentifier: pack.assetPackIdentifier,
                createdDate: pack.createdDate,
                usedBytes: this.state.usedBytes(pack)
            },
            relationships,
            links: this.self('backgroundAssets', pack.id)
        };
    }
    version(v, include = [], included = []) {
        const relationships = {};
        const file = (id) => () => {
            const f = id ? this.state.uploadFiles.get(id) : undefined;
            return f ? this.uploadFile(f) : undefined;
        };
        this.toOne(include, relationships, {
            backgroundAsset: {
                type: 'backgroundAssets',
                id: v.packId,
                resource: () => {
                    const p = this.state.packs.get(v.packId);
                    return p ? this.pack(p) : undefined;
                }
            },
            internalBetaRelease: {
                type: 'backgroundAssetVersionInternalBetaReleases',
                id: v.internalBetaReleaseId,
                resource: () => {
                    const r = v.internalBetaReleaseId
                        ? this.state.releases.get(v.internalBetaReleaseId)
                        : undefined;
                    return r ? this.release(r) : undefined;
                }
            },
            externalBetaRelease: {
                type: 'backgroundAssetVersionExternalBetaReleases',
                id: v.externalBetaReleaseId,
                resource: () => {
                    const r = v.externalBetaReleaseId
                        ? this.state.externalBetaReleases.get(v.externalBetaReleaseId)
                        : undefined;
                    return r
                        ? this.storeRelease('backgroundAssetVersionExternalBetaReleases', r)
                        : undefined;
                }
            },
            appStoreRelease: {
                type: 'backgroundAssetVersionAppStoreReleases',
                id: this.state.review.releaseOfVersion(v.id)?.id,
                resource: () => {
                    const r = this.state.review.releaseOfVersion(v.id);
                    return r ? appStoreReleaseResource(this.base, r) : undefined;
                }
            },
            assetFile: {
                type: 'backgroundAssetUploadFiles',
                id: v.assetFileId,
                resource: file(v.assetFileId)
            },
            manifestFile: {
                type: 'backgroundAssetUploadFiles',
                id: v.manifestFileId,
                resource: file(v.manifestFileId)
            }
        }, included);
        relationships.backgroundAssetUploadFiles = this.toMany('backgroundAssetVersions', v.id, 'backgroundAssetUploadFiles');
        return {
            type: 'backgroundAssetVersions',
            id: v.id,
            attributes: {
                createdDate: v.createdDate,
                ...(v.platforms.length ? { platforms: [...v.platforms] } : {}),
                ...(v.locale ? { locale: v.locale } : {}),
                state: v.state,
                stateDetails: structuredClone(v.stateDetails),
                version: v.version,
                ...(v.locale ? { locale: v.locale } : {})
            },
            relationships,
            links: this.self('backgroundAssetVersions', v.id)
        };
    }
    uploadFile(f) {
        const attributes = {
            assetDeliveryState: {
                state: f.state,
                errors: structuredClone(f.errors),
                warnings: structuredClone(f.warnings)
            },
            assetToken: f.assetToken,
            assetType: f.assetType,
            fileName: f.fileName,
            fileSize: f.fileSize
        };
        if (f.sourceFileChecksums)
            attributes.sourceFileChecksums = structuredClone(f.sourceFileChecksums);
        if (!f.committed) {
            attributes.uploadOperations = f.parts.map(p => ({
                method: 'PUT',
                url: p.url,
                length: p.length,
                offset: p.offset,
                requestHeaders: p.requestHeaders.map(h => ({ ...h })),
                expiration: new Date(p.expiresAt).toISOString(),
                partNumber: p.partNumber,
                ...(p.entityTag ? { entityTag: p.entityTag } : {})
            }));
        }
        return {
            type: 'backgroundAssetUploadFiles',
            id: f.id,
            attributes,
            links: this.self('backgroundAssetUploadFiles', f.id)
        };
    }
    release(r, include = [], included = []) {
        return this.storeRelease('backgroundAssetVersionInternalBetaReleases', r, include, included);
    }
    /** Any of the three release resources: {state} and the version it belongs to. */
    storeRelease(type, r, include = [], included = []) {
        const relationships = {};
        this.toOne(include, relationships, {
            backgroundAssetVersion: {
                type: 'backgroundAssetVersions',
                id: r.versionId,
                resource: () => {
                    const v = this.state.versions.get(r.versionId);
                    return v ? this.version(v) : undefined;
                }
            }
        }, included);
        return {
            type,
            id: r.id,
            attributes: { state: r.state },
            ...(Object.keys(relationships).length ? { relationships } : {}),
            links: this.self(type, r.id)
        };
    }
}

;// CONCATENATED MODULE: ./src/simulator/review.ts
class AppReview {
    state;
    processing;
    faults;
    options;
    constructor(state, processing, faults, options) {
        this.state = state;
        this.processing = processing;
        this.faults = faults;
        this.options = options;
    }
    /** `submitted: true`: the items go to App Review, each version gets its App Store release. */
    submit(s) {
        const review = this.state.review;
        s.state = 'WAITING_FOR_REVIEW';
        s.submittedDate = this.state.now();
        for (const item of review.activeItemsOf(s.id)) {
            if (item.state !== 'READY_FOR_REVIEW')
                continue;
            item.state = 'ACCEPTED';
            review.releaseFor(item.versionId, 'WAITING_FOR_REVIEW');
        }
        this.processing.later(this.options.startDelayMs ?? 1000, async () => this.start(s));
    }
    start(s) {
        if (s.state !== 'WAITING_FOR_REVIEW')
            return;
        s.state = 'IN_REVIEW';
        this.setReleases(s, 'IN_REVIEW');
        if (this.options.neverDecides)
            return;
        this.processing.later(this.options.decisionDelayMs ?? 2000, async () => this.decide(s));
    }
    decide(s) {
        if (s.state !== 'IN_REVIEW')
            return;
        const review = this.state.review;
        const rate = this.options.rejectRate ?? 0;
        const rejectAll = rate > 0 && this.faults.draw('review', String(s.ordinal)) < rate;
        let rejected = 0;
        for (const item of review.activeItemsOf(s.id)) {
            if (item.state !== 'ACCEPTED')
                continue;
            const version = this.state.versions.get(item.versionId);
            const pack = version ? this.state.packs.get(version.packId) : undefined;
            const release = review.releaseOfVersion(item.versionId);
            if (rejectAll || (pack && this.options.rejectPacks?.includes(pack.assetPackIdentifier))) {
                item.state = 'REJECTED';
                if (release)
                    release.state = 'REJECTED';
                rejected++;
                continue;
            }
            item.state = 'APPROVED';
            if (!release || !pack)
                continue;
            // The approved version replaces the pack's earlier one for every App Store user.
            const earlier = pack.appStoreVersionId
                ? review.releaseOfVersion(pack.appStoreVersionId)
                : undefined;
            if (earlier && earlier !== release)
                earlier.state = 'SUPERSEDED';
            release.state = 'READY_FOR_DISTRIBUTION';
            pack.appStoreVersionId = item.versionId;
        }
        s.state = rejected > 0 ? 'UNRESOLVED_ISSUES' : 'COMPLETE';
    }
    /** `canceled: true`: CANCELING now, COMPLETE a moment later; what was not approved is removed. */
    cancel(s) {
        s.state = 'CANCELING';
        this.processing.later(this.options.cancelDelayMs ?? 500, async () => {
            const review = this.state.review;
            for (const item of review.itemsOf(s.id)) {
                if (item.state === 'APPROVED' || item.state === 'REMOVED')
                    continue;
                item.state = 'REMOVED';
                const release = review.releaseOfVersion(item.versionId);
                if (release && release.state !== 'READY_FOR_DISTRIBUTION') {
                    release.state = 'PREPARE_FOR_SUBMISSION';
                }
            }
            s.state = 'COMPLETE';
        });
    }
    setReleases(s, state) {
        const review = this.state.review;
        for (const item of review.activeItemsOf(s.id)) {
            const release = review.releaseOfVersion(item.versionId);
            if (release)
                release.state = state;
        }
    }
}

;// CONCATENATED MODULE: ./src/simulator/seed.ts

function seedState(state, seed, defaultAppId, planParts) {
    for (const app of seed.apps ?? [])
        state.addApp(app);
    for (const sp of seed.packs ?? []) {
        const appId = sp.appId ?? defaultAppId;
        if (!state.apps.has(appId))
            state.addApp({ id: appId });
        const pack = state.createPack(appId, sp.assetPackIdentifier, sp.id);
        pack.archived = sp.archived ?? false;
        if (sp.createdDate)
            pack.createdDate = sp.createdDate;
        for (const sv of sp.versions ?? [])
            seedVersion(state, pack, sv, planParts);
    }
}
function seedVersion(state, pack, sv, planParts) {
    const v = state.createVersion(pack.id, sv.id, sv.version);
    v.state = sv.state ?? 'AWAITING_UPLOAD';
    if (sv.createdDate)
        v.createdDate = sv.createdDate;
    if (sv.locale)
        v.locale = sv.locale;
    v.platforms = sv.platforms ?? (v.state === 'COMPLETE' ? ['IOS'] : []);
    if (sv.locale)
        v.locale = sv.locale;
    v.stateDetails = { errors: [], warnings: [], infos: [], ...sv.stateDetails };
    for (const sf of sv.uploadFiles ?? []) {
        const delivery = sf.state ?? 'AWAITING_UPLOAD';
        const file = state.createUploadFile(v.id, sf, f => (delivery === 'AWAITING_UPLOAD' ? planParts(f) : []), sf.id);
        file.state = delivery;
        file.committed = delivery !== 'AWAITING_UPLOAD';
        file.errors = sf.errors ?? [];
        if (sf.sourceFileChecksums)
            file.sourceFileChecksums = sf.sourceFileChecksums;
    }
    const rel = sv.internalBetaRelease;
    if (rel !== false && (rel || v.state === 'COMPLETE')) {
        state.release(v, rel ? rel.id : undefined, rel ? rel.state : undefined);
    }
    if (sv.externalBetaRelease) {
        const { id = (0,external_node_crypto_.randomUUID)(), state: s } = sv.externalBetaRelease;
        state.externalBetaReleases.set(id, { id, versionId: v.id, state: s });
        v.externalBetaReleaseId = id;
    }
    if (sv.appStoreRelease) {
        state.review.releaseFor(v.id, sv.appStoreRelease.state, sv.appStoreRelease.id);
        if (sv.appStoreRelease.state === 'READY_FOR_DISTRIBUTION')
            pack.appStoreVersionId = v.id;
    }
}

;// CONCATENATED MODULE: ./src/simulator/review-state.ts
// App Store review in the simulator's store: review submissions, their items, and the App Store
// release each submitted background asset version gets. Held in SimState as `state.review`.

/** Apple: a submission is "still in progress" until it is COMPLETE. */
function inProgress(s) {
    return s.state !== 'COMPLETE';
}
class ReviewState {
    submissions = new Map();
    items = new Map();
    appStoreReleases = new Map();
    ordinal = 0;
    createSubmission(appId, platform, id = (0,external_node_crypto_.randomUUID)()) {
        const s = {
            id,
            appId,
            platform,
            state: 'READY_FOR_REVIEW',
            ordinal: ++this.ordinal
        };
        this.submissions.set(id, s);
        return s;
    }
    submissionsOfApp(appId) {
        return [...this.submissions.values()].filter(s => s.appId === appId);
    }
    /** The app's submission for this platform that is still in progress, if any. */
    openSubmission(appId, platform) {
        return this.submissionsOfApp(appId).find(s => s.platform === platform && inProgress(s));
    }
    createItem(submissionId, versionId, id = (0,external_node_crypto_.randomUUID)()) {
        const item = {
            id,
            submissionId,
            versionId,
            state: 'READY_FOR_REVIEW',
            ordinal: ++this.ordinal
        };
        this.items.set(id, item);
        return item;
    }
    itemsOf(submissionId) {
        return [...this.items.values()]
            .filter(i => i.submissionId === submissionId)
            .sort((a, b) => a.ordinal - b.ordinal);
    }
    /** Items that still count: not removed. */
    activeItemsOf(submissionId) {
        return this.itemsOf(submissionId).filter(i => i.state !== 'REMOVED');
    }
    /**
     * The version's item in a submission for this platform still in progress, if any. A version on
     * several platforms goes into each platform's submission.
     */
    activeItemOfVersion(versionId, platform) {
        return [...this.items.values()].find(i => {
            const s = this.submissions.get(i.submissionId);
            return (i.versionId === versionId &&
                i.state !== 'REMOVED' &&
                s !== undefined &&
                s.platform === platform &&
                inProgress(s));
        });
    }
    releaseOfVersion(versionId) {
        return [...this.appStoreReleases.values()].find(r => r.versionId === versionId);
    }
    /** The version's App Store release, created on its first submission. */
    releaseFor(versionId, state, id = (0,external_node_crypto_.randomUUID)()) {
        const existing = this.releaseOfVersion(versionId);
        if (existing) {
            existing.state = state;
            return existing;
        }
        const r = { id, versionId, state };
        this.appStoreReleases.set(id, r);
        return r;
    }
    snapshot() {
        return structuredClone({
            submissions: [...this.submissions.values()],
            items: [...this.items.values()],
            appStoreReleases: [...this.appStoreReleases.values()]
        });
    }
}

;// CONCATENATED MODULE: ./src/simulator/state.ts
// The simulator's in-memory App Store Connect: apps, packs, versions, upload files, releases.
// Seedable (e.g. a version left AWAITING_UPLOAD by an earlier failed run) and readable by tests.


const ALL_PLATFORMS = ['IOS', 'MAC_OS', 'TV_OS', 'VISION_OS'];
function defaultApp(id) {
    return {
        id,
        name: 'Simulated App',
        bundleId: 'com.example.simulated',
        sku: `SIM-${id}`,
        primaryLocale: 'en-US',
        platforms: [...ALL_PLATFORMS]
    };
}
class SimState {
    apps = new Map();
    packs = new Map();
    versions = new Map();
    uploadFiles = new Map();
    releases = new Map();
    /** Review submissions, their items, App Store releases. */
    review = new ReviewState();
    externalBetaReleases = new Map();
    clock;
    ordinal = 0;
    constructor(clock) {
        this.clock = clock;
    }
    now() {
        return new Date(this.clock()).toISOString();
    }
    addApp(app) {
        const full = { ...defaultApp(app.id), ...app };
        this.apps.set(full.id, full);
        return full;
    }
    packsOfApp(appId) {
        return [...this.packs.values()].filter(p => p.appId === appId);
    }
    createPack(appId, assetPackIdentifier, id = (0,external_node_crypto_.randomUUID)()) {
        const pack = {
            id,
            appId,
            assetPackIdentifier,
            archived: false,
            createdDate: this.now()
        };
        this.packs.set(id, pack);
        return pack;
    }
    versionsOfPack(packId) {
        return [...this.versions.values()]
            .filter(v => v.packId === packId)
            .sort((a, b) => Number(a.version) - Number(b.version));
    }
    /** Apple assigns version numbers: one more than the pack's highest. */
    createVersion(packId, id = (0,external_node_crypto_.randomUUID)(), version) {
        const highest = Math.max(0, ...this.versionsOfPack(packId).map(v => Number(v.version) || 0));
        const v = {
            id,
            packId,
            version: version ?? String(highest + 1),
            state: 'AWAITING_UPLOAD',
            createdDate: this.now(),
            platforms: [],
            stateDetails: { errors: [], warnings: [], infos: [] }
        };
        this.versions.set(id, v);
        return v;
    }
    uploadFilesOfVersion(versionId) {
        return [...this.uploadFiles.values()]
            .filter(f => f.versionId === versionId)
            .sort((a, b) => a.ordinal - b.ordinal);
    }
    createUploadFile(versionId, input, planParts, id = (0,external_node_crypto_.randomUUID)()) {
        const file = {
            id,
            versionId,
            ...input,
            state: 'AWAITING_UPLOAD',
            errors: [],
            warnings: [],
            assetToken: `SimulatorPurple/v4/${id.slice(0, 2)}/${id}/${input.fileName}`,
            parts: [],
            committed: false,
            ordinal: ++this.ordinal,
            createdAt: this.clock()
        };
        file.parts = planParts(file);
        this.uploadFiles.set(id, file);
        const version = this.versions.get(versionId);
        if (version) {
            if (input.assetType === 'MANIFEST')
                version.manifestFileId = id;
            else
                version.assetFileId = id;
        }
        return file;
    }
    /**
     * Makes the version the pack's internal beta: a READY_FOR_TESTING release, the pack's previous
     * one SUPERSEDED.
     */
    release(version, id = (0,external_node_crypto_.randomUUID)(), state = 'READY_FOR_TESTING') {
        if (state === 'READY_FOR_TESTING') {
            for (const other of this.versionsOfPack(version.packId)) {
                const r = other.internalBetaReleaseId
                    ? this.releases.get(other.internalBetaReleaseId)
                    : undefined;
                if (r && r.state === 'READY_FOR_TESTING')
                    r.state = 'SUPERSEDED';
            }
            const pack = this.packs.get(version.packId);
            if (pack)
                pack.internalBetaVersionId = version.id;
        }
        const release = { id, versionId: version.id, state };
        this.releases.set(id, release);
        version.internalBetaReleaseId = id;
        return release;
    }
    /**
     * Apple's usedBytes: the archive size of the pack's largest eligible version (apple-facts.md,
     * "Managing packs"). Eligible here: processed (COMPLETE). An archived pack has no versions left.
     */
    usedBytes(pack) {
        if (pack.archived)
            return 0;
        const sizes = this.versionsOfPack(pack.id)
            .filter(v => v.state === 'COMPLETE')
            .flatMap(v => this.uploadFilesOfVersion(v.id))
            .filter(f => f.assetType === 'ASSET' && f.committed)
            .map(f => f.received?.size ?? f.fileSize);
        return Math.max(0, ...sizes);
    }
    /** The newest version with an external beta release READY_FOR_TESTING. */
    externalBetaVersionId(pack) {
        return this.versionsOfPack(pack.id)
            .filter(v => {
            const r = v.externalBetaReleaseId
                ? this.externalBetaReleases.get(v.externalBetaReleaseId)
                : undefined;
            return r?.state === 'READY_FOR_TESTING';
        })
            .at(-1)?.id;
    }
    snapshot() {
        return structuredClone({
            apps: [...this.apps.values()],
            packs: [...this.packs.values()],
            versions: [...this.versions.values()],
            uploadFiles: [...this.uploadFiles.values()],
            releases: [...this.releases.values()],
            review: this.review.snapshot(),
            externalBetaReleases: [...this.externalBetaReleases.values()]
        });
    }
}

;// CONCATENATED MODULE: ./src/simulator/server.ts
// The App Store Connect simulator: an API listener (JWT, rate limit, JSON:API, the spec's
// operations) and an upload listener on its own port (pre-signed part URLs), both on loopback.

















function listen(server, port) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve(server.address().port));
    });
}
function matchesFilter(e, f) {
    if (f.listener && e.listener !== f.listener)
        return false;
    if (f.method && e.method !== f.method.toUpperCase())
        return false;
    if (f.operationId && e.operationId !== f.operationId)
        return false;
    if (f.status !== undefined && e.status !== f.status)
        return false;
    if (f.path !== undefined &&
        (typeof f.path === 'string' ? e.path !== f.path : !f.path.test(e.path))) {
        return false;
    }
    return true;
}
async function createSimulator(options = {}) {
    const clock = options.clock ?? Date.now;
    const appId = options.appId ?? '1234567890';
    const faults = new Faults(options.faults ?? {});
    const ownDataDir = !options.dataDir;
    const dataDir = options.dataDir ?? (await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'asc-simulator-')));
    const requests = [];
    const state = new SimState(clock);
    state.addApp({ id: appId, platforms: options.appPlatforms ?? [...ALL_PLATFORMS] });
    const key = generateKey(options.individualKey ?? false);
    const auth = new Authenticator({
        clock,
        clockToleranceSeconds: options.clockToleranceSeconds ?? 5,
        tokenMaxAgeSeconds: () => faults.options.tokenMaxAgeSeconds
    });
    auth.addKey(key);
    for (const k of options.keys ?? [])
        auth.addKey(k);
    const limiter = new RateLimiter(options.rateLimitPerHour ?? 3500, clock);
    const uploads = new UploadHost({
        dataDir,
        partSizeBytes: options.partSizeBytes ?? 5 * 1024 * 1024,
        partJitter: options.partJitter ?? 0.25,
        partUrlLifetimeMs: () => faults.options.expirePartUrlsAfterMs ?? 24 * 60 * 60 * 1000,
        clock,
        faults,
        log: e => requests.push({ listener: 'upload', search: '', ...e })
    });
    const processing = new Processing(state, {
        processingDelayMs: options.processingDelayMs ?? 2000,
        manifestCheckDelayMs: options.manifestCheckDelayMs ?? 500,
        defaultPlatforms: options.defaultPlatforms ?? ['IOS'],
        faults
    });
    const apiServer = (0,external_node_http_.createServer)();
    const uploadServer = (0,external_node_http_.createServer)();
    const apiPort = await listen(apiServer, options.port ?? 0);
    const uploadPort = await listen(uploadServer, options.uploadPort ?? 0);
    const url = `http://127.0.0.1:${apiPort}`;
    uploads.baseUrl = `http://127.0.0.1:${uploadPort}`;
    const serializer = new Serializer(state, url);
    const sim = {
        state,
        serializer,
        uploads,
        processing,
        review: new AppReview(state, processing, faults, options.review ?? {}),
        reviewSerializer: new ReviewSerializer(state, url, serializer)
    };
    if (options.state)
        seedState(state, options.state, appId, f => uploads.planParts(f));
    const handleApi = createApiHandler({ url, auth, limiter, faults, requests, sim });
    apiServer.on('request', (req, res) => {
        void handleApi(req, res);
    });
    uploadServer.on('request', (req, res) => {
        uploads.handle(req, res).catch(() => {
            if (!res.headersSent)
                res.writeHead(500).end();
        });
    });
    let closed = false;
    return {
        url,
        uploadUrl: uploads.baseUrl,
        appId,
        key,
        state,
        faults,
        review: sim.review,
        requests,
        uploadStats: uploads.stats,
        count: filter => requests.filter(e => matchesFilter(e, filter)).length,
        receivedFile: id => state.uploadFiles.get(id)?.received,
        snapshot: () => state.snapshot(),
        addKey: k => auth.addKey(k),
        settled: () => processing.settled(),
        close: async () => {
            if (closed)
                return;
            closed = true;
            processing.stop();
            faults.clear();
            await Promise.all([apiServer, uploadServer].map(s => new Promise(resolve => {
                s.close(() => resolve());
                s.closeAllConnections();
            })));
            if (ownDataDir)
                await (0,promises_.rm)(dataDir, { recursive: true, force: true });
        }
    };
}
/** Every spec operation has a route (checked by a test and at import). */
const UNROUTED_OPERATIONS = OPERATIONS.filter(o => !ROUTES[o.operationId]).map(o => o.operationId);

;// CONCATENATED MODULE: ./src/simulator/cli.ts
// The simulator's command line: flags → options, the announcement line, the throwaway .p8 key,
// and a clean stop on SIGINT/SIGTERM.





const USAGE = `Usage: simulator [options]

  --port <n>                    API port (default: any free port)
  --upload-port <n>             upload host port (default: any free port)
  --app-id <digits>             the app's Apple ID (default 1234567890)
  --app-platforms <list>        platforms of the app record, e.g. IOS,MAC_OS (default all)
  --individual-key              generate an individual key (no issuer ID)
  --processing-delay-ms <n>     ASSET commit to COMPLETE (default 2000)
  --manifest-check-delay-ms <n> MANIFEST commit to checked (default 500)
  --part-size <bytes>           nominal upload part size (default 5242880)
  --rate-limit <n>              requests per key per rolling hour (default 3500)
  --seed <n>                    seed of all random faults (default 1)
  --faults <json|@file>         fault options, e.g. '{"rates":{"read5xx":0.1}}'
  --review <json|@file>         App Review delays and outcomes, e.g. '{"decisionDelayMs":5000,"rejectPacks":["Levels"]}'
  --state <file.json>           initial packs and versions to seed
  --log                         log each request to stderr
  --help                        show this help
`;
async function jsonArg(value, what) {
    if (value === undefined)
        return undefined;
    const text = value.startsWith('@') ? await (0,promises_.readFile)(value.slice(1), 'utf8') : value;
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new Error(`Invalid ${what}: ${e.message}`, { cause: e });
    }
}
function intArg(value, name) {
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value))
        throw new Error(`Invalid --${name} '${value}'. Expected a whole number.`);
    return Number(value);
}
async function optionsFromArgs(argv) {
    const { values } = (0,external_node_util_.parseArgs)({
        args: argv,
        strict: true,
        options: {
            port: { type: 'string' },
            'upload-port': { type: 'string' },
            'app-id': { type: 'string' },
            'app-platforms': { type: 'string' },
            'individual-key': { type: 'boolean' },
            'processing-delay-ms': { type: 'string' },
            'manifest-check-delay-ms': { type: 'string' },
            'part-size': { type: 'string' },
            'rate-limit': { type: 'string' },
            seed: { type: 'string' },
            faults: { type: 'string' },
            review: { type: 'string' },
            state: { type: 'string' },
            log: { type: 'boolean' },
            help: { type: 'boolean' }
        }
    });
    if (values.help)
        return 'help';
    const faults = (await jsonArg(values.faults, '--faults JSON')) ?? {};
    const seed = intArg(values.seed, 'seed');
    if (seed !== undefined)
        faults.seed = seed;
    const state = values.state
        ? await jsonArg(`@${values.state}`, '--state file')
        : undefined;
    const opt = (k, v) => v === undefined ? {} : { [k]: v };
    return {
        ...opt('port', intArg(values.port, 'port')),
        ...opt('uploadPort', intArg(values['upload-port'], 'upload-port')),
        ...opt('appId', values['app-id']),
        ...opt('appPlatforms', values['app-platforms']?.split(',').map(p => p.trim())),
        ...opt('individualKey', values['individual-key']),
        ...opt('processingDelayMs', intArg(values['processing-delay-ms'], 'processing-delay-ms')),
        ...opt('manifestCheckDelayMs', intArg(values['manifest-check-delay-ms'], 'manifest-check-delay-ms')),
        ...opt('partSizeBytes', intArg(values['part-size'], 'part-size')),
        ...opt('rateLimitPerHour', intArg(values['rate-limit'], 'rate-limit')),
        ...opt('state', state),
        ...opt('review', await jsonArg(values.review, '--review JSON')),
        faults
    };
}
const processIo = {
    write: text => process.stdout.write(text),
    writeError: text => process.stderr.write(text),
    exit: code => process.exit(code),
    signals: process
};
async function runCli(argv, io = processIo) {
    const options = await optionsFromArgs(argv);
    if (options === 'help') {
        io.write(USAGE);
        return undefined;
    }
    const sim = await createSimulator(options);
    const keyDir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'asc-simulator-key-'));
    const privateKeyPath = external_node_path_default().join(keyDir, `AuthKey_${sim.key.keyId}.p8`);
    await (0,promises_.writeFile)(privateKeyPath, sim.key.privateKeyPem, { mode: 0o600 });
    io.write(`${JSON.stringify({
        url: sim.url,
        appId: sim.appId,
        keyId: sim.key.keyId,
        issuerId: sim.key.issuerId,
        privateKeyPath,
        uploadUrl: sim.uploadUrl
    })}\n`);
    let logTimer;
    if (argv.includes('--log')) {
        let shown = 0;
        logTimer = setInterval(() => {
            for (; shown < sim.requests.length; shown++) {
                const r = sim.requests[shown];
                if (!r)
                    continue;
                io.writeError(`${r.listener} ${r.method} ${r.path}${r.search} → ${r.status || 'dropped'}${r.fault ? ` [${r.fault}]` : ''}\n`);
            }
        }, 200);
        logTimer.unref();
    }
    let stopping;
    const stop = () => {
        stopping ??= (async () => {
            if (logTimer)
                clearInterval(logTimer);
            await sim.close();
            await (0,promises_.rm)(keyDir, { recursive: true, force: true });
        })();
        return stopping;
    };
    const onSignal = () => {
        void stop().then(() => io.exit(0));
    };
    io.signals.once('SIGINT', onSignal);
    io.signals.once('SIGTERM', onSignal);
    return { sim, privateKeyPath, stop };
}


/***/ })

};

//# sourceMappingURL=31.index.js.map