/**
 * The bake files of one folder read and merged in bake's lookup order (a later definition of an
 * attribute wins): HCL through hcl.ts, JSON in the shape of HCL blocks.
 */
import type { SourceTree } from '../../types.js'
import { lineStarts } from '../common.js'
import { templateParts } from './hcl-lexer.js'
import { parseHcl, type HclBlock, type HclValue } from './hcl.js'

/** An attribute of a target, with where it is written. */
export interface Attr {
  readonly value: HclValue
  readonly file: string
  readonly line: number
}

export interface BakeTarget {
  readonly name: string
  readonly file: string
  readonly line: number
  readonly attrs: Map<string, Attr>
}

export interface Folder {
  readonly vars: Map<string, { value: HclValue | undefined; file: string }>
  readonly targets: Map<string, BakeTarget>
}

/**
 * A value of `JSON.parse` as an HCL value (strings are templates in bake's JSON too); lists and
 * objects nested deeper than 16 are not read.
 */
function fromJson(v: unknown, depth = 0): HclValue {
  if (typeof v === 'string') return { t: 'str', parts: templateParts(v, false), raw: v }
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) {
    return { t: 'lit', value: String(v) }
  }
  if (depth >= 16) return { t: 'expr', text: 'a nested value' }
  if (Array.isArray(v)) return { t: 'list', items: v.map((x) => fromJson(x, depth + 1)) }
  // The one kind of value JSON.parse gives that is none of the above: an object.
  const entries = Object.entries(v as Record<string, unknown>)
  return { t: 'obj', entries: entries.map(([k, x]) => [k, fromJson(x, depth + 1)]) }
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
export function readFolder(tree: SourceTree, files: readonly string[], warnings: string[]): Folder {
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
