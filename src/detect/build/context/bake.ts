/**
 * Bake files (`docker-bake.hcl`, `docker-bake.json`, `docker-bake.override.hcl|json`, in any
 * folder): every `target` is a build. The files of one folder are merged in bake's lookup order
 * (a later definition of an attribute wins), `inherits` copies attributes from parent targets,
 * and `${VAR}` is resolved from the variables' defaults. The context is relative to the folder
 * bake runs in (the bake file's folder), the Dockerfile to the context.
 */
import type { SourceTree } from '../types.js'
import {
  baseOf,
  dirOf,
  finish,
  isRemote,
  lineStarts,
  resolvePath,
  setContext,
  setDockerfile,
  shown,
  type Draft
} from './common.js'
import { parseHcl, templateParts, type HclBlock, type HclValue } from './hcl.js'
import type { ContextReader, DeclaredBuild } from './types.js'

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
const MAX_VAR_DEPTH = 8

/** An attribute of a target, with where it is written. */
interface Attr {
  readonly value: HclValue
  readonly file: string
  readonly line: number
}

interface Target {
  readonly name: string
  readonly file: string
  readonly line: number
  readonly attrs: Map<string, Attr>
}

interface Folder {
  readonly vars: Map<string, { value: HclValue | undefined; file: string }>
  readonly targets: Map<string, Target>
}

/** A JSON value as an HCL value (strings are templates in bake's JSON too). */
function fromJson(v: unknown, depth = 0): HclValue {
  if (typeof v === 'string') return { t: 'str', parts: templateParts(v, false), raw: v }
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) {
    return { t: 'lit', value: String(v) }
  }
  if (depth < 16 && Array.isArray(v))
    return { t: 'list', items: v.map((x) => fromJson(x, depth + 1)) }
  if (depth < 16 && typeof v === 'object') {
    return {
      t: 'obj',
      entries: Object.entries(v as Record<string, unknown>).map(([k, x]) => [
        k,
        fromJson(x, depth + 1)
      ])
    }
  }
  return { t: 'expr', text: 'a nested value' }
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** The blocks of a bake JSON file, in the shape of HCL blocks (lines found by name in the text). */
function jsonBlocks(text: string, file: string, warnings: string[]): HclBlock[] {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message)
    const where = m ? ` (line ${lineStarts(text)(Number(m[1]))})` : ''
    warnings.push(`${file}: not valid JSON${where}; its builds are not read`)
    return []
  }
  if (!isObj(data)) return []
  const lineOf = lineStarts(text)
  const blocks: HclBlock[] = []
  for (const type of ['variable', 'target']) {
    const section = data[type]
    if (!isObj(section)) continue
    const sectionAt = text.indexOf(`"${type}"`)
    for (const [name, body] of Object.entries(section)) {
      if (!isObj(body)) continue
      const at = text.indexOf(JSON.stringify(name), Math.max(0, sectionAt))
      const line = at < 0 ? 1 : lineOf(at)
      const attrs = new Map(
        Object.entries(body).map(([k, v]) => [k, { value: fromJson(v), line }] as const)
      )
      blocks.push({ type, labels: [name], line, attrs, blocks: [] })
    }
  }
  return blocks
}

/** Reads and merges the bake files of one folder. */
function readFolder(tree: SourceTree, files: readonly string[], warnings: string[]): Folder {
  const folder: Folder = { vars: new Map(), targets: new Map() }
  for (const file of files) {
    const text = tree.read(file)
    if (text === undefined) {
      warnings.push(`${file}: not read; its builds are not known`)
      continue
    }
    let blocks: HclBlock[]
    if (file.endsWith('.json')) blocks = jsonBlocks(text, file, warnings)
    else {
      const parsed = parseHcl(text)
      blocks = parsed.blocks
      if (parsed.errorLine !== undefined) {
        warnings.push(
          `${file}: not valid HCL (line ${parsed.errorLine}); builds declared after it may be missed`
        )
      }
    }
    for (const b of blocks) {
      const name = b.labels[0]
      if (name === undefined) continue
      if (b.type === 'variable') {
        const prev = folder.vars.get(name)
        const d = b.attrs.get('default')
        if (d || !prev) folder.vars.set(name, { value: d?.value, file })
      } else if (b.type === 'target') {
        let t = folder.targets.get(name)
        if (!t) {
          t = { name, file, line: b.line, attrs: new Map() }
          folder.targets.set(name, t)
        }
        for (const [k, a] of b.attrs) t.attrs.set(k, { value: a.value, file, line: a.line })
      }
    }
  }
  return folder
}

