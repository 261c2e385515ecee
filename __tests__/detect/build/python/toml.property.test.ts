// Properties of the TOML reader on generated documents: a table written out in any of the forms
// TOML allows (headers, arrays of tables, dotted keys, inline tables; basic, literal and
// multi-line strings with escapes; comments, blank lines, CRLF) reads back as that table, with
// the line of every header and key line; and arbitrary text never throws.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readToml } from '../../../../src/detect/build/python/toml.js'
import type { TomlTable, TomlValue } from '../../../../src/detect/build/python/toml-values.js'

/** A table as the reader makes them: no prototype, so `__proto__` is a key like any other. */
const table = (entries: readonly (readonly [string, TomlValue])[]): TomlTable => {
  const t = Object.create(null) as TomlTable
  for (const [k, v] of entries) t[k] = v
  return t
}
const isTable = (v: TomlValue): v is TomlTable => typeof v === 'object' && !Array.isArray(v)
const isTables = (v: TomlValue): v is TomlTable[] =>
  Array.isArray(v) && v.length > 0 && v.every(isTable)

const key = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/),
  fc.string({ maxLength: 6, unit: 'binary' }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'a.b', '', 'true', '1')
)
const text = fc.oneof(
  fc.string({ maxLength: 12, unit: 'binary' }),
  fc.string({ maxLength: 12, unit: fc.constantFrom('"', "'", '\\', '\n', '\r', '#', ' ', 'a') })
)
const scalar = fc.oneof(
  text,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
  fc.boolean()
)
const { doc } = fc.letrec<{ value: TomlValue; doc: TomlTable }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(tie('doc'), { minLength: 1, maxLength: 3 }),
    tie('doc')
  ),
  doc: fc
    .uniqueArray(fc.tuple(key, tie('value')), { selector: ([k]) => k, maxLength: 5 })
    .map(table)
}))

