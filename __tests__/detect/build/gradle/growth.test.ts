// Hostile build files a pull request can add must not make the Gradle readers super-linear.
// Each shape runs at size n and 10n and the test compares the time per run of the two (never
// an absolute time, so a slow machine does not fail it): a linear reader takes about 10 times
// as long, a quadratic one about 100 times, a backtracking regex far more. Set GROWTH_LOG=1
// to see the figures.
import { describe, expect, it } from '@jest/globals'
import { gradleInputs } from '../../../../src/detect/build/gradle/provider.js'
import { blocks, lex } from '../../../../src/detect/build/gradle/lex.js'
import { pluginIndex } from '../../../../src/detect/build/gradle/plugins.js'
import { readScript } from '../../../../src/detect/build/gradle/script.js'
import { parseSettings } from '../../../../src/detect/build/gradle/settings.js'
import { findBuildRootByGradle } from '../../../../src/detect/build/gradle/roots.js'
import { treeOf } from '../../../../test-support/tree.js'
import type { SourceTree } from '../../../../src/detect/build/types.js'
import { LINEAR, growth } from '../../../../test-support/growth.js'

const settings = (text: string): unknown =>
  parseSettings(text, 'settings.gradle', treeOf({ 'settings.gradle': text }))

type Shape = [string, (n: number) => string, (text: string) => unknown, number]

const shapes: Shape[] = [
  ['settings: one line repeating children', (n) => 'children '.repeat(n), settings, 5000],
  [
    'settings: project(...) followed by a long run of blanks',
    (n) => `project(':a')${' '.repeat(n)}x`,
    settings,
    50000
  ],
  [
    'lexer: deeply nested blocks',
    (n) => 'a {'.repeat(n) + '}'.repeat(n),
    (text) => blocks(lex(text), 'a'),
    2000
  ],
  [
    'script: deeply nested plugins blocks',
    (n) => "plugins { id 'x' ".repeat(n) + '}'.repeat(n),
    (text) => readScript(text),
    1000
  ],
  [
    'script: deeply nested docker and gradlePlugin blocks',
    (n) => 'docker { name "x" gradlePlugin { id = "y" '.repeat(n) + '}'.repeat(2 * n),
    (text) => readScript(text),
    1000
  ],
  [
    'script: deeply nested subprojects and configure blocks, read for the children',
    (n) => "subprojects { configure(x) { project(':a') ".repeat(n) + '}'.repeat(2 * n),
    (text) => readScript(text, 'children'),
    1000
  ],
  [
    'script: many subprojects blocks and many dependencies, read for the children',
    (n) => 'subprojects {}\n'.repeat(n) + "project(':a')\n".repeat(n),
    (text) => readScript(text, 'children'),
    3000
  ],
  [
    'script: a block name followed by a long run of blanks',
    (n) => `plugins${' '.repeat(n)}x`,
    (text) => readScript(text),
    50000
  ],
  [
    'script: apply followed by a long run of blanks',
    (n) => `apply${' '.repeat(n)}x`,
    (text) => readScript(text),
    50000
  ],
  [
    'script: many apply plugin: lines with a class',
    (n) => 'apply plugin: Foo\n'.repeat(n),
    (text) => readScript(text),
    2000
  ],
  [
    'script: apply plugin: a class followed by a long run of blanks',
    (n) => `apply plugin: Foo${' '.repeat(n)}x`,
    (text) => readScript(text),
    20000
  ],
  [
    'script: many plugin ids on one line',
    (n) => `plugins { ${"id 'a' ".repeat(n)}}`,
    (text) => readScript(text),
    2000
  ],
  [
    'script: a project path with many unclosed interpolations',
    (n) => `project(":${'${'.repeat(n)}")`,
    (text) => readScript(text),
    20000
  ]
]

