// The YAML reading the build-file readers share: parse errors with their line, aliases and merge
// keys followed (linear, also on a hostile file), scalars as written, lines of nodes.
import { describe, expect, it } from '@jest/globals'
import { parseYaml, Yaml } from '../../../../src/detect/build/context/yaml.js'

/** The Yaml of the first document of a text that parses. */
const yamlOf = (text: string): Yaml => {
  const p = parseYaml(text)
  if (!('docs' in p)) throw new Error(`not valid YAML (line ${p.errorLine})`)
  return new Yaml(p.docs[0] as (typeof p.docs)[number], p.lines)
}

describe('parseYaml', () => {
  it('reads every document of a stream', () => {
    const p = parseYaml('a: 1\n---\nb: 2\n')
    expect('docs' in p && p.docs.map((d) => d.toJS())).toEqual([{ a: 1 }, { b: 2 }])
  })

  it.each([
    ['a: [\n', 2],
    ['a: &x *y\n', 1],
    ['a: 1\nb: c: d\n', 2],
    ['a: 1\n\nb: "x\n', 4]
  ])('gives the line of the first error of %j', (text, line) => {
    expect(parseYaml(text)).toEqual({ errorLine: line })
  })

  it('keeps repeated keys (the last one counts)', () => {
    const y = yamlOf('a: 1\na: 2\n')
    expect(y.str(y.get(y.root, 'a'))).toBe('2')
  })
})

describe('aliases', () => {
  it('follows an alias to the last node with its anchor before it', () => {
    const y = yamlOf('x: &a one\ny: *a\nz: &a two\nw: *a\n')
    expect(y.str(y.get(y.root, 'y'))).toBe('one')
    expect(y.str(y.get(y.root, 'w'))).toBe('two')
  })

  it('follows an alias with no anchor before it to nothing', () => {
    // The YAML library reads these without an error; only the alias's value is not known.
    const y = yamlOf('b: *a\nc: *missing\na: &a 1\n')
    expect(y.get(y.root, 'b')).not.toBeUndefined()
    expect(y.deref(y.get(y.root, 'b'))).toBeUndefined()
    expect(y.str(y.get(y.root, 'c'))).toBeUndefined()
    expect(y.str(y.get(y.root, 'a'))).toBe('1')
  })

  it('follows aliases to maps and lists, and leaves other nodes as they are', () => {
    const y = yamlOf('m: &m {k: v}\nl: &l [1, 2]\nam: *m\nal: *l\n')
    expect(y.str(y.get(y.get(y.root, 'am'), 'k'))).toBe('v')
    expect(y.items(y.get(y.root, 'al')).map((n) => y.str(n))).toEqual(['1', '2'])
    expect(y.deref(y.get(y.root, 'm'))).toBe(y.get(y.root, 'm'))
    expect(y.deref(undefined)).toBeUndefined()
  })

  it('resolves thousands of aliases in one pass over the file', () => {
    // Each alias used to walk the whole document: quadratic, minutes for a file this size.
    const n = 20_000
    const text = 'x: &b {context: svc}\nl:\n' + '  - *b\n'.repeat(n)
    const y = yamlOf(text)
    const items = y.items(y.get(y.root, 'l'))
    expect(items).toHaveLength(n)
    for (const item of items) expect(y.str(y.get(item, 'context'))).toBe('svc')
  })
})

describe('scalars', () => {
  const y = yamlOf(
    'text: hello\nint: 0x1F\nfloat: 1.10\nbool: true\nnul: ~\nempty:\nbin: !!binary aGk=\nmap: {a: 1}\nlist: [1]\n'
  )
  const at = (k: string): unknown => y.get(y.root, k)

  it.each([
    ['text', 'hello'],
    ['int', '0x1F'],
    ['float', '1.10'],
    ['bool', 'true'],
    ['nul', undefined],
    ['bin', undefined],
    ['map', undefined],
    ['list', undefined],
    ['absent', undefined]
  ])('str(%s) is %j, as written', (k, want) => {
    expect(y.str(at(k))).toBe(want)
  })

  it.each([
    ['nul', true],
    ['empty', true],
    ['absent', true],
    ['text', false],
    ['map', false]
  ])('isNull(%s) is %s', (k, want) => {
    expect(y.isNull(at(k))).toBe(want)
  })

  it('an empty document has a null root, and a file of comments no document', () => {
    const e = yamlOf('---\n# nothing\n')
    expect(e.isNull(e.root)).toBe(true)
    expect(e.str(e.root)).toBeUndefined()
    expect(e.entries(e.root)).toEqual([])
    expect(parseYaml('# nothing\n')).toMatchObject({ docs: [] })
  })
})

