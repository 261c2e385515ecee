// A bake target's attributes, beyond the common case of bake.test.ts: parents named through
// variables or not readable (a context then unknown), the edges of dockerfile, tags and named
// contexts, and bake files that cannot be read.
import { describe, expect, it } from '@jest/globals'
import { bakeReader } from '../../../../../src/detect/build/context/bake/bake.js'
import type { DeclaredBuild } from '../../../../../src/detect/build/context/types.js'
import { makeTree } from '../../../../../src/detect/build/tree.js'
import { treeOf } from '../../../../../test-support/tree.js'

const read = (files: Record<string, string>) => bakeReader.builds(treeOf(files))
const target = (text: string, name = 't', dir = 'd'): DeclaredBuild | undefined =>
  read({ [dir === '' ? 'docker-bake.hcl' : `${dir}/docker-bake.hcl`]: text }).builds.find(
    (b) => b.names[0] === name
  )

describe('inherits', () => {
  const base =
    'variable "BASE" { default = "base" }\ntarget "base" {\n  context = "svc"\n  dockerfile = "D"\n}\n'

  it.each([
    ['a variable in a string', 'inherits = ["${BASE}"]'],
    ['a bare variable', 'inherits = [BASE]'],
    ['one value, not a list', 'inherits = "base"']
  ])('names the parent by %s', (_, attr) => {
    expect(target(`${base}target "t" {\n  ${attr}\n}\n`)).toMatchObject({
      context: 'd/svc',
      dockerfile: 'd/svc/D',
      unresolved: []
    })
  })

  const notKnown = '; what it inherits is not known'
  it.each([
    [
      'inherits = ["${NOPE}"]',
      'inherits ${NOPE} uses ${NOPE}, which is not a variable of the bake file'
    ],
    ['inherits = [parent("x")]', 'inherits is an expression (parent("x"))'],
    ['inherits = ["gone"]', 'inherits gone, which is not a target of the bake files of this folder']
  ])('%s: unresolved, and the context unknown unless the target sets it', (attr, why) => {
    const text = `target "t" {\n  ${attr}\n}\ntarget "child" {\n  inherits = ["t"]\n}\n`
    expect(target(text)).toMatchObject({ context: undefined, unresolved: [why + notKnown] })
    expect(target(text, 'child')).toMatchObject({
      context: undefined,
      unresolved: [why + notKnown]
    })
    const own = target(`target "t" {\n  ${attr}\n  context = "c"\n  dockerfile = "F"\n}\n`)
    expect(own).toMatchObject({ context: 'd/c', dockerfile: 'd/c/F', unresolved: [why + notKnown] })
  })

  it('leaves a Dockerfile relative to the unknown context unresolved', () => {
    const b = target('target "t" {\n  inherits = ["gone"]\n  dockerfile = "F"\n}\n')
    expect(b?.dockerfile).toBeUndefined()
    expect(b?.unresolved).toEqual([
      `inherits gone, which is not a target of the bake files of this folder${notKnown}`,
      'dockerfile F is relative to a context that is not known'
    ])
  })

  // Targets t<n> ... t0, each inheriting the next, declared from the top so the whole chain is
  // followed from t<n>.
  const chain = (n: number): string => {
    const lines: string[] = []
    for (let i = n; i > 0; i--) lines.push(`target "t${i}" {\n  inherits = ["t${i - 1}"]\n}`)
    lines.push('target "t0" {\n  context = "deep"\n}')
    return lines.join('\n')
  }

  it('follows a chain of 17 targets, and calls a longer one unresolved', () => {
    expect(target(chain(16), 't16')).toMatchObject({ context: 'd/deep', unresolved: [] })
    expect(target(chain(17), 't17')).toMatchObject({
      context: undefined,
      unresolved: [`inherits t0, more than 16 targets up the chain${notKnown}`]
    })
  })

  it('names a parent it cannot read once, however many paths lead to it', () => {
    // 30 targets, each inheriting the one before 10 times: 10^30 paths to the first.
    const lines = ['target "t0" {\n  inherits = ["${NOPE}"]\n}']
    for (let i = 1; i < 30; i++) {
      lines.push(
        `target "t${i}" {\n  inherits = [${Array(10)
          .fill(`"t${i - 1}"`)
          .join(', ')}]\n}`
      )
    }
    expect(target(lines.join('\n'), 't29')?.unresolved).toEqual([
      `inherits \${NOPE} uses \${NOPE}, which is not a variable of the bake file${notKnown}`
    ])
  })
})

