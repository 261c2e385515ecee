import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { ChangedFiles } from '../../../../src/detect/path-globs.js'
import {
  gradleInputs,
  gradleProvider,
  wantsGradle
} from '../../../../src/detect/build/gradle/provider.js'
import { readScript } from '../../../../src/detect/build/gradle/script.js'
import { findBuildRootByGradle } from '../../../../src/detect/build/gradle/roots.js'
import { InputMatcher } from '../../../../src/detect/match.js'
import { treeOf } from '../../../../test-support/tree.js'
import type { Input } from '../../../../src/detect/build/types.js'

const G = 'build-logic/src/main/groovy'
const R = 'build-logic/src/main/resources'

/** A repository in the shape of a monorepo with a convention-plugin build. */
const repo: Record<string, string> = {
  'settings.gradle': [
    "pluginManagement {\n  includeBuild 'build-logic'\n}",
    "rootProject.name = 'acme'",
    "include ':shared:store-model'",
    "include ':shared:lib-queue'",
    "include ':billing:invoice-app'",
    "include ':billing:invoice-tests'",
    "include ':gateway'",
    "include ':mailer'"
  ].join('\n'),
  'build.gradle': "plugins { id('com.example.release') version '1.0' }",
  'gradle.properties': 'group=org.acme\ndockerRegistry=acme\n',
  'gradle/wrapper/gradle-wrapper.properties': '',
  'build-logic/settings.gradle': '',
  'build-logic/build.gradle': "plugins { id 'groovy-gradle-plugin' }",
  [`${G}/acme.docker.container-conventions.gradle`]:
    "plugins {\n  id 'base'\n  id 'com.palantir.docker'\n}\next {\n  findDockerfile = { paths -> getClass().getResource(paths[0]) }\n}\ndocker {\n  name \"${dockerRegistry}/${rootProject.name}-${project.name}\"\n}",
  [`${G}/acme.java.container-conventions.gradle`]:
    "plugins {\n  id 'java'\n  id 'acme.docker.container-conventions'\n}\ndocker {\n  if (file('src/docker/Dockerfile').exists())\n    dockerfile file('src/docker/Dockerfile')\n  else\n    dockerfile new File(project.rootDir, 'build-logic/docker/Dockerfile-java')\n}",
  [`${G}/acme.java.container-spring-conventions.gradle`]:
    "plugins {\n  id 'org.springframework.boot'\n  id 'acme.java.container-conventions'\n}\ndocker {\n  copyFromResources(copySpec, ['/docker/entrypoint-wrapper.sh'])\n}",
  [`${G}/acme.python.container-service-conventions.gradle`]:
    "plugins {\n  id 'acme.docker.container-conventions'\n}\ndocker {\n  dockerfile findDockerfile(['src/docker/Dockerfile', '/docker/Dockerfile-python'])\n}",
  [`${G}/acme.std.java.library-conventions.gradle`]: "plugins {\n  id 'java-library'\n}",
  [`${G}/acme.lint.gradle`]: "checkstyle { configFile = 'checkstyle.xml' }",
  'build-logic/docker/Dockerfile-java': 'FROM eclipse-temurin:17',
  [`${R}/docker/Dockerfile-python`]: 'FROM python:3.12',
  [`${R}/docker/entrypoint-wrapper.sh`]: '',
  [`${R}/checkstyle.xml`]: '',
  'billing/build.gradle':
    "plugins { id 'base' }\nsubprojects {\n  dependencies {\n    implementation project(':shared:lib-queue')\n  }\n}",
  'billing/invoice-app/build.gradle': [
    'plugins {',
    "  id 'acme.java.container-spring-conventions'",
    "  id 'org.springframework.boot' version '3.1.0'",
    '}',
    'dependencies {',
    "  implementation project(':shared:store-model')",
    "  testImplementation project(':billing:invoice-tests')",
    '}'
  ].join('\n'),
  'billing/invoice-app/src/main/java/App.java': '',
  'billing/invoice-tests/build.gradle': '',
  'shared/store-model/build.gradle':
    'plugins { id \'acme.std.java.library-conventions\' }\ndependencies {\n  api(project(":shared:lib-queue"))\n}',
  'shared/lib-queue/build.gradle': '',
  'gateway/build.gradle': "plugins { id 'acme.java.container-conventions' }",
  'gateway/src/docker/Dockerfile': 'FROM eclipse-temurin:17',
  'mailer/build.gradle': "plugins { id 'acme.python.container-service-conventions' }",
  'mailer/src/main.py': ''
}

