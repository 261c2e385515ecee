export const id = 414;
export const ids = [414];
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


/***/ })

};
