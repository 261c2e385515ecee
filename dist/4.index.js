export const id = 4;
export const ids = [4];
export const modules = {

/***/ 4443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ checkoutDir),
  G: () => (/* binding */ getInputs)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/files/checkout-file.ts
var checkout_file = __webpack_require__(3666);
// EXTERNAL MODULE: ./src/util/escape.ts
var util_escape = __webpack_require__(5421);
// EXTERNAL MODULE: ./src/util/version.ts
var util_version = __webpack_require__(6092);
// EXTERNAL MODULE: ./src/plan/settings.ts + 1 modules
var settings = __webpack_require__(151);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/plan/job-inputs.ts
/**
 * What the user asked for, as both faces read it (the action's inputs, the CLI's flags): the
 * mode, the `images` list, and the fields the event rules (event.ts) turn into a job.
 */




class InputError extends errors/* KnownError */.E {
    name = 'InputError';
    get id() {
        return 'input';
    }
}
/** Splits a list input on newlines and commas; blank items and `#` comment lines are dropped. */
function listInput(raw) {
    return (0,settings/* valueLines */.Hd)(raw)
        .flatMap((line) => line.split(','))
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/**
 * Parses the `images` input; `name` is how messages call it (`Input images`, or the CLI's
 * `--images`).
 */
function parseImagesInput(raw, name = 'Input images') {
    const ref = name.replace(/^Input /, 'input ');
    const items = listInput(raw);
    if (items.length === 0)
        return { kind: 'none' };
    if (items.length === 1 && items[0] === 'all')
        return { kind: 'all' };
    const withVersion = items.filter((i) => i.includes('='));
    if (withVersion.length === 0)
        return { kind: 'list', refs: items };
    if (withVersion.length !== items.length) {
        throw new InputError(`${name} mixes plain names and name=version pairs; use one form: "app, api-gateway" or "app=v1.2.3, api-gateway=release-1.2.0"`);
    }
    const pairs = new Map();
    for (const item of items) {
        const eq = item.indexOf('=');
        const image = item.slice(0, eq).trim();
        const version = item.slice(eq + 1).trim();
        if (image === '')
            throw new InputError(`${name} has ${(0,util_escape/* escapeForMessage */.Gw)(item)} with no image name before "="`);
        (0,util_version/* parseRelease */.BC)(version, `version for image ${(0,util_escape/* escapeForMessage */.Gw)(image)} in ${ref}`);
        if (pairs.has(image))
            throw new InputError(`${name} names ${(0,util_escape/* escapeForMessage */.Gw)(image)} twice`);
        pairs.set(image, version);
    }
    return { kind: 'versions', pairs };
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * The action's inputs, read once into one typed object. Nothing else calls core.getInput.
 * A bad input fails with the input's name and the accepted values.
 */






/** YAML 1.2 core booleans, as core.getBooleanInput reads them. */
function bool(get, name) {
    const raw = get(name).trim();
    if (raw === '' || ['false', 'False', 'FALSE'].includes(raw))
        return false;
    if (['true', 'True', 'TRUE'].includes(raw))
        return true;
    throw new InputError(`Input ${name} is ${(0,util_escape/* escapeForMessage */.Gw)(raw)}; accepted values: true, false`);
}
/**
 * The checkout the action works in: `working-directory` (for actions/checkout's `path:`)
 * resolved against the workspace, which it must stay inside, by its name and by its real path.
 */
function checkoutDir(workspace, workingDirectory) {
    const root = external_node_path_default().resolve(workspace);
    const dir = external_node_path_default().resolve(root, workingDirectory);
    const rel = external_node_path_default().relative(root, dir);
    if (rel === '..' || rel.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(rel)) {
        throw new InputError(`Input working-directory ${(0,util_escape/* escapeForMessage */.Gw)(workingDirectory)} is outside the workspace ${root}; give a folder inside it, as actions/checkout's path:`);
    }
    // Inside by its name, but a committed symbolic link on the way could lead anywhere.
    if ((0,checkout_file/* realPathOutside */.rZ)(dir, root)) {
        throw new InputError(`Input working-directory ${(0,util_escape/* escapeForMessage */.Gw)(workingDirectory)} leads outside the workspace ${root} through a symbolic link; give the real folder, as actions/checkout's path:`);
    }
    return dir;
}
function getInputs(get) {
    const token = get('token').trim();
    if (token === '') {
        throw new InputError('Input token is empty; pass a token with contents: write, e.g. token: ${{ github.token }}');
    }
    const versionRaw = get('version').trim();
    const prefix = get('commit-message-prefix').trim() || 'Automated commit:';
    if ((0,util_escape/* hasControl */.aQ)(prefix) || prefix.length > 100) {
        throw new InputError(`Input commit-message-prefix must be one line of at most 100 characters`);
    }
    const given = (0,settings/* readGiven */.Q8)(Object.fromEntries(Object.values(settings/* SETTING_KEYS */.GS).map((name) => [name, get(name)])), settings/* inputNamer */.o2);
    const mode = (0,settings/* oneOf */.yL)(settings/* inputNamer */.o2, 'mode', get('mode'), ['auto', 'pin', 'unpin', 'plan'], 'auto');
    const images = parseImagesInput(get('images'));
    const inputs = {
        token,
        mode,
        images,
        version: versionRaw === '' ? undefined : (0,util_version/* parseRelease */.BC)(versionRaw, 'input version').raw,
        manual: bool(get, 'manual'),
        apiTimeoutMs: (0,settings/* seconds */.YA)(settings/* inputNamer */.o2, 'api-timeout', get('api-timeout'), 30),
        dryRun: bool(get, 'dry-run'),
        onProtected: (0,settings/* oneOf */.yL)(settings/* inputNamer */.o2, 'on-protected', get('on-protected'), ['fail', 'pull-request'], 'fail'),
        pinPrereleases: bool(get, 'pin-prereleases'),
        commitMessagePrefix: prefix,
        comment: get('comment').trim() === '' ? true : bool(get, 'comment'),
        configFile: get('config-file').trim(),
        workingDirectory: get('working-directory').trim(),
        given,
        settings: (0,settings/* mergeSettings */.ss)(undefined, given).settings
    };
    if (images.kind === 'all' && mode !== 'unpin') {
        throw new InputError('Input images: "all" is only for mode: unpin; for pin, leave images empty to pin every unpinned image');
    }
    return inputs;
}


/***/ }),

/***/ 6312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ splitCommand),
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   Sb: () => (/* binding */ runCompares),
/* harmony export */   sf: () => (/* binding */ mapLimit)
/* harmony export */ });
/* unused harmony exports COMPARE_TIMEOUT_MS, runCompare */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_child_env_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4132);
/* harmony import */ var _git_process_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5189);
/* harmony import */ var _util_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5421);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/**
 * The optional `compare-command`: a user command asked, per pinned image, whether the image
 * built from the head differs from the pinned one. It is how a content check (an image differ)
 * plugs in, next to or instead of the path rule.
 *
 * How it runs:
 * - The input is split into words by {@link splitCommand} (whitespace, '...' and "..." quotes,
 *   nothing expanded) and run without a shell, in the repository root.
 * - Arguments appended: the image name, the pinned version, the head commit sha:
 *   `<command...> api-gateway v1.4.2 3f2c...`. No value ever passes through a shell.
 * - Environment: the runner's without the token, the inputs and other credentials
 *   (src/util/child-env.ts), plus `IMAGE` (name), `PREFIX` (bash prefix), `PINNED_VERSION`,
 *   `HEAD_SHA` (full sha; the head build is tagged with its first 7 characters), and when
 *   image_vars.src declares them `REGISTRY_IMAGE` (`<prefix>_IMG`) and `LOCAL_IMAGE`
 *   (`<prefix>_GRADLE_IMG`).
 * - Exit 0: same image. Exit 1: changed. Anything else, a signal or a command that cannot start:
 *   an error for that image only (its pin is left alone and the run says why), never for the
 *   others. At most 4 commands run at a time.
 * - Bounded: the answer is the command's exit, not the closing of its output, so a background
 *   child that keeps stderr open does not hold the run (it is killed with the command's group). A command still running after
 *   `compare-timeout` (default {@link COMPARE_TIMEOUT_MS}) has its whole process group killed
 *   (it runs as a group leader) and counts as an error for that image.
 *
 * With an image differ, e.g. `compare-command: ./scripts/image-changed.sh`:
 *
 * ```bash
 * #!/usr/bin/env bash
 * # Usage: image-changed.sh IMAGE PINNED_VERSION HEAD_SHA  -> exit 0 same, 1 changed, 2 error
 * set -uo pipefail
 * repo="ghcr.io/my-org/${REGISTRY_IMAGE:-$1}"
 * digest() { docker buildx imagetools inspect "$1" --format '{{json .Manifest.Digest}}'; }
 * old=$(digest "$repo:$2") || exit 2
 * new=$(digest "$repo:${3:0:7}") || exit 2
 * [ "$old" = "$new" ] && exit 0 || exit 1
 * ```
 *
 * Digests only match for reproducible builds. To compare content instead, call a differ such as
 * `diffoci diff --semantic "$repo:$2" "$repo:${3:0:7}"` and map its result onto exit 0 (same)
 * and 1 (changed); keep every other failure (registry down, image missing) on exit 2 or more, so
 * that it is reported instead of counted as a change.
 */





