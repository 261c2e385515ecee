/**
 * The sources a Dockerfile reads from its build context (`COPY`/`ADD` sources, `RUN
 * --mount=type=bind` sources), and whether a source names a file or folder of the tree under a
 * context.
 */
import { compileGlob } from '../../../util/glob/compile.js'
import { joinPath } from '../../../util/paths.js'
import { usesVariable, type Instruction } from './dockerfile.js'
import { escapeGlob, goGlob } from './dockerignore.js'
import { realPath } from '../links.js'
import type { SourceTree } from '../types.js'

/** One source a Dockerfile reads from its context. */
export interface Source {
  /** As written. */
  readonly src: string
  /** Relative to the context, `.` and `..` resolved ('' is all of it); undefined when it leaves it. */
  readonly rel: string | undefined
  readonly what: string
  readonly line: number
  readonly variable: boolean
}

export const isGlob = (rel: string): boolean => /[*?[]/.test(rel)

/** The folders of a source before its first glob segment; all of it when it has none. */
export const fixedPart = (rel: string): string => {
  const segs = rel.split('/')
  const k = segs.findIndex(isGlob)
  return k < 0 ? rel : segs.slice(0, k).join('/')
}

/**
 * A source's path in the tree: `rel` (a `Source.rel`, or the folders before its first glob)
 * inside `context`. `Source.rel` has no `..` left (joinPath resolved them), so it never leads
 * out of the context.
 */
export function inContext(context: string, rel: string): string {
  /* istanbul ignore next -- rel holds no `..` segment, so joinPath never returns undefined */
  return joinPath(context, rel) ?? context
}

/** Whether `path` is a file or folder of the tree, directly or through symbolic links. */
function exists(path: string, tree: SourceTree): boolean {
  if (tree.hasFile(path) || tree.hasDir(path)) return true
  if (tree.links.length === 0) return false
  const real = realPath(path, (p) => tree.linkTarget(p))
  return 'path' in real && (tree.hasFile(real.path) || tree.hasDir(real.path))
}

/** Whether a source names a file or folder of the tree under `context`. */
export function resolves(context: string, rel: string, tree: SourceTree): boolean {
  if (rel === '') return true
  if (!isGlob(rel)) {
    const p = joinPath(context, rel)
    return p !== undefined && exists(p, tree)
  }
  // A glob: does some file of the tree (or a folder holding one) match it?
  const glob = `${context === '' ? '' : `${escapeGlob(context)}/`}${goGlob(rel)}`
  const base = inContext(context, fixedPart(rel))
  const test = compileGlob(`${glob}/**`)
  const self = compileGlob(glob)
  return tree.filesUnder(base).some((f) => self(f) || test(f))
}

/** The sources an instruction reads from the build context. */
export function sourcesOf(ins: Instruction, escape: string): Source[] {
  const source = (src: string, what: string): Source => ({
    src,
    rel: joinPath('', src.replace(/^\/+/, '')),
    what,
    line: ins.line,
    variable: usesVariable(src, escape)
  })
  const flag = (n: string): string | undefined => ins.flags.find(([k]) => k === n)?.[1]
  if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && flag('from') === undefined) {
    // Heredocs (`COPY <<EOF /x`) are not context sources; the last word is the destination.
    const words = ins.args.filter((a) => !/^<<-?["']?[A-Za-z_]/.test(a))
    return words
      .slice(0, -1)
      .filter((s) => !(ins.keyword === 'ADD' && /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i.test(s)))
      .map((s) => source(s, ins.keyword))
  }
  if (ins.keyword !== 'RUN') return []
  const out: Source[] = []
  for (const [k, v] of ins.flags) {
    if (k !== 'mount' || v === undefined) continue
    // `type=bind,source=x,readonly`: each option once, `key=value` or a bare `key`.
    const kv = new Map(
      v.split(',').map((p) => {
        const eq = p.indexOf('=')
        return eq < 0 ? [p, ''] : [p.slice(0, eq), p.slice(eq + 1)]
      })
    )
    if ((kv.get('type') ?? 'bind') === 'bind' && !kv.has('from'))
      out.push(source(kv.get('source') ?? kv.get('src') ?? '.', 'RUN --mount'))
  }
  return out
}
