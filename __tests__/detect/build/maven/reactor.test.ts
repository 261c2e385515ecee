// The Maven reactor: interpolation of the built-in properties, parents found by relativePath
// (a folder, `..`, empty, with a property, leading out) or by coordinates, parent chains with
// cycles and diamonds, the forms of `<module>`, modules whose coordinates are not literal, and a
// POM that cannot be read.
import { describe, expect, it } from '@jest/globals'
import { makeTree } from '../../../../src/detect/build/tree.js'
import { mavenInputs } from '../../../../src/detect/build/maven/provider.js'
import { type Module, Reactor, type Value } from '../../../../src/detect/build/maven/reactor.js'
import { widen } from '../../../../src/detect/build/sound.js'
import { treeOf } from '../../../../test-support/tree.js'

const pom = (body: string): string =>
  `<?xml version="1.0"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n${body}\n</project>\n`
const parentOf = (g: string, a: string, rel?: string): string =>
  `  <parent><groupId>${g}</groupId><artifactId>${a}</artifactId>${
    rel === undefined ? '' : rel === '' ? '<relativePath/>' : `<relativePath>${rel}</relativePath>`
  }</parent>`

const moduleAt = (r: Reactor, file: string): Module => {
  const m = r.at(file)
  if (!m) throw new Error(`no module ${file}`)
  return m
}
const files = (ms: readonly Module[]): string[] => ms.map((m) => m.file)
const known = (text: string): Value => ({ parts: [text], unknown: [] })

/** The paths `mavenInputs` counts for the module at `folder`, with the soundness widening. */
function inputsOf(tree: ReturnType<typeof treeOf>, folder: string) {
  const r = mavenInputs(folder, tree)
  const sound = widen('img', r.inputs, r.unresolved ?? [])
  return {
    paths: sound.inputs.map((i) => `${i.kind} ${i.path}`),
    warnings: [...r.warnings, ...sound.warnings].join('\n')
  }
}

describe('built-in properties', () => {
  const tree = treeOf({
    'pom.xml': pom(
      '  <groupId>g</groupId><artifactId>root</artifactId><version>1.0</version>\n  <packaging>pom</packaging><modules><module>app</module></modules>'
    ),
    'app/pom.xml': pom(
      `${parentOf('g', 'root')}\n  <artifactId>app</artifactId><version>2.0</version>`
    ),
    'lone/pom.xml': pom('  <groupId>h</groupId><artifactId>lone</artifactId>')
  })
  const r = new Reactor(tree)
  it.each([
    ['app/pom.xml', '${basedir}/x', '/app/x'],
    ['app/pom.xml', '${project.basedir}', '/app'],
    ['pom.xml', '${project.build.directory}/a.jar', '/target/a.jar'],
    ['app/pom.xml', '${project.build.directory}', '/app/target'],
    ['app/pom.xml', '${project.parent.basedir}/docker', '//docker'],
    ['app/pom.xml', '${project.groupId}:${pom.groupId}', 'g:g'],
    ['app/pom.xml', '${project.artifactId}-${pom.artifactId}', 'app-app'],
    ['app/pom.xml', '${project.version}/${pom.version}/${version}', '2.0/2.0/2.0'],
    ['app/pom.xml', '${project.parent.groupId}:${project.parent.artifactId}', 'g:root']
  ])('%s: %s is %s', (file, raw, want) => {
    expect(r.interpolate(raw, moduleAt(r, file))).toEqual(known(want))
  })

  it.each([
    ['${project.parent.basedir}/docker', ['', '/docker']],
    ['${project.parent.groupId}', ['', '']],
    ['${project.parent.artifactId}', ['', '']]
  ])('a module with no parent in the repository: %s is unknown', (raw, parts) => {
    expect(r.interpolate(raw, moduleAt(r, 'lone/pom.xml'))).toEqual({
      parts,
      unknown: [raw.slice(0, raw.indexOf('}') + 1)]
    })
  })

  it('counts the Dockerfile under the parent folder, and widens a module with no parent', () => {
    const plugin = (path: string): string =>
      `  <build><plugins><plugin><artifactId>docker-maven-plugin</artifactId><configuration><dockerfile>${path}</dockerfile></configuration></plugin></plugins></build>`
    const t = treeOf({
      'pom.xml': pom('  <groupId>g</groupId><artifactId>root</artifactId>'),
      'docker/Dockerfile': 'FROM x\n',
      'app/pom.xml': pom(
        `${parentOf('g', 'root')}\n  <artifactId>app</artifactId>\n${plugin('${project.parent.basedir}/docker/Dockerfile')}`
      ),
      'lone/pom.xml': pom(
        `  <groupId>h</groupId><artifactId>lone</artifactId>\n${plugin('${project.parent.basedir}/docker/Dockerfile')}`
      ),
      'lone/src/test/T.java': ''
    })
    expect(inputsOf(t, 'app').paths).toContain('file docker/Dockerfile')
    const lone = inputsOf(t, 'lone')
    expect(lone.paths).not.toContain('file docker/Dockerfile')
    expect(lone.paths).toContain('dir lone')
    expect(lone.warnings).toContain(
      '<dockerfile> ${project.parent.basedir}/docker/Dockerfile uses ${project.parent.basedir}, not defined literally in the POMs'
    )
  })
})

