// The bad-input corpus (__tests__/corpus/<case>/) and what both of its runners share: the jest
// suite (__tests__/corpus.test.ts) and `npm run harden` (scripts/harden.mjs, plain node).
//
// Each case is a folder: `files/` (the repository content) and `case.json` (the event, the inputs
// and the expected outcome; the format is described in __tests__/corpus/README.md). A case runs
// the bundled action (`node dist/index.js`) exactly as the runner does: a real repository built
// from files/, a bare origin, the local GitHub API emulator, and a depth-1 clone as workspace.
// Every run is then checked the same way, whatever the case expects:
//   - the exit code;
//   - on failure: an ::error:: line matching the expected message, no crash text as the message,
//     no stack trace without an ::error:: line, no write call, remote refs and workspace unchanged;
//   - on success: the versions file on main (exact text when given), `bash -n` on it;
//   - always: the workspace files unchanged, and no token (in any of its encoded forms) in the
//     logs, the outputs, the summary or the commit messages.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { promises as fs, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startEmulator } from './emulator/index.js'
import { cloneDepth1, commitAll, git, initBareFrom, initRepo, tag } from './git-fixture.js'
import { runAction } from './run-action.js'
import { pushPayload as pushPayloadFor, releasePayload as releasePayloadFor } from './sample.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const CORPUS_DIR = path.join(ROOT, '__tests__', 'corpus')
export const BUNDLE = path.join(ROOT, 'dist', 'index.js')

/** The write token of every corpus and race run. Characters that base64 and URL encoding change. */
export const TOKEN = 'ghs_Hardening+Secret/Token=4f9d2c'
/** A token with read access only. */
export const READ_TOKEN = 'ghs_readOnly+Token/77aa'

const DEFAULT_VERSIONS_FILE = 'scripts/image_versions.src'

// ---------------------------------------------------------------------------------------------
// Secrets

/** Every form a token may leak in: as is, base64 (plain, URL-safe, as git's Basic credential), URL-encoded. */
export function tokenForms(token) {
  const b64 = (s) => Buffer.from(s, 'utf8').toString('base64')
  const forms = [
    ['plain', token],
    ['base64', b64(token)],
    ['base64 without padding', b64(token).replace(/=+$/, '')],
    ['base64url', Buffer.from(token, 'utf8').toString('base64url')],
    ['base64 x-access-token:TOKEN', b64(`x-access-token:${token}`)],
    [
      'base64 x-access-token:TOKEN without padding',
      b64(`x-access-token:${token}`).replace(/=+$/, '')
    ],
    ['URL-encoded', encodeURIComponent(token)],
    ['form-encoded', encodeURIComponent(token).replace(/%20/g, '+')],
    // The runner's command escaping (%, CR, LF) of a value echoed in a workflow command.
    ['command-escaped', token.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')]
  ]
  const seen = new Set()
  return forms
    .filter(([, value]) => value !== '' && !seen.has(value) && seen.add(value))
    .map(([form, value]) => ({ form, value }))
}

/** `::add-mask::` lines are consumed by the runner (it prints nothing for them); drop them. */
export function withoutMaskCommands(log) {
  return log
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
}

/**
 * Scans texts for every form of the tokens. `sources` = [{ where, text }], where `text` of a
 * process log still holds its ::add-mask:: lines (they are dropped here).
 * @returns {{ where: string, form: string }[]}
 */
export function findLeaks(sources, tokens = [TOKEN, READ_TOKEN]) {
  const leaks = []
  for (const { where, text } of sources) {
    const clean = withoutMaskCommands(text ?? '')
    for (const token of tokens) {
      for (const { form, value } of tokenForms(token)) {
        if (clean.includes(value)) leaks.push({ where, form })
      }
    }
  }
  return leaks
}

/** The texts of one run to scan: stdout, stderr, the summary and the outputs. */
export function runTexts(label, r) {
  return [
    { where: `${label}: stdout`, text: r.stdout },
    { where: `${label}: stderr`, text: r.stderr },
    { where: `${label}: summary`, text: r.summary },
    { where: `${label}: outputs`, text: JSON.stringify(r.outputs) }
  ]
}

/** Every commit message on every ref of a repository (commits carry the run's summary). */
export async function commitMessages(bare) {
  return git(bare, ['log', '--all', '--format=%H%n%B'])
}

// ---------------------------------------------------------------------------------------------
// Reading a run's log

const unescapeCommand = (s) => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')

/** The messages of one workflow command (`error`, `warning`, `notice`), decoded. */
export function commandMessages(stdout, command) {
  const out = []
  for (const line of stdout.split('\n')) {
    const m = new RegExp(`^::${command}(?: [^:]*)?::(.*)$`).exec(line)
    if (m) out.push(unescapeCommand(m[1]))
  }
  return out
}

/** A JavaScript crash dressed as a message: names no input, file or remedy. */
export const CRASH_TEXT =
  /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|AssertionError)\b|Cannot read propert|Cannot destructure|is not a function|is not iterable|is not defined|Maximum call stack|^undefined$|^null$|\[object Object\]/

