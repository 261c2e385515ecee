/**
 * Small JavaScript and Python monorepos (the names are ours): a yarn workspace whose services
 * share a library and are built with the repository root as context, a uv workspace, and Poetry
 * and requirements projects whose Dockerfile copies a built wheel. Each shape lists changes and
 * the images they must unpin, with zero configuration.
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

const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`

const nodeDockerfile = (svc: string): string =>
  [
    'FROM node:22 AS build',
    'WORKDIR /repo',
    'COPY package.json yarn.lock .yarnrc.yml ./',
    'COPY libs/shared ./libs/shared',
    `COPY services/${svc} ./services/${svc}`,
    `RUN yarn install --immutable && yarn workspace @acme/${svc} build`,
    'FROM node:22-slim',
    `COPY services/${svc}/dist /app`,
    'CMD ["node", "/app/index.js"]',
    ''
  ].join('\n')

const pnpmDockerfile = (svc: string): string =>
  [
    'FROM node:22-slim AS build',
    'RUN corepack enable',
    'WORKDIR /repo',
    'COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./',
    'COPY packages/geo ./packages/geo',
    `COPY apps/${svc} ./apps/${svc}`,
    `RUN pnpm install --frozen-lockfile --prod --filter @fleet/${svc}... && pnpm --filter @fleet/${svc} deploy --prod /out`,
    'FROM node:22-slim',
    'COPY --from=build /out /app',
    'CMD ["node", "/app/src/index.js"]',
    ''
  ].join('\n')

const uvRoot = (version: string): string =>
  [
    '[project]',
    'name = "treasury"',
    `version = "${version}"`,
    '',
    '[tool.uv.workspace]',
    'members = ["services/*", "libs/*"]',
    ''
  ].join('\n')

const wheelDockerfile = (svc: string): string =>
  [
    'FROM python:3.12-slim',
    `COPY dist/${svc}-1-py3-none-any.whl /tmp/`,
    `RUN pip install /tmp/${svc}-1-py3-none-any.whl`,
    `CMD ["python", "-m", "${svc}.app"]`,
    ''
  ].join('\n')

export const SHAPES_JS_PY: readonly Shape[] = [
  {
    name: 'a yarn workspace: two services share a library, built from the repository root',
    imageVars: vars(['api', 'web']),
    files: {
      'package.json': json({ private: true, workspaces: ['services/*', 'libs/*'] }),
      'yarn.lock': '# lock\n',
      '.yarnrc.yml': 'nodeLinker: node-modules\n',
      'libs/shared/package.json': json({ name: '@acme/shared', version: '1.0.0' }),
      'libs/shared/index.ts': 'export const x = 1\n',
      'libs/testkit/package.json': json({ name: '@acme/testkit', version: '1.0.0' }),
      'libs/testkit/index.ts': 'export const t = 1\n',
      'libs/other/package.json': json({ name: '@acme/other', version: '1.0.0' }),
      'libs/other/index.ts': 'export const o = 1\n',
      'services/api/package.json': json({
        name: '@acme/api',
        scripts: { start: 'node dist/index.js', test: 'vitest' },
        dependencies: { '@acme/shared': 'workspace:*' },
        devDependencies: { '@acme/testkit': 'workspace:*' }
      }),
      'services/api/tsconfig.json': '{ "extends": "../../tsconfig.base.json" }\n',
      'services/api/src/index.ts': 'import { x } from "@acme/shared"\n',
      'services/api/Dockerfile': nodeDockerfile('api'),
      'services/web/package.json': json({
        name: '@acme/web',
        scripts: { build: 'vite build' },
        dependencies: { '@acme/shared': '^1.0.0' }
      }),
      'services/web/src/main.ts': 'import { x } from "@acme/shared"\n',
      'services/web/Dockerfile': nodeDockerfile('web'),
      'tsconfig.base.json': '{ "compilerOptions": { "strict": true } }\n',
      'docs/guide.md': '# guide\n'
    },
    quiet: ['api', 'web'],
    changes: [
      {
        kind: 'own source',
        files: { 'services/api/src/index.ts': 'import { x } from "@acme/shared"\n// 2\n' },
        unpins: ['api']
      },
      {
        kind: 'the shared library',
        files: { 'libs/shared/index.ts': 'export const x = 2\n' },
        unpins: ['api', 'web']
      },
      {
        kind: 'the root manifest',
        files: {
          'package.json': json({ private: true, workspaces: ['services/*', 'libs/*'], x: 1 })
        },
        unpins: ['api', 'web']
      },
      { kind: 'the lockfile', files: { 'yarn.lock': '# lock 2\n' }, unpins: ['api', 'web'] },
      {
        kind: 'the tsconfig base one service extends',
        files: { 'tsconfig.base.json': '{ "compilerOptions": { "strict": false } }\n' },
        unpins: ['api'],
        why: 'tsconfig base'
      },
      {
        kind: 'test-only: a devDependency of a service with no build script',
        files: { 'libs/testkit/index.ts': 'export const t = 2\n' },
        unpins: []
      },
      { kind: 'a library no service uses', files: { 'libs/other/index.ts': '//\n' }, unpins: [] },
      { kind: 'docs only', files: { 'docs/guide.md': '# guide 2\n' }, unpins: [] }
    ]
  },
  {
    name: 'a pnpm workspace: two services share a library through workspace:, built from the repository root',
    imageVars: vars(['courier', 'dispatch']),
    files: {
      'package.json': json({ private: true, packageManager: 'pnpm@9.12.0' }),
      'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n  - 'packages/*'\n",
      'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
      '.npmrc': 'link-workspace-packages=true\n',
      'packages/geo/package.json': json({ name: '@fleet/geo', version: '1.0.0' }),
      'packages/geo/src/index.ts': 'export const km = 1\n',
      'packages/mocks/package.json': json({ name: '@fleet/mocks', version: '1.0.0' }),
      'packages/mocks/src/index.ts': 'export const fake = 1\n',
      'packages/charts/package.json': json({ name: '@fleet/charts', version: '1.0.0' }),
      'packages/charts/src/index.ts': 'export const chart = 1\n',
      'apps/courier/package.json': json({
        name: '@fleet/courier',
        scripts: { start: 'node src/index.js', test: 'node --test' },
        dependencies: { '@fleet/geo': 'workspace:^' },
        devDependencies: { '@fleet/mocks': 'workspace:*' }
      }),
      'apps/courier/src/index.js': 'import { km } from "@fleet/geo"\n',
      'apps/courier/Dockerfile': pnpmDockerfile('courier'),
      'apps/dispatch/package.json': json({
        name: '@fleet/dispatch',
        scripts: { start: 'node src/index.js' },
        dependencies: { '@fleet/geo': 'workspace:*' }
      }),
      'apps/dispatch/src/index.js': 'import { km } from "@fleet/geo"\n',
      'apps/dispatch/Dockerfile': pnpmDockerfile('dispatch'),
      'docs/guide.md': '# guide\n'
    },
    quiet: ['courier', 'dispatch'],
    builds: {
      courier: {
        dockerfile: 'apps/courier/Dockerfile',
        context: '',
        how: 'inferred: every COPY source exists under the repository root'
      }
    },
    changes: [
      {
        kind: 'own source',
        files: { 'apps/courier/src/index.js': 'import { km } from "@fleet/geo"\n// 2\n' },
        unpins: ['courier']
      },
      {
        kind: 'the shared library',
        files: { 'packages/geo/src/index.ts': 'export const km = 2\n' },
        unpins: ['courier', 'dispatch']
      },
      {
        kind: 'the root manifest',
        files: { 'package.json': json({ private: true, packageManager: 'pnpm@9.13.0' }) },
        unpins: ['courier', 'dispatch']
      },
      {
        kind: 'the workspace file',
        files: {
          'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n  - 'packages/*'\n  - 'tools/*'\n"
        },
        unpins: ['courier', 'dispatch']
      },
      {
        kind: 'the lockfile',
        files: { 'pnpm-lock.yaml': "lockfileVersion: '9.1'\n" },
        unpins: ['courier', 'dispatch']
      },
      { kind: 'the .npmrc', files: { '.npmrc': '' }, unpins: ['courier', 'dispatch'] },
      {
        kind: 'test-only: a devDependency of a service with no build script',
        files: { 'packages/mocks/src/index.ts': 'export const fake = 2\n' },
        unpins: []
      },
      {
        kind: 'a library no service uses',
        files: { 'packages/charts/src/index.ts': 'export const chart = 2\n' },
        unpins: []
      },
      { kind: 'docs only', files: { 'docs/guide.md': '# guide 2\n' }, unpins: [] }
    ]
  },
  {
    name: 'a uv workspace: one service depends on a member library, built from the root',
    imageVars: vars(['ingest', 'report']),
    files: {
      'pyproject.toml': [
        '[project]',
        'name = "platform"',
        'version = "0"',
        '',
        '[tool.uv.workspace]',
        'members = ["services/*", "libs/*"]',
        '',
        '[tool.uv.sources]',
        'pycore = { workspace = true }',
        ''
      ].join('\n'),
      'uv.lock': 'version = 1\n',
      'libs/pycore/pyproject.toml': '[project]\nname = "pycore"\nversion = "1"\n',
      'libs/pycore/pycore/__init__.py': 'X = 1\n',
      'services/ingest/pyproject.toml':
        '[project]\nname = "ingest"\nversion = "1"\ndependencies = ["pycore", "httpx"]\n',
      'services/ingest/ingest/main.py': 'import pycore\n',
      'services/ingest/tests/test_main.py': 'def test(): pass\n',
      'services/ingest/Dockerfile': [
        'FROM python:3.12-slim',
        'WORKDIR /src',
        'COPY pyproject.toml uv.lock ./',
        'COPY libs/pycore libs/pycore',
        'COPY services/ingest/pyproject.toml services/ingest/',
        'COPY services/ingest/ingest services/ingest/ingest',
        'RUN pip install uv && uv sync --frozen --package ingest',
        ''
      ].join('\n'),
      'services/report/pyproject.toml':
        '[project]\nname = "report"\nversion = "1"\ndependencies = ["jinja2"]\n',
      'services/report/report.py': 'print(1)\n',
      'docs/guide.md': '# guide\n'
    },
    quiet: ['ingest', 'report'],
    changes: [
      {
        kind: 'own source',
        files: { 'services/ingest/ingest/main.py': 'import pycore\n# 2\n' },
        unpins: ['ingest']
      },
      {
        kind: 'the member library',
        files: { 'libs/pycore/pycore/__init__.py': 'X = 2\n' },
        unpins: ['ingest']
      },
      {
        kind: 'the workspace manifest',
        files: {
          'pyproject.toml':
            '[project]\nname = "platform"\nversion = "1"\n[tool.uv.workspace]\nmembers = ["services/*", "libs/*"]\n[tool.uv.sources]\npycore = { workspace = true }\n'
        },
        unpins: ['ingest', 'report']
      },
      { kind: 'the lockfile', files: { 'uv.lock': 'version = 2\n' }, unpins: ['ingest', 'report'] },
      {
        kind: 'test-only',
        files: { 'services/ingest/tests/test_main.py': 'def test(): assert 1\n' },
        unpins: []
      },
      { kind: 'docs only', files: { 'docs/guide.md': '# guide 2\n' }, unpins: [] }
    ]
  },
  {
    name: 'a uv workspace whose members depend on each other by path, each image copying a built wheel',
    imageVars: vars(['ledger', 'payout']),
    files: {
      'pyproject.toml': uvRoot('0'),
      'uv.lock': 'version = 1\nrevision = 1\n',
      'libs/money/pyproject.toml': '[project]\nname = "money"\nversion = "1"\n',
      'libs/money/src/money/__init__.py': 'CENTS = 100\n',
      'libs/money/tests/test_money.py': 'def test(): pass\n',
      'libs/fxrates/pyproject.toml': [
        '[project]',
        'name = "fxrates"',
        'version = "1"',
        'dependencies = ["money"]',
        '',
        '[tool.uv.sources]',
        'money = { path = "../money", editable = true }',
        ''
      ].join('\n'),
      'libs/fxrates/src/fxrates/__init__.py': 'RATE = 1\n',
      'libs/unused/pyproject.toml': '[project]\nname = "unused"\nversion = "1"\n',
      'libs/unused/src/unused/__init__.py': 'U = 1\n',
      'services/ledger/pyproject.toml': [
        '[project]',
        'name = "ledger"',
        'version = "1"',
        'dependencies = ["money", "sqlalchemy>=2"]',
        '',
        '[tool.uv.sources]',
        'money = { path = "../../libs/money", editable = true }',
        ''
      ].join('\n'),
      'services/ledger/src/ledger/app.py': 'import money\n',
      'services/ledger/tests/test_app.py': 'def test(): pass\n',
      'services/ledger/Dockerfile': wheelDockerfile('ledger'),
      'services/payout/pyproject.toml': [
        '[project]',
        'name = "payout"',
        'version = "1"',
        'dependencies = ["fxrates"]',
        '',
        '[tool.uv.sources]',
        'fxrates = { workspace = true }',
        ''
      ].join('\n'),
      'services/payout/src/payout/app.py': 'import fxrates\n',
      'services/payout/conftest.py': 'import pytest\n',
      'services/payout/Dockerfile': wheelDockerfile('payout'),
      'docs/guide.md': '# guide\n'
    },
    quiet: ['ledger', 'payout'],
    changes: [
      {
        kind: 'own source',
        files: { 'services/ledger/src/ledger/app.py': 'import money\n# 2\n' },
        unpins: ['ledger']
      },
      {
        kind: 'the library both reach by path (one directly, one through another member)',
        files: { 'libs/money/src/money/__init__.py': 'CENTS = 1000\n' },
        unpins: ['ledger', 'payout'],
        why: 'money from [tool.uv.sources] of services/ledger/pyproject.toml'
      },
      {
        kind: 'a member library one service uses',
        files: { 'libs/fxrates/src/fxrates/__init__.py': 'RATE = 2\n' },
        unpins: ['payout'],
        why: 'workspace member fxrates'
      },
      {
        kind: 'the workspace manifest',
        files: { 'pyproject.toml': uvRoot('1') },
        unpins: ['ledger', 'payout'],
        why: 'uv workspace of services/ledger/'
      },
      {
        kind: 'the lockfile',
        files: { 'uv.lock': 'version = 1\nrevision = 2\n' },
        unpins: ['ledger', 'payout']
      },
      {
        kind: 'test-only',
        files: {
          'services/ledger/tests/test_app.py': 'def test(): assert 1\n',
          'services/payout/conftest.py': 'import pytest\n# 2\n',
          'libs/money/tests/test_money.py': 'def test(): assert 1\n'
        },
        unpins: []
      },
      {
        kind: 'a member no service depends on',
        files: { 'libs/unused/src/unused/__init__.py': 'U = 2\n' },
        unpins: []
      },
      { kind: 'docs only', files: { 'docs/guide.md': '# guide 2\n' }, unpins: [] }
    ]
  },
  {
    name: 'Poetry and requirements projects with local libraries, one copying a built wheel',
    imageVars: vars(['billing', 'etl']),
    files: {
      'services/billing/pyproject.toml': [
        '[tool.poetry]',
        'name = "billing"',
        '',
        '[tool.poetry.dependencies]',
        'python = "^3.12"',
        'money = { path = "../../libs/money", develop = true }',
        ''
      ].join('\n'),
      'services/billing/poetry.lock': '# lock\n',
      'services/billing/billing/app.py': 'import money\n',
      'services/billing/tests/test_app.py': 'def test(): pass\n',
      'services/billing/Dockerfile':
        'FROM python:3.12-slim\nCOPY dist/billing-1.0-py3-none-any.whl /tmp/\nRUN pip install /tmp/billing-1.0-py3-none-any.whl\n',
      'libs/money/pyproject.toml': '[tool.poetry]\nname = "money"\n',
      'libs/money/money/__init__.py': 'CENTS = 100\n',
      'libs/money/tests/test_money.py': 'def test(): pass\n',
      'services/etl/requirements.txt': '-r requirements/base.txt\n',
      'services/etl/requirements/base.txt': 'pandas==2.2\n-e ../../libs/util\n',
      'services/etl/etl.py': 'import util\n',
      'libs/util/setup.py': 'from setuptools import setup\nsetup(name="util")\n',
      'libs/util/util.py': 'Y = 1\n',
      'docs/guide.md': '# guide\n'
    },
    quiet: ['billing', 'etl'],
    changes: [
      {
        kind: 'own source of the image that copies a built wheel',
        files: { 'services/billing/billing/app.py': 'import money\n# 2\n' },
        unpins: ['billing']
      },
      {
        kind: 'a Poetry path dependency',
        files: { 'libs/money/money/__init__.py': 'CENTS = 1000\n' },
        unpins: ['billing'],
        why: 'money = { path = "../../libs/money" }'
      },
      {
        kind: 'tests of the path dependency',
        files: { 'libs/money/tests/test_money.py': 'def test(): assert 1\n' },
        unpins: []
      },
      {
        kind: 'the lockfile',
        files: { 'services/billing/poetry.lock': '# 2\n' },
        unpins: ['billing']
      },
      {
        kind: 'test-only',
        files: { 'services/billing/tests/test_app.py': 'def test(): assert 1\n' },
        unpins: []
      },
      {
        kind: 'a library a requirements file installs with -e',
        files: { 'libs/util/util.py': 'Y = 2\n' },
        unpins: ['etl']
      },
      {
        kind: 'an included requirements file',
        files: { 'services/etl/requirements/base.txt': 'pandas==2.3\n-e ../../libs/util\n' },
        unpins: ['etl']
      },
      { kind: 'docs only', files: { 'docs/guide.md': '# guide 2\n' }, unpins: [] }
    ]
  }
]
