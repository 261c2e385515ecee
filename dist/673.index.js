export const id = 673;
export const ids = [673];
export const modules = {

/***/ 8673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   skipEarly: () => (/* binding */ skipEarly)
/* harmony export */ });
/* unused harmony exports earlySkip, skipOutputs */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5421);
/* harmony import */ var _plan_event_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9271);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4443);
/* harmony import */ var _util_masks_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9317);
/**
 * The fast skip path. A run that the event alone decides (a push or creation of a tag that is
 * not a release tag, a branch or tag deletion, a push of only this action's own commits, a
 * release action other than created/published, a draft or an unwanted prerelease; never the
 * push of a release tag, which pins) is answered here, with node builtins and the same pure rules as run()
 * (`getInputs`, `jobFor`), before main.js and with it Octokit and the HTTP stack are loaded.
 *
 * What it writes is exactly what run() writes for a skip: the token masks, the notice, the eight
 * outputs (GITHUB_OUTPUT file commands, `name<<delimiter`) and the summary. Anything it is not
 * sure of (no GITHUB_OUTPUT or GITHUB_STEP_SUMMARY, a file it cannot open, an event payload that
 * is missing or not a JSON object, an input or event that run() would reject, a job to run)
 * leaves everything to run(), which then says what is wrong in its own words.
 */







/** The event payload as @actions/github reads it; undefined when only run() can tell. */
function payloadOf(env) {
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return {};
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        return undefined; // @actions/github prints a line about it: run() does
    try {
        const payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'));
        if (payload === null || typeof payload !== 'object' || Array.isArray(payload))
            return undefined;
        return payload;
    }
    catch {
        return undefined;
    }
}
/** Decides whether the event alone settles the run (pure but for reading the event file). */
function earlySkip(env) {
    if (!env.GITHUB_OUTPUT || !env.GITHUB_STEP_SUMMARY)
        return undefined;
    const payload = payloadOf(env);
    if (payload === undefined)
        return undefined;
    try {
        // core.getInput: INPUT_<NAME>, spaces as underscores, upper case, trimmed.
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getInputs */ .G)((name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim());
        const ctx = {
            eventName: env.GITHUB_EVENT_NAME ?? '',
            payload,
            sha: env.GITHUB_SHA ?? '',
            ref: env.GITHUB_REF ?? '',
            actor: env.GITHUB_ACTOR ?? ''
        };
        const job = (0,_plan_event_js__WEBPACK_IMPORTED_MODULE_4__/* .jobFor */ .vw)(ctx, inputs);
        if (job.kind !== 'skip')
            return undefined;
        return { token: inputs.token, reason: job.reason, sha: ctx.sha };
    }
    catch {
        return undefined;
    }
}
/** `::command::message` as @actions/core escapes it. */
const command = (name, message) => `::${name}::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`;
/** An output as @actions/core's setOutput writes it to GITHUB_OUTPUT. */
function outputCommand(name, value) {
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    return `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`;
}
/** What run() writes for a skip: masks and notice on stdout, the outputs, the summary. */
function skipOutputs(skip) {
    const { token } = skip;
    const masks = (0,_util_masks_js__WEBPACK_IMPORTED_MODULE_6__/* .tokenForms */ .p)(token);
    const text = `Nothing to do: ${skip.reason}`;
    const outputs = [
        ['changed', 'false'],
        ['commit-sha', ''],
        ['pinned', '[]'],
        ['unpinned', '[]'],
        ['versions', '{}'],
        ['head-sha', ''],
        ['publish', '[]'],
        ['pull-request-url', '']
    ];
    return {
        stdout: [...masks.map((m) => command('add-mask', m)), command('notice', (0,_util_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .forLog */ .Ig)(text))].join(''),
        outputs: outputs.map(([name, value]) => outputCommand(name, value)).join(''),
        summary: `### vro-image-version\n\n${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .forSummaryCell */ .gj)(text)}\n`
    };
}
/**
 * Answers a run that the event alone decides, as run() would; true when it did. False (nothing
 * written) when run() must run: then index.ts loads main.js.
 */
function skipEarly(env = process.env) {
    const skip = earlySkip(env);
    if (!skip)
        return false;
    const outputFile = env.GITHUB_OUTPUT;
    const summaryFile = env.GITHUB_STEP_SUMMARY;
    // run() checks first that both files take writes; if one does not, it says so.
    try {
        for (const file of [outputFile, summaryFile])
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, 'a'));
        // core.summary.write() wants to read the summary file too.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(summaryFile, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
    }
    catch {
        return false;
    }
    const out = skipOutputs(skip);
    process.stdout.write(out.stdout);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(outputFile, out.outputs, { encoding: 'utf8' });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(summaryFile, out.summary, { encoding: 'utf8' });
    return true;
}


/***/ })

};
