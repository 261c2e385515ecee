// Bake files (HCL and JSON), as the bake file reference describes them: targets with context
// (default `.`), dockerfile (default `Dockerfile`, relative to the context), tags, inherits,
// named contexts; variables with defaults; the files of one folder merged in lookup order.
import { describe, expect, it } from '@jest/globals'
import { bakeReader, isBakeFile } from '../../../../../src/detect/build/context/bake/bake.js'
import { parseHcl } from '../../../../../src/detect/build/context/bake/hcl.js'
import type { DeclaredBuild } from '../../../../../src/detect/build/context/types.js'
import { treeOf } from '../../../../../test-support/tree.js'

const read = (files: Record<string, string>) => bakeReader.builds(treeOf(files))
const builds = (files: Record<string, string>): DeclaredBuild[] => read(files).builds
const byName = (files: Record<string, string>, name: string): DeclaredBuild | undefined =>
  builds(files).find((b) => b.names[0] === name)
const hcl = (text: string, dir = ''): Record<string, string> => ({
  [dir === '' ? 'docker-bake.hcl' : `${dir}/docker-bake.hcl`]: text
})

describe('isBakeFile', () => {
  it.each([
    ['docker-bake.hcl', true],
    ['a/docker-bake.json', true],
    ['a/b/docker-bake.override.hcl', true],
    ['docker-bake.override.json', true],
    ['bake.hcl', false],
    ['docker-bake.hcl.bak', false]
  ])('%s -> %s', (path, yes) => {
    expect(isBakeFile(path)).toBe(yes)
    expect(bakeReader.wants(path)).toBe(yes)
  })
})

