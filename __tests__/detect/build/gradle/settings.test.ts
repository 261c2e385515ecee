import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { gradleProjects, parseSettings } from '../../../../src/detect/build/gradle/settings.js'
import { findBuildRootByGradle } from '../../../../src/detect/build/gradle/roots.js'
import { makeTree } from '../../../../src/detect/build/tree.js'
import { treeOf } from '../../../../test-support/tree.js'

/** A tree with a settings text and one source file in each of `dirs`. */
function withDirs(
  settings: string,
  dirs: string[],
  file = 'settings.gradle'
): ReturnType<typeof treeOf> {
  return treeOf({
    [file]: settings,
    ...Object.fromEntries(dirs.map((d) => [`${d}/src/A.java`, '']))
  })
}

describe('parseSettings: include forms', () => {
  const cases: [string, string, string[]][] = [
    ['groovy, one per line', "include ':a'\ninclude ':b:c'", [':a', ':b', ':b:c']],
    ['groovy, comma list', "include ':a', ':b:c'", [':a', ':b', ':b:c']],
    ['no leading colon', "include 'a'", [':a']],
    ['kts call', 'include(":a")\ninclude(":b:c", ":d")', [':a', ':b', ':b:c', ':d']],
    ['multi-line args', "include(\n  ':a',\n  ':d'\n)", [':a', ':d']],
    ['multi-line without parens', "include ':a',\n        ':d'", [':a', ':d']],
    ['groovy list', "include([':a', ':d'])", [':a', ':d']],
    ['kts listOf', 'include(listOf(":a", ":d"))', [':a', ':d']],
    ['commented out', "// include ':a'\n/* include ':d' */\ninclude ':b:c'", [':b', ':b:c']],
    ['in a string only', 'println "include \':a\'"', []]
  ]
  it.each(cases)('%s', (_name, text, paths) => {
    const tree = withDirs(text, ['a', 'b/c', 'd'])
    expect(parseSettings(text, 'settings.gradle', tree).projects.map((p) => p.path)).toEqual(paths)
  })

  it('keeps only projects whose folder exists, with name, dir and line', () => {
    const text = "rootProject.name = 'acme'\n\ninclude ':billing:invoice-app'\ninclude ':ghost'\n"
    const tree = withDirs(text, ['billing/invoice-app'])
    const s = gradleProjects(tree)
    expect(s.rootProjectName).toBe('acme')
    expect(s.projects).toEqual([
      { path: ':billing', name: 'billing', dir: 'billing', file: 'settings.gradle', line: 3 },
      {
        path: ':billing:invoice-app',
        name: 'invoice-app',
        dir: 'billing/invoice-app',
        file: 'settings.gradle',
        line: 3
      }
    ])
  })

  it('keeps the first line that includes a project, also when a nested path includes it again', () => {
    const text = "include ':b'\ninclude ':b:c', ':b'"
    const s = parseSettings(text, 'settings.gradle', withDirs(text, ['b/c']))
    expect(s.projects.map((p) => [p.path, p.line])).toEqual([
      [':b', 1],
      [':b:c', 2]
    ])
  })

  it('warns on a computed include', () => {
    const text = 'def names = [\'a\']\ninclude names as String[]\ninclude ":${x}"'
    const s = parseSettings(text, 'settings.gradle', withDirs(text, ['a']))
    expect(s.projects).toEqual([])
    expect(s.warnings).toEqual([
      'settings.gradle line 2: include with a computed argument is too dynamic to read; the projects it adds are not known',
      'settings.gradle line 3: include with a computed argument is too dynamic to read; the projects it adds are not known'
    ])
  })
})

describe('parseSettings: projectDir', () => {
  const cases: [string, string][] = [
    ['file()', "include ':lib'\nproject(':lib').projectDir = file('libs/core')"],
    [
      'new File(settingsDir, ...)',
      "include ':lib'\nproject(':lib').projectDir = new File(settingsDir, 'libs/core')"
    ],
    [
      'new File(rootDir, ...)',
      "include ':lib'\nproject(':lib').projectDir = new File(rootDir, './libs/core/')"
    ],
    ['kts', 'include(":lib")\nproject(":lib").projectDir = file("libs/core")'],
    ['kts File()', 'include(":lib")\nproject(":lib").projectDir = File(settingsDir, "libs/core")']
  ]
  it.each(cases)('%s', (_name, text) => {
    const s = parseSettings(text, 'settings.gradle', withDirs(text, ['libs/core']))
    expect(s.projects.map((p) => [p.path, p.dir])).toEqual([[':lib', 'libs/core']])
    expect(s.warnings).toEqual([])
  })

  it('warns on a computed projectDir and keeps the default folder', () => {
    const text = "include ':lib'\nproject(':lib').projectDir = file(\"${base}/core\")"
    const s = parseSettings(text, 'settings.gradle', withDirs(text, ['lib']))
    expect(s.projects.map((p) => p.dir)).toEqual(['lib'])
    expect(s.warnings[0]).toMatch(
      /^settings.gradle line 2: a projectDir that is not a literal path/
    )
  })
})