const brief = (xs: readonly Input[]): string[] =>
  xs.map(
    (i) => `${i.kind} ${i.path}${i.excludes ? ` -${i.excludes.join(',')}` : ''} <- ${i.from.why}`
  )

describe('gradleInputs on a convention-plugin monorepo', () => {
  it('lists the project, its dependencies, ancestors, root build files, plugins and their resources', () => {
    const r = gradleInputs('billing/invoice-app', treeOf(repo))
    expect(r.claimed).toBe(true)
    expect(r.warnings).toEqual([])
    expect(brief(r.inputs)).toEqual([
      'dir billing/invoice-app -billing/invoice-app/src/test/**,billing/invoice-app/src/testFixtures/**,billing/invoice-app/src/*Test/** <- Gradle project :billing:invoice-app',
      'file billing/build.gradle <- build file of an ancestor project of :billing:invoice-app',
      'file billing/build.gradle.kts <- build file of an ancestor project of :billing:invoice-app',
      'file billing/gradle.properties <- build file of an ancestor project of :billing:invoice-app',
      'dir shared/store-model -shared/store-model/src/test/**,shared/store-model/src/testFixtures/**,shared/store-model/src/*Test/** <- invoice-app depends on :shared:store-model in billing/invoice-app/build.gradle',
      'file shared/build.gradle <- build file of an ancestor project of :shared:store-model',
      'file shared/build.gradle.kts <- build file of an ancestor project of :shared:store-model',
      'file shared/gradle.properties <- build file of an ancestor project of :shared:store-model',
      'dir shared/lib-queue -shared/lib-queue/src/test/**,shared/lib-queue/src/testFixtures/**,shared/lib-queue/src/*Test/** <- invoice-app depends on :shared:lib-queue in billing/build.gradle',
      'file settings.gradle <- root build file',
      'file settings.gradle.kts <- root build file',
      'file build.gradle <- root build file',
      'file build.gradle.kts <- root build file',
      'file gradle.properties <- root build file',
      'dir gradle -gradle/**/*.log <- root build file',
      'dir buildSrc -buildSrc/build/**,buildSrc/.gradle/** <- root build file',
      `file ${G}/acme.java.container-spring-conventions.gradle <- plugin acme.java.container-spring-conventions applied by billing/invoice-app/build.gradle`,
      `file ${G}/acme.std.java.library-conventions.gradle <- plugin acme.std.java.library-conventions applied by shared/store-model/build.gradle`,
      `file ${G}/acme.java.container-conventions.gradle <- plugin acme.java.container-conventions applied by ${G}/acme.java.container-spring-conventions.gradle`,
      `file ${G}/acme.docker.container-conventions.gradle <- plugin acme.docker.container-conventions applied by ${G}/acme.java.container-conventions.gradle`,
      'file build-logic/build.gradle <- build file of included build build-logic, which provides plugin acme.java.container-spring-conventions',
      'file build-logic/build.gradle.kts <- build file of included build build-logic, which provides plugin acme.java.container-spring-conventions',
      'file build-logic/gradle.properties <- build file of included build build-logic, which provides plugin acme.java.container-spring-conventions',
      'file build-logic/settings.gradle <- build file of included build build-logic, which provides plugin acme.java.container-spring-conventions',
      'file build-logic/settings.gradle.kts <- build file of included build build-logic, which provides plugin acme.java.container-spring-conventions',
      `file ${R}/docker/entrypoint-wrapper.sh <- used by plugin acme.java.container-spring-conventions in ${G}/acme.java.container-spring-conventions.gradle line 6`,
      `file build-logic/docker/Dockerfile-java <- used by plugin acme.java.container-conventions in ${G}/acme.java.container-conventions.gradle line 9`
    ])
    const dep = r.inputs.find((i) => i.path === 'shared/store-model')
    expect(dep?.from).toEqual({
      provider: 'gradle',
      file: 'billing/invoice-app/build.gradle',
      line: 6,
      why: 'invoice-app depends on :shared:store-model in billing/invoice-app/build.gradle'
    })
    // Test configurations are not inputs; unapplied plugins and their resources neither.
    const paths = r.inputs.map((i) => i.path)
    expect(paths).not.toContain('billing/invoice-tests')
    expect(paths).not.toContain(`${G}/acme.lint.gradle`)
    expect(paths).not.toContain(`${R}/checkstyle.xml`)
  })

  it('leaves out the shared Dockerfile when the project has the own one the plugin prefers', () => {
    const paths = gradleInputs('gateway', treeOf(repo)).inputs.map((i) => i.path)
    expect(paths).toContain(`${G}/acme.java.container-conventions.gradle`)
    expect(paths).not.toContain('build-logic/docker/Dockerfile-java')
  })

  it('counts a resource named in a findDockerfile-style list', () => {
    const r = gradleInputs('mailer', treeOf(repo))
    expect(brief(r.inputs).filter((s) => s.includes('resources'))).toEqual([
      `file ${R}/docker/Dockerfile-python <- used by plugin acme.python.container-service-conventions in ${G}/acme.python.container-service-conventions.gradle line 5`
    ])
  })

  it('does not claim a folder that is no Gradle project', () => {
    expect(gradleInputs('build-logic', treeOf(repo))).toEqual({
      inputs: [],
      warnings: [],
      claimed: false
    })
    expect(
      gradleProvider.inputsOf({ name: 'x', prefix: 'x' }, { folder: 'nope', how: '' }, treeOf(repo))
        .claimed
    ).toBe(false)
  })
})

