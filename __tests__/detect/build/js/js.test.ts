// The JavaScript provider on workspace shapes, as strings: which changed paths count for the
// package at a build root, after the soundness rule widens for what could not be read.
import { describe, expect, it } from '@jest/globals'
import { ChangedFiles } from '../../../../src/detect/path-globs.js'
import { findJsRoots, jsInputs, jsProvider } from '../../../../src/detect/build/js/index.js'
import { stripJsonc } from '../../../../src/detect/build/js/json.js'
import { InputMatcher } from '../../../../src/detect/match.js'
import { widen } from '../../../../src/detect/build/sound.js'
import { LINEAR, growth } from '../../../../test-support/growth.js'
import { treeOf } from '../../../../test-support/tree.js'

/** Which of `paths` count for the package at `folder`, and the widening warnings. */
function counted(
  files: Record<string, string>,
  folder: string,
  paths: readonly string[]
): { counts: string[]; warnings: string[]; claimed: boolean } {
  const r = jsInputs(folder, treeOf(files))
  const sound = widen('img', r.inputs, r.unresolved ?? [])
  const changed = new ChangedFiles(paths, () => false)
  const counts = new InputMatcher().match(sound.inputs, changed).map((h) => changed.at(h.index))
  return { counts, warnings: [...r.warnings, ...sound.warnings], claimed: r.claimed }
}

const pkg = (name: string, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ name, version: '1.0.0', ...extra })

/** Two services sharing a library, with the root manifest and lockfile named by `lock`. */
function twoServices(root: Record<string, string>): Record<string, string> {
  return {
    ...root,
    'apps/api/package.json': pkg('@acme/api', {
      dependencies: { '@acme/shared': 'workspace:*', express: '^4' },
      devDependencies: { '@acme/testkit': 'workspace:*' }
    }),
    'apps/api/src/index.ts': '',
    'apps/api/Dockerfile': 'FROM node:22\nCOPY . .\n',
    'apps/web/package.json': pkg('@acme/web', { dependencies: { '@acme/ui': '1.0.0' } }),
    'apps/web/src/index.ts': '',
    'libs/shared/package.json': pkg('@acme/shared', { dependencies: { '@acme/core': '^1' } }),
    'libs/shared/index.ts': '',
    'libs/core/package.json': pkg('@acme/core'),
    'libs/core/index.ts': '',
    'libs/ui/package.json': pkg('@acme/ui', { peerDependencies: { '@acme/shared': '*' } }),
    'libs/ui/index.ts': '',
    'libs/testkit/package.json': pkg('@acme/testkit'),
    'libs/testkit/index.ts': '',
    'tools/scripts/run.sh': '',
    'docs/guide.md': ''
  }
}