describe('finding the parent', () => {
  const base = {
    'pom.xml': pom('  <groupId>g</groupId><artifactId>root</artifactId>'),
    'parent/pom.xml': pom('  <groupId>g</groupId><artifactId>base</artifactId>'),
    'other/pom.xml': pom('  <groupId>g</groupId><artifactId>other</artifactId>'),
    // No artifactId: Maven refuses it, so it is nobody's parent by coordinates.
    'noid/pom.xml': pom('  <groupId>g</groupId>')
  }
  it.each([
    ['a relativePath naming a folder', parentOf('g', 'base', '../parent'), ['parent/pom.xml']],
    ['a relativePath naming the root folder', parentOf('g', 'root', '..'), ['pom.xml']],
    ['the default ../pom.xml', parentOf('g', 'root'), ['pom.xml']],
    ['an empty relativePath: by coordinates', parentOf('g', 'base', ''), ['parent/pom.xml']],
    [
      'a relativePath with a property: by coordinates',
      parentOf('g', 'base', '${parent.dir}/pom.xml'),
      ['parent/pom.xml']
    ],
    [
      'a relativePath leading out of the repository: by coordinates',
      parentOf('g', 'base', '../../../up/pom.xml'),
      ['parent/pom.xml']
    ],
    ['a parent from a repository: none in the tree', parentOf('org.other', 'bom'), []],
    [
      // ${project.parent.basedir} needs the parent itself: while it is looked for, it is unknown.
      'a parent artifactId naming its own basedir: any POM at the relativePath fits',
      parentOf('g', '${project.parent.basedir}', '../other'),
      ['other/pom.xml']
    ]
  ])('%s', (_name, decl, want) => {
    const r = new Reactor(
      treeOf({ ...base, 'app/pom.xml': pom(`${decl}\n  <artifactId>app</artifactId>`) })
    )
    expect(files(r.parentsOf(moduleAt(r, 'app/pom.xml')))).toEqual(want)
  })

  it('follows a cycle of parents once around', () => {
    const t = treeOf({
      'a/pom.xml': pom(`${parentOf('g', 'b', '../b')}\n  <artifactId>a</artifactId>`),
      'b/pom.xml': pom(`${parentOf('g', 'a', '../a')}\n  <artifactId>b</artifactId>`),
      'a/src/main/A.java': ''
    })
    const r = new Reactor(t)
    expect(files(r.chainOf(moduleAt(r, 'a/pom.xml')))).toEqual(['a/pom.xml', 'b/pom.xml'])
    expect(inputsOf(t, 'a').paths).toEqual(
      expect.arrayContaining(['dir a', 'file b/pom.xml', 'dir a/.mvn', 'file a/mvnw'])
    )
  })

  it('counts a common grandparent once when two POMs fit the parent coordinates', () => {
    const top = pom('  <groupId>g</groupId><artifactId>top</artifactId>')
    const mid = pom(`${parentOf('g', 'top', '../top')}\n  <artifactId>mid</artifactId>`)
    const r = new Reactor(
      treeOf({
        'top/pom.xml': top,
        'm1/pom.xml': mid,
        'm2/pom.xml': mid,
        'app/pom.xml': pom(`${parentOf('g', 'mid', '')}\n  <artifactId>app</artifactId>`)
      })
    )
    expect(files(r.chainOf(moduleAt(r, 'app/pom.xml')))).toEqual([
      'app/pom.xml',
      'm1/pom.xml',
      'm2/pom.xml',
      'top/pom.xml'
    ])
  })
})