describe('dependency forms', () => {
  const settings = "include ':app', ':shared:lib', ':shared:persistence-model', ':tools'"
  const cases: [string, string, string[]][] = [
    [
      'groovy implementation',
      "dependencies { implementation project(':shared:lib') }",
      ['shared/lib']
    ],
    ['kts api()', 'dependencies { api(project(":shared:lib")) }', ['shared/lib']],
    [
      'path: named argument',
      "dependencies { implementation project(path: ':shared:lib') }",
      ['shared/lib']
    ],
    [
      'runtimeOnly and compileOnly count',
      "dependencies {\n runtimeOnly project(':tools')\n compileOnly(project(':shared:lib'))\n}",
      ['tools', 'shared/lib']
    ],
    ['platform()', "dependencies { implementation platform(project(':tools')) }", ['tools']],
    [
      'type-safe accessor',
      'dependencies { implementation(projects.shared.persistenceModel) }',
      ['shared/persistence-model']
    ],
    [
      'test configurations do not count',
      "dependencies {\n testImplementation project(':tools')\n testRuntimeOnly(project(':shared:lib'))\n integrationTestImplementation project(':shared:persistence-model')\n testFixturesApi(projects.tools)\n}",
      []
    ],
    ['commented out', "dependencies {\n // implementation project(':tools')\n}", []],
    [
      'computed path counts every match',
      'dependencies { implementation project(":shared:${name}") }',
      ['shared/lib', 'shared/persistence-model']
    ]
  ]
  it.each(cases)('%s', (_name, script, dirs) => {
    const tree = treeOf({
      'settings.gradle': settings,
      'app/build.gradle': script,
      'shared/lib/build.gradle': '',
      'shared/persistence-model/build.gradle': '',
      'tools/build.gradle': ''
    })
    const got = gradleInputs('app', tree).inputs.filter(
      (i) => i.kind === 'dir' && i.from.why.includes('depends on')
    )
    expect(got.map((i) => i.path)).toEqual(dirs)
  })

  it('warns on a computed dependency path and on an unknown project', () => {
    const tree = treeOf({
      'settings.gradle': "include ':app', ':lib'",
      'app/build.gradle':
        'dependencies {\n implementation project(":${x}")\n implementation project(\':ghost\')\n}',
      'lib/build.gradle': ''
    })
    const r = gradleInputs('app', tree)
    expect(r.warnings).toEqual([
      'app/build.gradle line 2: a project dependency with a computed path',
      'app/build.gradle line 3: :ghost is not a project of settings.gradle'
    ])
    expect(r.inputs.map((i) => i.path)).toContain('lib')
  })
})

