/**
 * The JavaScript workspaces of a tree: every `package.json` (outside `node_modules`), and the
 * workspace roots that list members, by npm/yarn `workspaces` (an array, or `{packages: [...]}`)
 * or pnpm `pnpm-workspace.yaml` `packages:` globs (with `!` exclusions). A root that declares
 * both is read as the union (which tool installs is not known). Read once per tree.
 */
import { compileGlob } from '../../../util/glob/compile.js'
import { parseYaml, Yaml } from '../context/yaml.js'
import { at, dirOf, within } from '../../../util/paths.js'
import type { SourceTree } from '../types.js'
import { obj, readJson, str } from './json.js'

/** One `package.json`: its folder, and its fields when it could be read, else why not. */
export type JsPackage = { readonly dir: string; readonly file: string } & (
  | {
      readonly name?: string
      readonly manifest: Record<string, unknown>
      readonly error?: undefined
    }
  | {
      readonly name?: undefined
      readonly manifest?: undefined
      /** Why the manifest could not be read. */
      readonly error: string
    }
)

/** A folder whose manifest lists workspace members. */
export interface Workspace {
  readonly root: string
  /** The files that list the members: `package.json`, `pnpm-workspace.yaml`. */
  readonly files: readonly string[]
  /** The member folders; undefined when a list could not be read (then `error` says why). */
  readonly members?: ReadonlySet<string>
  readonly error?: { readonly what: string; readonly file: string; readonly line?: number }
}

export interface JsIndex {
  readonly packages: ReadonlyMap<string, JsPackage>
  /** Deepest root first. */
  readonly workspaces: readonly Workspace[]
}

const inNodeModules = (path: string): boolean =>
  path.startsWith('node_modules/') || path.includes('/node_modules/')

/** The manifest at `file`. */
function readPackage(file: string, tree: SourceTree): JsPackage {
  const dir = dirOf(file)
  const text = tree.read(file)
  if (text === undefined) return { dir, file, error: 'it could not be read' }
  const r = readJson(text)
  if ('error' in r) return { dir, file, error: r.error }
  const name = str(r.value.name)
  return { dir, file, manifest: r.value, ...(name !== undefined ? { name } : {}) }
}

/** Workspace globs as written, or why they cannot be read. */
type Globs = { readonly globs: readonly string[] } | { readonly error: string; line?: number }

const stringList = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined

function npmGlobs(manifest: Record<string, unknown>): Globs | undefined {
  const w = manifest.workspaces
  if (w === undefined) return undefined
  const list = stringList(w) ?? stringList(obj(w)?.packages)
  return list
    ? { globs: list }
    : { error: 'its workspaces field is neither a list of globs nor {packages: [...]}' }
}

function pnpmGlobs(text: string): Globs {
  const parsed = parseYaml(text)
  if ('errorLine' in parsed) return { error: 'it is not valid YAML', line: parsed.errorLine }
  const doc = parsed.docs[0]
  if (!doc) return { globs: ['**'] }
  const y = new Yaml(doc, parsed.lines)
  if (y.isNull(y.root)) return { globs: ['**'] }
  if (!y.map(y.root)) return { error: 'it is not a YAML map' }
  const packages = y.get(y.root, 'packages')
  // With no packages field, pnpm takes every package below the root.
  if (packages === undefined || y.isNull(packages)) return { globs: ['**'] }
  const seq = y.seq(packages)
  const globs = seq ? y.items(seq).map((n) => y.str(n)) : undefined
  if (!globs || globs.some((g) => g === undefined))
    return { error: 'its packages field is not a list of globs', line: y.line(packages) }
  return { globs: globs as string[] }
}

