// pip requirements files: what each line names (readRequirements, localPath), a local path as a
// repository path (localRepoPath), and what the provider does with each: an include followed, a
// path counted, one outside the repository warned about or widened for.
import { describe, expect, it } from '@jest/globals'
import {
  isRequirementsFile,
  localPath,
  localRepoPath,
  readRequirements
} from '../../../../src/detect/build/python/requirements.js'
import { makeTree } from '../../../../src/detect/build/tree.js'
import { pythonCounts } from '../../../../test-support/python.js'
import { treeOf } from '../../../../test-support/tree.js'

describe('readRequirements', () => {
  it.each([
    [
      'a bare archive name in the folder',
      'pkg-1.0-py3-none-any.whl',
      [['path', 'pkg-1.0-py3-none-any.whl']]
    ],
    ['an sdist by a relative path', './dist/pkg-1.0.tar.gz', [['path', './dist/pkg-1.0.tar.gz']]],
    ['-e with a VCS URL names nothing', '-e git+https://h/x.git#egg=x', []],
    ['-f with an index URL names nothing', '-f https://h/wheels/', []],
    ['--find-links= a folder', '--find-links=../wheels', [['path', '../wheels']]],
    ['-f a folder without a slash', '-f wheels', [['path', 'wheels']]],
    [
      '--editable a path with options after it',
      '--editable ../lib --config-settings x=1',
      [['path', '../lib']]
    ],
    ['--constraint=', '--constraint=c.txt', [['include', 'c.txt']]],
    [
      'other options, hashes and registry names',
      '--index-url https://h/simple\n-i https://h\n--pre\nflask==3 --hash=sha256:x\nrequests[socks]>=2',
      []
    ],
    ['a name @ a URL', 'x @ https://h/x.whl', []],
    ['a name @ a path in the folder, with extras', 'x[a,b] @ ./x', [['path', './x']]],
    [
      'a CRLF file',
      '-r a.txt\r\n../lib\r\n',
      [
        ['include', 'a.txt'],
        ['path', '../lib']
      ]
    ],
    ['a # in a URL fragment is no comment', 'file:../lib#egg=lib', [['path', 'file:../lib']]]
  ])('%s', (_name, text, want) => {
    expect(readRequirements(text).map((r) => [r.kind, r.value])).toEqual(want)
  })
  it('gives the first line of a continued line, and what was written', () => {
    expect(readRequirements('\nflask \\\n  --hash=x\n-e \\\n  ../lib\n')).toEqual([
      { kind: 'path', value: '../lib', line: 4, written: '-e ../lib' }
    ])
  })
})

describe('localPath', () => {
  it.each([
    ['libs/shared', 'libs/shared'],
    ['~/lib', '~/lib'],
    ['${ROOT}/lib', '${ROOT}/lib'],
    ['{root:uri}/lib', '{root:uri}/lib'],
    ['/abs/lib', '/abs/lib'],
    ['git+ssh://h/x', undefined],
    ['hg+https://h/x', undefined],
    ['x @ libs/shared', undefined],
    ['flask', undefined],
    ['archive.zip', 'archive.zip'],
    ['a:b.zip', undefined]
  ])('%j: %j', (spec, want) => {
    expect(localPath(spec)).toBe(want)
  })
})

describe('localRepoPath', () => {
  it.each([
    ['../lib', 'svc/sub', 'svc', { path: 'svc/lib' }],
    ['./a/./b/', 'svc', 'svc', { path: 'svc/a/b' }],
    ['file:../lib', 'svc', 'svc', { path: 'lib' }],
    ['${PROJECT_ROOT}/../lib', 'svc/requirements', 'svc', { path: 'lib' }],
    ['file:///${PROJECT_ROOT}/lib', 'elsewhere', 'svc', { path: 'svc/lib' }],
    ['{root:uri}/lib', 'x', 'svc/p', { path: 'svc/p/lib' }],
    ['{root:parent:uri}/lib', 'x', 'svc', { path: 'svc/lib' }],
    ['{root}/..', 'x', 'svc', { path: '' }],
    ['/opt/lib', 'svc', 'svc', { error: 'is an absolute path, outside the repository' }],
    ['file:///opt/lib', 'svc', 'svc', { error: 'is an absolute path, outside the repository' }],
    [
      'file://localhost/opt/lib',
      'svc',
      'svc',
      { error: 'is an absolute path, outside the repository' }
    ],
    ['~/lib', 'svc', 'svc', { error: 'uses a variable' }],
    ['%LIBS%/x', 'svc', 'svc', { error: 'uses a variable' }],
    ['{other}/x', 'svc', 'svc', { error: 'uses a variable' }],
    ['../../x', 'svc', 'svc', { error: 'leaves the repository' }]
  ])('%j from %j (project %j)', (value, base, project, want) => {
    expect(localRepoPath(value, base, project)).toEqual(want)
  })
})