describe('parseSettings: projectDir set in a loop', () => {
  const warning =
    'settings.gradle: projectDir set in a loop is too dynamic to read; those projects keep their default folders'
  it.each([
    [
      'on the line that names the projects',
      'include \':a\'\nrootProject.children.each { it.projectDir = file("x/${it.name}") }\n',
      [warning]
    ],
    [
      'on the last line, with no line break after it',
      "include ':a'\nallprojects { p -> p.projectDir = file('x') }",
      [warning]
    ],
    ['a loop that sets no projectDir', "include ':a'\nallprojects { println name }\n", []],
    [
      'loops on lines before a projectDir of one project',
      "include ':a'\nallprojects { println name }\ngetProjects().size()\nproject(':a').projectDir = file('a')\n",
      []
    ]
  ])('%s', (_name, text, warnings) => {
    const s = parseSettings(text, 'settings.gradle', withDirs(text, ['a']))
    expect(s.warnings).toEqual(warnings)
    expect(s.projects.map((p) => [p.path, p.dir])).toEqual([[':a', 'a']])
  })
})

describe('gradleProjects: included builds', () => {
  it('finds includeBuild at top level and in pluginManagement, buildSrc, and their own projects', () => {
    const tree = treeOf({
      'settings.gradle.kts':
        'pluginManagement {\n  includeBuild("build-logic")\n}\nincludeBuild("tools/gen")\ninclude(":app")',
      'app/build.gradle.kts': '',
      'build-logic/settings.gradle': "include 'conventions'\nincludeBuild '../more-logic'",
      'build-logic/conventions/build.gradle': '',
      'more-logic/build.gradle': '',
      'tools/gen/build.gradle': '',
      'buildSrc/build.gradle': ''
    })
    const s = gradleProjects(tree)
    expect(s.file).toBe('settings.gradle.kts')
    expect(s.projects.map((p) => p.path)).toEqual([':app'])
    expect(s.includedBuilds.map((b) => [b.dir, b.file, b.line])).toEqual([
      ['build-logic', 'settings.gradle.kts', 2],
      ['tools/gen', 'settings.gradle.kts', 4],
      ['buildSrc', '', 0],
      ['more-logic', 'build-logic/settings.gradle', 2]
    ])
    expect(s.includedBuilds[0]?.projects.map((p) => [p.path, p.dir])).toEqual([
      [':conventions', 'build-logic/conventions']
    ])
    // Read once per tree: every image of the tree asks again.
    expect(gradleProjects(tree)).toBe(s)
  })

  it('follows each included build once, however often it is included', () => {
    const tree = treeOf({
      'settings.gradle': "includeBuild 'logic-a'\nincludeBuild('logic-a')\ninclude ':app'",
      'app/build.gradle': '',
      'logic-a/settings.gradle': "includeBuild '../logic-b'",
      'logic-b/settings.gradle': "includeBuild '../logic-a'"
    })
    expect(gradleProjects(tree).includedBuilds.map((b) => [b.dir, b.file, b.line])).toEqual([
      ['logic-a', 'settings.gradle', 1],
      ['logic-b', 'logic-a/settings.gradle', 1]
    ])
  })

  it('says so when the settings file cannot be read, and knows no project', () => {
    const tree = makeTree(['settings.gradle', 'app/build.gradle'], new Map(), new Map())
    expect(gradleProjects(tree)).toEqual({
      file: 'settings.gradle',
      rootProjectName: undefined,
      projects: [],
      includedBuilds: [],
      warnings: ['settings.gradle was not read']
    })
  })

  it('has no projects without a settings file', () => {
    expect(gradleProjects(treeOf({ 'app/build.gradle': '' }))).toEqual({
      file: undefined,
      rootProjectName: undefined,
      projects: [],
      includedBuilds: [],
      warnings: []
    })
  })

  it('never throws on arbitrary settings text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.array(
          fc.constantFrom(
            "include ':a'",
            'include(',
            "'",
            '"',
            '{',
            '}',
            '/*',
            '//',
            '\n',
            '${',
            'project(":a").projectDir = ',
            'includeBuild'
          )
        ),
        (s, parts) => {
          const text = s + parts.join('')
          const tree = makeTree(['a/x', 'settings.gradle'], new Map([['settings.gradle', text]]))
          const r = gradleProjects(tree)
          expect(r.projects.every((p) => tree.hasDir(p.dir))).toBe(true)
        }
      )
    )
  })
})

