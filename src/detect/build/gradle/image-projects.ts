/**
 * The Gradle projects an image's build compiles (pure): the project named like the image, or
 * the projects below it that build the image, and their project dependencies in non-test
 * configurations, transitively, with the build files of their ancestor projects.
 */
import { at, dirOf, within } from '../../../util/paths.js'
import { Wildcards } from '../../../util/glob/wildcards.js'
import { escapeGlob } from '../docker/dockerignore.js'
import { isDockerfile } from '../docker/names.js'
import type { InputList } from '../collect.js'
import type { SourceTree } from '../types.js'
import { type PluginDef, buildScriptOf, pluginClosure } from './plugins.js'
import { ancestorDirs } from './roots.js'
import { type ScriptFacts, projectAccessorOf, readScript } from './script.js'
import type { GradleProject, GradleSettings } from './settings.js'

/** The build files of a project's folder. */
export const DIR_BUILD_FILES = ['build.gradle', 'build.gradle.kts', 'gradle.properties']

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

/**
 * The test source sets of a project folder, which no image reads unless a Dockerfile copies
 * them (the Docker provider then counts them): `src/test`, `src/testFixtures`, and any source
 * set named `...Test` (`integrationTest`, `functionalTest`).
 */
const testSources = (dir: string): string[] => {
  const base = dir === '' ? '' : `${escapeGlob(dir)}/`
  return [`${base}src/test/**`, `${base}src/testFixtures/**`, `${base}src/*Test/**`]
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
    const inside = settings.projects.filter((q) => within(q.dir, dir))
    globs = [...new Set(inside.flatMap((q) => testSources(q.dir)))]
    byDir.set(dir, globs)
  }
  return globs
}

/** The projects an image's build compiles, and the scripts read on the way. */
export interface Followed {
  /** The facts of the scripts read: the projects' own, and their ancestors' (read as `children`). */
  readonly scripts: ReadonlyMap<string, ScriptFacts>
  readonly projectScripts: ReadonlySet<string>
  readonly ancestorScripts: ReadonlySet<string>
  /** The folders of the projects that build the image (for their own Dockerfile). */
  readonly imageDirs: readonly string[]
}

/**
 * Follows the projects the image's build compiles from `project`: adds their folders (tests
 * excluded) and the build files of their ancestors to `add`, and what cannot be read to
 * `warnings`.
 */
export function followProjects(
  project: GradleProject,
  settings: GradleSettings,
  index: ReadonlyMap<string, PluginDef>,
  tree: SourceTree,
  add: InputList['put'],
  warnings: string[]
): Followed {
  /** The folders of the projects that build the image (for their own Dockerfile). */
  let imageDirs = [project.dir]
  const facts = (
    script: string | undefined,
    scope: 'self' | 'children' = 'self'
  ): ScriptFacts | undefined => {
    const text = script === undefined ? undefined : tree.read(script)
    if (script !== undefined && text === undefined) {
      warnings.push(`${script} was not read, so every project may be one the build depends on`)
      unread.push(script)
    }
    return text === undefined ? undefined : readScript(text, scope)
  }
  /** The scripts of the current step that could not be read: their dependencies are unknown. */
  let unread: string[] = []
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
      return settings.projects.filter((p) => projectAccessorOf(p.path) === d.accessor)
    // `*` is any run of characters but a line break; matched without backtracking.
    /* istanbul ignore next -- type narrowing: readScript gives a pattern to a dep without path or accessor */
    const pattern = d.pattern ?? '*'
    const re = new Wildcards(pattern.split('*'), (c) => !/[\n\r\u2028\u2029]/.test(c))
    return settings.projects.filter((p) => re.test(p.path))
  }
  while (queue.length > 0) {
    const { p, why, file, line, says } = queue.shift() as Step
    unread = []
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
          warnings.push(`${f} line ${d.line}: ${d.path} is not a project of ${project.file}`)
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
    // A script that cannot be read may depend on any project of the build.
    for (const f of unread)
      for (const t of settings.projects.filter((q) => !seen.has(q.path))) {
        seen.add(t.path)
        queue.push({ p: t, why: `${f} was not read, so every project counts; ${t.path}` })
      }
  }
  return { scripts, projectScripts, ancestorScripts, imageDirs }
}
