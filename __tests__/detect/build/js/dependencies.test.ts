// The dependencies of a JavaScript package as the provider follows them: aliases (`npm:`,
// `workspace:name@range`), local paths, specs of other shapes, cycles, and the warnings and
// widening for what it cannot match; and the build roots found by package name.
import { describe, expect, it } from '@jest/globals'
import { findJsRoots, jsInputs } from '../../../../src/detect/build/js/index.js'
import { widen } from '../../../../src/detect/build/sound.js'
import { treeOf } from '../../../../test-support/tree.js'

const pkg = (name: string, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ name, version: '1.0.0', ...extra })

const WORKSPACE: Record<string, string> = {
  'package.json': JSON.stringify({ private: true, workspaces: ['apps/*', 'libs/*'] }),
  'libs/bar/package.json': pkg('@acme/bar'),
  'libs/baz/package.json': pkg('baz'),
  'libs/foo/package.json': pkg('foo')
}

/** The workspace folders (under libs/) api's build counts, with api's dependencies `deps`. */
function libsOf(deps: Record<string, unknown>, extra: Record<string, string> = {}): string[] {
  const tree = treeOf({
    ...WORKSPACE,
    ...extra,
    'apps/api/package.json': pkg('api', { dependencies: deps })
  })
  return jsInputs('apps/api', tree)
    .inputs.map((i) => i.path)
    .filter((p) => p.startsWith('libs/'))
}

describe('dependency specs', () => {
  it.each([
    ['a version range: by name', { foo: '^1' }, ['libs/foo']],
    [
      'an npm: alias with a version: the package it installs',
      { foo: 'npm:@acme/bar@^1' },
      ['libs/bar']
    ],
    // Before: an alias with no version named the dependency itself (foo), not @acme/bar.
    [
      'an npm: alias with no version: the package it installs',
      { foo: 'npm:@acme/bar' },
      ['libs/bar']
    ],
    ['an unscoped npm: alias with no version', { foo: 'npm:baz' }, ['libs/baz']],
    ["pnpm's workspace:name@range alias", { x: 'workspace:@acme/bar@*' }, ['libs/bar']],
    ['a workspace: range: by the dependency name', { baz: 'workspace:^1.0.0' }, ['libs/baz']],
    ['a workspace: path', { x: 'workspace:../../libs/foo' }, ['libs/foo']],
    ['a spec that is not a string: by name', { baz: 1, foo: null }, ['libs/baz', 'libs/foo']]
  ])('%s', (_name, deps, want) => {
    expect(libsOf(deps)).toEqual(want)
  })

  it('follows a cycle and a diamond once each', () => {
    const libs = libsOf(
      { foo: '*', baz: '*' },
      {
        'libs/foo/package.json': pkg('foo', { dependencies: { baz: '*', api: '*' } }),
        'libs/baz/package.json': pkg('baz', { peerDependencies: { foo: '*' } })
      }
    )
    expect(libs).toEqual(['libs/foo', 'libs/baz'])
  })

  it('warns on a workspace: dependency that names no package of the workspace', () => {
    const r = jsInputs(
      'apps/api',
      treeOf({
        ...WORKSPACE,
        'apps/api/package.json': pkg('api', { dependencies: { gone: 'workspace:*' } })
      })
    )
    expect(r.warnings).toEqual([
      'apps/api/package.json: gone uses the workspace: protocol, but no package of the workspace is named gone'
    ])
  })
})

describe('what cannot be followed widens to the whole repository', () => {
  it.each([
    [
      'dependencies that are not a map',
      { dependencies: ['foo'] },
      'apps/api/package.json: dependencies is not a map of packages'
    ],
    [
      'an absolute file: path',
      { dependencies: { x: 'file:/opt/x' } },
      'apps/api/package.json: x file:/opt/x is outside the repository'
    ],
    [
      'a file: path leading above the repository',
      { optionalDependencies: { x: 'file:../../../x' } },
      'apps/api/package.json: x file:../../../x is outside the repository'
    ]
  ])('%s', (_name, fields, what) => {
    const tree = treeOf({ ...WORKSPACE, 'apps/api/package.json': pkg('api', fields) })
    const r = jsInputs('apps/api', tree)
    expect(r.unresolved).toEqual([{ what, scope: '', file: 'apps/api/package.json' }])
    expect(widen('api', r.inputs, r.unresolved ?? []).inputs.at(-1)).toMatchObject({
      kind: 'dir',
      path: '',
      from: { provider: 'soundness' }
    })
  })
})

describe('packages with no name', () => {
  it('are named by their folder in the reasons, the root as ./', () => {
    const files = {
      'package.json': JSON.stringify({ dependencies: { x: 'link:./vendor/x' } }),
      'vendor/lib/package.json': JSON.stringify({
        dependencies: { root: 'file:../..', y: 'link:../y' }
      }),
      'vendor/x/x.js': '',
      'vendor/y/y.js': ''
    }
    const why = jsInputs('vendor/lib', treeOf(files))
      .inputs.filter((i) => i.kind === 'dir')
      .map((i) => `${i.path}: ${i.from.why}`)
    expect(why).toEqual([
      'vendor/lib: package vendor/lib/ (vendor/lib/package.json)',
      'vendor/y: vendor/lib/ depends on y (dependency in vendor/lib/package.json)',
      ': vendor/lib/ depends on root (dependency in vendor/lib/package.json)',
      'vendor/x: ./ depends on x (dependency in package.json)'
    ])
  })
})

describe('one tree read for several packages and images', () => {
  it('gives each package of a workspace its own dependencies', () => {
    const tree = treeOf({
      ...WORKSPACE,
      'apps/api/package.json': pkg('api', { dependencies: { foo: '*' } }),
      'apps/web/package.json': pkg('web', { dependencies: { baz: '*' } })
    })
    const libs = (folder: string): string[] =>
      jsInputs(folder, tree)
        .inputs.map((i) => i.path)
        .filter((p) => p.startsWith('libs/'))
    expect(libs('apps/api')).toEqual(['libs/foo'])
    expect(libs('apps/web')).toEqual(['libs/baz'])
  })

  it('finds every package named like the image, once each and by folder, in workspaces that can be read', () => {
    const tree = treeOf({
      'package.json': JSON.stringify({ workspaces: ['apps/*', 'z/ws'] }),
      'apps/api/package.json': pkg('@a/api'),
      'apps/zapi/package.json': pkg('@c/api'),
      'z/ws/package.json': JSON.stringify({ name: 'ws', workspaces: ['*'] }),
      'z/ws/api/package.json': pkg('@b/api'),
      'broken/package.json': JSON.stringify({ workspaces: 'x/*' }),
      'broken/x/package.json': pkg('@d/api')
    })
    expect(findJsRoots({ name: 'api' }, tree)).toEqual([
      { folder: 'apps/api', how: 'workspace package @a/api (apps/api/package.json)' },
      { folder: 'apps/zapi', how: 'workspace package @c/api (apps/zapi/package.json)' },
      { folder: 'z/ws/api', how: 'workspace package @b/api (z/ws/api/package.json)' }
    ])
    expect(findJsRoots({ name: 'ws' }, tree)).toEqual([
      { folder: 'z/ws', how: 'workspace package ws (z/ws/package.json)' }
    ])
  })
})
