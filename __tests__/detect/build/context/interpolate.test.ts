// Compose-style interpolation against a project's `.env`: which values the file sets literally,
// and what `$VAR`, `${VAR}` and its operators give when a variable is set, empty or unknown (an
// unknown variable may be set by the shell that runs compose, so its value is not known).
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { interpolate, parseDotEnv } from '../../../../src/detect/build/context/interpolate.js'

const env = (vars: Record<string, string> = {}): Map<string, string> =>
  new Map(Object.entries(vars))

describe('parseDotEnv', () => {
  it.each([
    ['A=1', { A: '1' }],
    ['export B = two ', { B: 'two' }],
    ['C=x\r\nD=y\r\n', { C: 'x', D: 'y' }],
    ['E="a\\nb \\"q\\" \\\\"', { E: 'a\nb "q" \\' }],
    ["F='a\\nb $HOME'", { F: 'a\\nb $HOME' }],
    ['G=value # a comment', { G: 'value' }],
    ['H=a#b', { H: 'a#b' }],
    ['I="unterminated', { I: '"unterminated' }],
    ['J=', { J: '' }],
    ['K.dotted-name=1', { 'K.dotted-name': '1' }]
  ])('%j sets %j', (text, want) => {
    expect(Object.fromEntries(parseDotEnv(text))).toEqual(want)
  })

  it.each([
    ['a double-quoted value that interpolates', 'A="x $B"'],
    ['an unquoted value that interpolates', 'A=x${B}'],
    ['a comment', '# A=1'],
    ['a line without =', 'A'],
    ['a line starting with =', '=1'],
    ['a key that is not a name', '1A=1'],
    ['an empty line', '   ']
  ])('sets nothing for %s', (_, text) => {
    expect(parseDotEnv(text).size).toBe(0)
  })

  it('keeps the last value of a key set twice', () => {
    expect(parseDotEnv('A=1\nA=2\n').get('A')).toBe('2')
  })
})

describe('interpolate', () => {
  // [text, .env values, value, usesVars, unknown]
  it.each<[string, Record<string, string>, string | undefined, boolean, string[]]>([
    ['plain/text', {}, 'plain/text', false, []],
    ['a$$b', {}, 'a$b', false, []],
    ['$$A', { A: 'x' }, '$A', false, []],
    ['cost $ 5 and $1', {}, 'cost $ 5 and $1', false, []],
    ['$A/x', { A: 'v' }, 'v/x', true, []],
    ['$A-$B', { A: 'a' }, undefined, true, ['$B']],
    ['${A}', { A: 'v' }, 'v', true, []],
    ['${A}', {}, undefined, true, ['${A}']],
    ['${X}/${X}', {}, undefined, true, ['${X}']],
    // :- takes the default when unset or empty, - only when unset.
    ['${A:-d}', {}, 'd', true, []],
    ['${A:-d}', { A: '' }, 'd', true, []],
    ['${A:-d}', { A: 'v' }, 'v', true, []],
    ['${A-d}', {}, 'd', true, []],
    ['${A-d}', { A: '' }, '', true, []],
    ['${A:-${B:-in}}', {}, 'in', true, []],
    ['${A:-${B}}', {}, undefined, true, ['${B}', '${A:-${B}}']],
    // :? and ? only check that the variable is set.
    ['${A:?set it}', { A: 'v' }, 'v', true, []],
    ['${A?set it}', {}, undefined, true, ['${A?set it}']],
    // :+ takes the alternative when set and not empty, + when set; else empty.
    ['${A:+alt}', { A: 'v' }, 'alt', true, []],
    ['${A:+alt}', { A: '' }, '', true, []],
    ['${A:+alt}', {}, undefined, true, ['${A:+alt}']],
    ['${A+alt}', { A: '' }, 'alt', true, []],
    ['${A+alt}', {}, undefined, true, ['${A+alt}']],
    ['x${A+}y', { A: 'v' }, 'xy', true, []],
    ['${A:+${B}}', { A: 'v' }, undefined, true, ['${B}']],
    ['${A:+$B}', { A: 'v', B: 'b' }, 'b', true, []],
    // What compose does not know as a variable is not a value.
    ['${A/x/y}', { A: 'v' }, undefined, true, ['${A/x/y}']],
    ['${1A}', {}, undefined, true, ['${1A}']],
    ['${}', {}, undefined, true, ['${}']],
    ['pre/${A', { A: 'v' }, undefined, true, ['${A']]
  ])('%j with %j -> %j', (text, vars, value, usesVars, unknown) => {
    expect(interpolate(text, env(vars))).toEqual({ value, usesVars, unknown })
  })

  it('follows nested defaults 8 deep, and no deeper', () => {
    const nested = (n: number): string => '${A:-'.repeat(n) + 'x' + '}'.repeat(n)
    expect(interpolate(nested(8), env()).value).toBe('x')
    const deep = interpolate(nested(9), env())
    expect(deep.value).toBeUndefined()
    expect(deep.unknown[0]).toBe('${A:-x}')
  })
})

describe('interpolate: properties', () => {
  const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/)
  const plain = fc.string({ maxLength: 40 }).filter((s) => !s.includes('$'))
  const vars = fc.dictionary(name, fc.string({ maxLength: 12 }), { maxKeys: 4 })

  it('leaves text without $ unchanged', () => {
    fc.assert(
      fc.property(plain, vars, (text, vs) => {
        expect(interpolate(text, env(vs))).toEqual({ value: text, usesVars: false, unknown: [] })
      })
    )
  })

  it('reads $$ as one dollar, so any text escaped that way comes back as it was', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), vars, (text, vs) => {
        const r = interpolate(text.split('$').join('$$'), env(vs))
        expect(r).toEqual({ value: text, usesVars: false, unknown: [] })
      })
    )
  })

  it('gives a set variable its value, in every form that reads it', () => {
    fc.assert(
      fc.property(name, fc.string({ maxLength: 12 }), plain, (n, v, around) => {
        const e = env({ [n]: v })
        for (const form of [`\${${n}}`, `\${${n}:?x}`, `\${${n}-d}`, `$${n}`]) {
          // `$NAME` ends at the first character that cannot be in a name.
          const after = form.startsWith('${') ? around : `/${around}`
          expect(interpolate(`${around}${form}${after}`, e).value).toBe(`${around}${v}${after}`)
        }
      })
    )
  })

  it('takes the default of an unknown variable, and calls it unknown without one', () => {
    fc.assert(
      fc.property(name, plain, (n, d) => {
        const dflt = d.replace(/}/g, '')
        expect(interpolate(`\${${n}:-${dflt}}`, env()).value).toBe(dflt)
        const r = interpolate(`a/\${${n}}/b`, env())
        expect(r.value).toBeUndefined()
        expect(r.unknown).toEqual([`\${${n}}`])
      })
    )
  })

  it('takes linear time on long runs of groups and names', () => {
    // One pass each: no lookup that grows with the number of variables already seen.
    const n = 50_000
    const distinct = Array.from({ length: n }, (_, i) => `\${V${i}}`).join('')
    const r = interpolate(distinct, env())
    expect(r.value).toBeUndefined()
    expect(r.unknown).toHaveLength(n)
    expect(interpolate('$A'.repeat(n), env({ A: 'a' })).value).toBe('a'.repeat(n))
    expect(interpolate('$$'.repeat(n), env()).value).toBe('$'.repeat(n))
  })
})