describe('plugin forms', () => {
  const base = {
    'settings.gradle': "includeBuild 'plugins'\ninclude ':app'",
    'plugins/src/main/groovy/org.one.gradle': '',
    'plugins/src/main/kotlin/com/acme/two.gradle.kts': 'package com.acme\n',
    'plugins/src/main/kotlin/three.gradle.kts': ''
  }
  const cases: [string, string, string[]][] = [
    ['groovy id', "plugins { id 'org.one' }", ['plugins/src/main/groovy/org.one.gradle']],
    [
      'kts id() and package-qualified id',
      'plugins {\n id("com.acme.two")\n `java-library`\n id("three")\n}',
      [
        'plugins/src/main/kotlin/com/acme/two.gradle.kts',
        'plugins/src/main/kotlin/three.gradle.kts'
      ]
    ],
    ['apply plugin:', "apply plugin: 'org.one'", ['plugins/src/main/groovy/org.one.gradle']],
    ['apply(plugin = )', 'apply(plugin = "three")', ['plugins/src/main/kotlin/three.gradle.kts']],
    ['apply false is not applied', "plugins { id 'org.one' apply false }", []],
    ['versioned ids are external', "plugins { id 'org.one' version '1.0' }", []],
    ['core and unknown ids are ignored', "plugins { id 'java'\n id 'com.unknown.x' }", []]
  ]
  it.each(cases)('%s', (_name, script, files) => {
    const tree = treeOf({ ...base, 'app/build.gradle.kts': script })
    const r = gradleInputs('app', tree)
    expect(r.inputs.filter((i) => i.from.why.startsWith('plugin ')).map((i) => i.path)).toEqual(
      files
    )
    expect(r.warnings).toEqual([])
  })

  it('counts a binary plugin build whole (src/main) and a buildSrc plugin', () => {
    const tree = treeOf({
      'settings.gradle': "includeBuild('bin-plugins')\ninclude(':app')",
      'bin-plugins/build.gradle.kts':
        'gradlePlugin {\n  plugins {\n    create("greet") {\n      id = "org.acme.greet"\n      implementationClass = "org.acme.Greet"\n    }\n  }\n}',
      'bin-plugins/src/main/kotlin/org/acme/Greet.kt': '',
      'buildSrc/src/main/groovy/local.conv.gradle': '',
      'app/build.gradle': "plugins {\n  id 'org.acme.greet'\n  id 'local.conv'\n}"
    })
    expect(brief(gradleInputs('app', tree).inputs).filter((s) => / <- plugin /.test(s))).toEqual([
      'dir bin-plugins/src/main <- plugin org.acme.greet (registered in bin-plugins/build.gradle.kts line 4) applied by app/build.gradle',
      'file buildSrc/src/main/groovy/local.conv.gradle <- plugin local.conv applied by app/build.gradle'
    ])
  })

  it('follows apply from: and plugins applied in subprojects {} of an ancestor', () => {
    const tree = treeOf({
      ...base,
      'settings.gradle': "includeBuild 'plugins'\ninclude ':svc:app'",
      'svc/build.gradle': "subprojects {\n  apply plugin: 'org.one'\n}",
      'svc/app/build.gradle':
        'apply from: "${rootDir}/gradle/extra.gradle"\napply from: \'local.gradle\'',
      'svc/app/local.gradle': '',
      'gradle/extra.gradle': ''
    })
    const r = gradleInputs('svc/app', tree)
    expect(brief(r.inputs).filter((s) => / <- (plugin|script)/.test(s))).toEqual([
      'file plugins/src/main/groovy/org.one.gradle <- plugin org.one applied by svc/build.gradle',
      'file gradle/extra.gradle <- script applied by svc/app/build.gradle',
      'file svc/app/local.gradle <- script applied by svc/app/build.gradle'
    ])
  })

  it('counts the whole included build when a plugin script is too dynamic to read', () => {
    const tree = treeOf({
      ...base,
      'plugins/src/main/groovy/org.one.gradle': 'apply from: someScript\napply plugin: pluginId',
      'app/build.gradle': "plugins { id 'org.one' }"
    })
    const r = gradleInputs('app', tree)
    const why =
      'plugins/src/main/groovy/org.one.gradle is too dynamic to read (line 1: apply from: with a computed path; line 2: a plugin applied by a computed id); the whole included build plugins counts'
    expect(r.warnings).toEqual([why])
    expect(r.inputs).toContainEqual({
      kind: 'dir',
      path: 'plugins',
      from: { provider: 'gradle', why }
    })
  })
})

