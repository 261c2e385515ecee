import { describe, expect, it } from '@jest/globals'
import { inputSettings } from '../../../src/detect/build/index.js'
import { buildRoots, foldersNamed } from '../../../src/detect/build/build-roots.js'
import { resolveInputs } from '../../../src/detect/build/resolve-inputs.js'
import { treeOf } from '../../../test-support/tree.js'
import type { Image } from '../../../src/files/image-vars.js'

const img = (name: string, extra: Partial<Image> = {}): Image => ({
  name,
  prefix: name.replace(/-/g, ''),
  ...extra
})

const TREE = treeOf({
  'app/Dockerfile': 'FROM scratch\n',
  'app/src/main.py': '',
  'helm/app/values.yaml': '',
  'helm/platform/charts/db/values.yaml': '',
  'db/Dockerfile': 'FROM postgres\n',
  'tools/cli/tool.sh': '',
  'x/cli/run.sh': '',
  'docs/README.md': ''
})
const settings = inputSettings(undefined, undefined)
const roots = (image: Image) =>
  buildRoots(image, TREE, foldersNamed(TREE, new Set([image.name])).get(image.name) ?? [], settings)

describe('foldersNamed', () => {
  it('finds every folder with the name, at any depth, once', () => {
    expect(foldersNamed(TREE, new Set(['app', 'db', 'nope']))).toEqual(
      new Map([
        ['app', ['app', 'helm/app']],
        ['db', ['db', 'helm/platform/charts/db']]
      ])
    )
  })
})

describe('buildRoots', () => {
  it('prefers the folder that holds a build file over a Helm chart of the same name', () => {
    expect(roots(img('app'))).toEqual({
      roots: [{ folder: 'app', how: 'the folder named app with a build file' }],
      warnings: [],
      noFolder: false
    })
    expect(roots(img('db')).roots.map((r) => r.folder)).toEqual(['db'])
  })

  it('takes the folder of image_vars.src when it is in the tree', () => {
    expect(roots(img('app', { folder: 'tools/cli' })).roots).toEqual([
      { folder: 'tools/cli', how: '# --- app in folder ./tools/cli of image_vars.src' }
    ])
  })

  it('says so and looks by name when the folder of image_vars.src is gone', () => {
    const r = roots(img('app', { folder: 'gone' }))
    expect(r.roots.map((x) => x.folder)).toEqual(['app'])
    expect(r.warnings[0]).toContain('folder gone/ of image_vars.src is not in the head tree')
  })

  it('counts every candidate on a clash, and names the paths line that settles it', () => {
    const r = roots(img('cli'))
    expect(r.roots.map((x) => x.folder)).toEqual(['tools/cli', 'x/cli'])
    expect(r.warnings).toEqual([
      'cli: 2 folders named cli (tools/cli/, x/cli/); counting all of them; add a paths line to choose, e.g. "cli: tools/cli/**"'
    ])
  })

  it('finds nothing for an image with no folder', () => {
    expect(roots(img('postgres'))).toEqual({ roots: [], warnings: [], noFolder: true })
  })
})

describe('resolveInputs', () => {
  it('a paths entry replaces the derived inputs; with + it adds to them', () => {
    const paths = new Map([
      ['app', ['lib/**']],
      ['db', ['+shared/sql']]
    ])
    const [app, db] = resolveInputs(
      [img('app'), img('db')],
      TREE,
      inputSettings(paths, ['build.gradle'])
    )
    expect(app?.inputs.map((i) => [i.path, i.from.provider])).toEqual([
      ['lib/**', 'paths'],
      ['build.gradle', 'shared-paths']
    ])
    expect(db?.inputs.map((i) => i.path)).toEqual([
      'db/Dockerfile',
      'db/Dockerfile.dockerignore',
      'db/.dockerignore',
      'shared/sql',
      'build.gradle'
    ])
  })

  it('with + and a name clash, keeps every candidate folder (and warns)', () => {
    const paths = new Map([['cli', ['+lib/**']]])
    const [cli] = resolveInputs([img('cli')], TREE, inputSettings(paths, undefined))
    expect(cli?.inputs.map((i) => i.path)).toEqual(['tools/cli', 'x/cli', 'lib/**'])
    expect(cli?.warnings.join('\n')).toContain('2 folders named cli')
  })

  it('no folder and no paths: any change counts, with a warning', () => {
    const [pg] = resolveInputs([img('postgres')], TREE, settings)
    expect(pg?.any).toBe('no build root: no folder named postgres and no paths entry')
    expect(pg?.warnings[0]).toContain('Add a paths entry')
  })

  it('a declared folder that is gone still counts, so its deletion is seen', () => {
    const [app] = resolveInputs([img('app', { folder: 'old/app' })], TREE, settings)
    expect(app?.inputs.some((i) => i.path === 'old/app' && i.from.provider === 'image-vars')).toBe(
      true
    )
  })
})

describe('build roots named by the build system', () => {
  const tree = treeOf({
    'pom.xml':
      '<project><groupId>acme</groupId><artifactId>parent</artifactId><version>1</version><packaging>pom</packaging><modules><module>services/billing-svc</module></modules></project>',
    'services/billing-svc/pom.xml':
      '<project><parent><groupId>acme</groupId><artifactId>parent</artifactId><version>1</version></parent><artifactId>billing</artifactId></project>',
    'services/billing-svc/src/main/java/B.java': '',
    'package.json': '{"private":true,"workspaces":["apps/*"]}',
    'apps/frontend/package.json': '{"name":"@acme/web"}',
    'apps/frontend/index.ts': '',
    'web/Dockerfile': 'FROM nginx\nCOPY . /srv\n'
  })
  const rootsOf = (image: Image) =>
    buildRoots(
      image,
      tree,
      foldersNamed(tree, new Set([image.name])).get(image.name) ?? [],
      settings
    )
  it('finds a Maven module by its artifactId and a workspace package by its name', () => {
    expect(rootsOf(img('billing')).roots.map((r) => r.folder)).toEqual(['services/billing-svc'])
  })
  it('counts a folder named like the image beside them, with a warning', () => {
    const r = rootsOf(img('web'))
    expect(r.roots.map((x) => x.folder)).toEqual(['apps/frontend', 'web'])
    expect(r.warnings[0]).toContain('web: 2 projects could build it (apps/frontend/, web/)')
  })
})
