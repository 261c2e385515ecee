// The differ of shared Gradle build scripts (root and ancestor scripts, convention plugins), the
// statements it reads them by, the view that blanks what configures an ancestor only, and who in
// an image's build reads a part of a shared build file.
import { describe, expect, it } from '@jest/globals'
import {
  BuildReads,
  dynamicPropertyRead,
  mentions
} from '../../../../../src/detect/build/gradle/diff/reads.js'
import {
  type ScriptRole,
  scriptChange
} from '../../../../../src/detect/build/gradle/diff/script-diff.js'
import { scriptView } from '../../../../../src/detect/build/gradle/diff/script-view.js'
import {
  pluginEntry,
  scriptStatements
} from '../../../../../src/detect/build/gradle/diff/statements.js'
import type { FileChange } from '../../../../../src/detect/build/parts.js'
import type { SourceTree } from '../../../../../src/detect/build/types.js'

/** A change in short: 'all', 'none', 'nothing' or the parts (`plugin:x`, `task:y`, `key:k`). */
function short(c: FileChange): string | string[] {
  if (c.all !== undefined) return 'all'
  if (c.parts.length > 0) return c.parts.map((p) => `${p.kind}:${p.name}`)
  return c.none.length > 0 ? 'none' : 'nothing'
}

type Case = [string, ScriptRole, string, string, string | string[]]

const A: ScriptRole = 'ancestor'
const C: ScriptRole = 'convention'

describe('scriptChange: plugins {}', () => {
  const cases: Case[] = [
    [
      'Groovy: an apply false version bump',
      A,
      `plugins {\n  id 'org.springframework.boot' version '3.1.0' apply false\n}\n`,
      `plugins {\n  id 'org.springframework.boot' version '3.2.0' apply false\n}\n`,
      ['plugin:org.springframework.boot']
    ],
    [
      'Kotlin: an apply false version bump',
      A,
      `plugins {\n  id("org.springframework.boot") version "3.1.0" apply false\n}\n`,
      `plugins {\n  id("org.springframework.boot") version "3.2.0" apply false\n}\n`,
      ['plugin:org.springframework.boot']
    ],
    [
      'Kotlin: kotlin("jvm") apply false',
      A,
      `plugins {\n  kotlin("jvm") version "1.9.0" apply false\n}\n`,
      `plugins {\n  kotlin("jvm") version "1.9.20" apply false\n}\n`,
      ['plugin:org.jetbrains.kotlin.jvm']
    ],
    [
      'Kotlin: an alias apply false',
      A,
      `plugins {\n  alias(libs.plugins.spring.boot) apply false\n}\n`,
      `plugins {\n  alias(libs.plugins.spring.boot) apply false\n  alias(libs.plugins.flyway) apply false\n}\n`,
      ['alias:plugins.flyway']
    ],
    [
      'Groovy: an added apply false entry',
      A,
      `plugins {\n  id 'a' version '1' apply false\n}\n`,
      `plugins {\n  id 'a' version '1' apply false\n  id 'b' version '2' apply false\n}\n`,
      ['plugin:b']
    ],
    [
      'Groovy: a removed apply false entry',
      A,
      `plugins {\n  id 'a' version '1' apply false\n  id 'b' version '2' apply false\n}\n`,
      `plugins {\n  id 'a' version '1' apply false\n}\n`,
      ['plugin:b']
    ],
    [
      'Groovy: a verification plugin bump (applied)',
      A,
      `plugins {\n  id 'com.diffplug.spotless' version '6.0.0'\n  id 'nebula.lint' version '17.7.0'\n}\n`,
      `plugins {\n  id 'com.diffplug.spotless' version '6.1.0'\n  id 'nebula.lint' version '17.8.0'\n}\n`,
      'none'
    ],
    [
      'Kotlin: a versioning plugin bump',
      A,
      `plugins {\n  id("pl.allegro.tech.build.axion-release") version "1.15.0"\n}\n`,
      `plugins {\n  id("pl.allegro.tech.build.axion-release") version "1.16.0"\n}\n`,
      'none'
    ],
    [
      'Groovy: an applied plugin entry changes',
      A,
      `plugins {\n  id 'java'\n}\n`,
      `plugins {\n  id 'java-library'\n}\n`,
      'all'
    ],
    [
      'Kotlin: an applied plugin version',
      A,
      `plugins {\n  id("org.flywaydb.flyway") version "9.0"\n}\n`,
      `plugins {\n  id("org.flywaydb.flyway") version "9.1"\n}\n`,
      'all'
    ],
    [
      'Kotlin: a backquoted applied entry',
      A,
      'plugins {\n  `java-library`\n}\n',
      'plugins {\n  `java-library`\n  `maven-publish`\n}\n',
      'none'
    ],
    [
      'Groovy: apply false becomes applied',
      A,
      `plugins {\n  id 'x' version '1' apply false\n}\n`,
      `plugins {\n  id 'x' version '1'\n}\n`,
      'all'
    ],
    [
      'Groovy: an entry that is not plain',
      A,
      `plugins {\n  id 'x' version '1' apply false\n}\n`,
      `plugins {\n  id 'x' version xVersion apply false\n}\n`,
      'all'
    ],
    [
      'Kotlin: an entry that is not plain',
      A,
      `plugins {\n  id("x") version "1" apply false\n}\n`,
      `plugins {\n  id("x") version "1" apply false\n  if (ci) id("y")\n}\n`,
      'all'
    ],
    [
      'in a convention plugin, apply false counts for all',
      C,
      `plugins {\n  id 'x' version '1' apply false\n}\n`,
      `plugins {\n  id 'x' version '2' apply false\n}\n`,
      'all'
    ],
    [
      'in a convention plugin, a verification plugin counts for none',
      C,
      `plugins {\n  id 'java'\n}\n`,
      `plugins {\n  id 'java'\n  id 'checkstyle'\n  id 'jacoco'\n}\n`,
      'none'
    ]
  ]
  it.each(cases)('%s', (_name, role, before, after, expected) => {
    expect(short(scriptChange(before, after, role))).toEqual(expected)
  })

  it('says which entry changed', () => {
    const c = scriptChange(
      `plugins {\n  id 'a' version '1' apply false\n}\n`,
      `plugins {\n  id 'a' version '2' apply false\n}\n`,
      A
    )
    expect(c.parts).toEqual([
      { kind: 'plugin', name: 'a', what: 'plugins {}: a (apply false) changed' }
    ])
    expect(c.none).toEqual([])
  })
})

