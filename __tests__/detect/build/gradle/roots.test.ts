// Finding an image's Gradle project by the image name its build sets: property values from
// gradle.properties, templates of variables only, namesakes told apart by image name, and one
// image name set by several projects. And the folders of a project's ancestors.
import { describe, expect, it } from '@jest/globals'
import { ancestorDirs, findBuildRootByGradle } from '../../../../src/detect/build/gradle/roots.js'
import { gradleProjects } from '../../../../src/detect/build/gradle/settings.js'
import { treeOf } from '../../../../test-support/tree.js'

const folders = (tree: ReturnType<typeof treeOf>, gradleImage: string, name = 'image') =>
  findBuildRootByGradle({ name, prefix: name, gradleImage }, tree)

describe('findBuildRootByGradle: image names from gradle.properties', () => {
  const tree = treeOf({
    'settings.gradle': "include ':svc'",
    'gradle.properties': [
      '# the registry of the images',
      '! an old-style comment',
      '',
      'registry = acme.io\\',
      '    /team',
      'flag',
      'prefix: shop'
    ].join('\n'),
    'svc/build.gradle': 'docker { name "${registry}/${prefix}-${project.name}" }'
  })
  it.each([
    ['keys with = and :, comments, a continued value', 'acme.io/team/shop-svc', ['svc']],
    ['a value the properties rule out', 'acme.io/team/other-svc', []],
    ['a key without a value is not a property', 'flag', []]
  ])('%s', (_name, gradleImage, found) => {
    expect(folders(tree, gradleImage).roots.map((r) => r.folder)).toEqual(found)
  })
})

describe('findBuildRootByGradle: templates of variables only', () => {
  const tree = treeOf({
    'settings.gradle': "include ':any', ':mailer'",
    'any/build.gradle': 'docker { name "${dockerImage}" }',
    'mailer/build.gradle': 'jib.to.image = "${project.name}"'
  })
  it('never takes a template of unknown variables only, which would match every image', () => {
    expect(folders(tree, 'acme/anything')).toEqual({ roots: [], warnings: [] })
  })
  it('takes one that names the project', () => {
    expect(folders(tree, 'mailer').roots).toEqual([
      {
        folder: 'mailer',
        how: 'Gradle project :mailer (settings.gradle line 1), image mailer named in mailer/build.gradle line 1'
      }
    ])
  })
})

describe('findBuildRootByGradle: several projects', () => {
  const tree = treeOf({
    'settings.gradle': "include ':a:app', ':b:app', ':c'",
    'a/app/build.gradle': "docker { name 'acme/app-a' }",
    'b/app/build.gradle': "docker { name 'acme/app-b' }",
    'c/build.gradle': "docker { name 'acme/app-b' }"
  })
  it('tells namesakes apart by the image name, among the namesakes only', () => {
    expect(folders(tree, 'acme/app-b', 'app')).toEqual({
      roots: [
        {
          folder: 'b/app',
          how: 'Gradle project :b:app (settings.gradle line 1), image acme/app-b named in b/app/build.gradle line 1'
        }
      ],
      warnings: []
    })
  })
  it('counts every project that sets the image name, with a warning', () => {
    const r = folders(tree, 'acme/app-b', 'web')
    expect(r.roots.map((x) => x.folder)).toEqual(['b/app', 'c'])
    expect(r.warnings).toEqual(['image web: 2 Gradle projects build acme/app-b'])
  })
})

describe('a project outside its default folder', () => {
  const tree = treeOf({
    'settings.gradle': "include ':svc:app'\nproject(':svc:app').projectDir = file('apps/app')",
    'apps/app/build.gradle': ''
  })
  it('is found by its name, at its folder', () => {
    expect(findBuildRootByGradle({ name: 'app', prefix: 'app' }, tree)).toEqual({
      roots: [{ folder: 'apps/app', how: 'Gradle project :svc:app (settings.gradle line 1)' }],
      warnings: []
    })
  })
  it('has the default folder of an ancestor that is no project of the tree, then the root', () => {
    const settings = gradleProjects(tree)
    expect(settings.projects.map((p) => [p.path, p.dir])).toEqual([[':svc:app', 'apps/app']])
    expect(
      ancestorDirs(settings.projects[0] as (typeof settings.projects)[number], settings)
    ).toEqual(['svc', ''])
  })
})
