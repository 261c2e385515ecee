// The Go provider on small monorepos, through resolveInputs (with the Dockerfile provider and the
// soundness rule): for each image, which changed paths count.
import { describe, expect, it } from '@jest/globals'
import { ChangedFiles } from '../../../../src/detect/path-globs.js'
import type { Image } from '../../../../src/files/image-vars.js'
import { readGoMod } from '../../../../src/detect/build/go/gomod.js'
import { goInputs, wantsGo } from '../../../../src/detect/build/go/provider.js'
import { inputSettings } from '../../../../src/detect/build/index.js'
import { InputMatcher } from '../../../../src/detect/match.js'
import { resolveInputs } from '../../../../src/detect/build/resolve-inputs.js'
import { makeTree } from '../../../../src/detect/build/tree.js'
import { LINEAR, growth } from '../../../../test-support/growth.js'
import { treeOf } from '../../../../test-support/tree.js'
import type { SourceTree } from '../../../../src/detect/build/types.js'

/** Two modules with a local replace, a workspace, a nested module and a module outside it. */
const MODULES: Record<string, string> = {
  'go.work': 'go 1.22\n\nuse (\n\t./services/api\n\t./libs/log // logging\n)\n',
  'go.work.sum': '',
  'services/api/go.mod': [
    'module example.org/shop/api',
    '',
    'go 1.22',
    '',
    'require (',
    '\texample.org/shop/util v0.0.0',
    '\tgithub.com/some/dep v1.2.3',
    ')',
    '',
    'replace example.org/shop/util => ../../libs/util',
    'replace github.com/some/dep v1.2.3 => github.com/fork/dep v1.2.4',
    ''
  ].join('\n'),
  'services/api/go.sum': 'github.com/some/dep v1.2.3 h1:x\n',
  'services/api/main.go': 'package main\n',
  'services/api/main_test.go': 'package main\n',
  'services/api/internal/h/h.go': 'package h\n',
  'services/api/internal/h/testdata/case.json': '{}\n',
  'services/api/tools/go.mod': 'module example.org/shop/api/tools\n',
  'services/api/tools/gen.go': 'package tools\n',
  'services/api/vendor/modules.txt': '# x\n',
  'services/api/Dockerfile': 'FROM golang:1.22 AS build\nCOPY bin/api /api\n',
  'services/web/go.mod': 'module example.org/shop/web\n\ngo 1.22\n',
  'services/web/main.go': 'package main\n',
  'libs/util/go.mod': 'module example.org/shop/util\n',
  'libs/util/util.go': 'package util\n',
  'libs/util/util_test.go': 'package util\n',
  'libs/log/go.mod': 'module example.org/shop/log\n\nreplace example.org/shop/fmt => ../fmt\n',
  'libs/log/log.go': 'package log\n',
  'libs/fmt/go.mod': 'module example.org/shop/fmt\n',
  'libs/fmt/fmt.go': 'package fmt\n',
  'libs/other/go.mod': 'module example.org/shop/other\n',
  'libs/other/other.go': 'package other\n',
  'docs/guide.md': '# guide\n'
}

/** One module at the repository root with many main packages. */
const SINGLE: Record<string, string> = {
  'go.mod': 'module example.org/mono\n\ngo 1.22\n',
  'go.sum': '',
  'cmd/api/main.go': 'package main\n',
  'cmd/api/main_test.go': 'package main\n',
  'cmd/worker/main.go': 'package main\n',
  'pkg/log/log.go': 'package log\n',
  'pkg/log/log_test.go': 'package log\n',
  'pkg/log/testdata/golden.txt': 'x\n',
  'README.md': '# mono\n'
}

function resolved(tree: SourceTree, name: string, folder: string) {
  const image: Image = { name, prefix: name, folder }
  const [r] = resolveInputs([image], tree, inputSettings(undefined, undefined))
  if (!r) throw new Error('no result')
  const counts = (path: string): boolean =>
    new InputMatcher().match(r.inputs, new ChangedFiles([path], () => false)).length > 0
  return { r, counts }
}

