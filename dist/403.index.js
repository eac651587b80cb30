export const id = 403;
export const ids = [403];
export const modules = {

/***/ 53403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMany: () => (/* binding */ runMany)
});

// EXTERNAL MODULE: ./src/action/workflow-commands.ts
var workflow_commands = __webpack_require__(86812);
// EXTERNAL MODULE: ./src/engine/multi/outputs.ts
var outputs = __webpack_require__(11138);
// EXTERNAL MODULE: ./src/engine/asc/env.ts
var asc_env = __webpack_require__(17755);
// EXTERNAL MODULE: ./src/engine/asc/errors.ts
var errors = __webpack_require__(31077);
// EXTERNAL MODULE: ./src/engine/checks/problem.ts
var problem = __webpack_require__(11529);
// EXTERNAL MODULE: ./src/engine/review/records.ts + 4 modules
var records = __webpack_require__(88943);
// EXTERNAL MODULE: ./src/engine/publish/record.ts
var publish_record = __webpack_require__(68109);
// EXTERNAL MODULE: ./src/engine/run.ts + 25 modules
var engine_run = __webpack_require__(44418);
// EXTERNAL MODULE: ./src/engine/multi/limit.ts
var limit = __webpack_require__(61915);
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
    const env = options.env ?? asc_env/* realEnv */.q;
    const credentials = run.packs.find(p => p.inputs?.credentials)?.inputs?.credentials;
    const client = options.client ??
        (credentials && !settings.localOnlyReason
            ? (0,engine_run/* createClient */.U)(settings, credentials, options.logger, env)
            : undefined);
    try {
        const results = await (0,limit/* mapLimit */.s)(run.packs, settings.packConcurrency, async (pack) => {
            const result = await publishOne(pack, client, options, env);
            try {
                await options.onDone?.(result);
            }
            catch (error) {
                options.logger.warning(`[${pack.identifier}] ${(0,errors/* formatError */.Wk)(error)}`);
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
            error: problems.map(problem/* formatProblem */.V).join('\n')
        });
    }
    const record = (0,publish_record/* startRecord */.qt)(inputs);
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
        await (0,engine_run.publishPack)(inputs, record, {
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
        logger.info(`Done: ${describe(record)}.`);
        return ended({ status, inputs, record });
    }
    catch (error) {
        const cancelled = options.signal?.aborted === true;
        const message = cancelled ? 'Cancelled.' : (0,errors/* formatError */.Wk)(error);
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
        await (0,records/* submitRecords */.t)(client, settings.appId, ready.map(r => r.record), setting, options.logger, options.signal);
    }
    catch (error) {
        const message = (0,errors/* formatError */.Wk)(error);
        options.logger.error(message);
        for (const r of ready)
            Object.assign(r, { status: 'failed', failure: 'review', error: message });
    }
}
function describe(record) {
    if (record.skipped)
        return 'unchanged, not published';
    if (record.dryRun)
        return 'manifest accepted by Apple (dry run)';
    return `version ${record.version ?? '?'} ${record.state ?? ''}`.trim();
}

// EXTERNAL MODULE: ./src/action/common.ts + 1 modules
var common = __webpack_require__(47138);
// EXTERNAL MODULE: ./src/action/format.ts
var format = __webpack_require__(10899);
// EXTERNAL MODULE: ./src/action/logger.ts
var logger = __webpack_require__(18980);
// EXTERNAL MODULE: ./src/action/summary.ts
var action_summary = __webpack_require__(38770);
;// CONCATENATED MODULE: ./src/action/many-report.ts


const RESULTS = {
    published: '✅ published',
    'dry-run': '✅ manifest accepted',
    checked: '✅ local checks passed',
    skipped: '⏭️ unchanged',
    failed: '❌ failed'
};
/** The job summary of a multi-pack run: one table, a row per pack, then each failure. */
function manyReport(settings, results) {
    const failed = results.filter(r => r.status === 'failed');
    const notes = [];
    if (settings.localOnlyReason) {
        notes.push(`Apple's manifest check was skipped: ${settings.localOnlyReason}.`);
    }
    const review = reviewNote(results);
    if (review)
        notes.push(review);
    for (const r of failed) {
        const lines = (r.error ?? '').split('\n');
        notes.push(`**${r.identifier}** failed: ${lines.map(many_report_escape).join('<br>')}`);
    }
    if (failed.some(r => r.failure === 'input')) {
        notes.push('A pack whose own files have problems was not sent; the others went on.');
    }
    return {
        title: title(settings, results, failed.length),
        status: failed.length > 0 ? 'failure' : 'success',
        rows: [],
        table: {
            head: ['Pack', 'Result', 'Version', 'State', 'Archive', 'Time'],
            rows: results.map(r => [
                (0,action_summary/* code */.aY)(r.identifier),
                RESULTS[r.status],
                r.record?.version ?? '',
                r.record?.state ?? '',
                r.inputs?.archive
                    ? `${(0,action_summary/* code */.aY)(r.archivePath ?? '')} ${(0,format/* formatBytes */.z)(r.inputs.archive.size)}`
                    : r.archivePath
                        ? (0,action_summary/* code */.aY)(r.archivePath)
                        : '',
                r.status === 'checked' ? '' : `${(r.ms / 1000).toFixed(1)} s`
            ])
        },
        notes
    };
}
function title(settings, results, failed) {
    const n = results.length;
    const done = n - failed;
    const what = settings.localOnlyReason
        ? 'passed the local checks (dry run)'
        : settings.dryRun
            ? 'manifests accepted by Apple (dry run)'
            : 'published';
    if (failed === 0)
        return `Asset packs: ${(0,format/* plural */.L)(n, 'pack')} ${what}`;
    return `Asset packs: ${done} of ${n} ${what}, ${failed} failed`;
}
/** submit-for-review: the step's one submission per platform, and each pack's App Store release. */
function reviewNote(results) {
    const ids = new Map();
    for (const r of results) {
        for (const [platform, id] of Object.entries(r.record?.reviewSubmissionIds ?? {})) {
            ids.set(platform, id);
        }
    }
    if (ids.size === 0)
        return undefined;
    const releases = results
        .filter(r => r.record?.appStoreReleaseState)
        .map(r => `${(0,action_summary/* code */.aY)(r.identifier)} ${r.record?.appStoreReleaseState}`);
    return (`**App Store review:** ${[...ids].map(([p, id]) => `${p} ${(0,action_summary/* code */.aY)(id)}`).join(', ')}` +
        (releases.length ? `. App Store releases: ${releases.join(', ')}.` : '.'));
}
function many_report_escape(text) {
    return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// EXTERNAL MODULE: ./src/action/outputs.ts
var action_outputs = __webpack_require__(18948);
// EXTERNAL MODULE: ./src/action/pr-comment.ts
var pr_comment = __webpack_require__(21794);
;// CONCATENATED MODULE: ./src/action/many.ts










/**
 * A multi-pack run: the packs are published `pack-concurrency` at a time over one client (one
 * rate-limit budget); a pack that fails does not stop the others; one summary table; the step
 * fails at the end naming the packs that failed.
 */
async function runMany(check) {
    const { settings } = check;
    if (!check.ok) {
        for (const pack of check.packs)
            (0,common/* annotateAdvisories */.qn)(pack.advisories, pack.identifier);
        return (0,common/* refuse */.TR)(check.problems, 'Asset packs: inputs refused');
    }
    report(check.packs);
    (0,action_outputs/* setMatrix */.q7)((0,outputs/* matrixOf */.lQ)(check.packs.filter(p => p.inputs)).include);
    if (settings.localOnlyReason) {
        workflow_commands/* notice */.lm(`Apple's manifest check was skipped: ${settings.localOnlyReason}. Only the local checks ran.`);
    }
    const cancel = (0,common/* onCancel */.Ao)();
    let results;
    try {
        const what = settings.localOnlyReason ? 'Check' : settings.dryRun ? 'Dry-run' : 'Publish';
        results = await logger/* actionLogger */.v.group(`${what} ${(0,format/* plural */.L)(check.packs.length, 'pack')}, ${settings.packConcurrency} at a time`, () => publishPacks(check, {
            logger: logger/* actionLogger */.v,
            signal: cancel.signal,
            hint: common/* rememberedPublish */.kA,
            onDone: async (result) => {
                if (result.inputs && result.record && result.status !== 'failed') {
                    await (0,common/* remember */.kY)(result.inputs, result.record);
                }
            }
        }));
    }
    finally {
        cancel.dispose();
    }
    (0,action_outputs/* setPacks */.Te)(results.map(r => (0,outputs/* packEntry */.AR)(r, r.status, r.record, r.error)));
    if (results.length === 1) {
        for (const [name, value] of Object.entries((0,outputs/* outputsOf */.Yz)(results[0].record))) {
            workflow_commands/* setOutput */.uH(name, value);
        }
    }
    const summary = manyReport(settings, results);
    await (0,action_summary/* writeSummary */.Sy)(summary);
    if (settings.commentOnPr) {
        // One comment for the step's packs (not one per pack: a hundred packs, a hundred comments).
        await (0,pr_comment/* upsertPrComment */.ZC)({
            token: settings.githubToken,
            key: `packs:${settings.manifestPath ?? ''}`,
            body: (0,action_summary/* renderSummary */.Br)(summary),
            logger: logger/* actionLogger */.v
        });
    }
    const failed = results.filter(r => r.status === 'failed');
    if (failed.length > 0) {
        workflow_commands/* setFailed */.C1(`${failed.length} of ${(0,format/* plural */.L)(results.length, 'pack')} failed: ` +
            `${failed.map(r => r.identifier).join(', ')}\n` +
            failed.map(r => `- ${r.identifier}: ${(r.error ?? '').split('\n')[0]}`).join('\n'));
    }
}
/** The packs found, and each problem of a pack that will not be sent, annotated. */
function report(packs) {
    workflow_commands/* info */.pq(`${(0,format/* plural */.L)(packs.length, 'pack')}:`);
    for (const pack of packs) {
        const archive = pack.archivePath ? ` + ${pack.archivePath}` : '';
        const problems = pack.problems.length
            ? ` (${(0,format/* plural */.L)(pack.problems.length, 'problem')}: not sent)`
            : '';
        workflow_commands/* info */.pq(`  ${pack.identifier}: ${pack.manifestPath}${archive}${problems}`);
    }
    for (const pack of packs) {
        (0,common/* annotateAdvisories */.qn)(pack.advisories, pack.identifier);
        (0,common/* annotate */.fz)(pack.problems, pack.identifier);
    }
}


/***/ })

};

//# sourceMappingURL=403.index.js.map