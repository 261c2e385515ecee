/**
 * Small monorepos in the shapes where detection used to be blind (the names are ours): a
 * Dockerfile that copies a build output, a build context at the repository root (inferred from
 * where the COPY sources exist), a Dockerfile the reader cannot understand, a symbolic link to a
 * shared Dockerfile inside the repository and one leading outside. Each shape lists changes and
 * the images they must unpin, with zero configuration.
 */
export interface ShapeChange {
  readonly kind: string
  /** Files to write (null deletes). */
  readonly files: Record<string, string | null>
  readonly unpins: readonly string[]
  /** Words the reason of the first unpinned image must hold. */
  readonly why?: string
  /** Words the reason of an image that stays pinned must hold: image -> words. */
  readonly kept?: Record<string, string>
}

export interface Shape {
  readonly name: string
  readonly imageVars: string
  readonly files: Record<string, string>
  /** Symbolic links: path -> target as written. */
  readonly links?: Record<string, string>
  /** Words some warning must hold for an image: image -> words. */
  readonly warns?: Record<string, string>
  /** The docker build the `inputs` report must show for an image. */
  readonly builds?: Record<string, { dockerfile: string; context: string; how: string }>
  /** Images that must get no warning. */
  readonly quiet?: readonly string[]
  readonly changes: readonly ShapeChange[]
}

const vars = (names: readonly string[]): string => {
  const prefixes = names.map((n) => n.replace(/-/g, ''))
  return [
    `VRO_IMAGES_ARR=( ${names.join(' ')} )`,
    `VAR_PREFIXES_ARR=( ${prefixes.join(' ')} )`,
    ''
  ].join('\n')
}