describe('scriptChange: blocks that hold statements', () => {
  const cases: Case[] = [
    [
      'Groovy: verification inside subprojects {}',
      A,
      `subprojects {\n  apply plugin: 'java'\n  test {\n    useJUnitPlatform()\n  }\n}\n`,
      `subprojects {\n  apply plugin: 'java'\n  test {\n    useJUnitPlatform()\n    maxParallelForks = 2\n  }\n}\n`,
      'none'
    ],
    [
      'Kotlin: verification inside allprojects {}',
      A,
      `allprojects {\n  tasks.withType<Test> {\n    useJUnitPlatform()\n  }\n}\n`,
      `allprojects {\n  tasks.withType<Test> {\n    useJUnitPlatform()\n    jvmArgs("-Xmx1g")\n  }\n}\n`,
      'none'
    ],
    [
      'Groovy: anything else inside subprojects {}',
      A,
      `subprojects {\n  apply plugin: 'java'\n}\n`,
      `subprojects {\n  apply plugin: 'java-library'\n}\n`,
      'all'
    ],
    [
      'a task registered inside subprojects {} is every project’s',
      A,
      `subprojects {\n  tasks.register('x') { doLast {} }\n}\n`,
      `subprojects {\n  tasks.register('x') { doLast { println 1 } }\n}\n`,
      'all'
    ],
    [
      'the header of subprojects {} changed',
      A,
      `subprojects {\n  test {}\n}\n`,
      `subprojects { p ->\n  test {}\n}\n`,
      'all'
    ],
    [
      'Groovy: verification in afterEvaluate {}',
      C,
      `afterEvaluate {\n  jacocoTestReport { reports { xml.required = true } }\n}\n`,
      `afterEvaluate {\n  jacocoTestReport { reports { xml.required = false } }\n}\n`,
      'none'
    ],
    [
      'Groovy: verification in pluginManager.withPlugin()',
      C,
      `pluginManager.withPlugin('java') {\n  test { useJUnitPlatform() }\n}\n`,
      `pluginManager.withPlugin('java') {\n  test { useJUnitPlatform(); failFast = true }\n}\n`,
      'none'
    ],
    [
      'Kotlin: the plugin of pluginManager.withPlugin() changed',
      C,
      `pluginManager.withPlugin("java") {\n  tasks.named<Test>("test") { useJUnitPlatform() }\n}\n`,
      `pluginManager.withPlugin("java-library") {\n  tasks.named<Test>("test") { useJUnitPlatform() }\n}\n`,
      'all'
    ],
    [
      'Groovy: anything else in pluginManager.withPlugin()',
      C,
      `pluginManager.withPlugin('java') {\n  java { toolchain { languageVersion = JavaLanguageVersion.of(17) } }\n}\n`,
      `pluginManager.withPlugin('java') {\n  java { toolchain { languageVersion = JavaLanguageVersion.of(21) } }\n}\n`,
      'all'
    ],
    [
      'nested: withPlugin inside subprojects {}',
      A,
      `subprojects {\n  pluginManager.withPlugin('java') {\n    test {}\n  }\n}\n`,
      `subprojects {\n  pluginManager.withPlugin('java') {\n    test { useJUnitPlatform() }\n  }\n}\n`,
      'none'
    ],
    [
      'verification nested 8 deep',
      A,
      `${'subprojects {\n'.repeat(8)}test { a = 1 }\n${'}\n'.repeat(8)}`,
      `${'subprojects {\n'.repeat(8)}test { a = 2 }\n${'}\n'.repeat(8)}`,
      'none'
    ],
    [
      'verification nested deeper than the differ reads',
      A,
      `${'subprojects {\n'.repeat(40)}test { a = 1 }\n${'}\n'.repeat(40)}`,
      `${'subprojects {\n'.repeat(40)}test { a = 2 }\n${'}\n'.repeat(40)}`,
      'all'
    ],
    [
      'what follows the block on its line changed',
      A,
      `subprojects {\n  test {}\n} + 1\n`,
      `subprojects {\n  test {}\n} + 2\n`,
      'all'
    ]
  ]
  it.each(cases)('%s', (_name, role, before, after, expected) => {
    expect(short(scriptChange(before, after, role))).toEqual(expected)
  })
})

