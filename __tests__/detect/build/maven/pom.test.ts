// What one POM declares, as readPom gives it (parent and relativePath, profiles, imported BOMs,
// plugin configurations naming images and Dockerfiles), and what the Maven provider makes of it.
import { describe, expect, it } from '@jest/globals'
import { readPom, type Pom } from '../../../../src/detect/build/maven/pom.js'
import { findMavenRoots, mavenInputs } from '../../../../src/detect/build/maven/provider.js'
import { treeOf } from '../../../../test-support/tree.js'

const project = (body: string): string => `<project>\n${body}\n</project>\n`
const read = (body: string): Pom => {
  const r = readPom(project(body))
  if ('error' in r) throw new Error(r.error)
  return r
}
const plugin = (coords: string, conf: string): string =>
  `<build><plugins><plugin>${coords}<configuration>${conf}</configuration></plugin></plugins></build>`

describe('the parent', () => {
  it.each([
    [
      'with a relativePath',
      '<parent><groupId>g</groupId><artifactId>p</artifactId><relativePath> ../p </relativePath></parent>',
      { groupId: 'g', artifactId: 'p', relativePath: '../p', line: 2 }
    ],
    [
      'an empty relativePath: none',
      '<parent><groupId>g</groupId><artifactId>p</artifactId><relativePath/></parent>',
      { groupId: 'g', artifactId: 'p', relativePath: '', line: 2 }
    ],
    [
      "no relativePath: Maven's default",
      '<parent><artifactId>p</artifactId></parent>',
      { artifactId: 'p', line: 2 }
    ],
    ['no coordinates', '<parent/>', { line: 2 }]
  ])('%s', (_name, decl, want) => {
    expect(read(decl).parent).toEqual(want)
  })

  it('takes the line of <project> for the artifactId when there is none', () => {
    expect(read('<groupId>g</groupId>')).toMatchObject({ artifactLine: 1, packaging: 'jar' })
    expect(read('\n<artifactId>a</artifactId>')).toMatchObject({ artifactId: 'a', artifactLine: 3 })
  })
})

describe('profiles and imported BOMs', () => {
  const pom = read(
    [
      '<dependencyManagement><dependencies>',
      '  <dependency><groupId>g</groupId><artifactId>bom</artifactId><type>pom</type><scope>import</scope></dependency>',
      '  <dependency><groupId>g</groupId><artifactId>managed</artifactId></dependency>',
      '</dependencies></dependencyManagement>',
      '<profiles>',
      '  <profile><dependencies><dependency><artifactId>a</artifactId></dependency></dependencies></profile>',
      '  <profile><id>p1</id><dependencies><dependency><artifactId>b</artifactId></dependency></dependencies></profile>',
      '</profiles>'
    ].join('\n')
  )
  it('names the profile a dependency comes from, or says it has no id', () => {
    expect(pom.uses.map((u) => `${u.artifactId}: ${u.what}`)).toEqual([
      'a: dependency in profile (no id)',
      'b: dependency in profile p1'
    ])
  })
  it('keeps the BOMs imported, not the other managed dependencies', () => {
    expect(pom.imports).toEqual([
      {
        groupId: 'g',
        artifactId: 'bom',
        type: 'pom',
        scope: 'import',
        what: 'imported BOM',
        line: 3
      }
    ])
  })

  it('counts an imported BOM of the reactor by its POM, not by what it uses', () => {
    const tree = treeOf({
      'pom.xml': project('<groupId>g</groupId><artifactId>root</artifactId>'),
      'bom/pom.xml': project(
        '<groupId>g</groupId><artifactId>bom</artifactId><packaging>pom</packaging>\n<dependencies><dependency><groupId>g</groupId><artifactId>lib</artifactId></dependency></dependencies>'
      ),
      'lib/pom.xml': project('<groupId>g</groupId><artifactId>lib</artifactId>'),
      'app/pom.xml': project(
        '<groupId>g</groupId><artifactId>app</artifactId>\n<dependencyManagement><dependencies><dependency><groupId>g</groupId><artifactId>bom</artifactId><scope>import</scope></dependency></dependencies></dependencyManagement>'
      )
    })
    const inputs = mavenInputs('app', tree).inputs
    expect(inputs.find((i) => i.path === 'bom/pom.xml')).toMatchObject({
      kind: 'file',
      from: { why: 'g:app uses g:bom (imported BOM in app/pom.xml line 3)' }
    })
    expect(inputs.map((i) => i.path)).not.toContain('lib')
    expect(inputs.map((i) => i.path)).not.toContain('bom')
  })
})

