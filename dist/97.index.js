export const id = 97;
export const ids = [97];
export const modules = {

/***/ 8414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ checkEvent),
/* harmony export */   guardEvent: () => (/* binding */ guardEvent)
/* harmony export */ });
/* unused harmony export eventProblem */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5421);
/**
 * The event guard: index.ts calls guardEvent() before it loads run.js. @actions/github parses the
 * event file as soon as it is loaded, outside any try/catch, so a malformed payload would crash
 * with a stack trace. This checks the file before that and fails with a message instead; run()
 * checks again when it starts (checkEvent). Importing this module does nothing.
 */



/** What is wrong with the event file, or undefined when it is readable (or absent). */
function eventProblem(eventPath) {
    if (!eventPath)
        return undefined;
    let payload;
    try {
        payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(eventPath, 'utf8'));
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        return `The event payload ${eventPath} could not be read as JSON: ${e.message}`;
    }
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
        return `The event payload ${eventPath} is not a JSON object`;
    }
    return undefined;
}
/** Checks the event file named by GITHUB_EVENT_PATH; false (and the run failed) when it is bad. */
function checkEvent(eventPath = process.env.GITHUB_EVENT_PATH) {
    const problem = eventProblem(eventPath);
    if (problem)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_util_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .forLog */ .Ig)(problem));
    return problem === undefined;
}
/**
 * The entry point's guard: when the event file is bad, fails the run with a message and exits
 * with 1, before run.js (and @actions/github, which would crash on the file) is loaded.
 */
function guardEvent(eventPath = process.env.GITHUB_EVENT_PATH) {
    if (!checkEvent(eventPath))
        process.exit(1);
}


/***/ }),

/***/ 97:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/action/event-guard.ts
var event_guard = __webpack_require__(8414);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(1351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 18 modules
var utils = __webpack_require__(9083);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/github/fetch.ts
/**
 * The fetch under Octokit: every GitHub API request is bounded, and every answer is read whole
 * and checked to be the JSON it claims to be before Octokit sees it.
 *
 * Bounds:
 * - Per request: `api-timeout` (default 30 s) from sending the request to the last byte of the
 *   answer. A timed-out request is retried by the retry plugin like a 5xx (3 retries, 1 + 4 + 9 s
 *   apart), so one call waits at most 4 x api-timeout + 14 s.
 * - Per run: {@link API_BUDGET_MS} for all API work from the client's creation (requests, retry
 *   and rate-limit waits, the commit loop's backoff). Once spent, requests are not sent and the
 *   run fails; that failure is not retried.
 */


/** The whole run's API budget: 10 minutes, far beyond a healthy run's few seconds. */
const API_BUDGET_MS = 10 * 60_000;
/** Answers above this are refused unread by JSON: a versions file of pins is a few KB. */
const API_MAX_ANSWER_BYTES = 5 * 1024 * 1024;
/** A request that took longer than its bound (retried by the retry plugin, as a 5xx is). */
class ApiTimeoutError extends errors/* KnownError */.E {
    name = 'ApiTimeoutError';
    get id() {
        return 'api-timeout';
    }
}
/**
 * A failure that no retry can cure (budget spent, answer far too large). Octokit passes errors
 * named AbortError through unwrapped, and the retry plugin then leaves them alone.
 */
class ApiGiveUpError extends errors/* KnownError */.E {
    name = 'AbortError';
    get id() {
        return 'api-give-up';
    }
}
/** An answer that is not what GitHub sends (malformed JSON); a re-run asks again. */
class ApiAnswerError extends ApiGiveUpError {
    get id() {
        return 'api-answer';
    }
}
const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
function describeRequest(input, init) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return `${init?.method ?? 'GET'} ${new URL(url).pathname}`;
}
/** The answer again, after checking that a JSON answer parses and is not absurdly large. */
function checked(res, text, what) {
    if (text.length > API_MAX_ANSWER_BYTES) {
        throw new ApiGiveUpError(`The GitHub API answered ${what} with ${Math.round(text.length / 2 ** 20)} MB, more than the ` +
            `${API_MAX_ANSWER_BYTES / 2 ** 20} MB this action reads; the versions file is probably far too large ` +
            `(a versions file holds a few lines of pins). Shrink the file, then run again.`);
    }
    if (/json/i.test(res.headers.get('content-type') ?? '') && text !== '') {
        try {
            JSON.parse(text);
        }
        catch {
            throw new ApiAnswerError(`The GitHub API answered ${what} with HTTP ${res.status} and malformed JSON ` +
                `(${text.length} bytes, starting ${JSON.stringify(text.slice(0, 80))}); a proxy or an outage may be at fault.`);
        }
    }
    return new Response(text === '' ? null : text, {
        status: res.status,
        statusText: res.statusText,
        headers: res.headers
    });
}
/** A fetch that bounds each request and the run's total; `base` defaults to the proxy-aware one. */
function boundedFetch(bounds, base = utils/* defaults */.NT.request?.fetch ?? globalThis.fetch, now = Date.now) {
    const deadline = now() + bounds.budgetMs;
    return async (input, init) => {
        const what = describeRequest(input, init);
        const left = deadline - now();
        const budget = `the run's API budget of ${seconds(bounds.budgetMs)}`;
        if (left <= 0)
            throw new ApiGiveUpError(`${what} was not sent: ${budget} is spent.`);
        const ms = Math.min(bounds.requestTimeoutMs, left);
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), ms);
        const signal = init?.signal
            ? AbortSignal.any([init.signal, controller.signal])
            : controller.signal;
        try {
            const res = await base(input, { ...init, signal });
            let text;
            try {
                text = await res.text();
            }
            catch (e) {
                if (controller.signal.aborted)
                    throw e;
                throw new ApiGiveUpError(`The answer to ${what} could not be read (${e.message}); it is probably far too large.`);
            }
            return checked(res, text, what);
        }
        catch (e) {
            if (!controller.signal.aborted || e instanceof ApiGiveUpError)
                throw e;
            if (ms < bounds.requestTimeoutMs) {
                throw new ApiGiveUpError(`${what} got no answer before ${budget} was spent.`);
            }
            throw new ApiTimeoutError(`The GitHub API did not answer ${what} within ${seconds(ms)} (api-timeout).`);
        }
        finally {
            clearTimeout(timer);
        }
    };
}

// EXTERNAL MODULE: ./src/util/escape.ts
var util_escape = __webpack_require__(5421);
;// CONCATENATED MODULE: ./src/github/errors.ts
/**
 * The run's failures that the user fixes outside the inputs (permissions, protection, the API,
 * the runner's files): what each means and what to do next. Each has a stable id, printed after
 * the message and listed in docs/troubleshooting.md.
 */



/** The stable ids; docs/troubleshooting.md has a row for each (a docs test checks it). */
const ERROR_IDS = (/* unused pure expression or super */ null && ([
    'runner-file',
    'token-forbidden',
    'branch-protected',
    'api-bounded',
    'api-unreachable',
    'api-failing',
    'api-rate-limited'
]));
/** A failure with a stable id. */
class ActionError extends errors/* KnownError */.E {
    id;
    name = 'ActionError';
    constructor(id, message) {
        super(message);
        this.id = id;
    }
}
/** The message as the run prints it: the text, then its id to look up. */
function failureText(error) {
    if (error instanceof ActionError)
        return `${error.message} [${error.id}]`;
    return error instanceof Error ? error.message : String(error);
}
/** GITHUB_OUTPUT or GITHUB_STEP_SUMMARY cannot take writes. */
function runnerFileError(name, file, cause) {
    const why = cause.code ?? cause.message;
    return new ActionError('runner-file', `${name} is ${(0,util_escape/* escapeForMessage */.Gw)(file, 200)}, which cannot be written (${why}). ` +
        `Nothing was committed. The runner sets ${name} to a writable file; if a step changed it, point it at a writable file or leave it unset.`);
}
function protectedError(branch, cause) {
    return new ActionError('branch-protected', `${branch} refused the commit: branch protection or a ruleset requires changes through a pull request ` +
        `(${cause.message.split('\n')[0]}). Remedies: set on-protected: pull-request to open a pull request instead; ` +
        `or add the GitHub App or user behind the token to the bypass list of the rule; or use a token of an actor allowed to push to ${branch}.`);
}
function forbiddenError(branch) {
    return new ActionError('token-forbidden', `The token may not write to ${branch} (Resource not accessible by integration). ` +
        `Give the job permissions: contents: write (and pull-requests: write for on-protected: pull-request), ` +
        `or pass a token with write access in the token input.`);
}
/** Says what a failed API call means and what to do; other errors pass through. */
function apiFailure(err, graphqlUrl) {
    const e = err;
    const message = String(e?.message ?? err);
    const code = e?.code ?? e?.cause?.code ?? '';
    const rerun = 'A re-run is safe: it changes nothing when the file is already right.';
    // Our own bounds and answer checks (src/github/fetch.ts) say what went wrong themselves.
    const own = [err, e?.cause].find((x) => x instanceof ApiTimeoutError || x instanceof ApiGiveUpError);
    if (own)
        return new ActionError('api-bounded', `${own.message} ${rerun}`);
    if (/ECONNREFUSED|ENOTFOUND|ECONNRESET|ETIMEDOUT|EAI_AGAIN|UND_ERR/.test(code) ||
        /ECONNREFUSED|ENOTFOUND|fetch failed|socket|other side closed/i.test(message)) {
        return new ActionError('api-unreachable', `Could not reach the GitHub API at ${graphqlUrl} (${message}). Check GITHUB_API_URL/GITHUB_GRAPHQL_URL and the network. ${rerun}`);
    }
    if (typeof e?.status === 'number' && e.status >= 500) {
        return new ActionError('api-failing', `The GitHub API kept answering HTTP ${e.status} after retries (${message.slice(0, 200)}). ${rerun}`);
    }
    if (/rate limit/i.test(message)) {
        return new ActionError('api-rate-limited', `The GitHub API rate limit was hit and did not clear in time (${message.slice(0, 200)}). Re-run later.`);
    }
    return err;
}

// EXTERNAL MODULE: ./src/plan/event.ts + 1 modules
var plan_event = __webpack_require__(2842);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/detect/compare-command.ts
var compare_command = __webpack_require__(6312);
// EXTERNAL MODULE: ./src/files/checkout-file.ts
var checkout_file = __webpack_require__(3666);
// EXTERNAL MODULE: ./src/files/repo-files.ts
var repo_files = __webpack_require__(8329);
// EXTERNAL MODULE: ./src/util/glob/split.ts
var split = __webpack_require__(7631);
// EXTERNAL MODULE: ./src/detect/paths-input.ts
var paths_input = __webpack_require__(1962);
// EXTERNAL MODULE: ./src/util/refs.ts
var util_refs = __webpack_require__(4940);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./schema/vro-image-version.schema.json
const vro_image_version_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/org/vro-image-version/v1/schema/vro-image-version.schema.json","title":"vro-image-version configuration","description":"The configuration of vro-image-version, read from .github/vro-image-version.yml (or .yaml; not both) by every workflow and by the CLI. Action inputs and CLI flags, when given, override a setting of this file.","type":"object","additionalProperties":false,"errorMessage":"the file must be a mapping of settings, e.g. \\"detection: paths\\"","properties":{"version":{"title":"Schema version","description":"The version of this file\'s format. Only 1 exists.","const":1,"errorMessage":"must be 1, the only version of this file\'s format"},"paths":{"title":"Per-image inputs","description":"Image name or prefix -> the globs that count as its inputs, as a list or a comma-separated string. The globs replace the image\'s derived inputs (its folder); start every glob with + to add to them instead. Globs are picomatch globs relative to the repository root, dot files included; no ! negation (use ignore-paths).","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9_][A-Za-z0-9._-]*$","errorMessage":"an image name or prefix: letters, digits, and . _ - after the first character"},"additionalProperties":{"title":"Globs of one image","description":"The image\'s globs: a list (app: [app/**, libs/auth/**]) or a comma-separated string (app: app/**, libs/auth/**). A leading + adds a glob to the derived inputs.","anyOf":[{"$ref":"#/definitions/globString"},{"$ref":"#/definitions/globList"}],"errorMessage":"must be a glob or a list of globs, e.g. [app/**, libs/auth/**]"},"errorMessage":"must be a mapping of image -> globs, e.g. \\"app: [app/**, libs/auth/**]\\""},"shared-paths":{"title":"Shared paths","description":"Globs whose changes count for every image (build files, shared libraries).","allOf":[{"$ref":"#/definitions/globList"}]},"ignore-paths":{"title":"Ignored paths","description":"Globs whose changes never count (docs, for example); they win over every other glob. The versions file is always ignored.","allOf":[{"$ref":"#/definitions/globList"}]},"detection":{"title":"Change detection","description":"paths: compare the image\'s files between its pinned tag and the head. command: ask compare-command for every pinned image.","enum":["paths","command"],"errorMessage":"must be paths or command"},"compare-command":{"title":"Compare command","description":"Optional content check, run without a shell as: <command> <image> <pinned-tag> <head-sha>, with IMAGE, PREFIX, PINNED_VERSION and HEAD_SHA in the environment. Exit 0 = same, 1 = changed, other = error for that image. A string is split into words like the compare-command input (\'...\' and \\"...\\" group words); a list is the argv as is. With detection: paths it runs only for images whose paths did not change.","anyOf":[{"type":"string","pattern":"\\\\S"},{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}],"errorMessage":"must be a command line or a non-empty list of words, e.g. [scripts/same-image.sh, --strict]"},"compare-timeout":{"title":"Compare timeout","description":"Seconds each compare-command run may take (above 0, at most 86400; default 600). On expiry its whole process group is killed and that image is reported as an error (its pin is left alone).","type":"number","exclusiveMinimum":0,"maximum":86400,"errorMessage":"must be a number of seconds above 0, at most 86400"},"on-missing-tag":{"title":"When a pinned tag is missing","description":"When an image\'s pinned tag exists neither locally nor on the remote: unpin (default), keep, or fail.","enum":["unpin","keep","fail"],"errorMessage":"must be unpin, keep or fail"},"vars-file":{"title":"Image list file","description":"The generated image list, relative to the repository root (default scripts/image_vars.src). Read as text, never executed.","allOf":[{"$ref":"#/definitions/repoPath"}]},"versions-file":{"title":"Versions file","description":"The pins file this action maintains, relative to the repository root (default scripts/image_versions.src).","allOf":[{"$ref":"#/definitions/repoPath"}]},"branch":{"title":"Main branch","description":"The branch to commit to. Default: for a release, its target branch (else the default branch); for a push or a manual run, the branch of the run.","type":"string","minLength":1,"errorMessage":"must be a branch name, e.g. main"}},"definitions":{"globString":{"title":"Globs as a string","description":"One glob, or several separated by commas outside {...}.","type":"string","pattern":"\\\\S","errorMessage":"must be a glob, e.g. app/**"},"globList":{"title":"A list of globs","description":"Picomatch globs relative to the repository root, dot files included.","type":"array","items":{"title":"Glob","description":"A picomatch glob relative to the repository root, e.g. libs/auth/**.","type":"string","minLength":1,"errorMessage":"must be a glob, e.g. libs/auth/**"},"errorMessage":"must be a list of globs, e.g. [build.gradle, gradle/**]"},"repoPath":{"title":"Repository path","description":"A path relative to the repository root.","type":"string","pattern":"^(?![/\\\\\\\\])(?!.*(^|[/\\\\\\\\])\\\\.\\\\.([/\\\\\\\\]|$))[^\\\\u0000-\\\\u001f\\\\u007f]+$","errorMessage":"must be a path relative to the repository root, e.g. scripts/image_versions.src"}}}');
// EXTERNAL MODULE: ./src/plan/settings.ts + 1 modules
var plan_settings = __webpack_require__(151);
;// CONCATENATED MODULE: ./src/plan/config-schema.ts
/**
 * The configuration file checked against the JSON Schema shipped in schema/ (with ajv), and
 * ajv's errors turned into one message at one key path: the deepest error, the summary of a
 * string-or-list, an unknown key with the key it most likely meant. config-file.ts places the
 * message at the key's line.
 */




let validator;
/** ajv's errors for a value (none when valid); the validator is compiled once. */
function schemaErrors(value) {
    // `errorMessage` is the editors' hint for a key; the messages below quote it too.
    validator ??= new ajv.Ajv({ allErrors: false, verbose: true, strict: true })
        .addVocabulary(['errorMessage'])
        .compile(vro_image_version_schema_namespaceObject);
    return validator(value) ? [] : (validator.errors ?? []);
}
/** The error to report among ajv's: the deepest one, and for a string-or-list its summary. */
function chooseError(errors, value) {
    const found = errors
        .filter((e) => !e.schemaPath.includes('/propertyNames/'))
        .map((e) => ({ e, f: explain(e, value) }));
    const depth = Math.max(...found.map(({ f }) => f.path.length));
    const deepest = found.filter(({ f }) => f.path.length === depth);
    return (deepest.find(({ e }) => e.keyword === 'anyOf') ?? deepest[0])?.f;
}
function explain(e, value) {
    const path = e.instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const parent = e.parentSchema;
    if (e.keyword === 'additionalProperties') {
        const key = String(e.params.additionalProperty);
        return { path: [...path, key], onKey: true, message: unknownKey(key) };
    }
    if (e.keyword === 'propertyNames') {
        const key = String(e.params.propertyName);
        return {
            path: [...path, key],
            onKey: true,
            message: `not ${parent.propertyNames?.errorMessage ?? 'a valid key'}`
        };
    }
    let got = value;
    for (const p of path)
        got = got[p];
    const shown = typeof got === 'string'
        ? ` (it is ${(0,util_escape/* escapeForMessage */.Gw)(got)})`
        : typeof got === 'number' || typeof got === 'boolean'
            ? ` (it is ${got})`
            : got === null
                ? ' (it is empty)'
                : '';
    return {
        path,
        onKey: false,
        message: `${parent.errorMessage ?? e.message ?? 'not valid'}${shown}`
    };
}
const KNOWN = ['version', ...Object.values(plan_settings/* SETTING_KEYS */.GS)];
/** An unknown key, with the key it most likely meant (sharedPaths -> shared-paths). */
function unknownKey(key) {
    const squash = (s) => s.toLowerCase().replace(/[-_]/g, '');
    const meant = KNOWN.find((k) => squash(k) === squash(key));
    return meant
        ? `unknown setting; did you mean ${meant}?`
        : `unknown setting; the settings are ${KNOWN.join(', ')}`;
}

;// CONCATENATED MODULE: ./src/util/yaml-lines.ts
/**
 * Where a value of a parsed YAML document is written: the line of a key path, so that an error
 * found in the plain JavaScript value can still point at the line to fix.
 */

/**
 * The 1-based line of the value at `path` (of its key with `onKey`); when the path leads
 * nowhere, the line of the deepest node found on the way. Aliases are followed.
 */
function lineOf(doc, lines, path, onKey = false) {
    let node = doc.contents;
    let offset = offsetOf(node);
    for (const [i, step] of path.entries()) {
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(doc);
        let next;
        let key;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(step));
            key = pair?.key;
            next = pair?.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof step === 'number') {
            next = node.items[step];
        }
        const last = i === path.length - 1;
        const at = offsetOf(last && onKey ? key : next) ?? offsetOf(key);
        if (at === undefined)
            break;
        offset = at;
        node = next;
    }
    return offset === undefined ? undefined : lines.linePos(offset).line;
}
function offsetOf(node) {
    return (0,dist/* isNode */.Ll)(node) && node.range ? node.range[0] : undefined;
}

;// CONCATENATED MODULE: ./src/plan/config-file.ts
/**
 * The configuration file, `.github/vro-image-version.yml` by default: YAML, validated against
 * the JSON Schema shipped in schema/ (so editors can complete and check it; config-schema.ts),
 * then by the same checks the inputs get. Every error names the file, the line and the key, and what to do.
 */












/** Where the configuration file is looked for when no `config-file` input or `--config` is given. */
const DEFAULT_CONFIG_FILE = '.github/vro-image-version.yml';
/** The other spelling of the default file's extension, read as well (never both). */
const DEFAULT_CONFIG_FILE_YAML = '.github/vro-image-version.yaml';
/** Larger files are refused unread by YAML: a configuration is a few KB. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** More alias expansions are refused: a "billion laughs" file grows without bound. */
const MAX_ALIASES = 100;
/** A configuration file that cannot be used; `line` and `key` say where, when known. */
class ConfigError extends errors/* KnownError */.E {
    line;
    key;
    name = 'ConfigError';
    get id() {
        return 'config';
    }
    constructor(message, line, key) {
        super(message);
        this.line = line;
        this.key = key;
    }
}
/** Points at the line of a key path, and raises errors there. */
class Locator {
    file;
    doc;
    lines;
    constructor(file, doc, lines) {
        this.file = file;
        this.doc = doc;
        this.lines = lines;
    }
    where(path, onKey = false) {
        const line = lineOf(this.doc, this.lines, path, onKey);
        return line === undefined ? this.file : `${this.file} line ${line}`;
    }
    /** An error at `path`: "<file> line <n>: <key>: <message>". */
    error(path, message, onKey = false) {
        const key = keyName(path);
        const line = lineOf(this.doc, this.lines, path, onKey);
        return new ConfigError(`${this.where(path, onKey)}: ${key ? `${key}: ` : ''}${message}`, line, key);
    }
    /** Runs a check of image-inputs.ts or compare-command.ts, its error placed at `path`. */
    guard(path, check) {
        try {
            return check(`${this.where(path)}: ${keyName(path.filter((p) => typeof p === 'string'))}`);
        }
        catch (e) {
            if (!(e instanceof paths_input/* PathsError */.Zh || e instanceof compare_command/* CommandError */.Qd))
                throw e;
            throw new ConfigError(e.message, lineOf(this.doc, this.lines, path), keyName(path));
        }
    }
}
/** The key path as messages write it: `paths.app`, `shared-paths[2]`. */
function keyName(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
/** Parses and validates the text of a configuration file; `file` names it in errors. */
function parseConfig(text, file) {
    if (Buffer.byteLength(text, 'utf8') > MAX_CONFIG_BYTES) {
        throw new ConfigError(`${file}: larger than ${MAX_CONFIG_BYTES} bytes; a configuration file holds a few settings`);
    }
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
    const loc = new Locator(file, doc, lines);
    const bad = doc.errors[0];
    if (bad) {
        const line = lines.linePos(bad.pos[0]).line;
        const what = bad.code === 'DUPLICATE_KEY'
            ? `duplicate key ${(0,util_escape/* escapeForMessage */.Gw)(keyAt(text, bad.pos[0]))}; each setting, and each image of paths, may appear once: merge the two`
            : bad.code === 'MULTIPLE_DOCS'
                ? 'a second YAML document (---); keep one document of settings'
                : `${(bad.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}; fix the YAML syntax`;
        throw new ConfigError(`${file} line ${line}: ${what}`, line);
    }
    unresolvedAlias(doc, lines, file);
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (e) {
        throw new ConfigError(`${file}: ${e.message}; write the values out instead of aliases (*name)`);
    }
    if (value === null || value === undefined)
        return { file, settings: {} };
    if (typeof value !== 'object' || Array.isArray(value)) {
        const kind = Array.isArray(value) ? 'a list' : 'a single value';
        throw loc.error([], `the file must be a mapping of settings (e.g. "detection: paths"), not ${kind}`);
    }
    const errors = schemaErrors(value);
    if (errors.length > 0) {
        const found = chooseError(errors, value);
        throw loc.error(found.path, found.message, found.onKey);
    }
    return { file, settings: settingsOf(value, loc) };
}
/**
 * An alias (`*name`) with no anchor before it: in a configuration file, nearly always a glob
 * written without quotes (an unquoted `**` glob in `ignore-paths`), which YAML reads as an alias. Refused with
 * its line and the fix, before the document is converted (which would say only "Unresolved alias").
 */
function unresolvedAlias(doc, lines, file) {
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            if (!(0,dist/* isAlias */.Vj)(node) || node.resolve(doc) !== undefined)
                return;
            const line = node.range ? lines.linePos(node.range[0]).line : undefined;
            const where = line === undefined ? file : `${file} line ${line}`;
            throw new ConfigError(`${where}: *${node.source} is read as a YAML alias (a value that starts with * names an anchor); quote globs that start with *, e.g. '*${node.source}'`, line);
        }
    });
}
/** The key written at an offset: the rest of its line up to the colon. */
function keyAt(text, offset) {
    const line = text.slice(offset).split(/\r?\n/)[0] ?? '';
    return (line.split(/:(?:\s|$)/)[0] ?? '').trim();
}
/** The schema-valid values as Settings, after the checks the inputs get. */
function settingsOf(raw, loc) {
    const globs = (key) => {
        const list = raw[key]?.map((g) => g.trim());
        list?.forEach((g, i) => loc.guard([key, i], (where) => (0,paths_input/* checkGlob */.pY)(g, where)));
        return list;
    };
    const paths = raw.paths;
    const command = raw['compare-command'];
    const timeout = raw['compare-timeout'];
    const branch = raw.branch;
    const out = {
        paths: paths && new Map(Object.entries(paths).map(([k, v]) => [k, pathsEntry(k, v, loc)])),
        sharedPaths: globs('shared-paths'),
        ignorePaths: globs('ignore-paths'),
        detection: raw.detection,
        compareCommand: typeof command === 'string'
            ? loc.guard(['compare-command'], (where) => (0,compare_command/* splitCommand */.GW)(command, where))
            : command,
        compareTimeoutMs: timeout === undefined ? undefined : Math.round(timeout * 1000),
        onMissingTag: raw['on-missing-tag'],
        varsFile: raw['vars-file'],
        versionsFile: raw['versions-file'],
        branch: branch === undefined ? undefined : branchName(branch, loc)
    };
    return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}
/**
 * One image's `paths` entry: a list of globs, or a string of comma-separated globs where a `+`
 * first adds them all to the derived inputs, as in the `paths` input. Returned as
 * parsePathsInput returns an entry: additions keep their `+`.
 */
function pathsEntry(image, entry, loc) {
    const path = ['paths', image];
    let globs;
    if (typeof entry === 'string') {
        const text = entry.trim();
        const all = text.startsWith('+');
        globs = (0,split/* splitGlobs */.K)(all ? text.slice(1) : text).map((g) => all && !g.startsWith('+') ? `+${g}` : g);
        for (const g of globs)
            loc.guard(path, (where) => (0,paths_input/* checkGlob */.pY)(g.replace(/^\+\s*/, ''), where));
    }
    else {
        globs = entry.map((g) => g.trim());
        globs.forEach((g, i) => loc.guard([...path, i], (where) => (0,paths_input/* checkGlob */.pY)(g.replace(/^\+\s*/, ''), where)));
    }
    loc.guard(path, () => (0,paths_input/* readPathsEntry */.D9)(keyName(path), globs, loc.where(path)));
    return globs;
}
function branchName(raw, loc) {
    const branch = raw.trim().replace(/^refs\/heads\//, '');
    if (!(0,util_refs/* isBranchName */.Q8)(branch)) {
        throw loc.error(['branch'], `${(0,util_escape/* escapeForMessage */.Gw)(raw)} is not a valid branch name; write the main branch's name, e.g. main`);
    }
    return branch;
}
/**
 * Reads the configuration file `file` (relative to the repository root `root`; with
 * `absolute`, as the CLI allows, also a path outside it, read with the same checks: a regular
 * file, bounded). Without `file`, the default file (`.yml` or `.yaml`, not both) or none
 * (undefined); a named file must exist.
 */
async function readConfig(root, file, options = {}) {
    const read = async (rel) => {
        const outside = options.absolute === true && external_node_path_default().isAbsolute(rel);
        try {
            return outside
                ? await (0,checkout_file/* readCheckoutFile */.$C)(external_node_path_default().dirname(rel), external_node_path_default().basename(rel), {
                    what: 'Configuration file'
                })
                : await (0,checkout_file/* readCheckoutFile */.$C)(root, rel, { what: 'Configuration file', symlinks: 'refuse' });
        }
        catch (e) {
            throw e instanceof repo_files/* FileError */.f6 ? new ConfigError(e.message) : e;
        }
    };
    if (file === undefined) {
        const [yml, yaml] = [await read(DEFAULT_CONFIG_FILE), await read(DEFAULT_CONFIG_FILE_YAML)];
        if (yml !== undefined && yaml !== undefined) {
            throw new ConfigError(`Both ${DEFAULT_CONFIG_FILE} and ${DEFAULT_CONFIG_FILE_YAML} exist; keep one of them (merge the other into it and delete it)`);
        }
        if (yml !== undefined)
            return parseConfig(yml, DEFAULT_CONFIG_FILE);
        if (yaml !== undefined)
            return parseConfig(yaml, DEFAULT_CONFIG_FILE_YAML);
        return undefined;
    }
    const text = await read(file);
    if (text !== undefined)
        return parseConfig(text, file);
    throw new ConfigError(`Configuration file ${(0,util_escape/* escapeForMessage */.Gw)(file)} does not exist; create it, or correct the config-file input (CLI: --config)`);
}

// EXTERNAL MODULE: ./src/action/inputs.ts + 1 modules
var action_inputs = __webpack_require__(4443);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/util/child-env.ts
var child_env = __webpack_require__(4132);
// EXTERNAL MODULE: ./src/util/masks.ts
var masks = __webpack_require__(9317);
;// CONCATENATED MODULE: ./src/util/warning.ts
/** A warning about a file; `line` when it is about one line. */
function fileWarning(message, file, line) {
    return { message, ...(file !== undefined ? { file } : {}), ...(line ? { line } : {}) };
}
/** The text of a warning, as the CLI, the log and the summary show it. */
function warningText(w) {
    return typeof w === 'string' ? w : w.message;
}
/** Names the file of the file warnings that do not name one yet (the engine knows only lines). */
function inFile(warnings, file) {
    return warnings.map((w) => (typeof w === 'string' || w.file !== undefined ? w : { ...w, file }));
}
/** The annotation properties (`file`, `startLine`) of a warning, as `core.warning` takes them. */
function annotationOf(w) {
    if (typeof w === 'string' || w.file === undefined)
        return undefined;
    return { file: w.file, ...(w.line !== undefined ? { startLine: w.line } : {}) };
}

;// CONCATENATED MODULE: ./src/action/runner.ts
/**
 * What the Actions runner provides beside the inputs: its environment and its files, and the
 * warnings of its log.
 */







/** The runner's variables, with GitHub.com's defaults and GitHub Enterprise Server's layout. */
function runnerEnv(env = process.env) {
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const apiUrl = env.GITHUB_API_URL || 'https://api.github.com';
    const runId = env.GITHUB_RUN_ID ?? '';
    const repo = env.GITHUB_REPOSITORY;
    return {
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        apiUrl,
        // GitHub Enterprise Server serves GraphQL at /api/graphql beside /api/v3.
        graphqlUrl: env.GITHUB_GRAPHQL_URL || `${apiUrl.replace(/\/v3\/?$/, '')}/graphql`,
        runUrl: repo && runId ? `${serverUrl}/${repo}/actions/runs/${runId}` : undefined,
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? ''
    };
}
/** Hides the token and the forms git and HTTP headers carry it in, from the log and from children. */
function maskToken(token) {
    for (const form of (0,masks/* tokenForms */.p)(token))
        core/* setSecret */.Pq(form);
    // Nor does it reach a child process, under any variable name.
    (0,child_env/* registerSecret */.cl)(token);
}
/**
 * The runner's output and summary files must take writes: finding out after the commit would
 * leave a commit that downstream steps never hear of.
 */
async function checkRunnerFiles(env = process.env) {
    for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY']) {
        const file = env[name];
        if (!file)
            continue;
        try {
            await (await external_node_fs_.promises.open(file, 'a')).close();
        }
        catch (e) {
            throw runnerFileError(name, file, e);
        }
    }
}
/** A warning in the log; one about a file of the repository is an annotation on its line. */
function warn(w) {
    const at = annotationOf(w);
    if (at)
        core/* warning */.$e((0,util_escape/* forLog */.Ig)(warningText(w)), at);
    else
        core/* warning */.$e((0,util_escape/* forLog */.Ig)(warningText(w)));
}

// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/github/limits.ts
/**
 * GitHub's size limits on the text the action sends, and the one function that cuts text to them.
 *
 * GitHub refuses a pull request body or an issue comment body over 65,536 characters (HTTP 422,
 * `body is too long (maximum is 65536 characters)`). Its documentation gives no figure for a
 * commit message of createCommitOnBranch; the body is held to the same 65,536 and the headline to
 * 1,024, which git and GitHub's pages show whole.
 *
 * GitHub says "characters" without saying which; the text is measured here in UTF-8 bytes, which
 * is never fewer than its characters counted either way (code points or UTF-16 units), so a text
 * that fits here fits GitHub whatever it counts.
 */

/** A pull request body, an issue (or pull request) comment body. */
const GITHUB_BODY_LIMIT = 65_536;
/** The body of a commit message (no documented limit: the same as a pull request body). */
const COMMIT_BODY_LIMIT = 65_536;
/** The headline of a commit message (no documented limit). */
const COMMIT_HEADLINE_LIMIT = 1_024;
/** A pull request title (GitHub documents none; titles are one line, kept short). */
const PULL_TITLE_LIMIT = 256;
/** The size GitHub could count at most for `text`. */
function measure(text) {
    return external_node_buffer_.Buffer.byteLength(text, 'utf8');
}
// A Markdown table row (the summary's rows start with `|`) or an HTML one.
const isRow = (line) => /^\s*\|/.test(line) || /<tr[\s>]/i.test(line);
/**
 * The closing line that says where the rest is: `… 12 more rows in the job summary of this run:
 * <url>`. Plain text, no Markdown: it follows a blank line, so it never joins a table.
 */
function summaryPointer(runUrl) {
    return ({ lines, rows }) => {
        const what = rows > 0
            ? `${rows} more row${rows === 1 ? '' : 's'}`
            : `${lines} more line${lines === 1 ? '' : 's'}`;
        return `… ${what} in the job summary of this run${runUrl ? `: ${runUrl}` : ''}`;
    };
}
/**
 * `text` when it fits in `limit`; else its first lines that fit, a blank line and the closing
 * line `pointer` makes from what was left out. The cut is at a line boundary, so never inside a
 * character or a table row; an HTML `<tr>` left open by the cut is dropped with its lines. Only a
 * first line longer than the limit is cut inside the line, at a character boundary.
 */
function fitForGitHub(text, limit, pointer) {
    if (measure(text) <= limit)
        return text;
    const lines = text.split('\n');
    // sizes[k]: the size of the first k lines joined with '\n'.
    const sizes = [0];
    for (const [i, line] of lines.entries()) {
        sizes.push(sizes[i] + measure(line) + (i > 0 ? 1 : 0));
    }
    // rowsFrom[k]: how many of lines[k..] are table rows.
    const rowsFrom = new Array(lines.length + 1).fill(0);
    for (let k = lines.length - 1; k >= 0; k--) {
        rowsFrom[k] = rowsFrom[k + 1] + (isRow(lines[k]) ? 1 : 0);
    }
    // open[k]: how many HTML table rows the first k lines leave open.
    const open = [0];
    for (const [i, line] of lines.entries()) {
        const opened = (line.match(/<tr[\s>]/gi) ?? []).length;
        const closed = (line.match(/<\/tr>/gi) ?? []).length;
        open.push(open[i] + opened - closed);
    }
    const closing = (k) => pointer({ lines: lines.length - k, rows: rowsFrom[k] });
    for (let k = lines.length - 1; k >= 1; k--) {
        if (open[k] > 0)
            continue;
        const tail = `\n\n${closing(k)}`;
        if (sizes[k] + measure(tail) <= limit)
            return lines.slice(0, k).join('\n') + tail;
    }
    // Not even the first line fits: cut inside it, whole characters only (it counts as left out).
    const tail = `\n\n${closing(0)}`;
    return cutChars(lines[0], limit - measure(tail)) + tail;
}
/** The longest start of `line` that measures at most `budget`, in whole code points. */
function cutChars(line, budget) {
    let out = '';
    let size = 0;
    for (const ch of line) {
        const n = measure(ch);
        if (size + n > budget)
            break;
        out += ch;
        size += n;
    }
    return out;
}
/** One line (a headline, a title) cut to `limit`, ending in `…` when cut; never inside a character. */
function fitLine(line, limit) {
    if (measure(line) <= limit)
        return line;
    return `${cutChars(line, limit - measure('…'))}…`;
}

;// CONCATENATED MODULE: ./src/github/client.ts
/**
 * The GitHub API client: Octokit from @actions/github with the retry and throttling plugins,
 * and the GraphQL/REST calls the action makes (the pull request fallback is in pull-request.ts).
 * Nothing here decides anything.
 */









/** How many times a rate-limited request is retried before the run fails. */
const RATE_LIMIT_RETRIES = 3;
/** A throttling handler: warn, and retry a bounded number of times. */
function onLimit(what) {
    return (retryAfter, options, _octokit, retryCount) => {
        core/* warning */.$e(`${what} hit for ${options.method} ${options.url}; retrying in ${retryAfter} s`);
        return retryCount < RATE_LIMIT_RETRIES;
    };
}
function createClient(token, apiUrl, bounds) {
    return (0,github/* getOctokit */.Q)(token, {
        baseUrl: apiUrl,
        request: { fetch: boundedFetch(bounds) },
        retry: { retries: 3 },
        throttle: {
            // The plugin spaces GraphQL calls 1 s apart by default. Our read and our compare-and-swap
            // commit belong together: a second between them only invites STALE_DATA when several
            // runs race. Calls stay serialized; commit retries have their own jittered backoff.
            write: new (light_default()).Group({
                id: 'vro-image-version-write',
                maxConcurrent: 1,
                minTime: 0
            }),
            onRateLimit: onLimit('Rate limit'),
            onSecondaryRateLimit: onLimit('Secondary rate limit')
        }
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/** The errors of a failed GraphQL call, or undefined for other failures. */
function graphqlErrors(e) {
    if (e === null || typeof e !== 'object')
        return undefined;
    const errors = e.errors;
    return Array.isArray(errors) ? errors : undefined;
}
const READ_FILE = `query ReadVersionsFile($owner: String!, $name: String!, $ref: String!, $path: String!) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $ref) {
      target {
        oid
        ... on Commit {
          message
          url
          file(path: $path) {
            object {
              ... on Blob { text isBinary isTruncated }
            }
          }
        }
      }
    }
  }
}`;
class ApiError extends errors/* KnownError */.E {
    name = 'ApiError';
    get id() {
        return 'api';
    }
}
/** Reads the branch head and the file at that head in one GraphQL call. */
async function readBranchFile(octokit, graphqlUrl, repo, branch, path) {
    // The object form lets `url` (GITHUB_GRAPHQL_URL) travel beside the variables.
    const answer = await octokit.graphql({
        query: READ_FILE,
        url: graphqlUrl,
        owner: repo.owner,
        name: repo.repo,
        ref: `refs/heads/${branch}`,
        path
    });
    const unexpected = () => new ApiError(`The API's answer for ${path} on ${branch} is not the GraphQL answer asked for ` +
        `(${preview(answer)}); a proxy or an outage may be at fault. Run again.`);
    if (!isObject(answer) || !('repository' in answer))
        throw unexpected();
    const repository = answer.repository;
    if (repository === null)
        throw new ApiError(`Repository ${repo.owner}/${repo.repo} not found, or the token cannot read it`);
    if (!isObject(repository) || !('ref' in repository))
        throw unexpected();
    if (repository.ref === null) {
        throw new ApiError(`Branch ${branch} not found in ${repo.owner}/${repo.repo}. Set the branch input to an existing branch.`);
    }
    const target = isObject(repository.ref) ? repository.ref.target : undefined;
    if (!isObject(target) || typeof target.oid !== 'string' || !util_refs/* OID */.Vx.test(target.oid)) {
        throw unexpected();
    }
    const head = {
        headOid: target.oid,
        headMessage: typeof target.message === 'string' ? target.message : '',
        headUrl: typeof target.url === 'string' ? target.url : ''
    };
    const blob = isObject(target.file) ? target.file.object : target.file;
    if (blob === null || blob === undefined)
        return { ...head, text: undefined };
    if (!isObject(blob))
        throw unexpected();
    if (blob.isBinary === true || blob.text === null) {
        throw new ApiError(`${path} on ${branch} is a binary file; it must be a text file of bash assignments`);
    }
    if (blob.isTruncated === true)
        throw new ApiError(`${path} on ${branch} is too large for the API to return whole`);
    if (typeof blob.text !== 'string')
        throw unexpected();
    return { ...head, text: blob.text };
}
function isObject(x) {
    return x !== null && typeof x === 'object' && !Array.isArray(x);
}
/** A short, single-line rendering of an answer for an error message. */
function preview(answer) {
    const text = answer === undefined ? 'no data' : JSON.stringify(answer);
    return text.length > 120 ? `${text.slice(0, 120)}...` : text;
}
const CREATE_COMMIT = `mutation CommitVersionsFile($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) {
    commit { oid url }
  }
}`;
/**
 * Commits one file with `createCommitOnBranch`: signed by GitHub for app tokens, and an exact
 * compare-and-swap on `expectedHeadOid`. Errors are thrown as Octokit raised them. The headline is
 * cut to COMMIT_HEADLINE_LIMIT; the body must already fit COMMIT_BODY_LIMIT (commitBody cuts it,
 * keeping the trailers that recognise the run's own commit).
 */
async function commitFile(octokit, graphqlUrl, repo, args) {
    const answer = await octokit.graphql({
        query: CREATE_COMMIT,
        url: graphqlUrl,
        input: {
            branch: { repositoryNameWithOwner: `${repo.owner}/${repo.repo}`, branchName: args.branch },
            expectedHeadOid: args.expectedHeadOid,
            message: {
                headline: fitLine(args.headline, COMMIT_HEADLINE_LIMIT),
                ...(args.body ? { body: args.body } : {})
            },
            fileChanges: {
                additions: [
                    { path: args.path, contents: Buffer.from(args.text, 'utf8').toString('base64') }
                ]
            }
        }
    });
    const made = isObject(answer) ? answer.createCommitOnBranch : undefined;
    const commit = isObject(made) ? made.commit : undefined;
    if (!isObject(commit) || typeof commit.oid !== 'string' || !util_refs/* OID */.Vx.test(commit.oid)) {
        throw new ApiError(`The API answered the commit to ${args.branch} without the new commit (${preview(answer)}), ` +
            `so whether it was made is unknown. Re-run the workflow: a re-run changes nothing when the file is already right.`);
    }
    return { oid: commit.oid, url: typeof commit.url === 'string' ? commit.url : '' };
}
/** The tag of the repository's latest (published, non-prerelease) release; undefined when none. */
async function latestReleaseTag(octokit, repo) {
    try {
        return (await octokit.rest.repos.getLatestRelease({ ...repo })).data.tag_name;
    }
    catch (e) {
        if (e.status === 404)
            return undefined;
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/github/commit.ts


/** Sorts a failed createCommitOnBranch into what the loop must do about it. */
function classifyCommitError(e) {
    const errors = graphqlErrors(e) ?? [];
    const status = e?.status;
    if (/rate limit/i.test(String(e?.message ?? '')))
        return 'other';
    const text = [
        e?.message ?? '',
        ...errors.map((x) => `${x.type ?? ''} ${x.message}`)
    ].join('\n');
    if (errors.some((x) => x.type === 'STALE_DATA'))
        return 'stale';
    if (errors.some((x) => x.type === 'BRANCH_PROTECTION_RULE_VIOLATION'))
        return 'protected';
    if (/protected branch|branch protection|repository rule violations|rule violation|must be made through a pull request|required status check|push declined/i.test(text)) {
        return 'protected';
    }
    if (errors.some((x) => x.type === 'FORBIDDEN') ||
        status === 403 ||
        /resource not accessible/i.test(text)) {
        return 'forbidden';
    }
    return 'other';
}
class StaleHeadError extends errors/* KnownError */.E {
    name = 'StaleHeadError';
    get id() {
        return 'stale-head';
    }
}
/**
 * Backoff before attempt n+1, "full jitter": a random time up to 500 ms, 1 s, 2 s, ... capped at
 * 8 s. Spreading the retries of runs that collided is what lets many of them all get through.
 */
function backoffMs(attempt, random) {
    return Math.round(random * Math.min(8000, 500 * 2 ** (attempt - 1)));
}
/**
 * The trailer that marks this run's commit: the run, its attempt and a nonce, so that no other
 * run (and no re-run) takes a commit for its own.
 */
function runTrailer(runId, runAttempt, nonce) {
    return `Vro-Image-Version-Run: ${runId || 'local'}.${runAttempt || '1'}.${nonce}`;
}
/** True when a commit message carries the trailer on a line of its own. */
function carriesTrailer(message, trailer) {
    return (message ?? '').split('\n').some((line) => line.trim() === trailer);
}
/**
 * Runs the loop. `apply` turns the text at the head into the new text; it is called again on each
 * attempt, with the text someone else may have changed. Nothing is written when the text is
 * unchanged or in a dry run. After a refused write, a head that carries `trailer` is our own
 * commit (applied although its answer was lost, e.g. a 502 after GitHub committed): it is
 * reported as committed, with its sha.
 */
async function commitLoop(deps, apply, opts) {
    let written;
    for (let attempt = 1;; attempt++) {
        const { headOid, text, headMessage, headUrl } = await deps.read();
        if (written && opts.trailer && carriesTrailer(headMessage, opts.trailer)) {
            const commit = { oid: headOid, url: headUrl ?? '' };
            return { status: 'committed', commit, attempts: attempt - 1, ...written };
        }
        const plan = await apply(text, headOid);
        if (!plan.changed)
            return { status: 'unchanged', attempts: attempt, plan, headOid };
        if (opts.dryRun)
            return { status: 'dry-run', attempts: attempt, plan, headOid };
        written = { plan, headOid };
        try {
            const commit = await deps.write(headOid, plan);
            return { status: 'committed', commit, attempts: attempt, plan, headOid };
        }
        catch (e) {
            if (classifyCommitError(e) !== 'stale')
                throw e;
            if (attempt >= opts.maxAttempts) {
                throw new StaleHeadError(`Branch ${opts.branch} moved during each of ${attempt} attempts (someone else kept committing); ` +
                    `nothing was committed. Re-run the workflow.`);
            }
            await deps.sleep(backoffMs(attempt, deps.random()));
        }
    }
}

;// CONCATENATED MODULE: ./src/github/pull-request.ts
/**
 * The way around a protected branch (on-protected: pull-request): a branch of the run's own and
 * a pull request from it, both idempotent so that a re-run of the same workflow run finds them.
 */


/** Creates a branch at a commit (REST). */
async function createBranch(octokit, repo, branch, sha) {
    await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
}
/**
 * Opens a pull request, or returns the open one for the same head (a re-run). The body is cut to
 * GitHub's limit, with a closing line naming the run (`runUrl`) whose job summary has it all.
 */
async function openPullRequest(octokit, repo, { runUrl, ...args }) {
    try {
        const open = await octokit.rest.pulls.list({
            ...repo,
            head: `${repo.owner}:${args.head}`,
            base: args.base,
            state: 'open'
        });
        const existing = open.data[0];
        if (existing)
            return existing.html_url;
        const pr = await octokit.rest.pulls.create({
            ...repo,
            ...args,
            title: fitLine(args.title, PULL_TITLE_LIMIT),
            body: fitForGitHub(args.body, GITHUB_BODY_LIMIT, summaryPointer(runUrl))
        });
        return pr.data.html_url;
    }
    catch (e) {
        throw new ApiError(`The commit is on branch ${args.head}, but the pull request could not be opened: ${e.message}. ` +
            `Give the job permissions: pull-requests: write, and allow GitHub Actions to create pull requests ` +
            `(Settings > Actions > General), or open it by hand.`);
    }
}
/** Creates a branch, or leaves the one a re-run of the same workflow run finds. */
async function createBranchIfMissing(octokit, repo, branch, sha) {
    try {
        await createBranch(octokit, repo, branch, sha);
    }
    catch (e) {
        // A re-run of the same workflow run finds its branch; the commit loop then builds on it.
        if (e.status !== 422)
            throw e;
    }
}

// EXTERNAL MODULE: ./src/git/process.ts
var git_process = __webpack_require__(5189);
;// CONCATENATED MODULE: ./src/git/fetch.ts
/**
 * `git fetch` from the remote, bounded in time, and what its failures mean: git's complaint,
 * refs the remote lacks, a refused blob filter.
 */

/**
 * `git fetch --no-tags` of the given refspecs; resolves with the result, failed or not, except
 * that a fetch killed at the network bound throws (retrying it would only wait again).
 */
function fetch(git, refspecs, opts) {
    for (const r of [opts.remote, ...refspecs]) {
        if (r.startsWith('-'))
            throw new git_process/* GitError */.XS(`Refusing to pass ${r} to git fetch`, refspecs);
    }
    git.fetches++;
    return fetchBounded(git, refspecs, opts);
}
async function fetchBounded(git, refspecs, opts) {
    const result = await git.run([
        'fetch',
        '--no-tags',
        '--no-write-fetch-head',
        '--no-recurse-submodules',
        ...(opts.depth ? ['--depth=1'] : []),
        ...(opts.filter ? ['--filter=blob:none'] : opts.noFilter ? ['--no-filter'] : []),
        opts.remote,
        ...refspecs
    ], undefined, git.networkTimeoutMs);
    if (result.timedOut) {
        throw new git_process/* GitError */.XS(`${(0,git_process/* lastLine */.fM)(result.stderr)} (${opts.remote})`, refspecs, result);
    }
    return result;
}
/**
 * One fetch of `refspecs` with the blob filter as `filter` says; when the remote refuses the
 * filter, `filter` records it, `onRefused` is called and the same fetch is retried at once
 * without it. Resolves with the last fetch's result, failed or not.
 */
async function fetchRetryingFilter(git, refspecs, opts, filter, onRefused) {
    const result = await git.fetch(refspecs, {
        ...opts,
        filter: filter.use,
        noFilter: filter.refused
    });
    if (!filter.use || result.code === 0 || classifyFetchFailure(result.stderr) !== 'filter') {
        return result;
    }
    filter.use = false;
    filter.refused = true;
    onRefused?.();
    return git.fetch(refspecs, { ...opts, filter: false, noFilter: true });
}
/**
 * What a failed fetch or ls-remote complains about: the HTTP status line when there is one
 * (`The requested URL returned error: 403`, which git often follows with a vaguer last line such
 * as `the remote end hung up unexpectedly`), else git's first `fatal:` or `error:` line (what
 * follows it is advice, such as `Please make sure you have the correct access rights` / `and the
 * repository exists.`), else the last line.
 */
function fetchComplaint(stderr) {
    const lines = stderr.split(/\r?\n/).map((l) => l.trim());
    return (lines.find((l) => /returned error: \d{3}|\bHTTP \d{3}\b/.test(l)) ??
        lines.find((l) => /^(fatal|error):/.test(l)) ??
        (0,git_process/* lastLine */.fM)(stderr));
}
/**
 * Why a fetch failed, from git's stderr in the C locale. A refused filter is a complaint line
 * naming the filter; git's `warning: filtering not recognized by server, ignoring` is not one (a
 * server that ignores filters sends everything, and the fetch failed for another reason).
 */
function classifyFetchFailure(stderr) {
    if (/couldn't find remote ref/i.test(stderr))
        return 'missing-ref';
    const refusesFilter = (line) => !/^\s*warning:/i.test(line) &&
        /filter/i.test(line) &&
        /(not (supported|recognized|allowed)|unsupported|invalid|disabled)/i.test(line);
    if (stderr.split(/\r?\n/).some(refusesFilter))
        return 'filter';
    if (/does not appear to be a git repository|no such remote/i.test(stderr))
        return 'no-remote';
    return 'other';
}
/** The refs a failed fetch says the remote does not have. */
function missingRemoteRefs(stderr) {
    return [...stderr.matchAll(/couldn't find remote ref (\S+)/gi)].map((m) => m[1]);
}

;// CONCATENATED MODULE: ./src/git/cat-file.ts
/**
 * Objects read with `git cat-file`: revisions looked up (`--batch-check`) and blob texts read
 * (`--batch`, parsed as it streams in, with a bound on each blob's size), the build files of
 * change detection among them.
 */

/**
 * The most bytes of one build file that detection reads (Dockerfiles, Gradle scripts, compose
 * files...). A larger one is not read: its provider reports it as unresolved, and the image's
 * inputs are widened with a warning.
 */
const BUILD_FILE_MAX_BYTES = 4 * 1024 * 1024;
/**
 * Looks up revisions (`refs/tags/v1.2.3^{commit}`, `<oid>:<path>`) with one `git cat-file
 * --batch-check`. Missing ones, and ones that cannot be written on one line, are undefined.
 */
async function lookup(git, specs) {
    const asked = specs.filter((s) => !/[\n\r]/.test(s));
    if (asked.length === 0)
        return specs.map(() => undefined);
    const out = await git.output(['cat-file', '--batch-check=%(objectname) %(objecttype)'], asked.map((s) => `${s}\n`).join(''));
    const infos = parseBatchCheck(out.toString('utf8'), asked.length);
    const bySpec = new Map(asked.map((s, i) => [s, infos[i]]));
    return specs.map((s) => bySpec.get(s));
}
/**
 * The texts of blobs by id, with one `git cat-file --batch` parsed as it streams in; ids that
 * are not blobs are left out, and so are blobs over `maxBytes` (their bytes are skipped as
 * they arrive, never held: a build file of a hostile branch cannot fill the memory).
 */
async function readBlobs(git, oids, maxBytes = BUILD_FILE_MAX_BYTES) {
    for (const oid of oids)
        (0,git_process/* checkOid */.$N)(oid);
    return catFiles(git, oids, (o) => o, maxBytes);
}
/**
 * The texts of files of a commit's tree by path (`<commit>:<path>` in one `cat-file --batch`):
 * for the few files whose blob ids the listing did not keep (targets of symbolic links).
 * Paths that cannot be written on one line are left out, as are paths that are not blobs.
 */
async function readFilesAt(git, commit, paths) {
    (0,git_process/* checkOid */.$N)(commit);
    const asked = paths.filter((p) => p !== '' && !/[\n\r]/.test(p));
    return catFiles(git, asked, (p) => `${commit}:${p}`, BUILD_FILE_MAX_BYTES);
}
/**
 * The texts of files at several commits (`<commit>:<path>`, in one `cat-file --batch`), keyed
 * `<commit>:<path>`: shared build files at the tags they changed since.
 */
async function readFilesAtCommits(git, wanted) {
    for (const w of wanted)
        (0,git_process/* checkOid */.$N)(w.commit);
    const keys = wanted
        .filter((w) => w.path !== '' && !/[\n\r]/.test(w.path))
        .map((w) => `${w.commit}:${w.path}`);
    return catFiles(git, keys, (k) => k, BUILD_FILE_MAX_BYTES);
}
/** One `cat-file --batch` for `keys` (each asked as `spec(key)`): key -> text of each blob. */
async function catFiles(git, keys, spec, maxBytes) {
    const texts = new Map();
    if (keys.length === 0)
        return texts;
    const parser = new BatchParser(keys.length, maxBytes);
    const args = ['cat-file', '--batch'];
    const input = keys.map((k) => `${spec(k)}\n`).join('');
    git.succeeded(args, await git.run(args, input, undefined, (c) => parser.write(c)));
    parser.end().forEach((blob, i) => {
        if (blob)
            texts.set(keys[i], blob.toString('utf8'));
    });
    return texts;
}
/** Parses `cat-file --batch-check='%(objectname) %(objecttype)'`: one entry per input line. */
function parseBatchCheck(text, count) {
    const lines = text.split('\n');
    const out = [];
    for (let i = 0; i < count; i++) {
        const m = /^([0-9a-f]{40}|[0-9a-f]{64}) (commit|tree|blob|tag)$/.exec(lines[i] ?? '');
        out.push(m ? { oid: m[1], type: m[2] } : undefined);
    }
    return out;
}
/**
 * Parses `cat-file --batch` output as it arrives in chunks: for each asked object, its content
 * when it is a blob of at most `maxBytes`, else undefined (`<spec> missing`, trees, commits,
 * larger blobs, whose bytes are skipped rather than kept). Sizes come from the headers, so
 * contents may hold any byte.
 */
class BatchParser {
    count;
    maxBytes;
    out = [];
    header = [];
    /** Bytes of the current object still to come (its LF included); 0 between objects. */
    left = 0;
    keep;
    constructor(count, maxBytes) {
        this.count = count;
        this.maxBytes = maxBytes;
    }
    write(chunk) {
        let at = 0;
        while (at < chunk.length && this.out.length < this.count) {
            if (this.left > 0) {
                const take = Math.min(this.left, chunk.length - at);
                this.keep?.push(chunk.subarray(at, at + take));
                this.left -= take;
                at += take;
                if (this.left === 0)
                    this.finish();
                continue;
            }
            const eol = chunk.indexOf(0x0a, at);
            if (eol < 0) {
                this.header.push(chunk.subarray(at));
                return;
            }
            this.header.push(chunk.subarray(at, eol));
            at = eol + 1;
            const text = Buffer.concat(this.header).toString('utf8');
            this.header = [];
            const m = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(text);
            if (!m) {
                this.out.push(undefined);
                continue;
            }
            const size = Number(m[2]);
            this.keep = m[1] === 'blob' && size <= this.maxBytes ? [] : undefined;
            this.left = size + 1;
            if (this.keep === undefined)
                this.out.push(undefined);
        }
    }
    /** One object's bytes are in: its content without the closing LF. */
    finish() {
        if (this.keep === undefined)
            return;
        const all = Buffer.concat(this.keep);
        this.out.push(all.subarray(0, all.length - 1));
        this.keep = undefined;
    }
    end() {
        const out = [...this.out];
        while (out.length < this.count)
            out.push(undefined);
        return out;
    }
}

;// CONCATENATED MODULE: ./src/git/diff.ts
/**
 * The paths that differ between two commits or trees: two-dot `git diff`, no merge base, no
 * rename detection (a rename is a deletion plus an addition), limited to pathspecs when given.
 */

/**
 * The paths that differ between two commits or trees: two-dot, no merge base, no rename
 * detection, so a rename is a deletion plus an addition (one `git diff --name-only`).
 * With `pathspecs`, only the paths they match (git pathspecs with their magic, e.g.
 * `:(top,literal)app`); the caller keeps them within ARG_MAX.
 */
async function diffNames(git, from, to, pathspecs) {
    return diff(git, '--name-only', from, to, pathspecs);
}
/**
 * Like `diffNames` (`--name-status`): the paths that differ, and those of them that were in
 * `from` already (modified, deleted or of another type; not added), so that a caller knows
 * that a folder holding one of them was in `from` without asking git again.
 */
async function diffPaths(git, from, to, pathspecs) {
    return parseNameStatus(await diff(git, '--name-status', from, to, pathspecs));
}
/** One two-dot `git diff` without rename detection, limited to `pathspecs` when given. */
async function diff(git, form, from, to, pathspecs) {
    (0,git_process/* checkOid */.$N)(from);
    (0,git_process/* checkOid */.$N)(to);
    const limit = pathspecs === undefined ? [] : ['--', ...pathspecs];
    const args = ['diff', form, '--no-renames', '--no-relative', '-z', from, to, ...limit];
    return splitNul(await git.output(args));
}
/** Splits NUL-terminated git output (`-z`) into its entries; paths may hold any byte but NUL. */
function splitNul(data) {
    const text = typeof data === 'string' ? data : data.toString('utf8');
    const parts = text.split('\0');
    if (parts[parts.length - 1] === '')
        parts.pop();
    return parts;
}
/** Parses `git diff --name-status -z --no-renames` fields (status, path, status, path, ...). */
function parseNameStatus(fields) {
    const paths = [];
    const before = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
        const path = fields[i + 1];
        paths.push(path);
        if (fields[i] !== 'A')
            before.push(path);
    }
    return { paths, before };
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/git/ls-tree.ts
/**
 * A commit's tree listed with `git ls-tree -r`, parsed as it streams in: every path, and the blob
 * ids of the files a caller wants to read (`readBlobs` in cat-file.ts).
 */


/**
 * Every file of a commit's tree (one `git ls-tree -r`), repository-relative, and the blob ids
 * of the files that `want` accepts, so that their texts can be read by id (`readBlobs`): git
 * then need not walk the tree again for each path.
 */
async function listFilesAndBlobs(git, commit, want) {
    (0,git_process/* checkOid */.$N)(commit);
    // Parsed as it streams in: the listing of a large tree is megabytes, and git writes it
    // about as fast as it is parsed.
    const listing = new LsTreeParser(want);
    const args = ['ls-tree', '-r', '--full-tree', '-z', commit];
    git.succeeded(args, await git.run(args, undefined, undefined, (c) => listing.write(c)));
    return listing.end();
}
/**
 * Parses `git ls-tree -r -z` output (`<mode> SP <type> SP <oid> TAB <path>` entries, NUL-ended)
 * as it arrives in chunks: every path, path -> blob id for the regular files that `want`
 * accepts, and every symbolic link (mode 120000) with its blob id.
 * A chunk may end inside an entry or inside a UTF-8 sequence; both are carried over.
 */
class LsTreeParser {
    want;
    files = [];
    blobs = new Map();
    links = new Map();
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    rest = '';
    constructor(want) {
        this.want = want;
    }
    write(chunk) {
        const text = this.rest + this.decoder.write(chunk);
        const last = text.lastIndexOf('\0');
        if (last < 0) {
            this.rest = text;
            return;
        }
        this.rest = text.slice(last + 1);
        this.entries(text, last);
    }
    end() {
        const text = this.rest + this.decoder.end();
        this.rest = '';
        if (text !== '')
            this.entries(`${text}\0`, text.length);
        return { files: this.files, blobs: this.blobs, links: this.links };
    }
    /** The entries of text[0, end), end being the index of a NUL. */
    entries(text, end) {
        for (let at = 0; at <= end;) {
            const nul = text.indexOf('\0', at);
            const tab = text.indexOf('\t', at);
            if (tab >= 0 && tab < nul) {
                const path = text.slice(tab + 1, nul);
                this.files.push(path);
                // Symbolic links are rare: their mode is the one start that needs a look.
                if (text.startsWith('120000 ', at)) {
                    const head = text.slice(at, tab).split(' ');
                    if (head[2] !== undefined)
                        this.links.set(path, head[2]);
                }
                else if (this.want(path)) {
                    const head = text.slice(at, tab).split(' ');
                    if (head[1] === 'blob' && head[2] !== undefined)
                        this.blobs.set(path, head[2]);
                }
            }
            at = nul + 1;
        }
    }
}

;// CONCATENATED MODULE: ./src/git/git.ts
/**
 * The `Git` facade: one object per working tree that callers hold, counting the processes and
 * fetches it starts. The work is in the files beside it: the process runner (`process.ts`),
 * fetches (`fetch.ts`), object reads (`cat-file.ts`), the tree listing (`ls-tree.ts`) and diffs
 * (`diff.ts`); the remote outside change detection is `remote.ts`. Parsing of git's output lives
 * in pure functions there, tested on strings.
 */





/** Runs git in one working tree and counts the processes and fetches it starts. */
class Git extends git_process/* GitProcesses */.qY {
    /**
     * Looks up revisions (`refs/tags/v1.2.3^{commit}`, `<oid>:<path>`) with one `git cat-file
     * --batch-check`. Missing ones, and ones that cannot be written on one line, are undefined.
     */
    lookup(specs) {
        return lookup(this, specs);
    }
    /** True in a shallow repository (a depth-limited checkout). */
    async isShallow() {
        const out = await this.output(['rev-parse', '--is-shallow-repository']);
        return out.toString('utf8').trim() === 'true';
    }
    /**
     * `git fetch --no-tags` of the given refspecs; resolves with the result, failed or not, except
     * that a fetch killed at the network bound throws (retrying it would only wait again).
     */
    fetch(refspecs, opts) {
        return fetch(this, refspecs, opts);
    }
    /** The paths that differ, and those of them that were in `from` already (see diff.ts). */
    diffPaths(from, to, pathspecs) {
        return diffPaths(this, from, to, pathspecs);
    }
    /** The paths that differ between two commits or trees (see diff.ts). */
    diffNames(from, to, pathspecs) {
        return diffNames(this, from, to, pathspecs);
    }
    /** Every file of a commit's tree, and the blob ids of those that `want` accepts (ls-tree.ts). */
    listFilesAndBlobs(commit, want) {
        return listFilesAndBlobs(this, commit, want);
    }
    /** The texts of blobs by id, those over `maxBytes` left out (see cat-file.ts). */
    readBlobs(oids, maxBytes) {
        return readBlobs(this, oids, maxBytes);
    }
    /** The texts of files of a commit's tree by path (see cat-file.ts). */
    readFilesAt(commit, paths) {
        return readFilesAt(this, commit, paths);
    }
    /** See cat-file.ts `readFilesAtCommits`. */
    readFilesAtCommits(wanted) {
        return readFilesAtCommits(this, wanted);
    }
}
/**
 * The root of the git working tree that holds `cwd` (`git rev-parse --show-toplevel`), or
 * undefined when `cwd` is in none.
 */
async function workTreeRoot(cwd) {
    const out = await new GitProcesses(cwd).run(['rev-parse', '--show-toplevel']);
    const root = out.stdout.toString('utf8').replace(/\n$/, '');
    return out.code === 0 && root !== '' ? root : undefined;
}

;// CONCATENATED MODULE: ./src/git/remote.ts
/**
 * Reaching the remote outside change detection: the head commit a run measures against, the
 * release guard's and the CLI's tag lists, whether a remote is configured.
 */





/** Reaching the remote outside change detection: the release guard and tag checks. */
class RemoteError extends errors/* KnownError */.E {
    name = 'RemoteError';
    get id() {
        return 'remote';
    }
}
/**
 * Makes the commit `oid` of the branch available locally and returns it: the head a run read for
 * its compare-and-swap is the one its decisions are measured against. When the checkout lacks
 * it, the branch is fetched (at depth 1 only in a shallow checkout, so a full clone stays full),
 * and when the branch has moved on since, the commit itself.
 */
async function ensureBranchCommit(cwd, branch, oid) {
    (0,git_process/* checkOid */.$N)(oid);
    const git = new Git(cwd);
    const has = async () => (await git.lookup([`${oid}^{commit}`]))[0] !== undefined;
    if (await has())
        return oid;
    if (!(0,util_refs/* isBranchName */.Q8)(branch)) {
        throw new RemoteError(`Invalid branch name ${JSON.stringify(branch)}`);
    }
    const depth = await git.isShallow();
    let stderr = '';
    // Once the remote refuses the blob filter, the fetch by sha goes without it at once.
    const filter = { use: true, refused: false };
    for (const refspec of [`+refs/heads/${branch}:${(0,util_refs/* privateBranchRef */.B)(branch)}`, oid]) {
        ;
        ({ stderr } = await fetchRetryingFilter(git, [refspec], { remote: 'origin', depth }, filter));
        if (await has())
            return oid;
    }
    throw new RemoteError(`Could not fetch ${oid}, the head of ${branch}, from origin (${fetchComplaint(stderr) || 'not found'}). ` +
        `Check out the repository with actions/checkout (persist-credentials: true, the default).`);
}
/** The tags on the remote (names without refs/tags/). */
async function remoteTags(cwd, timeoutMs = git_process/* GIT_NETWORK_TIMEOUT_MS */.xH, remote = 'origin') {
    const result = await new git_process/* GitProcesses */.qY(cwd).run(['ls-remote', '--tags', '--refs', remote], undefined, timeoutMs);
    if (result.code !== 0) {
        throw new RemoteError(`Could not list the tags of ${remote} (${fetchComplaint(result.stderr)}). ` +
            `Run actions/checkout first, with persist-credentials: true (the default).`);
    }
    return result.stdout
        .toString('utf8')
        .split('\n')
        .map((line) => line.split('\t')[1] ?? '')
        .filter((ref) => ref.startsWith('refs/tags/'))
        .map((ref) => ref.slice('refs/tags/'.length));
}
/**
 * True when the checkout has a remote of that name: `remote.<name>.url` is configured. (A remote
 * whose URL leads nowhere is still a remote: fetching from it fails, it is not missing.)
 */
async function hasRemote(cwd, name) {
    const out = await new git_process/* GitProcesses */.qY(cwd).run(['config', '--get', `remote.${name}.url`]);
    return out.code === 0 && out.stdout.toString('utf8').trim() !== '';
}
/** The tags of the checkout, and of origin when it can be reached (the CLI works offline too). */
async function knownTags(cwd, remoteName = 'origin') {
    const local = (await new GitProcesses(cwd).output(['tag', '--list'])).toString('utf8').split('\n');
    const remote = await remoteTags(cwd, GIT_NETWORK_TIMEOUT_MS, remoteName).catch(() => []);
    return [...new Set([...local.filter((t) => t !== ''), ...remote])];
}

;// CONCATENATED MODULE: ./src/files/bash-scan.ts
/**
 * How bash reads one line of a script, as far as the versions file needs it: blanks, one shell
 * word with its quotes removed (and whether bash would expand it), command substitutions, and the
 * quote state a line leaves open for the next (a string, a backslash continuation, a
 * here-document). Hand-written scanners, no backtracking regular expressions: linear in the line.
 */
// Bash splits words on spaces and tabs only; a stray \r or \v is part of the word.
const isSpace = (ch) => ch === ' ' || ch === '\t';
// Characters that end an unquoted shell word.
const isMeta = (ch) => isSpace(ch) || ';&|<>()`'.includes(ch);
/**
 * Reads one shell word of `s` from `i`, removing its quotes, up to an unquoted blank or
 * metacharacter (or a character of `stop`). Undefined when a quote is left open or the line ends
 * in a backslash. `literal` is false when bash would expand anything. Uses the same quote rules
 * as `scanLine`, so a line read as a complete assignment also leaves no quote open.
 */
function readWord(s, i, stop = '') {
    const parts = [];
    let literal = true;
    while (i < s.length) {
        const ch = s[i];
        if (ch === "'") {
            const end = s.indexOf("'", i + 1);
            if (end < 0)
                return undefined;
            parts.push(s.slice(i + 1, end));
            i = end + 1;
        }
        else if (ch === '$' && s[i + 1] === "'") {
            // $'...': ANSI-C quoting, where a backslash escapes the next character.
            literal = false;
            i += 2;
            const start = i;
            while (i < s.length && s[i] !== "'")
                i += s[i] === '\\' ? 2 : 1;
            if (i >= s.length)
                return undefined;
            parts.push(s.slice(start, i));
            i++;
        }
        else if (ch === '"') {
            i++;
            let start = i;
            while (i < s.length && s[i] !== '"') {
                const c = s[i];
                if (c === '\\' && i + 1 < s.length) {
                    // Inside double quotes a backslash only escapes $ ` " \; elsewhere it stays.
                    if ('$`"\\'.includes(s[i + 1])) {
                        parts.push(s.slice(start, i));
                        start = i + 1;
                    }
                    i += 2;
                    continue;
                }
                if (c === '$' || c === '`')
                    literal = false;
                i++;
            }
            if (i >= s.length)
                return undefined;
            parts.push(s.slice(start, i));
            i++;
        }
        else if (ch === '\\') {
            if (i + 1 >= s.length)
                return undefined;
            parts.push(s[i + 1]);
            i += 2;
        }
        else if (ch === '`' || (ch === '$' && s[i + 1] === '(')) {
            const end = skipSubstitution(s, i);
            if (end < 0)
                return undefined;
            literal = false;
            parts.push(s.slice(i, end));
            i = end;
        }
        else if (isMeta(ch) || stop.includes(ch)) {
            break;
        }
        else {
            const start = i;
            while (i < s.length) {
                const c = s[i];
                if (c === "'" || c === '"' || c === '\\' || isMeta(c) || stop.includes(c))
                    break;
                if (c === '$') {
                    if (s[i + 1] === "'" || s[i + 1] === '(')
                        break;
                    literal = false;
                }
                else if (c === '~' || c === '*' || c === '?' || c === '[')
                    literal = false;
                i++;
            }
            parts.push(s.slice(start, i));
        }
    }
    return { end: i, value: parts.join(''), literal };
}
/**
 * The index just past a `$(...)` or a backquoted command starting at `i`, or -1 when it does not
 * end on this line. Quotes inside are skipped by the same rules as everywhere else, so the quote
 * state after it agrees with `scanLine`.
 */
function skipSubstitution(s, i) {
    const backquote = s[i] === '`';
    let depth = 1;
    i += backquote ? 1 : 2;
    while (i < s.length) {
        const c = s[i];
        if (c === '\\')
            i += 2;
        else if (c === "'") {
            const end = s.indexOf("'", i + 1);
            if (end < 0)
                return -1;
            i = end + 1;
        }
        else if (c === '"') {
            i++;
            while (i < s.length && s[i] !== '"')
                i += s[i] === '\\' ? 2 : 1;
            if (i >= s.length)
                return -1;
            i++;
        }
        else if (backquote && c === '`')
            return i + 1;
        else if (!backquote && c === '(') {
            depth++;
            i++;
        }
        else if (!backquote && c === ')') {
            if (--depth === 0)
                return i + 1;
            i++;
        }
        else
            i++;
    }
    return -1;
}
/** Skips blanks from `i`. */
function skipBlanks(s, i) {
    while (isSpace(s[i]))
        i++;
    return i;
}
const START = { quote: 'none', heredocs: [] };
/** Reads the delimiter word of `<<word` at `i` (quotes removed). */
function heredocDelimiter(s, i) {
    const word = readWord(s, skipBlanks(s, i));
    return word && word.end > skipBlanks(s, i) ? { delimiter: word.value, end: word.end } : undefined;
}
/**
 * Advances bash's quote state over one line. Returns the state at the end of the line: quote
 * 'none' when the line is complete, otherwise the construct that continues onto the next line.
 */
function scanLine(text, start) {
    const [open, ...more] = start.heredocs;
    if (start.quote === 'heredoc' && open) {
        const line = open.tabs ? text.replace(/^\t+/, '') : text;
        if (line !== open.delimiter)
            return start;
        return more.length > 0 ? { quote: 'heredoc', heredocs: more } : START;
    }
    let quote = start.quote === 'backslash' ? 'none' : start.quote;
    const heredocs = [...start.heredocs];
    let arithmetic = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote === 'single') {
            if (ch === "'")
                quote = 'none';
        }
        else if (quote === 'ansi') {
            if (ch === '\\')
                i++;
            else if (ch === "'")
                quote = 'none';
        }
        else if (quote === 'double') {
            if (ch === '\\')
                i++;
            else if (ch === '"')
                quote = 'none';
        }
        else {
            if (ch === '\\') {
                if (i === text.length - 1)
                    return { quote: 'backslash', heredocs };
                i++;
            }
            else if (ch === "'")
                quote = 'single';
            else if (ch === '$' && text[i + 1] === "'") {
                quote = 'ansi';
                i++;
            }
            else if (ch === '"')
                quote = 'double';
            else if (ch === '#' && (i === 0 || /[ \t;&|()<>]/.test(text[i - 1])))
                break;
            else if (ch === '(' && text[i + 1] === '(')
                arithmetic = true;
            else if (ch === '<' && text[i + 1] === '<' && text[i + 2] !== '<' && !arithmetic) {
                const tabs = text[i + 2] === '-';
                const d = heredocDelimiter(text, i + (tabs ? 3 : 2));
                if (d) {
                    heredocs.push({ delimiter: d.delimiter, tabs });
                    i = d.end - 1;
                }
            }
            else if (ch === '<' && text[i + 1] === '<')
                i += 2;
        }
    }
    if (quote === 'none' && heredocs.length > 0)
        return { quote: 'heredoc', heredocs };
    return { quote, heredocs };
}

;// CONCATENATED MODULE: ./src/files/versions-lines.ts
/**
 * What one line of `image_versions.src` is: an auto pin (`x_VER=v` alone on its line), a manual
 * pin (`export x_VER=v`, `: ${x_VER:=v}`, `x_VER=v; cmd`...), a history comment, another
 * comment, or anything else. Only the line's own text is read; whether it is inside a string that
 * an earlier line opened is the quote tracker's business (bash-scan.ts).
 */

// `<prefix>_VER=` at a given position (sticky): a plain identifier loop, no nested quantifiers.
const NAME_AT = /([A-Za-z_][A-Za-z0-9_]*)_VER=/y;
const HISTORY = /^#\s*([A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d [A-Z]+ \d{4}) -- (\S+)\s*$/;
const MAX_HISTORY_LINE = 512;
const LOOKS_LIKE_PIN = /^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*_VER=/;
const MANUAL_KEYWORDS = new Set(['export', 'declare', 'typeset', 'readonly', 'local']);
/** Reads `<prefix>_VER=` at `i`: the prefix and the index after `=`. */
function nameAt(s, i) {
    NAME_AT.lastIndex = i;
    const m = NAME_AT.exec(s);
    return m ? { prefix: m[1], end: NAME_AT.lastIndex } : undefined;
}
/** True when only blanks, or blanks and then a comment, follow `i`. */
function onlyTrailer(s, i) {
    const j = skipBlanks(s, i);
    return j === s.length || (j > i && s[j] === '#');
}
/** `<prefix>_VER=<word>` at `i`, alone on the line but for a trailing comment. */
function assignmentAt(s, i) {
    const name = nameAt(s, i);
    if (!name)
        return undefined;
    const word = readWord(s, name.end);
    if (!word || !onlyTrailer(s, word.end))
        return undefined;
    return { prefix: name.prefix, value: word.value, literal: word.literal };
}
/** The manual forms: `export|declare|typeset|readonly|local [-flags] x_VER=...` and `: ${x_VER:=...}`. */
function manualAt(s, start) {
    let i = skipBlanks(s, start);
    if (s[i] === ':' && isSpace(s[i + 1])) {
        i = skipBlanks(s, i + 1);
        if (s[i] === '"')
            i++;
        if (s[i] !== '$' || s[i + 1] !== '{')
            return undefined;
        const name = /([A-Za-z_][A-Za-z0-9_]*)_VER:?=/y;
        name.lastIndex = i + 2;
        const m = name.exec(s);
        if (!m)
            return undefined;
        const word = readWord(s, name.lastIndex, '}');
        if (!word || s[word.end] !== '}')
            return undefined;
        return { prefix: m[1], value: word.value, literal: word.literal };
    }
    let k = i;
    while (k < s.length && k - i < 9 && /[a-z]/.test(s[k]))
        k++;
    if (!MANUAL_KEYWORDS.has(s.slice(i, k)) || !isSpace(s[k]))
        return undefined;
    i = skipBlanks(s, k);
    while (s[i] === '-') {
        let j = i + 1;
        while (j < s.length && /[A-Za-z]/.test(s[j]))
            j++;
        if (j === i + 1 || !isSpace(s[j]))
            return undefined;
        i = skipBlanks(s, j);
    }
    const name = nameAt(s, i);
    if (!name)
        return undefined;
    const word = readWord(s, name.end);
    if (!word)
        return undefined;
    return { prefix: name.prefix, value: word.value, literal: word.literal };
}
const ASSIGNMENT_AT = /[A-Za-z_][A-Za-z0-9_]*=/y;
/**
 * `x_VER=v; cmd`, `x_VER=v && cmd`, `x_VER=v y=w`: an assignment that bash keeps although it is
 * not alone on its line (a manual pin). Followed by a command word, a pipe or `&`, the assignment
 * only lives in a command's environment or a subshell, and is no pin at all.
 */
function activeAssignmentAt(s, i) {
    const name = nameAt(s, i);
    if (!name)
        return undefined;
    const word = readWord(s, name.end);
    if (!word)
        return undefined;
    let j = word.end;
    for (;;) {
        j = skipBlanks(s, j);
        const c = s[j];
        const kept = j >= s.length ||
            c === '#' ||
            c === '<' ||
            c === '>' ||
            (c === ';' && s[j + 1] !== ';') ||
            s.startsWith('&&', j) ||
            s.startsWith('||', j);
        if (kept)
            return { prefix: name.prefix, value: word.value, literal: word.literal };
        ASSIGNMENT_AT.lastIndex = j;
        if (!ASSIGNMENT_AT.exec(s))
            return undefined;
        const next = readWord(s, ASSIGNMENT_AT.lastIndex);
        if (!next)
            return undefined;
        j = next.end;
    }
}
/** The kind of a line (with its pin or history version), from its own text alone. */
function classify(content) {
    const first = skipBlanks(content, 0);
    if (content[first] === '#') {
        // A history comment is short; a long line is never one, and never reaches the regex, whose
        // backtracking over megabytes can overflow the stack.
        const h = content.length <= MAX_HISTORY_LINE ? HISTORY.exec(content) : null;
        return h ? { kind: 'history', historyVersion: h[2] } : { kind: 'comment' };
    }
    const auto = first === 0 ? assignmentAt(content, 0) : undefined;
    if (auto)
        return { kind: 'auto', ...auto };
    const manual = manualAt(content, 0) ??
        (first > 0 ? assignmentAt(content, first) : undefined) ??
        activeAssignmentAt(content, first);
    if (manual)
        return { kind: 'manual', ...manual };
    return { kind: 'other' };
}

;// CONCATENATED MODULE: ./src/files/versions-file.ts
/**
 * The lossless model of `image_versions.src`.
 *
 * The file is a bash script that the deploy scripts `source`. We never execute it: each line is
 * classified by its text, with a small quote tracker so that lines inside a multi-line string, a
 * here-document or after a backslash continuation are never mistaken for pins. Parse then
 * serialize is byte-identical for any text; edits remove whole lines or append new ones and touch
 * nothing else. Lines are read by hand-written scanners, never by backtracking regular
 * expressions, so a 10 MB line costs linear time and cannot overflow the regexp stack: a line's
 * kind is versions-lines.ts's, the quote state across lines bash-scan.ts's; here is the file.
 */



/** The last text VersionsFile.parse read, and what it read. */
let last;
/**
 * True when some image of the list is auto-pinned in the text. A push can unpin only an
 * auto-pinned image, so without one it needs neither the head commit nor any tag: no fetch.
 */
function hasAutoPins(text, images) {
    const file = VersionsFile.parse(text);
    return images.some((i) => file.pinOf(i.prefix)?.kind === 'auto');
}
class VersionsFile {
    bom;
    lines;
    problems;
    notices;
    constructor(
    /** A leading byte-order mark, kept as it was. */
    bom, lines, 
    /** Constructs that make the file unsafe to append to (an unterminated quote...). */
    problems, 
    /** Lines that look like pins but are not plain assignments: left alone, reported. */
    notices) {
        this.bom = bom;
        this.lines = lines;
        this.problems = problems;
        this.notices = notices;
    }
    /**
     * Parses any text; never throws. A VersionsFile never changes, so the last text parsed is
     * kept: an attempt that parses the same text in several places (decide, then plan) pays once.
     */
    static parse(text) {
        if (last !== undefined && last.text === text)
            return last.file;
        const file = VersionsFile.read(text);
        last = { text, file };
        return file;
    }
    static read(text) {
        const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
        const parts = text.slice(bom.length).split('\n');
        const lines = [];
        const problems = [];
        const notices = [];
        let state = START;
        let openedAt = 0;
        for (let i = 0; i < parts.length; i++) {
            const raw = parts[i];
            const last = i === parts.length - 1;
            if (last && raw === '')
                break;
            const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
            const continued = state.quote !== 'none';
            const info = continued || content.includes('\0') ? { kind: 'other' } : classify(content);
            if (info.kind === 'other' && !continued && LOOKS_LIKE_PIN.test(content)) {
                notices.push(fileWarning(`line ${i + 1} looks like a pin but is not a plain assignment; left as it is`, undefined, i + 1));
            }
            else if (i === 0 && bom !== '' && (info.kind === 'auto' || info.kind === 'manual')) {
                // Read as a pin, as an editor shows it; but bash takes the mark as part of the first word.
                notices.push(fileWarning('line 1 starts with a byte-order mark: bash runs it as a command and does not set ' +
                    `${info.prefix}_VER; remove the mark`, undefined, 1));
            }
            lines.push({ raw, newline: !last, ...info });
            if (!continued)
                openedAt = i + 1;
            state = scanLine(content, state);
        }
        if (state.quote === 'single' || state.quote === 'double' || state.quote === 'ansi') {
            const what = state.quote === 'ansi' ? "$'...'" : `${state.quote}-quoted`;
            problems.push(fileWarning(`line ${openedAt} opens a ${what} string that is never closed`, undefined, openedAt));
        }
        else if (state.quote === 'backslash') {
            problems.push(fileWarning(`the last line ends with a backslash continuation`, undefined, lines.length));
        }
        else if (state.quote === 'heredoc') {
            const open = state.heredocs.map((h) => JSON.stringify(h.delimiter)).join(', ');
            problems.push(fileWarning(`line ${openedAt} opens a here-document that is never closed (delimiter ${open})`, undefined, openedAt));
        }
        if (text.includes('\0'))
            problems.push(fileWarning('the file contains NUL bytes; it is not a text file'));
        return new VersionsFile(bom, lines, problems, notices);
    }
    /** The exact text: parse(text).toString() === text. */
    toString() {
        return this.bom + this.lines.map((l) => l.raw + (l.newline ? '\n' : '')).join('');
    }
    /**
     * The pin that bash would see for a prefix. A manual pin anywhere makes the image manual, since
     * the automation must leave it alone; otherwise the last auto pin wins, as in bash.
     */
    pinOf(prefix) {
        const numbers = this.pinLines().get(prefix);
        if (!numbers)
            return undefined;
        const manual = numbers.filter((n) => this.lines[n - 1]?.kind === 'manual');
        const auto = numbers.filter((n) => this.lines[n - 1]?.kind === 'auto');
        const kind = manual.length > 0 ? 'manual' : 'auto';
        const own = kind === 'manual' ? manual : auto;
        const line = this.lines[own[own.length - 1] - 1];
        return { kind, value: line.value ?? '', literal: line.literal ?? false, lines: numbers };
    }
    // prefix -> 1-based numbers of its pin lines, in file order; built once (the model is immutable),
    // so asking for every image of a long list stays linear.
    pinIndex;
    pinLines() {
        if (!this.pinIndex) {
            const index = new Map();
            this.lines.forEach((l, i) => {
                if ((l.kind !== 'auto' && l.kind !== 'manual') || !l.prefix)
                    return;
                const numbers = index.get(l.prefix);
                if (numbers)
                    numbers.push(i + 1);
                else
                    index.set(l.prefix, [i + 1]);
            });
            this.pinIndex = index;
        }
        return this.pinIndex;
    }
    /** Every prefix with at least one pin line, in file order. */
    pinnedPrefixes() {
        return [...this.pinLines().keys()];
    }
    /** Removes every auto-pin line of the given prefixes; nothing else changes. */
    withoutAutoPins(prefixes) {
        const kept = this.lines.filter((l) => !(l.kind === 'auto' && prefixes.has(l.prefix ?? '')));
        if (kept.length === this.lines.length)
            return this;
        const last = kept[kept.length - 1];
        const removedLast = this.lines[this.lines.length - 1] !== last;
        // Dropping the final line keeps the file's choice of final newline.
        const finalNewline = this.lines[this.lines.length - 1]?.newline ?? true;
        const lines = removedLast && last && !finalNewline
            ? [...kept.slice(0, -1), { ...last, raw: last.raw.replace(/\r$/, ''), newline: false }]
            : kept;
        return new VersionsFile(this.bom, lines, this.problems, this.notices);
    }
    /**
     * Appends lines (without line endings), using the file's own line ending. Throws when the
     * file ends inside a quote or a continuation, where appended lines would not be read as written.
     */
    append(texts) {
        if (texts.length === 0)
            return this;
        if (this.problems.length > 0) {
            throw new Error(`cannot append: ${this.problems.map((p) => p.message).join('; ')}. Fix the file by hand first.`);
        }
        // The ending most terminated lines use; the unterminated last line has none to count.
        const ended = this.lines.filter((l) => l.newline);
        const crlf = ended.filter((l) => l.raw.endsWith('\r')).length * 2 > ended.length;
        const cr = crlf ? '\r' : '';
        const lines = [...this.lines];
        const last = lines[lines.length - 1];
        const finalNewline = last ? last.newline : true;
        if (last && !last.newline) {
            lines[lines.length - 1] = {
                ...last,
                raw: last.raw + (crlf && !last.raw.endsWith('\r') ? '\r' : ''),
                newline: true
            };
        }
        texts.forEach((t, i) => {
            const end = i === texts.length - 1;
            lines.push({
                raw: end && !finalNewline ? t : t + cr,
                newline: end ? finalNewline : true,
                ...classify(t)
            });
        });
        return new VersionsFile(this.bom, lines, this.problems, this.notices);
    }
}

// EXTERNAL MODULE: ./src/util/version.ts
var util_version = __webpack_require__(6092);
;// CONCATENATED MODULE: ./src/action/summary.ts
/** The job summary: one table row per image, then the commit link or why nothing was committed. */




// A validated version holds only [A-Za-z0-9.+-], so it can stand in a code span as it is;
// anything else (a hand-written pin) is shown as escaped text instead.
const cell = (v) => v === null ? '_unpinned_' : (0,util_version/* isImageVersion */.c4)(v) ? `\`${v}\`` : (0,util_escape/* forSummaryCell */.gj)(v);
// Only a plain http(s) URL becomes a link target; anything else is left out.
const SAFE_URL = /^https?:\/\/[A-Za-z0-9.:-]+(?:\/[A-Za-z0-9._~%/-]*)?$/;
function resultText(result, link) {
    const text = (0,util_escape/* forSummaryCell */.gj)(result);
    if (!link || !SAFE_URL.test(link.url))
        return text;
    return `${text} ([${(0,util_escape/* forSummaryCell */.gj)(link.text)}](${link.url}))`;
}
/** The summary as Markdown: a heading, the decision table, and the result line. */
function summaryMarkdown(args) {
    const rows = args.decisions.map((d) => `| ${(0,util_escape/* forSummaryCell */.gj)(d.image)} | ${cell(d.before)} | ${cell(d.after)} | ${d.action}${d.manual ? ' (manual pin)' : ''} | ${(0,util_escape/* forSummaryCell */.gj)(d.reason)} |`);
    const warnings = args.warnings.map((w) => `> [!WARNING]\n> ${(0,util_escape/* forSummaryCell */.gj)(warningText(w))}\n`);
    return [
        `### ${(0,util_escape/* forSummaryCell */.gj)(args.title)}`,
        '',
        '| Image | Before | After | Decision | Reason |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
        resultText(args.result, args.link),
        '',
        ...(args.notes ?? []).flatMap((n) => [(0,util_escape/* forSummaryCell */.gj)(n), '']),
        ...warnings
    ].join('\n');
}
// git reads `- : x` and `- :x` as trailers (the token `-`), so a name that is blank or starts
// with `:` is shown quoted.
const bodyName = (image) => /^[^\s:]/.test((0,util_escape/* forCommitBody */.zD)(image)) ? (0,util_escape/* forCommitBody */.zD)(image) : (0,util_escape/* escapeForMessage */.Gw)(image);
/**
 * The commit body: one line per changed image, so the history explains itself. Every line starts
 * with `- `, and data cannot add a line, so no file name becomes a trailer.
 */
function commitBody(decisions, runUrl, trailer) {
    const lines = decisions
        .filter((d) => d.action === 'pin' || d.action === 'unpin')
        .map((d) => `- ${bodyName(d.image)}: ${(0,util_escape/* forCommitBody */.zD)(d.before ?? 'unpinned')} -> ` +
        `${(0,util_escape/* forCommitBody */.zD)(d.after ?? 'unpinned')} (${(0,util_escape/* forCommitBody */.zD)(d.reason)})`);
    // One trailer block at the end: the run link and the run's own mark. Only the lines above it
    // are cut to GitHub's limit, so the trailers that recognise the run's own commit stay.
    const trailers = [...(runUrl ? [`Run: ${runUrl}`] : []), ...(trailer ? [trailer] : [])];
    const tail = trailers.length > 0 ? ['', '', ...trailers].join('\n') : '';
    const pointer = ({ lines: n }) => `… ${n} more image${n === 1 ? '' : 's'} in the job summary of this run${runUrl ? `: ${runUrl}` : ''}`;
    const body = fitForGitHub(lines.join('\n'), COMMIT_BODY_LIMIT - measure(tail), pointer);
    return lines.length > 0 ? body + tail : tail.slice(1);
}
/**
 * Where the shared settings came from, in one line: `Settings: paths, shared-paths from
 * .github/vro-image-version.yml; detection from inputs; the rest are defaults.`
 */
function settingsNote(sources, names, file) {
    const from = (source) => Object.entries(sources)
        .filter(([, s]) => s === source)
        .map(([key]) => names[key] ?? key);
    const parts = [
        ...(from('config file').length > 0 ? [`${from('config file').join(', ')} from ${file}`] : []),
        ...(from('input').length > 0 ? [`${from('input').join(', ')} from inputs`] : [])
    ];
    return parts.length === 0
        ? `Settings: all defaults${file ? '' : ' (no configuration file)'}.`
        : `Settings: ${parts.join('; ')}; the rest are defaults.`;
}
/** Which configuration file the settings were read from, in one line of the summary. */
function configNote(file) {
    return file === undefined
        ? 'Configuration file: none (no .github/vro-image-version.yml or .yaml).'
        : `Configuration file: ${file}.`;
}
/** The intent in a few words, for the summary's title. */
function describe(intent) {
    switch (intent.kind) {
        case 'release':
            return `release ${intent.version}`;
        case 'pin':
            return intent.manual ? 'manual pin (export)' : 'pin';
        default:
            return intent.kind;
    }
}
/**
 * A release that pins nothing because its images already carry its version: the second of its
 * two runs (the push of its tag, then its GitHub release), or a re-run. Said plainly, so that
 * nobody looks for an error.
 */
function releaseNote(intent, decisions) {
    if (intent.kind !== 'release' || decisions.some((d) => d.action === 'pin'))
        return undefined;
    const already = decisions.filter((d) => d.action === 'keep' && !d.manual && d.after === intent.version);
    if (already.length === 0)
        return undefined;
    const n = already.length;
    return (`Already pinned at ${intent.version}: ${n} image${n === 1 ? '' : 's'}. This release was pinned ` +
        `by an earlier run (the push of its tag, its GitHub release, or a re-run); nothing is pinned twice`);
}
/** The result in plain text, and what to link to from the summary. */
function resultLine(outcome, branch, prUrl, preview) {
    if (preview) {
        return {
            text: outcome.plan.changed
                ? `Merging #${preview.number} would change the versions file on ${branch} as above; nothing was committed`
                : `Merging #${preview.number} would leave the versions file on ${branch} as it is`
        };
    }
    const tries = outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : '';
    switch (outcome.status) {
        case 'committed': {
            const sha = outcome.commit.oid.slice(0, 7);
            return prUrl
                ? {
                    text: `Committed ${sha} and opened ${prUrl}${tries}`,
                    link: { text: 'pull request', url: prUrl }
                }
                : {
                    text: `Committed ${sha} to ${branch}${tries}`,
                    link: { text: sha, url: outcome.commit.url }
                };
        }
        case 'dry-run':
            return { text: `Dry run: the file would change on ${branch}; nothing was committed` };
        case 'unchanged':
            return { text: `Nothing to commit: ${branch} already has the right versions` };
    }
}

;// CONCATENATED MODULE: ./src/action/plan-and-commit.ts
/**
 * Step 3 of run(): plan and commit to the branch through the compare-and-swap commit loop; when
 * protection refuses it and on-protected allows, to a new branch with a pull request instead.
 */









/** Compare-and-swap attempts before giving up; with the backoff, at most ~30 s of waiting. */
const MAX_ATTEMPTS = 8;
/**
 * Step 3: plan and commit to the branch; when protection refuses it and on-protected allows,
 * to a new branch with a pull request instead.
 */
async function planAndCommit(ctx) {
    try {
        const outcome = await core/* group */.Os((0,util_escape/* forLog */.Ig)(`Plan and commit to ${ctx.branch}`), () => commitTo(ctx, ctx.branch));
        return { outcome, prUrl: '' };
    }
    catch (err) {
        const kind = classifyCommitError(err);
        if (kind === 'forbidden')
            throw forbiddenError(ctx.branch);
        if (kind !== 'protected')
            throw apiFailure(err, ctx.env.graphqlUrl);
        if (ctx.inputs.onProtected !== 'pull-request')
            throw protectedError(ctx.branch, err);
        return fallBackToPullRequest(ctx);
    }
}
/**
 * The commit loop on one branch. Each attempt measures against the head it read for the
 * compare-and-swap, so a re-run of an old run, or a retry after someone else's push, decides
 * what a fresh run on that head would.
 */
function commitTo(ctx, target) {
    const { env, octokit, repository, run } = ctx;
    const file = run.repo.versionsFile.rel;
    return commitLoop({
        read: () => readBranchFile(octokit, env.graphqlUrl, repository, target, file),
        write: (expectedHeadOid, plan) => commitFile(octokit, env.graphqlUrl, repository, {
            branch: target,
            expectedHeadOid,
            path: file,
            text: plan.text,
            headline: ctx.job.headline,
            body: commitBody(plan.decisions, env.runUrl, ctx.trailer)
        }),
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        random: Math.random
    }, async (text, headOid) => {
        // A push with no auto pin at the head has nothing to measure: no fetch, no git at all.
        const measures = run.intent.kind === 'release' ||
            (run.intent.kind === 'push' && hasAutoPins(text ?? '', run.repo.images));
        const head = measures ? await ensureBranchCommit(run.repo.root, target, headOid) : headOid;
        return run.decide(text ?? '', head);
    }, { maxAttempts: MAX_ATTEMPTS, dryRun: ctx.job.dryRun, branch: target, trailer: ctx.trailer });
}
async function fallBackToPullRequest(ctx) {
    const prBranch = `vro-image-version/${ctx.env.runId || Date.now()}`;
    core/* warning */.$e((0,util_escape/* forLog */.Ig)(`${ctx.branch} refused the commit (branch protection or a ruleset); committing to ${prBranch} and opening a pull request`));
    const { headOid } = await readBranchFile(ctx.octokit, ctx.env.graphqlUrl, ctx.repository, ctx.branch, ctx.run.repo.versionsFile.rel);
    await createBranchIfMissing(ctx.octokit, ctx.repository, prBranch, headOid);
    const outcome = await commitTo(ctx, prBranch);
    const body = summaryMarkdown({
        title: ctx.title,
        decisions: outcome.plan.decisions,
        result: '',
        warnings: outcome.plan.warnings
    });
    const prUrl = await openPullRequest(ctx.octokit, ctx.repository, {
        head: prBranch,
        base: ctx.branch,
        title: ctx.job.headline,
        body,
        runUrl: ctx.env.runUrl
    });
    return { outcome, prUrl };
}

;// CONCATENATED MODULE: ./src/action/pr-comment.ts
/**
 * One sticky pull request comment per pull request: found again by a hidden marker and its author,
 * updated on each push, never duplicated. A read-only token (a pull request from a fork) is
 * reported, not raised: the job summary carries the same report.
 *
 * A comment is ours only when its first line is our marker AND its author is the token's own
 * identity: anyone may post a comment that starts with the marker, and editing theirs would let
 * them choose where our preview goes (or keep an old one in place). And the comment is written
 * only while the pull request's head is still the commit the preview was planned for, so a re-run
 * of an old job (after a force-push) cannot put an old plan back.
 */


/** The marker of the comments written before the marker carried the head (still recognised). */
const COMMENT_MARKER = '<!-- vro-image-version -->';
/** The hidden first line of our comment: the pull request head the preview was planned for. */
function previewMarker(headSha) {
    return `<!-- vro-image-version:preview sha=${headSha} -->`;
}
/** Our markers, old and new; only as a whole first line. */
const OUR_MARKER = /^<!-- vro-image-version(?::preview sha=[0-9a-f]{40}(?:[0-9a-f]{24})?)? -->$/;
/** GitHub refuses comment bodies longer than this. */
const MAX_COMMENT_CHARS = GITHUB_BODY_LIMIT;
/** Who the default GITHUB_TOKEN (and so its comments) is. */
const GITHUB_ACTIONS_BOT = 'github-actions[bot]';
/** The comment's full text: the marker first, cut to GitHub's limit with a closing line. */
function stickyBody(body, marker = COMMENT_MARKER, runUrl) {
    const full = `${marker}\n${body}`.replace(/\r\n/g, '\n');
    return fitForGitHub(full, MAX_COMMENT_CHARS, summaryPointer(runUrl));
}
/**
 * The login the token acts as: GraphQL `viewer { login }`, which answers for a personal token, the
 * GITHUB_TOKEN (`github-actions[bot]`) and a GitHub App's installation token (`<app>[bot]`), where
 * REST `GET /user` answers 403. When `viewer` fails all the same, `github-actions[bot]`: a comment
 * of any other author is then never taken for ours (at worst a second comment is created).
 */
async function tokenLogin(octokit, graphqlUrl) {
    try {
        const answer = await octokit.graphql({
            query: 'query Viewer { viewer { login } }',
            ...(graphqlUrl ? { url: graphqlUrl } : {})
        });
        const login = answer?.viewer?.login;
        if (typeof login === 'string' && login !== '')
            return login;
        core/* debug */.Yz(`viewer gave no login; taking the token for ${GITHUB_ACTIONS_BOT}`);
    }
    catch (e) {
        core/* debug */.Yz(`viewer failed (${String(e)}); taking the token for ${GITHUB_ACTIONS_BOT}`);
    }
    return GITHUB_ACTIONS_BOT;
}
/**
 * True when `user` is the token's identity. Logins are unique and compared without case; a login
 * ending in `[bot]` is an app's, so its author must also be of type Bot (no user can take it).
 */
function isAuthor(user, login) {
    if (!user?.login || user.login.toLowerCase() !== login.toLowerCase())
        return false;
    return login.endsWith('[bot]') ? user.type === 'Bot' : user.type !== 'Bot';
}
/** True when a comment is ours: the marker as its first line, and the token as its author. */
function isOurs(comment, login) {
    return hasMarker(comment.body) && isAuthor(comment.user, login);
}
/** True when the first line of `body` is one of our markers. */
function hasMarker(body) {
    const first = (body ?? '').split('\n', 1)[0]?.replace(/\r$/, '') ?? '';
    return OUR_MARKER.test(first);
}
/**
 * Creates our comment on pull request `issueNumber`, or updates it when its text differs. Ours is
 * the first comment, among all pages, whose first line is one of our markers and whose author is
 * the token (see isOurs): a comment that quotes the marker further down, or that anyone else wrote
 * with it, is someone else's and is left alone. With `headSha`, nothing is written once the pull
 * request's head has moved past it (`moved`).
 */
async function upsertStickyComment(octokit, repo, issueNumber, body, opts = {}) {
    const marker = opts.marker ?? (opts.headSha ? previewMarker(opts.headSha) : COMMENT_MARKER);
    const text = stickyBody(body, marker, opts.runUrl);
    try {
        // Asked once, and only when some comment carries the marker (a first preview needs no ask).
        let login;
        let ours;
        const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
            ...repo,
            issue_number: issueNumber,
            per_page: 100
        });
        for await (const page of pages) {
            for (const c of page.data) {
                if (!hasMarker(c.body))
                    continue;
                login ??= await tokenLogin(octokit, opts.graphqlUrl);
                if (isOurs(c, login)) {
                    ours = c;
                    break;
                }
            }
            if (ours)
                break;
        }
        if (ours && (ours.body ?? '').replace(/\r\n/g, '\n') === text) {
            return { action: 'unchanged', url: ours.html_url };
        }
        // Checked last, just before the write: the window for a push in between is one request.
        if (opts.headSha) {
            const pull = await octokit.rest.pulls.get({ ...repo, pull_number: issueNumber });
            if (pull.data.head.sha !== opts.headSha)
                return { action: 'moved', head: pull.data.head.sha };
        }
        if (!ours) {
            const made = await octokit.rest.issues.createComment({
                ...repo,
                issue_number: issueNumber,
                body: text
            });
            return { action: 'created', url: made.data.html_url };
        }
        const updated = await octokit.rest.issues.updateComment({
            ...repo,
            comment_id: ours.id,
            body: text
        });
        return { action: 'updated', url: updated.data.html_url };
    }
    catch (e) {
        const err = e;
        if (err.status === 403 && /not accessible by integration/i.test(err.message ?? '')) {
            return {
                action: 'forbidden',
                message: `The token may not comment on pull request #${issueNumber} (${err.message?.split('\n')[0]}). ` +
                    `A pull request from a fork gets a read-only token, so there is no comment: the job summary has the report. ` +
                    `Elsewhere, give the job permissions: pull-requests: write.`
            };
        }
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/plan/decision-text.ts
/** Decisions as text: a plain table for the CLI and log lines for the action. */

const show = (v) => (v === null ? '(unpinned)' : v);
/**
 * One line per decision, as the log prints it: `app: unpinned (app/x changed since v1.2.3)`.
 * Escaped for the log: a file name in the reason cannot start a line or a workflow command.
 */
function logLine(d) {
    const verb = {
        pin: 'pinned',
        unpin: 'unpinned',
        keep: 'kept',
        skip: 'skipped'
    };
    const change = d.before === d.after ? show(d.after) : `${show(d.before)} -> ${show(d.after)}`;
    return (0,util_escape/* forLog */.Ig)(`${d.image}: ${verb[d.action]} ${change} (${d.reason})`);
}
/** A fixed-width table of the decisions; every cell escaped, so each row stays one line. */
function formatTable(decisions) {
    const rows = [
        ['IMAGE', 'BEFORE', 'AFTER', 'DECISION', 'REASON'],
        ...decisions.map((d) => [d.image, show(d.before), show(d.after), d.action, d.reason].map(forCliTable))
    ];
    const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length)));
    return rows
        .map((r) => r.map((cell, c) => (c < 4 ? cell.padEnd(widths[c]) : cell)).join('  '))
        .join('\n');
}

;// CONCATENATED MODULE: ./src/git/checkout-state.ts
/**
 * Leaving the checkout as it was found. Change detection fetches what a shallow checkout lacks:
 * tags and commits go to a private namespace (never refs/tags/, so no new tag appears), and a
 * fetch at depth 1 or with `--filter=blob:none` rewrites `.git/shallow` and `.git/config`
 * (`remote.<r>.promisor`, `partialclonefilter`, the format version). A snapshot of those two
 * files is taken before anything is fetched; `restore` deletes the private refs and writes the
 * files back byte for byte. The fetched objects stay, unreachable, for git gc to prune.
 */




async function readOrUndefined(file) {
    try {
        return await external_node_fs_.promises.readFile(file);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
/** Takes the snapshot; undefined when `cwd` is not in a git repository (nothing to restore). */
async function snapshotCheckout(cwd) {
    const result = await new Git(cwd).run(['rev-parse', '--git-common-dir']);
    if (result.code !== 0)
        return undefined;
    const common = external_node_path_default().resolve(cwd, result.stdout.toString('utf8').trim());
    const files = new Map();
    for (const name of ['config', 'shallow']) {
        const file = external_node_path_default().join(common, name);
        files.set(file, await readOrUndefined(file));
    }
    return { cwd, files };
}
/** Deletes the private refs and puts `.git/config` and `.git/shallow` back as they were. */
async function restoreCheckout(snapshot) {
    if (!snapshot)
        return;
    const git = new Git(snapshot.cwd);
    const refs = (await git.output(['for-each-ref', '--format=%(refname)', util_refs/* PRIVATE_REFS */.ne]))
        .toString('utf8')
        .split('\n')
        .filter((r) => r !== '');
    if (refs.length > 0) {
        await git.output(['update-ref', '--stdin'], refs.map((r) => `delete ${r}\n`).join(''));
    }
    for (const [file, before] of snapshot.files) {
        const now = await readOrUndefined(file);
        if (before === undefined) {
            if (now !== undefined)
                await external_node_fs_.promises.rm(file, { force: true });
        }
        else if (now === undefined || !now.equals(before)) {
            await external_node_fs_.promises.writeFile(file, before);
        }
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/util/glob/braces.ts
/**
 * Brace expansion for globs: `{a,b}` (nested) and `{1..3}` / `{a..c}` ranges, bounded to
 * {@link MAX_ALTERNATIVES} alternatives so that a hostile glob cannot blow up.
 */

/** The most alternatives a glob's braces may expand to. */
const MAX_ALTERNATIVES = 1024;
class GlobError extends errors/* KnownError */.E {
    name = 'GlobError';
    get id() {
        return 'glob';
    }
}
/** Expands `{a,b}` (nested) and `{1..3}` ranges; a brace without a comma or range is literal. */
function expandBraces(glob) {
    const open = findBrace(glob);
    if (!open)
        return [glob];
    const { start, end, items } = open;
    const head = glob.slice(0, start);
    const tails = expandBraces(glob.slice(end + 1));
    const out = [];
    for (const item of items) {
        for (const middle of expandBraces(item)) {
            for (const tail of tails) {
                out.push(head + middle + tail);
                if (out.length > MAX_ALTERNATIVES) {
                    throw new GlobError(`The glob ${JSON.stringify(glob)} expands to more than ${MAX_ALTERNATIVES} alternatives; write it as fewer globs`);
                }
            }
        }
    }
    return out;
}
/** The first brace group that expands: its bounds and its items. */
function findBrace(glob) {
    for (let start = glob.indexOf('{'); start >= 0; start = glob.indexOf('{', start + 1)) {
        let depth = 0;
        const commas = [];
        for (let i = start; i < glob.length; i++) {
            const ch = glob[i];
            if (ch === '\\')
                i++;
            else if (ch === '{')
                depth++;
            else if (ch === ',' && depth === 1)
                commas.push(i);
            else if (ch === '}' && --depth === 0) {
                const body = glob.slice(start + 1, i);
                const range = commas.length === 0 ? expandRange(body) : undefined;
                if (range)
                    return { start, end: i, items: range };
                if (commas.length === 0)
                    break;
                const bounds = [start, ...commas, i];
                const items = bounds.slice(1).map((b, k) => glob.slice(bounds[k] + 1, b));
                return { start, end: i, items };
            }
        }
    }
    return undefined;
}
/** `1..3` or `a..c` as its items; undefined for anything else. */
function expandRange(body) {
    const m = /^(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])$/.exec(body);
    if (!m)
        return undefined;
    const [from, to] = [m[1], m[2]];
    const numeric = /\d/.test(from) && /\d/.test(to);
    if (!numeric && (/\d/.test(from) || /\d/.test(to)))
        return undefined;
    const a = numeric ? Number(from) : from.charCodeAt(0);
    const b = numeric ? Number(to) : to.charCodeAt(0);
    if (Math.abs(b - a) >= MAX_ALTERNATIVES) {
        throw new GlobError(`The range {${body}} has more than ${MAX_ALTERNATIVES} items`);
    }
    const step = a <= b ? 1 : -1;
    const items = [];
    for (let v = a; step > 0 ? v <= b : v >= b; v += step) {
        items.push(numeric ? String(v) : String.fromCharCode(v));
    }
    return items;
}

;// CONCATENATED MODULE: ./src/util/glob/compile.ts
/**
 * Glob matching in bounded time. The semantics are picomatch's with `dot: true` (see
 * detect/path-globs.ts), on repository-relative paths as git lists them (no empty, `.` or `..`
 * segments), plus one rule of our own: a glob without wildcards names a file or a folder and
 * matches it and everything below it.
 *
 * Why not picomatch's regex: `**\/*-*-*-*-*.json` against `app/1` followed by 250 dashes
 * backtracks for minutes. Here a glob is split on `/` and matched segment by segment:
 * - braces are expanded up front (`{a,b}`, nested, `{1..3}` ranges), at most
 *   {@link MAX_ALTERNATIVES} alternatives;
 * - a `**` segment is matched by dynamic programming over the path's segments;
 * - every other segment is a sequence of literals, `?`, `[...]` classes and `*`, matched with
 *   the greedy wildcard algorithm (one backtrack point, the last `*`).
 * Cost: O(alternatives x glob segments x path length), linear in the path for a given glob.
 * Segments with other syntax (extglobs such as `@(a|b)`, backslash escapes, POSIX classes) are
 * matched by picomatch one segment at a time, where a path segment is one file or folder name.
 * Two deliberate differences: a brace alternative that leaves an empty segment (`a/{,b}/c` gives
 * `a//c`) matches no git path here, where picomatch's answers for it are erratic; and braces
 * right after `**` are expanded like any others (`a/**{,b}` matches `a`, as `a/**` does), where
 * picomatch says no. Where picomatch is wrong, this follows the glob as written (each case is a
 * test in glob.test.ts): a dot beside a numeric range stays a dot (picomatch's regex leaves it
 * unescaped, so `a.b{1..2}` matches `axb1` there); braces with an empty alternative right after
 * `**\/` match what their expansions match (`aa/**\/{,b.}*` does not match `aa`); a `*.*` segment
 * matches `a.`; and stars that braces put side by side are two stars in one name, never a
 * globstar.
 */


/** Compiles a glob into a matcher of repository-relative paths. */
function compileGlob(raw) {
    const glob = raw.replace(/^(?:\.\/)+/, '');
    if (!picomatch_default().scan(glob).isGlob && !glob.includes('\\')) {
        const literal = glob.replace(/\/+$/, '');
        return (p) => p === literal || p.startsWith(`${literal}/`);
    }
    // No repository path holds a NUL, so a glob with one matches nothing (and NUL marks globstars).
    if (glob.includes(GLOBSTAR))
        return () => false;
    const needsOne = trailingNeedsOne(glob);
    const alternatives = expandBraces(markGlobstars(glob)).map((alt) => compileAlternative(alt, needsOne));
    return (path) => {
        const parts = path.split('/');
        return alternatives.some((segments) => matchSegments(segments, parts));
    };
}
/** Whether the glob's segments match the path's, `**` standing for any number of segments. */
function matchSegments(segments, parts) {
    // reach[j]: the segments so far match the first j parts.
    let reach = parts.map((_, j) => j === 0).concat(parts.length === 0);
    for (const segment of segments) {
        const next = new Array(parts.length + 1).fill(false);
        if (segment.kind === 'globstar') {
            // Any number of parts (at least one when `atLeastOne`): every j at or after a reached one.
            const skip = segment.atLeastOne ? 1 : 0;
            let any = false;
            for (let j = 0; j + skip <= parts.length; j++) {
                any = any || reach[j];
                next[j + skip] = any;
            }
        }
        else {
            for (let j = 0; j < parts.length; j++) {
                if (reach[j] && matchSegment(segment, parts[j]))
                    next[j + 1] = true;
            }
        }
        reach = next;
    }
    return reach[parts.length] === true;
}
function matchSegment(segment, part) {
    if (segment.kind === 'picomatch')
        return segment.test(part);
    const tokens = segment.tokens;
    // picomatch: a segment of only stars matches a name of at least one character.
    if (part === '' && tokens.every((t) => t.kind === 'star'))
        return false;
    return matchTokens(tokens, [...part]);
}
/** The greedy wildcard match: on a mismatch, the last `*` takes one more character. */
function matchTokens(tokens, chars) {
    let t = 0;
    let c = 0;
    let starT = -1;
    let starC = 0;
    while (c < chars.length) {
        const token = tokens[t];
        if (token?.kind === 'star') {
            starT = t++;
            starC = c;
        }
        else if (token && matchesOne(token, chars[c])) {
            t++;
            c++;
        }
        else if (starT >= 0) {
            t = starT + 1;
            c = ++starC;
        }
        else {
            return false;
        }
    }
    while (tokens[t]?.kind === 'star')
        t++;
    return t === tokens.length;
}
/** Whether one token other than `*` matches one character (`*` is matchTokens' own). */
function matchesOne(token, ch) {
    switch (token.kind) {
        case 'char':
            return token.ch === ch;
        case 'one':
            return true;
        case 'class':
            return token.test(ch);
    }
}
/**
 * picomatch lets a trailing `**` match no segment at all (`a/**` matches `a`), except when the
 * glob as written has a `*` right before it (`*\/**` and `a*\/**` need one more segment).
 */
function trailingNeedsOne(glob) {
    const rest = glob.replace(/(?:\/\*\*)+$/, '');
    return (rest !== glob &&
        rest.endsWith('*') &&
        !rest
            .split('/')
            .at(-1)
            ?.match(/^\*\*$/));
}
/**
 * A `**` as written, marked before braces are expanded: brace expansion can put two stars side
 * by side (`*{,a}*` gives `**`, also when the glob has a `**` of its own elsewhere), and those are
 * two stars in one name, as in picomatch, never a globstar. An escaped star is left as it is.
 */
const GLOBSTAR = '\0';
function markGlobstars(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        if (glob[i] === '\\') {
            out += glob.slice(i, i + 2);
            i++;
        }
        else if (glob[i] === '*' && glob[i + 1] === '*') {
            out += GLOBSTAR;
            i++;
        }
        else
            out += glob[i];
    }
    return out;
}
/** The segments of one brace-free alternative of a glob (its written `**` marked). */
function compileAlternative(alternative, needsOne) {
    const segments = alternative.split('/').map(compileSegment);
    if (needsOne && alternative.endsWith(`/${GLOBSTAR}`)) {
        segments[segments.length - 1] = { kind: 'globstar', atLeastOne: true };
    }
    return segments;
}
function compileSegment(marked) {
    if (marked === GLOBSTAR)
        return { kind: 'globstar' };
    const text = marked.replaceAll(GLOBSTAR, '**');
    const tokens = tokenize(text);
    if (tokens)
        return { kind: 'tokens', tokens };
    const test = picomatch_default()(text, { dot: true, windows: false });
    return { kind: 'picomatch', test };
}
/** The tokens of a segment, or undefined when it holds syntax beyond `*`, `?` and `[...]`. */
function tokenize(text) {
    const chars = [...text];
    const tokens = [];
    for (let i = 0; i < chars.length; i++) {
        const ch = chars[i];
        if (ch === '\\' || (/[@!+?*]/.test(ch) && chars[i + 1] === '('))
            return undefined;
        if ('()|'.includes(ch))
            return undefined;
        if (ch === '*') {
            if (tokens.at(-1)?.kind !== 'star')
                tokens.push({ kind: 'star' });
        }
        else if (ch === '?') {
            tokens.push({ kind: 'one' });
        }
        else if (ch === '[') {
            const parsed = parseClass(chars, i);
            if (!parsed)
                return undefined;
            tokens.push({ kind: 'class', test: parsed.test });
            i = parsed.end;
        }
        else {
            tokens.push({ kind: 'char', ch });
        }
    }
    return tokens;
}
/** A `[...]` class starting at `start`: its test and the index of its `]`. */
function parseClass(chars, start) {
    let i = start + 1;
    // picomatch reads `[!a]` as "! or a, or the text [!a]": left to picomatch, quirk and all.
    if (chars[i] === '!')
        return undefined;
    const negated = chars[i] === '^';
    if (negated)
        i++;
    const ranges = [];
    for (let first = true; i < chars.length; i++, first = false) {
        const ch = chars[i];
        if (ch === ']' && !first) {
            const inClass = (c) => ranges.some(([lo, hi]) => c >= lo && c <= hi);
            return { test: (c) => c !== '/' && inClass(c) !== negated, end: i };
        }
        if (ch === '[' || ch === '\\')
            return undefined; // POSIX classes and escapes: picomatch
        if (chars[i + 1] === '-' && chars[i + 2] !== undefined && chars[i + 2] !== ']') {
            ranges.push([ch, chars[i + 2]]);
            i += 2;
        }
        else {
            ranges.push([ch, ch]);
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/util/paths.ts
/**
 * Repository-relative paths (`a/b/c`, no leading or trailing `/`, '' for the root): joining,
 * folders, "below a folder", and lookups in a sorted listing. Pure.
 */
/** Joins repository-relative paths, resolving `.` and `..`; undefined when it leaves the repository. */
function joinPath(base, rel) {
    const parts = rel.startsWith('/') ? [] : base.split('/').filter((p) => p !== '');
    for (const seg of rel.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(seg);
    }
    return parts.join('/');
}
/** The path of `file` in the folder `dir` ('' for the root). */
const at = (dir, file) => (dir === '' ? file : `${dir}/${file}`);
/** The folder of a repository path ('' for a top-level file). */
function dirOf(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? '' : path.slice(0, i);
}
/** True when `path` is below the folder `dir` (not `dir` itself; nothing is below '' this way). */
const under = (path, dir) => path.startsWith(`${dir}/`);
/** True when `path` is the folder `dir` or below it; every path is within '' (the root). */
const within = (path, dir) => dir === '' || path === dir || path.startsWith(`${dir}/`);
/** The first index of the sorted `sorted` whose entry is not below `key` (its length if none). */
function lowerBound(sorted, key) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** [start, end) of the entries of the sorted `sorted` below the folder `dir` (all of them for ''). */
function rangeUnder(sorted, dir) {
    if (dir === '')
        return [0, sorted.length];
    // Every path that starts with `dir/` sorts before `dir0` ('/' + 1 === '0').
    return [lowerBound(sorted, `${dir}/`), lowerBound(sorted, `${dir}0`)];
}
/** Every folder holding one of `paths` whose last name is in `names`: name -> folders. */
function foldersNamedIn(paths, names) {
    const out = new Map();
    // A sorted listing holds each folder's files together: a folder is looked at once, not per file.
    let previous;
    for (const path of paths) {
        const dir = path.slice(0, path.lastIndexOf('/') + 1);
        if (dir === previous)
            continue;
        previous = dir;
        let start = 0;
        for (let at = dir.indexOf('/'); at >= 0; at = dir.indexOf('/', start)) {
            const name = dir.slice(start, at);
            if (names.has(name)) {
                const set = out.get(name) ?? new Set();
                set.add(dir.slice(0, at));
                out.set(name, set);
            }
            start = at + 1;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/detect/path-globs.ts
/**
 * Which files count as an image's inputs: the `paths`, `shared-paths` and `ignore-paths` inputs,
 * the image folders, and the index of changed files they are matched against. Pure: no git here.
 *
 * Glob semantics (picomatch, `dot: true`):
 * - Globs match repository-relative paths with `/` separators, dot files included (`**` matches
 *   `.github/x`). `*` stays within one folder, `**` crosses folders, `{a,b}` and `[ab]` work.
 * - A glob without wildcards names a file or a folder: `shared/lib` matches `shared/lib` itself
 *   and everything below it. A trailing `/` means the same (`shared/lib/`).
 * - There is no `!` negation inside a list: what must never count goes in `ignore-paths`, which
 *   wins over everything else. The versions file never counts.
 */




/** A list of globs compiled once, matched against single paths or a whole ChangedFiles index. */
class GlobSet {
    globs;
    compiled;
    constructor(globs, input, key) {
        this.globs = globs;
        this.compiled = globs.map((raw) => {
            (0,paths_input/* checkGlob */.pY)(raw, input, key);
            const glob = raw.replace(/^(?:\.\/)+/, '');
            const scan = picomatch_default().scan(glob);
            if (!scan.isGlob && !glob.includes('\\')) {
                const literal = glob.replace(/\/+$/, '');
                return {
                    base: literal,
                    literal,
                    test: (p) => p === literal || p.startsWith(`${literal}/`)
                };
            }
            return { base: scan.base.replace(/\/+$/, ''), test: compileGlob(glob) };
        });
    }
    get size() {
        return this.compiled.length;
    }
    /** True when the path matches any glob. */
    matches(path) {
        return this.compiled.some((g) => g.test(path));
    }
    /** Indices (ascending) of the files of `files` that match any glob. */
    matchIn(files) {
        const hits = new Set();
        for (const g of this.compiled) {
            const [start, end] = files.under(g.base);
            // The base itself may match too: picomatch's `a/**` matches `a`.
            const exact = g.base === '' ? -1 : files.indexOf(g.base);
            if (exact >= 0 && g.test(g.base))
                hits.add(exact);
            if (g.literal !== undefined) {
                for (let i = start; i < end; i++)
                    hits.add(i);
                continue;
            }
            for (let i = start; i < end; i++)
                if (g.test(files.at(i)))
                    hits.add(i);
        }
        return [...hits].sort((a, b) => a - b);
    }
}
/**
 * The changed files of one diff that may count for some image (ignored paths and the versions
 * file removed), sorted so that the files below any folder form one contiguous range.
 */
class ChangedFiles {
    files;
    constructor(files, isIgnored) {
        this.files = files.filter((f) => !isIgnored(f)).sort();
    }
    get length() {
        return this.files.length;
    }
    at(i) {
        return this.files[i];
    }
    /** The index of a path, or -1. */
    indexOf(path) {
        const i = lowerBound(this.files, path);
        return this.files[i] === path ? i : -1;
    }
    /** [start, end) of the files below `dir` (all files for ''). */
    under(dir) {
        return rangeUnder(this.files, dir);
    }
    /** Every folder holding a changed file whose last name is in `names`: name -> folders. */
    foldersNamed(names) {
        return foldersNamedIn(this.files, names);
    }
}

;// CONCATENATED MODULE: ./src/detect/inputs-cache.ts
/** Images' inputs, each resolved once, on first use; a failure is kept and thrown on `of`. */
class InputCache {
    resolve;
    all = new Map();
    failed = new Map();
    constructor(resolve) {
        this.resolve = resolve;
    }
    of(image) {
        const known = this.all.get(image.prefix);
        if (known)
            return known;
        if (this.failed.has(image.prefix))
            throw this.failed.get(image.prefix);
        try {
            const r = this.resolve(image);
            this.all.set(image.prefix, r);
            return r;
        }
        catch (e) {
            this.failed.set(image.prefix, e);
            throw e;
        }
    }
    /** The inputs of these images, or undefined when one of them cannot be resolved. */
    some(images) {
        try {
            return images.map((i) => this.of(i));
        }
        catch {
            return undefined;
        }
    }
}

;// CONCATENATED MODULE: ./src/detect/build/build-files.ts
/** The files that make a folder a candidate build root. */

/** File names that make the folder holding them a build root candidate. */
const BUILD_FILES = [
    'Dockerfile',
    'Containerfile',
    'build.gradle',
    'build.gradle.kts',
    'package.json',
    'pyproject.toml',
    'go.mod',
    'pom.xml'
];
/** Whether `dir` ('' is the root) directly holds one of the BUILD_FILES. */
function isBuildRootCandidate(dir, tree) {
    return BUILD_FILES.some((f) => tree.hasFile(at(dir, f)));
}

;// CONCATENATED MODULE: ./src/detect/build/context/common.ts
/**
 * What the build-context readers share: repository paths, remote contexts, and the shape of a
 * reader's result. Pure; nothing here throws.
 */

/** The basename of a path. */
function baseOf(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? path : path.slice(i + 1);
}
function resolvePath(base, rel) {
    if (rel.startsWith('/') || rel.startsWith('~') || /^[A-Za-z]:[\\/]/.test(rel)) {
        return { absolute: true };
    }
    const path = joinPath(base, rel.replace(/\\/g, '/'));
    return path === undefined ? { leaves: true } : { path };
}
/**
 * True when a build context is not a folder of the repository: a URL (`https://`, `git://`,
 * `ssh://`, any `scheme://`), an scp-style git remote (`git@host:repo`), or a remote Docker
 * recognises without a scheme (`github.com/...`).
 */
function isRemote(context) {
    return (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(context) ||
        /^[A-Za-z0-9._-]+@[A-Za-z0-9._-]+:/.test(context) ||
        /^(?:github\.com|gitlab\.com|bitbucket\.org)\//.test(context));
}
/** Freezes a draft into a DeclaredBuild: names and extra files once each, optional fields only when set. */
function finish(d) {
    const names = [...new Set(d.names.filter((n) => n !== ''))];
    const extraFiles = [...new Set(d.extraFiles)].filter((f) => f !== d.file);
    return {
        names,
        context: d.context,
        ...(d.dockerfile !== undefined ? { dockerfile: d.dockerfile } : {}),
        ...(d.inline ? { inline: true } : {}),
        file: d.file,
        line: d.line,
        what: d.what,
        extraFiles,
        unresolved: [...new Set(d.unresolved)]
    };
}
/**
 * Sets the context of a draft from a path written in `file` and resolved from `base`:
 * a remote, an absolute path or a path above the root leaves it unresolved, with the reason.
 * `label` names the value in the reason (`context`, `build`).
 */
function setContext(d, base, written, label = 'context') {
    if (written === '-') {
        d.context = undefined;
        d.unresolved.push(`${label} - is read from standard input`);
        return;
    }
    if (isRemote(written)) {
        d.context = undefined;
        d.unresolved.push(`${label} ${written} is a remote (URL or git) context`);
        return;
    }
    const r = resolvePath(base, written);
    if ('path' in r)
        d.context = r.path;
    else {
        d.context = undefined;
        d.unresolved.push('leaves' in r
            ? `${label} ${written} leaves the repository`
            : `${label} ${written} is an absolute path`);
    }
}
/**
 * Sets the Dockerfile of a draft from a path written relative to `base` (the context, or the
 * working folder for `docker build -f`). Undefined base (an unresolved context) leaves it unresolved.
 */
function setDockerfile(d, base, written, label = 'dockerfile') {
    if (written === '-') {
        d.unresolved.push(`${label} - is read from standard input`);
        return;
    }
    if (isRemote(written)) {
        d.unresolved.push(`${label} ${written} is a URL`);
        return;
    }
    const r = resolvePath(base ?? '', written);
    if ('absolute' in r)
        d.unresolved.push(`${label} ${written} is an absolute path`);
    else if ('leaves' in r)
        d.unresolved.push(`${label} ${written} leaves the repository`);
    else if (base === undefined) {
        // The context is unresolved already; a Dockerfile relative to it is too.
        if (!d.unresolved.some((u) => u.startsWith(`${label} `))) {
            d.unresolved.push(`${label} ${written} is relative to a context that is not known`);
        }
    }
    else
        d.dockerfile = r.path;
}
/** A file's text, or a warning that it could not be read (it was wanted, so this is rare). */
function readable(text, file, warnings) {
    if (text !== undefined)
        return true;
    warnings.push(`${file}: not read; its builds are not known`);
    return false;
}
/** The 1-based line of an offset, through the offsets where lines start. */
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            starts.push(i + 1);
    return (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
}
/** A short form of a value for a message (long values cut, line breaks shown as spaces). */
function shown(value, max = 80) {
    const flat = value.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

;// CONCATENATED MODULE: ./src/detect/build/context/bake/hcl-lexer.ts
/**
 * The lexer of the HCL reader (hcl.ts): string templates split into literal text and
 * interpolations, and the tokens of a text (identifiers, strings, heredocs, numbers,
 * punctuation, newlines; comments dropped). One pass over the text; it never throws. What is
 * left open (a string at the end of its line, a heredoc without its end marker, a `/*` comment
 * or a `${` without its end) is marked so, for the reader to call the file malformed.
 */
/**
 * The offset just after the `}` closing a template interpolation whose body starts at `i`, or
 * one past the end of `s` when the interpolation is not closed.
 */
function templateEnd(s, i) {
    const stack = ['i'];
    let j = i;
    while (j < s.length && stack.length > 0) {
        const c = s[j];
        if (stack[stack.length - 1] === 's') {
            if (c === '\\')
                j += 2;
            else if (c === '"' || c === '\n') {
                stack.pop();
                j++;
            }
            else if ((c === '$' || c === '%') && s[j + 1] === '{') {
                stack.push('i');
                j += 2;
            }
            else
                j++;
        }
        else if (c === '"') {
            stack.push('s');
            j++;
        }
        else if (c === '{') {
            stack.push('i');
            j++;
        }
        else if (c === '}') {
            stack.pop();
            j++;
        }
        else
            j++;
    }
    return stack.length === 0 ? j : s.length + 1;
}
const ESCAPES = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
/** Splits template text into literal parts and interpolations. `escapes` decodes `\n`-style escapes. */
function templateParts(s, escapes) {
    const parts = [];
    let lit = '';
    let i = 0;
    while (i < s.length) {
        const c = s[i];
        if (escapes && c === '\\' && i + 1 < s.length) {
            const e = s[i + 1];
            if (e === 'u' && /^[0-9A-Fa-f]{4}$/.test(s.slice(i + 2, i + 6))) {
                lit += String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16));
                i += 6;
            }
            else {
                lit += ESCAPES[e] ?? e;
                i += 2;
            }
        }
        else if ((c === '$' || c === '%') && s[i + 1] === c && s[i + 2] === '{') {
            lit += `${c}{`;
            i += 3;
        }
        else if ((c === '$' || c === '%') && s[i + 1] === '{') {
            const end = templateEnd(s, i + 2);
            if (lit !== '')
                parts.push({ lit });
            lit = '';
            const body = s.slice(i + 2, end - 1);
            const expr = c === '%' ? `%{${body}}` : body.replace(/^~/, '').replace(/~$/, '');
            parts.push(end > s.length ? { expr, open: true } : { expr });
            i = end;
        }
        else {
            // A run of text up to the next character that may start an escape or interpolation.
            let j = i + 1;
            while (j < s.length && s[j] !== '$' && s[j] !== '%' && !(escapes && s[j] === '\\'))
                j++;
            lit += s.slice(i, j);
            i = j;
        }
    }
    if (lit !== '' || parts.length === 0)
        parts.push({ lit });
    return parts;
}
function hcl_lexer_tokenize(s) {
    const toks = [];
    let i = 0;
    const n = s.length;
    while (i < n) {
        const c = s[i];
        if (c === '\n') {
            toks.push({ k: 'nl', v: '\n', pos: i });
            i++;
        }
        else if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF')
            i++;
        else if (c === '#' || (c === '/' && s[i + 1] === '/')) {
            const e = s.indexOf('\n', i);
            i = e < 0 ? n : e;
        }
        else if (c === '/' && s[i + 1] === '*') {
            const e = s.indexOf('*/', i + 2);
            if (e < 0)
                toks.push({ k: 'p', v: '/*', pos: i });
            i = e < 0 ? n : e + 2;
        }
        else if (c === '"') {
            let j = i + 1;
            while (j < n) {
                const d = s[j];
                if (d === '\\')
                    j += 2;
                else if ((d === '$' || d === '%') && s[j + 1] === d && s[j + 2] === '{')
                    j += 3;
                else if ((d === '$' || d === '%') && s[j + 1] === '{')
                    j = templateEnd(s, j + 2);
                else if (d === '"' || d === '\n')
                    break;
                else
                    j++;
            }
            const end = Math.min(j, n);
            const closed = s[end] === '"';
            const v = s.slice(i + 1, end);
            toks.push(closed ? { k: 'str', v, pos: i, end } : { k: 'str', v, pos: i, end, open: true });
            i = closed ? end + 1 : end;
        }
        else if (c === '<' && s[i + 1] === '<' && /[-A-Za-z_]/.test(s[i + 2] ?? '')) {
            const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_]*)[ \t]*\r?\n/.exec(s.slice(i, i + 300));
            if (!m) {
                toks.push({ k: 'p', v: '<', pos: i });
                i++;
                continue;
            }
            const marker = m[2];
            let j = i + m[0].length;
            const start = j;
            const pos = i;
            i = -1;
            while (j < n) {
                const e = s.indexOf('\n', j);
                const lineEnd = e < 0 ? n : e;
                if (s.slice(j, lineEnd).trim() === marker) {
                    toks.push({ k: 'heredoc', v: s.slice(start, j), pos });
                    i = lineEnd;
                    break;
                }
                j = lineEnd + 1;
            }
            if (i < 0) {
                toks.push({ k: 'heredoc', v: s.slice(start), pos, open: true });
                i = n;
            }
        }
        else if (/[A-Za-z_]/.test(c)) {
            let j = i + 1;
            while (j < n && /[A-Za-z0-9_-]/.test(s[j]))
                j++;
            toks.push({ k: 'id', v: s.slice(i, j), pos: i });
            i = j;
        }
        else if (/[0-9]/.test(c)) {
            let j = i + 1;
            while (j < n && /[0-9.eE]/.test(s[j]))
                j++;
            toks.push({ k: 'num', v: s.slice(i, j), pos: i });
            i = j;
        }
        else {
            const two = s.slice(i, i + 2);
            const op = ['==', '!=', '<=', '>=', '&&', '||', '=>', '...'].find((o) => s.startsWith(o, i));
            const v = op ?? (two === '::' ? '::' : c);
            toks.push({ k: 'p', v, pos: i });
            i += v.length;
        }
    }
    return toks;
}

;// CONCATENATED MODULE: ./src/detect/build/context/bake/hcl.ts
/**
 * A small, tolerant reader of the HCL that bake files are written in: blocks with labels
 * (`target "web" { ... }`), attributes whose values are strings (templates with `${...}`),
 * numbers, booleans, lists, objects and bare references. Anything else (function calls,
 * operators, conditionals, `for` expressions) is kept as an `expr` with its text, for the
 * caller to call unresolved. One pass over the text; nesting is capped; it never throws.
 */


const MAX_DEPTH = 48;
const OPEN = { '(': ')', '[': ']', '{': '}' };
/**
 * Parses HCL text into its top-level blocks (top-level attributes are dropped). `errorLine` is
 * the first line that is not an attribute or a block, or of a block left open.
 */
function parseHcl(text) {
    const toks = hcl_lexer_tokenize(text);
    const lineOf = lineStarts(text);
    let p = 0;
    let errorAt;
    const bad = (pos) => {
        if (errorAt === undefined || pos < errorAt)
            errorAt = pos;
    };
    // A string, heredoc or comment left open: what follows it is not read as written.
    for (const t of toks)
        if (('open' in t && t.open) || (t.k === 'p' && t.v === '/*'))
            bad(t.pos);
    const peek = (o = 0) => toks[p + o];
    const skipNl = () => {
        while (peek()?.k === 'nl')
            p++;
    };
    const textFrom = (start) => {
        const a = toks[start];
        const b = toks[p - 1];
        if (!a || !b)
            return '';
        const bEnd = b.k === 'str' ? b.end + 1 : b.pos + b.v.length;
        return text.slice(a.pos, Math.max(a.pos, bEnd)).trim();
    };
    /** Skips an expression to its end: a newline, `,` or a closing bracket at depth 0. */
    const skipExpr = (inside) => {
        const stack = [];
        let outer = 0; // where the outermost bracket still open was opened
        while (p < toks.length) {
            const t = toks[p];
            if (t.k === 'p' && OPEN[t.v]) {
                if (stack.length === 0)
                    outer = t.pos;
                stack.push(OPEN[t.v]);
            }
            else if (t.k === 'p' && (t.v === ')' || t.v === ']' || t.v === '}')) {
                if (stack.length === 0)
                    return;
                if (stack[stack.length - 1] === t.v)
                    stack.pop();
            }
            else if (stack.length === 0 && (t.k === 'nl' || (inside && t.v === ',')))
                return;
            p++;
        }
        // A bracket the text leaves open: all that follows it was read as this expression.
        if (stack.length > 0)
            bad(outer);
    };
    const ends = (t, inside) => t === undefined ||
        t.k === 'nl' ||
        (t.k === 'p' && (t.v === '}' || t.v === ']' || t.v === ')' || (inside && t.v === ',')));
    const expr = (depth, inside) => {
        const start = p;
        const v = primary(depth);
        if (v && ends(peek(), inside))
            return v;
        p = start;
        skipExpr(inside);
        return { t: 'expr', text: textFrom(start) };
    };
    const primary = (depth) => {
        const t = peek();
        if (!t)
            return undefined;
        if (t.k === 'str') {
            p++;
            return { t: 'str', parts: templateParts(t.v, true), raw: t.v };
        }
        if (t.k === 'heredoc') {
            p++;
            return { t: 'str', parts: templateParts(t.v, false), raw: t.v };
        }
        if (t.k === 'num') {
            p++;
            return { t: 'lit', value: t.v };
        }
        if (t.k === 'id') {
            p++;
            if (t.v === 'true' || t.v === 'false' || t.v === 'null')
                return { t: 'lit', value: t.v };
            const next = peek();
            if (next?.k === 'p' && (next.v === '(' || next.v === '.' || next.v === '['))
                return undefined;
            return { t: 'ref', name: t.v };
        }
        if (t.k !== 'p' || depth >= MAX_DEPTH)
            return undefined;
        if (t.v === '[') {
            p++;
            skipNl();
            if (peek()?.k === 'id' && peek()?.v === 'for')
                return undefined;
            const items = [];
            while (p < toks.length) {
                skipNl();
                const c = peek();
                if (!c)
                    return undefined;
                if (c.k === 'p' && c.v === ']') {
                    p++;
                    return { t: 'list', items };
                }
                if (c.k === 'p' && c.v === ',') {
                    p++;
                    continue;
                }
                const before = p;
                items.push(expr(depth + 1, true));
                if (p === before)
                    return undefined;
            }
            return undefined;
        }
        if (t.v === '{') {
            p++;
            skipNl();
            if (peek()?.k === 'id' && peek()?.v === 'for')
                return undefined;
            const entries = [];
            while (p < toks.length) {
                skipNl();
                const c = peek();
                if (!c)
                    return undefined;
                if (c.k === 'p' && c.v === '}') {
                    p++;
                    return { t: 'obj', entries };
                }
                if (c.k === 'p' && c.v === ',') {
                    p++;
                    continue;
                }
                const sep = peek(1);
                if ((c.k !== 'id' && c.k !== 'str') || sep?.k !== 'p' || (sep.v !== '=' && sep.v !== ':')) {
                    return undefined;
                }
                p += 2;
                const key = c.k === 'str'
                    ? templateParts(c.v, true)
                        .map((x) => ('lit' in x ? x.lit : ''))
                        .join('')
                    : c.v;
                const before = p;
                entries.push([key, expr(depth + 1, true)]);
                if (p === before)
                    return undefined;
            }
            return undefined;
        }
        return undefined;
    };
    const body = (depth) => {
        const attrs = new Map();
        const blocks = [];
        while (p < toks.length) {
            skipNl();
            const t = peek();
            if (!t)
                break;
            if (t.k === 'p' && t.v === '}') {
                if (depth > 0)
                    break;
                bad(t.pos);
                p++;
                continue;
            }
            if (t.k === 'id' || t.k === 'str') {
                const name = t.k === 'id'
                    ? t.v
                    : templateParts(t.v, true)
                        .map((x) => ('lit' in x ? x.lit : ''))
                        .join('');
                const next = peek(1);
                if (next?.k === 'p' && next.v === '=') {
                    p += 2;
                    attrs.set(name, { value: expr(depth, false), line: lineOf(t.pos) });
                    continue;
                }
                // A block: its type, then labels, then `{`.
                const labels = [];
                let q = p + 1;
                while (toks[q]?.k === 'str' || toks[q]?.k === 'id') {
                    const l = toks[q];
                    labels.push(l.k === 'str'
                        ? templateParts(l.v, true)
                            .map((x) => ('lit' in x ? x.lit : '${…}'))
                            .join('')
                        : l.v);
                    q++;
                }
                const open = toks[q];
                if (open?.k === 'p' && open.v === '{') {
                    p = q + 1;
                    if (depth >= MAX_DEPTH) {
                        p = q;
                        skipExpr(false);
                        continue;
                    }
                    const inner = body(depth + 1);
                    if (peek()?.k === 'p' && peek()?.v === '}')
                        p++;
                    else
                        bad(t.pos);
                    blocks.push({ type: name, labels, line: lineOf(t.pos), ...inner });
                    continue;
                }
            }
            // Not an attribute or block: skip to the end of the line.
            bad(t.pos);
            p++;
            skipExpr(false);
        }
        return { attrs, blocks };
    };
    try {
        const blocks = body(0).blocks;
        return errorAt === undefined ? { blocks } : { blocks, errorLine: lineOf(errorAt) };
    }
    catch {
        return { blocks: [], errorLine: 1 };
    }
}

;// CONCATENATED MODULE: ./src/detect/build/context/bake/folder.ts



/**
 * A value of `JSON.parse` as an HCL value (strings are templates in bake's JSON too); lists and
 * objects nested deeper than 16 are not read.
 */
function fromJson(v, depth = 0) {
    if (typeof v === 'string')
        return { t: 'str', parts: templateParts(v, false), raw: v };
    if (typeof v === 'number' || typeof v === 'boolean' || v === null) {
        return { t: 'lit', value: String(v) };
    }
    if (depth >= 16)
        return { t: 'expr', text: 'a nested value' };
    if (Array.isArray(v))
        return { t: 'list', items: v.map((x) => fromJson(x, depth + 1)) };
    // The one kind of value JSON.parse gives that is none of the above: an object.
    const entries = Object.entries(v);
    return { t: 'obj', entries: entries.map(([k, x]) => [k, fromJson(x, depth + 1)]) };
}
function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** The blocks of a bake JSON file, in the shape of HCL blocks (lines found by name in the text). */
function jsonBlocks(text, file, warnings) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        const m = /position (\d+)/.exec(e.message);
        const where = m ? ` (line ${lineStarts(text)(Number(m[1]))})` : '';
        warnings.push(`${file}: not valid JSON${where}; its builds are not read`);
        return [];
    }
    if (!isObj(data))
        return [];
    const lineOf = lineStarts(text);
    const blocks = [];
    for (const type of ['variable', 'target']) {
        const section = data[type];
        if (!isObj(section))
            continue;
        const sectionAt = text.indexOf(`"${type}"`);
        for (const [name, body] of Object.entries(section)) {
            if (!isObj(body))
                continue;
            const at = text.indexOf(JSON.stringify(name), Math.max(0, sectionAt));
            const line = at < 0 ? 1 : lineOf(at);
            const attrs = new Map(Object.entries(body).map(([k, v]) => [k, { value: fromJson(v), line }]));
            blocks.push({ type, labels: [name], line, attrs, blocks: [] });
        }
    }
    return blocks;
}
/** Reads and merges the bake files of one folder. */
function readFolder(tree, files, warnings) {
    const folder = { vars: new Map(), targets: new Map() };
    for (const file of files) {
        const text = tree.read(file);
        if (text === undefined) {
            warnings.push(`${file}: not read; its builds are not known`);
            continue;
        }
        let blocks;
        if (file.endsWith('.json'))
            blocks = jsonBlocks(text, file, warnings);
        else {
            const parsed = parseHcl(text);
            blocks = parsed.blocks;
            if (parsed.errorLine !== undefined) {
                warnings.push(`${file}: not valid HCL (line ${parsed.errorLine}); builds declared after it may be missed`);
            }
        }
        for (const b of blocks) {
            const name = b.labels[0];
            if (name === undefined)
                continue;
            if (b.type === 'variable') {
                const prev = folder.vars.get(name);
                const d = b.attrs.get('default');
                if (d || !prev)
                    folder.vars.set(name, { value: d?.value, file });
            }
            else if (b.type === 'target') {
                let t = folder.targets.get(name);
                if (!t) {
                    t = { name, file, line: b.line, attrs: new Map() };
                    folder.targets.set(name, t);
                }
                for (const [k, a] of b.attrs)
                    t.attrs.set(k, { value: a.value, file, line: a.line });
            }
        }
    }
    return folder;
}

;// CONCATENATED MODULE: ./src/detect/build/context/bake/variables.ts
/**
 * The values of a bake folder's targets as text: literals, and `${VAR}` from the variables'
 * defaults. The work for one value is bounded: at most MAX_VAR_DEPTH variables deep, MAX_READS
 * variables read and MAX_LENGTH characters long (defaults that each use another several times
 * would otherwise grow exponentially); past a bound the value is not known.
 */

const MAX_VAR_DEPTH = 8;
const MAX_READS = 1000;
const MAX_LENGTH = 4096;
/** Evaluates a value to text from the variables' defaults; `why` says what could not be read. */
function evaluate(folder, v) {
    return value(folder, v, 0, { seen: new Set(), reads: 0 });
}
function value(folder, v, depth, work) {
    if (v.t === 'lit')
        return { value: v.value };
    if (v.t === 'ref')
        return variable(folder, v.name, depth, work);
    if (v.t === 'str') {
        let out = '';
        for (const p of v.parts) {
            if ('lit' in p)
                out += p.lit;
            else {
                const e = p.expr.trim();
                if (p.open)
                    return { why: `uses \${${shown(e, 60)} without a closing }` };
                if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(e))
                    return { why: `uses \${${shown(e, 60)}}, an expression` };
                const r = variable(folder, e, depth, work);
                if ('why' in r)
                    return r;
                out += r.value;
            }
            if (out.length > MAX_LENGTH) {
                return { why: `is over ${MAX_LENGTH} characters long` };
            }
        }
        return { value: out };
    }
    if (v.t === 'expr')
        return { why: `is an expression (${shown(v.text, 60)})` };
    return { why: 'is not a single value' };
}
function variable(folder, name, depth, work) {
    const d = folder.vars.get(name);
    if (!d)
        return { why: `uses \${${name}}, which is not a variable of the bake file` };
    if (d.value === undefined)
        return { why: `uses \${${name}}, a variable without a default` };
    if (work.seen.has(name))
        return { why: `uses \${${name}}, which refers to itself` };
    if (depth >= MAX_VAR_DEPTH) {
        return { why: `uses \${${name}}, more than ${MAX_VAR_DEPTH} variables deep` };
    }
    if (++work.reads > MAX_READS) {
        return { why: `uses \${${name}}, past ${MAX_READS} variables read for one value` };
    }
    work.seen.add(name);
    const r = value(folder, d.value, depth + 1, work);
    work.seen.delete(name);
    if ('why' in r)
        return { why: `uses \${${name}}, whose default ${r.why}` };
    return r;
}
/** The text a string value is written as, for names (`${TAG}` kept). */
function written(v) {
    return v.t === 'str' ? v.raw : v.t === 'lit' ? v.value : undefined;
}

;// CONCATENATED MODULE: ./src/detect/build/context/bake/bake.ts
/**
 * Bake files (`docker-bake.hcl`, `docker-bake.json`, `docker-bake.override.hcl|json`, in any
 * folder): every `target` is a build. The files of one folder are merged in bake's lookup order
 * (a later definition of an attribute wins), `inherits` copies attributes from parent targets,
 * and `${VAR}` is resolved from the variables' defaults. The context is relative to the folder
 * bake runs in (the bake file's folder), the Dockerfile to the context.
 */




/** Bake's file names, in the order it merges them. */
const BAKE_FILES = [
    'docker-bake.json',
    'docker-bake.hcl',
    'docker-bake.override.json',
    'docker-bake.override.hcl'
];
function isBakeFile(path) {
    // A cheap test first: this runs for every file of the tree.
    if (!path.endsWith('.hcl') && !path.endsWith('.json'))
        return false;
    return BAKE_FILES.includes(baseOf(path));
}
const MAX_INHERITS = 16;
/**
 * The attributes of a target with those it inherits (parents first, later parents win), each
 * target worked out once. A parent is named by any value that evaluates to text (`"base"`,
 * `"${BASE}"`, `BASE`); one that does not, one that is no target of the folder, or a chain
 * deeper than MAX_INHERITS, is `unread`: what it would give is not known. A cycle stops where
 * it closes (bake rejects it).
 */
function effective(folder, name, memo, visiting) {
    const known = memo.get(name);
    if (known)
        return known;
    const t = folder.targets.get(name);
    const none = (why) => ({
        attrs: new Map(),
        unread: new Set(why === undefined ? [] : [`inherits ${name}, ${why}; what it inherits is not known`])
    });
    if (!t)
        return none('which is not a target of the bake files of this folder');
    if (visiting.has(name))
        return none();
    if (visiting.size > MAX_INHERITS)
        return none(`more than ${MAX_INHERITS} targets up the chain`);
    visiting.add(name);
    const attrs = new Map();
    // A set: a parent inherited along many paths is named once.
    const unread = new Set();
    const inherits = t.attrs.get('inherits')?.value;
    for (const item of inherits?.t === 'list' ? inherits.items : inherits ? [inherits] : []) {
        const r = evaluate(folder, item);
        if ('why' in r) {
            const w = `inherits ${shown(written(item) ?? '')} ${r.why}`.replace(/ {2}/g, ' ');
            unread.add(`${w}; what it inherits is not known`);
            continue;
        }
        const parent = effective(folder, r.value, memo, visiting);
        for (const [k, a] of parent.attrs)
            attrs.set(k, a);
        for (const u of parent.unread)
            unread.add(u);
    }
    for (const [k, a] of t.attrs)
        if (k !== 'inherits')
            attrs.set(k, a);
    visiting.delete(name);
    const out = { attrs, unread };
    memo.set(name, out);
    return out;
}
function targetBuild(folder, dir, t, memo) {
    const { attrs, unread } = effective(folder, t.name, memo, new Set());
    const d = {
        names: [t.name],
        context: undefined,
        file: t.file,
        line: t.line,
        what: `bake target ${t.name} (${t.file} line ${t.line})`,
        extraFiles: [...new Set([...attrs.values()].map((a) => a.file))],
        unresolved: [...unread]
    };
    const get = (k) => attrs.get(k)?.value;
    const text = (label, v) => {
        const r = evaluate(folder, v);
        if ('value' in r)
            return r.value;
        d.unresolved.push(`${label} ${shown(written(v) ?? '')} ${r.why}`.replace(/ {2}/g, ' '));
        return undefined;
    };
    const cv = get('context');
    // With a parent not read, a context the target does not set itself is not known.
    const c = cv !== undefined ? text('context', cv) : unread.size === 0 ? '.' : undefined;
    if (c !== undefined)
        setContext(d, dir, c);
    const inline = get('dockerfile-inline');
    const dv = get('dockerfile');
    if (inline !== undefined && !(inline.t === 'lit' && inline.value === 'null'))
        d.inline = true;
    else if (dv !== undefined) {
        const df = text('dockerfile', dv);
        if (df !== undefined) {
            if (c !== undefined && isRemote(c))
                d.unresolved.push(`dockerfile ${df} is inside the remote context`);
            else
                setDockerfile(d, d.context, df);
        }
    }
    const tags = get('tags');
    for (const tag of tags?.t === 'list' ? tags.items : tags ? [tags] : []) {
        // As written (`o/api:${TAG}`), and as evaluated when it can be (a bare `IMAGE` only so).
        const w = written(tag);
        if (w !== undefined)
            d.names.push(w);
        const r = evaluate(folder, tag);
        if ('value' in r)
            d.names.push(r.value);
    }
    const contexts = get('contexts');
    if (contexts?.t === 'obj') {
        for (const [name, v] of contexts.entries) {
            const r = evaluate(folder, v);
            if ('why' in r) {
                d.unresolved.push(`named context ${name} ${r.why}`);
                continue;
            }
            if (r.value.startsWith('docker-image://'))
                continue;
            if (r.value.startsWith('target:')) {
                d.unresolved.push(`named context ${name} is the output of target ${r.value.slice(7)}`);
                continue;
            }
            const p = isRemote(r.value) ? undefined : resolvePath(dir, r.value);
            const where = p && 'path' in p ? ` (${p.path === '' ? 'the repository root' : p.path})` : '';
            d.unresolved.push(`named context ${name} = ${shown(r.value)}${where} is read by the build too`);
        }
    }
    else if (contexts !== undefined) {
        d.unresolved.push(`named contexts ${contexts.t === 'expr' ? `are an expression (${shown(contexts.text, 60)})` : 'are not a mapping'}`);
    }
    if (get('matrix') !== undefined) {
        d.unresolved.push('the target has a matrix; its expansions are not read');
    }
    return finish(d);
}
const bakeReader = {
    name: 'bake',
    wants: isBakeFile,
    builds(tree) {
        const warnings = [];
        const byDir = new Map();
        for (const f of tree.files) {
            if (!isBakeFile(f))
                continue;
            const dir = dirOf(f);
            byDir.set(dir, [...(byDir.get(dir) ?? []), f]);
        }
        const builds = [];
        for (const [dir, files] of byDir) {
            const ordered = [...files].sort((a, b) => BAKE_FILES.indexOf(baseOf(a)) - BAKE_FILES.indexOf(baseOf(b)));
            try {
                const folder = readFolder(tree, ordered, warnings);
                const memo = new Map();
                for (const t of folder.targets.values())
                    builds.push(targetBuild(folder, dir, t, memo));
            }
            catch (e) {
                warnings.push(`${ordered.join(', ')}: not read (${e.message}); builds are not known`);
            }
        }
        return { builds, warnings };
    }
};

;// CONCATENATED MODULE: ./src/detect/build/context/interpolate.ts
/**
 * Compose-style variable interpolation (`$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:?err}`, `${VAR?err}`, `${VAR:+alt}`, `${VAR+alt}`, `$$` for a dollar) against the
 * literal values of a `.env` file. A variable the file does not set is not known (the shell
 * that runs compose may set it): with a default the default is taken, else the value is
 * unresolved. One pass over the text per nesting level, nesting capped.
 */
/** The values a `.env` file sets literally (`KEY=value`, `export KEY=value`, quoted or not). */
function parseDotEnv(text) {
    const vars = new Map();
    for (const raw of text.split('\n')) {
        let line = raw.replace(/\r$/, '').trim();
        if (line === '' || line.startsWith('#'))
            continue;
        if (line.startsWith('export '))
            line = line.slice(7).trimStart();
        const eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const key = line.slice(0, eq).trim();
        if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key))
            continue;
        let value = line.slice(eq + 1).trim();
        const q = value[0];
        if ((q === '"' || q === "'") && value.length >= 2 && value.endsWith(q)) {
            value = value.slice(1, -1);
            // A double-quoted value that interpolates is not literal.
            if (q === '"' && value.includes('$'))
                continue;
            if (q === '"')
                value = value.replace(/\\n/g, '\n').replace(/\\(["\\])/g, '$1');
        }
        else {
            const hash = value.search(/\s#/);
            if (hash >= 0)
                value = value.slice(0, hash).trimEnd();
            if (value.includes('$'))
                continue;
        }
        vars.set(key, value);
    }
    return vars;
}
const interpolate_MAX_DEPTH = 8;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/** The offset of the `}` closing a `${` group whose body starts at `from`, or -1. */
function closing(text, from) {
    let depth = 1;
    for (let i = from; i < text.length; i++) {
        const c = text[i];
        if (c === '$' && text[i + 1] === '{') {
            depth++;
            i++;
        }
        else if (c === '}' && --depth === 0)
            return i;
    }
    return -1;
}
function interpolate(text, env) {
    const unknown = [];
    let usesVars = false;
    const run = (s, depth) => {
        let out = '';
        let ok = true;
        let i = 0;
        while (i < s.length) {
            const d = s.indexOf('$', i);
            if (d < 0) {
                out += s.slice(i);
                break;
            }
            out += s.slice(i, d);
            const next = s[d + 1];
            if (next === '$') {
                out += '$';
                i = d + 2;
                continue;
            }
            if (next === '{') {
                const end = closing(s, d + 2);
                if (end < 0) {
                    // An unterminated group: compose rejects it; it is not a value we can know.
                    usesVars = true;
                    unknown.push(s.slice(d));
                    return undefined;
                }
                usesVars = true;
                const body = s.slice(d + 2, end);
                const m = NAME.exec(body);
                const written = s.slice(d, end + 1);
                if (!m || depth >= interpolate_MAX_DEPTH) {
                    unknown.push(written);
                    ok = false;
                    i = end + 1;
                    continue;
                }
                const name = m[0];
                const rest = body.slice(name.length);
                const set = env.get(name);
                let v;
                if (rest === '' || /^:?\?/.test(rest)) {
                    v = set;
                }
                else if (rest.startsWith(':-') || rest.startsWith('-')) {
                    const dflt = rest.slice(rest.startsWith(':-') ? 2 : 1);
                    const useDefault = set === undefined || (rest.startsWith(':-') && set === '');
                    v = useDefault ? run(dflt, depth + 1) : set;
                    if (v === undefined && useDefault)
                        ok = false;
                }
                else if (rest.startsWith(':+') || rest.startsWith('+')) {
                    const alt = rest.slice(rest.startsWith(':+') ? 2 : 1);
                    const useAlt = set !== undefined && (rest.startsWith('+') || set !== '');
                    v = useAlt ? run(alt, depth + 1) : set === undefined ? undefined : '';
                    if (v === undefined && useAlt)
                        ok = false;
                }
                else {
                    unknown.push(written);
                    ok = false;
                    i = end + 1;
                    continue;
                }
                if (v === undefined) {
                    if (set === undefined)
                        unknown.push(written);
                    ok = false;
                }
                else
                    out += v;
                i = end + 1;
                continue;
            }
            const m = NAME.exec(s.slice(d + 1, d + 1 + 256));
            if (m) {
                usesVars = true;
                const v = env.get(m[0]);
                if (v === undefined) {
                    unknown.push(`$${m[0]}`);
                    ok = false;
                }
                else
                    out += v;
                i = d + 1 + m[0].length;
                continue;
            }
            out += '$';
            i = d + 1;
        }
        return ok ? out : undefined;
    };
    const value = run(text, 0);
    return { value, usesVars, unknown: [...new Set(unknown)] };
}

;// CONCATENATED MODULE: ./src/detect/build/context/yaml.ts
/**
 * Reading YAML build files node by node, with the line of each key: aliases are followed (each
 * resolved once, in one pass over the document) and merge keys (`<<: *defaults`, common in
 * compose files) are looked into with a bound, so an alias-heavy file stays linear. Nothing
 * here throws.
 */

/** How deep merge keys are followed before giving up on a lookup. */
const MAX_HOPS = 8;
function parseYaml(text) {
    const lines = new dist/* LineCounter */.HN();
    try {
        const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter: lines, uniqueKeys: false });
        const all = [...docs];
        const empty = 'errors' in docs ? docs.errors : [];
        const errors = [...empty, ...all.flatMap((d) => d.errors)];
        const first = errors[0];
        if (first)
            return { errorLine: lines.linePos(first.pos[0]).line };
        return { docs: all, lines };
    }
    catch {
        return { errorLine: 1 };
    }
}
/** The YAML node a document context resolves to, aliases followed. */
class Yaml {
    doc;
    lines;
    /** What each alias of the document points at, made on the first alias followed. */
    aliases;
    constructor(doc, lines) {
        this.doc = doc;
        this.lines = lines;
    }
    get root() {
        return this.deref(this.doc.contents);
    }
    /**
     * The node an alias points at, or the node itself. `Alias.resolve` walks the whole document
     * on every call, which made a file with many aliases quadratic; this walks it once, with
     * resolve's rule: the last node with the anchor before the alias, in document order. (An
     * anchored node is never an alias: YAML forbids properties on an alias, and a document with
     * an error is not read, so one hop is all there is.)
     */
    deref(node) {
        if (!(0,dist/* isAlias */.Vj)(node))
            return node;
        if (!this.aliases) {
            const aliases = new Map();
            const anchors = new Map();
            (0,dist/* visit */.YR)(this.doc, {
                Node: (_key, n) => {
                    if ((0,dist/* isAlias */.Vj)(n))
                        aliases.set(n, anchors.get(n.source));
                    else if (((0,dist/* isScalar */.jn)(n) || (0,dist/* isCollection */.P3)(n)) && n.anchor)
                        anchors.set(n.anchor, n);
                }
            });
            this.aliases = aliases;
        }
        return this.aliases.get(node);
    }
    map(node) {
        const n = this.deref(node);
        return (0,dist/* isMap */.jh)(n) ? n : undefined;
    }
    seq(node) {
        const n = this.deref(node);
        return (0,dist/* isSeq */.oP)(n) ? n : undefined;
    }
    /** A scalar as text (numbers and booleans written out); undefined for null, maps and lists. */
    str(node) {
        const n = this.deref(node);
        if (!(0,dist/* isScalar */.jn)(n))
            return undefined;
        const v = n.value;
        if (typeof v === 'string')
            return v;
        // As written (`1.10`, `0x1F`): a parsed scalar keeps its source text.
        if (typeof v === 'number' || typeof v === 'boolean')
            return n.source;
        return undefined;
    }
    /** True when the node is a scalar null (or absent). */
    isNull(node) {
        const n = this.deref(node);
        return n === undefined || n === null || ((0,dist/* isScalar */.jn)(n) && n.value === null);
    }
    /**
     * The pair of a mapping under `key` (the last one when a key repeats), looking into merge
     * keys when the mapping has none of its own, at most MAX_HOPS deep. `seen` holds, for this
     * lookup, the fewest hops at which each mapping was looked into: it has no such pair of its
     * own, and its merge keys are searched (or being searched) from there with at least as many
     * hops left, so it is not looked into again as deep or deeper. That keeps a lookup linear
     * where merge keys point back at their own mapping (`&a {<<: [*a, *a, *a]}`), which would
     * otherwise branch at every hop.
     */
    pair(node, key, hops = 0, seen = new Map()) {
        const m = this.map(node);
        if (!m || hops > MAX_HOPS)
            return undefined;
        const before = seen.get(m);
        if (before !== undefined && before <= hops)
            return undefined;
        seen.set(m, hops);
        let found;
        const merges = [];
        for (const p of m.items) {
            if (!(0,dist/* isScalar */.jn)(p.key))
                continue;
            const k = p.key.value;
            if (k === key)
                found = { key: p.key, value: p.value };
            else if (k === '<<' && p.key.type === 'PLAIN')
                merges.push(p.value);
        }
        if (found)
            return found;
        for (const mv of merges) {
            const s = this.seq(mv);
            for (const src of s ? s.items : [mv]) {
                const hit = this.pair(src, key, hops + 1, seen);
                if (hit)
                    return hit;
            }
        }
        return undefined;
    }
    get(node, key) {
        return this.pair(node, key)?.value;
    }
    /** The keys of a mapping with their values, in order (merge keys left out). */
    entries(node) {
        const m = this.map(node);
        if (!m)
            return [];
        const out = [];
        for (const p of m.items) {
            const k = this.str(p.key);
            if (k === undefined || k === '<<')
                continue;
            out.push({ key: k, keyNode: p.key, value: p.value });
        }
        return out;
    }
    /** The items of a list (an empty list for anything else). */
    items(node) {
        return this.seq(node)?.items ?? [];
    }
    /** The 1-based line where a node starts, or `fallback`. */
    line(node, fallback = 1) {
        const n = (0,dist/* isNode */.Ll)(node) ? node : undefined;
        if (!n || !n.range)
            return fallback;
        return this.lines.linePos(n.range[0]).line;
    }
    /**
     * The 1-based line where the text of a scalar starts: the line after the indicator of a
     * block scalar (`run: |`), else the line of the scalar itself.
     */
    textLine(node, fallback = 1) {
        const n = this.deref(node);
        const first = this.line(n, fallback);
        return (0,dist/* isScalar */.jn)(n) && (n.type === 'BLOCK_LITERAL' || n.type === 'BLOCK_FOLDED')
            ? first + 1
            : first;
    }
    /** A plain JavaScript value of a node (aliases capped), or undefined when it cannot be had. */
    js(node) {
        const n = this.deref(node);
        if (!(0,dist/* isNode */.Ll)(n))
            return undefined;
        try {
            return n.toJS(this.doc, { maxAliasCount: 100 });
        }
        catch {
            return undefined;
        }
    }
}

;// CONCATENATED MODULE: ./src/detect/build/context/compose.ts




/** Compose file names: `docker-compose*.yml|yaml`, `compose*.yml|yaml`. */
function isComposeFile(path) {
    // A cheap test first: this runs for every file of the tree.
    if (!path.endsWith('.yml') && !path.endsWith('.yaml'))
        return false;
    return /^(?:docker-)?compose[^/]*\.ya?ml$/.test(baseOf(path));
}
/** How deep `extends` chains are followed. */
const MAX_EXTENDS = 8;
function load(ctx, file, warn) {
    if (ctx.parsed.has(file))
        return ctx.parsed.get(file);
    let loaded;
    const text = ctx.tree.read(file);
    if (text !== undefined || (warn && readable(text, file, ctx.warnings))) {
        const p = parseYaml(text ?? '');
        if ('errorLine' in p) {
            if (warn) {
                ctx.warnings.push(`${file}: not valid YAML (line ${p.errorLine}); its builds are not read`);
            }
        }
        else if (p.docs[0]) {
            const y = new Yaml(p.docs[0], p.lines);
            loaded = { y, root: y.root };
        }
    }
    ctx.parsed.set(file, loaded);
    return loaded;
}
/** The `.env` file of a compose project folder: its path when in the tree, and its literal values. */
function dotEnv(tree, dir) {
    const file = dir === '' ? '.env' : `${dir}/.env`;
    if (!tree.hasFile(file))
        return { vars: new Map() };
    return { file, vars: parseDotEnv(tree.read(file) ?? '') };
}
/** The build section of a service, following `extends` (bounded) when it has none of its own. */
function buildSource(ctx, file, loaded, service, depth = 0) {
    const { y } = loaded;
    const own = y.pair(service, 'build');
    if (own && !y.isNull(own.value))
        return { file, loaded, build: own.value };
    const ext = y.get(service, 'extends');
    if (ext === undefined || y.isNull(ext) || depth >= MAX_EXTENDS)
        return undefined;
    const name = y.str(ext) ?? y.str(y.get(ext, 'service'));
    const otherFile = y.str(y.get(ext, 'file'));
    if (name === undefined)
        return undefined;
    let target = file;
    let tl = loaded;
    if (otherFile !== undefined) {
        const r = resolvePath(dirOf(file), otherFile);
        if (!('path' in r))
            return { missing: `service ${name} of ${otherFile}` };
        target = r.path;
        tl = load(ctx, target, false);
        if (!tl)
            return { missing: `service ${name} of ${otherFile}` };
    }
    const base = tl.y.get(tl.y.get(tl.root, 'services'), name);
    if (base === undefined) {
        return otherFile !== undefined ? { missing: `service ${name} of ${otherFile}` } : undefined;
    }
    const found = buildSource(ctx, target, tl, base, depth + 1);
    if (found && 'build' in found && found.from === undefined)
        return { ...found, from: name };
    return found;
}
/** A compose name value (`image`, a build tag): as written, and resolved when that differs. */
function namesOf(written, vars) {
    if (written === undefined)
        return [];
    const v = interpolate(written, vars).value;
    return v !== undefined && v !== written ? [written, v] : [written];
}
function readService(ctx, file, loaded, name, keyNode, service) {
    const { y } = loaded;
    const src = buildSource(ctx, file, loaded, service);
    if (src === undefined)
        return undefined;
    if ('missing' in src) {
        ctx.warnings.push(`${file} line ${y.line(y.pair(service, 'extends')?.key, y.line(keyNode))}: service ${name} extends ${src.missing}, which is not read; a build it inherits is not known`);
        return undefined;
    }
    const sy = src.loaded.y;
    const dir = dirOf(src.file);
    // Interpolation uses the project's .env (beside the file read); paths follow the file written in.
    const env = dotEnv(ctx.tree, dirOf(file));
    const buildKey = src.file === file && !src.from ? y.pair(service, 'build')?.key : undefined;
    const line = y.line(buildKey ?? keyNode);
    const via = src.from
        ? `, which extends ${src.from}${src.file !== file ? ` of ${src.file}` : ''}`
        : '';
    const d = {
        names: [name, ...namesOf(y.str(y.get(service, 'image')), env.vars)],
        context: undefined,
        file,
        line,
        what: `compose service ${name}${via} (${file} line ${line})`,
        extraFiles: src.file !== file ? [src.file] : [],
        unresolved: []
    };
    let interpolates = false;
    /** A value interpolated, or undefined with the reason recorded. */
    const value = (label, written) => {
        const r = interpolate(written, env.vars);
        if (r.usesVars)
            interpolates = true;
        if (r.value !== undefined)
            return r.value;
        const where = env.file ? `, which ${env.file} does not set` : '';
        d.unresolved.push(`${label} ${shown(written)} uses ${r.unknown.join(', ')}${where}`);
        return undefined;
    };
    const b = src.build;
    const asString = sy.str(b);
    if (asString !== undefined) {
        const c = value('build', asString);
        if (c !== undefined)
            setContext(d, dir, c, 'build');
    }
    else if (sy.map(b)) {
        const cw = sy.str(sy.get(b, 'context'));
        const c = cw === undefined ? '.' : value('context', cw);
        if (c !== undefined)
            setContext(d, dir, c);
        const inline = sy.get(b, 'dockerfile_inline');
        const dw = sy.str(sy.get(b, 'dockerfile'));
        if (inline !== undefined && !sy.isNull(inline))
            d.inline = true;
        else if (dw !== undefined) {
            const df = value('dockerfile', dw);
            if (df !== undefined) {
                if (c !== undefined && isRemote(c)) {
                    d.unresolved.push(`dockerfile ${df} is inside the remote context`);
                }
                else
                    setDockerfile(d, d.context, df);
            }
        }
        const args = sy.get(b, 'args');
        if (args !== undefined && !sy.isNull(args))
            interpolates = true;
        for (const t of sy.items(sy.get(b, 'tags')))
            d.names.push(...namesOf(sy.str(t), env.vars));
        additionalContexts(sy, sy.get(b, 'additional_contexts'), dir, d);
    }
    else {
        d.unresolved.push('build is neither a path nor a mapping');
    }
    if (interpolates && env.file)
        d.extraFiles.push(env.file);
    return finish(d);
}
/** Named extra contexts: an image is no input; anything else is a folder or remote not followed. */
function additionalContexts(y, node, dir, d) {
    const pairs = [];
    for (const e of y.entries(node)) {
        const v = y.str(e.value);
        if (v !== undefined)
            pairs.push([e.key, v]);
    }
    for (const item of y.items(node)) {
        const s = y.str(item);
        const eq = s?.indexOf('=') ?? -1;
        if (s !== undefined && eq > 0)
            pairs.push([s.slice(0, eq), s.slice(eq + 1)]);
    }
    for (const [name, v] of pairs) {
        if (v.startsWith('docker-image://'))
            continue;
        if (v.startsWith('service:')) {
            d.unresolved.push(`additional context ${name} is the image of ${v}`);
            continue;
        }
        const r = isRemote(v) ? undefined : resolvePath(dir, v);
        const where = r && 'path' in r ? ` (${r.path === '' ? 'the repository root' : r.path})` : '';
        d.unresolved.push(`additional context ${name} = ${shown(v)}${where} is read by the build too`);
    }
}
function readFile(ctx, file) {
    const loaded = load(ctx, file, true);
    if (!loaded)
        return [];
    const { y, root } = loaded;
    const builds = [];
    for (const s of y.entries(y.get(root, 'services'))) {
        const b = readService(ctx, file, loaded, s.key, s.keyNode, s.value);
        if (b)
            builds.push(b);
    }
    const include = y.get(root, 'include');
    for (const item of y.items(include)) {
        const paths = y.str(item) !== undefined ? [item] : [y.get(item, 'path')];
        const flat = paths.flatMap((p) => (y.seq(p) ? y.items(p) : [p]));
        for (const p of flat) {
            const w = y.str(p);
            if (w === undefined)
                continue;
            const r = resolvePath(dirOf(file), w);
            if (!('path' in r) || !ctx.tree.hasFile(r.path) || isComposeFile(r.path))
                continue;
            ctx.warnings.push(`${file} line ${y.line(p)}: include ${w} is not read (not a compose file name); builds it declares are not known`);
        }
    }
    return builds;
}
const composeReader = {
    name: 'compose',
    wants: (path) => isComposeFile(path) || path === '.env' || path.endsWith('/.env'),
    builds(tree) {
        const ctx = { tree, warnings: [], parsed: new Map() };
        const builds = [];
        for (const file of tree.files) {
            if (!isComposeFile(file))
                continue;
            try {
                builds.push(...readFile(ctx, file));
            }
            catch (e) {
                ctx.warnings.push(`${file}: not read (${e.message}); its builds are not known`);
            }
        }
        return { builds, warnings: ctx.warnings };
    }
};

;// CONCATENATED MODULE: ./src/detect/build/context/skaffold.ts
/**
 * Skaffold files (`skaffold.yaml|yml`, in any folder, every YAML document): each artifact of
 * `build.artifacts` and of `profiles[].build.artifacts` is a build. `context` (default `.`) is
 * relative to the skaffold file's folder, `docker.dockerfile` (default `Dockerfile`) to the
 * context. Artifacts built without a Dockerfile (jib, buildpacks, bazel, ko, custom) are listed
 * with their context and no Dockerfile, unresolved.
 */



function isSkaffoldFile(path) {
    if (!path.endsWith('.yml') && !path.endsWith('.yaml'))
        return false;
    return /^skaffold\.ya?ml$/.test(baseOf(path));
}
/** Builders that do not read a Dockerfile, in the words of the reason. */
const OTHER_BUILDERS = [
    ['jib', 'jib'],
    ['buildpacks', 'Cloud Native Buildpacks'],
    ['buildpack', 'Cloud Native Buildpacks'],
    ['bazel', 'Bazel'],
    ['ko', 'ko'],
    ['custom', 'a custom script']
];
function artifact(y, node, file, where) {
    if (!y.map(node))
        return undefined;
    const image = y.str(y.get(node, 'image'));
    const line = y.line(node);
    const d = {
        names: image !== undefined ? [image] : [],
        context: undefined,
        file,
        line,
        what: `skaffold artifact ${image ?? '(no image)'}${where} (${file} line ${line})`,
        extraFiles: [],
        unresolved: []
    };
    const dir = dirOf(file);
    const cw = y.str(y.get(node, 'context')) ?? '.';
    if (cw.includes('{{'))
        d.unresolved.push(`context ${shown(cw)} is a template`);
    else
        setContext(d, dir, cw);
    const other = OTHER_BUILDERS.find(([key]) => y.get(node, key) !== undefined);
    if (other) {
        d.unresolved.push(`built by ${other[1]}, not a Dockerfile`);
        return finish(d);
    }
    // docker (the default) and kaniko read a Dockerfile relative to the context.
    const builder = y.get(node, 'docker') ?? y.get(node, 'kaniko');
    const dw = y.str(y.get(builder, 'dockerfile'));
    if (dw !== undefined) {
        if (dw.includes('{{'))
            d.unresolved.push(`dockerfile ${shown(dw)} is a template`);
        else
            setDockerfile(d, d.context, dw);
    }
    return finish(d);
}
const skaffoldReader = {
    name: 'skaffold',
    wants: isSkaffoldFile,
    builds(tree) {
        const builds = [];
        const warnings = [];
        for (const file of tree.files) {
            if (!isSkaffoldFile(file))
                continue;
            const text = tree.read(file);
            if (!readable(text, file, warnings))
                continue;
            const p = parseYaml(text);
            if ('errorLine' in p) {
                warnings.push(`${file}: not valid YAML (line ${p.errorLine}); its builds are not read`);
                continue;
            }
            for (const doc of p.docs) {
                const y = new Yaml(doc, p.lines);
                const root = y.root;
                const sections = [[y.get(root, 'build'), '']];
                for (const prof of y.items(y.get(root, 'profiles'))) {
                    const name = y.str(y.get(prof, 'name'));
                    sections.push([
                        y.get(prof, 'build'),
                        name !== undefined ? ` of profile ${name}` : ' of a profile'
                    ]);
                }
                for (const [build, where] of sections) {
                    for (const a of y.items(y.get(build, 'artifacts'))) {
                        const b = artifact(y, a, file, where);
                        if (b)
                            builds.push(b);
                    }
                }
            }
        }
        return { builds, warnings };
    }
};

;// CONCATENATED MODULE: ./src/detect/build/context/workflows/matrix.ts
/**
 * A GitHub Actions job matrix, when it is written out literally: the combinations it runs, as
 * GitHub documents them (the product of the lists, `exclude` taken out, `include` entries
 * added to every original combination they do not contradict, or run on their own).
 */
/** More combinations than this are not expanded. */
const MAX_COMBOS = 256;
function equal(a, b, depth = 0) {
    if (a === b)
        return true;
    if (depth > 16 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
        // GitHub compares matrix values loosely: 1 matches '1'.
        return ((typeof a === 'number' || typeof a === 'string' || typeof a === 'boolean') &&
            (typeof b === 'number' || typeof b === 'string' || typeof b === 'boolean') &&
            String(a) === String(b));
    }
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (ka.length === kb.length &&
        ka.every((k) => equal(a[k], b[k], depth + 1)));
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const hasExpression = (v) => typeof v === 'string' && v.includes('${{');
/** The combinations of a matrix (its plain value), or why they are not known. */
function expandMatrix(matrix) {
    if (hasExpression(matrix))
        return { why: 'the job matrix is an expression' };
    if (!isRecord(matrix))
        return { why: 'the job matrix is not a mapping' };
    const keys = Object.keys(matrix).filter((k) => k !== 'include' && k !== 'exclude');
    let combos = keys.length > 0 ? [{}] : [];
    for (const k of keys) {
        const values = matrix[k];
        if (!Array.isArray(values)) {
            return { why: `matrix.${k} is ${hasExpression(values) ? 'an expression' : 'not a list'}` };
        }
        if (combos.length * values.length > MAX_COMBOS) {
            return { why: `the job matrix has more than ${MAX_COMBOS} combinations` };
        }
        combos = combos.flatMap((c) => values.map((v) => ({ ...c, [k]: v })));
    }
    const exclude = matrix.exclude;
    if (exclude !== undefined) {
        if (!Array.isArray(exclude))
            return { why: 'matrix.exclude is not a list' };
        for (const e of exclude) {
            if (!isRecord(e))
                continue;
            combos = combos.filter((c) => !Object.entries(e).every(([k, v]) => equal(c[k], v)));
        }
    }
    const include = matrix.include;
    const extra = [];
    if (include !== undefined) {
        if (!Array.isArray(include)) {
            return { why: `matrix.include is ${hasExpression(include) ? 'an expression' : 'not a list'}` };
        }
        if (include.length > MAX_COMBOS * 4) {
            return { why: `matrix.include has more than ${MAX_COMBOS * 4} entries` };
        }
        for (const e of include) {
            if (!isRecord(e))
                return { why: 'an entry of matrix.include is not a mapping' };
            let added = false;
            for (const c of combos) {
                const fits = Object.entries(e).every(([k, v]) => !keys.includes(k) || equal(c[k], v));
                if (!fits)
                    continue;
                for (const [k, v] of Object.entries(e))
                    if (!keys.includes(k))
                        c[k] = v;
                added = true;
            }
            if (!added)
                extra.push({ ...e });
            if (combos.length + extra.length > MAX_COMBOS) {
                return { why: `the job matrix has more than ${MAX_COMBOS} combinations` };
            }
        }
    }
    return { combos: [...combos, ...extra] };
}
/** The value at a dotted path of a combination (`matrix.app.dir` → combo.app.dir). */
function matrixValue(combo, path) {
    let v = combo;
    for (const p of path) {
        if (!isRecord(v))
            return undefined;
        v = v[p];
    }
    return v;
}

;// CONCATENATED MODULE: ./src/detect/build/context/workflows/expressions.ts
/**
 * What the steps of a workflow job share (env, working directory, matrix, metadata steps), and
 * GitHub's expressions in their values: `${{ matrix.x }}` over a literal job matrix,
 * `${{ env.X }}` from literal env values, `${{ github.workspace }}` as the workspace.
 */


/** Stands for the workspace folder (the repository root) at the start of a path. */
const WORKSPACE = '\uE001';
/**
 * Replaces `${{ ... }}` expressions: `matrix.*` from the combination, `env.X` from literal env
 * values, `github.workspace` as the workspace. Undefined value with `why` otherwise.
 */
function expand(text, combo, combosWhy, env) {
    let out = '';
    let i = 0;
    while (i < text.length) {
        const a = text.indexOf('${{', i);
        if (a < 0) {
            out += text.slice(i);
            break;
        }
        out += text.slice(i, a);
        const b = text.indexOf('}}', a + 3);
        if (b < 0)
            return { why: `uses an unterminated expression ${shown(text.slice(a), 40)}` };
        const expr = text.slice(a + 3, b).trim();
        const written = `\${{ ${expr} }}`;
        const path = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*$/.test(expr) ? expr.split('.') : undefined;
        if (path?.[0] === 'matrix' && path.length > 1) {
            if (!combo)
                return { why: `uses ${written}, and ${combosWhy ?? 'the job has no matrix'}` };
            const v = matrixValue(combo, path.slice(1));
            if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
                return { why: `uses ${written}, which the matrix does not set to a value` };
            }
            out += String(v);
        }
        else if (path?.[0] === 'env' && path.length === 2 && env.has(path[1])) {
            out += env.get(path[1]);
        }
        else if (expr === 'github.workspace') {
            out += WORKSPACE;
        }
        else
            return { why: `uses ${shown(written, 60)}, an expression` };
        i = b + 2;
    }
    return { value: out };
}
/** The repository folder and path a written path is relative to, with the workspace marker read. */
function rooted(path, cwd) {
    if (path.startsWith(WORKSPACE))
        return { base: '', rel: path.slice(1).replace(/^\/+/, '') || '.' };
    return { base: cwd, rel: path };
}
/** The matrix keys a text refers to (`${{ matrix.app }}` → app). */
function matrixKeys(text) {
    return [...new Set([...text.matchAll(/matrix\.([A-Za-z_][\w-]*)/g)].map((m) => m[1]))];
}
function comboWords(combo, keys) {
    if (!combo || keys.length === 0)
        return '';
    const parts = keys.map((k) => {
        const v = combo[k];
        return `${k}=${typeof v === 'object' ? shown(JSON.stringify(v), 40) : String(v)}`;
    });
    return ` with matrix ${parts.join(', ')}`;
}
/** Runs `each` once per matrix combination the texts refer to (once when they refer to none). */
function perCombo(scope, texts, each) {
    const keys = matrixKeys(texts.join('\n'));
    if (keys.length === 0)
        return each(undefined, undefined, []);
    const combos = scope.combos;
    if (combos === undefined)
        return each(undefined, 'the job has no matrix', keys);
    if ('why' in combos)
        return each(undefined, combos.why, keys);
    const seen = new Set();
    const out = [];
    for (const c of combos) {
        for (const b of each(c, undefined, keys)) {
            const key = JSON.stringify([b.context, b.dockerfile, b.names, b.unresolved, b.line]);
            if (seen.has(key))
                continue;
            seen.add(key);
            out.push(b);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/detect/build/context/workflows/build-push-action.ts
/**
 * `docker/build-push-action` steps (`context`, `file`, `tags`), with the images of the
 * `docker/metadata-action` steps their tags name. Paths are relative to the repository root;
 * the default context is the Git context (the repository at the ref).
 */


/** The list inputs of actions: one per line, or separated by commas. */
function listInput(text) {
    return text
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}
/** The images a `docker/metadata-action` step tags (`images:` lines, `name=` of the CSV form). */
function metadataImages(text) {
    const out = [];
    for (const line of text.split('\n')) {
        const l = line.trim();
        if (l === '' || l.startsWith('#'))
            continue;
        if (/(?:^|,)name=/.test(l)) {
            const m = /(?:^|,)name=([^,]*)/.exec(l);
            if (m?.[1])
                out.push(m[1].trim());
        }
        else
            out.push(...listInput(l));
    }
    return out;
}
const usesAction = (uses, action) => uses !== undefined &&
    (uses.toLowerCase() === action || uses.toLowerCase().startsWith(`${action}@`));
function buildPushAction(y, step, file, scope, env) {
    const w = y.get(step, 'with');
    const cw = y.str(y.get(w, 'context'));
    const fw = y.str(y.get(w, 'file'));
    const tw = y.str(y.get(w, 'tags'));
    const usesLine = y.line(y.get(step, 'uses'), y.line(step));
    const tags = tw === undefined ? [] : listInput(tw);
    const metaOf = (tag) => {
        const m = /^\$\{\{\s*steps\.([\w-]+)\.outputs\.tags\s*\}\}$/.exec(tag);
        return m ? scope.metadata.get(m[1]) : undefined;
    };
    const metaImages = tags.flatMap((t) => metaOf(t) ?? []);
    const texts = [cw ?? '', fw ?? '', tw ?? '', ...metaImages];
    return perCombo(scope, texts, (combo, combosWhy, keys) => {
        const d = {
            names: [],
            context: undefined,
            file,
            line: usesLine,
            what: `workflow step docker/build-push-action${comboWords(combo, keys)} (${file} line ${usesLine})`,
            extraFiles: [],
            unresolved: []
        };
        const value = (label, text) => {
            const r = expand(text, combo, combosWhy, env);
            if ('value' in r)
                return r.value;
            d.unresolved.push(`${label} ${shown(text)} ${r.why}`);
            return undefined;
        };
        let gitContext = false;
        const c = cw === undefined || cw.trim() === '' ? '{{defaultContext}}' : value('context', cw.trim());
        if (c !== undefined) {
            if (c.startsWith('{{defaultContext}}')) {
                // The Git context: the repository at the ref, or a folder of it after `:`.
                gitContext = true;
                const sub = c.slice('{{defaultContext}}'.length);
                setContext(d, '', sub.startsWith(':') ? sub.slice(1) || '.' : '.');
            }
            else {
                const r = rooted(c, '');
                setContext(d, r.base, r.rel);
            }
        }
        if (fw !== undefined && fw.trim() !== '') {
            const f = value('file', fw.trim());
            if (f !== undefined) {
                // In the Git context the Dockerfile is found in the context; else from the workspace.
                const r = rooted(f, '');
                if (gitContext && !f.startsWith(WORKSPACE))
                    setDockerfile(d, d.context, f, 'file');
                else
                    setDockerfile(d, r.base, r.rel, 'file');
            }
        }
        for (const tag of tags) {
            // `${{ steps.meta.outputs.tags }}`: the images of that docker/metadata-action step.
            for (const name of metaOf(tag) ?? [tag]) {
                const r = expand(name, combo, combosWhy, env);
                d.names.push('value' in r && !r.value.includes(WORKSPACE) ? r.value : name);
            }
        }
        return [finish(d)];
    });
}

;// CONCATENATED MODULE: ./src/detect/build/context/workflows/build-command.ts
/** Options that take a value (as the next word when not written `--opt=value`). */
const VALUE_OPTIONS = new Set(('-f --file -t --tag -o --output -m --memory --memory-swap -c --cpu-shares -v --volume ' +
    '--add-host --allow --annotation --attest --build-arg --build-context --builder --cache-from ' +
    '--cache-to --call --cgroup-parent --iidfile --label --metadata-file --network --platform ' +
    '--progress --secret --shm-size --ssh --target --ulimit --cpuset-cpus --cpuset-mems ' +
    '--cpu-period --cpu-quota --isolation --security-opt --no-cache-filter --authfile --cert-dir ' +
    '--creds --format --jobs --logfile --os --arch --variant --timestamp --cache-ttl ' +
    '--build-arg-file --ignorefile --manifest --retry --retry-delay --sign-by --signature-policy ' +
    '--userns --userns-uid-map --userns-gid-map --uts --pid --ipc --runtime --runtime-flag --env ' +
    '--unsetenv --unsetlabel --decryption-key --dns --dns-option --dns-search --device --from ' +
    '--hooks-dir --cap-add --cap-drop --cgroupns --os-feature --os-version --group-add ' +
    '--rusage-logfile --cw --source-date-epoch --sbom-output --sbom-scanner-image --sbom-image-output ' +
    '--volume-from --cpp-flag').split(' '));
/** Docker's global options that take a value (`docker --context x build`). */
const GLOBAL_VALUE_OPTIONS = new Set('-c --context -H --host --config -l --log-level'.split(' '));
/** The subcommand words that build, after the program name. */
const SUBCOMMANDS = {
    docker: [
        ['build'],
        ['buildx', 'build'],
        ['buildx', 'b'],
        ['image', 'build'],
        ['builder', 'build']
    ],
    podman: [['build'], ['image', 'build'], ['buildx', 'build']],
    buildah: [['bud'], ['build'], ['build-using-dockerfile']]
};
/** Words before the program: the shell's reserved words (`if docker build ...`) and `eval`. */
const PREFIXES = new Set('eval if then else elif do while until ! {'.split(' '));
const wrapper = (values, operands = 0, chdir = '') => ({
    values: new Set(values.split(' ').filter(Boolean)),
    operands,
    chdir: new Set(chdir.split(' ').filter(Boolean))
});
const WRAPPERS = {
    sudo: wrapper('-u --user -g --group -h --host -p --prompt -r --role -t --type -U --other-user ' +
        '-C --close-from -T --command-timeout -D --chdir', 0, '-D --chdir'),
    env: wrapper('-u --unset -C --chdir -S --split-string', 0, '-C --chdir'),
    timeout: wrapper('-k --kill-after -s --signal', 1),
    nice: wrapper('-n --adjustment'),
    ionice: wrapper('-c --class -n --classdata'),
    stdbuf: wrapper('-i --input -o --output -e --error'),
    time: wrapper('-f --format -o --output'),
    exec: wrapper('-a'),
    nohup: wrapper(''),
    command: wrapper('')
};
/** Where the program of a command is, after reserved words, assignments and wrappers. */
function programAt(words) {
    let movedBy;
    let i = 0;
    while (i < words.length) {
        const w = words[i].text;
        const wrapped = WRAPPERS[w];
        if (PREFIXES.has(w) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) {
            i++;
            continue;
        }
        if (!wrapped)
            break;
        i++;
        // The wrapper's options, then its operands (timeout's duration).
        for (; i < words.length; i++) {
            const o = words[i].text;
            if (o === '--') {
                i++;
                break;
            }
            if (!o.startsWith('-') || o === '-')
                break;
            const name = o.startsWith('--') ? o.split('=', 1)[0] : o.slice(0, 2);
            const takesNext = wrapped.values.has(o);
            if (name !== undefined && wrapped.chdir.has(name)) {
                movedBy = [w, o, takesNext ? (words[i + 1]?.text ?? '') : ''].join(' ').trim();
            }
            if (takesNext)
                i++;
        }
        i += wrapped.operands;
    }
    return movedBy === undefined ? { at: i } : { at: i, movedBy };
}
/** The build command a shell command is, if it is one. */
function buildCommand(words) {
    const { at: i, movedBy } = programAt(words);
    const progWord = words[i];
    if (!progWord)
        return undefined;
    const prog = progWord.text.slice(progWord.text.lastIndexOf('/') + 1);
    const subs = SUBCOMMANDS[prog];
    if (!subs)
        return undefined;
    let j = i + 1;
    while (j < words.length && words[j].text.startsWith('-')) {
        const g = words[j].text;
        j += GLOBAL_VALUE_OPTIONS.has(g) ? 2 : 1;
    }
    const sub = subs.find((sw) => sw.every((x, k) => words[j + k]?.text === x));
    if (!sub)
        return undefined;
    const tool = [prog, ...sub].join(' ');
    let file;
    const tags = [];
    const namedContexts = [];
    const positionals = [];
    for (let k = j + sub.length; k < words.length; k++) {
        const w = words[k].text;
        if (w === '--help' || w === '-h')
            return undefined;
        if (w === '--') {
            positionals.push(...words.slice(k + 1).map((x) => x.text));
            break;
        }
        if (!w.startsWith('-') || w === '-') {
            positionals.push(w);
            continue;
        }
        let opt = w;
        let value;
        const eq = w.indexOf('=');
        if (w.startsWith('--') && eq > 0) {
            opt = w.slice(0, eq);
            value = w.slice(eq + 1);
        }
        else if (/^-[ftom]./.test(w)) {
            // A short option with its value attached: -fDockerfile, -tname.
            opt = w.slice(0, 2);
            value = w.slice(2);
        }
        else if (VALUE_OPTIONS.has(w)) {
            value = words[k + 1]?.text;
            k++;
        }
        if (value === undefined)
            continue;
        if (opt === '-f' || opt === '--file')
            file = value;
        else if (opt === '-t' || opt === '--tag')
            tags.push(value);
        else if (opt === '--build-context')
            namedContexts.push(value);
    }
    return {
        tool,
        start: progWord.start,
        context: positionals[positionals.length - 1],
        file,
        tags,
        namedContexts,
        ...(movedBy === undefined ? {} : { movedBy })
    };
}

;// CONCATENATED MODULE: ./src/detect/build/context/workflows/shell.ts
/**
 * Enough of the POSIX shell to find `docker build` commands in a script: words (quotes,
 * backslash escapes, line continuations, `$(...)` and `${...}` kept whole), commands split at
 * `&&`, `||`, `;`, `|`, `&`, newlines and parentheses, comments and redirections dropped.
 * A `$` that the shell would expand stays `$` in a word; a literal one (single quotes, `\$`)
 * becomes LITERAL_DOLLAR, so expansion can tell them apart. GitHub replaces `${{ ... }}` in
 * the script before the shell reads it, so such an expression stays whole, with its `$`, in
 * any quotes or after a backslash. One pass; it never throws.
 */
/** Stands for a `$` the shell would not expand (quoted or escaped). */
const LITERAL_DOLLAR = '\uE000';
/** The offset just after the construct opened at `i` by `open` (`(` or `{`), nesting counted. */
function closeOf(s, i, open, close) {
    let depth = 1;
    let j = i;
    while (j < s.length) {
        const c = s[j];
        if (c === '\\')
            j += 2;
        else if (c === "'") {
            const e = s.indexOf("'", j + 1);
            j = e < 0 ? s.length : e + 1;
        }
        else if (c === '"') {
            // A quoted `)` or `}` does not close the construct: `$(echo ")")`.
            j++;
            while (j < s.length && s[j] !== '"')
                j += s[j] === '\\' ? 2 : 1;
            j++;
        }
        else {
            if (c === open)
                depth++;
            else if (c === close && --depth === 0)
                return j + 1;
            j++;
        }
    }
    return s.length;
}
/** The commands of a script, each a list of words. */
function shellCommands(script) {
    return scriptParts(script).filter((p) => typeof p !== 'string');
}
/** The commands of a script, its subshells' parentheses and its lists' separators, in order. */
function scriptParts(script) {
    const s = script;
    const n = s.length;
    const parts = [];
    let cmd = [];
    let word = '';
    let inWord = false;
    let start = 0;
    let dropNext = false;
    // The offset after the `}}` of a GitHub expression `${{` at `i`, or -1 when none closes it
    // (found once: a script of unclosed `${{` is read in one pass).
    const lastClose = s.lastIndexOf('}}');
    const expressionEnd = (i) => s.startsWith('${{', i) && lastClose >= i + 3 ? s.indexOf('}}', i + 3) + 2 : -1;
    const endWord = () => {
        if (inWord) {
            if (dropNext)
                dropNext = false;
            else
                cmd.push({ text: word, start });
        }
        word = '';
        inWord = false;
    };
    const endCommand = () => {
        endWord();
        if (cmd.length > 0)
            parts.push(cmd);
        cmd = [];
        dropNext = false;
    };
    const begin = (i) => {
        if (!inWord) {
            inWord = true;
            start = i;
        }
    };
    let i = 0;
    while (i < n) {
        const c = s[i];
        if (c === '\\') {
            const x = expressionEnd(i + 1);
            if (x > 0) {
                // `\${{ x }}`: GitHub puts the value in first; the backslash quotes its first character.
                begin(i);
                word += s.slice(i + 1, x);
                i = x;
            }
            else if (s[i + 1] === '\n')
                i += 2;
            else if (s[i + 1] === '\r' && s[i + 2] === '\n')
                i += 3;
            else {
                begin(i);
                const e = s[i + 1] ?? '';
                word += e === '$' ? LITERAL_DOLLAR : e;
                i += 2;
            }
        }
        else if (c === "'") {
            begin(i);
            let j = i + 1;
            while (j < n && s[j] !== "'") {
                const x = expressionEnd(j);
                if (x > 0) {
                    word += s.slice(j, x);
                    j = x;
                }
                else {
                    word += s[j] === '$' ? LITERAL_DOLLAR : s[j];
                    j++;
                }
            }
            i = j + 1;
        }
        else if (c === '"') {
            begin(i);
            let j = i + 1;
            while (j < n && s[j] !== '"') {
                const d = s[j];
                const x = expressionEnd(d === '\\' ? j + 1 : j);
                if (x > 0) {
                    word += s.slice(d === '\\' ? j + 1 : j, x);
                    j = x;
                }
                else if (d === '\\' && j + 1 < n) {
                    const e = s[j + 1];
                    if (e === '\n') {
                        /* continuation inside quotes */
                    }
                    else if (e === '$')
                        word += LITERAL_DOLLAR;
                    else if ('"\\`'.includes(e))
                        word += e;
                    else
                        word += `\\${e}`;
                    j += 2;
                }
                else if (d === '$' && s[j + 1] === '(') {
                    const e = closeOf(s, j + 2, '(', ')');
                    word += s.slice(j, e);
                    j = e;
                }
                else {
                    word += d;
                    j++;
                }
            }
            i = j + 1;
        }
        else if (c === '$' && (s[i + 1] === '(' || s[i + 1] === '{')) {
            begin(i);
            const e = s[i + 1] === '(' ? closeOf(s, i + 2, '(', ')') : closeOf(s, i + 2, '{', '}');
            word += s.slice(i, e);
            i = e;
        }
        else if (c === '`') {
            begin(i);
            const e = s.indexOf('`', i + 1);
            const stop = e < 0 ? n : e + 1;
            word += s.slice(i, stop);
            i = stop;
        }
        else if (c === '#' && !inWord) {
            const e = s.indexOf('\n', i);
            i = e < 0 ? n : e;
        }
        else if (c === ' ' || c === '\t' || c === '\r') {
            endWord();
            i++;
        }
        else if (c === '\n' || c === ';' || c === '|' || c === '&' || c === '(' || c === ')') {
            if (c === '&' && s[i + 1] === '>') {
                endWord();
                dropNext = true;
                i += s[i + 2] === '>' ? 3 : 2;
                continue;
            }
            endCommand();
            if ((c === '&' || c === '|') && s[i + 1] === c) {
                parts.push('&&');
                i += 2;
                continue;
            }
            parts.push(c === '(' || c === ')' || c === '|' ? c : ';');
            i++;
        }
        else if (c === '>' || c === '<') {
            // A redirection: `2>` drops the fd number; the target word is dropped too.
            if (inWord && /^[0-9]+$/.test(word)) {
                word = '';
                inWord = false;
            }
            else
                endWord();
            let j = i + 1;
            while (s[j] === '>' || s[j] === '<')
                j++;
            if (s[j] === '&') {
                j++;
                while (j < n && /[0-9-]/.test(s[j]))
                    j++;
            }
            else
                dropNext = true;
            i = j;
        }
        else {
            begin(i);
            word += c;
            i++;
        }
    }
    endCommand();
    return parts;
}

;// CONCATENATED MODULE: ./src/detect/build/context/workflows/shell-folder.ts
/**
 * The folder each command of a run script runs in, relative to the step's working directory:
 * moved by `cd` and `pushd`, back at `popd` and at the end of a subshell. A move the script may
 * or may not make leaves the folder unknown from where it may have happened: a `cd` after `&&`
 * or `||`, or in a pipeline (run in a subshell), once its list ends; and one inside an `if`, a
 * loop or a `case` once that ends (or at its next branch: `else`, `elif`, a `case` pattern, each
 * start again from where it began).
 */






/** A longer path is no folder of a checkout (PATH_MAX); it is not followed, and stays short. */
const MAX_PATH = 4096;
const OPENS_BEFORE = new Set(['if', 'while', 'until']);
const OPENS = new Set(['for', 'case', 'select']);
const CLOSES = new Set(['fi', 'done', 'esac']);
const BRANCHES = new Set(['else', 'elif']);
const MAYBE = 'a cd that may not have run';
/** A value of a run script with its variables expanded from the env, or undefined. */
function shellValue(word, env) {
    if (word.includes('$(') || word.includes('`'))
        return undefined;
    const withWs = new Map(env);
    withWs.set('GITHUB_WORKSPACE', WORKSPACE);
    const r = interpolate(word, withWs);
    if (r.value === undefined || r.value.includes('$'))
        return undefined;
    return r.value.split(LITERAL_DOLLAR).join('$');
}
class ShellFolder {
    env;
    /** The folder the next command runs in. */
    cd = { path: '' };
    pushed;
    subshells = [];
    compounds = [];
    /** The current list has had an `&&`, `||` or `|`: what follows may not run, or not here. */
    afterAndOr = false;
    /** The current list has moved. */
    listMoved = false;
    /** The current list moved where the move may not have run, or not in this shell. */
    maybeMoved = false;
    constructor(env) {
        this.env = env;
    }
    /** Reads one part of the script; returns it when it is a command that may build. */
    next(part) {
        if (part === '(') {
            const { cd, pushed, afterAndOr, listMoved, maybeMoved } = this;
            this.subshells.push({ cd, pushed, afterAndOr, listMoved, maybeMoved });
            this.afterAndOr = false;
            this.listMoved = false;
            this.maybeMoved = false;
        }
        else if (part === ')') {
            const outer = this.subshells.pop();
            // A `)` that closes no subshell ends a `case` pattern: a branch begins.
            if (outer === undefined)
                this.branch();
            else
                Object.assign(this, outer);
        }
        else if (part === '&&')
            this.afterAndOr = true;
        else if (part === '|') {
            // Each side of a pipe runs in a subshell: a move on either side is not this shell's.
            this.afterAndOr = true;
            if (this.listMoved)
                this.maybeMoved = true;
        }
        else if (part === ';')
            this.endList();
        else
            return this.command(part);
        return undefined;
    }
    command(words) {
        const k = programAt(words).at;
        for (const w of words.slice(0, k)) {
            if (OPENS_BEFORE.has(w.text))
                this.open();
            else if (BRANCHES.has(w.text))
                this.branch();
        }
        const first = words[k]?.text;
        if (first === undefined)
            return undefined;
        if (OPENS.has(first))
            this.open();
        else if (CLOSES.has(first))
            this.close();
        else if (first === 'popd') {
            this.moving();
            this.cd = this.pushed?.cd ?? this.cd;
            this.pushed = this.pushed?.below;
        }
        else if (first === 'cd' || first === 'pushd') {
            this.moving();
            if (first === 'pushd')
                this.pushed = { cd: this.cd, below: this.pushed };
            this.cd = this.moved(first, words[k + 1]?.text);
        }
        else
            return words;
        return undefined;
    }
    /** The folder after `cd arg` (or `pushd arg`). */
    moved(how, arg) {
        const cd = this.cd;
        // `-` is the previous folder; an option (`cd -P dir`) is not the folder.
        const v = arg === undefined || arg.startsWith('-') ? undefined : shellValue(arg, this.env);
        let to;
        if (v === undefined || !('path' in cd)) {
            const written = arg === undefined ? '' : ` ${shown(arg.split(LITERAL_DOLLAR).join('$'))}`;
            to = { why: `runs after ${how}${written}, a folder that is not known` };
        }
        else if (v.startsWith(WORKSPACE) || v.includes('${{')) {
            to = v.includes('${{') ? { why: `runs after cd ${shown(v)}` } : { path: v };
        }
        else
            to = { path: at(cd.path, v) };
        if ('path' in to && to.path.length > MAX_PATH) {
            return { why: `runs after ${how} into a path of more than ${MAX_PATH} characters` };
        }
        return to;
    }
    moving() {
        this.listMoved = true;
        if (this.afterAndOr)
            this.maybeMoved = true;
    }
    endList() {
        if (this.maybeMoved)
            this.unknown(`runs after ${MAYBE} (after &&, || or in a pipeline)`);
        this.afterAndOr = false;
        this.listMoved = false;
        this.maybeMoved = false;
    }
    open() {
        this.compounds.push({ entry: { cd: this.cd, pushed: this.pushed }, moved: false });
    }
    branch() {
        const c = this.compounds.at(-1);
        if (!c)
            return;
        this.endList();
        c.moved ||= this.movedSince(c.entry);
        this.cd = c.entry.cd;
        this.pushed = c.entry.pushed;
    }
    close() {
        const c = this.compounds.pop();
        if (!c)
            return;
        this.endList();
        if (c.moved || this.movedSince(c.entry)) {
            this.unknown(`runs after ${MAYBE} (inside an if, a loop or a case)`);
        }
    }
    movedSince(entry) {
        return this.cd !== entry.cd || this.pushed !== entry.pushed;
    }
    unknown(why) {
        this.cd = { why: `${why}, a folder that is not known` };
        this.pushed = undefined;
    }
}

;// CONCATENATED MODULE: ./src/detect/build/context/workflows/run-step.ts





function runStep(y, step, run, file, scope, env, tree) {
    const script = y.str(run) ?? '';
    if (!/\b(?:docker|podman|buildah)\b/.test(script))
        return [];
    const wdWritten = y.str(y.get(step, 'working-directory')) ?? scope.workingDirectory;
    const firstLine = y.textLine(run, y.line(step));
    const lineOf = lineStarts(script);
    const out = [];
    // Where each command runs: moved by `cd`, `pushd` and `popd` (shell-folder.ts).
    const folder = new ShellFolder(env);
    for (const part of scriptParts(script)) {
        const words = folder.next(part);
        if (!words)
            continue;
        const cmd = buildCommand(words);
        if (!cmd)
            continue;
        // A wrapper that changes the folder (`env -C x docker build .`) makes it unknown.
        const place = cmd.movedBy ? { why: `runs after ${shown(cmd.movedBy)}` } : folder.cd;
        const movedPath = 'path' in place ? place.path : undefined;
        const movedWhy = 'why' in place ? place.why : undefined;
        const line = firstLine + lineOf(cmd.start) - 1;
        const texts = [cmd.context ?? '', cmd.file ?? '', ...cmd.tags, wdWritten ?? ''];
        out.push(...perCombo(scope, texts, (combo, combosWhy, keys) => {
            const d = {
                names: [],
                context: undefined,
                file,
                line,
                what: `workflow step ${cmd.tool}${comboWords(combo, keys)} (${file} line ${line})`,
                extraFiles: [],
                unresolved: []
            };
            let cwd = '';
            if (wdWritten !== undefined) {
                const wd = expand(wdWritten, combo, combosWhy, env);
                const r = 'value' in wd ? rooted(wd.value, '') : undefined;
                const p = r ? resolvePath(r.base, r.rel) : undefined;
                if (p && 'path' in p)
                    cwd = p.path;
                else {
                    cwd = undefined;
                    d.unresolved.push(`working-directory ${shown(wdWritten)} ${'why' in wd ? wd.why : 'is not a folder of the repository'}`);
                }
            }
            if (cwd !== undefined && movedWhy !== undefined) {
                cwd = undefined;
                d.unresolved.push(`the command ${movedWhy}`);
            }
            else if (cwd !== undefined && movedPath !== undefined && movedPath !== '') {
                const r = rooted(movedPath, cwd);
                const p = resolvePath(r.base, r.rel);
                if ('path' in p)
                    cwd = p.path;
                else {
                    cwd = undefined;
                    d.unresolved.push(`the command runs after cd ${shown(movedPath)}, not a folder of the repository`);
                }
            }
            /** A word of the command: GitHub's expressions first, then the shell's variables. */
            const word = (label, w) => {
                const shownWord = shown(w.split(LITERAL_DOLLAR).join('$'));
                const e = expand(w, combo, combosWhy, env);
                if ('why' in e) {
                    d.unresolved.push(`${label} ${shownWord} ${e.why}`);
                    return undefined;
                }
                const v = shellValue(e.value, env);
                if (v === undefined) {
                    d.unresolved.push(`${label} ${shownWord} uses a shell variable or command`);
                }
                return v;
            };
            for (const t of cmd.tags) {
                const e = expand(t, combo, combosWhy, env);
                const v = 'value' in e ? shellValue(e.value, env) : undefined;
                d.names.push(v !== undefined && !v.includes(WORKSPACE) ? v : t.split(LITERAL_DOLLAR).join('$'));
            }
            if (cmd.context === undefined)
                d.unresolved.push('the command names no context');
            else {
                const c = word('context', cmd.context);
                if (c !== undefined &&
                    (cwd !== undefined || c.startsWith(WORKSPACE) || isRemote(c) || c === '-')) {
                    const r = rooted(c, cwd ?? '');
                    setContext(d, r.base, r.rel);
                }
            }
            if (cmd.file !== undefined) {
                const f = word('file', cmd.file);
                if (f !== undefined && (cwd !== undefined || f.startsWith(WORKSPACE) || f === '-')) {
                    const r = rooted(f, cwd ?? '');
                    setDockerfile(d, r.base, r.rel, 'file');
                }
            }
            else if (cmd.tool.startsWith('podman') || cmd.tool.startsWith('buildah')) {
                // podman and buildah look for a Containerfile before a Dockerfile.
                const cf = d.context === undefined
                    ? undefined
                    : d.context === ''
                        ? 'Containerfile'
                        : `${d.context}/Containerfile`;
                if (cf !== undefined && tree.hasFile(cf))
                    d.dockerfile = cf;
            }
            for (const nc of cmd.namedContexts) {
                d.unresolved.push(`named context ${shown(nc.split(LITERAL_DOLLAR).join('$'))} is read by the build too`);
            }
            return [finish(d)];
        }));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/detect/build/context/workflows/workflows.ts






function isWorkflowFile(path) {
    return dirOf(path) === '.github/workflows' && /\.ya?ml$/.test(path);
}
/** The literal values of an `env` mapping (those that use an expression are left out). */
function envOf(y, node, base) {
    const out = new Map(base);
    for (const e of y.entries(node)) {
        const v = y.str(e.value);
        if (v === undefined || v.includes('${{'))
            out.delete(e.key);
        else
            out.set(e.key, v);
    }
    return out;
}
function readWorkflow(y, file, tree) {
    const root = y.root;
    const wfEnv = envOf(y, y.get(root, 'env'), new Map());
    const wfWd = y.str(y.get(y.get(y.get(root, 'defaults'), 'run'), 'working-directory'));
    const builds = [];
    for (const job of y.entries(y.get(root, 'jobs'))) {
        const jobEnv = envOf(y, y.get(job.value, 'env'), wfEnv);
        const matrixNode = y.get(y.get(job.value, 'strategy'), 'matrix');
        const combos = matrixNode === undefined ? undefined : expandMatrix(y.js(matrixNode));
        const steps = y.items(y.get(job.value, 'steps'));
        const metadata = new Map();
        for (const step of steps) {
            const id = y.str(y.get(step, 'id'));
            const images = y.str(y.get(y.get(step, 'with'), 'images'));
            if (id && images && usesAction(y.str(y.get(step, 'uses')), 'docker/metadata-action')) {
                metadata.set(id, metadataImages(images));
            }
        }
        const scope = {
            job: job.key,
            env: jobEnv,
            workingDirectory: y.str(y.get(y.get(y.get(job.value, 'defaults'), 'run'), 'working-directory')) ?? wfWd,
            combos: combos === undefined ? undefined : 'why' in combos ? combos : combos.combos,
            metadata
        };
        for (const step of steps) {
            const env = envOf(y, y.get(step, 'env'), jobEnv);
            const uses = y.str(y.get(step, 'uses'));
            if (usesAction(uses, 'docker/build-push-action')) {
                builds.push(...buildPushAction(y, step, file, scope, env));
            }
            const run = y.get(step, 'run');
            if (run !== undefined)
                builds.push(...runStep(y, step, run, file, scope, env, tree));
        }
    }
    return builds;
}
const workflowsReader = {
    name: 'workflows',
    wants: isWorkflowFile,
    builds(tree) {
        const builds = [];
        const warnings = [];
        for (const file of tree.filesUnder('.github/workflows')) {
            if (!isWorkflowFile(file))
                continue;
            const text = tree.read(file);
            if (!readable(text, file, warnings))
                continue;
            const p = parseYaml(text);
            if ('errorLine' in p) {
                warnings.push(`${file}: not valid YAML (line ${p.errorLine}); its builds are not read`);
                continue;
            }
            const doc = p.docs[0];
            if (!doc)
                continue;
            try {
                builds.push(...readWorkflow(new Yaml(doc, p.lines), file, tree));
            }
            catch (e) {
                warnings.push(`${file}: not read (${e.message}); its builds are not known`);
            }
        }
        return { builds, warnings };
    }
};

;// CONCATENATED MODULE: ./src/detect/build/context/index.ts




const CONTEXT_READERS = [
    composeReader,
    bakeReader,
    skaffoldReader,
    workflowsReader
];
/** True when some reader reads this file (decided from the path alone). */
function wantsContext(path) {
    return CONTEXT_READERS.some((r) => r.wants(path));
}
/** Every build every reader finds, with their warnings; a reader that throws is a warning. */
function declaredBuilds(tree) {
    const builds = [];
    const warnings = [];
    for (const r of CONTEXT_READERS) {
        try {
            const found = r.builds(tree);
            builds.push(...found.builds);
            warnings.push(...found.warnings);
        }
        catch (e) {
            warnings.push(`${r.name} files: not read (${e.message}); their builds are not known`);
        }
    }
    return { builds, warnings };
}

;// CONCATENATED MODULE: ./src/detect/build/context/match.ts
/** The text with `${...}` groups blanked (same length), so their colons and slashes do not count. */
function blankGroups(s) {
    let out = '';
    let depth = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === '$' && s[i + 1] === '{') {
            depth++;
            out += '  ';
            i++;
        }
        else if (depth > 0) {
            if (c === '}')
                depth--;
            out += ' ';
        }
        else
            out += c;
    }
    return out;
}
/**
 * A name without registry host, tag and digest, lower-cased: `ghcr.io/o/api:1.2@sha256:...` →
 * `o/api`. Undefined when nothing is left, or when the last segment still uses a variable.
 */
function normaliseName(raw) {
    let s = raw.trim();
    const at = s.indexOf('@');
    if (at >= 0)
        s = s.slice(0, at);
    const blank = blankGroups(s);
    const slash = blank.lastIndexOf('/');
    const colon = blank.indexOf(':', slash + 1);
    if (colon >= 0)
        s = s.slice(0, colon);
    const parts = s.split('/');
    // A first segment with a dot or a port, or `localhost`, is a registry host.
    const first = parts[0] ?? '';
    if (parts.length > 1 && (/[.:]/.test(first) || first === 'localhost'))
        parts.shift();
    const last = parts[parts.length - 1] ?? '';
    if (last === '' || last.includes('$'))
        return undefined;
    return parts.join('/').toLowerCase();
}
/** The forms a name is compared in: whole, and its last path segment. */
function match_forms(name) {
    const i = name.lastIndexOf('/');
    return i < 0 ? [name] : [name, name.slice(i + 1)];
}
/** The builds whose names name this image. */
function buildsFor(image, builds) {
    const wanted = new Set();
    for (const n of [image.name, image.prefix, image.registryImage, image.gradleImage]) {
        const norm = n === undefined ? undefined : normaliseName(n);
        if (norm !== undefined)
            for (const f of match_forms(norm))
                wanted.add(f);
    }
    return builds.filter((b) => b.names.some((raw) => {
        const norm = normaliseName(raw);
        return norm !== undefined && match_forms(norm).some((f) => wanted.has(f));
    }));
}

;// CONCATENATED MODULE: ./src/detect/build/docker/dockerfile.ts
/**
 * A Dockerfile parser, enough to know what a build reads: instructions with their 1-based line,
 * flags and arguments, honouring parser directives (`# escape=`), line continuations, comments
 * inside continued instructions, the JSON-array form and heredocs. Never throws.
 */
const HEREDOC = /<<(-?)(["']?)([A-Za-z_][\w.-]*)\2/g;
/** Splits the text after the keyword into flags and arguments. */
function splitArgs(rest) {
    const flags = [];
    let s = rest.trimStart();
    for (;;) {
        const m = /^--([A-Za-z][\w-]*)(?:=(\S*))?(?:\s+|$)/.exec(s);
        if (!m)
            break;
        flags.push([m[1], m[2]]);
        s = s.slice(m[0].length);
    }
    const t = s.trim();
    if (t.startsWith('[')) {
        try {
            const parsed = JSON.parse(t);
            if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string'))
                return { flags, args: parsed, json: true };
        }
        catch {
            // Not JSON: Docker falls back to the shell form.
        }
    }
    return { flags, args: t === '' ? [] : t.split(/\s+/), json: false };
}
/** Parses a Dockerfile. */
function parseDockerfile(text) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    let escape = '\\';
    let i = 0;
    // Parser directives: only at the very top, before any comment, blank line or instruction.
    for (; i < lines.length; i++) {
        const m = /^#\s*([A-Za-z]+)\s*=\s*(\S*)\s*$/.exec(lines[i]);
        if (!m)
            break;
        if (m[1].toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\'))
            escape = m[2];
    }
    const isComment = (l) => /^\s*#/.test(l);
    const continues = (l) => l.trimEnd().endsWith(escape);
    const instructions = [];
    while (i < lines.length) {
        const first = lines[i];
        if (first.trim() === '' || isComment(first)) {
            i++;
            continue;
        }
        const line = i + 1;
        // The parts of a continued instruction are gathered and joined once: each line is looked
        // at once, so a continuation over many lines costs what its text costs.
        const parts = [];
        let last = first;
        i++;
        while (continues(last) && i < lines.length) {
            parts.push(last.trimEnd().slice(0, -escape.length));
            // Comment and empty lines inside a continued instruction are dropped.
            while (i < lines.length &&
                (isComment(lines[i]) || lines[i].trim() === ''))
                i++;
            last = i < lines.length ? lines[i] : '';
            i++;
        }
        parts.push(continues(last) ? last.trimEnd().slice(0, -escape.length) : last);
        const buf = parts.join(' ');
        const m = /^\s*(\S+)\s*([\s\S]*)$/.exec(buf);
        if (!m)
            continue;
        const keyword = m[1].toUpperCase();
        const rest = m[2];
        const heredocs = [];
        if (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD') {
            for (const h of rest.matchAll(HEREDOC)) {
                const strip = h[1] === '-';
                const delim = h[3];
                heredocs.push(delim);
                while (i < lines.length) {
                    const body = lines[i];
                    i++;
                    if ((strip ? body.replace(/^\t+/, '') : body) === delim)
                        break;
                }
            }
        }
        instructions.push({ keyword, line, ...splitArgs(rest), heredocs });
    }
    return { escape, instructions };
}
/** Whether a word uses a variable (`$X`, `${X}`) not escaped with the escape character. */
function usesVariable(word, escape) {
    for (let k = 0; k < word.length; k++) {
        if (word[k] === escape)
            k++;
        else if (word[k] === '$' && /[{A-Za-z_]/.test(word[k + 1] ?? ''))
            return true;
    }
    return false;
}
/** Substitutes `$X`, `${X}`, `${X:-d}` from `vars`; undefined when a variable stays unknown. */
function substitute(word, vars) {
    let unknown = false;
    const out = word.replace(/\$\{([A-Za-z_]\w*)(?::?[-+]([^}]*))?\}|\$([A-Za-z_]\w*)/g, (_m, a, d, b) => {
        const v = vars.get((a ?? b)) ?? d;
        if (v === undefined)
            unknown = true;
        return v ?? '';
    });
    return unknown ? undefined : out;
}

;// CONCATENATED MODULE: ./src/detect/build/docker/dockerignore.ts
/**
 * `.dockerignore` as Docker reads it: Go `filepath.Match` patterns with `**`, `!` re-includes,
 * last match wins, a pattern that matches a folder ignores everything below it, patterns
 * cleaned like `filepath.Clean` (leading `/` and `./` stripped).
 */
/**
 * `filepath.Clean` for a slash-separated pattern, made relative to the context: a leading `/` is
 * the root, where `..` stays (Clean("/../a") is "/a"), and is then dropped ('' becomes '.').
 */
function clean(p) {
    const rooted = p.startsWith('/');
    const out = [];
    for (const seg of p.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..' && out.length > 0 && out[out.length - 1] !== '..')
            out.pop();
        else if (seg !== '..' || !rooted)
            out.push(seg);
    }
    return out.length === 0 ? '.' : out.join('/');
}
/** Parses a `.dockerignore` text. */
function parseDockerignore(text) {
    const rules = [];
    text
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .forEach((raw, k) => {
        if (raw.startsWith('#'))
            return;
        let p = raw.trim();
        if (p === '')
            return;
        const negate = p.startsWith('!');
        if (negate)
            p = p.slice(1).trim();
        if (p === '')
            return;
        rules.push({ pattern: clean(p), negate, line: k + 1 });
    });
    return rules;
}
/** Reads a class body (`a-z]`...) at `k`, just after `[`; undefined when it is not closed. */
function readClass(pattern, k) {
    const negate = pattern[k] === '^';
    const first = negate ? k + 1 : k;
    // A ] right after [ or [^ is a member, as in Go.
    const end = pattern.indexOf(']', first + 1);
    if (end < 0)
        return undefined;
    const body = pattern.slice(first, end);
    const members = [];
    for (let i = 0; i < body.length; i++) {
        const lo = body[i];
        if (body[i + 1] === '-' && i + 2 < body.length) {
            members.push([lo, body[i + 2]]);
            i += 2;
        }
        else
            members.push([lo, lo]);
    }
    return { token: { kind: 'class', negate, members }, end };
}
/** The tokens of a Go `filepath.Match` pattern extended with `**` (as moby's patternmatcher). */
function tokens(pattern) {
    const out = [];
    for (let k = 0; k < pattern.length; k++) {
        const c = pattern[k];
        if (c === '*') {
            if (pattern[k + 1] === '*') {
                k++;
                if (pattern[k + 1] === '/')
                    k++;
                out.push({ kind: k + 1 >= pattern.length ? 'any' : 'dirs' });
            }
            else
                out.push({ kind: 'star' });
        }
        else if (c === '?')
            out.push({ kind: 'one' });
        else if (c === '\\' && k + 1 < pattern.length)
            out.push({ kind: 'char', c: pattern[++k] });
        else if (c === '[') {
            const cls = readClass(pattern, k + 1);
            if (cls === undefined)
                out.push({ kind: 'char', c });
            else {
                // A range out of order makes the pattern malformed: it is then matched literally.
                if (cls.token.kind === 'class' && cls.token.members.some(([lo, hi]) => lo > hi))
                    return undefined;
                out.push(cls.token);
                k = cls.end;
            }
        }
        else
            out.push({ kind: 'char', c });
    }
    return out;
}
const inClass = (t, ch) => {
    const hit = t.members.some(([lo, hi]) => ch >= lo && ch <= hi);
    return t.negate ? !hit && ch !== '/' : hit;
};
/**
 * Compiles a pattern into a matcher that runs the pattern's automaton over the text once, with
 * the set of states it can be in (no backtracking): O(text x pattern) whatever the pattern.
 * States are token positions; `dirs` has a second state (inside its run, before the `/`),
 * numbered after the tokens.
 */
function compilePattern(pattern) {
    const toks = tokens(pattern) ?? [...pattern].map((c) => ({ kind: 'char', c }));
    const m = toks.length;
    const inner = (i) => m + 1 + i;
    /** Adds state `s` and the states reachable from it without reading a character. */
    const close = (set, s) => {
        const stack = [s];
        while (stack.length > 0) {
            const x = stack.pop();
            if (set[x])
                continue;
            set[x] = 1;
            if (x < m) {
                const t = toks[x];
                if (t.kind === 'star' || t.kind === 'any' || t.kind === 'dirs')
                    stack.push(x + 1);
            }
        }
    };
    const size = 2 * m + 1;
    const step = (from, to, ch) => {
        to.fill(0);
        for (let x = 0; x < m; x++) {
            if (!from[x])
                continue;
            const t = toks[x];
            if (t.kind === 'char') {
                if (t.c === ch)
                    close(to, x + 1);
            }
            else if (t.kind === 'one') {
                if (ch !== '/')
                    close(to, x + 1);
            }
            else if (t.kind === 'class') {
                if (inClass(t, ch))
                    close(to, x + 1);
            }
            else if (t.kind === 'star') {
                if (ch !== '/')
                    close(to, x);
            }
            else if (t.kind === 'any')
                close(to, x);
            else {
                // dirs: enter its run; the `/` that ends it may also go on.
                close(to, inner(x));
                if (ch === '/')
                    close(to, x + 1);
            }
        }
        for (let x = 0; x < m; x++) {
            if (!from[inner(x)])
                continue;
            close(to, inner(x));
            if (ch === '/')
                close(to, x + 1);
        }
        return to.includes(1);
    };
    const run = (s, parents) => {
        // Two state sets, swapped at each character; no match is left once the set is empty.
        let set = new Uint8Array(size);
        let next = new Uint8Array(size);
        close(set, 0);
        for (let i = 0; i < s.length; i++) {
            if (!step(set, next, s[i]))
                return false;
            [set, next] = [next, set];
            if (parents && set[m] && s[i + 1] === '/')
                return true;
        }
        return set[m] === 1;
    };
    return { test: (s) => run(s, false), testOrParent: (p) => run(p, true) };
}
const EVERYTHING = { test: () => true, testOrParent: () => true };
/** The rules of a `.dockerignore`, each pattern compiled once. */
function compileRules(rules) {
    return rules.map((r) => ({
        ...r,
        match: r.pattern === '.' ? EVERYTHING : compilePattern(r.pattern)
    }));
}
/** Whether a context-relative path is ignored by compiled rules: the last match wins. */
function ignoredBy(path, rules) {
    let ignored = false;
    for (const r of rules) {
        if (r.negate !== ignored)
            continue;
        if (r.match.testOrParent(path))
            ignored = !r.negate;
    }
    return ignored;
}
/** Whether a context-relative path is ignored: the last rule matching it or a parent wins. */
function isIgnored(path, rules) {
    return ignoredBy(path, compileRules(rules));
}
/** A literal path as a picomatch glob. */
function escapeGlob(path) {
    return path.replace(/[\\*?[\]{}()!+@,|^$]/g, '\\$&');
}
/** A Go pattern as a picomatch glob (its `*`, `?`, `[...]`, `**` kept; other specials escaped). */
function goGlob(pattern) {
    return pattern.replace(/\\(.)|[{}()!+@,|$]/g, (m, esc) => esc === undefined ? `\\${m}` : `\\${esc}`);
}
/**
 * The `excludes` globs for a context: without `!` rules, each pattern as a glob (with what lies
 * below it); with `!` rules, the exact ignored files of the tree (files added later and ignored
 * still count as inputs, which is wider, never narrower).
 */
function ignoreExcludes(context, rules, filesUnder) {
    const prefix = context === '' ? '' : `${context}/`;
    const globPrefix = context === '' ? '' : `${escapeGlob(context)}/`;
    if (!rules.some((r) => r.negate))
        return rules.map((r) => r.pattern === '.' ? `${globPrefix}**` : `${globPrefix}${goGlob(r.pattern)}/**`);
    const compiled = compileRules(rules);
    return filesUnder(context)
        .filter((f) => ignoredBy(f.slice(prefix.length), compiled))
        .map(escapeGlob);
}

;// CONCATENATED MODULE: ./src/detect/build/links.ts
/**
 * Symbolic links of the head tree, resolved inside it (pure). git stores a link as a blob whose
 * text is the target; a build that reads a linked file reads the target, so the target is an
 * input too, and a link's text is never parsed as the file it stands for. A link that leads
 * outside the repository, is absolute, or loops cannot be seen by comparing trees: it is
 * reported, and the image's inputs are widened with a warning.
 */

/** At most this many links are followed for one path, as Linux's ELOOP limit. */
const MAX_LINK_HOPS = 40;
/**
 * Resolves the symbolic links in every component of `path` (a link's target is relative to the
 * link's folder). `target` answers a link's text, or undefined for a path that is not a link.
 */
function realPath(path, target) {
    const via = [];
    let todo = path.split('/').filter((s) => s !== '' && s !== '.');
    let done = [];
    let hops = 0;
    while (todo.length > 0) {
        const seg = todo[0];
        todo = todo.slice(1);
        if (seg === '..') {
            if (done.length === 0)
                return { error: `${path} leads outside the repository`, via };
            done.pop();
            continue;
        }
        const here = [...done, seg].join('/');
        const text = target(here);
        if (text === undefined) {
            done.push(seg);
            continue;
        }
        via.push(here);
        if (++hops > MAX_LINK_HOPS)
            return { error: `${here}: more than ${MAX_LINK_HOPS} symbolic links (a loop?)`, via };
        if (text === '' || /[\0\n\r]/.test(text))
            return { error: `${here} is a symbolic link with an unusable target`, via };
        if (text.startsWith('/'))
            return { error: `${here} is a symbolic link to ${text}, outside the repository`, via };
        const joined = joinPath(dirOf(here), text);
        if (joined === undefined)
            return { error: `${here} is a symbolic link to ${text}, outside the repository`, via };
        // The target may hold links itself: its components are looked at again.
        done = [];
        todo = [...joined.split('/').filter((s) => s !== ''), ...todo];
    }
    return { path: done.join('/'), via };
}

;// CONCATENATED MODULE: ./src/detect/build/docker/sources.ts
/**
 * The sources a Dockerfile reads from its build context (`COPY`/`ADD` sources, `RUN
 * --mount=type=bind` sources), and whether a source names a file or folder of the tree under a
 * context.
 */





const isGlob = (rel) => /[*?[]/.test(rel);
/** The folders of a source before its first glob segment; all of it when it has none. */
const fixedPart = (rel) => {
    const segs = rel.split('/');
    const k = segs.findIndex(isGlob);
    return k < 0 ? rel : segs.slice(0, k).join('/');
};
/**
 * A source's path in the tree: `rel` (a `Source.rel`, or the folders before its first glob)
 * inside `context`. `Source.rel` has no `..` left (joinPath resolved them), so it never leads
 * out of the context.
 */
function inContext(context, rel) {
    /* istanbul ignore next -- rel holds no `..` segment, so joinPath never returns undefined */
    return joinPath(context, rel) ?? context;
}
/** Whether `path` is a file or folder of the tree, directly or through symbolic links. */
function exists(path, tree) {
    if (tree.hasFile(path) || tree.hasDir(path))
        return true;
    if (tree.links.length === 0)
        return false;
    const real = realPath(path, (p) => tree.linkTarget(p));
    return 'path' in real && (tree.hasFile(real.path) || tree.hasDir(real.path));
}
/** Whether a source names a file or folder of the tree under `context`. */
function resolves(context, rel, tree) {
    if (rel === '')
        return true;
    if (!isGlob(rel)) {
        const p = joinPath(context, rel);
        return p !== undefined && exists(p, tree);
    }
    // A glob: does some file of the tree (or a folder holding one) match it?
    const glob = `${context === '' ? '' : `${escapeGlob(context)}/`}${goGlob(rel)}`;
    const base = inContext(context, fixedPart(rel));
    const test = compileGlob(`${glob}/**`);
    const self = compileGlob(glob);
    return tree.filesUnder(base).some((f) => self(f) || test(f));
}
/** The sources an instruction reads from the build context. */
function sourcesOf(ins, escape) {
    const source = (src, what) => ({
        src,
        rel: joinPath('', src.replace(/^\/+/, '')),
        what,
        line: ins.line,
        variable: usesVariable(src, escape)
    });
    const flag = (n) => ins.flags.find(([k]) => k === n)?.[1];
    if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && flag('from') === undefined) {
        // Heredocs (`COPY <<EOF /x`) are not context sources; the last word is the destination.
        const words = ins.args.filter((a) => !/^<<-?["']?[A-Za-z_]/.test(a));
        return words
            .slice(0, -1)
            .filter((s) => !(ins.keyword === 'ADD' && /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i.test(s)))
            .map((s) => source(s, ins.keyword));
    }
    if (ins.keyword !== 'RUN')
        return [];
    const out = [];
    for (const [k, v] of ins.flags) {
        if (k !== 'mount' || v === undefined)
            continue;
        // `type=bind,source=x,readonly`: each option once, `key=value` or a bare `key`.
        const kv = new Map(v.split(',').map((p) => {
            const eq = p.indexOf('=');
            return eq < 0 ? [p, ''] : [p.slice(0, eq), p.slice(eq + 1)];
        }));
        if ((kv.get('type') ?? 'bind') === 'bind' && !kv.has('from'))
            out.push(source(kv.get('source') ?? kv.get('src') ?? '.', 'RUN --mount'));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/detect/build/docker/infer-context.ts
/**
 * The build context of a Dockerfile that no build declares: the nearest folder, from the
 * Dockerfile's own up to the repository root, under which every literal COPY source exists.
 */


/** The context of a Dockerfile that no build declares, and how it was found. */
function inferContext(file, sources, tree) {
    const own = dirOf(file);
    const literal = sources.filter((s) => !s.variable && s.rel !== undefined);
    if (literal.length === 0)
        return { context: own, how: `the Dockerfile's folder; no COPY source names a path`, others: [] };
    let best = { context: own, count: -1 };
    for (let dir = own; dir !== undefined; dir = dir === '' ? undefined : dirOf(dir)) {
        const count = literal.filter((s) => resolves(dir, s.rel, tree)).length;
        if (count === literal.length) {
            const where = dir === '' ? 'the repository root' : `${dir}/`;
            return {
                context: dir,
                how: dir === own
                    ? `the Dockerfile's folder, where every COPY source is`
                    : `inferred: every COPY source exists under ${where}`,
                others: othersHolding(dir, literal, tree)
            };
        }
        if (count > best.count)
            best = { context: dir, count };
    }
    const where = best.context === '' ? 'the repository root' : `${best.context}/`;
    return {
        others: [],
        context: best.context,
        how: `inferred: ${best.count} of ${literal.length} COPY sources exist under ${where}, more than under any other folder above the Dockerfile`
    };
}
/**
 * The folders above `context` under which every COPY source that names a path exists too: the
 * context is then a guess between them, so the sources read from each of them count as well
 * (a `COPY .` among them, the whole folder). `COPY .` alone names no path and settles nothing:
 * the Dockerfile's folder is the context, as `docker build <folder>` has it.
 */
function othersHolding(context, literal, tree) {
    const named = literal.filter((s) => s.rel !== '');
    if (named.length === 0)
        return [];
    const out = [];
    for (let dir = context; dir !== '';) {
        dir = dirOf(dir);
        if (named.every((s) => resolves(dir, s.rel, tree)))
            out.push(dir);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/detect/build/docker/names.ts
/** Dockerfile names: which files are Dockerfiles (or Containerfiles), and those of a build root. */
/** The Dockerfile of a build root, in the order it is looked for (the Gradle docker plugins' last). */
const ROOT_DOCKERFILES = [
    'Dockerfile',
    'Containerfile',
    'src/docker/Dockerfile'
];
/**
 * Whether a path's file name is a Dockerfile's: `Dockerfile` or `Containerfile`, alone, with a
 * suffix after `.` or `-` (`Dockerfile.prod`, `Dockerfile-java`), or as the extension
 * (`api.Dockerfile`).
 */
function isDockerfile(path) {
    return /^(?:Dockerfile|Containerfile)(?:[.-]|$)|\.(?:Dockerfile|Containerfile)$/.test(path.slice(path.lastIndexOf('/') + 1));
}

;// CONCATENATED MODULE: ./src/detect/build/collect.ts
class InputList {
    provider;
    byKey = new Map();
    constructor(provider) {
        this.provider = provider;
    }
    /** Adds an input unless the same kind and path is already there (a part comes with `refine`). */
    add(kind, path, from, excludes) {
        const key = `${kind}:${path}`;
        if (this.byKey.has(key))
            return;
        this.byKey.set(key, {
            kind,
            path,
            ...(excludes && excludes.length > 0 ? { excludes } : {}),
            from: { provider: this.provider, ...from }
        });
    }
    /** `add` with the provenance as arguments: the why, then the file and line that declare it. */
    put = (kind, path, why, file, line, excludes) => this.add(kind, path, { why, ...(file !== undefined ? { file } : {}), ...(line !== undefined ? { line } : {}) }, excludes);
    /** Attaches `part` to the file input at `path`, if there is one without a part. */
    refine(path, part) {
        const key = `file:${path}`;
        const input = this.byKey.get(key);
        if (input !== undefined && input.part === undefined)
            this.byKey.set(key, { ...input, part });
    }
    /** The inputs in the order they were added. */
    get all() {
        return [...this.byKey.values()];
    }
}

;// CONCATENATED MODULE: ./src/detect/build/docker/provider.ts
/**
 * The Dockerfile provider: the Dockerfile (or Containerfile) of a build, the `COPY`/`ADD`
 * sources (and `RUN --mount=type=bind` sources) it reads from its build context, filtered by
 * `.dockerignore`, and the base images of its `FROM` lines.
 *
 * The context is the one the repository declares (compose, bake, skaffold, a workflow step:
 * see context/), else it is inferred: the nearest folder, from the Dockerfile's own up to the
 * repository root, under which every literal COPY source exists. What cannot be resolved (a
 * source that is no file or folder of the context, such as a build output; a variable; an
 * instruction the reader does not know; an unreadable Dockerfile) is reported as unresolved,
 * and the soundness rule widens the image's inputs (resolve.ts): never a silent narrowing.
 *
 * A Dockerfile under `src/docker/` is the Gradle docker plugins' layout: its context is a folder
 * staged by the build, so the sources cannot be resolved against the repository and the whole
 * build root counts.
 */







/** The instructions of the Dockerfile reference; any other keyword is not understood. */
const KEYWORDS = new Set([
    'FROM',
    'RUN',
    'CMD',
    'LABEL',
    'MAINTAINER',
    'EXPOSE',
    'ENV',
    'ADD',
    'COPY',
    'ENTRYPOINT',
    'VOLUME',
    'USER',
    'WORKDIR',
    'ARG',
    'ONBUILD',
    'STOPSIGNAL',
    'HEALTHCHECK',
    'SHELL'
]);
/** Whether the Dockerfile provider reads `path`: Dockerfiles, Containerfiles and ignore files. */
function wantsDocker(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    // A cheap test first: nearly every file of a tree is none of these.
    if (!base.includes('ockerfile') &&
        !base.includes('ontainerfile') &&
        !base.includes('.dockerignore'))
        return false;
    // The names of names.ts: `Dockerfile-java` too, which a compose file or a Gradle build may name.
    return isDockerfile(base) || base.endsWith('.dockerignore');
}
/** The Dockerfile of a build root, if any. */
function dockerfileOf(folder, tree) {
    return ROOT_DOCKERFILES.map((n) => at(folder, n)).find((f) => tree.hasFile(f));
}
/** The inputs of the Dockerfile `file`, built as `build` says. */
function dockerfileInputs(file, tree, build) {
    const warnings = [];
    const unresolved = [];
    const list = new InputList('docker');
    const baseImages = [];
    const add = (kind, path, why, line, excludes) => list.add(kind, path, { why, file, ...(line !== undefined ? { line } : {}) }, excludes);
    add('file', file, 'Dockerfile of the image');
    const known = build.context;
    const text = tree.read(file);
    if (text === undefined) {
        const context = known ?? build.root;
        unresolved.push({
            what: `${file} could not be read${tree.hasFile(file) ? '' : ' (it is not in the tree)'}`,
            scope: context,
            file
        });
        return {
            inputs: list.all,
            warnings,
            unresolved,
            builds: [{ dockerfile: file, context, how: build.how ?? 'the build root' }],
            claimed: true
        };
    }
    const df = parseDockerfile(text);
    const sources = df.instructions.flatMap((ins) => sourcesOf(ins, df.escape));
    const { context, how, others } = known !== undefined
        ? { context: known, how: build.how ?? 'declared', others: [] }
        : inferContext(file, sources, tree);
    // Where a source that is no file of the context widens to: the declared context, or the build root.
    const scope = known ?? build.root;
    const where = context === '' ? 'the repository root' : `${context}/`;
    // `<Dockerfile>.dockerignore` beside the Dockerfile wins over the context's `.dockerignore`.
    const ignoreFiles = [
        `${file}.dockerignore`,
        context === '' ? '.dockerignore' : `${context}/.dockerignore`
    ];
    for (const f of ignoreFiles)
        add('file', f, 'ignore file of the build context');
    const ignoreFile = ignoreFiles.find((f) => tree.hasFile(f));
    const ignoreText = ignoreFile === undefined ? undefined : tree.read(ignoreFile);
    if (ignoreFile !== undefined && ignoreText === undefined)
        unresolved.push({
            what: `${ignoreFile} could not be read, so what it keeps out is unknown`,
            scope: context,
            file: ignoreFile
        });
    const excludes = ignoreExcludes(context, parseDockerignore(ignoreText ?? ''), (d) => tree.filesUnder(d));
    if (!df.instructions.some((i) => i.keyword === 'FROM'))
        unresolved.push({ what: `${file} has no FROM instruction`, scope, file });
    for (const ins of df.instructions)
        if (!KEYWORDS.has(ins.keyword))
            unresolved.push({
                what: `${file} line ${ins.line}: unknown instruction ${ins.keyword}`,
                scope,
                file,
                line: ins.line
            });
    for (const s of sources) {
        const at = `${s.what} in ${file} line ${s.line}`;
        if (s.variable) {
            unresolved.push({
                what: `${file} line ${s.line}: ${s.what} source ${s.src} uses a variable`,
                scope: context,
                excludes,
                file,
                line: s.line
            });
            continue;
        }
        if (s.rel === undefined) {
            warnings.push(`${file} line ${s.line}: ${s.what} source ${s.src} is outside the build context; ignored`);
            continue;
        }
        if (s.rel === '') {
            add('dir', context, `build context (${at} copies all of it)`, s.line, excludes);
            continue;
        }
        if (!resolves(context, s.rel, tree)) {
            // Not a file of the context: a build output, or a context the repository does not show.
            unresolved.push({
                what: `${file} line ${s.line}: ${s.what} ${s.src} is not a file or folder of the build context ${where} (a build output?)`,
                scope,
                // A glob's output is below its fixed folder (`target/*.jar`: `target`).
                output: inContext(context, fixedPart(s.rel)),
                file,
                line: s.line
            });
            continue;
        }
        const inCtx = inContext(context, s.rel);
        if (isGlob(s.rel))
            add('glob', `${context === '' ? '' : `${escapeGlob(context)}/`}${goGlob(s.rel)}/**`, at, s.line, excludes);
        else
            add(tree.hasFile(inCtx) ? 'file' : 'dir', inCtx, at, s.line, excludes);
    }
    // An inferred context that other folders would fit as well: their sources count too.
    for (const other of others) {
        const at = other === '' ? 'the repository root' : `${other}/`;
        const what = `${file}: its build context is not declared; every COPY source exists under ${where} and under ${at} too (declare it, e.g. in a compose file)`;
        for (const s of sources) {
            if (s.variable || s.rel === undefined)
                continue;
            const base = fixedPart(s.rel);
            unresolved.push({ what, scope: inContext(other, base), file, line: s.line });
        }
    }
    const globalArgs = new Map();
    const stages = new Set();
    let seenFrom = false;
    for (const ins of df.instructions) {
        if (ins.keyword === 'ARG' && !seenFrom) {
            for (const a of ins.args) {
                const [k, ...v] = a.split('=');
                if (k && v.length > 0)
                    globalArgs.set(k, v.join('=').replace(/^(["'])(.*)\1$/, '$2'));
            }
        }
        else if (ins.keyword === 'FROM') {
            seenFrom = true;
            const raw = ins.args[0];
            if (raw === undefined)
                continue;
            if ((ins.args[1] ?? '').toUpperCase() === 'AS' && ins.args[2])
                stages.add(ins.args[2].toLowerCase());
            const image = substitute(raw, globalArgs);
            if (image === undefined)
                warnings.push(`${file} line ${ins.line}: FROM ${raw} uses a build argument without a default`);
            const name = image ?? raw;
            const asStage = stages.has(name.toLowerCase()) && name.toLowerCase() !== (ins.args[2] ?? '').toLowerCase();
            if (name !== 'scratch' && !asStage)
                baseImages.push({ image: name, file, line: ins.line });
        }
    }
    return {
        inputs: list.all,
        warnings,
        unresolved,
        baseImages,
        builds: [{ dockerfile: file, context, how }],
        claimed: true
    };
}
/**
 * The inputs of the Dockerfile at a build root. Not claimed when the root has none; claimed with
 * nothing when a build the repository declares for the image reads it (`declared`).
 */
function dockerInputs(folder, tree, declared = new Set()) {
    const file = dockerfileOf(folder, tree);
    if (file === undefined)
        return { inputs: [], warnings: [], claimed: false };
    if (declared.has(file))
        return { inputs: [], warnings: [], claimed: true };
    if (!file.endsWith('src/docker/Dockerfile'))
        return dockerfileInputs(file, tree, { root: folder });
    // A staged context: its sources are outputs of the build, made from the project folder. A
    // build system that claims the folder settles them (its inputs are what they are made of);
    // otherwise the whole folder counts.
    const r = dockerfileInputs(file, tree, {
        context: dirOf(file),
        how: 'a folder staged by the Gradle build from the project folder',
        root: folder
    });
    const staged = {
        what: `the build context of ${file} is staged by the build from the project folder ${folder === '' ? '(the root)' : `${folder}/`}`,
        scope: folder,
        output: folder,
        file
    };
    return {
        ...r,
        inputs: [r.inputs[0]],
        warnings: [],
        unresolved: [staged]
    };
}
/** The Dockerfile provider. */
const dockerProvider = {
    name: 'docker',
    wants: wantsDocker,
    inputsOf: (_image, root, tree, declared) => dockerInputs(root.folder, tree, declared)
};

;// CONCATENATED MODULE: ./src/detect/build/folder.ts
/** The folder provider. */
const folderProvider = {
    name: 'folder',
    // It reads no build file.
    wants: () => false,
    inputsOf: (_image, root) => ({
        inputs: [
            {
                kind: 'dir',
                path: root.folder,
                from: { provider: 'folder', why: `build root ${root.folder}/` }
            }
        ],
        warnings: [],
        claimed: true
    })
};

;// CONCATENATED MODULE: ./src/detect/build/build-output.ts
/**
 * Whether the docker builds of an image read a build output, for the build-system providers
 * (Maven, Go) that model a build run outside Docker: they matter only when a Dockerfile copies
 * what that build made. A build whose every Dockerfile copies only files of the repository (it
 * compiles inside Docker, or copies sources) is counted exactly by the Dockerfile provider, so
 * the build-system provider leaves it alone rather than widening it to a whole module.
 */

/**
 * True when some Dockerfile of the build at `folder` (its own, or one a declared build reads)
 * copies something that is not in the tree (a build output); false when it has Dockerfiles and
 * none does; undefined when it has none (jib, ko, buildpacks: the build makes the image).
 */
function copiesBuildOutput(folder, tree, declared = new Set()) {
    const files = new Set(declared);
    const own = dockerfileOf(folder, tree);
    if (own !== undefined)
        files.add(own);
    if (files.size === 0)
        return undefined;
    return [...files].some((f) => dockerfileInputs(f, tree, { root: folder }).unresolved.some((u) => u.output !== undefined));
}

;// CONCATENATED MODULE: ./src/detect/build/go/gomod.ts
/**
 * A reader for `go.mod` and `go.work`: the module path, the `replace` directives and the `use`
 * directives, single or in a block. One pass over the text, line by line (no backtracking
 * regex); other directives (`require`, `go`, `toolchain`, `exclude`, `tool`...) are skipped.
 * What the go command would refuse (an unterminated string, a block that is not closed, a
 * `replace` without `=>`) is an error, with its line.
 */
/** The tokens of one line, comments dropped; an error for an unterminated string. */
function gomod_tokens(line) {
    const out = [];
    let i = 0;
    while (i < line.length) {
        const c = line[i];
        if (c === ' ' || c === '\t' || c === '\r') {
            i++;
        }
        else if (line.startsWith('//', i)) {
            break;
        }
        else if (c === '"') {
            let k = i + 1;
            let value = '';
            for (; k < line.length && line[k] !== '"'; k++) {
                if (line[k] === '\\' && k + 1 < line.length)
                    k++;
                value += line[k];
            }
            if (k >= line.length)
                return 'an unterminated string';
            out.push({ quoted: value });
            i = k + 1;
        }
        else if (c === '`') {
            const k = line.indexOf('`', i + 1);
            if (k < 0)
                return 'an unterminated string';
            out.push({ quoted: line.slice(i + 1, k) });
            i = k + 1;
        }
        else if (c === '(' || c === ')') {
            out.push(c);
            i++;
        }
        else {
            let k = i;
            while (k < line.length && !/[\s"`()]/.test(line[k]) && !line.startsWith('//', k))
                k++;
            out.push(line.slice(i, k));
            i = k;
        }
    }
    return out;
}
const gomod_text = (t) => t === undefined ? undefined : typeof t === 'string' ? t : t.quoted;
const isWord = (t, w) => t === w;
/** Whether a replace target is a folder: Go's rule is a path that starts with `./`, `../` or `/`. */
const isLocalPath = (p) => p === '.' || p === '..' || p.startsWith('./') || p.startsWith('../') || p.startsWith('/');
/** Reads a `go.mod` or `go.work`. */
function readGoMod(source) {
    let module;
    const replaces = [];
    const uses = [];
    /** The verb of the block being read, and the line it opened on. */
    let block;
    const lines = source.split('\n');
    for (let n = 0; n < lines.length; n++) {
        const line = n + 1;
        const toks = gomod_tokens(lines[n]);
        if (typeof toks === 'string')
            return { error: toks, line };
        if (toks.length === 0)
            continue;
        let verb;
        let args;
        if (block !== undefined) {
            if (isWord(toks[0], ')')) {
                if (toks.length > 1)
                    return { error: 'text after the closing )', line };
                block = undefined;
                continue;
            }
            verb = block.verb;
            args = toks;
        }
        else {
            verb = gomod_text(toks[0]);
            args = toks.slice(1);
            if (isWord(args[0], ')'))
                return { error: 'a ) with no block open', line };
            if (isWord(args[0], '(')) {
                if (args.length > 1)
                    return { error: 'text after the opening (', line };
                block = { verb: verb ?? '', line };
                continue;
            }
        }
        if (args.some((a) => isWord(a, '(') || isWord(a, ')')))
            return { error: 'an unexpected parenthesis', line };
        if (verb === 'module')
            module = gomod_text(args[0]);
        else if (verb === 'use') {
            const path = gomod_text(args[0]);
            if (path === undefined)
                return { error: 'a use directive without a folder', line };
            uses.push({ path, line });
        }
        else if (verb === 'replace') {
            const arrow = args.findIndex((a) => isWord(a, '=>'));
            const from = gomod_text(args[0]);
            const to = gomod_text(args[arrow + 1]);
            if (arrow < 1 || arrow > 2 || from === undefined || to === undefined)
                return { error: 'a replace directive without "old => new"', line };
            replaces.push({ from, to, local: isLocalPath(to), line });
        }
    }
    if (block !== undefined)
        return { error: `the ${block.verb} block is not closed`, line: block.line };
    return { ...(module !== undefined ? { module } : {}), replaces, uses };
}

;// CONCATENATED MODULE: ./src/detect/build/go/provider.ts
/**
 * The Go provider: what `go build` of the image's main package reads, from `go.mod` and
 * `go.work` as text. Never runs the go command, and reads no `.go` file.
 *
 * It claims a build root below a `go.mod` unless every Dockerfile of the build copies only files
 * of the repository (it compiles inside Docker): those the Dockerfile provider counts exactly.
 * The main module is the nearest folder, from the build root up, that holds a `go.mod`. Its
 * inputs: `go.mod`, `go.sum`, and every file of the module (`vendor/` included) but tests
 * (`*_test.go`, `testdata/`) and nested modules (a folder with its own `go.mod`). Imports are not
 * read, so when the build root is a package inside a larger module (`cmd/api/` of a module at
 * the repository root) the whole module counts, and the provenance says so. Then, transitively:
 * the folders of local `replace` targets (`replace x => ../lib`) and, when the module is a
 * member of the `go.work` above it, that `go.work` and every module it `use`s (any of them may be
 * imported), with their own replaces.
 *
 * What it cannot read widens the inputs (resolve.ts): a `go.mod` or `go.work` that is not
 * well-formed (to its folder: the build fails until it changes). A replace to a folder outside
 * the repository, and a `use` of one in the workspace, get a warning (what is not in the
 * repository cannot be compared).
 */





const base = (path) => path.slice(path.lastIndexOf('/') + 1);
const provider_shown = (dir) => (dir === '' ? 'the repository root' : `${dir}/`);
/** Whether the Go provider reads `path`: `go.mod` and `go.work`. */
function wantsGo(path) {
    const b = base(path);
    return b === 'go.mod' || b === 'go.work';
}
/** The nearest folder, from `dir` up, that holds `file`. */
function nearest(dir, file, tree) {
    for (let d = dir; d !== undefined; d = d === '' ? undefined : dirOf(d))
        if (tree.hasFile(at(d, file)))
            return d;
    return undefined;
}
/** What the files of a module leave out: tests, test data, and the modules nested in it. */
function excludesOf(dir, tree) {
    const prefix = dir === '' ? '' : `${escapeGlob(dir)}/`;
    const nested = tree
        .filesUnder(dir)
        .filter((f) => base(f) === 'go.mod' && dirOf(f) !== dir)
        .map((f) => `${escapeGlob(dirOf(f))}/**`);
    return [`${prefix}**/*_test.go`, `${prefix}**/testdata/**`, ...nested];
}
/** The inputs of the Go build at `folder`. */
function goInputs(folder, tree, declared) {
    const main = nearest(folder, 'go.mod', tree);
    // Docker builds that copy only files of the repository are counted by the Dockerfile provider.
    if (main === undefined || copiesBuildOutput(folder, tree, declared) === false)
        return { inputs: [], warnings: [], claimed: false };
    const list = new InputList('go');
    const warnings = [];
    const unresolved = [];
    const add = list.put;
    const read = (file) => {
        const text = tree.read(file);
        const r = text === undefined ? { error: 'could not be read', line: 0 } : readGoMod(text);
        if (!('error' in r))
            return r;
        unresolved.push({
            what: `${file}${r.line > 0 ? ` line ${r.line}` : ''}: ${r.error}`,
            scope: dirOf(file),
            file,
            ...(r.line > 0 ? { line: r.line } : {})
        });
        return undefined;
    };
    const mainMod = at(main, 'go.mod');
    const whyMain = main === folder
        ? `Go module ${provider_shown(main)} (${mainMod})`
        : `Go module ${provider_shown(main)} (${mainMod}), which holds the build root ${folder}/; ` +
            `imports are not read, so the whole module counts`;
    const queue = [{ dir: main, why: whyMain, file: mainMod }];
    const done = new Set();
    const replaceTargets = (mod, file, owner) => {
        for (const r of mod.replaces) {
            if (!r.local)
                continue;
            const where = `${file} line ${r.line}`;
            const target = r.to.startsWith('/') ? undefined : joinPath(dirOf(file), r.to);
            if (target === undefined) {
                warnings.push(`${where}: replace ${r.from} => ${r.to} leads outside the repository; ignored`);
                continue;
            }
            queue.push({
                dir: target,
                why: `${owner} replaces ${r.from} with ${r.to} (${where})`,
                file,
                line: r.line
            });
        }
    };
    /** Follows the queued modules: each module's files, and its local replaces. */
    const drain = () => {
        while (queue.length > 0) {
            const step = queue.shift();
            if (done.has(step.dir))
                continue;
            done.add(step.dir);
            const gomod = at(step.dir, 'go.mod');
            add('file', gomod, `go.mod of ${step.why}`, step.file, step.line);
            add('file', at(step.dir, 'go.sum'), `checksums (go.sum) of ${step.why}`, step.file, step.line);
            add('dir', step.dir, step.why, step.file, step.line, excludesOf(step.dir, tree));
            if (!tree.hasFile(gomod)) {
                if (!tree.hasDir(step.dir))
                    warnings.push(`${step.why}: ${step.dir}/ is not in the tree`);
                continue;
            }
            const mod = read(gomod);
            if (mod)
                replaceTargets(mod, gomod, mod.module ?? gomod);
        }
    };
    drain();
    // The workspace: found from the build root up, as the go command does from where it runs.
    const wsDir = nearest(folder, 'go.work', tree);
    if (wsDir !== undefined) {
        const work = at(wsDir, 'go.work');
        add('file', work, `the Go workspace above ${provider_shown(folder)}`);
        add('file', at(wsDir, 'go.work.sum'), `checksums of the Go workspace ${work}`);
        const ws = read(work);
        const uses = (ws?.uses ?? []).map((u) => ({
            ...u,
            dir: u.path.startsWith('/') ? undefined : joinPath(wsDir, u.path)
        }));
        if (ws && uses.some((m) => m.dir === main)) {
            for (const m of uses)
                if (m.dir === undefined)
                    warnings.push(`${work} line ${m.line}: use ${m.path} leads outside the repository; ignored`);
                else
                    queue.push({
                        dir: m.dir,
                        why: `member of the Go workspace ${work} (line ${m.line})`,
                        file: work,
                        line: m.line
                    });
            replaceTargets(ws, work, work);
            drain();
        }
    }
    return { inputs: list.all, warnings: [...new Set(warnings)], unresolved, claimed: true };
}
/** The Go provider. */
const goProvider = {
    name: 'go',
    wants: wantsGo,
    inputsOf: (_image, root, tree, declared) => goInputs(root.folder, tree, declared)
};

;// CONCATENATED MODULE: ./src/util/memo.ts
/** The value a cache holds for a key, made by `make` and kept on first use (Map or WeakMap). */
function memo(cache, key, make) {
    if (cache.has(key))
        return cache.get(key);
    const value = make();
    cache.set(key, value);
    return value;
}

;// CONCATENATED MODULE: ./src/detect/build/python/toml-values.ts
/**
 * TOML's values and keys for toml.ts: the value types, and a reader of one key path or one value
 * at a time (strings of the four kinds, numbers, booleans, dates as text, arrays and inline
 * tables, across lines). Nesting deeper than MAX_DEPTH is an error; errors are TomlError with
 * their offset.
 */

const toml_values_MAX_DEPTH = 64;
/** Escapes other than these and `\u`, `\U` stand for their character (`\"`, `\\`). */
const toml_values_ESCAPES = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };
class TomlError extends errors/* KnownError */.E {
    pos;
    get id() {
        return 'toml';
    }
    constructor(message, pos) {
        super(message);
        this.pos = pos;
    }
}
const isTable = (v) => typeof v === 'object' && !Array.isArray(v);
class Reader {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    fail(message) {
        throw new TomlError(message, this.pos);
    }
    peek(k = 0) {
        return this.text[this.pos + k] ?? '';
    }
    /** Skips spaces, tabs and, when `lines`, line breaks and comments. */
    blank(lines) {
        for (;;) {
            const c = this.peek();
            if (c === ' ' || c === '\t')
                this.pos++;
            else if (c === '#') {
                const end = this.text.indexOf('\n', this.pos);
                this.pos = end < 0 ? this.text.length : end;
            }
            else if (lines && (c === '\n' || c === '\r'))
                this.pos++;
            else
                return;
        }
    }
    /** The rest of a line after a value or header: blanks and a comment, then a break or the end. */
    endOfLine() {
        this.blank(false);
        const c = this.peek();
        if (c === '\r' && this.peek(1) === '\n')
            this.pos += 2;
        else if (c === '\n')
            this.pos++;
        else if (c !== '')
            this.fail(`unexpected ${JSON.stringify(c)}`);
    }
    key() {
        const keys = [];
        for (;;) {
            this.blank(false);
            const c = this.peek();
            if (c === '"')
                keys.push(this.basic());
            else if (c === "'")
                keys.push(this.literal());
            else {
                const m = /[A-Za-z0-9_-]+/y;
                m.lastIndex = this.pos;
                const found = m.exec(this.text);
                if (!found)
                    this.fail('a key was expected');
                keys.push(found[0]);
                this.pos = m.lastIndex;
            }
            this.blank(false);
            if (this.peek() !== '.')
                return keys;
            if (keys.length >= toml_values_MAX_DEPTH)
                this.fail('a key path is nested too deeply');
            this.pos++;
        }
    }
    /** After an opening `"""` or `'''`, a line break right there is not part of the string. */
    skipFirstBreak() {
        if (this.peek() === '\n')
            this.pos++;
        else if (this.peek() === '\r' && this.peek(1) === '\n')
            this.pos += 2;
    }
    basic() {
        const multi = this.text.startsWith('"""', this.pos);
        this.pos += multi ? 3 : 1;
        if (multi)
            this.skipFirstBreak();
        let out = '';
        for (;;) {
            const c = this.peek();
            if (c === '')
                this.fail('a string is not closed');
            if (multi ? this.text.startsWith('"""', this.pos) : c === '"') {
                // Up to two quotes right before the closing three belong to the string.
                let q = 1;
                while (multi && q < 5 && this.peek(q) === '"')
                    q++;
                out += '"'.repeat(multi ? q - 3 : 0);
                this.pos += q;
                return out;
            }
            if (!multi && c === '\n')
                this.fail('a string is not closed on its line');
            if (c === '\\') {
                const e = this.peek(1);
                this.pos += 2;
                if (Object.hasOwn(toml_values_ESCAPES, e))
                    out += toml_values_ESCAPES[e];
                else if (e === 'u' || e === 'U') {
                    const n = e === 'u' ? 4 : 8;
                    const hex = this.text.slice(this.pos, this.pos + n);
                    if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length < n)
                        this.fail(`\\${e} is not followed by ${n} hex digits`);
                    const code = Number.parseInt(hex, 16);
                    this.pos += n;
                    out += code <= 0x10ffff ? String.fromCodePoint(code) : '';
                }
                else if (multi && (e === '\n' || e === ' ' || e === '\r' || e === '\t')) {
                    // A line-ending backslash: the blanks and line breaks after it (a `#` there is text).
                    this.pos--;
                    while (/[ \t\r\n]/.test(this.peek()))
                        this.pos++;
                }
                else
                    out += e;
                continue;
            }
            out += c;
            this.pos++;
        }
    }
    literal() {
        const multi = this.text.startsWith("'''", this.pos);
        this.pos += multi ? 3 : 1;
        if (multi)
            this.skipFirstBreak();
        const end = this.text.indexOf(multi ? "'''" : "'", this.pos);
        if (end < 0)
            this.fail('a string is not closed');
        const out = this.text.slice(this.pos, end);
        // Only up to the closing quote: a search to the next line break could cross the whole text.
        if (!multi && out.includes('\n'))
            this.fail('a string is not closed');
        this.pos = end + (multi ? 3 : 1);
        return out;
    }
    value(depth) {
        if (depth > toml_values_MAX_DEPTH)
            this.fail('values are nested too deeply');
        const c = this.peek();
        if (c === '"')
            return this.basic();
        if (c === "'")
            return this.literal();
        if (c === '[')
            return this.array(depth);
        if (c === '{')
            return this.inline(depth);
        const m = /[^\s,\]}#]+/y;
        m.lastIndex = this.pos;
        const found = m.exec(this.text);
        if (!found)
            this.fail('a value was expected');
        this.pos = m.lastIndex;
        const raw = found[0];
        if (raw === 'true' || raw === 'false')
            return raw === 'true';
        const n = Number(raw.replace(/_/g, ''));
        return Number.isNaN(n) ? raw : n;
    }
    array(depth) {
        this.pos++;
        const out = [];
        for (;;) {
            this.blank(true);
            if (this.peek() === ']') {
                this.pos++;
                return out;
            }
            out.push(this.value(depth + 1));
            this.blank(true);
            if (this.peek() === ',')
                this.pos++;
            else if (this.peek() !== ']')
                this.fail('"," or "]" was expected in an array');
        }
    }
    inline(depth) {
        this.pos++;
        const out = newTable();
        for (;;) {
            this.blank(true);
            if (this.peek() === '}') {
                this.pos++;
                return out;
            }
            const keys = this.key();
            if (this.peek() !== '=')
                this.fail('"=" was expected');
            this.pos++;
            this.blank(false);
            // The keys of a dotted key nest too: each counts toward the depth.
            toml_values_assign(out, keys, this.value(depth + keys.length));
            this.blank(true);
            if (this.peek() === ',')
                this.pos++;
            else if (this.peek() !== '}')
                this.fail('"," or "}" was expected in an inline table');
        }
    }
}
/**
 * A new table. Tables have no prototype, so that a key such as `__proto__` or `constructor` is
 * a key like any other and never reaches Object.prototype.
 */
const newTable = () => Object.create(null);
/** The table at `keys` below `from`, made as needed (the last table of an array of tables). */
function tableAt(from, keys) {
    let t = from;
    for (const k of keys) {
        let v = Object.hasOwn(t, k) ? t[k] : undefined;
        if (Array.isArray(v) && isTable(v[v.length - 1]))
            v = v[v.length - 1];
        if (!isTable(v)) {
            v = newTable();
            t[k] = v;
        }
        t = v;
    }
    return t;
}
/** Sets the value at a key path below `table`, making the tables on the way. */
function toml_values_assign(table, keys, value) {
    tableAt(table, keys.slice(0, -1))[keys[keys.length - 1]] = value;
}

;// CONCATENATED MODULE: ./src/detect/build/python/toml.ts
/**
 * A small, tolerant TOML reader, enough for `pyproject.toml`, `Pipfile` and `uv.toml`: tables,
 * arrays of tables, dotted and quoted keys, strings (basic, literal, multi-line), arrays and
 * inline tables (across lines too), and bare scalars (numbers, booleans and dates, as text or
 * numbers). Redefinitions are not errors: the last one wins. One pass over the text; nesting
 * deeper than MAX_DEPTH (values in values, or keys in a key path) is an error. Nothing here
 * throws. The document is read here, its keys and values in toml-values.ts.
 */


function keyLines(from, keys) {
    let node = from;
    for (const k of keys)
        node = memo(node.next, k, () => ({ next: new Map() }));
    return node;
}
/** Reads a TOML document. */
function readToml(text) {
    const r = new Reader(text);
    const root = newTable();
    const lines = { next: new Map() };
    let section = lines;
    let line = 1;
    let current = root;
    let lastPos = 0;
    try {
        for (;;) {
            r.blank(true);
            if (r.peek() === '')
                break;
            // Lines are counted as the reader moves on, so finding a line is linear overall.
            const start = r.pos;
            line += countBreaks(text, lastPos, start);
            lastPos = start;
            if (r.peek() === '[') {
                const many = r.peek(1) === '[';
                r.pos += many ? 2 : 1;
                const prefix = r.key();
                if (!text.startsWith(many ? ']]' : ']', r.pos))
                    r.fail('a table header is not closed');
                r.pos += many ? 2 : 1;
                if (many) {
                    const parent = tableAt(root, prefix.slice(0, -1));
                    const last = prefix[prefix.length - 1];
                    const had = Object.hasOwn(parent, last) ? parent[last] : undefined;
                    const list = Array.isArray(had) ? had : [];
                    current = newTable();
                    list.push(current);
                    parent[last] = list;
                }
                else
                    current = tableAt(root, prefix);
                section = keyLines(lines, prefix);
                section.line = line;
            }
            else {
                const keys = r.key();
                if (r.peek() !== '=')
                    r.fail('"=" was expected after a key');
                r.pos++;
                r.blank(false);
                toml_values_assign(current, keys, r.value(0));
                keyLines(section, keys).line = line;
            }
            r.endOfLine();
        }
    }
    catch (e) {
        /* istanbul ignore else -- the reader throws only TomlError; anything else is a bug, not input */
        if (e instanceof TomlError)
            return { error: e.message, line: 1 + countBreaks(text, 0, e.pos) };
        throw e;
    }
    const lineOf = (keys) => keys.reduce((node, k) => node?.next.get(k), lines)?.line;
    return { table: root, line: lineOf };
}
function countBreaks(text, from, to) {
    let n = 0;
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/** The value at a key path, if any. */
function tomlGet(table, ...keys) {
    let v = table;
    for (const k of keys)
        v = isTable(v) && Object.hasOwn(v, k) ? v[k] : undefined;
    return v;
}

;// CONCATENATED MODULE: ./src/detect/build/gradle/diff/catalog-diff.ts


/** An alias's accessor: every `-`, `_` and `.` becomes `.` (`spring-boot_web` → `spring.boot.web`). */
function catalogAccessorOf(alias) {
    return alias.replace(/[-_.]/g, '.');
}
const SECTIONS = ['versions', 'libraries', 'bundles', 'plugins'];
const RICH = ['strictly', 'require', 'prefer', 'reject', 'rejectAll'];
const KEYS = {
    versions: RICH,
    libraries: ['module', 'group', 'name', 'version'],
    bundles: [],
    plugins: ['id', 'version']
};
const NOUN = {
    versions: 'version',
    libraries: 'library',
    bundles: 'bundle',
    plugins: 'plugin'
};
const PREFIX = {
    versions: 'versions.',
    libraries: '',
    bundles: 'bundles.',
    plugins: 'plugins.'
};
const only = (t, keys) => Object.keys(t).every((k) => keys.includes(k));
/** The version an entry takes by `version.ref` (as an accessor), '' for none; undefined: refused. */
function refOf(section, v) {
    if (section === 'bundles')
        return Array.isArray(v) && v.every((m) => typeof m === 'string') ? '' : undefined;
    if (typeof v === 'string')
        return '';
    if (!isTable(v) || !only(v, KEYS[section]))
        return undefined;
    if (section === 'versions')
        return '';
    const version = v.version;
    if (version === undefined || typeof version === 'string')
        return '';
    if (!isTable(version) || !only(version, ['ref', ...RICH]))
        return undefined;
    if (version.ref === undefined)
        return '';
    return typeof version.ref === 'string' ? catalogAccessorOf(version.ref) : undefined;
}
function readCatalog(text) {
    const read = readToml(text);
    if ('error' in read)
        return `line ${read.line}: ${read.error}`;
    const refs = {};
    for (const section of SECTIONS) {
        const t = read.table[section] ?? {};
        if (!isTable(t))
            return `${section} is not a table`;
        refs[section] = new Map();
        for (const [alias, v] of Object.entries(t)) {
            const ref = refOf(section, v);
            if (ref === undefined)
                return `${NOUN[section]} ${alias} has an unexpected value`;
            refs[section].set(alias, ref);
        }
    }
    return { table: read.table, refs };
}
/** Deep equality of TOML values, tables compared whatever the order of their keys. */
function sameToml(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
            return false;
        return a.every((x, i) => sameToml(x, b[i]));
    }
    if (!isTable(a) || !isTable(b))
        return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length)
        return false;
    return keys.every((k) => Object.hasOwn(b, k) && sameToml(a[k], b[k]));
}
const entries = (t, section) => {
    const s = t[section];
    return isTable(s) ? s : {};
};
/**
 * The accessors that changed between two texts of a version catalog (undefined: the file is
 * absent on that side, which counts whole).
 */
function catalogChange(before, after) {
    const whole = (all) => ({ all, parts: [], none: [] });
    if (before === after)
        return { parts: [], none: [] };
    if (before === undefined)
        return whole('the version catalog was added');
    if (after === undefined)
        return whole('the version catalog was deleted');
    const old = readCatalog(before);
    const now = readCatalog(after);
    if (typeof old === 'string')
        return whole(`the version catalog at the tag cannot be read: ${old}`);
    if (typeof now === 'string')
        return whole(`the version catalog cannot be read: ${now}`);
    for (const key of new Set([...Object.keys(old.table), ...Object.keys(now.table)])) {
        if (SECTIONS.includes(key))
            continue;
        if (!sameToml(old.table[key], now.table[key]))
            return whole(`the version catalog: ${key} changed (not a version, library, bundle or plugin)`);
    }
    const parts = new Map();
    const add = (name, what) => {
        if (!parts.has(name))
            parts.set(name, { kind: 'alias', name, what });
    };
    /** Library accessors that changed, directly or through a version, and why. */
    const libraries = new Map();
    const changed = {
        versions: [],
        libraries: [],
        bundles: [],
        plugins: []
    };
    for (const section of SECTIONS) {
        const a = entries(old.table, section);
        const b = entries(now.table, section);
        for (const alias of new Set([...Object.keys(a), ...Object.keys(b)])) {
            const how = !Object.hasOwn(b, alias)
                ? 'removed'
                : !Object.hasOwn(a, alias)
                    ? 'added'
                    : sameToml(a[alias], b[alias])
                        ? undefined
                        : 'changed';
            if (how === undefined)
                continue;
            const what = `${NOUN[section]} ${alias} ${how}`;
            add(PREFIX[section] + catalogAccessorOf(alias), what);
            changed[section].push([alias, how]);
            if (section === 'libraries')
                libraries.set(catalogAccessorOf(alias), what);
        }
    }
    // A version reaches what takes it by reference, on either side (indexed once: linear).
    const takers = new Map();
    for (const c of [old, now]) {
        for (const section of ['libraries', 'plugins']) {
            for (const [alias, ref] of c.refs[section]) {
                if (ref === '')
                    continue;
                const list = takers.get(ref) ?? [];
                list.push([section, alias]);
                takers.set(ref, list);
            }
        }
    }
    for (const [v, how] of changed.versions) {
        for (const [section, alias] of takers.get(catalogAccessorOf(v)) ?? []) {
            const what = `${NOUN[section]} ${alias} takes version ${v}, which ${how}`;
            add(PREFIX[section] + catalogAccessorOf(alias), what);
            if (section === 'libraries' && !libraries.has(catalogAccessorOf(alias)))
                libraries.set(catalogAccessorOf(alias), what);
        }
    }
    // A library reaches the bundles that list it, on either side.
    for (const c of [old, now]) {
        for (const [bundle, members] of Object.entries(entries(c.table, 'bundles'))) {
            for (const m of members) {
                const why = libraries.get(catalogAccessorOf(m));
                if (why !== undefined)
                    add(`bundles.${catalogAccessorOf(bundle)}`, `bundle ${bundle} lists ${m} (${why})`);
            }
        }
    }
    const list = [...parts.values()];
    return { parts: list, none: list.length === 0 ? ['only comments or layout changed'] : [] };
}

;// CONCATENATED MODULE: ./src/detect/build/gradle/lex.ts
/**
 * A small lexer for Gradle build scripts (Groovy and Kotlin DSL), enough to read them as text.
 *
 * It does not parse Groovy or Kotlin. It finds comments and string literals so that the
 * structural regexes of the Gradle readers run over a `skeleton` (comments blanked, string
 * contents blanked, quotes kept, same length and line breaks as the text), and can look up the
 * literal that starts at a position. Braces inside strings and comments therefore never
 * confuse block matching, and offsets map back to 1-based lines of the original text.
 */
function blank(s) {
    return s.replace(/[^\n]/g, ' ');
}
/** Lexes a script. Never throws: an unterminated literal or comment runs to the end. */
function lex(text) {
    const out = [];
    const strings = [];
    let i = 0;
    const n = text.length;
    // Plain text is copied in runs, not a character at a time.
    let plain = 0;
    const flush = () => {
        if (plain < i)
            out.push(text.slice(plain, i));
    };
    while (i < n) {
        const c = text[i];
        const next = text[i + 1];
        if (c === '/' && next === '/') {
            flush();
            const e = text.indexOf('\n', i);
            const stop = e < 0 ? n : e;
            out.push(blank(text.slice(i, stop)));
            i = stop;
        }
        else if (c === '/' && next === '*') {
            flush();
            const e = text.indexOf('*/', i + 2);
            const stop = e < 0 ? n : e + 2;
            out.push(blank(text.slice(i, stop)));
            i = stop;
        }
        else if (c === '"' || c === "'") {
            flush();
            const triple = text.startsWith(c.repeat(3), i);
            const q = triple ? c.repeat(3) : c;
            let j = i + q.length;
            let depth = 0;
            let dynamic = false;
            while (j < n) {
                const d = text[j];
                if (d === '\\')
                    j += 2;
                else if (c === '"' &&
                    d === '$' &&
                    (text[j + 1] === '{' || /[A-Za-z_]/.test(text[j + 1] ?? ''))) {
                    dynamic = true;
                    if (text[j + 1] === '{') {
                        depth++;
                        j += 2;
                    }
                    else
                        j++;
                }
                else if (depth > 0 && d === '{') {
                    depth++;
                    j++;
                }
                else if (depth > 0 && d === '}') {
                    depth--;
                    j++;
                }
                else if (depth === 0 && text.startsWith(q, j))
                    break;
                else if (!triple && d === '\n')
                    break; // a single-quoted literal never spans lines
                else
                    j++;
            }
            const closed = text.startsWith(q, j);
            const end = Math.min(n, closed ? j + q.length : j);
            strings.push({ start: i, end, value: text.slice(i + q.length, Math.min(j, n)), dynamic });
            out.push(q + blank(text.slice(i + q.length, Math.min(j, n))) + (closed ? q : ''));
            i = end;
        }
        else {
            i++;
            continue;
        }
        plain = i;
    }
    flush();
    const skeleton = out.join('');
    const lineStarts = [0];
    for (let k = 0; k < n; k++)
        if (text[k] === '\n')
            lineStarts.push(k + 1);
    const byStart = new Map(strings.map((s) => [s.start, s]));
    // Matching braces, found once with a stack: a `}` with no open `{` closes nothing, and a `{`
    // never closed runs to the end of the text (as a scan for the depth to return to 0 finds).
    const close = new Map();
    const open = [];
    for (let k = 0; k < n; k++) {
        if (skeleton[k] === '{')
            open.push(k);
        else if (skeleton[k] === '}' && open.length > 0)
            close.set(open.pop(), k);
    }
    const lineOf = (offset) => {
        let lo = 0;
        let hi = lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
    return {
        text,
        skeleton,
        strings,
        lineOf,
        lineEnd(offset) {
            const next = lineStarts[lineOf(offset)];
            return next === undefined ? n : next - 1;
        },
        closeOf(o) {
            return close.get(o) ?? n;
        },
        stringAt(pos) {
            let p = pos;
            while (p < n && /\s/.test(skeleton[p]))
                p++;
            return byStart.get(p);
        }
    };
}
/**
 * The blocks named by `name` (a regex source, e.g. `dependencies` or `subprojects|allprojects`),
 * with an optional parenthesised argument before the brace (`configure(subprojects) {`).
 * Only blocks within [from, to) are returned.
 */
function blocks(lx, name, from = 0, to = lx.skeleton.length) {
    // `\s*(?:(...)\s*)?\{`, not `\s*(?:(...))?\s*\{`: two blank runs side by side would be
    // tried at every split of a long run of blanks.
    const re = new RegExp(`(?<![\\w.])(?:${name})\\s*(?:\\([^(){}]*(?:\\([^(){}]*\\)[^(){}]*)*\\)\\s*)?\\{`, 'g');
    re.lastIndex = from;
    const found = [];
    let m;
    while ((m = re.exec(lx.skeleton)) !== null && m.index < to) {
        const open = m.index + m[0].length - 1;
        const close = lx.closeOf(open);
        found.push({ header: m.index, start: open + 1, end: Math.min(close, to) });
    }
    return found;
}
/** Whether `pos` lies inside one of `bs`. */
function inside(bs, pos) {
    return bs.some((b) => pos >= b.start && pos < b.end);
}
/** `inside(bs, pos)` for many positions: the blocks merged once, each position a binary search. */
function covered(bs) {
    const merged = [];
    for (const b of [...bs].filter((x) => x.end > x.start).sort((x, y) => x.start - y.start)) {
        const last = merged[merged.length - 1];
        if (last && b.start <= last[1])
            last[1] = Math.max(last[1], b.end);
        else
            merged.push([b.start, b.end]);
    }
    return (pos) => {
        let lo = 0;
        let hi = merged.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const [start, end] = merged[mid];
            if (pos < start)
                hi = mid - 1;
            else if (pos >= end)
                lo = mid + 1;
            else
                return true;
        }
        return false;
    };
}
/**
 * The interpolations of a template, left to right, as the regex `\$\{[^}]*\}|\$(name)` would find
 * them with the `g` flag, `name` being a sticky regex for a bare `$name` (e.g. `/[\w.]+/y`). In
 * linear time: that regex scans to the end of the text from every `${` with no `}` after it.
 */
function interpolations(template, name) {
    const out = [];
    let close = -1;
    for (let i = template.indexOf('$'); i >= 0 && i < template.length;) {
        if (template[i + 1] === '{') {
            if (close !== -2 && close < i + 2)
                close = template.indexOf('}', i + 2);
            if (close === -1)
                close = -2; // no `}` after here: no braced interpolation either
            if (close >= 0) {
                out.push({ start: i, end: close + 1, inner: template.slice(i + 2, close), braced: true });
                i = template.indexOf('$', close + 1);
                continue;
            }
        }
        else {
            name.lastIndex = i + 1;
            const m = name.exec(template);
            if (m && m.index === i + 1) {
                const end = i + 1 + m[0].length;
                out.push({ start: i, end, inner: m[0], braced: false });
                i = template.indexOf('$', end);
                continue;
            }
        }
        i = template.indexOf('$', i + 1);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/detect/build/gradle/diff/catalog-refs.ts
/**
 * The version catalog accessors a Gradle script (Groovy or Kotlin DSL) reads through the default
 * catalog name `libs` (pure, read as text, comments skipped, in linear time):
 *
 * - typed accessors: `libs.spring.boot.web`, `libs.bundles.x`, `libs.plugins.y` (also in
 *   `alias(...)`), `libs.versions.z.get()`, and in string interpolations (`"${libs.versions.z.get()}"`);
 *   a call at the end of the chain is left off (`libs.spring.boot.asProvider()` → `spring.boot`);
 * - lookups by a literal alias, whatever catalog they go through: `findLibrary("spring-boot")` →
 *   `spring.boot`, `findVersion("x")` → `versions.x`, `findBundle` → `bundles.x`, `findPlugin` →
 *   `plugins.x` (and the same with `get`).
 *
 * Reported as dynamic (the whole catalog then counts): a lookup by a computed alias
 * (`findLibrary(name)`, not `findPlugin(JavaPlugin)` nor `getVersion(x)`/`getPlugin(x)`, which
 * are Gradle API names too), `versionCatalogs.named(x)` or any other use of `versionCatalogs`
 * than a literal `named`/`find`/`getByName` or a `versionCatalogs {}` block, the alias lists
 * (`libraryAliases`, `getBundleAliases()`...), `libs[x]` or `libs."$x"`, a method called on
 * `libs` itself, `libs` passed on as a value (not `val libs =`, `libs: T` nor a block `libs {}`),
 * and `LibrariesForLibs` outside an import or a line declaring `libs`.
 */


const WORD = /(?<![\w$])(?:libs|versionCatalogs|LibrariesForLibs|(?:find|get)(?:Library|Version|Bundle|Plugin)|get(?:Library|Version|Bundle|Plugin)Aliases|(?:library|version|bundle|plugin)Aliases)(?![\w$])/g;
/** A segment that is a keyword itself: the accessor chain stops before it. */
const KEYWORD = /^(?:(?:find|get)(?:Library|Version|Bundle|Plugin)|\w*Aliases)$/;
const SEGMENT = /\s*\.\s*([A-Za-z_]\w*)/y;
const NAMED = /\s*\.\s*(?:named|find|getByName)\s*\(/y;
const catalog_refs_PREFIX = {
    Library: '',
    Version: 'versions.',
    Bundle: 'bundles.',
    Plugin: 'plugins.'
};
const catalog_refs_isSpace = (c) => c !== undefined && /\s/.test(c);
/** A quoted literal at `pos` (after blanks) of a text whose strings are not blanked. */
function rawLiteral(text, pos) {
    let p = pos;
    while (catalog_refs_isSpace(text[p]))
        p++;
    const q = text[p];
    if (q !== '"' && q !== "'")
        return undefined;
    const end = text.indexOf(q, p + 1);
    if (end < 0)
        return undefined;
    const value = text.slice(p + 1, end);
    return { value, dynamic: q === '"' && value.includes('$') };
}
/** Reads the accessors of a script. Never throws. */
function catalogReferences(text) {
    const lx = lex(text);
    const refs = [];
    const seen = new Set();
    const dynamic = [];
    /** Scans `skel` (offset `base` in the text); `literal` finds a string literal at a position. */
    const scan = (skel, base, literal) => {
        const line = (p) => lx.lineOf(base + p);
        const ref = (p, accessor) => {
            const key = `${line(p)} ${accessor}`;
            if (seen.has(key))
                return;
            seen.add(key);
            refs.push({ accessor, line: line(p) });
        };
        const skip = (p) => {
            let k = p;
            while (catalog_refs_isSpace(skel[k]))
                k++;
            return k;
        };
        const re = new RegExp(WORD.source, 'g');
        let m;
        while ((m = re.exec(skel)) !== null) {
            const p = m.index;
            const w = m[0];
            const e = p + w.length;
            if (w === 'libs') {
                const segs = [];
                let pos = e;
                for (;;) {
                    SEGMENT.lastIndex = pos;
                    const s = SEGMENT.exec(skel);
                    if (s === null || KEYWORD.test(s[1]))
                        break;
                    segs.push({ name: s[1], start: pos });
                    pos = SEGMENT.lastIndex;
                }
                let called;
                // A call ends the chain: the segment called is not part of the accessor.
                if (segs.length > 0 && skel[skip(pos)] === '(') {
                    const last = segs.pop();
                    pos = last.start;
                    called = last.name;
                }
                re.lastIndex = Math.max(pos, e);
                if (segs.length > 0)
                    ref(p, segs.map((s) => s.name).join('.'));
                else if (called !== undefined)
                    dynamic.push({ line: line(p), what: `libs.${called}(...) is called on the catalog` });
                else if (skel[p - 1] !== '.') {
                    const a = skip(e);
                    const after = skel[a];
                    const then = skel[skip(a + 1)] ?? '';
                    const declared = /(?:\bval|\bvar|\bdef)\s+$/.test(skel.slice(Math.max(0, p - 20), p));
                    // `libs.findLibrary(...)`: the keyword is read on its own.
                    if (after === '.' && /[A-Za-z_]/.test(then))
                        continue;
                    if (after === '[' || after === '.')
                        dynamic.push({ line: line(p), what: 'libs is read by a computed alias' });
                    else if (!declared && after !== ':' && after !== '{' && !(after === '=' && then !== '='))
                        dynamic.push({ line: line(p), what: 'libs is passed on as a whole' });
                }
            }
            else if (w === 'versionCatalogs') {
                NAMED.lastIndex = e;
                if (NAMED.exec(skel) !== null) {
                    const lit = literal(NAMED.lastIndex);
                    if (lit === undefined || lit.dynamic)
                        dynamic.push({
                            line: line(p),
                            what: 'versionCatalogs names a catalog by a computed name'
                        });
                }
                else if (skel[skip(e)] !== '{')
                    dynamic.push({ line: line(p), what: 'versionCatalogs is read as a whole' });
            }
            else if (w === 'LibrariesForLibs') {
                const back = skel.slice(Math.max(0, p - 200), p);
                const own = back.slice(back.lastIndexOf('\n') + 1);
                const whole = own.length < back.length || p <= 200;
                if (!whole || !(/^\s*import\b/.test(own) || /(?<![\w$])libs(?![\w$])/.test(own)))
                    dynamic.push({ line: line(p), what: 'LibrariesForLibs is read under another name' });
            }
            else if (w.endsWith('Aliases')) {
                dynamic.push({ line: line(p), what: `${w} lists the aliases of a catalog` });
            }
            else {
                const kind = w.slice(w.startsWith('find') ? 4 : 3);
                const open = skip(e);
                const call = skel[open] === '(';
                if (call && skel[skip(open + 1)] === ')')
                    continue;
                const lit = literal(call ? open + 1 : e);
                if (lit !== undefined && !lit.dynamic)
                    ref(p, (catalog_refs_PREFIX[kind] ?? '') + catalogAccessorOf(lit.value));
                else if (call &&
                    (w.startsWith('find') || kind === 'Library' || kind === 'Bundle') &&
                    !(kind === 'Plugin' && /[A-Z]/.test(skel[skip(open + 1)] ?? '')))
                    dynamic.push({ line: line(p), what: `${w}(...) looks up a computed alias` });
            }
        }
    };
    scan(lx.skeleton, 0, (pos) => lx.stringAt(pos));
    for (const s of lx.strings) {
        if (!s.dynamic)
            continue;
        const at = s.start + (text.startsWith('"""', s.start) ? 3 : 1);
        for (const i of interpolations(s.value, /[\w.]+/y)) {
            const from = i.start + (i.braced ? 2 : 1);
            scan(i.inner, at + from, (pos) => rawLiteral(i.inner, pos));
        }
    }
    return { refs, dynamic };
}

;// CONCATENATED MODULE: ./src/util/glob/wildcards.ts
/**
 * A pattern of literal parts with wildcards between them (`parts` = ['a', 'b'] is `a*b`),
 * matched by simulating all of its positions at once: linear in the name for a given pattern,
 * where a regex of many wildcards backtracks exponentially on a name it does not match.
 */
class Wildcards {
    wild;
    restart;
    chars = [];
    /** `star[k]`: a wildcard stands before `chars[k]` (k = chars.length: at the end). */
    star = [];
    /**
     * @param parts the literal parts, a wildcard between each two
     * @param wild the characters a wildcard takes (`[^/]`, or any but a line break)
     * @param restart also start after each `/` (a path suffix on a segment boundary)
     */
    constructor(parts, wild, restart = false) {
        this.wild = wild;
        this.restart = restart;
        parts.forEach((part, k) => {
            if (k > 0)
                this.star[this.chars.length] = true;
            for (const c of part)
                this.chars.push(c);
        });
        for (let k = 0; k <= this.chars.length; k++)
            this.star[k] = this.star[k] === true;
    }
    /** The offsets of `s` at which the whole pattern has matched a prefix of `s` (ascending). */
    ends(s) {
        const m = this.chars.length;
        const out = [];
        // Each literal character takes one character of the name.
        if (m > s.length)
            return out;
        let cur = new Uint8Array(m + 1);
        let next = new Uint8Array(m + 1);
        let active = [];
        // State k: the first k characters matched (a wildcard before character k loops on k).
        const enter = (set, list, k) => {
            if (set[k] === 1)
                return;
            set[k] = 1;
            list.push(k);
        };
        enter(cur, active, 0);
        for (let i = 0;; i++) {
            if (cur[m] === 1)
                out.push(i);
            if (i === s.length)
                break;
            const c = s[i];
            const list = [];
            for (const k of active) {
                if (this.star[k] && this.wild(c))
                    enter(next, list, k);
                if (k < m && this.chars[k] === c)
                    enter(next, list, k + 1);
            }
            if (this.restart && c === '/')
                enter(next, list, 0);
            for (const k of active)
                cur[k] = 0;
            [cur, next] = [next, cur];
            active = list;
            if (active.length === 0 && !this.restart)
                break;
        }
        return out;
    }
    /** Whether the pattern matches the whole of `s`. */
    test(s) {
        const e = this.ends(s);
        return e[e.length - 1] === s.length;
    }
}

;// CONCATENATED MODULE: ./src/detect/build/gradle/script.ts
/**
 * What a Gradle build script (`build.gradle`, `build.gradle.kts`, a precompiled script plugin)
 * declares, read as text: applied plugins, project dependencies, scripts it applies, the string
 * literals it holds (resource and file references), the docker image names it sets and the
 * binary plugins a `gradlePlugin {}` block registers. Constructs too dynamic to read are listed
 * so that callers can warn and widen.
 */


/**
 * A configuration that only tests use: `testImplementation`, `testFixturesApi`,
 * `integrationTestRuntimeOnly`, `functionalTestImplementation`, ...
 */
function isTestConfiguration(config) {
    return /^test/.test(config) || /Test(?:[A-Z]|$)/.test(config);
}
/** The configuration named just before a dependency notation: `implementation(platform(` -> implementation. */
function configBefore(sk, idx) {
    const s = sk.slice(Math.max(0, idx - 200), idx);
    const trimmed = s.replace(/(?:\s|\(|(?:platform|enforcedPlatform|testFixtures)\s*\()*$/, '');
    const m = /([A-Za-z_]\w*)$/.exec(trimmed);
    if (!m || (m.index > 0 && trimmed[m.index - 1] === '.'))
        return undefined;
    return m[1];
}
/** A template with `${...}`/`$x` replaced by `*`, for matching computed project paths. */
function templatePattern(value) {
    let out = '';
    let last = 0;
    for (const v of interpolations(value, /[A-Za-z_][\w.]*/y)) {
        out += `${value.slice(last, v.start)}*`;
        last = v.end;
    }
    return out + value.slice(last);
}
/** The starts of the matches of a global regex in `text`, ascending. */
function starts(text, re) {
    return [...text.matchAll(re)].map((m) => m.index);
}
/** Whether one of `at` (ascending) lies in [from, to). */
function anyIn(at, from, to) {
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (at[mid] < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < at.length && at[lo] < to;
}
/** A plugin class (`apply plugin: JavaPlugin`, `apply(plugin = Foo::class.java)`) on a line. */
function isPluginClass(line) {
    // Once per line break of the `m` flag, each anchored: one regex with `m` would start again
    // at every `\r` of a long run of blanks.
    return line
        .split(/[\r\u2028\u2029]/)
        .some((l) => /^\s*[A-Z][\w.]*(?:::class(?:\.java)?)?\s*(?:\)\s*)?$/.test(l));
}
function readPlugins(lx, within, dynamic) {
    const sk = lx.skeleton;
    const found = [];
    // Each id once, in one pass (a block nested in another is inside both); what follows an id
    // on its line, from matches found once (never a rescan of the rest of a long line per id).
    const inPlugins = covered(blocks(lx, 'plugins').filter((b) => within(b.start)));
    const applyFalse = starts(sk, /(?<![\w.])apply[^\S\n]*(?:\([^\S\n]*)?false/g);
    const version = starts(sk, /(?<![\w.])version\b/g);
    for (const m of sk.matchAll(/(?<![\w.])id\s*\(?/g)) {
        if (!inPlugins(m.index))
            continue;
        const s = lx.stringAt(m.index + m[0].length);
        if (!s || s.dynamic)
            continue;
        const eol = lx.lineEnd(s.end);
        if (anyIn(applyFalse, s.end, eol))
            continue;
        found.push({ id: s.value, line: lx.lineOf(s.start), external: anyIn(version, s.end, eol) });
    }
    const applyRe = /(?<![\w.])(?:apply\s*(?:\(\s*)?plugin\s*[:=]|(?:project\.)?(?:pluginManager|plugins)\.apply\s*\()\s*/g;
    for (const m of sk.matchAll(applyRe)) {
        if (!within(m.index))
            continue;
        const s = lx.stringAt(m.index + m[0].length);
        const line = lx.lineOf(m.index);
        if (s && !s.dynamic)
            found.push({ id: s.value, line, external: false });
        // A class (`apply plugin: JavaPlugin`) is core or compiled in buildSrc (counted whole).
        else if (!isPluginClass(sk.slice(m.index + m[0].length, lx.lineEnd(m.index + m[0].length))))
            dynamic.push(`line ${line}: a plugin applied by a computed id`);
    }
    return found;
}
function readDeps(lx, within, dynamic) {
    const sk = lx.skeleton;
    const deps = [];
    const push = (idx, d) => {
        const config = configBefore(sk, idx);
        deps.push({
            ...d,
            config,
            line: lx.lineOf(idx),
            test: config !== undefined && isTestConfiguration(config)
        });
    };
    for (const m of sk.matchAll(/(?<![\w.])(?:project|findProject)\s*\(\s*(?:path\s*[:=]\s*)?/g)) {
        if (!within(m.index))
            continue;
        const s = lx.stringAt(m.index + m[0].length);
        if (s && !s.dynamic)
            push(m.index, {
                path: `:${s.value
                    .split(':')
                    .filter((x) => x !== '')
                    .join(':')}`
            });
        else {
            push(m.index, { pattern: s ? templatePattern(s.value) : '*' });
            dynamic.push(`line ${lx.lineOf(m.index)}: a project dependency with a computed path`);
        }
    }
    for (const m of sk.matchAll(/(?<![\w.])projects\.([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)/g)) {
        if (!within(m.index))
            continue;
        const accessor = m[1].replace(/\.(?:dependencyProject|path|name)$/, '');
        push(m.index, { accessor });
    }
    return deps;
}
function readImageNames(lx, within) {
    const sk = lx.skeleton;
    const out = [];
    const add = (pos) => {
        if (!within(pos))
            return;
        const s = lx.stringAt(pos);
        if (s)
            out.push({ template: s.value, line: lx.lineOf(s.start) });
    };
    const inDocker = covered(blocks(lx, 'docker'));
    for (const m of sk.matchAll(/(?<![\w.])name\s*(?:(?:=|\(|\.set\s*\()\s*)?/g))
        if (inDocker(m.index))
            add(m.index + m[0].length);
    for (const m of sk.matchAll(/(?<![\w])(?:imageName|image|jib\.to\.image)\s*(?:(?:=|\(|\.set\s*\()\s*)?(?=['"])/g))
        add(m.index + m[0].length);
    return out;
}
/**
 * Reads a script. With `scope` = `children`, only what an ancestor script declares for its
 * descendants counts (inside `subprojects {}`, `allprojects {}`, `configure(...) {}`); with
 * `own`, only what it declares outside those blocks (for the project itself); with `self`,
 * everything.
 */
function readScript(text, scope = 'self') {
    const lx = lex(text);
    const dynamic = [];
    const scoped = scope === 'self' ? [] : blocks(lx, 'subprojects|allprojects|configure');
    const inScoped = covered(scoped);
    const within = (pos) => scope === 'self' || inScoped(pos) === (scope === 'children');
    if (scope === 'children') {
        const refs = starts(lx.skeleton, /(?<![\w.])(?:project|findProject|projects)\b/g);
        for (const b of blocks(lx, 'configure'))
            if (anyIn(refs, b.start, b.end))
                dynamic.push(`line ${lx.lineOf(b.header)}: configure(...) targets are not evaluated; its project dependencies count for every descendant`);
    }
    const applyFrom = [];
    for (const m of lx.skeleton.matchAll(/(?<![\w.])apply\s*(?:\(\s*)?from\s*[:=]\s*/g)) {
        if (!within(m.index))
            continue;
        const s = lx.stringAt(m.index + m[0].length);
        const line = lx.lineOf(m.index);
        const path = s?.value.replace(/^\$\{?(?:project\.)?(?:rootDir|rootProject\.projectDir)\}?\//, '/');
        if (s && path !== undefined && !path.includes('$'))
            applyFrom.push({ path, line });
        else
            dynamic.push(`line ${line}: apply from: with a computed path`);
    }
    const binaryPlugins = [];
    const inGradlePlugin = covered(blocks(lx, 'gradlePlugin'));
    for (const m of lx.skeleton.matchAll(/(?<![\w.])id\s*(?:[=(]\s*)?/g)) {
        if (!inGradlePlugin(m.index))
            continue;
        const s = lx.stringAt(m.index + m[0].length);
        if (s && !s.dynamic)
            binaryPlugins.push({ id: s.value, line: lx.lineOf(s.start) });
    }
    return {
        plugins: readPlugins(lx, within, dynamic),
        deps: readDeps(lx, within, dynamic),
        applyFrom,
        literals: lx.strings.map((s) => ({
            value: s.value,
            line: lx.lineOf(s.start),
            dynamic: s.dynamic
        })),
        imageNames: readImageNames(lx, within),
        binaryPlugins,
        dynamic
    };
}
/** The camelCase accessor of a project path: `:shared:persistence-model` -> `shared.persistenceModel`. */
function projectAccessorOf(path) {
    return path
        .split(':')
        .filter((s) => s !== '')
        .map((s) => s.replace(/[-_]+([A-Za-z0-9])/g, (_m, c) => c.toUpperCase()))
        .join('.');
}
/**
 * Evaluates an image name template such as `${dockerRegistry}/${rootProject.name}-${project.name}`
 * to a pattern: known names are substituted, unknown ones match anything within a path segment,
 * and a tag (`:1.0`) may follow. Matched without backtracking (a template of many unknowns is
 * the regex `[^/]*x[^/]*x...`, exponential on a name it does not match).
 */
function imageNamePattern(template, resolve) {
    // A tag (`:1.0`, `:${version}`) in the last segment is not part of the name.
    const name = template.replace(/:[^/:]*$/, '');
    const parts = [''];
    let last = 0;
    for (const v of interpolations(name, /[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*/y)) {
        parts[parts.length - 1] += name.slice(last, v.start);
        const value = resolve((v.braced ? v.inner.trim() : v.inner).replace(/^project\./, ''));
        if (value === undefined)
            parts.push('');
        else
            parts[parts.length - 1] += value;
        last = v.end;
    }
    parts[parts.length - 1] += name.slice(last);
    const w = new Wildcards(parts, (c) => c !== '/');
    return {
        // The whole name, or a prefix of it followed by a tag (`:` and no `/`).
        test: (s) => w.ends(s).some((e) => e === s.length || (s[e] === ':' && !s.includes('/', e)))
    };
}

;// CONCATENATED MODULE: ./src/detect/build/gradle/diff/statements.ts
/**
 * The top-level statements of a Gradle build script (Groovy or Kotlin DSL), read as text, and
 * what each one configures: the `plugins {}` block and its entries, the children of the project
 * (`subprojects {}`, `allprojects {}`), its own tasks, verification and publishing, its release
 * and versioning, or something else. Pure and linear: one pass over the lexed text.
 *
 * A statement ends at a line break (or `;`) outside brackets, unless the line ends with an
 * operator or the next one starts with `.`, `?.` or `{`. What cannot be split or named this way
 * is `other`, which its readers treat as shaping every build that reads the script.
 */

/** Plugins that check, format, report, publish or version a build: they never change an image. */
const VERIFICATION_PLUGINS = new Set([
    'checkstyle',
    'pmd',
    'jacoco',
    'jacoco-report-aggregation',
    'test-report-aggregation',
    'maven-publish',
    'ivy-publish',
    'signing',
    'idea',
    'eclipse',
    'com.diffplug.spotless',
    'com.github.spotbugs',
    'nebula.lint',
    'com.netflix.nebula.lint',
    'org.sonarqube',
    'io.gitlab.arturbosch.detekt',
    'org.jlleitschuh.gradle.ktlint',
    'com.adarshr.test-logger',
    'org.owasp.dependencycheck',
    'com.github.ben-manes.versions',
    'se.patrikerdes.use-latest-versions',
    'pl.allegro.tech.build.axion-release',
    'org.barfuin.gradle.jacocolog',
    'org.barfuin.gradle.taskinfo',
    'net.rdrei.android.buildtimetracker',
    'com.felipefzdz.gradle.shellcheck'
]);
const VERIFICATION_NAME = /^(?:test|check|testing|javadoc|jacoco|checkstyle|pmd|spotbugs|spotless|sonar|sonarqube|detekt|ktlint|gradleLint|lint|dependencyCheck|publishing|signing|testlogger|hadolint|shellcheck|codenarc|reporting|idea|eclipse|jacocoLogTestCoverage)(?:[A-Z][\w]*)?$|Tests?$/;
const VERIFICATION_TYPE = /^(?:Test|Checkstyle|Pmd|SpotBugsTask|JacocoReport|JacocoCoverageVerification|Javadoc|Detekt|CodeNarc|Sign|PublishToMavenRepository|PublishToMavenLocal)$/;
const RELEASE_NAME = /^(?:scmVersion|release|wrapper|versioning)$/;
const statements_WRAPPERS = /^(?:afterEvaluate|pluginManager\.withPlugin|plugins\.withId|plugins\.withType)$/;
/** Whether a task or extension name configures verification or publishing only. */
const isVerificationName = (name) => VERIFICATION_NAME.test(name);
/** A script's code: its text with the comments blanked (the skeleton with the strings put back). */
function codeOf(lx) {
    const l = typeof lx === 'string' ? lex(lx) : lx;
    const parts = [];
    let last = 0;
    for (const s of l.strings) {
        parts.push(l.skeleton.slice(last, s.start), l.text.slice(s.start, s.end));
        last = s.end;
    }
    parts.push(l.skeleton.slice(last));
    return parts.join('');
}
/** Reads the statements of a script. */
function scriptStatements(text) {
    const lx = lex(text);
    const sk = lx.skeleton;
    const code = codeOf(lx);
    const split = (from, to) => {
        const out = [];
        let i = from;
        while (i < to) {
            while (i < to && /[\s;]/.test(sk[i]))
                i++;
            if (i >= to)
                break;
            const start = i;
            let depth = 0;
            let body;
            for (; i < to; i++) {
                const c = sk[i];
                if (c === '{' && depth === 0 && body === undefined) {
                    const close = Math.min(lx.closeOf(i), to);
                    body = { start: i + 1, end: close };
                    i = close;
                    if (i >= to)
                        break;
                    continue;
                }
                if (c === '(' || c === '[' || c === '{')
                    depth++;
                else if (c === ')' || c === ']' || c === '}')
                    depth = Math.max(0, depth - 1);
                else if (depth === 0 && c === ';')
                    break;
                else if (depth === 0 && c === '\n') {
                    const resume = continues(sk, start, i, to);
                    if (resume < 0)
                        break;
                    i = resume;
                }
            }
            const end = Math.min(i + (i < to && sk[i] === '}' ? 1 : 0), to);
            const raw = code.slice(start, end).replace(/\s+/g, ' ').trim();
            out.push({ ...named(raw), code: raw, start, end, line: lx.lineOf(start), body });
            i = Math.max(end, start + 1);
        }
        return out;
    };
    const statements = split(0, sk.length);
    return {
        code,
        statements,
        inside: (s) => (s.body === undefined ? [] : split(s.body.start, s.body.end))
    };
}
/**
 * Whether the statement from `start` goes on past the line break at `at`: -1 when it ends there,
 * else where to go on from (the blank lines after the break are skipped once, not per line).
 */
function continues(sk, start, at, to) {
    let p = at - 1;
    while (p > start && (sk[p] === ' ' || sk[p] === '\t' || sk[p] === '\r'))
        p--;
    if (/[=+\-*/,.(&|?:]/.test(sk[p]))
        return at;
    let q = at + 1;
    while (q < to && /\s/.test(sk[q]))
        q++;
    const next = sk[q] === '.' || sk[q] === '{' || (sk[q] === '?' && sk[q + 1] === '.');
    return next ? q - 1 : -1;
}
/** The kind and head of a statement, from its code. */
function named(code) {
    const s = code.replace(/^(?:def|val|var)\s+\w+\s*(?::\s*[\w<>.?, ]+?\s*)?=\s*/, '');
    let m = /^val\s+(\w+)\s+by\s+tasks\.(?:registering|creating)\b/.exec(code);
    m ??= /^tasks\.(?:register|create)\s*(?:<[^>]*>\s*)?\(\s*["']([^"'$]+)["']/.exec(s);
    // A name that is computed (`task "copy${n}"`) is no name: the statement is `other`.
    m ??=
        /^task\b\s*\(?\s*(?:"([A-Za-z_][\w-]*)"|'([A-Za-z_][\w-]*)'|([A-Za-z_][\w-]*)(?![\w$-]|\s*:))/.exec(s);
    if (m) {
        const task = (m[1] ?? m[2] ?? m[3]);
        const kind = isVerificationName(task) ? 'verification' : 'task';
        return { kind, head: `task ${task}`, task };
    }
    m = /^tasks\.(?:named|getByName|getAt)\s*(?:<[^>]*>\s*)?\(\s*["']([^"'$]+)["']/.exec(s);
    m ??= /^tasks\.(?!named\b|register\b|create\b|withType\b|getByName\b|getAt\b)(\w+)\b/.exec(s);
    // Kotlin: `val test by tasks.getting(Test::class) { ... }` configures the task `test`.
    m ??= /^val\s+(\w+)\s+by\s+tasks\.(?:getting|existing)\b/.exec(code);
    if (m) {
        const task = m[1];
        if (isVerificationName(task))
            return { kind: 'verification', head: `tasks.named(${task})` };
        if (RELEASE_NAME.test(task))
            return { kind: 'release', head: `tasks.named(${task})` };
        return { kind: 'task', head: `tasks.named(${task})`, task };
    }
    m = /^tasks\.withType\s*(?:<\s*([\w.]+)\s*>|\(\s*([\w.]+))/.exec(s);
    if (m) {
        const type = (m[1] ?? m[2] ?? '').replace(/^.*\./, '');
        const kind = VERIFICATION_TYPE.test(type) ? 'verification' : 'other';
        return { kind, head: `tasks.withType(${type})` };
    }
    const chain = /^[A-Za-z_][\w]*(?:\s*\.\s*[A-Za-z_]\w*)*/.exec(s)?.[0].replace(/\s/g, '') ?? '';
    const first = chain.replace(/\..*/, '');
    if (chain === 'plugins' && /^plugins\s*\{/.test(s))
        return { kind: 'plugins', head: 'plugins' };
    if (/^(?:subprojects|allprojects)$/.test(chain))
        return { kind: 'children', head: chain };
    if (statements_WRAPPERS.test(chain))
        return { kind: 'wrapper', head: chain };
    if (chain === 'dependencies')
        return { kind: 'dependencies', head: chain };
    if (RELEASE_NAME.test(first))
        return { kind: 'release', head: first };
    if (first !== '' && isVerificationName(first))
        return { kind: 'verification', head: first };
    return { kind: 'other', head: chain };
}
/** Reads a `plugins {}` entry from its code; undefined when it is not a plain entry. */
function pluginEntry(code) {
    let m = /^id\s*\(?\s*["']([^"'$]+)["']\s*\)?(.*)$/.exec(code);
    let alias = false;
    let id;
    if (m)
        id = m[1];
    else if ((m = /^alias\s*\(\s*libs\.plugins\.([\w.]+)\s*\)(.*)$/.exec(code))) {
        id = `plugins.${m[1]}`;
        alias = true;
    }
    else if ((m = /^kotlin\s*\(\s*["']([\w.-]+)["']\s*\)(.*)$/.exec(code)))
        id = `org.jetbrains.kotlin.${m[1]}`;
    else if ((m = /^`([\w.-]+)`(.*)$/.exec(code)) || (m = /^([A-Za-z_][\w-]*)()$/.exec(code)))
        id = m[1];
    if (id === undefined || !m)
        return undefined;
    const rest = m[2];
    if (!/^(?:\s*(?:version\s*\(?\s*["'][^"']*["']\s*\)?|apply\s*\(?\s*(?:true|false)\s*\)?))*\s*$/.test(rest))
        return undefined;
    return { id, alias, applyFalse: /\bapply\s*\(?\s*false\b/.test(rest) };
}

;// CONCATENATED MODULE: ./src/detect/build/gradle/diff/script-diff.ts


/** What changed in a script, read as `role`; undefined texts are a script added or deleted. */
function scriptChange(before, after, role) {
    if (before === undefined || after === undefined)
        return { all: `the script was ${before === undefined ? 'added' : 'deleted'}`, ...NOTHING };
    if (before === after)
        return NOTHING;
    const b = scriptStatements(before);
    const a = scriptStatements(after);
    const found = { parts: [], none: [] };
    compare(b, b.statements, a, a.statements, role, found, 0);
    if (found.all !== undefined)
        return { all: found.all, ...NOTHING };
    if (found.parts.length === 0 && found.none.length === 0)
        found.none.push('only comments or layout changed');
    return found;
}
const NOTHING = { parts: [], none: [] };
/** Statements by a key that survives edits elsewhere: the head, numbered when repeated. */
function keyed(list) {
    const count = new Map();
    const out = new Map();
    for (const s of list) {
        const head = s.head === '' ? `code ${s.code}` : s.head;
        const n = (count.get(head) ?? 0) + 1;
        count.set(head, n);
        out.set(`${head}#${n}`, s);
    }
    return out;
}
/**
 * How deep blocks that hold statements are read: each level splits its body again, so deeper
 * ones (never seen in a real script) count for all, which keeps the differ linear.
 */
const script_diff_MAX_DEPTH = 16;
function compare(bs, bList, as, aList, role, found, depth) {
    if (depth > script_diff_MAX_DEPTH) {
        found.all = `blocks nested more than ${script_diff_MAX_DEPTH} deep changed`;
        return;
    }
    const kb = keyed(bList);
    const ka = keyed(aList);
    const common = (m, o) => [...m.keys()].filter((k) => o.has(k)).join('\n');
    if (common(kb, ka) !== common(ka, kb)) {
        found.all = 'statements were reordered';
        return;
    }
    for (const key of new Set([...ka.keys(), ...kb.keys()])) {
        const sb = kb.get(key);
        const sa = ka.get(key);
        if (sb?.code === sa?.code)
            continue;
        script_diff_classify(bs, sb, as, sa, role, found, depth);
        if (found.all !== undefined)
            return;
    }
}
/** The kinds of statements read by their body. */
const BLOCKS = new Set([
    'plugins',
    'children',
    'wrapper',
    'dependencies'
]);
/** A block's code outside its body, blanks dropped. */
function outside(x, st) {
    if (st.body === undefined)
        return st.code;
    return (x.code.slice(st.start, st.body.start) + x.code.slice(st.body.end, st.end)).replace(/\s+/g, '');
}
/** The configuration a line of `dependencies {}` adds to ('' when it is not named plainly). */
const configOf = (s) => /^[A-Za-z_]\w*/.exec(s.code)?.[0] ?? '';
/** Places one statement that changed (added when `sb` is undefined, deleted when `sa` is). */
function script_diff_classify(bs, sb, as, sa, role, found, depth) {
    const s = (sa ?? sb);
    const name = s.head === '' ? 'a statement' : s.head;
    const at = `${name} (line ${s.line})`;
    if (BLOCKS.has(s.kind)) {
        // Read by its body: a block with no body, or whose code outside its body (its header and
        // what follows the closing brace) changed, counts for all.
        const bodiless = [sb, sa].some((x) => x !== undefined && x.body === undefined);
        if (bodiless || (sb && sa && outside(bs, sb) !== outside(as, sa))) {
            found.all = `${at} changed`;
            return;
        }
    }
    switch (s.kind) {
        case 'plugins':
            return plugins(sb ? bs.inside(sb) : [], sa ? as.inside(sa) : [], role, found);
        case 'children':
        case 'wrapper': {
            const inner = s.kind === 'children' ? 'convention' : role;
            const ib = sb ? bs.inside(sb) : [];
            return compare(bs, ib, as, sa ? as.inside(sa) : [], inner, found, depth + 1);
        }
        case 'dependencies': {
            const lb = sb ? bs.inside(sb) : [];
            const la = sa ? as.inside(sa) : [];
            const kb = keyed(lb);
            const ka = keyed(la);
            for (const key of new Set([...ka.keys(), ...kb.keys()])) {
                const x = ka.get(key) ?? kb.get(key);
                if (kb.get(key)?.code === ka.get(key)?.code)
                    continue;
                const config = configOf(x);
                if (!isTestConfiguration(config)) {
                    found.all = `dependencies {} (line ${s.line}): ${config || 'a line'} changed`;
                    return;
                }
            }
            // The order of what reaches the image is the order of its classpath.
            const main = (l) => l
                .filter((x) => !isTestConfiguration(configOf(x)))
                .map((x) => x.code)
                .join('\n');
            if (main(lb) !== main(la)) {
                found.all = `dependencies {} (line ${s.line}): dependencies were reordered`;
                return;
            }
            found.none.push(`only test dependencies changed (line ${s.line})`);
            return;
        }
        case 'verification':
            found.none.push(`${at} changed (verification, reports or publishing only)`);
            return;
        case 'release':
            found.none.push(`${at} changed (release and versioning only)`);
            return;
        case 'task':
            if (role === 'ancestor' && s.task !== undefined) {
                found.parts.push({ kind: 'task', name: s.task, what: `${at} changed` });
                return;
            }
            found.all = `${at} changed`;
            return;
        case 'other': {
            const keys = extKeys(bs, sb, as, sa);
            if (keys === undefined)
                found.all = `${at} changed`;
            else
                for (const k of keys)
                    found.parts.push({ kind: 'key', name: k, what: `ext ${k} changed` });
        }
    }
}
/**
 * The extra properties that changed, for an `ext {}` block or an `ext.k = v` line: like the keys
 * of gradle.properties, they count for the builds that name them. Undefined when the statement
 * is not one of these, or holds anything else.
 */
function extKeys(bs, sb, as, sa) {
    const line = /^ext\s*\.\s*([A-Za-z_]\w*)\s*=/;
    const one = (st) => st ? line.exec(st.code)?.[1] : undefined;
    if ((sa ?? sb)?.head.startsWith('ext.')) {
        const k = one(sa) ?? one(sb);
        return k !== undefined && (!sa || one(sa) === k) && (!sb || one(sb) === k) ? [k] : undefined;
    }
    const block = (x, st) => {
        if (st === undefined)
            return new Map();
        if (st.head !== 'ext' || outside(x, st) !== 'ext{}')
            return undefined;
        const out = new Map();
        for (const i of x.inside(st)) {
            const k = /^([A-Za-z_]\w*)\s*=/.exec(i.code)?.[1];
            if (k === undefined || out.has(k))
                return undefined;
            out.set(k, i.code);
        }
        return out;
    };
    const b = block(bs, sb);
    const a = block(as, sa);
    if (b === undefined || a === undefined)
        return undefined;
    return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
}
/** The entries of a `plugins {}` block that changed. */
function plugins(bList, aList, role, found) {
    const entries = (list) => new Map(list.map((s) => {
        const e = pluginEntry(s.code);
        return [e?.id ?? `code ${s.code}`, { code: s.code, e }];
    }));
    const eb = entries(bList);
    const ea = entries(aList);
    for (const id of new Set([...ea.keys(), ...eb.keys()])) {
        const b = eb.get(id);
        const a = ea.get(id);
        if (b?.code === a?.code)
            continue;
        const sides = [b?.e, a?.e].filter((x, i) => (i === 0 ? b : a) !== undefined);
        if (sides.some((x) => x === undefined)) {
            found.all = `plugins {}: ${(a ?? b)?.code ?? id} changed`;
            return;
        }
        const e = (a?.e ?? b?.e);
        if (VERIFICATION_PLUGINS.has(e.id)) {
            found.none.push(`plugins {}: ${e.id} changed (a verification, reporting or versioning plugin)`);
            continue;
        }
        if (role === 'ancestor' && sides.every((x) => x?.applyFalse)) {
            const kind = e.alias ? 'alias' : 'plugin';
            found.parts.push({ kind, name: e.id, what: `plugins {}: ${e.id} (apply false) changed` });
            continue;
        }
        found.all = `plugins {}: ${e.id} changed`;
        return;
    }
}

;// CONCATENATED MODULE: ./src/detect/build/gradle/diff/script-view.ts
/**
 * A shared script as the readers of what an image's build uses see it (pure): the statements
 * that script-diff.ts counts for no image blanked out, so that a property, catalog alias or file
 * named only there is not read by an image's build.
 */


/**
 * A script's text with what no image build reads blanked out (same length and line breaks):
 * verification, publishing, release and versioning statements; in an ancestor's script, the
 * tasks it registers for itself and the `apply false` plugin entries, unless `keep` says the
 * build names them.
 */
function scriptView(text, role, keep) {
    const st = scriptStatements(text);
    const cut = [];
    // Inside the blocks that configure projects (`subprojects {}`, `afterEvaluate {}`), the
    // verification and release statements too.
    const inner = (list, depth) => {
        for (const s of list) {
            if (s.kind === 'verification' || s.kind === 'release')
                cut.push([s.start, s.end]);
            else if ((s.kind === 'children' || s.kind === 'wrapper') && depth < script_diff_MAX_DEPTH)
                inner(st.inside(s), depth + 1);
        }
    };
    for (const s of st.statements) {
        if (s.kind === 'children' || s.kind === 'wrapper')
            inner(st.inside(s), 1);
        if (s.kind === 'verification' || s.kind === 'release')
            cut.push([s.start, s.end]);
        else if (role === 'ancestor' &&
            s.kind === 'task' &&
            s.task !== undefined &&
            !keep('task', s.task))
            cut.push([s.start, s.end]);
        else if (role === 'ancestor' && s.kind === 'plugins')
            for (const x of st.inside(s)) {
                const e = pluginEntry(x.code);
                if (e === undefined)
                    continue;
                const used = keep(e.alias ? 'alias' : 'plugin', e.id);
                if (VERIFICATION_PLUGINS.has(e.id) || (e.applyFalse && !used))
                    cut.push([x.start, x.end]);
            }
    }
    if (cut.length === 0)
        return text;
    const out = [];
    let last = 0;
    for (const [start, end] of cut) {
        out.push(text.slice(last, start), text.slice(start, end).replace(/[^\n]/g, ' '));
        last = end;
    }
    out.push(text.slice(last));
    return out.join('');
}

;// CONCATENATED MODULE: ./src/detect/build/gradle/diff/reads.ts
/**
 * What the build of one Gradle image reads of the files every build shares (pure): the property
 * keys, catalog aliases, plugin ids and task names that its scripts name. A shared build file's
 * input then counts only when a part the build names changed (parts.ts).
 *
 * The readers are the image's own scripts and those of the projects it depends on, the settings,
 * the convention plugins it applies and the build files of the builds providing them, and the
 * scripts of its ancestor projects, without what only configures an ancestor itself (its
 * verification and release blocks, the tasks it registers, the plugins it only puts on the
 * classpath: script-view.ts) unless the build names them.
 *
 * A name counts as read where it appears in a reader's text as a whole word, quoted or not: more
 * than Gradle would read, never less. Forms that read names not written in the text (a computed
 * `findProperty(name)`, `project.properties`, a computed catalog lookup) and binary plugins,
 * whose sources are not read, make every name count.
 */








const caches = new WeakMap();
const cacheOf = (tree) => memo(caches, tree, () => ({
    mentions: new Map(),
    views: new Map(),
    refs: new Map(),
    dynamic: new Map(),
    codes: new Map()
}));
// A `-` ends a name: `"$guava_version-jre"` reads guava_version.
const reads_WORD = /[A-Za-z0-9_]/;
/** Whether `name` appears in `text` as a whole word (a `.` or `-` may come before or after it). */
function mentions(text, name) {
    if (name === '')
        return false;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        const before = i === 0 ? '' : text[i - 1];
        const after = text[i + name.length] ?? '';
        if (!reads_WORD.test(before) && !reads_WORD.test(after))
            return true;
    }
    return false;
}
/**
 * A property read whose key is not written out: `findProperty(name)`, `project.properties`,
 * `providers.gradlePropertiesPrefixedBy("db.")`.
 */
function dynamicPropertyRead(text) {
    const { skeleton, lineOf } = lex(text);
    const m = /(?<![\w.])(?:project\s*\.\s*)?(?:properties(?!\s*\{)|getProperties\s*\()(?![\w])/.exec(skeleton) ??
        // Another project's, or the extra properties: `rootProject.properties`, `project(':a').properties`.
        /(?:\b\w*[pP]roject|\bparent|\bext|\bextra|\))\s*\.\s*(?:properties|getProperties\s*\()(?!\w)/.exec(skeleton) ??
        /\b(?:findProperty|property|hasProperty|getProperty|gradleProperty)\s*\(\s*(?!["'\s])/.exec(skeleton) ??
        /(?:\b(?:ext|extra)|\b\w*[pP]roject)\s*(?:\[|\.get\s*\()\s*(?!["'\s])/.exec(skeleton) ??
        // Every key that starts with a prefix: `providers.gradlePropertiesPrefixedBy("db.")`.
        /\bgradlePropertiesPrefixedBy\s*\(/.exec(skeleton);
    return m ? `line ${lineOf(m.index)}: ${m[0].trim()}` : undefined;
}
/**
 * An ancestor's script as readers: its view without what configures the ancestor only, and
 * each such piece apart (a plugin entry, a task), which counts only when the build names it.
 */
function ancestorView(file, text, cache) {
    return memo(cache.views, file, () => readAncestor(text));
}
/** `ancestorView` before the cache. */
function readAncestor(text) {
    const base = codeOf(scriptView(text, 'ancestor', () => false));
    const st = scriptStatements(text);
    const pieces = [];
    const cut = (s) => st.code.slice(s.start, s.end);
    for (const s of st.statements) {
        if (s.kind === 'task' && s.task !== undefined)
            pieces.push({ kind: 'task', name: s.task, text: cut(s), line: s.line });
        if (s.kind === 'plugins')
            for (const x of st.inside(s)) {
                const e = pluginEntry(x.code);
                if (e?.applyFalse)
                    pieces.push({
                        kind: e.alias ? 'alias' : 'plugin',
                        name: e.id,
                        text: cut(x),
                        line: x.line
                    });
            }
    }
    return { base, pieces };
}
/** What one image's build reads, by name: built once per image, asked per changed part. */
class BuildReads {
    pluginIds;
    cache;
    readers = [];
    /** Why every name counts (a binary plugin, a computed property read), if it does. */
    everything;
    /**
     * `own`: the image's scripts, the settings, applied convention plugins (with their view) and
     * other files read whole; `ancestors`: the scripts of its ancestor projects.
     */
    /** The pieces of ancestors that the build names (`task:devloop`, `plugin:x`). */
    kept = new Set();
    constructor(tree, own, ancestors, binary, 
    /** The plugins of the version catalog: `plugins.spring.boot` -> `org.springframework.boot`. */
    pluginIds = new Map()) {
        this.pluginIds = pluginIds;
        this.cache = cacheOf(tree);
        // Names in comments are read by no build.
        for (const r of own) {
            this.readers.push({ ...r, text: memo(this.cache.codes, r.key, () => codeOf(r.text)) });
        }
        const pieces = [];
        for (const a of ancestors) {
            const v = ancestorView(a.file, a.text, this.cache);
            this.readers.push({ key: `${a.file}#view`, label: a.file, text: v.base });
            for (const p of v.pieces)
                pieces.push([a.file, p]);
        }
        // A piece of an ancestor counts when the rest of the build names it (a plugin by its id or
        // by its catalog alias).
        const named = [...this.readers];
        for (const [file, p] of pieces)
            if (this.sameAs(p.kind, p.name).some((n) => this.namedIn(named, n) !== undefined)) {
                this.kept.add(`${p.kind}:${p.name}`);
                this.readers.push({
                    key: `${file}#${p.kind}:${p.name}`,
                    label: `${file} line ${p.line}`,
                    text: p.text
                });
            }
        if (binary.length > 0)
            this.everything = `binary plugin ${binary[0]}, whose sources are not read, so any name may be read`;
    }
    namedIn(readers, name) {
        return readers.find((r) => memo(this.cache.mentions, `${r.key}\0${name}`, () => mentions(r.text, name)));
    }
    dynamicRead() {
        for (const r of this.readers) {
            const d = memo(this.cache.dynamic, r.key, () => dynamicPropertyRead(r.text));
            if (d !== undefined)
                return `${r.label} ${d}, which may read any property`;
        }
        return undefined;
    }
    referencesOf(r) {
        return memo(this.cache.refs, r.key, () => {
            const found = catalogReferences(r.text);
            const d = found.dynamic[0];
            // A library declared in a test configuration (`testImplementation libs.junit`) reaches no image.
            const lines = found.refs.length > 0 ? r.text.split('\n') : [];
            const forTests = (line) => {
                const config = /^\s*([A-Za-z_]\w*)\s*[( ]/.exec(lines[line - 1] ?? '')?.[1];
                return config !== undefined && isTestConfiguration(config);
            };
            return {
                accessors: found.refs.filter((x) => !forTests(x.line)).map((x) => x.accessor),
                ...(d ? { dynamic: `line ${d.line}: ${d.what}` } : {})
            };
        });
    }
    /** The names a plugin goes by: its id and its catalog aliases (`plugins.x`). */
    sameAs(kind, name) {
        if (kind === 'plugin')
            return [name, ...[...this.pluginIds].filter(([, id]) => id === name).map(([a]) => a)];
        const id = kind === 'alias' ? this.pluginIds.get(name) : undefined;
        return id === undefined ? [name] : [name, id];
    }
    /** Who reads a part (see Part.reads); undefined when no reader names it. */
    reads = (kind, name) => {
        if (this.everything !== undefined)
            return this.everything;
        // A plugin read by its id where the change names its alias, or the other way round.
        if (kind === 'plugin' || (kind === 'alias' && this.pluginIds.has(name)))
            for (const n of this.sameAs(kind, name).slice(1)) {
                const r = this.readsOne(n.startsWith('plugins.') ? 'alias' : 'plugin', n);
                if (r !== undefined)
                    return r;
            }
        return this.readsOne(kind, name);
    };
    readsOne(kind, name) {
        if (kind === 'alias') {
            for (const r of this.readers) {
                const refs = this.referencesOf(r);
                if (refs.dynamic !== undefined)
                    return `${r.label} (${refs.dynamic}, a computed catalog lookup)`;
                const hit = refs.accessors.some((a) => a === name || a.startsWith(`${name}.`) || name.startsWith(`${a}.`));
                if (hit)
                    return r.label;
            }
            return undefined;
        }
        if (kind === 'key') {
            const dynamic = this.dynamicRead();
            if (dynamic !== undefined)
                return dynamic;
        }
        const r = this.namedIn(this.readers, name);
        if (r !== undefined)
            return r.label;
        if (kind === 'key' && name.includes('.'))
            return 'Gradle or a plugin (a dotted key that no script names is read by name)';
        return undefined;
    }
}
/** The plugin ids of a version catalog by accessor (`plugins.spring.boot`), read once per tree. */
const pluginIdCache = new WeakMap();
function catalogPluginIds(tree, file) {
    return memo(pluginIdCache, tree, () => {
        const ids = new Map();
        const text = tree.read(file);
        const toml = text === undefined ? undefined : readToml(text);
        const plugins = toml && 'table' in toml ? tomlGet(toml.table, 'plugins') : undefined;
        if (plugins === undefined || typeof plugins !== 'object' || Array.isArray(plugins))
            return ids;
        for (const [alias, v] of Object.entries(plugins)) {
            const id = typeof v === 'string'
                ? v.split(':')[0]
                : typeof v === 'object' && !Array.isArray(v)
                    ? tomlGet(v, 'id')
                    : undefined;
            if (typeof id === 'string' && id !== '')
                ids.set(`plugins.${catalogAccessorOf(alias)}`, id);
        }
        return ids;
    });
}

;// CONCATENATED MODULE: ./src/detect/build/gradle/build-reads.ts
/**
 * What one image's build reads of the shared Gradle files (pure): the readers that decide which
 * parts of a changed shared file count for it (reads.ts), and the facts of shared scripts read
 * through their views (script-view.ts), both cached per tree.
 */





/** The default version catalog, compared alias by alias unless the settings declare catalogs. */
const CATALOG = 'gradle/libs.versions.toml';
/** The files of an included build that provides a plugin, read whole. */
const BUILD_OWN_FILES = [
    'build.gradle',
    'build.gradle.kts',
    'gradle.properties',
    'settings.gradle',
    'settings.gradle.kts'
];
/** The views of convention plugins, per tree (the same for every image that applies them). */
const conventionViews = new WeakMap();
/** The readers of one image's build (reads.ts). */
function buildReads(tree, settingsFiles, closure, projectScripts, ancestorScripts, usedBuilds) {
    const own = [];
    const whole = (file, label = file) => {
        const text = tree.read(file);
        if (text !== undefined)
            own.push({ key: file, label, text });
    };
    for (const f of projectScripts)
        whole(f);
    for (const f of settingsFiles)
        whole(f);
    const views = memo(conventionViews, tree, () => new Map());
    for (const a of closure.applied) {
        const text = a.def.kind === 'script' ? tree.read(a.def.file) : undefined;
        if (text === undefined)
            continue;
        own.push({
            key: `${a.def.file}#convention`,
            label: `plugin ${a.def.id} (${a.def.file}), applied by ${a.by}`,
            text: memo(views, a.def.file, () => scriptView(text, 'convention', () => true))
        });
    }
    for (const s of closure.scriptFiles)
        whole(s.file, `${s.file}, applied by ${s.by}`);
    for (const build of usedBuilds.keys())
        for (const f of BUILD_OWN_FILES)
            whole(at(build, f));
    const ancestors = [...ancestorScripts]
        .filter((f) => !projectScripts.has(f))
        .flatMap((file) => {
        const text = tree.read(file);
        // followProjects counts an ancestor's script only once it has read its text.
        /* istanbul ignore next -- type narrowing: every ancestor script here was read */
        return text === undefined ? [] : [{ file, text }];
    });
    const binary = closure.applied.filter((a) => a.def.kind === 'binary').map((a) => a.def.id);
    return new BuildReads(tree, own, ancestors, binary, catalogPluginIds(tree, CATALOG));
}
/** The facts of scripts read through their view (script-view.ts), cached per tree. */
const viewCache = new WeakMap();
function viewFacts(tree, kept) {
    const cache = memo(viewCache, tree, () => new Map());
    const keptKey = [...kept].sort().join('\0');
    const keep = (kind, name) => kept.has(`${kind}:${name}`);
    return (file, role) => memo(cache, `${role}\0${file}\0${role === 'ancestor' ? keptKey : ''}`, () => {
        const text = tree.read(file);
        return text === undefined
            ? undefined
            : readScript(scriptView(text, role, keep), role === 'ancestor' ? 'children' : 'self');
    });
}

;// CONCATENATED MODULE: ./src/detect/build/gradle/plugins.ts
/**
 * Convention plugins of a Gradle repository: which script (or binary plugin build) provides a
 * plugin id, and the transitive closure of the plugins a script applies. Plugin ids with no
 * provider in the tree are core or external plugins and are ignored quietly.
 */


const SCRIPT_DIRS = ['src/main/groovy/', 'src/main/kotlin/'];
const BUILD_SCRIPTS = ['build.gradle', 'build.gradle.kts'];
/** The build script of a folder (`build.gradle` before `build.gradle.kts`), if any. */
function buildScriptOf(dir, tree) {
    return BUILD_SCRIPTS.map((f) => at(dir, f)).find((f) => tree.hasFile(f));
}
const cache = new WeakMap();
/** Maps plugin ids to their definitions in `builds` (memoised per tree and build list). */
function pluginIndex(builds, tree) {
    const key = builds.join('\n');
    const perTree = cache.get(tree) ?? new Map();
    cache.set(tree, perTree);
    const hit = perTree.get(key);
    if (hit)
        return hit;
    const index = new Map();
    const add = (d) => {
        if (!index.has(d.id))
            index.set(d.id, d);
    };
    for (const build of builds) {
        for (const f of tree.filesUnder(build)) {
            const rel = f.slice(build.length + 1);
            if (!SCRIPT_DIRS.some((d) => rel.startsWith(d)))
                continue;
            // On the last name only, anchored: unanchored, the regex starts again at every character.
            const m = /^([^/]+)\.gradle(\.kts)?$/.exec(rel.slice(rel.lastIndexOf('/') + 1));
            if (!m)
                continue;
            const name = m[1];
            add({ id: name, build, kind: 'script', file: f, line: 1 });
            if (!m[2])
                continue;
            // A Kotlin precompiled plugin in a package gets the package-qualified id; one that cannot
            // be read may be in any package, so it answers every id that ends with its name.
            const text = tree.read(f);
            if (text === undefined) {
                add({ id: `*.${name}`, build, kind: 'script', file: f, line: 1 });
                continue;
            }
            // Blanks before `package` on its own line only: `^\s*` would cross line breaks and scan
            // a long run of blank lines again from each of them.
            const pkg = /^[^\S\n\r\u2028\u2029]*package\s+([\w.]+)/m.exec(text);
            if (pkg)
                add({ id: `${pkg[1]}.${name}`, build, kind: 'script', file: f, line: 1 });
        }
        const script = buildScriptOf(build, tree);
        const text = script === undefined ? undefined : tree.read(script);
        if (script !== undefined && text !== undefined)
            for (const b of readScript(text).binaryPlugins)
                add({ id: b.id, build, kind: 'binary', file: script, line: b.line });
    }
    perTree.set(key, index);
    return index;
}
/** The definition of a plugin id, or of a Kotlin plugin script of an unknown package it may name. */
function plugins_lookup(index, id) {
    const def = index.get(id);
    const dot = id.lastIndexOf('.');
    if (def !== undefined || dot < 0)
        return def;
    const any = index.get(`*${id.slice(dot)}`);
    return any && { ...any, id };
}
/**
 * Follows the plugins applied by `start` (script file -> its facts) through the plugins'
 * own `plugins {}` and `apply from:`, transitively.
 */
function pluginClosure(start, index, tree) {
    const applied = [];
    const scriptFiles = [];
    const facts = new Map();
    const wholeBuilds = [];
    const warnings = [];
    const seenIds = new Set();
    const seenFiles = new Set(start.keys());
    const queue = [...start].map(([f, x]) => [
        f,
        x,
        undefined
    ]);
    const read = (file) => {
        const text = tree.read(file);
        return text === undefined ? undefined : readScript(text);
    };
    while (queue.length > 0) {
        const [file, f, build] = queue.shift();
        if (build !== undefined && f.dynamic.length > 0) {
            const why = `${file} is too dynamic to read (${f.dynamic.join('; ')}); the whole included build ${build} counts`;
            warnings.push(why);
            wholeBuilds.push({ dir: build, why });
        }
        for (const p of f.plugins) {
            const def = p.external ? undefined : plugins_lookup(index, p.id);
            if (!def || seenIds.has(p.id))
                continue;
            seenIds.add(p.id);
            applied.push({ def, by: file, line: p.line });
            if (def.kind !== 'script' || seenFiles.has(def.file))
                continue;
            seenFiles.add(def.file);
            const g = read(def.file);
            if (g) {
                facts.set(def.file, g);
                queue.push([def.file, g, def.build]);
            }
            else {
                // What it applies and reads is unknown: as for a script too dynamic to read.
                const why = `${def.file} (plugin ${def.id}) was not read; the whole included build ${def.build} counts`;
                warnings.push(why);
                wholeBuilds.push({ dir: def.build, why });
            }
        }
        for (const a of f.applyFrom) {
            const target = a.path.startsWith('/') ? joinPath('', a.path) : joinPath(dirOf(file), a.path);
            if (target === undefined || /^[a-z]+:/.test(a.path))
                continue;
            scriptFiles.push({ file: target, by: file, line: a.line });
            if (seenFiles.has(target))
                continue;
            seenFiles.add(target);
            const g = read(target);
            if (g) {
                facts.set(target, g);
                queue.push([target, g, build]);
            }
        }
    }
    return { applied, scriptFiles, facts, wholeBuilds, warnings };
}

;// CONCATENATED MODULE: ./src/detect/build/gradle/settings.ts
/**
 * Gradle settings, read as text: the projects of the build, where they live, and the included
 * builds (which provide convention plugins). Never runs Gradle; what is too dynamic to read is
 * reported in `warnings`.
 */


const SETTINGS = ['settings.gradle', 'settings.gradle.kts'];
/** The settings file of the build in `dir`, if any. */
function settingsFileOf(dir, tree) {
    return SETTINGS.map((f) => at(dir, f)).find((f) => tree.hasFile(f));
}
/** The default folder of a project path, relative to its build: `:a:b` -> `a/b`. */
function defaultDir(path) {
    return path
        .split(':')
        .filter((s) => s !== '')
        .join('/');
}
/** `a`, `:a`, `a:b` -> `:a`, `:a`, `:a:b`. */
function normPath(p) {
    const segs = p.split(':').filter((s) => s !== '');
    return `:${segs.join(':')}`;
}
/** Reads the string arguments after a call name: `x 'a', 'b'`, `x('a',\n 'b')`, `x(['a'])`, `x(listOf("a"))`. */
function stringArgs(lx, pos) {
    const sk = lx.skeleton;
    let p = pos;
    const skip = () => {
        while (p < sk.length && /\s/.test(sk[p]))
            p++;
    };
    skip();
    if (sk[p] === '(')
        p++;
    skip();
    const list = /^(?:\[|listOf\s*\(|arrayOf\s*\(|setOf\s*\()/.exec(sk.slice(p, p + 12));
    if (list)
        p += list[0].length;
    const values = [];
    for (;;) {
        const s = lx.stringAt(p);
        if (!s)
            break;
        if (s.dynamic)
            return { values, dynamic: true };
        values.push({ value: s.value, at: s.start });
        p = s.end;
        while (p < sk.length && /[ \t]/.test(sk[p]))
            p++;
        if (sk[p] !== ',')
            break;
        p++;
        skip();
    }
    return { values, dynamic: values.length === 0 };
}
/**
 * Whether a line sets `projectDir` after naming a collection of projects (`children`,
 * `allprojects`, ...): what `/(?:children|...)\b[^\n]*projectDir\s*=/` finds, in one pass. That
 * regex scans to the end of the line from every `children` of it, a quadratic time on one long
 * line repeating `children`.
 */
function projectDirInLoop(sk) {
    const loop = /(?<![\w.])(?:rootProject\.children|allprojects|getProjects|children)\b/g;
    const set = /projectDir\s*=/g;
    let s = null;
    for (let m = loop.exec(sk); m !== null; m = loop.exec(sk)) {
        // The first `projectDir =` after the name (the one found before, while it still is).
        const from = m.index + m[0].length;
        if (s === null || s.index < from) {
            set.lastIndex = from;
            s = set.exec(sk);
        }
        if (s === null)
            return false;
        const eol = sk.indexOf('\n', from);
        if (eol < 0 || s.index < eol)
            return true;
        // None on this line: the next name to try is on a later line.
        loop.lastIndex = eol + 1;
    }
    return false;
}
/** Parses one settings file of the build in `base`; `projects` are filtered to existing folders. */
function parseSettings(text, file, tree) {
    const base = dirOf(file);
    const lx = lex(text);
    const sk = lx.skeleton;
    const warnings = [];
    const where = (pos) => `${file} line ${lx.lineOf(pos)}`;
    const included = new Map();
    const include = (p, pos) => {
        const segs = normPath(p)
            .split(':')
            .filter((s) => s !== '');
        // Including `:a:b` also makes `:a` a project (Gradle creates the ancestors).
        for (let k = 1; k <= segs.length; k++) {
            const path = `:${segs.slice(0, k).join(':')}`;
            if (!included.has(path))
                included.set(path, pos);
        }
    };
    for (const m of sk.matchAll(/(?<![\w.])include\b(?!\s*[=.])/g)) {
        const args = stringArgs(lx, m.index + m[0].length);
        for (const v of args.values)
            include(v.value, v.at);
        if (args.dynamic)
            warnings.push(`${where(m.index)}: include with a computed argument is too dynamic to read; the projects it adds are not known`);
    }
    const dirs = new Map();
    const pdRe = /(?<![\w.])(?:project|findProject)\s*\(\s*(['"])[^'"]*\1\s*\)\s*(?:[?!]+\s*)?\.projectDir\s*=\s*/g;
    for (const m of sk.matchAll(pdRe)) {
        const name = lx.stringAt(m.index + m[0].indexOf('(') + 1);
        const rhs = sk.slice(m.index + m[0].length, m.index + m[0].length + 200);
        const call = /^(?:file\s*\(|(?:new\s+)?File\s*\(\s*(?:settingsDir|rootDir|rootProject\.projectDir)\s*,|(?:settingsDir|rootDir)\.resolve\s*\()/.exec(rhs);
        const value = call ? lx.stringAt(m.index + m[0].length + call[0].length) : undefined;
        const dir = value && !value.dynamic ? joinPath(base, value.value) : undefined;
        if (name && !name.dynamic && value && !value.dynamic && dir === undefined) {
            warnings.push(`${where(m.index)}: projectDir ${value.value} leads outside the repository; that project keeps its default folder`);
            continue;
        }
        if (!name || name.dynamic || dir === undefined) {
            warnings.push(`${where(m.index)}: a projectDir that is not a literal path is too dynamic to read; that project keeps its default folder`);
            continue;
        }
        dirs.set(normPath(name.value), dir);
    }
    if (projectDirInLoop(sk))
        warnings.push(`${file}: projectDir set in a loop is too dynamic to read; those projects keep their default folders`);
    const projects = [];
    for (const [path, pos] of included) {
        const dir = dirs.get(path) ?? joinPath(base, defaultDir(path));
        if (dir === undefined || !tree.hasDir(dir))
            continue;
        const name = path.slice(path.lastIndexOf(':') + 1);
        projects.push({ path, name, dir, file, line: lx.lineOf(pos) });
    }
    const builds = [];
    for (const m of sk.matchAll(/(?<![\w.])includeBuild\b/g)) {
        const paren = /\s*\(/y;
        paren.lastIndex = m.index + m[0].length;
        const s = lx.stringAt(paren.lastIndex + (paren.exec(sk)?.[0].length ?? 0));
        const dir = s && !s.dynamic ? joinPath(base, s.value) : undefined;
        if (s && !s.dynamic && dir === undefined) {
            warnings.push(`${where(m.index)}: includeBuild ${s.value} leads outside the repository; plugins it provides are not found`);
            continue;
        }
        if (dir === undefined) {
            warnings.push(`${where(m.index)}: includeBuild with a computed path is too dynamic to read; plugins it provides are not found`);
            continue;
        }
        if (!builds.some((b) => b.dir === dir))
            builds.push({ dir, file, line: lx.lineOf(m.index) });
    }
    const rootName = /(?<![\w.])rootProject\.name\s*=\s*/.exec(sk);
    const rn = rootName ? lx.stringAt(rootName.index + rootName[0].length) : undefined;
    return { rootProjectName: rn && !rn.dynamic ? rn.value : undefined, projects, builds, warnings };
}
const settings_cache = new WeakMap();
/** The projects and included builds of the repository's root Gradle build (memoised per tree). */
function gradleProjects(tree) {
    const hit = settings_cache.get(tree);
    if (hit)
        return hit;
    const file = settingsFileOf('', tree);
    const warnings = [];
    let root = { projects: [], builds: [], warnings: [] };
    if (file !== undefined) {
        const text = tree.read(file);
        if (text === undefined)
            warnings.push(`${file} was not read`);
        else
            root = parseSettings(text, file, tree);
    }
    warnings.push(...root.warnings);
    const includedBuilds = [];
    const queue = [...root.builds];
    if (tree.hasDir('buildSrc'))
        queue.push({ dir: 'buildSrc', file: '', line: 0 });
    const seen = new Set();
    // Included builds may include further builds; follow them once each.
    while (queue.length > 0) {
        const b = queue.shift();
        if (seen.has(b.dir))
            continue;
        seen.add(b.dir);
        const sf = settingsFileOf(b.dir, tree);
        const text = sf === undefined ? undefined : tree.read(sf);
        const parsed = sf !== undefined && text !== undefined ? parseSettings(text, sf, tree) : undefined;
        if (parsed) {
            warnings.push(...parsed.warnings);
            queue.push(...parsed.builds);
        }
        includedBuilds.push({ ...b, projects: parsed?.projects ?? [] });
    }
    const result = {
        file,
        rootProjectName: root.rootProjectName,
        projects: root.projects,
        includedBuilds,
        warnings
    };
    settings_cache.set(tree, result);
    return result;
}

;// CONCATENATED MODULE: ./src/detect/build/gradle/roots.ts
/**
 * Finding an image's Gradle project: by project name, or by the docker image name its build
 * (its own script or a convention plugin) sets.
 */




/** The key/value pairs of a `gradle.properties` text (continuation lines joined). */
function readPropertyValues(text) {
    const props = new Map();
    const lines = text.replace(/\\\r?\n[ \t]*/g, '').split(/\r?\n/);
    for (const raw of lines) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith('!'))
            continue;
        const m = /^([^=:\s]+)\s*[=:\s]\s*(.*)$/.exec(line);
        if (m)
            props.set(m[1], m[2].trim());
    }
    return props;
}
/** A template without its `${...}` and `$name` parts. */
function withoutVariables(template) {
    let out = '';
    let last = 0;
    for (const v of interpolations(template, /[\w.]+/y)) {
        out += template.slice(last, v.start);
        last = v.end;
    }
    return out + template.slice(last);
}
/** The folders of a project's ancestors, nearest first, ending with the root build's folder (''). */
function ancestorDirs(project, settings) {
    const segs = project.path.split(':').filter((s) => s !== '');
    const out = [];
    for (let k = segs.length - 1; k >= 1; k--) {
        const path = `:${segs.slice(0, k).join(':')}`;
        out.push(settings.projects.find((p) => p.path === path)?.dir ?? defaultDir(path));
    }
    out.push('');
    return out;
}
/** The image names a project's build sets (own script and applied plugins), as regexes with where. */
function imageNamesOf(project, settings, tree) {
    const props = new Map();
    for (const dir of [...ancestorDirs(project, settings)].reverse().concat(project.dir)) {
        const text = tree.read(dir === '' ? 'gradle.properties' : `${dir}/gradle.properties`);
        if (text !== undefined)
            for (const [k, v] of readPropertyValues(text))
                props.set(k, v);
    }
    const resolve = (name) => name === 'name'
        ? project.name
        : name === 'rootProject.name'
            ? settings.rootProjectName
            : props.get(name);
    const script = buildScriptOf(project.dir, tree);
    const text = script === undefined ? undefined : tree.read(script);
    if (script === undefined || text === undefined)
        return [];
    const start = new Map([[script, readScript(text)]]);
    const index = pluginIndex(settings.includedBuilds.map((b) => b.dir), tree);
    const all = new Map([...start, ...pluginClosure(start, index, tree).facts]);
    return [...all].flatMap(([file, f]) => f.imageNames
        // A template that is nothing but unknown variables would match every image.
        .filter((n) => withoutVariables(n.template).length > 0 || /\bname\b/.test(n.template))
        .map((n) => ({ re: imageNamePattern(n.template, resolve), file, line: n.line })));
}
/**
 * The build root of an image in the root Gradle build: the project named like the image (one
 * whose path is `:name` wins over deeper namesakes), else the project whose docker image name
 * (from its script or its convention plugins) is the image's `<prefix>_GRADLE_IMG`. Several
 * roots mean the image is ambiguous; the caller warns. No roots: not a Gradle image.
 */
function findBuildRootByGradle(image, tree) {
    const settings = gradleProjects(tree);
    const where = (p) => `Gradle project ${p.path} (${p.file} line ${p.line})`;
    const named = settings.projects.filter((p) => p.name === image.name);
    const exact = named.filter((p) => p.path === `:${image.name}`);
    const byName = named.length === 1 ? named : exact.length === 1 ? exact : named;
    if (byName.length === 1)
        return { roots: byName.map((p) => ({ folder: p.dir, how: where(p) })), warnings: [] };
    const gradleImage = image.gradleImage;
    if (gradleImage !== undefined) {
        const pool = byName.length > 0 ? byName : settings.projects;
        const hits = pool.flatMap((p) => {
            const m = imageNamesOf(p, settings, tree).find((n) => n.re.test(gradleImage));
            return m
                ? [
                    {
                        folder: p.dir,
                        how: `${where(p)}, image ${gradleImage} named in ${m.file} line ${m.line}`
                    }
                ]
                : [];
        });
        if (hits.length === 1)
            return { roots: hits, warnings: [] };
        if (hits.length > 1)
            return {
                roots: hits,
                warnings: [`image ${image.name}: ${hits.length} Gradle projects build ${gradleImage}`]
            };
    }
    const roots = byName.map((p) => ({ folder: p.dir, how: where(p) }));
    const warnings = roots.length > 1
        ? [`image ${image.name}: ${roots.length} Gradle projects are named ${image.name}`]
        : [];
    return { roots, warnings };
}

;// CONCATENATED MODULE: ./src/detect/build/gradle/image-projects.ts
/**
 * The Gradle projects an image's build compiles (pure): the project named like the image, or
 * the projects below it that build the image, and their project dependencies in non-test
 * configurations, transitively, with the build files of their ancestor projects.
 */







/** The build files of a project's folder. */
const DIR_BUILD_FILES = ['build.gradle', 'build.gradle.kts', 'gradle.properties'];
/** Where a Dockerfile of a project lives, relative to the project's folder. */
const DOCKERFILE_DIRS = ['', '/docker', '/src/docker', '/src/main/docker'];
/**
 * The Dockerfiles below `dir`, by the folder of the project they belong to: a Dockerfile (or
 * Containerfile) in a project's folder, its `docker/`, `src/docker/` or `src/main/docker/`.
 */
function dockerfilesBelow(dir, tree) {
    const out = new Map();
    for (const f of tree.filesUnder(dir)) {
        if (!isDockerfile(f))
            continue;
        const folder = f.slice(0, Math.max(0, f.lastIndexOf('/')));
        for (const sub of DOCKERFILE_DIRS) {
            if (!folder.endsWith(sub))
                continue;
            const owner = folder.slice(0, folder.length - sub.length);
            if (!out.has(owner))
                out.set(owner, f);
        }
    }
    return out;
}
/**
 * The projects below `project` that build its image, when it does not build one itself (no
 * Dockerfile, no image name in its own build): `:order-service` holds
 * `:order-service:order-service-main`, which has the Dockerfile. Each comes with how it builds
 * the image; when none is seen to, every project below comes, with no `how`. Undefined when
 * the project builds the image itself or has no project below it.
 */
function imageProjectsBelow(project, settings, index, tree) {
    const under = (dir) => dir === project.dir || dir.startsWith(`${project.dir}/`);
    const below = settings.projects.filter((p) => p !== project && (p.path.startsWith(`${project.path}:`) || under(p.dir)));
    if (below.length === 0)
        return undefined;
    const dockerfiles = dockerfilesBelow(project.dir, tree);
    const read = (file, scope) => {
        const text = file === undefined ? undefined : tree.read(file);
        return text === undefined ? [] : [readScript(text, scope)];
    };
    /** Why `p` builds an image (its Dockerfile, an image name its build sets), if it does. */
    const builds = (p, scope) => {
        const df = dockerfiles.get(p.dir);
        if (df !== undefined)
            return `${df.slice(df.lastIndexOf('/') + 1)} in ${dirOf(df)}`;
        const start = new Map();
        const script = buildScriptOf(p.dir, tree);
        for (const f of read(script, scope))
            start.set(script, f);
        // What the projects from the named one down to `p` declare for their subprojects.
        if (p !== project)
            for (const dir of ancestorDirs(p, settings).filter(under)) {
                const a = buildScriptOf(dir, tree);
                for (const f of read(a, 'children'))
                    if (!start.has(a))
                        start.set(a, f);
            }
        for (const [file, f] of [...start, ...pluginClosure(start, index, tree).facts]) {
            const n = f.imageNames[0];
            if (n)
                return `image name set in ${file} line ${n.line}`;
        }
        return undefined;
    };
    if (builds(project, 'own') !== undefined)
        return undefined;
    const builders = below.flatMap((p) => {
        const how = builds(p, 'self');
        return how === undefined ? [] : [{ p, how }];
    });
    return { builders: builders.length > 0 ? builders : below.map((p) => ({ p })) };
}
/**
 * The test source sets of a project folder, which no image reads unless a Dockerfile copies
 * them (the Docker provider then counts them): `src/test`, `src/testFixtures`, and any source
 * set named `...Test` (`integrationTest`, `functionalTest`).
 */
const testSources = (dir) => {
    const base = dir === '' ? '' : `${escapeGlob(dir)}/`;
    return [`${base}src/test/**`, `${base}src/testFixtures/**`, `${base}src/*Test/**`];
};
/** The test source sets of the projects in each folder, per settings (asked once per image). */
const testsCache = new WeakMap();
function testsIn(settings, dir) {
    let byDir = testsCache.get(settings);
    if (byDir === undefined) {
        byDir = new Map();
        testsCache.set(settings, byDir);
    }
    let globs = byDir.get(dir);
    if (globs === undefined) {
        const inside = settings.projects.filter((q) => within(q.dir, dir));
        globs = [...new Set(inside.flatMap((q) => testSources(q.dir)))];
        byDir.set(dir, globs);
    }
    return globs;
}
/**
 * Follows the projects the image's build compiles from `project`: adds their folders (tests
 * excluded) and the build files of their ancestors to `add`, and what cannot be read to
 * `warnings`.
 */
function followProjects(project, settings, index, tree, add, warnings) {
    /** The folders of the projects that build the image (for their own Dockerfile). */
    let imageDirs = [project.dir];
    const facts = (script, scope = 'self') => {
        const text = script === undefined ? undefined : tree.read(script);
        if (script !== undefined && text === undefined) {
            warnings.push(`${script} was not read, so every project may be one the build depends on`);
            unread.push(script);
        }
        return text === undefined ? undefined : readScript(text, scope);
    };
    /** The scripts of the current step that could not be read: their dependencies are unknown. */
    let unread = [];
    const scripts = new Map();
    /** The scripts of the projects followed, and of their ancestors (read as `children`). */
    const projectScripts = new Set();
    const ancestorScripts = new Set();
    const seen = new Set([project.path]);
    const queue = [
        { p: project, why: `Gradle project ${project.path}`, file: project.file, line: project.line }
    ];
    // The image may be built by a project below the one named like it: follow the dependencies
    // of the projects that build it, or of every project below when none is seen to.
    const nested = imageProjectsBelow(project, settings, index, tree);
    for (const { p, how } of nested?.builders ?? []) {
        const why = how
            ? `${p.path} builds the image (${how})`
            : `no Dockerfile or docker plugin in ${project.path} or below it, so every project below it counts; ${p.path}`;
        seen.add(p.path);
        queue.push({ p, why, says: (dep, f) => `${why}${how ? '; it' : ''} depends on ${dep} in ${f}` });
    }
    if (nested?.builders.some((b) => b.how !== undefined))
        imageDirs = nested.builders.map((b) => b.p.dir);
    const targets = (d) => {
        if (d.path !== undefined)
            return settings.projects.filter((p) => p.path === d.path);
        if (d.accessor !== undefined)
            return settings.projects.filter((p) => projectAccessorOf(p.path) === d.accessor);
        // `*` is any run of characters but a line break; matched without backtracking.
        /* istanbul ignore next -- type narrowing: readScript gives a pattern to a dep without path or accessor */
        const pattern = d.pattern ?? '*';
        const re = new Wildcards(pattern.split('*'), (c) => !/[\n\r\u2028\u2029]/.test(c));
        return settings.projects.filter((p) => re.test(p.path));
    };
    while (queue.length > 0) {
        const { p, why, file, line, says } = queue.shift();
        unread = [];
        // A project below the named one lies in its folder, which counts already.
        const inFolder = (dir) => says !== undefined && (dir === project.dir || dir.startsWith(`${project.dir}/`));
        // The tests of the project, and of the projects in its folder, do not reach the image.
        if (!inFolder(p.dir))
            add('dir', p.dir, why, file, line, testsIn(settings, p.dir));
        const script = buildScriptOf(p.dir, tree);
        const own = facts(script);
        const declared = [];
        if (script !== undefined)
            projectScripts.add(script);
        if (script !== undefined && own) {
            declared.push([script, own]);
            scripts.set(script, own);
            for (const d of own.dynamic)
                warnings.push(`${script} ${d}`);
        }
        for (const dir of ancestorDirs(p, settings)) {
            if (dir !== '' && !inFolder(dir))
                for (const f of DIR_BUILD_FILES)
                    add('file', at(dir, f), `build file of an ancestor project of ${p.path}`);
            const a = buildScriptOf(dir, tree);
            const af = facts(a, 'children');
            if (a === undefined || !af)
                continue;
            ancestorScripts.add(a);
            declared.push([a, af]);
            if (!scripts.has(a))
                scripts.set(a, af);
            for (const d of af.dynamic)
                warnings.push(`${a} ${d}`);
        }
        for (const [f, x] of declared) {
            for (const d of x.deps) {
                if (d.test)
                    continue;
                const ts = targets(d);
                if (ts.length === 0 && d.path !== undefined)
                    warnings.push(`${f} line ${d.line}: ${d.path} is not a project of ${project.file}`);
                for (const t of ts) {
                    if (seen.has(t.path))
                        continue;
                    seen.add(t.path);
                    queue.push({
                        p: t,
                        why: says ? says(t.path, f) : `${p.name} depends on ${t.path} in ${f}`,
                        file: f,
                        line: d.line
                    });
                }
            }
        }
        // A script that cannot be read may depend on any project of the build.
        for (const f of unread)
            for (const t of settings.projects.filter((q) => !seen.has(q.path))) {
                seen.add(t.path);
                queue.push({ p: t, why: `${f} was not read, so every project counts; ${t.path}` });
            }
    }
    return { scripts, projectScripts, ancestorScripts, imageDirs };
}

;// CONCATENATED MODULE: ./src/detect/build/gradle/named-files.ts



/** A literal as a path: `${rootDir}/x`, `/x`, `./x` -> `x`; interpolations become wildcards. */
function literalRegex(value) {
    const v = value
        .replace(/^\$\{?(?:project\.)?(?:rootDir|rootProject\.projectDir|rootProject\.rootDir)\}?\//, '')
        .replace(/^\.?\//, '');
    const literal = (name) => {
        const parts = [];
        let last = 0;
        for (const x of interpolations(v, name)) {
            parts.push(v.slice(last, x.start));
            last = x.end;
        }
        return [...parts, v.slice(last)];
    };
    if (v === '' || /\s/.test(v) || !/[\w]/.test(literal(/\w+/y).join('')))
        return undefined;
    // A literal names a file by its path, or by a path suffix on a segment boundary; matched
    // without backtracking (many interpolations are many wildcards).
    const w = new Wildcards(literal(/[A-Za-z_]\w*/y), (c) => c !== '/', true);
    return { test: (path) => w.test(path) };
}
/**
 * Adds the files that the scripts `read` name to `add`. `imageDirs`: the folders of the projects
 * that build the image; `builds`: the builds that provide its plugins; `pluginOf`: the plugin id
 * of each plugin script.
 */
function addNamedFiles(read, project, imageDirs, builds, pluginOf, tree, add) {
    const named = read.flatMap(([file, f]) => f.literals.flatMap((l) => {
        const re = literalRegex(l.value);
        return re ? [{ re, file, line: l.line, value: l.value }] : [];
    }));
    // A shared Dockerfile is a fallback when the scripts also name the project's own one, which exists.
    const ownDockerfile = imageDirs.every((dir) => named.some((n) => {
        const own = `${dir}/${n.value.replace(/^\.?\//, '')}`;
        return isDockerfile(own) && !n.value.includes('$') && tree.hasFile(own);
    }));
    const candidates = [...builds].flatMap((b) => tree.filesUnder(`${b}/src/main/resources`));
    for (const n of named) {
        const user = pluginOf.has(n.file) ? `plugin ${pluginOf.get(n.file)}` : project.path;
        const why = `used by ${user} in ${n.file} line ${n.line}`;
        const plain = n.value.replace(/^\$\{?(?:project\.)?(?:rootDir|rootProject\.projectDir)\}?\//, '');
        for (const f of candidates) {
            const rel = f.slice(f.indexOf('/src/main/resources/') + '/src/main/resources/'.length);
            if (n.re.test(rel) && !(ownDockerfile && isDockerfile(f)))
                add('file', f, why, n.file, n.line);
        }
        if (plain.includes('/') &&
            !plain.includes('$') &&
            !plain.startsWith('/') &&
            !(ownDockerfile && isDockerfile(plain))) {
            if (tree.hasFile(plain))
                add('file', plain, why, n.file, n.line);
            else if (tree.hasDir(plain) && plain !== project.dir)
                add('dir', plain, why, n.file, n.line);
        }
    }
}

;// CONCATENATED MODULE: ./src/detect/build/gradle/provider.ts
/**
 * The Gradle provider: what the build of a Gradle project reads, from the build files as text.
 *
 * For the project at the build root: its folder; the folders of its project dependencies in
 * non-test configurations, transitively; the build files of its ancestor projects (and what
 * their `subprojects {}`/`allprojects {}` blocks declare); the root build files; the convention
 * plugins it applies, followed through their own `plugins {}`, with the build files of the
 * builds that provide them and the resources they name. Never runs Gradle.
 */








const ROOT_FILES = [
    'settings.gradle',
    'settings.gradle.kts',
    'build.gradle',
    'build.gradle.kts',
    'gradle.properties'
];
/** Whether the Gradle provider reads `path` (settings, build scripts, plugin scripts, properties, catalogs). */
function wantsGradle(path) {
    // By the last name, without a regex: this runs for every file of the tree.
    const base = path.slice(path.lastIndexOf('/') + 1);
    return ((base.length > 7 && base.endsWith('.gradle')) ||
        (base.length > 11 && base.endsWith('.gradle.kts')) ||
        base === 'gradle.properties' ||
        base.endsWith('.versions.toml'));
}
/** The inputs of the Gradle project at `root.folder`. */
function gradleInputs(folder, tree) {
    const settings = gradleProjects(tree);
    const project = settings.projects.find((p) => p.dir === folder);
    if (!project)
        return { inputs: [], warnings: [], claimed: false };
    const list = new InputList('gradle');
    const warnings = [...settings.warnings];
    const add = list.put;
    const index = pluginIndex(settings.includedBuilds.map((b) => b.dir), tree);
    // The projects the build compiles, and the convention plugins their scripts apply.
    const followed = followProjects(project, settings, index, tree, add, warnings);
    const closure = pluginClosure(followed.scripts, index, tree);
    warnings.push(...closure.warnings);
    const { settingsFiles, conventions, usedBuilds } = addBuildFiles(list, settings, followed, closure, tree);
    // The shared build files count for the parts of them that this build reads.
    const reads = buildReads(tree, settingsFiles, closure, followed.projectScripts, followed.ancestorScripts, usedBuilds);
    refineParts(list, followed, conventions, reads.reads);
    // Files the scripts name, where the build reads them: resources of the plugin builds, or
    // repository paths (not in what configures an ancestor only, such as a release hook).
    const pluginOf = new Map(closure.applied.map((a) => [a.def.file, a.def.id]));
    const views = viewFacts(tree, reads.kept);
    const conventionFiles = new Set(conventions.map((a) => a.def.file));
    const read = [
        ...[...followed.scripts].map(([file, f]) => followed.projectScripts.has(file) ? [file, f] : [file, views(file, 'ancestor') ?? f]),
        ...[...closure.facts].map(([file, f]) => conventionFiles.has(file) ? [file, views(file, 'convention') ?? f] : [file, f])
    ];
    addNamedFiles(read, project, followed.imageDirs, usedBuilds.keys(), pluginOf, tree, add);
    return { inputs: list.all, warnings: [...new Set(warnings)], claimed: true };
}
/**
 * The build files every Gradle image reads: the root build files, the Lombok configuration, the
 * version catalog and `gradle/`, `buildSrc/`, the plugins applied and the builds that provide
 * them, the scripts applied with `apply from:`.
 */
function addBuildFiles(list, settings, followed, closure, tree) {
    const add = list.put;
    for (const f of ROOT_FILES)
        add('file', f, 'root build file');
    // lombok.config changes the bytecode of the Java sources below it, for projects using Lombok.
    const texts = [...followed.scripts.keys()].map((f) => tree.read(f) ?? 'lombok');
    if (texts.some((t) => t.includes('lombok')) || followed.scripts.size === 0)
        for (const dir of new Set(list.all.filter((i) => i.kind === 'dir').map((i) => i.path)))
            for (let d = dir; d !== undefined; d = d === '' ? undefined : dirOf(d))
                add('file', at(d, 'lombok.config'), `Lombok configuration of the Java sources below ${d === '' ? 'the root' : `${d}/`}`);
    // The default catalog is compared alias by alias, unless a build declares catalogs (it may
    // then be read under another name than `libs`).
    const settingsFiles = ['', 'buildSrc', ...settings.includedBuilds.map((b) => b.dir)].flatMap((dir) => ['settings.gradle', 'settings.gradle.kts'].map((f) => at(dir, f)));
    const catalog = tree.hasFile(CATALOG) && !settingsFiles.some((f) => /versionCatalogs/.test(tree.read(f) ?? ''));
    if (catalog)
        add('file', CATALOG, 'root build file (the version catalog)');
    add('dir', 'gradle', 'root build file', undefined, undefined, [
        'gradle/**/*.log',
        ...(catalog ? [CATALOG] : [])
    ]);
    // The convention plugins of buildSrc that the build applies are compared statement by statement.
    const conventions = closure.applied.filter((a) => a.def.kind === 'script');
    add('dir', 'buildSrc', 'root build file', undefined, undefined, [
        'buildSrc/build/**',
        'buildSrc/.gradle/**',
        ...conventions.filter((a) => a.def.build === 'buildSrc').map((a) => escapeGlob(a.def.file))
    ]);
    const usedBuilds = new Map();
    for (const a of closure.applied) {
        const { def } = a;
        if (def.kind === 'script')
            add('file', def.file, `plugin ${def.id} applied by ${a.by}`, a.by, a.line);
        else
            add('dir', `${def.build}/src/main`, `plugin ${def.id} (registered in ${def.file} line ${def.line}) applied by ${a.by}`, a.by, a.line);
        if (!usedBuilds.has(def.build))
            usedBuilds.set(def.build, def);
    }
    for (const [build, def] of usedBuilds)
        for (const f of BUILD_OWN_FILES)
            add('file', at(build, f), `build file of included build ${build}, which provides plugin ${def.id}`);
    for (const s of closure.scriptFiles)
        add('file', s.file, `script applied by ${s.by}`, s.by, s.line);
    for (const w of closure.wholeBuilds)
        add('dir', w.dir, w.why);
    return { settingsFiles, conventions, usedBuilds };
}
/** The shared files (properties, the catalog, ancestors' scripts, convention plugins) count by part. */
function refineParts(list, followed, conventions, reads) {
    const part = (format) => ({ format, reads });
    for (const input of list.all) {
        if (input.kind !== 'file')
            continue;
        const f = input.path;
        if (f.endsWith('/gradle.properties') || f === 'gradle.properties')
            list.refine(f, part('properties'));
        else if (f === CATALOG)
            list.refine(f, part('catalog'));
        else if (followed.ancestorScripts.has(f) && !followed.projectScripts.has(f))
            list.refine(f, part('ancestor-script'));
    }
    for (const a of conventions)
        list.refine(a.def.file, part('convention-script'));
}
/** The Gradle provider. */
const gradleProvider = {
    name: 'gradle',
    wants: wantsGradle,
    inputsOf: (_image, root, tree) => gradleInputs(root.folder, tree)
};

;// CONCATENATED MODULE: ./src/detect/build/js/json.ts
/**
 * JSON build files read without throwing: `package.json` strictly, `tsconfig*.json` as JSONC
 * (comments and trailing commas, as TypeScript accepts them). One pass each: linear.
 */
const json_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Parses a JSON object; anything else (malformed text, an array, a number) is an error. */
function readJson(text) {
    try {
        const value = JSON.parse(text);
        return json_isObject(value) ? { value } : { error: 'it is not a JSON object' };
    }
    catch (e) {
        return { error: `it is not valid JSON (${e.message})` };
    }
}
/**
 * JSONC as JSON: comments become spaces and a comma before `}` or `]` is dropped; strings are
 * kept as written. Each character is looked at a bounded number of times.
 */
function stripJsonc(text) {
    const out = [];
    let i = 0;
    /** Where the last comma was written to `out`, while only blanks and comments followed it. */
    let comma = -1;
    const n = text.length;
    while (i < n) {
        const c = text[i];
        if (c === '"') {
            let j = i + 1;
            while (j < n && text[j] !== '"' && text[j] !== '\n')
                j += text[j] === '\\' ? 2 : 1;
            out.push(text.slice(i, j + 1));
            i = j + 1;
            comma = -1;
        }
        else if (c === '/' && text[i + 1] === '/') {
            const end = text.indexOf('\n', i);
            i = end < 0 ? n : end;
        }
        else if (c === '/' && text[i + 1] === '*') {
            const end = text.indexOf('*/', i + 2);
            i = end < 0 ? n : end + 2;
            out.push(' ');
        }
        else if ((c === '}' || c === ']') && comma >= 0) {
            out[comma] = ' ';
            out.push(c);
            comma = -1;
            i++;
        }
        else {
            if (c === ',')
                comma = out.length;
            else if (!/\s/.test(c))
                comma = -1;
            out.push(c);
            i++;
        }
    }
    return out.join('');
}
/** Parses a JSONC object (a tsconfig). */
function readJsonc(text) {
    return readJson(stripJsonc(text));
}
/** A string field, or undefined. */
const str = (v) => (typeof v === 'string' ? v : undefined);
/** An object field, or undefined. */
const obj = (v) => json_isObject(v) ? v : undefined;

;// CONCATENATED MODULE: ./src/detect/build/js/tsconfig.ts
/**
 * What a package's `tsconfig*.json` (and `jsconfig*.json`) files read outside its folder: the
 * bases they `extends` (a relative path, or a package name: a workspace package's folder counts,
 * a package from the registry is pinned by the lockfile), followed through chains, once each;
 * and the projects they reference (`references: [{ path }]`), which `tsc -b` builds first.
 */


/** Whether `path` is a TypeScript or JavaScript project file (by its name). */
function isTsconfig(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    return /^[tj]sconfig.*\.json$/.test(base);
}
/** Whether the provider reads `path` as a possible tsconfig base: a `.json` under a tsconfig-named folder. */
function mayBeTsconfigBase(path) {
    return (path.endsWith('.json') &&
        /(?:^|\/)[^/]*(?:tsconfig|ts-config|typescript-config)[^/]*\//.test(path));
}
/** The 1-based line of the first `"key"` in a text (1 when it is not there). */
function lineOfKey(text, key) {
    const i = text.indexOf(`"${key}"`);
    if (i < 0)
        return 1;
    let n = 1;
    for (let k = text.indexOf('\n'); k >= 0 && k < i; k = text.indexOf('\n', k + 1))
        n++;
    return n;
}
/** `@acme/tsconfig/base.json` -> [`@acme/tsconfig`, `base.json`]. */
function splitSpecifier(spec) {
    const parts = spec.split('/');
    const n = spec.startsWith('@') ? 2 : 1;
    return [parts.slice(0, n).join('/'), parts.slice(n).join('/')];
}
/** The tsconfig file a relative `extends` names, as TypeScript looks it up. */
function relativeTarget(from, spec, tree) {
    const p = joinPath(dirOf(from), spec);
    if (p === undefined)
        return undefined;
    for (const c of [p, `${p}.json`, `${p}/tsconfig.json`])
        if (tree.hasFile(c))
            return c;
    return p.endsWith('.json') ? p : `${p}.json`;
}
/**
 * Follows the tsconfig files `start` (of the package at `dir`): every base and reference
 * outside the folder is added; what cannot be read is unresolved.
 */
function followTsconfigs(start, dir, named, tree, add, unresolved) {
    const seen = new Set(start);
    const queue = start.map((file) => ({ file, chain: file }));
    const inside = (p) => dir === '' || p === dir || p.startsWith(`${dir}/`);
    const visit = (target, why, from, line, origin) => {
        if (!inside(target))
            add('file', target, why, from, line);
        if (seen.has(target))
            return;
        seen.add(target);
        queue.push({ file: target, chain: origin });
    };
    for (let next = 0; next < queue.length; next++) {
        const { file, chain } = queue[next];
        const text = tree.read(file);
        if (text === undefined) {
            // A base that is not in the tree is an error of the build, which fails: nothing to widen.
            if (tree.hasFile(file))
                unresolved.push({
                    what: `tsconfig ${file} (from ${chain}) could not be read, so its own extends cannot be followed`,
                    scope: '',
                    file
                });
            continue;
        }
        const r = readJsonc(text);
        if ('error' in r) {
            unresolved.push({
                what: `${file} cannot be read: ${r.error}; its extends and references are unknown`,
                scope: '',
                file
            });
            continue;
        }
        const ext = r.value.extends;
        const specs = typeof ext === 'string' ? [ext] : Array.isArray(ext) ? ext : [];
        const extLine = lineOfKey(text, 'extends');
        for (const s of specs) {
            const spec = str(s);
            if (spec === undefined) {
                unresolved.push({ what: `${file}: an extends that is not a string`, scope: '', file });
                continue;
            }
            const why = `tsconfig base (extends ${spec} in ${file}, from ${chain})`;
            if (spec.startsWith('.') || spec.startsWith('/')) {
                const target = spec.startsWith('/') ? undefined : relativeTarget(file, spec, tree);
                if (target === undefined)
                    unresolved.push({
                        what: `${file} line ${extLine}: extends ${spec} leaves the repository`,
                        scope: '',
                        file,
                        line: extLine
                    });
                else
                    visit(target, why, file, extLine, chain);
                continue;
            }
            const [name, sub] = splitSpecifier(spec);
            const pkg = named(name);
            // A base from the registry is pinned by the lockfile, which counts.
            if (!pkg)
                continue;
            if (!inside(pkg.dir))
                add('dir', pkg.dir, `workspace package ${name}, ${why}`, file, extLine);
            const candidates = sub === ''
                ? [`${pkg.dir}/tsconfig.json`]
                : [`${pkg.dir}/${sub}`, `${pkg.dir}/${sub}.json`, `${pkg.dir}/${sub}/tsconfig.json`];
            const target = candidates.map((c) => c.replace(/^\//, '')).find((c) => tree.hasFile(c));
            if (target !== undefined)
                visit(target, why, file, extLine, chain);
        }
        const refs = Array.isArray(r.value.references) ? r.value.references : [];
        const refLine = lineOfKey(text, 'references');
        for (const ref of refs) {
            const path = str(obj(ref)?.path);
            if (path === undefined)
                continue;
            const p = joinPath(dirOf(file), path);
            if (p === undefined) {
                unresolved.push({
                    what: `${file} line ${refLine}: reference ${path} leaves the repository`,
                    scope: '',
                    file,
                    line: refLine
                });
                continue;
            }
            const why = `project referenced by ${file} (from ${chain})`;
            const project = tree.hasFile(p) ? p : `${p}/tsconfig.json`;
            const folder = tree.hasFile(p) ? dirOf(p) : p;
            if (!inside(folder))
                add('dir', folder, why, file, refLine);
            if (tree.hasFile(project) && !seen.has(project)) {
                seen.add(project);
                queue.push({ file: project, chain });
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/detect/build/js/workspace.ts
/**
 * The JavaScript workspaces of a tree: every `package.json` (outside `node_modules`), and the
 * workspace roots that list members, by npm/yarn `workspaces` (an array, or `{packages: [...]}`)
 * or pnpm `pnpm-workspace.yaml` `packages:` globs (with `!` exclusions). A root that declares
 * both is read as the union (which tool installs is not known). Read once per tree.
 */




const inNodeModules = (path) => path.startsWith('node_modules/') || path.includes('/node_modules/');
/** The manifest at `file`. */
function readPackage(file, tree) {
    const dir = dirOf(file);
    const text = tree.read(file);
    if (text === undefined)
        return { dir, file, error: 'it could not be read' };
    const r = readJson(text);
    if ('error' in r)
        return { dir, file, error: r.error };
    const name = str(r.value.name);
    return { dir, file, manifest: r.value, ...(name !== undefined ? { name } : {}) };
}
const stringList = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
function npmGlobs(manifest) {
    const w = manifest.workspaces;
    if (w === undefined)
        return undefined;
    const list = stringList(w) ?? stringList(obj(w)?.packages);
    return list
        ? { globs: list }
        : { error: 'its workspaces field is neither a list of globs nor {packages: [...]}' };
}
function pnpmGlobs(text) {
    const parsed = parseYaml(text);
    if ('errorLine' in parsed)
        return { error: 'it is not valid YAML', line: parsed.errorLine };
    const doc = parsed.docs[0];
    if (!doc)
        return { globs: ['**'] };
    const y = new Yaml(doc, parsed.lines);
    if (y.isNull(y.root))
        return { globs: ['**'] };
    if (!y.map(y.root))
        return { error: 'it is not a YAML map' };
    const packages = y.get(y.root, 'packages');
    // With no packages field, pnpm takes every package below the root.
    if (packages === undefined || y.isNull(packages))
        return { globs: ['**'] };
    const seq = y.seq(packages);
    const globs = seq ? y.items(seq).map((n) => y.str(n)) : undefined;
    if (!globs || globs.some((g) => g === undefined))
        return { error: 'its packages field is not a list of globs', line: y.line(packages) };
    return { globs: globs };
}
/** The member folders (relative to `root`) that `globs` select among `candidates`. */
function membersOf(root, globs, candidates) {
    const include = [];
    const exclude = [];
    for (const raw of globs) {
        const neg = raw.startsWith('!');
        const g = (neg ? raw.slice(1) : raw).replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
        if (g.startsWith('/') || g.split('/').includes('..'))
            return { error: `the workspace glob ${raw} leaves the workspace` };
        try {
            const literal = !/[*?[\]{}()]/.test(g);
            // `.` and `./` name the root folder only, also after `!`: pnpm appends `/package.json`
            // to each glob, so `!./` leaves out the root's manifest, not every package.
            const test = g === '' || g === '.'
                ? (p) => p === ''
                : literal && !neg
                    ? (p) => p === g
                    : compileGlob(g);
            (neg ? exclude : include).push(test);
        }
        catch (e) {
            return { error: `the workspace glob ${raw} cannot be read (${e.message})` };
        }
    }
    const out = new Set();
    for (const dir of candidates) {
        if (!within(dir, root))
            continue;
        const rel = root === '' ? dir : dir.slice(root.length + 1);
        if (include.some((t) => t(rel)) && !exclude.some((t) => t(rel)))
            out.add(dir);
    }
    // The workspace root is a package of its workspace too.
    out.add(root);
    return out;
}
function readWorkspaces(tree) {
    const packages = new Map();
    const roots = new Set();
    for (const f of tree.files) {
        const base = f.slice(f.lastIndexOf('/') + 1);
        if (inNodeModules(f))
            continue;
        if (base === 'package.json')
            packages.set(dirOf(f), readPackage(f, tree));
        if (base === 'pnpm-workspace.yaml')
            roots.add(dirOf(f));
    }
    // A manifest that cannot be read may list workspaces: it is a root whose members are unknown.
    for (const p of packages.values())
        if (!p.manifest || p.manifest.workspaces !== undefined)
            roots.add(p.dir);
    const dirs = [...packages.keys()];
    const workspaces = [];
    for (const root of roots) {
        const files = [];
        const globs = [];
        let error;
        const pkg = packages.get(root);
        const fromNpm = pkg?.manifest
            ? npmGlobs(pkg.manifest)
            : pkg
                ? { error: `${pkg.error}, so its workspaces are unknown` }
                : undefined;
        if (fromNpm)
            files.push(pkg?.file);
        const yamlFile = at(root, 'pnpm-workspace.yaml');
        let fromPnpm;
        if (tree.hasFile(yamlFile)) {
            files.push(yamlFile);
            const text = tree.read(yamlFile);
            fromPnpm = text === undefined ? { error: 'it could not be read' } : pnpmGlobs(text);
        }
        for (const [file, g] of [
            [pkg?.file, fromNpm],
            [yamlFile, fromPnpm]
        ]) {
            if (!g || error)
                continue;
            if ('error' in g)
                error = { what: `${file} ${g.error}`, file: file, ...workspace_lineOf(g) };
            else
                globs.push(...g.globs);
        }
        const members = error ? undefined : membersOf(root, globs, dirs);
        if (members && 'error' in members)
            error = { what: `${files.join(', ')}: ${members.error}`, file: files[0] };
        workspaces.push({
            root,
            files,
            ...(members && !('error' in members) ? { members } : {}),
            ...(error ? { error } : {})
        });
    }
    workspaces.sort((a, b) => b.root.length - a.root.length);
    return { packages, workspaces };
}
const workspace_lineOf = (g) => g.line !== undefined ? { line: g.line } : {};
const workspace_cache = new WeakMap();
/** The packages and workspaces of a tree, read once. */
function jsIndex(tree) {
    let index = workspace_cache.get(tree);
    if (!index) {
        index = readWorkspaces(tree);
        workspace_cache.set(tree, index);
    }
    return index;
}
/**
 * The workspace a package belongs to: the nearest root at or above it that lists it, or whose
 * list cannot be read (then it may). Undefined for a package of no workspace.
 */
function workspaceOf(dir, index) {
    return index.workspaces.find((w) => within(dir, w.root) && (w.members === undefined || w.members.has(dir)));
}
/** The packages of a workspace by name. */
function byName(w, index) {
    const out = new Map();
    for (const dir of w.members ?? []) {
        const p = index.packages.get(dir);
        if (p?.name === undefined)
            continue;
        out.set(p.name, [...(out.get(p.name) ?? []), p]);
    }
    return out;
}


;// CONCATENATED MODULE: ./src/detect/build/js/index.ts
/**
 * The JavaScript provider: what the build of an npm/yarn/pnpm/bun package reads, from the
 * manifests as text. Never runs a package manager.
 *
 * For the package at the build root (a workspace member, or a package of no workspace): its
 * folder; the workspace packages it depends on (`dependencies`, `peerDependencies`,
 * `optionalDependencies`; `devDependencies` too when it has a build script, which bundles them),
 * by name whatever the version, or by a `file:`/`link:`/`portal:`/`workspace:` path,
 * transitively, each folder whole; the workspace root's manifest, lockfiles, package-manager
 * configuration, patches, `turbo.json` and `nx.json`; `.npmrc`/`.yarnrc(.yml)` of the folders
 * above; and the tsconfig bases and references of each package (tsconfig.ts). A workspace list
 * or manifest it cannot read widens to the whole repository: dependencies by name could then be
 * any package.
 */





const LOCKFILES = [
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'bun.lockb',
    'bun.lock'
];
/** Files of the workspace (or lone package) root that every install reads. */
const js_ROOT_FILES = [
    'package.json',
    ...LOCKFILES,
    'pnpm-workspace.yaml',
    '.pnpmfile.cjs',
    'bunfig.toml',
    'lerna.json',
    'turbo.json',
    'nx.json'
];
const ROOT_DIRS = ['.yarn/plugins', '.yarn/releases', '.yarn/patches', 'patches'];
/** Package-manager settings, read from the project's folder and the folders above it. */
const RC_FILES = ['.npmrc', '.yarnrc.yml', '.yarnrc'];
const DEP_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies'];
const PATH_PROTOCOL = /^(?:file|link|portal):(.*)$/;
/** The package an `npm:` alias installs, with or without a version after it. */
const NPM_NAME = /^(@[^/@]+\/[^/@]+|[^/@]+)(?:@|$)/;
/** The package a `workspace:name@range` alias names. */
const WORKSPACE_ALIAS = /^(@[^/@]+\/[^/@]+|[^/@]+)@/;
/** Whether the JavaScript provider reads `path`: manifests, pnpm workspace files, tsconfigs. */
function wantsJs(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (base !== 'package.json' && base !== 'pnpm-workspace.yaml' && !path.endsWith('.json'))
        return false;
    if (inNodeModules(path))
        return false;
    return (base === 'package.json' ||
        base === 'pnpm-workspace.yaml' ||
        isTsconfig(path) ||
        mayBeTsconfigBase(path));
}
/** The script that builds a package (and so bundles its devDependencies), if any. */
function buildScript(pkg) {
    const scripts = obj(pkg.manifest?.scripts) ?? {};
    return Object.keys(scripts).find((s) => s === 'build' || s.startsWith('build:') || s === 'prepare');
}
/** What a dependency spec points at: a path, or a package name (an alias's target). */
function target(depName, spec) {
    const p = PATH_PROTOCOL.exec(spec);
    if (p)
        return { path: p[1].replace(/^\/\/(?=\.)/, '') };
    const rest = spec.startsWith('workspace:')
        ? spec.slice('workspace:'.length)
        : spec.startsWith('npm:')
            ? spec.slice('npm:'.length)
            : undefined;
    if (rest === undefined)
        return { name: depName };
    if (rest.startsWith('.') || rest.startsWith('/'))
        return { path: rest };
    // `npm:name` and `npm:name@range` install `name`; so does pnpm's `workspace:name@range`, while
    // a plain `workspace:` range (`workspace:*`) names the dependency itself.
    const alias = (spec.startsWith('npm:') ? NPM_NAME : WORKSPACE_ALIAS).exec(rest);
    return { name: alias ? alias[1] : depName };
}
const byNameCache = new WeakMap();
function names(w, index) {
    if (!w)
        return new Map();
    let m = byNameCache.get(w);
    if (!m) {
        m = byName(w, index);
        byNameCache.set(w, m);
    }
    return m;
}
/** The inputs of the package at `folder`. */
function jsInputs(folder, tree) {
    const index = jsIndex(tree);
    const start = index.packages.get(folder);
    if (!start)
        return { inputs: [], warnings: [], claimed: false };
    const ws = workspaceOf(folder, index);
    const project = ws?.root ?? folder;
    const named = names(ws, index);
    const list = new InputList('js');
    const warnings = [];
    const unresolved = [];
    const add = (kind, path, why, file, line) => list.add(kind, path, {
        why,
        ...(file !== undefined ? { file } : {}),
        ...(line !== undefined ? { line } : {})
    });
    if (ws?.error)
        unresolved.push({
            what: `${ws.error.what}, so workspace dependencies cannot be matched by name`,
            scope: '',
            file: ws.error.file,
            ...(ws.error.line !== undefined ? { line: ws.error.line } : {})
        });
    const label = (p) => p.name ?? `${p.dir || '.'}/`;
    const seen = new Set([folder]);
    const queue = [
        {
            pkg: start,
            why: ws
                ? `workspace package ${label(start)} (${start.file})`
                : `package ${label(start)} (${start.file})`
        }
    ];
    const follow = (dir, why, file) => {
        if (seen.has(dir))
            return;
        seen.add(dir);
        const pkg = index.packages.get(dir);
        if (pkg)
            queue.push({ pkg, why, file });
        // A folder with no manifest: its files are what is installed.
        else
            add('dir', dir, why, file);
    };
    for (let next = 0; next < queue.length; next++) {
        const { pkg, why, file } = queue[next];
        add('dir', pkg.dir, why, file);
        if (!pkg.manifest) {
            unresolved.push({
                what: `${pkg.file}: ${pkg.error}, so its dependencies are unknown`,
                scope: '',
                file: pkg.file
            });
            continue;
        }
        const script = buildScript(pkg);
        const fields = script ? [...DEP_FIELDS, 'devDependencies'] : DEP_FIELDS;
        for (const field of fields) {
            const value = pkg.manifest[field];
            if (value === undefined)
                continue;
            const deps = obj(value);
            if (!deps) {
                unresolved.push({
                    what: `${pkg.file}: ${field} is not a map of packages`,
                    scope: '',
                    file: pkg.file
                });
                continue;
            }
            const kind = field === 'devDependencies'
                ? `devDependency (counted: scripts.${script} builds ${label(pkg)} and bundles it)`
                : field.replace(/ies$/, 'y');
            for (const [dep, raw] of Object.entries(deps)) {
                const spec = str(raw) ?? '';
                const t = target(dep, spec);
                const says = `${label(pkg)} depends on ${dep} (${kind} in ${pkg.file})`;
                if ('name' in t) {
                    const found = named.get(t.name) ?? [];
                    for (const p of found)
                        follow(p.dir, says, pkg.file);
                    if (found.length === 0 && spec.startsWith('workspace:'))
                        warnings.push(`${pkg.file}: ${dep} uses the workspace: protocol, but no package of the workspace is named ${t.name}`);
                    continue;
                }
                const p = t.path.startsWith('/') ? undefined : joinPath(pkg.dir, t.path);
                if (p !== undefined && tree.hasDir(p))
                    follow(p, says, pkg.file);
                else if (p !== undefined && tree.hasFile(p))
                    add('file', p, says, pkg.file);
                else
                    unresolved.push({
                        what: `${pkg.file}: ${dep} ${spec} is ${p === undefined ? 'outside the repository' : 'not a file or folder of the tree (a build output?)'}`,
                        scope: '',
                        file: pkg.file
                    });
            }
        }
        const configs = tree.filesUnder(pkg.dir).filter((f) => isTsconfig(f) && !inNodeModules(f));
        // Only the package's own tsconfigs: a nested package follows its own when it is a dependency.
        const own = configs.filter((f) => !nestedPackage(f, pkg.dir, index));
        const resolve = (name) => named.get(name)?.[0];
        followTsconfigs(own, pkg.dir, resolve, tree, add, unresolved);
    }
    const projectWhy = ws
        ? `workspace root of ${label(start)} (${ws.files.join(', ')})`
        : `project root of ${label(start)}`;
    const outside = (p) => !(folder === '' || p === folder || p.startsWith(`${folder}/`));
    for (const f of js_ROOT_FILES)
        if (outside(at(project, f)))
            add('file', at(project, f), projectWhy);
    for (const d of ROOT_DIRS)
        if (outside(at(project, d)))
            add('dir', at(project, d), projectWhy);
    for (const f of ['turbo.json', 'nx.json'])
        if (outside(f))
            add('file', f, 'task runner configuration of the repository');
    for (let d = dirOf(at(folder, 'x')); d !== undefined;) {
        const up = d === '' ? undefined : dirOf(d);
        if (d !== folder)
            for (const f of RC_FILES)
                add('file', at(d, f), `package manager settings above ${label(start)}`);
        d = up;
    }
    // A package of no workspace whose build reads nothing outside its folder is left to the
    // Dockerfile: what it copies is then exact, and a COPY of a build output widens to the folder,
    // which is what this provider would count.
    const inputs = list.all;
    const beyond = inputs.some((i) => outside(i.path) && (i.kind === 'dir' ? tree.hasDir(i.path) : tree.hasFile(i.path)));
    if (!ws && !beyond && unresolved.length === 0)
        return { inputs: [], warnings, claimed: false };
    return { inputs, warnings, unresolved, claimed: true };
}
/** Whether `file`, below the package at `dir`, lies in a package nested inside it. */
function nestedPackage(file, dir, index) {
    // The folders between the package's and the file's, walked down from the package's.
    const folders = file
        .slice(dir === '' ? 0 : dir.length + 1)
        .split('/')
        .slice(0, -1);
    let d = dir;
    for (const name of folders) {
        d = at(d, name);
        if (index.packages.has(d))
            return true;
    }
    return false;
}
const unscoped = (name) => name.slice(name.indexOf('/') + 1);
const rootsCache = new WeakMap();
/**
 * The workspace packages whose name (without its scope) is the image's name, and the package of
 * a repository that is one package: the build roots of the image by its package name.
 */
function findJsRoots(image, tree) {
    let byImage = rootsCache.get(tree);
    if (!byImage) {
        byImage = new Map();
        const index = jsIndex(tree);
        const add = (name, root) => {
            const list = byImage?.get(name) ?? [];
            if (!list.some((r) => r.folder === root.folder))
                list.push(root);
            byImage?.set(name, list);
        };
        for (const w of index.workspaces)
            for (const dir of w.members ?? []) {
                const p = index.packages.get(dir);
                if (p?.name !== undefined)
                    add(unscoped(p.name), { folder: dir, how: `workspace package ${p.name} (${p.file})` });
            }
        const top = index.packages.get('');
        if (top?.name !== undefined && !index.workspaces.some((w) => w.root === ''))
            add(unscoped(top.name), {
                folder: '',
                how: `the repository's package ${top.name} (package.json)`
            });
        for (const list of byImage.values())
            list.sort((a, b) => (a.folder < b.folder ? -1 : 1));
        rootsCache.set(tree, byImage);
    }
    return [...(byImage.get(image.name) ?? [])];
}
/** The JavaScript provider. */
const jsProvider = {
    name: 'js',
    wants: wantsJs,
    inputsOf: (_image, root, tree) => jsInputs(root.folder, tree)
};

;// CONCATENATED MODULE: ./src/detect/build/python/requirements.ts
/**
 * pip requirements files, as text: the files they include (`-r`, `-c`, with or without `=`),
 * and the local paths they install (`-e ../lib`, `../lib`, `./dist/x.whl`, `file:../lib`,
 * `name @ file:///abs`, `-f ./wheels`). Registry requirements and VCS URLs name nothing of the
 * repository. Continuation lines are joined; comments dropped. Linear.
 */
/** A path a requirement names, or undefined when it names a package of the registry or a VCS URL. */
function localPath(spec) {
    let s = spec.trim();
    const at = /^[A-Za-z0-9][A-Za-z0-9._-]*(?:\s*\[[^\]]*\])?\s*@\s*(\S.*)$/.exec(s);
    if (at)
        s = at[1].trim();
    // Markers and pip options after the requirement.
    const semi = s.indexOf(';');
    if (semi >= 0)
        s = s.slice(0, semi);
    const option = s.search(/\s-/);
    if (option >= 0)
        s = s.slice(0, option);
    s = s.trim().replace(/#egg=.*$/, '');
    // Extras: `./lib[dev]`.
    if (s.endsWith(']') && s.includes('['))
        s = s.slice(0, s.lastIndexOf('['));
    if (/^file:/i.test(s))
        return s;
    if (/^(?:\.{1,2}(?:\/|$)|\/|~|\$\{|\{root)/.test(s))
        return s;
    // pip takes a requirement with a path separator that is no URL for a path (`libs/shared`).
    if (!at && s.includes('/') && !s.includes('://') && !/^[a-z]+\+/i.test(s))
        return s;
    // A bare archive name in the current folder.
    if (/^[^\s:@/]+\.(?:whl|tar\.gz|zip)$/.test(s))
        return s;
    return undefined;
}
const OPTION = /^(-r|--requirement|-c|--constraint|-e|--editable|-f|--find-links)(?:\s*=\s*|\s+|(?=[^\s-]))(\S+)/;
/** The files and local paths a requirements file names. */
function readRequirements(text) {
    const out = [];
    const lines = text.split(/\r?\n/);
    let joined = '';
    let first = 0;
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        if (joined === '')
            first = i + 1;
        if (raw.endsWith('\\')) {
            joined += `${raw.slice(0, -1)} `;
            continue;
        }
        const line = `${joined}${raw}`.replace(/(?:^|\s)#.*$/, '').trim();
        joined = '';
        if (line === '')
            continue;
        const o = OPTION.exec(line);
        if (o) {
            const flag = o[1];
            const value = o[2];
            const written = `${flag} ${value}`;
            if (/^(?:-r|--requirement|-c|--constraint)$/.test(flag))
                out.push({ kind: 'include', value, line: first, written });
            else {
                // `-e` takes a path or a VCS URL; `-f` a path or an index URL.
                const p = localPath(value) ?? (/:\/\/|^[a-z]+\+/i.test(value) ? undefined : value);
                if (p !== undefined)
                    out.push({ kind: 'path', value: p, line: first, written });
            }
            continue;
        }
        if (line.startsWith('-'))
            continue;
        const p = localPath(line);
        if (p !== undefined)
            out.push({ kind: 'path', value: p, line: first, written: line });
    }
    return out;
}
/** Whether `path` is a requirements or constraints file, by its name or folder. */
function isRequirementsFile(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (!/\.(?:txt|in)$/.test(base))
        return false;
    return (/(?:requirements|constraints|reqs)/i.test(base) || /(?:^|\/)requirements\/[^/]+$/.test(path));
}
/**
 * A local path as a repository path: relative to `base`, with `${PROJECT_ROOT}` and hatch's
 * `{root}`/`{root:uri}` standing for the project's folder; an error for a path outside the
 * repository (absolute, above its root) or one that uses another variable.
 */
function localRepoPath(value, base, project) {
    let v = value.replace(/^file:(?:\/\/(?:localhost)?(?=\/))?/i, '');
    const root = /^\/*(?:\$\{PROJECT_ROOT\}|\{root(?::uri|:parent:uri)?\})/.exec(v);
    let from = base;
    if (root) {
        v = `.${v.slice(root[0].length)}`;
        from = project;
    }
    if (/\$|\{|%|^~/.test(v))
        return { error: 'uses a variable' };
    if (v.startsWith('/'))
        return { error: 'is an absolute path, outside the repository' };
    const parts = from.split('/').filter((p) => p !== '');
    for (const seg of v.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg !== '..')
            parts.push(seg);
        else if (parts.length === 0)
            return { error: 'leaves the repository' };
        else
            parts.pop();
    }
    return { path: parts.join('/') };
}

;// CONCATENATED MODULE: ./src/detect/build/python/setup.ts
/**
 * setuptools' own files, where they are literal: `setup.cfg` (`install_requires` and
 * `extras_require` lines, `file:` requirements files) and `setup.py`, a program: its string
 * literals that name a path above the project count, and a path built at run time from `../../../inputs`
 * (`os.pardir`, `'..'`, `.parent.parent`, `parents[n]`) cannot be read. Linear.
 */

/** The local paths and requirements files of a `setup.cfg`. */
function readSetupCfg(text, file) {
    const refs = [];
    const includes = [];
    let section = '';
    let key = '';
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const trimmed = raw.trim();
        if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';'))
            continue;
        const header = /^\[([^\]]*)\]/.exec(trimmed);
        let value;
        if (header && !/^\s/.test(raw)) {
            section = header[1].trim();
            key = '';
            continue;
        }
        if (/^\s/.test(raw))
            value = trimmed;
        else {
            const eq = raw.search(/[=:]/);
            if (eq < 0)
                continue;
            key = raw.slice(0, eq).trim();
            value = raw.slice(eq + 1).trim();
        }
        const wanted = (section === 'options' && (key === 'install_requires' || key === 'setup_requires')) ||
            section === 'options.extras_require';
        if (!wanted || value === '')
            continue;
        const line = i + 1;
        if (value.startsWith('file:')) {
            for (const f of value
                .slice(5)
                .split(',')
                .map((s) => s.trim())
                .filter((s) => s !== ''))
                includes.push({ value: f, follow: true, why: `${key} = file: ${f} in ${file}`, line });
            continue;
        }
        const p = localPath(value);
        if (p !== undefined)
            refs.push({ value: p, follow: true, why: `${value} in ${key} of ${file}`, line });
    }
    return { refs, includes };
}
/** What a `setup.py` names above its folder, and what it builds there that cannot be read. */
function readSetupPy(text, file) {
    const refs = [];
    const dynamic = [];
    const breaks = [];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        breaks.push(i);
    /** The 1-based line of a position: how many breaks come before it, plus one. */
    const lineAt = (pos) => {
        let lo = 0;
        let hi = breaks.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (breaks[mid] < pos)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo + 1;
    };
    const literal = /(['"])((?:(?!\1)[^\\\n]|\\.)*)\1/g;
    for (const m of text.matchAll(literal)) {
        const value = m[2];
        if (value === '..')
            dynamic.push({ what: `'..' is joined into a path at run time`, line: lineAt(m.index) });
        else if (/^(?:file:)?\.\.(?:\/|$)/.test(localPath(value) ?? ''))
            refs.push({
                value: localPath(value),
                follow: true,
                why: `path ${value} in ${file}`,
                line: lineAt(m.index)
            });
    }
    for (const m of text.matchAll(/os\.pardir|\.parent\s*\.\s*parent|\.parents\s*\[/g))
        dynamic.push({ what: `${m[0]} builds a path above the project`, line: lineAt(m.index) });
    return { refs, dynamic: dynamic.sort((a, b) => a.line - b.line) };
}

;// CONCATENATED MODULE: ./src/detect/build/python/pyproject.ts
/**
 * What a `pyproject.toml` (or `Pipfile`) says about the repository paths a Python build reads:
 * PEP 621 dependencies and PEP 735 groups (`name @ file:../lib`), Poetry path dependencies in
 * every group (`lib = { path = "../lib", develop = true }`) and `packages` taken `from` another
 * folder, uv sources (`{ path = "../lib" }`, `{ workspace = true }`) and a uv workspace's
 * `members`/`exclude`, PDM dev dependencies, setuptools' requirements files
 * (`dynamic.dependencies = { file = [...] }`), Pipfile `{ path = "../lib" }`; and any other
 * value or key that is a path above the project (`../shared`), such as the source paths of a
 * hatch `force-include` (its keys).
 */



/** A distribution name as PEP 503 compares them. */
const normalize = (name) => name.toLowerCase().replace(/[-_.]+/g, '-');
const nameOf = (req) => /^\s*(?:-e\s+)?([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(req)?.[1];
const strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
const tables = (v) => isTable(v) ? [v] : Array.isArray(v) ? v.filter(isTable) : [];
const pyproject_entries = (v) => isTable(v) ? Object.entries(v) : [];
/** Reads a pyproject.toml or Pipfile; a malformed one is an error with its line. */
function readManifest(text, file) {
    const r = readToml(text);
    if ('error' in r)
        return r;
    const t = r.table;
    const line = (...keys) => {
        for (let n = keys.length; n > 0; n--) {
            const l = r.line(keys.slice(0, n));
            if (l !== undefined)
                return { line: l };
        }
        return {};
    };
    const refs = [];
    const includes = [];
    const deps = new Set();
    const sources = new Map();
    /** PEP 508 requirement strings. */
    const requirements = (list, where, keys) => {
        for (const req of list) {
            const n = nameOf(req);
            if (n !== undefined && !req.trim().startsWith('-e'))
                deps.add(normalize(n));
            const p = localPath(req.replace(/^\s*-e\s+/, ''));
            if (p !== undefined)
                refs.push({
                    value: p,
                    follow: true,
                    why: `${req} in ${where} of ${file}`,
                    ...line(...keys)
                });
        }
    };
    // Each with the key path of its list, for the line that sets it (or the nearest table's).
    const deps621 = ['project', 'dependencies'];
    requirements(strings(tomlGet(t, ...deps621)), '[project]', deps621);
    const optional = ['project', 'optional-dependencies'];
    for (const [extra, list] of pyproject_entries(tomlGet(t, ...optional)))
        requirements(strings(list), `optional dependencies ${extra}`, [...optional, extra]);
    for (const [group, list] of pyproject_entries(tomlGet(t, 'dependency-groups')))
        requirements(strings(list), `dependency group ${group}`, ['dependency-groups', group]);
    const uvDev = ['tool', 'uv', 'dev-dependencies'];
    requirements(strings(tomlGet(t, ...uvDev)), '[tool.uv]', uvDev);
    const pdmDev = ['tool', 'pdm', 'dev-dependencies'];
    for (const [group, list] of pyproject_entries(tomlGet(t, ...pdmDev)))
        requirements(strings(list), `PDM dev dependencies ${group}`, [...pdmDev, group]);
    // Poetry (every group: `poetry install` installs them unless told not to), and Pipfile.
    const tablesOfDeps = [
        [['tool', 'poetry', 'dependencies'], '[tool.poetry.dependencies]'],
        [['tool', 'poetry', 'dev-dependencies'], '[tool.poetry.dev-dependencies]'],
        [['packages'], '[packages]'],
        [['dev-packages'], '[dev-packages]']
    ];
    for (const [group] of pyproject_entries(tomlGet(t, 'tool', 'poetry', 'group')))
        tablesOfDeps.push([
            ['tool', 'poetry', 'group', group, 'dependencies'],
            `[tool.poetry.group.${group}.dependencies] (installed unless poetry install leaves the group out)`
        ]);
    for (const [keys, where] of tablesOfDeps)
        for (const [name, spec] of pyproject_entries(tomlGet(t, ...keys))) {
            if (name === 'python')
                continue;
            deps.add(normalize(name));
            for (const s of tables(spec)) {
                const path = typeof s.path === 'string' ? s.path : undefined;
                if (path !== undefined)
                    refs.push({
                        value: path,
                        follow: true,
                        why: `${name} = { path = "${path}" } in ${where} of ${file}`,
                        ...line(...keys, name)
                    });
            }
        }
    for (const pkg of tables(tomlGet(t, 'tool', 'poetry', 'packages'))) {
        const from = typeof pkg.from === 'string' ? pkg.from : undefined;
        const include = typeof pkg.include === 'string' ? pkg.include : '';
        if (from !== undefined)
            refs.push({
                value: `${from.replace(/\/+$/, '')}/${include}`.replace(/\/$/, ''),
                follow: false,
                why: `package ${include} from ${from} in [tool.poetry] of ${file}`,
                ...line('tool', 'poetry', 'packages')
            });
    }
    for (const [name, spec] of pyproject_entries(tomlGet(t, 'tool', 'uv', 'sources'))) {
        const list = tables(spec).map((s) => ({
            ...(typeof s.path === 'string' ? { path: s.path } : {}),
            ...(s.workspace === true ? { workspace: true } : {}),
            ...line('tool', 'uv', 'sources', name)
        }));
        sources.set(normalize(name), list);
    }
    const dyn = ['tool', 'setuptools', 'dynamic'];
    const dynOptional = [...dyn, 'optional-dependencies'];
    const dynFiles = [
        [...dyn, 'dependencies'],
        ...pyproject_entries(tomlGet(t, ...dynOptional)).map(([k]) => [...dynOptional, k])
    ];
    for (const keys of dynFiles)
        for (const s of tables(tomlGet(t, ...keys))) {
            const f = s.file;
            for (const name of typeof f === 'string' ? [f] : strings(f))
                includes.push({
                    value: name,
                    follow: true,
                    why: `requirements file of [tool.setuptools.dynamic] in ${file}`,
                    ...line(...keys, 'file')
                });
        }
    // Any other value naming a path above the project.
    const walk = (v, keys) => {
        if (typeof v === 'string') {
            if (v === '..' || v.startsWith('../'))
                refs.push({
                    value: v,
                    follow: false,
                    why: `path named by ${keys.join('.')} in ${file}`,
                    ...line(...keys)
                });
        }
        else if (Array.isArray(v))
            v.forEach((x) => walk(x, keys));
        else if (isTable(v))
            for (const [k, x] of Object.entries(v)) {
                // A key names a path too: hatch's force-include maps the source path to its place.
                walk(k, [...keys, k]);
                walk(x, [...keys, k]);
            }
    };
    walk(t, []);
    const ws = tomlGet(t, 'tool', 'uv', 'workspace');
    const name = tomlGet(t, 'project', 'name') ?? tomlGet(t, 'tool', 'poetry', 'name');
    return {
        ...(typeof name === 'string' ? { name } : {}),
        refs,
        includes,
        deps,
        sources,
        ...(isTable(ws)
            ? {
                uvWorkspace: {
                    members: strings(tomlGet(ws, 'members')),
                    exclude: strings(tomlGet(ws, 'exclude'))
                }
            }
            : {})
    };
}

;// CONCATENATED MODULE: ./src/detect/build/python/workspace.ts
/**
 * Python manifests read once per tree, and uv workspaces: the nearest `pyproject.toml` at or
 * above a project with `[tool.uv.workspace]` whose `members` globs (less `exclude`) hold it.
 */



const python_workspace_cache = new WeakMap();
/** The manifest at `file` (a pyproject.toml or Pipfile): undefined when it is not in the tree. */
function manifestAt(file, tree) {
    let byFile = python_workspace_cache.get(tree);
    if (!byFile) {
        byFile = new Map();
        python_workspace_cache.set(tree, byFile);
    }
    if (byFile.has(file))
        return byFile.get(file);
    let r;
    if (tree.hasFile(file)) {
        const text = tree.read(file);
        if (text === undefined)
            r = { error: 'could not be read' };
        else {
            const m = readManifest(text, file);
            r =
                'error' in m
                    ? { error: `is not valid TOML (line ${m.line}: ${m.error})`, line: m.line }
                    : { manifest: m };
        }
    }
    byFile.set(file, r);
    return r;
}
/** Compiles workspace globs (a literal is that folder only); undefined when one cannot be read. */
function globs(list) {
    try {
        return list.map((raw) => {
            const g = raw.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
            return /[*?[\]{}]/.test(g) ? compileGlob(g) : (p) => p === g;
        });
    }
    catch {
        return undefined;
    }
}
/** The uv workspace that holds the project at `dir`, if any, and what made it unknowable. */
function uvWorkspaceOf(dir, tree) {
    const unresolved = [];
    for (let a = dir; a !== undefined; a = a === '' ? undefined : dirOf(a)) {
        const file = at(a, 'pyproject.toml');
        const r = manifestAt(file, tree);
        if (r === undefined)
            continue;
        if ('error' in r) {
            if (a !== dir)
                unresolved.push({
                    what: `${file} ${r.error}, so whether it is the uv workspace of ${dir}/ is unknown`,
                    scope: '',
                    file,
                    ...(r.line !== undefined ? { line: r.line } : {})
                });
            continue;
        }
        const uv = r.manifest.uvWorkspace;
        if (!uv)
            continue;
        const include = globs(uv.members);
        const exclude = globs(uv.exclude);
        if (!include || !exclude) {
            unresolved.push({
                what: `${file}: a [tool.uv.workspace] glob cannot be read, so its members are unknown`,
                scope: '',
                file
            });
            return { unresolved };
        }
        const root = a;
        const rel = (d) => (root === '' ? d : d.slice(root.length + 1));
        const isMember = (d) => d === root || (include.some((t) => t(rel(d))) && !exclude.some((t) => t(rel(d))));
        if (!isMember(dir))
            continue;
        return { ws: workspaceAt(root, file, r.manifest, isMember, tree), unresolved };
    }
    return { unresolved };
}
const workspaces = new WeakMap();
/** The workspace rooted at `root`, its members named (read once per tree). */
function workspaceAt(root, file, manifest, isMember, tree) {
    let byRoot = workspaces.get(tree);
    if (!byRoot) {
        byRoot = new Map();
        workspaces.set(tree, byRoot);
    }
    const known = byRoot.get(root);
    if (known)
        return known;
    const members = new Map();
    for (const f of tree.filesUnder(root)) {
        if (!f.endsWith('/pyproject.toml') && f !== 'pyproject.toml')
            continue;
        const d = dirOf(f);
        if (!isMember(d))
            continue;
        const m = manifestAt(f, tree);
        const name = m && 'manifest' in m ? m.manifest.name : undefined;
        if (name !== undefined && !members.has(normalize(name)))
            members.set(normalize(name), d);
    }
    const ws = { root, file, manifest, members };
    byRoot.set(root, ws);
    return ws;
}

;// CONCATENATED MODULE: ./src/detect/build/python/index.ts
/**
 * The Python provider: what the build of a Python project reads, from its manifests as text.
 * Never runs pip, Poetry or uv.
 *
 * For the project at the build root (a folder holding `pyproject.toml`, `setup.py`,
 * `setup.cfg`, `Pipfile` or `requirements*.txt`): its folder less its tests (`tests/`, `test/`,
 * `test_*.py`, `*_test.py`, `conftest.py`: a Dockerfile that copies them adds them back); the
 * local path dependencies its manifests and requirements files name, transitively, each folder
 * less its tests; the requirements files they include (`-r`, `-c`); and, in a uv workspace, the
 * workspace's `pyproject.toml`, `uv.lock` and `uv.toml`, and the members it depends on. A
 * manifest it cannot read, a path with a variable or one leaving the repository, and a
 * `setup.py` that builds a path above the project widen to the whole repository.
 */






const MANIFESTS = ['pyproject.toml', 'Pipfile'];
const PROJECT_FILES = [...MANIFESTS, 'setup.py', 'setup.cfg'];
const WORKSPACE_FILES = ['pyproject.toml', 'uv.lock', 'uv.toml'];
const TESTS = ['**/tests/**', '**/test/**', '**/test_*.py', '**/*_test.py', '**/conftest.py'];
/** Whether the Python provider reads `path`: manifests, setuptools files, requirements files. */
function wantsPython(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    return PROJECT_FILES.includes(base) || isRequirementsFile(path);
}
/** The requirements files a project installs from by convention: its own folder, `requirements/`. */
/** The requirements files of each folder (its own, and those of its `requirements/`), per tree. */
const requirementsIndex = new WeakMap();
function requirementsOf(dir, tree) {
    let index = requirementsIndex.get(tree);
    if (index === undefined) {
        // One pass over the tree, not one per image: a tree of many folders asks for many of them.
        index = new Map();
        const put = (d, f) => {
            const list = index.get(d);
            if (list)
                list.push(f);
            else
                index.set(d, [f]);
        };
        for (const f of tree.files) {
            if (!isRequirementsFile(f))
                continue;
            const d = dirOf(f);
            put(d, f);
            if (d === 'requirements' || d.endsWith('/requirements'))
                put(dirOf(d), f);
        }
        requirementsIndex.set(tree, index);
    }
    const prefix = dir === '' ? '' : `${dir}/`;
    return (index.get(dir) ?? []).filter((f) => !f.slice(prefix.length).startsWith('test'));
}
/** Whether `dir` holds a Python project. */
function isPythonProject(dir, tree) {
    return (PROJECT_FILES.some((f) => tree.hasFile(at(dir, f))) ||
        requirementsOf(dir, tree).some((f) => dirOf(f) === dir));
}
const testExcludes = (dir) => TESTS.map((g) => (dir === '' ? g : `${escapeGlob(dir)}/${g}`));
/** The inputs of the Python project at `folder`. */
function pythonInputs(folder, tree) {
    if (!isPythonProject(folder, tree))
        return { inputs: [], warnings: [], claimed: false };
    const list = new InputList('python');
    const warnings = [];
    const { ws, unresolved } = uvWorkspaceOf(folder, tree);
    const seen = new Set();
    const queue = [];
    const follow = (dir, why, file, line) => {
        if (seen.has(dir))
            return;
        seen.add(dir);
        queue.push({ dir, why, ...(file !== undefined ? { file } : {}), ...python_lineOf(line) });
    };
    const inside = (p, dir) => dir === '' || p === dir || p.startsWith(`${dir}/`);
    /** A local path a manifest or requirements file names, relative to the first base where it exists. */
    const local = (ref, bases, project, file) => {
        const tries = bases.map((b) => localRepoPath(ref.value, b, project));
        const found = tries.find((t) => 'path' in t && (tree.hasDir(t.path) || tree.hasFile(t.path)));
        const first = tries[0];
        const where = { file, ...python_lineOf(ref.line) };
        if (found && 'path' in found) {
            const p = found.path;
            if (tree.hasFile(p))
                list.add('file', p, { why: ref.why, ...where });
            else if (ref.follow)
                follow(p, ref.why, file, ref.line);
            else if (!inside(p, project))
                named.push({ path: p, why: ref.why, ...where });
        }
        else if ('error' in first && first.error.startsWith('is an absolute'))
            warnings.push(`${file}: ${ref.value} ${first.error}; it is not followed`);
        else {
            /* istanbul ignore next -- every ref is read with its line (requirements and setup files, TOML key paths: readToml records each) */
            const shown = ref.line !== undefined ? `${file} line ${ref.line}` : file;
            const error = 'error' in first ? first.error : 'is not a file or folder of the tree (a build output?)';
            unresolved.push({ what: `${shown}: ${ref.value} ${error}`, scope: '', ...where });
        }
    };
    /** Folders a manifest names that are no dependency: added last, unless followed as one. */
    const named = [];
    const readFiles = new Set();
    /** A requirements file and what it includes, transitively. */
    const requirements = (start, why, project) => {
        const todo = [{ file: start, why }];
        for (let next = 0; next < todo.length; next++) {
            const { file, why: because } = todo[next];
            if (readFiles.has(file))
                continue;
            readFiles.add(file);
            if (!inside(file, project))
                list.add('file', file, { why: because });
            const text = tree.read(file);
            if (text === undefined) {
                if (tree.hasFile(file))
                    unresolved.push({ what: `${file} could not be read`, scope: '', file });
                else
                    warnings.push(`${file} (${because}) is not in the tree`);
                continue;
            }
            for (const r of readRequirements(text)) {
                const why = `${r.written} in ${file} line ${r.line}`;
                if (r.kind === 'include') {
                    const p = localRepoPath(r.value, dirOf(file), project);
                    if ('path' in p)
                        todo.push({ file: p.path, why });
                    else
                        unresolved.push({
                            what: `${file} line ${r.line}: ${r.value} ${p.error}`,
                            scope: '',
                            file
                        });
                }
                else
                    local({ value: r.value, why, line: r.line, follow: true }, [dirOf(file), project, ''], project, file);
            }
        }
    };
    follow(folder, `Python project ${folder === '' ? 'at the repository root' : `${folder}/`}`);
    for (let next = 0; next < queue.length; next++) {
        const { dir, why, file, line } = queue[next];
        list.add('dir', dir, { why, ...(file !== undefined ? { file } : {}), ...python_lineOf(line) }, testExcludes(dir));
        for (const name of MANIFESTS) {
            const f = at(dir, name);
            const r = manifestAt(f, tree);
            if (r === undefined)
                continue;
            if ('error' in r) {
                unresolved.push({
                    what: `${f} ${r.error}, so its path dependencies are unknown`,
                    scope: '',
                    file: f,
                    ...python_lineOf(r.line)
                });
                continue;
            }
            const m = r.manifest;
            for (const ref of [...m.refs].sort((a, b) => Number(b.follow) - Number(a.follow)))
                local(ref, [dir], dir, f);
            for (const inc of m.includes) {
                const p = localRepoPath(inc.value, dir, dir);
                if ('path' in p)
                    requirements(p.path, inc.why, dir);
            }
            // uv sources: the project's own, over the workspace's.
            const fromWs = ws && ws.root !== dir ? ws.manifest.sources : new Map();
            for (const dep of m.deps) {
                const own = m.sources.get(dep);
                const sources = own ?? fromWs.get(dep) ?? [];
                const declaredIn = own ? f : (ws?.file ?? f);
                for (const s of sources) {
                    const because = `${dep} from [tool.uv.sources] of ${declaredIn}`;
                    if (s.path !== undefined)
                        local({ value: s.path, why: because, follow: true, ...python_lineOf(s.line) }, [dirOf(declaredIn)], dirOf(declaredIn), declaredIn);
                    else if (s.workspace) {
                        const member = ws?.members.get(dep);
                        if (member !== undefined)
                            follow(member, `workspace member ${dep}, ${because}`, declaredIn, s.line);
                        else
                            unresolved.push({
                                what: `${declaredIn}: ${dep} is a workspace source, but no member of a uv workspace is named ${dep}`,
                                scope: ws?.root ?? '',
                                file: declaredIn
                            });
                    }
                }
            }
        }
        const cfg = at(dir, 'setup.cfg');
        const cfgText = tree.read(cfg);
        if (cfgText !== undefined) {
            const r = readSetupCfg(cfgText, cfg);
            for (const ref of r.refs)
                local(ref, [dir], dir, cfg);
            for (const inc of r.includes) {
                const p = localRepoPath(inc.value, dir, dir);
                if ('path' in p)
                    requirements(p.path, inc.why, dir);
            }
        }
        const py = at(dir, 'setup.py');
        const pyText = tree.read(py);
        if (pyText !== undefined) {
            const r = readSetupPy(pyText, py);
            for (const ref of r.refs)
                local(ref, [dir], dir, py);
            for (const d of r.dynamic)
                unresolved.push({
                    what: `${py} line ${d.line}: ${d.what}`,
                    scope: '',
                    file: py,
                    line: d.line
                });
        }
        for (const [f, text] of [
            [cfg, cfgText],
            [py, pyText]
        ])
            if (text === undefined && tree.hasFile(f))
                unresolved.push({ what: `${f} could not be read`, scope: '', file: f });
        for (const f of requirementsOf(dir, tree))
            requirements(f, `requirements file of ${dir || '.'}/`, dir);
    }
    for (const { path, ...from } of named)
        if (![...seen].some((d) => inside(path, d)))
            list.add('dir', path, from);
    if (ws && ws.root !== folder)
        for (const f of WORKSPACE_FILES)
            list.add('file', at(ws.root, f), { why: `uv workspace of ${folder}/ (${ws.file})` });
    // A folder of requirements files alone that name nothing outside it installs no project: what
    // its Dockerfile copies is then exact (and a COPY of a build output widens to the folder).
    const inputs = list.all;
    const manifest = PROJECT_FILES.some((f) => tree.hasFile(at(folder, f)));
    const beyond = inputs.some((i) => !inside(i.path, folder));
    if (!manifest && !beyond && unresolved.length === 0)
        return { inputs: [], warnings, claimed: false };
    return { inputs, warnings, unresolved, claimed: true };
}
const python_lineOf = (line) => (line !== undefined ? { line } : {});
/** The Python provider. */
const pythonProvider = {
    name: 'python',
    wants: wantsPython,
    inputsOf: (_image, root, tree) => pythonInputs(root.folder, tree)
};

;// CONCATENATED MODULE: ./src/detect/build/maven/xml.ts
/**
 * A small, tolerant XML reader for POMs: elements, their text and the line they start on.
 * Attributes are skipped, comments, processing instructions and the DOCTYPE are skipped,
 * CDATA is text, the five named entities and character references are decoded. One pass over
 * the text, each character looked at a bounded number of times (no backtracking regex), so a
 * hostile file costs linear time. What Maven itself would refuse (an unclosed element, a
 * mismatched end tag, an unterminated comment) is an error, with its line.
 */
/** The five named entities (a Map: `&toString;` is not one of them). */
const xml_NAMED = new Map([
    ['lt', '<'],
    ['gt', '>'],
    ['amp', '&'],
    ['quot', '"'],
    ['apos', "'"]
]);
/** The highest Unicode code point: a character reference above it names no character. */
const MAX_CODE_POINT = 0x10ffff;
/**
 * Text with its entities decoded; an entity the reader does not know is kept as written. A
 * character reference to no character (`&#x110000;`) is not well-formed: `bad` is where it is.
 */
function decode(text) {
    if (!text.includes('&'))
        return text;
    let out = '';
    let i = 0;
    while (i < text.length) {
        const amp = text.indexOf('&', i);
        if (amp < 0)
            break;
        out += text.slice(i, amp);
        // An entity is short: only the next few characters are looked at for its `;`.
        const semi = text.slice(amp + 1, amp + 12).indexOf(';');
        const body = semi >= 0 ? text.slice(amp + 1, amp + 1 + semi) : '';
        const ref = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body);
        let value = xml_NAMED.get(body);
        if (ref) {
            const code = ref[1] !== undefined ? parseInt(ref[1], 16) : parseInt(ref[2], 10);
            if (code > MAX_CODE_POINT)
                return { bad: `&${body};`, at: amp };
            value = String.fromCodePoint(code);
        }
        if (value !== undefined) {
            out += value;
            i = amp + body.length + 2;
        }
        else {
            out += '&';
            i = amp + 1;
        }
    }
    return out + text.slice(i);
}
const isNameChar = (c) => c !== '' && !/[\s/>=<"'!?]/.test(c);
/** Reads an XML document. */
function readXml(text) {
    let i = 0;
    let line = 1;
    // Lines are counted once for each stretch of text passed over.
    let counted = 0;
    const lineAt = (pos) => {
        for (let k = counted; k < pos; k++)
            if (text.charCodeAt(k) === 10)
                line++;
        counted = Math.max(counted, pos);
        return line;
    };
    const top = { name: '', line: 1, children: [], text: '' };
    const stack = [top];
    const current = () => stack[stack.length - 1];
    const fail = (error, pos) => ({ error, line: lineAt(pos) });
    while (i < text.length) {
        const lt = text.indexOf('<', i);
        const end = lt < 0 ? text.length : lt;
        if (end > i) {
            if (stack.length > 1) {
                const decoded = decode(text.slice(i, end));
                if (typeof decoded !== 'string')
                    return fail(`a character reference ${decoded.bad} to no character`, i + decoded.at);
                current().text += decoded;
            }
            else if (text.slice(i, end).trim() !== '')
                return fail('text outside the root element', i);
        }
        if (lt < 0)
            break;
        if (text.startsWith('<!--', lt)) {
            const close = text.indexOf('-->', lt + 4);
            if (close < 0)
                return fail('unterminated comment', lt);
            i = close + 3;
        }
        else if (text.startsWith('<![CDATA[', lt)) {
            const close = text.indexOf(']]>', lt + 9);
            if (close < 0)
                return fail('unterminated CDATA section', lt);
            if (stack.length <= 1)
                return fail('CDATA outside the root element', lt);
            current().text += text.slice(lt + 9, close);
            i = close + 3;
        }
        else if (text.startsWith('<?', lt)) {
            const close = text.indexOf('?>', lt + 2);
            if (close < 0)
                return fail('unterminated processing instruction', lt);
            i = close + 2;
        }
        else if (text.startsWith('<!', lt)) {
            // A DOCTYPE, with an internal subset in brackets at most one level deep.
            const gt = text.indexOf('>', lt);
            if (gt < 0)
                return fail('unterminated declaration', lt);
            const bracket = text.slice(lt, gt).indexOf('[');
            if (bracket >= 0) {
                const close = text.indexOf(']>', lt + bracket);
                if (close < 0)
                    return fail('unterminated declaration', lt);
                i = close + 2;
            }
            else
                i = gt + 1;
        }
        else {
            const closing = text[lt + 1] === '/';
            let k = lt + (closing ? 2 : 1);
            const start = k;
            while (k < text.length && isNameChar(text[k]))
                k++;
            const name = text.slice(start, k);
            if (name === '')
                return fail('a tag without a name', lt);
            // The rest of the tag: attributes (quoted values may hold `>`), up to `>` or `/>`.
            let quote = '';
            let selfClosing = false;
            for (; k < text.length; k++) {
                const c = text[k];
                if (quote !== '') {
                    if (c === quote)
                        quote = '';
                }
                else if (c === '"' || c === "'")
                    quote = c;
                else if (c === '>')
                    break;
                else if (c === '<')
                    return fail(`an unterminated tag <${name}`, lt);
            }
            if (k >= text.length)
                return fail(`an unterminated tag <${name}`, lt);
            selfClosing = !closing && text[k - 1] === '/';
            const at = lineAt(lt);
            i = k + 1;
            if (closing) {
                if (stack.length <= 1 || current().name !== name)
                    return fail(stack.length <= 1
                        ? `an end tag </${name}> with no element open`
                        : `an end tag </${name}> where </${current().name}> was expected`, lt);
                stack.pop();
                continue;
            }
            if (stack.length === 1 && top.children.length > 0)
                return fail('a second root element', lt);
            const el = { name, line: at, children: [], text: '' };
            current().children.push(el);
            if (!selfClosing)
                stack.push(el);
        }
    }
    if (stack.length > 1)
        return fail(`the element <${current().name}> is not closed`, text.length);
    const root = top.children[0];
    if (!root)
        return fail('no root element', text.length);
    return { root };
}
/** The local name of an element (without a namespace prefix). */
const local = (name) => name.slice(name.indexOf(':') + 1);
/** The children of `el` named `name`. */
function childrenOf(el, name) {
    return el ? el.children.filter((c) => local(c.name) === name) : [];
}
/** The first child of `el` named `name`. */
function childOf(el, name) {
    return el?.children.find((c) => local(c.name) === name);
}
/** The trimmed text of the child `name` of `el`, if there is one. */
function textOf(el, name) {
    const c = childOf(el, name);
    return c ? c.text.trim() : undefined;
}
/** Every element below `el` (not `el` itself), depth first, in document order. */
function descendants(el) {
    const out = [];
    const todo = [...el.children].reverse();
    while (todo.length > 0) {
        const e = todo.pop();
        out.push(e);
        for (let k = e.children.length - 1; k >= 0; k--)
            todo.push(e.children[k]);
    }
    return out;
}
/** `local` exported for callers that match names themselves. */


;// CONCATENATED MODULE: ./src/detect/build/maven/pom.ts
/**
 * What one `pom.xml` declares, as written (properties not yet interpolated): its coordinates,
 * its parent, its modules, its properties, the artifacts its build uses (dependencies, also in
 * profiles; build plugins, their dependencies and extensions), the BOMs it imports, and what
 * its plugin configurations say about Dockerfiles and image names.
 */

/** Plugin configuration elements that name a Dockerfile or a Docker build context. */
const DOCKER_PATHS = new Set([
    'dockerfile',
    'dockerFile',
    'dockerFileDir',
    'dockerDirectory',
    'contextDirectory',
    'contextDir'
]);
/** Plugin configuration elements that name the image built (jib's `<to><image>`, fabric8's `<name>`). */
const IMAGE_NAMES = new Set(['repository', 'imageName', 'name', 'image']);
function pom_artifact(el, what) {
    const v = (n) => {
        const t = textOf(el, n);
        return t === undefined ? {} : { [n]: t };
    };
    return {
        ...v('groupId'),
        ...v('artifactId'),
        ...v('scope'),
        ...v('type'),
        ...v('classifier'),
        what,
        line: el.line
    };
}
/** The artifacts a `<build>` (of the project or a profile) uses. */
function buildUses(build, where) {
    const out = [];
    const plugins = [
        ...childrenOf(childOf(build, 'plugins'), 'plugin'),
        ...childrenOf(childOf(childOf(build, 'pluginManagement'), 'plugins'), 'plugin')
    ];
    for (const p of plugins) {
        // The Maven plugins' default group.
        const a = pom_artifact(p, `plugin${where}`);
        out.push(a.groupId === undefined ? { ...a, groupId: 'org.apache.maven.plugins' } : a);
        for (const d of childrenOf(childOf(p, 'dependencies'), 'dependency'))
            out.push(pom_artifact(d, `plugin dependency${where}`));
    }
    for (const e of childrenOf(childOf(build, 'extensions'), 'extension'))
        out.push(pom_artifact(e, `extension${where}`));
    return out;
}
/** Whether a plugin builds images (its coordinates name docker, jib, fabric8...). */
const isImagePlugin = (p) => /docker|jib|fabric8|spotify|eclipse\.jkube|buildpack/i.test(`${textOf(p, 'groupId') ?? ''}:${textOf(p, 'artifactId') ?? ''}`);
/**
 * The docker paths (of any plugin) and image names (of an image plugin: jib's `<to><image>`,
 * not its base image `<from><image>`) of the plugin configurations under `build`.
 */
function pluginValues(build) {
    const paths = [];
    const names = [];
    if (!build)
        return { paths, names };
    const plugins = descendants(build).filter((e) => local(e.name) === 'plugin');
    for (const plugin of plugins) {
        const image = isImagePlugin(plugin);
        for (const conf of childrenOf(plugin, 'configuration').concat(childrenOf(childOf(plugin, 'executions'), 'execution').flatMap((x) => childrenOf(x, 'configuration')))) {
            const todo = conf.children.map((e) => ({
                e,
                parent: 'configuration'
            }));
            while (todo.length > 0) {
                const { e, parent } = todo.pop();
                const tag = local(e.name);
                for (const c of e.children)
                    todo.push({ e: c, parent: tag });
                const value = e.text.trim();
                if (value === '' || e.children.length > 0)
                    continue;
                if (DOCKER_PATHS.has(tag))
                    paths.push({ tag, value, line: e.line });
                else if (image && IMAGE_NAMES.has(tag) && !(tag === 'image' && parent === 'from'))
                    names.push({ tag, value, line: e.line });
            }
        }
    }
    return { paths, names };
}
/** Reads a POM; an error (with its line) when it is not well-formed XML or not a `<project>`. */
function readPom(text) {
    const xml = readXml(text);
    if ('error' in xml)
        return xml;
    const project = xml.root;
    if (local(project.name) !== 'project')
        return { error: `the root element is <${project.name}>, not <project>`, line: project.line };
    const profiles = childrenOf(childOf(project, 'profiles'), 'profile');
    const scopes = [
        { el: project, where: '' },
        ...profiles.map((p) => ({ el: p, where: ` in profile ${textOf(p, 'id') ?? '(no id)'}` }))
    ];
    const properties = new Map();
    for (const e of childOf(project, 'properties')?.children ?? [])
        properties.set(local(e.name), e.text.trim());
    for (const p of profiles)
        for (const e of childOf(p, 'properties')?.children ?? [])
            properties.delete(local(e.name));
    const uses = [];
    const imports = [];
    const modules = [];
    const dockerPaths = [];
    const imageNames = [];
    for (const { el, where } of scopes) {
        for (const d of childrenOf(childOf(el, 'dependencies'), 'dependency'))
            uses.push(pom_artifact(d, `dependency${where}`));
        const managed = childOf(childOf(el, 'dependencyManagement'), 'dependencies');
        for (const d of childrenOf(managed, 'dependency'))
            if (textOf(d, 'scope') === 'import')
                imports.push(pom_artifact(d, `imported BOM${where}`));
        const build = childOf(el, 'build');
        uses.push(...buildUses(build, where));
        for (const m of childrenOf(childOf(el, 'modules'), 'module'))
            modules.push({ path: m.text.trim(), line: m.line });
        const values = pluginValues(build);
        dockerPaths.push(...values.paths);
        imageNames.push(...values.names);
    }
    const parentEl = childOf(project, 'parent');
    const relativePath = childOf(parentEl, 'relativePath');
    const own = (n) => {
        const t = textOf(project, n);
        return t === undefined ? {} : { [n]: t };
    };
    return {
        ...own('groupId'),
        ...own('artifactId'),
        ...own('version'),
        artifactLine: childOf(project, 'artifactId')?.line ?? project.line,
        packaging: textOf(project, 'packaging') ?? 'jar',
        ...(parentEl
            ? {
                parent: {
                    ...artifactCoords(parentEl),
                    ...(relativePath ? { relativePath: relativePath.text.trim() } : {}),
                    line: parentEl.line
                }
            }
            : {}),
        modules,
        properties,
        uses,
        imports,
        dockerPaths,
        imageNames
    };
}
function artifactCoords(el) {
    const g = textOf(el, 'groupId');
    const a = textOf(el, 'artifactId');
    return {
        ...(g !== undefined ? { groupId: g } : {}),
        ...(a !== undefined ? { artifactId: a } : {})
    };
}

;// CONCATENATED MODULE: ./src/detect/build/maven/reactor.ts
/**
 * The Maven reactor of a tree: every `pom.xml` read once, each module's parent chain inside the
 * repository, its properties and coordinates interpolated, the aggregators that list it, and
 * the lookup of a dependency's coordinates among the modules.
 *
 * Interpolation: `${x}` takes a property of the POM or its parents (the nearest wins), the
 * project's own coordinates, `project.basedir`/`basedir`, `project.parent.basedir` and
 * `project.build.directory`. A property that is not defined literally (set on the command line,
 * in `.mvn/maven.config`, by a profile, from the environment) is unknown: a coordinate that holds
 * one matches like a wildcard, and a path that holds one is unresolved.
 */



const literal = (v) => v.parts.length === 1 ? v.parts[0] : undefined;
const DEPTH = 10;
/** How many property values one interpolation may expand (`a=${b}${b}`, `b=${c}${c}`...). */
const BUDGET = 1000;
/** Paths stand for repository paths with a leading `/` while interpolated (joinPath roots them). */
const reactor_rooted = (dir) => `/${dir}`;
/** Whether a (literal) coordinate of a module is matched by a (possibly partly unknown) one. */
function matches(want, have) {
    const h = literal(have);
    // A module whose own coordinate is not known could be anything.
    if (h === undefined)
        return true;
    const w = literal(want);
    if (w !== undefined)
        return w === h;
    return new Wildcards(want.parts, () => true).test(h);
}
class Reactor {
    tree;
    modules;
    byFile = new Map();
    parents = new Map();
    props = new Map();
    coords = new Map();
    listedBy = new Map();
    constructor(tree) {
        this.tree = tree;
        const files = tree.files.filter((f) => f === 'pom.xml' || f.endsWith('/pom.xml'));
        this.modules = files.map((file) => {
            const text = tree.read(file);
            const dir = dirOf(file);
            if (text === undefined)
                return { file, dir, error: `${file} could not be read` };
            const pom = readPom(text);
            if ('error' in pom)
                return { file, dir, error: `${file} line ${pom.line}: ${pom.error}` };
            return { file, dir, pom };
        });
        for (const m of this.modules)
            this.byFile.set(m.file, m);
        for (const m of this.modules)
            for (const entry of m.pom?.modules ?? []) {
                const path = entry.path.includes('${') ? undefined : joinPath(m.dir, entry.path);
                if (path === undefined)
                    continue;
                const file = path.endsWith('.xml') ? path : path === '' ? 'pom.xml' : `${path}/pom.xml`;
                this.listedBy.set(file, [
                    ...(this.listedBy.get(file) ?? []),
                    { module: m, line: entry.line }
                ]);
            }
    }
    /** The module of a `pom.xml`. */
    at(file) {
        return this.byFile.get(file);
    }
    /** The module whose folder is `dir`. */
    inDir(dir) {
        return this.byFile.get(dir === '' ? 'pom.xml' : `${dir}/pom.xml`);
    }
    /** The aggregators whose `<modules>` (also in profiles) list `m`, with the line. */
    aggregatorsOf(m) {
        return this.listedBy.get(m.file) ?? [];
    }
    unknown;
    /** Modules whose `<modules>` hold a property: they may list any module. */
    get unknownModules() {
        this.unknown ??= this.modules.flatMap((m) => (m.pom?.modules ?? [])
            .filter((e) => e.path.includes('${'))
            .map((e) => ({ module: m, line: e.line })));
        return this.unknown;
    }
    /**
     * The parent of `m` inside the repository: the POM at `<relativePath>` (default
     * `../pom.xml`) when its coordinates fit, else the modules with the parent's coordinates.
     * Empty for no parent, or one outside the repository (from a repository: not an input).
     */
    parentsOf(m) {
        const known = this.parents.get(m);
        if (known)
            return known;
        this.parents.set(m, []);
        const pom = m.pom;
        const decl = pom?.parent;
        if (!pom || !decl)
            return [];
        const want = {
            groupId: this.plain(decl.groupId, m, pom),
            artifactId: this.plain(decl.artifactId, m, pom)
        };
        const fits = (p, its) => {
            const c = this.ownCoords(p, its);
            return p !== m && matches(want.groupId, c.groupId) && matches(want.artifactId, c.artifactId);
        };
        const rel = decl.relativePath ?? '../pom.xml';
        let found = [];
        if (rel !== '' && !rel.includes('${')) {
            const path = joinPath(m.dir, rel);
            if (path !== undefined) {
                const file = this.tree.hasDir(path) ? (path === '' ? 'pom.xml' : `${path}/pom.xml`) : path;
                const p = this.byFile.get(file);
                // An unreadable POM at the path is taken as the parent: its coordinates are unknown.
                if (p && (p.pom === undefined || fits(p, p.pom)))
                    found = [p];
            }
        }
        if (found.length === 0)
            found = this.modules.filter((p) => p.pom !== undefined && fits(p, p.pom));
        this.parents.set(m, found);
        return found;
    }
    /** `m` and its ancestors inside the repository, nearest first, each once. */
    chainOf(m) {
        const out = [];
        const seen = new Set();
        const todo = [m];
        while (todo.length > 0) {
            const x = todo.shift();
            if (seen.has(x))
                continue;
            seen.add(x);
            out.push(x);
            todo.push(...this.parentsOf(x));
        }
        return out;
    }
    /** The properties of `m`: its own, then its parents' (the nearest definition wins). */
    propertiesOf(m) {
        const known = this.props.get(m);
        if (known)
            return known;
        const out = new Map();
        // Farthest first, so that nearer definitions overwrite.
        for (const x of this.chainOf(m).reverse())
            for (const [k, v] of x.pom?.properties ?? [])
                out.set(k, v);
        this.props.set(m, out);
        return out;
    }
    /** A value of `m`'s POM `pom` interpolated with its own properties only (to find parents). */
    plain(raw, m, pom) {
        if (raw === undefined)
            return { parts: [''], unknown: ['(missing)'] };
        return this.expand(raw, m, pom.properties, false);
    }
    /** The coordinates of `m` as its own POM declares them (the groupId from its parent's, when absent). */
    ownCoords(m, pom) {
        return {
            groupId: this.plain(pom.groupId ?? pom.parent?.groupId, m, pom),
            artifactId: this.plain(pom.artifactId, m, pom)
        };
    }
    /** The coordinates of `m`, interpolated with every property it sees. */
    coordsOf(m) {
        const known = this.coords.get(m);
        if (known)
            return known;
        const pom = m.pom;
        const c = {
            groupId: this.interpolate(pom?.groupId ?? pom?.parent?.groupId, m),
            artifactId: this.interpolate(pom?.artifactId, m)
        };
        this.coords.set(m, c);
        return c;
    }
    /** A value of `m`'s build, interpolated with every property it sees. */
    interpolate(raw, m) {
        if (raw === undefined)
            return { parts: [''], unknown: ['(missing)'] };
        return this.expand(raw, m, this.propertiesOf(m), true);
    }
    /** Readable modules by literal artifactId ('' holds those whose artifactId is not literal). */
    byArtifact;
    /** The readable modules whose coordinates a dependency's match. */
    find(groupId, artifactId) {
        if (!this.byArtifact) {
            const index = new Map();
            for (const m of this.modules) {
                if (!m.pom)
                    continue;
                const key = literal(this.coordsOf(m).artifactId) ?? '';
                index.set(key, [...(index.get(key) ?? []), m]);
            }
            this.byArtifact = index;
        }
        const a = literal(artifactId);
        const pool = a === undefined
            ? this.modules.filter((m) => m.pom)
            : [...(this.byArtifact.get(a) ?? []), ...(a === '' ? [] : (this.byArtifact.get('') ?? []))];
        return pool.filter((m) => {
            const c = this.coordsOf(m);
            return matches(groupId, c.groupId) && matches(artifactId, c.artifactId);
        });
    }
    builtin(name, m, withParents) {
        const pom = m.pom;
        switch (name) {
            case 'basedir':
            case 'project.basedir':
                return reactor_rooted(m.dir);
            case 'project.build.directory':
                return reactor_rooted(m.dir === '' ? 'target' : `${m.dir}/target`);
            case 'project.parent.basedir': {
                const p = withParents ? this.parentsOf(m) : [];
                return p.length === 1 ? reactor_rooted(p[0].dir) : undefined;
            }
            case 'project.groupId':
            case 'pom.groupId':
                return pom?.groupId ?? pom?.parent?.groupId;
            case 'project.artifactId':
            case 'pom.artifactId':
                return pom?.artifactId;
            case 'project.version':
            case 'pom.version':
            case 'version':
                return pom?.version;
            case 'project.parent.groupId':
                return pom?.parent?.groupId;
            case 'project.parent.artifactId':
                return pom?.parent?.artifactId;
            default:
                return undefined;
        }
    }
    /**
     * Interpolates `raw`: each `${x}` at most DEPTH levels deep and BUDGET values in all; a cycle
     * or what is past the limits is unknown.
     */
    expand(raw, m, props, withParents) {
        const parts = [''];
        const unknown = [];
        let budget = BUDGET;
        const walk = (text, depth, open) => {
            let i = 0;
            while (i < text.length) {
                const start = text.indexOf('${', i);
                const end = start < 0 ? -1 : text.indexOf('}', start + 2);
                if (start < 0 || end < 0) {
                    parts[parts.length - 1] += text.slice(i);
                    return;
                }
                parts[parts.length - 1] += text.slice(i, start);
                const name = text.slice(start + 2, end);
                const value = props.get(name) ?? this.builtin(name, m, withParents);
                if (value === undefined || depth >= DEPTH || open.has(name) || budget-- <= 0) {
                    unknown.push(`\${${name}}`);
                    parts.push('');
                }
                else
                    walk(value, depth + 1, new Set([...open, name]));
                i = end + 1;
            }
        };
        walk(raw, 0, new Set());
        return { parts, unknown };
    }
}

;// CONCATENATED MODULE: ./src/detect/build/maven/provider.ts
/**
 * The Maven provider: what the reactor build of a module reads, from the POMs as text. Never
 * runs Maven.
 *
 * It claims a build root that holds a `pom.xml`, unless every Dockerfile of the build copies only
 * files of the repository (a multi-stage build that runs Maven inside Docker): those the
 * Dockerfile provider counts exactly. For the module at the build root, and every module it holds:
 * its folder minus `src/test/**`; its POM and its parent POMs inside the repository (files, not
 * folders); the aggregators that list it (or whose `<module>` uses a property); the modules it
 * uses (dependencies of any scope but `test`, also in profiles and inherited from parents; build
 * plugins, their dependencies and extensions; imported BOMs, whose POMs only), matched by
 * groupId/artifactId, transitively; a `test-jar` dependency brings the module's tests too; `.mvn/`
 * and `mvnw` of every folder above that holds a POM; the Dockerfiles and build contexts the
 * plugin configurations name.
 *
 * What it cannot read widens the inputs (resolve.ts): a POM that is not well-formed (to its
 * folder: the build fails until that POM changes), a plugin path with a property that is not
 * defined literally (to the module folder). A dependency with such a property matches every
 * module it could name, with a warning.
 */





const reactors = new WeakMap();
/** The reactor of a tree, read once. */
function reactorOf(tree) {
    let r = reactors.get(tree);
    if (!r) {
        r = new Reactor(tree);
        reactors.set(tree, r);
    }
    return r;
}
/** Whether the Maven provider reads `path`: POMs only (`.mvn/**` counts as files, unread). */
function wantsMaven(path) {
    return path === 'pom.xml' || path.endsWith('/pom.xml');
}
const testsOf = (dir) => [`${dir === '' ? '' : `${escapeGlob(dir)}/`}src/test/**`];
const maven_provider_shown = (v) => v.parts.reduce((a, p, i) => `${a}${v.unknown[i - 1] ?? ''}${p}`);
/** How a module is named in reasons: `groupId:artifactId`, or its POM's path. */
function provider_nameOf(m, reactor) {
    const c = reactor.coordsOf(m);
    const a = literal(c.artifactId);
    const g = literal(c.groupId);
    return a === undefined ? m.file : g === undefined ? a : `${g}:${a}`;
}
/** The inputs of the Maven module at `folder`. */
function mavenInputs(folder, tree, declared) {
    const reactor = reactorOf(tree);
    const module = reactor.inDir(folder);
    // Docker builds that copy only files of the repository are counted by the Dockerfile provider.
    if (!module || copiesBuildOutput(folder, tree, declared) === false)
        return { inputs: [], warnings: [], claimed: false };
    const list = new InputList('maven');
    const warnings = [];
    const unresolved = [];
    const add = list.put;
    const unreadable = (m, scope) => {
        if (m.error !== undefined)
            unresolved.push({ what: m.error, scope, file: m.file });
    };
    /** Per module, the level of it that counts (see Step). */
    const done = new Map();
    const queue = [
        {
            m: module,
            why: `Maven module ${provider_nameOf(module, reactor)} (${module.file})`,
            file: module.file,
            level: 2
        }
    ];
    // The modules below the root are built with it, and their files count already.
    for (const m of reactor.modules)
        if (m !== module && (folder === '' || m.dir.startsWith(`${folder}/`)))
            queue.push({
                m,
                why: `Maven module ${provider_nameOf(m, reactor)} (${m.file}), below the build root ${folder}/`,
                file: m.file,
                level: 2
            });
    const unmatched = [];
    while (queue.length > 0) {
        const step = queue.shift();
        const { m } = step;
        if ((done.get(m) ?? -1) >= step.level)
            continue;
        done.set(m, step.level);
        if (step.level < 2)
            add('file', m.file, step.why, step.file, step.line);
        else
            add('dir', m.dir, step.why, step.file, step.line, testsOf(m.dir));
        if (step.level === 3)
            add('dir', at(m.dir, 'src/test'), `${step.why}: its tests`, step.file, step.line);
        unreadable(m, m.dir);
        const name = provider_nameOf(m, reactor);
        const chain = reactor.chainOf(m);
        for (const p of chain.slice(1)) {
            add('file', p.file, `parent POM of ${name}`, m.file, m.pom?.parent?.line);
            unreadable(p, p.dir);
        }
        if (step.level === 0)
            continue;
        for (const { module: agg, line } of reactor.aggregatorsOf(m))
            add('file', agg.file, `aggregator POM listing ${name}`, agg.file, line);
        // A `<module>` with a property may list this one: its aggregator counts too.
        for (const { module: agg, line } of reactor.unknownModules)
            add('file', agg.file, `aggregator POM whose <module> uses a property: it may list ${name}`, agg.file, line);
        // What the module's build uses: declared in its POM or inherited from its parents'.
        for (const x of chain)
            for (const u of x.pom?.uses ?? [])
                follow(u, x, m, name, false);
        for (const x of chain)
            for (const u of x.pom?.imports ?? [])
                follow(u, x, m, name, true);
    }
    function follow(u, x, m, name, bom) {
        if (u.scope === 'test')
            return;
        const g = reactor.interpolate(u.groupId, m);
        const a = reactor.interpolate(u.artifactId, m);
        const where = `${x.file} line ${u.line}`;
        if (g.unknown.length + a.unknown.length > 0)
            warnings.push(`${where}: the ${u.what} ${maven_provider_shown(g)}:${maven_provider_shown(a)} uses ${[...g.unknown, ...a.unknown].join(', ')}, ` +
                `not defined literally in the POMs; every module it could name counts`);
        const targets = reactor.find(g, a).filter((t) => t !== m);
        if (targets.length === 0)
            unmatched.push(`${maven_provider_shown(g)}:${maven_provider_shown(a)} (${where})`);
        const tests = u.type === 'test-jar' || u.classifier === 'tests';
        for (const t of targets)
            queue.push({
                m: t,
                why: `${name} uses ${provider_nameOf(t, reactor)} (${u.what} in ${where})`,
                file: x.file,
                line: u.line,
                level: bom ? 0 : t.pom?.packaging === 'pom' ? 1 : tests ? 3 : 2
            });
    }
    // A POM that cannot be read may be the module of a dependency that matched no other.
    if (unmatched.length > 0)
        for (const m of reactor.modules)
            if (m.error !== undefined && !done.has(m))
                add('dir', m.dir, `${m.error}, so it may be the module of ${unmatched[0]}${unmatched.length > 1 ? ` or ${unmatched.length - 1} more` : ''}`, m.file);
    // The Maven wrapper and `.mvn/` of every folder above that holds a POM (the reactor root).
    for (let d = folder; d !== undefined; d = d === '' ? undefined : dirOf(d)) {
        if (d !== '' && !reactor.inDir(d))
            continue;
        add('dir', at(d, '.mvn'), 'Maven configuration and wrapper of the reactor');
        add('file', at(d, 'mvnw'), 'Maven wrapper of the reactor');
    }
    dockerPaths(module, reactor, tree, add, warnings, unresolved);
    return { inputs: list.all, warnings: [...new Set(warnings)], unresolved, claimed: true };
}
/** The Dockerfiles and build contexts the plugin configurations of `module` (or its parents') name. */
function dockerPaths(module, reactor, tree, add, warnings, unresolved) {
    for (const x of reactor.chainOf(module))
        for (const v of x.pom?.dockerPaths ?? []) {
            const where = `${x.file} line ${v.line}`;
            if (v.value.startsWith('/')) {
                warnings.push(`${where}: <${v.tag}> ${v.value} is outside the repository; ignored`);
                continue;
            }
            const value = reactor.interpolate(v.value, module);
            const path = literal(value);
            if (path === undefined) {
                unresolved.push({
                    what: `${where}: <${v.tag}> ${v.value} uses ${value.unknown.join(', ')}, not defined literally in the POMs`,
                    scope: module.dir,
                    file: x.file,
                    line: v.line
                });
                continue;
            }
            // Relative paths are the module's (the plugin runs in it); `${project.basedir}` is rooted.
            const p = joinPath(module.dir, path);
            const why = `<${v.tag}> of a plugin of ${module.file} (${where})`;
            if (p === undefined)
                warnings.push(`${where}: <${v.tag}> ${v.value} is outside the repository; ignored`);
            else if (tree.hasFile(p))
                add('file', p, why, x.file, v.line);
            else if (tree.hasDir(p))
                add('dir', p, why, x.file, v.line);
            else if (!(module.dir === '' || p.startsWith(`${module.dir}/`)))
                warnings.push(`${where}: <${v.tag}> ${v.value} is not in the tree (a build output?)`);
        }
}
/** How `value` (an image name as configured) names an image: its last path segment, no tag. */
function imageBase(value) {
    const noDigest = value.split('@')[0];
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.indexOf(':', slash + 1);
    return colon < 0 ? noDigest.slice(slash + 1) : noDigest.slice(slash + 1, colon);
}
/**
 * The Maven modules that build an image: those whose artifactId is the image's name, or whose
 * image plugin (jib `<to><image>`, fabric8 `<name>`, spotify `<repository>`...) names it, its
 * `<prefix>_GRADLE_IMG` or `<prefix>_IMG`. For root finding (resolve.ts step 1), next to the
 * Gradle projects: several are all counted, as for Gradle.
 */
function findMavenRoots(image, tree) {
    const reactor = reactorOf(tree);
    const names = new Set([image.name, image.gradleImage, image.registryImage].filter((n) => n));
    const out = [];
    for (const m of reactor.modules) {
        if (!m.pom)
            continue;
        const name = provider_nameOf(m, reactor);
        if (literal(reactor.coordsOf(m).artifactId) === image.name) {
            out.push({
                folder: m.dir,
                how: `Maven module ${name} (${m.file} line ${m.pom.artifactLine})`
            });
            continue;
        }
        const named = m.pom.imageNames.find((v) => {
            const n = literal(reactor.interpolate(v.value, m));
            return (n !== undefined && (imageBase(n) === image.name || names.has(n.split(':')[0])));
        });
        if (named)
            out.push({
                folder: m.dir,
                how: `Maven module ${name}, whose <${named.tag}> names the image (${m.file} line ${named.line})`
            });
    }
    return out;
}
/** The Maven provider. */
const mavenProvider = {
    name: 'maven',
    wants: wantsMaven,
    inputsOf: (_image, root, tree, declared) => mavenInputs(root.folder, tree, declared)
};

;// CONCATENATED MODULE: ./src/detect/build/index.ts
/**
 * The build providers in use, and the settings of resolveInputs with them. Pure, as everything
 * under detect/build/: the head tree they read is loaded by detect/load-tree.ts.
 */











/** The providers, in the order their inputs are listed. A new build system is one more here. */
const PROVIDERS = [
    gradleProvider,
    dockerProvider,
    mavenProvider,
    goProvider,
    jsProvider,
    pythonProvider
];
/** The settings of resolveInputs with the default providers. */
function inputSettings(paths, sharedPaths) {
    return {
        ...(paths ? { paths } : {}),
        ...(sharedPaths ? { sharedPaths } : {}),
        providers: PROVIDERS,
        fallback: folderProvider,
        gradleRoots: findBuildRootByGradle,
        isBuildRoot: isBuildRootCandidate,
        nameRoots: [findMavenRoots, findJsRoots],
        contexts: { declared: declaredBuilds, match: buildsFor }
    };
}

;// CONCATENATED MODULE: ./src/detect/build/tree.ts
/** A SourceTree over a sorted file listing and the texts of the build files that were read. */


/** True when every path sorts strictly after the one before it (so none repeats). */
function ascending(files) {
    for (let i = 1; i < files.length; i++)
        if (files[i - 1] >= files[i])
            return false;
    return true;
}
/**
 * Builds a SourceTree. `files` need not be sorted; `texts` maps the read build files to their
 * text; `links` maps each symbolic link (also one of `files`) to its target as written.
 */
function makeTree(files, texts = new Map(), links = new Map()) {
    // git lists a tree in this order already (then there is nothing to sort or remove).
    const sorted = ascending(files) ? files : [...new Set(files)].sort();
    const set = new Set(sorted);
    const range = (dir) => rangeUnder(sorted, dir);
    return {
        files: sorted,
        hasFile: (path) => set.has(path),
        hasDir: (dir) => {
            const [start, end] = range(dir);
            return end > start;
        },
        filesUnder: (dir) => {
            const [start, end] = range(dir);
            return sorted.slice(start, end);
        },
        read: (path) => {
            const text = texts.get(path);
            if (text !== undefined || links.size === 0)
                return text;
            const real = realPath(path, (p) => links.get(p));
            return 'path' in real && real.via.length > 0 ? texts.get(real.path) : undefined;
        },
        links: [...links.keys()].sort(),
        linkTarget: (path) => links.get(path)
    };
}

;// CONCATENATED MODULE: ./src/detect/load-tree.ts




/**
 * The head tree with the texts of the build files that the providers want. Symbolic links are
 * read too (their texts are their targets); a wanted file that is a link is read at its target,
 * by path, in a second batch that only a tree with such links needs.
 */
async function loadTree(git, commit, providers = PROVIDERS) {
    const wanted = (f) => providers.some((p) => p.wants(f)) || wantsContext(f);
    // Paths that cannot be written on one line were never read by path; they still are not.
    const { files, blobs, links } = await git.listFilesAndBlobs(commit, (f) => wanted(f) && !/[\n\r]/.test(f));
    const byOid = await git.readBlobs([...new Set([...blobs.values(), ...links.values()])]);
    const texts = new Map();
    for (const [path, oid] of blobs) {
        const text = byOid.get(oid);
        if (text !== undefined)
            texts.set(path, text);
    }
    const targets = new Map();
    for (const [path, oid] of links)
        targets.set(path, byOid.get(oid) ?? '');
    const targetOf = (p) => targets.get(p);
    const behind = new Set();
    for (const link of links.keys()) {
        if (!wanted(link))
            continue;
        const real = realPath(link, targetOf);
        if ('path' in real && !texts.has(real.path) && !links.has(real.path))
            behind.add(real.path);
    }
    if (behind.size > 0)
        for (const [path, text] of await git.readFilesAt(commit, [...behind]))
            texts.set(path, text);
    return makeTree(files, texts, targets);
}

;// CONCATENATED MODULE: ./src/detect/build/parts.ts
/**
 * Inputs finer than a file (pure): a shared build file (`gradle.properties`, a version catalog,
 * the root or an ancestor build script, a convention plugin) counts for an image only when a
 * part of it that the image's build reads changed.
 *
 * Two halves meet here. When the inputs are derived, the provider attaches to such a file input
 * a `Part`: the format of the file, and who in this image's build reads a given part of it. When
 * the file changed since the tag, change detection reads it at the tag and at the head and asks
 * the format's differ (gradle-diff.ts) what changed: a `FileChange`. `partVerdict` then decides,
 * and says why either way. Anything a differ cannot place counts for every image that reads the
 * file (`all`): never narrower than the whole file when unsure.
 */
/** The verdict for one changed file from the part its input reads and what changed. */
function partVerdict(part, change) {
    if (change.all !== undefined)
        return { counts: true, why: change.all };
    for (const p of change.parts) {
        const reader = part.reads(p.kind, p.name);
        if (reader !== undefined)
            return { counts: true, why: `${p.what}, read by ${reader}` };
    }
    const unread = change.parts.map((p) => `${p.what}, which this build does not read`);
    const why = [...unread, ...change.none];
    return { counts: false, why: why.length > 0 ? why.join('; ') : 'no change' };
}

;// CONCATENATED MODULE: ./src/detect/match.ts
/**
 * Changed files against an image's inputs (pure): which files count, and which input made each
 * one count, so a reason can say why.
 */


/** Inputs compiled once; a glob shared by many images is compiled once too. */
class InputMatcher {
    globs = new Map();
    globSet(globs) {
        const key = globs.join('\0');
        let set = this.globs.get(key);
        if (!set) {
            set = new GlobSet(globs, 'inputs');
            this.globs.set(key, set);
        }
        return set;
    }
    indices(input, files) {
        switch (input.kind) {
            case 'file': {
                const i = files.indexOf(input.path);
                return i >= 0 ? [i] : [];
            }
            case 'dir': {
                const [start, end] = files.under(input.path);
                const self = input.path === '' ? -1 : files.indexOf(input.path);
                const out = Array.from({ length: end - start }, (_, k) => start + k);
                return self >= 0 ? [self, ...out] : out;
            }
            case 'glob':
                return this.globSet([input.path]).matchIn(files);
        }
    }
    /** The changed files that count for these inputs, ascending, each with its first input. */
    match(inputs, files) {
        return this.matchParts(inputs, files).hits;
    }
    /**
     * `match`, where a shared build file with a part (parts.ts) counts only when `changes` says a
     * part that the image reads changed (a file missing from `changes` counts). `notes` say why a
     * changed shared build file does not count, when no other input makes it count.
     */
    matchParts(inputs, files, changes) {
        const hits = new Map();
        const unread = new Map();
        for (const input of inputs) {
            const found = this.indices(input, files);
            if (found.length === 0)
                continue;
            const out = input.excludes?.length ? this.globSet(input.excludes) : undefined;
            for (const i of found) {
                if (hits.has(i) || (out && out.matches(files.at(i))))
                    continue;
                const change = input.part && changes?.get(input.path);
                if (input.part && change) {
                    const v = partVerdict(input.part, change);
                    if (!v.counts) {
                        unread.set(i, `${input.path}: ${v.why}`);
                        continue;
                    }
                    hits.set(i, { ...input, from: { ...input.from, why: `${input.from.why}: ${v.why}` } });
                }
                else
                    hits.set(i, input);
            }
        }
        const notes = [...unread].filter(([i]) => !hits.has(i)).map(([, note]) => note);
        const sorted = [...hits].sort((a, b) => a[0] - b[0]);
        return { hits: sorted.map(([index, input]) => ({ index, input })), notes };
    }
}
/** How many files a reason names before "and N more". */
const LISTED_FILES = 3;
/**
 * The reason for counted files, naming the first few and why each counts:
 * `shared/lib/X.java changed since v1.2.0 (app depends on :shared:lib in app/build.gradle)`,
 * `app/a.java (Gradle project :app), gradle/libs.versions.toml (root build file) and 3 more changed since v1.2.0`.
 */
function explainHits(shown, count, tag, notes = []) {
    const listed = shown.slice(0, Math.min(LISTED_FILES, count));
    const more = count - listed.length;
    const whys = new Set(listed.map((s) => s.why));
    const oneWhy = whys.size === 1;
    const names = listed.map((s) => (oneWhy || s.why === '' ? s.file : `${s.file} (${s.why})`));
    const joined = more > 0
        ? `${names.join(', ')} and ${more} more`
        : names.length <= 1
            ? names.join('')
            : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    const why = [oneWhy ? [...whys][0] : '', ...notes].filter((w) => w);
    return `${joined} changed since ${tag}${why.length > 0 ? ` (${why.join('; ')})` : ''}`;
}

;// CONCATENATED MODULE: ./src/detect/explain.ts


/** How many changed files an ImageChange keeps in `files`. */
const MAX_FILES = 10;
/** The input that "any change counts" matches every file through. */
const ANY = { kind: 'dir', path: '', from: { provider: 'any', why: '' } };
/** Every changed file, for an image whose inputs are "any change". */
const everyFile = (files) => Array.from({ length: files.length }, (_, index) => ({ index, input: ANY }));
/** An unchanged answer with its reason. */
const unchanged = (reason) => ({
    changed: false,
    reason,
    files: [],
    fileCount: 0
});
/** What an image's inputs are, in a few words, for "no input changed" reasons. */
function scopeOf(inputs) {
    if (inputs.any !== undefined)
        return inputs.any;
    if (inputs.roots.length === 0)
        return 'paths entry';
    return inputs.roots.map((r) => `build root ${r.folder}/, ${r.how}`).join('; ');
}
/** The answer for an image from the files that count for it; `note` adds to the reason. */
function answerFromHits(hits, files, tag, inputs, note) {
    const any = inputs.any !== undefined ? `${inputs.any}, so any change counts` : undefined;
    if (hits.length === 0) {
        const what = any !== undefined ? 'no file changed' : 'no input changed';
        const why = [any ?? scopeOf(inputs), note].filter((w) => w);
        return unchanged(`${what} since ${tag} (${why.join('; ')})`);
    }
    const shown = hits.slice(0, MAX_FILES).map((h) => ({
        file: files.at(h.index),
        why: any !== undefined ? '' : h.input.from.why
    }));
    const notes = [any, note].filter((n) => n !== undefined);
    return {
        changed: true,
        reason: explainHits(shown, hits.length, tag, notes),
        files: shown.map((s) => s.file),
        fileCount: hits.length
    };
}
/**
 * An image with no folder at the head: the folders named like it (or its declared folder) that
 * the diff shows were in the tag's tree, so they were deleted since. Empty when none.
 */
function deletedFolders(inputs, files) {
    const { image } = inputs;
    if (image.folder !== undefined && inputs.inputs.some((i) => i.from.provider === 'image-vars')) {
        const [start, end] = files.under(image.folder);
        if (end > start)
            return [image.folder];
    }
    if (!inputs.noFolder)
        return [];
    return [...(files.foldersNamed(new Set([image.name])).get(image.name) ?? [])];
}
/** Removes the hits that a rename explains: below the new root, only files that differ count. */
function afterMove(hits, files, root, origin) {
    return hits.filter((h) => {
        const f = files.at(h.index);
        if (under(f, origin.from))
            return false;
        return !under(f, root) || origin.differ.has(f);
    });
}
/** The compare command's answer, with the path rule's reason (if any) after it. */
function withCompare(before, outcome, tag) {
    const reason = outcome.changed === false
        ? `compare-command reports the same image as ${tag} (exit 0)`
        : outcome.changed === true
            ? `compare-command reports a change since ${tag} (exit 1)`
            : `compare-command failed (${outcome.detail})`;
    return {
        changed: outcome.changed,
        reason: `${reason}${before ? `; ${before.reason}` : ''}`,
        files: before?.files ?? [],
        fileCount: before?.fileCount ?? 0
    };
}

;// CONCATENATED MODULE: ./src/detect/pathspecs.ts
/**
 * Git pathspecs that limit a tag's diff to what can matter for the images pinned to it (pure).
 *
 * The pathspecs are a superset of what the in-process matcher (detect/match.ts, picomatch
 * semantics, ignore-paths, `.dockerignore` excludes) can count, never narrower: the matcher stays
 * the judge, git only leaves out files that no input of these images can reach.
 * - a `dir` or `file` input: its path, literally (a folder covers everything below it);
 * - a glob: its literal base folder (`picomatch.scan(glob).base`, the folder that GlobSet itself
 *   looks below), or the whole tree for a glob with no base (`**\/*.java`, `{a,b}/**`);
 * - excludes are not passed to git (leaving them out only widens the diff);
 * - an image with no folder at the head (`noFolder`): also every folder named like it, anywhere
 *   (`:(glob)**\/<name>/**`), so that a folder deleted since the tag is seen;
 * - an image whose inputs are "any change": the whole tree;
 * - more than MAX_PATHSPECS pathspecs: the whole tree. git matches every entry it visits against
 *   every pathspec, so a limited diff grows with their square: on a 100k-file tree with 3,300
 *   changed files, 100-300 pathspecs cost 10-20 ms, 1,000 cost 90 ms and 5,000 (every image
 *   pinned to one release, the usual case after a release) 650 ms, where the whole-tree diff
 *   costs 30 ms.
 * A build root renamed since the tag is looked up in the full diff, which changes.ts runs only
 * for the tags where that happens.
 */

/** The folder or file below which everything an input can match lies; '' for anywhere. */
function inputBase(input) {
    if (input.kind !== 'glob')
        return input.path;
    const glob = input.path.replace(/^(?:\.\/)+/, '');
    const scan = picomatch_default().scan(glob);
    // The same base GlobSet.matchIn looks below (image-inputs.ts), so never narrower than it.
    const base = !scan.isGlob && !glob.includes('\\') ? glob : scan.base;
    return base.replace(/\/+$/, '');
}
/** Escapes the characters that are special in git's `:(glob)` magic. */
const globLiteral = (name) => name.replace(/[\\*?[\]]/g, (c) => `\\${c}`);
/** Beyond this many pathspecs a limited diff costs git more than the whole-tree diff. */
const MAX_PATHSPECS = 256;
/**
 * The pathspecs for a diff that must show every file the inputs of these images can match:
 * literal folder prefixes, deduplicated (a folder covers everything below it), and one glob per
 * image without a folder. `undefined` when one of them needs the whole tree, or when there are
 * more than MAX_PATHSPECS of them.
 */
function pathspecsFor(images) {
    const bases = new Set();
    const named = new Set();
    for (const ins of images) {
        if (ins.any !== undefined)
            return undefined;
        for (const input of ins.inputs) {
            const base = inputBase(input);
            if (base === '')
                return undefined;
            bases.add(base);
        }
        if (ins.noFolder)
            named.add(ins.image.name);
    }
    const kept = new Set();
    // Shorter first, so that a folder is kept before anything below it is considered.
    for (const base of [...bases].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
        let covered = false;
        for (let at = base.indexOf('/'); at >= 0 && !covered; at = base.indexOf('/', at + 1))
            covered = kept.has(base.slice(0, at));
        if (!covered)
            kept.add(base);
    }
    if (kept.size + named.size > MAX_PATHSPECS)
        return undefined;
    return [
        ...[...kept].sort().map((p) => `:(top,literal)${p}`),
        ...[...named].sort().map((name) => `:(top,glob)**/${globLiteral(name)}/**`)
    ];
}
/** Argument bytes per git process, well below ARG_MAX (the environment shares it). */
const CHUNK_BYTES = 96 * 1024;
/** Splits pathspecs into chunks of at most `bytes` argument bytes each (at least one per chunk). */
function chunkPathspecs(specs, bytes = CHUNK_BYTES) {
    const chunks = [];
    let current = [];
    let size = 0;
    for (const spec of specs) {
        const cost = Buffer.byteLength(spec) + 1;
        if (current.length > 0 && size + cost > bytes) {
            chunks.push(current);
            current = [];
            size = 0;
        }
        current.push(spec);
        size += cost;
    }
    if (current.length > 0)
        chunks.push(current);
    return chunks;
}

;// CONCATENATED MODULE: ./src/detect/build/build-roots.ts

/** Folders of the tree whose last name is in `names`: name -> folders, sorted. */
function foldersNamed(tree, names) {
    const found = foldersNamedIn(tree.files, names);
    return new Map([...found].map(([name, dirs]) => [name, [...dirs].sort()]));
}
const list = (dirs) => dirs.map((d) => `${d}/`).join(', ');
/** Step 1: where the image is built, each choice stated. */
function buildRoots(image, tree, named, settings, declared = []) {
    const warnings = [];
    if (image.folder !== undefined) {
        if (tree.hasDir(image.folder)) {
            return {
                roots: [
                    {
                        folder: image.folder,
                        how: `# --- ${image.name} in folder ./${image.folder} of image_vars.src`
                    }
                ],
                warnings,
                noFolder: false
            };
        }
        warnings.push(`${image.name}: folder ${image.folder}/ of image_vars.src is not in the head tree; ` +
            `its build root is looked up by name instead`);
    }
    const found = settings.gradleRoots(image, tree);
    const gradle = found.roots;
    // On a clash the warning below names the paths line that settles it.
    if (gradle.length <= 1)
        warnings.push(...found.warnings);
    if (gradle.length === 1)
        return { roots: [...gradle], warnings, noFolder: false };
    const settle = (dirs) => `add a paths line to choose, e.g. "${image.name}: ${dirs[0]}/**"`;
    if (gradle.length > 1) {
        const dirs = gradle.map((r) => r.folder);
        warnings.push(`${image.name}: ${gradle.length} Gradle projects could build it (${list(dirs)}); counting all of them; ${settle(dirs)}`);
        return { roots: [...gradle], warnings, noFolder: false };
    }
    const fromDeclared = declaredRoots(declared, tree);
    if (fromDeclared.length > 0)
        return { roots: fromDeclared, warnings, noFolder: false };
    const withBuild = named.filter((d) => settings.isBuildRoot(d, tree));
    const byName = new Map();
    for (const find of settings.nameRoots)
        for (const r of find(image, tree))
            if (!byName.has(r.folder))
                byName.set(r.folder, r);
    if (byName.size > 0) {
        // A folder named like the image that holds a build file is a candidate too: all count.
        for (const d of withBuild)
            if (!byName.has(d))
                byName.set(d, { folder: d, how: `the folder named ${image.name} with a build file` });
        const roots = [...byName.values()];
        if (roots.length > 1) {
            const dirs = roots.map((r) => r.folder);
            warnings.push(`${image.name}: ${roots.length} projects could build it (${list(dirs)}); counting all of them; ${settle(dirs)}`);
        }
        return { roots, warnings, noFolder: false };
    }
    const pick = withBuild.length > 0 ? withBuild : named;
    const what = withBuild.length > 0 ? ' with a build file' : '';
    if (pick.length === 1) {
        const only = withBuild.length > 0 ? 'folder' : 'only folder';
        return {
            roots: [{ folder: pick[0], how: `the ${only} named ${image.name}${what}` }],
            warnings,
            noFolder: false
        };
    }
    if (pick.length > 1) {
        warnings.push(`${image.name}: ${pick.length} folders named ${image.name}${what} (${list(pick)}); counting all of them; ${settle(pick)}`);
        return {
            roots: pick.map((folder) => ({
                folder,
                how: `one of ${pick.length} folders named ${image.name}${what}`
            })),
            warnings,
            noFolder: false
        };
    }
    return { roots: [], warnings, noFolder: true };
}
/** The folders of the Dockerfiles of the builds declared for an image, each once. */
function declaredRoots(declared, tree) {
    const roots = new Map();
    for (const b of declared) {
        if (b.context === undefined)
            continue;
        const file = b.dockerfile ?? (b.context === '' ? 'Dockerfile' : `${b.context}/Dockerfile`);
        const folder = b.inline ? b.context : file.slice(0, Math.max(0, file.lastIndexOf('/')));
        if (roots.has(folder) || !tree.hasDir(folder))
            continue;
        roots.set(folder, {
            folder,
            how: b.inline ? `the build context of ${b.what}` : `the folder of the Dockerfile of ${b.what}`
        });
    }
    return [...roots.values()];
}

;// CONCATENATED MODULE: ./src/detect/build/declared.ts


/** The inputs of one declared build. */
function declaredBuildInputs(b, tree, fallbackScope) {
    const list = new InputList('docker');
    list.add('file', b.file, { why: `declares the build: ${b.what}`, file: b.file, line: b.line });
    for (const f of b.extraFiles)
        list.add('file', f, { why: `read by ${b.what}`, file: b.file });
    const scope = b.context ?? fallbackScope;
    const unresolved = b.unresolved.map((u) => ({
        what: `${b.what}: ${u}`,
        scope,
        file: b.file,
        line: b.line
    }));
    const own = { inputs: list.all, warnings: [], unresolved, claimed: true };
    if (b.context === undefined || b.inline) {
        if (b.inline && unresolved.length === 0)
            unresolved.push({
                what: `${b.what}: an inline Dockerfile is not read`,
                scope,
                file: b.file,
                line: b.line
            });
        return own;
    }
    // An unresolved Dockerfile name leaves `dockerfile` undefined too (the reason is in
    // `unresolved`): the default one is read only when it is there.
    const file = b.dockerfile ?? (b.context === '' ? 'Dockerfile' : `${b.context}/Dockerfile`);
    if (b.dockerfile === undefined && b.unresolved.length > 0 && !tree.hasFile(file))
        return own;
    const r = dockerfileInputs(file, tree, { context: b.context, how: b.what, root: fallbackScope });
    return {
        ...r,
        inputs: [...own.inputs, ...r.inputs],
        unresolved: [...unresolved, ...r.unresolved]
    };
}

;// CONCATENATED MODULE: ./src/detect/build/sound.ts
/**
 * The soundness rule, in one place for every provider: an image's inputs may be narrower than
 * its build root only where a provider fully understands the build. Whatever a provider could
 * not resolve (a COPY of a build output, a variable, an unreadable or unknown build file, a
 * symbolic link leading outside) widens the inputs to a scope (the build context when it is
 * known, else the build root), with one warning per widened image that says why and which
 * `paths` line would settle it. Inputs that already cover the scope need no widening, and get
 * no warning. Pure.
 */



const shownDir = (dir) => (dir === '' ? 'the whole tree' : `${dir}/`);
/** How many reasons a warning names before "and N more". */
const LISTED = 3;
/** Whether a dir input already counts every file of `scope` that a widening would. */
function covers(input, scope, excludes) {
    if (input.kind !== 'dir')
        return false;
    const inside = input.path === '' || scope === input.path || scope.startsWith(`${input.path}/`);
    // An input that keeps out only what the widening would keep out too counts at least as much.
    return inside && (input.excludes ?? []).every((e) => excludes.includes(e));
}
/** The inputs widened for what the providers could not resolve, and the warning that says so. */
function widen(image, inputs, unresolved) {
    const out = [...inputs];
    const byScope = new Map();
    for (const u of unresolved) {
        const key = `${u.scope}\0${(u.excludes ?? []).join('\0')}`;
        byScope.set(key, [...(byScope.get(key) ?? []), u]);
    }
    const widened = [];
    for (const group of byScope.values()) {
        const first = group[0];
        const excludes = first.excludes ?? [];
        if (out.some((i) => covers(i, first.scope, excludes)))
            continue;
        const whats = [...new Set(group.map((u) => u.what))];
        const more = whats.length > 1 ? ` and ${whats.length - 1} more` : '';
        out.push({
            kind: 'dir',
            path: first.scope,
            ...(excludes.length > 0 ? { excludes } : {}),
            from: {
                provider: 'soundness',
                ...(first.file !== undefined ? { file: first.file } : {}),
                ...(first.line !== undefined ? { line: first.line } : {}),
                why: `inputs widened to ${shownDir(first.scope)}: ${whats[0]}${more}`
            }
        });
        widened.push({ scope: first.scope, whats });
    }
    if (widened.length === 0)
        return { inputs: out, warnings: [] };
    const whats = widened.flatMap((w) => w.whats);
    const listed = whats.slice(0, LISTED).join('; ');
    const rest = whats.length > LISTED ? `; and ${whats.length - LISTED} more` : '';
    const scopes = widened.map((w) => shownDir(w.scope)).join(', ');
    const example = widened[0]?.scope === '' ? `path/to/${image}/**` : `${widened[0]?.scope}/**`;
    return {
        inputs: out,
        warnings: [
            `${image}: inputs widened to ${scopes}, since what the build reads could not be resolved: ${listed}${rest}. ` +
                `Every change there counts for ${image}. To name its inputs instead, add a paths line (e.g. "${image}: ${example}").`
        ]
    };
}
/** Whether a folder on the way to `path` (not `path` itself) is a symbolic link. */
function behindLink(path, tree) {
    for (let i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1))
        if (tree.linkTarget(path.slice(0, i)) !== undefined)
            return true;
    return false;
}
/**
 * What the inputs below a linked folder read (`COPY conf/a.yml` where `conf` links to
 * `../shared/conf`): git lists no such path, so the links on the way count, and the path they
 * lead to. A way that leads outside the repository, or loops, is unresolved.
 */
function behindLinks(inputs, tree, scope) {
    const out = { links: [], targets: [], unresolved: [] };
    const seen = new Set();
    for (const input of inputs) {
        if (input.kind === 'glob' || !behindLink(input.path, tree))
            continue;
        const real = realPath(input.path, (p) => tree.linkTarget(p));
        const why = `${input.path} is read through the symbolic link`;
        for (const link of real.via.filter((l) => !seen.has(l))) {
            seen.add(link);
            out.links.push({
                kind: 'file',
                path: link,
                from: { provider: 'symlink', file: link, why: `${why} ${link} (${input.from.why})` }
            });
        }
        if ('error' in real)
            out.unresolved.push({ what: real.error, scope, file: input.path });
        else
            out.targets.push({
                kind: tree.hasDir(real.path) ? 'dir' : 'file',
                path: real.path,
                from: {
                    provider: 'symlink',
                    file: real.via[0],
                    why: `${why} ${real.via.join(', ')} (${input.from.why})`
                }
            });
    }
    return out;
}
/**
 * The targets of the symbolic links among an image's inputs: a build that reads a link reads
 * its target, so the target counts too (followed again if it holds links itself); an input
 * below a linked folder counts as the links on its way and its real path. A link that leads
 * outside the repository, or loops, is unresolved (widened to `scope`).
 */
function linkTargets(inputs, tree, scope) {
    if (tree.links.length === 0)
        return { inputs: [], unresolved: [] };
    const behind = behindLinks(inputs, tree, scope);
    const added = [...behind.links, ...behind.targets];
    const unresolved = behind.unresolved;
    const links = new ChangedFiles(tree.links, () => false);
    const matcher = new InputMatcher();
    const done = new Set();
    let todo = matcher.match([...inputs, ...behind.targets], links);
    // Each link is looked at once, so this ends after at most as many rounds as there are links.
    while (todo.length > 0) {
        const next = [];
        for (const { index, input } of todo) {
            const link = links.at(index);
            if (done.has(link))
                continue;
            done.add(link);
            const real = realPath(link, (p) => tree.linkTarget(p));
            if ('error' in real) {
                unresolved.push({ what: real.error, scope, file: link });
                continue;
            }
            const target = {
                kind: tree.hasDir(real.path) ? 'dir' : 'file',
                path: real.path,
                from: {
                    provider: 'symlink',
                    file: link,
                    why: `target of the symbolic link ${link} (${input.from.why})`
                }
            };
            next.push(target);
        }
        added.push(...next);
        todo = next.length > 0 ? matcher.match(next, links) : [];
    }
    return { inputs: added, unresolved };
}

;// CONCATENATED MODULE: ./src/detect/build/resolve-inputs.ts





/** The `paths` entry of an image: the globs keyed by its name and by its prefix, merged. */
function pathsEntryOf(image, paths) {
    const globs = [
        ...(paths?.get(image.name) ?? []),
        ...(image.prefix !== image.name ? (paths?.get(image.prefix) ?? []) : [])
    ];
    return globs.length > 0 ? (0,paths_input/* readPathsEntry */.D9)(image.name, globs) : undefined;
}
const globInput = (glob, provider, why) => ({
    kind: 'glob',
    path: glob,
    from: { provider, why }
});
/** Step 2: what the build reads at each root; providers that recognise it, else the fallback. */
function derivedInputs(image, roots, tree, settings, declared) {
    const inputs = [];
    const warnings = [];
    const baseImages = [];
    const unresolved = [];
    const builds = [];
    const take = (r) => {
        inputs.push(...r.inputs);
        warnings.push(...r.warnings);
        baseImages.push(...(r.baseImages ?? []));
        unresolved.push(...(r.unresolved ?? []));
        builds.push(...(r.builds ?? []));
    };
    // The builds the repository declares come first: their contexts are known.
    const fallbackScope = roots[0]?.folder ?? '';
    for (const b of declared)
        take(declaredBuildInputs(b, tree, fallbackScope));
    const dockerfiles = new Set(builds.map((b) => b.dockerfile));
    /** Build roots a build system (not a Dockerfile) claims: it models what their outputs are made of. */
    const built = [];
    for (const root of roots) {
        let claimed = false;
        for (const provider of settings.providers) {
            const r = provider.inputsOf(image, root, tree, dockerfiles);
            if (!r.claimed)
                continue;
            claimed = true;
            if (provider.name !== 'docker')
                built.push(root.folder);
            take(r);
        }
        if (!claimed)
            inputs.push(...settings.fallback.inputsOf(image, root, tree).inputs);
    }
    const settled = (u) => u.output !== undefined && built.some((d) => within(u.output, d));
    return { inputs, warnings, baseImages, unresolved: unresolved.filter((u) => !settled(u)), builds };
}
/** Inputs without repeats: the first provenance of a path wins. */
function dedupe(inputs) {
    const seen = new Set();
    return inputs.filter((i) => {
        const key = `${i.kind}\0${i.path}\0${(i.excludes ?? []).join('\0')}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** Every image's inputs over one tree (see the module comment for the rules). */
function resolveInputs(images, tree, settings) {
    return images.map(inputResolver(images, tree, settings));
}
/**
 * The inputs of one image at a time, over one tree: what resolveInputs answers for it, so that a
 * caller can start on some images before the others are resolved. `images` are all the images
 * that may be asked about (their folders are looked up in one pass).
 */
function inputResolver(images, tree, settings) {
    const named = foldersNamed(tree, new Set(images.map((i) => i.name)));
    const contexts = settings.contexts;
    const declared = contexts ? contexts.declared(tree) : { builds: [], warnings: [] };
    const shared = (settings.sharedPaths ?? []).map((g) => globInput(g, 'shared-paths', 'shared-paths'));
    return (image) => {
        const entry = pathsEntryOf(image, settings.paths);
        const own = (entry?.globs ?? []).map((g) => globInput(g, 'paths', `paths entry for ${image.name}`));
        if (entry && !entry.extend) {
            return {
                image,
                roots: [],
                inputs: dedupe([...own, ...shared]),
                noFolder: false,
                warnings: [],
                baseImages: [],
                builds: []
            };
        }
        const mine = contexts ? contexts.match(image, declared.builds) : [];
        const found = buildRoots(image, tree, named.get(image.name) ?? [], settings, mine);
        const derived = derivedInputs(image, found.roots, tree, settings, mine);
        const scope = found.roots[0]?.folder ?? '';
        const linked = linkTargets(derived.inputs, tree, scope);
        const sound = widen(image.name, [...derived.inputs, ...linked.inputs], [...derived.unresolved, ...linked.unresolved]);
        // A reader's warnings (a compose file that is not valid YAML) concern every image.
        const warnings = [
            ...found.warnings,
            ...derived.warnings,
            ...sound.warnings,
            ...declared.warnings
        ];
        // A declared folder that is gone still counts: its deletion is a change.
        const gone = image.folder !== undefined && !tree.hasDir(image.folder)
            ? [
                {
                    kind: 'dir',
                    path: image.folder,
                    from: { provider: 'image-vars', why: 'folder of image_vars.src' }
                }
            ]
            : [];
        const inputs = dedupe([...sound.inputs, ...gone, ...own, ...shared]);
        let any;
        if (found.roots.length === 0 && own.length === 0) {
            any = `no build root: no folder named ${image.name} and no paths entry`;
            warnings.push(`${image.name}: ${any}; any change outside ignore-paths counts for it. ` +
                `Add a paths entry (e.g. "${image.name}: path/to/${image.name}/**") to name its inputs.`);
        }
        else if (found.roots.length === 0) {
            warnings.push(`${image.name}: no folder named ${image.name} in the head tree; only its paths globs count`);
        }
        return {
            image,
            roots: found.roots,
            inputs,
            ...(any !== undefined ? { any } : {}),
            noFolder: found.noFolder,
            warnings,
            baseImages: derived.baseImages,
            builds: derived.builds
        };
    };
}

;// CONCATENATED MODULE: ./src/detect/renames.ts
/**
 * A build root that was not in the tag's tree: new, or renamed from another folder? A folder
 * moved with identical content is not a change; one moved and edited counts only the files
 * that differ. One `cat-file --batch-check` for all roots (changes.ts asks only about roots that
 * the diff does not already show were at the tag), another when some moved, and one tree diff
 * per moved root whose content changed.
 */


/** Answers each question: did the root exist at the tag, and if not, where did it come from? */
async function rootOrigins(git, questions, parallel) {
    const out = questions.map(() => ({ kind: 'existed' }));
    if (questions.length === 0)
        return out;
    const atTag = await git.lookup(questions.map((q) => `${q.tagCommit}:${q.root}`));
    const absent = questions.flatMap((q, i) => (atTag[i]?.type === 'tree' ? [] : [i]));
    const candidates = new Map();
    for (const i of absent) {
        const q = questions[i];
        const files = typeof q.files === 'function' ? await q.files() : q.files;
        const dirs = [...files.foldersNamed(q.names).values()]
            .flatMap((s) => [...s])
            .filter((d) => d !== q.root && !under(d, q.root) && !under(q.root, d));
        candidates.set(i, dirs);
    }
    const specs = absent.flatMap((i) => {
        const q = questions[i];
        return [
            `${q.headOid}:${q.root}`,
            ...(candidates.get(i) ?? []).flatMap((d) => [`${q.tagCommit}:${d}`, `${q.headOid}:${d}`])
        ];
    });
    const infos = specs.length > 0 ? await git.lookup(specs) : [];
    let k = 0;
    const moves = [];
    for (const i of absent) {
        const newTree = infos[k++]?.oid;
        const sources = [];
        for (const dir of candidates.get(i) ?? []) {
            const old = infos[k++];
            const stillThere = infos[k++];
            if (old?.type === 'tree' && stillThere === undefined)
                sources.push({ dir, oid: old.oid });
        }
        const source = sources.find((s) => s.oid === newTree) ?? (sources.length === 1 ? sources[0] : undefined);
        if (!source || newTree === undefined)
            out[i] = { kind: 'new' };
        else
            moves.push({ i, from: source.dir, oldTree: source.oid, newTree });
    }
    await (0,compare_command/* mapLimit */.sf)(moves, parallel, async (m) => {
        const root = questions[m.i].root;
        const differ = m.oldTree === m.newTree
            ? []
            : (await git.diffNames(m.oldTree, m.newTree)).map((f) => `${root}/${f}`);
        out[m.i] = { kind: 'moved', from: m.from, differ: new Set(differ) };
    });
    return out;
}

;// CONCATENATED MODULE: ./src/detect/build/gradle/diff/properties-diff.ts
const isBlank = (c) => c === ' ' || c === '\t' || c === '\f';
const isBreak = (c) => c === '\n' || c === '\r';
const properties_diff_ESCAPES = { t: '\t', r: '\r', n: '\n', f: '\f' };
/** Properties' `loadConvert`: `\t`, `\r`, `\n`, `\f`, `\uXXXX`, and `\x` for any other x. */
function properties_diff_unescape(s) {
    const i = s.indexOf('\\');
    if (i < 0)
        return s;
    const out = [s.slice(0, i)];
    for (let k = i; k < s.length; k++) {
        const c = s[k];
        if (c !== '\\') {
            out.push(c);
            continue;
        }
        const e = s[++k];
        if (e === undefined)
            break;
        if (e === 'u') {
            const hex = s.slice(k + 1, k + 5);
            if (!/^[0-9A-Fa-f]{4}$/.test(hex))
                return undefined;
            out.push(String.fromCharCode(Number.parseInt(hex, 16)));
            k += 4;
        }
        else
            out.push(properties_diff_ESCAPES[e] ?? e);
    }
    return out.join('');
}
/** Splits a logical line at the first unescaped `=`, `:` or blank, as Properties does. */
function properties_diff_split(line) {
    let end = 0;
    let start = line.length;
    let sep = false;
    let escaped = false;
    for (; end < line.length; end++) {
        const c = line[end];
        if (!escaped && (c === '=' || c === ':' || isBlank(c))) {
            sep = c === '=' || c === ':';
            start = end + 1;
            break;
        }
        escaped = c === '\\' ? !escaped : false;
    }
    for (; start < line.length; start++) {
        const c = line[start];
        if (!sep && (c === '=' || c === ':'))
            sep = true;
        else if (!isBlank(c))
            break;
    }
    return [line.slice(0, end), line.slice(start)];
}
/** Reads a `.properties` text. */
function readPropertyEntries(text) {
    const nul = text.indexOf('\0');
    if (nul >= 0)
        return { error: `line ${lineAt(text, nul)} has a NUL character` };
    const keys = new Map();
    const n = text.length;
    let i = 0;
    let line = 1;
    /** Moves past the line break at `i`, if any. */
    const nextLine = () => {
        if (text[i] === '\r' && text[i + 1] === '\n')
            i += 2;
        else if (isBreak(text[i]))
            i++;
        else
            return;
        line++;
    };
    while (i < n) {
        while (isBlank(text[i]))
            i++;
        if (isBreak(text[i])) {
            nextLine();
            continue;
        }
        const comment = text[i] === '#' || text[i] === '!';
        const start = line;
        const pieces = [];
        for (;;) {
            let e = i;
            while (e < n && !isBreak(text[e]))
                e++;
            let slashes = 0;
            while (slashes < e - i && text[e - 1 - slashes] === '\\')
                slashes++;
            const more = !comment && slashes % 2 === 1;
            pieces.push(text.slice(i, more ? e - 1 : e));
            i = e;
            nextLine();
            if (!more || i >= n)
                break;
            // A continuation line starts after its leading blanks.
            while (isBlank(text[i]))
                i++;
        }
        if (comment)
            continue;
        const logical = pieces.join('');
        if (logical === '')
            continue;
        const [rawKey, rawValue] = properties_diff_split(logical);
        const key = properties_diff_unescape(rawKey);
        const value = properties_diff_unescape(rawValue);
        if (key === undefined || value === undefined)
            return { error: `line ${start} has a malformed \\uXXXX escape` };
        if (key === '')
            return { error: `line ${start} has an empty key` };
        keys.set(key, { value, line: start });
    }
    return { keys };
}
function lineAt(text, pos) {
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < pos; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
const GRADLE_KEYS = new Set(['version', 'group', 'description', 'status', 'buildDir']);
/** Whether Gradle itself (not a build script naming it) reads a key. */
function readByGradle(key) {
    return key.startsWith('org.gradle.') || key.startsWith('systemProp.') || GRADLE_KEYS.has(key);
}
/**
 * The keys that changed between two texts of a `gradle.properties` (undefined: the file is
 * absent on that side, which counts whole).
 */
function propertiesChange(before, after) {
    if (before === after)
        return { parts: [], none: [] };
    if (before === undefined)
        return { all: 'gradle.properties was added', parts: [], none: [] };
    if (after === undefined)
        return { all: 'gradle.properties was deleted', parts: [], none: [] };
    const old = readPropertyEntries(before);
    const now = readPropertyEntries(after);
    if ('error' in old)
        return { all: `gradle.properties at the tag cannot be read: ${old.error}`, parts: [], none: [] };
    if ('error' in now)
        return { all: `gradle.properties cannot be read: ${now.error}`, parts: [], none: [] };
    const parts = [];
    const gradle = [];
    const note = (key, how) => {
        if (readByGradle(key))
            gradle.push(`${key} ${how}`);
        else
            parts.push({ kind: 'key', name: key, what: `${key} ${how}` });
    };
    for (const [key, { value }] of old.keys) {
        const next = now.keys.get(key);
        if (next === undefined)
            note(key, 'removed');
        else if (next.value !== value)
            note(key, 'changed');
    }
    for (const key of now.keys.keys())
        if (!old.keys.has(key))
            note(key, 'added');
    if (gradle.length > 0)
        return { all: `${gradle.join(', ')} (read by Gradle itself)`, parts, none: [] };
    return { parts, none: parts.length === 0 ? ['only comments or layout changed'] : [] };
}

;// CONCATENATED MODULE: ./src/detect/build/part-changes.ts
/**
 * What changed in a shared build file, by its format (pure): the differ of each format of
 * parts.ts, chosen in one place.
 */



/** What changed between the file's text at the tag and at the head (undefined: not there). */
function fileChange(format, before, after) {
    switch (format) {
        case 'properties':
            return propertiesChange(before, after);
        case 'catalog':
            return catalogChange(before, after);
        case 'ancestor-script':
            return scriptChange(before, after, 'ancestor');
        case 'convention-script':
            return scriptChange(before, after, 'convention');
    }
}

;// CONCATENATED MODULE: ./src/detect/tag-diff.ts



/**
 * The changed files between a commit and the head that may count for some image: the whole
 * diff, or the part the pathspecs let through (in chunks that stay within ARG_MAX).
 */
async function tagDiff(git, commit, headOid, specs, isIgnored) {
    const none = () => false;
    if (commit === headOid || specs?.length === 0) {
        return { files: new ChangedFiles([], isIgnored), before: new ChangedFiles([], none) };
    }
    const chunks = specs === undefined ? [undefined] : chunkPathspecs(specs);
    const paths = [];
    const before = [];
    for (const chunk of chunks) {
        const d = await git.diffPaths(commit, headOid, chunk);
        paths.push(...d.paths);
        before.push(...d.before);
    }
    const once = (list) => (chunks.length > 1 ? [...new Set(list)] : list);
    return {
        files: new ChangedFiles(once(paths), isIgnored),
        before: new ChangedFiles(once(before), none)
    };
}
/**
 * The shared build files that the images compare part by part (detect/build/parts.ts) and that
 * changed since the tag, with their format. Undefined when none did.
 */
function partFiles(files, ins) {
    const formats = new Map();
    for (const i of ins)
        for (const input of i.inputs)
            if (input.part && !formats.has(input.path) && files.indexOf(input.path) >= 0)
                formats.set(input.path, input.part.format);
    return formats.size === 0 ? undefined : formats;
}
/**
 * What changed in shared build files since several tags: their texts at each tag commit (one
 * `cat-file --batch` for all of them) against the head's, one map per commit.
 */
async function partChanges(git, wanted, tree) {
    const asked = [...wanted].flatMap(([commit, formats]) => [...formats.keys()].map((path) => ({ commit, path })));
    const before = await git.readFilesAtCommits(asked);
    const out = new Map();
    for (const [commit, formats] of wanted) {
        const changes = new Map();
        for (const [path, format] of formats)
            changes.set(path, fileChange(format, before.get(`${commit}:${path}`), tree.read(path)));
        out.set(commit, changes);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/detect/tag-groups.ts
/**
 * The pure side of change detection (no git): the pinned images to compare, grouped by tag and
 * by tag commit, and each group's images answered from its changed files. Each image's changed
 * inputs are matched (detect/match.ts) and explained (explain.ts), with the special cases: a
 * folder of its inputs deleted since the tag, and a build root with changes that may not have
 * been at the tag. For such a root, renames.ts asks git whether it is new or was renamed, and
 * `movedAnswer` answers from that; changes.ts runs the git side.
 */




/**
 * The pinned images to compare, in the order of `pins`, with the answers for pins that are not
 * release tags (they cannot be compared) and a warning for each `paths` entry naming no image.
 */
function pinTargets(images, pins, paths) {
    const warnings = [];
    const byPrefix = new Map(images.map((i) => [i.prefix, i]));
    const names = new Set(images.flatMap((i) => [i.name, i.prefix]));
    for (const key of paths?.keys() ?? []) {
        if (!names.has(key)) {
            warnings.push(`paths: ${(0,util_escape/* escapeForMessage */.Gw)(key)} is not an image of the image list; its entry is unused`);
        }
    }
    const targets = [];
    const answers = new Map();
    for (const [prefix, tag] of pins) {
        const image = byPrefix.get(prefix) ?? { name: prefix, prefix };
        if ((0,util_version/* tryParseRelease */._7)(tag))
            targets.push({ image, tag });
        else
            answers.set(prefix, {
                changed: null,
                reason: `pinned to ${(0,util_escape/* escapeForMessage */.Gw)(tag)}, which is not a release tag; cannot compare`,
                files: [],
                fileCount: 0
            });
    }
    return { targets, answers, warnings };
}
/** The targets by tag, in order. */
function groupByTag(targets) {
    const byTag = new Map();
    for (const t of targets) {
        const list = byTag.get(t.tag);
        if (list)
            list.push(t);
        else
            byTag.set(t.tag, [t]);
    }
    return byTag;
}
/** The targets by tag commit, in order; those whose tag has no commit are left out. */
function groupByCommit(targets, commits) {
    const groups = new Map();
    for (const t of targets) {
        const commit = commits.get(t.tag);
        if (commit === undefined)
            continue;
        const g = groups.get(commit) ?? { commit, targets: [] };
        g.targets.push(t);
        groups.set(commit, g);
    }
    return groups;
}
/**
 * Matches a group's changed files to the inputs of its images. The group keeps its files only
 * when a build root of its images is not known to have been at the tag.
 */
function matchGroup(g, d, inputs, matcher, changes) {
    const { files, before } = d;
    const answers = [];
    const moved = [];
    for (const t of g.targets) {
        const ins = inputs.get(t.image.prefix);
        const gone = deletedFolders(ins, files);
        if (gone.length > 0) {
            const hits = matcher.match(ins.inputs, files);
            const deleted = gone.flatMap((dir) => {
                const [start, end] = files.under(dir);
                return Array.from({ length: end - start }, (_, k) => start + k);
            });
            const all = [...new Set([...deleted, ...hits.map((h) => h.index)])].sort((a, b) => a - b);
            answers.push({
                prefix: t.image.prefix,
                change: {
                    changed: true,
                    reason: `folder ${gone.map((dir) => `${dir}/`).join(', ')} was deleted since ${t.tag}`,
                    files: all.slice(0, MAX_FILES).map((i) => files.at(i)),
                    fileCount: all.length
                }
            });
            continue;
        }
        const { hits, notes } = ins.any !== undefined
            ? { hits: everyFile(files), notes: [] }
            : matcher.matchParts(ins.inputs, files, changes);
        const note = notes.length > 0 ? notes.join('; ') : undefined;
        const root = ins.roots.find((r) => hits.some((h) => under(files.at(h.index), r.folder)));
        if (!root) {
            const change = answerFromHits(hits, files, t.tag, ins, hits.length > 0 ? undefined : note);
            answers.push({ prefix: t.image.prefix, change, t });
            continue;
        }
        // A changed file below the root that was at the tag already: the root was there too.
        const existed = hasUnder(before, root.folder);
        moved.push({
            t,
            g,
            ins,
            hits,
            root: root.folder,
            ...(existed ? { answer: answerFromHits(hits, files, t.tag, ins) } : {})
        });
    }
    if (moved.some((m) => m.answer === undefined))
        g.files = files;
    return { answers, moved };
}
/** The answer for an image whose build root was not known to be at the tag, once git knows. */
function movedAnswer(m, origin, isIgnored) {
    const files = m.g.files;
    if (origin.kind === 'existed')
        return answerFromHits(m.hits, files, m.t.tag, m.ins);
    if (origin.kind === 'new') {
        const note = `folder ${m.root}/ did not exist at ${m.t.tag}`;
        return answerFromHits(m.hits, files, m.t.tag, m.ins, note);
    }
    const differ = [...origin.differ].filter((f) => !isIgnored(f));
    const renamed = `folder renamed from ${origin.from}/ to ${m.root}/`;
    const how = origin.differ.size === 0
        ? `${renamed} with identical content`
        : differ.length === 0
            ? `${renamed}; only files in ignore-paths differ`
            : renamed;
    const kept = afterMove(m.hits, files, m.root, { ...origin, differ: new Set(differ) });
    return kept.length === 0
        ? unchanged(`${how} since ${m.t.tag}; no other input changed`)
        : answerFromHits(kept, files, m.t.tag, m.ins, how);
}
/** True when some path of `files` is below the folder `dir`. */
function hasUnder(files, dir) {
    const [start, end] = files.under(dir);
    return end > start;
}

;// CONCATENATED MODULE: ./src/detect/tag-commits.ts





class DetectError extends errors/* KnownError */.E {
    name = 'DetectError';
    get id() {
        return 'detect';
    }
}
/**
 * Resolves the head and the tags to commits, fetching what the checkout lacks. `warnings`
 * receives what the caller should tell the user (a remote that refuses blob filters).
 */
async function resolveCommits(git, remote, head, tags, warnings, 
/** Called with the head's commit when it is in the checkout and tags are about to be fetched. */
beforeFetch) {
    // A tag of the checkout, else one an earlier detection of this run fetched (privately).
    const specs = [
        `${head}^{commit}`,
        ...tags.map((t) => `refs/tags/${t}^{commit}`),
        ...tags.map((t) => `${(0,util_refs/* privateTagRef */.Xx)(t)}^{commit}`)
    ];
    const tagInfo = (infos, i) => infos[i + 1] ?? infos[i + 1 + tags.length];
    let infos = await git.lookup(specs);
    const missing = tags.filter((_, i) => tagInfo(infos, i) === undefined);
    const headMissing = infos[0] === undefined;
    const troubles = new Map();
    if (missing.length > 0 || headMissing) {
        if (headMissing && !util_refs/* OID */.Vx.test(head)) {
            throw new DetectError(`The head ${(0,util_escape/* escapeForMessage */.Gw)(head)} is not a commit of the checkout in ${git.cwd}; ` +
                `check out the branch (actions/checkout) or pass a full commit sha`);
        }
        if (infos[0] !== undefined)
            beforeFetch?.(infos[0].oid);
        const fetched = await fetchRefs(git, remote, warnings, [
            ...missing.map((t) => ({ key: t, refspec: `+refs/tags/${t}:${(0,util_refs/* privateTagRef */.Xx)(t)}` })),
            ...(headMissing ? [{ key: '', refspec: head }] : [])
        ]);
        for (const [key, trouble] of fetched) {
            if (key === '') {
                throw new DetectError(`The head commit ${head} is not in the checkout and could not be fetched: ${trouble.detail}`);
            }
            troubles.set(key, trouble);
        }
        infos = await git.lookup(specs);
    }
    const headInfo = infos[0];
    if (headInfo === undefined)
        throw new DetectError(`The head commit ${head} could not be found after fetching it`);
    const commits = new Map();
    tags.forEach((tag, i) => {
        const info = tagInfo(infos, i);
        if (info)
            commits.set(tag, info.oid);
        else if (!troubles.has(tag)) {
            troubles.set(tag, {
                kind: 'error',
                detail: `refs/tags/${tag} does not point to a commit after fetching it`
            });
        }
    });
    return { headOid: headInfo.oid, commits, troubles };
}
/**
 * Fetches refspecs from the remote in one command; a shallow checkout fetches at depth 1 and
 * without blobs (never unshallowing). Refs the remote lacks are dropped and the rest retried;
 * other failures fall back to one fetch per refspec, so each key gets its own answer.
 */
async function fetchRefs(git, remote, warnings, items) {
    const troubles = new Map();
    const shallow = await git.isShallow();
    const filter = { use: shallow, refused: false };
    const fetchGroup = async (group) => {
        let pending = [...group];
        while (pending.length > 0) {
            const result = await fetchRetryingFilter(git, pending.map((p) => p.refspec), { remote, depth: shallow }, filter, () => warnings.push(`${remote} refused --filter=blob:none; fetching tags with their blobs`));
            if (result.code === 0)
                return;
            const kind = classifyFetchFailure(result.stderr);
            if (kind === 'no-remote') {
                // "No remote" only when none is configured; a configured one that leads nowhere (a
                // wrong path or URL) is a failed fetch: the pins are kept, with a warning.
                const configured = await hasRemote(git.cwd, remote);
                const why = fetchComplaint(result.stderr) || `exit code ${result.code}`;
                for (const p of pending)
                    troubles.set(p.key, configured
                        ? { kind: 'error', detail: `fetching it from ${remote} failed: ${why}` }
                        : { kind: 'not-found', detail: `there is no remote ${remote} to fetch it from` });
                return;
            }
            if (kind === 'missing-ref') {
                const refs = new Set(missingRemoteRefs(result.stderr));
                const gone = pending.filter((p) => refs.has(p.refspec.replace(/^\+/, '').split(':')[0]));
                if (gone.length > 0) {
                    for (const p of gone)
                        troubles.set(p.key, { kind: 'not-found', detail: `not on ${remote} either` });
                    pending = pending.filter((p) => !gone.includes(p));
                    continue;
                }
            }
            if (pending.length === 1) {
                const why = fetchComplaint(result.stderr) || `exit code ${result.code}`;
                troubles.set(pending[0].key, {
                    kind: 'error',
                    detail: `fetching it from ${remote} failed: ${why}`
                });
                return;
            }
            for (const p of pending)
                await fetchGroup([p]);
            return;
        }
    };
    await fetchGroup(items);
    return troubles;
}
/**
 * Answers the images pinned to missing tags by the on-missing-tag policy (`fail` throws).
 * `pinned` maps each troubled tag to the names of the images pinned to it.
 */
function missingTagAnswers(trouble, tag, names, policy, warnings) {
    const list = names.join(', ');
    if (trouble.kind === 'error') {
        warnings.push(`Tag ${tag} (pinned for ${list}) could not be fetched: ${trouble.detail}`);
        return {
            changed: null,
            reason: `tag ${tag} is not in the checkout and ${trouble.detail}; cannot compare`
        };
    }
    const what = `tag ${tag} was not found in the checkout, ${trouble.detail}`;
    if (policy === 'fail') {
        throw new DetectError(`Tag ${tag}, pinned for ${list}, was not found in the checkout and ${trouble.detail}. ` +
            `Push the tag, re-pin these images, or set the input on-missing-tag to unpin or keep.`);
    }
    warnings.push(`${what}; pinned for ${list} (on-missing-tag: ${policy})`);
    return policy === 'keep'
        ? { changed: false, reason: `${what}; pin kept (on-missing-tag: keep)` }
        : {
            changed: true,
            reason: `${what}; unpinned so that the image is rebuilt (on-missing-tag: unpin)`
        };
}

;// CONCATENATED MODULE: ./src/detect/options.ts


/**
 * Refuses options that cannot work before anything runs: a head that is not a plain revision, a
 * remote name that is not plain, command detection without a command.
 */
function checkOptions(opts, remote) {
    checkRevision(opts.head, 'head');
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(remote)) {
        throw new DetectError(`Invalid remote name ${(0,util_escape/* escapeForMessage */.Gw)(remote)}`);
    }
    if (opts.detection === 'command' && !opts.compareCommand?.length) {
        throw new DetectError('detection is "command" but compare-command is empty; set compare-command');
    }
}
/** A revision given by the caller reaches git only on cat-file's stdin; still keep it plain. */
function checkRevision(rev, what) {
    const plain = [...rev].every((ch) => ch > ' ' && ch !== '\x7f' && ch !== ':');
    if (rev === '' || rev.startsWith('-') || !plain) {
        throw new DetectError(`Invalid ${what} revision ${(0,util_escape/* escapeForMessage */.Gw)(rev)}`);
    }
}

;// CONCATENATED MODULE: ./src/detect/changes.ts
/**
 * Change detection: did an image's inputs change between its pinned tag and a head commit?
 *
 * A pipeline, top to bottom:
 * 1. resolve the head and the pinned tags to commits, fetching what a shallow checkout lacks
 *    (tag-commits.ts);
 * 2. list the head tree and read its build files (one `ls-tree`, parsed as it streams, one
 *    `cat-file --batch`), while missing tags are fetched;
 * 3. derive the images' inputs from how they are built (detect/build/resolve-inputs.ts, pure), a tag's images
 *    at a time, and run one `git diff --name-status` per distinct tag commit (two-dot, no merge
 *    base, no history) as soon as its images' inputs are known, limited by pathspecs to those
 *    inputs (detect/pathspecs.ts; the whole tree for a tag where one of them counts any change,
 *    or whose inputs need more pathspecs than a limited diff is worth; tag-diff.ts);
 * 4. match each tag's changed files to the inputs of the images pinned to it (tag-groups.ts and
 *    detect/match.ts, pure), with the special cases named below: a build root renamed since the
 *    tag (renames.ts asks git), a folder deleted since the tag, a tag that cannot be found;
 * 5. explain: every answer names the first files and why each counts.
 */


















const PARALLEL = Math.max(1, Math.min(4, (0,external_node_os_.availableParallelism)()));
/** One detection run: the pipeline of the module comment, its answers and its warnings. */
class ChangeDetector {
    opts;
    git;
    warnings = [];
    results = new Map();
    ignore;
    versionsFile;
    matcher = new InputMatcher();
    /** The images whose answer the compare command may still refine. */
    comparable = [];
    headOid = '';
    /** The head's tree, when its reading started before the tags were fetched. */
    headTree;
    constructor(opts) {
        this.opts = opts;
        this.git = new Git(opts.cwd);
        this.ignore = new GlobSet(opts.ignorePaths ?? [], 'ignore-paths');
        this.versionsFile = opts.versionsFile.replace(/^(?:\.\/)+/, '');
    }
    isIgnored = (path) => path === this.versionsFile || this.ignore.matches(path);
    /** The changed files between a commit and the head that may count for some image. */
    diff(commit, specs) {
        return tagDiff(this.git, commit, this.headOid, specs, this.isIgnored);
    }
    /** A group's full diff (for the special cases that look for folders by name), run once. */
    allFiles(g) {
        if (!g.limited)
            return Promise.resolve(g.files);
        g.all ??= this.diff(g.commit, undefined).then((d) => d.files);
        return g.all;
    }
    set(prefix, change, comparable) {
        this.results.set(prefix, change);
        if (comparable && change.changed === false)
            this.comparable.push(comparable);
    }
    async run() {
        const { opts } = this;
        const remote = opts.remote ?? 'origin';
        checkOptions(opts, remote);
        const pinned = pinTargets(opts.images, opts.pins, opts.paths);
        this.warnings.push(...pinned.warnings);
        for (const [prefix, change] of pinned.answers)
            this.set(prefix, change);
        const { targets } = pinned;
        if (targets.length === 0)
            return;
        const tags = opts.detection === 'paths' ? [...new Set(targets.map((t) => t.tag))] : [];
        // The head's tree is read while missing tags are fetched: it is in the checkout already.
        const found = await resolveCommits(this.git, remote, opts.head, tags, this.warnings, (oid) => {
            if (opts.detection !== 'paths')
                return;
            this.headTree = loadTree(this.git, oid);
            this.headTree.catch(() => undefined); // awaited (and so thrown) only if a tag was found
        });
        this.headOid = found.headOid;
        if (opts.detection === 'command')
            this.comparable.push(...targets);
        else
            await this.byPaths(targets, found.commits, found.troubles);
        await this.compare();
    }
    async byPaths(targets, commits, troubles) {
        const byTag = groupByTag(targets);
        for (const [tag, trouble] of troubles) {
            const pinned = byTag.get(tag) ?? [];
            const names = pinned.map((t) => t.image.name);
            const answer = missingTagAnswers(trouble, tag, names, this.opts.onMissingTag, this.warnings);
            for (const t of pinned)
                this.set(t.image.prefix, { ...answer, files: [], fileCount: 0 });
        }
        const groups = groupByCommit(targets, commits);
        if (groups.size === 0)
            return;
        const images = [...new Map(targets.map((t) => [t.image.prefix, t.image])).values()];
        // A tag with more images than a limited diff may have pathspecs gets the whole-tree diff
        // anyway (detect/pathspecs.ts), so it needs no inputs: it starts now, beside the tree read.
        for (const g of groups.values()) {
            if (g.targets.length <= MAX_PATHSPECS)
                continue;
            g.early = this.diff(g.commit, undefined);
            g.early.catch(() => undefined); // awaited (and so thrown) by its lane
        }
        // The inputs first, so that each tag's diff can be limited to the inputs pinned to it.
        const tree = await (this.headTree ?? loadTree(this.git, this.headOid));
        const inputs = new InputCache(inputResolver(images, tree, inputSettings(this.opts.paths, this.opts.sharedPaths)));
        // A group's inputs are resolved when a lane takes it, so that the first diffs run while the
        // other groups' inputs are resolved. Each group is matched as soon as its diff is in; its
        // file list is then dropped unless a build root not known to be at the tag still needs it.
        // A group whose diff holds shared build files compared part by part waits for them: they
        // are read at every such tag in one `cat-file` once the diffs are in.
        const matched = new Map();
        const waiting = [];
        const wanted = new Map();
        await (0,compare_command/* mapLimit */.sf)([...groups.values()], PARALLEL, async (g) => {
            const ins = inputs.some(g.targets.map((t) => t.image));
            if (ins === undefined)
                return; // an image whose resolution failed: thrown below, in order
            const specs = this.opts.diffScope === 'full' || g.early ? undefined : pathspecsFor(ins);
            g.limited = specs !== undefined;
            const d = await (g.early ?? this.diff(g.commit, specs));
            const parts = partFiles(d.files, ins);
            if (parts === undefined)
                matched.set(g, matchGroup(g, d, inputs.all, this.matcher));
            else {
                waiting.push({ g, d });
                wanted.set(g.commit, parts);
            }
        });
        if (waiting.length > 0) {
            const changes = await partChanges(this.git, wanted, tree);
            for (const { g, d } of waiting)
                matched.set(g, matchGroup(g, d, inputs.all, this.matcher, changes.get(g.commit)));
        }
        // Every image in order (those of a missing tag too): its warnings, or the first failure.
        // (A warning that concerns every image, such as an unreadable compose file, is given once.)
        const seen = new Set(this.warnings);
        for (const image of images)
            for (const w of inputs.of(image).warnings) {
                if (seen.has(w))
                    continue;
                seen.add(w);
                this.warnings.push(w);
            }
        await this.answerGroups([...groups.values()].map((g) => matched.get(g)));
    }
    /**
     * Sets the answers of each group, in order, then those of the images whose build root had
     * changes: for a root not known to be at the tag, whether it is new or was renamed.
     */
    async answerGroups(matched) {
        for (const m of matched)
            for (const a of m.answers)
                this.set(a.prefix, a.change, a.t);
        const moved = matched.flatMap((m) => m.moved);
        const asked = moved.filter((m) => m.answer === undefined);
        const origins = await rootOrigins(this.git, asked.map((m) => ({
            tagCommit: m.g.commit,
            headOid: this.headOid,
            root: m.root,
            names: new Set([m.t.image.name, m.root.slice(m.root.lastIndexOf('/') + 1)]),
            files: () => this.allFiles(m.g)
        })), PARALLEL);
        // `origins` answers the roots asked about, in order.
        let k = 0;
        for (const m of moved) {
            const change = m.answer ?? movedAnswer(m, origins[k++], this.isIgnored);
            this.set(m.t.image.prefix, change, m.t);
        }
    }
    /** Runs the compare command for the images it is asked about, at most 4 at a time. */
    async compare() {
        const argv = this.opts.compareCommand;
        if (!argv?.length || this.comparable.length === 0)
            return;
        const jobs = this.comparable;
        const outcomes = await (0,compare_command/* runCompares */.Sb)(argv, jobs.map((t) => ({ image: t.image, pinnedVersion: t.tag, headSha: this.headOid })), this.opts.cwd, this.opts.compareTimeoutMs);
        jobs.forEach((t, i) => this.applyCompare(t, outcomes[i]));
    }
    applyCompare(t, outcome) {
        if (outcome.changed === null)
            this.warnings.push(`${t.image.name}: compare-command failed (${outcome.detail})`);
        this.results.set(t.image.prefix, withCompare(this.results.get(t.image.prefix), outcome, t.tag));
    }
}
/**
 * Decides, for each pinned image, whether its inputs changed between its tag and `head`.
 * See the module comment for the method and detect/build/resolve-inputs.ts for what counts as an input.
 */
async function detectChanges(opts) {
    let detector;
    try {
        detector = new ChangeDetector(opts);
        await detector.run();
    }
    catch (e) {
        if (e instanceof git_process/* GitError */.XS || e instanceof paths_input/* PathsError */.Zh || e instanceof compare_command/* CommandError */.Qd) {
            throw new DetectError(e.message, { cause: e });
        }
        throw e;
    }
    const results = new Map();
    for (const prefix of opts.pins.keys()) {
        const r = detector.results.get(prefix);
        if (r)
            results.set(prefix, r);
    }
    return {
        results,
        warnings: detector.warnings,
        stats: { gitProcesses: detector.git.processes, fetches: detector.git.fetches }
    };
}

;// CONCATENATED MODULE: ./src/plan/decision.ts


/** A request the pin engine refuses (a manual pin to change, an unknown image, a bad date). */
class PlanError extends errors/* KnownError */.E {
    name = 'PlanError';
    get id() {
        return 'plan';
    }
}
/** A pin's value (escaped unless literal) and the lines that assign it. */
function describePin(pin) {
    const where = `line ${pin.lines.join(', ')}`;
    const value = pin.literal ? pin.value : (0,util_escape/* escapeForMessage */.Gw)(pin.value);
    return `${value} (${where})`;
}
/** The fields every decision about `image` shares: its name, prefix and pin before the run. */
function decisionBase(image, pin) {
    return {
        image: image.name,
        prefix: image.prefix,
        before: pin ? pin.value : null,
        manual: pin?.kind === 'manual'
    };
}
/** A manual pin is kept as it is, whatever the run does. */
function keptManual(d, pin) {
    return {
        ...d,
        after: pin.value,
        action: 'keep',
        reason: `pinned by hand to ${describePin(pin)}; left alone`
    };
}
/** A request to change a manual pin: refused, naming the line to edit by hand. */
function manualPinError(image, pin, verb, what) {
    return new PlanError(`${image.name} is pinned by hand (${image.prefix}_VER on line ${pin.lines.join(', ')}); ` +
        `the action never ${verb} manual pins. ${what}`);
}
/**
 * A hand-written assignment of a name that is no image, whose value is no version of this
 * action's kind (`export RABBITMQ_VER=3.12`: a helper variable that other scripts read, not a pin).
 */
function isHelper(pin) {
    return pin?.kind === 'manual' && !/^(?:v|release-)\d/.test(pin.value);
}
/**
 * Auto or manual pins of prefixes that are not in the image list: reported, never touched. A
 * helper variable (see isHelper) is not a pin: it is left alone and not reported.
 */
function stalePins(file, images) {
    const known = new Set(images.map((i) => i.prefix));
    return file
        .pinnedPrefixes()
        .filter((p) => !known.has(p) && !isHelper(file.pinOf(p)))
        .map((prefix) => {
        const pin = file.pinOf(prefix);
        return {
            image: prefix,
            prefix,
            before: pin.value,
            after: pin.value,
            manual: pin.kind === 'manual',
            action: 'skip',
            reason: `${prefix}_VER is set to ${describePin(pin)} but ${prefix} is not in the image list; stale pin left alone`
        };
    });
}

;// CONCATENATED MODULE: ./src/plan/pin-engine.ts





const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n) => String(n).padStart(2, '0');
/** `date -u` in the C locale: `%a %b %e %H:%M:%S %Z %Y`, e.g. `Fri Sep  1 21:08:58 UTC 2023`. */
function historyDate(d) {
    if (Number.isNaN(d.getTime()))
        throw new PlanError('Invalid date for the history comment');
    return (`${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ` +
        `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`);
}
/** The line that pins an image; the version is validated, so the line is bash-safe by construction. */
function pinLine(prefix, version, manual = false) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(prefix)) {
        throw new PlanError(`Invalid image prefix ${(0,util_escape/* escapeForMessage */.Gw)(prefix)}`);
    }
    (0,util_version/* parseRelease */.BC)(version);
    return `${manual ? 'export ' : ''}${prefix}_VER="${version}"`;
}
function duplicateWarnings(file, images) {
    const out = [];
    for (const image of images) {
        const pin = file.pinOf(image.prefix);
        if (pin && pin.lines.length > 1) {
            out.push(fileWarning(`${image.name}: ${image.prefix}_VER is assigned on lines ${pin.lines.join(', ')}; bash uses the last one`, undefined, pin.lines[0]));
        }
    }
    return out;
}
/**
 * Pins images. Every unpinned image (in image-list order) gets `version`; `targets` pin named
 * images to their own versions. New lines go under one `# <date> -- <version>` history comment
 * per version. When nothing is to be pinned, the text is returned unchanged: no lone comment.
 */
function pinEdit(text, images, req) {
    const file = VersionsFile.parse(text);
    if (req.version !== undefined)
        (0,util_version/* parseRelease */.BC)(req.version);
    const known = new Set(images.map((i) => i.prefix));
    for (const [prefix, v] of req.targets ?? []) {
        if (!known.has(prefix))
            throw new PlanError(`Unknown image prefix ${(0,util_escape/* escapeForMessage */.Gw)(prefix)}`);
        (0,util_version/* parseRelease */.BC)(v, `version for ${prefix}`);
    }
    const decisions = [];
    const additions = new Map();
    const rewrite = new Set();
    for (const image of images) {
        const pin = file.pinOf(image.prefix);
        const target = req.targets?.get(image.prefix);
        const d = decisionBase(image, pin);
        if (pin?.kind === 'manual') {
            if (target !== undefined)
                throw manualPinError(image, pin, 'edits', 'Edit or remove that line, then run again.');
            decisions.push(keptManual(d, pin));
            continue;
        }
        const version = target ?? (req.only && !req.only.has(image.prefix) ? undefined : req.version);
        if (version === undefined) {
            decisions.push({ ...d, after: d.before, action: 'skip', reason: 'not selected' });
            continue;
        }
        if (pin && target === undefined) {
            decisions.push({
                ...d,
                after: pin.value,
                action: 'keep',
                reason: `already pinned to ${describePin(pin)}`
            });
            continue;
        }
        if (pin && pin.value === version && pin.lines.length === 1 && !req.manual) {
            decisions.push({
                ...d,
                after: version,
                action: 'keep',
                reason: `already pinned to ${version}`
            });
            continue;
        }
        const blocked = req.blocked?.get(image.prefix);
        if (blocked !== undefined && target === undefined) {
            decisions.push({ ...d, after: null, action: 'skip', reason: `not pinned: ${blocked}` });
            continue;
        }
        if (pin)
            rewrite.add(image.prefix);
        additions.set(version, [
            ...(additions.get(version) ?? []),
            pinLine(image.prefix, version, req.manual)
        ]);
        decisions.push({
            ...d,
            after: version,
            manual: req.manual === true,
            action: 'pin',
            reason: pin
                ? `re-pinned from ${describePin(pin)} to ${version}`
                : `pinned to ${version}${req.manual ? ' by hand (export)' : ''}`
        });
    }
    if (additions.size === 0) {
        return pin_engine_finish(text, file, file, images, decisions);
    }
    const date = historyDate(req.now);
    const lines = [...additions].flatMap(([version, pins]) => [`# ${date} -- ${version}`, ...pins]);
    const updated = file.withoutAutoPins(rewrite).append(lines);
    return pin_engine_finish(text, file, updated, images, decisions);
}
/** Unpins images: removes exactly their auto-pin lines (all of them, if duplicated). */
function unpinEdit(text, images, req) {
    const file = VersionsFile.parse(text);
    const decisions = [];
    const remove = new Set();
    for (const image of images) {
        const pin = file.pinOf(image.prefix);
        const d = decisionBase(image, pin);
        const reason = req.unpin.get(image.prefix);
        if (!pin) {
            decisions.push({
                ...d,
                after: null,
                action: 'keep',
                reason: 'not pinned; it tracks the head build'
            });
            continue;
        }
        if (pin.kind === 'manual') {
            if (reason !== undefined && req.strict)
                throw manualPinError(image, pin, 'removes', 'Remove that line by hand.');
            decisions.push(keptManual(d, pin));
            continue;
        }
        if (reason === undefined) {
            const why = req.keep?.get(image.prefix) ?? 'not selected';
            decisions.push({ ...d, after: pin.value, action: 'keep', reason: why });
            continue;
        }
        remove.add(image.prefix);
        decisions.push({ ...d, after: null, action: 'unpin', reason });
    }
    return pin_engine_finish(text, file, file.withoutAutoPins(remove), images, decisions);
}
function pin_engine_finish(text, before, after, images, decisions) {
    const out = after.toString();
    const crlf = before.lines.findIndex((l) => l.raw.endsWith('\r')) + 1;
    const warnings = [
        ...duplicateWarnings(before, images),
        ...before.notices,
        ...before.problems,
        ...(crlf > 0
            ? [
                fileWarning('the file has CRLF line endings, which are kept; bash reads x_VER="v1"<CR> as the value "v1<CR>": convert the file to LF', undefined, crlf)
            ]
            : [])
    ];
    return {
        text: out,
        changed: out !== text,
        decisions: [...decisions, ...stalePins(before, images)],
        warnings
    };
}

;// CONCATENATED MODULE: ./src/plan/decide.ts
/**
 * From an intent (release, push, manual pin/unpin) and the current file text to the decisions and
 * the edit of the versions file (pin-engine.ts writes the edit).
 * Detection results are cached by (image, tag, head): a retry on the same head re-applies them
 * without running git again, and a retry on a new head measures that head, so a release guard or
 * an unpin computed against one head is never applied to another.
 */





class Decider {
    images;
    detect;
    now;
    cache = new Map();
    stats = { gitProcesses: 0, fetches: 0 };
    detectWarnings = [];
    constructor(images, detect, now) {
        this.images = images;
        this.detect = detect;
        this.now = now;
    }
    async changes(pins, head) {
        const key = (prefix, tag) => `${prefix}\0${tag}\0${head}`;
        const missing = new Map([...pins].filter(([p, t]) => !this.cache.has(key(p, t))));
        if (missing.size > 0) {
            const r = await detectChanges({ ...this.detect, images: this.images, pins: missing, head });
            this.stats.gitProcesses += r.stats.gitProcesses;
            this.stats.fetches += r.stats.fetches;
            this.detectWarnings.push(...r.warnings.filter((w) => !this.detectWarnings.includes(w)));
            for (const [p, c] of r.results)
                this.cache.set(key(p, missing.get(p)), c);
        }
        return new Map([...pins].map(([p, t]) => [p, this.cache.get(key(p, t))]));
    }
    /**
     * Decides an intent on the given text: the edit, with detection's warnings and stats. Changes
     * are measured against `head`, the commit that text was read at (the one the compare-and-swap
     * expects).
     */
    async decide(text, intent, head) {
        const result = await this.edit(text, intent, head);
        return {
            ...result,
            warnings: [...this.detectWarnings, ...result.warnings],
            stats: { ...this.stats }
        };
    }
    /** The edit of the versions file the intent makes: pins, unpins, and a decision per image. */
    async edit(text, intent, head) {
        const file = VersionsFile.parse(text);
        switch (intent.kind) {
            case 'status':
                return unpinEdit(text, this.images, { unpin: new Map(), keep: this.pinReasons(file) });
            case 'push':
                return this.push(text, file, head);
            case 'release': {
                const unpinned = new Map(this.images.filter((i) => !file.pinOf(i.prefix)).map((i) => [i.prefix, intent.version]));
                const changes = await this.changes(unpinned, head);
                const blocked = new Map();
                for (const [prefix, c] of changes) {
                    if (c.changed !== false) {
                        blocked.set(prefix, `${c.reason}, so the head of the branch is not the released image`);
                    }
                }
                return pinEdit(text, this.images, { version: intent.version, blocked, now: this.now });
            }
            case 'pin':
                return pinEdit(text, this.images, {
                    ...(intent.version !== undefined ? { version: intent.version } : {}),
                    ...(intent.only ? { only: new Set(intent.only) } : {}),
                    ...(intent.targets ? { targets: intent.targets } : {}),
                    manual: intent.manual === true,
                    now: this.now
                });
            case 'unpin': {
                const all = intent.prefixes === 'all';
                const chosen = all ? this.images.map((i) => i.prefix) : intent.prefixes;
                const reason = all ? 'unpinned by hand (all images)' : 'unpinned by hand';
                if (!all) {
                    const names = new Map(this.images.map((i) => [i.prefix, i.name]));
                    for (const p of chosen) {
                        const pin = file.pinOf(p);
                        const name = names.get(p) ?? p;
                        if (!pin)
                            throw new PlanError(`${name} is not pinned; there is nothing to unpin`);
                    }
                }
                return unpinEdit(text, this.images, {
                    unpin: new Map(chosen.map((p) => [p, reason])),
                    strict: !all
                });
            }
        }
    }
    pinReasons(file) {
        return new Map(this.images.flatMap((i) => {
            const pin = file.pinOf(i.prefix);
            return pin?.kind === 'auto' ? [[i.prefix, `pinned to ${pin.value}`]] : [];
        }));
    }
    async push(text, file, head) {
        const pins = new Map();
        const keep = new Map();
        for (const image of this.images) {
            const pin = file.pinOf(image.prefix);
            if (pin?.kind !== 'auto')
                continue;
            if (pin.literal && (0,util_version/* tryParseRelease */._7)(pin.value))
                pins.set(image.prefix, pin.value);
            else
                keep.set(image.prefix, `pinned to a value that is not a release tag; left alone, cannot compare`);
        }
        const unpin = new Map();
        for (const [prefix, c] of await this.changes(pins, head)) {
            if (c.changed === true)
                unpin.set(prefix, c.reason);
            else
                keep.set(prefix, c.changed === false ? c.reason : `kept: ${c.reason}`);
        }
        return unpinEdit(text, this.images, { unpin, keep });
    }
}

;// CONCATENATED MODULE: ./src/files/image-vars-lists.ts
/**
 * The two lists of `image_vars.src`, VRO_IMAGES (the image names) and VAR_PREFIXES (their bash
 * prefixes), read from its lines as bash ends up with them: an array (`NAME_ARR=( ... )`, then
 * `NAME_ARR+=( ... )` appends), a string (`NAME="..."`, then `+=` or `NAME="$NAME ..."` appends),
 * or both, which must then agree. Every other way of changing a list is refused: the file is
 * never executed, so a list that only running it would show cannot be read.
 */


class ImageVarsError extends errors/* KnownError */.E {
    name = 'ImageVarsError';
    get id() {
        return 'image-vars';
    }
}
const ARRAY_DECL = (name) => new RegExp(`^\\s*(?:export\\s+|declare\\s+-a\\s+)?${name}=\\(`);
const ARRAY_APPEND = (name) => new RegExp(`^\\s*${name}\\+=\\(`);
// A literal value: "..." or '...' without expansions, or one unquoted word.
const LITERAL = `(?:"([^"$\`\\\\]*)"|'([^']*)'|([^\\s"'$\`;]*))`;
const STRING_APPEND = (name) => new RegExp(`^\\s*${name}\\+=${LITERAL}\\s*(?:#.*)?$`);
/** `export NAME="$NAME more"` or `NAME="${NAME} more"`: an append spelled as an assignment. */
const STRING_SELF_APPEND = (name) => new RegExp(`^\\s*(?:export\\s+)?${name}="\\$(?:\\{${name}\\}|${name}(?![A-Za-z0-9_]))([^"$\`\\\\]*)"\\s*(?:#.*)?$`);
const STRING_DECL = (name) => new RegExp(`^\\s*(?:export\\s+)?${name}=${LITERAL}\\s*(?:#.*)?$`);
/** A line of the file as a message shows it: control characters escaped, long lines cut. */
function shownLine(text) {
    const max = 200;
    const cut = text.length > max ? `${text.slice(0, max)}...` : text;
    return (0,util_escape/* escapeControls */.UN)(cut);
}
/** Splits the words of a bash array body or a space-separated string; quotes are removed. */
function words(body, file, line) {
    const out = [];
    for (const m of body.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
        const w = m[1] ?? m[2] ?? m[3] ?? '';
        if (/[$`\\]/.test(w)) {
            throw new ImageVarsError(`${file}:${line}: ${(0,util_escape/* escapeForMessage */.Gw)(w)} is not a literal name; the image list must be plain words`);
        }
        out.push(w);
    }
    return out;
}
/** Cuts a comment off a line of shell: a `#` at the start of a word. */
function stripComment(line) {
    const m = /(^|[ \t])#/.exec(line);
    return m ? line.slice(0, m.index + (m[1] ?? '').length) : line;
}
/**
 * The index in `text` of the `)` that closes an array body, or -1 when it is not there yet;
 * `state` carries open quotes and parentheses over to the next line. A `)` inside quotes or
 * closing a `$(...)` does not close the array, as in bash.
 */
function closingParen(text, state) {
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (state.quote !== '') {
            if (ch === '\\' && state.quote === '"')
                i++;
            else if (ch === state.quote)
                state.quote = '';
        }
        else if (ch === '\\')
            i++;
        else if (ch === '"' || ch === "'")
            state.quote = ch;
        else if (ch === '(')
            state.depth++;
        else if (ch === ')') {
            if (state.depth === 0)
                return i;
            state.depth--;
        }
    }
    return -1;
}
/** Refuses an append that bash may or may not run, or that has nothing to append to. */
function checkAppend(text, name, file, line, declared) {
    if (/^\s/.test(text)) {
        throw new ImageVarsError(`${file}:${line}: ${shownLine(text.trim())} is indented: it may run only in a function or a ` +
            `condition, so the image list cannot be known without running the file. Append at the top level.`);
    }
    if (!declared) {
        throw new ImageVarsError(`${file}:${line}: ${shownLine(text.trim())} appends to ${name} before it is declared; ` +
            `bash would append to whatever the environment holds. Declare ${name} first.`);
    }
}
/** The array as bash ends up with it: the last declaration, then the appends after it, in order. */
function findArray(lines, name, file) {
    let found;
    const start = ARRAY_DECL(name);
    const append = ARRAY_APPEND(name);
    for (let i = 0; i < lines.length; i++) {
        const first = lines[i] ?? '';
        const isDecl = start.test(first);
        if (!isDecl && !append.test(first))
            continue;
        if (!isDecl)
            checkAppend(first, name, file, i + 1, found !== undefined);
        // Comments are cut per line, so a comment can neither hide later items nor close the array.
        const state = { depth: 0, quote: '' };
        const parts = [stripComment(first.slice(first.indexOf('(') + 1))];
        let close = closingParen(parts[0], state);
        let j = i;
        while (close < 0) {
            j++;
            if (j >= lines.length) {
                throw new ImageVarsError(`${file}:${i + 1}: ${name}${isDecl ? '' : '+'}=( is never closed by ")"`);
            }
            const part = stripComment(lines[j] ?? '');
            parts.push(part);
            close = closingParen(part, state);
        }
        parts[parts.length - 1] = parts[parts.length - 1].slice(0, close);
        const text = lines
            .slice(i, j + 1)
            .join(' ')
            .trim();
        const items = words(parts.join(' '), file, i + 1);
        found =
            isDecl || !found
                ? { line: i + 1, last: i + 1, text, items }
                : {
                    ...found,
                    last: i + 1,
                    text: `${found.text} ${text}`,
                    items: [...found.items, ...items]
                };
        i = j;
    }
    return found;
}
/** The string as bash ends up with it: the last assignment, then `+=` and `="$NAME ..."` appends. */
function findString(lines, name, file) {
    let found;
    const re = STRING_DECL(name);
    const append = STRING_APPEND(name);
    const selfAppend = STRING_SELF_APPEND(name);
    const any = new RegExp(`^\\s*(?:export\\s+)?${name}\\+?=`);
    const fromArray = new RegExp(`^\\s*(?:export\\s+)?${name}="\\$\\{${name}_ARR\\[[*@]\\]\\}"\\s*(?:#.*)?$`);
    lines.forEach((text, i) => {
        const m = re.exec(text);
        const more = append.exec(text) ?? selfAppend.exec(text);
        if (m) {
            const raw = m[1] ?? m[2] ?? m[3] ?? '';
            found = { line: i + 1, last: i + 1, text: text.trim(), raw, items: words(raw, file, i + 1) };
        }
        else if (more) {
            checkAppend(text, name, file, i + 1, found !== undefined);
            const prev = found;
            // Appended text is joined as is: "a" += "b" gives the one name "ab", as in bash.
            const raw = prev.raw + (more[1] ?? more[2] ?? more[3] ?? '');
            found = {
                ...prev,
                last: i + 1,
                text: `${prev.text} ${text.trim()}`,
                raw,
                items: words(raw, file, i + 1)
            };
        }
        else if (any.test(text) && !fromArray.test(text)) {
            // bash would see a list that cannot be read without running the file.
            throw new ImageVarsError(`${file}:${i + 1}: ${shownLine(text.trim())} does not set ${name} to plain words; ` +
                `the image list must be literal text`);
        }
    });
    return found;
}
const LIST_NAMES = ['VRO_IMAGES_ARR', 'VAR_PREFIXES_ARR', 'VRO_IMAGES', 'VAR_PREFIXES'];
/** Per list name, compiled once: its assignment at the start of a line, anywhere, and builtins. */
const LIST_EDITS = LIST_NAMES.map((name) => [
    name,
    {
        atStart: new RegExp(`^\\s*(?:(?:export|declare\\s+-a)\\s+)?${name}\\+?=`),
        assign: new RegExp(`(?:^|[^A-Za-z0-9_$])${name}(?:\\[[^\\]]*\\])?\\+?=`),
        builtin: new RegExp(`\\b(?:unset|read|readarray|mapfile)\\b.*\\b${name}\\b`)
    }
]);
/**
 * Refuses every other way of changing a list that a line of shell has: an element assignment
 * (`VRO_IMAGES_ARR[3]=x`), `unset`, `read`/`readarray`/`mapfile`, or an assignment that does not
 * start its line (`true && VRO_IMAGES=...`). Reading the file would otherwise see a different
 * list than bash does.
 */
function refuseOtherEdits(lines, file) {
    lines.forEach((line, i) => {
        const code = stripComment(line);
        // Most lines name no list at all: then none of the tests below can match.
        if (!LIST_NAMES.some((name) => code.includes(name)))
            return;
        for (const [name, re] of LIST_EDITS) {
            const atStart = re.atStart.test(code);
            const edits = re.assign.test(code) || re.builtin.test(code);
            if (edits && !atStart) {
                throw new ImageVarsError(`${file}:${i + 1}: ${shownLine(line.trim())} changes ${name} in a way that cannot be read ` +
                    `without running the file. Set the list with ${name}=( ... ) and append with ${name}+=( ... ) ` +
                    `(or "+=" for a string), each at the start of a line.`);
            }
        }
    });
}
/** Reads one list, declared as an array, a string, or both (which must then agree). */
function readList(lines, base, file) {
    const arr = findArray(lines, `${base}_ARR`, file);
    const str = findString(lines, base, file);
    const copy = new RegExp(`^\\s*(?:export\\s+)?${base}="\\$\\{${base}_ARR\\[[*@]\\]\\}"`);
    // The last copy counts: appends before it reach the string too.
    const copiedAt = lines.reduce((at, l, i) => (copy.test(l) ? i + 1 : at), 0);
    if (arr && copiedAt > 0 && arr.last > copiedAt) {
        throw new ImageVarsError(`${file}:${arr.last}: ${base}_ARR is appended to after line ${copiedAt} copied it into ${base}, ` +
            `so bash sees two different lists. Append before the copy.`);
    }
    if (arr && str && arr.items.join(' ') !== str.items.join(' ')) {
        throw new ImageVarsError(`${file}: ${base}_ARR and ${base} disagree:\n  line ${arr.line}: ${shownLine(arr.text)}\n  line ${str.line}: ${shownLine(str.text)}\n` +
            `Regenerate ${file} so that both list the same images in the same order.`);
    }
    return arr ?? str;
}

;// CONCATENATED MODULE: ./src/files/image-vars.ts
/**
 * The image list of `image_vars.src`, read as text (the file is never executed): each image's
 * name and bash prefix from its two lists (image-vars-lists.ts), checked, with the folder of an
 * older `# --- name in folder ./dir` comment and its `_GRADLE_IMG` and `_IMG` names; and image
 * references resolved against that list.
 */



const IMAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const image_vars_PREFIX = /^[A-Za-z_][A-Za-z0-9_]*$/;
function checkUnique(items, what, decl, file) {
    const seen = new Set();
    for (const item of items) {
        if (seen.has(item))
            throw new ImageVarsError(`${file}:${decl.line}: ${what} "${item}" is listed twice`);
        seen.add(item);
    }
}
/** Reads the image list of `image_vars.src` as text; the file is never executed. */
function parseImageVars(text, file = 'scripts/image_vars.src') {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    const warnings = [];
    refuseOtherEdits(lines, file);
    const names = readList(lines, 'VRO_IMAGES', file);
    const prefixes = readList(lines, 'VAR_PREFIXES', file);
    if (!names && !prefixes) {
        throw new ImageVarsError(`${file}: no image list found. Expected VAR_PREFIXES_ARR=( ... ) or export VAR_PREFIXES="..." ` +
            `(and VRO_IMAGES_ARR / VRO_IMAGES for the image names).`);
    }
    for (const name of names?.items ?? []) {
        if (!IMAGE_NAME.test(name)) {
            throw new ImageVarsError(`${file}:${names?.line}: ${(0,util_escape/* escapeForMessage */.Gw)(name)} is not a valid image name`);
        }
    }
    for (const prefix of prefixes?.items ?? []) {
        if (!image_vars_PREFIX.test(prefix)) {
            throw new ImageVarsError(`${file}:${prefixes?.line}: ${(0,util_escape/* escapeForMessage */.Gw)(prefix)} is not a valid bash variable prefix`);
        }
    }
    const nameList = names?.items ?? prefixes?.items;
    const prefixList = prefixes?.items ?? nameList.map((n) => n.replace(/-/g, ''));
    if (names && prefixes && names.items.length !== prefixes.items.length) {
        throw new ImageVarsError(`${file}: VRO_IMAGES lists ${names.items.length} images but VAR_PREFIXES lists ${prefixes.items.length}:\n` +
            `  line ${names.line}: ${shownLine(names.text)}\n  line ${prefixes.line}: ${shownLine(prefixes.text)}`);
    }
    if (!names) {
        const message = `${file}: no VRO_IMAGES list; image names are taken from VAR_PREFIXES`;
        warnings.push(fileWarning(message, file, prefixes?.line));
    }
    for (const p of prefixList) {
        if (!image_vars_PREFIX.test(p))
            throw new ImageVarsError(`${file}: image "${p}" does not give a valid bash prefix`);
    }
    checkUnique(nameList, 'image', (names ?? prefixes), file);
    checkUnique(prefixList, 'prefix', (prefixes ?? names), file);
    const folders = new Map();
    const folderLines = new Map();
    const assigned = new Map();
    for (const [n, line] of lines.entries()) {
        const folder = /^#\s*---\s*(\S+)\s+in\s+folder\s+(\S+)\s*$/.exec(line);
        if (folder?.[1] && folder[2]) {
            folders.set(folder[1], folder[2].replace(/^\.\//, '').replace(/\/+$/, ''));
            folderLines.set(folder[1], n + 1);
        }
        const v = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*_(?:GRADLE_IMG|IMG))=(?:"([^"$`\\]*)"|'([^']*)')/.exec(line);
        if (v?.[1])
            assigned.set(v[1], v[2] ?? v[3] ?? '');
    }
    const images = nameList.map((name, i) => {
        const prefix = prefixList[i];
        const folder = folders.get(name);
        const gradleImage = assigned.get(`${prefix}_GRADLE_IMG`);
        const registryImage = assigned.get(`${prefix}_IMG`);
        return {
            name,
            prefix,
            ...(folder !== undefined && folder !== '' && folder !== '.' ? { folder } : {}),
            ...(gradleImage !== undefined ? { gradleImage } : {}),
            ...(registryImage !== undefined ? { registryImage } : {})
        };
    });
    return { images, warnings, folderLines };
}
/**
 * Resolves image references (image names or prefixes) against the list.
 * Throws naming the unknown references and the known images.
 */
function resolveImages(list, refs) {
    const unknown = [];
    const out = [];
    for (const ref of refs) {
        const image = list.find((i) => i.name === ref) ?? list.find((i) => i.prefix === ref);
        if (!image)
            unknown.push(ref);
        else if (!out.includes(image))
            out.push(image);
    }
    if (unknown.length > 0) {
        throw new ImageVarsError(`Unknown image${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => (0,util_escape/* escapeForMessage */.Gw)(u)).join(', ')}. ` +
            `Known images: ${list.map((i) => i.name).join(', ')}`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/files/repo.ts
/** Loads what every run needs from a checkout: the image list and the versions file. */





/** Reads the image list from `varsFile` and the pins from `versionsFile`, both repo-relative. */
async function loadRepo(dir, varsFile, versionsFile) {
    const root = external_node_path_default().resolve(dir);
    const vars = (0,repo_files/* repoPath */.qN)(root, varsFile, 'vars-file');
    const versions = (0,repo_files/* repoPath */.qN)(root, versionsFile, 'versions-file');
    // The files named by inputs are never symbolic links (docs/security.md); the versions file is
    // also written back, which would replace a link with a file.
    const varsText = await (0,checkout_file/* readCheckoutFile */.$C)(root, vars.rel, { what: 'vars-file', symlinks: 'refuse' });
    if (varsText === undefined) {
        throw new repo_files/* FileError */.f6(`vars-file ${vars.rel} not found in ${root}. Set vars-file to the generated image_vars.src that lists the images.`);
    }
    const { images, warnings, folderLines } = parseImageVars(varsText, vars.rel);
    const versionsText = await (0,checkout_file/* readCheckoutFile */.$C)(root, versions.rel, {
        what: 'versions-file',
        symlinks: 'refuse'
    });
    return {
        root,
        images,
        warnings: versionsText === undefined
            ? [
                ...warnings,
                fileWarning(`${versions.rel} does not exist yet; it will be created`, versions.rel)
            ]
            : warnings,
        versionsFile: versions,
        varsFile: vars.rel,
        folderLines,
        versionsText: versionsText ?? ''
    };
}

;// CONCATENATED MODULE: ./src/plan/resolve-intent.ts



/**
 * A version numbered by date (`v2024.10.24`, `release-2024.10.24`, `v20241024.0.0`): a major of
 * 1900 or more. Such tags are often a second, unrelated series, never the project's version.
 */
function isDateShaped(version) {
    return version.semver.major >= 1900;
}
/**
 * The newest release of one series (`v` or `release-`: the two are never compared) among some
 * names, by semver; invalid names and, unless asked for, prereleases are ignored. Date-shaped
 * versions count only when the series has no other. A name is taken exactly as it is, never
 * trimmed: a tag `v1.2.3` followed by a no-break space is not a release, and must not stand for
 * the tag `v1.2.3`.
 */
function newestRelease(names, series, includePrereleases = false) {
    const releases = names
        .map((n) => (0,util_version/* tryParseRelease */._7)(n))
        .filter((v) => v !== undefined && v.form === series && (includePrereleases || !v.prerelease));
    const plain = releases.filter((v) => !isDateShaped(v));
    const pool = plain.length > 0 ? plain : releases;
    pool.sort(util_version/* compareReleases */.c0);
    return pool[pool.length - 1]?.raw;
}
/**
 * versions.txt's last release: the newest of the series of its last (non-prerelease) line. A
 * line loses its ASCII blanks (spaces, tabs, CR) at either end, as `tail -1` and bash would
 * split them off; no other character (a no-break or ideographic space) is ever trimmed.
 */
function fromVersionsTxt(text) {
    const lines = (text ?? '').split('\n').map((l) => l.replace(/^[ \t\r]+|[ \t\r]+$/g, ''));
    const last = lines
        .map((l) => (0,util_version/* tryParseRelease */._7)(l))
        .filter((v) => v !== undefined && !v.prerelease)
        .pop();
    return last && newestRelease(lines, last.form);
}
/** The repository's latest GitHub release, when it is a plain (not date-shaped) release. */
async function fromLatestRelease(deps) {
    const tag = await deps.latestRelease?.();
    const v = tag === undefined ? undefined : (0,util_version/* tryParseRelease */._7)(tag);
    return v && !v.prerelease && !isDateShaped(v) ? v.raw : undefined;
}
/** The version to pin to when none is given, and where it came from. */
async function defaultVersion(deps, remote) {
    const txt = fromVersionsTxt(deps.versionsTxt);
    if (txt)
        return { version: txt, source: 'versions.txt' };
    const latest = await fromLatestRelease(deps);
    if (latest)
        return { version: latest, source: 'latest release' };
    const tag = newestRelease(await remote(), 'v');
    if (tag)
        return { version: tag, source: 'newest v* tag' };
    throw new PlanError('No version to pin to: set the version input (versions.txt has no release, the repository has no latest release, and there is no v* tag)');
}
/**
 * Resolves image names to prefixes and, for a pin without a version, picks one: versions.txt's
 * last release, else the latest GitHub release, else the newest v* tag. Every version must be
 * an existing tag. Says where a picked version came from.
 */
async function resolveWithSource(intent, images, deps) {
    let tags;
    const remote = async () => (tags ??= deps.remoteTags ? await deps.remoteTags() : []);
    const mustExist = async (version) => {
        (0,util_version/* parseRelease */.BC)(version);
        if (deps.remoteTags && !(await remote()).includes(version)) {
            throw new PlanError(`Tag ${version} does not exist on the remote. Pick an existing release tag, or create the release first.`);
        }
    };
    switch (intent.kind) {
        case 'pin': {
            let targets;
            for (const [ref, v] of intent.targets ?? []) {
                const image = resolveImages(images, [ref])[0];
                targets ??= new Map();
                if (targets.has(image.prefix)) {
                    throw new PlanError(`Input images names ${image.name} twice (by name and by prefix)`);
                }
                targets.set(image.prefix, v);
            }
            const only = intent.only ? resolveImages(images, intent.only).map((i) => i.prefix) : undefined;
            let version = intent.version;
            let versionSource;
            if (!targets && version === undefined) {
                ;
                ({ version, source: versionSource } = await defaultVersion(deps, remote));
            }
            for (const v of new Set([...(version ? [version] : []), ...(targets?.values() ?? [])]))
                await mustExist(v);
            const resolved = {
                kind: 'pin',
                ...(version !== undefined ? { version } : {}),
                ...(only ? { only } : {}),
                ...(targets ? { targets } : {}),
                manual: intent.manual === true
            };
            return versionSource ? { intent: resolved, versionSource } : { intent: resolved };
        }
        case 'unpin':
            return {
                intent: intent.prefixes === 'all'
                    ? intent
                    : {
                        kind: 'unpin',
                        prefixes: resolveImages(images, intent.prefixes).map((i) => i.prefix)
                    }
            };
        case 'release':
            await mustExist(intent.version);
            return { intent };
        default:
            return { intent };
    }
}

;// CONCATENATED MODULE: ./src/plan/prepare-run.ts
/**
 * The one use case behind both faces: settings, an intent and a checkout in; for any text of the
 * versions file at any head, the decisions out (decisions, warnings, the new text). The action adds
 * the commit loop, its outputs and the summary; the CLI adds the file write and the table.
 * Neither builds detection settings or resolves intents itself.
 */







/** The detection settings for the engine, from the shared settings and the checkout. */
function detectSettings(settings, repo, remote) {
    return {
        cwd: repo.root,
        ...(remote !== undefined ? { remote } : {}),
        paths: settings.paths,
        sharedPaths: settings.sharedPaths,
        ignorePaths: settings.ignorePaths,
        versionsFile: repo.versionsFile.rel,
        onMissingTag: settings.onMissingTag,
        detection: settings.detection,
        compareTimeoutMs: settings.compareTimeoutMs,
        ...(settings.compareCommand ? { compareCommand: settings.compareCommand } : {})
    };
}
/** versions.txt, read as every file of the checkout is (inside it, a regular file, bounded). */
function readVersionsTxt(root) {
    return (0,checkout_file/* readCheckoutFile */.$C)(root, 'versions.txt', { what: 'File' });
}
/** Reads the checkout, resolves the intent, and returns the decider for it. */
async function prepareRun(req) {
    const repo = await loadRepo(req.root, req.settings.varsFile, req.settings.versionsFile);
    (0,plan_settings/* checkPathsImages */.bw)(req.settings.paths, repo.images, req.settings.varsFile);
    const { intent, versionSource } = await resolveWithSource(req.intent, repo.images, {
        versionsTxt: await readVersionsTxt(repo.root),
        ...(req.tags ? { remoteTags: req.tags } : {}),
        ...(req.latestRelease ? { latestRelease: req.latestRelease } : {})
    });
    const decider = new Decider(repo.images, detectSettings(req.settings, repo, req.remote), req.now);
    // Before anything is fetched: what close() puts back.
    const snapshot = await snapshotCheckout(repo.root);
    return {
        repo,
        intent,
        ...(versionSource ? { versionSource } : {}),
        decide: async (text, head) => {
            const decided = await decider.decide(text, intent, head);
            const warnings = inFile(decided.warnings.map(atFolderComment(repo)), repo.versionsFile.rel);
            return { ...decided, warnings };
        },
        close: () => restoreCheckout(snapshot)
    };
}
/**
 * A warning about the folder of an image's `# --- name in folder ./dir` comment (not in the
 * tree) is about that line of the image list: it becomes a warning on that file and line, so
 * that the action annotates the line.
 */
function atFolderComment(repo) {
    const byMessage = new Map();
    for (const image of repo.images) {
        const line = repo.folderLines.get(image.name);
        if (image.folder !== undefined && line !== undefined)
            byMessage.set(`${image.name}: folder ${image.folder}/ of image_vars.src `, line);
    }
    return (w) => {
        if (typeof w !== 'string' || byMessage.size === 0)
            return w;
        for (const [start, line] of byMessage)
            if (w.startsWith(start))
                return fileWarning(w, repo.varsFile, line);
        return w;
    };
}
/** Where a defaulted version came from, as the summary says it. */
function versionNote(run) {
    if (!run.versionSource || run.intent.kind !== 'pin' || !run.intent.version)
        return undefined;
    const from = {
        'versions.txt': 'the last release in versions.txt',
        'latest release': "the repository's latest GitHub release",
        'newest v* tag': 'the newest vX.Y.Z tag'
    };
    return `Version ${run.intent.version}: ${from[run.versionSource]} (no version input was given)`;
}

;// CONCATENATED MODULE: ./src/action/outputs.ts
/** The action's outputs for downstream steps: what changed, and what to deploy and publish. */


/** Every output as the runner takes it (strings, JSON for lists and maps). */
function runOutputs(facts) {
    const warnings = [];
    // Stale pins (prefixes no longer in the image list) are reported, not deployed.
    const known = new Set(facts.images.map((i) => i.prefix));
    const named = (action) => facts.decisions.filter((d) => d.action === action).map((d) => d.image);
    const deployable = facts.decisions.filter((d) => known.has(d.prefix) && deployableVersion(d, facts.head, warnings));
    const versionOf = (d) => d.after ?? facts.head.slice(0, 7);
    return {
        outputs: {
            changed: String(facts.changed),
            'commit-sha': facts.commitSha,
            pinned: JSON.stringify(named('pin')),
            unpinned: JSON.stringify(named('unpin')),
            versions: JSON.stringify(Object.fromEntries(deployable.map((d) => [d.image, versionOf(d)]))),
            // The commit to build the images of `versions` and `publish` from: the one they name.
            'head-sha': facts.head,
            publish: JSON.stringify(deployable.filter((d) => d.after === null).map((d) => d.image)),
            'pull-request-url': facts.pullRequestUrl
        },
        warnings
    };
}
/**
 * True when the image's version (its pin, or the head's short sha) may be handed to a deploy step
 * as a tag; otherwise a warning names the image and the value, and the image is left out of
 * `versions` and `publish` (a hand-written pin that is not a version is never deployed or built).
 */
function deployableVersion(d, head, warnings) {
    const version = d.after ?? head.slice(0, 7);
    if ((0,util_version/* isImageVersion */.c4)(version))
        return true;
    const [what, fix] = d.after === null
        ? [
            'the head commit',
            'The event names no commit sha for the head; run on push, release or workflow_dispatch.'
        ]
        : [`${d.prefix}_VER`, `Fix the ${d.prefix}_VER line of the versions file.`];
    warnings.push(`${d.image}: ${what} gives ${(0,util_escape/* escapeForMessage */.Gw)(version)}, which is not a release version or a short sha; ` +
        `left out of the versions and publish outputs. ${fix}`);
    return false;
}

;// CONCATENATED MODULE: ./src/action/run-report.ts
/**
 * Step 4 of run(), and what a skipped run reports instead: the log, the warnings, the outputs and
 * the job summary.
 */








async function reportSkip(reason) {
    core/* notice */.lm((0,util_escape/* forLog */.Ig)(`Nothing to do: ${reason}`));
    // A skip measured nothing: head-sha is empty, as versions is {}.
    const none = { images: [], decisions: [], changed: false, head: '' };
    setOutputs(runOutputs({ ...none, commitSha: '', pullRequestUrl: '' }).outputs);
    await core/* summary */.z
        .addRaw(`### vro-image-version\n\n${(0,util_escape/* forSummaryCell */.gj)(`Nothing to do: ${reason}`)}\n`)
        .write();
}
/** Step 4: one log line per decision, the warnings, the outputs and the summary (returned). */
async function report(ctx, outcome, prUrl) {
    const { plan } = outcome;
    await core/* group */.Os('Decisions', async () => plan.decisions.forEach((d) => core/* info */.pq(logLine(d))));
    core/* debug */.Yz(`Measured at ${outcome.headOid}: ${plan.stats.gitProcesses} git processes, ${plan.stats.fetches} fetches; ${outcome.status} after ${outcome.attempts} attempt(s)`);
    const { outputs, warnings } = runOutputs({
        images: ctx.run.repo.images,
        decisions: plan.decisions,
        changed: plan.changed,
        head: outcome.headOid,
        commitSha: outcome.status === 'committed' ? outcome.commit.oid : '',
        pullRequestUrl: prUrl
    });
    for (const w of [...plan.warnings, ...warnings])
        warn(w);
    const result = resultLine(outcome, ctx.branch, prUrl, ctx.job.preview);
    core/* info */.pq((0,util_escape/* forLog */.Ig)(result.link ? `${result.text} (${result.link.url})` : result.text));
    setOutputs(outputs);
    const markdown = summaryMarkdown({
        title: ctx.title,
        decisions: plan.decisions,
        result: result.text,
        ...(result.link ? { link: result.link } : {}),
        warnings: plan.warnings,
        notes: [
            ...(ctx.job.notes ?? []),
            ...[versionNote(ctx.run), releaseNote(ctx.run.intent, plan.decisions)].filter((n) => n !== undefined),
            settingsNote(ctx.sources.settings, plan_settings/* SETTING_KEYS */.GS, ctx.sources.file),
            configNote(ctx.sources.file)
        ]
    });
    await core/* summary */.z.addRaw(markdown).write();
    return markdown;
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        core/* setOutput */.uH(name, value);
}

;// CONCATENATED MODULE: ./src/action/preview.ts
/**
 * The preview of a pull request: what merging it would do, in the job summary and one sticky
 * comment on it; never a commit.
 */




/**
 * A pull request: the plan for the merge commit the checkout holds (the base branch's file with
 * the pull request's changes), reported in the summary and one sticky comment; never a commit.
 */
async function previewPullRequest(ctx, pr) {
    const plan = await core/* group */.Os((0,util_escape/* forLog */.Ig)(`Plan the merge of #${pr.number}`), () => ctx.run.decide(ctx.run.repo.versionsText, pr.mergeSha));
    const status = plan.changed ? 'dry-run' : 'unchanged';
    const markdown = await report(ctx, { status, attempts: 1, plan, headOid: pr.mergeSha }, '');
    if (!ctx.inputs.comment)
        return;
    if (!pr.headSha) {
        core/* notice */.lm((0,util_escape/* forLog */.Ig)(`The preview is in the job summary only: the event names no head commit of #${pr.number}, ` +
            `so whether this run's plan is still current cannot be checked.`));
        return;
    }
    const posted = await upsertStickyComment(ctx.octokit, ctx.repository, pr.number, markdown, {
        headSha: pr.headSha,
        graphqlUrl: ctx.env.graphqlUrl,
        runUrl: ctx.env.runUrl
    });
    if (posted.action === 'moved') {
        core/* notice */.lm((0,util_escape/* forLog */.Ig)(`The preview comment was left as it is: pull request #${pr.number} has moved on to ` +
            `${posted.head.slice(0, 7)} since ${pr.headSha.slice(0, 7)}, the commit this run planned for ` +
            `(a re-run of an old job, or a push during this one); the run of the new head writes it. ` +
            `This run's preview is in its job summary.`));
    }
    else if (posted.action === 'forbidden') {
        core/* notice */.lm((0,util_escape/* forLog */.Ig)(`The preview is in the job summary only: the token may not comment on #${pr.number}` +
            `${pr.fork ? ' (a pull request from a fork gets a read-only token)' : ''}. ` +
            `Give the job permissions: pull-requests: write, or set comment: false.`));
    }
    else
        core/* info */.pq((0,util_escape/* forLog */.Ig)(`Preview comment ${posted.action}: ${posted.url}`));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/action/run-context.ts
/**
 * The run's context: everything a run of the action needs once its job is known, prepared in
 * step 2 of run() (the checkout read and the intent resolved through the shared use case, the API
 * client, the branch).
 */











/** Step 2: the checkout read and the intent resolved (the shared use case), the API client. */
async function prepare(inputs, job, sources, root) {
    const env = runnerEnv();
    const octokit = createClient(inputs.token, env.apiUrl, {
        requestTimeoutMs: inputs.apiTimeoutMs,
        budgetMs: API_BUDGET_MS
    });
    const repository = github/* context */._.repo;
    const run = await prepareRun({
        root,
        settings: inputs.settings,
        intent: job.intent,
        now: new Date(),
        tags: () => remoteTags(root),
        latestRelease: () => latestReleaseTag(octokit, repository)
    });
    run.repo.warnings.forEach(warn);
    for (const note of job.notes ?? [])
        core/* info */.pq((0,util_escape/* forLog */.Ig)(note));
    core/* debug */.Yz(`Intent ${describe(run.intent)}${run.versionSource ? ` (version from ${run.versionSource})` : ''}; ` +
        `${run.repo.images.length} images; the pins in ${run.repo.versionsFile.rel}`);
    const branch = job.branch ?? (await octokit.rest.repos.get({ ...repository })).data.default_branch;
    return {
        inputs,
        job,
        env,
        run,
        octokit,
        repository,
        branch,
        sources,
        trailer: runTrailer(env.runId, env.runAttempt, (0,external_node_crypto_.randomBytes)(4).toString('hex')),
        title: job.preview
            ? `vro-image-version: what merging #${job.preview.number} into ${branch} would do`
            : `vro-image-version: ${describe(run.intent)} on ${branch}${job.dryRun ? ' (dry run)' : ''}`
    };
}

;// CONCATENATED MODULE: ./src/action/run.ts
/**
 * run(): the action's face over the shared use case (plan/prepare-run.ts). It reads the job from
 * the runner, plans and commits through the API (falling back to a pull request when the branch
 * is protected and that is allowed), and reports: log, outputs, summary. The steps after the
 * first are in the files beside it: `run-context.ts` (step 2), `plan-and-commit.ts` (step 3),
 * `run-report.ts` (step 4) and `preview.ts` (a pull request's preview).
 */
// First: the event file is checked before @actions/github parses it (also under local-action).















async function run() {
    let ctx;
    if (!(0,event_guard/* checkEvent */.X)())
        return;
    try {
        const read = await readJob();
        if ('skip' in read)
            return await reportSkip(read.skip);
        const { inputs, job, sources, root } = read;
        ctx = await prepare(inputs, job, sources, root);
        if (job.preview)
            return await previewPullRequest(ctx, job.preview);
        const { outcome, prUrl } = await planAndCommit(ctx);
        await report(ctx, outcome, prUrl);
    }
    catch (error) {
        core/* setFailed */.C1((0,util_escape/* forLog */.Ig)(failureText(error)));
    }
    finally {
        // Later steps of the job find the checkout as actions/checkout left it.
        await ctx?.run.close().catch((e) => core/* debug */.Yz(`Restoring the checkout: ${String(e)}`));
    }
}
/**
 * Step 1: the inputs (over the configuration file over the defaults) and the event, checked
 * before anything else happens.
 */
async function readJob() {
    await checkRunnerFiles();
    const given = (0,action_inputs/* getInputs */.G)((name) => core/* getInput */.V4(name));
    maskToken(given.token);
    const event = {
        eventName: github/* context */._.eventName,
        payload: github/* context */._.payload,
        sha: github/* context */._.sha,
        ref: github/* context */._.ref,
        actor: github/* context */._.actor
    };
    // A run the event alone decides is skipped before the configuration file is read, as the
    // fast path in index.ts does.
    const early = (0,plan_event/* jobFor */.vw)(event, given);
    if (early.kind === 'skip')
        return { skip: early.reason };
    // The checkout: the workspace, or working-directory inside it (actions/checkout's path:).
    const root = (0,action_inputs/* checkoutDir */.k)(runnerEnv().workspace, given.workingDirectory);
    core/* debug */.Yz(`Checkout: ${root}`);
    const config = await readConfig(root, given.configFile || undefined);
    const { settings, sources } = (0,plan_settings/* mergeSettings */.ss)(config?.settings, given.given, plan_settings/* inputNamer */.o2, config?.file ?? DEFAULT_CONFIG_FILE);
    const inputs = { ...given, settings };
    // Again with the file's settings, which may name the branch to commit to (never whether to run).
    const job = (0,plan_event/* jobFor */.vw)(event, inputs);
    if (job.kind === 'skip')
        return { skip: job.reason };
    core/* debug */.Yz(`Event ${github/* context */._.eventName} on ${github/* context */._.ref}: ${describe(job.intent)}`);
    return { inputs, job, sources: { settings: sources, file: config?.file }, root };
}


/***/ })

};
