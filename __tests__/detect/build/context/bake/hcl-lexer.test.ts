// The HCL lexer: where an interpolation ends, string templates split into text and
// interpolations, and the tokens of a text. Hostile input (what is left open, long runs of
// anything) gives a result that says so, in one pass.
import { describe, expect, it } from '@jest/globals'
import {
  templateEnd,
  templateParts,
  tokenize,
  type Tok
} from '../../../../../src/detect/build/context/bake/hcl-lexer.js'
import { parseHcl } from '../../../../../src/detect/build/context/bake/hcl.js'

const kinds = (s: string): string[] => tokenize(s).map((t) => `${t.k}:${t.v}`)

describe('templateEnd', () => {
  it.each([
    ['a}rest', 2],
    ['f({a = 1})}x', 11],
    ['"}"}x', 4],
    ['"a\\"}"}x', 7],
    ['"${x}"}x', 7],
    ['"%{x}"}x', 7],
    ['"a\n}x', 4]
  ])('%j ends at %d', (s, end) => {
    expect(templateEnd(s, 0)).toBe(end)
  })

  it.each(['abc', '"abc', '"\\', '{}', ''])('%j is not closed: one past its end', (s) => {
    expect(templateEnd(s, 0)).toBe(s.length + 1)
  })
})

describe('templateParts', () => {
  it.each([
    ['plain', true, [{ lit: 'plain' }]],
    ['', true, [{ lit: '' }]],
    ['a${b}c', true, [{ lit: 'a' }, { expr: 'b' }, { lit: 'c' }]],
    ['${~ b ~}', true, [{ expr: ' b ' }]],
    ['%{ if x }y%{ endif }', true, [{ expr: '%{ if x }' }, { lit: 'y' }, { expr: '%{ endif }' }]],
    ['$${a} %%{b}', true, [{ lit: '${a} %{b}' }]],
    ['a\\nb\\t\\"\\\\\\r', true, [{ lit: 'a\nb\t"\\\r' }]],
    ['\\u0041\\u00zz\\q', true, [{ lit: 'Au00zzq' }]],
    ['end\\', true, [{ lit: 'end\\' }]],
    ['a\\nb', false, [{ lit: 'a\\nb' }]],
    ['a${bc', true, [{ lit: 'a' }, { expr: 'bc', open: true }]],
    ['%{ if', false, [{ expr: '%{ if}', open: true }]]
  ])('%j (escapes %s)', (s, escapes, parts) => {
    expect(templateParts(s, escapes)).toEqual(parts)
  })
})

describe('tokenize', () => {
  it('reads identifiers, numbers, strings, punctuation and newlines; drops comments', () => {
    const text = 'target "a b" { # c\n  n = 1.5e3 // c\n  x = a-b::c /* c */ >= "q\\"${"}"}"\n}\n'
    expect(kinds(text)).toEqual([
      'id:target',
      'str:a b',
      'p:{',
      'nl:\n',
      'id:n',
      'p:=',
      'num:1.5e3',
      'nl:\n',
      'id:x',
      'p:=',
      'id:a-b',
      'p:::',
      'id:c',
      'p:>=',
      'str:q\\"${"}"}',
      'nl:\n',
      'p:}',
      'nl:\n'
    ])
  })

  it('ends a comment at the end of the text', () => {
    expect(kinds('x = 1 # c')).toEqual(['id:x', 'p:=', 'num:1'])
    expect(kinds('x = 1 // c')).toEqual(['id:x', 'p:=', 'num:1'])
  })

  it('reads heredocs, with or without indentation, to the line with the marker', () => {
    const toks = tokenize('a = <<EOT\nline 1\n  EOT x\nEOT\nb = <<-X\r\n  y\n  X\n')
    expect(toks.filter((t) => t.k === 'heredoc').map((t) => t.v)).toEqual([
      'line 1\n  EOT x\n',
      '  y\n'
    ])
    expect(kinds('<<EOT\nx\nEOT').slice(-1)).toEqual(['heredoc:x\n'])
  })

  it('reads << that starts no heredoc as punctuation', () => {
    expect(kinds('a << b')).toEqual(['id:a', 'p:<', 'p:<', 'id:b'])
    expect(kinds('<<EOT x')).toEqual(['p:<', 'p:<', 'id:EOT', 'id:x'])
    expect(kinds('x <= 1')).toEqual(['id:x', 'p:<=', 'num:1'])
    expect(kinds('a <<')).toEqual(['id:a', 'p:<', 'p:<'])
  })

  it.each<[string, string, Partial<Tok>]>([
    ['a string at the end of its line', 'x = "abc\ny = 1\n', { k: 'str', v: 'abc', open: true }],
    ['a string at the end of the text', 'x = "abc', { k: 'str', v: 'abc', open: true }],
    ['a string whose ${ is not closed', 'x = "a${b\n}', { k: 'str', v: 'a${b\n}', open: true }],
    [
      'a heredoc without its marker',
      'x = <<EOT\nabc\n}\n',
      { k: 'heredoc', v: 'abc\n}\n', open: true }
    ],
    ['a block comment', 'x = 1 /* abc\n}\n', { k: 'p', v: '/*' }]
  ])('marks %s open, and the reader says the file is malformed there', (_, text, tok) => {
    expect(tokenize(text)).toContainEqual(expect.objectContaining(tok))
    expect(parseHcl(text).errorLine).toBe(1)
  })

  it('calls the builds after an open heredoc missed, with the line', () => {
    const text = 'target "a" {\n  context = "a"\n}\nx = <<EOT\ntarget "b" {}\n'
    const r = parseHcl(text)
    expect(r.blocks.map((b) => b.labels[0])).toEqual(['a'])
    expect(r.errorLine).toBe(4)
  })
})

describe('hostile input, in one pass', () => {
  // Each is 200,000 characters or more: work that grew with the square of the length would take
  // minutes; these return at once, each with a result that says what it read.
  const n = 100_000

  it.each<[string, string, string[]]>([
    ['an open string', `x = "${'a'.repeat(2 * n)}`, ['id:x', 'p:=', `str:${'a'.repeat(2 * n)}`]],
    [
      'an open heredoc',
      `x = <<EOT\n${'a\n'.repeat(n)}`,
      ['id:x', 'p:=', `heredoc:${'a\n'.repeat(n)}`]
    ],
    ['an open comment', `x /*${' '.repeat(2 * n)}`, ['id:x', 'p:/*']],
    ['an open ${ in a string', `"${'${'.repeat(n)}`, [`str:${'${'.repeat(n)}`]]
  ])('%s', (_, text, want) => {
    expect(kinds(text)).toEqual(want)
    expect(parseHcl(text).errorLine).toBe(1)
  })

  it('many << that start no heredoc, and many heredocs', () => {
    expect(tokenize('<<A'.repeat(n))).toHaveLength(3 * n)
    const docs = tokenize('<<A\nA\n'.repeat(n))
    expect(docs.filter((t) => t.k === 'heredoc')).toHaveLength(n)
  })

  it('nesting far deeper than the reader follows', () => {
    for (const open of ['[', '{', '(', 'a {\n']) {
      const r = parseHcl(`x = ${open.repeat(n)}\ntarget "missed" {}\n`)
      expect(r).toEqual({ blocks: [], errorLine: 1 })
    }
    const deep = parseHcl(`target "t" {\n  a = ${'['.repeat(n)}${']'.repeat(n)}\n}\n`)
    expect(deep.errorLine).toBeUndefined()
    expect(deep.blocks[0]?.attrs.get('a')?.value.t).toBe('list')
  })
})
