import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { Git } from '../../src/git/git.js'
import { ChangedFiles } from '../../src/detect/path-globs.js'
import { rootOrigins, type RootQuestion } from '../../src/detect/renames.js'
import { commitAll, git, initRepo, tmpDir, writeFiles } from '../../test-support/git-fixture.js'

// One history: the tag's tree, then a head where folders were moved (as they were, or edited),
// copied, added, and two same-named folders removed for one new one.
let dir: string
let tagCommit: string
let headOid: string
let changed: ChangedFiles

beforeAll(async () => {
  dir = await tmpDir('renames-')
  await initRepo(dir)
  await writeFiles(dir, {
    'services/app/Dockerfile': 'FROM scratch\n',
    'services/app/main.go': 'package main\n',
    'old/api/Dockerfile': 'FROM alpine\n',
    'old/api/server.py': 'print(1)\n',
    'tools/db/Dockerfile': 'FROM postgres\n',
    'lib/worker/Dockerfile': 'FROM busybox\n',
    'x/web/index.html': '<p>x</p>\n',
    'y/web/index.html': '<p>y</p>\n',
    'p/ui/index.html': '<p>p</p>\n',
    'q/ui/index.html': '<p>q</p>\n'
  })
  tagCommit = await commitAll(dir, 'release')
  await writeFiles(dir, {
    // moved as it was
    'services/app/Dockerfile': null,
    'services/app/main.go': null,
    'apps/app/Dockerfile': 'FROM scratch\n',
    'apps/app/main.go': 'package main\n',
    // moved and edited
    'old/api/Dockerfile': null,
    'old/api/server.py': null,
    'apps/api/Dockerfile': 'FROM alpine\n',
    'apps/api/server.py': 'print(2)\n',
    // copied: the old folder is still there
    'apps/worker/Dockerfile': 'FROM busybox\n',
    // brand new
    'apps/new/Dockerfile': 'FROM scratch\n',
    // two same-named folders removed, one new one edited: no way to tell
    'x/web/index.html': null,
    'y/web/index.html': null,
    'apps/web/index.html': '<p>z</p>\n',
    // two same-named folders removed, the new one is exactly one of them
    'p/ui/index.html': null,
    'q/ui/index.html': null,
    'apps/ui/index.html': '<p>q</p>\n'
  })
  headOid = await commitAll(dir, 'moves')
  // As detection lists them: both sides of a move.
  const files = (await git(dir, ['diff', '--name-only', '--no-renames', tagCommit, headOid]))
    .split('\n')
    .filter((f) => f !== '')
  changed = new ChangedFiles(files, () => false)
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const ask = (root: string, names: string[], lazy = false): RootQuestion => ({
  tagCommit,
  headOid,
  root,
  names: new Set(names),
  files: lazy ? () => Promise.resolve(changed) : changed
})

describe('rootOrigins', () => {
  it('no questions, no lookups', async () => {
    const g = new Git(dir)
    expect(await rootOrigins(g, [], 2)).toEqual([])
  })

  it('tells existing, moved, edited, copied, new and ambiguous roots apart', async () => {
    const origins = await rootOrigins(
      new Git(dir),
      [
        ask('tools/db', ['db']),
        ask('apps/app', ['app']),
        ask('apps/api', ['api'], true),
        ask('apps/worker', ['worker']),
        ask('apps/new', ['new']),
        ask('apps/web', ['web']),
        ask('apps/ui', ['ui'], true)
      ],
      2
    )
    expect(origins).toEqual([
      { kind: 'existed' },
      { kind: 'moved', from: 'services/app', differ: new Set() },
      { kind: 'moved', from: 'old/api', differ: new Set(['apps/api/server.py']) },
      // lib/worker is still there: a copy is a new folder
      { kind: 'new' },
      { kind: 'new' },
      // x/web or y/web, both edited: neither is taken
      { kind: 'new' },
      // p/ui or q/ui: the one with the very same content
      { kind: 'moved', from: 'q/ui', differ: new Set() }
    ])
  })

  it('roots that all existed at the tag need no second lookup', async () => {
    expect(
      await rootOrigins(new Git(dir), [ask('tools/db', ['db']), ask('lib/worker', ['worker'])], 1)
    ).toEqual([{ kind: 'existed' }, { kind: 'existed' }])
  })

  it('a root missing at the head too is new', async () => {
    expect(await rootOrigins(new Git(dir), [ask('apps/gone', ['app'])], 1)).toEqual([
      { kind: 'new' }
    ])
  })

  it('does not take the root itself, a folder above it or below it as its origin', async () => {
    // `apps` holds the new root: a folder named `apps` in the changes is not where it came from.
    expect(await rootOrigins(new Git(dir), [ask('apps/new', ['apps', 'new'])], 1)).toEqual([
      { kind: 'new' }
    ])
  })
})