class CommandError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KnownError */ .E {
    name = 'CommandError';
    get id() {
        return 'compare-command';
    }
}
/**
 * Splits a command line into words: whitespace separates words, '...' and "..." group text
 * (quotes removed, adjacent parts joined, no escapes inside), nothing is expanded.
 */
function splitCommand(input, inputName = 'compare-command') {
    const words = [];
    let word = '';
    let inWord = false;
    let quote;
    for (const ch of input) {
        if (quote) {
            if (ch === quote)
                quote = undefined;
            else
                word += ch;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
            inWord = true;
        }
        else if (/\s/.test(ch)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else {
            word += ch;
            inWord = true;
        }
    }
    if (quote)
        throw new CommandError(`${inputName}: unclosed ${quote} quote in ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeForMessage */ .Gw)(input)}`);
    if (inWord)
        words.push(word);
    return words;
}
const STDERR_KEEP = 8 * 1024;
/** The default `compare-timeout`: 10 minutes, room for pulling two images and diffing them. */
const COMPARE_TIMEOUT_MS = 10 * 60_000;
/** After the exit, how long stderr may still be drained before the answer is given. */
const DRAIN_MS = 200;
/** Runs the compare command once for one image. Never rejects. */
function runCompare(argv, job, cwd, timeoutMs = COMPARE_TIMEOUT_MS) {
    const [file, ...args] = argv;
    if (file === undefined || file === '') {
        return Promise.resolve({ changed: null, detail: 'compare-command is empty' });
    }
    // The runner's environment without the token and the other credentials (child-env.ts).
    const env = (0,_util_child_env_js__WEBPACK_IMPORTED_MODULE_1__/* .childEnv */ .gf)({
        IMAGE: job.image.name,
        PREFIX: job.image.prefix,
        PINNED_VERSION: job.pinnedVersion,
        HEAD_SHA: job.headSha,
        ...(job.image.registryImage !== undefined ? { REGISTRY_IMAGE: job.image.registryImage } : {}),
        ...(job.image.gradleImage !== undefined ? { LOCAL_IMAGE: job.image.gradleImage } : {})
    });
    return new Promise((resolve) => {
        let stderr = '';
        let settled = false;
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, [...args, job.image.name, job.pinnedVersion, job.headSha], {
            cwd,
            env,
            shell: false,
            windowsHide: true,
            detached: true,
            stdio: ['ignore', 'ignore', 'pipe']
        });
        const timer = setTimeout(() => {
            (0,_git_process_js__WEBPACK_IMPORTED_MODULE_2__/* .killGroup */ .i0)(child.pid);
            const s = Math.round(timeoutMs / 100) / 10;
            done({
                changed: null,
                detail: `did not finish within ${s} s (compare-timeout); its process group was killed`
            });
        }, timeoutMs);
        function done(outcome) {
            clearTimeout(timer);
            if (!settled)
                resolve(outcome);
            settled = true;
            child.stderr?.destroy();
            // The answer is in; whatever the command left running in its group is ended with it.
            (0,_git_process_js__WEBPACK_IMPORTED_MODULE_2__/* .killGroup */ .i0)(child.pid);
        }
        child.stderr?.on('data', (chunk) => {
            stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEEP);
        });
        child.on('error', (e) => done({ changed: null, detail: `could not start ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeForMessage */ .Gw)(file)}: ${e.message}` }));
        child.on('exit', (code, signal) => {
            const answer = () => done(outcomeOf(code, signal, stderr));
            // Give stderr a moment to drain; a background child holding it open does not count.
            const drained = setTimeout(answer, DRAIN_MS);
            child.stderr?.once('close', () => {
                clearTimeout(drained);
                answer();
            });
        });
    });
}
function outcomeOf(code, signal, stderr) {
    if (code === 0)
        return { changed: false, detail: 'exit 0' };
    if (code === 1)
        return { changed: true, detail: 'exit 1' };
    const last = stderr
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '')
        .pop();
    const status = signal ? `killed by ${signal}` : `exit code ${code}`;
    return { changed: null, detail: last ? `${status}: ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeForMessage */ .Gw)(last, 200)}` : status };
}
/** Runs `fn` on every item with at most `limit` running at once; results in input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
    return results;
}
/** Runs the compare command for every job, at most `concurrency` at a time. */
function runCompares(argv, jobs, cwd, timeoutMs = COMPARE_TIMEOUT_MS, concurrency = 4) {
    return mapLimit(jobs, concurrency, (job) => runCompare(argv, job, cwd, timeoutMs));
}


/***/ }),

/***/ 1962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ readPathsEntry),
/* harmony export */   Zh: () => (/* binding */ PathsError),
/* harmony export */   g9: () => (/* binding */ parsePathsInput),
/* harmony export */   pY: () => (/* binding */ checkGlob)
/* harmony export */ });
/* harmony import */ var _util_glob_split_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7631);
/* harmony import */ var _util_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5421);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/**
 * The `paths` input and the `paths` entries of the configuration file, read and checked (pure):
 * one `image: glob, glob` per line, each glob refused with a message that says what to write
 * when it cannot work as documented (path-globs.ts has the glob semantics). Kept apart from the
 * glob engine, so that the fast skip path, which reads the action's inputs, loads no picomatch.
 */



class PathsError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KnownError */ .E {
    name = 'PathsError';
    get id() {
        return 'paths';
    }
}
const KEY = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
/**
 * Parses the `paths` input: one `image: glob, glob` per line, keyed by image name or prefix.
 *
 * ```yaml
 * paths: |
 *   api-gateway: gateway/**, libs/gateway-lib/**   # replaces the folder api-gateway/
 *   app: + libs/app-lib/**                          # adds to the folder app/
 * ```
 *
 * - The globs of an entry replace the image's folder: only they count (with `shared-paths`).
 * - A `+` right after the colon (or before each glob) adds the globs to the image's folder
 *   instead. An image's globs must all be additions or all replacements.
 * - An image may have several lines; their globs add up. Blank lines and `#` lines are ignored.
 *
 * Returns key -> globs, additions keeping their leading `+`.
 */
