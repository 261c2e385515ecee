import { describe, expect, it } from '@jest/globals'
import { memo } from '../../src/util/memo.js'

describe('memo', () => {
  it('makes a value once per key and keeps it, undefined included', () => {
    const cache = new Map<string, number | undefined>()
    let made = 0
    const make = (v: number | undefined) => () => {
      made++
      return v
    }
    expect(memo(cache, 'a', make(1))).toBe(1)
    expect(memo(cache, 'a', make(2))).toBe(1)
    expect(memo(cache, 'b', make(undefined))).toBeUndefined()
    expect(memo(cache, 'b', make(3))).toBeUndefined()
    expect(made).toBe(2)
  })

  it('works on a WeakMap', () => {
    const key = {}
    const cache = new WeakMap<object, string[]>()
    const first = memo(cache, key, () => ['x'])
    expect(memo(cache, key, () => ['y'])).toBe(first)
  })
})
