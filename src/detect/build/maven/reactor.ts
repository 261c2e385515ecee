/**
 * The Maven reactor of a tree: every `pom.xml` read once, each module's parent chain inside the
 * repository, its properties and coordinates interpolated, the aggregators that list it, and
 * the lookup of a dependency's coordinates among the modules.
 *
 * Interpolation: `${x}` takes a property of the POM or its parents (the nearest wins), the
 * project's own coordinates, `project.basedir`/`basedir`, `project.parent.basedir` and
 * `project.build.directory`. A property that is not defined literally (set on the command line,
 * in `.mvn/maven.config`, by a profile, from the environment) is unknown: a coordinate that holds
 * one matches like a wildcard, and a path that holds one is unresolved.
 */
import { dirOf, joinPath } from '../../../util/paths.js'
import { Wildcards } from '../../../util/glob/wildcards.js'
import type { SourceTree } from '../types.js'
import { type Pom, readPom } from './pom.js'

export interface Module {
  /** `svc/api/pom.xml`. */
  readonly file: string
  /** `svc/api` ('' at the repository root). */
  readonly dir: string
  /** Undefined when the file could not be read or is not well-formed. */
  readonly pom?: Pom
  readonly error?: string
}

/** A value after interpolation: its literal parts, with an unknown property between each two. */
export interface Value {
  readonly parts: readonly string[]
  /** The unknown properties, as written (`${revision}`). */
  readonly unknown: readonly string[]
}

export const literal = (v: Value): string | undefined =>
  v.parts.length === 1 ? (v.parts[0] as string) : undefined

const DEPTH = 10
/** How many property values one interpolation may expand (`a=${b}${b}`, `b=${c}${c}`...). */
const BUDGET = 1000
/** Paths stand for repository paths with a leading `/` while interpolated (joinPath roots them). */
const rooted = (dir: string): string => `/${dir}`

/** Whether a (literal) coordinate of a module is matched by a (possibly partly unknown) one. */
function matches(want: Value, have: Value): boolean {
  const h = literal(have)
  // A module whose own coordinate is not known could be anything.
  if (h === undefined) return true
  const w = literal(want)
  if (w !== undefined) return w === h
  return new Wildcards(want.parts, () => true).test(h)
}

export class Reactor {
  readonly modules: readonly Module[]
  private readonly byFile = new Map<string, Module>()
  private readonly parents = new Map<Module, Module[]>()
  private readonly props = new Map<Module, ReadonlyMap<string, string>>()
  private readonly coords = new Map<Module, { groupId: Value; artifactId: Value }>()
  private readonly listedBy = new Map<string, { module: Module; line: number }[]>()

  constructor(private readonly tree: SourceTree) {
    const files = tree.files.filter((f) => f === 'pom.xml' || f.endsWith('/pom.xml'))
    this.modules = files.map((file) => {
      const text = tree.read(file)
      const dir = dirOf(file)
      if (text === undefined) return { file, dir, error: `${file} could not be read` }
      const pom = readPom(text)
      if ('error' in pom) return { file, dir, error: `${file} line ${pom.line}: ${pom.error}` }
      return { file, dir, pom }
    })
    for (const m of this.modules) this.byFile.set(m.file, m)
    for (const m of this.modules)
      for (const entry of m.pom?.modules ?? []) {
        const path = entry.path.includes('${') ? undefined : joinPath(m.dir, entry.path)
        if (path === undefined) continue
        const file = path.endsWith('.xml') ? path : path === '' ? 'pom.xml' : `${path}/pom.xml`
        this.listedBy.set(file, [
          ...(this.listedBy.get(file) ?? []),
          { module: m, line: entry.line }
        ])
      }
  }

  /** The module of a `pom.xml`. */
  at(file: string): Module | undefined {
    return this.byFile.get(file)
  }

  /** The module whose folder is `dir`. */
  inDir(dir: string): Module | undefined {
    return this.byFile.get(dir === '' ? 'pom.xml' : `${dir}/pom.xml`)
  }