function parsePathsInput(text, input = 'paths') {
    const out = new Map();
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const where = `${input} line ${i + 1}`;
        const colon = line.indexOf(':');
        if (colon < 0) {
            throw new PathsError(`${where}: ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeForMessage */ .Gw)(line)} has no "image:"; write one image per line, e.g. "app: app/**, libs/app-lib/**"`);
        }
        const key = line.slice(0, colon).trim();
        if (!KEY.test(key)) {
            throw new PathsError(`${where}: ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeForMessage */ .Gw)(key)} is not an image name or prefix`);
        }
        let rest = line.slice(colon + 1).trim();
        const extendAll = rest.startsWith('+');
        if (extendAll)
            rest = rest.slice(1);
        const globs = (0,_util_glob_split_js__WEBPACK_IMPORTED_MODULE_2__/* .splitGlobs */ .K)(rest).map((g) => (extendAll && !g.startsWith('+') ? `+${g}` : g));
        if (globs.length === 0)
            throw new PathsError(`${where}: no globs for ${key}`);
        const entry = [...(out.get(key) ?? []), ...globs];
        readPathsEntry(key, entry, where);
        out.set(key, entry);
    });
    return out;
}
/** Validates the globs of one `paths` entry and reads the `+` (add to the folder) marker. */
function readPathsEntry(key, globs, input = 'paths') {
    const plus = globs.filter((g) => g.startsWith('+')).length;
    if (plus > 0 && plus < globs.length) {
        throw new PathsError(`${input}: ${key} mixes globs with and without a leading "+". Put "+" on all of them to add ` +
            `them to the image folder, or on none to replace the folder.`);
    }
    const clean = globs.map((g) => (g.startsWith('+') ? g.slice(1).trim() : g.trim()));
    for (const g of clean)
        checkGlob(g, input, key);
    if (clean.length === 0)
        throw new PathsError(`${input}: no globs for ${key}`);
    return { globs: clean, extend: plus > 0 };
}
/** Throws a PathsError naming the input when a glob cannot work as documented. */
function checkGlob(glob, input, key) {
    const where = `${input}${key !== undefined ? ` (${key})` : ''}`;
    if (glob === '')
        throw new PathsError(`${where}: empty glob`);
    if (glob.startsWith('!')) {
        throw new PathsError(`${where}: ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeForMessage */ .Gw)(glob)}: "!" negation is not supported in a glob list; ` +
            `list the paths that must never count in the ignore-paths input instead`);
    }
    if (glob.startsWith('/')) {
        throw new PathsError(`${where}: ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeForMessage */ .Gw)(glob)}: globs are relative to the repository root; remove the leading "/"`);
    }
    if (/[\0\n\r]/.test(glob))
        throw new PathsError(`${where}: ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeForMessage */ .Gw)(glob)} holds a control character`);
    if (glob.split('/').includes('..')) {
        throw new PathsError(`${where}: ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeForMessage */ .Gw)(glob)}: ".." cannot match a repository path`);
    }
}


/***/ }),

/***/ 3666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ readCheckoutFile),
/* harmony export */   rZ: () => (/* binding */ realPathOutside)
/* harmony export */ });
/* unused harmony export CHECKOUT_FILE_MAX_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5421);
/* harmony import */ var _repo_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8329);
/**
 * The one way the action and the CLI read a file of the checkout (the configuration file,
 * image_vars.src, the versions file, versions.txt). Whoever can open a pull request controls
 * every one of those files, symbolic links included, so a read:
 *
 * - resolves the path given (relative, no `..`, not in `.git`: {@link repoPath});
 * - follows a symbolic link only when its real path (`fs.realpath`) stays inside the real path
 *   of the repository root, and never into `.git` (where actions/checkout keeps the token);
 *   with `symlinks: 'refuse'`, refuses any symbolic link (the versions file, which is written);
 * - opens only a regular file (no FIFO, device, socket or folder), checked before the open and
 *   again with fstat on the opened descriptor (opened non-blocking, without following a link);
 * - reads at most {@link CHECKOUT_FILE_MAX_BYTES} (or `maxBytes`): the size is checked on the
 *   descriptor, then at most that many bytes plus one are read, so a file that grows while it is
 *   read (or `/dev/zero` swapped in) cannot fill the memory;
 * - returns UTF-8 text, or undefined when the file does not exist.
 *
 * Failures are {@link FileError}s that name the file and say what to fix.
 */




/**
 * The most a file of the checkout may hold: 16 MiB. image_vars.src, the versions file and
 * versions.txt are a few kilobytes; the bound only keeps a hostile file from filling the memory
 * (the versions file must also come back through the API, which stops near 8.5 MB).
 */
const CHECKOUT_FILE_MAX_BYTES = 16 * 1024 * 1024;
/** True when `real` is `root` or below it (both real paths). */
function within(realRoot, real) {
    return (real === realRoot ||
        real.startsWith(realRoot.endsWith((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) ? realRoot : realRoot + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)));
}
const notFound = (e) => e.code === 'ENOENT';
/**
 * Reads the file `rel` of the repository at `root`, as described above; undefined when it does
 * not exist (a dangling symbolic link included).
 */
async function readCheckoutFile(root, rel, options) {
    const { what } = options;
    const maxBytes = options.maxBytes ?? CHECKOUT_FILE_MAX_BYTES;
    const file = (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_3__/* .repoPath */ .qN)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root), rel, what);
    const name = (0,_util_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeForMessage */ .Gw)(file.rel);
    const fail = (why) => {
        throw new _repo_files_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(`${what} ${name} ${why}`);
    };
    let realRoot;
    try {
        realRoot = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(root);
    }
    catch (e) {
        if (notFound(e))
            return undefined;
        throw new _repo_files_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(`${what} ${name}: ${e.message}`);
    }
    let real;
    try {
        const link = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(file.abs);
        if (link.isSymbolicLink() && options.symlinks === 'refuse') {
            fail('is a symbolic link; point the input at the real file');
        }
        real = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(file.abs);
    }
    catch (e) {
        if (e instanceof _repo_files_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6)
            throw e;
        if (notFound(e))
            return undefined;
        throw new _repo_files_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(`${what} ${name}: ${e.message}`);
    }
    if (!within(realRoot, real)) {
        fail('leads outside the repository through a symbolic link; commit the file itself, or a link to a file inside the repository');
    }
    const inRoot = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(realRoot, real).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
    if (inRoot.some((part) => part.toLowerCase() === '.git')) {
        fail('leads into .git through a symbolic link; commit the file itself');
    }
    const kind = (s) => {
        if (s.isDirectory())
            fail('is not a regular file but a folder; point the input at a file');
        if (!s.isFile())
            fail('is not a regular file (a FIFO, a device or a socket); commit a text file');
    };
    const tooLarge = () => fail(`is larger than ${maxBytes} bytes, the most this file may hold; check that it is the right file`);
    try {
        // Checked before the open too: opening a device can have effects of its own.
        kind(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(real));
    }
    catch (e) {
        if (e instanceof _repo_files_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6)
            throw e;
        if (notFound(e))
            return undefined;
        throw new _repo_files_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(`${what} ${name}: ${e.message}`);
    }
    let handle;
    try {
        // Non-blocking: a FIFO put in its place meanwhile does not wait for a writer; no link
        // followed: the real path has none left, so one appearing meanwhile is refused (ELOOP).
        handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
    }
    catch (e) {
        if (notFound(e))
            return undefined;
        throw new _repo_files_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(`${what} ${name} cannot be opened: ${e.message}`);
    }
    let buf;
    try {
        const stat = await handle.stat();
        kind(stat);
        if (stat.size > maxBytes)
            tooLarge();
        // At most maxBytes + 1: one more byte than allowed proves the file grew past the cap.
        buf = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
        let length = 0;
        while (length < buf.length) {
            const { bytesRead } = await handle.read(buf, length, buf.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > maxBytes)
            tooLarge();
        buf = buf.subarray(0, length);
    }
    catch (e) {
        if (e instanceof _repo_files_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6)
            throw e;
        throw new _repo_files_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(`${what} ${name} cannot be read: ${e.message}`);
    }
    finally {
        await handle.close();
    }
    const text = buf.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(buf))
        fail('is not valid UTF-8 text');
    return text;
}
/**
 * True when the real path of the folder `dir` is not inside the real path of `root`: how
 * `working-directory` and the CLI's `--dir` are checked against GITHUB_WORKSPACE, so that a
 * committed symbolic link on the way cannot lead the run elsewhere. A folder that does not exist
 * is not refused here: reading its files then says what is missing.
 */
function realPathOutside(dir, root) {
    try {
        return !within((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(dir));
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 8329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f6: () => (/* binding */ FileError),
/* harmony export */   qN: () => (/* binding */ repoPath),
/* harmony export */   tw: () => (/* binding */ checkRelPath)
/* harmony export */ });
/* unused harmony export writeAtomic */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5421);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/**
 * The repository's paths checked, and its files written atomically. Files are read by
 * checkout-file.ts only.
 */





