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
import { type Lexed, lex } from '../lex.js'

/** What a top-level statement configures. */
export type StatementKind =
  /** `plugins { ... }`. */
  | 'plugins'
  /** `subprojects {}`, `allprojects {}`: every project below; its body holds statements too. */
  | 'children'
  /** `afterEvaluate {}`, `pluginManager.withPlugin('x') {}`: its body configures this project. */
  | 'wrapper'
  /** `dependencies { ... }`. */
  | 'dependencies'
  /** Tests, lint, format, coverage, reports, publishing: nothing that reaches an image. */
  | 'verification'
  /** `scmVersion {}`, `release {}`, `wrapper {}`: the release and versioning of the project itself. */
  | 'release'
  /** `tasks.register('x')`, `task x`: a task of the project, run only when something names it. */
  | 'task'
  | 'other'

/** One top-level statement. */
export interface Statement {
  readonly kind: StatementKind
  /** What it is named by: `plugins`, `scmVersion`, `tasks.named(test)`, `task devloop`; '' when none. */
  readonly head: string
  /** The task a `task` statement registers. */
  readonly task?: string
  /** Its code, comments dropped and blanks collapsed: two statements are the same when equal. */
  readonly code: string
  readonly start: number
  readonly end: number
  /** The 1-based line it starts on. */
  readonly line: number
  /** The part between its first `{` and the matching `}`, for blocks. */
  readonly body?: { readonly start: number; readonly end: number }
}

/** A lexed script's code (comments blanked, strings kept) and its statements. */
export interface ScriptStatements {
  /** The text with comments blanked: same length and line breaks as the text. */
  readonly code: string
  readonly statements: readonly Statement[]
  /** The statements of a block's body. */
  inside(s: Statement): readonly Statement[]
}

/** Plugins that check, format, report, publish or version a build: they never change an image. */
export const VERIFICATION_PLUGINS: ReadonlySet<string> = new Set([
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
])

const VERIFICATION_NAME =
  /^(?:test|check|testing|javadoc|jacoco|checkstyle|pmd|spotbugs|spotless|sonar|sonarqube|detekt|ktlint|gradleLint|lint|dependencyCheck|publishing|signing|testlogger|hadolint|shellcheck|codenarc|reporting|idea|eclipse|jacocoLogTestCoverage)(?:[A-Z][\w]*)?$|Tests?$/
const VERIFICATION_TYPE =
  /^(?:Test|Checkstyle|Pmd|SpotBugsTask|JacocoReport|JacocoCoverageVerification|Javadoc|Detekt|CodeNarc|Sign|PublishToMavenRepository|PublishToMavenLocal)$/
const RELEASE_NAME = /^(?:scmVersion|release|wrapper|versioning)$/
const WRAPPERS = /^(?:afterEvaluate|pluginManager\.withPlugin|plugins\.withId|plugins\.withType)$/

/** Whether a task or extension name configures verification or publishing only. */
export const isVerificationName = (name: string): boolean => VERIFICATION_NAME.test(name)

/** A script's code: its text with the comments blanked (the skeleton with the strings put back). */
export function codeOf(lx: Lexed | string): string {
  const l = typeof lx === 'string' ? lex(lx) : lx
  const parts: string[] = []
  let last = 0
  for (const s of l.strings) {
    parts.push(l.skeleton.slice(last, s.start), l.text.slice(s.start, s.end))
    last = s.end
  }
  parts.push(l.skeleton.slice(last))
  return parts.join('')
}

/** Reads the statements of a script. */
export function scriptStatements(text: string): ScriptStatements {
  const lx = lex(text)
  const sk = lx.skeleton
  const code = codeOf(lx)
  const split = (from: number, to: number): Statement[] => {
    const out: Statement[] = []
    let i = from
    while (i < to) {
      while (i < to && /[\s;]/.test(sk[i] as string)) i++
      if (i >= to) break
      const start = i
      let depth = 0
      let body: Statement['body']
      for (; i < to; i++) {
        const c = sk[i] as string
        if (c === '{' && depth === 0 && body === undefined) {
          const close = Math.min(lx.closeOf(i), to)
          body = { start: i + 1, end: close }
          i = close
          if (i >= to) break
          continue
        }
        if (c === '(' || c === '[' || c === '{') depth++
        else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1)
        else if (depth === 0 && c === ';') break
        else if (depth === 0 && c === '\n') {
          const resume = continues(sk, start, i, to)
          if (resume < 0) break
          i = resume
        }
      }
      const end = Math.min(i + (i < to && sk[i] === '}' ? 1 : 0), to)
      const raw = code.slice(start, end).replace(/\s+/g, ' ').trim()
      out.push({ ...named(raw), code: raw, start, end, line: lx.lineOf(start), body })
      i = Math.max(end, start + 1)
    }
    return out
  }
  const statements = split(0, sk.length)
  return {
    code,
    statements,
    inside: (s) => (s.body === undefined ? [] : split(s.body.start, s.body.end))
  }
}

/**
 * Whether the statement from `start` goes on past the line break at `at`: -1 when it ends there,
 * else where to go on from (the blank lines after the break are skipped once, not per line).
 */
