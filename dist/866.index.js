export const id = 866;
export const ids = [866];
export const modules = {

/***/ 47138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fz: () => (/* binding */ annotate),
  qn: () => (/* binding */ annotateAdvisories),
  $6: () => (/* binding */ cancelledMessage),
  NH: () => (/* binding */ checkedPart),
  Im: () => (/* binding */ comment),
  Ao: () => (/* binding */ onCancel),
  TR: () => (/* binding */ refuse),
  kY: () => (/* binding */ remember),
  kA: () => (/* binding */ rememberedPublish)
});

// EXTERNAL MODULE: ./src/action/workflow-commands.ts
var workflow_commands = __webpack_require__(86812);
// EXTERNAL MODULE: ./src/engine/checks/problem.ts
var checks_problem = __webpack_require__(11529);
// EXTERNAL MODULE: ./src/engine/publish/record.ts
var publish_record = __webpack_require__(68109);
// EXTERNAL MODULE: ./src/action/format.ts
var format = __webpack_require__(10899);
// EXTERNAL MODULE: ./src/action/logger.ts
var logger = __webpack_require__(18980);
// EXTERNAL MODULE: ./src/action/pr-comment.ts
var pr_comment = __webpack_require__(21794);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/action/published-cache.ts



const KEY_VERSION = 'publish-asset-pack-v1';
/** The prefix shared by every key of one pack of one app. */
function packKeyPrefix(ref) {
    return `${KEY_VERSION}_${field(ref.appId)}_${field(ref.identifier)}_`;
}
/** The immutable key of one publish. */
function publishedKey(ref, entry) {
    const rest = [entry.assetPackId, entry.version, entry.versionId].map(v => field(v ?? ''));
    return `${packKeyPrefix(ref)}${entry.sha256.toLowerCase()}_${rest.join('_')}`;
}
/** Reads a key of this pack back; undefined for a key of another shape. */
function parsePublishedKey(ref, key) {
    const prefix = packKeyPrefix(ref);
    if (!key.startsWith(prefix))
        return undefined;
    const parts = key.slice(prefix.length).split('_');
    if (parts.length !== 4 || !/^[0-9a-f]{64}$/.test(parts[0]))
        return undefined;
    try {
        const [assetPackId, version, versionId] = parts.slice(1).map(p => decodeURIComponent(p));
        return {
            sha256: parts[0],
            assetPackId: assetPackId || undefined,
            version: version || undefined,
            versionId: versionId || undefined,
            key
        };
    }
    catch {
        return undefined;
    }
}
/**
 * Whether this archive is the pack's latest remembered publish. Resolves undefined ("unknown")
 * when the cache service is unavailable or the lookup throws, after a warning: the caller then
 * publishes. @actions/cache itself turns a failed request into a warning of its own and a miss,
 * which leads to the same publish.
 */
async function wasPublished(ref, options) {
    const { logger } = options;
    const sha256 = ref.sha256.toLowerCase();
    try {
        const cache = options.cache ?? (await __webpack_require__.e(/* import() */ 520).then(__webpack_require__.bind(__webpack_require__, 44520)));
        if (!cache.isFeatureAvailable()) {
            logger.warning('skip-unchanged: the Actions cache service is not available here (no ' +
                'ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL: not on a GitHub runner?), so the last ' +
                'published archive is unknown. Publishing anyway.');
            return undefined;
        }
        const prefix = packKeyPrefix(ref);
        const matched = await cache.restoreCache([entryPath(options)], prefix, [prefix], {
            lookupOnly: true
        });
        const latest = matched ? parsePublishedKey(ref, matched) : undefined;
        if (matched && !latest)
            logger.debug(`skip-unchanged: ignoring cache key '${matched}'.`);
        if (!latest) {
            logger.info(`skip-unchanged: no publish of '${ref.identifier}' is remembered in the Actions cache ` +
                'of this branch or the default branch; publishing.');
            return { published: false };
        }
        const published = latest.sha256 === sha256;
        logger.info(published
            ? `skip-unchanged: ${describeEntry(latest)} has this very archive (SHA-256 ${sha256}).`
            : `skip-unchanged: the latest remembered publish, ${describeEntry(latest)}, has another ` +
                `archive (SHA-256 ${latest.sha256}); publishing this one (${sha256}).`);
        return { published, latest };
    }
    catch (error) {
        logger.warning(`skip-unchanged: could not read the Actions cache (${message(error)}), so the last ` +
            'published archive is unknown. Publishing anyway.');
        return undefined;
    }
}
/**
 * Remembers a successful publish for later skip-unchanged runs. Resolves true when the entry
 * was saved; false when it was not (cache unavailable, the key already saved, a service error
 * that @actions/cache logged). Never throws: a run that published is not failed by its memory.
 */
