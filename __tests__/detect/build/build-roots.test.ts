// Where an image is built, in the cases the resolve-inputs tests leave out: a Gradle name clash,
// a folder that two build systems name, and the folders of the builds a repository declares.
import { describe, expect, it } from '@jest/globals'
import { inputSettings } from '../../../src/detect/build/index.js'
import { buildRoots, foldersNamed } from '../../../src/detect/build/build-roots.js'
import { treeOf } from '../../../test-support/tree.js'
import type { DeclaredBuild } from '../../../src/detect/build/context/types.js'
import type { SourceTree } from '../../../src/detect/build/types.js'

const settings = inputSettings(undefined, undefined)
const roots = (name: string, tree: SourceTree, declared: DeclaredBuild[] = []) =>
  buildRoots(
    { name, prefix: name },
    tree,
    foldersNamed(tree, new Set([name])).get(name) ?? [],
    settings,
    declared
  )

describe('buildRoots: Gradle', () => {
  it('takes the one Gradle project named like the image, over a folder of the name', () => {
    const tree = treeOf({
      'settings.gradle': "include ':svc:app'",
      'svc/app/build.gradle': '',
      'app/Dockerfile': 'FROM x'
    })
    expect(roots('app', tree)).toEqual({
      roots: [{ folder: 'svc/app', how: 'Gradle project :svc:app (settings.gradle line 1)' }],
      warnings: [],
      noFolder: false
    })
  })

  it('counts every Gradle project of the name on a clash, with one warning that names the paths line', () => {
    const tree = treeOf({
      'settings.gradle': "include ':a:app', ':b:app'",
      'a/app/build.gradle': '',
      'b/app/build.gradle': ''
    })
    expect(roots('app', tree)).toEqual({
      roots: [
        { folder: 'a/app', how: 'Gradle project :a:app (settings.gradle line 1)' },
        { folder: 'b/app', how: 'Gradle project :b:app (settings.gradle line 1)' }
      ],
      warnings: [
        'app: 2 Gradle projects could build it (a/app/, b/app/); counting all of them; add a paths line to choose, e.g. "app: a/app/**"'
      ],
      noFolder: false
    })
  })
})

describe('buildRoots: projects that build systems name', () => {
  it('counts a folder that Maven and a workspace both name once, as the first one says', () => {
    const tree = treeOf({
      'svc/pom.xml':
        '<project><groupId>acme</groupId><artifactId>app</artifactId><version>1</version></project>',
      'package.json': '{"private": true, "workspaces": ["svc"]}',
      'svc/package.json': '{"name": "@acme/app"}'
    })
    expect(roots('app', tree)).toEqual({
      roots: [{ folder: 'svc', how: 'Maven module acme:app (svc/pom.xml line 1)' }],
      warnings: [],
      noFolder: false
    })
  })
})

describe('buildRoots: folders of the name', () => {
  it('takes a Maven module in the folder of the name once, as Maven says', () => {
    const tree = treeOf({
      'app/pom.xml':
        '<project><groupId>acme</groupId><artifactId>app</artifactId><version>1</version></project>'
    })
    expect(roots('app', tree).roots).toEqual([
      { folder: 'app', how: 'Maven module acme:app (app/pom.xml line 1)' }
    ])
  })

  it('takes the only folder of the name when none holds a build file', () => {
    expect(roots('app', treeOf({ 'tools/app/run.sh': '' }))).toEqual({
      roots: [{ folder: 'tools/app', how: 'the only folder named app' }],
      warnings: [],
      noFolder: false
    })
  })
})

describe('buildRoots: the folders of declared builds', () => {
  const decl = (what: string, extra: Partial<DeclaredBuild>): DeclaredBuild => ({
    names: ['app'],
    context: undefined,
    file: 'compose.yml',
    line: 1,
    what,
    extraFiles: [],
    unresolved: [],
    ...extra
  })
  const tree = treeOf({
    Dockerfile: 'FROM x',
    'svc/Dockerfile': 'FROM x',
    'ctx/inline/a.txt': '',
    'deploy/Dockerfile.app': 'FROM x'
  })
  it.each<[string, DeclaredBuild[], { folder: string; how: string }[]]>([
    [
      'the default Dockerfile of the context, at the root too',
      [decl('service a', { context: 'svc' }), decl('service b', { context: '' })],
      [
        { folder: 'svc', how: 'the folder of the Dockerfile of service a' },
        { folder: '', how: 'the folder of the Dockerfile of service b' }
      ]
    ],
    [
      'a named Dockerfile, each folder once',
      [
        decl('service a', { context: '', dockerfile: 'deploy/Dockerfile.app' }),
        decl('service b', { context: 'svc', dockerfile: 'deploy/Dockerfile.app' })
      ],
      [{ folder: 'deploy', how: 'the folder of the Dockerfile of service a' }]
    ],
    [
      'the context of an inline Dockerfile',
      [decl('service a', { context: 'ctx/inline', inline: true })],
      [{ folder: 'ctx/inline', how: 'the build context of service a' }]
    ],
    [
      'no context, or a folder not in the tree: none',
      [
        decl('service a', { unresolved: ['context ${DIR} uses a variable'] }),
        decl('service b', { context: 'gone' })
      ],
      []
    ]
  ])('%s', (_name, declared, expected) => {
    const r = roots('app', tree, declared)
    expect(r.roots).toEqual(expected)
    expect(r.warnings).toEqual([])
  })
})
