/**
 * Gradle settings, read as text: the projects of the build, where they live, and the included
 * builds (which provide convention plugins). Never runs Gradle; what is too dynamic to read is
 * reported in `warnings`.
 */
import { type Lexed, lex } from './lex.js'
import { at, dirOf, joinPath } from '../../../util/paths.js'
import type { SourceTree } from '../types.js'

/** One project of the root build (or of an included build). */
export interface GradleProject {
  /** `:domain-cc:cc-app` (relative to its own build). */
  readonly path: string
  readonly name: string
  /** Repository-relative folder. */
  readonly dir: string
  /** The settings file and line that include it. */
  readonly file: string
  readonly line: number
}

/** A build included with `includeBuild` (also inside `pluginManagement {}`), or `buildSrc`. */
export interface IncludedBuild {
  readonly dir: string
  /** The settings file and line that include it ('' and 0 for an implicit `buildSrc`). */
  readonly file: string
  readonly line: number
  /** Its own projects; they are not projects of the root build. */
  readonly projects: readonly GradleProject[]
}

/** What the settings of a repository declare. */
export interface GradleSettings {
  /** The settings file of the root build, when there is one. */
  readonly file?: string
  readonly rootProjectName?: string
  readonly projects: readonly GradleProject[]
  readonly includedBuilds: readonly IncludedBuild[]
  readonly warnings: readonly string[]
}

const SETTINGS = ['settings.gradle', 'settings.gradle.kts']

/** The settings file of the build in `dir`, if any. */
export function settingsFileOf(dir: string, tree: SourceTree): string | undefined {
  return SETTINGS.map((f) => at(dir, f)).find((f) => tree.hasFile(f))
}

/** The default folder of a project path, relative to its build: `:a:b` -> `a/b`. */
export function defaultDir(path: string): string {
  return path
    .split(':')
    .filter((s) => s !== '')
    .join('/')
}

/** `a`, `:a`, `a:b` -> `:a`, `:a`, `:a:b`. */
function normPath(p: string): string {
  const segs = p.split(':').filter((s) => s !== '')
  return `:${segs.join(':')}`
}