async function rememberPublished(ref, options) {
    const { logger } = options;
    const key = publishedKey(ref, ref);
    try {
        const cache = options.cache ?? (await __webpack_require__.e(/* import() */ 520).then(__webpack_require__.bind(__webpack_require__, 44520)));
        if (!cache.isFeatureAvailable()) {
            logger.info('skip-unchanged: the Actions cache service is not available here; this publish is not ' +
                'remembered, and the next run publishes the same archive again.');
            return false;
        }
        const path = entryPath(options);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        const facts = {
            appId: ref.appId,
            identifier: ref.identifier,
            sha256: ref.sha256.toLowerCase(),
            assetPackId: ref.assetPackId,
            version: ref.version,
            versionId: ref.versionId,
            rememberedAt: new Date().toISOString()
        };
        await (0,promises_.writeFile)(path, `${JSON.stringify(facts, null, 2)}\n`);
        const id = await cache.saveCache([path], key);
        if (id === -1) {
            logger.debug(`skip-unchanged: the cache entry '${key}' was not saved (see above).`);
            return false;
        }
        logger.info(`skip-unchanged: remembered this publish in the Actions cache as '${key}'.`);
        return true;
    }
    catch (error) {
        // Another job saving the same key is no problem: the entry says the same thing.
        if (error?.name === 'ReserveCacheError') {
            logger.debug(`skip-unchanged: '${key}' is already saved.`);
            return false;
        }
        logger.warning(`skip-unchanged: could not remember this publish in the Actions cache (${message(error)}); ` +
            'the next run publishes the same archive again.');
        return false;
    }
}
/** "version 5 (id …)" for logs and the summary. */
function describeEntry(entry) {
    const id = entry.versionId ? ` (id ${entry.versionId})` : '';
    return `version ${entry.version ?? '?'}${id}`;
}
/** The cached file. Its path is part of the cache version: keep it the same for save and lookup. */
function entryPath(options) {
    const base = options.tempDir || process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    return (0,external_node_path_.join)(base, 'publish-asset-pack', 'published.json');
}
/** A key field: no `_` (the separator) and no `,` (refused by the cache). */
function field(value) {
    return encodeURIComponent(value).replace(/_/g, '%5F');
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(38770);
;// CONCATENATED MODULE: ./src/action/common.ts








/** What single- and multi-pack runs share: refusing inputs, cancelling, the cache, the comment. */
/** Annotates every problem, writes the summary and fails the step: nothing was sent. */
async function refuse(problems, title = 'Asset pack: inputs refused') {
    annotate(problems);
    await (0,summary/* writeSummary */.Sy)({
        title,
        status: 'failure',
        rows: [],
        problems,
        notes: ['Nothing was sent to App Store Connect. Fix the inputs above and run again.']
    });
    // Each problem is an annotation of its own already: the failure only names the inputs.
    const inputs = [...new Set(problems.map(p => p.input))].join(', ');
    workflow_commands/* setFailed */.C1(`${(0,format/* plural */.L)(problems.length, 'problem')} in the inputs (${inputs}), each reported above; ` +
        'nothing was sent to App Store Connect.');
}
/** One error annotation per problem, on the file and line where it is. */
function annotate(problems, pack) {
    for (const problem of problems) {
        workflow_commands/* error */.z3(pack ? `[${pack}] ${(0,checks_problem/* formatProblem */.V)(problem)}` : (0,checks_problem/* formatProblem */.V)(problem), {
            title: `Invalid ${problem.input}`,
            file: problem.file,
            startLine: problem.line,
            startColumn: problem.line ? problem.column : undefined
        });
    }
}
/** A warning or notice annotation per advisory: shown, never fatal. */
function annotateAdvisories(advisories, pack) {
    for (const advisory of advisories) {
        const annotate = advisory.level === 'warning' ? workflow_commands/* warning */.$e : workflow_commands/* notice */.lm;
        annotate(pack ? `[${pack}] ${(0,checks_problem/* formatProblem */.V)(advisory)}` : (0,checks_problem/* formatProblem */.V)(advisory), {
            title: `${advisory.level === 'warning' ? 'Check' : 'Note on'} ${advisory.input}`,
            file: advisory.file,
            startLine: advisory.line,
            startColumn: advisory.line ? advisory.column : undefined
        });
    }
}
/** SIGINT/SIGTERM (a cancelled job) abort in-flight requests; nothing is committed after. */
function onCancel() {
    const controller = new AbortController();
    const abort = (signal) => {
        workflow_commands/* warning */.$e(`Received ${signal}: stopping; nothing more will be committed.`);
        controller.abort(new Error(`cancelled by ${signal}`));
    };
    process.once('SIGINT', abort);
    process.once('SIGTERM', abort);
    return {
        signal: controller.signal,
        dispose: () => {
            process.off('SIGINT', abort);
            process.off('SIGTERM', abort);
        }
    };
}
function cancelledMessage(record) {
    return (0,publish_record/* describeCancel */.wW)(record);
}
/**
 * skip-unchanged: the Actions cache's memory of this pack's latest publish, when it holds this
 * archive. The engine still confirms it against App Store Connect before skipping.
 */
async function rememberedPublish(inputs) {
    const { settings, archive } = inputs;
    if (!settings.skipUnchanged || settings.dryRun || !archive || !settings.appId)
        return undefined;
    const seen = await wasPublished({ appId: settings.appId, identifier: inputs.assetPackIdentifier, sha256: archive.sha256 }, { logger: logger/* actionLogger */.v });
    if (seen === undefined) {
        workflow_commands/* info */.pq('The Actions cache is unavailable: comparing with App Store Connect only.');
    }
    const versionId = seen?.published ? seen.latest?.versionId : undefined;
    return versionId ? { versionId } : undefined;
}
/** skip-unchanged: remembers a publish in the Actions cache; never fails the run. */
async function remember(inputs, record) {
    const { settings } = inputs;
    if (!settings.skipUnchanged || record.skipped || record.dryRun || !inputs.archive)
        return;
    await rememberPublished({
        appId: settings.appId ?? '',
        identifier: inputs.assetPackIdentifier,
        sha256: inputs.archive.sha256,
        assetPackId: record.assetPackId,
        version: record.version,
        versionId: record.versionId
    }, { logger: logger/* actionLogger */.v });
}
/** Keeps the PR's one comment up to date, where asked; never fails the run. */
async function comment(settings, input) {
    if (!settings.commentOnPr)
        return;
    await (0,pr_comment/* upsertPrComment */.ZC)({
        token: settings.githubToken,
        key: (0,pr_comment/* prCommentKey */.zM)(settings),
        body: (0,pr_comment/* renderPrComment */.Q1)(input),
        logger: logger/* actionLogger */.v
    });
}
function checkedPart(inputs) {
    const { archive } = inputs;
    return {
        identifier: inputs.assetPackIdentifier,
        manifestPath: inputs.settings.manifestPath,
        archive: archive && { path: archive.path, size: archive.size, sha256: archive.sha256 }
    };
}


/***/ }),

/***/ 10899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural),
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/** 1536 → "1.50 KiB". */
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 18980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ actionLogger)
/* harmony export */ });
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86812);

function properties(annotation) {
    if (!annotation)
        return undefined;
    return {
        title: annotation.title,
        file: annotation.file,
        startLine: annotation.line,
        startColumn: annotation.line ? annotation.column : undefined
    };
}
/** Values masked already: a run that watches another run's upload reads its part URLs often. */
const masked = new Set();
/** The engine's Logger on the GitHub runner: workflow commands, groups and masks. */
const actionLogger = {
    debug: message => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message),
    info: message => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    notice: (message, annotation) => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message, properties(annotation)),
    warning: (message, annotation) => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message, properties(annotation)),
    error: (message, annotation) => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message, properties(annotation)),
    group: (name, fn) => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(name, fn),
    secret: value => {
        if (masked.has(value))
            return;
        masked.add(value);
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
    }
};


/***/ }),

