/** "Did you mean": the closest known name to a mistyped one (src/util/closest.ts). */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { closest, editDistance } from '../../src/util/closest.js'

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['dir', 'dir', 0],
    ['dri', 'dir', 1], // a swap of two neighbours is one edit
    ['evnt', 'event', 1],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3] // optimal string alignment: no edit of a swapped pair again
  ])('%j to %j is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d)
  })

  it('is symmetric and at most the longer length', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 8 })
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b)
        expect(editDistance(b, a)).toBe(d)
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length))
        expect(d === 0).toBe(a === b)
      })
    )
  })
})

describe('closest', () => {
  const FLAGS = ['--dir', '--event', '--version', '--images', '--dry-run']

  it.each([
    ['--dri', '--dir'],
    ['--evnt', '--event'],
    ['--EVENT', '--event'], // case aside
    ['-versoin', '--version'], // leading dashes aside
    ['--imgaes', '--images']
  ])('%s is closest to %s', (name, meant) => {
    expect(closest(name, FLAGS)).toBe(meant)
  })

  it.each([
    ['--x', 'too far from any name'],
    ['--deploy', 'more than a third of the letters differ'],
    ['--' + 'd'.repeat(120), 'names over 100 characters are not compared']
  ])('%s has no close name (%s)', (name) => {
    expect(closest(name, FLAGS)).toBeUndefined()
  })

  it('skips a known name over 100 characters and takes the nearest of the rest', () => {
    const long = 'app' + 'x'.repeat(100)
    expect(closest('ap', [long, 'api', 'app'])).toBe('api')
    expect(closest('aplp', ['apple', 'app'])).toBe('app')
  })
})
