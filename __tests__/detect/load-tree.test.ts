import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rm, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { Git } from '../../src/git/git.js'
import { BUILD_FILE_MAX_BYTES } from '../../src/git/cat-file.js'
import { loadTree } from '../../src/detect/load-tree.js'
import type { SourceTree } from '../../src/detect/build/types.js'
import { commitAll, git, initRepo, tmpDir, writeFiles } from '../../test-support/git-fixture.js'

// One repository: regular build files, symbolic links among them (inside, behind another
// file, outside the repository, unwanted) and two objects over the size bound.
let dir: string
let tree: SourceTree

beforeAll(async () => {
  dir = await tmpDir('load-tree-')
  await initRepo(dir)
  await writeFiles(dir, {
    'app/Dockerfile': 'FROM scratch\nCOPY . /app\n',
    'app/main.go': 'package main\n',
    'docker/java.df': 'FROM eclipse-temurin\n',
    'shared/Dockerfile': 'FROM alpine\n',
    'docs/guide.md': '# guide\n',
    'big/Dockerfile': `FROM scratch\n#${'x'.repeat(BUILD_FILE_MAX_BYTES)}\n`
  })
  // A wanted file that is a link to a file no provider wants: read at its target, by path.
  await writeFiles(dir, { 'svc/.keep': '' })
  await symlink('../docker/java.df', join(dir, 'svc/Dockerfile'))
  // A wanted link to a file that is read anyway: no second read.
  await writeFiles(dir, { 'api/.keep': '', 'out/.keep': '' })
  await symlink('../shared/Dockerfile', join(dir, 'api/Dockerfile'))
  // A wanted link that leads outside the repository.
  await symlink('../../etc/Dockerfile', join(dir, 'out/Dockerfile'))
  // A link no provider wants.
  await symlink('guide.md', join(dir, 'docs/README.md'))
  await commitAll(dir, 'initial')
  // A link whose blob is over the size bound (git stores any bytes as a link's target).
  const oid = (
    await git(dir, ['hash-object', '-w', '--stdin'], {
      input: 'y'.repeat(BUILD_FILE_MAX_BYTES + 1)
    })
  ).trim()
  await git(dir, ['update-index', '--add', '--cacheinfo', `120000,${oid},huge/Dockerfile`])
  await git(dir, ['commit', '-m', 'huge link'])
  const head = (await git(dir, ['rev-parse', 'HEAD'])).trim()
  tree = await loadTree(new Git(dir), head)
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('loadTree', () => {
  it('lists every file and link of the commit', () => {
    expect(tree.files).toEqual([
      'api/.keep',
      'api/Dockerfile',
      'app/Dockerfile',
      'app/main.go',
      'big/Dockerfile',
      'docker/java.df',
      'docs/README.md',
      'docs/guide.md',
      'huge/Dockerfile',
      'out/.keep',
      'out/Dockerfile',
      'shared/Dockerfile',
      'svc/.keep',
      'svc/Dockerfile'
    ])
    expect(tree.links).toEqual([
      'api/Dockerfile',
      'docs/README.md',
      'huge/Dockerfile',
      'out/Dockerfile',
      'svc/Dockerfile'
    ])
  })

  it('reads the build files the providers want, and only those', () => {
    expect(tree.read('app/Dockerfile')).toBe('FROM scratch\nCOPY . /app\n')
    expect(tree.read('shared/Dockerfile')).toBe('FROM alpine\n')
    expect(tree.read('app/main.go')).toBeUndefined()
    expect(tree.read('docs/guide.md')).toBeUndefined()
  })

  it('leaves a build file over the size bound unread, though it is listed', () => {
    expect(tree.hasFile('big/Dockerfile')).toBe(true)
    expect(tree.read('big/Dockerfile')).toBeUndefined()
  })

  it('reads a wanted link at its target, also when no provider wants the target itself', () => {
    expect(tree.linkTarget('svc/Dockerfile')).toBe('../docker/java.df')
    expect(tree.read('svc/Dockerfile')).toBe('FROM eclipse-temurin\n')
    expect(tree.read('api/Dockerfile')).toBe('FROM alpine\n')
  })

  it('keeps the target of a link that leads outside, which reads as nothing', () => {
    expect(tree.linkTarget('out/Dockerfile')).toBe('../../etc/Dockerfile')
    expect(tree.read('out/Dockerfile')).toBeUndefined()
  })

  it('keeps the target of an unwanted link, and does not read what it leads to', () => {
    expect(tree.linkTarget('docs/README.md')).toBe('guide.md')
    expect(tree.read('docs/README.md')).toBeUndefined()
  })

  it('a link whose blob is over the size bound has an empty, unusable target', () => {
    expect(tree.linkTarget('huge/Dockerfile')).toBe('')
    expect(tree.read('huge/Dockerfile')).toBeUndefined()
  })
})