/***/ 9866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/action/workflow-commands.ts
var workflow_commands = __webpack_require__(86812);
// EXTERNAL MODULE: ./src/engine/asc/errors.ts
var errors = __webpack_require__(31077);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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
        const info = await (0,promises_.stat)(path).catch(async (e) => {
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
        const handle = await (0,promises_.open)(path, 'r').catch((e) => {
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
        return (await (0,promises_.lstat)(path)).isSymbolicLink() ? await (0,promises_.readlink)(path) : undefined;
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
                throw new LzfseError('bad-magic', at, `no LZFSE block starts with ${describe(input, at)}`);
        }
    }
}
function describe(input, at) {
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
    const handle = await (0,promises_.open)(path, 'r');
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/engine/zod-config.ts
var zod_config = __webpack_require__(48874);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js
var schemas = __webpack_require__(94343);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(43759);
;// CONCATENATED MODULE: ./src/engine/checks/manifest-schema.ts

// zod/mini, not classic zod: a local-only run builds only the checks' schemas, and loads
// faster without classic's API (classic loads with the API client's schemas, in a publish).

/**
 * The manifest `xcrun ba-package` reads, as a zod schema whose every message says what is
 * expected. Messages are predicates: they are shown after "Input 'manifest-path' at <path>:".
 * Rules that zod cannot say well (exactly one policy, one selector form, duplicates) are
 * refinements that run even when a sibling failed, so one run reports every problem.
 */
const PLATFORMS = ['iOS', 'macOS', 'tvOS', 'visionOS'];
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
const installation = schemas/* strictObject */.rej({
    installationEventTypes: schemas/* array */.YOg(schemas/* enum */.k5n(INSTALLATION_EVENT_TYPES, {
        error: iss => `${describeValue(iss.input)} is not an installation event type; expected ` +
            `${oneOf(INSTALLATION_EVENT_TYPES)}${suggest(iss.input, INSTALLATION_EVENT_TYPES)}`
    }), { error: expected(`a non-empty array of ${oneOf(INSTALLATION_EVENT_TYPES, 'and/or')}`) })
        .check(api/* _minLength */.m9(1, `is empty; expected at least one of ${oneOf(INSTALLATION_EVENT_TYPES)}`), schemas/* superRefine */.zni(noDuplicates('installation event type'), always))
}, { error: expected('an object {"installationEventTypes": [...]}') });
const onDemand = schemas/* strictObject */.rej({}, {
    error: iss => iss.code === 'unrecognized_keys'
        ? undefined
        : iss.input === null
            ? 'is null, which Apple rejects (ITMS-91140); expected an empty object: "onDemand": {}'
            : `is ${describeValue(iss.input)}; expected an empty object: "onDemand": {}`
});
const downloadPolicy = schemas/* strictObject */.rej({
    essential: schemas/* optional */.lqM(installation),
    prefetch: schemas/* optional */.lqM(installation),
    onDemand: schemas/* optional */.lqM(onDemand)
}, { error: expected(`an object with one of ${oneOf(DOWNLOAD_POLICIES)}, e.g. {"onDemand": {}}`) })
    .check(schemas/* superRefine */.zni((policy, ctx) => {
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
const relativePath = schemas/* string */.YjP({ error: expected('a relative path (a string)') })
    .check(schemas/* superRefine */.zni(checkRelativePath));
const selectorForms = SELECTOR_FORMS.map(f => `{${f.join(', ')}}`);
const selectorShape = {
    file: schemas/* optional */.lqM(relativePath),
    directory: schemas/* optional */.lqM(relativePath),
    /** Xcode 27: a glob such as "Audio/*.wav". */
    filePattern: schemas/* optional */.lqM(relativePath),
    /** Xcode 27: drops a file another selector matched. */
    fileExclusion: schemas/* optional */.lqM(relativePath),
    fileSource: schemas/* optional */.lqM(relativePath),
    fileDestination: schemas/* optional */.lqM(relativePath),
    directorySource: schemas/* optional */.lqM(relativePath),
    directoryDestination: schemas/* optional */.lqM(relativePath)
};
const fileSelector = schemas/* strictObject */.rej(selectorShape, {
    error: expected('an object such as {"file": "Videos/Intro.m4v"}, {"directory": "Levels"} or ' +
        '{"filePattern": "Audio/*.wav"}')
})
    .check(schemas/* superRefine */.zni((selector, ctx) => {
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
const platform = schemas/* enum */.k5n(PLATFORMS, {
    error: iss => iss.input === 'watchOS'
        ? `"watchOS" is not supported by asset packs; expected ${oneOf(PLATFORMS)}`
        : iss.input === 'iPadOS'
            ? `"iPadOS" is not a platform of asset packs: "iOS" covers iPad; expected ${oneOf(PLATFORMS)}`
            : `${describeValue(iss.input)} is not a platform; expected ${oneOf(PLATFORMS)}` +
                suggest(typeof iss.input === 'string' ? iss.input.replace(/_/g, '') : iss.input, PLATFORMS)
});
/** Keys Apple-hosted packs refuse, with why: present in the schema only to say so. */
const refused = (why) => schemas/* unknown */.L5J()
    .check(schemas/* superRefine */.zni((_, ctx) => ctx.addIssue({ code: 'custom', message: why }), always));
/**
 * Unknown top-level keys are stripped, not refused: the caller warns about each one (Swift's
 * JSON decoding, which ba-package uses, ignores them).
 */
const manifestSchema = schemas/* object */.Ikc({
    assetPackID: schemas/* string */.YjP({
        error: expected('the pack\u2019s identifier: a string of letters, digits and hyphens')
    })
        .check(schemas/* superRefine */.zni(checkAssetPackID)),
    downloadPolicy,
    fileSelectors: schemas/* array */.YOg(fileSelector, {
        error: expected('a non-empty array of selectors such as [{"file": "Videos/Intro.m4v"}]')
    })
        .check(api/* _minLength */.m9(1, 'is empty; expected at least one selector such as {"directory": "Levels"}')),
    /** Empty means every platform (Apple's documentation). */
    platforms: schemas/* array */.YOg(platform, {
        error: expected(`an array of ${oneOf(PLATFORMS, 'and/or')} ([] for all)`)
    })
        .check(schemas/* superRefine */.zni(noDuplicates('platform'), always)),
    /** Xcode 27: the pack is localized for this one language. */
    language: schemas/* optional */.lqM(schemas/* string */.YjP({ error: expected(`a language tag, ${LANGUAGE_EXAMPLES}`) })
        .check(schemas/* superRefine */.zni(checkLanguage))),
    /** Xcode 27: the folder the selectors' paths are relative to. */
    sourceRoot: schemas/* optional */.lqM(schemas/* string */.YjP({ error: expected('a folder path (a string) such as "."') })
        .check(schemas/* superRefine */.zni(checkSourceRoot))),
    userInfo: schemas/* optional */.lqM(refused('is for self-hosted asset packs only; Apple-hosted packs reject it: remove it')),
    /** Written by ba-package into the archive's copy of the manifest. */
    toolsVersion: schemas/* optional */.lqM(schemas/* string */.YjP({ error: expected('a string') }))
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
        const info = await (0,promises_.stat)(path);
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
    return (0,promises_.stat)(path).then(s => s.isFile(), () => false);
}
/** Reads at most `limit` bytes from the start of a file. */
async function readStart(path, limit) {
    const handle = await (0,promises_.open)(path, 'r');
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
        const { importPKCS8 } = await __webpack_require__.e(/* import() */ 415).then(__webpack_require__.bind(__webpack_require__, 85415));
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
        const info = await (0,promises_.stat)(path);
        if (!info.isFile())
            return { error: `'${path}' is not a file; expected the path of a .p8 key.` };
        if (info.size > MAX_KEY_FILE_BYTES) {
            return {
                error: `'${path}' is ${info.size} bytes, too large for a .p8 key (about 250 bytes); expected the path of the .p8 key file.`
            };
        }
        return { text: await (0,promises_.readFile)(path, 'utf8') };
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

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./src/engine/asc/url-safety.ts
var url_safety = __webpack_require__(91264);
;// CONCATENATED MODULE: ./src/engine/checks/settings.ts

// zod/mini, not classic zod: a local-only run builds only the checks' schemas, and loads
// faster without classic's API (classic loads with the API client's schemas, in a publish).


/** The step's inputs by their public names (../docs/interface.md), as raw strings. */
const INPUT_NAMES = [
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
];
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
const settings_boolean = schemas/* enum */.k5n(['true', 'True', 'TRUE', 'false', 'False', 'FALSE'], {
    error: "must be 'true' or 'false'"
});
const number = (message, check) => {
    const digits = schemas/* string */.YjP().check(api/* _regex */.Fk(/^\s*\d+(\.\d+)?\s*$/, { error: message }));
    return schemas/* pipe */.FsL(digits, schemas/* transform */.pdi(Number)).check(schemas/* refine */.YPB(check, { error: message }));
};
const FIELDS = {
    'app-id': schemas/* string */.YjP().check(api/* _regex */.Fk(/^\d+$/, {
        error: "must be the app's Apple ID: digits only, as shown in App Store Connect > App Information"
    })),
    'key-id': schemas/* string */.YjP().check(api/* _regex */.Fk(/^[A-Z0-9]{10}$/, {
        error: 'must be an App Store Connect API key ID: 10 upper-case letters and digits, e.g. 2X9R4HXF34'
    })),
    // Apple's issuer IDs are UUID-shaped but not always RFC 4122 variants: check the shape only.
    'issuer-id': schemas/* string */.YjP().check(api/* _regex */.Fk(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
        error: 'must be the issuer ID shown above the team keys in App Store Connect: a UUID like ' +
            '57246542-96fe-1a63-e053-0824d011072a (leave it empty for an individual key)'
    })),
    'asset-pack-identifier': schemas/* string */.YjP().check(api/* _regex */.Fk(PACK_IDENTIFIER, {
        error: 'must contain only letters, digits and hyphens: App Store Connect rejects other characters ' +
            '(dots and underscores included) with "Found invalid values", though ba-package accepts them'
    })),
    'dry-run': settings_boolean,
    'skip-unchanged': settings_boolean,
    'comment-on-pr': settings_boolean,
    'wait-for': schemas/* enum */.k5n(WAIT_FOR, { error: `must be one of ${WAIT_FOR.join(', ')}` }),
    'archive-check': schemas/* enum */.k5n(ARCHIVE_CHECK, {
        error: "must be 'full' (decode every block and walk every entry) or 'manifest' (stop once the " +
            "archive's own manifest is read)"
    }),
    'submit-for-review': schemas/* pipe */.FsL(schemas/* enum */.k5n(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'draft'], {
        error: "must be 'false', 'true' (submit to App Store review) or 'draft' (add, don't submit)"
    }), schemas/* transform */.pdi(v => v.toLowerCase())),
    'timeout-minutes': number('must be a number of minutes greater than 0', n => n > 0),
    'poll-interval-seconds': number('must be a number of seconds, at least 1', n => n >= 1),
    'upload-concurrency': number('must be a whole number from 1 to 32', n => {
        return Number.isInteger(n) && n >= 1 && n <= 32;
    }),
    'pack-concurrency': number('must be a whole number from 1 to 10', n => {
        return Number.isInteger(n) && n >= 1 && n <= 10;
    }),
    'api-base-url': schemas/* pipe */.FsL(schemas/* string */.YjP(), schemas/* transform */.pdi((text, ctx) => {
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
    if (url.protocol === 'http:' && (0,url_safety/* isLoopbackHost */.cW)(url.hostname))
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

// EXTERNAL MODULE: ./src/engine/undici.ts
var undici = __webpack_require__(58364);
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
        for await (const match of (0,promises_.glob)(path, { cwd })) {
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
    return (0,promises_.stat)((0,external_node_path_.resolve)(cwd, path)).then(s => !s.isDirectory(), () => false);
}

// EXTERNAL MODULE: ./src/engine/multi/limit.ts
var limit = __webpack_require__(61915);
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
            message: `${list(same.map(m => m.path))} ${same.length === 2 ? 'both' : 'all'} declare assetPackID '${id}'; ` +
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
                message: `${list(named)} are ${named.length === 2 ? 'both' : 'all'} named after pack '${m.identifier}'; give one archive per pack`
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
function list(items) {
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
        (0,undici/* undici */.p)().catch(() => undefined);
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
    await (0,limit/* mapLimit */.s)(archives.files, DIGESTS_AT_ONCE, async (path) => {
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

// EXTERNAL MODULE: ./src/engine/publish/record.ts
var publish_record = __webpack_require__(68109);
// EXTERNAL MODULE: ./src/action/common.ts + 1 modules
var common = __webpack_require__(47138);
// EXTERNAL MODULE: ./src/action/format.ts
var format = __webpack_require__(10899);
;// CONCATENATED MODULE: ./src/action/inputs.ts


/** Reads every input as the runner passes it (INPUT_<NAME>); checking is the engine's job. */
function readInputs() {
    const raw = {};
    for (const name of INPUT_NAMES)
        raw[name] = workflow_commands/* getInput */.V4(name);
    return raw;
}

// EXTERNAL MODULE: ./src/action/logger.ts
var logger = __webpack_require__(18980);
// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(18948);
// EXTERNAL MODULE: ./src/engine/manage/quota.ts
var quota = __webpack_require__(92360);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(38770);
;// CONCATENATED MODULE: ./src/action/report.ts




const SOURCES = {
    created: 'created by this run',
    'reused-pending': 'reused: left AWAITING_UPLOAD by an earlier run',
    resumed: 'resumed: it already holds this archive'
};
/** The job summary of a run that reached App Store Connect, good or bad. */
function publishReport(inputs, record, error) {
    const pack = inputs.assetPackIdentifier;
    const notes = [...record.notes];
    // A processing failure's messages are rows of their own (verbatim): the note only says so.
    const failed = record.stateDetails
        ? `App Store Connect could not process version ${record.version ?? '?'}: Apple's messages are above. ` +
            'Fix the pack and run again: a new version will be created.'
        : error;
    if (failed)
        notes.unshift(`**Failed:** ${failed.replace(/\n/g, '<br>')}`);
    if (record.skipped && record.skipReason)
        notes.unshift(`**Not published:** ${record.skipReason}.`);
    return {
        title: error ? `Asset pack ${pack}: failed` : successTitle(record),
        status: error ? 'failure' : record.skipped ? 'skipped' : 'success',
        rows: [
            ...recordRows(record),
            ...failureRows(record),
            ...usageRows(record),
            ...archiveRows(inputs, record),
            ...timingRows(record)
        ],
        notes
    };
}
function successTitle(record) {
    const pack = `Asset pack ${record.assetPackIdentifier}`;
    if (record.skipped)
        return `${pack}: unchanged, not published`;
    if (record.dryRun)
        return `${pack}: manifest accepted by Apple (dry run, nothing published)`;
    const version = `version ${record.version ?? '?'}`;
    if (record.appStoreReleaseState === 'WAITING_FOR_REVIEW') {
        return `${pack}: ${version} submitted for App Store review`;
    }
    if (record.reviewSubmissionIds && Object.keys(record.reviewSubmissionIds).length > 0) {
        return `${pack}: ${version} added to an App Store review submission`;
    }
    if (record.state === 'READY_FOR_TESTING')
        return `${pack}: ${version} is ready for testing`;
    if (record.state === 'COMPLETE')
        return `${pack}: ${version} processed`;
    return `${pack}: ${version} uploaded (${record.state ?? 'state unknown'})`;
}
function recordRows(record) {
    const rows = [['Pack identifier', (0,summary/* code */.aY)(record.assetPackIdentifier)]];
    if (record.assetPackId) {
        rows.push(['Pack id', `${(0,summary/* code */.aY)(record.assetPackId)}${record.packCreated ? ' (created)' : ''}`]);
    }
    if (record.versionId) {
        const source = record.versionSource ? ` — ${SOURCES[record.versionSource]}` : '';
        rows.push(['Version', `${record.version ?? '?'} ${(0,summary/* code */.aY)(record.versionId)}${source}`]);
    }
    if (record.state)
        rows.push(['State', `**${record.state}**`]);
    if (record.platforms?.length)
        rows.push(['Platforms', record.platforms.join(', ')]);
    if (record.locale)
        rows.push(['Locale', (0,summary/* code */.aY)(record.locale)]);
    if (record.internalBetaReleaseId) {
        rows.push(['Internal beta release', (0,summary/* code */.aY)(record.internalBetaReleaseId)]);
    }
    if (record.manifestUploadFileId) {
        const verdict = record.manifestState ? ` — Apple: ${record.manifestState}` : '';
        rows.push(['Manifest upload', `${(0,summary/* code */.aY)(record.manifestUploadFileId)}${verdict}`]);
    }
    for (const line of (0,publish_record/* describeMessages */.sV)(record.manifestErrors)) {
        rows.push(['Manifest error', line]);
    }
    if (record.assetUploadFileId)
        rows.push(['Archive upload', (0,summary/* code */.aY)(record.assetUploadFileId)]);
    rows.push(...reviewRows(record));
    return rows;
}
/** submit-for-review: the submission of each platform, and the App Store release. */
function reviewRows(record) {
    const rows = Object.entries(record.reviewSubmissionIds ?? {}).map(([platform, id]) => [`App Store review (${platform})`, (0,summary/* code */.aY)(id)]);
    if (record.appStoreReleaseState) {
        rows.push(['App Store release', `**${record.appStoreReleaseState}**`]);
    }
    return rows;
}
/** Every stateDetails entry and delivery error of a version that failed processing, verbatim. */
function failureRows(record) {
    const d = record.stateDetails;
    if (!d)
        return [];
    return [
        ...d.errors.map((line) => ['Apple error', line]),
        ...d.warnings.map((line) => ['Apple warning', line]),
        ...d.infos.map((line) => ['Apple info', line]),
        ...(record.deliveryErrors ?? []).map((line) => ['Upload file', line])
    ];
}
/** The pack's usedBytes and the app's total against Apple's limits; the App Store release. */
function usageRows(record) {
    const rows = [];
    if (record.appStoreReleaseState) {
        rows.push(['App Store release', `**${record.appStoreReleaseState}**`]);
    }
    const u = record.usage;
    if (!u)
        return rows;
    if (u.packUsedBytes !== undefined) {
        rows.push(['Pack size (usedBytes)', (0,quota/* formatDecimalBytes */.MF)(u.packUsedBytes)]);
    }
    const warn = u.warnings.length > 0 ? '⚠️ ' : '';
    rows.push([
        'App total',
        `${warn}${(0,quota/* formatDecimalBytes */.MF)(u.appUsedBytes)} of ${quota/* APP_BYTES_LIMIT */.wn / 1e9} GB (${(0,quota/* percent */.KN)(u.appBytesShare)}) · ` +
            `${u.packs} of ${quota/* APP_PACKS_LIMIT */.LB} packs`
    ]);
    for (const w of u.warnings)
        rows.push(['Quota warning', w]);
    return rows;
}
function archiveRows(inputs, record) {
    const archive = inputs.archive;
    if (!archive)
        return [];
    const rows = [
        ['Archive', `${(0,summary/* code */.aY)(archive.path)} ${(0,format/* formatBytes */.z)(archive.size)}`],
        ['Archive SHA-256', (0,summary/* code */.aY)(archive.sha256)]
    ];
    if (record.upload) {
        const rate = record.upload.seconds > 0 ? record.upload.bytes / 1e6 / record.upload.seconds : 0;
        rows.push([
            'Upload',
            `${(0,format/* formatBytes */.z)(record.upload.bytes)} in ${record.upload.seconds.toFixed(1)} s (${rate.toFixed(1)} MB/s)`
        ]);
    }
    return rows;
}
function timingRows(record) {
    if (record.phases.length === 0)
        return [];
    const text = record.phases.map(p => `${p.name} ${(p.ms / 1000).toFixed(1)} s`).join(' · ');
    return [['Timings', text]];
}

;// CONCATENATED MODULE: ./src/action/main.ts













/**
 * The action: check every input offline, then publish (or dry-run) and report. One manifest is
 * a single-pack run; several (lines or globs in manifest-path) are published by `runMany`.
 */
async function run() {
    const raw = readInputs();
    const checked = await logger/* actionLogger */.v.group('Check inputs', () => checkRun(raw, logger/* actionLogger */.v.secret));
    // What only a publish or several packs need (the App Store Connect client, its schemas, the
    // uploader) is loaded when a run gets there: a local-only dry run never does.
    if (checked.kind === 'many')
        return (await Promise.all(/* import() */[__webpack_require__.e(0), __webpack_require__.e(418), __webpack_require__.e(403)]).then(__webpack_require__.bind(__webpack_require__, 53403))).runMany(checked.result);
    return runSingle(checked.result);
}
async function runSingle(checked) {
    (0,common/* annotateAdvisories */.qn)(checked.ok ? checked.inputs.advisories : checked.advisories);
    if (!checked.ok) {
        const { settings } = checked;
        await (0,common/* comment */.Im)(settings, {
            identifier: settings.assetPackIdentifier,
            manifestPath: settings.manifestPath,
            archive: settings.archivePath ? { path: settings.archivePath } : undefined,
            problems: checked.problems
        });
        return (0,common/* refuse */.TR)(checked.problems);
    }
    const inputs = checked.inputs;
    const { settings } = inputs;
    reportChecked(inputs);
    const record = (0,publish_record/* startRecord */.qt)(inputs);
    if (settings.localOnlyReason) {
        (0,outputs/* setSingleOutputs */.th)(inputs, record, 'checked');
        await (0,common/* comment */.Im)(settings, { ...(0,common/* checkedPart */.NH)(inputs), localOnlyReason: settings.localOnlyReason });
        await (0,summary/* writeSummary */.Sy)({
            title: `Asset pack ${inputs.assetPackIdentifier}: local checks passed (dry run)`,
            status: 'success',
            rows: checkRows(inputs),
            notes: [
                `Apple's manifest check was skipped: ${inputs.settings.localOnlyReason}. ` +
                    'The manifest and the archive passed every local check.'
            ]
        });
        return;
    }
    const cancel = (0,common/* onCancel */.Ao)();
    try {
        const publishedHint = await (0,common/* rememberedPublish */.kA)(inputs);
        const { publishPack } = await Promise.all(/* import() */[__webpack_require__.e(0), __webpack_require__.e(418)]).then(__webpack_require__.bind(__webpack_require__, 44418));
        await publishPack(inputs, record, {
            logger: logger/* actionLogger */.v,
            signal: cancel.signal,
            publishedHint
        });
        const status = record.skipped ? 'skipped' : record.dryRun ? 'dry-run' : 'published';
        (0,outputs/* setSingleOutputs */.th)(inputs, record, status);
        await (0,summary/* writeSummary */.Sy)(publishReport(inputs, record));
        await (0,common/* comment */.Im)(settings, { ...(0,common/* checkedPart */.NH)(inputs), record });
        await (0,common/* remember */.kY)(inputs, record);
    }
    catch (error) {
        const message = cancel.signal.aborted ? (0,common/* cancelledMessage */.$6)(record) : (0,errors/* formatError */.Wk)(error);
        if (error instanceof Error && error.stack)
            workflow_commands/* debug */.Yz(error.stack); // mapped with debug on
        (0,outputs/* setSingleOutputs */.th)(inputs, record, 'failed', message);
        await (0,summary/* writeSummary */.Sy)(publishReport(inputs, record, message));
        await (0,common/* comment */.Im)(settings, { ...(0,common/* checkedPart */.NH)(inputs), record, error: message });
        workflow_commands/* setFailed */.C1(message);
    }
    finally {
        cancel.dispose();
    }
}
function reportChecked(inputs) {
    const { manifest, archive } = inputs;
    workflow_commands/* info */.pq(`Manifest ${inputs.manifestSource}: ${describeManifest(manifest)}.`);
    if (archive) {
        workflow_commands/* info */.pq(`Archive ${archive.path}: ${(0,format/* formatBytes */.z)(archive.size)}, ${archive.format}` +
            `${archive.blocks !== undefined ? ` in ${(0,format/* plural */.L)(archive.blocks, 'block')}` : ''}, ` +
            `SHA-256 ${archive.sha256}; ${describeArchiveCheck(archive)}.`);
    }
    if (inputs.settings.localOnlyReason) {
        workflow_commands/* notice */.lm(`Apple's manifest check was skipped: ${inputs.settings.localOnlyReason}. ` +
            'Only the local checks ran.');
    }
}
function checkRows(inputs) {
    const rows = [
        ['Pack identifier', (0,summary/* code */.aY)(inputs.assetPackIdentifier)],
        ['Manifest', `${(0,summary/* code */.aY)(inputs.manifestSource)} ✔︎`],
        ['Platforms', inputs.manifest.platforms.join(', ') || 'all'],
        ...(inputs.manifest.language
            ? [['Language', (0,summary/* code */.aY)(inputs.manifest.language)]]
            : [])
    ];
    if (inputs.archive) {
        rows.push(['Archive', `${(0,summary/* code */.aY)(inputs.archive.path)} ✔︎ ${(0,format/* formatBytes */.z)(inputs.archive.size)}`], ['Archive SHA-256', (0,summary/* code */.aY)(inputs.archive.sha256)]);
    }
    return rows;
}


/***/ }),

/***/ 18948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Te: () => (/* binding */ setPacks),
/* harmony export */   q7: () => (/* binding */ setMatrix),
/* harmony export */   th: () => (/* binding */ setSingleOutputs)
/* harmony export */ });
/* unused harmony export setOutputs */
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86812);
/* harmony import */ var _engine_multi_outputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11138);



/** The single-valued outputs of ../docs/interface.md (set also when the run failed). */
function setOutputs(record) {
    for (const [name, value] of Object.entries((0,_engine_multi_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .outputsOf */ .Yz)(record)))
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
}
/** A single-pack run: its outputs, and `packs` and `matrix` with its one pack. */
function setSingleOutputs(inputs, record, status, error) {
    setOutputs(record);
    const files = {
        identifier: inputs.assetPackIdentifier,
        manifestPath: inputs.settings.manifestPath ?? '',
        archivePath: inputs.archive?.path
    };
    setMatrix((0,_engine_multi_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .matrixOf */ .lQ)([files]).include);
    setPacks([(0,_engine_multi_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .packEntry */ .AR)(files, status, record, error)]);
}
/** `matrix`: one job per pack that passed its local checks (fan-out across runners). */
function setMatrix(entries) {
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('matrix', JSON.stringify({ include: entries }));
}
/** `packs`: every pack's entry: where it is, how it ended, its outputs. */
function setPacks(entries) {
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('packs', JSON.stringify(entries));
}


/***/ }),

/***/ 21794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q1: () => (/* binding */ renderPrComment),
/* harmony export */   ZC: () => (/* binding */ upsertPrComment),
/* harmony export */   zM: () => (/* binding */ prCommentKey)
/* harmony export */ });
/* unused harmony export prCommentMarker */
/* harmony import */ var _engine_publish_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68109);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10899);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38770);



const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
const MAX_PROBLEMS = 50;
const MAX_ERROR = 4000;
/** GitHub refuses comments longer than 65,536 characters. */
const MAX_BODY = 65_000;
/** The hidden first line that finds the comment again: one per key (pack) and PR. */
function prCommentMarker(key) {
    return `<!-- publish-asset-pack:${encodeURIComponent(key)} -->`;
}
/**
 * The comment's key: stable across the runs of one workflow step, even when the manifest is
 * broken and its assetPackID unknown, so one step keeps one comment. Two packs in one PR have
 * different manifests (or identifiers), hence two comments.
 */
function prCommentKey(settings) {
    return settings.assetPackIdentifier ?? settings.manifestPath ?? 'asset-pack';
}
/**
 * Keeps one comment with `body` on the pull request of this run: updates the comment carrying
 * `key`'s marker, or creates it. Off pull-request events, or without permission, it logs why
 * and returns 'skipped'; it never throws.
 */
async function upsertPrComment(options) {
    const { token, key, logger } = options;
    try {
        const github = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 92413));
        const context = options.context ?? github.context;
        const number = context.payload.pull_request?.number;
        if (!PR_EVENTS.has(context.eventName) || typeof number !== 'number') {
            logger.info(`comment-on-pr: this run is a '${context.eventName}' event, not a pull request; no comment.`);
            return 'skipped';
        }
        if (!token) {
            logger.warning('comment-on-pr: github-token is empty, so the pull request gets no comment. ' +
                'Leave github-token at its default (${{ github.token }}) or pass a token.');
            return 'skipped';
        }
        const { owner, repo } = context.repo;
        const octokit = github.getOctokit(token);
        const marker = prCommentMarker(key);
        const body = withFooter(marker, options.body, context);
        const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: number,
            per_page: 100
        });
        for await (const page of pages) {
            const mine = page.data.find(comment => comment.body?.startsWith(marker));
            if (mine) {
                await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
                logger.info(`Updated the comment on pull request #${number}: ${mine.html_url}`);
                return 'updated';
            }
        }
        const created = await octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: number,
            body
        });
        logger.info(`Commented on pull request #${number}: ${created.data.html_url}`);
        return 'created';
    }
    catch (error) {
        logger.warning(commentFailure(error));
        return 'skipped';
    }
}
function commentFailure(error) {
    const status = error?.status;
    const message = error instanceof Error ? error.message : String(error);
    if (status === 403 || status === 404) {
        return (`Could not comment on the pull request (HTTP ${status}: ${message}). The token may not ` +
            'write to pull requests: give the job `permissions: pull-requests: write`. A pull ' +
            'request from a fork gets a read-only token whatever the workflow asks; the result is ' +
            'in the job summary. The run goes on.');
    }
    const http = typeof status === 'number' && status > 0 ? ` (HTTP ${status})` : '';
    return `Could not comment on the pull request${http}: ${message}. The run goes on.`;
}
function withFooter(marker, body, context) {
    const parts = ['publish-asset-pack'];
    const sha = context.payload.pull_request?.head?.sha;
    if (sha)
        parts.push(`commit ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(sha.slice(0, 7))}`);
    if (context.serverUrl && context.runId && Number.isFinite(context.runId)) {
        const { owner, repo } = context.repo;
        parts.push(`[workflow run](${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId})`);
    }
    const footer = `\n\n<sub>${parts.join(' · ')} · updated on every push</sub>\n`;
    const room = MAX_BODY - marker.length - footer.length - 1;
    const text = body.length > room ? `${body.slice(0, room - 40)}\n\n… (cut: too long)` : body;
    return `${marker}\n${text.trimEnd()}${footer}`;
}
/** The comment's Markdown: the pack, what was checked, the problems, Apple's verdict. */
function renderPrComment(input) {
    const problems = input.problems ?? [];
    const record = input.record;
    const pack = input.identifier
        ? `Asset pack ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(input.identifier)}`
        : `Asset pack (${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(input.manifestPath ?? 'manifest not given')})`;
    const refused = record?.manifestState === 'FAILED' || (record?.manifestErrors?.length ?? 0) > 0;
    let heading;
    if (problems.length > 0) {
        heading = `❌ ${pack}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(problems.length, 'problem')}, nothing sent to Apple`;
    }
    else if (refused)
        heading = `❌ ${pack}: Apple refused the manifest`;
    else if (input.error)
        heading = `❌ ${pack}: failed`;
    else if (record?.skipped)
        heading = `⏭️ ${pack}: unchanged, not published`;
    else if (input.localOnlyReason)
        heading = `✅ ${pack}: local checks passed (Apple's check skipped)`;
    else if (record?.dryRun)
        heading = `✅ ${pack}: manifest accepted by Apple (dry run)`;
    else if (record) {
        heading = `✅ ${pack}: version ${record.version ?? '?'} published (${record.state ?? '?'})`;
    }
    else
        heading = `ℹ️ ${pack}`;
    const lines = [`### ${heading}`, '', '| Check | Result |', '| --- | --- |'];
    for (const [label, value] of checkRows(input, refused))
        lines.push(`| ${label} | ${cell(value)} |`);
    lines.push('');
    if (problems.length > 0) {
        lines.push(`#### ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(problems.length, 'problem')}`, '', '| Input | Where | Problem |');
        lines.push('| --- | --- | --- |');
        for (const p of problems.slice(0, MAX_PROBLEMS)) {
            lines.push(`| ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(p.input)} | ${cell(where(p))} | ${cell(escape(p.message))} |`);
        }
        if (problems.length > MAX_PROBLEMS) {
            lines.push('', `… and ${problems.length - MAX_PROBLEMS} more: see the job summary.`);
        }
        lines.push('', 'Nothing was sent to App Store Connect. Fix these and push again.', '');
    }
    const verdict = (0,_engine_publish_record_js__WEBPACK_IMPORTED_MODULE_2__/* .describeMessages */ .sV)(record?.manifestErrors);
    if (verdict.length > 0) {
        lines.push("#### Apple's verdict on the manifest", '');
        for (const line of verdict)
            lines.push(`- ${escape(line)}`);
        lines.push('');
    }
    if (input.error)
        lines.push('#### Error', '', fence(input.error.slice(0, MAX_ERROR)), '');
    if (record?.skipped && record.skipReason)
        lines.push(escape(record.skipReason), '');
    for (const note of record?.notes ?? [])
        lines.push(`- ${escape(note)}`);
    if (record?.notes.length)
        lines.push('');
    if (input.localOnlyReason) {
        lines.push("Only the local checks ran. Apple's manifest check runs when the workflow has the " +
            'App Store Connect key; a pull request from a fork gets no secrets.', '');
    }
    return lines.join('\n').trimEnd() + '\n';
}
function checkRows(input, refused) {
    const problems = input.problems ?? [];
    const count = (name) => problems.filter(p => p.input === name).length;
    const rows = [];
    const manifestProblems = count('manifest-path');
    rows.push([
        input.manifestPath ? `Manifest ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(input.manifestPath)}` : 'Manifest',
        !input.manifestPath
            ? '— not given'
            : manifestProblems > 0
                ? `❌ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(manifestProblems, 'problem')}`
                : '✅ passed the local checks'
    ]);
    const archive = input.archive;
    const archiveProblems = count('archive-path');
    let archiveText = '— none given (a dry run needs only the manifest)';
    if (archiveProblems > 0)
        archiveText = `❌ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(archiveProblems, 'problem')}`;
    else if (archive?.sha256) {
        const size = archive.size !== undefined ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(archive.size)}, ` : '';
        archiveText = `✅ ${size}SHA-256 ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(archive.sha256)}`;
    }
    else if (archive)
        archiveText = '✅ passed the local checks';
    rows.push([archive ? `Archive ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(archive.path)}` : 'Archive', archiveText]);
    rows.push(["Apple's manifest check", appleCheck(input, refused)]);
    const record = input.record;
    if (record?.versionId) {
        rows.push(['Version', `${record.version ?? '?'} ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(record.versionId)} — ${source(record)}`]);
    }
    if (record?.state && !record.dryRun)
        rows.push(['State', `**${record.state}**`]);
    return rows;
}
function appleCheck(input, refused) {
    const record = input.record;
    if ((input.problems?.length ?? 0) > 0)
        return '⏭️ not run: the local checks failed';
    if (input.localOnlyReason)
        return `⏭️ skipped: ${escape(input.localOnlyReason)}`;
    if (record?.skipped)
        return '⏭️ not run: the archive is unchanged';
    if (refused)
        return `❌ refused (${record?.manifestState ?? 'FAILED'}): see Apple's verdict below`;
    if (record?.manifestState === 'COMPLETE')
        return '✅ accepted (COMPLETE)';
    if (record?.manifestState)
        return `⚠️ ${record.manifestState}`;
    return input.error ? '— not reached: see the error below' : '— not run';
}
function source(record) {
    switch (record.versionSource) {
        case 'created':
            return record.dryRun
                ? 'created by this dry run; it stays AWAITING_UPLOAD and the next run reuses it'
                : 'created by this run';
        case 'reused-pending':
            return 'reused: left AWAITING_UPLOAD by an earlier run (no new version needed)';
        case 'resumed':
            return 'resumed: it already holds this archive';
        default:
            return 'chosen by this run';
    }
}
function where(p) {
    const parts = [];
    if (p.file)
        parts.push((0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(p.line ? `${p.file}:${p.line}` : p.file));
    if (p.jsonPath)
        parts.push(`at ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(p.jsonPath)}`);
    return parts.join(' ') || '—';
}
/** A fenced block that no backtick run inside the text can close. */
function fence(text) {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map(run => run.length));
    const ticks = '`'.repeat(longest + 1);
    return `${ticks}text\n${text}\n${ticks}`;
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/**
 * Text from files and servers, made inert: no HTML, no links, and no @mentions (a fork's
 * manifest must not make the bot's comment ping people).
 */
function escape(text) {
    return text
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@/g, '&#64;')
        .replace(/([[\]])/g, '\\$1')
        .replace(/\r?\n/g, ' ');
}


