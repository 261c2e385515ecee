// uv workspaces: which pyproject.toml above a project is its workspace (members less exclude,
// from a workspace root anywhere in the tree), its members by name, and what a workspace that
// cannot be read does: it widens, with the reason.
import { describe, expect, it } from '@jest/globals'
import { manifestAt, uvWorkspaceOf } from '../../../../src/detect/build/python/workspace.js'
import { makeTree } from '../../../../src/detect/build/tree.js'
import { pythonCounts } from '../../../../test-support/python.js'
import { treeOf } from '../../../../test-support/tree.js'

const member = (name: string, deps: string[] = []): string =>
  `[project]\nname = "${name}"\ndependencies = ${JSON.stringify(deps)}\n`

/** A workspace rooted at py/, not at the repository root. */
const NESTED = {
  'py/pyproject.toml': [
    '[tool.uv.workspace]',
    'members = ["./services/*/", "libs/*"]',
    'exclude = ["services/legacy"]',
    '[tool.uv.sources]',
    'shared = { workspace = true }',
    ''
  ].join('\n'),
  'py/uv.lock': '',
  'py/services/api/pyproject.toml': member('api', ['shared']),
  'py/services/api/api.py': '',
  'py/services/legacy/pyproject.toml': member('legacy', ['shared']),
  'py/services/legacy/legacy.py': '',
  'py/libs/shared/pyproject.toml': member('Shared'),
  'py/libs/shared/s.py': '',
  'py/libs/copy/pyproject.toml': member('shared'),
  'py/libs/copy/c.py': '',
  'py/libs/bad/pyproject.toml': '[project\n',
  'py/libs/anon/pyproject.toml': '[tool.black]\n',
  'docs/guide.md': ''
}

describe('uvWorkspaceOf', () => {
  const tree = treeOf(NESTED)
  it('finds a workspace rooted below the repository root, its members by normalized name', () => {
    const { ws, unresolved } = uvWorkspaceOf('py/services/api', tree)
    expect(unresolved).toEqual([])
    expect(ws?.root).toBe('py')
    expect(ws?.file).toBe('py/pyproject.toml')
    // Of two members named alike, the first in the tree's order; unnamed and unreadable ones
    // name nothing.
    expect(Object.fromEntries(ws?.members ?? [])).toEqual({
      api: 'py/services/api',
      shared: 'py/libs/copy'
    })
  })
  it('reads a workspace once per tree, whichever member asks', () => {
    expect(uvWorkspaceOf('py/libs/shared', tree).ws).toBe(uvWorkspaceOf('py/services/api', tree).ws)
  })
  it('an excluded folder, and one no glob names, is in no workspace', () => {
    expect(uvWorkspaceOf('py/services/legacy', tree)).toEqual({ unresolved: [] })
    expect(uvWorkspaceOf('py/tools', treeOf({ ...NESTED, 'py/tools/pyproject.toml': '' }))).toEqual(
      {
        unresolved: []
      }
    )
  })
  it('at the repository root, a literal member is that folder only', () => {
    const root = treeOf({
      'pyproject.toml': '[tool.uv.workspace]\nmembers = ["svc"]\n',
      'svc/pyproject.toml': member('svc'),
      'svc/sub/pyproject.toml': member('sub')
    })
    expect(uvWorkspaceOf('svc', root).ws?.members).toEqual(new Map([['svc', 'svc']]))
    expect(uvWorkspaceOf('svc/sub', root).ws).toBeUndefined()
  })
  it('the workspace root is a member of itself', () => {
    expect(uvWorkspaceOf('py', tree).ws?.root).toBe('py')
  })
})

