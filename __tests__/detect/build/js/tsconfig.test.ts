// The tsconfig files of a JavaScript package: the bases it extends (relative, a workspace
// package by scoped or plain name, missing, unreadable, leading out) and the projects it
// references, as the inputs they add and the widening for what cannot be followed.
import { describe, expect, it } from '@jest/globals'
import { jsInputs } from '../../../../src/detect/build/js/index.js'
import { widen } from '../../../../src/detect/build/sound.js'
import { makeTree } from '../../../../src/detect/build/tree.js'

const pkg = (name: string): string => JSON.stringify({ name, version: '1.0.0' })

const BASE: Record<string, string> = {
  'package.json': JSON.stringify({ private: true, workspaces: ['apps/*', 'packages/*'] }),
  'apps/api/package.json': pkg('api'),
  'packages/tsconfig/package.json': pkg('@acme/tsconfig'),
  'packages/tsconfig/tsconfig.json': '{}',
  'packages/tsconfig/node.json': '{ "extends": "./tsconfig.json" }',
  'packages/cfg/package.json': pkg('tsconfig-acme'),
  'packages/cfg/base.json': '{}',
  'packages/lib/package.json': pkg('lib'),
  'packages/lib/tsconfig.build.json': '{}',
  'packages/nots/package.json': pkg('nots')
}

/**
 * The inputs a package's tsconfig files add (`kind path`), and the warnings; `unreadable` are
 * files of the tree whose text could not be read.
 */