/***/ }),

/***/ 38770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   aY: () => (/* binding */ code)
/* harmony export */ });
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86812);
/* harmony import */ var _engine_checks_problem_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11529);


const ICONS = { success: '✅', failure: '❌', skipped: '⏭️', info: 'ℹ️' };
/** Renders the report as GitHub-flavoured Markdown. */
function renderSummary(report) {
    const lines = [`## ${ICONS[report.status]} ${report.title}`, ''];
    if (report.table && report.table.rows.length > 0) {
        const row = (cells) => `| ${cells.map(cell).join(' | ')} |`;
        lines.push(row(report.table.head), row(report.table.head.map(() => '---')));
        for (const cells of report.table.rows)
            lines.push(row(cells));
        lines.push('');
    }
    if (report.rows.length > 0) {
        lines.push('| | |', '| --- | --- |');
        for (const [label, value] of report.rows)
            lines.push(`| ${label} | ${cell(value)} |`);
        lines.push('');
    }
    if (report.problems && report.problems.length > 0) {
        lines.push(`### ${report.problems.length} problem${report.problems.length > 1 ? 's' : ''}`, '');
        for (const problem of report.problems) {
            const where = problem.file
                ? ` (${code(problem.file)}${problem.line ? `:${problem.line}` : ''})`
                : '';
            lines.push(`- ${escape((0,_engine_checks_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .formatProblem */ .V)(problem))}${where}`);
        }
        lines.push('');
    }
    for (const note of report.notes ?? [])
        lines.push(note, '');
    return lines.join('\n');
}
/** Appends the report to the job summary, where the runner provides one. */
async function writeSummary(report) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz('No GITHUB_STEP_SUMMARY: the job summary is not written.');
        return;
    }
    await _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(renderSummary(report), true).write();
}
function code(text) {
    return `\`${text.replace(/`/g, "'")}\``;
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function escape(text) {
    return text.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}