class FileError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KnownError */ .E {
    name = 'FileError';
    get id() {
        return 'repo-path';
    }
}
/**
 * The checks of {@link repoPath} that need no folder: a relative path, no `..` escape, not into
 * `.git`, no control characters. Returns the path normalized. Settings are checked with it as
 * soon as they are read, before any file is.
 */
function checkRelPath(rel, what) {
    if (rel === '' || (0,_util_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .hasControl */ .aQ)(rel)) {
        throw new FileError(`${what} ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeForMessage */ .Gw)(rel)} is not a valid path`);
    }
    if (node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel) || /^[A-Za-z]:/.test(rel)) {
        throw new FileError(`${what} ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeForMessage */ .Gw)(rel)} must be a path relative to the repository root`);
    }
    const normal = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.normalize(rel.replace(/\\/g, '/')).replace(/^\.\//, '');
    if (normal === '..' || normal.startsWith('../') || normal === '.' || normal.endsWith('/')) {
        throw new FileError(`${what} ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeForMessage */ .Gw)(rel)} points outside the repository or at a folder`);
    }
    if (normal.split('/').some((part) => part.toLowerCase() === '.git')) {
        throw new FileError(`${what} ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeForMessage */ .Gw)(rel)} is inside .git; point it at a file of the repository`);
    }
    return normal;
}
/**
 * Resolves a repository-relative path given by a user (an input or a flag). Refuses absolute
 * paths, `..` escapes, paths into `.git`, folders that are symlinks leading out of the repository
 * and control characters, so an input cannot reach outside the repository.
 */
function repoPath(root, rel, what) {
    const normal = checkRelPath(rel, what);
    const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, normal);
    // A symlinked folder on the way could still lead outside the repository.
    let dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(abs);
    while (dir !== root && dir !== node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(dir))
        dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(root) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(dir)) {
        const realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(root);
        const realDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(dir);
        if (realDir !== realRoot && !realDir.startsWith(realRoot + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep))) {
            throw new FileError(`${what} ${(0,_util_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeForMessage */ .Gw)(rel)} leads outside the repository through a symbolic link`);
        }
    }
    return { abs, rel: normal };
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


/***/ }),

/***/ 5189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ checkOid),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   fM: () => (/* binding */ lastLine),
/* harmony export */   i0: () => (/* binding */ killGroup),
/* harmony export */   qY: () => (/* binding */ GitProcesses),
/* harmony export */   xH: () => (/* binding */ GIT_NETWORK_TIMEOUT_MS)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_child_env_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4132);
/* harmony import */ var _util_refs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4940);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/**
 * The process runner of src/git/, the only module that runs git. Every call spawns `git` with an
 * argument array (never a shell), in the C locale so that error messages can be recognised, and
 * is counted. A command with a time bound runs as the leader of its own process group, so that
 * the helpers it starts (git-remote-https) are killed with it.
 */




class GitError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KnownError */ .E {
    args;
    result;
    name = 'GitError';
    get id() {
        return 'git';
    }
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
class GitProcesses {
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
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, {
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
}
/**
 * The environment of every git command: the runner's without credentials, the C locale, no prompts, no optional locks, and none of
 * the variables that change how pathspecs are read (GIT_LITERAL_PATHSPECS would make the
 * `:(top,literal)` magic of limited diffs a literal name, and the diffs silently empty).
 */
function gitEnv() {
    // Without the token and the other credentials (child-env.ts): git authenticates with what
    // actions/checkout left in .git/config.
    const env = (0,_util_child_env_js__WEBPACK_IMPORTED_MODULE_1__/* .childEnv */ .gf)({
        LC_ALL: 'C',
        LANGUAGE: 'C',
        GIT_TERMINAL_PROMPT: '0',
        GIT_OPTIONAL_LOCKS: '0'
    });
    for (const name of [
        'GIT_LITERAL_PATHSPECS',
        'GIT_GLOB_PATHSPECS',
        'GIT_NOGLOB_PATHSPECS',
        'GIT_ICASE_PATHSPECS'
    ])
        delete env[name];
    return env;
}
/**
 * Kills a process group (a child spawned with `detached: true` leads its own), ignoring one that
 * is already gone.
 */
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
/** Throws a GitError unless `oid` is a full object id (never an option or a revision). */
function checkOid(oid) {
    if (!_util_refs_js__WEBPACK_IMPORTED_MODULE_3__/* .OID */ .Vx.test(oid))
        throw new GitError(`Not an object id: ${JSON.stringify(oid)}`, [oid]);
}
/** The last non-empty line of a text (git's actual complaint is usually there). */
function lastLine(text) {
    const lines = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '');
    return lines[lines.length - 1] ?? '';
}


/***/ }),

/***/ 2842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vw: () => (/* binding */ jobFor)
});

// UNUSED EXPORTS: SUPPORTED_EVENTS, isOwnCommit

// EXTERNAL MODULE: ./src/util/refs.ts
var refs = __webpack_require__(4940);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/plan/event-payload.ts
/**
 * The event as the runner hands it over, and its payload read defensively for the event rules
 * (event.ts): a field of the expected type or an {@link EventError} naming it, a branch from a
 * ref, the repository's default branch. Pure.
 */


class EventError extends errors/* KnownError */.E {
    name = 'EventError';
    get id() {
        return 'event';
    }
}
/** A field of the payload: undefined when absent or null, an EventError when of another type. */
function field(obj, key, type, where) {
    if (obj === null || typeof obj !== 'object')
        return undefined;
    const value = obj[key];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== type) {
        throw new EventError(`The ${where} payload has ${key} of type ${typeof value}; expected a ${type}`);
    }
    return value;
}
/** The branch a `refs/heads/` ref names, if it is a valid branch name. */
function branchOf(ref) {
    if (!ref.startsWith('refs/heads/'))
        return undefined;
    const name = ref.slice('refs/heads/'.length);
    return (0,refs/* isBranchName */.Q8)(name) ? name : undefined;
}
/** The repository's default branch as the payload names it, if it is a branch name. */
function defaultBranchOf(payload, where) {
    const repository = field(payload, 'repository', 'object', where);
    const name = field(repository, 'default_branch', 'string', where);
    return name && (0,refs/* isBranchName */.Q8)(name) ? name : undefined;
}

// EXTERNAL MODULE: ./src/util/escape.ts
var util_escape = __webpack_require__(5421);
// EXTERNAL MODULE: ./src/util/version.ts
var util_version = __webpack_require__(6092);
;// CONCATENATED MODULE: ./src/plan/event.ts




const SUPPORTED_EVENTS = [
    'release',
    'push',
    'create',
    'workflow_dispatch',
    'pull_request'
];
const PIN_HEADLINE = 'Pin versions of';
const UNPIN_HEADLINE = 'Unpin versions of';
/** True for a commit message this action writes (so a push of only those is skipped). */
function isOwnCommit(message, prefix) {
    return (message.startsWith(`${prefix} ${PIN_HEADLINE} `) ||
        message.startsWith(`${prefix} ${UNPIN_HEADLINE} `));
}
/** The job of a release: by a GitHub release, or by the push or creation of its tag. */
function pinRelease(tag, inputs, dryRun, how) {
    const version = (0,util_version/* parseRelease */.BC)(tag, 'release tag');
    // The tag's form decides (v1.2.0-rc.1 is a prerelease), not GitHub's flag: teams whose
    // releases are created automatically, flagged prerelease, still pin their release tags.
    if (version.prerelease && !inputs.pinPrereleases) {
        return {
            kind: 'skip',
            reason: `${how.what} ${tag} is a prerelease; set pin-prereleases: true to pin to prereleases`
        };
    }
    const notes = how.flagged === true && !version.prerelease
        ? [
            `GitHub flags release ${tag} as a prerelease; it is pinned all the same, because its tag ` +
                `is not a semver prerelease (v1.2.0-rc.1 is): the tag's form decides`
        ]
        : [];
    return {
        kind: 'run',
        intent: { kind: 'release', version: tag },
        branch: inputs.settings.branch ?? how.branch,
        dryRun,
        headline: `${inputs.commitMessagePrefix} ${PIN_HEADLINE} unpinned images (${tag})`,
        ...(notes.length > 0 ? { notes } : {})
    };
}
function releaseJob(ctx, inputs, dryRun) {
    const action = field(ctx.payload, 'action', 'string', 'release');
    if (action !== 'created' && action !== 'published') {
        return {
            kind: 'skip',
            reason: `release action "${action ?? '(none)'}" is not created or published; nothing to pin`
        };
    }
    const release = field(ctx.payload, 'release', 'object', 'release');
    if (field(release, 'draft', 'boolean', 'release') === true) {
        return {
            kind: 'skip',
            reason: 'the release is a draft; its tag may not exist yet. Pinning happens when it is published'
        };
    }
    const tag = field(release, 'tag_name', 'string', 'release');
    if (!tag)
        throw new EventError('The release payload has no release.tag_name; is this a release event?');
    const flagged = field(release, 'prerelease', 'boolean', 'release') === true;
    const commitish = field(release, 'target_commitish', 'string', 'release');
    const commitishBranch = commitish && !refs/* OID */.Vx.test(commitish)
        ? branchOf(commitish.startsWith('refs/') ? commitish : `refs/heads/${commitish}`)
        : undefined;
    return pinRelease(tag, inputs, dryRun, {
        what: 'release',
        branch: commitishBranch ?? defaultBranchOf(ctx.payload, 'release'),
        flagged
    });
}
/**
 * A release tag pushed or created (`vX.Y.Z`, `release-X.Y.Z`): pinned as a release is, on the
 * `branch` input, else the repository's default branch. Any other tag is skipped.
 */