const STACK_LINE = /^\s+at .+(?:\(.*:\d+:\d+\)|:\d+:\d+)\s*$/m

/** Problems with how a failed run reported its failure (empty when it reported it well). */
export function failureReportProblems(r) {
  const problems = []
  const errors = commandMessages(r.stdout, 'error')
  if (errors.length === 0) {
    problems.push('no ::error:: line')
    if (STACK_LINE.test(r.stdout) || STACK_LINE.test(r.stderr))
      problems.push('a stack trace is the only report')
  }
  for (const e of errors) {
    if (CRASH_TEXT.test(e)) problems.push(`the error is a crash, not a message: ${e.slice(0, 200)}`)
    if (e.trim() === '') problems.push('an empty ::error:: message')
  }
  return problems
}

// ---------------------------------------------------------------------------------------------
// Snapshots

/** A digest of every file, folder and symlink under dir, .git excluded. */
export async function hashTree(dir) {
  const hash = createHash('sha256')
  const walk = async (rel) => {
    const entries = await fs.readdir(path.join(dir, rel), { withFileTypes: true })
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const e of entries) {
      const p = rel ? `${rel}/${e.name}` : e.name
      if (p === '.git') continue
      const abs = path.join(dir, p)
      const st = await fs.lstat(abs)
      if (st.isSymbolicLink()) hash.update(`L ${p} -> ${await fs.readlink(abs)}\0`)
      else if (st.isDirectory()) {
        hash.update(`D ${p} ${st.mode & 0o777}\0`)
        await walk(p)
      } else {
        hash.update(`F ${p} ${st.mode & 0o777} `)
        hash.update(await fs.readFile(abs))
        hash.update('\0')
      }
    }
  }
  await walk('')
  return hash.digest('hex')
}

/** Every ref of a repository with its oid, one per line. */
export async function refsOf(bare) {
  return git(bare, ['for-each-ref', '--format=%(refname) %(objectname)'])
}

/** The text of a file at a ref of a repository, or undefined. */
export async function fileAt(bare, ref, file) {
  try {
    return await git(bare, ['show', `${ref}:${file}`])
  } catch {
    return undefined
  }
}

/** `bash -n` on a text: undefined when it parses, else bash's complaint. */
export async function bashSyntaxError(text) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vro-bash-n-'))
  const file = path.join(dir, 'versions.src')
  try {
    await fs.writeFile(file, text)
    return await new Promise((resolve) => {
      execFile('bash', ['--norc', '--noprofile', '-n', file], (err, _out, stderr) =>
        resolve(err ? stderr.trim() || String(err.message) : undefined)
      )
    })
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

/**
 * Sources a versions file in an empty bash (no environment) and returns every *_VER variable it
 * sets. Only for files this suite wrote itself: sourcing executes the file.
 */
export async function sourcedVersions(text) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vro-source-'))
  const file = path.join(dir, 'versions.src')
  try {
    await fs.writeFile(file, text)
    const script =
      'source "$1" >/dev/null 2>&1 || exit 3; for v in $(compgen -v); do case $v in *_VER) printf "%s=%s\\n" "$v" "${!v}";; esac; done'
    const out = await new Promise((resolve, reject) => {
      execFile(
        'bash',
        ['--norc', '--noprofile', '-c', script, 'bash', file],
        { env: {}, cwd: dir },
        (err, stdout, stderr) => (err ? reject(new Error(stderr || err.message)) : resolve(stdout))
      )
    })
    return Object.fromEntries(
      out
        .split('\n')
        .filter(Boolean)
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])
    )
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