/***/ }),

/***/ 31077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   Ei: () => (/* binding */ TransportSecurityError),
/* harmony export */   OE: () => (/* binding */ RateLimitError),
/* harmony export */   Wg: () => (/* binding */ AscError),
/* harmony export */   Wk: () => (/* binding */ formatError),
/* harmony export */   dK: () => (/* binding */ ResponseValidationError),
/* harmony export */   fK: () => (/* binding */ ConflictError),
/* harmony export */   hD: () => (/* binding */ ApiError)
/* harmony export */ });
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


/***/ }),

/***/ 91264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q2: () => (/* binding */ parseBaseUrl),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   jQ: () => (/* binding */ assertSafeUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31077);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportSecurityError */ .Ei(`Refusing ${what} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .BO)(url, false)}: ${url.protocol === 'http:' ? 'plain http' : url.protocol} is allowed only to a loopback host`, undefined, 'Use an https:// URL (plain http is accepted only for 127.0.0.1, ::1 or localhost, e.g. the simulator)');
}
/** Parses and checks the API base URL. */
function parseBaseUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportSecurityError */ .Ei(`Invalid API base URL '${value}'`, undefined, 'Expected e.g. https://api.appstoreconnect.apple.com');
    }
    assertSafeUrl(url, 'API base URL');
    if (url.username || url.password || url.search || url.hash) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportSecurityError */ .Ei(`Invalid API base URL ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .BO)(url, false)}: no credentials, query or fragment allowed`);
    }
    return url;
}