describe('findBuildRootByGradle', () => {
  const base = {
    'settings.gradle':
      "pluginManagement { includeBuild 'build-logic' }\nrootProject.name = 'acme'\n" +
      "include ':billing:invoice-app'\ninclude ':reports:invoice-app'\ninclude ':invoice-app'\ninclude ':gateway'\ninclude ':svc-mail'",
    'gradle.properties': 'group=org.acme\ndockerRegistry=acme\n',
    'invoice-app/build.gradle': '',
    'billing/invoice-app/build.gradle': '',
    'reports/invoice-app/build.gradle': '',
    'gateway/build.gradle': "plugins { id 'acme.container-conventions' }",
    'svc-mail/build.gradle': "plugins { id 'acme.container-conventions' }",
    'build-logic/src/main/groovy/acme.container-conventions.gradle':
      "plugins { id 'acme.docker-conventions' }",
    'build-logic/src/main/groovy/acme.docker-conventions.gradle':
      'docker {\n  name "${dockerRegistry}/${rootProject.name}-${project.name}"\n}'
  }

  it('finds the project named like the image, preferring :name among namesakes', () => {
    const r = findBuildRootByGradle({ name: 'invoice-app', prefix: 'invoiceapp' }, treeOf(base))
    expect(r).toEqual({
      roots: [
        { folder: 'invoice-app', how: 'Gradle project :invoice-app (settings.gradle line 5)' }
      ],
      warnings: []
    })
  })

  it('returns every namesake when none is :name', () => {
    const tree = treeOf({
      ...base,
      'settings.gradle': "include ':billing:invoice-app', ':reports:invoice-app'"
    })
    const r = findBuildRootByGradle({ name: 'invoice-app', prefix: 'x' }, tree)
    expect(r.roots.map((x) => x.folder)).toEqual(['billing/invoice-app', 'reports/invoice-app'])
    expect(r.warnings).toEqual(['image invoice-app: 2 Gradle projects are named invoice-app'])
  })

  it('finds the project by the docker image name set in a convention plugin', () => {
    const image = { name: 'api-gateway', prefix: 'apigateway', gradleImage: 'acme/acme-gateway' }
    expect(findBuildRootByGradle(image, treeOf(base))).toEqual({
      roots: [
        {
          folder: 'gateway',
          how: 'Gradle project :gateway (settings.gradle line 6), image acme/acme-gateway named in build-logic/src/main/groovy/acme.docker-conventions.gradle line 2'
        }
      ],
      warnings: []
    })
  })

  const forms: [string, string][] = [
    ['docker { name }', "docker { name 'acme/mailer' }"],
    ['kts docker name =', 'docker {\n  name = "acme/mailer"\n}'],
    ['jib.to.image', "jib.to.image = 'acme/mailer:1.0'"],
    ['jib { to { image } }', 'jib {\n  to {\n    image = "acme/mailer"\n  }\n}'],
    [
      'bootBuildImage imageName',
      'tasks.bootBuildImage { imageName = "acme/${project.name}-x" }'.replace(
        '${project.name}-x',
        'mailer'
      )
    ],
    [
      'imageName.set',
      'tasks.named<BootBuildImage>("bootBuildImage") { imageName.set("acme/mailer") }'
    ]
  ]
  it.each(forms)('recognises %s', (_name, script) => {
    const tree = treeOf({ ...base, 'svc-mail/build.gradle': script })
    const r = findBuildRootByGradle(
      { name: 'mailer', prefix: 'mailer', gradleImage: 'acme/mailer' },
      tree
    )
    expect(r.roots.map((x) => x.folder)).toEqual(['svc-mail'])
  })

  it('finds nothing for an unknown image', () => {
    const r = findBuildRootByGradle(
      { name: 'nope', prefix: 'nope', gradleImage: 'acme/acme-nope' },
      treeOf(base)
    )
    expect(r).toEqual({ roots: [], warnings: [] })
  })
})

describe('literal paths that lead outside the repository', () => {
  it('says so for projectDir and includeBuild, instead of "too dynamic"', () => {
    const text = [
      "include 'app'",
      "project(':app').projectDir = file('../../elsewhere/app')",
      "includeBuild '../outside-build'",
      ''
    ].join('\n')
    const s = parseSettings(
      text,
      'settings.gradle',
      treeOf({ 'settings.gradle': text, 'app/x': '' })
    )
    expect(s.warnings).toEqual([
      'settings.gradle line 2: projectDir ../../elsewhere/app leads outside the repository; that project keeps its default folder',
      'settings.gradle line 3: includeBuild ../outside-build leads outside the repository; plugins it provides are not found'
    ])
  })
})
