/**
 * A Gradle + Docker monorepo in the shapes of a real one: top-level and nested Gradle projects,
 * an included build of convention plugins with a shared Dockerfile under its resources, project
 * dependencies on shared libraries (one test-only), Helm charts named like the images, a source
 * package named like an image, a Python image and plain Dockerfile images. The names are ours.
 */
export const IMAGE_VARS = `VRO_IMAGES_ARR=( gateway billing-app ledger-api pg scanner mq )
export VRO_IMAGES="gateway billing-app ledger-api pg scanner mq"
VAR_PREFIXES_ARR=( gateway billingapp ledgerapi pg scanner mq )
export VAR_PREFIXES="gateway billingapp ledgerapi pg scanner mq"
export gateway_GRADLE_IMG="acme/acme-gateway"
export billingapp_GRADLE_IMG="acme/acme-billing-app"
export ledgerapi_GRADLE_IMG="acme/acme-ledger"
`

const CONVENTIONS = `plugins {
  id 'acme.java-conventions'
}

def dockerfile = file("\${buildDir}/docker/Dockerfile")
tasks.register('prepareDocker') {
  doLast {
    if (!project.file('Dockerfile').exists()) {
      dockerfile.text = getClass().getResourceAsStream('/docker/Dockerfile-java').text
    }
  }
}
docker {
  name "acme/\${rootProject.name}-\${project.name}"
}
`

export const MONOREPO: Record<string, string> = {
  'settings.gradle': `rootProject.name = 'acme'
includeBuild 'build-logic'

include 'gateway'
include 'ledger'
include 'shared:model'
include 'shared:util'
include 'shared:testkit'
include 'domain-billing:billing-app'
`,
  'build.gradle': "plugins {\n  id 'base'\n}\n",
  'gradle.properties': 'org.gradle.jvmargs=-Xmx2g\n',
  'gradle/libs.versions.toml': '[versions]\nspring = "3.2.0"\n',
  'gradle/wrapper/gradle-wrapper.properties': 'distributionUrl=gradle-8.5-bin.zip\n',
  'build-logic/settings.gradle': "rootProject.name = 'build-logic'\n",
  'build-logic/build.gradle': "plugins {\n  id 'groovy-gradle-plugin'\n}\n",
  'build-logic/src/main/groovy/acme.java-conventions.gradle': "plugins {\n  id 'java'\n}\n",
  'build-logic/src/main/groovy/acme.docker-conventions.gradle': CONVENTIONS,
  'build-logic/src/main/resources/docker/Dockerfile-java':
    'FROM eclipse-temurin:21-jre\nCOPY app.jar /app.jar\n',
  'gateway/build.gradle': `plugins {
  id 'acme.docker-conventions'
}

dependencies {
  implementation project(':shared:model')
  testImplementation project(':shared:testkit')
}
`,
  'gateway/src/main/java/acme/Gateway.java': 'class Gateway {}\n',
  'ledger/build.gradle': "plugins {\n  id 'acme.docker-conventions'\n}\n",
  'ledger/src/main/java/acme/Ledger.java': 'class Ledger {}\n',
  'shared/model/build.gradle': `plugins {
  id 'acme.java-conventions'
}

dependencies {
  api project(':shared:util')
}
`,
  'shared/model/src/main/java/acme/Entity.java': 'class Entity {}\n',
  'shared/util/build.gradle': "plugins {\n  id 'acme.java-conventions'\n}\n",
  'shared/util/src/main/java/acme/Util.java': 'class Util {}\n',
  'shared/testkit/build.gradle': "plugins {\n  id 'acme.java-conventions'\n}\n",
  'shared/testkit/src/main/java/acme/Fixture.java': 'class Fixture {}\n',
  'domain-billing/billing-app/build.gradle': "plugins {\n  id 'acme.docker-conventions'\n}\n",
  'domain-billing/billing-app/Dockerfile':
    'FROM eclipse-temurin:21-jre\nCOPY build/libs/app.jar /app.jar\n',
  'domain-billing/billing-app/src/main/java/acme/Billing.java': 'class Billing {}\n',
  'helm/gateway/Chart.yaml': 'name: gateway\n',
  'helm/gateway/values.yaml': 'replicas: 1\n',
  'helm/platform/charts/pg/values.yaml': 'storage: 1Gi\n',
  'pg/Dockerfile': 'FROM postgres:16\nCOPY init/ /docker-entrypoint-initdb.d/\n',
  'pg/init/01-schema.sql': 'create table t (id int);\n',
  'pg/README.md': '# pg\n',
  'scanner/Dockerfile':
    'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nCOPY src/ ./src/\nCMD ["python", "-m", "src.main"]\n',
  'scanner/requirements.txt': 'requests==2.32.0\n',
  'scanner/src/main.py': 'print("scan")\n',
  'scanner/tests/test_main.py': 'def test(): pass\n',
  'mq/Dockerfile': 'FROM rabbitmq:3-management\nCOPY conf/ /etc/rabbitmq/\n',
  'mq/conf/rabbitmq.conf': 'loopback_users = none\n',
  'mocks/src/main/java/acme/tools/mq/FakeQueue.java': 'class FakeQueue {}\n',
  'docs/README.md': '# docs\n',
  'scripts/image_vars.src': IMAGE_VARS,
  'scripts/image_versions.src': '# pins\n'
}