/**
 * The attributes of a target with those it inherits (parents first, later parents win), each
 * target worked out once; a cycle, or a chain deeper than MAX_INHERITS, stops there.
 */
function effective(
  folder: Folder,
  name: string,
  memo: Map<string, Map<string, Attr>>,
  visiting: Set<string>
): Map<string, Attr> {
  const known = memo.get(name)
  if (known) return known
  const t = folder.targets.get(name)
  if (!t || visiting.has(name) || visiting.size > MAX_INHERITS) return new Map()
  visiting.add(name)
  const out = new Map<string, Attr>()
  const inherits = t.attrs.get('inherits')?.value
  for (const item of inherits?.t === 'list' ? inherits.items : []) {
    const parent = literal(item)
    if (parent === undefined) continue
    for (const [k, a] of effective(folder, parent, memo, visiting)) out.set(k, a)
  }
  for (const [k, a] of t.attrs) if (k !== 'inherits') out.set(k, a)
  visiting.delete(name)
  memo.set(name, out)
  return out
}

/** The text of a string value with no interpolation, else undefined. */
function literal(v: HclValue): string | undefined {
  if (v.t !== 'str') return v.t === 'lit' ? v.value : undefined
  return v.parts.every((p) => 'lit' in p)
    ? v.parts.map((p) => ('lit' in p ? p.lit : '')).join('')
    : undefined
}

/** Evaluates a value to text from the variables' defaults; `why` says what could not be read. */
function evaluate(
  folder: Folder,
  v: HclValue,
  depth = 0,
  seen: Set<string> = new Set()
): { value: string } | { why: string } {
  if (v.t === 'lit') return { value: v.value }
  if (v.t === 'ref') return variable(folder, v.name, depth, seen)
  if (v.t === 'str') {
    let out = ''
    for (const p of v.parts) {
      if ('lit' in p) {
        out += p.lit
        continue
      }
      const e = p.expr.trim()
      if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(e))
        return { why: `uses \${${shown(e, 60)}}, an expression` }
      const r = variable(folder, e, depth, seen)
      if ('why' in r) return r
      out += r.value
    }
    return { value: out }
  }
  if (v.t === 'expr') return { why: `is an expression (${shown(v.text, 60)})` }
  return { why: 'is not a single value' }
}

function variable(
  folder: Folder,
  name: string,
  depth: number,
  seen: Set<string>
): { value: string } | { why: string } {
  const d = folder.vars.get(name)
  if (!d) return { why: `uses \${${name}}, which is not a variable of the bake file` }
  if (d.value === undefined) return { why: `uses \${${name}}, a variable without a default` }
  if (depth >= MAX_VAR_DEPTH || seen.has(name))
    return { why: `uses \${${name}}, which refers to itself` }
  seen.add(name)
  const r = evaluate(folder, d.value, depth + 1, seen)
  seen.delete(name)
  if ('why' in r) return { why: `uses \${${name}}, whose default ${r.why}` }
  return r
}

/** The text a string value is written as, for names (`${TAG}` kept). */
function written(v: HclValue): string | undefined {
  return v.t === 'str' ? v.raw : v.t === 'lit' ? v.value : undefined
}

function targetBuild(
  folder: Folder,
  dir: string,
  t: Target,
  memo: Map<string, Map<string, Attr>>
): DeclaredBuild {
  const attrs = effective(folder, t.name, memo, new Set())
  const d: Draft = {
    names: [t.name],
    context: undefined,
    file: t.file,
    line: t.line,
    what: `bake target ${t.name} (${t.file} line ${t.line})`,
    extraFiles: [...new Set([...attrs.values()].map((a) => a.file))],
    unresolved: []
  }
  const get = (k: string): HclValue | undefined => attrs.get(k)?.value
  const text = (label: string, v: HclValue): string | undefined => {
    const r = evaluate(folder, v)
    if ('value' in r) return r.value
    d.unresolved.push(`${label} ${shown(written(v) ?? '')} ${r.why}`.replace(/ {2}/g, ' '))
    return undefined
  }
  const cv = get('context')
  const c = cv === undefined ? '.' : text('context', cv)
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
    const w = written(tag)
    if (w === undefined) continue
    d.names.push(w)
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
        const memo = new Map<string, Map<string, Attr>>()
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
