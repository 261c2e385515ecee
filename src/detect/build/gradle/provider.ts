/**
 * The Gradle provider: what the build of a Gradle project reads, from the build files as text.
 *
 * For the project at the build root: its folder; the folders of its project dependencies in
 * non-test configurations, transitively; the build files of its ancestor projects (and what
 * their `subprojects {}`/`allprojects {}` blocks declare); the root build files; the convention
 * plugins it applies, followed through their own `plugins {}`, with the build files of the
 * builds that provide them and the resources they name. Never runs Gradle.
 */
import {
  type PluginClosure,
  type PluginDef,
  buildScriptOf,
  pluginClosure,
  pluginIndex
} from './plugins.js'
import { type ScriptFacts, accessorOf, readScript } from './script.js'
import { type GradleProject, type GradleSettings, gradleProjects } from './settings.js'
import { ancestorDirs } from './roots.js'
import { Wildcards, dirOf, interpolations } from './lex.js'
import { InputList } from '../collect.js'
import { escapeGlob } from '../docker/dockerignore.js'
import { isDockerfile } from '../docker/names.js'
import { BuildReads, type Reader, catalogPluginIds } from './reads.js'
import { scriptView } from './script-diff.js'
import type { Part, PartFormat } from '../parts.js'
import type { Provider, ProviderResult, SourceTree } from '../types.js'

const ROOT_FILES = [
  'settings.gradle',
  'settings.gradle.kts',
  'build.gradle',
  'build.gradle.kts',
  'gradle.properties'
]
const DIR_BUILD_FILES = ['build.gradle', 'build.gradle.kts', 'gradle.properties']
/** The default version catalog, compared alias by alias unless the settings declare catalogs. */
const CATALOG = 'gradle/libs.versions.toml'
const BUILD_OWN_FILES = [...DIR_BUILD_FILES, 'settings.gradle', 'settings.gradle.kts']

/** Whether the Gradle provider reads `path` (settings, build scripts, plugin scripts, properties, catalogs). */
export function wantsGradle(path: string): boolean {
  // By the last name, without a regex: this runs for every file of the tree.
  const base = path.slice(path.lastIndexOf('/') + 1)
  return (
    (base.length > 7 && base.endsWith('.gradle')) ||
    (base.length > 11 && base.endsWith('.gradle.kts')) ||
    base === 'gradle.properties' ||
    base.endsWith('.versions.toml')
  )
}

const at = (dir: string, file: string): string => (dir === '' ? file : `${dir}/${file}`)

/**
 * The test source sets of a project folder, which no image reads unless a Dockerfile copies
 * them (the Docker provider then counts them): `src/test`, `src/testFixtures`, and any source
 * set named `...Test` (`integrationTest`, `functionalTest`).
 */
const testSources = (dir: string): string[] => {
  const base = dir === '' ? '' : `${escapeGlob(dir)}/`
  return [`${base}src/test/**`, `${base}src/testFixtures/**`, `${base}src/*Test/**`]
}