describe('a workspace member', () => {
  it('counts the members it depends on through the workspace sources, and the workspace files', () => {
    const r = pythonCounts(treeOf(NESTED), 'py/services/api')
    expect(r.counts).toEqual([
      'py/libs/copy/c.py',
      'py/libs/copy/pyproject.toml',
      'py/pyproject.toml',
      'py/services/api/api.py',
      'py/services/api/pyproject.toml',
      'py/uv.lock'
    ])
    expect(r.warnings).toEqual([])
  })
  it('an excluded one is in no workspace: a dependency named like a member is not it', () => {
    const r = pythonCounts(treeOf(NESTED), 'py/services/legacy')
    expect(r.counts).toEqual(['py/services/legacy/legacy.py', 'py/services/legacy/pyproject.toml'])
    expect(r.warnings).toEqual([])
  })
  it('a workspace source outside any workspace widens to the whole tree', () => {
    const files = {
      ...NESTED,
      'py/services/legacy/pyproject.toml': `${member('legacy', ['shared'])}[tool.uv.sources]\nshared = { workspace = true }\n`
    }
    const r = pythonCounts(treeOf(files), 'py/services/legacy', ['docs/guide.md'])
    expect(r.counts).toEqual(['docs/guide.md'])
    expect(r.unresolved).toEqual([
      {
        what: 'py/services/legacy/pyproject.toml: shared is a workspace source, but no member of a uv workspace is named shared',
        scope: '',
        file: 'py/services/legacy/pyproject.toml'
      }
    ])
  })
  it('a workspace source no member is named after widens to the workspace', () => {
    const files = {
      ...NESTED,
      'py/services/api/pyproject.toml': `${member('api', ['missing'])}[tool.uv.sources]\nmissing = { workspace = true }\n`
    }
    const r = pythonCounts(treeOf(files), 'py/services/api')
    expect(r.unresolved).toEqual([
      {
        what: 'py/services/api/pyproject.toml: missing is a workspace source, but no member of a uv workspace is named missing',
        scope: 'py',
        file: 'py/services/api/pyproject.toml'
      }
    ])
    expect(r.counts).toContain('py/libs/bad/pyproject.toml')
    expect(r.counts).not.toContain('docs/guide.md')
  })
})

describe('a workspace that cannot be read', () => {
  it('a glob that cannot be compiled: its members are unknown, and it widens', () => {
    const files = {
      'pyproject.toml': '[tool.uv.workspace]\nmembers = ["svc-{1..100000}"]\n',
      'svc-1/pyproject.toml': member('one'),
      'svc-1/a.py': '',
      'docs/guide.md': ''
    }
    expect(uvWorkspaceOf('svc-1', treeOf(files))).toEqual({
      unresolved: [
        {
          what: 'pyproject.toml: a [tool.uv.workspace] glob cannot be read, so its members are unknown',
          scope: '',
          file: 'pyproject.toml'
        }
      ]
    })
    const r = pythonCounts(treeOf(files), 'svc-1', ['docs/guide.md'])
    expect(r.counts).toEqual(['docs/guide.md'])
  })
  it('a malformed pyproject.toml above: the same, with the line of the error', () => {
    const tree = treeOf({
      'pyproject.toml': '[tool.uv.workspace]\nmembers = ["svc",\n',
      'svc/pyproject.toml': member('svc')
    })
    expect(uvWorkspaceOf('svc', tree).unresolved).toEqual([
      {
        what: 'pyproject.toml is not valid TOML (line 3: a value was expected), so whether it is the uv workspace of svc/ is unknown',
        scope: '',
        file: 'pyproject.toml',
        line: 3
      }
    ])
  })
  it('a pyproject.toml above that could not be read: whether it is the workspace is unknown', () => {
    const tree = makeTree(
      ['pyproject.toml', 'svc/pyproject.toml', 'svc/a.py', 'docs/guide.md'],
      new Map([['svc/pyproject.toml', member('svc')]])
    )
    expect(manifestAt('pyproject.toml', tree)).toEqual({ error: 'could not be read' })
    expect(manifestAt('nowhere/pyproject.toml', tree)).toBeUndefined()
    expect(uvWorkspaceOf('svc', tree).unresolved).toEqual([
      {
        what: 'pyproject.toml could not be read, so whether it is the uv workspace of svc/ is unknown',
        scope: '',
        file: 'pyproject.toml'
      }
    ])
    expect(pythonCounts(tree, 'svc', ['docs/guide.md']).counts).toEqual(['docs/guide.md'])
  })
  it("the project's own pyproject.toml that could not be read widens, once", () => {
    const tree = makeTree(['svc/pyproject.toml', 'svc/a.py', 'docs/guide.md'])
    const r = pythonCounts(tree, 'svc', ['docs/guide.md'])
    expect(r.unresolved).toEqual([
      {
        what: 'svc/pyproject.toml could not be read, so its path dependencies are unknown',
        scope: '',
        file: 'svc/pyproject.toml'
      }
    ])
    expect(r.counts).toEqual(['docs/guide.md'])
  })
})
