/**
 * Bake files (`docker-bake.hcl`, `docker-bake.json`, `docker-bake.override.hcl|json`, in any
 * folder): every `target` is a build. The files of one folder are merged in bake's lookup order
 * (a later definition of an attribute wins), `inherits` copies attributes from parent targets,
 * and `${VAR}` is resolved from the variables' defaults. The context is relative to the folder
 * bake runs in (the bake file's folder), the Dockerfile to the context.
 */
import { dirOf } from '../../../../util/paths.js'
import {
  baseOf,
  finish,
  isRemote,
  resolvePath,
  setContext,
  setDockerfile,
  shown,
  type Draft
} from '../common.js'
import type { ContextReader, DeclaredBuild } from '../types.js'
import { readFolder, type Attr, type Folder, type BakeTarget } from './folder.js'
import type { HclValue } from './hcl.js'
import { evaluate, written } from './variables.js'

/** Bake's file names, in the order it merges them. */
const BAKE_FILES = [
  'docker-bake.json',
  'docker-bake.hcl',
  'docker-bake.override.json',
  'docker-bake.override.hcl'
]

export function isBakeFile(path: string): boolean {
  // A cheap test first: this runs for every file of the tree.
  if (!path.endsWith('.hcl') && !path.endsWith('.json')) return false
  return BAKE_FILES.includes(baseOf(path))
}

const MAX_INHERITS = 16

/** A target's attributes with those it inherits, and what it inherits that could not be read. */
interface Effective {
  readonly attrs: Map<string, Attr>
  readonly unread: ReadonlySet<string>
}

/**
 * The attributes of a target with those it inherits (parents first, later parents win), each
 * target worked out once. A parent is named by any value that evaluates to text (`"base"`,
 * `"${BASE}"`, `BASE`); one that does not, one that is no target of the folder, or a chain
 * deeper than MAX_INHERITS, is `unread`: what it would give is not known. A cycle stops where
 * it closes (bake rejects it).
 */
function effective(
  folder: Folder,
  name: string,
  memo: Map<string, Effective>,
  visiting: Set<string>
): Effective {
  const known = memo.get(name)
  if (known) return known
  const t = folder.targets.get(name)
  const none = (why?: string): Effective => ({
    attrs: new Map(),
    unread: new Set(
      why === undefined ? [] : [`inherits ${name}, ${why}; what it inherits is not known`]
    )
  })
  if (!t) return none('which is not a target of the bake files of this folder')
  if (visiting.has(name)) return none()
  if (visiting.size > MAX_INHERITS) return none(`more than ${MAX_INHERITS} targets up the chain`)
  visiting.add(name)
  const attrs = new Map<string, Attr>()
  // A set: a parent inherited along many paths is named once.
  const unread = new Set<string>()
  const inherits = t.attrs.get('inherits')?.value
  for (const item of inherits?.t === 'list' ? inherits.items : inherits ? [inherits] : []) {
    const r = evaluate(folder, item)
    if ('why' in r) {
      const w = `inherits ${shown(written(item) ?? '')} ${r.why}`.replace(/ {2}/g, ' ')
      unread.add(`${w}; what it inherits is not known`)
      continue
    }
    const parent = effective(folder, r.value, memo, visiting)
    for (const [k, a] of parent.attrs) attrs.set(k, a)
    for (const u of parent.unread) unread.add(u)
  }
  for (const [k, a] of t.attrs) if (k !== 'inherits') attrs.set(k, a)
  visiting.delete(name)
  const out = { attrs, unread }
  memo.set(name, out)
  return out
}