function tagJob(ctx, inputs, dryRun, tag, where) {
    if (!(0,util_version/* tryParseRelease */._7)(tag)) {
        return {
            kind: 'skip',
            reason: `tag ${(0,util_escape/* escapeForMessage */.Gw)(tag)} is not a release tag (vX.Y.Z or release-X.Y.Z); nothing to pin`
        };
    }
    return pinRelease(tag, inputs, dryRun, {
        what: 'tag',
        branch: defaultBranchOf(ctx.payload, where)
    });
}
function pushJob(ctx, inputs, dryRun) {
    const ref = field(ctx.payload, 'ref', 'string', 'push') ?? ctx.ref;
    if (field(ctx.payload, 'deleted', 'boolean', 'push') === true) {
        return { kind: 'skip', reason: `push deleted ${ref}; nothing to do` };
    }
    if (ref.startsWith('refs/tags/'))
        return tagJob(ctx, inputs, dryRun, ref.slice('refs/tags/'.length), 'push');
    const branch = branchOf(ref);
    if (!branch)
        throw new EventError(`The push payload's ref ${(0,util_escape/* escapeForMessage */.Gw)(ref)} is not a branch ref`);
    const commits = ctx.payload.commits;
    if (commits !== undefined && !Array.isArray(commits))
        throw new EventError('The push payload has commits that is not a list');
    const messages = (commits ?? []).map((c) => field(c, 'message', 'string', 'push') ?? '');
    if (messages.length > 0 && messages.every((m) => isOwnCommit(m, inputs.commitMessagePrefix))) {
        return {
            kind: 'skip',
            reason: `every commit of this push is this action's own ("${inputs.commitMessagePrefix} ...")`
        };
    }
    return {
        kind: 'run',
        intent: { kind: 'push' },
        branch: inputs.settings.branch ?? branch,
        dryRun,
        headline: `${inputs.commitMessagePrefix} ${UNPIN_HEADLINE} updated images`
    };
}
/** `create` of a tag: a release tag pins; a branch or any other tag is skipped. */
function createJob(ctx, inputs, dryRun) {
    const refType = field(ctx.payload, 'ref_type', 'string', 'create');
    const name = field(ctx.payload, 'ref', 'string', 'create');
    if (refType !== 'tag') {
        const what = refType === 'branch' ? 'a branch' : `a ref of type ${(0,util_escape/* escapeForMessage */.Gw)(refType ?? '(none)')}`;
        return { kind: 'skip', reason: `creation of ${what}; only the creation of a release tag pins` };
    }
    const tag = name ?? (ctx.ref.startsWith('refs/tags/') ? ctx.ref.slice('refs/tags/'.length) : '');
    if (!tag)
        throw new EventError('The create payload names no tag; is this a create event?');
    return tagJob(ctx, inputs, dryRun, tag.startsWith('refs/tags/') ? tag.slice(10) : tag, 'create');
}
function manualJob(ctx, inputs, mode) {
    const branch = inputs.settings.branch ?? branchOf(ctx.ref);
    const by = ctx.actor ? `, by ${ctx.actor}` : '';
    if (mode === 'pin') {
        const img = inputs.images;
        const intent = img.kind === 'versions'
            ? { kind: 'pin', targets: img.pairs, manual: inputs.manual }
            : {
                kind: 'pin',
                ...(inputs.version !== undefined ? { version: inputs.version } : {}),
                ...(img.kind === 'list' ? { only: img.refs } : {}),
                manual: inputs.manual
            };
        return {
            kind: 'run',
            intent,
            branch,
            dryRun: inputs.dryRun,
            headline: `${inputs.commitMessagePrefix} ${PIN_HEADLINE} images (manual run${by})`
        };
    }
    const img = inputs.images;
    if (img.kind === 'versions') {
        throw new EventError('mode: unpin takes image names in the images input, not name=version pairs');
    }
    if (img.kind === 'none') {
        throw new EventError('mode: unpin needs the images input: a list of images, or "all"');
    }
    return {
        kind: 'run',
        intent: { kind: 'unpin', prefixes: img.kind === 'all' ? 'all' : img.refs },
        branch,
        dryRun: inputs.dryRun,
        headline: `${inputs.commitMessagePrefix} ${UNPIN_HEADLINE} images (manual run${by})`
    };
}
function pullRequestJob(ctx, inputs) {
    const pr = field(ctx.payload, 'pull_request', 'object', 'pull_request');
    const number = ctx.payload.number ?? pr?.number;
    const base = field(pr, 'base', 'object', 'pull_request');
    const head = field(pr, 'head', 'object', 'pull_request');
    const baseRef = field(base, 'ref', 'string', 'pull_request');
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0 || !baseRef) {
        throw new EventError('The pull_request payload has no pull request number or base branch; is this a pull_request event?');
    }
    if (!refs/* OID */.Vx.test(ctx.sha)) {
        throw new EventError(`GITHUB_SHA ${(0,util_escape/* escapeForMessage */.Gw)(ctx.sha)} is not a commit sha`);
    }
    const action = field(ctx.payload, 'action', 'string', 'pull_request');
    if (action === 'closed')
        return { kind: 'skip', reason: 'the pull request was closed' };
    const repoOf = (side) => field(field(side, 'repo', 'object', 'pull_request'), 'full_name', 'string', 'pull_request');
    const headSha = field(head, 'sha', 'string', 'pull_request');
    const branch = branchOf(`refs/heads/${baseRef}`);
    if (!branch) {
        throw new EventError(`The pull request's base ${(0,util_escape/* escapeForMessage */.Gw)(baseRef)} is not a branch name`);
    }
    return {
        kind: 'run',
        intent: { kind: 'push' },
        branch,
        dryRun: true,
        headline: `${inputs.commitMessagePrefix} ${UNPIN_HEADLINE} updated images`,
        preview: {
            number,
            mergeSha: ctx.sha,
            fork: repoOf(head) !== repoOf(base),
            ...(headSha && refs/* OID */.Vx.test(headSha) ? { headSha } : {})
        }
    };
}
function unsupported(eventName) {
    return new EventError(`Event ${(0,util_escape/* escapeForMessage */.Gw)(eventName)} is not supported. Run this action on: ${SUPPORTED_EVENTS.join(', ')} ` +
        `(release: created/published; push to a branch; push or create of a release tag; workflow_dispatch with mode pin, unpin or plan; pull_request to preview)`);
}
/** Decides the job for this run. */
function jobFor(ctx, inputs) {
    const dryRun = inputs.dryRun || inputs.mode === 'plan';
    if (ctx.eventName === 'pull_request_target') {
        throw new EventError('pull_request_target is refused: it runs with a write token next to code from the pull request, ' +
            'and this action reads the checkout. Run it on pull_request: it previews the merge with a read-only token.');
    }
    if (!SUPPORTED_EVENTS.includes(ctx.eventName))
        throw unsupported(ctx.eventName);
    if (ctx.eventName === 'pull_request') {
        if (inputs.mode === 'pin' || inputs.mode === 'unpin') {
            throw new EventError(`mode: ${inputs.mode} is not for pull_request; a pull request only previews (mode: auto or plan)`);
        }
        return pullRequestJob(ctx, inputs);
    }
    if (inputs.mode === 'pin' || inputs.mode === 'unpin')
        return manualJob(ctx, inputs, inputs.mode);
    switch (ctx.eventName) {
        case 'release':
            return releaseJob(ctx, inputs, dryRun);
        case 'push':
            return pushJob(ctx, inputs, dryRun);
        case 'create':
            return createJob(ctx, inputs, dryRun);
        case 'workflow_dispatch':
            // A manual run without a mode shows what a push would do now; it never writes.
            return {
                kind: 'run',
                intent: { kind: 'push' },
                branch: inputs.settings.branch ?? branchOf(ctx.ref),
                dryRun: true,
                headline: `${inputs.commitMessagePrefix} ${UNPIN_HEADLINE} updated images`
            };
        default:
            throw unsupported(ctx.eventName);
    }
}


