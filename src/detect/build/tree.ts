/** A SourceTree over a sorted file listing and the texts of the build files that were read. */
import { rangeUnder } from '../../util/paths.js'
import { realPath } from './links.js'
import type { SourceTree } from './types.js'

/** True when every path sorts strictly after the one before it (so none repeats). */
function ascending(files: readonly string[]): boolean {
  for (let i = 1; i < files.length; i++)
    if ((files[i - 1] as string) >= (files[i] as string)) return false
  return true
}

/**
 * Builds a SourceTree. `files` need not be sorted; `texts` maps the read build files to their
 * text; `links` maps each symbolic link (also one of `files`) to its target as written.
 */
export function makeTree(
  files: readonly string[],
  texts: ReadonlyMap<string, string> = new Map(),
  links: ReadonlyMap<string, string> = new Map()
): SourceTree {
  // git lists a tree in this order already (then there is nothing to sort or remove).
  const sorted = ascending(files) ? files : [...new Set(files)].sort()
  const set = new Set(sorted)
  const range = (dir: string): [number, number] => rangeUnder(sorted, dir)
  return {
    files: sorted,
    hasFile: (path) => set.has(path),
    hasDir: (dir) => {
      const [start, end] = range(dir)
      return end > start
    },
    filesUnder: (dir) => {
      const [start, end] = range(dir)
      return sorted.slice(start, end)
    },
    read: (path) => {
      const text = texts.get(path)
      if (text !== undefined || links.size === 0) return text
      const real = realPath(path, (p) => links.get(p))
      return 'path' in real && real.via.length > 0 ? texts.get(real.path) : undefined
    },
    links: [...links.keys()].sort(),
    linkTarget: (path) => links.get(path)
  }
}
