// The XML reader behind the Maven provider: generated element trees read back as written
// (entities, character references, CDATA, comments, processing instructions, a DOCTYPE), what
// it refuses with the line, and linear time on hostile text.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readXml, type XmlElement } from '../../../../src/detect/build/maven/xml.js'
import { LINEAR, growth } from '../../../../test-support/growth.js'

/** An element as the reader should give it back. */
interface Expected {
  readonly name: string
  readonly line: number
  readonly text: string
  readonly children: Expected[]
}

const shape = (e: XmlElement): Expected => ({
  name: e.name,
  line: e.line,
  text: e.text,
  children: e.children.map(shape)
})

/** One character of text and how it is written: as is, a named entity, `&#N;` or `&#xH;`. */
type Char = { readonly c: string; readonly how: 0 | 1 | 2 | 3 }
type Piece =
  | { readonly kind: 'text'; readonly chars: readonly Char[] }
  | { readonly kind: 'cdata'; readonly text: string }
  | { readonly kind: 'comment'; readonly text: string }
  | { readonly kind: 'pi' }
  | { readonly kind: 'el'; readonly el: El }
interface El {
  readonly name: string
  readonly attrs: string
  readonly pieces: readonly Piece[]
  readonly selfClose: boolean
}

const ENTITY: Readonly<Record<string, string>> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;'
}

function writeChar({ c, how }: Char): string {
  const code = c.codePointAt(0) as number
  if (how === 2) return `&#${code};`
  if (how === 3) return `&#x${code.toString(16)};`
  if (how === 1 || c === '<' || c === '&') return ENTITY[c] ?? `&#${code};`
  return c
}

/** The document text for `root`, and the tree the reader should give back. */
function write(root: El, prolog: string, epilog: string): { text: string; tree: Expected } {
  let text = prolog
  const lineNow = (): number => text.split('\n').length
  const element = (el: El): Expected => {
    const line = lineNow()
    text += `<${el.name}${el.attrs}`
    if (el.selfClose && el.pieces.length === 0) {
      text += '/>'
      return { name: el.name, line, text: '', children: [] }
    }
    text += '>'
    let own = ''
    const children: Expected[] = []
    for (const p of el.pieces) {
      if (p.kind === 'text') {
        text += p.chars.map(writeChar).join('')
        own += p.chars.map((ch) => ch.c).join('')
      } else if (p.kind === 'cdata') {
        text += `<![CDATA[${p.text}]]>`
        own += p.text
      } else if (p.kind === 'comment') text += `<!--${p.text}-->`
      else if (p.kind === 'pi') text += '<?pi some="data" ?>'
      else children.push(element(p.el))
    }
    text += `</${el.name}>`
    return { name: el.name, line, text: own, children }
  }
  const tree = element(root)
  return { text: text + epilog, tree }
}

const CHARS = ['a', 'Z', ' ', '\n', '<', '>', '&', '"', "'", ';', '#', ']', 'é', '😀']
const charArb: fc.Arbitrary<Char> = fc.record({
  c: fc.constantFrom(...CHARS),
  how: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const)
})
const rawText = (alphabet: string[]): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }).map((cs) => cs.join(''))

const { el: elArb } = fc.letrec<{ el: El; piece: Piece }>((tie) => ({
  el: fc.record({
    name: fc.constantFrom('a', 'project', 'b-c', 'x.y', 'mvn:dep', '_q1'),
    attrs: fc.constantFrom('', ' k="v>w"', ' k=\'a"b\' j="<"', '\n  xmlns="urn:x"'),
    pieces: fc.array(tie('piece'), { maxLength: 4 }),
    selfClose: fc.boolean()
  }),
  piece: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('text' as const), chars: fc.array(charArb, { maxLength: 8 }) }),
    fc.record({
      kind: fc.constant('cdata' as const),
      text: rawText(['a', '<', '&', '\n', ']', '>']).filter((t) => !t.includes(']]>'))
    }),
    fc.record({ kind: fc.constant('comment' as const), text: rawText(['a', '<', '&', '\n', '>']) }),
    fc.record({ kind: fc.constant('pi' as const) }),
    fc.record({ kind: fc.constant('el' as const), el: tie('el') as fc.Arbitrary<El> })
  )
})) as { el: fc.Arbitrary<El> }

const prologArb = fc
  .subarray([
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<!DOCTYPE project [\n  <!ENTITY x "y">\n]>\n',
    '<!-- a comment\n before the root -->',
    '\n \t\n'
  ])
  .map((parts) => parts.join(''))
const epilogArb = fc.constantFrom('', '\n', '\n<!-- end -->\n', '<?pi?>  ')