describe('the Go provider', () => {
  const modules = treeOf(MODULES)
  const single = treeOf(SINGLE)
  const cases: [string, SourceTree, string, string, string, boolean][] = [
    ['modules', modules, 'api', 'services/api', 'services/api/main.go', true],
    ['modules', modules, 'api', 'services/api', 'services/api/internal/h/h.go', true],
    ['modules', modules, 'api', 'services/api', 'services/api/go.mod', true],
    ['modules', modules, 'api', 'services/api', 'services/api/go.sum', true],
    ['modules', modules, 'api', 'services/api', 'services/api/vendor/modules.txt', true],
    ['modules', modules, 'api', 'services/api', 'services/api/main_test.go', false],
    [
      'modules',
      modules,
      'api',
      'services/api',
      'services/api/internal/h/testdata/case.json',
      false
    ],
    ['modules', modules, 'api', 'services/api', 'services/api/tools/gen.go', false],
    ['modules', modules, 'api', 'services/api', 'libs/util/util.go', true],
    ['modules', modules, 'api', 'services/api', 'libs/util/go.mod', true],
    ['modules', modules, 'api', 'services/api', 'libs/util/util_test.go', false],
    ['modules', modules, 'api', 'services/api', 'libs/log/log.go', true],
    ['modules', modules, 'api', 'services/api', 'libs/fmt/fmt.go', true],
    ['modules', modules, 'api', 'services/api', 'libs/other/other.go', false],
    ['modules', modules, 'api', 'services/api', 'go.work', true],
    ['modules', modules, 'api', 'services/api', 'go.work.sum', true],
    ['modules', modules, 'api', 'services/api', 'services/web/main.go', false],
    ['modules', modules, 'api', 'services/api', 'docs/guide.md', false],
    // Not a member of the workspace: only go.work itself counts.
    ['modules', modules, 'web', 'services/web', 'services/web/main.go', true],
    ['modules', modules, 'web', 'services/web', 'go.work', true],
    ['modules', modules, 'web', 'services/web', 'libs/log/log.go', false],
    ['modules', modules, 'web', 'services/web', 'services/api/main.go', false],
    // One module, many main packages: imports are not read, so all of it counts but tests.
    ['single', single, 'api', 'cmd/api', 'cmd/api/main.go', true],
    ['single', single, 'api', 'cmd/api', 'cmd/worker/main.go', true],
    ['single', single, 'api', 'cmd/api', 'pkg/log/log.go', true],
    ['single', single, 'api', 'cmd/api', 'go.sum', true],
    ['single', single, 'api', 'cmd/api', 'README.md', true],
    ['single', single, 'api', 'cmd/api', 'cmd/api/main_test.go', false],
    ['single', single, 'api', 'cmd/api', 'pkg/log/log_test.go', false],
    ['single', single, 'api', 'cmd/api', 'pkg/log/testdata/golden.txt', false]
  ]
  it.each(cases)('%s: %s counts %s? (%s)', (_shape, tree, name, folder, path, want) => {
    expect(resolved(tree, name, folder).counts(path)).toBe(want)
  })

  it('settles a Dockerfile that copies a build output, and says why each input counts', () => {
    const { r } = resolved(modules, 'api', 'services/api')
    expect(r.warnings).toEqual([])
    expect(r.inputs.find((i) => i.path === 'libs/util')?.from).toEqual({
      provider: 'go',
      file: 'services/api/go.mod',
      line: 10,
      why: 'example.org/shop/api replaces example.org/shop/util with ../../libs/util (services/api/go.mod line 10)'
    })
    expect(r.inputs.find((i) => i.path === 'services/api')?.excludes).toEqual([
      'services/api/**/*_test.go',
      'services/api/**/testdata/**',
      'services/api/tools/**'
    ])
  })

  it('says the whole module counts when the build root is a package inside it', () => {
    const { r } = resolved(single, 'api', 'cmd/api')
    expect(r.inputs.find((i) => i.path === '')?.from.why).toBe(
      'Go module the repository root (go.mod), which holds the build root cmd/api/; imports are not read, so the whole module counts'
    )
  })

  it('widens for a go.mod it cannot read, and warns on a replace leading outside', () => {
    const t = treeOf({
      ...MODULES,
      'services/api/go.mod': 'module example.org/shop/api\n\nrequire (\n\tx v1\n',
      'services/web/go.mod': 'module example.org/shop/web\n\nreplace x => ../../../elsewhere\n'
    })
    const api = resolved(t, 'api', 'services/api')
    expect(api.counts('services/api/main_test.go')).toBe(true)
    expect(api.r.warnings.join('\n')).toContain(
      'services/api/go.mod line 3: the require block is not closed'
    )
    expect(resolved(t, 'web', 'services/web').r.warnings).toEqual([
      'services/web/go.mod line 3: replace x => ../../../elsewhere leads outside the repository; ignored'
    ])
  })

  it('leaves a Dockerfile that copies only sources to the Dockerfile provider', () => {
    const t = treeOf({
      ...SINGLE,
      'cmd/api/Dockerfile':
        'FROM golang:1.22\nCOPY go.mod go.sum ./\nCOPY pkg ./pkg\nCOPY cmd/api ./cmd/api\nRUN go build ./cmd/api\n'
    })
    expect(goInputs('cmd/api', t).claimed).toBe(false)
    const api = resolved(t, 'api', 'cmd/api')
    expect(api.counts('pkg/log/log.go')).toBe(true)
    expect(api.counts('cmd/worker/main.go')).toBe(false)
    // A Dockerfile that copies a build output is settled by the Go build.
    const out = treeOf({ ...SINGLE, 'cmd/api/Dockerfile': 'FROM scratch\nCOPY bin/api /api\n' })
    expect(resolved(out, 'api', 'cmd/api').counts('cmd/worker/main.go')).toBe(true)
    expect(resolved(out, 'api', 'cmd/api').r.warnings).toEqual([])
  })

  it('does not claim a folder with no go.mod above it', () => {
    expect(goInputs('docs', treeOf({ 'docs/a.md': '' })).claimed).toBe(false)
    expect(goInputs('cmd/api', single).claimed).toBe(true)
  })

  it('wants go.mod and go.work', () => {
    expect(['go.mod', 'a/go.mod', 'go.work', 'go.sum', 'a/xgo.mod'].map(wantsGo)).toEqual([
      true,
      true,
      true,
      false,
      false
    ])
  })
})