function targetBuild(
  folder: Folder,
  dir: string,
  t: BakeTarget,
  memo: Map<string, Effective>
): DeclaredBuild {
  const { attrs, unread } = effective(folder, t.name, memo, new Set())
  const d: Draft = {
    names: [t.name],
    context: undefined,
    file: t.file,
    line: t.line,
    what: `bake target ${t.name} (${t.file} line ${t.line})`,
    extraFiles: [...new Set([...attrs.values()].map((a) => a.file))],
    unresolved: [...unread]
  }
  const get = (k: string): HclValue | undefined => attrs.get(k)?.value
  const text = (label: string, v: HclValue): string | undefined => {
    const r = evaluate(folder, v)
    if ('value' in r) return r.value
    d.unresolved.push(`${label} ${shown(written(v) ?? '')} ${r.why}`.replace(/ {2}/g, ' '))
    return undefined
  }
  const cv = get('context')
  // With a parent not read, a context the target does not set itself is not known.
  const c = cv !== undefined ? text('context', cv) : unread.size === 0 ? '.' : undefined
  if (c !== undefined) setContext(d, dir, c)
  const inline = get('dockerfile-inline')
  const dv = get('dockerfile')
  if (inline !== undefined && !(inline.t === 'lit' && inline.value === 'null')) d.inline = true
  else if (dv !== undefined) {
    const df = text('dockerfile', dv)
    if (df !== undefined) {
      if (c !== undefined && isRemote(c))
        d.unresolved.push(`dockerfile ${df} is inside the remote context`)
      else setDockerfile(d, d.context, df)
    }
  }
  const tags = get('tags')
  for (const tag of tags?.t === 'list' ? tags.items : tags ? [tags] : []) {
    // As written (`o/api:${TAG}`), and as evaluated when it can be (a bare `IMAGE` only so).
    const w = written(tag)
    if (w !== undefined) d.names.push(w)
    const r = evaluate(folder, tag)
    if ('value' in r) d.names.push(r.value)
  }
  const contexts = get('contexts')
  if (contexts?.t === 'obj') {
    for (const [name, v] of contexts.entries) {
      const r = evaluate(folder, v)
      if ('why' in r) {
        d.unresolved.push(`named context ${name} ${r.why}`)
        continue
      }
      if (r.value.startsWith('docker-image://')) continue
      if (r.value.startsWith('target:')) {
        d.unresolved.push(`named context ${name} is the output of target ${r.value.slice(7)}`)
        continue
      }
      const p = isRemote(r.value) ? undefined : resolvePath(dir, r.value)
      const where = p && 'path' in p ? ` (${p.path === '' ? 'the repository root' : p.path})` : ''
      d.unresolved.push(
        `named context ${name} = ${shown(r.value)}${where} is read by the build too`
      )
    }
  } else if (contexts !== undefined) {
    d.unresolved.push(
      `named contexts ${contexts.t === 'expr' ? `are an expression (${shown(contexts.text, 60)})` : 'are not a mapping'}`
    )
  }
  if (get('matrix') !== undefined) {
    d.unresolved.push('the target has a matrix; its expansions are not read')
  }
  return finish(d)
}

export const bakeReader: ContextReader = {
  name: 'bake',
  wants: isBakeFile,
  builds(tree) {
    const warnings: string[] = []
    const byDir = new Map<string, string[]>()
    for (const f of tree.files) {
      if (!isBakeFile(f)) continue
      const dir = dirOf(f)
      byDir.set(dir, [...(byDir.get(dir) ?? []), f])
    }
    const builds: DeclaredBuild[] = []
    for (const [dir, files] of byDir) {
      const ordered = [...files].sort(
        (a, b) => BAKE_FILES.indexOf(baseOf(a)) - BAKE_FILES.indexOf(baseOf(b))
      )
      try {
        const folder = readFolder(tree, ordered, warnings)
        const memo = new Map<string, Effective>()
        for (const t of folder.targets.values()) builds.push(targetBuild(folder, dir, t, memo))
      } catch (e) {
        warnings.push(
          `${ordered.join(', ')}: not read (${(e as Error).message}); builds are not known`
        )
      }
    }
    return { builds, warnings }
  }
}
