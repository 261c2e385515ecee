/**
 * Convention plugins of a Gradle repository: which script (or binary plugin build) provides a
 * plugin id, and the transitive closure of the plugins a script applies. Plugin ids with no
 * provider in the tree are core or external plugins and are ignored quietly.
 */
import { at, dirOf, joinPath } from '../../../util/paths.js'
import { type ScriptFacts, readScript } from './script.js'
import type { SourceTree } from '../types.js'

/** Where a plugin id is defined. */
export interface PluginDef {
  readonly id: string
  /** The folder of the build that provides it (an included build or `buildSrc`). */
  readonly build: string
  /** `script`: a precompiled script plugin; `binary`: registered in `gradlePlugin {}`. */
  readonly kind: 'script' | 'binary'
  /** The plugin script, or the build script that registers the binary plugin. */
  readonly file: string
  readonly line: number
}

/** One plugin applied in the closure, and who applied it. */
export interface AppliedPlugin {
  readonly def: PluginDef
  /** The script that applies it, and the line. */
  readonly by: string
  readonly line: number
}

/** The closure of the plugins applied by some scripts. */
export interface PluginClosure {
  readonly applied: readonly AppliedPlugin[]
  /** Script plugins applied with `apply from:` (file, applied by, line). */
  readonly scriptFiles: readonly {
    readonly file: string
    readonly by: string
    readonly line: number
  }[]
  /** The facts of every plugin script read (for resource references and image names). */
  readonly facts: ReadonlyMap<string, ScriptFacts>
  /** Builds to count whole, because a script of theirs is too dynamic to read. */
  readonly wholeBuilds: readonly { readonly dir: string; readonly why: string }[]
  readonly warnings: readonly string[]
}

const SCRIPT_DIRS = ['src/main/groovy/', 'src/main/kotlin/']
const BUILD_SCRIPTS = ['build.gradle', 'build.gradle.kts']

/** The build script of a folder (`build.gradle` before `build.gradle.kts`), if any. */
export function buildScriptOf(dir: string, tree: SourceTree): string | undefined {
  return BUILD_SCRIPTS.map((f) => at(dir, f)).find((f) => tree.hasFile(f))
}

const cache = new WeakMap<SourceTree, Map<string, Map<string, PluginDef>>>()

/** Maps plugin ids to their definitions in `builds` (memoised per tree and build list). */
export function pluginIndex(
  builds: readonly string[],
  tree: SourceTree
): ReadonlyMap<string, PluginDef> {
  const key = builds.join('\n')
  const perTree = cache.get(tree) ?? new Map<string, Map<string, PluginDef>>()
  cache.set(tree, perTree)
  const hit = perTree.get(key)
  if (hit) return hit
  const index = new Map<string, PluginDef>()
  const add = (d: PluginDef): void => {
    if (!index.has(d.id)) index.set(d.id, d)
  }
  for (const build of builds) {
    for (const f of tree.filesUnder(build)) {
      const rel = f.slice(build.length + 1)
      if (!SCRIPT_DIRS.some((d) => rel.startsWith(d))) continue
      // On the last name only, anchored: unanchored, the regex starts again at every character.
      const m = /^([^/]+)\.gradle(\.kts)?$/.exec(rel.slice(rel.lastIndexOf('/') + 1))
      if (!m) continue
      const name = m[1] as string
      add({ id: name, build, kind: 'script', file: f, line: 1 })
      if (!m[2]) continue
      // A Kotlin precompiled plugin in a package gets the package-qualified id; one that cannot
      // be read may be in any package, so it answers every id that ends with its name.
      const text = tree.read(f)
      if (text === undefined) {
        add({ id: `*.${name}`, build, kind: 'script', file: f, line: 1 })
        continue
      }
      // Blanks before `package` on its own line only: `^\s*` would cross line breaks and scan
      // a long run of blank lines again from each of them.
      const pkg = /^[^\S\n\r\u2028\u2029]*package\s+([\w.]+)/m.exec(text)
      if (pkg) add({ id: `${pkg[1]}.${name}`, build, kind: 'script', file: f, line: 1 })
    }
    const script = buildScriptOf(build, tree)
    const text = script === undefined ? undefined : tree.read(script)
    if (script !== undefined && text !== undefined)
      for (const b of readScript(text).binaryPlugins)
        add({ id: b.id, build, kind: 'binary', file: script, line: b.line })
  }
  perTree.set(key, index)
  return index
}

/** The definition of a plugin id, or of a Kotlin plugin script of an unknown package it may name. */
function lookup(index: ReadonlyMap<string, PluginDef>, id: string): PluginDef | undefined {
  const def = index.get(id)
  const dot = id.lastIndexOf('.')
  if (def !== undefined || dot < 0) return def
  const any = index.get(`*${id.slice(dot)}`)
  return any && { ...any, id }
}

/**
 * Follows the plugins applied by `start` (script file -> its facts) through the plugins'
 * own `plugins {}` and `apply from:`, transitively.
 */
export function pluginClosure(
  start: ReadonlyMap<string, ScriptFacts>,
  index: ReadonlyMap<string, PluginDef>,
  tree: SourceTree
): PluginClosure {
  const applied: AppliedPlugin[] = []
  const scriptFiles: { file: string; by: string; line: number }[] = []
  const facts = new Map<string, ScriptFacts>()
  const wholeBuilds: { dir: string; why: string }[] = []
  const warnings: string[] = []
  const seenIds = new Set<string>()
  const seenFiles = new Set<string>(start.keys())
  const queue: [string, ScriptFacts, string | undefined][] = [...start].map(([f, x]) => [
    f,
    x,
    undefined
  ])
  const read = (file: string): ScriptFacts | undefined => {
    const text = tree.read(file)
    return text === undefined ? undefined : readScript(text)
  }
  while (queue.length > 0) {
    const [file, f, build] = queue.shift() as [string, ScriptFacts, string | undefined]
    if (build !== undefined && f.dynamic.length > 0) {
      const why = `${file} is too dynamic to read (${f.dynamic.join('; ')}); the whole included build ${build} counts`
      warnings.push(why)
      wholeBuilds.push({ dir: build, why })
    }
    for (const p of f.plugins) {
      const def = p.external ? undefined : lookup(index, p.id)
      if (!def || seenIds.has(p.id)) continue
      seenIds.add(p.id)
      applied.push({ def, by: file, line: p.line })
      if (def.kind !== 'script' || seenFiles.has(def.file)) continue
      seenFiles.add(def.file)
      const g = read(def.file)
      if (g) {
        facts.set(def.file, g)
        queue.push([def.file, g, def.build])
      } else {
        // What it applies and reads is unknown: as for a script too dynamic to read.
        const why = `${def.file} (plugin ${def.id}) was not read; the whole included build ${def.build} counts`
        warnings.push(why)
        wholeBuilds.push({ dir: def.build, why })
      }
    }
    for (const a of f.applyFrom) {
      const target = a.path.startsWith('/') ? joinPath('', a.path) : joinPath(dirOf(file), a.path)
      if (target === undefined || /^[a-z]+:/.test(a.path)) continue
      scriptFiles.push({ file: target, by: file, line: a.line })
      if (seenFiles.has(target)) continue
      seenFiles.add(target)
      const g = read(target)
      if (g) {
        facts.set(target, g)
        queue.push([target, g, build])
      }
    }
  }
  return { applied, scriptFiles, facts, wholeBuilds, warnings }
}