/***/ }),

/***/ 11529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ formatProblem)
/* harmony export */ });
/* unused harmony export InputProblems */
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


/***/ }),

/***/ 92360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   LB: () => (/* binding */ APP_PACKS_LIMIT),
/* harmony export */   MF: () => (/* binding */ formatDecimalBytes),
/* harmony export */   O7: () => (/* binding */ describePacks),
/* harmony export */   W6: () => (/* binding */ appQuota),
/* harmony export */   _$: () => (/* binding */ quotaWarnings),
/* harmony export */   nI: () => (/* binding */ describeBytes),
/* harmony export */   wn: () => (/* binding */ APP_BYTES_LIMIT)
/* harmony export */ });
/* unused harmony export WARN_SHARE */
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


/***/ }),

/***/ 61915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
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


/***/ }),

/***/ 11138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ packEntry),
/* harmony export */   Yz: () => (/* binding */ outputsOf),
/* harmony export */   lQ: () => (/* binding */ matrixOf)
/* harmony export */ });
/* unused harmony export OUTPUT_NAMES */
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


/***/ }),

/***/ 68109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qt: () => (/* binding */ startRecord),
/* harmony export */   sV: () => (/* binding */ describeMessages),
/* harmony export */   wW: () => (/* binding */ describeCancel)
/* harmony export */ });
/* unused harmony export newRecord */
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


/***/ }),

/***/ 58364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ undici)
/* harmony export */ });
let loaded;
/**
 * undici, imported on the first request rather than at start: 1.5 MB of the bundle that a run
 * sending no request (a local-only dry run, `plan`, `--help`) would otherwise compile for nothing.
 */
function undici() {
    return (loaded ??= __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 46752, 19)));
}


/***/ }),

/***/ 48874:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {

/* harmony import */ var zod_v4_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88532);

// zod compiles each object schema into a parser with `new Function` on its first parse. That
// pays off over thousands of parses; a run parses a few dozen values (inputs, one manifest, the
// API's responses), and each compile costs more than all of that schema's parses (~3 ms before
// the first check). zod reads the setting when a schema is built: every module that builds
// schemas imports this first. The setting lives in zod's core, which both APIs share: the
// checks' `zod/mini` schemas and the API client's classic ones.
(0,zod_v4_core__WEBPACK_IMPORTED_MODULE_0__/* .config */ .$W)({ jitless: true });


/***/ })

};

//# sourceMappingURL=866.index.js.map