describe('readScript', () => {
  it('reads dependencies declared for descendants only inside subprojects/allprojects/configure', () => {
    const text =
      "dependencies { implementation project(':own') }\nallprojects {\n dependencies { implementation project(':a') }\n}\nconfigure(subprojects) {\n dependencies { api project(':b') }\n}"
    expect(readScript(text, 'children').deps.map((d) => d.path)).toEqual([':a', ':b'])
    expect(readScript(text, 'children').dynamic).toEqual([
      'line 5: configure(...) targets are not evaluated; its project dependencies count for every descendant'
    ])
  })
})

describe('wantsGradle', () => {
  it.each([
    ['settings.gradle', true],
    ['a/b/build.gradle.kts', true],
    ['x/src/main/groovy/a.b.gradle', true],
    ['gradle.properties', true],
    ['gradle/libs.versions.toml', true],
    ['a/Dockerfile', false],
    ['a/gradle.txt', false]
  ])('%s -> %s', (path, want) => {
    expect(wantsGradle(path)).toBe(want)
  })
})

describe('properties', () => {
  it('never throws on arbitrary build-script text, and only claims dirs of the tree', () => {
    const piece = fc.constantFrom(
      'plugins {',
      '}',
      "id 'org.one'",
      'id("x")',
      'dependencies {',
      "implementation project(':lib')",
      'project(',
      'projects.lib',
      '"${x}"',
      "'",
      '"',
      '"""',
      '/*',
      '//',
      '\n',
      'subprojects {',
      'configure(',
      'apply plugin: ',
      'apply from: ',
      'gradlePlugin {',
      'docker { name ',
      '{',
      '(',
      ')'
    )
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 40 }),
        (parts) => {
          const text = parts.join(' ')
          const tree = treeOf({
            'settings.gradle': "includeBuild 'plugins'\ninclude ':app', ':lib'",
            'app/build.gradle': text,
            'lib/build.gradle': text,
            'plugins/src/main/groovy/org.one.gradle': text
          })
          const r = gradleInputs('app', tree)
          expect(r.claimed).toBe(true)
          for (const i of r.inputs.filter(
            (x) => x.kind === 'dir' && x.from.why.includes('depends on')
          ))
            expect(tree.hasDir(i.path)).toBe(true)
        }
      )
    )
  })
})

