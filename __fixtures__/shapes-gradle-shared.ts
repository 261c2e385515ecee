/**
 * A Gradle monorepo where every image shares the root build files (the names are ours): a Spring
 * service built from a jar, a library it depends on, and two images that are a base image plus a
 * few files. Each change to a shared build file must unpin only the images whose build reads the
 * part that changed: a plugin bump that touches no image, a property read by one convention
 * plugin, a catalog alias used by one service, a root-only release hook, a test-only change.
 */
import type { Shape } from './shapes.js'

const SETTINGS = `rootProject.name = 'shop'
includeBuild 'build-logic'
include ':gateway', ':shared:money', ':ledger-db', ':cache'
`

const ROOT = `plugins {
    // Versions only: applied where needed
    id("org.springframework.boot") version "\${spring_boot_version}" apply false
    id("com.diffplug.spotless") version "\${spotless_plugin_version}" apply false
    id("org.flywaydb.flyway") version "\${flyway_plugin_version}" apply false
    alias(libs.plugins.openapi) apply false

    id('nebula.lint') version '17.7.0'
    id("pl.allegro.tech.build.axion-release") version "1.15.0"
}

allprojects {
    apply plugin: 'nebula.lint'
    gradleLint {
        alwaysRun = false
        rules = [ 'unused-dependency' ]
    }
}

subprojects {
    pluginManager.withPlugin('java') {
        dependencies {
            implementation platform("org.shop:bom:\${bom_version}")
        }
    }
}

// Used by the release task
scmVersion {
    localOnly = true
    hooks {
        pre("fileUpdate", [file: "gateway/src/main/java/shop/Info.java",
                           pattern: {v, p -> /version = ".*"/},
                           replacement: {v, p -> "version = \\"$v\\""}])
        pre("commit")
    }
}

allprojects {
    project.version = scmVersion.version
}

tasks.register('devloop') {
    group = "Workflow"
    dependsOn ':gateway:build'
}
`

const PROPERTIES = `group=org.shop
# plugin versions
spring_boot_version=3.1.3
spotless_plugin_version=6.20.0
flyway_plugin_version=9.0.0
bom_version=1.0.0
postgres_version=15
jacoco_minimum=0.8
`

const CATALOG = `[versions]
jackson = "2.15.0"
guava = "32.0.0-jre"

[libraries]
jackson-databind = { module = "com.fasterxml.jackson.core:jackson-databind", version.ref = "jackson" }
guava = { module = "com.google.guava:guava", version.ref = "guava" }
junit = "org.junit.jupiter:junit-jupiter:5.10.0"

[plugins]
openapi = { id = "org.springdoc.openapi-gradle-plugin", version = "1.8.0" }
`

const JAVA_CONVENTIONS = `plugins {
    id 'java'
    id 'jacoco'
}

java {
    toolchain { languageVersion = JavaLanguageVersion.of(17) }
}

dependencies {
    implementation libs.guava
    testImplementation libs.junit
}

test {
    useJUnitPlatform()
}

jacocoTestReport {
    reports { xml.required = true }
}

jacocoTestCoverageVerification {
    violationRules { rule { limit { minimum = jacoco_minimum as BigDecimal } } }
}
`

const SPRING_CONVENTIONS = `plugins {
    id 'local.java.conventions'
    id 'org.springframework.boot'
}

dependencies {
    implementation "org.springframework.boot:spring-boot-starter-web:\${spring_boot_version}"
}
`

