export const id = 379;
export const ids = [379];
export const modules = {

/***/ 7883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkEvent: () => (/* binding */ checkEvent),
/* harmony export */   eventProblem: () => (/* binding */ eventProblem)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2988);
/**
 * Imported first by index.ts and by main.ts (the entry point of @github/local-action), so both
 * paths run the same checks. @actions/github parses the event file as soon as it is loaded,
 * outside any try/catch, so a malformed payload would crash with a stack trace. This checks the
 * file before that and fails with a message instead; run() checks again when it starts.
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
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .forLog */ .Ig)(problem));
    return problem === undefined;
}
if (!checkEvent())
    process.exit(1);


/***/ }),

/***/ 6379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/event-guard.ts
var event_guard = __webpack_require__(7883);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(1351);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 18 modules
var utils = __webpack_require__(9083);
;// CONCATENATED MODULE: ./src/api-fetch.ts
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
class ApiTimeoutError extends Error {
    name = 'ApiTimeoutError';
}
/**
 * A failure that no retry can cure (budget spent, answer far too large). Octokit passes errors
 * named AbortError through unwrapped, and the retry plugin then leaves them alone.
 */
class ApiGiveUpError extends Error {
    name = 'AbortError';
}
/** An answer that is not what GitHub sends (malformed JSON); a re-run asks again. */
class ApiAnswerError extends ApiGiveUpError {
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

// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
// EXTERNAL MODULE: ./src/refs.ts
var src_refs = __webpack_require__(1977);
;// CONCATENATED MODULE: ./src/github.ts
/**
 * The GitHub API client: Octokit from @actions/github with the retry and throttling plugins,
 * and the few GraphQL/REST calls the action makes. Nothing here decides anything.
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
class ApiError extends Error {
    name = 'ApiError';
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
    if (!isObject(target) || typeof target.oid !== 'string' || !src_refs/* OID */.Vx.test(target.oid)) {
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
 * compare-and-swap on `expectedHeadOid`. Errors are thrown as Octokit raised them.
 */
async function commitFile(octokit, graphqlUrl, repo, args) {
    const answer = await octokit.graphql({
        query: CREATE_COMMIT,
        url: graphqlUrl,
        input: {
            branch: { repositoryNameWithOwner: `${repo.owner}/${repo.repo}`, branchName: args.branch },
            expectedHeadOid: args.expectedHeadOid,
            message: { headline: args.headline, ...(args.body ? { body: args.body } : {}) },
            fileChanges: {
                additions: [
                    { path: args.path, contents: Buffer.from(args.text, 'utf8').toString('base64') }
                ]
            }
        }
    });
    const made = isObject(answer) ? answer.createCommitOnBranch : undefined;
    const commit = isObject(made) ? made.commit : undefined;
    if (!isObject(commit) || typeof commit.oid !== 'string' || !src_refs/* OID */.Vx.test(commit.oid)) {
        throw new ApiError(`The API answered the commit to ${args.branch} without the new commit (${preview(answer)}), ` +
            `so whether it was made is unknown. Re-run the workflow: a re-run changes nothing when the file is already right.`);
    }
    return { oid: commit.oid, url: typeof commit.url === 'string' ? commit.url : '' };
}
/** Creates a branch at a commit (REST). */
async function createBranch(octokit, repo, branch, sha) {
    await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
}
/** Opens a pull request, or returns the open one for the same head (a re-run). */
async function openPullRequest(octokit, repo, args) {
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
        const pr = await octokit.rest.pulls.create({ ...repo, ...args });
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

;// CONCATENATED MODULE: ./src/commit.ts

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
class StaleHeadError extends Error {
    name = 'StaleHeadError';
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

// EXTERNAL MODULE: ./src/escape.ts
var src_escape = __webpack_require__(2988);
;// CONCATENATED MODULE: ./src/errors.ts
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
class ActionError extends Error {
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
    return new ActionError('runner-file', `${name} is ${(0,src_escape/* escapeForMessage */.Gw)(file, 200)}, which cannot be written (${why}). ` +
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
    // Our own bounds and answer checks (src/api-fetch.ts) say what went wrong themselves.
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

// EXTERNAL MODULE: ./src/event.ts
var src_event = __webpack_require__(807);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/git.ts
/**
 * The only module that runs git. Every call spawns `git` with an argument array (never a shell),
 * in the C locale so that error messages can be recognised, and is counted. Parsing of git's
 * output lives in the pure functions at the bottom, tested on strings.
 */



class GitError extends Error {
    args;
    result;
    name = 'GitError';
    constructor(message, args, result) {
        super(message);
        this.args = args;
        this.result = result;
    }
}
const STDERR_KEEP = 64 * 1024;
/**
 * How long a git command that talks to the remote (`fetch`, `ls-remote`) may take: 5 minutes,
 * far beyond a depth-1 fetch of a few tags. On expiry the command's process group is killed.
 */
const GIT_NETWORK_TIMEOUT_MS = 5 * 60_000;
/** Runs git in one working tree and counts the processes and fetches it starts. */
class Git {
    cwd;
    networkTimeoutMs;
    processes = 0;
    fetches = 0;
    constructor(cwd, 
    /** The bound of network commands (fetch, ls-remote). */
    networkTimeoutMs = GIT_NETWORK_TIMEOUT_MS) {
        this.cwd = cwd;
        this.networkTimeoutMs = networkTimeoutMs;
    }
    /**
     * Runs `git <args>`; resolves with the exit status, whatever it is. With `timeoutMs`, a command
     * still running then is killed with its process group (git runs helpers such as
     * git-remote-https) and resolves as killed, with stderr ending in a line that names the
     * command and the bound. With `onStdout`, stdout goes there chunk by chunk as git writes it
     * (so that it is parsed while git still runs) and the result's stdout is empty.
     */
    run(args, input, timeoutMs, onStdout) {
        this.processes++;
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)('git', args, {
                cwd: this.cwd,
                shell: false,
                windowsHide: true,
                detached: timeoutMs !== undefined,
                stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
                env: gitEnv()
            });
            const out = [];
            let err = '';
            child.stdout?.on('data', onStdout ?? ((chunk) => out.push(chunk)));
            child.stderr?.on('data', (chunk) => {
                err += chunk.toString('utf8');
                if (err.length > STDERR_KEEP)
                    err = err.slice(-STDERR_KEEP);
            });
            child.on('error', (e) => {
                const hint = e.code === 'ENOENT' ? ': git is not installed or not on PATH' : '';
                reject(new GitError(`Could not run git${hint} (${e.message})`, args));
            });
            let timedOut = false;
            const timer = timeoutMs === undefined
                ? undefined
                : setTimeout(() => {
                    timedOut = true;
                    killGroup(child.pid);
                }, timeoutMs);
            child.on('close', (code, signal) => {
                clearTimeout(timer);
                const note = timedOut
                    ? `\ngit ${args[0]} did not finish within ${Math.round(timeoutMs / 100) / 10} s and was killed; check that the remote answers`
                    : '';
                resolve({ code, signal, stdout: Buffer.concat(out), stderr: err + note, timedOut });
            });
            if (input !== undefined && child.stdin) {
                child.stdin.on('error', () => undefined); // git exiting early surfaces through its status
                child.stdin.end(input);
            }
        });
    }
    /** Runs git and returns stdout; a non-zero exit throws a GitError with git's last message. */
    async output(args, input) {
        return this.succeeded(args, await this.run(args, input)).stdout;
    }
    /** The result of a command that exited 0; else a GitError with git's last message. */
    succeeded(args, result) {
        if (result.code !== 0) {
            const why = lastLine(result.stderr) ||
                (result.signal ? `killed by ${result.signal}` : `exit code ${result.code}`);
            throw new GitError(`git ${args[0]} failed in ${this.cwd}: ${why}`, args, result);
        }
        return result;
    }
    /**
     * Looks up revisions (`refs/tags/v1.2.3^{commit}`, `<oid>:<path>`) with one `git cat-file
     * --batch-check`. Missing ones, and ones that cannot be written on one line, are undefined.
     */
    async lookup(specs) {
        const asked = specs.filter((s) => !/[\n\r]/.test(s));
        if (asked.length === 0)
            return specs.map(() => undefined);
        const out = await this.output(['cat-file', '--batch-check=%(objectname) %(objecttype)'], asked.map((s) => `${s}\n`).join(''));
        const infos = parseBatchCheck(out.toString('utf8'), asked.length);
        const bySpec = new Map(asked.map((s, i) => [s, infos[i]]));
        return specs.map((s) => bySpec.get(s));
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
        for (const r of [opts.remote, ...refspecs]) {
            if (r.startsWith('-'))
                throw new GitError(`Refusing to pass ${r} to git fetch`, refspecs);
        }
        this.fetches++;
        return this.fetchBounded(refspecs, opts);
    }
    async fetchBounded(refspecs, opts) {
        const result = await this.run([
            'fetch',
            '--no-tags',
            '--no-write-fetch-head',
            '--no-recurse-submodules',
            ...(opts.depth ? ['--depth=1'] : []),
            ...(opts.filter ? ['--filter=blob:none'] : opts.noFilter ? ['--no-filter'] : []),
            opts.remote,
            ...refspecs
        ], undefined, this.networkTimeoutMs);
        if (result.timedOut) {
            throw new GitError(`${lastLine(result.stderr)} (${opts.remote})`, refspecs, result);
        }
        return result;
    }
    /**
     * Like `diffNames` (`--name-status`): the paths that differ, and those of them that were in
     * `from` already (modified, deleted or of another type; not added), so that a caller knows
     * that a folder holding one of them was in `from` without asking git again.
     */
    async diffPaths(from, to, pathspecs) {
        return parseNameStatus(await this.diff('--name-status', from, to, pathspecs));
    }
    /**
     * Every file of a commit's tree (one `git ls-tree -r`), repository-relative, and the blob ids
     * of the files that `want` accepts, so that their texts can be read by id (`readBlobs`): git
     * then need not walk the tree again for each path.
     */
    async listFilesAndBlobs(commit, want) {
        checkOid(commit);
        // Parsed as it streams in: the listing of a large tree is megabytes, and git writes it
        // about as fast as it is parsed.
        const listing = new LsTreeParser(want);
        const args = ['ls-tree', '-r', '--full-tree', '-z', commit];
        this.succeeded(args, await this.run(args, undefined, undefined, (c) => listing.write(c)));
        return listing.end();
    }
    /** The texts of blobs by id, with one `git cat-file --batch`; ids that are not blobs are left out. */
    async readBlobs(oids) {
        for (const oid of oids)
            checkOid(oid);
        if (oids.length === 0)
            return new Map();
        const out = await this.output(['cat-file', '--batch'], oids.map((o) => `${o}\n`).join(''));
        const blobs = parseBatch(out, oids.length);
        const texts = new Map();
        oids.forEach((oid, i) => {
            const blob = blobs[i];
            if (blob)
                texts.set(oid, blob.toString('utf8'));
        });
        return texts;
    }
    /**
     * The texts of files of a commit's tree by path (`<commit>:<path>` in one `cat-file --batch`):
     * for the few files whose blob ids the listing did not keep (targets of symbolic links).
     * Paths that cannot be written on one line are left out, as are paths that are not blobs.
     */
    async readFilesAt(commit, paths) {
        checkOid(commit);
        const asked = paths.filter((p) => p !== '' && !/[\n\r]/.test(p));
        if (asked.length === 0)
            return new Map();
        const out = await this.output(['cat-file', '--batch'], asked.map((p) => `${commit}:${p}\n`).join(''));
        const blobs = parseBatch(out, asked.length);
        const texts = new Map();
        asked.forEach((path, i) => {
            const blob = blobs[i];
            if (blob)
                texts.set(path, blob.toString('utf8'));
        });
        return texts;
    }
    /**
     * The paths that differ between two commits or trees: two-dot, no merge base, no rename
     * detection, so a rename is a deletion plus an addition (one `git diff --name-only`).
     * With `pathspecs`, only the paths they match (git pathspecs with their magic, e.g.
     * `:(top,literal)app`); the caller keeps them within ARG_MAX.
     */
    async diffNames(from, to, pathspecs) {
        return this.diff('--name-only', from, to, pathspecs);
    }
    /** One two-dot `git diff` without rename detection, limited to `pathspecs` when given. */
    async diff(form, from, to, pathspecs) {
        checkOid(from);
        checkOid(to);
        const limit = pathspecs === undefined ? [] : ['--', ...pathspecs];
        const args = ['diff', form, '--no-renames', '--no-relative', '-z', from, to, ...limit];
        return splitNul(await this.output(args));
    }
}
/**
 * The environment of every git command: the C locale, no prompts, no optional locks, and none of
 * the variables that change how pathspecs are read (GIT_LITERAL_PATHSPECS would make the
 * `:(top,literal)` magic of limited diffs a literal name, and the diffs silently empty).
 */
function gitEnv() {
    const env = {
        ...process.env,
        LC_ALL: 'C',
        LANGUAGE: 'C',
        GIT_TERMINAL_PROMPT: '0',
        GIT_OPTIONAL_LOCKS: '0'
    };
    for (const name of [
        'GIT_LITERAL_PATHSPECS',
        'GIT_GLOB_PATHSPECS',
        'GIT_NOGLOB_PATHSPECS',
        'GIT_ICASE_PATHSPECS'
    ])
        delete env[name];
    return env;
}
/** Kills a process group, ignoring one that is already gone. */
function killGroup(pid) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, 'SIGKILL');
    }
    catch {
        // Already gone.
    }
}
function checkOid(oid) {
    if (!src_refs/* OID */.Vx.test(oid))
        throw new GitError(`Not an object id: ${JSON.stringify(oid)}`, [oid]);
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
/** Parses a whole `git ls-tree -r -z` output (see LsTreeParser). */
function parseLsTree(data, want) {
    const parser = new LsTreeParser(want);
    parser.write(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    return parser.end();
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
 * Parses `cat-file --batch` output: for each asked object, its content when it is a blob, else
 * undefined (`<spec> missing`, trees, commits). Sizes come from the headers, so contents may
 * hold any byte.
 */
function parseBatch(data, count) {
    const out = [];
    let at = 0;
    for (let i = 0; i < count && at < data.length; i++) {
        const eol = data.indexOf(0x0a, at);
        if (eol < 0)
            break;
        const header = data.subarray(at, eol).toString('utf8');
        at = eol + 1;
        const m = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(header);
        if (!m) {
            out.push(undefined);
            continue;
        }
        const size = Number(m[2]);
        out.push(m[1] === 'blob' ? data.subarray(at, at + size) : undefined);
        at += size + 1;
    }
    while (out.length < count)
        out.push(undefined);
    return out;
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
        lastLine(stderr));
}
/** The last non-empty line of a text (git's actual complaint is usually there). */
function lastLine(text) {
    const lines = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '');
    return lines[lines.length - 1] ?? '';
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
/** Reaching the remote outside change detection: the release guard and tag checks. */
class RemoteError extends Error {
    name = 'RemoteError';
}
/**
 * Makes the commit `oid` of the branch available locally and returns it: the head a run read for
 * its compare-and-swap is the one its decisions are measured against. When the checkout lacks
 * it, the branch is fetched (at depth 1 only in a shallow checkout, so a full clone stays full),
 * and when the branch has moved on since, the commit itself.
 */
async function ensureBranchCommit(cwd, branch, oid) {
    checkOid(oid);
    const git = new Git(cwd);
    const has = async () => (await git.lookup([`${oid}^{commit}`]))[0] !== undefined;
    if (await has())
        return oid;
    if (!(0,src_refs/* isBranchName */.Q8)(branch)) {
        throw new RemoteError(`Invalid branch name ${JSON.stringify(branch)}`);
    }
    const depth = await git.isShallow();
    let result;
    // Once the remote refuses the blob filter, the fetch by sha goes without it at once.
    let filter = true;
    for (const refspec of [`+refs/heads/${branch}:${(0,src_refs/* privateBranchRef */.B)(branch)}`, oid]) {
        result = await git.fetch([refspec], { remote: 'origin', depth, filter, noFilter: !filter });
        if (filter && result.code !== 0 && classifyFetchFailure(result.stderr) === 'filter') {
            filter = false;
            result = await git.fetch([refspec], { remote: 'origin', depth, filter, noFilter: true });
        }
        if (await has())
            return oid;
    }
    throw new RemoteError(`Could not fetch ${oid}, the head of ${branch}, from origin (${fetchComplaint(result?.stderr ?? '') || 'not found'}). ` +
        `Check out the repository with actions/checkout (persist-credentials: true, the default).`);
}
/** The tags on the remote (names without refs/tags/). */
async function remoteTags(cwd, timeoutMs = GIT_NETWORK_TIMEOUT_MS, remote = 'origin') {
    const result = await new Git(cwd).run(['ls-remote', '--tags', '--refs', remote], undefined, timeoutMs);
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
/** True when the checkout has a remote of that name (`git remote` lists it). */
async function hasRemote(cwd, name) {
    const out = await new Git(cwd).run(['remote']);
    return out.code === 0 && out.stdout.toString('utf8').split('\n').includes(name);
}
/** The tags of the checkout, and of origin when it can be reached (the CLI works offline too). */
async function knownTags(cwd, remoteName = 'origin') {
    const local = (await new Git(cwd).output(['tag', '--list'])).toString('utf8').split('\n');
    const remote = await remoteTags(cwd, GIT_NETWORK_TIMEOUT_MS, remoteName).catch(() => []);
    return [...new Set([...local.filter((t) => t !== ''), ...remote])];
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./schema/vro-image-version.schema.json
const vro_image_version_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/vro-image-version/vro-image-version/main/schema/vro-image-version.schema.json","title":"vro-image-version configuration","description":"The configuration of vro-image-version, read from .github/vro-image-version.yml by every workflow and by the CLI. Action inputs and CLI flags, when given, override a setting of this file.","type":"object","additionalProperties":false,"errorMessage":"the file must be a mapping of settings, e.g. \\"detection: paths\\"","properties":{"version":{"title":"Schema version","description":"The version of this file\'s format. Only 1 exists.","const":1,"errorMessage":"must be 1, the only version of this file\'s format"},"paths":{"title":"Per-image inputs","description":"Image name or prefix -> the globs that count as its inputs, as a list or a comma-separated string. The globs replace the image\'s derived inputs (its folder); start every glob with + to add to them instead. Globs are picomatch globs relative to the repository root, dot files included; no ! negation (use ignore-paths).","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9_][A-Za-z0-9._-]*$","errorMessage":"an image name or prefix: letters, digits, and . _ - after the first character"},"additionalProperties":{"title":"Globs of one image","description":"The image\'s globs: a list (app: [app/**, libs/auth/**]) or a comma-separated string (app: app/**, libs/auth/**). A leading + adds a glob to the derived inputs.","anyOf":[{"$ref":"#/definitions/globString"},{"$ref":"#/definitions/globList"}],"errorMessage":"must be a glob or a list of globs, e.g. [app/**, libs/auth/**]"},"errorMessage":"must be a mapping of image -> globs, e.g. \\"app: [app/**, libs/auth/**]\\""},"shared-paths":{"title":"Shared paths","description":"Globs whose changes count for every image (build files, shared libraries).","allOf":[{"$ref":"#/definitions/globList"}]},"ignore-paths":{"title":"Ignored paths","description":"Globs whose changes never count (docs, for example); they win over every other glob. The versions file is always ignored.","allOf":[{"$ref":"#/definitions/globList"}]},"detection":{"title":"Change detection","description":"paths: compare the image\'s files between its pinned tag and the head. command: ask compare-command for every pinned image.","enum":["paths","command"],"errorMessage":"must be paths or command"},"compare-command":{"title":"Compare command","description":"Optional content check, run without a shell as: <command> <image> <pinned-tag> <head-sha>, with IMAGE, PREFIX, PINNED_VERSION and HEAD_SHA in the environment. Exit 0 = same, 1 = changed, other = error for that image. A string is split into words like the compare-command input (\'...\' and \\"...\\" group words); a list is the argv as is. With detection: paths it runs only for images whose paths did not change.","anyOf":[{"type":"string","pattern":"\\\\S"},{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}],"errorMessage":"must be a command line or a non-empty list of words, e.g. [scripts/same-image.sh, --strict]"},"compare-timeout":{"title":"Compare timeout","description":"Seconds each compare-command run may take (above 0, at most 86400; default 600). On expiry its whole process group is killed and that image is reported as an error (its pin is left alone).","type":"number","exclusiveMinimum":0,"maximum":86400,"errorMessage":"must be a number of seconds above 0, at most 86400"},"on-missing-tag":{"title":"When a pinned tag is missing","description":"When an image\'s pinned tag exists neither locally nor on the remote: unpin (default), keep, or fail.","enum":["unpin","keep","fail"],"errorMessage":"must be unpin, keep or fail"},"vars-file":{"title":"Image list file","description":"The generated image list, relative to the repository root (default scripts/image_vars.src). Read as text, never executed.","allOf":[{"$ref":"#/definitions/repoPath"}]},"versions-file":{"title":"Versions file","description":"The pins file this action maintains, relative to the repository root (default scripts/image_versions.src).","allOf":[{"$ref":"#/definitions/repoPath"}]},"branch":{"title":"Main branch","description":"The branch to commit to. Default: for a release, its target branch (else the default branch); for a push or a manual run, the branch of the run.","type":"string","minLength":1,"errorMessage":"must be a branch name, e.g. main"}},"definitions":{"globString":{"title":"Globs as a string","description":"One glob, or several separated by commas outside {...}.","type":"string","pattern":"\\\\S","errorMessage":"must be a glob, e.g. app/**"},"globList":{"title":"A list of globs","description":"Picomatch globs relative to the repository root, dot files included.","type":"array","items":{"title":"Glob","description":"A picomatch glob relative to the repository root, e.g. libs/auth/**.","type":"string","minLength":1,"errorMessage":"must be a glob, e.g. libs/auth/**"},"errorMessage":"must be a list of globs, e.g. [build.gradle, gradle/**]"},"repoPath":{"title":"Repository path","description":"A path relative to the repository root.","type":"string","pattern":"^(?![/\\\\\\\\])(?!.*(^|[/\\\\\\\\])\\\\.\\\\.([/\\\\\\\\]|$))[^\\\\u0000-\\\\u001f\\\\u007f]+$","errorMessage":"must be a path relative to the repository root, e.g. scripts/image_versions.src"}}}');
// EXTERNAL MODULE: ./src/compare-command.ts
var compare_command = __webpack_require__(5052);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/files.ts
/** Reading and writing the repository's files safely: inside the repo, no symlinks, atomic writes. */




class FileError extends Error {
    name = 'FileError';
}
/**
 * Resolves a repository-relative path given by a user (an input or a flag). Refuses absolute
 * paths, `..` escapes, paths into `.git`, folders that are symlinks leading out of the repository
 * and control characters, so an input cannot reach outside the repository.
 */
function repoPath(root, rel, what) {
    // eslint-disable-next-line no-control-regex -- control characters are what is refused
    if (rel === '' || /[\0-\x1f\x7f]/.test(rel)) {
        throw new FileError(`${what} ${(0,src_escape/* escapeForMessage */.Gw)(rel)} is not a valid path`);
    }
    if (external_node_path_default().isAbsolute(rel) || /^[A-Za-z]:/.test(rel)) {
        throw new FileError(`${what} ${(0,src_escape/* escapeForMessage */.Gw)(rel)} must be a path relative to the repository root`);
    }
    const normal = external_node_path_default().posix.normalize(rel.replace(/\\/g, '/')).replace(/^\.\//, '');
    if (normal === '..' || normal.startsWith('../') || normal === '.' || normal.endsWith('/')) {
        throw new FileError(`${what} ${(0,src_escape/* escapeForMessage */.Gw)(rel)} points outside the repository or at a folder`);
    }
    if (normal.split('/').some((part) => part.toLowerCase() === '.git')) {
        throw new FileError(`${what} ${(0,src_escape/* escapeForMessage */.Gw)(rel)} is inside .git; point it at a file of the repository`);
    }
    const abs = external_node_path_default().join(root, normal);
    // A symlinked folder on the way could still lead outside the repository.
    let dir = external_node_path_default().dirname(abs);
    while (dir !== root && dir !== external_node_path_default().dirname(dir) && !(0,external_node_fs_.existsSync)(dir))
        dir = external_node_path_default().dirname(dir);
    if ((0,external_node_fs_.existsSync)(root) && (0,external_node_fs_.existsSync)(dir)) {
        const realRoot = (0,external_node_fs_.realpathSync)(root);
        const realDir = (0,external_node_fs_.realpathSync)(dir);
        if (realDir !== realRoot && !realDir.startsWith(realRoot + (external_node_path_default()).sep)) {
            throw new FileError(`${what} ${(0,src_escape/* escapeForMessage */.Gw)(rel)} leads outside the repository through a symbolic link`);
        }
    }
    return { abs, rel: normal };
}
/** Reads a text file; undefined when it does not exist. Refuses symlinks, folders and binaries. */
async function readText(abs, what) {
    let stat;
    try {
        stat = await external_node_fs_.promises.lstat(abs);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw new FileError(`${what} ${abs}: ${e.message}`);
    }
    if (stat.isSymbolicLink())
        throw new FileError(`${what} ${abs} is a symbolic link; point the input at the real file`);
    if (!stat.isFile())
        throw new FileError(`${what} ${abs} is not a regular file`);
    if (stat.size > 16 * 1024 * 1024)
        throw new FileError(`${what} ${abs} is ${stat.size} bytes; that is too large for this file`);
    const buf = await external_node_fs_.promises.readFile(abs);
    const text = buf.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(buf))
        throw new FileError(`${what} ${abs} is not valid UTF-8 text`);
    return text;
}
/**
 * Writes a file atomically: a temporary file in the same folder, flushed to disk, then a rename.
 * Keeps the mode of the file it replaces (whatever the umask).
 */
async function writeAtomic(abs, text) {
    const dir = path.dirname(abs);
    const unique = `${process.pid}.${Date.now()}.${randomBytes(4).toString('hex')}`;
    const tmp = path.join(dir, `.${path.basename(abs)}.${unique}.tmp`);
    let mode = 0o644;
    try {
        mode = (await fs.stat(abs)).mode & 0o777;
    }
    catch {
        // a new file
    }
    try {
        const handle = await fs.open(tmp, 'wx', mode);
        try {
            await handle.writeFile(text);
            await handle.chmod(mode);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await fs.rename(tmp, abs);
    }
    catch (e) {
        await fs.rm(tmp, { force: true });
        throw new FileError(`Could not write ${abs}: ${e.message}`);
    }
}

// EXTERNAL MODULE: ./src/glob-list.ts
var glob_list = __webpack_require__(5078);
// EXTERNAL MODULE: ./src/image-inputs.ts
var image_inputs = __webpack_require__(3594);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(8750);
;// CONCATENATED MODULE: ./src/yaml-lines.ts
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

;// CONCATENATED MODULE: ./src/config.ts
/**
 * The configuration file, `.github/vro-image-version.yml` by default: YAML, validated against
 * the JSON Schema shipped in schema/ (so editors can complete and check it), then by the same
 * checks the inputs get. Every error names the file, the line and the key, and what to do.
 */











/** Where the configuration file is looked for when no `config-file` input or `--config` is given. */
const DEFAULT_CONFIG_FILE = '.github/vro-image-version.yml';
/** Larger files are refused unread by YAML: a configuration is a few KB. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** More alias expansions are refused: a "billion laughs" file grows without bound. */
const MAX_ALIASES = 100;
/** A configuration file that cannot be used; `line` and `key` say where, when known. */
class ConfigError extends Error {
    line;
    key;
    name = 'ConfigError';
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
            if (!(e instanceof image_inputs/* PathsError */.Zh || e instanceof compare_command/* CommandError */.Qd))
                throw e;
            throw new ConfigError(e.message, lineOf(this.doc, this.lines, path), keyName(path));
        }
    }
}
/** The key path as messages write it: `paths.app`, `shared-paths[2]`. */
function keyName(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
let validator;
/** ajv's errors for a value (none when valid); the validator is compiled once. */
function schemaErrors(value) {
    // `errorMessage` is the editors' hint for a key; the messages below quote it too.
    validator ??= new ajv.Ajv({ allErrors: false, verbose: true, strict: true })
        .addVocabulary(['errorMessage'])
        .compile(vro_image_version_schema_namespaceObject);
    return validator(value) ? [] : (validator.errors ?? []);
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
            ? `duplicate key ${(0,src_escape/* escapeForMessage */.Gw)(keyAt(text, bad.pos[0]))}; each setting, and each image of paths, may appear once: merge the two`
            : bad.code === 'MULTIPLE_DOCS'
                ? 'a second YAML document (---); keep one document of settings'
                : `${(bad.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}; fix the YAML syntax`;
        throw new ConfigError(`${file} line ${line}: ${what}`, line);
    }
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
/** The key written at an offset: the rest of its line up to the colon. */
function keyAt(text, offset) {
    const line = text.slice(offset).split(/\r?\n/)[0] ?? '';
    return (line.split(/:(?:\s|$)/)[0] ?? '').trim();
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
        ? ` (it is ${(0,src_escape/* escapeForMessage */.Gw)(got)})`
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
const KNOWN = ['version', ...Object.values(src_settings/* SETTING_KEYS */.GS)];
/** An unknown key, with the key it most likely meant (sharedPaths -> shared-paths). */
function unknownKey(key) {
    const squash = (s) => s.toLowerCase().replace(/[-_]/g, '');
    const meant = KNOWN.find((k) => squash(k) === squash(key));
    return meant
        ? `unknown setting; did you mean ${meant}?`
        : `unknown setting; the settings are ${KNOWN.join(', ')}`;
}
/** The schema-valid values as Settings, after the checks the inputs get. */
function settingsOf(raw, loc) {
    const globs = (key) => {
        const list = raw[key]?.map((g) => g.trim());
        list?.forEach((g, i) => loc.guard([key, i], (where) => (0,image_inputs/* checkGlob */.pY)(g, where)));
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
        globs = (0,glob_list/* splitGlobs */.K)(all ? text.slice(1) : text).map((g) => all && !g.startsWith('+') ? `+${g}` : g);
        for (const g of globs)
            loc.guard(path, (where) => (0,image_inputs/* checkGlob */.pY)(g.replace(/^\+\s*/, ''), where));
    }
    else {
        globs = entry.map((g) => g.trim());
        globs.forEach((g, i) => loc.guard([...path, i], (where) => (0,image_inputs/* checkGlob */.pY)(g.replace(/^\+\s*/, ''), where)));
    }
    loc.guard(path, () => (0,image_inputs/* readPathsEntry */.D9)(keyName(path), globs, loc.where(path)));
    return globs;
}
function branchName(raw, loc) {
    const branch = raw.trim().replace(/^refs\/heads\//, '');
    if (!(0,src_refs/* isBranchName */.Q8)(branch)) {
        throw loc.error(['branch'], `${(0,src_escape/* escapeForMessage */.Gw)(raw)} is not a valid branch name; write the main branch's name, e.g. main`);
    }
    return branch;
}
/**
 * Reads the configuration file `file` (relative to the repository root `root`). Without
 * `file`, a missing default file means no configuration (undefined); a named file must exist.
 */
async function readConfig(root, file) {
    const rel = file ?? DEFAULT_CONFIG_FILE;
    let text;
    try {
        text = await readText(repoPath(root, rel, 'Configuration file').abs, 'Configuration file');
    }
    catch (e) {
        throw e instanceof FileError ? new ConfigError(e.message) : e;
    }
    if (text !== undefined)
        return parseConfig(text, rel);
    if (file === undefined)
        return undefined;
    throw new ConfigError(`Configuration file ${(0,src_escape/* escapeForMessage */.Gw)(rel)} does not exist; create it, or correct the config-file input (CLI: --config)`);
}

// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/outputs.ts
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
    if ((0,src_version/* isImageVersion */.c4)(version))
        return true;
    const [what, fix] = d.after === null
        ? [
            'the head commit',
            'The event names no commit sha for the head; run on push, release or workflow_dispatch.'
        ]
        : [`${d.prefix}_VER`, `Fix the ${d.prefix}_VER line of the versions file.`];
    warnings.push(`${d.image}: ${what} gives ${(0,src_escape/* escapeForMessage */.Gw)(version)}, which is not a release version or a short sha; ` +
        `left out of the versions and publish outputs. ${fix}`);
    return false;
}

;// CONCATENATED MODULE: ./src/checkout-state.ts
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
    const refs = (await git.output(['for-each-ref', '--format=%(refname)', src_refs/* PRIVATE_REFS */.ne]))
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
;// CONCATENATED MODULE: ./src/inputs/cache.ts
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

;// CONCATENATED MODULE: ./src/inputs/build-files.ts
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
    return BUILD_FILES.some((f) => tree.hasFile(dir === '' ? f : `${dir}/${f}`));
}

;// CONCATENATED MODULE: ./src/inputs/context/index.ts
const CONTEXT_READERS = [];
function wantsContext(path) {
    return CONTEXT_READERS.some((r) => r.wants(path));
}
function declaredBuilds(tree) {
    const builds = [];
    const warnings = [];
    for (const r of CONTEXT_READERS) {
        const found = r.builds(tree);
        builds.push(...found.builds);
        warnings.push(...found.warnings);
    }
    return { builds, warnings };
}

;// CONCATENATED MODULE: ./src/inputs/context/match.ts
function buildsFor(image, builds) {
    const names = new Set([image.name, image.prefix].map((n) => n.toLowerCase()));
    return builds.filter((b) => b.names.some((n) => names.has(n.toLowerCase())));
}

// EXTERNAL MODULE: ./src/glob.ts
var src_glob = __webpack_require__(5601);
;// CONCATENATED MODULE: ./src/inputs/gradle-lex.ts
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
    while (i < n) {
        const c = text[i];
        const next = text[i + 1];
        if (c === '/' && next === '/') {
            const e = text.indexOf('\n', i);
            const stop = e < 0 ? n : e;
            out.push(blank(text.slice(i, stop)));
            i = stop;
        }
        else if (c === '/' && next === '*') {
            const e = text.indexOf('*/', i + 2);
            const stop = e < 0 ? n : e + 2;
            out.push(blank(text.slice(i, stop)));
            i = stop;
        }
        else if (c === '"' || c === "'") {
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
            out.push(c);
            i++;
        }
    }
    const skeleton = out.join('');
    const lineStarts = [0];
    for (let k = 0; k < n; k++)
        if (text[k] === '\n')
            lineStarts.push(k + 1);
    const byStart = new Map(strings.map((s) => [s.start, s]));
    return {
        text,
        skeleton,
        strings,
        lineOf(offset) {
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
        },
        stringAt(pos) {
            let p = pos;
            while (p < n && /\s/.test(skeleton[p]))
                p++;
            return byStart.get(p);
        }
    };
}
/** The offset of the brace matching the `{` at `open` (or the end of the text). */
function matchBrace(skeleton, open) {
    let depth = 0;
    for (let i = open; i < skeleton.length; i++) {
        if (skeleton[i] === '{')
            depth++;
        else if (skeleton[i] === '}' && --depth === 0)
            return i;
    }
    return skeleton.length;
}
/**
 * The blocks named by `name` (a regex source, e.g. `dependencies` or `subprojects|allprojects`),
 * with an optional parenthesised argument before the brace (`configure(subprojects) {`).
 * Only blocks within [from, to) are returned.
 */
function blocks(lx, name, from = 0, to = lx.skeleton.length) {
    const re = new RegExp(`(?<![\\w.])(?:${name})\\s*(?:\\([^(){}]*(?:\\([^(){}]*\\)[^(){}]*)*\\))?\\s*\\{`, 'g');
    re.lastIndex = from;
    const found = [];
    let m;
    while ((m = re.exec(lx.skeleton)) !== null && m.index < to) {
        const open = m.index + m[0].length - 1;
        const close = matchBrace(lx.skeleton, open);
        found.push({ header: m.index, start: open + 1, end: Math.min(close, to) });
    }
    return found;
}
/** Whether `pos` lies inside one of `bs`. */
function inside(bs, pos) {
    return bs.some((b) => pos >= b.start && pos < b.end);
}
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
/** The folder of a repository path ('' for a top-level file). */
function dirOf(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? '' : path.slice(0, i);
}

;// CONCATENATED MODULE: ./src/inputs/dockerfile.ts
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
        let buf = first;
        i++;
        while (continues(buf) && i < lines.length) {
            buf = buf.trimEnd().slice(0, -escape.length);
            // Comment and empty lines inside a continued instruction are dropped.
            while (i < lines.length &&
                (isComment(lines[i]) || lines[i].trim() === ''))
                i++;
            if (i < lines.length)
                buf += ` ${lines[i]}`;
            i++;
        }
        if (continues(buf))
            buf = buf.trimEnd().slice(0, -escape.length);
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
function usesVariable(word, escape = '\\') {
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

;// CONCATENATED MODULE: ./src/inputs/dockerignore.ts
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
/** The regex of a Go `filepath.Match` pattern extended with `**` (as moby's patternmatcher). */
function patternRegex(pattern) {
    let re = '';
    for (let k = 0; k < pattern.length; k++) {
        const c = pattern[k];
        if (c === '*') {
            if (pattern[k + 1] === '*') {
                k++;
                if (pattern[k + 1] === '/')
                    k++;
                re += k + 1 >= pattern.length ? '.*' : '(?:.*/)?';
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else if (c === '\\' && k + 1 < pattern.length)
            re += `\\${pattern[++k]}`;
        else if (c === '[') {
            // A ] right after [ or [^ is a member, as in Go (JavaScript reads [] as an empty class).
            const first = pattern[k + 1] === '^' ? k + 2 : k + 1;
            const end = pattern.indexOf(']', first + 1);
            if (end < 0)
                re += '\\[';
            else {
                const body = pattern
                    .slice(k + 1, end)
                    .replace(/\\/g, '\\\\')
                    .replace(/\]/g, '\\]');
                re += `[${body.startsWith('^') ? `^/${body.slice(1)}` : body}]`;
                k = end;
            }
        }
        else
            re += c.replace(/[.+^${}()|\]\\/]/g, '\\$&');
    }
    try {
        return new RegExp(`^${re}$`);
    }
    catch {
        // A malformed class: match the pattern literally, as a plain path.
        return new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    }
}
/** Whether a context-relative path is ignored: the last rule matching it or a parent wins. */
function isIgnored(path, rules) {
    const segs = path.split('/');
    const prefixes = segs.map((_s, k) => segs.slice(0, k + 1).join('/'));
    let ignored = false;
    for (const r of rules) {
        if (r.negate !== ignored)
            continue;
        const re = r.pattern === '.' ? /^.*$/ : patternRegex(r.pattern);
        if (prefixes.some((p) => re.test(p)))
            ignored = !r.negate;
    }
    return ignored;
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
    return filesUnder(context)
        .filter((f) => isIgnored(f.slice(prefix.length), rules))
        .map(escapeGlob);
}

;// CONCATENATED MODULE: ./src/inputs/collect.ts
class InputList {
    provider;
    byKey = new Map();
    constructor(provider) {
        this.provider = provider;
    }
    /** Adds an input unless the same kind and path is already there. */
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
    /** The inputs in the order they were added. */
    get all() {
        return [...this.byKey.values()];
    }
}

;// CONCATENATED MODULE: ./src/inputs/links.ts
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

;// CONCATENATED MODULE: ./src/inputs/docker.ts
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






const NAMES = ['Dockerfile', 'Containerfile', 'src/docker/Dockerfile'];
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
    return /^(?:Dockerfile|Containerfile)(?:\..+)?$|\.(?:Dockerfile|Containerfile)$|\.dockerignore$/.test(base);
}
/** The Dockerfile of a build root, if any. */
function dockerfileOf(folder, tree) {
    return NAMES.map((n) => (folder === '' ? n : `${folder}/${n}`)).find((f) => tree.hasFile(f));
}
const isGlob = (rel) => /[*?[]/.test(rel);
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
    const fixed = rel.split('/').findIndex(isGlob);
    const base = joinPath(context, rel.split('/').slice(0, fixed).join('/')) ?? context;
    const test = (0,src_glob/* compileGlob */.SO)(`${glob}/**`);
    const self = (0,src_glob/* compileGlob */.SO)(glob);
    return tree.filesUnder(base).some((f) => self(f) || test(f));
}
/** The context of a Dockerfile that no build declares, and how it was found. */
function inferContext(file, sources, tree) {
    const own = dirOf(file);
    const literal = sources.filter((s) => !s.variable && s.rel !== undefined);
    if (literal.length === 0)
        return { context: own, how: `the Dockerfile's folder; no COPY source names a path` };
    let best = { context: own, count: -1 };
    for (let dir = own; dir !== undefined; dir = dir === '' ? undefined : dirOf(dir)) {
        const count = literal.filter((s) => resolves(dir, s.rel, tree)).length;
        if (count === literal.length) {
            const where = dir === '' ? 'the repository root' : `${dir}/`;
            return {
                context: dir,
                how: dir === own
                    ? `the Dockerfile's folder, where every COPY source is`
                    : `inferred: every COPY source exists under ${where}`
            };
        }
        if (count > best.count)
            best = { context: dir, count };
    }
    const where = best.context === '' ? 'the repository root' : `${best.context}/`;
    return {
        context: best.context,
        how: `inferred: ${best.count} of ${literal.length} COPY sources exist under ${where}, more than under any other folder above the Dockerfile`
    };
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
        const kv = new Map(v.split(',').map((p) => [p.split('=')[0] ?? '', p.split('=').slice(1).join('=')]));
        if ((kv.get('type') ?? 'bind') === 'bind' && !kv.has('from'))
            out.push(source(kv.get('source') ?? kv.get('src') ?? '.', 'RUN --mount'));
    }
    return out;
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
    const { context, how } = known !== undefined
        ? { context: known, how: build.how ?? 'declared' }
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
        const at = `${s.what} ${s.src} in ${file} line ${s.line}`;
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
                file,
                line: s.line
            });
            continue;
        }
        const inCtx = joinPath(context, s.rel) ?? context;
        if (isGlob(s.rel))
            add('glob', `${context === '' ? '' : `${escapeGlob(context)}/`}${goGlob(s.rel)}/**`, at, s.line, excludes);
        else
            add(tree.hasFile(inCtx) ? 'file' : 'dir', inCtx, at, s.line, excludes);
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
    // A staged context: the sources are the build's outputs, made from the whole project folder.
    const r = dockerfileInputs(file, tree, {
        context: dirOf(file),
        how: 'a folder staged by the Gradle build from the project folder',
        root: folder
    });
    const staged = {
        kind: 'dir',
        path: folder,
        from: {
            provider: 'docker',
            file,
            why: `build context of ${file}, staged by the build from the project folder`
        }
    };
    return {
        ...r,
        inputs: [r.inputs[0], staged],
        warnings: [],
        unresolved: [],
        ...(r.builds ? { builds: r.builds } : {})
    };
}
/** The Dockerfile provider. */
const dockerProvider = {
    name: 'docker',
    wants: wantsDocker,
    inputsOf: (_image, root, tree, declared) => dockerInputs(root.folder, tree, declared)
};