function tsInputs(
  extra: Record<string, string>,
  folder = 'apps/api',
  unreadable: readonly string[] = []
): { inputs: string[]; warnings: string } {
  const files = { ...BASE, ...extra }
  const tree = makeTree([...Object.keys(files), ...unreadable], new Map(Object.entries(files)))
  const r = jsInputs(folder, tree)
  const sound = widen('img', r.inputs, r.unresolved ?? [])
  return {
    inputs: sound.inputs
      .filter(
        (i) =>
          i.from.provider === 'soundness' ||
          /tsconfig base \(|project referenced by/.test(i.from.why)
      )
      .map((i) => `${i.kind} ${i.path}`),
    warnings: [...r.warnings, ...sound.warnings].join('\n')
  }
}

describe('extends', () => {
  it.each([
    [
      'a workspace package by plain name and file',
      '"tsconfig-acme/base"',
      ['dir packages/cfg', 'file packages/cfg/base.json']
    ],
    [
      'a workspace package by bare scoped name: its tsconfig.json, and what that extends',
      '"@acme/tsconfig"',
      ['dir packages/tsconfig', 'file packages/tsconfig/tsconfig.json']
    ],
    [
      'a workspace package file that is not there: the package folder',
      '"@acme/tsconfig/nope.json"',
      ['dir packages/tsconfig']
    ],
    [
      'a relative base not in the tree: its path, so adding it counts',
      '"../../configs/missing"',
      ['file configs/missing.json']
    ],
    [
      'a relative .json base not in the tree',
      '"../../configs/gone.json"',
      ['file configs/gone.json']
    ],
    ['a base from the registry: nothing here (the lockfile counts)', '"@tsconfig/node22"', []],
    [
      'a base inside the package is followed, not added',
      '"./config/base.json"',
      ['file tsconfig.root.json']
    ]
  ])('%s', (_name, ext, want) => {
    const r = tsInputs({
      'apps/api/tsconfig.json': `{ "extends": ${ext} }`,
      'apps/api/config/base.json': '{ "extends": "../../../tsconfig.root.json" }',
      'tsconfig.root.json': '{}'
    })
    expect(r.inputs).toEqual(want)
    expect(r.warnings).toBe('')
  })

  it.each([
    [
      'leading above the repository',
      '"../../../x.json"',
      'extends ../../../x.json leaves the repository'
    ],
    ['absolute', '"/etc/tsconfig.json"', 'extends /etc/tsconfig.json leaves the repository'],
    [
      'not a string',
      '["./tsconfig.base.json", 3]',
      'apps/api/tsconfig.json: an extends that is not a string'
    ]
  ])('an extends %s widens to the whole repository', (_name, ext, words) => {
    const r = tsInputs({
      'apps/api/tsconfig.json': `{\n  "compilerOptions": {},\n  "extends": ${ext}\n}`,
      'apps/api/tsconfig.base.json': '{}'
    })
    expect(r.inputs).toEqual(['dir '])
    expect(r.warnings).toContain(words)
    expect(r.warnings).toContain('inputs widened to the whole tree')
  })

  it('says which line of the tsconfig leads out', () => {
    const r = jsInputs(
      'apps/api',
      makeTree(
        ['package.json', 'apps/api/package.json', 'apps/api/tsconfig.json'],
        new Map([
          ['package.json', '{"workspaces": ["apps/*"]}'],
          ['apps/api/package.json', pkg('api')],
          ['apps/api/tsconfig.json', '{\n  "compilerOptions": {},\n  "extends": "/x.json"\n}']
        ])
      )
    )
    expect(r.unresolved).toEqual([
      {
        what: 'apps/api/tsconfig.json line 3: extends /x.json leaves the repository',
        scope: '',
        file: 'apps/api/tsconfig.json',
        line: 3
      }
    ])
  })

  it('widens for a base in the tree whose text could not be read', () => {
    const r = tsInputs(
      { 'apps/api/tsconfig.json': '{ "extends": "../../tsconfig.base.json" }' },
      'apps/api',
      ['tsconfig.base.json']
    )
    expect(r.inputs).toEqual(['file tsconfig.base.json', 'dir '])
    expect(r.warnings).toContain(
      'tsconfig tsconfig.base.json (from apps/api/tsconfig.json) could not be read, so its own extends cannot be followed'
    )
  })

  it('follows a base of the package named by its own package name, inside it', () => {
    const r = tsInputs(
      {
        'packages/tsconfig/tsconfig.json': '{ "extends": "@acme/tsconfig/node.json" }',
        'packages/tsconfig/node.json': '{ "extends": "../../tsconfig.root.json" }',
        'tsconfig.root.json': '{}'
      },
      'packages/tsconfig'
    )
    expect(r.inputs).toEqual(['file tsconfig.root.json'])
  })
})

describe('references', () => {
  it('adds each referenced project folder, follows its tsconfig once, and skips a reference with no path', () => {
    const r = tsInputs({
      'apps/api/tsconfig.json': JSON.stringify({
        references: [
          {},
          { path: './src' },
          { path: './src' },
          { path: '../../packages/lib/tsconfig.build.json' },
          { path: '../../packages/nots' }
        ]
      }),
      'apps/api/src/tsconfig.json': '{ "extends": "../../../tsconfig.src.json" }',
      'tsconfig.src.json': '{}'
    })
    expect(r.inputs).toEqual(['file tsconfig.src.json', 'dir packages/lib', 'dir packages/nots'])
    expect(r.warnings).toBe('')
  })

  it('widens for a reference leading above the repository, with its line', () => {
    const r = tsInputs({
      'apps/api/tsconfig.json': '{\n  "references": [{ "path": "../../../out" }]\n}'
    })
    expect(r.inputs).toEqual(['dir '])
    expect(r.warnings).toContain(
      'apps/api/tsconfig.json line 2: reference ../../../out leaves the repository'
    )
  })
})

describe('tsconfig files of nested packages', () => {
  it.each([
    ['a package in a workspace', 'apps/api', 'apps/api/'],
    ['the repository package', '', '']
  ])('%s: its own are followed, a nested package’s are not', (_name, folder, prefix) => {
    const files: Record<string, string> = {
      'package.json': folder === '' ? pkg('root') : (BASE['package.json'] as string),
      'apps/api/package.json': pkg('api'),
      [`${prefix}src/deep/tsconfig.json`]: '{ "extends": ',
      [`${prefix}sub/package.json`]: pkg('sub'),
      [`${prefix}sub/tsconfig.json`]: '{ "extends": '
    }
    const r = jsInputs(folder, makeTree(Object.keys(files), new Map(Object.entries(files))))
    expect(r.unresolved?.map((u) => u.file)).toEqual([`${prefix}src/deep/tsconfig.json`])
  })
})