export const SHAPES_GRADLE_SHARED: readonly Shape[] = [
  {
    name: 'a Gradle monorepo whose images share the root build files',
    imageVars:
      'VRO_IMAGES_ARR=( gateway ledger-db cache )\nVAR_PREFIXES_ARR=( gateway ledgerdb cache )\n',
    files: {
      'settings.gradle': SETTINGS,
      'build.gradle': ROOT,
      'gradle.properties': PROPERTIES,
      'gradle/libs.versions.toml': CATALOG,
      'lombok.config': 'lombok.addLombokGeneratedAnnotation = true\n',
      'build-logic/settings.gradle': "rootProject.name = 'build-logic'\n",
      'build-logic/build.gradle': "plugins { id 'groovy-gradle-plugin' }\n",
      'build-logic/src/main/groovy/local.java.conventions.gradle': JAVA_CONVENTIONS,
      'build-logic/src/main/groovy/local.java.spring.gradle': SPRING_CONVENTIONS,
      'gateway/build.gradle': `plugins {
    id 'local.java.spring'
    id 'org.springdoc.openapi-gradle-plugin'
}

dependencies {
    implementation project(':shared:money')
    implementation libs.jackson.databind
    compileOnly 'org.projectlombok:lombok:1.18.30'
}
`,
      'gateway/Dockerfile': 'FROM eclipse-temurin:17\nCOPY build/libs/gateway.jar /app.jar\n',
      'gateway/src/main/java/shop/Info.java': 'class Info { String version = "1.0.0"; }\n',
      'gateway/src/test/java/shop/InfoTest.java': 'class InfoTest {}\n',
      'shared/money/build.gradle': "plugins { id 'local.java.conventions' }\n",
      'shared/money/src/main/java/shop/Money.java': 'class Money {}\n',
      'shared/money/src/test/java/shop/MoneyTest.java': 'class MoneyTest {}\n',
      'ledger-db/build.gradle':
        'plugins { id \'base\' }\n\next.postgresTag = "postgres:${postgres_version}"\n',
      'ledger-db/Dockerfile': 'FROM postgres:15\nCOPY init.sql /docker-entrypoint-initdb.d/\n',
      'ledger-db/init.sql': 'create table ledger (id int);\n',
      'cache/build.gradle': "plugins { id 'base' }\n",
      'cache/Dockerfile': 'FROM redis:7\nCOPY redis.conf /usr/local/etc/redis/redis.conf\n',
      'cache/redis.conf': 'maxmemory 100mb\n'
    },
    changes: [
      {
        kind: 'a lint plugin bump in gradle.properties',
        files: { 'gradle.properties': PROPERTIES.replace('6.20.0', '6.21.0') },
        unpins: [],
        kept: { gateway: 'spotless_plugin_version changed, which this build does not read' }
      },
      {
        kind: 'a property read by one convention plugin',
        files: { 'gradle.properties': PROPERTIES.replace('3.1.3', '3.2.0') },
        unpins: ['gateway'],
        why: 'spring_boot_version changed, read by'
      },
      {
        kind: 'a property read by one project',
        files: {
          'gradle.properties': PROPERTIES.replace('postgres_version=15', 'postgres_version=16')
        },
        unpins: ['ledger-db'],
        why: 'postgres_version changed, read by ledger-db/build.gradle'
      },
      {
        kind: 'a property read only by coverage verification',
        files: {
          'gradle.properties': PROPERTIES.replace('jacoco_minimum=0.8', 'jacoco_minimum=0.9')
        },
        unpins: []
      },
      {
        kind: 'a property Gradle reads itself',
        files: { 'gradle.properties': PROPERTIES.replace('group=org.shop', 'group=org.shop2') },
        unpins: ['gateway', 'ledger-db', 'cache']
      },
      {
        kind: 'a comment in gradle.properties',
        files: { 'gradle.properties': `${PROPERTIES}# the end\n` },
        unpins: []
      },
      {
        kind: 'a catalog version used by one service',
        files: { 'gradle/libs.versions.toml': CATALOG.replace('2.15.0', '2.16.0') },
        unpins: ['gateway'],
        why: 'jackson'
      },
      {
        kind: 'a catalog plugin that the root puts on the classpath by alias, applied by id',
        files: { 'gradle/libs.versions.toml': CATALOG.replace('1.8.0', '1.9.0') },
        unpins: ['gateway'],
        why: 'plugin openapi changed, read by gateway/build.gradle'
      },
      {
        kind: 'a catalog library used only by tests',
        files: { 'gradle/libs.versions.toml': CATALOG.replace('5.10.0', '5.11.0') },
        unpins: []
      },
      {
        kind: 'the root release hook',
        files: { 'build.gradle': ROOT.replace('localOnly = true', 'localOnly = false') },
        unpins: [],
        kept: { cache: 'scmVersion' }
      },
      {
        kind: 'a root-only task',
        files: { 'build.gradle': ROOT.replace("':gateway:build'", "':gateway:assemble'") },
        unpins: []
      },
      {
        kind: 'lint configuration for every project',
        files: { 'build.gradle': ROOT.replace('alwaysRun = false', 'alwaysRun = true') },
        unpins: []
      },
      {
        kind: 'the version of a plugin one service applies',
        files: {
          'build.gradle': ROOT.replace(
            '"${spring_boot_version}" apply false',
            '"3.2.1" apply false'
          )
        },
        unpins: ['gateway'],
        why: 'org.springframework.boot (apply false) changed, read by'
      },
      {
        kind: 'dependencies of every Java project',
        files: { 'build.gradle': ROOT.replace('org.shop:bom:', 'org.shop:platform:') },
        unpins: ['gateway', 'ledger-db', 'cache']
      },
      {
        kind: 'a comment in the root build script',
        files: { 'build.gradle': ROOT.replace('// Used by the release task', '// release') },
        unpins: []
      },
      {
        kind: 'coverage reports in a convention plugin',
        files: {
          'build-logic/src/main/groovy/local.java.conventions.gradle': JAVA_CONVENTIONS.replace(
            'xml.required = true',
            'xml.required = false'
          )
        },
        unpins: []
      },
      {
        kind: 'the compiler toolchain in a convention plugin',
        files: {
          'build-logic/src/main/groovy/local.java.conventions.gradle': JAVA_CONVENTIONS.replace(
            'of(17)',
            'of(21)'
          )
        },
        unpins: ['gateway']
      },
      {
        kind: 'a test of the shared library',
        files: { 'shared/money/src/test/java/shop/MoneyTest.java': 'class MoneyTest { int x; }\n' },
        unpins: []
      },
      {
        kind: 'the file a release hook rewrites',
        files: {
          'gateway/src/main/java/shop/Info.java': 'class Info { String version = "1.1.0"; }\n'
        },
        unpins: ['gateway']
      },
      {
        kind: 'lombok.config',
        files: { 'lombok.config': 'lombok.addLombokGeneratedAnnotation = false\n' },
        unpins: ['gateway']
      }
    ]
  }
]