;// CONCATENATED MODULE: ./src/inputs/folder.ts
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

;// CONCATENATED MODULE: ./src/inputs/gradle-script.ts
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
    return value.replace(/\$\{[^}]*\}|\$[A-Za-z_][\w.]*/g, '*');
}
function readPlugins(lx, within, dynamic) {
    const sk = lx.skeleton;
    const found = [];
    for (const b of blocks(lx, 'plugins')) {
        if (!within(b.start))
            continue;
        const body = sk.slice(b.start, b.end);
        for (const m of body.matchAll(/(?<![\w.])id\s*\(?/g)) {
            const s = lx.stringAt(b.start + m.index + m[0].length);
            if (!s || s.dynamic)
                continue;
            const rest = sk.slice(s.end, sk.indexOf('\n', s.end) < 0 ? sk.length : sk.indexOf('\n', s.end));
            if (/(?<![\w.])apply\s*\(?\s*false/.test(rest))
                continue;
            found.push({
                id: s.value,
                line: lx.lineOf(s.start),
                external: /(?<![\w.])version\b/.test(rest)
            });
        }
    }
    const applyRe = /(?<![\w.])(?:apply\s*\(?\s*plugin\s*[:=]|(?:project\.)?(?:pluginManager|plugins)\.apply\s*\()\s*/g;
    for (const m of sk.matchAll(applyRe)) {
        if (!within(m.index))
            continue;
        const s = lx.stringAt(m.index + m[0].length);
        const line = lx.lineOf(m.index);
        if (s && !s.dynamic)
            found.push({ id: s.value, line, external: false });
        // A class (`apply plugin: JavaPlugin`) is core or compiled in buildSrc (counted whole).
        else if (!/^\s*[A-Z][\w.]*(?:::class(?:\.java)?)?\s*\)?\s*$/m.test(sk.slice(m.index + m[0].length).split('\n')[0] ?? ''))
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
function readImageNames(lx) {
    const sk = lx.skeleton;
    const out = [];
    const add = (pos) => {
        const s = lx.stringAt(pos);
        if (s)
            out.push({ template: s.value, line: lx.lineOf(s.start) });
    };
    for (const b of blocks(lx, 'docker')) {
        for (const m of sk.slice(b.start, b.end).matchAll(/(?<![\w.])name\s*(?:=|\(|\.set\s*\()?\s*/g))
            add(b.start + m.index + m[0].length);
    }
    for (const m of sk.matchAll(/(?<![\w])(?:imageName|image|jib\.to\.image)\s*(?:=|\(|\.set\s*\()?\s*(?=['"])/g))
        add(m.index + m[0].length);
    return out;
}
/**
 * Reads a script. With `scope` = `children`, only what an ancestor script declares for its
 * descendants counts (inside `subprojects {}`, `allprojects {}`, `configure(...) {}`).
 */
function readScript(text, scope = 'self') {
    const lx = lex(text);
    const dynamic = [];
    const scoped = scope === 'children' ? blocks(lx, 'subprojects|allprojects|configure') : [];
    const within = (pos) => scope === 'self' || inside(scoped, pos);
    if (scope === 'children') {
        for (const b of blocks(lx, 'configure'))
            if (/(?<![\w.])(?:project|findProject|projects)\b/.test(lx.skeleton.slice(b.start, b.end)))
                dynamic.push(`line ${lx.lineOf(b.header)}: configure(...) targets are not evaluated; its project dependencies count for every descendant`);
    }
    const applyFrom = [];
    for (const m of lx.skeleton.matchAll(/(?<![\w.])apply\s*\(?\s*from\s*[:=]\s*/g)) {
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
    for (const b of blocks(lx, 'gradlePlugin')) {
        for (const m of lx.skeleton.slice(b.start, b.end).matchAll(/(?<![\w.])id\s*(?:=|\()?\s*/g)) {
            const s = lx.stringAt(b.start + m.index + m[0].length);
            if (s && !s.dynamic)
                binaryPlugins.push({ id: s.value, line: lx.lineOf(s.start) });
        }
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
        imageNames: readImageNames(lx),
        binaryPlugins,
        dynamic
    };
}
/** The camelCase accessor of a project path: `:shared:persistence-model` -> `shared.persistenceModel`. */
function accessorOf(path) {
    return path
        .split(':')
        .filter((s) => s !== '')
        .map((s) => s.replace(/[-_]+([A-Za-z0-9])/g, (_m, c) => c.toUpperCase()))
        .join('.');
}
/**
 * Evaluates an image name template such as `${dockerRegistry}/${rootProject.name}-${project.name}`
 * to a regex: known names are substituted, unknown ones match anything within a path segment.
 */
function imageNamePattern(template, resolve) {
    const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A tag (`:1.0`, `:${version}`) in the last segment is not part of the name.
    const name = template.replace(/:[^/:]*$/, '');
    let re = '';
    let last = 0;
    for (const m of name.matchAll(/\$\{\s*([^}]*?)\s*\}|\$([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*)/g)) {
        re += esc(name.slice(last, m.index));
        const v = resolve((m[1] ?? m[2] ?? '').replace(/^project\./, ''));
        re += v === undefined ? '[^/]*' : esc(v);
        last = m.index + m[0].length;
    }
    re += esc(name.slice(last));
    return new RegExp(`^${re}(?::[^/]*)?$`);
}

;// CONCATENATED MODULE: ./src/inputs/gradle-plugins.ts
/**
 * Convention plugins of a Gradle repository: which script (or binary plugin build) provides a
 * plugin id, and the transitive closure of the plugins a script applies. Plugin ids with no
 * provider in the tree are core or external plugins and are ignored quietly.
 */


const SCRIPT_DIRS = ['src/main/groovy/', 'src/main/kotlin/'];
const BUILD_SCRIPTS = ['build.gradle', 'build.gradle.kts'];
/** The build script of a folder (`build.gradle` before `build.gradle.kts`), if any. */
function buildScriptOf(dir, tree) {
    return BUILD_SCRIPTS.map((f) => (dir === '' ? f : `${dir}/${f}`)).find((f) => tree.hasFile(f));
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
            const m = /([^/]+)\.gradle(\.kts)?$/.exec(rel);
            if (!m)
                continue;
            const name = m[1];
            add({ id: name, build, kind: 'script', file: f, line: 1 });
            // A Kotlin precompiled plugin in a package gets the package-qualified id.
            const pkg = m[2] ? /^\s*package\s+([\w.]+)/m.exec(tree.read(f) ?? '') : null;
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
            const def = p.external ? undefined : index.get(p.id);
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
            else
                warnings.push(`${def.file} (plugin ${def.id}) was not read`);
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

;// CONCATENATED MODULE: ./src/inputs/gradle-roots.ts
/**
 * Finding an image's Gradle project: by project name, or by the docker image name its build
 * (its own script or a convention plugin) sets.
 */



/** The key/value pairs of a `gradle.properties` text (continuation lines joined). */
function readProperties(text) {
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
            for (const [k, v] of readProperties(text))
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
        .filter((n) => n.template.replace(/\$\{[^}]*\}|\$[\w.]+/g, '').length > 0 || /\bname\b/.test(n.template))
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

;// CONCATENATED MODULE: ./src/inputs/gradle-settings.ts
/**
 * Gradle settings, read as text: the projects of the build, where they live, and the included
 * builds (which provide convention plugins). Never runs Gradle; what is too dynamic to read is
 * reported in `warnings`.
 */

// The build root lookup lives beside the settings reader; re-exported for one import site.

const SETTINGS = ['settings.gradle', 'settings.gradle.kts'];
/** The settings file of the build in `dir`, if any. */
function settingsFileOf(dir, tree) {
    return SETTINGS.map((f) => (dir === '' ? f : `${dir}/${f}`)).find((f) => tree.hasFile(f));
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
/** Parses one settings file of the build in `base`; `projects` are filtered to existing folders. */
function parseSettings(text, file, tree) {
    const base = dirOf(file);
    const lx = lex(text);
    const sk = lx.skeleton;
    const warnings = [];
    const at = (pos) => `${file} line ${lx.lineOf(pos)}`;
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
            warnings.push(`${at(m.index)}: include with a computed argument is too dynamic to read; the projects it adds are not known`);
    }
    const dirs = new Map();
    const pdRe = /(?<![\w.])(?:project|findProject)\s*\(\s*(['"])[^'"]*\1\s*\)\s*[?!]*\s*\.projectDir\s*=\s*/g;
    for (const m of sk.matchAll(pdRe)) {
        const name = lx.stringAt(m.index + m[0].indexOf('(') + 1);
        const rhs = sk.slice(m.index + m[0].length, m.index + m[0].length + 200);
        const call = /^(?:file\s*\(|(?:new\s+)?File\s*\(\s*(?:settingsDir|rootDir|rootProject\.projectDir)\s*,|(?:settingsDir|rootDir)\.resolve\s*\()/.exec(rhs);
        const value = call ? lx.stringAt(m.index + m[0].length + call[0].length) : undefined;
        const dir = value && !value.dynamic ? joinPath(base, value.value) : undefined;
        if (!name || name.dynamic || dir === undefined) {
            warnings.push(`${at(m.index)}: a projectDir that is not a literal path is too dynamic to read; that project keeps its default folder`);
            continue;
        }
        dirs.set(normPath(name.value), dir);
    }
    if (/(?<![\w.])(?:rootProject\.children|allprojects|getProjects|children)\b[^\n]*projectDir\s*=/.test(sk))
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
        const s = lx.stringAt(m.index + m[0].length + (sk.slice(m.index + m[0].length).match(/^\s*\(/)?.[0].length ?? 0));
        const dir = s && !s.dynamic ? joinPath(base, s.value) : undefined;
        if (dir === undefined) {
            warnings.push(`${at(m.index)}: includeBuild with a computed path is too dynamic to read; plugins it provides are not found`);
            continue;
        }
        if (!builds.some((b) => b.dir === dir))
            builds.push({ dir, file, line: lx.lineOf(m.index) });
    }
    const rootName = /(?<![\w.])rootProject\.name\s*=\s*/.exec(sk);
    const rn = rootName ? lx.stringAt(rootName.index + rootName[0].length) : undefined;
    return { rootProjectName: rn && !rn.dynamic ? rn.value : undefined, projects, builds, warnings };
}
const gradle_settings_cache = new WeakMap();
/** The projects and included builds of the repository's root Gradle build (memoised per tree). */
function gradleProjects(tree) {
    const hit = gradle_settings_cache.get(tree);
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
    gradle_settings_cache.set(tree, result);
    return result;
}

;// CONCATENATED MODULE: ./src/inputs/gradle.ts
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
const DIR_BUILD_FILES = ['build.gradle', 'build.gradle.kts', 'gradle.properties'];
const BUILD_OWN_FILES = [...DIR_BUILD_FILES, 'settings.gradle', 'settings.gradle.kts'];
/** Whether the Gradle provider reads `path` (settings, build scripts, plugin scripts, properties, catalogs). */
function wantsGradle(path) {
    // By the last name, without a regex: this runs for every file of the tree.
    const base = path.slice(path.lastIndexOf('/') + 1);
    return ((base.length > 7 && base.endsWith('.gradle')) ||
        (base.length > 11 && base.endsWith('.gradle.kts')) ||
        base === 'gradle.properties' ||
        base.endsWith('.versions.toml'));
}
const at = (dir, file) => (dir === '' ? file : `${dir}/${file}`);
const isDockerfile = (path) => /^(?:Dockerfile|Containerfile)(?:[.-]|$)|\.(?:Dockerfile|Containerfile)$/.test(path.slice(path.lastIndexOf('/') + 1));
/** A literal as a path: `${rootDir}/x`, `/x`, `./x` -> `x`; interpolations become wildcards. */
function literalRegex(value) {
    const v = value
        .replace(/^\$\{?(?:project\.)?(?:rootDir|rootProject\.projectDir|rootProject\.rootDir)\}?\//, '')
        .replace(/^\.?\//, '');
    if (v === '' || /\s/.test(v) || !/[\w]/.test(v.replace(/\$\{[^}]*\}|\$\w+/g, '')))
        return undefined;
    const src = v
        .split(/(\$\{[^}]*\}|\$[A-Za-z_]\w*)/)
        .map((part, i) => (i % 2 === 1 ? '[^/]*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
    // A literal names a file by its path, or by a path suffix on a segment boundary.
    return new RegExp(`(?:^|/)${src}$`);
}
/** The inputs of the Gradle project at `root.folder`. */
function gradleInputs(folder, tree) {
    const settings = gradleProjects(tree);
    const project = settings.projects.find((p) => p.dir === folder);
    if (!project)
        return { inputs: [], warnings: [], claimed: false };
    const list = new InputList('gradle');
    const warnings = [...settings.warnings];
    const add = (kind, path, why, file, line, excludes) => list.add(kind, path, { why, ...(file !== undefined ? { file } : {}), ...(line !== undefined ? { line } : {}) }, excludes);
    const facts = (script, scope = 'self') => {
        const text = script === undefined ? undefined : tree.read(script);
        if (script !== undefined && text === undefined)
            warnings.push(`${script} was not read`);
        return text === undefined ? undefined : readScript(text, scope);
    };
    const scripts = new Map();
    const seen = new Set([project.path]);
    const queue = [
        { p: project, why: `Gradle project ${project.path}`, file: project.file, line: project.line }
    ];
    const targets = (d) => {
        if (d.path !== undefined)
            return settings.projects.filter((p) => p.path === d.path);
        if (d.accessor !== undefined)
            return settings.projects.filter((p) => accessorOf(p.path) === d.accessor);
        const re = new RegExp(`^${(d.pattern ?? '*').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
        return settings.projects.filter((p) => re.test(p.path));
    };
    while (queue.length > 0) {
        const { p, why, file, line } = queue.shift();
        add('dir', p.dir, why, file, line);
        const script = buildScriptOf(p.dir, tree);
        const own = facts(script);
        const declared = [];
        if (script !== undefined && own) {
            declared.push([script, own]);
            scripts.set(script, own);
            for (const d of own.dynamic)
                warnings.push(`${script} ${d}`);
        }
        for (const dir of ancestorDirs(p, settings)) {
            if (dir !== '')
                for (const f of DIR_BUILD_FILES)
                    add('file', at(dir, f), `build file of an ancestor project of ${p.path}`);
            const a = buildScriptOf(dir, tree);
            const af = facts(a, 'children');
            if (a === undefined || !af)
                continue;
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
                    warnings.push(`${f} line ${d.line}: ${d.path} is not a project of ${settings.file ?? 'the settings'}`);
                for (const t of ts) {
                    if (seen.has(t.path))
                        continue;
                    seen.add(t.path);
                    queue.push({ p: t, why: `${p.name} depends on ${t.path} in ${f}`, file: f, line: d.line });
                }
            }
        }
    }
    for (const f of ROOT_FILES)
        add('file', f, 'root build file');
    add('dir', 'gradle', 'root build file', undefined, undefined, ['gradle/**/*.log']);
    add('dir', 'buildSrc', 'root build file', undefined, undefined, [
        'buildSrc/build/**',
        'buildSrc/.gradle/**'
    ]);
    const index = pluginIndex(settings.includedBuilds.map((b) => b.dir), tree);
    const closure = pluginClosure(scripts, index, tree);
    warnings.push(...closure.warnings);
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
    // Files the scripts name: resources of the plugin builds, or repository paths.
    const pluginOf = new Map(closure.applied.map((a) => [a.def.file, a.def.id]));
    const named = [...scripts, ...closure.facts].flatMap(([file, f]) => f.literals.flatMap((l) => {
        const re = literalRegex(l.value);
        return re ? [{ re, file, line: l.line, value: l.value }] : [];
    }));
    // A shared Dockerfile is a fallback when the scripts also name the project's own one, which exists.
    const ownDockerfile = named.some((n) => {
        const own = `${project.dir}/${n.value.replace(/^\.?\//, '')}`;
        return isDockerfile(own) && !n.value.includes('$') && tree.hasFile(own);
    });
    const candidates = [...usedBuilds.keys()].flatMap((b) => tree.filesUnder(`${b}/src/main/resources`));
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
    return { inputs: list.all, warnings: [...new Set(warnings)], claimed: true };
}
/** The Gradle provider. */
const gradleProvider = {
    name: 'gradle',
    wants: wantsGradle,
    inputsOf: (_image, root, tree) => gradleInputs(root.folder, tree)
};

;// CONCATENATED MODULE: ./src/inputs/tree.ts
/** A SourceTree over a sorted file listing and the texts of the build files that were read. */

function lowerBound(files, key) {
    let lo = 0;
    let hi = files.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (files[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
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
    const range = (dir) => {
        if (dir === '')
            return [0, sorted.length];
        const prefix = `${dir}/`;
        const start = lowerBound(sorted, prefix);
        // Every path that starts with `dir/` sorts before `dir0` ('/' + 1 === '0').
        return [start, lowerBound(sorted, `${dir}0`)];
    };
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
/**
 * A tree from path -> text, for tests and fixtures: every entry is a file, every text is read;
 * `links` are symbolic links, path -> target as written.
 */
function treeOf(entries, links = {}) {
    return makeTree([...Object.keys(entries), ...Object.keys(links)], new Map(Object.entries(entries)), new Map(Object.entries(links)));
}

;// CONCATENATED MODULE: ./src/inputs/index.ts









/** The providers, in the order their inputs are listed. A new build system is one more here. */
const PROVIDERS = [gradleProvider, dockerProvider];
/** The settings of resolveInputs with the default providers. */
function inputSettings(paths, sharedPaths) {
    return {
        ...(paths ? { paths } : {}),
        ...(sharedPaths ? { sharedPaths } : {}),
        providers: PROVIDERS,
        fallback: folderProvider,
        gradleRoots: findBuildRootByGradle,
        isBuildRoot: isBuildRootCandidate,
        contexts: { declared: declaredBuilds, match: buildsFor }
    };
}
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

;// CONCATENATED MODULE: ./src/inputs/match.ts
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
            set = new image_inputs/* GlobSet */.H7(globs, 'inputs');
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
        const hits = new Map();
        for (const input of inputs) {
            const found = this.indices(input, files);
            if (found.length === 0)
                continue;
            const out = input.excludes?.length ? this.globSet(input.excludes) : undefined;
            for (const i of found) {
                if (hits.has(i) || (out && out.matches(files.at(i))))
                    continue;
                hits.set(i, input);
            }
        }
        return [...hits].sort((a, b) => a[0] - b[0]).map(([index, input]) => ({ index, input }));
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

;// CONCATENATED MODULE: ./src/explain.ts

/** How many changed files an ImageChange keeps in `files`. */
const MAX_FILES = 10;
/** The input that "any change counts" matches every file through. */
const ANY = { kind: 'dir', path: '', from: { provider: 'any', why: '' } };
/** Every changed file, for an image whose inputs are "any change". */
const everyFile = (files) => Array.from({ length: files.length }, (_, index) => ({ index, input: ANY }));
/** True when `path` is below the folder `dir`. */
const under = (path, dir) => path.startsWith(`${dir}/`);
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

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/inputs/pathspecs.ts
/**
 * Git pathspecs that limit a tag's diff to what can matter for the images pinned to it (pure).
 *
 * The pathspecs are a superset of what the in-process matcher (inputs/match.ts, picomatch
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

;// CONCATENATED MODULE: ./src/inputs/declared.ts


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
    // An unresolved Dockerfile name leaves `dockerfile` undefined; the reason is in `unresolved`.
    if (b.dockerfile === undefined && b.unresolved.length > 0)
        return own;
    const file = b.dockerfile ?? (b.context === '' ? 'Dockerfile' : `${b.context}/Dockerfile`);
    const r = dockerfileInputs(file, tree, { context: b.context, how: b.what, root: fallbackScope });
    return {
        ...r,
        inputs: [...own.inputs, ...r.inputs],
        unresolved: [...unresolved, ...(r.unresolved ?? [])]
    };
}

;// CONCATENATED MODULE: ./src/inputs/sound.ts
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
/**
 * The targets of the symbolic links among an image's inputs: a build that reads a link reads
 * its target, so the target counts too (followed again if it holds links itself). A link that
 * leads outside the repository, or loops, is unresolved (widened to `scope`).
 */
function linkTargets(inputs, tree, scope) {
    const added = [];
    const unresolved = [];
    if (tree.links.length === 0)
        return { inputs: added, unresolved };
    const links = new image_inputs/* ChangedFiles */.Kt(tree.links, () => false);
    const matcher = new InputMatcher();
    const done = new Set();
    let todo = matcher.match(inputs, links);
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

;// CONCATENATED MODULE: ./src/inputs/resolve.ts



/** Folders of the tree whose last name is in `names`: name -> folders, in tree order. */
function foldersNamed(tree, names) {
    const found = (0,image_inputs/* foldersNamedIn */.GI)(tree.files, names);
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
/** The `paths` entry of an image: the globs keyed by its name and by its prefix, merged. */
function pathsEntryOf(image, paths) {
    const globs = [
        ...(paths?.get(image.name) ?? []),
        ...(image.prefix !== image.name ? (paths?.get(image.prefix) ?? []) : [])
    ];
    return globs.length > 0 ? (0,image_inputs/* readPathsEntry */.D9)(image.name, globs) : undefined;
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
    for (const root of roots) {
        let claimed = false;
        for (const provider of settings.providers) {
            const r = provider.inputsOf(image, root, tree, dockerfiles);
            if (!r.claimed)
                continue;
            claimed = true;
            take(r);
        }
        if (!claimed)
            inputs.push(...settings.fallback.inputsOf(image, root, tree).inputs);
    }
    return { inputs, warnings, baseImages, unresolved, builds };
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

;// CONCATENATED MODULE: ./src/renames.ts
/**
 * A build root that was not in the tag's tree: new, or renamed from another folder? A folder
 * moved with identical content is not a change; one moved and edited counts only the files
 * that differ. One `cat-file --batch-check` for all roots (changes.ts asks only about roots that
 * the diff does not already show were at the tag), another when some moved, and one tree diff
 * per moved root whose content changed.
 */

const renames_under = (path, dir) => path.startsWith(`${dir}/`);
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
            .filter((d) => d !== q.root && !renames_under(d, q.root) && !renames_under(q.root, d));
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

;// CONCATENATED MODULE: ./src/tag-groups.ts
/**
 * The pure side of change detection (no git): the pinned images to compare, grouped by tag and
 * by tag commit, and each group's images answered from its changed files. Each image's changed
 * inputs are matched (inputs/match.ts) and explained (explain.ts), with the special cases: a
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
            warnings.push(`paths: ${(0,src_escape/* escapeForMessage */.Gw)(key)} is not an image of the image list; its entry is unused`);
        }
    }
    const targets = [];
    const answers = new Map();
    for (const [prefix, tag] of pins) {
        const image = byPrefix.get(prefix) ?? { name: prefix, prefix };
        if ((0,src_version/* tryParseRelease */._7)(tag))
            targets.push({ image, tag });
        else
            answers.set(prefix, {
                changed: null,
                reason: `pinned to ${(0,src_escape/* escapeForMessage */.Gw)(tag)}, which is not a release tag; cannot compare`,
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
function matchGroup(g, d, inputs, matcher) {
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
        const hits = ins.any !== undefined ? everyFile(files) : matcher.match(ins.inputs, files);
        const root = ins.roots.find((r) => hits.some((h) => under(files.at(h.index), r.folder)));
        if (!root) {
            answers.push({ prefix: t.image.prefix, change: answerFromHits(hits, files, t.tag, ins), t });
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

;// CONCATENATED MODULE: ./src/tag-commits.ts
/**
 * The commits that change detection compares: the head and each pinned tag, looked up in the
 * checkout with one `git cat-file --batch-check`, and fetched alone, at depth 1 and without
 * blobs, when a shallow checkout lacks them. A tag that cannot be had is a "trouble" that the
 * on-missing-tag policy answers.
 */



class DetectError extends Error {
    name = 'DetectError';
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
        ...tags.map((t) => `${(0,src_refs/* privateTagRef */.Xx)(t)}^{commit}`)
    ];
    const tagInfo = (infos, i) => infos[i + 1] ?? infos[i + 1 + tags.length];
    let infos = await git.lookup(specs);
    const missing = tags.filter((_, i) => tagInfo(infos, i) === undefined);
    const headMissing = infos[0] === undefined;
    const troubles = new Map();
    if (missing.length > 0 || headMissing) {
        if (headMissing && !src_refs/* OID */.Vx.test(head)) {
            throw new DetectError(`The head ${(0,src_escape/* escapeForMessage */.Gw)(head)} is not a commit of the checkout in ${git.cwd}; ` +
                `check out the branch (actions/checkout) or pass a full commit sha`);
        }
        if (infos[0] !== undefined)
            beforeFetch?.(infos[0].oid);
        const fetched = await fetchRefs(git, remote, warnings, [
            ...missing.map((t) => ({ key: t, refspec: `+refs/tags/${t}:${(0,src_refs/* privateTagRef */.Xx)(t)}` })),
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
    const state = { filter: shallow, refused: false };
    const fetchGroup = async (group) => {
        let pending = [...group];
        while (pending.length > 0) {
            const result = await git.fetch(pending.map((p) => p.refspec), { remote, depth: shallow, filter: state.filter, noFilter: state.refused });
            if (result.code === 0)
                return;
            const kind = classifyFetchFailure(result.stderr);
            if (kind === 'filter' && state.filter) {
                state.filter = false;
                state.refused = true;
                warnings.push(`${remote} refused --filter=blob:none; fetching tags with their blobs`);
                continue;
            }
            if (kind === 'no-remote') {
                for (const p of pending)
                    troubles.set(p.key, {
                        kind: 'not-found',
                        detail: `there is no remote ${remote} to fetch it from`
                    });
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

;// CONCATENATED MODULE: ./src/changes.ts
/**
 * Change detection: did an image's inputs change between its pinned tag and a head commit?
 *
 * A pipeline, top to bottom:
 * 1. resolve the head and the pinned tags to commits, fetching what a shallow checkout lacks
 *    (tag-commits.ts);
 * 2. list the head tree and read its build files (one `ls-tree`, parsed as it streams, one
 *    `cat-file --batch`), while missing tags are fetched;
 * 3. derive the images' inputs from how they are built (inputs/resolve.ts, pure), a tag's images
 *    at a time, and run one `git diff --name-status` per distinct tag commit (two-dot, no merge
 *    base, no history) as soon as its images' inputs are known, limited by pathspecs to those
 *    inputs (inputs/pathspecs.ts; the whole tree for a tag where one of them counts any change,
 *    or whose inputs need more pathspecs than a limited diff is worth);
 * 4. match each tag's changed files to the inputs of the images pinned to it (tag-groups.ts and
 *    inputs/match.ts, pure), with the special cases named below: a build root renamed since the
 *    tag (renames.ts asks git), a folder deleted since the tag, a tag that cannot be found;
 * 5. explain: every answer names the first files and why each counts.
 */















const PARALLEL = Math.max(1, Math.min(4, (0,external_node_os_.availableParallelism)()));
class Detection_ {
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
        this.ignore = new image_inputs/* GlobSet */.H7(opts.ignorePaths ?? [], 'ignore-paths');
        this.versionsFile = opts.versionsFile.replace(/^(?:\.\/)+/, '');
    }
    isIgnored = (path) => path === this.versionsFile || this.ignore.matches(path);
    /**
     * The changed files between a commit and the head that may count for some image: the whole
     * diff, or the part the pathspecs let through (in chunks that stay within ARG_MAX).
     */
    async diff(commit, specs) {
        const none = () => false;
        if (commit === this.headOid || specs?.length === 0) {
            return { files: new image_inputs/* ChangedFiles */.Kt([], this.isIgnored), before: new image_inputs/* ChangedFiles */.Kt([], none) };
        }
        const chunks = specs === undefined ? [undefined] : chunkPathspecs(specs);
        const paths = [];
        const before = [];
        for (const chunk of chunks) {
            const d = await this.git.diffPaths(commit, this.headOid, chunk);
            paths.push(...d.paths);
            before.push(...d.before);
        }
        const once = (list) => (chunks.length > 1 ? [...new Set(list)] : list);
        return {
            files: new image_inputs/* ChangedFiles */.Kt(once(paths), this.isIgnored),
            before: new image_inputs/* ChangedFiles */.Kt(once(before), none)
        };
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
        validate(opts, remote);
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
        // anyway (inputs/pathspecs.ts), so it needs no inputs: it starts now, beside the tree read.
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
        const matched = new Map();
        await (0,compare_command/* mapLimit */.sf)([...groups.values()], PARALLEL, async (g) => {
            const ins = inputs.some(g.targets.map((t) => t.image));
            if (ins === undefined)
                return; // an image whose resolution failed: thrown below, in order
            const specs = this.opts.diffScope === 'full' || g.early ? undefined : pathspecsFor(ins);
            g.limited = specs !== undefined;
            const d = await (g.early ?? this.diff(g.commit, specs));
            matched.set(g, matchGroup(g, d, inputs.all, this.matcher));
        });
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
function validate(opts, remote) {
    checkRevision(opts.head, 'head');
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(remote)) {
        throw new DetectError(`Invalid remote name ${(0,src_escape/* escapeForMessage */.Gw)(remote)}`);
    }
    if (opts.detection === 'command' && !opts.compareCommand?.length) {
        throw new DetectError('detection is "command" but compare-command is empty; set compare-command');
    }
}
/** A revision given by the caller reaches git only on cat-file's stdin; still keep it plain. */
function checkRevision(rev, what) {
    const plain = [...rev].every((ch) => ch > ' ' && ch !== '\x7f' && ch !== ':');
    if (rev === '' || rev.startsWith('-') || !plain) {
        throw new DetectError(`Invalid ${what} revision ${(0,src_escape/* escapeForMessage */.Gw)(rev)}`);
    }
}
/**
 * Decides, for each pinned image, whether its inputs changed between its tag and `head`.
 * See the module comment for the method and inputs/resolve.ts for what counts as an input.
 */
async function detectChanges(opts) {
    let detection;
    try {
        detection = new Detection_(opts);
        await detection.run();
    }
    catch (e) {
        if (e instanceof GitError || e instanceof image_inputs/* PathsError */.Zh || e instanceof compare_command/* CommandError */.Qd) {
            throw new DetectError(e.message, { cause: e });
        }
        throw e;
    }
    const results = new Map();
    for (const prefix of opts.pins.keys()) {
        const r = detection.results.get(prefix);
        if (r)
            results.set(prefix, r);
    }
    return {
        results,
        warnings: detection.warnings,
        stats: { gitProcesses: detection.git.processes, fetches: detection.git.fetches }
    };
}

;// CONCATENATED MODULE: ./src/bash-scan.ts
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

;// CONCATENATED MODULE: ./src/versions-lines.ts
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

;// CONCATENATED MODULE: ./src/warning.ts
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

;// CONCATENATED MODULE: ./src/versions-file.ts
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

;// CONCATENATED MODULE: ./src/plan.ts




class PlanError extends Error {
    name = 'PlanError';
}
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
        throw new PlanError(`Invalid image prefix ${(0,src_escape/* escapeForMessage */.Gw)(prefix)}`);
    }
    (0,src_version/* parseRelease */.BC)(version);
    return `${manual ? 'export ' : ''}${prefix}_VER="${version}"`;
}
function describePin(pin) {
    const where = `line ${pin.lines.join(', ')}`;
    const value = pin.literal ? pin.value : (0,src_escape/* escapeForMessage */.Gw)(pin.value);
    return `${value} (${where})`;
}
function base(image, pin) {
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
/** Auto or manual pins of prefixes that are not in the image list: reported, never touched. */
function stalePins(file, images) {
    const known = new Set(images.map((i) => i.prefix));
    return file
        .pinnedPrefixes()
        .filter((p) => !known.has(p))
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
/**
 * Pins images. Every unpinned image (in image-list order) gets `version`; `targets` pin named
 * images to their own versions. New lines go under one `# <date> -- <version>` history comment
 * per version. When nothing is to be pinned, the text is returned unchanged: no lone comment.
 */
function planPin(text, images, req) {
    const file = VersionsFile.parse(text);
    if (req.version !== undefined)
        (0,src_version/* parseRelease */.BC)(req.version);
    const known = new Set(images.map((i) => i.prefix));
    for (const [prefix, v] of req.targets ?? []) {
        if (!known.has(prefix))
            throw new PlanError(`Unknown image prefix ${(0,src_escape/* escapeForMessage */.Gw)(prefix)}`);
        (0,src_version/* parseRelease */.BC)(v, `version for ${prefix}`);
    }
    const decisions = [];
    const additions = new Map();
    const rewrite = new Set();
    for (const image of images) {
        const pin = file.pinOf(image.prefix);
        const target = req.targets?.get(image.prefix);
        const d = base(image, pin);
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
        return finish(text, file, file, images, decisions);
    }
    const date = historyDate(req.now);
    const lines = [...additions].flatMap(([version, pins]) => [`# ${date} -- ${version}`, ...pins]);
    const updated = file.withoutAutoPins(rewrite).append(lines);
    return finish(text, file, updated, images, decisions);
}
/** Unpins images: removes exactly their auto-pin lines (all of them, if duplicated). */
function planUnpin(text, images, req) {
    const file = VersionsFile.parse(text);
    const decisions = [];
    const remove = new Set();
    for (const image of images) {
        const pin = file.pinOf(image.prefix);
        const d = base(image, pin);
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
    return finish(text, file, file.withoutAutoPins(remove), images, decisions);
}
function finish(text, before, after, images, decisions) {
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

;// CONCATENATED MODULE: ./src/decide.ts
/**
 * From an intent (release, push, manual pin/unpin) and the current file text to a plan.
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
     * Computes the plan for an intent on the given text; changes are measured against `head`, the
     * commit that text was read at (the one the compare-and-swap expects).
     */
    async decide(text, intent, head) {
        const result = await this.plan(text, intent, head);
        return {
            ...result,
            warnings: [...this.detectWarnings, ...result.warnings],
            stats: { ...this.stats }
        };
    }
    async plan(text, intent, head) {
        const file = VersionsFile.parse(text);
        switch (intent.kind) {
            case 'status':
                return planUnpin(text, this.images, { unpin: new Map(), keep: this.pinReasons(file) });
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
                return planPin(text, this.images, { version: intent.version, blocked, now: this.now });
            }
            case 'pin':
                return planPin(text, this.images, {
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
                return planUnpin(text, this.images, {
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
            if (pin.literal && (0,src_version/* tryParseRelease */._7)(pin.value))
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
        return planUnpin(text, this.images, { unpin, keep });
    }
}

;// CONCATENATED MODULE: ./src/image-vars-lists.ts
/**
 * The two lists of `image_vars.src`, VRO_IMAGES (the image names) and VAR_PREFIXES (their bash
 * prefixes), read from its lines as bash ends up with them: an array (`NAME_ARR=( ... )`, then
 * `NAME_ARR+=( ... )` appends), a string (`NAME="..."`, then `+=` or `NAME="$NAME ..."` appends),
 * or both, which must then agree. Every other way of changing a list is refused: the file is
 * never executed, so a list that only running it would show cannot be read.
 */

class ImageVarsError extends Error {
    name = 'ImageVarsError';
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
function shown(text) {
    const max = 200;
    const cut = text.length > max ? `${text.slice(0, max)}...` : text;
    // eslint-disable-next-line no-control-regex -- control characters are what is escaped
    return cut.replace(/[\0-\x1f\x7f]/g, (ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`);
}
/** Splits the words of a bash array body or a space-separated string; quotes are removed. */
function words(body, file, line) {
    const out = [];
    for (const m of body.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
        const w = m[1] ?? m[2] ?? m[3] ?? '';
        if (/[$`\\]/.test(w)) {
            throw new ImageVarsError(`${file}:${line}: ${(0,src_escape/* escapeForMessage */.Gw)(w)} is not a literal name; the image list must be plain words`);
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
        throw new ImageVarsError(`${file}:${line}: ${shown(text.trim())} is indented: it may run only in a function or a ` +
            `condition, so the image list cannot be known without running the file. Append at the top level.`);
    }
    if (!declared) {
        throw new ImageVarsError(`${file}:${line}: ${shown(text.trim())} appends to ${name} before it is declared; ` +
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
            throw new ImageVarsError(`${file}:${i + 1}: ${shown(text.trim())} does not set ${name} to plain words; ` +
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
                throw new ImageVarsError(`${file}:${i + 1}: ${shown(line.trim())} changes ${name} in a way that cannot be read ` +
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
        throw new ImageVarsError(`${file}: ${base}_ARR and ${base} disagree:\n  line ${arr.line}: ${shown(arr.text)}\n  line ${str.line}: ${shown(str.text)}\n` +
            `Regenerate ${file} so that both list the same images in the same order.`);
    }
    return arr ?? str;
}

;// CONCATENATED MODULE: ./src/image-vars.ts
/**
 * The image list of `image_vars.src`, read as text (the file is never executed): each image's
 * name and bash prefix from its two lists (image-vars-lists.ts), checked, with the folder of an
 * older `# --- name in folder ./dir` comment and its `_GRADLE_IMG` and `_IMG` names; and image
 * references resolved against that list.
 */



/** A malformed image list (image-vars-lists.ts throws it too). */

const IMAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const PREFIX = /^[A-Za-z_][A-Za-z0-9_]*$/;
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
            throw new ImageVarsError(`${file}:${names?.line}: ${(0,src_escape/* escapeForMessage */.Gw)(name)} is not a valid image name`);
        }
    }
    for (const prefix of prefixes?.items ?? []) {
        if (!PREFIX.test(prefix)) {
            throw new ImageVarsError(`${file}:${prefixes?.line}: ${(0,src_escape/* escapeForMessage */.Gw)(prefix)} is not a valid bash variable prefix`);
        }
    }
    const nameList = names?.items ?? prefixes?.items;
    const prefixList = prefixes?.items ?? nameList.map((n) => n.replace(/-/g, ''));
    if (names && prefixes && names.items.length !== prefixes.items.length) {
        throw new ImageVarsError(`${file}: VRO_IMAGES lists ${names.items.length} images but VAR_PREFIXES lists ${prefixes.items.length}:\n` +
            `  line ${names.line}: ${shown(names.text)}\n  line ${prefixes.line}: ${shown(prefixes.text)}`);
    }
    if (!names) {
        const message = `${file}: no VRO_IMAGES list; image names are taken from VAR_PREFIXES`;
        warnings.push(fileWarning(message, file, prefixes?.line));
    }
    for (const p of prefixList) {
        if (!PREFIX.test(p))
            throw new ImageVarsError(`${file}: image "${p}" does not give a valid bash prefix`);
    }
    checkUnique(nameList, 'image', (names ?? prefixes), file);
    checkUnique(prefixList, 'prefix', (prefixes ?? names), file);
    const folders = new Map();
    const assigned = new Map();
    for (const line of lines) {
        const folder = /^#\s*---\s*(\S+)\s+in\s+folder\s+(\S+)\s*$/.exec(line);
        if (folder?.[1] && folder[2])
            folders.set(folder[1], folder[2].replace(/^\.\//, '').replace(/\/+$/, ''));
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
    return { images, warnings };
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
        throw new ImageVarsError(`Unknown image${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => (0,src_escape/* escapeForMessage */.Gw)(u)).join(', ')}. ` +
            `Known images: ${list.map((i) => i.name).join(', ')}`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/repo.ts
/** Loads what every run needs from a checkout: the image list and the versions file. */




/** Reads the image list from `varsFile` and the pins from `versionsFile`, both repo-relative. */
async function loadRepo(dir, varsFile, versionsFile) {
    const root = external_node_path_default().resolve(dir);
    const vars = repoPath(root, varsFile, 'vars-file');
    const versions = repoPath(root, versionsFile, 'versions-file');
    const varsText = await readText(vars.abs, 'vars-file');
    if (varsText === undefined) {
        throw new FileError(`vars-file ${vars.rel} not found in ${root}. Set vars-file to the generated image_vars.src that lists the images.`);
    }
    const { images, warnings } = parseImageVars(varsText, vars.rel);
    const versionsText = await readText(versions.abs, 'versions-file');
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
        versionsText: versionsText ?? ''
    };
}

;// CONCATENATED MODULE: ./src/resolve.ts



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
 * versions count only when the series has no other.
 */
function newestRelease(names, series, includePrereleases = false) {
    const releases = names
        .map((n) => (0,src_version/* tryParseRelease */._7)(n.trim()))
        .filter((v) => v !== undefined && v.form === series && (includePrereleases || !v.prerelease));
    const plain = releases.filter((v) => !isDateShaped(v));
    const pool = plain.length > 0 ? plain : releases;
    pool.sort(src_version/* compareReleases */.c0);
    return pool[pool.length - 1]?.raw;
}
/** versions.txt's last release: the newest of the series of its last (non-prerelease) line. */
function fromVersionsTxt(text) {
    const lines = (text ?? '').split(/\r?\n/);
    const last = lines
        .map((l) => (0,src_version/* tryParseRelease */._7)(l.trim()))
        .filter((v) => v !== undefined && !v.prerelease)
        .pop();
    return last && newestRelease(lines, last.form);
}
/** The repository's latest GitHub release, when it is a plain (not date-shaped) release. */
async function fromLatestRelease(deps) {
    const tag = await deps.latestRelease?.();
    const v = tag === undefined ? undefined : (0,src_version/* tryParseRelease */._7)(tag);
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
/** Resolves an intent (see resolveWithSource), without saying where its version came from. */
async function resolveIntent(intent, images, deps) {
    return (await resolveWithSource(intent, images, deps)).intent;
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
        (0,src_version/* parseRelease */.BC)(version);
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

;// CONCATENATED MODULE: ./src/plan-run.ts
/**
 * The one use case behind both faces: settings, an intent and a checkout in; for any text of the
 * versions file at any head, the plan out (decisions, warnings, the new text). The action adds
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
async function readVersionsTxt(root) {
    try {
        return await external_node_fs_.promises.readFile(external_node_path_default().join(root, 'versions.txt'), 'utf8');
    }
    catch {
        return undefined;
    }
}
/** Reads the checkout, resolves the intent, and returns the planner for it. */
async function prepareRun(req) {
    const repo = await loadRepo(req.root, req.settings.varsFile, req.settings.versionsFile);
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
        plan: async (text, head) => {
            const decided = await decider.decide(text, intent, head);
            return { ...decided, warnings: inFile(decided.warnings, repo.versionsFile.rel) };
        },
        close: () => restoreCheckout(snapshot)
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

;// CONCATENATED MODULE: ./src/pr-comment.ts
/** The hidden first line that marks our comment. */
const COMMENT_MARKER = '<!-- vro-image-version -->';
/** GitHub refuses comment bodies longer than this. */
const MAX_COMMENT_CHARS = 65_536;
/** The comment's full text: the marker first, cut to GitHub's limit with a note. */
function stickyBody(body, marker = COMMENT_MARKER) {
    const full = `${marker}\n${body}`.replace(/\r\n/g, '\n');
    if (full.length <= MAX_COMMENT_CHARS)
        return full;
    const note = '\n\n... (cut to fit a comment; the job summary has the whole report)';
    return full.slice(0, MAX_COMMENT_CHARS - note.length) + note;
}
/**
 * Creates our comment on pull request `issueNumber`, or updates it when its text differs.
 * Ours is the first comment, among all pages, whose body starts with `marker`: a comment that
 * merely quotes or mentions the marker further down is someone else's.
 */
async function upsertStickyComment(octokit, repo, issueNumber, body, marker = COMMENT_MARKER) {
    const text = stickyBody(body, marker);
    try {
        let ours;
        const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
            ...repo,
            issue_number: issueNumber,
            per_page: 100
        });
        for await (const page of pages) {
            ours = page.data.find((c) => (c.body ?? '').startsWith(marker));
            if (ours)
                break;
        }
        if (!ours) {
            const made = await octokit.rest.issues.createComment({
                ...repo,
                issue_number: issueNumber,
                body: text
            });
            return { action: 'created', url: made.data.html_url };
        }
        if ((ours.body ?? '').replace(/\r\n/g, '\n') === text) {
            return { action: 'unchanged', url: ours.html_url };
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

;// CONCATENATED MODULE: ./src/report.ts
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
    return (0,src_escape/* forLog */.Ig)(`${d.image}: ${verb[d.action]} ${change} (${d.reason})`);
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

// EXTERNAL MODULE: ./src/masks.ts
var masks = __webpack_require__(5378);
;// CONCATENATED MODULE: ./src/runner.ts
/** What the Actions runner provides beside the inputs: its environment and its files. */




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
/** Hides the token and the forms git and HTTP headers carry it in. */
function maskToken(token) {
    for (const form of (0,masks/* tokenForms */.p)(token))
        core/* setSecret */.Pq(form);
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

;// CONCATENATED MODULE: ./src/summary.ts
/** The job summary: one table row per image, then the commit link or why nothing was committed. */



// A validated version holds only [A-Za-z0-9.+-], so it can stand in a code span as it is;
// anything else (a hand-written pin) is shown as escaped text instead.
const cell = (v) => v === null ? '_unpinned_' : (0,src_version/* isImageVersion */.c4)(v) ? `\`${v}\`` : (0,src_escape/* forSummaryCell */.gj)(v);
// Only a plain http(s) URL becomes a link target; anything else is left out.
const SAFE_URL = /^https?:\/\/[A-Za-z0-9.:-]+(?:\/[A-Za-z0-9._~%/-]*)?$/;
function resultText(result, link) {
    const text = (0,src_escape/* forSummaryCell */.gj)(result);
    if (!link || !SAFE_URL.test(link.url))
        return text;
    return `${text} ([${(0,src_escape/* forSummaryCell */.gj)(link.text)}](${link.url}))`;
}
/** The summary as Markdown: a heading, the decision table, and the result line. */
function summaryMarkdown(args) {
    const rows = args.decisions.map((d) => `| ${(0,src_escape/* forSummaryCell */.gj)(d.image)} | ${cell(d.before)} | ${cell(d.after)} | ${d.action}${d.manual ? ' (manual pin)' : ''} | ${(0,src_escape/* forSummaryCell */.gj)(d.reason)} |`);
    const warnings = args.warnings.map((w) => `> [!WARNING]\n> ${(0,src_escape/* forSummaryCell */.gj)(warningText(w))}\n`);
    return [
        `### ${(0,src_escape/* forSummaryCell */.gj)(args.title)}`,
        '',
        '| Image | Before | After | Decision | Reason |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
        resultText(args.result, args.link),
        '',
        ...(args.notes ?? []).flatMap((n) => [(0,src_escape/* forSummaryCell */.gj)(n), '']),
        ...warnings
    ].join('\n');
}
// git reads `- : x` and `- :x` as trailers (the token `-`), so a name that is blank or starts
// with `:` is shown quoted.
const bodyName = (image) => /^[^\s:]/.test((0,src_escape/* forCommitBody */.zD)(image)) ? (0,src_escape/* forCommitBody */.zD)(image) : (0,src_escape/* escapeForMessage */.Gw)(image);
/**
 * The commit body: one line per changed image, so the history explains itself. Every line starts
 * with `- `, and data cannot add a line, so no file name becomes a trailer.
 */
function commitBody(decisions, runUrl, trailer) {
    const lines = decisions
        .filter((d) => d.action === 'pin' || d.action === 'unpin')
        .map((d) => `- ${bodyName(d.image)}: ${(0,src_escape/* forCommitBody */.zD)(d.before ?? 'unpinned')} -> ` +
        `${(0,src_escape/* forCommitBody */.zD)(d.after ?? 'unpinned')} (${(0,src_escape/* forCommitBody */.zD)(d.reason)})`);
    // One trailer block at the end: the run link and the run's own mark.
    const trailers = [...(runUrl ? [`Run: ${runUrl}`] : []), ...(trailer ? [trailer] : [])];
    return [...lines, ...(trailers.length > 0 ? ['', ...trailers] : [])].join('\n');
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

;// CONCATENATED MODULE: ./src/main.ts
/**
 * run(): the action's face over the shared use case (plan-run.ts). It reads the job from the
 * runner, plans and commits through the API (falling back to a pull request when the branch is
 * protected and that is allowed), and reports: log, outputs, summary.
 */
// First: the event file is checked before @actions/github parses it (also under local-action).






















/** Compare-and-swap attempts before giving up; with the backoff, at most ~30 s of waiting. */
const MAX_ATTEMPTS = 8;
async function run() {
    let ctx;
    if (!(0,event_guard.checkEvent)())
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
        core/* setFailed */.C1((0,src_escape/* forLog */.Ig)(failureText(error)));
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
    const given = (0,src_inputs/* getInputs */.GP)((name) => core/* getInput */.V4(name));
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
    const early = (0,src_event/* jobFor */.vw)(event, given);
    if (early.kind === 'skip')
        return { skip: early.reason };
    // The checkout: the workspace, or working-directory inside it (actions/checkout's path:).
    const root = (0,src_inputs/* checkoutDir */.k9)(runnerEnv().workspace, given.workingDirectory);
    core/* debug */.Yz(`Checkout: ${root}`);
    const config = await readConfig(root, given.configFile || undefined);
    const { settings, sources } = (0,src_settings/* mergeSettings */.ss)(config?.settings, given.given, src_settings/* inputNamer */.o2, config?.file ?? DEFAULT_CONFIG_FILE);
    const inputs = { ...given, settings };
    const job = (0,src_event/* jobFor */.vw)(event, inputs);
    core/* debug */.Yz(`Event ${github/* context */._.eventName} on ${github/* context */._.ref}: ${job.kind === 'skip' ? `skip (${job.reason})` : describe(job.intent)}`);
    if (job.kind === 'skip')
        return { skip: job.reason };
    return { inputs, job, sources: { settings: sources, file: config?.file }, root };
}
async function reportSkip(reason) {
    core/* notice */.lm((0,src_escape/* forLog */.Ig)(`Nothing to do: ${reason}`));
    const none = { images: [], decisions: [], changed: false, head: github/* context */._.sha };
    setOutputs(runOutputs({ ...none, commitSha: '', pullRequestUrl: '' }).outputs);
    await core/* summary */.z
        .addRaw(`### vro-image-version\n\n${(0,src_escape/* forSummaryCell */.gj)(`Nothing to do: ${reason}`)}\n`)
        .write();
}
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
/**
 * Step 3: plan and commit to the branch; when protection refuses it and on-protected allows,
 * to a new branch with a pull request instead.
 */
async function planAndCommit(ctx) {
    try {
        const outcome = await core/* group */.Os((0,src_escape/* forLog */.Ig)(`Plan and commit to ${ctx.branch}`), () => commitTo(ctx, ctx.branch));
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
        return run.plan(text ?? '', head);
    }, { maxAttempts: MAX_ATTEMPTS, dryRun: ctx.job.dryRun, branch: target, trailer: ctx.trailer });
}
async function fallBackToPullRequest(ctx) {
    const prBranch = `vro-image-version/${ctx.env.runId || Date.now()}`;
    core/* warning */.$e((0,src_escape/* forLog */.Ig)(`${ctx.branch} refused the commit (branch protection or a ruleset); committing to ${prBranch} and opening a pull request`));
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
        body
    });
    return { outcome, prUrl };
}
/**
 * A pull request: the plan for the merge commit the checkout holds (the base branch's file with
 * the pull request's changes), reported in the summary and one sticky comment; never a commit.
 */
async function previewPullRequest(ctx, pr) {
    const plan = await core/* group */.Os((0,src_escape/* forLog */.Ig)(`Plan the merge of #${pr.number}`), () => ctx.run.plan(ctx.run.repo.versionsText, pr.mergeSha));
    const status = plan.changed ? 'dry-run' : 'unchanged';
    const markdown = await report(ctx, { status, attempts: 1, plan, headOid: pr.mergeSha }, '');
    if (!ctx.inputs.comment)
        return;
    const posted = await upsertStickyComment(ctx.octokit, ctx.repository, pr.number, markdown);
    if (posted.action === 'forbidden') {
        core/* notice */.lm((0,src_escape/* forLog */.Ig)(`The preview is in the job summary only: the token may not comment on #${pr.number}` +
            `${pr.fork ? ' (a pull request from a fork gets a read-only token)' : ''}. ` +
            `Give the job permissions: pull-requests: write, or set comment: false.`));
    }
    else
        core/* info */.pq((0,src_escape/* forLog */.Ig)(`Preview comment ${posted.action}: ${posted.url}`));
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
    core/* info */.pq((0,src_escape/* forLog */.Ig)(result.link ? `${result.text} (${result.link.url})` : result.text));
    setOutputs(outputs);
    const markdown = summaryMarkdown({
        title: ctx.title,
        decisions: plan.decisions,
        result: result.text,
        ...(result.link ? { link: result.link } : {}),
        warnings: plan.warnings,
        notes: [
            ...[versionNote(ctx.run)].filter((n) => n !== undefined),
            settingsNote(ctx.sources.settings, src_settings/* SETTING_KEYS */.GS, ctx.sources.file)
        ]
    });
    await core/* summary */.z.addRaw(markdown).write();
    return markdown;
}
/** A warning in the log; one about a file of the repository is an annotation on its line. */
function warn(w) {
    const at = annotationOf(w);
    if (at)
        core/* warning */.$e((0,src_escape/* forLog */.Ig)(warningText(w)), at);
    else
        core/* warning */.$e((0,src_escape/* forLog */.Ig)(warningText(w)));
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        core/* setOutput */.uH(name, value);
}


/***/ })

};
