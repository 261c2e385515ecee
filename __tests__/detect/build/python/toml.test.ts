// The TOML reader behind pyproject.toml, Pipfile, uv.toml and Gradle version catalogs: the
// values each form reads as, the errors with their line, the line of each key, and hostile
// input (deep nesting, long headers, many strings on one line) read in linear time.
import { describe, expect, it } from '@jest/globals'
import { readToml, tomlGet } from '../../../../src/detect/build/python/toml.js'
import type { TomlTable } from '../../../../src/detect/build/python/toml-values.js'
import { LINEAR, growth } from '../../../../test-support/growth.js'

const table = (text: string): TomlTable => {
  const r = readToml(text)
  if (!('table' in r)) throw new Error(`${r.error} (line ${r.line})`)
  return r.table
}

describe('the values each form reads as', () => {
  it.each([
    ['CRLF line breaks', 'a = 1\r\nb = "x"\r\n', { a: 1, b: 'x' }],
    ['a comment on the last line, with no line break', 'a = 1 # done', { a: 1 }],
    ['only a comment', '# nothing', {}],
    [
      'a literal key and a quoted dotted part',
      '\'k.1\' = 1\na."b c".d = 2',
      {
        'k.1': 1,
        a: { 'b c': { d: 2 } }
      }
    ],
    ['the escapes', String.raw`a = "\b\t\n\f\r\"\\\é\q"`, { a: '\b\t\n\f\r"\\éq' }],
    ['\\u and \\U escapes', String.raw`a = "\u00e9\U0001F600\u0041"`, { a: 'é😀A' }],
    ['a \\U escape beyond Unicode is left out', String.raw`a = "x\UFFFFFFFFy"`, { a: 'xy' }],
    ['a line break right after """ is not in the string', 'a = """\nx\ny"""', { a: 'x\ny' }],
    ['nor after """ in a CRLF file', 'a = """\r\nx"""\r\n', { a: 'x' }],
    ["nor after '''", "a = '''\nx\\y'''", { a: 'x\\y' }],
    ["nor after ''' in a CRLF file", "a = '''\r\nx'''\r\n", { a: 'x' }],
    [
      'a line-ending backslash drops the blanks after it',
      'a = """x \\\n   \n  y"""',
      {
        a: 'x y'
      }
    ],
    ['and with CRLF', 'a = """x\\\r\n  y"""', { a: 'xy' }],
    ['a # after a line-ending backslash is text', 'a = """x\\\n  # y\n"""', { a: 'x# y\n' }],
    [
      'one or two quotes before the closing """',
      'a = """x""""\nb = """y"""""',
      {
        a: 'x"',
        b: 'y""'
      }
    ],
    [
      'numbers, with _ and in hex, booleans',
      'a = 1_000\nb = 0x1f\nc = -1.5e3\nd = true\ne = false',
      {
        a: 1000,
        b: 31,
        c: -1500,
        d: true,
        e: false
      }
    ],
    [
      'dates and other bare words as text',
      'a = 1979-05-27\nb = inf\nc = nan',
      {
        a: '1979-05-27',
        b: 'inf',
        c: 'nan'
      }
    ],
    [
      'an inline table across lines, with comments',
      'a = {\n  b = 1, # one\n  c.d = [2,]\n}',
      {
        a: { b: 1, c: { d: [2] } }
      }
    ],
    [
      'a table below the last of an array of tables',
      '[[a]]\nx = 1\n[[a]]\nx = 2\n[a.b]\ny = 3',
      {
        a: [{ x: 1 }, { x: 2, b: { y: 3 } }]
      }
    ],
    [
      'an array of tables below a table',
      '[a]\nx = 1\n[[a.b]]\ny = 1\n[a.b.c]\nz = 1',
      {
        a: { x: 1, b: [{ y: 1, c: { z: 1 } }] }
      }
    ],
    [
      'redefinitions: the last one wins, a table over a value',
      'a = [1]\nb = 1\nb = 2\n[a.c]\nx = 1',
      {
        a: { c: { x: 1 } },
        b: 2
      }
    ]
  ])('%s', (_name, text, want) => {
    expect(table(text)).toEqual(want)
  })
})