describe('the forms the Go provider refuses, and the widening they get', () => {
  it.each([
    [
      'a go.mod of the main module that is not well-formed: its folder, tests too',
      { 'services/api/go.mod': 'module example.org/shop/api\n\nreplace x ./y\n' },
      'services/api/go.mod line 3: a replace directive without "old => new"',
      'services/api/main_test.go'
    ],
    [
      'a go.mod of a replace target that is not well-formed: its folder, tests too',
      { 'libs/util/go.mod': 'module "example.org/shop/util\n' },
      'libs/util/go.mod line 1: an unterminated string',
      'libs/util/util_test.go'
    ],
    [
      'a go.work that is not well-formed: its folder (here the repository)',
      { 'go.work': 'go 1.22\n\nuse (\n\t./services/api\n' },
      'go.work line 3: the use block is not closed',
      'docs/guide.md'
    ]
  ])('%s', (_name, extra, words, counted) => {
    const api = resolved(treeOf({ ...MODULES, ...extra }), 'api', 'services/api')
    expect(api.r.warnings.join('\n')).toContain(words)
    expect(api.r.warnings.join('\n')).toContain('inputs widened to')
    expect(api.counts(counted)).toBe(true)
  })

  it.each([
    [
      'an absolute path',
      'replace x => /opt/x',
      'replace x => /opt/x leads outside the repository; ignored'
    ],
    [
      'a path above the repository',
      'replace x => ../../../x',
      'leads outside the repository; ignored'
    ],
    [
      'a folder not in the tree',
      'replace x => ../../libs/gone',
      '(services/api/go.mod line 4): libs/gone/ is not in the tree'
    ]
  ])('warns on a replace to %s, and widens nothing', (_name, line, words) => {
    const t = treeOf({
      ...MODULES,
      'services/api/go.mod': `module example.org/shop/api\n\ngo 1.22\n${line}\n`
    })
    const api = resolved(t, 'api', 'services/api')
    expect(api.r.warnings.join('\n')).toContain(words)
    expect(api.counts('services/api/main_test.go')).toBe(false)
    expect(api.counts('docs/guide.md')).toBe(false)
  })

  it('follows a local replace written in go.work, for its members only', () => {
    const t = treeOf({
      ...MODULES,
      'go.work': 'go 1.22\n\nuse ./services/api\n\nreplace example.org/shop/x => ./libs/other\n'
    })
    const api = resolved(t, 'api', 'services/api')
    expect(api.r.warnings).toEqual([])
    expect(api.counts('libs/other/other.go')).toBe(true)
    expect(api.counts('libs/log/log.go')).toBe(false)
  })
})

