/**
 * A small, tolerant TOML reader, enough for `pyproject.toml`, `Pipfile` and `uv.toml`: tables,
 * arrays of tables, dotted and quoted keys, strings (basic, literal, multi-line), arrays and
 * inline tables (across lines too), and bare scalars (numbers, booleans and dates, as text or
 * numbers). Redefinitions are not errors: the last one wins. One pass over the text; nesting
 * deeper than MAX_DEPTH (values in values, or keys in a key path) is an error. Nothing here
 * throws.
 */
import { KnownError } from '../../../util/errors.js'
import { memo } from '../../../util/memo.js'

export type TomlValue = string | number | boolean | TomlValue[] | TomlTable
export interface TomlTable {
  [key: string]: TomlValue
}

export type TomlResult =
  | {
      readonly table: TomlTable
      /** The 1-based line where a key path was set (table headers and key/value lines). */
      readonly line: (keys: readonly string[]) => number | undefined
    }
  | { readonly error: string; readonly line: number }

const MAX_DEPTH = 64
/** Escapes other than these and `\u`, `\U` stand for their character (`\"`, `\\`). */
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' }

class TomlError extends KnownError {
  get id(): string {
    return 'toml'
  }
  constructor(
    message: string,
    readonly pos: number
  ) {
    super(message)
  }
}

const isTable = (v: TomlValue | undefined): v is TomlTable =>
  typeof v === 'object' && !Array.isArray(v)

class Reader {
  pos = 0
  constructor(readonly text: string) {}

  fail(message: string): never {
    throw new TomlError(message, this.pos)
  }
  peek(k = 0): string {
    return this.text[this.pos + k] ?? ''
  }
  /** Skips spaces, tabs and, when `lines`, line breaks and comments. */
  blank(lines: boolean): void {
    for (;;) {
      const c = this.peek()
      if (c === ' ' || c === '\t') this.pos++
      else if (c === '#') {
        const end = this.text.indexOf('\n', this.pos)
        this.pos = end < 0 ? this.text.length : end
      } else if (lines && (c === '\n' || c === '\r')) this.pos++
      else return
    }
  }
  /** The rest of a line after a value or header: blanks and a comment, then a break or the end. */
  endOfLine(): void {
    this.blank(false)
    const c = this.peek()
    if (c === '\r' && this.peek(1) === '\n') this.pos += 2
    else if (c === '\n') this.pos++
    else if (c !== '') this.fail(`unexpected ${JSON.stringify(c)}`)
  }

  key(): string[] {
    const keys: string[] = []
    for (;;) {
      this.blank(false)
      const c = this.peek()
      if (c === '"') keys.push(this.basic())
      else if (c === "'") keys.push(this.literal())
      else {
        const m = /[A-Za-z0-9_-]+/y
        m.lastIndex = this.pos
        const found = m.exec(this.text)
        if (!found) this.fail('a key was expected')
        keys.push(found[0])
        this.pos = m.lastIndex
      }
      this.blank(false)
      if (this.peek() !== '.') return keys
      if (keys.length >= MAX_DEPTH) this.fail('a key path is nested too deeply')
      this.pos++
    }
  }
  /** After an opening `"""` or `'''`, a line break right there is not part of the string. */
  skipFirstBreak(): void {
    if (this.peek() === '\n') this.pos++
    else if (this.peek() === '\r' && this.peek(1) === '\n') this.pos += 2
  }