describe('attributes', () => {
  it('reads dockerfile when dockerfile-inline is null', () => {
    const b = target('target "t" {\n  dockerfile-inline = null\n  dockerfile = "F"\n}\n')
    expect(b).toMatchObject({ context: 'd', dockerfile: 'd/F', unresolved: [] })
    expect(b?.inline).toBeUndefined()
  })

  it('leaves a dockerfile it cannot evaluate unresolved, and keeps the context', () => {
    const b = target('target "t" {\n  dockerfile = "${X}.Dockerfile"\n}\n')
    expect(b).toMatchObject({
      context: 'd',
      unresolved: ['dockerfile ${X}.Dockerfile uses ${X}, which is not a variable of the bake file']
    })
    expect(b?.dockerfile).toBeUndefined()
  })

  it('names the target by its tags as written and as evaluated', () => {
    const text = [
      'variable "IMAGE" { default = "o/bare" }',
      'variable "V" { default = "1" }',
      'target "t" {',
      '  tags = [IMAGE, "o/a:${V}", "o/b:${X}", 42, ["nested"], upper("x")]',
      '}',
      'target "one" {',
      '  tags = "o/one"',
      '}'
    ].join('\n')
    expect(target(text)?.names).toEqual(['t', 'o/bare', 'o/a:${V}', 'o/a:1', 'o/b:${X}', '42'])
    expect(target(text, 'one')?.names).toEqual(['one', 'o/one'])
  })

  it('reads named contexts: unknown values, the root, absolute paths', () => {
    const text = [
      'target "t" {',
      '  contexts = {',
      '    v = "${X}"',
      '    root = "."',
      '    abs = "/srv/x"',
      '    up = "../../.."',
      '  }',
      '}'
    ].join('\n')
    expect(target(text, 't', '')?.unresolved).toEqual([
      'named context v uses ${X}, which is not a variable of the bake file',
      'named context root = . (the repository root) is read by the build too',
      'named context abs = /srv/x is read by the build too',
      'named context up = ../../.. is read by the build too'
    ])
  })

  it.each([
    ['contexts = CTX', 'named contexts are not a mapping'],
    ['contexts = ["a"]', 'named contexts are not a mapping'],
    ['contexts = merge(a, b)', 'named contexts are an expression (merge(a, b))']
  ])('%s is unresolved', (attr, why) => {
    expect(target(`target "t" {\n  ${attr}\n}\n`)).toMatchObject({
      context: 'd',
      unresolved: [why]
    })
  })
})

describe('values past the bounds of evaluation', () => {
  // V<i> uses V<i-1> `refs` times: the value would double in work at every level.
  const levels = (n: number, refs: number, v0: string): string => {
    const lines = [`variable "V0" { default = "${v0}" }`]
    for (let i = 1; i <= n; i++) {
      lines.push(
        `variable "V${i}" { default = "${Array(refs)
          .fill(`\${V${i - 1}}`)
          .join('')}" }`
      )
    }
    return lines.join('\n')
  }

  it('reads variables used many times each, within the bounds', () => {
    const text = `${levels(3, 4, 'x')}\ntarget "t" {\n  context = "\${V3}"\n}\n`
    expect(target(text)?.context).toBe(`d/${'x'.repeat(64)}`)
  })

  it('stops at 1000 variables read for one value', () => {
    // 20^8 reads of an empty default, were each one read.
    const text = `${levels(7, 20, '')}\ntarget "t" {\n  context = "\${V7}"\n}\n`
    const b = target(text)
    expect(b?.context).toBeUndefined()
    expect(b?.unresolved[0]).toMatch(
      /^context \$\{V7\} uses \$\{V7\}, whose default uses .*, past 1000 variables read for one value$/
    )
  })

  it('stops at values over 4096 characters', () => {
    // 10^5 characters, were the value made.
    const v3 = `${levels(3, 10, 'x'.repeat(100))}\n`
    const text = `${v3}target "t" {\n  tags = ["o/\${V3}"]\n  context = "\${V3}"\n}\n`
    const b = target(text)
    expect(b?.names).toEqual(['t', 'o/${V3}'])
    expect(b?.unresolved).toEqual([
      'context ${V3} uses ${V3}, whose default uses ${V2}, whose default is over 4096 characters long'
    ])
  })
})

describe('the bake files of a tree', () => {
  it('reads only bake files, each folder on its own', () => {
    const r = read({
      'README.md': 'target "no" {}\n',
      'a/docker-bake.hcl': 'target "a" {}\n',
      'a/bake.hcl': 'target "no" {}\n',
      'b/docker-bake.json': '{"target": {"b": {}}}'
    })
    expect(r.builds.map((b) => [b.names[0], b.context])).toEqual([
      ['a', 'a'],
      ['b', 'b']
    ])
  })
})

describe('what is left open', () => {
  it('warns about a string left open, with its line, and keeps the target', () => {
    const r = read({ 'docker-bake.hcl': 'target "a" {\n  context = "a\n  tags = ["o/a"]\n}\n' })
    expect(r.warnings).toEqual([
      'docker-bake.hcl: not valid HCL (line 2); builds declared after it may be missed'
    ])
    expect(r.builds.map((b) => [b.names, b.context])).toEqual([[['a', 'o/a'], 'a']])
  })

  it('does not read a variable out of an interpolation left open', () => {
    const json = JSON.stringify({
      variable: { oops: { default: 'x' } },
      target: { t: { context: '${oops' } }
    })
    expect(read({ 'docker-bake.json': json }).builds[0]).toMatchObject({
      context: undefined,
      unresolved: ['context ${oops uses ${oops without a closing }']
    })
  })
})

describe('bake files that cannot be read', () => {
  it('warns about a file with no text', () => {
    const r = bakeReader.builds(makeTree(['a/docker-bake.hcl']))
    expect(r).toEqual({
      builds: [],
      warnings: ['a/docker-bake.hcl: not read; its builds are not known']
    })
  })

  it('warns about a folder whose files fail to read, and reads the other folders', () => {
    const tree = treeOf({
      'a/docker-bake.hcl': 'target "a" {}\n',
      'a/docker-bake.override.hcl': 'target "a" {}\n',
      'b/docker-bake.hcl': 'target "b" {}\n'
    })
    const failing = {
      ...tree,
      read: (f: string): string | undefined => {
        if (f.startsWith('a/')) throw new Error('boom')
        return tree.read(f)
      }
    }
    const r = bakeReader.builds(failing)
    expect(r.builds.map((b) => b.names[0])).toEqual(['b'])
    expect(r.warnings).toEqual([
      'a/docker-bake.hcl, a/docker-bake.override.hcl: not read (boom); builds are not known'
    ])
  })
})