/***/ }),

/***/ 151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GS: () => (/* binding */ SETTING_KEYS),
  bw: () => (/* binding */ checkPathsImages),
  o2: () => (/* binding */ inputNamer),
  ss: () => (/* binding */ mergeSettings),
  yL: () => (/* binding */ oneOf),
  Q8: () => (/* binding */ readGiven),
  YA: () => (/* binding */ seconds),
  Hd: () => (/* binding */ valueLines)
});

// UNUSED EXPORTS: DEFAULT_SETTINGS, SettingsError, flagNamer, globList

// EXTERNAL MODULE: ./src/detect/compare-command.ts
var compare_command = __webpack_require__(6312);
// EXTERNAL MODULE: ./src/util/escape.ts
var util_escape = __webpack_require__(5421);
;// CONCATENATED MODULE: ./src/util/closest.ts
/**
 * The closest of a few known names to a mistyped one, by edit distance: the "did you mean" of
 * an unknown option or an unknown image.
 */
/**
 * Edit distance with adjacent transpositions (optimal string alignment): insertions, deletions,
 * substitutions and swaps of two neighbours (`--dri` for `--dir`) each count 1. O(a·b) time.
 */
function editDistance(a, b) {
    const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        const prev = rows[i - 1];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                d = Math.min(d, rows[i - 2][j - 2] + 1);
            }
            row.push(d);
        }
        rows.push(row);
    }
    return rows[a.length][b.length];
}
/**
 * The known name closest to `name` (case aside), when it is close enough to be a typo: at most
 * a third of the shorter name's characters differ (at least 1, at most 3). Names over 100
 * characters are not compared.
 */
function closest(name, known) {
    if (name.length > 100)
        return undefined;
    const core = (s) => s.toLowerCase().replace(/^-+/, '');
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const k of known) {
        if (k.length > 100)
            continue;
        const [x, y] = [core(name), core(k)];
        const d = editDistance(x, y);
        const limit = Math.min(3, Math.max(1, Math.floor(Math.min(x.length, y.length) / 3)));
        if (d <= limit && d < bestDistance) {
            best = k;
            bestDistance = d;
        }
    }
    return best;
}

// EXTERNAL MODULE: ./src/files/repo-files.ts
var repo_files = __webpack_require__(8329);
// EXTERNAL MODULE: ./src/util/glob/split.ts
var split = __webpack_require__(7631);
// EXTERNAL MODULE: ./src/detect/paths-input.ts
var paths_input = __webpack_require__(1962);
// EXTERNAL MODULE: ./src/util/refs.ts
var refs = __webpack_require__(4940);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/plan/settings.ts








/** Each setting's name as users write it: the action input, the CLI flag and the file's key. */
const SETTING_KEYS = {
    paths: 'paths',
    sharedPaths: 'shared-paths',
    ignorePaths: 'ignore-paths',
    detection: 'detection',
    compareCommand: 'compare-command',
    compareTimeoutMs: 'compare-timeout',
    onMissingTag: 'on-missing-tag',
    varsFile: 'vars-file',
    versionsFile: 'versions-file',
    branch: 'branch'
};
/** The values used when neither an input nor the file sets them. */
const DEFAULT_SETTINGS = {
    paths: new Map(),
    sharedPaths: [],
    ignorePaths: [],
    detection: 'paths',
    compareCommand: undefined,
    compareTimeoutMs: 600_000,
    onMissingTag: 'unpin',
    varsFile: 'scripts/image_vars.src',
    versionsFile: 'scripts/image_versions.src',
    branch: undefined
};
/** A bad setting, named as the face or the file spells it. */
class SettingsError extends errors/* KnownError */.E {
    name = 'SettingsError';
    get id() {
        return 'settings';
    }
}
const inputNamer = Object.assign((name) => `Input ${name}`, {
    ref: (name) => name
});
const flagNamer = Object.assign((name) => `--${name}`, {
    ref: (name) => `--${name}`
});
/** One of the allowed values, or the fallback when not given. */
function oneOf(say, name, raw, allowed, fallback) {
    const value = (raw ?? '').trim();
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new SettingsError(`${say(name)} is ${(0,util_escape/* escapeForMessage */.Gw)(value)}; accepted values: ${allowed.join(', ')}`);
}
/** A duration in seconds (a positive number, at most a day), returned in milliseconds. */
function seconds(say, name, raw, fallback) {
    const value = (raw ?? '').trim();
    if (value === '')
        return fallback * 1000;
    const n = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || n <= 0 || n > 86400) {
        throw new SettingsError(`${say(name)} is ${(0,util_escape/* escapeForMessage */.Gw)(value)}; accepted values: a number of seconds above 0, at most 86400`);
    }
    return Math.round(n * 1000);
}
/** The lines of a multiline value, without `#` comment lines. */
function valueLines(raw) {
    return raw.split(/\r?\n/).filter((line) => !line.trim().startsWith('#'));
}
/** Splits a glob list on newlines and on commas outside `{...}`. */
function globList(raw) {
    return valueLines(raw).flatMap((line) => (0,split/* splitGlobs */.K)(line));
}
/** JavaScript's own errors: a bug, never a bad value. */
const JS_ERRORS = new Set(['TypeError', 'ReferenceError', 'RangeError', 'SyntaxError']);
/**
 * Parses the settings the user gave; the others stay unset, for the file or the default. Every
 * bad value throws a {@link SettingsError}.
 */
