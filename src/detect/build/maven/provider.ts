/**
 * The Maven provider: what the reactor build of a module reads, from the POMs as text. Never
 * runs Maven.
 *
 * It claims a build root that holds a `pom.xml`, unless every Dockerfile of the build copies only
 * files of the repository (a multi-stage build that runs Maven inside Docker): those the
 * Dockerfile provider counts exactly. For the module at the build root, and every module it holds:
 * its folder minus `src/test/**`; its POM and its parent POMs inside the repository (files, not
 * folders); the aggregators that list it (or whose `<module>` uses a property); the modules it
 * uses (dependencies of any scope but `test`, also in profiles and inherited from parents; build
 * plugins, their dependencies and extensions; imported BOMs, whose POMs only), matched by
 * groupId/artifactId, transitively; a `test-jar` dependency brings the module's tests too; `.mvn/`
 * and `mvnw` of every folder above that holds a POM; the Dockerfiles and build contexts the
 * plugin configurations name.
 *
 * What it cannot read widens the inputs (resolve.ts): a POM that is not well-formed (to its
 * folder: the build fails until that POM changes), a plugin path with a property that is not
 * defined literally (to the module folder). A dependency with such a property matches every
 * module it could name, with a warning.
 */
import { copiesBuildOutput } from '../build-output.js'
import { InputList } from '../collect.js'
import { escapeGlob } from '../docker/dockerignore.js'
import { at, dirOf, joinPath } from '../../../util/paths.js'
import type {
  BuildRoot,
  ImageRef,
  Input,
  Provider,
  ProviderResult,
  SourceTree,
  Unresolved
} from '../types.js'
import type { PomArtifact } from './pom.js'
import { type Module, Reactor, type Value, literal } from './reactor.js'

const reactors = new WeakMap<SourceTree, Reactor>()

/** The reactor of a tree, read once. */
export function reactorOf(tree: SourceTree): Reactor {
  let r = reactors.get(tree)
  if (!r) {
    r = new Reactor(tree)
    reactors.set(tree, r)
  }
  return r
}

/** Whether the Maven provider reads `path`: POMs only (`.mvn/**` counts as files, unread). */
export function wantsMaven(path: string): boolean {
  return path === 'pom.xml' || path.endsWith('/pom.xml')
}

const testsOf = (dir: string): string[] => [`${dir === '' ? '' : `${escapeGlob(dir)}/`}src/test/**`]
const shown = (v: Value): string => v.parts.reduce((a, p, i) => `${a}${v.unknown[i - 1] ?? ''}${p}`)

/** How a module is named in reasons: `groupId:artifactId`, or its POM's path. */
function nameOf(m: Module, reactor: Reactor): string {
  const c = reactor.coordsOf(m)
  const a = literal(c.artifactId)
  const g = literal(c.groupId)
  return a === undefined ? m.file : g === undefined ? a : `${g}:${a}`
}

/** A module to follow, and why it counts. */
interface Step {
  readonly m: Module
  readonly why: string
  readonly file?: string
  readonly line?: number
  /**
   * How much of it counts: 0 its POM and its parents' (an imported BOM); 1 those and what it
   * uses (a module of packaging `pom`: it has no classes); 2 its folder but tests; 3 all its
   * folder (a `test-jar` dependency).
   */
  readonly level: number
}

