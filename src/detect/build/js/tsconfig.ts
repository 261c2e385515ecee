/**
 * What a package's `tsconfig*.json` (and `jsconfig*.json`) files read outside its folder: the
 * bases they `extends` (a relative path, or a package name: a workspace package's folder counts,
 * a package from the registry is pinned by the lockfile), followed through chains, once each;
 * and the projects they reference (`references: [{ path }]`), which `tsc -b` builds first.
 */
import { dirOf, joinPath } from '../../../util/paths.js'
import type { SourceTree, Unresolved } from '../types.js'
import { obj, readJsonc, str } from './json.js'
import type { JsPackage } from './workspace.js'

export type AddInput = (
  kind: 'dir' | 'file',
  path: string,
  why: string,
  file?: string,
  line?: number
) => void

/** Whether `path` is a TypeScript or JavaScript project file (by its name). */
export function isTsconfig(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1)
  return /^[tj]sconfig.*\.json$/.test(base)
}

/** Whether the provider reads `path` as a possible tsconfig base: a `.json` under a tsconfig-named folder. */
export function mayBeTsconfigBase(path: string): boolean {
  return (
    path.endsWith('.json') &&
    /(?:^|\/)[^/]*(?:tsconfig|ts-config|typescript-config)[^/]*\//.test(path)
  )
}

/** The 1-based line of the first `"key"` in a text (1 when it is not there). */
export function lineOfKey(text: string, key: string): number {
  const i = text.indexOf(`"${key}"`)
  if (i < 0) return 1
  let n = 1
  for (let k = text.indexOf('\n'); k >= 0 && k < i; k = text.indexOf('\n', k + 1)) n++
  return n
}

/** `@acme/tsconfig/base.json` -> [`@acme/tsconfig`, `base.json`]. */
function splitSpecifier(spec: string): [string, string] {
  const parts = spec.split('/')
  const n = spec.startsWith('@') ? 2 : 1
  return [parts.slice(0, n).join('/'), parts.slice(n).join('/')]
}

/** The tsconfig file a relative `extends` names, as TypeScript looks it up. */
function relativeTarget(from: string, spec: string, tree: SourceTree): string | undefined {
  const p = joinPath(dirOf(from), spec)
  if (p === undefined) return undefined
  for (const c of [p, `${p}.json`, `${p}/tsconfig.json`]) if (tree.hasFile(c)) return c
  return p.endsWith('.json') ? p : `${p}.json`
}

/**
 * Follows the tsconfig files `start` (of the package at `dir`): every base and reference
 * outside the folder is added; what cannot be read is unresolved.
 */
export function followTsconfigs(
  start: readonly string[],
  dir: string,
  named: (name: string) => JsPackage | undefined,
  tree: SourceTree,
  add: AddInput,
  unresolved: Unresolved[]
): void {
  const seen = new Set<string>(start)
  const queue = start.map((file) => ({ file, chain: file }))
  const inside = (p: string): boolean => dir === '' || p === dir || p.startsWith(`${dir}/`)
  const visit = (target: string, why: string, from: string, line: number, origin: string): void => {
    if (!inside(target)) add('file', target, why, from, line)
    if (seen.has(target)) return
    seen.add(target)
    queue.push({ file: target, chain: origin })
  }
  for (let next = 0; next < queue.length; next++) {
    const { file, chain } = queue[next] as { file: string; chain: string }
    const text = tree.read(file)
    if (text === undefined) {
      // A base that is not in the tree is an error of the build, which fails: nothing to widen.
      if (tree.hasFile(file))
        unresolved.push({
          what: `tsconfig ${file} (from ${chain}) could not be read, so its own extends cannot be followed`,
          scope: '',
          file
        })
      continue
    }
    const r = readJsonc(text)
    if ('error' in r) {
      unresolved.push({
        what: `${file} cannot be read: ${r.error}; its extends and references are unknown`,
        scope: '',
        file
      })
      continue
    }
    const ext = r.value.extends
    const specs = typeof ext === 'string' ? [ext] : Array.isArray(ext) ? ext : []
    const extLine = lineOfKey(text, 'extends')
    for (const s of specs) {
      const spec = str(s)
      if (spec === undefined) {
        unresolved.push({ what: `${file}: an extends that is not a string`, scope: '', file })
        continue
      }
      const why = `tsconfig base (extends ${spec} in ${file}, from ${chain})`
      if (spec.startsWith('.') || spec.startsWith('/')) {
        const target = spec.startsWith('/') ? undefined : relativeTarget(file, spec, tree)
        if (target === undefined)
          unresolved.push({
            what: `${file} line ${extLine}: extends ${spec} leaves the repository`,
            scope: '',
            file,
            line: extLine
          })
        else visit(target, why, file, extLine, chain)
        continue
      }
      const [name, sub] = splitSpecifier(spec)
      const pkg = named(name)
      // A base from the registry is pinned by the lockfile, which counts.
      if (!pkg) continue
      if (!inside(pkg.dir)) add('dir', pkg.dir, `workspace package ${name}, ${why}`, file, extLine)
      const candidates =
        sub === ''
          ? [`${pkg.dir}/tsconfig.json`]
          : [`${pkg.dir}/${sub}`, `${pkg.dir}/${sub}.json`, `${pkg.dir}/${sub}/tsconfig.json`]
      const target = candidates.map((c) => c.replace(/^\//, '')).find((c) => tree.hasFile(c))
      if (target !== undefined) visit(target, why, file, extLine, chain)
    }
    const refs = Array.isArray(r.value.references) ? r.value.references : []
    const refLine = lineOfKey(text, 'references')
    for (const ref of refs) {
      const path = str(obj(ref)?.path)
      if (path === undefined) continue
      const p = joinPath(dirOf(file), path)
      if (p === undefined) {
        unresolved.push({
          what: `${file} line ${refLine}: reference ${path} leaves the repository`,
          scope: '',
          file,
          line: refLine
        })
        continue
      }
      const why = `project referenced by ${file} (from ${chain})`
      const project = tree.hasFile(p) ? p : `${p}/tsconfig.json`
      const folder = tree.hasFile(p) ? dirOf(p) : p
      if (!inside(folder)) add('dir', folder, why, file, refLine)
      if (tree.hasFile(project) && !seen.has(project)) {
        seen.add(project)
        queue.push({ file: project, chain })
      }
    }
  }
}
