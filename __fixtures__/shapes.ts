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
  }
]
