// The Python provider on project shapes, as strings: which changed paths count for the project
// at a build root, after the soundness rule widens for what could not be read.
import { describe, expect, it } from '@jest/globals'
import { ChangedFiles } from '../../../../src/detect/path-globs.js'
import { InputMatcher } from '../../../../src/detect/match.js'
import { pythonInputs, pythonProvider } from '../../../../src/detect/build/python/index.js'
import { readRequirements } from '../../../../src/detect/build/python/requirements.js'
import { readToml, tomlGet } from '../../../../src/detect/build/python/toml.js'
import { widen } from '../../../../src/detect/build/sound.js'
import { LINEAR, growth } from '../../../../test-support/growth.js'
import { treeOf } from '../../../../test-support/tree.js'

function counted(
  files: Record<string, string>,
  folder: string,
  paths: readonly string[] = Object.keys(files)
): { counts: string[]; warnings: string[]; claimed: boolean } {
  const r = pythonInputs(folder, treeOf(files))
  const sound = widen('img', r.inputs, r.unresolved ?? [])
  const changed = new ChangedFiles(paths, () => false)
  const counts = new InputMatcher().match(sound.inputs, changed).map((h) => changed.at(h.index))
  return { counts, warnings: [...r.warnings, ...sound.warnings], claimed: r.claimed }
}

const LIB = {
  'libs/shared/pyproject.toml': '[project]\nname = "shared"\n',
  'libs/shared/shared/__init__.py': '',
  'libs/shared/tests/test_shared.py': '',
  'libs/other/pyproject.toml': '[project]\nname = "other"\n',
  'libs/other/other.py': '',
  'docs/guide.md': ''
}
const SERVICE_FILES = [
  'services/api/app/main.py',
  'services/api/app/main_test.py',
  'services/api/tests/test_main.py',
  'services/api/conftest.py'
]
const own = Object.fromEntries(SERVICE_FILES.map((f) => [f, '']))

describe('a uv workspace', () => {
  const files = {
    ...LIB,
    ...own,
    'pyproject.toml': [
      '[project]',
      'name = "monorepo"',
      '',
      '[tool.uv.workspace]',
      'members = ["services/*", "libs/*"]',
      'exclude = ["libs/other"]',
      '',
      '[tool.uv.sources]',
      'shared = { workspace = true }',
      ''
    ].join('\n'),
    'uv.lock': '',
    'services/api/pyproject.toml': [
      '[project]',
      'name = "api"',
      "dependencies = ['shared', 'fastapi>=0.110']",
      ''
    ].join('\n'),
    'services/web/pyproject.toml': '[project]\nname = "web"\ndependencies = ["other"]\n',
    'services/web/web.py': ''
  }
  it('counts the project less its tests, the member it depends on less its tests, the workspace files', () => {
    const r = counted(files, 'services/api')
    expect(r.claimed).toBe(true)
    expect(r.counts).toEqual([
      'libs/shared/pyproject.toml',
      'libs/shared/shared/__init__.py',
      'pyproject.toml',
      'services/api/app/main.py',
      'services/api/pyproject.toml',
      'uv.lock'
    ])
    expect(r.warnings).toEqual([])
  })
  it('a member that depends on no workspace source counts no library', () => {
    expect(counted(files, 'services/web').counts).toEqual([
      'pyproject.toml',
      'services/web/pyproject.toml',
      'services/web/web.py',
      'uv.lock'
    ])
  })
  it('a path source in the project itself', () => {
    const withPath = {
      ...files,
      'services/web/pyproject.toml':
        '[project]\nname = "web"\ndependencies = ["other"]\n[tool.uv.sources]\nother = { path = "../../libs/other", editable = true }\n'
    }
    expect(counted(withPath, 'services/web').counts).toContain('libs/other/other.py')
  })
})

describe('Poetry path dependencies', () => {
  const files = {
    ...LIB,
    ...own,
    'services/api/pyproject.toml': [
      '[tool.poetry]',
      'name = "api"',
      '',
      '[tool.poetry.dependencies]',
      'python = "^3.12"',
      'shared = { path = "../../libs/shared", develop = true }',
      '',
      '[tool.poetry.group.dev.dependencies]',
      'pytest = "^8"',
      ''
    ].join('\n'),
    'services/api/poetry.lock': '',
    'libs/shared/pyproject.toml':
      '[tool.poetry]\nname = "shared"\n[tool.poetry.dependencies]\ncore = {path = "../core"}\n',
    'libs/core/core.py': ''
  }
  it('follows them transitively, each less its tests', () => {
    expect(counted(files, 'services/api').counts).toEqual([
      'libs/core/core.py',
      'libs/shared/pyproject.toml',
      'libs/shared/shared/__init__.py',
      'services/api/app/main.py',
      'services/api/poetry.lock',
      'services/api/pyproject.toml'
    ])
  })
})