function continues(sk: string, start: number, at: number, to: number): number {
  let p = at - 1
  while (p > start && (sk[p] === ' ' || sk[p] === '\t' || sk[p] === '\r')) p--
  if (/[=+\-*/,.(&|?:]/.test(sk[p] as string)) return at
  let q = at + 1
  while (q < to && /\s/.test(sk[q] as string)) q++
  const next = sk[q] === '.' || sk[q] === '{' || (sk[q] === '?' && sk[q + 1] === '.')
  return next ? q - 1 : -1
}

/** The kind and head of a statement, from its code. */
function named(code: string): Pick<Statement, 'kind' | 'head' | 'task'> {
  const s = code.replace(/^(?:def|val|var)\s+\w+\s*(?::\s*[\w<>.?, ]+?\s*)?=\s*/, '')
  let m = /^val\s+(\w+)\s+by\s+tasks\.(?:registering|creating)\b/.exec(code)
  m ??= /^tasks\.(?:register|create)\s*(?:<[^>]*>\s*)?\(\s*["']([^"'$]+)["']/.exec(s)
  // A name that is computed (`task "copy${n}"`) is no name: the statement is `other`.
  m ??=
    /^task\b\s*\(?\s*(?:"([A-Za-z_][\w-]*)"|'([A-Za-z_][\w-]*)'|([A-Za-z_][\w-]*)(?![\w$-]|\s*:))/.exec(
      s
    )
  if (m) {
    const task = (m[1] ?? m[2] ?? m[3]) as string
    const kind = isVerificationName(task) ? 'verification' : 'task'
    return { kind, head: `task ${task}`, task }
  }
  m = /^tasks\.(?:named|getByName|getAt)\s*(?:<[^>]*>\s*)?\(\s*["']([^"'$]+)["']/.exec(s)
  m ??= /^tasks\.(?!named\b|register\b|create\b|withType\b|getByName\b|getAt\b)(\w+)\b/.exec(s)
  // Kotlin: `val test by tasks.getting(Test::class) { ... }` configures the task `test`.
  m ??= /^val\s+(\w+)\s+by\s+tasks\.(?:getting|existing)\b/.exec(code)
  if (m) {
    const task = m[1] as string
    if (isVerificationName(task)) return { kind: 'verification', head: `tasks.named(${task})` }
    if (RELEASE_NAME.test(task)) return { kind: 'release', head: `tasks.named(${task})` }
    return { kind: 'task', head: `tasks.named(${task})`, task }
  }
  m = /^tasks\.withType\s*(?:<\s*([\w.]+)\s*>|\(\s*([\w.]+))/.exec(s)
  if (m) {
    const type = (m[1] ?? m[2] ?? '').replace(/^.*\./, '')
    const kind = VERIFICATION_TYPE.test(type) ? 'verification' : 'other'
    return { kind, head: `tasks.withType(${type})` }
  }
  const chain = /^[A-Za-z_][\w]*(?:\s*\.\s*[A-Za-z_]\w*)*/.exec(s)?.[0].replace(/\s/g, '') ?? ''
  const first = chain.replace(/\..*/, '')
  if (chain === 'plugins' && /^plugins\s*\{/.test(s)) return { kind: 'plugins', head: 'plugins' }
  if (/^(?:subprojects|allprojects)$/.test(chain)) return { kind: 'children', head: chain }
  if (WRAPPERS.test(chain)) return { kind: 'wrapper', head: chain }
  if (chain === 'dependencies') return { kind: 'dependencies', head: chain }
  if (RELEASE_NAME.test(first)) return { kind: 'release', head: first }
  if (first !== '' && isVerificationName(first)) return { kind: 'verification', head: first }
  return { kind: 'other', head: chain }
}

/** One entry of a `plugins {}` block. */
export interface PluginEntry {
  /** The plugin id (`org.springframework.boot`, `java`), or the catalog accessor of an `alias(libs.plugins.x)`. */
  readonly id: string
  readonly alias: boolean
  readonly applyFalse: boolean
}

/** Reads a `plugins {}` entry from its code; undefined when it is not a plain entry. */
export function pluginEntry(code: string): PluginEntry | undefined {
  let m = /^id\s*\(?\s*["']([^"'$]+)["']\s*\)?(.*)$/.exec(code)
  let alias = false
  let id: string | undefined
  if (m) id = m[1]
  else if ((m = /^alias\s*\(\s*libs\.plugins\.([\w.]+)\s*\)(.*)$/.exec(code))) {
    id = `plugins.${m[1] as string}`
    alias = true
  } else if ((m = /^kotlin\s*\(\s*["']([\w.-]+)["']\s*\)(.*)$/.exec(code)))
    id = `org.jetbrains.kotlin.${m[1] as string}`
  else if ((m = /^`([\w.-]+)`(.*)$/.exec(code)) || (m = /^([A-Za-z_][\w-]*)()$/.exec(code)))
    id = m[1]
  if (id === undefined || !m) return undefined
  const rest = m[2] as string
  if (
    !/^(?:\s*(?:version\s*\(?\s*["'][^"']*["']\s*\)?|apply\s*\(?\s*(?:true|false)\s*\)?))*\s*$/.test(
      rest
    )
  )
    return undefined
  return { id, alias, applyFalse: /\bapply\s*\(?\s*false\b/.test(rest) }
}
