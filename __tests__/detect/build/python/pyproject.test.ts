// What a pyproject.toml or Pipfile says about the paths a Python build reads (readManifest), and
// what the provider then counts for each form: PEP 621 and PEP 735 requirements, PDM's editable
// dev dependencies, Poetry's path dependencies and packages taken from another folder,
// setuptools' requirements files, and any other value naming a path above the project.
import { describe, expect, it } from '@jest/globals'
import { readManifest, type PyManifest } from '../../../../src/detect/build/python/pyproject.js'
import { pythonCounts } from '../../../../test-support/python.js'
import { treeOf } from '../../../../test-support/tree.js'

const manifest = (text: string): PyManifest => {
  const m = readManifest(text, 'svc/pyproject.toml')
  if ('error' in m) throw new Error(m.error)
  return m
}
const refs = (text: string): unknown[] =>
  manifest(text).refs.map(({ value, line, follow }) => ({ value, line, follow }))

const LIBS = {
  'libs/a/pyproject.toml': '[project]\nname = "a"\n',
  'libs/a/a.py': '',
  'libs/a/tests/test_a.py': '',
  'libs/b/b.py': '',
  'libs/c/c.py': '',
  'docs/guide.md': '',
  'svc/app.py': ''
}
/** What counts outside the project folder for `svc/pyproject.toml`, and the warnings. */
const outside = (text: string, extra: Record<string, string> = {}) => {
  const r = pythonCounts(treeOf({ ...LIBS, ...extra, 'svc/pyproject.toml': text }), 'svc')
  return { counts: r.counts.filter((p) => !p.startsWith('svc/')), warnings: r.warnings }
}

describe('PEP 508 requirements in every table that holds them', () => {
  const text = [
    '[project]',
    'name = "svc"',
    'dependencies = ["Requests_Toolbelt>=1", "a @ file:../libs/a", "./local-only"]',
    '[project.optional-dependencies]',
    'extra = ["b[x] @ file:../libs/b ; python_version > \'3\'"]',
    '[dependency-groups]',
    'dev = ["c @ file:../libs/c", { include-group = "other" }]',
    '[tool.uv]',
    'dev-dependencies = ["Py.Test"]',
    '[tool.pdm.dev-dependencies]',
    'lint = ["-e file:///${PROJECT_ROOT}/../libs/c#egg=c"]',
    ''
  ].join('\n')
  it('reads each path with the line of its list, and each name as PEP 503 normalizes it', () => {
    // The lines were those of [project] (1) for the second and third, and none for PDM's.
    expect(refs(text)).toEqual([
      { value: 'file:../libs/a', line: 3, follow: true },
      { value: './local-only', line: 3, follow: true },
      { value: 'file:../libs/b', line: 5, follow: true },
      { value: 'file:../libs/c', line: 7, follow: true },
      { value: 'file:///${PROJECT_ROOT}/../libs/c', line: 11, follow: true }
    ])
    // A path names no distribution; an editable PDM line is no name of the registry ("file").
    expect([...manifest(text).deps].sort()).toEqual(['a', 'b', 'c', 'py-test', 'requests-toolbelt'])
    expect(manifest(text).refs[2]?.why).toBe(
      `b[x] @ file:../libs/b ; python_version > '3' in optional dependencies extra of svc/pyproject.toml`
    )
  })
  it('counts each library they name, less its tests', () => {
    expect(outside(text.replace('"./local-only"', '"./app.py"'))).toEqual({
      counts: ['libs/a/a.py', 'libs/a/pyproject.toml', 'libs/b/b.py', 'libs/c/c.py'],
      warnings: []
    })
  })
  it.each([
    ['a dotted key', '\nproject.dependencies = ["a @ file:../libs/a"]\n', 2],
    ['an inline table', '\n\nproject = { dependencies = ["a @ file:../libs/a"] }\n', 3],
    ['its own table', '[project]\nname = "x"\n[project.dependencies]\n', undefined]
  ])('the line of a list set by %s', (_name, text, line) => {
    expect(manifest(text).refs.map((r) => r.line)).toEqual(line === undefined ? [] : [line])
  })
})