// ---------------------------------------------------------------------------------------------
// Templates

/** The history comment date, as `date -u` prints it in the C locale. */
export const DATE_PATTERN = '[A-Z][a-z]{2} [A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d UTC \\d{4}'

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A regular expression for an expected text where `{{DATE}}` stands for any history date. */
export function templateRegExp(template, { anchorStart = true } = {}) {
  const body = template.split('{{DATE}}').map(escapeRegExp).join(DATE_PATTERN)
  return new RegExp(`${anchorStart ? '^' : ''}${body}$`)
}

/** Replaces {{HEAD}}, {{BEFORE}}, {{TAG}} in every string of a JSON value. */
function substitute(value, vars) {
  if (typeof value === 'string') return value.replace(/\{\{(\w+)\}\}/g, (m, k) => vars[k] ?? m)
  if (Array.isArray(value)) return value.map((v) => substitute(v, vars))
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, vars)]))
  return value
}

/** Shows a text for a failure message: escaped, cut to a readable length. */
export function show(text, max = 400) {
  if (text === undefined) return '(absent)'
  const s = JSON.stringify(text)
  return s.length > max ? `${s.slice(0, max)}... (${text.length} characters)` : s
}

// ---------------------------------------------------------------------------------------------
// Cases

/**
 * Loads every case folder (sorted by name); synchronous, so a test file can declare one test per
 * case. Throws on a malformed case.json.
 * @returns {{ name: string, dir: string, spec: any }[]}
 */
export function loadCases(dir = CORPUS_DIR) {
  const entries = readdirSync(dir, { withFileTypes: true })
  const cases = []
  for (const e of entries
    .filter((x) => x.isDirectory())
    .sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const caseDir = path.join(dir, e.name)
    const spec = JSON.parse(readFileSync(path.join(caseDir, 'case.json'), 'utf8'))
    if (!spec.event) throw new Error(`${e.name}/case.json: no event`)
    if (!spec.expect || (spec.expect.exit !== 0 && spec.expect.exit !== 1))
      throw new Error(`${e.name}/case.json: expect.exit must be 0 or 1`)
    if (spec.expect.exit === 1 && !spec.expect.error)
      throw new Error(`${e.name}/case.json: a failing case needs expect.error`)
    cases.push({ name: e.name, dir: caseDir, spec })
  }
  return cases
}

/** Reads files/ of a case: relative path -> Buffer. */
async function readCaseFiles(dir) {
  const out = {}
  const walk = async (rel) => {
    let entries
    try {
      entries = await fs.readdir(path.join(dir, rel), { withFileTypes: true })
    } catch (e) {
      if (e.code === 'ENOENT' && rel === '') return
      throw e
    }
    for (const e of entries) {
      const p = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) await walk(p)
      else out[p] = await fs.readFile(path.join(dir, p))
    }
  }
  await walk('')
  return out
}

/** Content generated at run time (bulky or awkward bytes): before + repeat x times + after. */
function generated(g) {
  if (g.base64 !== undefined) return Buffer.from(g.base64, 'base64')
  const parts = [Buffer.from(g.before ?? '', 'utf8')]
  if (g.repeat !== undefined) parts.push(Buffer.from(String(g.repeat).repeat(g.times ?? 1), 'utf8'))
  parts.push(Buffer.from(g.after ?? '', 'utf8'))
  return Buffer.concat(parts)
}

/** Writes path -> Buffer|string under root, refusing paths outside it. */
async function writeUnder(root, files) {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.resolve(root, rel)
    if (!abs.startsWith(path.resolve(root) + path.sep)) throw new Error(`${rel} is outside ${root}`)
    if (content === null) {
      await fs.rm(abs, { recursive: true, force: true })
      continue
    }
    await fs.mkdir(path.dirname(abs), { recursive: true })
    await fs.rm(abs, { recursive: true, force: true })
    await fs.writeFile(abs, content)
  }
}

