/**
 * The build context of a Dockerfile that no build declares: the nearest folder, from the
 * Dockerfile's own up to the repository root, under which every literal COPY source exists.
 */
import { dirOf } from '../../../util/paths.js'
import { resolves, type Source } from './sources.js'
import type { SourceTree } from '../types.js'

/** The context of a Dockerfile that no build declares, and how it was found. */
export function inferContext(
  file: string,
  sources: readonly Source[],
  tree: SourceTree
): { context: string; how: string; others: string[] } {
  const own = dirOf(file)
  const literal = sources.filter((s) => !s.variable && s.rel !== undefined)
  if (literal.length === 0)
    return { context: own, how: `the Dockerfile's folder; no COPY source names a path`, others: [] }
  let best = { context: own, count: -1 }
  for (
    let dir: string | undefined = own;
    dir !== undefined;
    dir = dir === '' ? undefined : dirOf(dir)
  ) {
    const count = literal.filter((s) => resolves(dir as string, s.rel as string, tree)).length
    if (count === literal.length) {
      const where = dir === '' ? 'the repository root' : `${dir}/`
      return {
        context: dir,
        how:
          dir === own
            ? `the Dockerfile's folder, where every COPY source is`
            : `inferred: every COPY source exists under ${where}`,
        others: othersHolding(dir, literal, tree)
      }
    }
    if (count > best.count) best = { context: dir, count }
  }
  const where = best.context === '' ? 'the repository root' : `${best.context}/`
  return {
    others: [],
    context: best.context,
    how: `inferred: ${best.count} of ${literal.length} COPY sources exist under ${where}, more than under any other folder above the Dockerfile`
  }
}

/**
 * The folders above `context` under which every COPY source that names a path exists too: the
 * context is then a guess between them, so the sources read from each of them count as well
 * (a `COPY .` among them, the whole folder). `COPY .` alone names no path and settles nothing:
 * the Dockerfile's folder is the context, as `docker build <folder>` has it.
 */
function othersHolding(context: string, literal: readonly Source[], tree: SourceTree): string[] {
  const named = literal.filter((s) => s.rel !== '')
  if (named.length === 0) return []
  const out: string[] = []
  for (let dir = context; dir !== '';) {
    dir = dirOf(dir)
    if (named.every((s) => resolves(dir, s.rel as string, tree))) out.push(dir)
  }
  return out
}