/** The inputs of the Maven module at `folder`. */
export function mavenInputs(
  folder: string,
  tree: SourceTree,
  declared?: ReadonlySet<string>
): ProviderResult {
  const reactor = reactorOf(tree)
  const module = reactor.inDir(folder)
  // Docker builds that copy only files of the repository are counted by the Dockerfile provider.
  if (!module || copiesBuildOutput(folder, tree, declared) === false)
    return { inputs: [], warnings: [], claimed: false }
  const list = new InputList('maven')
  const warnings: string[] = []
  const unresolved: Unresolved[] = []
  const add = list.put
  const unreadable = (m: Module, scope: string): void => {
    if (m.error !== undefined) unresolved.push({ what: m.error, scope, file: m.file })
  }
  /** Per module, the level of it that counts (see Step). */
  const done = new Map<Module, number>()
  const queue: Step[] = [
    {
      m: module,
      why: `Maven module ${nameOf(module, reactor)} (${module.file})`,
      file: module.file,
      level: 2
    }
  ]
  // The modules below the root are built with it, and their files count already.
  for (const m of reactor.modules)
    if (m !== module && (folder === '' || m.dir.startsWith(`${folder}/`)))
      queue.push({
        m,
        why: `Maven module ${nameOf(m, reactor)} (${m.file}), below the build root ${folder}/`,
        file: m.file,
        level: 2
      })
  const unmatched: string[] = []
  while (queue.length > 0) {
    const step = queue.shift() as Step
    const { m } = step
    if ((done.get(m) ?? -1) >= step.level) continue
    done.set(m, step.level)
    if (step.level < 2) add('file', m.file, step.why, step.file, step.line)
    else add('dir', m.dir, step.why, step.file, step.line, testsOf(m.dir))
    if (step.level === 3)
      add('dir', at(m.dir, 'src/test'), `${step.why}: its tests`, step.file, step.line)
    unreadable(m, m.dir)
    const name = nameOf(m, reactor)
    const chain = reactor.chainOf(m)
    for (const p of chain.slice(1)) {
      add('file', p.file, `parent POM of ${name}`, m.file, m.pom?.parent?.line)
      unreadable(p, p.dir)
    }
    if (step.level === 0) continue
    for (const { module: agg, line } of reactor.aggregatorsOf(m))
      add('file', agg.file, `aggregator POM listing ${name}`, agg.file, line)
    // A `<module>` with a property may list this one: its aggregator counts too.
    for (const { module: agg, line } of reactor.unknownModules)
      add(
        'file',
        agg.file,
        `aggregator POM whose <module> uses a property: it may list ${name}`,
        agg.file,
        line
      )
    // What the module's build uses: declared in its POM or inherited from its parents'.
    for (const x of chain) for (const u of x.pom?.uses ?? []) follow(u, x, m, name, false)
    for (const x of chain) for (const u of x.pom?.imports ?? []) follow(u, x, m, name, true)
  }
  function follow(u: PomArtifact, x: Module, m: Module, name: string, bom: boolean): void {
    if (u.scope === 'test') return
    const g = reactor.interpolate(u.groupId, m)
    const a = reactor.interpolate(u.artifactId, m)
    const where = `${x.file} line ${u.line}`
    if (g.unknown.length + a.unknown.length > 0)
      warnings.push(
        `${where}: the ${u.what} ${shown(g)}:${shown(a)} uses ${[...g.unknown, ...a.unknown].join(', ')}, ` +
          `not defined literally in the POMs; every module it could name counts`
      )
    const targets = reactor.find(g, a).filter((t) => t !== m)
    if (targets.length === 0) unmatched.push(`${shown(g)}:${shown(a)} (${where})`)
    const tests = u.type === 'test-jar' || u.classifier === 'tests'
    for (const t of targets)
      queue.push({
        m: t,
        why: `${name} uses ${nameOf(t, reactor)} (${u.what} in ${where})`,
        file: x.file,
        line: u.line,
        level: bom ? 0 : t.pom?.packaging === 'pom' ? 1 : tests ? 3 : 2
      })
  }
  // A POM that cannot be read may be the module of a dependency that matched no other.
  if (unmatched.length > 0)
    for (const m of reactor.modules)
      if (m.error !== undefined && !done.has(m))
        add(
          'dir',
          m.dir,
          `${m.error}, so it may be the module of ${unmatched[0] as string}${unmatched.length > 1 ? ` or ${unmatched.length - 1} more` : ''}`,
          m.file
        )
  // The Maven wrapper and `.mvn/` of every folder above that holds a POM (the reactor root).
  for (let d: string | undefined = folder; d !== undefined; d = d === '' ? undefined : dirOf(d)) {
    if (d !== '' && !reactor.inDir(d)) continue
    add('dir', at(d, '.mvn'), 'Maven configuration and wrapper of the reactor')
    add('file', at(d, 'mvnw'), 'Maven wrapper of the reactor')
  }
  dockerPaths(module, reactor, tree, add, warnings, unresolved)
  return { inputs: list.all, warnings: [...new Set(warnings)], unresolved, claimed: true }
}