describe('HCL targets', () => {
  it('reads context, dockerfile and tags, relative to the bake file folder', () => {
    const text = [
      '# a comment',
      'group "default" {',
      '  targets = ["api"]',
      '}',
      '',
      'target "api" {',
      '  context = "../services/api"   // trailing comment',
      '  dockerfile = "docker/Dockerfile"',
      '  tags = ["ghcr.io/o/api:latest", "o/api"]',
      '}'
    ].join('\n')
    expect(builds(hcl(text, 'build'))).toEqual([
      {
        names: ['api', 'ghcr.io/o/api:latest', 'o/api'],
        context: 'services/api',
        dockerfile: 'services/api/docker/Dockerfile',
        file: 'build/docker-bake.hcl',
        line: 6,
        what: 'bake target api (build/docker-bake.hcl line 6)',
        extraFiles: [],
        unresolved: []
      }
    ])
  })

  it('defaults the context to the folder and the Dockerfile to <context>/Dockerfile', () => {
    const b = byName(hcl('target "web" {}\n', 'x'), 'web')
    expect(b).toMatchObject({ context: 'x', unresolved: [] })
    expect(b?.dockerfile).toBeUndefined()
  })

  it('marks dockerfile-inline (a heredoc) as inline', () => {
    const text =
      'target "i" {\n  dockerfile-inline = <<EOT\nFROM alpine\nRUN echo }\nEOT\n  context = "c"\n}\n'
    expect(byName(hcl(text), 'i')).toMatchObject({ inline: true, context: 'c' })
  })

  it('resolves ${VAR} and bare references from variable defaults, nested', () => {
    const text = [
      'variable "ROOT" { default = "services" }',
      'variable "APP" {',
      '  default = "${ROOT}/api"',
      '}',
      'variable "TAG" {',
      '  default = "1.0"',
      '}',
      'target "api" {',
      '  context = "${APP}"',
      '  dockerfile = DF',
      '  tags = ["o/api:${TAG}"]',
      '}',
      'variable "DF" {',
      '  default = "Dockerfile.prod"',
      '}'
    ].join('\n')
    expect(byName(hcl(text), 'api')).toMatchObject({
      context: 'services/api',
      dockerfile: 'services/api/Dockerfile.prod',
      names: ['api', 'o/api:${TAG}', 'o/api:1.0'],
      unresolved: []
    })
  })

  it('keeps $${ as a literal ${', () => {
    expect(byName(hcl('target "t" {\n  context = "a$${b}"\n}\n'), 't')?.context).toBe('a${b}')
  })

  it('copies attributes through inherits (later parents and the target win), cycle-safe', () => {
    const text = [
      'target "base" {',
      '  context = "svc"',
      '  dockerfile = "base.Dockerfile"',
      '}',
      'target "other" {',
      '  dockerfile = "other.Dockerfile"',
      '}',
      'target "app" {',
      '  inherits = ["base", "other"]',
      '}',
      'target "own" {',
      '  inherits = ["app"]',
      '  dockerfile = "own.Dockerfile"',
      '}',
      'target "a" {',
      '  inherits = ["b"]',
      '}',
      'target "b" {',
      '  inherits = ["a"]',
      '  context = "cyc"',
      '}'
    ].join('\n')
    const files = hcl(text)
    expect(byName(files, 'app')).toMatchObject({
      context: 'svc',
      dockerfile: 'svc/other.Dockerfile'
    })
    expect(byName(files, 'own')).toMatchObject({ context: 'svc', dockerfile: 'svc/own.Dockerfile' })
    expect(byName(files, 'a')?.context).toBe('cyc')
    expect(byName(files, 'b')?.context).toBe('cyc')
  })

  it('merges the files of a folder in lookup order, listing the other files that shape a target', () => {
    const b = builds({
      'docker-bake.hcl': 'target "api" {\n  context = "a"\n  dockerfile = "D"\n}\n',
      'docker-bake.override.hcl': 'target "api" {\n  context = "b"\n}\n',
      'sub/docker-bake.json': '{"target": {"api": {"context": "."}}}'
    })
    expect(b.map((x) => [x.file, x.context, x.dockerfile, x.extraFiles])).toEqual([
      ['docker-bake.hcl', 'b', 'b/D', ['docker-bake.override.hcl']],
      ['sub/docker-bake.json', 'sub', undefined, []]
    ])
  })

  it('ignores groups, functions and top-level attributes', () => {
    const text =
      'x = 1\nfunction "tag" {\n  params = [v]\n  result = ["o/${v}"]\n}\ngroup "g" { targets = ["t"] }\ntarget "t" {}\n'
    const r = read(hcl(text))
    expect(r.builds.map((b) => b.names[0])).toEqual(['t'])
    expect(r.warnings).toEqual([])
  })
})

describe('what is not resolved', () => {
  it.each([
    ['context = "${X}"', 'context ${X} uses ${X}, which is not a variable of the bake file'],
    ['context = "${NODEF}"', 'context ${NODEF} uses ${NODEF}, a variable without a default'],
    ['context = "${upper(X)}"', 'context ${upper(X)} uses ${upper(X)}, an expression'],
    ['context = X != "" ? X : "."', 'context is an expression (X != "" ? X : ".")'],
    [
      'context = "https://github.com/o/r.git#main"',
      'context https://github.com/o/r.git#main is a remote (URL or git) context'
    ],
    ['context = "../.."', 'context ../.. leaves the repository'],
    [
      'context = "${SELF}"',
      'context ${SELF} uses ${SELF}, whose default uses ${SELF}, which refers to itself'
    ],
    [
      'context = "%{ if true }a%{ endif }"',
      'context %{ if true }a%{ endif } uses ${%{ if true }}, an expression'
    ]
  ])('%s', (attr, why) => {
    const text = `variable "NODEF" {}\nvariable "SELF" {\n  default = "\${SELF}"\n}\ntarget "t" {\n  ${attr}\n}\n`
    const b = byName(hcl(text, 'd'), 't')
    expect(b?.context).toBeUndefined()
    expect(b?.unresolved).toEqual([why])
  })

  it('named contexts: folders and targets are unresolved, images are not', () => {
    const text = [
      'target "t" {',
      '  contexts = {',
      '    src = "../libs"',
      '    base = "target:base"',
      '    alpine = "docker-image://alpine:3"',
      '    remote = "https://github.com/o/r.git"',
      '  }',
      '}'
    ].join('\n')
    expect(byName(hcl(text, 'app'), 't')?.unresolved).toEqual([
      'named context src = ../libs (libs) is read by the build too',
      'named context base is the output of target base',
      'named context remote = https://github.com/o/r.git is read by the build too'
    ])
  })

  it('a matrix target', () => {
    const text = 'target "t" {\n  name = "t-${v}"\n  matrix = {\n    v = ["a", "b"]\n  }\n}\n'
    expect(byName(hcl(text), 't')?.unresolved).toEqual([
      'the target has a matrix; its expansions are not read'
    ])
  })

  it('a dockerfile in a remote context', () => {
    const text = 'target "t" {\n  context = "https://example.com/r.git"\n  dockerfile = "D"\n}\n'
    expect(byName(hcl(text), 't')?.unresolved).toEqual([
      'context https://example.com/r.git is a remote (URL or git) context',
      'dockerfile D is inside the remote context'
    ])
  })
})