/** Reads the string arguments after a call name: `x 'a', 'b'`, `x('a',\n 'b')`, `x(['a'])`, `x(listOf("a"))`. */
function stringArgs(
  lx: Lexed,
  pos: number
): { values: { value: string; at: number }[]; dynamic: boolean } {
  const sk = lx.skeleton
  let p = pos
  const skip = (): void => {
    while (p < sk.length && /\s/.test(sk[p] as string)) p++
  }
  skip()
  if (sk[p] === '(') p++
  skip()
  const list = /^(?:\[|listOf\s*\(|arrayOf\s*\(|setOf\s*\()/.exec(sk.slice(p, p + 12))
  if (list) p += list[0].length
  const values: { value: string; at: number }[] = []
  for (;;) {
    const s = lx.stringAt(p)
    if (!s) break
    if (s.dynamic) return { values, dynamic: true }
    values.push({ value: s.value, at: s.start })
    p = s.end
    while (p < sk.length && /[ \t]/.test(sk[p] as string)) p++
    if (sk[p] !== ',') break
    p++
    skip()
  }
  return { values, dynamic: values.length === 0 }
}

/**
 * Whether a line sets `projectDir` after naming a collection of projects (`children`,
 * `allprojects`, ...): what `/(?:children|...)\b[^\n]*projectDir\s*=/` finds, in one pass. That
 * regex scans to the end of the line from every `children` of it, a quadratic time on one long
 * line repeating `children`.
 */
function projectDirInLoop(sk: string): boolean {
  const loop = /(?<![\w.])(?:rootProject\.children|allprojects|getProjects|children)\b/g
  const set = /projectDir\s*=/g
  let s: RegExpExecArray | null = null
  for (let m = loop.exec(sk); m !== null; m = loop.exec(sk)) {
    // The first `projectDir =` after the name (the one found before, while it still is).
    const from = m.index + m[0].length
    if (s === null || s.index < from) {
      set.lastIndex = from
      s = set.exec(sk)
    }
    if (s === null) return false
    const eol = sk.indexOf('\n', from)
    if (eol < 0 || s.index < eol) return true
    // None on this line: the next name to try is on a later line.
    loop.lastIndex = eol + 1
  }
  return false
}

interface Parsed {
  rootProjectName?: string
  projects: GradleProject[]
  builds: { dir: string; file: string; line: number }[]
  warnings: string[]
}

/** Parses one settings file of the build in `base`; `projects` are filtered to existing folders. */
export function parseSettings(text: string, file: string, tree: SourceTree): Parsed {
  const base = dirOf(file)
  const lx = lex(text)
  const sk = lx.skeleton
  const warnings: string[] = []
  const where = (pos: number): string => `${file} line ${lx.lineOf(pos)}`
  const included = new Map<string, number>()
  const include = (p: string, pos: number): void => {
    const segs = normPath(p)
      .split(':')
      .filter((s) => s !== '')
    // Including `:a:b` also makes `:a` a project (Gradle creates the ancestors).
    for (let k = 1; k <= segs.length; k++) {
      const path = `:${segs.slice(0, k).join(':')}`
      if (!included.has(path)) included.set(path, pos)
    }
  }
  for (const m of sk.matchAll(/(?<![\w.])include\b(?!\s*[=.])/g)) {
    const args = stringArgs(lx, m.index + m[0].length)
    for (const v of args.values) include(v.value, v.at)
    if (args.dynamic)
      warnings.push(
        `${where(m.index)}: include with a computed argument is too dynamic to read; the projects it adds are not known`
      )
  }
  const dirs = new Map<string, string>()
  const pdRe =
    /(?<![\w.])(?:project|findProject)\s*\(\s*(['"])[^'"]*\1\s*\)\s*(?:[?!]+\s*)?\.projectDir\s*=\s*/g
  for (const m of sk.matchAll(pdRe)) {
    const name = lx.stringAt(m.index + m[0].indexOf('(') + 1)
    const rhs = sk.slice(m.index + m[0].length, m.index + m[0].length + 200)
    const call =
      /^(?:file\s*\(|(?:new\s+)?File\s*\(\s*(?:settingsDir|rootDir|rootProject\.projectDir)\s*,|(?:settingsDir|rootDir)\.resolve\s*\()/.exec(
        rhs
      )
    const value = call ? lx.stringAt(m.index + m[0].length + call[0].length) : undefined
    const dir = value && !value.dynamic ? joinPath(base, value.value) : undefined
    if (name && !name.dynamic && value && !value.dynamic && dir === undefined) {
      warnings.push(
        `${where(m.index)}: projectDir ${value.value} leads outside the repository; that project keeps its default folder`
      )
      continue
    }
    if (!name || name.dynamic || dir === undefined) {
      warnings.push(
        `${where(m.index)}: a projectDir that is not a literal path is too dynamic to read; that project keeps its default folder`
      )
      continue
    }
    dirs.set(normPath(name.value), dir)
  }
  if (projectDirInLoop(sk))
    warnings.push(
      `${file}: projectDir set in a loop is too dynamic to read; those projects keep their default folders`
    )
  const projects: GradleProject[] = []
  for (const [path, pos] of included) {
    const dir = dirs.get(path) ?? joinPath(base, defaultDir(path))
    if (dir === undefined || !tree.hasDir(dir)) continue
    const name = path.slice(path.lastIndexOf(':') + 1)
    projects.push({ path, name, dir, file, line: lx.lineOf(pos) })
  }
  const builds: Parsed['builds'] = []
  for (const m of sk.matchAll(/(?<![\w.])includeBuild\b/g)) {
    const paren = /\s*\(/y
    paren.lastIndex = m.index + m[0].length
    const s = lx.stringAt(paren.lastIndex + (paren.exec(sk)?.[0].length ?? 0))
    const dir = s && !s.dynamic ? joinPath(base, s.value) : undefined
    if (s && !s.dynamic && dir === undefined) {
      warnings.push(
        `${where(m.index)}: includeBuild ${s.value} leads outside the repository; plugins it provides are not found`
      )
      continue
    }
    if (dir === undefined) {
      warnings.push(
        `${where(m.index)}: includeBuild with a computed path is too dynamic to read; plugins it provides are not found`
      )
      continue
    }
    if (!builds.some((b) => b.dir === dir)) builds.push({ dir, file, line: lx.lineOf(m.index) })
  }
  const rootName = /(?<![\w.])rootProject\.name\s*=\s*/.exec(sk)
  const rn = rootName ? lx.stringAt(rootName.index + rootName[0].length) : undefined
  return { rootProjectName: rn && !rn.dynamic ? rn.value : undefined, projects, builds, warnings }
}

const cache = new WeakMap<SourceTree, GradleSettings>()

/** The projects and included builds of the repository's root Gradle build (memoised per tree). */
export function gradleProjects(tree: SourceTree): GradleSettings {
  const hit = cache.get(tree)
  if (hit) return hit
  const file = settingsFileOf('', tree)
  const warnings: string[] = []
  let root: Parsed = { projects: [], builds: [], warnings: [] }
  if (file !== undefined) {
    const text = tree.read(file)
    if (text === undefined) warnings.push(`${file} was not read`)
    else root = parseSettings(text, file, tree)
  }
  warnings.push(...root.warnings)
  const includedBuilds: IncludedBuild[] = []
  const queue = [...root.builds]
  if (tree.hasDir('buildSrc')) queue.push({ dir: 'buildSrc', file: '', line: 0 })
  const seen = new Set<string>()
  // Included builds may include further builds; follow them once each.
  while (queue.length > 0) {
    const b = queue.shift() as { dir: string; file: string; line: number }
    if (seen.has(b.dir)) continue
    seen.add(b.dir)
    const sf = settingsFileOf(b.dir, tree)
    const text = sf === undefined ? undefined : tree.read(sf)
    const parsed =
      sf !== undefined && text !== undefined ? parseSettings(text, sf, tree) : undefined
    if (parsed) {
      warnings.push(...parsed.warnings)
      queue.push(...parsed.builds)
    }
    includedBuilds.push({ ...b, projects: parsed?.projects ?? [] })
  }
  const result: GradleSettings = {
    file,
    rootProjectName: root.rootProjectName,
    projects: root.projects,
    includedBuilds,
    warnings
  }
  cache.set(tree, result)
  return result
}