/** Each kind of change, and the images it must unpin (all pinned to the base release). */
export const CHANGES: readonly {
  readonly kind: string
  readonly files: Record<string, string>
  readonly unpins: readonly string[]
  /** Words the reason of the first unpinned image must hold. */
  readonly why?: string
}[] = [
  {
    kind: 'own source',
    files: { 'gateway/src/main/java/acme/Gateway.java': 'class Gateway { int x; }\n' },
    unpins: ['gateway']
  },
  {
    kind: 'shared library (transitive project dependency)',
    files: { 'shared/util/src/main/java/acme/Util.java': 'class Util { int x; }\n' },
    unpins: ['gateway'],
    why: ':shared:util'
  },
  {
    kind: 'test-only project dependency',
    files: { 'shared/testkit/src/main/java/acme/Fixture.java': 'class Fixture { int x; }\n' },
    unpins: []
  },
  {
    kind: 'convention plugin',
    files: {
      'build-logic/src/main/groovy/acme.java-conventions.gradle':
        "plugins {\n  id 'java'\n  id 'java-library'\n}\n"
    },
    unpins: ['gateway', 'billing-app', 'ledger-api'],
    why: 'acme.java-conventions'
  },
  {
    kind: 'a coverage plugin added to a convention plugin',
    files: {
      'build-logic/src/main/groovy/acme.java-conventions.gradle':
        "plugins {\n  id 'java'\n  id 'jacoco'\n}\n"
    },
    unpins: []
  },
  {
    kind: 'shared Dockerfile of the plugins',
    files: {
      'build-logic/src/main/resources/docker/Dockerfile-java':
        'FROM eclipse-temurin:21-jre-alpine\nCOPY app.jar /app.jar\n'
    },
    unpins: ['gateway', 'ledger-api'],
    why: 'Dockerfile-java'
  },
  {
    kind: 'a catalog version that no build script uses',
    files: { 'gradle/libs.versions.toml': '[versions]\nspring = "3.3.0"\n' },
    unpins: []
  },
  {
    kind: 'root build file',
    files: { 'gradle/wrapper/gradle-wrapper.properties': 'distributionUrl=gradle-8.6-bin.zip\n' },
    unpins: ['gateway', 'billing-app', 'ledger-api']
  },
  { kind: 'Helm chart only', files: { 'helm/gateway/values.yaml': 'replicas: 3\n' }, unpins: [] },
  {
    kind: 'Helm chart of a plain Dockerfile image',
    files: { 'helm/platform/charts/pg/values.yaml': 'storage: 2Gi\n' },
    unpins: []
  },
  { kind: 'docs only', files: { 'docs/README.md': '# docs v2\n' }, unpins: [] },
  {
    kind: 'a file the Dockerfile copies',
    files: { 'pg/init/01-schema.sql': 'create table t (id bigint);\n' },
    unpins: ['pg']
  },
  {
    kind: 'a file the Dockerfile does not copy',
    files: { 'pg/README.md': '# pg v2\n' },
    unpins: []
  },
  {
    kind: 'Python source',
    files: { 'scanner/src/main.py': 'print("scan2")\n' },
    unpins: ['scanner']
  },
  {
    kind: 'Python tests, not in the image',
    files: { 'scanner/tests/test_main.py': 'def test(): assert True\n' },
    unpins: []
  },
  {
    kind: 'a sibling folder the Dockerfile copies',
    files: { 'mq/conf/rabbitmq.conf': 'loopback_users = guest\n' },
    unpins: ['mq']
  },
  {
    kind: 'a source package named like an image',
    files: { 'mocks/src/main/java/acme/tools/mq/FakeQueue.java': 'class FakeQueue { int x; }\n' },
    unpins: []
  }
]