describe('scriptChange: dependencies {}', () => {
  const cases: Case[] = [
    [
      'Groovy: only test configurations',
      C,
      `dependencies {\n  implementation 'a:b:1'\n  testImplementation 'junit:junit:4'\n}\n`,
      `dependencies {\n  implementation 'a:b:1'\n  testImplementation 'junit:junit:5'\n  testRuntimeOnly 'x:y:1'\n}\n`,
      'none'
    ],
    [
      'Kotlin: only test configurations',
      C,
      `dependencies {\n  implementation(libs.a)\n  testImplementation(libs.junit)\n}\n`,
      `dependencies {\n  implementation(libs.a)\n  testImplementation(libs.junit5)\n  integrationTestImplementation(libs.x)\n}\n`,
      'none'
    ],
    [
      'Groovy: implementation',
      C,
      `dependencies {\n  implementation 'a:b:1'\n}\n`,
      `dependencies {\n  implementation 'a:b:2'\n}\n`,
      'all'
    ],
    [
      'Kotlin: an added runtimeOnly',
      C,
      `dependencies {\n  implementation(libs.a)\n}\n`,
      `dependencies {\n  implementation(libs.a)\n  runtimeOnly(libs.b)\n}\n`,
      'all'
    ],
    [
      'Kotlin: a quoted configuration',
      C,
      `dependencies {\n  "testImplementation"("a:b:1")\n}\n`,
      `dependencies {\n  "testImplementation"("a:b:2")\n}\n`,
      'all'
    ],
    [
      'Groovy: dependencies moved between configurations that reach the image',
      C,
      `dependencies {\n  runtimeOnly 'b:b:1'\n  implementation 'a:a:1'\n  testImplementation 't:t:1'\n}\n`,
      `dependencies {\n  implementation 'a:a:1'\n  runtimeOnly 'b:b:1'\n  testImplementation 't:t:1'\n}\n`,
      'all'
    ],
    ['dependencies with no body', C, `dependencies(deps)\n`, `dependencies(other)\n`, 'all'],
    [
      'an added dependencies with no body',
      C,
      `apply plugin: 'java'\n`,
      `apply plugin: 'java'\ndependencies(deps)\n`,
      'all'
    ],
    [
      'in an ancestor, inside subprojects {}',
      A,
      `subprojects {\n  dependencies {\n    testImplementation 'a:b:1'\n  }\n}\n`,
      `subprojects {\n  dependencies {\n    testImplementation 'a:b:2'\n  }\n}\n`,
      'none'
    ]
  ]
  it.each(cases)('%s', (_name, role, before, after, expected) => {
    expect(short(scriptChange(before, after, role))).toEqual(expected)
  })
})