describe('transitive project dependencies', () => {
  it('follows a -> b -> c in non-test configurations, each with its own provenance', () => {
    const tree = treeOf({
      'settings.gradle': "include ':app', ':a', ':b', ':c', ':t'",
      'app/build.gradle': "dependencies { implementation project(':a') }",
      'a/build.gradle': 'dependencies { api(project(":b")) }',
      'b/build.gradle':
        "dependencies {\n  runtimeOnly project(':c')\n  testImplementation project(':t')\n}",
      'c/build.gradle': "dependencies { implementation project(':app') }",
      't/build.gradle': ''
    })
    const r = gradleInputs('app', tree)
    expect(r.warnings).toEqual([])
    expect(
      brief(r.inputs).filter((s) => s.startsWith('dir ') && !s.includes('root build'))
    ).toEqual([
      'dir app -app/src/test/**,app/src/testFixtures/**,app/src/*Test/** <- Gradle project :app',
      'dir a -a/src/test/**,a/src/testFixtures/**,a/src/*Test/** <- app depends on :a in app/build.gradle',
      'dir b -b/src/test/**,b/src/testFixtures/**,b/src/*Test/** <- a depends on :b in a/build.gradle',
      'dir c -c/src/test/**,c/src/testFixtures/**,c/src/*Test/** <- b depends on :c in b/build.gradle'
    ])
    expect(r.inputs.find((i) => i.path === 'c')?.from).toEqual({
      provider: 'gradle',
      file: 'b/build.gradle',
      line: 2,
      why: 'b depends on :c in b/build.gradle'
    })
  })
})

describe('a change two project dependencies away (app -> lib-a -> lib-b)', () => {
  const tree = treeOf({
    'settings.gradle': "include ':app', ':shared:lib-a', ':shared:lib-b', ':shared:lib-c'",
    'app/build.gradle': "dependencies { implementation project(':shared:lib-a') }",
    'app/src/main/java/App.java': '',
    'shared/lib-a/build.gradle': "dependencies { api project(':shared:lib-b') }",
    'shared/lib-a/src/main/java/A.java': '',
    'shared/lib-b/build.gradle': '',
    'shared/lib-b/src/main/java/B.java': '',
    'shared/lib-b/src/test/java/BTest.java': '',
    'shared/lib-c/build.gradle': '',
    'shared/lib-c/src/main/java/C.java': ''
  })
  const r = gradleProvider.inputsOf(
    { name: 'app', prefix: 'app' },
    { folder: 'app', how: '' },
    tree
  )
  /** The changed files that count for app, each with why. */
  const counted = (...paths: string[]): string[] => {
    const changed = new ChangedFiles(paths, () => false)
    return new InputMatcher()
      .match(r.inputs, changed)
      .map((h) => `${changed.at(h.index)} <- ${h.input.from.why}`)
  }

  it('unpins app for a change in lib-b, saying through which project', () => {
    expect(r.warnings).toEqual([])
    expect(counted('shared/lib-b/src/main/java/B.java')).toEqual([
      'shared/lib-b/src/main/java/B.java <- lib-a depends on :shared:lib-b in shared/lib-a/build.gradle'
    ])
    expect(counted('shared/lib-b/build.gradle')).toHaveLength(1)
  })

  it("not for lib-b's tests, nor for a project app does not depend on", () => {
    expect(
      counted('shared/lib-b/src/test/java/BTest.java', 'shared/lib-c/src/main/java/C.java')
    ).toEqual([])
  })
})

