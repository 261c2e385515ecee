// The bake files of one folder read and merged: JSON values in the shape of HCL values, the line
// of each JSON target, variables and targets merged across files in lookup order.
import { describe, expect, it } from '@jest/globals'
import { readFolder } from '../../../../../src/detect/build/context/bake/folder.js'
import type { HclValue } from '../../../../../src/detect/build/context/bake/hcl.js'
import { makeTree } from '../../../../../src/detect/build/tree.js'
import { treeOf } from '../../../../../test-support/tree.js'

const folderOf = (files: Record<string, string>) => {
  const warnings: string[] = []
  const folder = readFolder(treeOf(files), Object.keys(files), warnings)
  return { folder, warnings }
}
const attrsOf = (files: Record<string, string>, name: string): Record<string, HclValue> =>
  Object.fromEntries(
    [...(folderOf(files).folder.targets.get(name)?.attrs ?? [])].map(([k, a]) => [k, a.value])
  )

describe('JSON bake files', () => {
  it('reads scalars as literals, lists, objects and strings as templates', () => {
    const json = JSON.stringify({
      target: { t: { n: 1.5, b: true, z: null, l: [1, 'a'], o: { k: 'v' }, s: 'x${V}' } }
    })
    expect(attrsOf({ 'docker-bake.json': json }, 't')).toEqual({
      n: { t: 'lit', value: '1.5' },
      b: { t: 'lit', value: 'true' },
      z: { t: 'lit', value: 'null' },
      l: {
        t: 'list',
        items: [
          { t: 'lit', value: '1' },
          { t: 'str', parts: [{ lit: 'a' }], raw: 'a' }
        ]
      },
      o: { t: 'obj', entries: [['k', { t: 'str', parts: [{ lit: 'v' }], raw: 'v' }]] },
      s: { t: 'str', parts: [{ lit: 'x' }, { expr: 'V' }], raw: 'x${V}' }
    })
  })

  it('reads lists and objects 16 deep, and calls deeper ones a nested value', () => {
    // Lists and objects in turn, n deep, around 'x'.
    const nest = (n: number): unknown =>
      n === 0 ? 'x' : n % 2 ? [nest(n - 1)] : { k: nest(n - 1) }
    /** How many lists and objects deep, and what is at the bottom. */
    const bottom = (v: HclValue | undefined, depth = 0): [number, HclValue | undefined] =>
      v?.t === 'list'
        ? bottom(v.items[0], depth + 1)
        : v?.t === 'obj'
          ? bottom(v.entries[0]?.[1], depth + 1)
          : [depth, v]
    const at = (n: number) =>
      attrsOf({ 'docker-bake.json': JSON.stringify({ target: { t: { a: nest(n) } } }) }, 't').a
    expect(bottom(at(16))).toEqual([16, { t: 'str', parts: [{ lit: 'x' }], raw: 'x' }])
    expect(bottom(at(17))).toEqual([16, { t: 'expr', text: 'a nested value' }])
    expect(bottom(at(18))).toEqual([16, { t: 'expr', text: 'a nested value' }])
  })

  it('gives each target the line of its name, and line 1 when its name is written escaped', () => {
    const text = '{\n  "target": {\n    "a": {},\n    "\\u0062": {}\n  }\n}\n'
    const { targets } = folderOf({ 'docker-bake.json': text }).folder
    expect([...targets.values()].map((t) => [t.name, t.line])).toEqual([
      ['a', 3],
      ['b', 1]
    ])
  })

  it('reads variable defaults, and skips sections and bodies that are no objects', () => {
    const json = JSON.stringify({
      variable: { V: { default: 'v' }, W: {} },
      target: { t: {}, bad: 'x' },
      group: { g: { targets: ['t'] } }
    })
    const { folder } = folderOf({ 'docker-bake.json': json })
    expect(Object.fromEntries(folder.vars)).toEqual({
      V: { value: { t: 'str', parts: [{ lit: 'v' }], raw: 'v' }, file: 'docker-bake.json' },
      W: { value: undefined, file: 'docker-bake.json' }
    })
    expect([...folder.targets.keys()]).toEqual(['t'])
  })
})

describe('JSON that does not parse', () => {
  it.each([
    ['{\n  "target": {\n    "a": {,}\n', ' (line 3)'],
    ['', '']
  ])('warns about %j, with the line when JSON.parse gives one', (text, where) => {
    const { folder, warnings } = folderOf({ 'docker-bake.json': text })
    expect(folder.targets.size).toBe(0)
    expect(warnings).toEqual([`docker-bake.json: not valid JSON${where}; its builds are not read`])
  })
})

describe('merging the files of a folder', () => {
  it('keeps a default when a later file declares the variable without one', () => {
    const { folder } = folderOf({
      'docker-bake.hcl': 'variable "V" { default = "a" }\nvariable "W" { default = "a" }\n',
      'docker-bake.override.hcl': 'variable "V" {}\nvariable "W" { default = "b" }\n'
    })
    expect(folder.vars.get('V')).toMatchObject({ value: { raw: 'a' }, file: 'docker-bake.hcl' })
    expect(folder.vars.get('W')).toMatchObject({
      value: { raw: 'b' },
      file: 'docker-bake.override.hcl'
    })
  })

  it('merges a target attribute by attribute, each with the file that sets it', () => {
    const { folder } = folderOf({
      'docker-bake.hcl': 'target "t" {\n  context = "a"\n  dockerfile = "D"\n}\n',
      'docker-bake.override.json': '{"target": {"t": {"context": "b"}}}'
    })
    const t = folder.targets.get('t')
    expect(t && { file: t.file, line: t.line }).toEqual({ file: 'docker-bake.hcl', line: 1 })
    expect([...(t?.attrs ?? [])].map(([k, a]) => [k, a.file])).toEqual([
      ['context', 'docker-bake.override.json'],
      ['dockerfile', 'docker-bake.hcl']
    ])
  })

  it('skips blocks without a name', () => {
    const { folder, warnings } = folderOf({
      'docker-bake.hcl': 'target {\n  context = "x"\n}\nvariable {}\ntarget "t" {}\n'
    })
    expect([...folder.targets.keys()]).toEqual(['t'])
    expect(folder.vars.size).toBe(0)
    expect(warnings).toEqual([])
  })

  it('warns about a file it cannot read, and reads the others', () => {
    const tree = makeTree(
      ['docker-bake.hcl', 'docker-bake.override.hcl'],
      new Map([['docker-bake.override.hcl', 'target "t" {}\n']])
    )
    const warnings: string[] = []
    const folder = readFolder(tree, ['docker-bake.hcl', 'docker-bake.override.hcl'], warnings)
    expect([...folder.targets.keys()]).toEqual(['t'])
    expect(warnings).toEqual(['docker-bake.hcl: not read; its builds are not known'])
  })
})
