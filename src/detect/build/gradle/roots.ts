/**
 * Finding an image's Gradle project: by project name, or by the docker image name its build
 * (its own script or a convention plugin) sets.
 */
import { buildScriptOf, pluginClosure, pluginIndex } from './plugins.js'
import { interpolations } from './lex.js'
import { type NamePattern, imageNamePattern, readScript } from './script.js'
import { type GradleProject, type GradleSettings, defaultDir, gradleProjects } from './settings.js'
import type { BuildRoot, ImageRef, SourceTree } from '../types.js'

/** The key/value pairs of a `gradle.properties` text (continuation lines joined). */
function readPropertyValues(text: string): Map<string, string> {
  const props = new Map<string, string>()
  const lines = text.replace(/\\\r?\n[ \t]*/g, '').split(/\r?\n/)
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue
    const m = /^([^=:\s]+)\s*[=:\s]\s*(.*)$/.exec(line)
    if (m) props.set(m[1] as string, (m[2] as string).trim())
  }
  return props
}

/** A template without its `${...}` and `$name` parts. */
function withoutVariables(template: string): string {
  let out = ''
  let last = 0
  for (const v of interpolations(template, /[\w.]+/y)) {
    out += template.slice(last, v.start)
    last = v.end
  }
  return out + template.slice(last)
}

/** The folders of a project's ancestors, nearest first, ending with the root build's folder (''). */
export function ancestorDirs(project: GradleProject, settings: GradleSettings): string[] {
  const segs = project.path.split(':').filter((s) => s !== '')
  const out: string[] = []
  for (let k = segs.length - 1; k >= 1; k--) {
    const path = `:${segs.slice(0, k).join(':')}`
    out.push(settings.projects.find((p) => p.path === path)?.dir ?? defaultDir(path))
  }
  out.push('')
  return out
}

/** The image names a project's build sets (own script and applied plugins), as regexes with where. */
function imageNamesOf(
  project: GradleProject,
  settings: GradleSettings,
  tree: SourceTree
): { re: NamePattern; file: string; line: number }[] {
  const props = new Map<string, string>()
  for (const dir of [...ancestorDirs(project, settings)].reverse().concat(project.dir)) {
    const text = tree.read(dir === '' ? 'gradle.properties' : `${dir}/gradle.properties`)
    if (text !== undefined) for (const [k, v] of readPropertyValues(text)) props.set(k, v)
  }
  const resolve = (name: string): string | undefined =>
    name === 'name'
      ? project.name
      : name === 'rootProject.name'
        ? settings.rootProjectName
        : props.get(name)
  const script = buildScriptOf(project.dir, tree)
  const text = script === undefined ? undefined : tree.read(script)
  if (script === undefined || text === undefined) return []
  const start = new Map([[script, readScript(text)]])
  const index = pluginIndex(
    settings.includedBuilds.map((b) => b.dir),
    tree
  )
  const all = new Map([...start, ...pluginClosure(start, index, tree).facts])
  return [...all].flatMap(([file, f]) =>
    f.imageNames
      // A template that is nothing but unknown variables would match every image.
      .filter((n) => withoutVariables(n.template).length > 0 || /\bname\b/.test(n.template))
      .map((n) => ({ re: imageNamePattern(n.template, resolve), file, line: n.line }))
  )
}

/**
 * The build root of an image in the root Gradle build: the project named like the image (one
 * whose path is `:name` wins over deeper namesakes), else the project whose docker image name
 * (from its script or its convention plugins) is the image's `<prefix>_GRADLE_IMG`. Several
 * roots mean the image is ambiguous; the caller warns. No roots: not a Gradle image.
 */
export function findBuildRootByGradle(
  image: ImageRef,
  tree: SourceTree
): { roots: BuildRoot[]; warnings: string[] } {
  const settings = gradleProjects(tree)
  const where = (p: GradleProject): string => `Gradle project ${p.path} (${p.file} line ${p.line})`
  const named = settings.projects.filter((p) => p.name === image.name)
  const exact = named.filter((p) => p.path === `:${image.name}`)
  const byName = named.length === 1 ? named : exact.length === 1 ? exact : named
  if (byName.length === 1)
    return { roots: byName.map((p) => ({ folder: p.dir, how: where(p) })), warnings: [] }
  const gradleImage = image.gradleImage
  if (gradleImage !== undefined) {
    const pool = byName.length > 0 ? byName : settings.projects
    const hits = pool.flatMap((p) => {
      const m = imageNamesOf(p, settings, tree).find((n) => n.re.test(gradleImage))
      return m
        ? [
            {
              folder: p.dir,
              how: `${where(p)}, image ${gradleImage} named in ${m.file} line ${m.line}`
            }
          ]
        : []
    })
    if (hits.length === 1) return { roots: hits, warnings: [] }
    if (hits.length > 1)
      return {
        roots: hits,
        warnings: [`image ${image.name}: ${hits.length} Gradle projects build ${gradleImage}`]
      }
  }
  const roots = byName.map((p) => ({ folder: p.dir, how: where(p) }))
  const warnings =
    roots.length > 1
      ? [`image ${image.name}: ${roots.length} Gradle projects are named ${image.name}`]
      : []
  return { roots, warnings }
}