describe('scriptChange: verification, publishing and release', () => {
  const blocks: [string, string, string][] = [
    ['Groovy test {}', `test {\n  useJUnitPlatform()\n}\n`, `test {\n  useJUnit()\n}\n`],
    [
      "Groovy tasks.named('test')",
      `tasks.named('test') {\n  useJUnitPlatform()\n}\n`,
      `tasks.named('test') {\n  useJUnit()\n}\n`
    ],
    [
      'Kotlin tasks.named<Test>("test")',
      `tasks.named<Test>("test") {\n  useJUnitPlatform()\n}\n`,
      `tasks.named<Test>("test") {\n  useJUnit()\n}\n`
    ],
    [
      'Kotlin tasks.test',
      `tasks.test {\n  useJUnitPlatform()\n}\n`,
      `tasks.test {\n  useJUnit()\n}\n`
    ],
    [
      'Groovy tasks.withType(Test)',
      `tasks.withType(Test) {\n  maxParallelForks = 1\n}\n`,
      `tasks.withType(Test) {\n  maxParallelForks = 2\n}\n`
    ],
    [
      'Groovy tasks.withType(Test).configureEach',
      `tasks.withType(Test).configureEach {\n  maxParallelForks = 1\n}\n`,
      `tasks.withType(Test).configureEach {\n  maxParallelForks = 2\n}\n`
    ],
    [
      'Kotlin tasks.withType<Test>',
      `tasks.withType<Test> {\n  maxParallelForks = 1\n}\n`,
      `tasks.withType<Test> {\n  maxParallelForks = 2\n}\n`
    ],
    [
      'Kotlin tasks.withType<Test>().configureEach',
      `tasks.withType<Test>().configureEach {\n  maxParallelForks = 1\n}\n`,
      `tasks.withType<Test>().configureEach {\n  maxParallelForks = 2\n}\n`
    ],
    [
      'Groovy jacocoTestReport',
      `jacocoTestReport {\n  dependsOn test\n}\n`,
      `jacocoTestReport {\n  dependsOn test\n  reports { xml.required = true }\n}\n`
    ],
    [
      'Kotlin tasks.jacocoTestReport',
      `tasks.jacocoTestReport {\n  dependsOn(tasks.test)\n}\n`,
      `tasks.jacocoTestReport {\n  reports { xml.required.set(true) }\n}\n`
    ],
    [
      'Groovy spotless {}',
      `spotless {\n  java { googleJavaFormat() }\n}\n`,
      `spotless {\n  java { googleJavaFormat('1.17.0') }\n}\n`
    ],
    [
      'Kotlin spotless {}',
      `spotless {\n  kotlin { ktlint() }\n}\n`,
      `spotless {\n  kotlin { ktlint("1.0.0") }\n}\n`
    ],
    [
      'Groovy checkstyle {}',
      `checkstyle {\n  toolVersion = '10.0'\n}\n`,
      `checkstyle {\n  toolVersion = '10.1'\n}\n`
    ],
    [
      'Kotlin checkstyle {}',
      `checkstyle {\n  toolVersion = "10.0"\n}\n`,
      `checkstyle {\n  toolVersion = "10.1"\n  maxWarnings = 0\n}\n`
    ],
    [
      'Groovy publishing {}',
      `publishing {\n  repositories { maven { url 'a' } }\n}\n`,
      `publishing {\n  repositories { maven { url 'b' } }\n}\n`
    ],
    [
      'Kotlin publishing {}',
      `publishing {\n  publications { create<MavenPublication>("m") }\n}\n`,
      `publishing {\n  publications { create<MavenPublication>("maven") }\n}\n`
    ],
    [
      'Groovy an added integrationTest task',
      ``,
      `tasks.register('integrationTest', Test) {\n  useJUnitPlatform()\n}\n`
    ]
  ]
  it.each(blocks)('%s counts for none, in either role', (_name, before, after) => {
    for (const role of [A, C]) {
      const c = scriptChange(before, after, role)
      expect(short(c)).toBe('none')
      expect(c.none.join()).toMatch(/verification, reports or publishing only/)
    }
  })

  const release: [string, string, string][] = [
    [
      'Groovy scmVersion {}',
      `scmVersion {\n  tag { prefix = 'v' }\n}\n`,
      `scmVersion {\n  tag { prefix = 'release-' }\n}\n`
    ],
    [
      'Kotlin scmVersion {}',
      `scmVersion {\n  tag { prefix.set("v") }\n}\n`,
      `scmVersion {\n  tag { prefix.set("r") }\n}\n`
    ],
    [
      'Groovy release {}',
      `release {\n  failOnCommitNeeded = true\n}\n`,
      `release {\n  failOnCommitNeeded = false\n}\n`
    ],
    [
      'Kotlin tasks.wrapper',
      `tasks.wrapper {\n  gradleVersion = "8.4"\n}\n`,
      `tasks.wrapper {\n  gradleVersion = "8.5"\n}\n`
    ]
  ]
  it.each(release)('%s counts for none', (_name, before, after) => {
    const c = scriptChange(before, after, A)
    expect(short(c)).toBe('none')
    expect(c.none.join()).toMatch(/release and versioning only/)
  })
})