describe('tomlGet', () => {
  const t = table('a = { b = [1, { c = 2 }], d = "x" }\n')
  it.each([
    [['a', 'd'], 'x'],
    [
      ['a', 'b'],
      [1, { c: 2 }]
    ],
    [['a', 'missing'], undefined],
    [['a', 'd', 'length'], undefined],
    [['a', 'b', '1', 'c'], undefined],
    [['a', 'hasOwnProperty'], undefined]
  ])('%j: %j', (keys, want) => {
    expect(tomlGet(t, ...keys)).toEqual(want)
  })
})

describe('what the reader refuses, with the line', () => {
  it.each([
    ['a = 1 x', 'unexpected "x"', 1],
    ['a = 1\rb = 2', 'unexpected "\\r"', 1],
    ['a = 1\n= 2', 'a key was expected', 2],
    ['a 1', '"=" was expected after a key', 1],
    ['a = ', 'a value was expected', 1],
    ['a = [1, ,]', 'a value was expected', 1],
    ['x = 1\na = [1, 2\nb = 3', '"," or "]" was expected in an array', 3],
    ['a = { b 1 }', '"=" was expected', 1],
    ['a = { b = 1 c = 2 }', '"," or "}" was expected in an inline table', 1],
    ['[a', 'a table header is not closed', 1],
    ['\n[[a]\n', 'a table header is not closed', 2],
    ['a = "abc', 'a string is not closed', 1],
    ['a = "ab\nc"', 'a string is not closed on its line', 1],
    ['a = """ab\nc', 'a string is not closed', 2],
    ["a = 'ab", 'a string is not closed', 1],
    ["a = 'ab\nc'", 'a string is not closed', 1],
    ["a = '''ab\n", 'a string is not closed', 1],
    // An escape of fewer than 4 (8) hex digits, or with a sign, was read past the closing quote,
    // or made String.fromCodePoint throw a RangeError out of the reader.
    ['a = "\\u12"\nb = 1', '\\u is not followed by 4 hex digits', 1],
    ['a = "x"\nb = "\\u-001"', '\\u is not followed by 4 hex digits', 2],
    ['a = "\\U-0000001"', '\\U is not followed by 8 hex digits', 1],
    ['a = "\\u+041"', '\\u is not followed by 4 hex digits', 1],
    ['a = "\\uzzzz"', '\\u is not followed by 4 hex digits', 1],
    ['a = "\\U0001F60"', '\\U is not followed by 8 hex digits', 1]
  ])('%j: %s', (text, error, line) => {
    expect(readToml(text)).toEqual({ error, line })
  })

  const VALUES = 'values are nested too deeply'
  const KEYS = 'a key path is nested too deeply'
  it.each([
    ['a value in arrays 65 deep', `a = ${'['.repeat(65)}1${']'.repeat(65)}`, VALUES],
    ['a value in inline tables 65 deep', `a = ${'{b='.repeat(65)}1${'}'.repeat(65)}`, VALUES],
    ['a dotted key of 65 keys in an inline table', `a = {${'b.'.repeat(64)}b = 1}`, KEYS],
    // The keys of a dotted key count: 9 inline tables of 8 keys each are 72 deep.
    [
      'inline tables 9 deep of dotted keys 8 long',
      `a = ${`{${'b.'.repeat(7)}b=`.repeat(9)}1${'}'.repeat(9)}`,
      VALUES
    ],
    ['a table header of 65 keys', `[${'a.'.repeat(64)}a]\nx = 1`, KEYS],
    ['a dotted key of 65 keys', `${'a.'.repeat(64)}a = 1`, KEYS]
  ])('nesting deeper than 64 is an error: %s', (_name, text, error) => {
    expect(readToml(text)).toEqual({ error, line: 1 })
  })

  it('reads nesting of 64', () => {
    expect(table(`a = ${'['.repeat(64)}1${']'.repeat(64)}`)).toHaveProperty('a')
    expect(table(`a = ${`{${'b.'.repeat(7)}b=`.repeat(8)}1${'}'.repeat(8)}`)).toHaveProperty('a')
    expect(table(`a = {${'b.'.repeat(63)}b = 1}`)).toHaveProperty('a')
    const r = readToml(`[${'a.'.repeat(63)}a]\nx = 1`)
    expect('table' in r && tomlGet(r.table, ...Array<string>(64).fill('a'), 'x')).toBe(1)
  })
})

describe('the line of a key path', () => {
  const r = readToml(
    [
      'top = 1',
      '[tool.poetry]',
      'name = "x"',
      'deps.a = { path = "../a" }',
      '[[tool.list]]',
      'k = 1',
      '[[tool.list]]',
      'k = """',
      '2"""',
      'after = 3',
      '["a\\u0000b"]',
      ''
    ].join('\n')
  )
  it.each([
    [['top'], 1],
    [['tool', 'poetry'], 2],
    [['tool', 'poetry', 'name'], 3],
    [['tool', 'poetry', 'deps', 'a'], 4],
    // Of an array of tables, the last header and the last key line under it.
    [['tool', 'list'], 7],
    [['tool', 'list', 'k'], 8],
    [['tool', 'list', 'after'], 10],
    [['a\0b'], 11],
    // Only what a line sets: not the tables a dotted key makes, nor keys of an inline table.
    [['tool'], undefined],
    [['tool', 'poetry', 'deps'], undefined],
    [['tool', 'poetry', 'deps', 'a', 'path'], undefined],
    [['a', 'b'], undefined],
    [[], undefined]
  ])('%j: %s', (keys, line) => {
    expect('table' in r && r.line(keys)).toBe(line)
  })
})

describe('hostile TOML', () => {
  it('has no way into Object.prototype through an array of tables or a dotted key', () => {
    const r = readToml('constructor.prototype.x = 2\n[[__proto__]]\npolluted = 1\n')
    expect(r).toHaveProperty('table')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).x).toBeUndefined()
    expect('table' in r && tomlGet(r.table, 'constructor', 'prototype', 'x')).toBe(2)
  })

  // The first three were quadratic: the search for a line break from each literal string went
  // on to the end of the text, and each key line joined the header's keys again.
  it.each([
    ['many literal strings on one line', (n: number) => `a = [${"'x',".repeat(n)}]`, 2000],
    ['an unclosed literal string after many', (n: number) => `a = [${"'x',".repeat(n)}'x`, 2000],
    [
      'a long table header, then many key lines',
      (n: number) => `[${'k'.repeat(20 * n)}]\n${'x = 1\n'.repeat(n)}`,
      1000
    ],
    [
      'a header of 64 keys, then many dotted key lines',
      (n: number) => `[${'k.'.repeat(63)}k]\n${'a.b.c = 1\n'.repeat(n)}`,
      2000
    ],
    [
      'long basic strings full of escapes',
      (n: number) => `a = "${'\\u00e9\\\\'.repeat(n)}"\n`,
      2000
    ],
    ['many comments', (n: number) => '# c\n'.repeat(n), 2000],
    ['an unclosed basic string', (n: number) => `a = "${'x'.repeat(n)}`, 2000]
  ])('%s: linear', (_name, make, n) => {
    expect(growth(make, readToml, n)).toBeLessThan(LINEAR)
  })

  it('a deep table header does not reach a reader of the table with 20 000 levels', () => {
    expect(readToml(`[${'a.'.repeat(20_000)}a]\n`)).toEqual({
      error: 'a key path is nested too deeply',
      line: 1
    })
    expect(readToml(`a = ${'['.repeat(100_000)}`)).toEqual({
      error: 'values are nested too deeply',
      line: 1
    })
  })
})
