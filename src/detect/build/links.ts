/**
 * Symbolic links of the head tree, resolved inside it (pure). git stores a link as a blob whose
 * text is the target; a build that reads a linked file reads the target, so the target is an
 * input too, and a link's text is never parsed as the file it stands for. A link that leads
 * outside the repository, is absolute, or loops cannot be seen by comparing trees: it is
 * reported, and the image's inputs are widened with a warning.
 */
import { dirOf, joinPath } from '../../util/paths.js'

/** What resolving a path through the tree's links gives. */
export type RealPath =
  | {
      /** The path with every link resolved, repository-relative. */
      readonly path: string
      /** The links followed on the way, in order (empty for a path with none). */
      readonly via: readonly string[]
    }
  | { readonly error: string; readonly via: readonly string[] }

/** At most this many links are followed for one path, as Linux's ELOOP limit. */
export const MAX_LINK_HOPS = 40

/**
 * Resolves the symbolic links in every component of `path` (a link's target is relative to the
 * link's folder). `target` answers a link's text, or undefined for a path that is not a link.
 */
export function realPath(path: string, target: (path: string) => string | undefined): RealPath {
  const via: string[] = []
  let todo = path.split('/').filter((s) => s !== '' && s !== '.')
  let done: string[] = []
  let hops = 0
  while (todo.length > 0) {
    const seg = todo[0] as string
    todo = todo.slice(1)
    if (seg === '..') {
      if (done.length === 0) return { error: `${path} leads outside the repository`, via }
      done.pop()
      continue
    }
    const here = [...done, seg].join('/')
    const text = target(here)
    if (text === undefined) {
      done.push(seg)
      continue
    }
    via.push(here)
    if (++hops > MAX_LINK_HOPS)
      return { error: `${here}: more than ${MAX_LINK_HOPS} symbolic links (a loop?)`, via }
    if (text === '' || /[\0\n\r]/.test(text))
      return { error: `${here} is a symbolic link with an unusable target`, via }
    if (text.startsWith('/'))
      return { error: `${here} is a symbolic link to ${text}, outside the repository`, via }
    const joined = joinPath(dirOf(here), text)
    if (joined === undefined)
      return { error: `${here} is a symbolic link to ${text}, outside the repository`, via }
    // The target may hold links itself: its components are looked at again.
    done = []
    todo = [...joined.split('/').filter((s) => s !== ''), ...todo]
  }
  return { path: done.join('/'), via }
}