  /** The aggregators whose `<modules>` (also in profiles) list `m`, with the line. */
  aggregatorsOf(m: Module): readonly { module: Module; line: number }[] {
    return this.listedBy.get(m.file) ?? []
  }

  private unknown?: readonly { module: Module; line: number }[]

  /** Modules whose `<modules>` hold a property: they may list any module. */
  get unknownModules(): readonly { module: Module; line: number }[] {
    this.unknown ??= this.modules.flatMap((m) =>
      (m.pom?.modules ?? [])
        .filter((e) => e.path.includes('${'))
        .map((e) => ({ module: m, line: e.line }))
    )
    return this.unknown
  }

  /**
   * The parent of `m` inside the repository: the POM at `<relativePath>` (default
   * `../pom.xml`) when its coordinates fit, else the modules with the parent's coordinates.
   * Empty for no parent, or one outside the repository (from a repository: not an input).
   */
  parentsOf(m: Module): readonly Module[] {
    const known = this.parents.get(m)
    if (known) return known
    this.parents.set(m, [])
    const pom = m.pom
    const decl = pom?.parent
    if (!pom || !decl) return []
    const want = {
      groupId: this.plain(decl.groupId, m, pom),
      artifactId: this.plain(decl.artifactId, m, pom)
    }
    const fits = (p: Module, its: Pom): boolean => {
      const c = this.ownCoords(p, its)
      return p !== m && matches(want.groupId, c.groupId) && matches(want.artifactId, c.artifactId)
    }
    const rel = decl.relativePath ?? '../pom.xml'
    let found: Module[] = []
    if (rel !== '' && !rel.includes('${')) {
      const path = joinPath(m.dir, rel)
      if (path !== undefined) {
        const file = this.tree.hasDir(path) ? (path === '' ? 'pom.xml' : `${path}/pom.xml`) : path
        const p = this.byFile.get(file)
        // An unreadable POM at the path is taken as the parent: its coordinates are unknown.
        if (p && (p.pom === undefined || fits(p, p.pom))) found = [p]
      }
    }
    if (found.length === 0)
      found = this.modules.filter((p) => p.pom !== undefined && fits(p, p.pom))
    this.parents.set(m, found)
    return found
  }

  /** `m` and its ancestors inside the repository, nearest first, each once. */
  chainOf(m: Module): Module[] {
    const out: Module[] = []
    const seen = new Set<Module>()
    const todo = [m]
    while (todo.length > 0) {
      const x = todo.shift() as Module
      if (seen.has(x)) continue
      seen.add(x)
      out.push(x)
      todo.push(...this.parentsOf(x))
    }
    return out
  }

  /** The properties of `m`: its own, then its parents' (the nearest definition wins). */
  propertiesOf(m: Module): ReadonlyMap<string, string> {
    const known = this.props.get(m)
    if (known) return known
    const out = new Map<string, string>()
    // Farthest first, so that nearer definitions overwrite.
    for (const x of this.chainOf(m).reverse())
      for (const [k, v] of x.pom?.properties ?? []) out.set(k, v)
    this.props.set(m, out)
    return out
  }

  /** A value of `m`'s POM `pom` interpolated with its own properties only (to find parents). */
  private plain(raw: string | undefined, m: Module, pom: Pom): Value {
    if (raw === undefined) return { parts: [''], unknown: ['(missing)'] }
    return this.expand(raw, m, pom.properties, false)
  }

  /** The coordinates of `m` as its own POM declares them (the groupId from its parent's, when absent). */
  private ownCoords(m: Module, pom: Pom): { groupId: Value; artifactId: Value } {
    return {
      groupId: this.plain(pom.groupId ?? pom.parent?.groupId, m, pom),
      artifactId: this.plain(pom.artifactId, m, pom)
    }
  }