function readGiven(given, say) {
    const parse = {
        paths: (raw) => (0,paths_input/* parsePathsInput */.g9)(raw),
        sharedPaths: (raw) => globList(raw),
        ignorePaths: (raw) => globList(raw),
        detection: (raw, name) => oneOf(say, name, raw, ['paths', 'command'], 'paths'),
        compareCommand: (raw, name) => (0,compare_command/* splitCommand */.GW)(raw, name),
        compareTimeoutMs: (raw, name) => seconds(say, name, raw, 0),
        onMissingTag: (raw, name) => oneOf(say, name, raw, ['unpin', 'keep', 'fail'], 'unpin'),
        // The path's shape is known now; whether the file is there, when the checkout is read.
        varsFile: (raw, name) => ((0,repo_files/* checkRelPath */.tw)(raw, say.ref(name)), raw),
        versionsFile: (raw, name) => ((0,repo_files/* checkRelPath */.tw)(raw, say.ref(name)), raw),
        branch: (raw, name) => {
            const branch = raw.replace(/^refs\/heads\//, '');
            if (!(0,refs/* isBranchName */.Q8)(branch)) {
                throw new SettingsError(`${say(name)} ${(0,util_escape/* escapeForMessage */.Gw)(branch)} is not a valid branch name`);
            }
            return branch;
        }
    };
    const out = {};
    for (const [field, name] of Object.entries(SETTING_KEYS)) {
        const raw = given[name] ?? '';
        // paths keeps its lines as given; every other value is one trimmed word or list.
        if (raw.trim() === '')
            continue;
        try {
            out[field] = parse[field](field === 'paths' ? raw : raw.trim(), name);
        }
        catch (e) {
            // Whatever module found it (paths, globs, the command's quotes, the path), a bad value is
            // a settings error: the CLI answers it with its usage line and exit 2.
            if (e instanceof SettingsError || !(e instanceof Error) || JS_ERRORS.has(e.name))
                throw e;
            throw new SettingsError(e.message, { cause: e });
        }
    }
    return out;
}
/**
 * Merges the given settings over the configuration file over the defaults, setting by setting
 * (a given `paths` replaces the file's whole `paths`). `configFile` names the file in errors.
 */
function mergeSettings(config, given, say = inputNamer, configFile = 'the configuration file') {
    const settings = {};
    const sources = {};
    for (const name of Object.keys(SETTING_KEYS)) {
        const [value, source] = given[name] !== undefined
            ? [given[name], 'input']
            : config?.[name] !== undefined
                ? [config[name], 'config file']
                : [DEFAULT_SETTINGS[name], 'default'];
        settings[name] = value;
        sources[name] = source;
    }
    const merged = settings;
    const done = sources;
    if (merged.detection === 'command' && merged.compareCommand === undefined) {
        const from = done.detection === 'input' ? say('detection') : `detection in ${configFile}`;
        throw new SettingsError(`${from} is "command" but no compare-command is set; set ${say.ref('compare-command')} (or compare-command in ${configFile}), or use detection: paths`);
    }
    return { settings: merged, sources: done };
}
/**
 * Every `paths` entry must name an image of the list (by name or prefix): an entry for a
 * mistyped name would otherwise leave the image it meant on its derived inputs, silently.
 */
function checkPathsImages(paths, images, varsFile) {
    const known = images.flatMap((i) => [i.name, i.prefix]);
    for (const key of paths.keys()) {
        if (known.includes(key))
            continue;
        const meant = closest(key, images.map((i) => i.name)) ?? images.find((i) => closest(key, [i.prefix]) !== undefined)?.name;
        throw new SettingsError(`paths: ${(0,util_escape/* escapeForMessage */.Gw)(key)} is not an image of ${varsFile}; ${meant !== undefined
            ? `did you mean ${meant}?`
            : `the images are ${images.map((i) => i.name).join(', ')}`}`);
    }
}


/***/ }),

/***/ 4132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   gf: () => (/* binding */ childEnv)
/* harmony export */ });
/* unused harmony exports CREDENTIAL_VARIABLES, clearSecrets */
/* harmony import */ var _masks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9317);
/**
 * The environment of every child process (git, `compare-command`), built in one place: the
 * runner's environment minus everything that carries the token or another credential, plus
 * what the caller adds. docs/security.md lists exactly what a child gets.
 *
 * Removed:
 * - every `INPUT_*` variable: the action's inputs, `INPUT_TOKEN` among them (a child needs none);
 * - the credentials the runner or a workflow may set: {@link CREDENTIAL_VARIABLES};
 * - any variable whose value holds the token, or a form of it git or HTTP headers carry
 *   (base64, `x-access-token:` in base64), whatever its name: `MY_PAT: ${{ secrets.X }}` set
 *   to the same token goes too.
 *
 * git still authenticates as actions/checkout set it up: the credential is in the checkout's
 * `.git/config` (`http.<url>.extraheader`), not in the environment.
 */

/** Credentials a runner or a workflow may put in the environment; never passed on. */
const CREDENTIAL_VARIABLES = [
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'GH_ENTERPRISE_TOKEN',
    'GITHUB_ENTERPRISE_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL'
];
/** The token's forms that a child's environment may not hold (registered by maskToken). */
const secrets = new Set();
/**
 * Values shorter than this are only removed when a variable equals them: a 3-character test
 * token must not take PATH away because PATH happens to contain it. Real tokens are 40+.
 */
const MIN_CONTAINED = 16;
/** Registers the token: no variable holding it (or a form of it) reaches a child. */
function registerSecret(token) {
    if (token === '')
        return;
    for (const form of (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenForms */ .p)(token))
        secrets.add(form);
}
/** Forgets the registered tokens (tests). */
function clearSecrets() {
    secrets.clear();
}
function holdsSecret(value, forms) {
    for (const form of forms) {
        if (value === form || (form.length >= MIN_CONTAINED && value.includes(form)))
            return true;
    }
    return false;
}
/**
 * The environment for a child process: `base` (default process.env) without the inputs, the
 * credentials and any value holding the token, then `extra` on top.
 */
function childEnv(extra = {}, base = process.env) {
    const forms = new Set(secrets);
    // The token as the runner hands it over, registered or not (a run that failed before masking).
    const input = base.INPUT_TOKEN?.trim();
    if (input)
        for (const form of (0,_masks_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenForms */ .p)(input))
            forms.add(form);
    const env = {};
    for (const [name, value] of Object.entries(base)) {
        if (value === undefined)
            continue;
        if (name.toUpperCase().startsWith('INPUT_'))
            continue;
        if (CREDENTIAL_VARIABLES.includes(name.toUpperCase()))
            continue;
        if (holdsSecret(value, forms))
            continue;
        env[name] = value;
    }
    return { ...env, ...extra };
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ KnownError)
/* harmony export */ });
/**
 * The base of the errors this project throws on purpose. Each kind has a stable `id`, a short
 * kebab-case name that code and tests may rely on (the class name and the message may change).
 * An error class is `class XError extends KnownError` with its `name` and `get id()`; `instanceof`
 * works on the class as before, and on KnownError for any of them.
 *
 * The `id` is a getter on the class, not a field, so an error's own properties stay its message
 * and stack. github/errors.ts's ActionError gives each failure it builds its own id (printed after
 * the message, listed in docs/troubleshooting.md); the other classes have one id per class, never
 * printed.
 */
class KnownError extends Error {
}


/***/ }),

/***/ 5421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gw: () => (/* binding */ escapeForMessage),
/* harmony export */   Ig: () => (/* binding */ forLog),
/* harmony export */   UN: () => (/* binding */ escapeControls),
/* harmony export */   aQ: () => (/* binding */ hasControl),
/* harmony export */   gj: () => (/* binding */ forSummaryCell),
/* harmony export */   zD: () => (/* binding */ forCommitBody)
/* harmony export */ });
/* unused harmony export forCliTable */
/**
 * Text from data (file names, image and tag names, git and API messages, command output) on its
 * way out. One function per sink; each sink applies its own, once, so a reason that quotes a file
 * name is safe wherever it goes. See DESIGN.md, "Untrusted text and waits".
 */