describe('Poetry', () => {
  it.each([
    [
      'a path in a table of several constraints',
      '[tool.poetry.dependencies]\na = [{ path = "../libs/a", python = "<3.12" }, { version = "^1" }]\n',
      ['libs/a/a.py', 'libs/a/pyproject.toml']
    ],
    [
      'a version constraint only, and python, name no path',
      '[tool.poetry.dependencies]\npython = "^3.12"\na = { version = "^1" }\nb = "^2"\n',
      []
    ],
    [
      'a group of dev dependencies',
      '[tool.poetry.group.lint.dependencies]\nb = { path = "../libs/b" }\n[tool.poetry.dev-dependencies]\nc = { path = "../libs/c" }\n',
      ['libs/b/b.py', 'libs/c/c.py']
    ],
    [
      // (`from = "../libs"` counts all of libs/: any value naming a path above the project does.)
      'a package taken from a folder above: that package, its tests too',
      '[tool.poetry]\npackages = [{ include = "a", from = "./../libs/" }, { include = "mine" }]\n',
      ['libs/a/a.py', 'libs/a/pyproject.toml', 'libs/a/tests/test_a.py']
    ],
    [
      'a package taken from a folder of the project: nothing more',
      '[tool.poetry]\npackages = [{ include = "pkg", from = "src" }]\n',
      []
    ],
    [
      'a whole folder above, with no include',
      '[tool.poetry]\npackages = [{ from = "../libs/b" }]\n',
      ['libs/b/b.py']
    ]
  ])('%s', (_name, text, counts) => {
    const extra = { 'svc/src/pkg/__init__.py': '' }
    expect(outside(text, extra)).toEqual({ counts, warnings: [] })
  })

  it('reads packages, their why and line', () => {
    const m = manifest(
      '[tool.poetry]\nname = "svc"\npackages = [\n  { include = "a", from = "../libs" },\n  { include = 1, from = 2 },\n]\n'
    )
    expect(m.name).toBe('svc')
    expect(m.refs).toEqual([
      {
        value: '../libs/a',
        follow: false,
        why: 'package a from ../libs in [tool.poetry] of svc/pyproject.toml',
        line: 3
      },
      // The walk over every value: `../libs` names a path above the project too.
      {
        value: '../libs',
        follow: false,
        why: 'path named by tool.poetry.packages.from in svc/pyproject.toml',
        line: 3
      }
    ])
  })
})

describe('setuptools requirements files', () => {
  it.each([
    [
      'a file',
      '[tool.setuptools.dynamic]\ndependencies = { file = "requirements.in" }',
      [['requirements.in', 2]]
    ],
    [
      'a list, and optional dependencies',
      '[tool.setuptools.dynamic]\ndependencies = { file = ["a.in", 3] }\noptional-dependencies.dev = { file = ["dev.in"] }',
      [
        ['a.in', 2],
        ['dev.in', 3]
      ]
    ],
    // The line was that of a [tool.setuptools.dynamic] header, none here.
    [
      'a table of its own',
      '[tool.setuptools.dynamic.dependencies]\n\nfile = ["a.in"]',
      [['a.in', 3]]
    ],
    ['no file', '[tool.setuptools.dynamic]\ndependencies = { other = "x" }', []]
  ])('%s', (_name, text, files) => {
    const m = manifest(`${text}\n`)
    expect(m.includes.map((i) => [i.value, i.line])).toEqual(files)
    expect(new Set(m.includes.map((i) => i.why))).toEqual(
      new Set(
        files.map(() => 'requirements file of [tool.setuptools.dynamic] in svc/pyproject.toml')
      )
    )
  })
  it('follows what they include', () => {
    const text = '[tool.setuptools.dynamic]\ndependencies = { file = ["requirements.in"] }\n'
    expect(outside(text, { 'svc/requirements.in': '-e ../libs/b\n' })).toEqual({
      counts: ['libs/b/b.py'],
      warnings: []
    })
  })
  it('one with a variable is no more than a file of the project (setuptools reads it as written)', () => {
    const text = '[tool.setuptools.dynamic]\ndependencies = { file = ["${REQS}"] }\n'
    expect(outside(text)).toEqual({ counts: [], warnings: [] })
  })
  it('one above the repository widens, as any value naming a path there does', () => {
    const text = '[tool.setuptools.dynamic]\ndependencies = { file = ["../../../x.txt"] }\n'
    expect(outside(text).warnings).toEqual([
      expect.stringContaining(
        'inputs widened to the whole tree, since what the build reads could not be resolved: svc/pyproject.toml line 2: ../../../x.txt leaves the repository.'
      )
    ])
  })
})