describe('an image named like a parent project but built by a child project', () => {
  /** `:order-service` holds the projects that make its image; only the main one builds it. */
  const nested = (extra: Record<string, string>): Record<string, string> => ({
    'settings.gradle': [
      "pluginManagement { includeBuild 'build-logic' }",
      "rootProject.name = 'shop'",
      "include ':order-service:order-service-main'",
      "include ':order-service:order-service-api'",
      "include ':shared:lib', ':shared:core', ':shared:api-model', ':shared:test-kit'"
    ].join('\n'),
    'build-logic/settings.gradle': '',
    [`build-logic/src/main/groovy/shop.container-conventions.gradle`]:
      'plugins { id \'com.palantir.docker\' }\ndocker {\n  name "shop/${project.name}"\n}',
    'order-service/build.gradle': '',
    'order-service/order-service-main/build.gradle': [
      "plugins { id 'java' }",
      'dependencies {',
      "  implementation project(':shared:lib')",
      "  testImplementation project(':shared:test-kit')",
      '}'
    ].join('\n'),
    'order-service/order-service-main/src/main/java/Main.java': '',
    'order-service/order-service-api/build.gradle':
      "dependencies { implementation project(':shared:api-model') }",
    'order-service/order-service-api/src/main/java/Api.java': '',
    'shared/lib/build.gradle': "dependencies { implementation project(':shared:core') }",
    'shared/lib/src/main/java/Lib.java': '',
    'shared/core/build.gradle': '',
    'shared/api-model/build.gradle': '',
    'shared/test-kit/build.gradle': '',
    ...extra
  })
  const image = { name: 'order-service', prefix: 'ORDER_SERVICE' }
  /** Whether a change to `path` is an input of the image. */
  const counts = (inputs: readonly Input[], path: string): boolean =>
    inputs.some((i) =>
      i.kind === 'dir' ? i.path === '' || path.startsWith(`${i.path}/`) : i.path === path
    )
  const inputsOf = (files: Record<string, string>): ReturnType<typeof gradleInputs> => {
    const tree = treeOf(files)
    const roots = findBuildRootByGradle(image, tree).roots
    expect(roots.map((x) => x.folder)).toEqual(['order-service'])
    return gradleProvider.inputsOf(image, roots[0] as (typeof roots)[number], tree)
  }

  it('follows the dependencies of the child that holds the Dockerfile', () => {
    const r = inputsOf(nested({ 'order-service/order-service-main/Dockerfile': 'FROM x' }))
    expect(r.warnings).toEqual([])
    expect(counts(r.inputs, 'shared/lib/src/main/java/Lib.java')).toBe(true)
    expect(counts(r.inputs, 'shared/core/build.gradle')).toBe(true)
    expect(counts(r.inputs, 'order-service/order-service-api/src/main/java/Api.java')).toBe(true)
    // The sibling that does not build the image, and test configurations, are not followed.
    expect(counts(r.inputs, 'shared/api-model/build.gradle')).toBe(false)
    expect(counts(r.inputs, 'shared/test-kit/build.gradle')).toBe(false)
    expect(
      brief(r.inputs).filter((s) => s.startsWith('dir ') && !s.includes('root build'))
    ).toEqual([
      'dir order-service -order-service/src/test/**,order-service/src/testFixtures/**,order-service/src/*Test/**,order-service/order-service-main/src/test/**,order-service/order-service-main/src/testFixtures/**,order-service/order-service-main/src/*Test/**,order-service/order-service-api/src/test/**,order-service/order-service-api/src/testFixtures/**,order-service/order-service-api/src/*Test/** <- Gradle project :order-service',
      'dir shared/lib -shared/lib/src/test/**,shared/lib/src/testFixtures/**,shared/lib/src/*Test/** <- :order-service:order-service-main builds the image (Dockerfile in order-service/order-service-main); it depends on :shared:lib in order-service/order-service-main/build.gradle',
      'dir shared/core -shared/core/src/test/**,shared/core/src/testFixtures/**,shared/core/src/*Test/** <- lib depends on :shared:core in shared/lib/build.gradle'
    ])
    expect(r.inputs.find((i) => i.path === 'shared/lib')?.from).toMatchObject({
      file: 'order-service/order-service-main/build.gradle',
      line: 3
    })
  })

  it.each([
    ['src/docker/Dockerfile', 'order-service/order-service-main/src/docker/Dockerfile'],
    ['Containerfile', 'order-service/order-service-main/Containerfile']
  ])('finds the Dockerfile at %s', (_where, file) => {
    const r = inputsOf(nested({ [file]: 'FROM x' }))
    expect(counts(r.inputs, 'shared/lib/src/main/java/Lib.java')).toBe(true)
    expect(counts(r.inputs, 'shared/api-model/build.gradle')).toBe(false)
  })

  it('follows the child whose script configures a docker plugin (jib)', () => {
    const r = inputsOf(
      nested({
        'order-service/order-service-main/build.gradle':
          "plugins { id 'com.google.cloud.tools.jib' version '3.4.0' }\njib {\n  to { image = 'shop/order-service' }\n}\ndependencies { implementation project(':shared:lib') }"
      })
    )
    expect(counts(r.inputs, 'shared/lib/src/main/java/Lib.java')).toBe(true)
    expect(counts(r.inputs, 'shared/api-model/build.gradle')).toBe(false)
    expect(r.inputs.find((i) => i.path === 'shared/lib')?.from.why).toBe(
      ':order-service:order-service-main builds the image (image name set in order-service/order-service-main/build.gradle line 3); it depends on :shared:lib in order-service/order-service-main/build.gradle'
    )
  })

  it('follows the child that applies a convention plugin naming a docker image', () => {
    const r = inputsOf(
      nested({
        'order-service/order-service-main/build.gradle':
          "plugins { id 'shop.container-conventions' }\ndependencies { implementation project(':shared:lib') }"
      })
    )
    expect(counts(r.inputs, 'shared/lib/src/main/java/Lib.java')).toBe(true)
    expect(counts(r.inputs, 'shared/api-model/build.gradle')).toBe(false)
    expect(counts(r.inputs, 'build-logic/src/main/groovy/shop.container-conventions.gradle')).toBe(
      true
    )
    expect(r.inputs.find((i) => i.path === 'shared/lib')?.from.why).toBe(
      ':order-service:order-service-main builds the image (image name set in build-logic/src/main/groovy/shop.container-conventions.gradle line 3); it depends on :shared:lib in order-service/order-service-main/build.gradle'
    )
  })

  it('follows every project below the parent when none of them builds an image it can see', () => {
    const r = inputsOf(nested({}))
    expect(r.warnings).toEqual([])
    expect(counts(r.inputs, 'shared/lib/src/main/java/Lib.java')).toBe(true)
    expect(counts(r.inputs, 'shared/core/build.gradle')).toBe(true)
    expect(counts(r.inputs, 'shared/api-model/build.gradle')).toBe(true)
    expect(counts(r.inputs, 'shared/test-kit/build.gradle')).toBe(false)
    expect(r.inputs.find((i) => i.path === 'shared/api-model')?.from.why).toBe(
      'no Dockerfile or docker plugin in :order-service or below it, so every project below it counts; :order-service:order-service-api depends on :shared:api-model in order-service/order-service-api/build.gradle'
    )
  })

  it('keeps to the parent when the parent itself builds the image', () => {
    const owns: Record<string, string>[] = [
      { 'order-service/Dockerfile': 'FROM x' },
      { 'order-service/build.gradle': "jib.to.image = 'shop/order-service'" }
    ]
    for (const own of owns) {
      const r = inputsOf(
        nested({ ...own, 'order-service/order-service-main/Dockerfile': 'FROM x' })
      )
      expect(counts(r.inputs, 'shared/lib/src/main/java/Lib.java')).toBe(false)
      expect(counts(r.inputs, 'order-service/order-service-main/Main.java')).toBe(true)
    }
  })

  it('does not take a docker block the parent declares for its subprojects as its own', () => {
    const r = inputsOf(
      nested({
        'order-service/build.gradle':
          'subprojects {\n  apply plugin: \'com.palantir.docker\'\n  docker { name "shop/${project.name}" }\n}'
      })
    )
    // Every child is configured to build an image, so every child is followed.
    expect(counts(r.inputs, 'shared/lib/src/main/java/Lib.java')).toBe(true)
    expect(counts(r.inputs, 'shared/api-model/build.gradle')).toBe(true)
  })
})