/** Runs tasks with at most `limit` at a time; results in input order. */
export async function pool(items, limit, fn) {
  const results = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i], i)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}

/**
 * Runs one case and checks it.
 * @returns {Promise<{ name: string, knownBug?: string, passed: boolean, failures: string[],
 *   code: number | null, error?: string, leaks: { where: string, form: string }[], ms: number }>}
 */
export async function runCase(c, { keep = false } = {}) {
  const started = Date.now()
  const spec = c.spec
  const expect = spec.expect
  const failures = []
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), `vro-corpus-${c.name.slice(0, 40)}-`))
  let gh
  let result = { code: null, stdout: '', stderr: '', summary: '', outputs: {} }
  let leaks = []
  try {
    // The repository: files/, generated content, symlinks; one commit, the tags, maybe a push.
    const work = path.join(tmp, 'work')
    const bare = path.join(tmp, 'origin.git')
    const workspace = path.join(tmp, 'ws')
    await initRepo(work)
    const files = await readCaseFiles(path.join(c.dir, 'files'))
    for (const g of spec.generate ?? []) files[g.path] = generated(g)
    await writeUnder(work, files)
    for (const [link, target] of Object.entries(spec.symlinks ?? {})) {
      const abs = path.join(work, link)
      await fs.mkdir(path.dirname(abs), { recursive: true })
      await fs.rm(abs, { recursive: true, force: true })
      await fs.symlink(target, abs)
    }
    await writeUnder(path.join(tmp, 'outside'), spec.outside ?? {})
    await commitAll(work, 'Initial import', { allowEmpty: true })
    for (const t of spec.tags ?? ['v1.0.0']) await tag(work, t)
    const before = (await git(work, ['rev-parse', 'HEAD'])).trim()
    if (spec.after) {
      await writeUnder(work, spec.after.files ?? {})
      await commitAll(work, spec.after.message ?? 'change', { allowEmpty: true })
    }
    await initBareFrom(work, bare)
    gh = await startEmulator({
      owner: 'octo',
      repo: 'mono',
      bareDir: bare,
      tokens: { [TOKEN]: 'write', [READ_TOKEN]: 'read' }
    })
    const head = await cloneDepth1(bare, workspace, 'main')

    // The event.
    const tagName = spec.tag ?? 'v1.0.0'
    const vars = { HEAD: head, BEFORE: before, TAG: tagName }
    const message = spec.after?.message ?? 'change'
    const generatedPayload = {
      release: () => releasePayloadFor(tagName),
      push: () => pushPayloadFor(before, head, [message]),
      workflow_dispatch: () => ({ ref: 'refs/heads/main', inputs: spec.inputs ?? {} })
    }[spec.event]
    const payload =
      spec.payload !== undefined ? substitute(spec.payload, vars) : (generatedPayload?.() ?? {})
    const ref =
      spec.ref !== undefined
        ? substitute(spec.ref, vars)
        : spec.event === 'release'
          ? `refs/tags/${tagName}`
          : 'refs/heads/main'
    const env = { ...substitute(spec.env ?? {}, vars) }
    if (spec.eventFile !== undefined) {
      const eventPath = path.join(tmp, 'raw-event.json')
      await fs.writeFile(eventPath, spec.eventFile)
      env.GITHUB_EVENT_PATH = eventPath
    }

    // Snapshots, the run, the checks.
    const versionsRel = spec.inputs?.['versions-file'] || DEFAULT_VERSIONS_FILE
    const safeRel = !path.isAbsolute(versionsRel) && !versionsRel.split(/[\\/]/).includes('..')
    const originalText = safeRel ? await fileAt(bare, 'main', versionsRel) : undefined
    const wsBefore = await hashTree(workspace)
    const refsBefore = await refsOf(bare)
    gh.resetLog()
    result = await runAction({
      workspace,
      eventName: spec.event,
      payload,
      gh,
      token: TOKEN,
      sha: spec.sha !== undefined ? substitute(spec.sha, vars) : head,
      ref,
      inputs: spec.inputs ?? {},
      env
    })
    const writes = gh.calls({ write: true })
    const refsAfter = await refsOf(bare)
    const wsAfter = await hashTree(workspace)
    const errors = commandMessages(result.stdout, 'error')

    if (result.code !== expect.exit) {
      failures.push(
        `exit ${result.code}, expected ${expect.exit}` +
          (errors.length ? `; error: ${errors[0].slice(0, 300)}` : '')
      )
    }
    if (wsAfter !== wsBefore) failures.push('the workspace files changed')

    if (expect.exit !== 0) {
      failures.push(...failureReportProblems(result))
      const re = new RegExp(expect.error, 's')
      if (errors.length > 0 && !errors.some((e) => re.test(e)))
        failures.push(
          `no ::error:: matches /${expect.error}/; got: ${errors.map((e) => show(e, 300)).join(' | ')}`
        )
      if (writes > 0) failures.push(`${writes} write call(s) made by a failing run`)
      if (refsAfter !== refsBefore) failures.push('the remote refs moved although the run failed')
    } else {
      if (result.code === 0 && errors.length > 0)
        failures.push(`a successful run printed ::error:: ${show(errors[0], 200)}`)
      if (expect.unchanged) {
        if (refsAfter !== refsBefore) failures.push('the remote refs moved; expected no change')
        if (writes > 0) failures.push(`${writes} write call(s); expected none`)
      }
      const finalText = safeRel ? await fileAt(bare, 'main', versionsRel) : undefined
      if (expect.absent && finalText !== undefined) failures.push(`${versionsRel} exists on main`)
      if (
        expect.file !== undefined &&
        !(finalText !== undefined && templateRegExp(expect.file).test(finalText))
      )
        failures.push(`${versionsRel} on main is ${show(finalText)}; expected ${show(expect.file)}`)
      if (expect.tail !== undefined) {
        const tail = finalText?.slice(-Math.max(expect.tail.length * 2, 200))
        if (!(tail !== undefined && templateRegExp(expect.tail, { anchorStart: false }).test(tail)))
          failures.push(
            `${versionsRel} on main ends with ${show(tail)}; expected the end ${show(expect.tail)}`
          )
      }
      if (
        expect.keepsOriginal &&
        !(
          finalText !== undefined &&
          originalText !== undefined &&
          finalText.startsWith(originalText)
        )
      )
        failures.push(`${versionsRel} on main does not start with the original text`)
      if (finalText !== undefined && finalText !== originalText && !expect.skipBashCheck) {
        const err = await bashSyntaxError(finalText)
        if (err) failures.push(`bash -n fails on the written file: ${err.slice(0, 300)}`)
      }
      if (expect.vars && finalText !== undefined) {
        const got = await sourcedVersions(finalText)
        const sorted = (o) => JSON.stringify(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)))
        if (sorted(got) !== sorted(expect.vars))
          failures.push(
            `sourcing the file sets ${JSON.stringify(got)}; expected ${JSON.stringify(expect.vars)}`
          )
      }
    }
    for (const [kind, key] of [
      ['warning', 'warning'],
      ['notice', 'notice']
    ]) {
      if (expect[key] !== undefined) {
        const re = new RegExp(expect[key], 's')
        const got = commandMessages(result.stdout, kind)
        if (!got.some((m) => re.test(m)))
          failures.push(
            `no ::${kind}:: matches /${expect[key]}/; got: ${got.map((m) => show(m, 200)).join(' | ') || 'none'}`
          )
      }
    }
    for (const [name, value] of Object.entries(expect.outputs ?? {})) {
      if (result.outputs[name] !== value)
        failures.push(`output ${name} is ${show(result.outputs[name])}; expected ${show(value)}`)
    }
    const logs = [result.stdout, result.stderr, result.summary].join('\n')
    for (const s of expect.notInLogs ?? []) {
      if (logs.includes(s)) failures.push(`the logs contain ${show(s)}`)
    }
    leaks = findLeaks([
      ...runTexts(c.name, result),
      { where: `${c.name}: commits`, text: await commitMessages(bare) }
    ])
    for (const l of leaks) failures.push(`token leak (${l.form}) in ${l.where}`)
  } catch (e) {
    failures.push(`runner error: ${e instanceof Error ? e.stack : String(e)}`)
  } finally {
    if (gh) await gh.close().catch(() => {})
    if (!keep) await fs.rm(tmp, { recursive: true, force: true }).catch(() => {})
  }
  const errors = commandMessages(result.stdout, 'error')
  return {
    name: c.name,
    ...(spec.knownBug ? { knownBug: spec.knownBug } : {}),
    passed: failures.length === 0,
    failures,
    code: result.code,
    ...(errors.length ? { error: errors[0] } : {}),
    leaks,
    ms: Date.now() - started,
    ...(keep ? { tmp } : {})
  }
}