  basic(): string {
    const multi = this.text.startsWith('"""', this.pos)
    this.pos += multi ? 3 : 1
    if (multi) this.skipFirstBreak()
    let out = ''
    for (;;) {
      const c = this.peek()
      if (c === '') this.fail('a string is not closed')
      if (multi ? this.text.startsWith('"""', this.pos) : c === '"') {
        // Up to two quotes right before the closing three belong to the string.
        let q = 1
        while (multi && q < 5 && this.peek(q) === '"') q++
        out += '"'.repeat(multi ? q - 3 : 0)
        this.pos += q
        return out
      }
      if (!multi && c === '\n') this.fail('a string is not closed on its line')
      if (c === '\\') {
        const e = this.peek(1)
        this.pos += 2
        if (Object.hasOwn(ESCAPES, e)) out += ESCAPES[e]
        else if (e === 'u' || e === 'U') {
          const n = e === 'u' ? 4 : 8
          const hex = this.text.slice(this.pos, this.pos + n)
          if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length < n)
            this.fail(`\\${e} is not followed by ${n} hex digits`)
          const code = Number.parseInt(hex, 16)
          this.pos += n
          out += code <= 0x10ffff ? String.fromCodePoint(code) : ''
        } else if (multi && (e === '\n' || e === ' ' || e === '\r' || e === '\t')) {
          // A line-ending backslash: the blanks and line breaks after it (a `#` there is text).
          this.pos--
          while (/[ \t\r\n]/.test(this.peek())) this.pos++
        } else out += e
        continue
      }
      out += c
      this.pos++
    }
  }
  literal(): string {
    const multi = this.text.startsWith("'''", this.pos)
    this.pos += multi ? 3 : 1
    if (multi) this.skipFirstBreak()
    const end = this.text.indexOf(multi ? "'''" : "'", this.pos)
    if (end < 0) this.fail('a string is not closed')
    const out = this.text.slice(this.pos, end)
    // Only up to the closing quote: a search to the next line break could cross the whole text.
    if (!multi && out.includes('\n')) this.fail('a string is not closed')
    this.pos = end + (multi ? 3 : 1)
    return out
  }

  value(depth: number): TomlValue {
    if (depth > MAX_DEPTH) this.fail('values are nested too deeply')
    const c = this.peek()
    if (c === '"') return this.basic()
    if (c === "'") return this.literal()
    if (c === '[') return this.array(depth)
    if (c === '{') return this.inline(depth)
    const m = /[^\s,\]}#]+/y
    m.lastIndex = this.pos
    const found = m.exec(this.text)
    if (!found) this.fail('a value was expected')
    this.pos = m.lastIndex
    const raw = found[0]
    if (raw === 'true' || raw === 'false') return raw === 'true'
    const n = Number(raw.replace(/_/g, ''))
    return Number.isNaN(n) ? raw : n
  }

  array(depth: number): TomlValue[] {
    this.pos++
    const out: TomlValue[] = []
    for (;;) {
      this.blank(true)
      if (this.peek() === ']') {
        this.pos++
        return out
      }
      out.push(this.value(depth + 1))
      this.blank(true)
      if (this.peek() === ',') this.pos++
      else if (this.peek() !== ']') this.fail('"," or "]" was expected in an array')
    }
  }

  inline(depth: number): TomlTable {
    this.pos++
    const out = newTable()
    for (;;) {
      this.blank(true)
      if (this.peek() === '}') {
        this.pos++
        return out
      }
      const keys = this.key()
      if (this.peek() !== '=') this.fail('"=" was expected')
      this.pos++
      this.blank(false)
      // The keys of a dotted key nest too: each counts toward the depth.
      assign(out, keys, this.value(depth + keys.length))
      this.blank(true)
      if (this.peek() === ',') this.pos++
      else if (this.peek() !== '}') this.fail('"," or "}" was expected in an inline table')
    }
  }
}

/**
 * A new table. Tables have no prototype, so that a key such as `__proto__` or `constructor` is
 * a key like any other and never reaches Object.prototype.
 */
const newTable = (): TomlTable => Object.create(null) as TomlTable

/** The table at `keys` below `from`, made as needed (the last table of an array of tables). */
function tableAt(from: TomlTable, keys: readonly string[]): TomlTable {
  let t = from
  for (const k of keys) {
    let v = Object.hasOwn(t, k) ? t[k] : undefined
    if (Array.isArray(v) && isTable(v[v.length - 1])) v = v[v.length - 1]
    if (!isTable(v)) {
      v = newTable()
      t[k] = v
    }
    t = v
  }
  return t
}

function assign(table: TomlTable, keys: readonly string[], value: TomlValue): void {
  tableAt(table, keys.slice(0, -1))[keys[keys.length - 1] as string] = value
}

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

export { isTable }