describe('scriptChange: tasks, ext and the rest', () => {
  const cases: Case[] = [
    [
      "Groovy tasks.register('x') in an ancestor",
      A,
      `tasks.register('devloop') {\n  dependsOn 'a'\n}\n`,
      `tasks.register('devloop') {\n  dependsOn 'b'\n}\n`,
      ['task:devloop']
    ],
    [
      "Groovy def x = tasks.register('x')",
      A,
      `def devloop = tasks.register('devloop') {\n  dependsOn 'a'\n}\n`,
      `def devloop = tasks.register('devloop') {\n  dependsOn 'b'\n}\n`,
      ['task:devloop']
    ],
    [
      'Groovy task x(type: Copy) {}',
      A,
      `task copyImages(type: Copy) {\n  from 'a'\n}\n`,
      `task copyImages(type: Copy) {\n  from 'b'\n}\n`,
      ['task:copyImages']
    ],
    [
      'Kotlin val x by tasks.registering',
      A,
      `val devloop by tasks.registering {\n  dependsOn("a")\n}\n`,
      `val devloop by tasks.registering {\n  dependsOn("b")\n}\n`,
      ['task:devloop']
    ],
    [
      'Kotlin tasks.register<Copy>("x")',
      A,
      `tasks.register<Copy>("copyImages") {\n  from("a")\n}\n`,
      `tasks.register<Copy>("copyImages") {\n  from("b")\n}\n`,
      ['task:copyImages']
    ],
    [
      'an added task in an ancestor',
      A,
      `apply plugin: 'base'\n`,
      `apply plugin: 'base'\ntasks.register('x')\n`,
      ['task:x']
    ],
    [
      'a task in a convention plugin counts for all',
      C,
      `tasks.register('x') {\n  dependsOn 'a'\n}\n`,
      `tasks.register('x') {\n  dependsOn 'b'\n}\n`,
      'all'
    ],
    [
      'Groovy: a task with a computed name',
      A,
      `task "copy\${n}"(type: Copy) {\n  from 'a'\n}\n`,
      `task "copy\${n}"(type: Copy) {\n  from 'b'\n}\n`,
      'all'
    ],
    [
      'Kotlin: a task with a computed name',
      A,
      `tasks.register("copy$n") {\n  from("a")\n}\n`,
      `tasks.register("copy$n") {\n  from("b")\n}\n`,
      'all'
    ],
    [
      'Groovy ext.k = v',
      A,
      `ext.bom_version = '1'\n`,
      `ext.bom_version = '2'\n`,
      ['key:bom_version']
    ],
    [
      'Groovy ext {}',
      A,
      `ext {\n  a = '1'\n  b = '2'\n}\n`,
      `ext {\n  a = '1'\n  b = '3'\n  c = '4'\n}\n`,
      ['key:b', 'key:c']
    ],
    [
      'ext {} holding anything else',
      A,
      `ext {\n  a = '1'\n}\n`,
      `ext {\n  a = '1'\n  set('b', 2)\n}\n`,
      'all'
    ],
    [
      'what follows ext {} on its line',
      A,
      `ext {\n  a = '1'\n}.each {}\n`,
      `ext {\n  a = '1'\n}.each { x }\n`,
      'all'
    ],
    ['ext.set()', A, `ext.set('a', 1)\n`, `ext.set('a', 2)\n`, 'all'],
    ['Kotlin extra["k"]', A, `extra["a"] = "1"\n`, `extra["a"] = "2"\n`, 'all'],
    [
      'ext inside subprojects {}',
      A,
      `subprojects {\n  ext.a = 1\n}\n`,
      `subprojects {\n  ext.a = 2\n}\n`,
      ['key:a']
    ],
    [
      'Groovy anything else',
      C,
      `java {\n  sourceCompatibility = 17\n}\n`,
      `java {\n  sourceCompatibility = 21\n}\n`,
      'all'
    ],
    [
      'Kotlin anything else',
      C,
      `java {\n  toolchain { languageVersion.set(JavaLanguageVersion.of(17)) }\n}\n`,
      `java {\n  toolchain { languageVersion.set(JavaLanguageVersion.of(21)) }\n}\n`,
      'all'
    ],
    [
      'tasks.withType(JavaCompile)',
      C,
      `tasks.withType(JavaCompile) {\n  options.encoding = 'UTF-8'\n}\n`,
      `tasks.withType(JavaCompile) {\n  options.encoding = 'ASCII'\n}\n`,
      'all'
    ],
    [
      'bootJar {} in a convention plugin',
      C,
      `bootJar {\n  archiveFileName = 'a.jar'\n}\n`,
      `bootJar {\n  archiveFileName = 'b.jar'\n}\n`,
      'all'
    ],
    [
      'reordered statements',
      C,
      `apply plugin: 'java'\njava {}\ntest {}\n`,
      `java {}\napply plugin: 'java'\ntest {}\n`,
      'all'
    ],
    [
      'reordered statements inside subprojects {}',
      A,
      `subprojects {\n  apply plugin: 'java'\n  java {}\n}\n`,
      `subprojects {\n  java {}\n  apply plugin: 'java'\n}\n`,
      'all'
    ]
  ]
  it.each(cases)('%s', (_name, role, before, after, expected) => {
    expect(short(scriptChange(before, after, role))).toEqual(expected)
  })
})

describe('scriptChange: layout, added, deleted, identical', () => {
  const script = `plugins {\n  id 'java'\n}\n\ndependencies {\n  implementation 'a:b:1'\n}\n`
  it('comments and layout only', () => {
    const layouts = [
      `// head\nplugins {\n    id 'java' // why\n}\n\n\n/* deps */\ndependencies {\n    implementation 'a:b:1'\n}\n`,
      script.replace(/\n/g, '\r\n'),
      `plugins {\n  id 'java'\n}\ndependencies {\n  implementation   'a:b:1'\n}`,
      `plugins {\n  id 'java'\n}\ndependencies\n{\n  implementation 'a:b:1'\n}\n`
    ]
    for (const after of layouts)
      expect(scriptChange(script, after, C)).toEqual({
        parts: [],
        none: ['only comments or layout changed']
      })
  })
  it('a script added or deleted counts for all', () => {
    expect(scriptChange(undefined, script, A).all).toBe('the script was added')
    expect(scriptChange(script, undefined, C).all).toBe('the script was deleted')
  })
  it('an identical script has no change', () => {
    expect(scriptChange(script, script, A)).toEqual({ parts: [], none: [] })
    expect(scriptChange('', '', C)).toEqual({ parts: [], none: [] })
  })
  it('verification and a part together: the part, and why the rest does not count', () => {
    const c = scriptChange(
      `test {}\ntasks.register('x') {}\n`,
      `test { a = 1 }\ntasks.register('x') { b = 2 }\n`,
      A
    )
    expect(short(c)).toEqual(['task:x'])
    expect(c.none).toEqual(['test (line 1) changed (verification, reports or publishing only)'])
  })
})

