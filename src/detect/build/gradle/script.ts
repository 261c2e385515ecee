/**
 * What a Gradle build script (`build.gradle`, `build.gradle.kts`, a precompiled script plugin)
 * declares, read as text: applied plugins, project dependencies, scripts it applies, the string
 * literals it holds (resource and file references), the docker image names it sets and the
 * binary plugins a `gradlePlugin {}` block registers. Constructs too dynamic to read are listed
 * so that callers can warn and widen.
 */
import { type Block, type Lexed, blocks, covered, interpolations, lex } from './lex.js'
import { Wildcards } from '../../../util/glob/wildcards.js'

/** A plugin id a script applies. */
export interface PluginUse {
  readonly id: string
  readonly line: number
  /** Declared with a `version`: resolved from a repository, never from this tree. */
  readonly external: boolean
}

/** A project dependency (or cross-project reference) of a script. */
export interface ProjectDep {
  /** The configuration (`implementation`), or undefined when the reference is not a dependency. */
  readonly config?: string
  /** `:shared:lib`, when the path is a literal. */
  readonly path?: string
  /** `shared.lib` for `projects.shared.lib` (type-safe accessors). */
  readonly accessor?: string
  /** A computed path as a pattern: `:shared:*` for `":shared:${x}"`, `*` for a non-literal. */
  readonly pattern?: string
  readonly line: number
  /** In a test configuration: not an input of the image. */
  readonly test: boolean
}

/** The facts of one script. */
export interface ScriptFacts {
  readonly plugins: readonly PluginUse[]
  readonly deps: readonly ProjectDep[]
  /** `apply from: 'x.gradle'`, as written. */
  readonly applyFrom: readonly { readonly path: string; readonly line: number }[]
  readonly literals: readonly {
    readonly value: string
    readonly line: number
    readonly dynamic: boolean
  }[]
  /** Image name templates: `docker { name "..." }`, `imageName = "..."`, `jib.to.image = "..."`. */
  readonly imageNames: readonly { readonly template: string; readonly line: number }[]
  /** Ids registered by `gradlePlugin { plugins { x { id = 'a.b' } } }`. */
  readonly binaryPlugins: readonly { readonly id: string; readonly line: number }[]
  /** Constructs too dynamic to read, e.g. `line 7: apply from: with a computed path`. */
  readonly dynamic: readonly string[]
}

/**
 * A configuration that only tests use: `testImplementation`, `testFixturesApi`,
 * `integrationTestRuntimeOnly`, `functionalTestImplementation`, ...
 */
export function isTestConfiguration(config: string): boolean {
  return /^test/.test(config) || /Test(?:[A-Z]|$)/.test(config)
}

/** The configuration named just before a dependency notation: `implementation(platform(` -> implementation. */
function configBefore(sk: string, idx: number): string | undefined {
  const s = sk.slice(Math.max(0, idx - 200), idx)
  const trimmed = s.replace(/(?:\s|\(|(?:platform|enforcedPlatform|testFixtures)\s*\()*$/, '')
  const m = /([A-Za-z_]\w*)$/.exec(trimmed)
  if (!m || (m.index > 0 && trimmed[m.index - 1] === '.')) return undefined
  return m[1]
}

/** A template with `${...}`/`$x` replaced by `*`, for matching computed project paths. */
function templatePattern(value: string): string {
  let out = ''
  let last = 0
  for (const v of interpolations(value, /[A-Za-z_][\w.]*/y)) {
    out += `${value.slice(last, v.start)}*`
    last = v.end
  }
  return out + value.slice(last)
}

/** The starts of the matches of a global regex in `text`, ascending. */
function starts(text: string, re: RegExp): number[] {
  return [...text.matchAll(re)].map((m) => m.index)
}

/** Whether one of `at` (ascending) lies in [from, to). */
function anyIn(at: readonly number[], from: number, to: number): boolean {
  let lo = 0
  let hi = at.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((at[mid] as number) < from) lo = mid + 1
    else hi = mid
  }
  return lo < at.length && (at[lo] as number) < to
}

/** A plugin class (`apply plugin: JavaPlugin`, `apply(plugin = Foo::class.java)`) on a line. */
function isPluginClass(line: string): boolean {
  // Once per line break of the `m` flag, each anchored: one regex with `m` would start again
  // at every `\r` of a long run of blanks.
  return line
    .split(/[\r\u2028\u2029]/)
    .some((l) => /^\s*[A-Z][\w.]*(?:::class(?:\.java)?)?\s*(?:\)\s*)?$/.test(l))
}