const YARN = twoServices({
  'package.json': JSON.stringify({ private: true, workspaces: ['apps/*', 'libs/*'] }),
  'yarn.lock': '',
  '.yarnrc.yml': '',
  '.yarn/releases/yarn-4.cjs': '',
  '.yarn/patches/x.patch': ''
})
const PNPM = twoServices({
  'package.json': JSON.stringify({ private: true }),
  'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n  - 'libs/**'\n  - '!libs/testkit'\n",
  'pnpm-lock.yaml': '',
  '.npmrc': '',
  'patches/express.patch': ''
})
const CHANGES = [
  'apps/api/src/index.ts',
  'apps/web/src/index.ts',
  'libs/shared/index.ts',
  'libs/core/index.ts',
  'libs/ui/index.ts',
  'libs/testkit/index.ts',
  'package.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  '.yarnrc.yml',
  '.npmrc',
  '.yarn/releases/yarn-4.cjs',
  'patches/express.patch',
  'turbo.json',
  'tools/scripts/run.sh',
  'docs/guide.md'
]

describe('workspaces: two services sharing a library', () => {
  it.each([
    [
      'yarn, api',
      YARN,
      'apps/api',
      [
        '.npmrc',
        '.yarn/releases/yarn-4.cjs',
        '.yarnrc.yml',
        'apps/api/src/index.ts',
        'libs/core/index.ts',
        'libs/shared/index.ts',
        'package.json',
        'patches/express.patch',
        'pnpm-lock.yaml',
        'turbo.json',
        'yarn.lock'
      ]
    ],
    [
      'yarn, web: a version range that a workspace package satisfies, and a peer',
      YARN,
      'apps/web',
      [
        '.npmrc',
        '.yarn/releases/yarn-4.cjs',
        '.yarnrc.yml',
        'apps/web/src/index.ts',
        'libs/core/index.ts',
        'libs/shared/index.ts',
        'libs/ui/index.ts',
        'package.json',
        'patches/express.patch',
        'pnpm-lock.yaml',
        'turbo.json',
        'yarn.lock'
      ]
    ],
    [
      'pnpm, api',
      PNPM,
      'apps/api',
      [
        '.npmrc',
        '.yarn/releases/yarn-4.cjs',
        '.yarnrc.yml',
        'apps/api/src/index.ts',
        'libs/core/index.ts',
        'libs/shared/index.ts',
        'package.json',
        'patches/express.patch',
        'pnpm-lock.yaml',
        'turbo.json',
        'yarn.lock'
      ]
    ]
  ])('%s', (_name, files, folder, expected) => {
    const r = counted(files, folder, CHANGES)
    expect(r.claimed).toBe(true)
    expect(r.counts).toEqual(expected)
    expect(r.warnings).toEqual([])
  })

  it('a pnpm ! exclusion takes a package out of the workspace', () => {
    const files = {
      ...PNPM,
      'apps/api/package.json': pkg('@acme/api', {
        dependencies: { '@acme/testkit': '*' }
      })
    }
    expect(counted(files, 'apps/api', ['libs/testkit/index.ts']).counts).toEqual([])
  })

  it('finds the build roots by package name, without the scope', () => {
    expect(findJsRoots({ name: 'api' }, treeOf(YARN))).toEqual([
      { folder: 'apps/api', how: 'workspace package @acme/api (apps/api/package.json)' }
    ])
    expect(findJsRoots({ name: 'web' }, treeOf(PNPM)).map((r) => r.folder)).toEqual(['apps/web'])
    expect(findJsRoots({ name: 'testkit' }, treeOf(PNPM))).toEqual([])
    expect(findJsRoots({ name: 'nope' }, treeOf(YARN))).toEqual([])
  })

  it('does not claim a folder with no package.json', () => {
    expect(counted(YARN, 'tools/scripts', []).claimed).toBe(false)
  })
})

describe('devDependencies', () => {
  const withScript = (scripts: Record<string, string>): Record<string, string> => ({
    ...YARN,
    'apps/api/package.json': pkg('@acme/api', {
      scripts,
      devDependencies: { '@acme/testkit': 'workspace:^' }
    })
  })
  it.each([
    ['no build script: they do not count', { start: 'node .', test: 'jest' }, []],
    [
      'a build script bundles them',
      { build: 'tsup', start: 'node dist' },
      ['libs/testkit/index.ts']
    ]
  ])('%s', (_name, scripts, expected) => {
    expect(counted(withScript(scripts), 'apps/api', ['libs/testkit/index.ts']).counts).toEqual(
      expected
    )
  })
  it('says so in the provenance', () => {
    const r = jsInputs('apps/api', treeOf(withScript({ build: 'tsc' })))
    const why = r.inputs.find((i) => i.path === 'libs/testkit')?.from.why
    expect(why).toContain('devDependency (counted: scripts.build builds @acme/api')
  })
})

describe('tsconfig extends', () => {
  const base = {
    'package.json': JSON.stringify({ workspaces: { packages: ['apps/*', 'packages/*'] } }),
    'package-lock.json': '{}',
    'apps/api/package.json': pkg('api'),
    'apps/api/src/a.ts': '',
    'packages/tsconfig/package.json': pkg('@acme/tsconfig'),
    'packages/other/x.ts': ''
  }
  it.each([
    [
      'a relative chain, with comments and trailing commas',
      {
        'apps/api/tsconfig.json': '{\n  // base\n  "extends": "../../tsconfig.base.json",\n}',
        'tsconfig.base.json': '{ "extends": "./configs/tsconfig.strict.json", /* x */ }',
        'configs/tsconfig.strict.json': '{ "compilerOptions": { "strict": true, }, }'
      },
      ['configs/tsconfig.strict.json', 'tsconfig.base.json'],
      []
    ],
    [
      'a cycle ends',
      {
        'apps/api/tsconfig.json': '{ "extends": "../../tsconfig.a.json" }',
        'tsconfig.a.json': '{ "extends": "./tsconfig.b" }',
        'tsconfig.b.json': '{ "extends": "./tsconfig.a.json" }'
      },
      ['tsconfig.a.json', 'tsconfig.b.json'],
      []
    ],
    [
      'a workspace package base counts as its folder; an npm one is pinned by the lockfile',
      {
        'apps/api/tsconfig.json': '{ "extends": ["@acme/tsconfig/node.json", "@tsconfig/node22"] }',
        'packages/tsconfig/node.json': '{ "extends": "./base.json" }',
        'packages/tsconfig/base.json': '{}'
      },
      [
        'packages/tsconfig/base.json',
        'packages/tsconfig/node.json',
        'packages/tsconfig/package.json'
      ],
      []
    ],
    [
      'a project reference',
      {
        'apps/api/tsconfig.json': '{ "references": [{ "path": "../../packages/other" }] }',
        'packages/other/tsconfig.json': '{}'
      },
      ['packages/other/tsconfig.json', 'packages/other/x.ts'],
      []
    ],
    [
      'a malformed tsconfig widens to the whole repository',
      { 'apps/api/tsconfig.json': '{ "extends": ' },
      ['docs/x.md', 'packages/other/x.ts', 'packages/tsconfig/package.json'],
      ['apps/api/tsconfig.json cannot be read']
    ]
  ])('%s', (_name, extra, expected, warns) => {
    const files: Record<string, string> = { ...base, ...extra, 'docs/x.md': '' }
    const paths = Object.keys(files).filter(
      (p) => !p.startsWith('apps/') && p !== 'package.json' && p !== 'package-lock.json'
    )
    const r = counted(files, 'apps/api', paths)
    expect(r.counts).toEqual(expected)
    for (const w of warns) expect(r.warnings.join('\n')).toContain(w)
  })
})

