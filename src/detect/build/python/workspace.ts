/**
 * Python manifests read once per tree, and uv workspaces: the nearest `pyproject.toml` at or
 * above a project with `[tool.uv.workspace]` whose `members` globs (less `exclude`) hold it.
 */
import { compileGlob } from '../../../util/glob/compile.js'
import { at, dirOf } from '../../../util/paths.js'
import type { SourceTree, Unresolved } from '../types.js'
import { normalize, readManifest, type PyManifest } from './pyproject.js'

export type ReadManifest =
  { readonly manifest: PyManifest } | { readonly error: string; readonly line?: number } | undefined

const cache = new WeakMap<SourceTree, Map<string, ReadManifest>>()

/** The manifest at `file` (a pyproject.toml or Pipfile): undefined when it is not in the tree. */
export function manifestAt(file: string, tree: SourceTree): ReadManifest {
  let byFile = cache.get(tree)
  if (!byFile) {
    byFile = new Map()
    cache.set(tree, byFile)
  }
  if (byFile.has(file)) return byFile.get(file)
  let r: ReadManifest
  if (tree.hasFile(file)) {
    const text = tree.read(file)
    if (text === undefined) r = { error: 'could not be read' }
    else {
      const m = readManifest(text, file)
      r =
        'error' in m
          ? { error: `is not valid TOML (line ${m.line}: ${m.error})`, line: m.line }
          : { manifest: m }
    }
  }
  byFile.set(file, r)
  return r
}

export interface UvWorkspace {
  readonly root: string
  readonly file: string
  readonly manifest: PyManifest
  /** Member folders by normalized project name. */
  readonly members: ReadonlyMap<string, string>
}

/** Compiles workspace globs (a literal is that folder only); undefined when one cannot be read. */
function globs(list: readonly string[]): ((p: string) => boolean)[] | undefined {
  try {
    return list.map((raw) => {
      const g = raw.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '')
      return /[*?[\]{}]/.test(g) ? compileGlob(g) : (p: string) => p === g
    })
  } catch {
    return undefined
  }
}

/** The uv workspace that holds the project at `dir`, if any, and what made it unknowable. */
export function uvWorkspaceOf(
  dir: string,
  tree: SourceTree
): { ws?: UvWorkspace; unresolved: Unresolved[] } {
  const unresolved: Unresolved[] = []
  for (let a: string | undefined = dir; a !== undefined; a = a === '' ? undefined : dirOf(a)) {
    const file = at(a, 'pyproject.toml')
    const r = manifestAt(file, tree)
    if (r === undefined) continue
    if ('error' in r) {
      if (a !== dir)
        unresolved.push({
          what: `${file} ${r.error}, so whether it is the uv workspace of ${dir}/ is unknown`,
          scope: '',
          file,
          ...(r.line !== undefined ? { line: r.line } : {})
        })
      continue
    }
    const uv = r.manifest.uvWorkspace
    if (!uv) continue
    const include = globs(uv.members)
    const exclude = globs(uv.exclude)
    if (!include || !exclude) {
      unresolved.push({
        what: `${file}: a [tool.uv.workspace] glob cannot be read, so its members are unknown`,
        scope: '',
        file
      })
      return { unresolved }
    }
    const root = a
    const rel = (d: string): string => (root === '' ? d : d.slice(root.length + 1))
    const isMember = (d: string): boolean =>
      d === root || (include.some((t) => t(rel(d))) && !exclude.some((t) => t(rel(d))))
    if (!isMember(dir)) continue
    return { ws: workspaceAt(root, file, r.manifest, isMember, tree), unresolved }
  }
  return { unresolved }
}

const workspaces = new WeakMap<SourceTree, Map<string, UvWorkspace>>()

/** The workspace rooted at `root`, its members named (read once per tree). */
function workspaceAt(
  root: string,
  file: string,
  manifest: PyManifest,
  isMember: (d: string) => boolean,
  tree: SourceTree
): UvWorkspace {
  let byRoot = workspaces.get(tree)
  if (!byRoot) {
    byRoot = new Map()
    workspaces.set(tree, byRoot)
  }
  const known = byRoot.get(root)
  if (known) return known
  const members = new Map<string, string>()
  for (const f of tree.filesUnder(root)) {
    if (!f.endsWith('/pyproject.toml') && f !== 'pyproject.toml') continue
    const d = dirOf(f)
    if (!isMember(d)) continue
    const m = manifestAt(f, tree)
    const name = m && 'manifest' in m ? m.manifest.name : undefined
    if (name !== undefined && !members.has(normalize(name))) members.set(normalize(name), d)
  }
  const ws = { root, file, manifest, members }
  byRoot.set(root, ws)
  return ws
}
