// GitHub expressions in workflow values: `${{ matrix.x }}` from one combination of the job
// matrix, `${{ env.X }}` from literal env values, `${{ github.workspace }}` as the repository
// root; anything else leaves the value unresolved, and says why.
import { describe, expect, it } from '@jest/globals'
import {
  comboWords,
  expand,
  rooted,
  WORKSPACE
} from '../../../../../src/detect/build/context/workflows/expressions.js'
import { workflowsReader } from '../../../../../src/detect/build/context/workflows/workflows.js'
import { treeOf } from '../../../../../test-support/tree.js'

const WF = '.github/workflows/publish.yml'
const env = new Map([['DIR', 'services']])
const combo = { app: 'api', n: 1, on: false, svc: { dir: 'web' }, list: ['a'] }

describe('expand', () => {
  it.each([
    ['${{ matrix.app }}/${{ matrix.n }}-${{ matrix.on }}', 'api/1-false'],
    ['${{matrix.svc.dir}}', 'web'],
    ['${{ env.DIR }}/x', 'services/x'],
    ['${{ github.workspace }}/x', `${WORKSPACE}/x`],
    ['no expression', 'no expression']
  ])('%s -> %s', (text, value) => {
    expect(expand(text, combo, undefined, env)).toEqual({ value })
  })

  it.each([
    ['${{ matrix.svc }}', 'uses ${{ matrix.svc }}, which the matrix does not set to a value'],
    ['${{ matrix.list }}', 'uses ${{ matrix.list }}, which the matrix does not set to a value'],
    ['${{ matrix.nope }}', 'uses ${{ matrix.nope }}, which the matrix does not set to a value'],
    [
      '${{ matrix.app.dir }}',
      'uses ${{ matrix.app.dir }}, which the matrix does not set to a value'
    ],
    ['${{ env.UNSET }}', 'uses ${{ env.UNSET }}, an expression'],
    ['${{ env.DIR.x }}', 'uses ${{ env.DIR.x }}, an expression'],
    ["${{ format('{0}', 'x') }}", "uses ${{ format('{0}', 'x') }}, an expression"],
    ['${{ github.workspace || 1 }}', 'uses ${{ github.workspace || 1 }}, an expression'],
    [`\${{ ${'x'.repeat(70)} }}`, `uses \${{ ${'x'.repeat(55)}…, an expression`],
    ['a/${{ matrix.app', 'uses an unterminated expression ${{ matrix.app']
  ])('%s is unresolved', (text, why) => {
    expect(expand(text, combo, undefined, env)).toEqual({ why })
  })

  it('says why there is no combination to read a matrix value from', () => {
    expect(expand('${{ matrix.app }}', undefined, undefined, env)).toEqual({
      why: 'uses ${{ matrix.app }}, and the job has no matrix'
    })
    expect(expand('${{ matrix.app }}', undefined, 'the job matrix is an expression', env)).toEqual({
      why: 'uses ${{ matrix.app }}, and the job matrix is an expression'
    })
  })
})

describe('rooted', () => {
  it.each([
    [WORKSPACE, 'cwd', { base: '', rel: '.' }],
    [`${WORKSPACE}/`, 'cwd', { base: '', rel: '.' }],
    [`${WORKSPACE}//a/b`, 'cwd', { base: '', rel: 'a/b' }],
    ['a/b', 'cwd', { base: 'cwd', rel: 'a/b' }]
  ])('%j from %s', (path, cwd, r) => {
    expect(rooted(path, cwd)).toEqual(r)
  })
})

describe('comboWords', () => {
  it('names the matrix values a build uses, objects as JSON cut to 40 characters', () => {
    expect(comboWords(combo, ['app', 'n', 'svc'])).toBe(
      ' with matrix app=api, n=1, svc={"dir":"web"}'
    )
    expect(comboWords({ o: { long: 'x'.repeat(50) }, z: null }, ['o', 'z'])).toBe(
      ` with matrix o={"long":"${'x'.repeat(30)}…, z=null`
    )
    expect(comboWords(combo, [])).toBe('')
    expect(comboWords(undefined, ['app'])).toBe('')
  })

  it('names them in the build of each combination', () => {
    const text =
      'on: push\njobs:\n  b:\n    strategy:\n      matrix:\n        svc: [{ dir: a }, { dir: b }]\n        n: [1, true]\n' +
      '        exclude: [{ n: true, svc: { dir: b } }]\n' +
      '    steps:\n      - run: docker build ${{ matrix.svc.dir }}/${{ matrix.n }}\n'
    const b = workflowsReader.builds(treeOf({ [WF]: text })).builds
    expect(b.map((x) => [x.context, x.what])).toEqual([
      ['a/1', `workflow step docker build with matrix svc={"dir":"a"}, n=1 (${WF} line 10)`],
      ['a/true', `workflow step docker build with matrix svc={"dir":"a"}, n=true (${WF} line 10)`],
      ['b/1', `workflow step docker build with matrix svc={"dir":"b"}, n=1 (${WF} line 10)`]
    ])
  })
})
