/**
 * What a Gradle build script (`build.gradle`, `build.gradle.kts`, a precompiled script plugin)
 * declares, read as text: applied plugins, project dependencies, scripts it applies, the string
 * literals it holds (resource and file references), the docker image names it sets and the
 * binary plugins a `gradlePlugin {}` block registers. Constructs too dynamic to read are listed
 * so that callers can warn and widen.
 */
import { type Block, type Lexed, blocks, inside, lex } from './gradle-lex.js'

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
  return value.replace(/\$\{[^}]*\}|\$[A-Za-z_][\w.]*/g, '*')
}

function readPlugins(lx: Lexed, within: (pos: number) => boolean, dynamic: string[]): PluginUse[] {
  const sk = lx.skeleton
  const found: PluginUse[] = []
  for (const b of blocks(lx, 'plugins')) {
    if (!within(b.start)) continue
    const body = sk.slice(b.start, b.end)
    for (const m of body.matchAll(/(?<![\w.])id\s*\(?/g)) {
      const s = lx.stringAt(b.start + m.index + m[0].length)
      if (!s || s.dynamic) continue
      const rest = sk.slice(
        s.end,
        sk.indexOf('\n', s.end) < 0 ? sk.length : sk.indexOf('\n', s.end)
      )
      if (/(?<![\w.])apply\s*\(?\s*false/.test(rest)) continue
      found.push({
        id: s.value,
        line: lx.lineOf(s.start),
        external: /(?<![\w.])version\b/.test(rest)
      })
    }
  }
  const applyRe =
    /(?<![\w.])(?:apply\s*\(?\s*plugin\s*[:=]|(?:project\.)?(?:pluginManager|plugins)\.apply\s*\()\s*/g
  for (const m of sk.matchAll(applyRe)) {
    if (!within(m.index)) continue
    const s = lx.stringAt(m.index + m[0].length)
    const line = lx.lineOf(m.index)
    if (s && !s.dynamic) found.push({ id: s.value, line, external: false })
    // A class (`apply plugin: JavaPlugin`) is core or compiled in buildSrc (counted whole).
    else if (
      !/^\s*[A-Z][\w.]*(?:::class(?:\.java)?)?\s*\)?\s*$/m.test(
        sk.slice(m.index + m[0].length).split('\n')[0] ?? ''
      )
    )
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
  for (const b of blocks(lx, 'docker')) {
    for (const m of sk.slice(b.start, b.end).matchAll(/(?<![\w.])name\s*(?:=|\(|\.set\s*\()?\s*/g))
      add(b.start + m.index + m[0].length)
  }
  for (const m of sk.matchAll(
    /(?<![\w])(?:imageName|image|jib\.to\.image)\s*(?:=|\(|\.set\s*\()?\s*(?=['"])/g
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
  const within = (pos: number): boolean =>
    scope === 'self' || inside(scoped, pos) === (scope === 'children')
  if (scope === 'children') {
    for (const b of blocks(lx, 'configure'))
      if (/(?<![\w.])(?:project|findProject|projects)\b/.test(lx.skeleton.slice(b.start, b.end)))
        dynamic.push(
          `line ${lx.lineOf(b.header)}: configure(...) targets are not evaluated; its project dependencies count for every descendant`
        )
  }
  const applyFrom: { path: string; line: number }[] = []
  for (const m of lx.skeleton.matchAll(/(?<![\w.])apply\s*\(?\s*from\s*[:=]\s*/g)) {
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
  for (const b of blocks(lx, 'gradlePlugin')) {
    for (const m of lx.skeleton.slice(b.start, b.end).matchAll(/(?<![\w.])id\s*(?:=|\()?\s*/g)) {
      const s = lx.stringAt(b.start + m.index + m[0].length)
      if (s && !s.dynamic) binaryPlugins.push({ id: s.value, line: lx.lineOf(s.start) })
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
    imageNames: readImageNames(lx, within),
    binaryPlugins,
    dynamic
  }
}

/** The camelCase accessor of a project path: `:shared:persistence-model` -> `shared.persistenceModel`. */
export function accessorOf(path: string): string {
  return path
    .split(':')
    .filter((s) => s !== '')
    .map((s) => s.replace(/[-_]+([A-Za-z0-9])/g, (_m, c: string) => c.toUpperCase()))
    .join('.')
}

/**
 * Evaluates an image name template such as `${dockerRegistry}/${rootProject.name}-${project.name}`
 * to a regex: known names are substituted, unknown ones match anything within a path segment.
 */
export function imageNamePattern(
  template: string,
  resolve: (name: string) => string | undefined
): RegExp {
  const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  // A tag (`:1.0`, `:${version}`) in the last segment is not part of the name.
  const name = template.replace(/:[^/:]*$/, '')
  let re = ''
  let last = 0
  for (const m of name.matchAll(/\$\{\s*([^}]*?)\s*\}|\$([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*)/g)) {
    re += esc(name.slice(last, m.index))
    const v = resolve((m[1] ?? m[2] ?? '').replace(/^project\./, ''))
    re += v === undefined ? '[^/]*' : esc(v)
    last = m.index + m[0].length
  }
  re += esc(name.slice(last))
  return new RegExp(`^${re}(?::[^/]*)?$`)
}