  /** The coordinates of `m`, interpolated with every property it sees. */
  coordsOf(m: Module): { groupId: Value; artifactId: Value } {
    const known = this.coords.get(m)
    if (known) return known
    const pom = m.pom
    const c = {
      groupId: this.interpolate(pom?.groupId ?? pom?.parent?.groupId, m),
      artifactId: this.interpolate(pom?.artifactId, m)
    }
    this.coords.set(m, c)
    return c
  }

  /** A value of `m`'s build, interpolated with every property it sees. */
  interpolate(raw: string | undefined, m: Module): Value {
    if (raw === undefined) return { parts: [''], unknown: ['(missing)'] }
    return this.expand(raw, m, this.propertiesOf(m), true)
  }

  /** Readable modules by literal artifactId ('' holds those whose artifactId is not literal). */
  private byArtifact?: Map<string, Module[]>

  /** The readable modules whose coordinates a dependency's match. */
  find(groupId: Value, artifactId: Value): Module[] {
    if (!this.byArtifact) {
      const index = new Map<string, Module[]>()
      for (const m of this.modules) {
        if (!m.pom) continue
        const key = literal(this.coordsOf(m).artifactId) ?? ''
        index.set(key, [...(index.get(key) ?? []), m])
      }
      this.byArtifact = index
    }
    const a = literal(artifactId)
    const pool =
      a === undefined
        ? this.modules.filter((m) => m.pom)
        : [...(this.byArtifact.get(a) ?? []), ...(a === '' ? [] : (this.byArtifact.get('') ?? []))]
    return pool.filter((m) => {
      const c = this.coordsOf(m)
      return matches(groupId, c.groupId) && matches(artifactId, c.artifactId)
    })
  }

  private builtin(name: string, m: Module, withParents: boolean): string | undefined {
    const pom = m.pom
    switch (name) {
      case 'basedir':
      case 'project.basedir':
        return rooted(m.dir)
      case 'project.build.directory':
        return rooted(m.dir === '' ? 'target' : `${m.dir}/target`)
      case 'project.parent.basedir': {
        const p = withParents ? this.parentsOf(m) : []
        return p.length === 1 ? rooted((p[0] as Module).dir) : undefined
      }
      case 'project.groupId':
      case 'pom.groupId':
        return pom?.groupId ?? pom?.parent?.groupId
      case 'project.artifactId':
      case 'pom.artifactId':
        return pom?.artifactId
      case 'project.version':
      case 'pom.version':
      case 'version':
        return pom?.version
      case 'project.parent.groupId':
        return pom?.parent?.groupId
      case 'project.parent.artifactId':
        return pom?.parent?.artifactId
      default:
        return undefined
    }
  }

  /**
   * Interpolates `raw`: each `${x}` at most DEPTH levels deep and BUDGET values in all; a cycle
   * or what is past the limits is unknown.
   */
  private expand(
    raw: string,
    m: Module,
    props: ReadonlyMap<string, string>,
    withParents: boolean
  ): Value {
    const parts: string[] = ['']
    const unknown: string[] = []
    let budget = BUDGET
    const walk = (text: string, depth: number, open: ReadonlySet<string>): void => {
      let i = 0
      while (i < text.length) {
        const start = text.indexOf('${', i)
        const end = start < 0 ? -1 : text.indexOf('}', start + 2)
        if (start < 0 || end < 0) {
          parts[parts.length - 1] += text.slice(i)
          return
        }
        parts[parts.length - 1] += text.slice(i, start)
        const name = text.slice(start + 2, end)
        const value = props.get(name) ?? this.builtin(name, m, withParents)
        if (value === undefined || depth >= DEPTH || open.has(name) || budget-- <= 0) {
          unknown.push(`\${${name}}`)
          parts.push('')
        } else walk(value, depth + 1, new Set([...open, name]))
        i = end + 1
      }
    }
    walk(raw, 0, new Set())
    return { parts, unknown }
  }
}
