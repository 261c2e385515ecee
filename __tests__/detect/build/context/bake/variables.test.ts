// A bake value as text: literals, `${VAR}` and bare references from the variables' defaults,
// and a reason for every value that cannot be had.
import { describe, expect, it } from '@jest/globals'
import type { Folder } from '../../../../../src/detect/build/context/bake/folder.js'
import type { HclValue } from '../../../../../src/detect/build/context/bake/hcl.js'
import { templateParts } from '../../../../../src/detect/build/context/bake/hcl-lexer.js'
import { evaluate, written } from '../../../../../src/detect/build/context/bake/variables.js'

const str = (raw: string): HclValue => ({ t: 'str', parts: templateParts(raw, false), raw })

/** A folder with these variables (undefined: declared without a default). */
const folderOf = (vars: Record<string, HclValue | undefined>): Folder => ({
  vars: new Map(Object.entries(vars).map(([k, value]) => [k, { value, file: 'docker-bake.hcl' }])),
  targets: new Map()
})

describe('evaluate', () => {
  const folder = folderOf({
    DIR: str('svc'),
    NUM: { t: 'lit', value: '3' },
    NESTED: str('${DIR}/api'),
    BARE: { t: 'ref', name: 'NESTED' },
    NODEF: undefined,
    LIST: { t: 'list', items: [str('a')] },
    SELF: str('x${SELF}'),
    A: str('${B}'),
    B: str('${A}')
  })

  it.each<[string, HclValue, string]>([
    ['a literal', { t: 'lit', value: 'true' }, 'true'],
    ['a string', str('plain'), 'plain'],
    ['interpolations', str('${DIR}-${NUM}'), 'svc-3'],
    ['a bare reference', { t: 'ref', name: 'BARE' }, 'svc/api'],
    ['a name with spaces around it', str('${ DIR }'), 'svc']
  ])('reads %s', (_, v, value) => {
    expect(evaluate(folder, v)).toEqual({ value })
  })

  it.each<[string, HclValue, string]>([
    ['a list', { t: 'list', items: [] }, 'is not a single value'],
    ['an object', { t: 'obj', entries: [] }, 'is not a single value'],
    ['an expression', { t: 'expr', text: 'a ? b : c' }, 'is an expression (a ? b : c)'],
    ['a function call', str('${upper(DIR)}'), 'uses ${upper(DIR)}, an expression'],
    [
      'an unknown variable',
      str('${NOPE}'),
      'uses ${NOPE}, which is not a variable of the bake file'
    ],
    [
      'a variable without default',
      { t: 'ref', name: 'NODEF' },
      'uses ${NODEF}, a variable without a default'
    ],
    ['a list default', str('${LIST}'), 'uses ${LIST}, whose default is not a single value'],
    ['itself', str('${SELF}'), 'uses ${SELF}, whose default uses ${SELF}, which refers to itself'],
    [
      'a cycle',
      str('${A}'),
      'uses ${A}, whose default uses ${B}, whose default uses ${A}, which refers to itself'
    ],
    ['an open ${', str('a/${DIR'), 'uses ${DIR without a closing }']
  ])('gives a reason for %s', (_, v, why) => {
    expect(evaluate(folder, v)).toEqual({ why })
  })

  it('reads defaults 8 variables deep, and no deeper', () => {
    const chain = (n: number): Folder => {
      const vars: Record<string, HclValue> = { V0: str('end') }
      for (let i = 1; i <= n; i++) vars[`V${i}`] = str(`\${V${i - 1}}`)
      return folderOf(vars)
    }
    expect(evaluate(chain(7), str('${V7}'))).toEqual({ value: 'end' })
    const deep = evaluate(chain(8), str('${V8}'))
    expect(deep).toEqual({
      why: expect.stringMatching(/^uses \$\{V8\}, .* uses \$\{V0\}, more than 8 variables deep$/)
    })
  })

  it('reads the same variable many times in one value, and each value afresh', () => {
    const many = str(Array(600).fill('${DIR}').join('/'))
    expect(evaluate(folder, many)).toEqual({ value: Array(600).fill('svc').join('/') })
    // The 1000 reads are counted per value: a second one starts from none.
    expect(evaluate(folder, many)).toEqual({ value: Array(600).fill('svc').join('/') })
  })
})

describe('written', () => {
  it.each<[HclValue, string | undefined]>([
    [str('o/${TAG}'), 'o/${TAG}'],
    [{ t: 'lit', value: '42' }, '42'],
    [{ t: 'ref', name: 'TAG' }, undefined],
    [{ t: 'list', items: [] }, undefined],
    [{ t: 'expr', text: 'f()' }, undefined]
  ])('%j is written %j', (v, w) => {
    expect(written(v)).toBe(w)
  })
})