describe('scriptStatements', () => {
  const heads = (text: string): [string, string][] =>
    scriptStatements(text).statements.map((s) => [s.kind, s.head])

  const cases: [string, string, [string, string][]][] = [
    [
      'a method chain going on on the next line',
      `tasks.withType(Test)\n    .configureEach {\n  a = 1\n}\nfoo()\n`,
      [
        ['verification', 'tasks.withType(Test)'],
        ['other', 'foo']
      ]
    ],
    [
      'a Kotlin safe call on the next line',
      `val x = findProperty("a")\n  ?.toString()\nbar()\n`,
      [
        ['other', 'findProperty'],
        ['other', 'bar']
      ]
    ],
    [
      'a line ending with an operator',
      `version = 'a' +\n  'b'\ngroup = 'x'\n`,
      [
        ['other', 'version'],
        ['other', 'group']
      ]
    ],
    [
      'a { on the next line',
      `subprojects\n{\n  test {}\n}\nallprojects {}\n`,
      [
        ['children', 'subprojects'],
        ['children', 'allprojects']
      ]
    ],
    [
      'blank lines between chain links',
      `tasks.named('bootJar')\n\n\n  .configure {}\nrelease {}\n`,
      [
        ['task', 'tasks.named(bootJar)'],
        ['release', 'release']
      ]
    ],
    [
      '; separators',
      `apply plugin: 'java'; test {}; scmVersion { a = 1 }`,
      [
        ['other', 'apply'],
        ['verification', 'test'],
        ['release', 'scmVersion']
      ]
    ],
    [
      'braces in strings and comments',
      `def a = "{"\n// }\ntest { b = '}' /* { */ }\nrelease {}\n`,
      [
        ['other', ''],
        ['verification', 'test'],
        ['release', 'release']
      ]
    ],
    [
      'Kotlin forms',
      `plugins {\n  \`java-library\`\n}\nval devloop by tasks.registering(Copy::class) {}\ntasks.named<Test>("test") {}\ntasks.withType<Checkstyle>().configureEach {}\ndependencies {}\n`,
      [
        ['plugins', 'plugins'],
        ['task', 'task devloop'],
        ['verification', 'tasks.named(test)'],
        ['verification', 'tasks.withType(Checkstyle)'],
        ['dependencies', 'dependencies']
      ]
    ],
    [
      'Groovy forms',
      `task copy(type: Copy) {}\ntasks.getByName('check') {}\nafterEvaluate {}\npluginManager.withPlugin('java') {}\nplugins.withId('java') {}\nwrapper { gradleVersion = '8' }\n`,
      [
        ['task', 'task copy'],
        ['verification', 'tasks.named(check)'],
        ['wrapper', 'afterEvaluate'],
        ['wrapper', 'pluginManager.withPlugin'],
        ['wrapper', 'plugins.withId'],
        ['release', 'wrapper']
      ]
    ],
    [
      'an unclosed block runs to the end',
      `apply plugin: 'java'\nsubprojects {\n  test {}\n`,
      [
        ['other', 'apply'],
        ['children', 'subprojects']
      ]
    ],
    [
      'a stray closing brace',
      `}\ntest {}\n`,
      [
        ['other', ''],
        ['verification', 'test']
      ]
    ]
  ]
  it.each(cases)('%s', (_name, text, expected) => {
    expect(heads(text)).toEqual(expected)
  })

  it('reads the statements of a body, with their offsets and lines', () => {
    const text = `subprojects {\n  apply plugin: 'java'\n\n  test { a = 1 }\n}\n`
    const st = scriptStatements(text)
    const [sub] = st.statements
    expect(sub?.line).toBe(1)
    const inner = st.inside(sub as NonNullable<typeof sub>)
    expect(inner.map((s) => [s.kind, s.line, text.slice(s.start, s.end)])).toEqual([
      ['other', 2, "apply plugin: 'java'"],
      ['verification', 4, 'test { a = 1 }']
    ])
  })

  it('code drops comments and collapses blanks', () => {
    const st = scriptStatements(`test { // x\n  a   =  1 /* y */\n}\n`)
    expect(st.statements[0]?.code).toBe('test { a = 1 }')
  })

  it('reads plugin entries', () => {
    expect(pluginEntry(`id 'a' version '1' apply false`)).toEqual({
      id: 'a',
      alias: false,
      applyFalse: true
    })
    expect(pluginEntry(`id("a") version("1") apply(false)`)).toEqual({
      id: 'a',
      alias: false,
      applyFalse: true
    })
    expect(pluginEntry(`alias(libs.plugins.b.c)`)).toEqual({
      id: 'plugins.b.c',
      alias: true,
      applyFalse: false
    })
    expect(pluginEntry('`java-library`')).toEqual({
      id: 'java-library',
      alias: false,
      applyFalse: false
    })
    expect(pluginEntry('java')).toEqual({ id: 'java', alias: false, applyFalse: false })
    expect(pluginEntry(`id 'a' version v`)).toBeUndefined()
    expect(pluginEntry(`id "a$b"`)).toBeUndefined()
    expect(pluginEntry(`if (x) id 'a'`)).toBeUndefined()
  })
})