function readPlugins(lx: Lexed, within: (pos: number) => boolean, dynamic: string[]): PluginUse[] {
  const sk = lx.skeleton
  const found: PluginUse[] = []
  // Each id once, in one pass (a block nested in another is inside both); what follows an id
  // on its line, from matches found once (never a rescan of the rest of a long line per id).
  const inPlugins = covered(blocks(lx, 'plugins').filter((b) => within(b.start)))
  const applyFalse = starts(sk, /(?<![\w.])apply[^\S\n]*(?:\([^\S\n]*)?false/g)
  const version = starts(sk, /(?<![\w.])version\b/g)
  for (const m of sk.matchAll(/(?<![\w.])id\s*\(?/g)) {
    if (!inPlugins(m.index)) continue
    const s = lx.stringAt(m.index + m[0].length)
    if (!s || s.dynamic) continue
    const eol = lx.lineEnd(s.end)
    if (anyIn(applyFalse, s.end, eol)) continue
    found.push({ id: s.value, line: lx.lineOf(s.start), external: anyIn(version, s.end, eol) })
  }
  const applyRe =
    /(?<![\w.])(?:apply\s*(?:\(\s*)?plugin\s*[:=]|(?:project\.)?(?:pluginManager|plugins)\.apply\s*\()\s*/g
  for (const m of sk.matchAll(applyRe)) {
    if (!within(m.index)) continue
    const s = lx.stringAt(m.index + m[0].length)
    const line = lx.lineOf(m.index)
    if (s && !s.dynamic) found.push({ id: s.value, line, external: false })
    // A class (`apply plugin: JavaPlugin`) is core or compiled in buildSrc (counted whole).
    else if (!isPluginClass(sk.slice(m.index + m[0].length, lx.lineEnd(m.index + m[0].length))))
      dynamic.push(`line ${line}: a plugin applied by a computed id`)
  }
  return found
}

function readDeps(lx: Lexed, within: (pos: number) => boolean, dynamic: string[]): ProjectDep[] {
  const sk = lx.skeleton
  const deps: ProjectDep[] = []
  const push = (idx: number, d: Omit<ProjectDep, 'config' | 'test' | 'line'>): void => {
    const config = configBefore(sk, idx)
    deps.push({
      ...d,
      config,
      line: lx.lineOf(idx),
      test: config !== undefined && isTestConfiguration(config)
    })
  }
  for (const m of sk.matchAll(/(?<![\w.])(?:project|findProject)\s*\(\s*(?:path\s*[:=]\s*)?/g)) {
    if (!within(m.index)) continue
    const s = lx.stringAt(m.index + m[0].length)
    if (s && !s.dynamic)
      push(m.index, {
        path: `:${s.value
          .split(':')
          .filter((x) => x !== '')
          .join(':')}`
      })
    else {
      push(m.index, { pattern: s ? templatePattern(s.value) : '*' })
      dynamic.push(`line ${lx.lineOf(m.index)}: a project dependency with a computed path`)
    }
  }
  for (const m of sk.matchAll(/(?<![\w.])projects\.([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)/g)) {
    if (!within(m.index)) continue
    const accessor = (m[1] as string).replace(/\.(?:dependencyProject|path|name)$/, '')
    push(m.index, { accessor })
  }
  return deps
}

function readImageNames(lx: Lexed, within: (pos: number) => boolean): ScriptFacts['imageNames'] {
  const sk = lx.skeleton
  const out: { template: string; line: number }[] = []
  const add = (pos: number): void => {
    if (!within(pos)) return
    const s = lx.stringAt(pos)
    if (s) out.push({ template: s.value, line: lx.lineOf(s.start) })
  }
  const inDocker = covered(blocks(lx, 'docker'))
  for (const m of sk.matchAll(/(?<![\w.])name\s*(?:(?:=|\(|\.set\s*\()\s*)?/g))
    if (inDocker(m.index)) add(m.index + m[0].length)
  for (const m of sk.matchAll(
    /(?<![\w])(?:imageName|image|jib\.to\.image)\s*(?:(?:=|\(|\.set\s*\()\s*)?(?=['"])/g
  ))
    add(m.index + m[0].length)
  return out
}

/**
 * Reads a script. With `scope` = `children`, only what an ancestor script declares for its
 * descendants counts (inside `subprojects {}`, `allprojects {}`, `configure(...) {}`); with
 * `own`, only what it declares outside those blocks (for the project itself); with `self`,
 * everything.
 */
export function readScript(text: string, scope: 'self' | 'children' | 'own' = 'self'): ScriptFacts {
  const lx = lex(text)
  const dynamic: string[] = []
  const scoped: Block[] = scope === 'self' ? [] : blocks(lx, 'subprojects|allprojects|configure')
  const inScoped = covered(scoped)
  const within = (pos: number): boolean =>
    scope === 'self' || inScoped(pos) === (scope === 'children')
  if (scope === 'children') {
    const refs = starts(lx.skeleton, /(?<![\w.])(?:project|findProject|projects)\b/g)
    for (const b of blocks(lx, 'configure'))
      if (anyIn(refs, b.start, b.end))
        dynamic.push(
          `line ${lx.lineOf(b.header)}: configure(...) targets are not evaluated; its project dependencies count for every descendant`
        )
  }
  const applyFrom: { path: string; line: number }[] = []
  for (const m of lx.skeleton.matchAll(/(?<![\w.])apply\s*(?:\(\s*)?from\s*[:=]\s*/g)) {
    if (!within(m.index)) continue
    const s = lx.stringAt(m.index + m[0].length)
    const line = lx.lineOf(m.index)
    const path = s?.value.replace(
      /^\$\{?(?:project\.)?(?:rootDir|rootProject\.projectDir)\}?\//,
      '/'
    )
    if (s && path !== undefined && !path.includes('$')) applyFrom.push({ path, line })
    else dynamic.push(`line ${line}: apply from: with a computed path`)
  }
  const binaryPlugins: { id: string; line: number }[] = []
  const inGradlePlugin = covered(blocks(lx, 'gradlePlugin'))
  for (const m of lx.skeleton.matchAll(/(?<![\w.])id\s*(?:[=(]\s*)?/g)) {
    if (!inGradlePlugin(m.index)) continue
    const s = lx.stringAt(m.index + m[0].length)
    if (s && !s.dynamic) binaryPlugins.push({ id: s.value, line: lx.lineOf(s.start) })
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
  }
}

/** The camelCase accessor of a project path: `:shared:persistence-model` -> `shared.persistenceModel`. */
export function projectAccessorOf(path: string): string {
  return path
    .split(':')
    .filter((s) => s !== '')
    .map((s) => s.replace(/[-_]+([A-Za-z0-9])/g, (_m, c: string) => c.toUpperCase()))
    .join('.')
}

/** A pattern that names match or not. */
export interface NamePattern {
  test(name: string): boolean
}

/**
 * Evaluates an image name template such as `${dockerRegistry}/${rootProject.name}-${project.name}`
 * to a pattern: known names are substituted, unknown ones match anything within a path segment,
 * and a tag (`:1.0`) may follow. Matched without backtracking (a template of many unknowns is
 * the regex `[^/]*x[^/]*x...`, exponential on a name it does not match).
 */
export function imageNamePattern(
  template: string,
  resolve: (name: string) => string | undefined
): NamePattern {
  // A tag (`:1.0`, `:${version}`) in the last segment is not part of the name.
  const name = template.replace(/:[^/:]*$/, '')
  const parts = ['']
  let last = 0
  for (const v of interpolations(name, /[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*/y)) {
    parts[parts.length - 1] += name.slice(last, v.start)
    const value = resolve((v.braced ? v.inner.trim() : v.inner).replace(/^project\./, ''))
    if (value === undefined) parts.push('')
    else parts[parts.length - 1] += value
    last = v.end
  }
  parts[parts.length - 1] += name.slice(last)
  const w = new Wildcards(parts, (c) => c !== '/')
  return {
    // The whole name, or a prefix of it followed by a tag (`:` and no `/`).
    test: (s) => w.ends(s).some((e) => e === s.length || (s[e] === ':' && !s.includes('/', e)))
  }
}
