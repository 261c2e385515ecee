/**
 * Repository-relative paths (`a/b/c`, no leading or trailing `/`, '' for the root): joining,
 * folders, "below a folder", and lookups in a sorted listing. Pure.
 */

/** Joins repository-relative paths, resolving `.` and `..`; undefined when it leaves the repository. */
export function joinPath(base: string, rel: string): string | undefined {
  const parts = rel.startsWith('/') ? [] : base.split('/').filter((p) => p !== '')
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue
    if (seg === '..') {
      if (parts.length === 0) return undefined
      parts.pop()
    } else parts.push(seg)
  }
  return parts.join('/')
}

/** The path of `file` in the folder `dir` ('' for the root). */
export const at = (dir: string, file: string): string => (dir === '' ? file : `${dir}/${file}`)

/** The folder of a repository path ('' for a top-level file). */
export function dirOf(path: string): string {
  const i = path.lastIndexOf('/')
  return i < 0 ? '' : path.slice(0, i)
}

/** True when `path` is below the folder `dir` (not `dir` itself; nothing is below '' this way). */
export const under = (path: string, dir: string): boolean => path.startsWith(`${dir}/`)

/** True when `path` is the folder `dir` or below it; every path is within '' (the root). */
export const within = (path: string, dir: string): boolean =>
  dir === '' || path === dir || path.startsWith(`${dir}/`)

/** The first index of the sorted `sorted` whose entry is not below `key` (its length if none). */
export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((sorted[mid] as string) < key) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** [start, end) of the entries of the sorted `sorted` below the folder `dir` (all of them for ''). */
export function rangeUnder(sorted: readonly string[], dir: string): [number, number] {
  if (dir === '') return [0, sorted.length]
  // Every path that starts with `dir/` sorts before `dir0` ('/' + 1 === '0').
  return [lowerBound(sorted, `${dir}/`), lowerBound(sorted, `${dir}0`)]
}

/** Every folder holding one of `paths` whose last name is in `names`: name -> folders. */
export function foldersNamedIn(
  paths: Iterable<string>,
  names: ReadonlySet<string>
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  // A sorted listing holds each folder's files together: a folder is looked at once, not per file.
  let previous: string | undefined
  for (const path of paths) {
    const dir = path.slice(0, path.lastIndexOf('/') + 1)
    if (dir === previous) continue
    previous = dir
    let start = 0
    for (let at = dir.indexOf('/'); at >= 0; at = dir.indexOf('/', start)) {
      const name = dir.slice(start, at)
      if (names.has(name)) {
        const set = out.get(name) ?? new Set<string>()
        set.add(dir.slice(0, at))
        out.set(name, set)
      }
      start = at + 1
    }
  }
  return out
}