/** The member folders (relative to `root`) that `globs` select among `candidates`. */
function membersOf(
  root: string,
  globs: readonly string[],
  candidates: readonly string[]
): Set<string> | { error: string } {
  const include: ((p: string) => boolean)[] = []
  const exclude: ((p: string) => boolean)[] = []
  for (const raw of globs) {
    const neg = raw.startsWith('!')
    const g = (neg ? raw.slice(1) : raw).replace(/^(?:\.\/)+/, '').replace(/\/+$/, '')
    if (g.startsWith('/') || g.split('/').includes('..'))
      return { error: `the workspace glob ${raw} leaves the workspace` }
    try {
      const literal = !/[*?[\]{}()]/.test(g)
      // `.` and `./` name the root folder only, also after `!`: pnpm appends `/package.json`
      // to each glob, so `!./` leaves out the root's manifest, not every package.
      const test =
        g === '' || g === '.'
          ? (p: string) => p === ''
          : literal && !neg
            ? (p: string) => p === g
            : compileGlob(g)
      ;(neg ? exclude : include).push(test)
    } catch (e) {
      return { error: `the workspace glob ${raw} cannot be read (${(e as Error).message})` }
    }
  }
  const out = new Set<string>()
  for (const dir of candidates) {
    if (!within(dir, root)) continue
    const rel = root === '' ? dir : dir.slice(root.length + 1)
    if (include.some((t) => t(rel)) && !exclude.some((t) => t(rel))) out.add(dir)
  }
  // The workspace root is a package of its workspace too.
  out.add(root)
  return out
}

function readWorkspaces(tree: SourceTree): JsIndex {
  const packages = new Map<string, JsPackage>()
  const roots = new Set<string>()
  for (const f of tree.files) {
    const base = f.slice(f.lastIndexOf('/') + 1)
    if (inNodeModules(f)) continue
    if (base === 'package.json') packages.set(dirOf(f), readPackage(f, tree))
    if (base === 'pnpm-workspace.yaml') roots.add(dirOf(f))
  }
  // A manifest that cannot be read may list workspaces: it is a root whose members are unknown.
  for (const p of packages.values())
    if (!p.manifest || p.manifest.workspaces !== undefined) roots.add(p.dir)
  const dirs = [...packages.keys()]
  const workspaces: Workspace[] = []
  for (const root of roots) {
    const files: string[] = []
    const globs: string[] = []
    let error: Workspace['error']
    const pkg = packages.get(root)
    const fromNpm: Globs | undefined = pkg?.manifest
      ? npmGlobs(pkg.manifest)
      : pkg
        ? { error: `${pkg.error}, so its workspaces are unknown` }
        : undefined
    if (fromNpm) files.push(pkg?.file as string)
    const yamlFile = at(root, 'pnpm-workspace.yaml')
    let fromPnpm: Globs | undefined
    if (tree.hasFile(yamlFile)) {
      files.push(yamlFile)
      const text = tree.read(yamlFile)
      fromPnpm = text === undefined ? { error: 'it could not be read' } : pnpmGlobs(text)
    }
    for (const [file, g] of [
      [pkg?.file, fromNpm],
      [yamlFile, fromPnpm]
    ] as const) {
      if (!g || error) continue
      if ('error' in g) error = { what: `${file} ${g.error}`, file: file as string, ...lineOf(g) }
      else globs.push(...g.globs)
    }
    const members = error ? undefined : membersOf(root, globs, dirs)
    if (members && 'error' in members)
      error = { what: `${files.join(', ')}: ${members.error}`, file: files[0] as string }
    workspaces.push({
      root,
      files,
      ...(members && !('error' in members) ? { members } : {}),
      ...(error ? { error } : {})
    })
  }
  workspaces.sort((a, b) => b.root.length - a.root.length)
  return { packages, workspaces }
}

const lineOf = (g: { line?: number }): { line?: number } =>
  g.line !== undefined ? { line: g.line } : {}

const cache = new WeakMap<SourceTree, JsIndex>()

/** The packages and workspaces of a tree, read once. */
export function jsIndex(tree: SourceTree): JsIndex {
  let index = cache.get(tree)
  if (!index) {
    index = readWorkspaces(tree)
    cache.set(tree, index)
  }
  return index
}

/**
 * The workspace a package belongs to: the nearest root at or above it that lists it, or whose
 * list cannot be read (then it may). Undefined for a package of no workspace.
 */
export function workspaceOf(dir: string, index: JsIndex): Workspace | undefined {
  return index.workspaces.find(
    (w) => within(dir, w.root) && (w.members === undefined || w.members.has(dir))
  )
}

/** The packages of a workspace by name. */
export function byName(w: Workspace, index: JsIndex): Map<string, JsPackage[]> {
  const out = new Map<string, JsPackage[]>()
  for (const dir of w.members ?? []) {
    const p = index.packages.get(dir)
    if (p?.name === undefined) continue
    out.set(p.name, [...(out.get(p.name) ?? []), p])
  }
  return out
}

export { inNodeModules }
