// The Maven provider on a small reactor, through resolveInputs (with the Dockerfile provider and
// the soundness rule): for each image, which changed paths count.
import { describe, expect, it } from '@jest/globals'
import { ChangedFiles } from '../../../../src/detect/path-globs.js'
import type { Image } from '../../../../src/files/image-vars.js'
import { inputSettings } from '../../../../src/detect/build/index.js'
import {
  findMavenRoots,
  mavenInputs,
  wantsMaven
} from '../../../../src/detect/build/maven/provider.js'
import { readPom } from '../../../../src/detect/build/maven/pom.js'
import { readXml } from '../../../../src/detect/build/maven/xml.js'
import { InputMatcher } from '../../../../src/detect/match.js'
import { resolveInputs } from '../../../../src/detect/build/resolve-inputs.js'
import { LINEAR, growth } from '../../../../test-support/growth.js'
import { treeOf } from '../../../../test-support/tree.js'
import type { SourceTree } from '../../../../src/detect/build/types.js'

const pom = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n${body}\n</project>\n`
const parent = (artifactId: string, relativePath?: string): string =>
  `  <parent><groupId>org.example.shop</groupId><artifactId>${artifactId}</artifactId><version>\${revision}</version>${
    relativePath === undefined ? '' : `<relativePath>${relativePath}</relativePath>`
  }</parent>`
const dep = (artifactId: string, extra = '', groupId = 'org.example.shop'): string =>
  `<dependency><groupId>${groupId}</groupId><artifactId>${artifactId}</artifactId>${extra}</dependency>`
const deps = (...ds: string[]): string =>
  `  <dependencies>\n    ${ds.join('\n    ')}\n  </dependencies>`

const REACTOR: Record<string, string> = {
  'pom.xml': pom(
    [
      '  <groupId>org.example.shop</groupId>',
      '  <artifactId>shop-parent</artifactId>',
      '  <version>${revision}</version>',
      '  <packaging>pom</packaging>',
      '  <properties><revision>1.0.0</revision><lib.name>common</lib.name></properties>',
      '  <modules><module>libs</module><module>services</module></modules>',
      '  <dependencyManagement><dependencies>',
      `    ${dep('unused', '<version>1</version>')}`,
      '  </dependencies></dependencyManagement>'
    ].join('\n')
  ),
  '.mvn/jvm.config': '-Xmx1g\n',
  '.mvn/wrapper/maven-wrapper.properties': 'distributionUrl=x\n',
  mvnw: '#!/bin/sh\n',
  'libs/pom.xml': pom(
    [
      parent('shop-parent'),
      '  <artifactId>libs</artifactId><packaging>pom</packaging>',
      '  <modules><module>common</module><module>testkit</module><module>unused</module></modules>'
    ].join('\n')
  ),
  'libs/common/pom.xml': pom(`${parent('libs')}\n  <artifactId>common</artifactId>`),
  'libs/common/src/main/java/Common.java': 'class Common {}\n',
  'libs/common/src/test/java/CommonTest.java': 'class CommonTest {}\n',
  'libs/testkit/pom.xml': pom(`${parent('libs')}\n  <artifactId>testkit</artifactId>`),
  'libs/testkit/src/main/java/Kit.java': 'class Kit {}\n',
  'libs/unused/pom.xml': pom(`${parent('libs')}\n  <artifactId>unused</artifactId>`),
  'libs/unused/src/main/java/Unused.java': 'class Unused {}\n',
  'services/pom.xml': pom(
    [
      parent('shop-parent'),
      '  <artifactId>services</artifactId><packaging>pom</packaging>',
      '  <modules><module>orders</module><module>billing</module><module>audit</module></modules>'
    ].join('\n')
  ),
  // Orders: a compile dependency, a test-scoped one, and a Dockerfile copying the jar.
  'services/orders/pom.xml': pom(
    [
      parent('services'),
      '  <artifactId>orders</artifactId>',
      deps(
        dep('common', '<version>${project.version}</version>', '${project.groupId}'),
        dep('testkit', '<scope>test</scope>'),
        '<!-- <dependency><artifactId>unused</artifactId></dependency> -->'
      )
    ].join('\n')
  ),
  'services/orders/Dockerfile': 'FROM eclipse-temurin:21\nCOPY target/*.jar /app.jar\n',
  'services/orders/src/main/java/Orders.java': 'class Orders {}\n',
  'services/orders/src/test/java/OrdersTest.java': 'class OrdersTest {}\n',
  'services/orders/README.md': '# orders\n',
  // Billing: a dependency named by a literal property, and a plugin naming a shared Dockerfile.
  'services/billing/pom.xml': pom(
    [
      parent('services'),
      '  <artifactId>billing</artifactId>',
      deps(dep('${lib.name}', '<scope>provided</scope>')),
      '  <build><plugins><plugin>',
      '    <groupId>com.spotify</groupId><artifactId>dockerfile-maven-plugin</artifactId>',
      '    <configuration>',
      '      <repository>registry.example.org/shop/billing-svc</repository>',
      '      <dockerfile>${project.basedir}/../../docker/java.Dockerfile</dockerfile>',
      '      <contextDirectory>${project.basedir}</contextDirectory>',
      '    </configuration>',
      '  </plugin></plugins></build>'
    ].join('\n')
  ),
  'services/billing/src/main/java/Billing.java': 'class Billing {}\n',
  'services/billing/src/test/java/BillingTest.java': 'class BillingTest {}\n',
  'docker/java.Dockerfile': 'FROM eclipse-temurin:21\n',
  'docker/other.Dockerfile': 'FROM eclipse-temurin:21\n',
  // Audit: a dependency and a plugin path with properties no POM defines.
  'services/audit/pom.xml': pom(
    [
      parent('services'),
      '  <artifactId>audit</artifactId>',
      '  <profiles><profile><id>full</id>',
      deps(dep('${extra.lib}')),
      '  </profile></profiles>',
      '  <build><plugins><plugin><artifactId>maven-resources-plugin</artifactId>',
      '    <configuration><contextDir>${env.DOCKER_CTX}</contextDir></configuration>',
      '  </plugin></plugins></build>'
    ].join('\n')
  ),
  'services/audit/src/main/java/Audit.java': 'class Audit {}\n',
  'services/audit/src/test/java/AuditTest.java': 'class AuditTest {}\n',
  // Broken: a POM that is not well-formed.
  'services/broken/pom.xml': pom('  <artifactId>broken</artifactId>\n  <dependencies>'),
  'services/broken/src/main/java/Broken.java': 'class Broken {}\n',
  'services/broken/src/test/java/BrokenTest.java': 'class BrokenTest {}\n',
  'docs/guide.md': '# guide\n'
}

/** Which of `paths` count for the image built at `folder`, through resolveInputs. */
function resolved(tree: SourceTree, name: string, folder: string) {
  const image: Image = { name, prefix: name.replace(/-/g, ''), folder }
  const [r] = resolveInputs([image], tree, inputSettings(undefined, undefined))
  if (!r) throw new Error('no result')
  const counts = (path: string): boolean =>
    new InputMatcher().match(r.inputs, new ChangedFiles([path], () => false)).length > 0
  return { r, counts }
}

describe('the Maven provider on a reactor', () => {
  const tree = treeOf(REACTOR)
  const cases: [string, string, string, boolean][] = [
    ['orders', 'services/orders', 'services/orders/src/main/java/Orders.java', true],
    ['orders', 'services/orders', 'services/orders/README.md', true],
    ['orders', 'services/orders', 'services/orders/src/test/java/OrdersTest.java', false],
    ['orders', 'services/orders', 'services/orders/pom.xml', true],
    ['orders', 'services/orders', 'services/orders/Dockerfile', true],
    ['orders', 'services/orders', 'libs/common/src/main/java/Common.java', true],
    ['orders', 'services/orders', 'libs/common/pom.xml', true],
    ['orders', 'services/orders', 'libs/common/src/test/java/CommonTest.java', false],
    ['orders', 'services/orders', 'libs/testkit/src/main/java/Kit.java', false],
    ['orders', 'services/orders', 'libs/unused/src/main/java/Unused.java', false],
    ['orders', 'services/orders', 'pom.xml', true],
    ['orders', 'services/orders', 'services/pom.xml', true],
    ['orders', 'services/orders', 'libs/pom.xml', true],
    ['orders', 'services/orders', '.mvn/jvm.config', true],
    ['orders', 'services/orders', 'mvnw', true],
    ['orders', 'services/orders', 'services/billing/src/main/java/Billing.java', false],
    ['orders', 'services/orders', 'docs/guide.md', false],
    ['billing', 'services/billing', 'libs/common/src/main/java/Common.java', true],
    ['billing', 'services/billing', 'docker/java.Dockerfile', true],
    ['billing', 'services/billing', 'docker/other.Dockerfile', false],
    ['billing', 'services/billing', 'services/billing/src/test/java/BillingTest.java', false],
    ['billing', 'services/billing', 'libs/testkit/src/main/java/Kit.java', false],
    // An unknown property: every module it could name counts, and the plugin path widens.
    ['audit', 'services/audit', 'libs/testkit/src/main/java/Kit.java', true],
    ['audit', 'services/audit', 'libs/unused/src/main/java/Unused.java', true],
    ['audit', 'services/audit', 'services/audit/src/test/java/AuditTest.java', true],
    ['audit', 'services/audit', 'docs/guide.md', false],
    // A POM that is not well-formed: its whole folder counts.
    ['broken', 'services/broken', 'services/broken/src/test/java/BrokenTest.java', true],
    ['broken', 'services/broken', 'libs/common/src/main/java/Common.java', false]
  ]
  it.each(cases)('%s: %s counts %s: %s', (name, folder, path, want) => {
    expect(resolved(tree, name, folder).counts(path)).toBe(want)
  })

  it('settles the Dockerfile copying target/*.jar with no widening, and says why a library counts', () => {
    const { r } = resolved(tree, 'orders', 'services/orders')
    expect(r.warnings).toEqual([])
    const common = r.inputs.find((i) => i.path === 'libs/common')
    expect(common?.from).toMatchObject({
      provider: 'maven',
      file: 'services/orders/pom.xml',
      why: expect.stringContaining('org.example.shop:orders uses org.example.shop:common')
    })
    expect(r.inputs.find((i) => i.path === 'services/orders')?.excludes).toEqual([
      'services/orders/src/test/**'
    ])
  })

  it('warns on what it could not resolve', () => {
    const audit = resolved(tree, 'audit', 'services/audit').r.warnings.join('\n')
    expect(audit).toContain('uses ${extra.lib}, not defined literally in the POMs')
    expect(audit).toContain('inputs widened to services/audit/')
    expect(audit).toContain('<contextDir> ${env.DOCKER_CTX} uses ${env.DOCKER_CTX}')
    const broken = resolved(tree, 'broken', 'services/broken').r.warnings.join('\n')
    expect(broken).toContain(
      'services/broken/pom.xml line 6: an end tag </project> where </dependencies> was expected'
    )
  })

  it('follows a test-jar dependency into the tests of the module', () => {
    const t = treeOf({
      ...REACTOR,
      'services/orders/pom.xml': pom(
        `${parent('services')}\n  <artifactId>orders</artifactId>\n${deps(dep('common', '<type>test-jar</type>'))}`
      )
    })
    expect(
      resolved(t, 'orders', 'services/orders').counts('libs/common/src/test/java/CommonTest.java')
    ).toBe(true)
  })

  it('takes a parent found by coordinates when the relative path holds another POM', () => {
    const t = treeOf({
      'build/parent/pom.xml': pom('  <groupId>g</groupId><artifactId>base</artifactId>'),
      'app/pom.xml': pom(
        '  <parent><groupId>g</groupId><artifactId>base</artifactId></parent>\n  <artifactId>app</artifactId>'
      ),
      'pom.xml': pom('  <groupId>g</groupId><artifactId>root</artifactId>')
    })
    const paths = mavenInputs('app', t).inputs.map((i) => `${i.kind} ${i.path}`)
    expect(paths).toContain('file build/parent/pom.xml')
    expect(paths).not.toContain('file pom.xml')
  })

  it('leaves a Dockerfile that runs Maven on copied sources to the Dockerfile provider', () => {
    const t = treeOf({
      ...REACTOR,
      'services/orders/Dockerfile':
        'FROM maven:3 AS build\nCOPY pom.xml .\nCOPY src ./src\nRUN mvn package\nFROM eclipse-temurin:21\nCOPY --from=build /target/app.jar /app.jar\n'
    })
    expect(mavenInputs('services/orders', t).claimed).toBe(false)
    const orders = resolved(t, 'orders', 'services/orders')
    expect(orders.counts('services/orders/src/test/java/OrdersTest.java')).toBe(true)
    expect(orders.counts('libs/common/src/main/java/Common.java')).toBe(false)
  })

  it('does not claim a folder without a POM', () => {
    expect(mavenInputs('docs', tree).claimed).toBe(false)
  })

  it('wants POMs only', () => {
    expect(
      ['pom.xml', 'a/b/pom.xml', 'a/.mvn/jvm.config', 'a/xpom.xml', 'mvnw'].map(wantsMaven)
    ).toEqual([true, true, false, false, false])
  })
})

describe('the forms the Maven provider refuses, and the widening they get', () => {
  /** orders at services/orders, with its POM's `<dependencies>` and `<build>` replaced. */
  const ordersWith = (body: string): Record<string, string> => ({
    ...REACTOR,
    'services/orders/pom.xml': pom(
      `${parent('services')}\n  <artifactId>orders</artifactId>\n${body}`
    )
  })
  const plugin = (conf: string): string =>
    `  <build><plugins><plugin><groupId>com.spotify</groupId><artifactId>dockerfile-maven-plugin</artifactId><configuration>${conf}</configuration></plugin></plugins></build>`
  it.each([
    [
      'a module POM that is not well-formed: its folder, tests too',
      {
        ...REACTOR,
        'services/orders/pom.xml': pom('  <artifactId>orders</artifactId>\n  <build>')
      },
      'services/orders/pom.xml line 6: an end tag </project> where </build> was expected',
      'services/orders/src/test/java/OrdersTest.java'
    ],
    [
      'a parent POM that is not well-formed: the parent folder (here the repository)',
      { ...REACTOR, 'pom.xml': pom('  <groupId>org.example.shop</groupId><modules>') },
      'pom.xml line 5: an end tag </project> where </modules> was expected',
      'docs/guide.md'
    ],
    [
      'a Dockerfile path with a property no POM defines: the module folder, tests too',
      ordersWith(plugin('<dockerfile>${docker.dir}/Dockerfile</dockerfile>')),
      '<dockerfile> ${docker.dir}/Dockerfile uses ${docker.dir}, not defined literally in the POMs',
      'services/orders/src/test/java/OrdersTest.java'
    ],
    [
      'a dependency with a property no POM defines: every module it could name',
      ordersWith(deps(dep('${lib.id}'))),
      'uses ${lib.id}, not defined literally in the POMs; every module it could name counts',
      'libs/unused/src/main/java/Unused.java'
    ],
    [
      'a property a profile sets: not literal, so every module it could name',
      ordersWith(
        `  <properties><lib.id>common</lib.id></properties>\n  <profiles><profile><id>x</id><properties><lib.id>unused</lib.id></properties></profile></profiles>\n${deps(dep('${lib.id}'))}`
      ),
      'uses ${lib.id}, not defined literally in the POMs',
      'libs/unused/src/main/java/Unused.java'
    ],
    [
      'a groupId with an unknown property: every module of that artifactId',
      ordersWith(deps(dep('testkit', '', '${env.GROUP}'))),
      'uses ${env.GROUP}',
      'libs/testkit/src/main/java/Kit.java'
    ]
  ])('%s', (_name, files, words, counted) => {
    const orders = resolved(treeOf(files), 'orders', 'services/orders')
    expect(orders.r.warnings.join('\n')).toContain(words)
    expect(orders.counts(counted)).toBe(true)
  })

  it('widens a POM with a character reference to no character, rather than failing the run', () => {
    // Before: String.fromCodePoint threw a RangeError out of the reactor, and the run failed.
    const orders = resolved(
      treeOf({
        ...REACTOR,
        'services/orders/pom.xml': pom('  <artifactId>orders&#x110000;</artifactId>')
      }),
      'orders',
      'services/orders'
    )
    expect(orders.r.warnings.join('\n')).toContain(
      'services/orders/pom.xml line 4: a character reference &#x110000; to no character'
    )
    expect(orders.counts('services/orders/src/test/java/OrdersTest.java')).toBe(true)
  })

  it.each([
    [
      'an absolute Dockerfile path',
      '<dockerfile>/opt/docker/Dockerfile</dockerfile>',
      'is outside the repository; ignored'
    ],
    [
      'a path leading above the repository',
      '<contextDirectory>${project.basedir}/../../../ctx</contextDirectory>',
      'is outside the repository; ignored'
    ],
    [
      'a path outside the module that is not in the tree',
      '<dockerfile>${project.basedir}/../../docker/gone.Dockerfile</dockerfile>',
      'is not in the tree (a build output?)'
    ]
  ])('warns on %s, which nothing in the repository can change', (_name, conf, words) => {
    const orders = resolved(treeOf(ordersWith(plugin(conf))), 'orders', 'services/orders')
    expect(orders.r.warnings.join('\n')).toContain(words)
    // The module is read as before: no widening.
    expect(orders.counts('services/orders/src/test/java/OrdersTest.java')).toBe(false)
  })

  it('counts an aggregator whose <module> uses a property: it may list any module', () => {
    const t = treeOf({
      ...REACTOR,
      'services/pom.xml': pom(
        `${parent('shop-parent')}\n  <artifactId>services</artifactId><packaging>pom</packaging>\n  <modules><module>\${svc.dir}</module></modules>`
      ),
      'tools/pom.xml': pom(
        '  <groupId>t</groupId><artifactId>tools</artifactId><modules><module>${x}</module></modules>'
      )
    })
    const orders = resolved(t, 'orders', 'services/orders')
    expect(orders.counts('tools/pom.xml')).toBe(true)
    expect(orders.counts('services/pom.xml')).toBe(true)
    expect(orders.r.warnings).toEqual([])
  })

  it('reads a literal ${revision} and ${project.basedir} with no warning', () => {
    const orders = resolved(
      treeOf(
        ordersWith(
          `${deps(dep('common', '<version>${revision}</version>'))}\n${plugin('<dockerfile>${project.basedir}/../../docker/java.Dockerfile</dockerfile>')}`
        )
      ),
      'orders',
      'services/orders'
    )
    expect(orders.r.warnings).toEqual([])
    expect(orders.counts('docker/java.Dockerfile')).toBe(true)
    expect(orders.counts('docker/other.Dockerfile')).toBe(false)
    expect(orders.counts('libs/common/src/main/java/Common.java')).toBe(true)
  })
})

describe('findMavenRoots', () => {
  const tree = treeOf(REACTOR)
  it('finds a module by artifactId, and by the image its plugin names', () => {
    expect(findMavenRoots({ name: 'orders' }, tree)).toEqual([
      {
        folder: 'services/orders',
        how: 'Maven module org.example.shop:orders (services/orders/pom.xml line 5)'
      }
    ])
    expect(findMavenRoots({ name: 'billing-svc' }, tree)).toEqual([
      {
        folder: 'services/billing',
        how: 'Maven module org.example.shop:billing, whose <repository> names the image (services/billing/pom.xml line 12)'
      }
    ])
    expect(findMavenRoots({ name: 'nothing' }, tree)).toEqual([])
  })
})

describe('the XML reader', () => {
  it('reads comments, CDATA, entities and attributes', () => {
    const r = readXml(
      '<?xml version="1.0"?>\n<!DOCTYPE x>\n<a k="1>2"><!-- <b/> --><b>x &amp; y</b><c><![CDATA[<d/>]]></c><e/></a>'
    )
    expect('root' in r && r.root.children.map((c) => [c.name, c.text, c.line])).toEqual([
      ['b', 'x & y', 3],
      ['c', '<d/>', 3],
      ['e', '', 3]
    ])
  })
  it.each([
    ['<a><b></a>', 'an end tag </a> where </b> was expected'],
    ['<a>', 'the element <a> is not closed'],
    ['<a><!-- x </a>', 'unterminated comment'],
    ['<a></a><b/>', 'a second root element'],
    ['<a k="x></a>', 'an unterminated tag <a'],
    ['', 'no root element']
  ])('refuses %j', (text, error) => {
    expect(readXml(text)).toMatchObject({ error })
  })
  it('refuses a document that is not a project', () => {
    expect(readPom('<settings/>')).toMatchObject({
      error: 'the root element is <settings>, not <project>'
    })
  })
  it.each<[string, (n: number) => string]>([
    ['ampersands', (n) => '<a>' + '&'.repeat(n) + '</a>'],
    ['open declarations', (n) => '<a>' + '<!x'.repeat(n)],
    ['open attributes', (n) => '<a' + ' k="'.repeat(n)],
    ['unclosed elements', (n) => '<a>' + '<b>'.repeat(n)]
  ])('grows linearly on hostile input: %s', (_name, make) => {
    expect(growth(make, readXml, 5000)).toBeLessThan(LINEAR)
  })
})