describe('aggregators', () => {
  it('reads a <module> naming a POM file, and one naming the folder above', () => {
    const r = new Reactor(
      treeOf({
        'pom.xml': pom(
          '  <artifactId>root</artifactId><modules><module>app/pom.xml</module></modules>'
        ),
        'app/pom.xml': pom('  <artifactId>app</artifactId>'),
        'build/pom.xml': pom('  <artifactId>agg</artifactId><modules><module>..</module></modules>')
      })
    )
    const listing = (file: string): string[] =>
      r.aggregatorsOf(moduleAt(r, file)).map((a) => `${a.module.file} line ${a.line}`)
    expect(listing('app/pom.xml')).toEqual(['pom.xml line 4'])
    expect(listing('pom.xml')).toEqual(['build/pom.xml line 4'])
  })
})

describe('modules whose coordinates are not literal', () => {
  const tree = treeOf({
    'pom.xml': pom('  <groupId>g</groupId><artifactId>root</artifactId>'),
    'common/pom.xml': pom(`${parentOf('g', 'root')}\n  <artifactId>common</artifactId>`),
    'gen/pom.xml': pom(`${parentOf('g', 'root')}\n  <artifactId>\${gen.id}</artifactId>`),
    'gen/src/main/G.java': '',
    'noname/pom.xml': pom(`${parentOf('g', 'root')}`),
    'app/pom.xml': pom(
      `${parentOf('g', 'root')}\n  <artifactId>app</artifactId>\n  <dependencies><dependency><groupId>g</groupId><artifactId>common</artifactId></dependency></dependencies>`
    )
  })
  const r = new Reactor(tree)

  it('a module whose artifactId holds an unknown property may be any dependency', () => {
    expect(files(r.find(known('g'), known('common')))).toEqual(['common/pom.xml', 'gen/pom.xml'])
    // So the build of app, which uses common, counts gen's sources too.
    expect(inputsOf(tree, 'app').paths).toEqual(expect.arrayContaining(['dir common', 'dir gen']))
  })

  it('an empty artifactId is matched by those modules only, each once', () => {
    expect(files(r.find(known('g'), known('')))).toEqual(['gen/pom.xml', 'noname/pom.xml'])
  })
})

describe('a POM that cannot be read', () => {
  it('widens to its folder, saying so', () => {
    const t = makeTree(['svc/pom.xml', 'svc/src/test/T.java', 'other/x'], new Map())
    expect(new Reactor(t).at('svc/pom.xml')).toEqual({
      file: 'svc/pom.xml',
      dir: 'svc',
      error: 'svc/pom.xml could not be read'
    })
    const r = inputsOf(t, 'svc')
    expect(r.warnings).toContain('svc/pom.xml could not be read')
    expect(r.paths).toContain('dir svc')
    expect(r.paths).not.toContain('dir other')
  })
})

describe('a module at the repository root', () => {
  it('counts the whole tree but tests, with the wrapper of the root', () => {
    const t = treeOf({
      'pom.xml': pom('  <groupId>g</groupId><artifactId>app</artifactId>'),
      'src/main/A.java': '',
      'src/test/ATest.java': '',
      mvnw: ''
    })
    const r = mavenInputs('', t)
    expect(r.claimed).toBe(true)
    expect(r.inputs.map((i) => [i.kind, i.path, i.excludes ?? []])).toEqual([
      ['dir', '', ['src/test/**']],
      ['dir', '.mvn', []],
      ['file', 'mvnw', []]
    ])
  })
})
