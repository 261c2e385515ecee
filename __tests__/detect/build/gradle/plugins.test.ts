// Convention plugins at the edges: one id in two builds, a plugin script that cannot be read,
// and `apply from:` of remote, outside, shared and missing scripts.
import { describe, expect, it } from '@jest/globals'
import { gradleInputs } from '../../../../src/detect/build/gradle/provider.js'
import { pluginIndex } from '../../../../src/detect/build/gradle/plugins.js'
import { makeTree } from '../../../../src/detect/build/tree.js'
import { treeOf } from '../../../../test-support/tree.js'
import type { Input } from '../../../../src/detect/build/types.js'

const G = 'src/main/groovy'
const brief = (xs: readonly Input[], why: RegExp): string[] =>
  xs.filter((i) => why.test(i.from.why)).map((i) => `${i.kind} ${i.path} <- ${i.from.why}`)

describe('pluginIndex', () => {
  it('takes an id from the first build that provides it', () => {
    const tree = treeOf({
      'settings.gradle': "includeBuild 'build-logic'\ninclude ':app'",
      [`build-logic/${G}/conv.gradle`]: '',
      [`buildSrc/${G}/conv.gradle`]: '',
      'app/build.gradle': "plugins { id 'conv' }"
    })
    expect(pluginIndex(['build-logic', 'buildSrc'], tree).get('conv')).toEqual({
      id: 'conv',
      build: 'build-logic',
      kind: 'script',
      file: `build-logic/${G}/conv.gradle`,
      line: 1
    })
    expect(brief(gradleInputs('app', tree).inputs, /^plugin /)).toEqual([
      `file build-logic/${G}/conv.gradle <- plugin conv applied by app/build.gradle`
    ])
  })
})

describe('a plugin script that cannot be read', () => {
  const texts = {
    'settings.gradle': "includeBuild 'build-logic'\ninclude ':app'",
    [`build-logic/${G}/inner.gradle`]: '',
    'app/build.gradle': "plugins { id 'conv' }"
  }
  // conv.gradle is listed but has no text (over the size bound): what it applies is unknown.
  const tree = makeTree(
    [...Object.keys(texts), `build-logic/${G}/conv.gradle`],
    new Map(Object.entries(texts)),
    new Map()
  )
  it('counts the whole included build, with a warning', () => {
    const why = `build-logic/${G}/conv.gradle (plugin conv) was not read; the whole included build build-logic counts`
    const r = gradleInputs('app', tree)
    expect(r.warnings).toEqual([why])
    expect(r.inputs).toContainEqual({
      kind: 'dir',
      path: 'build-logic',
      from: { provider: 'gradle', why }
    })
    expect(brief(r.inputs, /^plugin /)).toEqual([
      `file build-logic/${G}/conv.gradle <- plugin conv applied by app/build.gradle`
    ])
  })
})

describe('a Kotlin plugin script that cannot be read', () => {
  const K = 'build-logic/src/main/kotlin/com/acme'
  const texts = {
    'settings.gradle': "includeBuild 'build-logic'\ninclude ':app'",
    'app/build.gradle.kts': 'plugins {\n  id("com.acme.two")\n  java\n  id("org.other")\n}'
  }
  // two.gradle.kts has no text: its package, and so its id, is unknown.
  const tree = makeTree(
    [...Object.keys(texts), `${K}/two.gradle.kts`],
    new Map(Object.entries(texts)),
    new Map()
  )
  it('answers every id that ends with its name, and counts its whole build', () => {
    const why = `${K}/two.gradle.kts (plugin com.acme.two) was not read; the whole included build build-logic counts`
    const r = gradleInputs('app', tree)
    expect(r.warnings).toEqual([why])
    expect(brief(r.inputs, /^plugin |was not read/)).toEqual([
      `file ${K}/two.gradle.kts <- plugin com.acme.two applied by app/build.gradle.kts`,
      `dir build-logic <- ${why}`
    ])
  })
})

describe('apply from:', () => {
  const tree = treeOf({
    'settings.gradle': "include ':app', ':lib'",
    'app/build.gradle': [
      "apply from: 'https://example.com/remote.gradle'",
      "apply from: '../../outside.gradle'",
      'apply from: "${rootDir}/gradle/common.gradle"',
      "apply from: 'missing.gradle'",
      "dependencies { implementation project(':lib') }"
    ].join('\n'),
    'lib/build.gradle': "apply from: '../gradle/common.gradle'",
    'gradle/common.gradle': "apply from: 'nested.gradle'",
    'gradle/nested.gradle': ''
  })
  const r = gradleInputs('app', tree)
  it('counts each script of the repository once, its first applier named, and a missing one too', () => {
    expect(brief(r.inputs, /^script applied/)).toEqual([
      'file gradle/common.gradle <- script applied by app/build.gradle',
      'file app/missing.gradle <- script applied by app/build.gradle',
      'file gradle/nested.gradle <- script applied by gradle/common.gradle'
    ])
    expect(r.warnings).toEqual([])
  })
  it('leaves a remote script and one outside the repository out', () => {
    expect(r.inputs.map((i) => i.path).filter((p) => /remote|outside/.test(p))).toEqual([])
  })
})
