// The JavaScript workspaces of a tree: the members a pnpm-workspace.yaml or a workspaces field
// selects, the lists that cannot be read (and the widening they get), nested workspaces, and
// what is not a package (node_modules).
import { describe, expect, it } from '@jest/globals'
import { jsInputs } from '../../../../src/detect/build/js/index.js'
import { jsIndex, workspaceOf } from '../../../../src/detect/build/js/workspace.js'
import { widen } from '../../../../src/detect/build/sound.js'
import { makeTree } from '../../../../src/detect/build/tree.js'
import { treeOf } from '../../../../test-support/tree.js'

const pkg = (name: string, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ name, version: '1.0.0', ...extra })

const PACKAGES = {
  'apps/api/package.json': pkg('api', { dependencies: { lib: '*' } }),
  'apps/web/package.json': pkg('web'),
  'libs/lib/package.json': pkg('lib'),
  'libs/lib/i.js': ''
}

/** The members of the workspace at the root, sorted, or its error. */
function rootWorkspace(files: Record<string, string>) {
  const w = jsIndex(treeOf({ ...PACKAGES, ...files })).workspaces.find((x) => x.root === '')
  return w?.members ? { members: [...w.members].sort() } : { error: w?.error }
}

describe('pnpm-workspace.yaml', () => {
  const ALL = ['', 'apps/api', 'apps/web', 'libs/lib']
  it.each([
    ['an empty file: every package below the root', '', ALL],
    ['only a comment', '# later\n', ALL],
    ['a null document', '~\n', ALL],
    ['no packages field', 'catalog:\n  react: ^18\n', ALL],
    ['an empty packages field', 'packages:\n', ALL],
    [
      "'.' is the root, a literal path one package",
      "packages:\n  - '.'\n  - apps/api\n",
      ['', 'apps/api']
    ],
    // pnpm appends /package.json to each glob: `!./` leaves out the root's manifest only.
    [
      'an exclusion of ./ keeps the members',
      "packages:\n  - 'apps/*'\n  - '!./'\n",
      ['', 'apps/api', 'apps/web']
    ],
    [
      'an exclusion of a literal path',
      "packages:\n  - '**'\n  - '!./apps/web/'\n",
      ['', 'apps/api', 'libs/lib']
    ]
  ])('%s', (_name, yaml, members) => {
    expect(rootWorkspace({ 'package.json': '{}', 'pnpm-workspace.yaml': yaml })).toEqual({
      members
    })
  })

  it.each([
    ['a list, not a map', '- apps/*\n', { what: 'pnpm-workspace.yaml it is not a YAML map' }],
    [
      'packages as a string',
      'packages: apps/*\n',
      { what: 'pnpm-workspace.yaml its packages field is not a list of globs', line: 1 }
    ],
    [
      'packages holding a map',
      'packages:\n  - apps/*\n  - {a: 1}\n',
      { what: 'pnpm-workspace.yaml its packages field is not a list of globs', line: 2 }
    ],
    [
      'a glob leading out of the workspace',
      "packages:\n  - '../x/*'\n",
      { what: 'pnpm-workspace.yaml: the workspace glob ../x/* leaves the workspace' }
    ],
    [
      'a glob that expands too far',
      "packages:\n  - 'apps/{1..99999}'\n",
      {
        what: expect.stringMatching(
          /^pnpm-workspace.yaml: the workspace glob apps\/\{1..99999\} cannot be read \(.+\)$/
        )
      }
    ]
  ])('refuses %s', (_name, yaml, error) => {
    expect(rootWorkspace({ 'pnpm-workspace.yaml': yaml })).toEqual({
      error: { file: 'pnpm-workspace.yaml', ...error }
    })
  })

  it('makes a root of a folder with no package.json', () => {
    const index = jsIndex(
      treeOf({ ...PACKAGES, 'apps/pnpm-workspace.yaml': "packages:\n  - '*'\n" })
    )
    expect(index.workspaces.map((w) => [w.root, w.files, [...(w.members ?? [])].sort()])).toEqual([
      ['apps', ['apps/pnpm-workspace.yaml'], ['apps', 'apps/api', 'apps/web']]
    ])
  })
})

describe('an exclusion of ./ does not drop the dependencies of the members', () => {
  it('counts the workspace library that api names', () => {
    // Before: `!./` compiled to `!**` and left the workspace with its root only, so api was in no
    // workspace and its dependency on lib by name was not followed.
    const files = {
      ...PACKAGES,
      'package.json': '{}',
      'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n  - 'libs/*'\n  - '!./'\n"
    }
    const r = jsInputs('apps/api', treeOf(files))
    expect(r.inputs.map((i) => i.path)).toContain('libs/lib')
  })
})

describe('lists that cannot be read widen to the whole repository', () => {
  it.each([
    ['package.json', 'package.json it could not be read, so its workspaces are unknown'],
    ['pnpm-workspace.yaml', 'pnpm-workspace.yaml it could not be read']
  ])('an unreadable %s', (file, words) => {
    const texts = new Map(
      Object.entries({ ...PACKAGES, 'package.json': '{"workspaces": ["*/*"]}' })
    )
    texts.delete(file)
    const tree = makeTree([...Object.keys(PACKAGES), 'package.json', file], texts)
    const r = jsInputs('apps/api', tree)
    expect(r.unresolved?.[0]).toEqual({
      what: `${words}, so workspace dependencies cannot be matched by name`,
      scope: '',
      file
    })
    expect(widen('api', r.inputs, r.unresolved ?? []).warnings.join('\n')).toContain(
      'api: inputs widened to the whole tree'
    )
  })
})

describe('nested workspaces', () => {
  const index = jsIndex(
    treeOf({
      'package.json': JSON.stringify({ workspaces: ['apps/*', 'tools/*'] }),
      'apps/a/package.json': pkg('a'),
      'tools/ws/package.json': JSON.stringify({ name: 'ws', workspaces: ['pkgs/*'] }),
      'tools/ws/pkgs/b/package.json': pkg('b'),
      'tools/other/package.json': pkg('other')
    })
  )
  it('lists each workspace with its own members, the deepest first', () => {
    expect(index.workspaces.map((w) => [w.root, [...(w.members ?? [])].sort()])).toEqual([
      ['tools/ws', ['tools/ws', 'tools/ws/pkgs/b']],
      ['', ['', 'apps/a', 'tools/other', 'tools/ws']]
    ])
  })
  it.each([
    ['tools/ws/pkgs/b', 'tools/ws'],
    ['tools/ws', 'tools/ws'],
    ['apps/a', '']
  ])('%s belongs to the workspace at %j', (dir, root) => {
    expect(workspaceOf(dir, index)?.root).toBe(root)
  })
})

describe('node_modules', () => {
  it('holds no package of the tree, and no workspace', () => {
    const index = jsIndex(
      treeOf({
        'package.json': JSON.stringify({ workspaces: ['**'] }),
        'node_modules/lib/package.json': pkg('lib', { workspaces: ['*'] }),
        'app/node_modules/x/package.json': pkg('x'),
        'app/package.json': pkg('app')
      })
    )
    expect([...index.packages.keys()].sort()).toEqual(['', 'app'])
    expect(index.workspaces.map((w) => w.root)).toEqual([''])
  })
})
