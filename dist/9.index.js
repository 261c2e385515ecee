export const id = 9;
export const ids = [9];
export const modules = {

/***/ 8009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  skipEarly: () => (/* binding */ skipEarly)
});

// UNUSED EXPORTS: earlySkip, skipOutputs

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/util/escape.ts
var util_escape = __webpack_require__(5421);
// EXTERNAL MODULE: ./src/plan/event.ts + 1 modules
var plan_event = __webpack_require__(2842);
// EXTERNAL MODULE: ./src/action/inputs.ts + 1 modules
var action_inputs = __webpack_require__(4443);
// EXTERNAL MODULE: ./src/util/masks.ts
var util_masks = __webpack_require__(9317);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/util/runner-commands.ts
/**
 * The runner's two encodings, as @actions/core 3 writes them: a workflow command on stdout
 * (`::name::message`, `command.js`) and a `name<<delimiter` entry of a file command such as
 * GITHUB_OUTPUT (`file-command.js`). For the action's fast skip path (action/early-skip.ts) only:
 * everything else uses @actions/core itself.
 *
 * Why not @actions/core there: the package exports only its index (`core.js`; `lib/command.js`
 * and `lib/file-command.js` are not in its `exports`), and the index loads `@actions/http-client`
 * (undici, the HTTP stack) for its OIDC client and `@actions/exec` for `platform`: 200-400 ms
 * before the first line, the very graph the fast path exists to avoid (node builtins load in
 * about 15 ms). So the two encodings live here, and __tests__/util/runner-commands.test.ts checks
 * them against @actions/core's own output for tricky values (newlines, `%`, `::`, a delimiter
 * inside the value).
 */


/** `::name::message` and a line break, with the message escaped as @actions/core escapes data. */
function workflowCommand(name, message) {
    const data = message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    return `::${name}::${data}${external_node_os_.EOL}`;
}
/** A fresh delimiter, as @actions/core draws one. */
const randomDelimiter = () => `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
/**
 * `name<<delimiter`, the value, the delimiter, each on its own line: an entry of a file command
 * (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE) as @actions/core's setOutput writes it. Where
 * @actions/core throws when the name or the value holds its delimiter, this draws another one:
 * the entry still cannot end early, and the fast skip path has no error to report.
 */
function fileCommandEntry(name, value, delimiter = randomDelimiter) {
    let d = delimiter();
    while (name.includes(d) || value.includes(d))
        d = delimiter();
    return `${name}<<${d}${external_node_os_.EOL}${value}${external_node_os_.EOL}${d}${external_node_os_.EOL}`;
}

;// CONCATENATED MODULE: ./src/action/early-skip.ts
/**
 * The fast skip path. A run that the event alone decides (a push or creation of a tag that is
 * not a release tag, a branch or tag deletion, a push of only this action's own commits, a
 * release action other than created/published, a draft or an unwanted prerelease; never the
 * push of a release tag, which pins) is answered here, with node builtins and the same pure rules as run()
 * (`getInputs`, `jobFor`), before run.js and with it Octokit and the HTTP stack are loaded.
 *
 * What it writes is exactly what run() writes for a skip: the token masks, the notice, the eight
 * outputs (GITHUB_OUTPUT file commands, `name<<delimiter`) and the summary. It writes them
 * without @actions/core, whose index loads the HTTP stack: util/runner-commands.ts holds the
 * toolkit's two encodings, tested against @actions/core's own output. Anything it is not
 * sure of (no GITHUB_OUTPUT or GITHUB_STEP_SUMMARY, a file it cannot open, an event payload that
 * is missing or not a JSON object, an input or event that run() would reject, a job to run)
 * leaves everything to run(), which then says what is wrong in its own words.
 */






/** The event payload as @actions/github reads it; undefined when only run() can tell. */
function payloadOf(env) {
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return {};
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined; // @actions/github prints a line about it: run() does
    try {
        const payload = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
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
        const inputs = (0,action_inputs/* getInputs */.G)((name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim());
        const ctx = {
            eventName: env.GITHUB_EVENT_NAME ?? '',
            payload,
            sha: env.GITHUB_SHA ?? '',
            ref: env.GITHUB_REF ?? '',
            actor: env.GITHUB_ACTOR ?? ''
        };
        const job = (0,plan_event/* jobFor */.vw)(ctx, inputs);
        if (job.kind !== 'skip')
            return undefined;
        return { token: inputs.token, reason: job.reason, sha: ctx.sha };
    }
    catch {
        return undefined;
    }
}
/** What run() writes for a skip: masks and notice on stdout, the outputs, the summary. */
function skipOutputs(skip) {
    const { token } = skip;
    const masks = (0,util_masks/* tokenForms */.p)(token);
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
        stdout: [
            ...masks.map((m) => workflowCommand('add-mask', m)),
            workflowCommand('notice', (0,util_escape/* forLog */.Ig)(text))
        ].join(''),
        outputs: outputs.map(([name, value]) => fileCommandEntry(name, value)).join(''),
        summary: `### vro-image-version\n\n${(0,util_escape/* forSummaryCell */.gj)(text)}\n`
    };
}
/**
 * Answers a run that the event alone decides, as run() would; true when it did. False (nothing
 * written) when run() must run: then index.ts loads run.js.
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
            (0,external_node_fs_.closeSync)((0,external_node_fs_.openSync)(file, 'a'));
        // core.summary.write() wants to read the summary file too.
        (0,external_node_fs_.accessSync)(summaryFile, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        return false;
    }
    const out = skipOutputs(skip);
    process.stdout.write(out.stdout);
    (0,external_node_fs_.appendFileSync)(outputFile, out.outputs, { encoding: 'utf8' });
    (0,external_node_fs_.appendFileSync)(summaryFile, out.summary, { encoding: 'utf8' });
    return true;
}


/***/ })

};
