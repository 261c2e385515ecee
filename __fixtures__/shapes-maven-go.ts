/**
 * Maven and Go monorepos (the names are ours), in the Shape format of shapes.ts: a Maven reactor
 * with a parent POM, a shared library, a test-scoped dependency and a Dockerfile that copies
 * `target/*.jar`; Go modules with a local replace and a lockfile; one Go module with several
 * `cmd/` folders. Each change lists the images it must unpin, with zero configuration.
 */
import type { Shape } from './shapes.js'

const vars = (names: readonly string[]): string => {
  const prefixes = names.map((n) => n.replace(/-/g, ''))
  return [
    `VRO_IMAGES_ARR=( ${names.join(' ')} )`,
    `VAR_PREFIXES_ARR=( ${prefixes.join(' ')} )`,
    ''
  ].join('\n')
}

const pom = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n${body}\n</project>\n`
const child = (dir: string, artifactId: string, deps = ''): string =>
  pom(
    [
      `  <parent><groupId>org.example.store</groupId><artifactId>store</artifactId><version>1.0</version>${
        dir.includes('/') ? '<relativePath>../../pom.xml</relativePath>' : ''
      }</parent>`,
      `  <artifactId>${artifactId}</artifactId>`,
      deps === '' ? '' : `  <dependencies>${deps}</dependencies>`
    ].join('\n')
  )
const dep = (artifactId: string, scope = ''): string =>
  `<dependency><groupId>org.example.store</groupId><artifactId>${artifactId}</artifactId>${
    scope === '' ? '' : `<scope>${scope}</scope>`
  }</dependency>`
const JAR = 'FROM eclipse-temurin:21\nCOPY target/*.jar /app.jar\n'

const fleetParent = (extra: string): string =>
  pom(
    [
      '  <groupId>org.example.fleet</groupId>',
      '  <artifactId>fleet</artifactId>',
      '  <version>2.0</version>',
      '  <packaging>pom</packaging>',
      extra === '' ? '' : `  ${extra}`,
      '  <modules>',
      '    <module>libs/geo</module><module>libs/simkit</module>',
      '    <module>tracker</module><module>router</module>',
      '  </modules>',
      '  <build><pluginManagement><plugins><plugin>',
      '    <groupId>com.spotify</groupId><artifactId>dockerfile-maven-plugin</artifactId>',
      '    <configuration>',
      '      <repository>registry.example.org/fleet/${project.artifactId}</repository>',
      '      <dockerfile>${project.basedir}/../docker/Dockerfile.java</dockerfile>',
      '      <contextDirectory>${project.basedir}</contextDirectory>',
      '    </configuration>',
      '  </plugin></plugins></pluginManagement></build>'
    ].join('\n')
  )
const fleetChild = (dir: string, artifactId: string, deps = '', plugins = ''): string =>
  pom(
    [
      `  <parent><groupId>org.example.fleet</groupId><artifactId>fleet</artifactId><version>2.0</version>${
        dir.includes('/') ? '<relativePath>../../pom.xml</relativePath>' : ''
      }</parent>`,
      `  <artifactId>${artifactId}</artifactId>`,
      deps === '' ? '' : `  <dependencies>${deps}</dependencies>`,
      plugins === '' ? '' : `  <build><plugins>${plugins}</plugins></build>`
    ].join('\n')
  )
const fleetDep = (artifactId: string, scope = ''): string =>
  `<dependency><groupId>org.example.fleet</groupId><artifactId>${artifactId}</artifactId>${
    scope === '' ? '' : `<scope>${scope}</scope>`
  }</dependency>`

export const SHAPES_MAVEN_GO: readonly Shape[] = [
  {
    name: 'a Maven reactor with a parent POM, a shared library and a test-scoped dependency',
    imageVars: vars(['catalog', 'checkout']),
    files: {
      'pom.xml': pom(
        [
          '  <groupId>org.example.store</groupId>',
          '  <artifactId>store</artifactId>',
          '  <version>1.0</version>',
          '  <packaging>pom</packaging>',
          '  <modules>',
          '    <module>libs/money</module><module>libs/fixtures</module>',
          '    <module>catalog</module><module>checkout</module>',
          '  </modules>'
        ].join('\n')
      ),
      '.mvn/maven.config': '-T 1C\n',
      'libs/money/pom.xml': child('libs/money', 'money'),
      'libs/money/src/main/java/Money.java': 'class Money {}\n',
      'libs/money/src/test/java/MoneyTest.java': 'class MoneyTest {}\n',
      'libs/fixtures/pom.xml': child('libs/fixtures', 'fixtures'),
      'libs/fixtures/src/main/java/Fixtures.java': 'class Fixtures {}\n',
      'catalog/pom.xml': child('catalog', 'catalog', dep('fixtures', 'test')),
      'catalog/Dockerfile': JAR,
      'catalog/src/main/java/Catalog.java': 'class Catalog {}\n',
      'catalog/src/test/java/CatalogTest.java': 'class CatalogTest {}\n',
      'checkout/pom.xml': child('checkout', 'checkout', dep('money') + dep('fixtures', 'test')),
      'checkout/Dockerfile': JAR,
      'checkout/src/main/java/Checkout.java': 'class Checkout {}\n',
      'checkout/src/test/java/CheckoutTest.java': 'class CheckoutTest {}\n',
      'docs/guide.md': '# store\n'
    },
    quiet: ['catalog', 'checkout'],
    changes: [
      {
        kind: 'own source',
        files: { 'checkout/src/main/java/Checkout.java': 'class Checkout { int x; }\n' },
        unpins: ['checkout'],
        why: 'Maven module org.example.store:checkout'
      },
      {
        kind: 'shared library',
        files: { 'libs/money/src/main/java/Money.java': 'class Money { int x; }\n' },
        unpins: ['checkout'],
        why: 'org.example.store:checkout uses org.example.store:money'
      },
      {
        kind: 'parent POM',
        files: {
          'pom.xml': pom(
            [
              '  <groupId>org.example.store</groupId>',
              '  <artifactId>store</artifactId>',
              '  <version>1.0</version>',
              '  <packaging>pom</packaging>',
              '  <properties><java.version>21</java.version></properties>',
              '  <modules>',
              '    <module>libs/money</module><module>libs/fixtures</module>',
              '    <module>catalog</module><module>checkout</module>',
              '  </modules>'
            ].join('\n')
          )
        },
        unpins: ['catalog', 'checkout'],
        why: 'parent POM of org.example.store:catalog'
      },
      {
        kind: 'Maven configuration of the reactor',
        files: { '.mvn/maven.config': '-T 2C\n' },
        unpins: ['catalog', 'checkout']
      },
      {
        kind: 'a library only tests use',
        files: { 'libs/fixtures/src/main/java/Fixtures.java': 'class Fixtures { int x; }\n' },
        unpins: []
      },
      {
        kind: 'test-only',
        files: {
          'checkout/src/test/java/CheckoutTest.java': 'class CheckoutTest { int x; }\n',
          'libs/money/src/test/java/MoneyTest.java': 'class MoneyTest { int x; }\n'
        },
        unpins: []
      },
      { kind: 'docs only', files: { 'docs/guide.md': '# store 2\n' }, unpins: [] }
    ]
  },
  {
    name: 'a Maven reactor whose two image modules share docker/Dockerfile.java through their plugin configuration',
    imageVars: vars(['tracker', 'router']),
    files: {
      'pom.xml': fleetParent(''),
      '.mvn/wrapper/maven-wrapper.properties':
        'distributionUrl=https://repo.example.org/maven.zip\n',
      mvnw: '#!/bin/sh\nexec mvn "$@"\n',
      'docker/Dockerfile.java': JAR,
      'docker/README.md': '# the shared Java image\n',
      'libs/geo/pom.xml': fleetChild('libs/geo', 'geo'),
      'libs/geo/src/main/java/Geo.java': 'class Geo {}\n',
      'libs/geo/src/test/java/GeoTest.java': 'class GeoTest {}\n',
      'libs/simkit/pom.xml': fleetChild('libs/simkit', 'simkit', fleetDep('geo')),
      'libs/simkit/src/main/java/Sim.java': 'class Sim {}\n',
      // The plugin, configured in the parent's pluginManagement: the shared Dockerfile by path.
      'tracker/pom.xml': fleetChild(
        'tracker',
        'tracker',
        fleetDep('geo') + fleetDep('simkit', 'test'),
        '<plugin><groupId>com.spotify</groupId><artifactId>dockerfile-maven-plugin</artifactId></plugin>'
      ),
      'tracker/src/main/java/Tracker.java': 'class Tracker {}\n',
      'tracker/src/test/java/TrackerTest.java': 'class TrackerTest {}\n',
      // Its own plugin configuration: the shared folder as the build context.
      'router/pom.xml': fleetChild(
        'router',
        'router',
        fleetDep('geo') + fleetDep('simkit', 'test'),
        [
          '<plugin><groupId>io.fabric8</groupId><artifactId>docker-maven-plugin</artifactId>',
          '<configuration><images><image><name>registry.example.org/fleet/router</name>',
          '<build><contextDir>${basedir}/../docker</contextDir><dockerFile>Dockerfile.java</dockerFile></build>',
          '</image></images></configuration></plugin>'
        ].join('')
      ),
      'router/src/main/java/Router.java': 'class Router {}\n',
      'router/src/test/java/RouterTest.java': 'class RouterTest {}\n',
      'docs/fleet.md': '# fleet\n'
    },
    quiet: ['tracker', 'router'],
    changes: [
      {
        kind: 'own source',
        files: { 'tracker/src/main/java/Tracker.java': 'class Tracker { int x; }\n' },
        unpins: ['tracker'],
        why: 'Maven module org.example.fleet:tracker'
      },
      {
        kind: 'the shared library',
        files: { 'libs/geo/src/main/java/Geo.java': 'class Geo { int x; }\n' },
        unpins: ['tracker', 'router'],
        why: 'org.example.fleet:tracker uses org.example.fleet:geo'
      },
      {
        kind: 'the parent POM',
        files: {
          'pom.xml': fleetParent('<properties><java.version>21</java.version></properties>')
        },
        unpins: ['tracker', 'router'],
        why: 'parent POM of org.example.fleet:tracker'
      },
      {
        kind: 'the shared Dockerfile the plugin configurations name',
        files: {
          'docker/Dockerfile.java': 'FROM eclipse-temurin:21-jre\nCOPY target/*.jar /app.jar\n'
        },
        unpins: ['tracker', 'router'],
        why: '<dockerfile> of a plugin of tracker/pom.xml'
      },
      {
        kind: 'another file of the shared folder, the build context of one module only',
        files: { 'docker/README.md': '# the shared Java image 2\n' },
        unpins: ['router'],
        why: '<contextDir> of a plugin of router/pom.xml'
      },
      {
        kind: 'the Maven wrapper',
        files: { mvnw: '#!/bin/sh\nexec mvn -B "$@"\n' },
        unpins: ['tracker', 'router']
      },
      {
        kind: 'a library only tests use (test scope)',
        files: { 'libs/simkit/src/main/java/Sim.java': 'class Sim { int x; }\n' },
        unpins: []
      },
      {
        kind: 'test-only',
        files: {
          'tracker/src/test/java/TrackerTest.java': 'class TrackerTest { int x; }\n',
          'router/src/test/java/RouterTest.java': 'class RouterTest { int x; }\n',
          'libs/geo/src/test/java/GeoTest.java': 'class GeoTest { int x; }\n'
        },
        unpins: []
      },
      { kind: 'docs only', files: { 'docs/fleet.md': '# fleet 2\n' }, unpins: [] }
    ]
  },
  {
    name: 'Go modules with a local replace, and one module with several cmd/ folders',
    imageVars: vars(['gateway', 'ingest', 'worker']),
    files: {
      'gateway/go.mod':
        'module example.org/edge/gateway\n\ngo 1.22\n\nrequire example.org/edge/auth v0.0.0\n\nreplace example.org/edge/auth => ../libs/auth\n',
      'gateway/go.sum': 'github.com/some/dep v1.0.0 h1:x\n',
      'gateway/main.go': 'package main\n',
      'gateway/main_test.go': 'package main\n',
      'gateway/Dockerfile': 'FROM gcr.io/distroless/static\nCOPY bin/gateway /gateway\n',
      'libs/auth/go.mod': 'module example.org/edge/auth\n\ngo 1.22\n',
      'libs/auth/auth.go': 'package auth\n',
      'libs/auth/auth_test.go': 'package auth\n',
      'libs/metrics/go.mod': 'module example.org/edge/metrics\n\ngo 1.22\n',
      'libs/metrics/metrics.go': 'package metrics\n',
      'pipeline/go.mod': 'module example.org/pipeline\n\ngo 1.22\n',
      'pipeline/go.sum': '',
      'pipeline/cmd/ingest/main.go': 'package main\n',
      'pipeline/cmd/ingest/Dockerfile': 'FROM gcr.io/distroless/static\nCOPY bin/ingest /ingest\n',
      'pipeline/cmd/worker/main.go': 'package main\n',
      'pipeline/cmd/worker/Dockerfile': 'FROM gcr.io/distroless/static\nCOPY bin/worker /worker\n',
      'pipeline/pkg/queue/queue.go': 'package queue\n',
      'pipeline/pkg/queue/queue_test.go': 'package queue\n',
      'docs/edge.md': '# edge\n'
    },
    quiet: ['gateway', 'ingest', 'worker'],
    changes: [
      {
        kind: 'own source',
        files: { 'gateway/main.go': 'package main\n\nfunc main() {}\n' },
        unpins: ['gateway'],
        why: 'Go module gateway/'
      },
      {
        kind: 'shared library (a local replace)',
        files: { 'libs/auth/auth.go': 'package auth\n\nvar X = 1\n' },
        unpins: ['gateway'],
        why: 'replaces example.org/edge/auth with ../libs/auth'
      },
      {
        kind: 'root manifest of the module',
        files: {
          'gateway/go.mod':
            'module example.org/edge/gateway\n\ngo 1.23\n\nrequire example.org/edge/auth v0.0.0\n\nreplace example.org/edge/auth => ../libs/auth\n'
        },
        unpins: ['gateway']
      },
      {
        kind: 'lockfile',
        files: { 'gateway/go.sum': 'github.com/some/dep v1.0.1 h1:y\n' },
        unpins: ['gateway'],
        why: 'checksums (go.sum)'
      },
      {
        kind: 'a package of the module that holds several cmd/ folders',
        files: { 'pipeline/pkg/queue/queue.go': 'package queue\n\nvar X = 1\n' },
        unpins: ['ingest', 'worker'],
        why: 'imports are not read, so the whole module counts'
      },
      {
        kind: 'test-only',
        files: {
          'gateway/main_test.go': 'package main\n\n// 2\n',
          'libs/auth/auth_test.go': 'package auth\n\n// 2\n',
          'pipeline/pkg/queue/queue_test.go': 'package queue\n\n// 2\n'
        },
        unpins: []
      },
      {
        kind: 'a library no module replaces',
        files: { 'libs/metrics/metrics.go': 'package metrics\n\nvar X = 1\n' },
        unpins: []
      },
      { kind: 'docs only', files: { 'docs/edge.md': '# edge 2\n' }, unpins: [] }
    ]
  },
  {
    name: 'a Go workspace (go.work) of two service modules and a library, one module with a local replace',
    imageVars: vars(['courier', 'dispatch']),
    files: {
      'go.work': 'go 1.22\n\nuse (\n\t./services/courier\n\t./services/dispatch\n\t./libs/geo\n)\n',
      'go.work.sum': '',
      'services/courier/go.mod':
        'module example.org/fleet/courier\n\ngo 1.22\n\nrequire example.org/fleet/geo v0.0.0\n',
      'services/courier/go.sum': 'github.com/some/dep v1.0.0 h1:x\n',
      'services/courier/main.go': 'package main\n',
      'services/courier/main_test.go': 'package main\n',
      'services/courier/Dockerfile': 'FROM gcr.io/distroless/static\nCOPY bin/courier /courier\n',
      'services/dispatch/go.mod': [
        'module example.org/fleet/dispatch',
        '',
        'go 1.22',
        '',
        'require (',
        '\texample.org/fleet/geo v0.0.0',
        '\texample.org/fleet/wire v0.0.0',
        ')',
        '',
        'replace example.org/fleet/wire => ../../libs/wire',
        ''
      ].join('\n'),
      'services/dispatch/main.go': 'package main\n',
      'services/dispatch/Dockerfile':
        'FROM gcr.io/distroless/static\nCOPY bin/dispatch /dispatch\n',
      'libs/geo/go.mod': 'module example.org/fleet/geo\n\ngo 1.22\n',
      'libs/geo/geo.go': 'package geo\n',
      'libs/geo/geo_test.go': 'package geo\n',
      'libs/geo/testdata/route.json': '{}\n',
      'libs/wire/go.mod': 'module example.org/fleet/wire\n\ngo 1.22\n',
      'libs/wire/wire.go': 'package wire\n',
      'tools/lint/go.mod': 'module example.org/fleet/lint\n\ngo 1.22\n',
      'tools/lint/main.go': 'package main\n',
      'docs/fleet.md': '# fleet\n'
    },
    quiet: ['courier', 'dispatch'],
    changes: [
      {
        // Imports are not read, and any workspace module may import any other's packages
        // without a require: a member's own source counts for every member.
        kind: 'own source (of a workspace member: it counts for every member)',
        files: { 'services/courier/main.go': 'package main\n\nfunc main() {}\n' },
        unpins: ['courier', 'dispatch'],
        why: 'Go module services/courier/'
      },
      {
        kind: 'the shared library, a workspace member',
        files: { 'libs/geo/geo.go': 'package geo\n\nvar X = 1\n' },
        unpins: ['courier', 'dispatch'],
        why: 'member of the Go workspace go.work'
      },
      {
        kind: 'the module a member replaces locally (replaces apply to the whole workspace)',
        files: { 'libs/wire/wire.go': 'package wire\n\nvar X = 1\n' },
        unpins: ['courier', 'dispatch'],
        why: 'replaces example.org/fleet/wire with ../../libs/wire'
      },
      {
        kind: 'the workspace file',
        files: {
          'go.work':
            'go 1.23\n\nuse (\n\t./services/courier\n\t./services/dispatch\n\t./libs/geo\n)\n'
        },
        unpins: ['courier', 'dispatch'],
        why: 'the Go workspace above services/courier/'
      },
      {
        kind: 'the workspace checksums',
        files: { 'go.work.sum': 'github.com/other v1.0.0 h1:z\n' },
        unpins: ['courier', 'dispatch']
      },
      {
        kind: "a member's go.sum (the workspace reads every member's checksums)",
        files: { 'services/courier/go.sum': 'github.com/some/dep v1.0.1 h1:y\n' },
        unpins: ['courier', 'dispatch'],
        why: 'checksums (go.sum)'
      },
      {
        kind: 'test-only',
        files: {
          'services/courier/main_test.go': 'package main\n\n// 2\n',
          'libs/geo/geo_test.go': 'package geo\n\n// 2\n',
          'libs/geo/testdata/route.json': '{"a":1}\n'
        },
        unpins: []
      },
      {
        kind: 'a module outside the workspace',
        files: { 'tools/lint/main.go': 'package main\n\n// 2\n' },
        unpins: []
      },
      { kind: 'docs only', files: { 'docs/fleet.md': '# fleet 2\n' }, unpins: [] }
    ]
  }
]
