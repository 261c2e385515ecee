/**
 * A small, tolerant TOML reader, enough for `pyproject.toml`, `Pipfile` and `uv.toml`: tables,
 * arrays of tables, dotted and quoted keys, strings (basic, literal, multi-line), arrays and
 * inline tables (across lines too), and bare scalars (numbers, booleans and dates, as text or
 * numbers). Redefinitions are not errors: the last one wins. One pass over the text; nesting
 * deeper than MAX_DEPTH (values in values, or keys in a key path) is an error. Nothing here
 * throws. The document is read here, its keys and values in toml-values.ts.
 */
import { memo } from '../../../util/memo.js'
import {
  Reader,
  TomlError,
  assign,
  isTable,
  newTable,
  tableAt,
  type TomlTable,
  type TomlValue
} from './toml-values.js'

export type TomlResult =
  | {
      readonly table: TomlTable
      /** The 1-based line where a key path was set (table headers and key/value lines). */
      readonly line: (keys: readonly string[]) => number | undefined
    }
  | { readonly error: string; readonly line: number }

/**
 * The line where each key path was set, as a tree of keys: a line of a table (`x = 1` under a
 * long `[a.b.c]`) costs its own keys, not the header's again.
 */
interface KeyLines {
  line?: number
  readonly next: Map<string, KeyLines>
}

function keyLines(from: KeyLines, keys: readonly string[]): KeyLines {
  let node = from
  for (const k of keys) node = memo(node.next, k, () => ({ next: new Map() }))
  return node
}

/** Reads a TOML document. */
export function readToml(text: string): TomlResult {
  const r = new Reader(text)
  const root = newTable()
  const lines: KeyLines = { next: new Map() }
  let section = lines
  let line = 1
  let current = root
  let lastPos = 0
  try {
    for (;;) {
      r.blank(true)
      if (r.peek() === '') break
      // Lines are counted as the reader moves on, so finding a line is linear overall.
      const start = r.pos
      line += countBreaks(text, lastPos, start)
      lastPos = start
      if (r.peek() === '[') {
        const many = r.peek(1) === '['
        r.pos += many ? 2 : 1
        const prefix = r.key()
        if (!text.startsWith(many ? ']]' : ']', r.pos)) r.fail('a table header is not closed')
        r.pos += many ? 2 : 1
        if (many) {
          const parent = tableAt(root, prefix.slice(0, -1))
          const last = prefix[prefix.length - 1] as string
          const had = Object.hasOwn(parent, last) ? parent[last] : undefined
          const list = Array.isArray(had) ? had : []
          current = newTable()
          list.push(current)
          parent[last] = list
        } else current = tableAt(root, prefix)
        section = keyLines(lines, prefix)
        section.line = line
      } else {
        const keys = r.key()
        if (r.peek() !== '=') r.fail('"=" was expected after a key')
        r.pos++
        r.blank(false)
        assign(current, keys, r.value(0))
        keyLines(section, keys).line = line
      }
      r.endOfLine()
    }
  } catch (e) {
    /* istanbul ignore else -- the reader throws only TomlError; anything else is a bug, not input */
    if (e instanceof TomlError) return { error: e.message, line: 1 + countBreaks(text, 0, e.pos) }
    throw e
  }
  const lineOf = (keys: readonly string[]): number | undefined =>
    keys.reduce<KeyLines | undefined>((node, k) => node?.next.get(k), lines)?.line
  return { table: root, line: lineOf }
}

function countBreaks(text: string, from: number, to: number): number {
  let n = 0
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++
  return n
}

/** The value at a key path, if any. */
export function tomlGet(table: TomlTable, ...keys: string[]): TomlValue | undefined {
  let v: TomlValue | undefined = table
  for (const k of keys) v = isTable(v) && Object.hasOwn(v, k) ? v[k] : undefined
  return v
}
