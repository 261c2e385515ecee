/**
 * The soundness rule, in one place for every provider: an image's inputs may be narrower than
 * its build root only where a provider fully understands the build. Whatever a provider could
 * not resolve (a COPY of a build output, a variable, an unreadable or unknown build file, a
 * symbolic link leading outside) widens the inputs to a scope (the build context when it is
 * known, else the build root), with one warning per widened image that says why and which
 * `paths` line would settle it. Inputs that already cover the scope need no widening, and get
 * no warning. Pure.
 */
import { ChangedFiles } from '../path-globs.js'
import { InputMatcher } from '../match.js'
import { realPath } from './links.js'
import type { Input, SourceTree, Unresolved } from './types.js'

const shownDir = (dir: string): string => (dir === '' ? 'the whole tree' : `${dir}/`)

/** How many reasons a warning names before "and N more". */
const LISTED = 3

/** Whether a dir input already counts every file of `scope` that a widening would. */
function covers(input: Input, scope: string, excludes: readonly string[]): boolean {
  if (input.kind !== 'dir') return false
  const inside = input.path === '' || scope === input.path || scope.startsWith(`${input.path}/`)
  // An input that keeps out only what the widening would keep out too counts at least as much.
  return inside && (input.excludes ?? []).every((e) => excludes.includes(e))
}

/** The inputs widened for what the providers could not resolve, and the warning that says so. */
export function widen(
  image: string,
  inputs: readonly Input[],
  unresolved: readonly Unresolved[]
): { inputs: Input[]; warnings: string[] } {
  const out = [...inputs]
  const byScope = new Map<string, Unresolved[]>()
  for (const u of unresolved) {
    const key = `${u.scope}\0${(u.excludes ?? []).join('\0')}`
    byScope.set(key, [...(byScope.get(key) ?? []), u])
  }
  const widened: { scope: string; whats: string[] }[] = []
  for (const group of byScope.values()) {
    const first = group[0] as Unresolved
    const excludes = first.excludes ?? []
    if (out.some((i) => covers(i, first.scope, excludes))) continue
    const whats = [...new Set(group.map((u) => u.what))]
    const more = whats.length > 1 ? ` and ${whats.length - 1} more` : ''
    out.push({
      kind: 'dir',
      path: first.scope,
      ...(excludes.length > 0 ? { excludes } : {}),
      from: {
        provider: 'soundness',
        ...(first.file !== undefined ? { file: first.file } : {}),
        ...(first.line !== undefined ? { line: first.line } : {}),
        why: `inputs widened to ${shownDir(first.scope)}: ${whats[0] as string}${more}`
      }
    })
    widened.push({ scope: first.scope, whats })
  }
  if (widened.length === 0) return { inputs: out, warnings: [] }
  const whats = widened.flatMap((w) => w.whats)
  const listed = whats.slice(0, LISTED).join('; ')
  const rest = whats.length > LISTED ? `; and ${whats.length - LISTED} more` : ''
  const scopes = widened.map((w) => shownDir(w.scope)).join(', ')
  const example = widened[0]?.scope === '' ? `path/to/${image}/**` : `${widened[0]?.scope}/**`
  return {
    inputs: out,
    warnings: [
      `${image}: inputs widened to ${scopes}, since what the build reads could not be resolved: ${listed}${rest}. ` +
        `Every change there counts for ${image}. To name its inputs instead, add a paths line (e.g. "${image}: ${example}").`
    ]
  }
}

/** Whether a folder on the way to `path` (not `path` itself) is a symbolic link. */
function behindLink(path: string, tree: SourceTree): boolean {
  for (let i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1))
    if (tree.linkTarget(path.slice(0, i)) !== undefined) return true
  return false
}

/**
 * What the inputs below a linked folder read (`COPY conf/a.yml` where `conf` links to
 * `../shared/conf`): git lists no such path, so the links on the way count, and the path they
 * lead to. A way that leads outside the repository, or loops, is unresolved.
 */
function behindLinks(
  inputs: readonly Input[],
  tree: SourceTree,
  scope: string
): { links: Input[]; targets: Input[]; unresolved: Unresolved[] } {
  const out = { links: [] as Input[], targets: [] as Input[], unresolved: [] as Unresolved[] }
  const seen = new Set<string>()
  for (const input of inputs) {
    if (input.kind === 'glob' || !behindLink(input.path, tree)) continue
    const real = realPath(input.path, (p) => tree.linkTarget(p))
    const why = `${input.path} is read through the symbolic link`
    for (const link of real.via.filter((l) => !seen.has(l))) {
      seen.add(link)
      out.links.push({
        kind: 'file',
        path: link,
        from: { provider: 'symlink', file: link, why: `${why} ${link} (${input.from.why})` }
      })
    }
    if ('error' in real) out.unresolved.push({ what: real.error, scope, file: input.path })
    else
      out.targets.push({
        kind: tree.hasDir(real.path) ? 'dir' : 'file',
        path: real.path,
        from: {
          provider: 'symlink',
          file: real.via[0] as string,
          why: `${why} ${real.via.join(', ')} (${input.from.why})`
        }
      })
  }
  return out
}

/**
 * The targets of the symbolic links among an image's inputs: a build that reads a link reads
 * its target, so the target counts too (followed again if it holds links itself); an input
 * below a linked folder counts as the links on its way and its real path. A link that leads
 * outside the repository, or loops, is unresolved (widened to `scope`).
 */
export function linkTargets(
  inputs: readonly Input[],
  tree: SourceTree,
  scope: string
): { inputs: Input[]; unresolved: Unresolved[] } {
  if (tree.links.length === 0) return { inputs: [], unresolved: [] }
  const behind = behindLinks(inputs, tree, scope)
  const added: Input[] = [...behind.links, ...behind.targets]
  const unresolved: Unresolved[] = behind.unresolved
  const links = new ChangedFiles(tree.links, () => false)
  const matcher = new InputMatcher()
  const done = new Set<string>()
  let todo = matcher.match([...inputs, ...behind.targets], links)
  // Each link is looked at once, so this ends after at most as many rounds as there are links.
  while (todo.length > 0) {
    const next: Input[] = []
    for (const { index, input } of todo) {
      const link = links.at(index)
      if (done.has(link)) continue
      done.add(link)
      const real = realPath(link, (p) => tree.linkTarget(p))
      if ('error' in real) {
        unresolved.push({ what: real.error, scope, file: link })
        continue
      }
      const target: Input = {
        kind: tree.hasDir(real.path) ? 'dir' : 'file',
        path: real.path,
        from: {
          provider: 'symlink',
          file: link,
          why: `target of the symbolic link ${link} (${input.from.why})`
        }
      }
      next.push(target)
    }
    added.push(...next)
    todo = next.length > 0 ? matcher.match(next, links) : []
  }
  return { inputs: added, unresolved }
}