// Characters that break a line, hide text or reorder it on screen: C0, DEL, C1 (NEL included),
// lone surrogates, the Unicode line and paragraph separators, the byte-order mark, and the bidi
// controls of "Trojan source" (U+061C, U+200E/F, U+202A-202E, U+2066-2069).
const INVISIBLE = 
// eslint-disable-next-line no-control-regex -- control characters are what is escaped
/[\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Every invisible character as a visible escape (`\n`, `\u{202e}`); the result is one line. */
function visible(text) {
    return text.replace(INVISIBLE, (ch) => NAMED[ch] ?? `\\u{${ch.codePointAt(0).toString(16)}}`);
}
// The runner reads `::command::` at the start of a line after leading white space, and the older
// `##[command]` form anywhere in a line.
const COMMAND_START = /^(\s*):/;
const LEGACY_COMMAND = /##\[/g;
/** One line that the runner cannot read as a workflow command. */
function inert(line) {
    const out = line.replace(LEGACY_COMMAND, '##\\u{5b}');
    return out.replace(COMMAND_START, (_m, space) => `${space}\\u{3a}`);
}
// C0 control characters and DEL: what a path or a one-line value may not hold.
// eslint-disable-next-line no-control-regex -- control characters are what is matched
const CONTROL = /[\0-\x1f\x7f]/;
// eslint-disable-next-line no-control-regex -- control characters are what is escaped
const CONTROLS = /[\0-\x1f\x7f]/g;
/** True when the text holds a C0 control character (a line break, a tab, NUL) or DEL. */
function hasControl(text) {
    return CONTROL.test(text);
}
/**
 * Every C0 control character and DEL as `\u{..}` (a newline as `\u{a}`), everything else as it
 * is: a line of a file quoted in a message, its other characters unchanged.
 */
function escapeControls(text) {
    return text.replace(CONTROLS, (ch) => `\\u{${ch.codePointAt(0).toString(16)}}`);
}
/** Escapes a value for an error message: every non-printable or non-ASCII character as \u{..}. */
function escapeForMessage(value, max = 80) {
    const cut = value.length > max ? value.slice(0, max) : value;
    let out = '';
    for (const ch of cut) {
        const code = ch.codePointAt(0);
        if (ch === '\\')
            out += '\\\\';
        else if (ch === '"')
            out += '\\"';
        else if (code === 0x0a)
            out += '\\n';
        else if (code === 0x0d)
            out += '\\r';
        else if (code === 0x09)
            out += '\\t';
        else if (code < 0x20 || code >= 0x7f)
            out += `\\u{${code.toString(16)}}`;
        else
            out += ch;
    }
    return `"${out}"${value.length > max ? `... (${value.length} characters)` : ''}`;
}
/**
 * For runner stdout/stderr and annotation text (`core.info`, `warning`, `notice`, `setFailed`) and
 * CLI messages: one line, invisible characters shown as escapes, never a workflow command.
 * A backslash is kept as it is, so a message already escaped by escapeForMessage stays readable;
 * applying it twice gives the same text.
 */
function forLog(text) {
    return inert(visible(text));
}
/** For one cell of the CLI's plain table: one line, no terminal control sequence, no command. */
function forCliTable(cell) {
    return inert(visible(cell));
}
// Markdown characters that can open a construct in the middle of a table cell: emphasis, code,
// links and images, strikethrough, the `@` of e-mail autolinks, the table's `|` and the backslash
// itself; and, to keep other text readable, only the `.` of `www.` and the `:` of `://` (autolinks).
const MARKDOWN = /[\\`*_[\]!~@|]|(?<=www)\.|:(?=\/\/)/gi;
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/**
 * For text in the job summary or a pull request body (a table cell, a heading, a callout): one
 * line; `&`, `<`, `>` as HTML entities; every Markdown character that could start a link, an
 * image, emphasis, code or an autolink backslash-escaped (`|` as the table escape `\|`). Rendered,
 * the text reads exactly as visible(text): nothing becomes a link, an image or HTML.
 */
function forSummaryCell(text) {
    return visible(text)
        .replace(MARKDOWN, (ch) => `\\${ch}`)
        .replace(/[&<>]/g, (ch) => HTML[ch]);
}
// A git trailer is `token: value` or `token:value`, the token made of letters, digits and `-`.
const TRAILER_START = /^(\s*[A-Za-z0-9-]+\s*):/;
/**
 * For data inside the commit message body: one line (no newline from data can start a line, so
 * none can become a trailer such as `Co-authored-by:`), and text that itself begins like a
 * trailer has its `:` escaped in case a caller puts it at the start of a line.
 */
function forCommitBody(text) {
    return visible(text).replace(TRAILER_START, (_m, token) => `${token}\\u{3a}`);
}


/***/ }),

/***/ 7631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ splitGlobs)
/* harmony export */ });
/** Lists of globs in one input line, without picomatch (cheap to load). */
/** Splits on commas that are not inside `{...}`, so `src/{main,test}/**` stays one glob. */
function splitGlobs(text) {
    const out = [];
    let depth = 0;
    let current = '';
    for (const ch of text) {
        if (ch === '{')
            depth++;
        else if (ch === '}' && depth > 0)
            depth--;
        if (ch === ',' && depth === 0) {
            out.push(current);
            current = '';
        }
        else
            current += ch;
    }
    out.push(current);
    return out.map((g) => g.trim()).filter((g) => g !== '');
}


/***/ }),

/***/ 9317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ tokenForms)
/* harmony export */ });
/** The forms a token takes in logs, git and HTTP headers; every one is masked (no dependencies). */
function tokenForms(token) {
    return [
        token,
        Buffer.from(token).toString('base64'),
        Buffer.from(`x-access-token:${token}`).toString('base64')
    ];
}


/***/ }),

/***/ 4940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ privateBranchRef),
/* harmony export */   Q8: () => (/* binding */ isBranchName),
/* harmony export */   Vx: () => (/* binding */ OID),
/* harmony export */   Xx: () => (/* binding */ privateTagRef),
/* harmony export */   ne: () => (/* binding */ PRIVATE_REFS)
/* harmony export */ });
/** What a commit id and a branch name may be: one check each, for every module. */
/** A full object id (SHA-1 or SHA-256). */
const OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** git check-ref-format rules for a branch, plus nothing that could read as an option. */
function isBranchName(name) {
    return (/^[A-Za-z0-9._/-]+$/.test(name) &&
        !name.startsWith('-') &&
        !name.startsWith('/') &&
        !name.endsWith('/') &&
        !name.endsWith('.') &&
        !name.split('/').some((part) => part.endsWith('.lock')) &&
        name !== 'HEAD' &&
        !name.includes('..') &&
        !name.includes('//') &&
        !name.split('/').some((part) => part.startsWith('.')) &&
        name !== '@' &&
        name.length <= 255);
}
/** Where fetched refs go: outside refs/tags/ and refs/remotes/; checkout-state.ts deletes them. */
const PRIVATE_REFS = 'refs/vro-image-version/';
/** The private ref a fetched tag is stored under. */
const privateTagRef = (tag) => `${PRIVATE_REFS}tags/${tag}`;
/** The private ref a fetched branch head is stored under. */
const privateBranchRef = (branch) => `${PRIVATE_REFS}heads/${branch}`;


/***/ }),

/***/ 6092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ parseRelease),
/* harmony export */   _7: () => (/* binding */ tryParseRelease),
/* harmony export */   c0: () => (/* binding */ compareReleases),
/* harmony export */   c4: () => (/* binding */ isImageVersion)
/* harmony export */ });
/* unused harmony exports ACCEPTED_FORMS, SHORT_SHA, VersionError */
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8469);
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6353);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5421);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
// Only the parts of semver used here: the whole package builds every range parser at load, which
// the action's fast skip path (early-skip.ts) would pay for.




const ACCEPTED_FORMS = 'vX.Y.Z or release-X.Y.Z (semver, optional -prerelease and +build)';
/** The 7-hex short sha that an unpinned image is tagged with. */
const SHORT_SHA = /^[0-9a-f]{7}$/;
// A strict subset of semver: no leading "=" or spaces, no loose parsing.
// Every character it admits is inert inside bash double quotes.
const RELEASE = /^(v|release-)((?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)$/;
const MAX_LENGTH = 128;
class VersionError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KnownError */ .E {
    name = 'VersionError';
    get id() {
        return 'version';
    }
}
/** Parses a release version, or returns undefined. */
function tryParseRelease(value) {
    if (value.length > MAX_LENGTH)
        return undefined;
    const m = RELEASE.exec(value);
    if (!m)
        return undefined;
    const parsed = semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_1___default()(m[2]);
    if (!parsed)
        return undefined;
    return {
        raw: value,
        form: m[1] === 'v' ? 'v' : 'release',
        semver: parsed,
        prerelease: parsed.prerelease.length > 0
    };
}
/** Parses a release version or throws an error that shows the value and the accepted forms. */
function parseRelease(value, what = 'version') {
    const v = tryParseRelease(value);
    if (!v) {
        throw new VersionError(`Invalid ${what} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeForMessage */ .Gw)(value)}: expected ${ACCEPTED_FORMS}, e.g. v1.2.3 or release-1.2.3`);
    }
    return v;
}
/** True for a value that may stand as an image version: a release or a 7-hex sha. */
function isImageVersion(value) {
    return SHORT_SHA.test(value) || tryParseRelease(value) !== undefined;
}
/** Orders release versions by semver precedence; `release-` after `v` on a tie. */
function compareReleases(a, b) {
    return semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default()(a.semver, b.semver) || (a.form === b.form ? 0 : a.form === 'v' ? -1 : 1);
}


/***/ })

};