describe('the Gradle readers take linear time on hostile shapes', () => {
  it.each(shapes)(
    '%s',
    (_name, make, run, n) => {
      expect(growth(make, run, n)).toBeLessThan(LINEAR)
    },
    60000
  )

  // The readers memoise per tree: each run reads a tree of its own.
  const image = { name: 'img', prefix: 'IMG', gradleImage: 'acme/img' }
  const trees: [
    string,
    (n: number) => Record<string, string>,
    (t: SourceTree) => unknown,
    number
  ][] = [
    [
      'a docker image name with many unclosed interpolations',
      (n) => ({
        'settings.gradle': "include ':a', ':b'",
        'a/build.gradle': `docker { name "x${'${'.repeat(n)}`,
        'b/build.gradle': ''
      }),
      (t) => findBuildRootByGradle(image, t),
      20000
    ],
    [
      'a string literal with many unclosed interpolations, matched against resources',
      (n) => ({
        'settings.gradle': "includeBuild 'logic'\ninclude ':app'",
        'logic/src/main/groovy/conv.gradle': `def x = "a/${'${'.repeat(n)}"`,
        'logic/src/main/resources/docker/Dockerfile': '',
        'app/build.gradle': "plugins { id 'conv' }"
      }),
      (t) => gradleInputs('app', t),
      5000
    ],
    [
      'a Kotlin plugin script of many blank lines',
      (n) => ({ 'logic/src/main/kotlin/conv.gradle.kts': '\n'.repeat(n) }),
      (t) => pluginIndex(['logic'], t),
      100000
    ]
  ]
  it.each(trees)(
    '%s',
    (_name, make, run, n) => {
      expect(growth(make, (files) => run(treeOf(files)), n)).toBeLessThan(LINEAR)
    },
    60000
  )
})

describe('computed names match without backtracking', () => {
  // `${v0}x${v1}x...z` is a pattern of many wildcards; as a regex it backtracks exponentially
  // on a name such as `xx...xzy`, which it does not match (fewer wildcards than the name has
  // characters, or the regex engine rejects it by its length first). Here 4, then 40.
  const vars = (k: number): string => Array.from({ length: k }, (_, i) => `\${v${i}}x`).join('')
  const near = 'x'.repeat(60) + 'zy'
  const cases: [string, (k: number) => Record<string, string>, (t: SourceTree) => unknown][] = [
    [
      'a computed project path',
      (k) => ({
        'settings.gradle': `include ':app', ':lib${near}'`,
        'app/build.gradle': `dependencies { implementation project(":${vars(k)}z") }`,
        [`lib${near}/build.gradle`]: ''
      }),
      (t) => gradleInputs('app', t)
    ],
    [
      'a computed docker image name',
      (k) => ({
        'settings.gradle': "include ':a', ':b'",
        'a/build.gradle': `docker { name "${vars(k)}z" }`,
        'b/build.gradle': ''
      }),
      (t) => findBuildRootByGradle({ name: 'img', prefix: 'IMG', gradleImage: near }, t)
    ],
    [
      'a computed resource path',
      (k) => ({
        'settings.gradle': "includeBuild 'logic'\ninclude ':app'",
        'logic/src/main/groovy/conv.gradle': `def x = "${vars(k)}z"`,
        [`logic/src/main/resources/${near}`]: '',
        'app/build.gradle': "plugins { id 'conv' }"
      }),
      (t) => gradleInputs('app', t)
    ]
  ]
  it.each(cases)(
    '%s',
    (_name, make, run) => {
      expect(growth(make, (files) => run(treeOf(files)), 4)).toBeLessThan(LINEAR)
    },
    60000
  )

  it('still match what they matched', () => {
    const tree = treeOf({
      'settings.gradle': "include ':app', ':shared:lib-a', ':shared:lib-b', ':other'",
      'app/build.gradle': 'dependencies { implementation project(":shared:lib-${x}") }',
      'shared/lib-a/build.gradle': '',
      'shared/lib-b/build.gradle': '',
      'other/build.gradle': ''
    })
    expect(
      gradleInputs('app', tree)
        .inputs.filter((i) => i.from.why.includes('depends on'))
        .map((i) => i.path)
    ).toEqual(['shared/lib-a', 'shared/lib-b'])
  })
})