describe('scriptView', () => {
  const same = (a: string, b: string): void => {
    expect(b.length).toBe(a.length)
    expect([...b.matchAll(/\n/g)].map((m) => m.index)).toEqual(
      [...a.matchAll(/\n/g)].map((m) => m.index)
    )
  }
  const none = (): boolean => false

  it('blanks verification and release statements, keeping length and line breaks', () => {
    const text = `apply plugin: 'java'\ntest {\n  systemProperty 'k', k\n}\nscmVersion { tag { prefix = p } }\njar { from 'x' }\n`
    for (const role of [A, C]) {
      const v = scriptView(text, role, none)
      same(text, v)
      expect(v).toContain("apply plugin: 'java'")
      expect(v).toContain("jar { from 'x' }")
      expect(v).not.toContain('systemProperty')
      expect(v).not.toContain('scmVersion')
    }
  })

  it('in an ancestor, blanks unnamed tasks and apply false entries unless kept', () => {
    const text = `plugins {\n  id 'a' version '1' apply false\n  id 'b' version '1' apply false\n  id 'java'\n  id 'com.diffplug.spotless' version '6'\n}\ntasks.register('devloop') { from 'x' }\ntasks.register('other') { from 'y' }\n`
    const keep = (kind: string, name: string): boolean =>
      (kind === 'plugin' && name === 'a') || (kind === 'task' && name === 'devloop')
    const v = scriptView(text, A, keep)
    same(text, v)
    expect(v).toContain("id 'a'")
    expect(v).not.toContain("id 'b'")
    expect(v).toContain("id 'java'")
    expect(v).not.toContain('spotless')
    expect(v).toContain('devloop')
    expect(v).not.toContain("'other'")
  })

  it('in a convention plugin, keeps tasks and plugin entries', () => {
    const text = `plugins {\n  id 'a' version '1' apply false\n}\ntasks.register('x') { from 'y' }\n`
    expect(scriptView(text, C, none)).toBe(text)
  })

  it('blanks an alias entry unless kept as an alias', () => {
    const text = `plugins {\n  alias(libs.plugins.boot) apply false\n}\n`
    expect(scriptView(text, A, none)).not.toContain('libs.plugins.boot')
    expect(scriptView(text, A, (k, n) => k === 'alias' && n === 'plugins.boot')).toBe(text)
  })
})

describe('mentions and dynamicPropertyRead', () => {
  it('mentions a name as a whole word', () => {
    expect(mentions('x = project.spring_boot_version', 'spring_boot_version')).toBe(true)
    expect(mentions('"${spring_boot_version}"', 'spring_boot_version')).toBe(true)
    expect(mentions("property('spring_boot_version')", 'spring_boot_version')).toBe(true)
    expect(mentions('x = spring_boot_version2', 'spring_boot_version')).toBe(false)
    expect(mentions('x = my_spring_boot_version', 'spring_boot_version')).toBe(false)
    expect(mentions('x = a_b + a_b2', 'a_b')).toBe(true)
    expect(mentions('"com.google.guava:guava:$guava_version-jre"', 'guava_version')).toBe(true)
    expect(mentions("tasks.register('copy-images')", 'copy-images')).toBe(true)
    expect(mentions('anything', '')).toBe(false)
  })

  const dynamic: [string, string, boolean][] = [
    ['findProperty(name)', 'def v = findProperty(name)', true],
    ['project.findProperty(key)', 'def v = project.findProperty(key)', true],
    ['project.properties', 'project.properties.each { println it }', true],
    ['properties[k]', 'def v = properties[k]', true],
    ['getProperties()', 'getProperties().each {}', true],
    ['rootProject.properties', 'def v = rootProject.properties[k]', true],
    ["project(':a').properties", "def v = project(':a').properties[k]", true],
    ['providers.gradleProperty(name)', 'providers.gradleProperty(name)', true],
    ['ext[name]', 'def v = ext[name]', true],
    ['Kotlin extra.get(name)', 'val v = extra.get(name)', true],
    ['project[name]', 'def v = project[name]', true],
    ['rootProject[name]', 'def v = rootProject[name]', true],
    [
      'gradlePropertiesPrefixedBy',
      'val db = providers.gradlePropertiesPrefixedBy("db.").get()',
      true
    ],
    ["project['x']", "def v = project['x']", false],
    ['property("x")', 'def v = property("x")', false],
    ["findProperty('x')", "def v = findProperty('x')", false],
    ['providers.gradleProperty("x")', 'providers.gradleProperty("x").get()', false],
    ['extra["x"]', 'val v = extra["x"]', false],
    ['a string holding properties', 'def f = file("gradle.properties")', false],
    ['a comment holding properties', '// reads project.properties\ndef a = 1', false],
    ['a word holding properties', 'def systemProperties = [:]', false]
  ]
  it.each(dynamic)('%s', (_name, text, expected) => {
    expect(dynamicPropertyRead(text) !== undefined).toBe(expected)
  })

  it('says where', () => {
    expect(dynamicPropertyRead('a = 1\nb = findProperty(n)')).toBe('line 2: findProperty(')
  })
})

