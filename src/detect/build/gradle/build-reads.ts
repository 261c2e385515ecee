/**
 * What one image's build reads of the shared Gradle files (pure): the readers that decide which
 * parts of a changed shared file count for it (reads.ts), and the facts of shared scripts read
 * through their views (script-view.ts), both cached per tree.
 */
import { memo } from '../../../util/memo.js'
import { at } from '../../../util/paths.js'
import type { SourceTree } from '../types.js'
import type { PluginClosure, PluginDef } from './plugins.js'
import { BuildReads, type Reader, catalogPluginIds } from './diff/reads.js'
import { type ScriptFacts, readScript } from './script.js'
import { scriptView } from './diff/script-view.js'

/** The default version catalog, compared alias by alias unless the settings declare catalogs. */
export const CATALOG = 'gradle/libs.versions.toml'
/** The files of an included build that provides a plugin, read whole. */
export const BUILD_OWN_FILES = [
  'build.gradle',
  'build.gradle.kts',
  'gradle.properties',
  'settings.gradle',
  'settings.gradle.kts'
]

/** The views of convention plugins, per tree (the same for every image that applies them). */
const conventionViews = new WeakMap<SourceTree, Map<string, string>>()

/** The readers of one image's build (reads.ts). */
export function buildReads(
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
  const views = memo(conventionViews, tree, () => new Map<string, string>())
  for (const a of closure.applied) {
    const text = a.def.kind === 'script' ? tree.read(a.def.file) : undefined
    if (text === undefined) continue
    own.push({
      key: `${a.def.file}#convention`,
      label: `plugin ${a.def.id} (${a.def.file}), applied by ${a.by}`,
      text: memo(views, a.def.file, () => scriptView(text, 'convention', () => true))
    })
  }
  for (const s of closure.scriptFiles) whole(s.file, `${s.file}, applied by ${s.by}`)
  for (const build of usedBuilds.keys()) for (const f of BUILD_OWN_FILES) whole(at(build, f))
  const ancestors = [...ancestorScripts]
    .filter((f) => !projectScripts.has(f))
    .flatMap((file) => {
      const text = tree.read(file)
      // followProjects counts an ancestor's script only once it has read its text.
      /* istanbul ignore next -- type narrowing: every ancestor script here was read */
      return text === undefined ? [] : [{ file, text }]
    })
  const binary = closure.applied.filter((a) => a.def.kind === 'binary').map((a) => a.def.id)
  return new BuildReads(tree, own, ancestors, binary, catalogPluginIds(tree, CATALOG))
}

/** The facts of scripts read through their view (script-view.ts), cached per tree. */
const viewCache = new WeakMap<SourceTree, Map<string, ScriptFacts | undefined>>()
export function viewFacts(
  tree: SourceTree,
  kept: ReadonlySet<string>
): (file: string, role: 'ancestor' | 'convention') => ScriptFacts | undefined {
  const cache = memo(viewCache, tree, () => new Map<string, ScriptFacts | undefined>())
  const keptKey = [...kept].sort().join('\0')
  const keep = (kind: string, name: string): boolean => kept.has(`${kind}:${name}`)
  return (file, role) =>
    memo(cache, `${role}\0${file}\0${role === 'ancestor' ? keptKey : ''}`, () => {
      const text = tree.read(file)
      return text === undefined
        ? undefined
        : readScript(scriptView(text, role, keep), role === 'ancestor' ? 'children' : 'self')
    })
}