describe('other values and keys that name a path above the project', () => {
  it('count that path, less nothing, unless a dependency already counts it', () => {
    const text = [
      '[tool.hatch.build.targets.wheel.force-include]',
      '"../libs/b" = "b"',
      '[tool.x]',
      'x = "../libs/c"',
      '[tool.uv.sources]',
      'a = { path = "../libs/a" }',
      '[project]',
      'dependencies = ["a"]',
      '[tool.other]',
      'tests = "../libs/a/tests"',
      ''
    ].join('\n')
    expect(outside(text)).toEqual({
      counts: ['libs/a/a.py', 'libs/a/pyproject.toml', 'libs/b/b.py', 'libs/c/c.py'],
      warnings: []
    })
  })
  it("a hatch force-include's source path is its key (it was not read)", () => {
    const m = manifest('[tool.hatch.build.targets.wheel.force-include]\n"../libs/b" = "pkg/b"\n')
    expect(m.refs).toEqual([
      {
        value: '../libs/b',
        follow: false,
        why: 'path named by tool.hatch.build.targets.wheel.force-include.../libs/b in svc/pyproject.toml',
        line: 2
      }
    ])
  })
  it('and a file above is counted as that file', () => {
    expect(outside('[tool.x]\nreadme = "../docs/guide.md"\n')).toEqual({
      counts: ['docs/guide.md'],
      warnings: []
    })
  })
})

describe('a uv workspace table', () => {
  it('lists members and exclude, strings only', () => {
    expect(
      manifest('[tool.uv.workspace]\nmembers = ["a/*", 1]\nexclude = ["a/x"]\n').uvWorkspace
    ).toEqual({ members: ['a/*'], exclude: ['a/x'] })
    expect(manifest('[tool.uv]\nworkspace = 1\n').uvWorkspace).toBeUndefined()
    expect(manifest('[tool.uv.workspace]\n').uvWorkspace).toEqual({ members: [], exclude: [] })
  })
  it('reads uv sources: a path, a workspace, or neither', () => {
    const m = manifest(
      '[tool.uv.sources]\nA_b = [{ path = "../x", marker = "m" }, { workspace = true }]\nc = { git = "https://h/c" }\n'
    )
    expect(Object.fromEntries(m.sources)).toEqual({
      'a-b': [
        { path: '../x', line: 2 },
        { workspace: true, line: 2 }
      ],
      c: [{ line: 3 }]
    })
  })
})

describe('a malformed manifest', () => {
  it('is an error with its line', () => {
    expect(readManifest('[project]\nname = "x\n', 'p')).toEqual({
      error: 'a string is not closed on its line',
      line: 2
    })
  })
  it('with a bad escape widens to the whole repository (it threw a RangeError before)', () => {
    const r = pythonCounts(
      treeOf({
        ...LIBS,
        'svc/pyproject.toml': '[project]\nname = "svc"\ndescription = "caf\\u-0e9"\n'
      }),
      'svc',
      ['docs/guide.md']
    )
    expect(r.counts).toEqual(['docs/guide.md'])
    expect(r.warnings.join('\n')).toContain(
      'svc/pyproject.toml is not valid TOML (line 3: \\u is not followed by 4 hex digits)'
    )
  })
})