/**
 * Starts work that reports each result through `onResult` and returns one promise per name, each
 * settled as soon as that item is done. A test then waits for its own item only, not for the
 * whole run in a hook: jest's per-test and per-hook timeouts are wall-clock limits, and on a busy
 * machine the whole corpus can outlast any of them while each case stays short.
 * @template {{ name: string }} R
 * @param {string[]} names
 * @param {(onResult: (r: R) => void) => Promise<unknown>} start
 * @returns {{ get: (name: string) => Promise<R>, all: Promise<void> }}
 */
export function resultsByName(names, start) {
  const waiting = new Map()
  const promises = new Map()
  for (const name of names) {
    const p = new Promise((resolve, reject) => waiting.set(name, { resolve, reject }))
    p.catch(() => {}) // a test that never asks for it must not make the rejection unhandled
    promises.set(name, p)
  }
  const settle = (name, r) => {
    waiting.get(name)?.resolve(r)
    waiting.delete(name)
  }
  const all = Promise.resolve()
    .then(() => start((r) => settle(r.name, r)))
    .then(
      () => {
        for (const [name, w] of waiting) w.reject(new Error(`${name}: the run reported no result`))
      },
      (e) => {
        for (const w of waiting.values()) w.reject(e)
      }
    )
  return {
    get: (name) => promises.get(name) ?? Promise.reject(new Error(`${name}: not started`)),
    all
  }
}