describe('JSON bake files', () => {
  it('reads variables, targets, inherits, with lines', () => {
    const text = JSON.stringify(
      {
        variable: { TAG: { default: 'latest' }, DIR: { default: 'svc' } },
        group: { default: { targets: ['web'] } },
        target: {
          base: { context: '${DIR}' },
          web: { inherits: ['base'], dockerfile: 'web.Dockerfile', tags: ['o/web:${TAG}'] }
        }
      },
      null,
      2
    )
    const b = byName({ 'app/docker-bake.json': text }, 'web')
    expect(b).toMatchObject({
      context: 'app/svc',
      dockerfile: 'app/svc/web.Dockerfile',
      names: ['web', 'o/web:${TAG}', 'o/web:latest'],
      file: 'app/docker-bake.json',
      line: 21
    })
  })

  it('warns about invalid JSON, with the line when known', () => {
    const r = read({ 'docker-bake.json': '{\n  "target": {\n    "a": {,}\n' })
    expect(r.builds).toEqual([])
    expect(r.warnings[0]).toMatch(
      /^docker-bake\.json: not valid JSON( \(line 3\))?; its builds are not read$/
    )
  })

  it.each(['[]', '"x"', '{"target": []}', '{"target": {"a": 1}}', 'null'])('skips %s', (text) => {
    expect(read({ 'docker-bake.json': text })).toEqual({ builds: [], warnings: [] })
  })
})

describe('malformed HCL', () => {
  it('warns about an unclosed block and keeps what it read before', () => {
    const r = read(hcl('target "a" {\n  context = "a"\n}\ntarget "b" {\n  context = "b"\n'))
    expect(r.builds.map((b) => b.context)).toEqual(['a', 'b'])
    expect(r.warnings).toEqual([
      'docker-bake.hcl: not valid HCL (line 4); builds declared after it may be missed'
    ])
  })

  it('warns about a stray line', () => {
    const r = read(hcl('}}\ntarget "a" {}\n'))
    expect(r.builds.map((b) => b.names[0])).toEqual(['a'])
    expect(r.warnings).toEqual([
      'docker-bake.hcl: not valid HCL (line 1); builds declared after it may be missed'
    ])
  })

  it('parses lists, objects and expressions it cannot read', () => {
    const { blocks, errorLine } = parseHcl(
      'target "t" {\n  a = [1, "x", [true], { k = "v", "q": null }]\n  b = f(1, [2])\n  c = [for x in y: x]\n  d = "s"\n}\n'
    )
    expect(errorLine).toBeUndefined()
    const attrs = blocks[0]?.attrs
    expect(attrs?.get('a')?.value.t).toBe('list')
    expect(attrs?.get('b')?.value).toEqual({ t: 'expr', text: 'f(1, [2])' })
    expect(attrs?.get('c')?.value.t).toBe('expr')
    expect(attrs?.get('d')?.line).toBe(5)
  })
})