/** Writes `doc` as TOML, each form chosen by `pick`; and the line of each header and key line. */
function write(
  doc: TomlTable,
  pick: readonly number[]
): { text: string; lines: Map<string, number> } {
  let n = 0
  const at = (k: number): number => (pick[n++ % Math.max(1, pick.length)] ?? 0) % k
  const out: string[] = []
  const lines = new Map<string, number>()
  const lineNo = (): number => out.join('').split('\n').length
  const hex = (c: number, w: number): string => c.toString(16).padStart(w, '0')
  const escaped = (s: string, all: boolean): string =>
    [...s]
      .map((c) => {
        const code = c.codePointAt(0) as number
        if (c === '"' || c === '\\') return `\\${c}`
        if (c === '\n') return '\\n'
        if (code < 0x20 || code === 0x7f) return `\\u${hex(code, 4)}`
        if (all && code > 0x7e) return code > 0xffff ? `\\U${hex(code, 8)}` : `\\u${hex(code, 4)}`
        return c
      })
      .join('')
  const str = (s: string): string => {
    const form = at(6)
    if (form === 1 && !/['\n]/.test(s)) return `'${s}'`
    if (form === 2 && !s.includes("'''") && !s.endsWith("'"))
      return `'''${/^\r?\n/.test(s) ? '\n' : ''}${s}'''`
    if (form === 3) {
      // Multi-line: line breaks as they are, a break right after the quotes, and a line-ending
      // backslash (which the string leaves out with the blanks after it) before a non-blank.
      const body = [...s]
        .map((c) => (c === '"' || c === '\\' ? `\\${c}` : c))
        .map((c, i) => (i > 0 && at(4) === 0 && !/^[ \t\r\n]/.test(c) ? `\\\r\n  ${c}` : c))
        .join('')
      return `"""${at(2) === 0 ? '\r\n' : '\n'}${body}"""`
    }
    return `"${escaped(s, form === 4)}"`
  }
  const keyText = (k: string): string => {
    const form = at(3)
    if (form > 0 && /^[A-Za-z0-9_-]+$/.test(k)) return k
    return form === 1 && !/['\n]/.test(k) ? `'${k}'` : `"${escaped(k, form === 2)}"`
  }
  const keyPath = (keys: readonly string[]): string => keys.map(keyText).join(at(2) ? '.' : ' . ')
  const scalarText = (v: string | number | boolean): string => {
    if (typeof v === 'string') return str(v)
    if (typeof v === 'number' && Number.isSafeInteger(v) && v > 1000 && at(3) === 0)
      return at(2) === 0 ? `0x${v.toString(16)}` : String(v).replace(/^(\d)/, '$1_')
    return String(v)
  }
  const gap = (): string => ['', ' ', '\n  ', ' # note\n'][at(4)] as string
  const inline = (v: TomlValue): string => {
    if (Array.isArray(v))
      return `[${gap()}${v.map((x) => `${inline(x)}${gap()}`).join(`,${gap()}`)}${v.length > 0 && at(2) ? ',' : ''}]`
    if (isTable(v))
      return `{ ${Object.entries(v)
        .map(([k, x]) => `${keyPath([k])} = ${inline(x)}`)
        .join(`,${gap()}`)} }`
    return scalarText(v)
  }
  const eol = (): string => [`\n`, '\r\n', ' # c "\'\n', '\n\n'][at(4)] as string
  /** The key lines of `t` under `path` (dotted keys below `dotted`); its other tables deferred. */
  const body = (t: TomlTable, path: string[], dotted: string[], later: (() => void)[]): void => {
    for (const [k, v] of Object.entries(t)) {
      const keys = [...dotted, k]
      const form = at(3)
      if (isTable(v) && form === 0) later.push(() => section([...path, ...keys], v, false))
      else if (isTables(v) && form === 0)
        later.push(() => v.forEach((e) => section([...path, ...keys], e, true)))
      else if (isTable(v) && form === 1 && Object.keys(v).length > 0) body(v, path, keys, later)
      else {
        lines.set(JSON.stringify([...path, ...keys]), lineNo())
        out.push(`${keyPath(keys)}${at(2) ? ' = ' : '='}${inline(v)}${eol()}`)
      }
    }
  }
  const section = (path: string[], t: TomlTable, many: boolean): void => {
    lines.set(JSON.stringify(path), lineNo())
    out.push(many ? `[[${keyPath(path)}]]${eol()}` : `[ ${keyPath(path)} ]${eol()}`)
    const later: (() => void)[] = []
    body(t, path, [], later)
    later.forEach((f) => f())
  }
  const later: (() => void)[] = []
  if (at(2) === 0) out.push('# a document\n\n')
  body(doc, [], [], later)
  later.forEach((f) => f())
  return { text: out.join(''), lines }
}

describe('the TOML reader on generated documents', () => {
  it('reads a table back from any form it is written in, with the line of each key', () => {
    fc.assert(
      fc.property(doc, fc.array(fc.nat(60), { minLength: 1, maxLength: 40 }), (d, pick) => {
        const { text: toml, lines } = write(d, pick)
        const r = readToml(toml)
        if (!('table' in r)) throw new Error(`${r.error} at line ${r.line} of:\n${toml}`)
        expect(r.table).toEqual(d)
        for (const [path, line] of lines) expect(r.line(JSON.parse(path) as string[])).toBe(line)
      }),
      { numRuns: 300 }
    )
  })

  it('never throws on arbitrary text, and an error names a line of it', () => {
    const piece = fc.constantFrom(
      ...['[', ']', '[[', '{', '}', '"', "'", '"""', "'''", '=', ',', '.', '#', '\\', '\\u', '\\U'],
      ...['\n', '\r\n', '\r', ' ', 'a', '1', 'true', '__proto__', '-0x', '\\u-001']
    )
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(piece, { maxLength: 40 }), (s, parts) => {
        const toml = s + parts.join('')
        const r = readToml(toml)
        if ('error' in r) {
          expect(r.line).toBeGreaterThanOrEqual(1)
          expect(r.line).toBeLessThanOrEqual(toml.split('\n').length)
        } else expect(typeof r.table).toBe('object')
      }),
      { numRuns: 2000 }
    )
  })
})

// The generator itself, on one document: every form is written, and read back.
describe('the generated forms', () => {
  it('cover headers, arrays of tables, dotted keys, inline tables and every string form', () => {
    const d = table([
      [
        'a',
        table([
          ['b', 'x'],
          ['c', table([['d', 1]])]
        ])
      ],
      ['list', [table([['k', "it's"]]), table([['k', '\n"q"\\ é\u0001']])]],
      ['arr', [1, 'two', [true], table([['z', 2.5]])]],
      ['__proto__', table([['polluted', 'no']])]
    ])
    const seen = new Set<string>()
    for (let s = 0; s < 100; s++) {
      const pick = Array.from({ length: 40 }, (_, i) => (s * 31 + i * 17 + i * i * s) % 61)
      const { text: toml } = write(d, pick)
      for (const form of ['[[', '[ ', '"""', "'''", "'", '\\u', '{', 'a.c', '\r\n', '0x'])
        if (toml.includes(form)) seen.add(form)
      expect(readToml(toml)).toMatchObject({ table: d })
    }
    expect([...seen].sort()).toEqual(
      ['"""', "'", "'''", '[ ', '[[', '\\u', '\r\n', 'a.c', '{'].sort()
    )
  })
})
