// The projects an image's Gradle build compiles, at the edges: a child project with two
// Dockerfiles or no build script, a dependency without a build script, a build script that
// cannot be read, a project at the repository root, projects shared by two images.
import { describe, expect, it } from '@jest/globals'
import { gradleInputs } from '../../../../src/detect/build/gradle/provider.js'
import { inputSettings } from '../../../../src/detect/build/index.js'
import { resolveInputs } from '../../../../src/detect/build/resolve-inputs.js'
import { makeTree } from '../../../../src/detect/build/tree.js'
import { treeOf } from '../../../../test-support/tree.js'
import type { Input } from '../../../../src/detect/build/types.js'

/** The project folders among the inputs, each with why it counts. */
const dirs = (xs: readonly Input[]): string[] =>
  xs
    .filter((i) => i.kind === 'dir' && i.from.why !== 'root build file')
    .map((i) => `${i.path} <- ${i.from.why}`)

describe('a parent project whose child builds the image', () => {
  const files = {
    'settings.gradle': "include ':os:main', ':os:api', ':lib', ':model'",
    'os/build.gradle': '',
    'os/main/Dockerfile': 'FROM x',
    'os/main/docker/Dockerfile': 'FROM y',
    'os/main/build.gradle': "dependencies { implementation project(':lib') }",
    'os/api/src/main/java/Api.java': '',
    'lib/src/main/java/Lib.java': '',
    'model/build.gradle': ''
  }
  it('names the first Dockerfile of the child, and follows a child and a dependency without build scripts', () => {
    const r = gradleInputs('os', treeOf(files))
    expect(r.warnings).toEqual([])
    expect(dirs(r.inputs).slice(1)).toEqual([
      'lib <- :os:main builds the image (Dockerfile in os/main); it depends on :lib in os/main/build.gradle'
    ])
  })
  it('follows every child when none builds an image it can see, one without a build script too', () => {
    const { 'os/main/Dockerfile': _a, 'os/main/docker/Dockerfile': _b, ...none } = files
    const r = gradleInputs('os', treeOf(none))
    expect(dirs(r.inputs).slice(1)).toEqual([
      'lib <- no Dockerfile or docker plugin in :os or below it, so every project below it counts; :os:main depends on :lib in os/main/build.gradle'
    ])
    expect(r.inputs.map((i) => i.path)).not.toContain('model')
  })
})

describe('a build script that cannot be read', () => {
  const texts = {
    'settings.gradle': "include ':app', ':lib', ':tools'",
    'lib/build.gradle': '',
    'tools/build.gradle': ''
  }
  // app/build.gradle is in the tree but has no text (over the size bound).
  const tree = makeTree(
    [...Object.keys(texts), 'app/build.gradle'],
    new Map(Object.entries(texts)),
    new Map()
  )
  it('counts every project of the build, since any may be a dependency, with a warning', () => {
    const r = gradleInputs('app', tree)
    expect(r.warnings).toEqual([
      'app/build.gradle was not read, so every project may be one the build depends on'
    ])
    expect(dirs(r.inputs).map((d) => d.replace(/ <- .*/, ''))).toEqual(['app', 'lib', 'tools'])
    expect(r.inputs.find((i) => i.path === 'tools')?.from.why).toBe(
      'app/build.gradle was not read, so every project counts; :tools'
    )
  })
})

describe('a project at the repository root', () => {
  it('keeps the test sources of the root folder out', () => {
    const tree = treeOf({
      'settings.gradle': "include ':app'\nproject(':app').projectDir = file('.')",
      'build.gradle': '',
      'src/main/java/App.java': ''
    })
    const r = gradleInputs('', tree)
    expect(r.inputs[0]).toEqual({
      kind: 'dir',
      path: '',
      excludes: ['src/test/**', 'src/testFixtures/**', 'src/*Test/**'],
      from: { provider: 'gradle', why: 'Gradle project :app', file: 'settings.gradle', line: 1 }
    })
  })
})

describe('a project two images depend on', () => {
  it('counts it for both, its tests kept out for both', () => {
    const tree = treeOf({
      'settings.gradle': "include ':a', ':b', ':shared'",
      'a/build.gradle': "dependencies { implementation project(':shared') }",
      'b/build.gradle': "dependencies { implementation project(':shared') }",
      'shared/build.gradle': ''
    })
    const [a, b] = resolveInputs(
      [
        { name: 'a', prefix: 'a' },
        { name: 'b', prefix: 'b' }
      ],
      tree,
      inputSettings(undefined, undefined)
    )
    const shared = (inputs: readonly Input[] | undefined) =>
      inputs?.find((i) => i.path === 'shared')?.excludes
    expect(shared(a?.inputs)).toEqual([
      'shared/src/test/**',
      'shared/src/testFixtures/**',
      'shared/src/*Test/**'
    ])
    expect(shared(b?.inputs)).toEqual(shared(a?.inputs))
  })
})