export const SHAPES: readonly Shape[] = [
  {
    name: 'a Dockerfile that copies a build output, built by a script',
    imageVars: vars(['billing', 'ledger']),
    files: {
      'billing/Dockerfile': 'FROM eclipse-temurin:17\nCOPY build/libs/billing.jar /app.jar\n',
      'billing/src/main/java/Billing.java': 'class Billing {}\n',
      'billing/build.sh': '#!/bin/sh\njavac -d build src/main/java/*.java\n',
      'ledger/Dockerfile': 'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\n',
      'ledger/site/index.html': '<p>ledger</p>\n',
      'ledger/README.md': '# ledger\n',
      'docs/guide.md': '# guide\n'
    },
    warns: { billing: 'COPY build/libs/billing.jar is not a file or folder of the build context' },
    quiet: ['ledger'],
    builds: {
      ledger: {
        dockerfile: 'ledger/Dockerfile',
        context: 'ledger',
        how: "the Dockerfile's folder, where every COPY source is"
      }
    },
    changes: [
      {
        kind: 'own source of the image that copies a build output',
        files: { 'billing/src/main/java/Billing.java': 'class Billing { int x; }\n' },
        unpins: ['billing'],
        why: 'inputs widened to billing/'
      },
      {
        kind: 'the build script',
        files: { 'billing/build.sh': '#!/bin/sh\njavac -g -d build src/main/java/*.java\n' },
        unpins: ['billing']
      },
      {
        kind: 'a copied folder',
        files: { 'ledger/site/index.html': '<p>ledger 2</p>\n' },
        unpins: ['ledger']
      },
      { kind: 'a file no COPY reads', files: { 'ledger/README.md': '# ledger 2\n' }, unpins: [] },
      { kind: 'docs only', files: { 'docs/guide.md': '# guide 2\n' }, unpins: [] }
    ]
  },
  {
    name: 'a build context at the repository root, inferred from the COPY sources',
    imageVars: vars(['api', 'web']),
    files: {
      'package.json': '{"private":true,"workspaces":["services/*","libs/*"]}\n',
      'yarn.lock': '# lock\n',
      '.dockerignore': '**/*.md\n**/node_modules\n',
      'libs/shared/index.js': 'export const x = 1\n',
      'libs/other/index.js': 'export const y = 1\n',
      'services/api/Dockerfile': [
        'FROM node:22',
        'WORKDIR /repo',
        'COPY package.json yarn.lock ./',
        'COPY libs/shared ./libs/shared',
        'COPY services/api ./services/api',
        'RUN yarn install --frozen-lockfile',
        ''
      ].join('\n'),
      'services/api/index.js': 'import "../../libs/shared/index.js"\n',
      'services/api/README.md': '# api\n',
      'services/web/Dockerfile':
        'FROM nginx:1.27\nCOPY services/web/public /usr/share/nginx/html\n',
      'services/web/public/index.html': '<p>web</p>\n',
      'docs/README.md': '# docs\n'
    },
    quiet: ['api', 'web'],
    builds: {
      api: {
        dockerfile: 'services/api/Dockerfile',
        context: '',
        how: 'inferred: every COPY source exists under the repository root'
      },
      web: {
        dockerfile: 'services/web/Dockerfile',
        context: '',
        how: 'inferred: every COPY source exists under the repository root'
      }
    },
    changes: [
      {
        kind: 'own source',
        files: { 'services/api/index.js': 'import "../../libs/shared/index.js"\n// 2\n' },
        unpins: ['api']
      },
      {
        kind: 'shared library',
        files: { 'libs/shared/index.js': 'export const x = 2\n' },
        unpins: ['api'],
        why: 'COPY in services/api/Dockerfile line 4'
      },
      { kind: 'root lockfile', files: { 'yarn.lock': '# lock 2\n' }, unpins: ['api'] },
      { kind: 'a library no image copies', files: { 'libs/other/index.js': '//\n' }, unpins: [] },
      { kind: 'docs only', files: { 'docs/README.md': '# docs 2\n' }, unpins: [] },
      {
        kind: 'a file the root .dockerignore keeps out',
        files: { 'services/api/README.md': '# api 2\n' },
        unpins: []
      },
      {
        kind: 'the root .dockerignore',
        files: { '.dockerignore': '**/*.md\n' },
        unpins: ['api', 'web']
      }
    ]
  },
  {
    name: 'a Dockerfile the reader cannot understand',
    imageVars: vars(['tool']),
    files: {
      'tool/Dockerfile': 'this is not a Dockerfile\nit has no FROM\n',
      'tool/run.sh': 'echo tool\n',
      'other/x.txt': 'x\n'
    },
    warns: { tool: 'tool/Dockerfile has no FROM instruction' },
    changes: [
      { kind: 'a file beside it', files: { 'tool/run.sh': 'echo tool 2\n' }, unpins: ['tool'] },
      { kind: 'elsewhere', files: { 'other/x.txt': 'y\n' }, unpins: [] }
    ]
  },
  {
    name: 'symbolic links to a shared Dockerfile, inside the repository and outside',
    imageVars: vars(['orders', 'payments']),
    files: {
      'docker/Dockerfile.py': 'FROM python:3.12\nCOPY requirements.txt app.py /app/\n',
      'orders/app.py': 'print("orders")\n',
      'orders/requirements.txt': 'flask\n',
      'orders/notes.md': 'notes\n',
      'payments/app.py': 'print("payments")\n'
    },
    links: {
      'orders/Dockerfile': '../docker/Dockerfile.py',
      'payments/Dockerfile': '../../outside/Dockerfile'
    },
    warns: { payments: 'payments/Dockerfile is a symbolic link to ../../outside/Dockerfile' },
    quiet: ['orders'],
    changes: [
      {
        kind: 'the shared Dockerfile the link points to',
        files: { 'docker/Dockerfile.py': 'FROM python:3.13\nCOPY requirements.txt app.py /app/\n' },
        unpins: ['orders'],
        why: 'target of the symbolic link orders/Dockerfile'
      },
      { kind: 'a copied source', files: { 'orders/app.py': 'print(1)\n' }, unpins: ['orders'] },
      { kind: 'a file no COPY reads', files: { 'orders/notes.md': 'n\n' }, unpins: [] },
      {
        kind: 'beside a link that leads outside',
        files: { 'payments/app.py': 'print(2)\n' },
        unpins: ['payments']
      }
    ]
  },
  {
    name: 'a compose file that builds with the repository root as context and a build argument from .env',
    imageVars: vars(['gateway', 'portal']),
    files: {
      'package.json': '{"private":true}\n',
      'yarn.lock': '# lock\n',
      'libs/common/index.ts': 'export const a = 1\n',
      'libs/ui/index.ts': 'export const b = 1\n',
      'services/gateway/Dockerfile': [
        'ARG NODE_VERSION=20',
        'FROM node:${NODE_VERSION}',
        'COPY package.json yarn.lock ./',
        'COPY libs/common ./libs/common',
        'COPY services/gateway/src ./src',
        ''
      ].join('\n'),
      'services/gateway/src/main.ts': 'console.log(1)\n',
      'services/gateway/package.json': '{"name":"gateway"}\n',
      'services/portal/Dockerfile': 'FROM nginx:1.27\nCOPY dist/ /usr/share/nginx/html/\n',
      'services/portal/src/app.ts': 'export {}\n',
      'deploy/docker-compose.yml': [
        'services:',
        '  gateway:',
        '    image: ghcr.io/acme/gateway:${TAG:-latest}',
        '    build:',
        '      context: ..',
        '      dockerfile: services/gateway/Dockerfile',
        '      args:',
        '        NODE_VERSION: ${NODE_VERSION}',
        '  portal:',
        '    build: ../services/portal',
        '  cache:',
        '    image: redis:7',
        ''
      ].join('\n'),
      'deploy/.env': 'NODE_VERSION=22\n',
      'docs/index.md': '# docs\n'
    },
    builds: {
      gateway: {
        dockerfile: 'services/gateway/Dockerfile',
        context: '',
        how: 'compose service gateway (deploy/docker-compose.yml line 4)'
      }
    },
    warns: { portal: 'COPY dist/ is not a file or folder of the build context services/portal/' },
    quiet: ['gateway'],
    changes: [
      {
        kind: 'own source',
        files: { 'services/gateway/src/main.ts': 'console.log(2)\n' },
        unpins: ['gateway']
      },
      {
        kind: 'shared library',
        files: { 'libs/common/index.ts': 'export const a = 2\n' },
        unpins: ['gateway']
      },
      { kind: 'root lockfile', files: { 'yarn.lock': '# lock 2\n' }, unpins: ['gateway'] },
      {
        kind: 'the build argument in .env',
        files: { 'deploy/.env': 'NODE_VERSION=24\n' },
        unpins: ['gateway'],
        why: 'read by compose service gateway'
      },
      {
        kind: 'a source of the image that copies a build output',
        files: { 'services/portal/src/app.ts': 'export const c = 1\n' },
        unpins: ['portal'],
        why: 'inputs widened to services/portal/'
      },
      { kind: 'a library no image copies', files: { 'libs/ui/index.ts': '//\n' }, unpins: [] },
      {
        kind: 'a file of the image folder that the root context does not copy',
        files: { 'services/gateway/package.json': '{"name":"gateway","v":2}\n' },
        unpins: []
      },
      { kind: 'docs only', files: { 'docs/index.md': '# docs 2\n' }, unpins: [] }
    ]
  },
  {
    name: 'a bake file with a root context and a skaffold file with a named Dockerfile',
    imageVars: vars(['billing', 'reports']),
    files: {
      'docker-bake.hcl': [
        'variable "TAG" {',
        '  default = "latest"',
        '}',
        'target "billing" {',
        '  context = "."',
        '  dockerfile = "billing/Dockerfile"',
        '  tags = ["acme/billing:${TAG}"]',
        '}',
        ''
      ].join('\n'),
      'billing/Dockerfile':
        'FROM python:3.12\nCOPY common/ /common/\nCOPY billing/app.py /app.py\n',
      'billing/app.py': 'print(1)\n',
      'billing/notes.txt': 'n\n',
      'common/money.py': 'x = 1\n',
      'k8s/skaffold.yaml': [
        'apiVersion: skaffold/v4beta6',
        'kind: Config',
        'build:',
        '  artifacts:',
        '    - image: acme/reports',
        '      context: ../services/reports',
        '      docker:',
        '        dockerfile: Dockerfile.prod',
        ''
      ].join('\n'),
      'services/reports/Dockerfile.prod': 'FROM golang:1.23\nCOPY . /src\n',
      'services/reports/main.go': 'package main\n'
    },
    builds: {
      billing: {
        dockerfile: 'billing/Dockerfile',
        context: '',
        how: 'bake target billing (docker-bake.hcl line 4)'
      }
    },
    quiet: ['billing', 'reports'],
    changes: [
      { kind: 'shared library', files: { 'common/money.py': 'x = 2\n' }, unpins: ['billing'] },
      { kind: 'own source', files: { 'billing/app.py': 'print(2)\n' }, unpins: ['billing'] },
      { kind: 'a file no COPY reads', files: { 'billing/notes.txt': 'm\n' }, unpins: [] },
      {
        kind: 'own source of the skaffold artifact',
        files: { 'services/reports/main.go': 'package main\n// 2\n' },
        unpins: ['reports']
      },
      {
        kind: 'the Dockerfile skaffold names',
        files: { 'services/reports/Dockerfile.prod': 'FROM golang:1.24\nCOPY . /src\n' },
        unpins: ['reports']
      }
    ]
  },
  {
    name: 'workflow steps that build with the repository root as context',
    imageVars: vars(['cli', 'cron']),
    files: {
      '.github/workflows/publish.yml': [
        'on: push',
        'jobs:',
        '  publish:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - uses: docker/build-push-action@v6',
        '        with:',
        '          context: .',
        '          file: tools/cli/Dockerfile',
        '          tags: ghcr.io/acme/cli:latest',
        '      - run: docker build -f jobs/cron/Dockerfile -t acme/cron:latest .',
        ''
      ].join('\n'),
      'go.mod': 'module acme\n',
      'go.sum': '',
      'pkg/log/log.go': 'package log\n',
      'pkg/db/db.go': 'package db\n',
      'tools/cli/Dockerfile':
        'FROM golang:1.23\nCOPY go.mod go.sum ./\nCOPY pkg/log ./pkg/log\nCOPY tools/cli ./tools/cli\n',
      'tools/cli/main.go': 'package main\n',
      'jobs/cron/Dockerfile':
        'FROM golang:1.23\nCOPY go.mod go.sum ./\nCOPY pkg ./pkg\nCOPY jobs/cron ./jobs/cron\n',
      'jobs/cron/main.go': 'package main\n'
    },
    builds: {
      cli: {
        dockerfile: 'tools/cli/Dockerfile',
        context: '',
        how: 'workflow step docker/build-push-action (.github/workflows/publish.yml line 7)'
      }
    },
    quiet: ['cli', 'cron'],
    changes: [
      {
        kind: 'root module file',
        files: { 'go.mod': 'module acme\n\ngo 1.23\n' },
        unpins: ['cli', 'cron']
      },
      {
        kind: 'a package one image copies',
        files: { 'pkg/db/db.go': 'package db\n// 2\n' },
        unpins: ['cron']
      },
      {
        kind: 'own source',
        files: { 'tools/cli/main.go': 'package main\n// 2\n' },
        unpins: ['cli']
      }
    ]
  },
  {
    name: 'a Gradle image named like a parent project and built by a child',
    imageVars: vars(['order-service']),
    files: {
      'settings.gradle': [
        "rootProject.name = 'shop'",
        "include 'order-service'",
        "include 'order-service:order-service-main'",
        "include 'order-service:order-service-api'",
        "include 'shared:lib'",
        "include 'shared:other'",
        ''
      ].join('\n'),
      'build.gradle': 'allprojects { repositories { mavenCentral() } }\n',
      'order-service/build.gradle': '',
      'order-service/order-service-main/build.gradle':
        "plugins { id 'java' }\ndependencies {\n  implementation project(':shared:lib')\n  implementation project(':order-service:order-service-api')\n}\n",
      'order-service/order-service-main/Dockerfile':
        'FROM eclipse-temurin:17\nCOPY build/libs/order-service-main.jar /app.jar\n',
      'order-service/order-service-main/src/main/java/Main.java': 'class Main {}\n',
      'order-service/order-service-api/build.gradle': "plugins { id 'java' }\n",
      'order-service/order-service-api/src/main/java/Api.java': 'interface Api {}\n',
      'shared/lib/build.gradle': "plugins { id 'java' }\n",
      'shared/lib/src/main/java/Lib.java': 'class Lib {}\n',
      'shared/other/build.gradle': "plugins { id 'java' }\n",
      'shared/other/src/main/java/Other.java': 'class Other {}\n',
      'docs/README.md': '# shop\n'
    },
    quiet: ['order-service'],
    changes: [
      {
        kind: 'a library only the child that builds the image depends on',
        files: { 'shared/lib/src/main/java/Lib.java': 'class Lib { int x; }\n' },
        unpins: ['order-service'],
        why: ':order-service:order-service-main builds the image'
      },
      {
        kind: 'own source of the child',
        files: {
          'order-service/order-service-main/src/main/java/Main.java': 'class Main { int x; }\n'
        },
        unpins: ['order-service']
      },
      {
        kind: 'a library nothing depends on',
        files: { 'shared/other/src/main/java/Other.java': 'class Other { int x; }\n' },
        unpins: []
      },
      { kind: 'docs only', files: { 'docs/README.md': '# shop 2\n' }, unpins: [] }
    ]
  }
]