describe('the Go provider on files it cannot read and forms it ignores', () => {
  it('a go.mod in the tree that could not be read widens to its folder, with no line', () => {
    const texts = new Map(Object.entries(MODULES).filter(([f]) => f !== 'services/api/go.mod'))
    const r = goInputs('services/api', makeTree(Object.keys(MODULES), texts))
    expect(r.unresolved).toEqual([
      {
        what: 'services/api/go.mod: could not be read',
        scope: 'services/api',
        file: 'services/api/go.mod'
      }
    ])
    // Its replaces are unknown: libs/util is not followed, the workspace still is.
    expect(r.inputs.map((i) => i.path)).not.toContain('libs/util')
    expect(r.inputs.map((i) => i.path)).toContain('libs/log')
  })

  it('a replace to a folder with no go.mod counts that folder, without a warning', () => {
    const t = treeOf({
      ...MODULES,
      'services/api/go.mod': 'module example.org/shop/api\n\nreplace x => ../../libs/plain\n',
      'libs/plain/p.go': 'package plain\n'
    })
    const api = resolved(t, 'api', 'services/api')
    expect(api.r.warnings).toEqual([])
    expect(api.counts('libs/plain/p.go')).toBe(true)
  })

  it('a go.mod with no module directive names its replaces by its path', () => {
    const t = treeOf({
      ...MODULES,
      'services/api/go.mod': 'go 1.22\nreplace x => ../../libs/util\n'
    })
    const { r } = resolved(t, 'api', 'services/api')
    expect(r.inputs.find((i) => i.path === 'libs/util')?.from.why).toBe(
      'services/api/go.mod replaces x with ../../libs/util (services/api/go.mod line 2)'
    )
  })

  it('a use of a folder outside the repository is a warning (it was ignored silently), the rest is followed', () => {
    const t = treeOf({
      ...MODULES,
      'go.work':
        'go 1.22\n\nuse (\n\t/opt/shared\n\t./services/api\n\t../outside\n\t./libs/log\n)\n'
    })
    const api = resolved(t, 'api', 'services/api')
    expect(api.r.warnings).toEqual([
      'go.work line 4: use /opt/shared leads outside the repository; ignored',
      'go.work line 6: use ../outside leads outside the repository; ignored'
    ])
    expect(api.counts('libs/log/log.go')).toBe(true)
    // A module that is no member of the workspace is not told about it.
    expect(resolved(t, 'web', 'services/web').r.warnings).toEqual([])
  })
})

describe('the go.mod reader', () => {
  it('reads module, replace and use, in blocks and single', () => {
    expect(
      readGoMod(
        'module "example.org/x" // c\nreplace (\n\ta => ./a\n\tb v1 => `../b` v2\n)\nuse ./c\nrequire d v1\n'
      )
    ).toEqual({
      module: 'example.org/x',
      replaces: [
        { from: 'a', to: './a', local: true, line: 3 },
        { from: 'b', to: '../b', local: true, line: 4 }
      ],
      uses: [{ path: './c', line: 6 }]
    })
  })
  it.each([
    ['replace a ./b\n', 'a replace directive without "old => new"'],
    ['module "x\n', 'an unterminated string'],
    ['require (\n', 'the require block is not closed'],
    ['require x)\n', 'an unexpected parenthesis']
  ])('refuses %j', (text, error) => {
    expect(readGoMod(text)).toMatchObject({ error })
  })
  it.each<[string, (n: number) => string]>([
    ['slashes', (n) => 'module ' + '/'.repeat(n)],
    ['a long replace', (n) => 'replace ' + 'a '.repeat(n)],
    ['open strings', (n) => '"\\'.repeat(n)]
  ])('is linear on hostile input: %s', (_name, make) => {
    expect(growth(make, readGoMod, 20_000)).toBeLessThan(LINEAR)
  })
})