describe('what cannot be read widens to the whole repository', () => {
  it.each([
    ['a malformed root manifest', { 'package.json': '{ "workspaces": [' }],
    ['a workspaces field of another shape', { 'package.json': '{ "workspaces": "apps/*" }' }],
    ['a malformed pnpm-workspace.yaml', { 'pnpm-workspace.yaml': 'packages: [apps/*\n' }],
    ['a malformed package manifest', { 'apps/api/package.json': '{ name: api }' }],
    [
      'a file: dependency that is not in the tree',
      { 'apps/api/package.json': pkg('api', { dependencies: { x: 'file:../../dist/x' } }) }
    ]
  ])('%s', (_name, extra) => {
    const files = {
      'package.json': JSON.stringify({ workspaces: ['apps/*'] }),
      'apps/api/package.json': pkg('api'),
      'apps/api/a.ts': '',
      'docs/x.md': '',
      ...extra
    }
    const r = counted(files, 'apps/api', ['apps/api/a.ts', 'docs/x.md'])
    expect(r.counts).toEqual(['apps/api/a.ts', 'docs/x.md'])
    expect(r.warnings.join('\n')).toContain('inputs widened to the whole tree')
  })
})

describe('a package of no workspace, and local paths', () => {
  it('follows file: and link: dependencies, and reads settings above it', () => {
    const files = {
      'services/api/package.json': pkg('api', {
        dependencies: { lib: 'file:../lib', util: 'link:../../shared/util', tar: 'file:../x.tgz' }
      }),
      'services/api/package-lock.json': '',
      'services/lib/package.json': pkg('lib'),
      'services/lib/i.js': '',
      'services/x.tgz': '',
      'shared/util/u.js': '',
      '.npmrc': '',
      'services/.npmrc': '',
      'yarn.lock': '',
      'other/o.js': ''
    }
    expect(counted(files, 'services/api', Object.keys(files)).counts).toEqual([
      '.npmrc',
      'services/.npmrc',
      'services/api/package-lock.json',
      'services/api/package.json',
      'services/lib/i.js',
      'services/lib/package.json',
      'services/x.tgz',
      'shared/util/u.js'
    ])
  })

  it('a single-package repository is its root package', () => {
    const files = { 'package.json': pkg('@acme/site'), 'src/a.js': '' }
    expect(findJsRoots({ name: 'site' }, treeOf(files))).toEqual([
      { folder: '', how: "the repository's package @acme/site (package.json)" }
    ])
    // Its build reads nothing outside its folder: what its Dockerfile copies is exact.
    expect(counted(files, '', ['src/a.js']).claimed).toBe(false)
  })

  it('leaves a lone package that reads nothing outside its folder to the Dockerfile', () => {
    const files = {
      'package.json': '{"private":true}',
      'svc/package.json': pkg('svc'),
      'svc/a.js': ''
    }
    expect(counted(files, 'svc', []).claimed).toBe(false)
    const rc = { ...files, '.npmrc': '' }
    expect(counted(rc, 'svc', ['.npmrc', 'svc/a.js'])).toMatchObject({
      claimed: true,
      counts: ['.npmrc', 'svc/a.js']
    })
  })
})

describe('reading', () => {
  it('wants manifests, workspace files and tsconfigs, never under node_modules', () => {
    expect(
      [
        'package.json',
        'a/package.json',
        'pnpm-workspace.yaml',
        'a/tsconfig.build.json',
        'jsconfig.json',
        'packages/tsconfig/base.json',
        'node_modules/x/package.json',
        'a/data.json',
        'a/index.ts'
      ].filter((p) => jsProvider.wants(p))
    ).toEqual([
      'package.json',
      'a/package.json',
      'pnpm-workspace.yaml',
      'a/tsconfig.build.json',
      'jsconfig.json',
      'packages/tsconfig/base.json'
    ])
  })

  it('strips JSONC in linear time', () => {
    expect(JSON.parse(stripJsonc('{"a": "//x", /* c */ "b": [1,],}'))).toEqual({
      a: '//x',
      b: [1]
    })
    expect(growth((n) => `{"a": [${'1,'.repeat(n)}1]}`, stripJsonc, 20_000)).toBeLessThan(LINEAR)
    expect(growth((n) => '[,'.repeat(n), stripJsonc, 10_000)).toBeLessThan(LINEAR)
  })
})