/** The Dockerfiles and build contexts the plugin configurations of `module` (or its parents') name. */
function dockerPaths(
  module: Module,
  reactor: Reactor,
  tree: SourceTree,
  add: (kind: Input['kind'], path: string, why: string, file?: string, line?: number) => void,
  warnings: string[],
  unresolved: Unresolved[]
): void {
  for (const x of reactor.chainOf(module))
    for (const v of x.pom?.dockerPaths ?? []) {
      const where = `${x.file} line ${v.line}`
      if (v.value.startsWith('/')) {
        warnings.push(`${where}: <${v.tag}> ${v.value} is outside the repository; ignored`)
        continue
      }
      const value = reactor.interpolate(v.value, module)
      const path = literal(value)
      if (path === undefined) {
        unresolved.push({
          what: `${where}: <${v.tag}> ${v.value} uses ${value.unknown.join(', ')}, not defined literally in the POMs`,
          scope: module.dir,
          file: x.file,
          line: v.line
        })
        continue
      }
      // Relative paths are the module's (the plugin runs in it); `${project.basedir}` is rooted.
      const p = joinPath(module.dir, path)
      const why = `<${v.tag}> of a plugin of ${module.file} (${where})`
      if (p === undefined)
        warnings.push(`${where}: <${v.tag}> ${v.value} is outside the repository; ignored`)
      else if (tree.hasFile(p)) add('file', p, why, x.file, v.line)
      else if (tree.hasDir(p)) add('dir', p, why, x.file, v.line)
      else if (!(module.dir === '' || p.startsWith(`${module.dir}/`)))
        warnings.push(`${where}: <${v.tag}> ${v.value} is not in the tree (a build output?)`)
    }
}

/** How `value` (an image name as configured) names an image: its last path segment, no tag. */
function imageBase(value: string): string {
  const noDigest = value.split('@')[0] as string
  const slash = noDigest.lastIndexOf('/')
  const colon = noDigest.indexOf(':', slash + 1)
  return colon < 0 ? noDigest.slice(slash + 1) : noDigest.slice(slash + 1, colon)
}

/**
 * The Maven modules that build an image: those whose artifactId is the image's name, or whose
 * image plugin (jib `<to><image>`, fabric8 `<name>`, spotify `<repository>`...) names it, its
 * `<prefix>_GRADLE_IMG` or `<prefix>_IMG`. For root finding (resolve.ts step 1), next to the
 * Gradle projects: several are all counted, as for Gradle.
 */
export function findMavenRoots(
  image: Pick<ImageRef, 'name' | 'gradleImage'> & { readonly registryImage?: string },
  tree: SourceTree
): BuildRoot[] {
  const reactor = reactorOf(tree)
  const names = new Set([image.name, image.gradleImage, image.registryImage].filter((n) => n))
  const out: BuildRoot[] = []
  for (const m of reactor.modules) {
    if (!m.pom) continue
    const name = nameOf(m, reactor)
    if (literal(reactor.coordsOf(m).artifactId) === image.name) {
      out.push({
        folder: m.dir,
        how: `Maven module ${name} (${m.file} line ${m.pom.artifactLine})`
      })
      continue
    }
    const named = m.pom.imageNames.find((v) => {
      const n = literal(reactor.interpolate(v.value, m))
      return (
        n !== undefined && (imageBase(n) === image.name || names.has(n.split(':')[0] as string))
      )
    })
    if (named)
      out.push({
        folder: m.dir,
        how: `Maven module ${name}, whose <${named.tag}> names the image (${m.file} line ${named.line})`
      })
  }
  return out
}

/** The Maven provider. */
export const mavenProvider: Provider = {
  name: 'maven',
  wants: wantsMaven,
  inputsOf: (_image, root, tree, declared) => mavenInputs(root.folder, tree, declared)
}