describe('BuildReads', () => {
  const tree = (): SourceTree => ({}) as SourceTree
  const own = (key: string, text: string, label = key) => ({ key, label, text })
  const conv = (file: string, text: string) =>
    own(
      `${file}#convention`,
      scriptView(text, 'convention', () => true),
      `plugin ${file}`
    )

  it('a key named in an own script or a convention plugin', () => {
    const r = new BuildReads(
      tree(),
      [
        own('app/build.gradle', `version = "\${app_version}"`),
        conv(
          'conv.gradle',
          `dependencies { implementation "a:b:\${bom_version}" }\ntest { x = test_only }`
        )
      ],
      [],
      []
    )
    expect(r.reads('key', 'app_version')).toBe('app/build.gradle')
    expect(r.reads('key', 'bom_version')).toBe('plugin conv.gradle')
    expect(r.reads('key', 'test_only')).toBeUndefined()
    expect(r.reads('key', 'app_version2')).toBeUndefined()
  })

  it('a key named only in an ancestor’s verification or release block', () => {
    const r = new BuildReads(
      tree(),
      [own('app/build.gradle', 'apply plugin: "java"')],
      [
        {
          file: 'build.gradle',
          text: `allprojects { version = project.app_version }\nscmVersion { tag { prefix = tag_prefix } }\nspotless { x = spotless_version }\n`
        }
      ],
      []
    )
    expect(r.reads('key', 'tag_prefix')).toBeUndefined()
    expect(r.reads('key', 'spotless_version')).toBeUndefined()
    expect(r.reads('key', 'app_version')).toBe('build.gradle')
  })

  it('a dotted key no script names counts; a plain one does not', () => {
    const r = new BuildReads(tree(), [own('a', 'x')], [], [])
    expect(r.reads('key', 'org.gradle.jvmargs')).toMatch(/dotted key/)
    expect(r.reads('key', 'plain')).toBeUndefined()
  })

  it('a binary plugin makes everything count', () => {
    const r = new BuildReads(tree(), [own('a', 'x')], [], ['com.example.binary'])
    for (const kind of ['key', 'alias', 'plugin', 'task'] as const)
      expect(r.reads(kind, 'anything')).toMatch(/binary plugin com\.example\.binary/)
  })

  it('a dynamic property read makes every key count, and only keys', () => {
    const r = new BuildReads(tree(), [own('a', 'def v = findProperty(name)')], [], [])
    expect(r.reads('key', 'anything')).toMatch(/findProperty/)
    expect(r.reads('task', 'anything')).toBeUndefined()
  })

  it('aliases: by prefix both ways, and a computed lookup', () => {
    const r = new BuildReads(
      tree(),
      [
        own(
          'a',
          'dependencies { implementation(libs.spring.boot.web)\n implementation(libs.bundles.jackson) }'
        )
      ],
      [],
      []
    )
    expect(r.reads('alias', 'spring.boot.web')).toBe('a')
    expect(r.reads('alias', 'spring.boot')).toBe('a')
    expect(r.reads('alias', 'bundles.jackson.extra')).toBe('a')
    expect(r.reads('alias', 'spring.boot.webflux')).toBeUndefined()
    expect(r.reads('alias', 'bundles')).toBe('a')
    const d = new BuildReads(tree(), [own('b', 'libs.findLibrary(name).get()')], [], [])
    expect(d.reads('alias', 'anything')).toMatch(/computed catalog lookup/)
  })

  it('a root apply false entry and a root task count only when the build names them', () => {
    const root = {
      file: 'build.gradle',
      text: `plugins {\n  id 'org.springframework.boot' version "\${boot_version}" apply false\n  id 'org.flywaydb.flyway' version "\${flyway_version}" apply false\n}\ntasks.register('devloop') { dependsOn ':app:bootRun'; x = devloop_key }\ntasks.register('other') { y = other_key }\n`
    }
    const r = new BuildReads(
      tree(),
      [
        own('app/build.gradle', `plugins { id 'org.springframework.boot' }\n// run: gradle devloop`)
      ],
      [root],
      []
    )
    expect(r.reads('plugin', 'org.springframework.boot')).toBe('app/build.gradle')
    expect(r.reads('key', 'boot_version')).toMatch(/build\.gradle line 2/)
    expect(r.reads('plugin', 'org.flywaydb.flyway')).toBeUndefined()
    expect(r.reads('key', 'flyway_version')).toBeUndefined()
    expect(r.reads('key', 'other_key')).toBeUndefined()
    expect(r.kept.has('plugin:org.springframework.boot')).toBe(true)
    expect(r.kept.has('task:other')).toBe(false)
  })
})

// The list of verification plugins is the one the differ and the view share.
it('pluginEntry and VERIFICATION_PLUGINS agree with the differ', () => {
  expect(
    short(
      scriptChange(
        `plugins {\n  id 'org.sonarqube' version '4'\n}\n`,
        `plugins {\n  id 'org.sonarqube' version '5'\n}\n`,
        A
      )
    )
  ).toBe('none')
})
