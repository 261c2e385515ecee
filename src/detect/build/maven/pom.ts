/**
 * What one `pom.xml` declares, as written (properties not yet interpolated): its coordinates,
 * its parent, its modules, its properties, the artifacts its build uses (dependencies, also in
 * profiles; build plugins, their dependencies and extensions), the BOMs it imports, and what
 * its plugin configurations say about Dockerfiles and image names.
 */
import {
  type XmlElement,
  childOf,
  childrenOf,
  descendants,
  localName,
  readXml,
  textOf
} from './xml.js'

/** An artifact the build uses, as written. */
export interface PomArtifact {
  readonly groupId?: string
  readonly artifactId?: string
  readonly scope?: string
  readonly type?: string
  readonly classifier?: string
  /** `dependency`, `plugin`, `extension`, `plugin dependency` or `imported BOM`, with a profile. */
  readonly what: string
  readonly line: number
}

/** A path or image name in a plugin configuration (`<dockerfile>`, `<contextDirectory>`...). */
export interface PomValue {
  readonly tag: string
  readonly value: string
  readonly line: number
}

export interface Pom {
  readonly groupId?: string
  readonly artifactId?: string
  readonly artifactLine: number
  readonly version?: string
  readonly packaging: string
  readonly parent?: {
    readonly groupId?: string
    readonly artifactId?: string
    /** As written; undefined is Maven's default `../pom.xml`, '' means none. */
    readonly relativePath?: string
    readonly line: number
  }
  readonly modules: readonly { readonly path: string; readonly line: number }[]
  /** `<properties>`; a property that a profile sets too is left out (its value is not known). */
  readonly properties: ReadonlyMap<string, string>
  readonly uses: readonly PomArtifact[]
  /** BOMs imported in `<dependencyManagement>` (scope `import`). */
  readonly imports: readonly PomArtifact[]
  readonly dockerPaths: readonly PomValue[]
  readonly imageNames: readonly PomValue[]
}

/** Plugin configuration elements that name a Dockerfile or a Docker build context. */
const DOCKER_PATHS = new Set([
  'dockerfile',
  'dockerFile',
  'dockerFileDir',
  'dockerDirectory',
  'contextDirectory',
  'contextDir'
])

/** Plugin configuration elements that name the image built (jib's `<to><image>`, fabric8's `<name>`). */
const IMAGE_NAMES = new Set(['repository', 'imageName', 'name', 'image'])

function artifact(el: XmlElement, what: string): PomArtifact {
  const v = (n: string): Record<string, string> => {
    const t = textOf(el, n)
    return t === undefined ? {} : { [n]: t }
  }
  return {
    ...v('groupId'),
    ...v('artifactId'),
    ...v('scope'),
    ...v('type'),
    ...v('classifier'),
    what,
    line: el.line
  }
}

/** The artifacts a `<build>` (of the project or a profile) uses. */
function buildUses(build: XmlElement | undefined, where: string): PomArtifact[] {
  const out: PomArtifact[] = []
  const plugins = [
    ...childrenOf(childOf(build, 'plugins'), 'plugin'),
    ...childrenOf(childOf(childOf(build, 'pluginManagement'), 'plugins'), 'plugin')
  ]
  for (const p of plugins) {
    // The Maven plugins' default group.
    const a = artifact(p, `plugin${where}`)
    out.push(a.groupId === undefined ? { ...a, groupId: 'org.apache.maven.plugins' } : a)
    for (const d of childrenOf(childOf(p, 'dependencies'), 'dependency'))
      out.push(artifact(d, `plugin dependency${where}`))
  }
  for (const e of childrenOf(childOf(build, 'extensions'), 'extension'))
    out.push(artifact(e, `extension${where}`))
  return out
}

/** Whether a plugin builds images (its coordinates name docker, jib, fabric8...). */
const isImagePlugin = (p: XmlElement): boolean =>
  /docker|jib|fabric8|spotify|eclipse\.jkube|buildpack/i.test(
    `${textOf(p, 'groupId') ?? ''}:${textOf(p, 'artifactId') ?? ''}`
  )

/**
 * The docker paths (of any plugin) and image names (of an image plugin: jib's `<to><image>`,
 * not its base image `<from><image>`) of the plugin configurations under `build`.
 */