describe('the XML reader on generated documents', () => {
  it('reads back every element, its text (entities and CDATA decoded) and its line', () => {
    fc.assert(
      fc.property(elArb, prologArb, epilogArb, (root, prolog, epilog) => {
        const { text, tree } = write(root, prolog, epilog)
        const r = readXml(text)
        if (!('root' in r)) throw new Error(`refused ${JSON.stringify(text)}: ${r.error}`)
        expect(shape(r.root)).toEqual(tree)
      }),
      { numRuns: 500 }
    )
  })

  it('never throws, and an error always has a line of the text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            ...[
              '<a>',
              '</a>',
              '<b/>',
              '<!--',
              '-->',
              '<![CDATA[',
              ']]>',
              '<?',
              '?>',
              '<!D [',
              ']>'
            ],
            ...['&#x110000;', '&lt;', '&#;', '\n', 'x', '<', '>', '"', '/']
          ),
          { maxLength: 20 }
        ),
        (parts) => {
          const text = parts.join('')
          const r = readXml(text)
          if ('error' in r) {
            expect(r.line).toBeGreaterThanOrEqual(1)
            expect(r.line).toBeLessThanOrEqual(text.split('\n').length)
          }
        }
      ),
      { numRuns: 1000 }
    )
  })
})

describe('entities and character references', () => {
  const textOf = (doc: string): string => {
    const r = readXml(doc)
    if (!('root' in r)) throw new Error(r.error)
    return r.root.text
  }
  it.each([
    ['hexadecimal', '&#x41;&#X42;&#x1f600;', 'A&#X42;😀'],
    ['decimal', '&#65;&#128512;', 'A😀'],
    ['an unknown named entity is kept as written', '&nbsp; &copy;', '&nbsp; &copy;'],
    // Names of Object.prototype's members are not entities: kept as written, not "[object Object]".
    ['toString', '&toString;', '&toString;'],
    ['__proto__', '&__proto__;&constructor;', '&__proto__;&constructor;'],
    [
      'an ampersand with no entity after it',
      'a & b &; &#; &#x; &#12a;',
      'a & b &; &#; &#x; &#12a;'
    ],
    ['a semicolon too far away to end an entity', '&abcdefghijklmnop;', '&abcdefghijklmnop;']
  ])('%s', (_name, text, want) => {
    expect(textOf(`<a>${text}</a>`)).toBe(want)
  })

  it.each([
    ['&#x110000;', 2],
    ['&#1114112;', 2],
    ['&#99999999;', 2]
  ])('refuses %s, a reference to no character, with its line', (ref, line) => {
    expect(readXml(`<a>\nok &#x10FFFF; then ${ref}</a>`)).toEqual({
      error: `a character reference ${ref} to no character`,
      line
    })
  })
})

describe('what the reader skips, and what it refuses', () => {
  it('skips a DOCTYPE with an internal subset, and reads the root after it', () => {
    const r = readXml('<!DOCTYPE p [\n<!ENTITY e "<x>">\n]>\n<p>t</p>')
    expect('root' in r && shape(r.root)).toEqual({ name: 'p', line: 4, text: 't', children: [] })
  })

  it.each([
    ['x<a/>', 'text outside the root element', 1],
    ['<a/> x', 'text outside the root element', 1],
    ['<a>\n<![CDATA[ x ]]</a>', 'unterminated CDATA section', 2],
    ['<![CDATA[x]]><a/>', 'CDATA outside the root element', 1],
    ['<a>\n<?pi x </a>', 'unterminated processing instruction', 2],
    ['<!DOCTYPE a\n', 'unterminated declaration', 1],
    ['\n<!DOCTYPE a [ <!ENTITY e "y"> >\n<a/>', 'unterminated declaration', 2],
    ['<a>\n< b/></a>', 'a tag without a name', 2],
    ['<>', 'a tag without a name', 1],
    ['<a\n<b/>', 'an unterminated tag <a', 1],
    ['</a>', 'an end tag </a> with no element open', 1],
    ['<a/>\n</a>', 'an end tag </a> with no element open', 2]
  ])('refuses %j: %s (line %d)', (text, error, line) => {
    expect(readXml(text)).toEqual({ error, line })
  })

  it.each<[string, (n: number) => string]>([
    ['unfinished references', (n) => '<a>' + '&#1'.repeat(n) + '</a>'],
    ['references', (n) => '<a>' + '&#x10FFFF;'.repeat(n) + '</a>'],
    ['names of Object.prototype', (n) => '<a>' + '&toString'.repeat(n) + '</a>'],
    ['a DOCTYPE of open declarations', (n) => '<!DOCTYPE a [' + '<!ENTITY'.repeat(n)],
    ['open CDATA sections', (n) => '<a>' + '<![CDATA['.repeat(n)],
    ['open instructions', (n) => '<a>' + '<?'.repeat(n)],
    ['open comments', (n) => '<a>' + '<!--'.repeat(n)],
    ['lone <', (n) => '<a>' + '<'.repeat(n)],
    ['newlines', (n) => '\n'.repeat(n) + 'x']
  ])('grows linearly on hostile text: %s', (_name, make) => {
    expect(growth(make, readXml, 5000)).toBeLessThan(LINEAR)
  })
})