describe('requirements files', () => {
  const files = {
    ...LIB,
    ...own,
    'services/api/requirements.txt': '-r requirements/base.txt\nflask==3.0 \\\n  --hash=sha256:x\n',
    'services/api/requirements/base.txt': '-c ../../../constraints.txt\n-e ../../libs/shared\n',
    'constraints.txt': 'requests<3\n',
    'services/web/requirements.txt': '--requirement=../../reqs/common.txt\n./vendor/pkg.whl\n',
    'services/web/vendor/pkg.whl': '',
    'services/web/w.py': '',
    'reqs/common.txt': 'file:../libs/other#egg=other\n'
  }
  it('-r and -c includes, transitively, and -e ../lib', () => {
    expect(counted(files, 'services/api').counts).toEqual([
      'constraints.txt',
      'libs/shared/pyproject.toml',
      'libs/shared/shared/__init__.py',
      'services/api/app/main.py',
      'services/api/requirements.txt',
      'services/api/requirements/base.txt'
    ])
  })
  it('--requirement=, a file: path relative to the including file, a wheel', () => {
    expect(counted(files, 'services/web').counts).toEqual([
      'libs/other/other.py',
      'libs/other/pyproject.toml',
      'reqs/common.txt',
      'services/web/requirements.txt',
      'services/web/vendor/pkg.whl',
      'services/web/w.py'
    ])
  })
  it('a path relative to the repository root (pip run from it) is found too', () => {
    const f = { ...LIB, 'svc/requirements.txt': '-e libs/shared\n', 'svc/s.py': '' }
    expect(counted(f, 'svc').counts).toContain('libs/shared/shared/__init__.py')
  })
  it('reads requirement lines', () => {
    expect(
      readRequirements(
        '# c\n-e ../lib  # dev\n-r\tbase.txt\n-cconstraints.txt\nx @ file:///abs/x\n./a[extra]; python_version>"3"\ngit+https://h/x.git\n'
      ).map((r) => [r.kind, r.value, r.line])
    ).toEqual([
      ['path', '../lib', 2],
      ['include', 'base.txt', 3],
      ['include', 'constraints.txt', 4],
      ['path', 'file:///abs/x', 5],
      ['path', './a', 6]
    ])
  })
})

describe('setup.cfg and setup.py', () => {
  it.each([
    [
      'setup.cfg install_requires with a local path and file:',
      {
        'svc/setup.cfg':
          '[metadata]\nname = svc\n[options]\ninstall_requires =\n    requests\n    shared @ file:../libs/shared\nsetup_requires = file: reqs-build.txt\n',
        'svc/reqs-build.txt': '-e ../libs/other\n'
      },
      ['libs/other/other.py', 'libs/shared/shared/__init__.py'],
      false
    ],
    [
      'setup.py with a literal path above it',
      { 'svc/setup.py': 'setup(name="svc", install_requires=["shared @ file:../libs/shared"])\n' },
      ['libs/shared/shared/__init__.py'],
      false
    ],
    [
      'setup.py that builds a path at run time widens',
      {
        'svc/setup.py':
          'import os\nhere = os.path.dirname(__file__)\nlib = os.path.join(here, "..", "libs")\nsetup(name="svc")\n'
      },
      [
        'docs/guide.md',
        'libs/other/other.py',
        'libs/shared/shared/__init__.py',
        'libs/shared/tests/test_shared.py'
      ],
      true
    ]
  ])('%s', (_name, extra, libs, widened) => {
    const files = { ...LIB, 'svc/s.py': '', ...extra }
    const r = counted(files, 'svc')
    expect(r.counts.filter((p) => !p.startsWith('svc/') && !p.endsWith('.toml'))).toEqual(libs)
    expect(r.warnings.some((w) => w.includes('inputs widened to the whole tree'))).toBe(widened)
  })
})

describe('what cannot be read widens to the whole repository', () => {
  it.each([
    ['a malformed pyproject.toml', { 'svc/pyproject.toml': '[project\nname = "x"\n' }, 'line 1'],
    [
      'a path dependency not in the tree',
      { 'svc/pyproject.toml': '[tool.poetry.dependencies]\nx = { path = "../dist/x.whl" }\n' },
      '../dist/x.whl is not a file or folder'
    ],
    [
      'a path with a variable',
      { 'svc/requirements.txt': '-e ${LIBS}/shared\n' },
      'uses a variable'
    ],
    [
      'a path leaving the repository',
      { 'svc/requirements.txt': '-e ../../outside\n' },
      'leaves the repository'
    ],
    [
      'a malformed uv workspace root above',
      { 'pyproject.toml': '[tool.uv.workspace]\nmembers = [\n', 'svc/pyproject.toml': '' },
      'whether it is the uv workspace of svc/ is unknown'
    ]
  ])('%s', (_name, extra, words) => {
    const files = { ...LIB, 'svc/s.py': '', ...extra }
    const r = counted(files, 'svc', ['svc/s.py', 'docs/guide.md'])
    expect(r.counts).toEqual(['docs/guide.md', 'svc/s.py'])
    expect(r.warnings.join('\n')).toContain(words)
  })
})

