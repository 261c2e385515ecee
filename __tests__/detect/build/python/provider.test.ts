// The Python provider (pythonInputs) on the shapes the other tests leave out: a project at the
// repository root, uv sources that name no path, setuptools files it cannot read, and the
// provenance of what it counts.
import { describe, expect, it } from '@jest/globals'
import { pythonInputs } from '../../../../src/detect/build/python/index.js'
import { makeTree } from '../../../../src/detect/build/tree.js'
import { pythonCounts } from '../../../../test-support/python.js'
import { treeOf } from '../../../../test-support/tree.js'

describe('a project at the repository root', () => {
  const files = {
    'pyproject.toml': '[project]\nname = "root"\n',
    'requirements.txt': '-e ./libs/shared\n',
    'requirements/dev.txt': '-e ./libs/dev\n',
    'app/main.py': '',
    'app/tests/test_main.py': '',
    'conftest.py': '',
    'libs/shared/s.py': '',
    'libs/shared/test/t.py': '',
    'libs/dev/d.py': ''
  }
  it('counts all but the tests, wherever they are', () => {
    // (Requirements files alone claim nothing at the root: nothing they name is outside it.)
    const { 'pyproject.toml': _manifest, ...requirementsOnly } = files
    expect(pythonCounts(treeOf(requirementsOnly), '').claimed).toBe(false)
    const r = pythonCounts(treeOf(files), '')
    expect(r.claimed).toBe(true)
    expect(r.counts).toEqual([
      'app/main.py',
      'libs/dev/d.py',
      'libs/shared/s.py',
      'pyproject.toml',
      'requirements.txt',
      'requirements/dev.txt'
    ])
    expect(r.warnings).toEqual([])
  })
  it('says why: the project at the repository root, its requirements file', () => {
    const { inputs } = pythonInputs('', treeOf(files))
    expect(inputs.find((i) => i.path === '')).toMatchObject({
      kind: 'dir',
      excludes: ['**/tests/**', '**/test/**', '**/test_*.py', '**/*_test.py', '**/conftest.py'],
      from: { provider: 'python', why: 'Python project at the repository root' }
    })
    expect(inputs.find((i) => i.path === 'libs/shared')?.from).toEqual({
      provider: 'python',
      file: 'requirements.txt',
      line: 1,
      why: '-e ./libs/shared in requirements.txt line 1'
    })
  })
  it('names the requirements files it reads by convention', () => {
    const { inputs } = pythonInputs('', treeOf(files))
    expect(inputs.find((i) => i.path === 'libs/dev')?.from.why).toBe(
      '-e ./libs/dev in requirements/dev.txt line 1'
    )
  })
})

describe('uv sources', () => {
  const lib = { 'libs/a/a.py': '', 'svc/app.py': '' }
  it('a source from git or an index names no path: nothing more counts, no warning', () => {
    const text =
      '[project]\nname = "svc"\ndependencies = ["a", "b"]\n[tool.uv.sources]\na = { git = "https://h/a" }\nb = { index = "internal" }\n'
    const r = pythonCounts(treeOf({ ...lib, 'svc/pyproject.toml': text }), 'svc')
    expect(r.counts).toEqual(['svc/app.py', 'svc/pyproject.toml'])
    expect(r.warnings).toEqual([])
  })
  it('a path source of a dependency counts it; of a name no dependency has, nothing', () => {
    const text =
      '[project]\nname = "svc"\ndependencies = ["a"]\n[tool.uv.sources]\na = { path = "./../libs/a" }\nz = { path = "./../libs/z" }\n'
    const r = pythonCounts(treeOf({ ...lib, 'svc/pyproject.toml': text }), 'svc')
    expect(r.counts).toEqual(['libs/a/a.py', 'svc/app.py', 'svc/pyproject.toml'])
    expect(r.inputs.find((i) => i.path === 'libs/a')?.from).toEqual({
      provider: 'python',
      file: 'svc/pyproject.toml',
      line: 5,
      why: 'a from [tool.uv.sources] of svc/pyproject.toml'
    })
  })
})

describe('setuptools files', () => {
  const base = { 'svc/app.py': '', 'libs/b/b.py': '', 'docs/guide.md': '' }
  it.each(['svc/setup.cfg', 'svc/setup.py'])(
    '%s in the tree that could not be read widens to the whole repository',
    (file) => {
      const tree = makeTree([...Object.keys(base), file], new Map(Object.entries(base)))
      const r = pythonCounts(tree, 'svc', ['docs/guide.md'])
      expect(r.claimed).toBe(true)
      expect(r.counts).toEqual(['docs/guide.md'])
      expect(r.unresolved).toEqual([{ what: `${file} could not be read`, scope: '', file }])
    }
  )
  it('setup.cfg requirements files are followed; one with a variable is a file of the project', () => {
    const cfg = '[options]\ninstall_requires = file: reqs.in, ${X}.in\n'
    const r = pythonCounts(
      treeOf({ ...base, 'svc/setup.cfg': cfg, 'svc/reqs.in': '-e ../libs/b\n' }),
      'svc'
    )
    expect(r.counts).toEqual(['libs/b/b.py', 'svc/app.py', 'svc/reqs.in', 'svc/setup.cfg'])
    expect(r.warnings).toEqual([])
  })
})
