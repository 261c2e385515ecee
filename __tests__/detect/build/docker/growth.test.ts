// Parsers and matchers that read what a pull request can add grow linearly with their input:
// each is run at a size n and 10n in the same process, and the work may grow about 10x, not
// 100x (test-support/growth.js: CPU time ratios in one run, never a time against a limit).
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parseDockerfile } from '../../../../src/detect/build/docker/dockerfile.js'
import {
  compilePattern,
  ignoreExcludes,
  isIgnored,
  parseDockerignore
} from '../../../../src/detect/build/docker/dockerignore.js'
import { LINEAR, growth } from '../../../../test-support/growth.js'

describe('linear growth', () => {
  it('a .dockerignore pattern of many stars against a long name', () => {
    // The regex translation backtracked: O(n^8) here, minutes at a few hundred dashes.
    const rules = parseDockerignore('*-*-*-*-*-*-*-*.json\n!keep.json\n')
    const r = growth(
      (n) => `a${'-'.repeat(n)}.jsox`,
      (name) => isIgnored(name, rules),
      5000
    )
    expect(r).toBeLessThan(LINEAR)
  })

  it('a .dockerignore pattern with a backslash against a long name', () => {
    const rules = parseDockerignore('*-*-*-*-*-*\\x*\n')
    const r = growth(
      (n) => `a${'-'.repeat(n)}y`,
      (name) => isIgnored(name, rules),
      5000
    )
    expect(r).toBeLessThan(LINEAR)
  })

  it('many .dockerignore rules against many files: each rule is compiled once', () => {
    // 100 rules against 200 and 2,000 files: each size is matched 5 times, and every file runs
    // every rule, so larger sizes only lengthen npm test (1,000 files and 300 rules took 95 s on
    // a busy 2-core machine) without telling more about the growth.
    const text = Array.from({ length: 100 }, (_, i) => `dir${i}/*.log`).join('\n') + '\n!x\n'
    const rules = parseDockerignore(text)
    const files = (n: number): string[] => Array.from({ length: n }, (_, i) => `ctx/f${i}.txt`)
    const r = growth(files, (fs) => ignoreExcludes('ctx', rules, () => fs), 200)
    expect(r).toBeLessThan(LINEAR)
  })

  it('a Dockerfile instruction continued over many lines', () => {
    const text = (n: number): string => `FROM x\nRUN a \\\n${'  b \\\n'.repeat(n)}  c\n`
    const r = growth(text, parseDockerfile, 20000)
    expect(r).toBeLessThan(LINEAR)
    expect(parseDockerfile(text(3)).instructions[1]?.args).toEqual(['a', 'b', 'b', 'b', 'c'])
  })
})

/**
 * The regex the patterns were compiled to before (moby's translation), as the reference, with
 * two fixes: an escaped character is a literal, and a negated class never matches `/` without
 * making a range of it.
 */
function referenceRegex(pattern: string): RegExp {
  let re = ''
  for (let k = 0; k < pattern.length; k++) {
    const c = pattern[k] as string
    if (c === '*') {
      if (pattern[k + 1] === '*') {
        k++
        if (pattern[k + 1] === '/') k++
        re += k + 1 >= pattern.length ? '.*' : '(?:.*/)?'
      } else re += '[^/]*'
    } else if (c === '?') re += '[^/]'
    // (The translation wrote `\\b` as the regex escape \\b, a word boundary; Go reads a literal b.)
    else if (c === '\\' && k + 1 < pattern.length)
      re += (pattern[++k] as string).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    else if (c === '[') {
      const first = pattern[k + 1] === '^' ? k + 2 : k + 1
      const end = pattern.indexOf(']', first + 1)
      if (end < 0) re += '\\['
      else {
        const body = pattern
          .slice(k + 1, end)
          .replace(/\\/g, '\\\\')
          .replace(/\]/g, '\\]')
        // (Written `[^/...]` before, which made `/-a` a range: a negated class is a lookahead now.)
        re += body.startsWith('^') ? `(?:(?!/)[${body}])` : `[${body}]`
        k = end
      }
    } else re += c.replace(/[.+^${}()|\]\\/]/g, '\\$&')
  }
  try {
    return new RegExp(`^${re}$`)
  } catch {
    return new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
  }
}

describe('compilePattern', () => {
  it('answers as the regex translation on random patterns and paths', () => {
    const pattern = fc.string({
      unit: fc.constantFrom('a', 'b', '-', '*', '?', '/', '[', ']', '^', '\\', '.'),
      maxLength: 8
    })
    const path = fc.string({
      unit: fc.constantFrom('a', 'b', '-', '/', '.', ']', '\\'),
      maxLength: 8
    })
    fc.assert(
      fc.property(pattern, path, (p, s) => {
        expect(compilePattern(p).test(s)).toBe(referenceRegex(p).test(s))
      }),
      { numRuns: 5000 }
    )
  })
})
