// A literal job matrix expanded as GitHub does: the product of its lists, `exclude` compared
// loosely (1 matches '1'), `include` merged or added; past the limits, or written as an
// expression, its combinations are not known and a build that uses one says why.
import { describe, expect, it } from '@jest/globals'
import {
  expandMatrix,
  matrixValue,
  MAX_COMBOS
} from '../../../../../src/detect/build/context/workflows/matrix.js'
import { workflowsReader } from '../../../../../src/detect/build/context/workflows/workflows.js'
import { treeOf } from '../../../../../test-support/tree.js'

describe('exclude', () => {
  it.each([
    ['a boolean by its text', { on: [true, false], exclude: [{ on: 'true' }] }, [{ on: false }]],
    ['a text by a boolean', { on: ['true', 'false'], exclude: [{ on: false }] }, [{ on: 'true' }]],
    ['a number by its text', { n: [1, 2], exclude: [{ n: '2' }] }, [{ n: 1 }]],
    [
      'an object by an equal one',
      { o: [{ a: 1, b: [2] }, { a: 1 }], exclude: [{ o: { a: '1', b: ['2'] } }] },
      [{ o: { a: 1 } }]
    ],
    [
      'a list, not by an object of the same keys',
      { x: [['a'], { 0: 'a' }], exclude: [{ x: ['a'] }] },
      [{ x: { 0: 'a' } }]
    ],
    [
      'nothing by a value that is not a mapping',
      { n: [1, 2], exclude: ['n', { n: 1 }] },
      [{ n: 2 }]
    ],
    [
      'a null only by null',
      { v: [null, 'null', 0], exclude: [{ v: null }] },
      [{ v: 'null' }, { v: 0 }]
    ]
  ])('takes out %s', (_, matrix, combos) => {
    expect(expandMatrix(matrix)).toEqual({ combos })
  })

  it('keeps a combination whose values nest too deep to compare', () => {
    const deep = (): unknown => {
      let v: unknown = 'x'
      for (let k = 0; k < 20; k++) v = { d: v }
      return v
    }
    expect(expandMatrix({ v: [deep()], exclude: [{ v: deep() }] })).toEqual({
      combos: [{ v: deep() }]
    })
    // Less deep, the same values are equal.
    expect(expandMatrix({ v: [{ d: { d: 1 } }], exclude: [{ v: { d: { d: '1' } } }] })).toEqual({
      combos: []
    })
  })
})

describe('combinations that are not known', () => {
  const many = Array.from({ length: MAX_COMBOS }, (_, k) => k)
  it.each([
    ['exclude is a string', { app: ['a'], exclude: 'x' }, 'matrix.exclude is not a list'],
    [
      'include is an expression',
      { app: ['a'], include: '${{ fromJSON(x) }}' },
      'matrix.include is an expression'
    ],
    [
      'include has 1025 entries',
      { include: Array.from({ length: MAX_COMBOS * 4 + 1 }, () => ({ a: 1 })) },
      'matrix.include has more than 1024 entries'
    ],
    [
      'include adds a 257th combination',
      { n: many, include: [{ n: 'other' }] },
      'the job matrix has more than 256 combinations'
    ]
  ])('%s', (_, matrix, why) => {
    expect(expandMatrix(matrix)).toEqual({ why })
  })

  it('says so in the build that uses the matrix', () => {
    const wf =
      'on: push\njobs:\n  b:\n    strategy:\n      matrix:\n        app: [a]\n        exclude: ${{ fromJSON(x) }}\n' +
      '    steps:\n      - run: docker build ${{ matrix.app }}\n'
    const b = workflowsReader.builds(treeOf({ '.github/workflows/ci.yml': wf })).builds
    expect(b.map((x) => [x.context, x.unresolved])).toEqual([
      [
        undefined,
        ['context ${{ matrix.app }} uses ${{ matrix.app }}, and matrix.exclude is not a list']
      ]
    ])
  })

  it('still expands exactly MAX_COMBOS combinations', () => {
    const r = expandMatrix({ n: many.slice(1), include: [{ n: 'other' }] })
    expect('combos' in r && r.combos.length).toBe(MAX_COMBOS)
  })
})

describe('matrixValue', () => {
  it.each([
    [['app'], 'api'],
    [['svc', 'dir'], 'web'],
    [['app', 'length'], undefined],
    [['list', '0'], undefined],
    [['nope', 'x'], undefined]
  ])('%j -> %j', (path, value) => {
    expect(matrixValue({ app: 'api', svc: { dir: 'web' }, list: ['a'] }, path)).toBe(value)
  })
})
