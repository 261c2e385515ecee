// The JSON readers of the JavaScript provider: package.json strictly, tsconfig files as JSONC.
// Generated values read back through comments and trailing commas; what is not an object, and
// hostile text (deep nesting, __proto__ keys), gives a plain result, never a throw.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readJson, readJsonc, stripJsonc } from '../../../../src/detect/build/js/json.js'
import { LINEAR, growth } from '../../../../test-support/growth.js'

/** Blanks and comments that JSONC allows between tokens. */
const GAPS = ['', ' ', '\n', '/* c */', '// "x", ]\n', '/**/', '/* a\n , } */', '\t// //\n']

/** `v` written as JSONC: `gaps` picks what goes between tokens, `commas` where a trailing comma goes. */
function writeJsonc(v: unknown, gaps: readonly number[], commas: readonly boolean[]): string {
  let k = 0
  const gap = (): string => GAPS[(gaps[k++ % Math.max(gaps.length, 1)] ?? 0) % GAPS.length] ?? ''
  const comma = (): boolean => commas[k++ % Math.max(commas.length, 1)] ?? false
  const write = (x: unknown): string => {
    if (Array.isArray(x)) {
      const items = x.map((e) => `${gap()}${write(e)}${gap()}`)
      return `[${items.join(',')}${items.length > 0 && comma() ? `,${gap()}` : ''}]`
    }
    if (typeof x === 'object' && x !== null) {
      const entries = Object.entries(x).map(
        ([key, e]) => `${gap()}${JSON.stringify(key)}${gap()}:${gap()}${write(e)}${gap()}`
      )
      return `{${entries.join(',')}${entries.length > 0 && comma() ? `,${gap()}` : ''}}`
    }
    return JSON.stringify(x)
  }
  return write(v)
}

describe('readJson', () => {
  it.each([
    ['an object', '{"name": "a"}', { value: { name: 'a' } }],
    ['an array', '[1]', { error: 'it is not a JSON object' }],
    ['a number', '3', { error: 'it is not a JSON object' }],
    ['null', 'null', { error: 'it is not a JSON object' }]
  ])('%s', (_name, text, want) => {
    expect(readJson(text)).toEqual(want)
  })

  it('says why malformed text is not JSON', () => {
    expect(readJson('{ name: "a" }')).toEqual({
      error: expect.stringMatching(/^it is not valid JSON \(.+\)$/)
    })
  })

  it('keeps a __proto__ key as a plain field: no prototype is set, nothing is polluted', () => {
    const r = readJson('{"__proto__": {"workspaces": ["*"], "polluted": true}, "name": "a"}')
    if (!('value' in r)) throw new Error(r.error)
    expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype)
    expect(r.value.workspaces).toBeUndefined()
    expect(Object.keys(r.value)).toEqual(['__proto__', 'name'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it.each([
    ['nested objects', readJson, `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`, 'value'],
    ['nested JSONC', readJsonc, `${'{"a":['.repeat(100_000)}1${']}'.repeat(100_000)}`, 'value'],
    ['nested arrays', readJson, '['.repeat(100_000) + ']'.repeat(100_000), 'error'],
    ['unclosed nesting', readJson, '{"a":'.repeat(100_000), 'error']
  ])('reads %s without a stack overflow', (_name, read, text, key) => {
    const r = read(text)
    expect(Object.keys(r)).toEqual([key])
    if ('error' in r) expect(r.error).toMatch(/^it is not (a JSON object|valid JSON \(.+\))$/)
  })

  it.each<[string, (n: number) => string, (text: string) => unknown]>([
    ['nested objects', (n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`, readJson],
    ['nested JSONC', (n) => `${'{"a":['.repeat(n)}1${']}'.repeat(n)}`, readJsonc],
    ['unclosed nesting', (n) => '{"a":'.repeat(n), readJson]
  ])('grows linearly with the depth of %s', (_name, make, read) => {
    expect(growth(make, read, 5000)).toBeLessThan(LINEAR)
  })
})

describe('JSONC', () => {
  it('reads back any JSON object written with comments and trailing commas', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.array(fc.nat()),
        fc.array(fc.boolean()),
        (v, gaps, commas) => {
          const text = writeJsonc(v, gaps, commas)
          expect(readJsonc(text)).toEqual({ value: JSON.parse(JSON.stringify(v)) })
        }
      ),
      { numRuns: 500 }
    )
  })

  it.each([
    ['an escaped quote in a string', '{"a": "x\\"// y", "b": "\\\\"}', { a: 'x"// y', b: '\\' }],
    ['a line comment at the end of the text', '{"a": 1} // end', { a: 1 }],
    ['a comment between a comma and the end', '{"a": [1, /* x */ ], // y\n}', { a: [1] }]
  ])('%s', (_name, text, want) => {
    expect(readJsonc(text)).toEqual({ value: want })
  })

  it.each([
    ['an unterminated block comment drops the rest', '{"a": 1 /* }', '{"a": 1  '],
    ['a string ends at its line', '{"a": "x\n// c\n}', '{"a": "x\n\n}'],
    ['a backslash at the very end', '{"a": "\\', '{"a": "\\']
  ])('%s, and the text is then malformed', (_name, text, stripped) => {
    expect(stripJsonc(text)).toBe(stripped)
    expect(readJsonc(text)).toEqual({ error: expect.stringContaining('it is not valid JSON') })
  })
})