function pluginValues(build: XmlElement | undefined): { paths: PomValue[]; names: PomValue[] } {
  const paths: PomValue[] = []
  const names: PomValue[] = []
  if (!build) return { paths, names }
  const plugins = descendants(build).filter((e) => localName(e.name) === 'plugin')
  for (const plugin of plugins) {
    const image = isImagePlugin(plugin)
    for (const conf of childrenOf(plugin, 'configuration').concat(
      childrenOf(childOf(plugin, 'executions'), 'execution').flatMap((x) =>
        childrenOf(x, 'configuration')
      )
    )) {
      const todo: { e: XmlElement; parent: string }[] = conf.children.map((e) => ({
        e,
        parent: 'configuration'
      }))
      while (todo.length > 0) {
        const { e, parent } = todo.pop() as { e: XmlElement; parent: string }
        const tag = localName(e.name)
        for (const c of e.children) todo.push({ e: c, parent: tag })
        const value = e.text.trim()
        if (value === '' || e.children.length > 0) continue
        if (DOCKER_PATHS.has(tag)) paths.push({ tag, value, line: e.line })
        else if (image && IMAGE_NAMES.has(tag) && !(tag === 'image' && parent === 'from'))
          names.push({ tag, value, line: e.line })
      }
    }
  }
  return { paths, names }
}

/** Reads a POM; an error (with its line) when it is not well-formed XML or not a `<project>`. */
export function readPom(text: string): Pom | { error: string; line: number } {
  const xml = readXml(text)
  if ('error' in xml) return xml
  const project = xml.root
  if (localName(project.name) !== 'project')
    return { error: `the root element is <${project.name}>, not <project>`, line: project.line }
  const profiles = childrenOf(childOf(project, 'profiles'), 'profile')
  const scopes = [
    { el: project, where: '' },
    ...profiles.map((p) => ({ el: p, where: ` in profile ${textOf(p, 'id') ?? '(no id)'}` }))
  ]
  const properties = new Map<string, string>()
  for (const e of childOf(project, 'properties')?.children ?? [])
    properties.set(localName(e.name), e.text.trim())
  for (const p of profiles)
    for (const e of childOf(p, 'properties')?.children ?? []) properties.delete(localName(e.name))
  const uses: PomArtifact[] = []
  const imports: PomArtifact[] = []
  const modules: { path: string; line: number }[] = []
  const dockerPaths: PomValue[] = []
  const imageNames: PomValue[] = []
  for (const { el, where } of scopes) {
    for (const d of childrenOf(childOf(el, 'dependencies'), 'dependency'))
      uses.push(artifact(d, `dependency${where}`))
    const managed = childOf(childOf(el, 'dependencyManagement'), 'dependencies')
    for (const d of childrenOf(managed, 'dependency'))
      if (textOf(d, 'scope') === 'import') imports.push(artifact(d, `imported BOM${where}`))
    const build = childOf(el, 'build')
    uses.push(...buildUses(build, where))
    for (const m of childrenOf(childOf(el, 'modules'), 'module'))
      modules.push({ path: m.text.trim(), line: m.line })
    const values = pluginValues(build)
    dockerPaths.push(...values.paths)
    imageNames.push(...values.names)
  }
  const parentEl = childOf(project, 'parent')
  const relativePath = childOf(parentEl, 'relativePath')
  const own = (n: string): Record<string, string> => {
    const t = textOf(project, n)
    return t === undefined ? {} : { [n]: t }
  }
  return {
    ...own('groupId'),
    ...own('artifactId'),
    ...own('version'),
    artifactLine: childOf(project, 'artifactId')?.line ?? project.line,
    packaging: textOf(project, 'packaging') ?? 'jar',
    ...(parentEl
      ? {
          parent: {
            ...artifactCoords(parentEl),
            ...(relativePath ? { relativePath: relativePath.text.trim() } : {}),
            line: parentEl.line
          }
        }
      : {}),
    modules,
    properties,
    uses,
    imports,
    dockerPaths,
    imageNames
  }
}

function artifactCoords(el: XmlElement): { groupId?: string; artifactId?: string } {
  const g = textOf(el, 'groupId')
  const a = textOf(el, 'artifactId')
  return {
    ...(g !== undefined ? { groupId: g } : {}),
    ...(a !== undefined ? { artifactId: a } : {})
  }
}