describe('merge keys', () => {
  const text = [
    'a: &a {k: from-a, only-a: 1}',
    'b: &b {k: from-b, only-b: 2}',
    'one: {<<: *a}',
    'list: {<<: [*a, *b]}',
    'own: {<<: *a, k: mine}',
    'quoted: {"<<": *a}',
    'complex: {[x]: 1, <<: *b}'
  ].join('\n')
  const y = yamlOf(text)
  const val = (m: string, k: string): string | undefined => y.str(y.get(y.get(y.root, m), k))

  it.each([
    ['one', 'k', 'from-a'],
    ['list', 'k', 'from-a'],
    ['list', 'only-b', '2'],
    ['own', 'k', 'mine'],
    ['quoted', 'k', undefined],
    ['complex', 'k', 'from-b'],
    ['one', 'absent', undefined]
  ])('%s.%s is %j', (m, k, want) => {
    expect(val(m, k)).toBe(want)
  })

  it('gives the key node of the pair found, for its line', () => {
    const pair = y.pair(y.get(y.root, 'own'), 'k')
    expect(y.str(pair?.key)).toBe('k')
    expect(y.line(pair?.key)).toBe(5)
  })

  it('follows a chain of merge keys 8 deep, and no deeper', () => {
    const chain = (n: number): Yaml => {
      const lines = ['m0: &m0 {k: end}']
      for (let i = 1; i <= n; i++) lines.push(`m${i}: &m${i} {<<: *m${i - 1}}`)
      return yamlOf(lines.join('\n'))
    }
    const at8 = chain(8)
    expect(at8.str(at8.get(at8.get(at8.root, 'm8'), 'k'))).toBe('end')
    const at9 = chain(9)
    expect(at9.get(at9.get(at9.root, 'm9'), 'k')).toBeUndefined()
  })

  it('returns at once from merge keys that point back at their own mapping', () => {
    // Each lookup used to branch ten ways at each of 8 hops: about 10^9 calls for this one line.
    const y2 = yamlOf(`r: &r {<<: [${Array(10).fill('*r').join(', ')}], k: 1}\n`)
    const r = y2.get(y2.root, 'r')
    expect(y2.get(r, 'absent')).toBeUndefined()
    expect(y2.str(y2.get(r, 'k'))).toBe('1')
  })
})

describe('entries, items, lines, js', () => {
  const text =
    'base: &b {x: 1}\nm:\n  <<: *b\n  ? [c]\n  : 3\n  2: two\n  name: |\n    text\n  flow: v\n'
  const y = yamlOf(text)
  const m = y.get(y.root, 'm')

  it('lists the keys of a mapping as text, without merge keys and complex keys', () => {
    expect(y.entries(m).map((e) => [e.key, y.str(e.value)])).toEqual([
      ['2', 'two'],
      ['name', 'text\n'],
      ['flow', 'v']
    ])
    expect(y.entries(y.get(m, 'flow'))).toEqual([])
  })

  it('lists the items of a list, and none of anything else', () => {
    expect(y.items(yamlOf('- a\n- b\n').root)).toHaveLength(2)
    expect(y.items(m)).toEqual([])
  })

  it('gives the line of a node, or the fallback', () => {
    expect(y.line(m)).toBe(3)
    expect(y.line(undefined)).toBe(1)
    expect(y.line('not a node', 7)).toBe(7)
  })

  it('gives the line where the text of a block scalar starts', () => {
    expect(y.textLine(y.get(m, 'name'))).toBe(8)
    expect(y.textLine(y.get(m, 'flow'))).toBe(9)
    expect(y.textLine(undefined)).toBe(1)
    expect(y.textLine(undefined, 4)).toBe(4)
  })

  it('gives plain values, and none for an alias bomb or no node', () => {
    expect(y.js(y.get(y.root, 'base'))).toEqual({ x: 1 })
    expect(y.js(y.get(m, 'name'))).toBe('text\n')
    expect(y.js(undefined)).toBeUndefined()
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (const c of 'bcdefgh') {
      const prev = String.fromCharCode(c.charCodeAt(0) - 1)
      bomb.push(`${c}: &${c} [${Array(10).fill(`*${prev}`).join(', ')}]`)
    }
    const b = yamlOf(bomb.join('\n'))
    expect(b.js(b.get(b.root, 'h'))).toBeUndefined()
    expect(b.js(b.get(b.root, 'a'))).toHaveLength(10)
  })
})
