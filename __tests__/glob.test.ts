/**
 * compileGlob against picomatch (dot: true), the semantics it must keep, on random small globs
 * and paths; and the backtracking case that picomatch's regex cannot finish.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import picomatch from 'picomatch'
import { compileGlob, expandBraces, GlobError } from '../src/glob.js'

/** picomatch, plus the rule for globs without wildcards (themselves and everything below). */
function reference(glob: string): (path: string) => boolean {
  const g = glob.replace(/^(?:\.\/)+/, '')
  if (!picomatch.scan(g).isGlob && !g.includes('\\')) {
    const literal = g.replace(/\/+$/, '')
    return (p) => p === literal || p.startsWith(`${literal}/`)
  }
  return picomatch(g, { dot: true, windows: false })
}

const atom = fc.constantFrom(
  'a',
  'b',
  '.',
  '-',
  '*',
  '?',
  '[ab]',
  '[!a]',
  '[a-b]',
  '{a,b}',
  '{a,}',
  '{,b.}',
  '{1..2}',
  '1'
)
const segment = fc.oneof(
  { weight: 1, arbitrary: fc.constant('**') },
  { weight: 6, arbitrary: fc.array(atom, { minLength: 1, maxLength: 4 }).map((a) => a.join('')) }
)
const globs = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'))
// Git paths: no empty, `.` or `..` segments.
const name = fc
  .array(fc.constantFrom('a', 'b', '.', '-', '1', '2'), { minLength: 1, maxLength: 4 })
  .map((c) => c.join(''))
  .filter((n) => n !== '.' && n !== '..')
const paths = fc.array(name, { minLength: 1, maxLength: 5 }).map((s) => s.join('/'))

describe('compileGlob', () => {
  it('answers as picomatch does on random globs and paths', () => {
    fc.assert(
      fc.property(globs, fc.array(paths, { minLength: 1, maxLength: 8 }), (glob, ps) => {
        // Documented difference: an alternative with an empty segment (`a/{,b}/c` -> `a//c`).
        fc.pre(expandBraces(glob).every((alt) => !alt.split('/').includes('')))
        // Documented difference: braces next to `**` (`a/**{,b}`, `{a,}**`) are expanded first
        // here, so `a/**{,b}` matches `a` as `a/**` does; picomatch answers otherwise.
        fc.pre(!/\*\*\{|\}\*\*/.test(glob))
        const mine = compileGlob(glob)
        const theirs = reference(glob)
        for (const p of ps) expect([glob, p, mine(p)]).toEqual([glob, p, theirs(p)])
      }),
      { numRuns: 3000 }
    )
  })

  it.each([
    ['app', 'app/src/x', true],
    ['app/', 'app', true],
    ['./app', 'appx', false],
    ['a/**', 'a', true],
    ['**/a', 'a', true],
    ['a/**/b', 'a/b', true],
    ['**/*.md', '.github/x.md', true],
    ['src/{main,test}/**', 'src/test/x', true],
    ['a/@(b|c)/d', 'a/c/d', true],
    ['a/@(b|c)/d', 'a/e/d', false],
    ['[[:alpha:]]', 'x', true]
  ])('%j on %j: %j', (glob, path, expected) => {
    expect(compileGlob(glob)(path)).toBe(expected)
    expect(reference(glob)(path)).toBe(expected)
  })

  it('refuses braces that expand beyond the cap', () => {
    expect(() => compileGlob('{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}')).toThrow(
      GlobError
    )
  })

  it('the backtracking case finishes (picomatch takes minutes)', () => {
    const test = compileGlob('**/*-*-*-*-*.json')
    const hostile = Array.from({ length: 5 }, (_, i) => `app/${i}${'-'.repeat(250)}`)
    // No time limit: without a linear matcher this does not finish within jest's timeout.
    const hits = hostile.filter(test)
    expect(hits).toEqual([])
    expect(test(`app/1${'-'.repeat(250)}.json`)).toBe(true)
  })
})