describe('claiming and reading', () => {
  it('claims a folder with a Python project file, not another', () => {
    const files = { 'a/setup.py': 'setup()\n', 'b/x.py': '', 'c/requirements.txt': 'flask\n' }
    expect(counted(files, 'a').claimed).toBe(true)
    expect(counted(files, 'b').claimed).toBe(false)
    // Requirements files that name nothing outside the folder install no project of it: what
    // its Dockerfile copies is exact.
    expect(counted(files, 'c').claimed).toBe(false)
    const local = { ...files, 'c/requirements-prod.txt': '-e ../b\n' }
    expect(counted(local, 'c')).toMatchObject({
      claimed: true,
      counts: expect.arrayContaining(['b/x.py'])
    })
  })
  it('wants manifests and requirements files', () => {
    expect(
      [
        'pyproject.toml',
        'a/setup.py',
        'a/setup.cfg',
        'a/Pipfile',
        'a/requirements-dev.txt',
        'a/requirements/base.txt',
        'constraints.txt',
        'a/notes.txt',
        'a/main.py'
      ].filter((p) => pythonProvider.wants(p))
    ).toEqual([
      'pyproject.toml',
      'a/setup.py',
      'a/setup.cfg',
      'a/Pipfile',
      'a/requirements-dev.txt',
      'a/requirements/base.txt',
      'constraints.txt'
    ])
  })
  it('reads TOML tables, inline tables, arrays across lines and strings', () => {
    const r = readToml(
      [
        '# c',
        '[tool.poetry.dependencies]',
        'a = { path = "../a", extras = ["x", ] }',
        '"b.c" = \'lit\'',
        '[[tool.x]]',
        'k = """multi',
        'line"""',
        '[[tool.x]]',
        'k = [',
        '  1, # one',
        '  2,',
        ']',
        'd = 1979-05-27T07:32:00Z',
        ''
      ].join('\n')
    )
    expect('table' in r && r.table).toEqual({
      tool: {
        poetry: { dependencies: { a: { path: '../a', extras: ['x'] }, 'b.c': 'lit' } },
        x: [{ k: 'multi\nline' }, { k: [1, 2], d: '1979-05-27T07:32:00Z' }]
      }
    })
    expect('table' in r && r.line(['tool', 'poetry', 'dependencies', 'a'])).toBe(3)
    expect(readToml('a = [1, 2\nb = 3\n')).toEqual({
      error: '"," or "]" was expected in an array',
      line: 2
    })
  })
  it.each<[string, (n: number) => string, (text: string) => unknown]>([
    ['TOML: open arrays', (n) => 'a = '.concat('['.repeat(n)), readToml],
    ['TOML: escapes', (n) => `a = "${'\\\\'.repeat(n)}"\n`.repeat(3), readToml],
    ['TOML: many keys', (n) => 'x = 1\n'.repeat(n), readToml],
    ['requirements: blanks', (n) => `${' '.repeat(n)}x\n`.repeat(3), readRequirements],
    ['requirements: brackets', (n) => `pkg${'['.repeat(n)}\n`, readRequirements]
  ])('reads hostile text in linear time: %s', (_name, make, read) => {
    expect(growth(make, read, 5000)).toBeLessThan(LINEAR)
  })
})

describe('TOML keys that name Object.prototype members', () => {
  it('are plain keys, and never reach Object.prototype', () => {
    const r = readToml(
      'z = { __proto__ = { a = 1 } }\n[__proto__]\npolluted = "yes"\n[tool.constructor]\nx = 1\n[[__proto__.list]]\ny = 2\n'
    )
    expect('table' in r).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).list).toBeUndefined()
    expect(({} as Record<string, unknown>).a).toBeUndefined()
    if (!('table' in r)) return
    expect(tomlGet(r.table, '__proto__', 'polluted')).toBe('yes')
    expect(tomlGet(r.table, 'tool', 'constructor', 'x')).toBe(1)
    expect(tomlGet(r.table, 'z', '__proto__', 'a')).toBe(1)
    expect(tomlGet(r.table, 'tool', 'toString')).toBeUndefined()
  })
})
