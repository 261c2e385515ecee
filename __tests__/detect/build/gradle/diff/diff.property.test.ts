// Properties of the differs of shared Gradle build files on generated texts: comments and layout
// never make a part, one changed value makes exactly its key, nothing throws; and the readers
// take linear time on large and hostile inputs (see test-support/growth.js).
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { catalogChange } from '../../../../../src/detect/build/gradle/diff/catalog-diff.js'
import { catalogReferences } from '../../../../../src/detect/build/gradle/diff/catalog-refs.js'
import {
  propertiesChange,
  readByGradle,
  readPropertyEntries
} from '../../../../../src/detect/build/gradle/diff/properties-diff.js'
import { LINEAR, growth } from '../../../../../test-support/growth.js'

const key = fc.stringMatching(/^[a-z][a-z0-9_.]{0,8}$/).filter((k) => !readByGradle(k))
const value = fc.stringMatching(/^[A-Za-z0-9._:=/-]{0,12}$/)
const entries = fc.uniqueArray(fc.tuple(key, value), { selector: ([k]) => k, maxLength: 8 })
const SEPARATORS = ['=', ' = ', ':', ': ', ' ', '\t=\t']
const NOISE = ['', '# a comment', '! another', '   ', '#a=1 \\']

/** A `.properties` text of the entries, with a separator and noise lines chosen by `pick`. */
function render(es: readonly (readonly [string, string])[], pick: readonly number[]): string {
  const at = (k: number): number => pick[k % Math.max(1, pick.length)] ?? 0
  const lines: string[] = []
  es.forEach(([k, v], i) => {
    if (at(2 * i) % 3 === 0) lines.push(NOISE[at(2 * i + 1) % NOISE.length] as string)
    const lead = at(i) % 2 === 0 ? '' : '  '
    // A leading `=` or `:` of a value would be read as a separator: escaped, as Properties
    // stores it. A value is continued on the next line at some point (blanks before it dropped).
    const esc = (s: string): string => (/^[=:]/.test(s) ? `\\${s}` : s)
    const cut = at(i + 1) % (v.length + 1)
    const body =
      cut > 0 && at(i) % 4 === 1 ? `${esc(v.slice(0, cut))}\\\n    ${v.slice(cut)}` : esc(v)
    lines.push(`${lead}${k}${SEPARATORS[at(i) % SEPARATORS.length] as string}${body}`)
  })
  return lines.join(at(7) % 2 === 0 ? '\n' : '\r\n')
}

const picks = fc.array(fc.nat(20), { maxLength: 20 })

describe('propertiesChange on generated texts', () => {
  it('reads back the values it is given', () => {
    fc.assert(
      fc.property(entries, picks, (es, pick) => {
        const r = readPropertyEntries(render(es, pick))
        expect('keys' in r && [...r.keys].map(([k, e]) => [k, e.value])).toEqual(es)
      })
    )
  })

  it('comments, blank lines, separators and continuations never make a part', () => {
    fc.assert(
      fc.property(entries, picks, picks, (es, a, b) => {
        const c = propertiesChange(render(es, a), render(es, b))
        expect(c.all).toBeUndefined()
        expect(c.parts).toEqual([])
      })
    )
  })

  it('one changed value makes exactly its key', () => {
    fc.assert(
      fc.property(entries, picks, picks, fc.nat(), value, (es, a, b, i, v) => {
        fc.pre(es.length > 0)
        const k = i % es.length
        const [name, old] = es[k] as [string, string]
        fc.pre(old !== v)
        const changed = es.map((e, j) => (j === k ? ([name, v] as const) : e))
        const c = propertiesChange(render(es, a), render(changed, b))
        expect(c.all).toBeUndefined()
        expect(c.parts.map((p) => p.name)).toEqual([name])
      })
    )
  })

  it('never throws, and a text compared with itself has no change', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (x, y) => {
        expect(propertiesChange(x, x)).toEqual({ parts: [], none: [] })
        const c = propertiesChange(x, y)
        expect(c.all !== undefined || c.parts.length > 0 || c.none.length > 0).toBe(x !== y)
      })
    )
  })
})