/** Runs every case, `concurrency` at a time. */
export async function runCorpus(cases, { concurrency = 3, onResult } = {}) {
  return pool(cases, concurrency, async (c) => {
    const r = await runCase(c)
    onResult?.(r)
    return r
  })
}

/** Pass/fail counts; a known bug that fails as known is counted apart, not as a failure. */
export function corpusCounts(results) {
  const knownBugs = results.filter((r) => r.knownBug && !r.passed)
  const fixed = results.filter((r) => r.knownBug && r.passed)
  return {
    cases: results.length,
    passed: results.filter((r) => r.passed && !r.knownBug).length,
    failed: results.filter((r) => !r.passed && !r.knownBug).length,
    knownBugs: knownBugs.length,
    knownBugsNowPassing: fixed.length,
    leaks: results.reduce((n, r) => n + r.leaks.length, 0)
  }
}

/** A plain two-column table. */
export function formatTable(title, rows) {
  const w = Math.max(...rows.map(([k]) => String(k).length), title.length)
  const v = Math.max(...rows.map(([, x]) => String(x).length), 5)
  const line = `+-${'-'.repeat(w)}-+-${'-'.repeat(v)}-+`
  return [
    line,
    `| ${title.padEnd(w)} | ${''.padStart(v)} |`,
    line,
    ...rows.map(([k, x]) => `| ${String(k).padEnd(w)} | ${String(x).padStart(v)} |`),
    line
  ].join('\n')
}

/** The corpus table: cases, passed, failed. */
export function corpusTable(results) {
  const n = corpusCounts(results)
  return formatTable('bad-input corpus', [
    ['cases', n.cases],
    ['passed', n.passed],
    ['failed', n.failed],
    ['known bugs (failing as recorded)', n.knownBugs],
    ['known bugs now passing (drop the flag)', n.knownBugsNowPassing],
    ['token leaks', n.leaks]
  ])
}

// ---------------------------------------------------------------------------------------------
// Payloads (as GitHub sends them; the corpus uses the repository octo/mono, branch main)

export { pushPayloadFor, releasePayloadFor }

/** Fails early with a clear message when the bundle is missing. */
export async function assertBundle() {
  try {
    await fs.access(BUNDLE)
  } catch {
    throw new Error(`${path.relative(ROOT, BUNDLE)} is missing; run npm run bundle first`)
  }
}

export { ROOT }
