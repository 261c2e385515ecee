/**
 * TOML's values and keys for toml.ts: the value types, and a reader of one key path or one value
 * at a time (strings of the four kinds, numbers, booleans, dates as text, arrays and inline
 * tables, across lines). Nesting deeper than MAX_DEPTH is an error; errors are TomlError with
 * their offset.
 */
import { KnownError } from '../../../util/errors.js'

export type TomlValue = string | number | boolean | TomlValue[] | TomlTable
export interface TomlTable {
  [key: string]: TomlValue
}

const MAX_DEPTH = 64
/** Escapes other than these and `\u`, `\U` stand for their character (`\"`, `\\`). */
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' }

export class TomlError extends KnownError {
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

export const isTable = (v: TomlValue | undefined): v is TomlTable =>
  typeof v === 'object' && !Array.isArray(v)

export class Reader {
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
export const newTable = (): TomlTable => Object.create(null) as TomlTable

/** The table at `keys` below `from`, made as needed (the last table of an array of tables). */
export function tableAt(from: TomlTable, keys: readonly string[]): TomlTable {
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

/** Sets the value at a key path below `table`, making the tables on the way. */
export function assign(table: TomlTable, keys: readonly string[], value: TomlValue): void {
  tableAt(table, keys.slice(0, -1))[keys[keys.length - 1] as string] = value
}