describe('catalogChange and catalogReferences on generated texts', () => {
  const alias = fc.stringMatching(/^[a-z][a-z0-9]{0,4}([-_][a-z0-9]{1,4}){0,2}$/)
  const catalog = fc
    .uniqueArray(fc.tuple(alias, value), {
      selector: ([a]) => a.replace(/[-_.]/g, '.'),
      maxLength: 6
    })
    .map((vs) => {
      const versions = vs.map(([a, v]) => `${a} = "${v}"`)
      const libraries = vs.map(([a]) => `${a} = { module = "g:${a}", version.ref = "${a}" }`)
      return [versions, libraries] as const
    })

  it('comments and blank lines never make a part', () => {
    fc.assert(
      fc.property(catalog, picks, ([versions, libraries], pick) => {
        const text = ['[versions]', ...versions, '[libraries]', ...libraries].join('\n')
        const noisy = text
          .split('\n')
          .flatMap((l, i) => ((pick[i] ?? 0) % 2 === 0 ? [l] : [`# ${i}`, l, '']))
          .join('\n')
        const c = catalogChange(text, noisy)
        expect(c.all).toBeUndefined()
        expect(c.parts).toEqual([])
      })
    )
  })

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (x, y) => {
        catalogChange(x, y)
        catalogReferences(x)
      })
    )
    const words = fc.constantFrom(
      'libs',
      '.',
      'findLibrary',
      '(',
      ')',
      '"a"',
      "'b'",
      ' ',
      '\n',
      '//',
      '/*',
      '*/',
      '${',
      '}',
      '$',
      'versionCatalogs',
      'LibrariesForLibs',
      'named',
      'x',
      '[',
      'libraryAliases'
    )
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), (ws) => {
        const r = catalogReferences(ws.join(''))
        for (const x of [...r.refs, ...r.dynamic]) expect(x.line).toBeGreaterThanOrEqual(1)
      })
    )
  })
})

type Shape = [string, (n: number) => string, (text: string) => unknown, number]

const lib = (i: number): string => `l${i} = { module = "g:l${i}", version.ref = "v${i % 7}" }\n`
const bigCatalog = (n: number, v: string): string =>
  `[versions]\n${Array.from({ length: 7 }, (_, i) => `v${i} = "${v}"\n`).join('')}[libraries]\n` +
  Array.from({ length: n }, (_, i) => lib(i)).join('') +
  `[bundles]\n${Array.from({ length: n / 10 }, (_, i) => `b${i} = ["l${i}", "l${i + 1}"]\n`).join('')}`

const shapes: Shape[] = [
  ['properties: many lines', (n) => 'a.b=c\\u0041 d\n# x\n'.repeat(n), readPropertyEntries, 5000],
  [
    'properties: one long continued line',
    (n) => `a=${'x\\\n  '.repeat(n)}`,
    readPropertyEntries,
    5000
  ],
  [
    'properties: a long run of backslashes',
    (n) => `a${'\\'.repeat(n)}`,
    readPropertyEntries,
    20000
  ],
  ['properties: a long run of blanks', (n) => `a${' '.repeat(n)}b`, readPropertyEntries, 20000],
  [
    'properties: both sides changed everywhere',
    (n) => 'k'.repeat(n),
    (t) => propertiesChange(t.replace(/k/g, 'a=1\n'), t.replace(/k/g, 'a=2\n')),
    5000
  ],
  [
    'catalog: every version changed, many libraries and bundles',
    (n) => `${n}`,
    (t) => catalogChange(bigCatalog(Number(t), '1'), bigCatalog(Number(t), '2')),
    500
  ],
  [
    'references: many accessors',
    (n) => 'implementation(libs.a.b.c)\n'.repeat(n),
    catalogReferences,
    3000
  ],
  [
    'references: one long chain of libs',
    (n) => `libs${'.libs'.repeat(n)}`,
    catalogReferences,
    5000
  ],
  [
    'references: many lookups with unclosed literals',
    (n) => 'findLibrary("'.repeat(n),
    catalogReferences,
    5000
  ],
  ['references: many bare libs', (n) => 'libs '.repeat(n), catalogReferences, 5000],
  [
    'references: LibrariesForLibs on one line',
    (n) => 'LibrariesForLibs '.repeat(n),
    catalogReferences,
    3000
  ],
  [
    'references: libs and a long run of blanks',
    (n) => `libs${' '.repeat(n)}=`,
    catalogReferences,
    20000
  ],
  [
    'references: interpolations with lookups',
    (n) => `"\${${"findLibrary('a') ".repeat(n)}}"`,
    catalogReferences,
    3000
  ],
  [
    'references: many interpolated strings',
    (n) => '"${libs.x}"\n'.repeat(n),
    catalogReferences,
    3000
  ]
]

describe('the differs take linear time', () => {
  it.each(shapes)(
    '%s',
    (_name, make, run, n) => {
      expect(growth(make, run, n)).toBeLessThan(LINEAR)
    },
    60000
  )
})