describe('isRequirementsFile', () => {
  it.each([
    ['requirements.txt', true],
    ['a/dev-requirements.in', true],
    ['a/Constraints.txt', true],
    ['a/reqs-prod.txt', true],
    ['a/requirements/base.txt', true],
    ['a/requirements/base.cfg', false],
    ['a/notes.txt', false],
    ['a/requirements.md', false]
  ])('%s: %s', (path, want) => {
    expect(isRequirementsFile(path)).toBe(want)
  })
})

describe('what the provider does with a requirements file', () => {
  const base = { 'svc/app.py': '', 'libs/b/b.py': '', 'docs/guide.md': '' }
  it('an include not in the tree is a warning, and widens nothing', () => {
    const r = pythonCounts(
      treeOf({ ...base, 'svc/requirements.txt': '-r gone.txt\n-e ../libs/b\n' }),
      'svc'
    )
    expect(r.counts).toEqual(['libs/b/b.py', 'svc/app.py', 'svc/requirements.txt'])
    expect(r.warnings).toEqual([
      'svc/gone.txt (-r gone.txt in svc/requirements.txt line 1) is not in the tree'
    ])
  })
  it('an include that is in the tree but could not be read widens to the whole repository', () => {
    const texts = new Map([['svc/requirements.txt', '-r big.txt\n']])
    const tree = makeTree([...Object.keys(base), 'svc/requirements.txt', 'svc/big.txt'], texts)
    const r = pythonCounts(tree, 'svc')
    expect(r.counts).toContain('docs/guide.md')
    expect(r.warnings.join('\n')).toContain('svc/big.txt could not be read')
  })
  it.each([
    [
      'a variable',
      '-r ${REQS}/base.txt',
      'svc/requirements.txt line 1: ${REQS}/base.txt uses a variable'
    ],
    [
      'a path leaving the repository',
      '-c ../../../c.txt',
      'svc/requirements.txt line 1: ../../../c.txt leaves the repository'
    ]
  ])('an include with %s widens to the whole repository', (_name, line, words) => {
    const r = pythonCounts(treeOf({ ...base, 'svc/requirements.txt': `${line}\n` }), 'svc')
    expect(r.counts).toContain('docs/guide.md')
    expect(r.warnings.join('\n')).toContain(words)
  })
  it('an absolute path is a warning: what is not in the repository cannot be compared', () => {
    const r = pythonCounts(
      treeOf({ ...base, 'svc/requirements.txt': '-e /opt/lib\n-e ../libs/b\n' }),
      'svc'
    )
    expect(r.counts).toEqual(['libs/b/b.py', 'svc/app.py', 'svc/requirements.txt'])
    expect(r.warnings).toEqual([
      'svc/requirements.txt: /opt/lib is an absolute path, outside the repository; it is not followed'
    ])
  })
  it('an include above the project counts that file, and what it names', () => {
    const r = pythonCounts(
      treeOf({
        ...base,
        'svc/requirements.txt': '-r ../reqs/base.txt\n',
        'reqs/base.txt': '-e ${PROJECT_ROOT}/../libs/b\n'
      }),
      'svc'
    )
    expect(r.counts).toEqual(['libs/b/b.py', 'reqs/base.txt', 'svc/app.py', 'svc/requirements.txt'])
    expect(r.warnings).toEqual([])
  })
  it('one included twice, or including itself, is read once', () => {
    const r = pythonCounts(
      treeOf({
        ...base,
        'svc/requirements.txt': '-r requirements.txt\n-r a.txt\n-r a.txt\n',
        'svc/a.txt': '-r requirements.txt\n-e ../libs/b\n'
      }),
      'svc'
    )
    expect(r.counts).toEqual(['libs/b/b.py', 'svc/a.txt', 'svc/app.py', 'svc/requirements.txt'])
    expect(r.warnings).toEqual([])
  })
})