describe('what the build uses', () => {
  it('lists plugins (managed too, the Maven group by default), their dependencies and extensions', () => {
    const pom = read(
      [
        '<build>',
        '  <plugins><plugin><artifactId>maven-shade-plugin</artifactId>',
        '    <dependencies><dependency><groupId>g</groupId><artifactId>transformer</artifactId></dependency></dependencies>',
        '  </plugin></plugins>',
        '  <pluginManagement><plugins><plugin><groupId>g</groupId><artifactId>gen-plugin</artifactId></plugin></plugins></pluginManagement>',
        '  <extensions><extension><groupId>g</groupId><artifactId>wagon</artifactId></extension></extensions>',
        '</build>'
      ].join('\n')
    )
    expect(pom.uses.map((u) => `${u.groupId}:${u.artifactId} ${u.what} line ${u.line}`)).toEqual([
      'org.apache.maven.plugins:maven-shade-plugin plugin line 3',
      'g:transformer plugin dependency line 4',
      'g:gen-plugin plugin line 6',
      'g:wagon extension line 7'
    ])
  })
})

describe('plugin configurations', () => {
  const jib = '<groupId>com.google.cloud.tools</groupId><artifactId>jib-maven-plugin</artifactId>'
  it.each([
    [
      "jib's target image, not its base image, nor a nested element's own text",
      plugin(
        jib,
        '<from><image>eclipse-temurin:21</image></from><to><image>reg.io/shop/app:1</image><tags><tag>latest</tag></tags></to>'
      ),
      ['image reg.io/shop/app:1'],
      []
    ],
    [
      'an image plugin known by its groupId alone',
      plugin(
        '<groupId>io.fabric8</groupId>',
        '<images><image><name>shop/web</name></image></images>'
      ),
      ['name shop/web'],
      []
    ],
    [
      'a plugin that builds no image: its <name> is no image, its <dockerfile> still a path',
      plugin(
        '<artifactId>maven-antrun-plugin</artifactId>',
        '<name>report</name><dockerfile>ops/Dockerfile</dockerfile>'
      ),
      [],
      ['dockerfile ops/Dockerfile']
    ],
    [
      'an execution of a plugin',
      '<build><plugins><plugin><groupId>com.spotify</groupId><artifactId>dockerfile-maven-plugin</artifactId><executions><execution><configuration><repository>shop/api</repository><contextDirectory>ctx</contextDirectory></configuration></execution></executions></plugin></plugins></build>',
      ['repository shop/api'],
      ['contextDirectory ctx']
    ]
  ])('%s', (_name, body, names, paths) => {
    const pom = read(`<artifactId>m</artifactId>\n${body}`)
    expect(pom.imageNames.map((v) => `${v.tag} ${v.value}`)).toEqual(names)
    expect(pom.dockerPaths.map((v) => `${v.tag} ${v.value}`)).toEqual(paths)
  })

  it('finds the module by the image jib pushes, not the one it starts from', () => {
    const tree = treeOf({
      'svc/pom.xml': project(
        `<groupId>g</groupId><artifactId>svc</artifactId>\n${plugin(jib, '<from><image>eclipse-temurin:21</image></from><to><image>reg.io/shop/app:1</image></to>')}`
      )
    })
    expect(findMavenRoots({ name: 'app' }, tree)).toEqual([
      {
        folder: 'svc',
        how: 'Maven module g:svc, whose <image> names the image (svc/pom.xml line 3)'
      }
    ])
    expect(findMavenRoots({ name: 'eclipse-temurin' }, tree)).toEqual([])
  })
})
