/**
 * The Gradle provider: what the build of a Gradle project reads, from the build files as text.
 *
 * For the project at the build root: its folder; the folders of its project dependencies in
 * non-test configurations, transitively; the build files of its ancestor projects (and what
 * their `subprojects {}`/`allprojects {}` blocks declare); the root build files; the convention
 * plugins it applies, followed through their own `plugins {}`, with the build files of the
 * builds that provide them and the resources they name. Never runs Gradle.
 */
import { at, dirOf } from '../../../util/paths.js'
import { InputList } from '../collect.js'
import { escapeGlob } from '../docker/dockerignore.js'
import type { Part, PartFormat } from '../parts.js'
import type { Provider, ProviderResult, SourceTree } from '../types.js'
import { BUILD_OWN_FILES, CATALOG, buildReads, viewFacts } from './build-reads.js'
import { type Followed, followProjects } from './image-projects.js'
import { addNamedFiles } from './named-files.js'
import { type PluginClosure, type PluginDef, pluginClosure, pluginIndex } from './plugins.js'
import type { ScriptFacts } from './script.js'
import { type GradleSettings, gradleProjects } from './settings.js'

const ROOT_FILES = [
  'settings.gradle',
  'settings.gradle.kts',
  'build.gradle',
  'build.gradle.kts',
  'gradle.properties'
]

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

/** The inputs of the Gradle project at `root.folder`. */
export function gradleInputs(folder: string, tree: SourceTree): ProviderResult {
  const settings = gradleProjects(tree)
  const project = settings.projects.find((p) => p.dir === folder)
  if (!project) return { inputs: [], warnings: [], claimed: false }
  const list = new InputList('gradle')
  const warnings: string[] = [...settings.warnings]
  const add = list.put
  const index = pluginIndex(
    settings.includedBuilds.map((b) => b.dir),
    tree
  )
  // The projects the build compiles, and the convention plugins their scripts apply.
  const followed = followProjects(project, settings, index, tree, add, warnings)
  const closure = pluginClosure(followed.scripts, index, tree)
  warnings.push(...closure.warnings)
  const { settingsFiles, conventions, usedBuilds } = addBuildFiles(
    list,
    settings,
    followed,
    closure,
    tree
  )
  // The shared build files count for the parts of them that this build reads.
  const reads = buildReads(
    tree,
    settingsFiles,
    closure,
    followed.projectScripts,
    followed.ancestorScripts,
    usedBuilds
  )
  refineParts(list, followed, conventions, reads.reads)
  // Files the scripts name, where the build reads them: resources of the plugin builds, or
  // repository paths (not in what configures an ancestor only, such as a release hook).
  const pluginOf = new Map(closure.applied.map((a) => [a.def.file, a.def.id]))
  const views = viewFacts(tree, reads.kept)
  const conventionFiles = new Set(conventions.map((a) => a.def.file))
  const read = [
    ...[...followed.scripts].map(([file, f]): [string, ScriptFacts] =>
      followed.projectScripts.has(file) ? [file, f] : [file, views(file, 'ancestor') ?? f]
    ),
    ...[...closure.facts].map(([file, f]): [string, ScriptFacts] =>
      conventionFiles.has(file) ? [file, views(file, 'convention') ?? f] : [file, f]
    )
  ]
  addNamedFiles(read, project, followed.imageDirs, usedBuilds.keys(), pluginOf, tree, add)
  return { inputs: list.all, warnings: [...new Set(warnings)], claimed: true }
}

type Applied = PluginClosure['applied'][number]

/**
 * The build files every Gradle image reads: the root build files, the Lombok configuration, the
 * version catalog and `gradle/`, `buildSrc/`, the plugins applied and the builds that provide
 * them, the scripts applied with `apply from:`.
 */
function addBuildFiles(
  list: InputList,
  settings: GradleSettings,
  followed: Followed,
  closure: PluginClosure,
  tree: SourceTree
): {
  settingsFiles: string[]
  conventions: Applied[]
  usedBuilds: Map<string, PluginDef>
} {
  const add = list.put
  for (const f of ROOT_FILES) add('file', f, 'root build file')
  // lombok.config changes the bytecode of the Java sources below it, for projects using Lombok.
  const texts = [...followed.scripts.keys()].map((f) => tree.read(f) ?? 'lombok')
  if (texts.some((t) => t.includes('lombok')) || followed.scripts.size === 0)
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
  return { settingsFiles, conventions, usedBuilds }
}

/** The shared files (properties, the catalog, ancestors' scripts, convention plugins) count by part. */
function refineParts(
  list: InputList,
  followed: Followed,
  conventions: readonly Applied[],
  reads: Part['reads']
): void {
  const part = (format: PartFormat): Part => ({ format, reads })
  for (const input of list.all) {
    if (input.kind !== 'file') continue
    const f = input.path
    if (f.endsWith('/gradle.properties') || f === 'gradle.properties')
      list.refine(f, part('properties'))
    else if (f === CATALOG) list.refine(f, part('catalog'))
    else if (followed.ancestorScripts.has(f) && !followed.projectScripts.has(f))
      list.refine(f, part('ancestor-script'))
  }
  for (const a of conventions) list.refine(a.def.file, part('convention-script'))
}

/** The Gradle provider. */
export const gradleProvider: Provider = {
  name: 'gradle',
  wants: wantsGradle,
  inputsOf: (_image, root, tree) => gradleInputs(root.folder, tree)
}