/** A literal as a path: `${rootDir}/x`, `/x`, `./x` -> `x`; interpolations become wildcards. */
function literalRegex(value: string): { test(path: string): boolean } | undefined {
  const v = value
    .replace(
      /^\$\{?(?:project\.)?(?:rootDir|rootProject\.projectDir|rootProject\.rootDir)\}?\//,
      ''
    )
    .replace(/^\.?\//, '')
  const literal = (name: RegExp): string[] => {
    const parts: string[] = []
    let last = 0
    for (const x of interpolations(v, name)) {
      parts.push(v.slice(last, x.start))
      last = x.end
    }
    return [...parts, v.slice(last)]
  }
  if (v === '' || /\s/.test(v) || !/[\w]/.test(literal(/\w+/y).join(''))) return undefined
  // A literal names a file by its path, or by a path suffix on a segment boundary; matched
  // without backtracking (many interpolations are many wildcards).
  const w = new Wildcards(literal(/[A-Za-z_]\w*/y), (c) => c !== '/', true)
  return { test: (path) => w.test(path) }
}

/** Where a Dockerfile of a project lives, relative to the project's folder. */
const DOCKERFILE_DIRS = ['', '/docker', '/src/docker', '/src/main/docker']

/**
 * The Dockerfiles below `dir`, by the folder of the project they belong to: a Dockerfile (or
 * Containerfile) in a project's folder, its `docker/`, `src/docker/` or `src/main/docker/`.
 */
function dockerfilesBelow(dir: string, tree: SourceTree): Map<string, string> {
  const out = new Map<string, string>()
  for (const f of tree.filesUnder(dir)) {
    if (!isDockerfile(f)) continue
    const folder = f.slice(0, Math.max(0, f.lastIndexOf('/')))
    for (const sub of DOCKERFILE_DIRS) {
      if (!folder.endsWith(sub)) continue
      const owner = folder.slice(0, folder.length - sub.length)
      if (!out.has(owner)) out.set(owner, f)
    }
  }
  return out
}

/**
 * The projects below `project` that build its image, when it does not build one itself (no
 * Dockerfile, no image name in its own build): `:order-service` holds
 * `:order-service:order-service-main`, which has the Dockerfile. Each comes with how it builds
 * the image; when none is seen to, every project below comes, with no `how`. Undefined when
 * the project builds the image itself or has no project below it.
 */
function imageProjectsBelow(
  project: GradleProject,
  settings: GradleSettings,
  index: ReadonlyMap<string, PluginDef>,
  tree: SourceTree
): { builders: { p: GradleProject; how?: string }[] } | undefined {
  const under = (dir: string): boolean => dir === project.dir || dir.startsWith(`${project.dir}/`)
  const below = settings.projects.filter(
    (p) => p !== project && (p.path.startsWith(`${project.path}:`) || under(p.dir))
  )
  if (below.length === 0) return undefined
  const dockerfiles = dockerfilesBelow(project.dir, tree)
  const read = (file: string | undefined, scope: 'self' | 'children' | 'own'): ScriptFacts[] => {
    const text = file === undefined ? undefined : tree.read(file)
    return text === undefined ? [] : [readScript(text, scope)]
  }
  /** Why `p` builds an image (its Dockerfile, an image name its build sets), if it does. */
  const builds = (p: GradleProject, scope: 'self' | 'own'): string | undefined => {
    const df = dockerfiles.get(p.dir)
    if (df !== undefined) return `${df.slice(df.lastIndexOf('/') + 1)} in ${dirOf(df)}`
    const start = new Map<string, ScriptFacts>()
    const script = buildScriptOf(p.dir, tree)
    for (const f of read(script, scope)) start.set(script as string, f)
    // What the projects from the named one down to `p` declare for their subprojects.
    if (p !== project)
      for (const dir of ancestorDirs(p, settings).filter(under)) {
        const a = buildScriptOf(dir, tree)
        for (const f of read(a, 'children')) if (!start.has(a as string)) start.set(a as string, f)
      }
    for (const [file, f] of [...start, ...pluginClosure(start, index, tree).facts]) {
      const n = f.imageNames[0]
      if (n) return `image name set in ${file} line ${n.line}`
    }
    return undefined
  }
  if (builds(project, 'own') !== undefined) return undefined
  const builders = below.flatMap((p) => {
    const how = builds(p, 'self')
    return how === undefined ? [] : [{ p, how }]
  })
  return { builders: builders.length > 0 ? builders : below.map((p) => ({ p })) }
}

/** The test source sets of the projects in each folder, per settings (asked once per image). */
const testsCache = new WeakMap<GradleSettings, Map<string, string[]>>()

function testsIn(settings: GradleSettings, dir: string): string[] {
  let byDir = testsCache.get(settings)
  if (byDir === undefined) {
    byDir = new Map()
    testsCache.set(settings, byDir)
  }
  let globs = byDir.get(dir)
  if (globs === undefined) {
    const inside = settings.projects.filter(
      (q) => q.dir === dir || dir === '' || q.dir.startsWith(`${dir}/`)
    )
    globs = [...new Set(inside.flatMap((q) => testSources(q.dir)))]
    byDir.set(dir, globs)
  }
  return globs
}

/** The inputs of the Gradle project at `root.folder`. */
export function gradleInputs(folder: string, tree: SourceTree): ProviderResult {
  const settings = gradleProjects(tree)
  const project = settings.projects.find((p) => p.dir === folder)
  if (!project) return { inputs: [], warnings: [], claimed: false }
  const list = new InputList('gradle')
  /** The folders of the projects that build the image (for their own Dockerfile). */
  let imageDirs = [project.dir]
  const warnings: string[] = [...settings.warnings]
  const add = list.put
  const facts = (
    script: string | undefined,
    scope: 'self' | 'children' = 'self'
  ): ScriptFacts | undefined => {
    const text = script === undefined ? undefined : tree.read(script)
    if (script !== undefined && text === undefined) warnings.push(`${script} was not read`)
    return text === undefined ? undefined : readScript(text, scope)
  }
  const index = pluginIndex(
    settings.includedBuilds.map((b) => b.dir),
    tree
  )
  const scripts = new Map<string, ScriptFacts>()
  /** The scripts of the projects followed, and of their ancestors (read as `children`). */
  const projectScripts = new Set<string>()
  const ancestorScripts = new Set<string>()
  const seen = new Set<string>([project.path])
  /** A project to follow; `says` words why one of its dependencies counts. */
  interface Step {
    p: GradleProject
    why: string
    file?: string
    line?: number
    says?: (dep: string, file: string) => string
  }
  const queue: Step[] = [
    { p: project, why: `Gradle project ${project.path}`, file: project.file, line: project.line }
  ]
  // The image may be built by a project below the one named like it: follow the dependencies
  // of the projects that build it, or of every project below when none is seen to.
  const nested = imageProjectsBelow(project, settings, index, tree)
  for (const { p, how } of nested?.builders ?? []) {
    const why = how
      ? `${p.path} builds the image (${how})`
      : `no Dockerfile or docker plugin in ${project.path} or below it, so every project below it counts; ${p.path}`
    seen.add(p.path)
    queue.push({ p, why, says: (dep, f) => `${why}${how ? '; it' : ''} depends on ${dep} in ${f}` })
  }
  if (nested?.builders.some((b) => b.how !== undefined))
    imageDirs = nested.builders.map((b) => b.p.dir)
  const targets = (d: ScriptFacts['deps'][number]): GradleProject[] => {
    if (d.path !== undefined) return settings.projects.filter((p) => p.path === d.path)
    if (d.accessor !== undefined)
      return settings.projects.filter((p) => accessorOf(p.path) === d.accessor)
    // `*` is any run of characters but a line break; matched without backtracking.
    const re = new Wildcards((d.pattern ?? '*').split('*'), (c) => !/[\n\r\u2028\u2029]/.test(c))
    return settings.projects.filter((p) => re.test(p.path))
  }
  while (queue.length > 0) {
    const { p, why, file, line, says } = queue.shift() as Step
    // A project below the named one lies in its folder, which counts already.
    const inFolder = (dir: string): boolean =>
      says !== undefined && (dir === project.dir || dir.startsWith(`${project.dir}/`))
    // The tests of the project, and of the projects in its folder, do not reach the image.
    if (!inFolder(p.dir)) add('dir', p.dir, why, file, line, testsIn(settings, p.dir))
    const script = buildScriptOf(p.dir, tree)
    const own = facts(script)
    const declared: [string, ScriptFacts][] = []
    if (script !== undefined) projectScripts.add(script)
    if (script !== undefined && own) {
      declared.push([script, own])
      scripts.set(script, own)
      for (const d of own.dynamic) warnings.push(`${script} ${d}`)
    }
    for (const dir of ancestorDirs(p, settings)) {
      if (dir !== '' && !inFolder(dir))
        for (const f of DIR_BUILD_FILES)
          add('file', at(dir, f), `build file of an ancestor project of ${p.path}`)
      const a = buildScriptOf(dir, tree)
      const af = facts(a, 'children')
      if (a === undefined || !af) continue
      ancestorScripts.add(a)
      declared.push([a, af])
      if (!scripts.has(a)) scripts.set(a, af)
      for (const d of af.dynamic) warnings.push(`${a} ${d}`)
    }
    for (const [f, x] of declared) {
      for (const d of x.deps) {
        if (d.test) continue
        const ts = targets(d)
        if (ts.length === 0 && d.path !== undefined)
          warnings.push(
            `${f} line ${d.line}: ${d.path} is not a project of ${settings.file ?? 'the settings'}`
          )
        for (const t of ts) {
          if (seen.has(t.path)) continue
          seen.add(t.path)
          queue.push({
            p: t,
            why: says ? says(t.path, f) : `${p.name} depends on ${t.path} in ${f}`,
            file: f,
            line: d.line
          })
        }
      }
    }
  }
  const closure = pluginClosure(scripts, index, tree)
  warnings.push(...closure.warnings)
  for (const f of ROOT_FILES) add('file', f, 'root build file')
  // lombok.config changes the bytecode of the Java sources below it, for projects using Lombok.
  const texts = [...scripts.keys()].map((f) => tree.read(f) ?? 'lombok')
  if (texts.some((t) => t.includes('lombok')) || scripts.size === 0)
    for (const dir of new Set(list.all.filter((i) => i.kind === 'dir').map((i) => i.path)))
      for (let d: string | undefined = dir; d !== undefined; d = d === '' ? undefined : dirOf(d))
        add(
          'file',
          at(d, 'lombok.config'),
          `Lombok configuration of the Java sources below ${d === '' ? 'the root' : `${d}/`}`
        )
  // The default catalog is compared alias by alias, unless a build declares catalogs (it may
  // then be read under another name than `libs`).
  const settingsFiles = ['', 'buildSrc', ...settings.includedBuilds.map((b) => b.dir)].flatMap(
    (dir) => ['settings.gradle', 'settings.gradle.kts'].map((f) => at(dir, f))
  )
  const catalog =
    tree.hasFile(CATALOG) && !settingsFiles.some((f) => /versionCatalogs/.test(tree.read(f) ?? ''))
  if (catalog) add('file', CATALOG, 'root build file (the version catalog)')
  add('dir', 'gradle', 'root build file', undefined, undefined, [
    'gradle/**/*.log',
    ...(catalog ? [CATALOG] : [])
  ])
  // The convention plugins of buildSrc that the build applies are compared statement by statement.
  const conventions = closure.applied.filter((a) => a.def.kind === 'script')
  add('dir', 'buildSrc', 'root build file', undefined, undefined, [
    'buildSrc/build/**',
    'buildSrc/.gradle/**',
    ...conventions.filter((a) => a.def.build === 'buildSrc').map((a) => escapeGlob(a.def.file))
  ])
  const usedBuilds = new Map<string, PluginDef>()
  for (const a of closure.applied) {
    const { def } = a
    if (def.kind === 'script')
      add('file', def.file, `plugin ${def.id} applied by ${a.by}`, a.by, a.line)
    else
      add(
        'dir',
        `${def.build}/src/main`,
        `plugin ${def.id} (registered in ${def.file} line ${def.line}) applied by ${a.by}`,
        a.by,
        a.line
      )
    if (!usedBuilds.has(def.build)) usedBuilds.set(def.build, def)
  }
  for (const [build, def] of usedBuilds)
    for (const f of BUILD_OWN_FILES)
      add(
        'file',
        at(build, f),
        `build file of included build ${build}, which provides plugin ${def.id}`
      )
  for (const s of closure.scriptFiles)
    add('file', s.file, `script applied by ${s.by}`, s.by, s.line)
  for (const w of closure.wholeBuilds) add('dir', w.dir, w.why)
  // The shared build files count for the parts of them that this build reads.
  const reads = buildReads(
    tree,
    settingsFiles,
    closure,
    projectScripts,
    ancestorScripts,
    usedBuilds
  )
  const part = (format: PartFormat): Part => ({ format, reads: reads.reads })
  for (const input of list.all) {
    if (input.kind !== 'file') continue
    const f = input.path
    if (f.endsWith('/gradle.properties') || f === 'gradle.properties')
      list.refine(f, part('properties'))
    else if (f === CATALOG) list.refine(f, part('catalog'))
    else if (ancestorScripts.has(f) && !projectScripts.has(f))
      list.refine(f, part('ancestor-script'))
  }
  for (const a of conventions) list.refine(a.def.file, part('convention-script'))
  // Files the scripts name, where the build reads them: resources of the plugin builds, or
  // repository paths (not in what configures an ancestor only, such as a release hook).
  const pluginOf = new Map(closure.applied.map((a) => [a.def.file, a.def.id]))
  const views = viewFacts(tree, reads.kept)
  const conventionFiles = new Set(conventions.map((a) => a.def.file))
  const read = [
    ...[...scripts].map(([file, f]): [string, ScriptFacts] =>
      projectScripts.has(file) ? [file, f] : [file, views(file, 'ancestor') ?? f]
    ),
    ...[...closure.facts].map(([file, f]): [string, ScriptFacts] =>
      conventionFiles.has(file) ? [file, views(file, 'convention') ?? f] : [file, f]
    )
  ]
  const named = read.flatMap(([file, f]) =>
    f.literals.flatMap((l) => {
      const re = literalRegex(l.value)
      return re ? [{ re, file, line: l.line, value: l.value }] : []
    })
  )
  // A shared Dockerfile is a fallback when the scripts also name the project's own one, which exists.
  const ownDockerfile = imageDirs.every((dir) =>
    named.some((n) => {
      const own = `${dir}/${n.value.replace(/^\.?\//, '')}`
      return isDockerfile(own) && !n.value.includes('$') && tree.hasFile(own)
    })
  )
  const candidates = [...usedBuilds.keys()].flatMap((b) =>
    tree.filesUnder(`${b}/src/main/resources`)
  )
  for (const n of named) {
    const user = pluginOf.has(n.file) ? `plugin ${pluginOf.get(n.file)}` : project.path
    const why = `used by ${user} in ${n.file} line ${n.line}`
    const plain = n.value.replace(
      /^\$\{?(?:project\.)?(?:rootDir|rootProject\.projectDir)\}?\//,
      ''
    )
    for (const f of candidates) {
      const rel = f.slice(f.indexOf('/src/main/resources/') + '/src/main/resources/'.length)
      if (n.re.test(rel) && !(ownDockerfile && isDockerfile(f))) add('file', f, why, n.file, n.line)
    }
    if (
      plain.includes('/') &&
      !plain.includes('$') &&
      !plain.startsWith('/') &&
      !(ownDockerfile && isDockerfile(plain))
    ) {
      if (tree.hasFile(plain)) add('file', plain, why, n.file, n.line)
      else if (tree.hasDir(plain) && plain !== project.dir) add('dir', plain, why, n.file, n.line)
    }
  }
  return { inputs: list.all, warnings: [...new Set(warnings)], claimed: true }
}

/** The views of convention plugins, per tree (the same for every image that applies them). */
const conventionViews = new WeakMap<SourceTree, Map<string, string>>()

/** The readers of one image's build (gradle-reads.ts). */
function buildReads(
  tree: SourceTree,
  settingsFiles: readonly string[],
  closure: PluginClosure,
  projectScripts: ReadonlySet<string>,
  ancestorScripts: ReadonlySet<string>,
  usedBuilds: ReadonlyMap<string, PluginDef>
): BuildReads {
  const own: Reader[] = []
  const whole = (file: string, label = file): void => {
    const text = tree.read(file)
    if (text !== undefined) own.push({ key: file, label, text })
  }
  for (const f of projectScripts) whole(f)
  for (const f of settingsFiles) whole(f)
  let views = conventionViews.get(tree)
  if (views === undefined) {
    views = new Map()
    conventionViews.set(tree, views)
  }
  for (const a of closure.applied) {
    const text = a.def.kind === 'script' ? tree.read(a.def.file) : undefined
    if (text === undefined) continue
    let view = views.get(a.def.file)
    if (view === undefined) {
      view = scriptView(text, 'convention', () => true)
      views.set(a.def.file, view)
    }
    own.push({
      key: `${a.def.file}#convention`,
      label: `plugin ${a.def.id} (${a.def.file}), applied by ${a.by}`,
      text: view
    })
  }
  for (const s of closure.scriptFiles) whole(s.file, `${s.file}, applied by ${s.by}`)
  for (const build of usedBuilds.keys()) for (const f of BUILD_OWN_FILES) whole(at(build, f))
  const ancestors = [...ancestorScripts]
    .filter((f) => !projectScripts.has(f))
    .flatMap((file) => {
      const text = tree.read(file)
      return text === undefined ? [] : [{ file, text }]
    })
  const binary = closure.applied.filter((a) => a.def.kind === 'binary').map((a) => a.def.id)
  return new BuildReads(tree, own, ancestors, binary, catalogPluginIds(tree, CATALOG))
}

/** The facts of scripts read through their view (gradle-script-diff.ts), cached per tree. */
const viewCache = new WeakMap<SourceTree, Map<string, ScriptFacts | undefined>>()
function viewFacts(
  tree: SourceTree,
  kept: ReadonlySet<string>
): (file: string, role: 'ancestor' | 'convention') => ScriptFacts | undefined {
  let cache = viewCache.get(tree)
  if (cache === undefined) {
    cache = new Map()
    viewCache.set(tree, cache)
  }
  const keptKey = [...kept].sort().join('\0')
  return (file, role) => {
    const key = `${role}\0${file}\0${role === 'ancestor' ? keptKey : ''}`
    const c = cache as Map<string, ScriptFacts | undefined>
    if (!c.has(key)) {
      const text = tree.read(file)
      const keep = (kind: string, name: string): boolean => kept.has(`${kind}:${name}`)
      const view = text === undefined ? undefined : scriptView(text, role, keep)
      c.set(
        key,
        view === undefined ? undefined : readScript(view, role === 'ancestor' ? 'children' : 'self')
      )
    }
    return c.get(key)
  }
}

/** The Gradle provider. */
export const gradleProvider: Provider = {
  name: 'gradle',
  wants: wantsGradle,
  inputsOf: (_image, root, tree) => gradleInputs(root.folder, tree)
}
