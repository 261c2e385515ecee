// resolveCommits and missingTagAnswers against real repositories: a bare repository is the
// remote, a depth-1 clone without tags (as actions/checkout makes) the checkout.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Git } from '../../src/git/git.js'
import { privateTagRef } from '../../src/util/refs.js'
import {
  DetectError,
  missingTagAnswers,
  resolveCommits,
  type TagTrouble
} from '../../src/detect/tag-commits.js'
import {
  cloneDepth1,
  commitAll,
  git,
  initBareFrom,
  initRepo,
  tag,
  tmpDir,
  writeFiles
} from '../../test-support/git-fixture.js'

let root: string
let src: string
let bare: string
/** v1.0.0 (lightweight), v2.0.0 (annotated), rc/1, and tree-tag (a tag of a tree, not a commit). */
let c1: string
let c2: string
let c3: string
let tree: string
let n = 0

beforeAll(async () => {
  root = await tmpDir('vro-tag-commits-')
  src = join(root, 'src')
  await initRepo(src)
  await writeFiles(src, { 'a.txt': '1' })
  c1 = await commitAll(src, 'one')
  await tag(src, 'v1.0.0')
  await writeFiles(src, { 'a.txt': '2' })
  c2 = await commitAll(src, 'two')
  await tag(src, 'v2.0.0', { annotated: true })
  await tag(src, 'rc/1')
  tree = (await git(src, ['rev-parse', 'HEAD^{tree}'])).trim()
  await git(src, ['tag', 'tree-tag', tree])
  await writeFiles(src, { 'a.txt': '3' })
  c3 = await commitAll(src, 'three')
  bare = join(root, 'bare.git')
  await initBareFrom(src, bare)
  // Serves blob filters, as GitHub does (git's default is to ignore them).
  await git(bare, ['config', 'uploadpack.allowFilter', 'true'])
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

/** A depth-1 clone of main from `remote` (default: the shared bare repository). */
async function shallowClone(remote = bare): Promise<Git> {
  const dir = join(root, `clone${n++}`)
  await cloneDepth1(remote, dir, 'main')
  return new Git(dir)
}

/** A copy of the bare repository, with `config` set in it. */
async function bareWith(config: Record<string, string>): Promise<string> {
  const copy = join(root, `bare${n++}.git`)
  await git(root, ['clone', '--quiet', '--bare', pathToFileURL(bare).href, copy])
  for (const [k, v] of Object.entries(config)) await git(copy, ['config', k, v])
  return copy
}

/** The objects of a commit that the repository lacks, found without fetching them. */
async function missingObjects(dir: string, commit: string): Promise<string[]> {
  const out = await git(dir, ['rev-list', '--objects', '--no-walk', '--missing=print', commit])
  return out
    .split('\n')
    .filter((l) => l.startsWith('?'))
    .map((l) => l.slice(1))
}

describe('resolveCommits', () => {
  it('finds the head and the tags of the checkout without fetching', async () => {
    const g = new Git(src)
    const seen: string[] = []
    const warnings: string[] = []
    const found = await resolveCommits(g, 'origin', 'HEAD', ['v1.0.0', 'v2.0.0'], warnings, (o) =>
      seen.push(o)
    )
    expect(found.headOid).toBe(c3)
    // The annotated tag is peeled to its commit.
    expect([...found.commits]).toEqual([
      ['v1.0.0', c1],
      ['v2.0.0', c2]
    ])
    expect(found.troubles.size).toBe(0)
    expect(g.fetches).toBe(0)
    expect(seen).toEqual([])
    expect(warnings).toEqual([])
  })

  it('fetches the missing tags of a shallow checkout in one fetch, privately, staying shallow', async () => {
    const g = await shallowClone()
    const seen: string[] = []
    const warnings: string[] = []
    const found = await resolveCommits(g, 'origin', 'HEAD', ['v1.0.0', 'v2.0.0'], warnings, (o) =>
      seen.push(o)
    )
    expect(found.headOid).toBe(c3)
    expect(found.commits.get('v1.0.0')).toBe(c1)
    expect(found.commits.get('v2.0.0')).toBe(c2)
    expect(found.troubles.size).toBe(0)
    expect(g.fetches).toBe(1)
    expect(seen).toEqual([c3])
    expect(warnings).toEqual([])
    expect(await g.isShallow()).toBe(true)
    // Into the private namespace, not refs/tags.
    expect(await g.lookup([`${privateTagRef('v1.0.0')}^{commit}`, 'refs/tags/v1.0.0'])).toEqual([
      { oid: c1, type: 'commit' },
      undefined
    ])
    // Without blobs: the tagged commit's file is not in the checkout (asked without fetching it
    // lazily, as cat-file would from the promisor remote the filtered fetch made of origin).
    const blob = (await git(src, ['rev-parse', `${c1}:a.txt`])).trim()
    expect(await missingObjects(g.cwd, c1)).toEqual([blob])
    // A second resolution finds them in the private refs without fetching again.
    const again = await resolveCommits(g, 'origin', 'HEAD', ['v1.0.0', 'v2.0.0'], [])
    expect([...again.commits.values()]).toEqual([c1, c2])
    expect(g.fetches).toBe(1)
  })

  it('fetches without depth or filter in a full checkout, which stays full', async () => {
    const dir = join(root, `full${n++}`)
    await git(root, ['clone', '--quiet', '--no-tags', pathToFileURL(bare).href, dir])
    const g = new Git(dir)
    const found = await resolveCommits(g, 'origin', 'HEAD', ['v1.0.0'], [])
    expect(found.commits.get('v1.0.0')).toBe(c1)
    expect(g.fetches).toBe(1)
    expect(await g.isShallow()).toBe(false)
    // The whole history and its blobs are there.
    expect((await g.lookup([`${c1}:a.txt`]))[0]?.type).toBe('blob')
  })

  it('drops the refs the remote lacks and fetches the rest', async () => {
    const g = await shallowClone()
    const warnings: string[] = []
    const found = await resolveCommits(
      g,
      'origin',
      'HEAD',
      ['v9.9.9', 'v1.0.0', 'v8.8.8', 'v2.0.0'],
      warnings
    )
    expect([...found.commits]).toEqual([
      ['v1.0.0', c1],
      ['v2.0.0', c2]
    ])
    const notFound: TagTrouble = { kind: 'not-found', detail: 'not on origin either' }
    expect(found.troubles.get('v9.9.9')).toEqual(notFound)
    expect(found.troubles.get('v8.8.8')).toEqual(notFound)
    expect(found.troubles.size).toBe(2)
    // git names one missing ref per failure: one fetch per missing tag, then the rest.
    expect(g.fetches).toBe(3)
    expect(warnings).toEqual([])
  })

  it('a remote that is configured but leads nowhere is a failed fetch, not a missing remote', async () => {
    const g = await shallowClone()
    await g.output(['remote', 'add', 'broken', '/nonexistent/path/to/origin.git'])
    const found = await resolveCommits(g, 'broken', 'HEAD', ['v1.0.0', 'v2.0.0'], [])
    for (const t of ['v1.0.0', 'v2.0.0']) {
      expect(found.troubles.get(t)).toEqual({
        kind: 'error',
        detail: expect.stringMatching(
          /^fetching it from broken failed: fatal: '\/nonexistent\/path\/to\/origin\.git' does not appear to be a git repository/
        )
      })
    }
    expect(g.fetches).toBe(1)
  })

  it('answers every tag as not found when there is no such remote', async () => {
    const g = await shallowClone()
    const found = await resolveCommits(g, 'upstream', 'HEAD', ['v1.0.0', 'v2.0.0'], [])
    expect(found.commits.size).toBe(0)
    for (const t of ['v1.0.0', 'v2.0.0']) {
      expect(found.troubles.get(t)).toEqual({
        kind: 'not-found',
        detail: 'there is no remote upstream to fetch it from'
      })
    }
    expect(g.fetches).toBe(1)
  })

  it('fetches again with blobs, and says so, when the remote refuses blob filters', async () => {
    const refusing = await bareWith({
      'uploadpack.allowFilter': 'true',
      'uploadpackfilter.allow': 'false'
    })
    const g = await shallowClone(refusing)
    const warnings: string[] = []
    const found = await resolveCommits(g, 'origin', 'HEAD', ['v1.0.0', 'v9.9.9'], warnings)
    expect(found.commits.get('v1.0.0')).toBe(c1)
    expect(found.troubles.get('v9.9.9')).toEqual({
      kind: 'not-found',
      detail: 'not on origin either'
    })
    // Once: the fetches after the refusal go without the filter.
    expect(warnings).toEqual(['origin refused --filter=blob:none; fetching tags with their blobs'])
    expect(g.fetches).toBe(3)
    // Fetched with its blobs.
    expect(await missingObjects(g.cwd, c1)).toEqual([])
  })

  it('a remote that ignores blob filters (allowFilter false) needs no second fetch', async () => {
    const ignoring = await bareWith({ 'uploadpack.allowFilter': 'false' })
    const g = await shallowClone(ignoring)
    const warnings: string[] = []
    const found = await resolveCommits(g, 'origin', 'HEAD', ['v1.0.0'], warnings)
    expect(found.commits.get('v1.0.0')).toBe(c1)
    // git warns and fetches the blobs anyway; the fetch succeeds, so there is nothing to say.
    expect(warnings).toEqual([])
    expect(g.fetches).toBe(1)
  })

  it('a remote that ignores blob filters is not said to refuse them when a fetch fails otherwise', async () => {
    // Regression: git's "filtering not recognized by server, ignoring" warning was read as a
    // refused filter, which cost a fetch and told the user the remote refused the filter.
    const ignoring = await bareWith({ 'uploadpack.allowFilter': 'false' })
    const g = await shallowClone(ignoring)
    await git(g.cwd, ['update-ref', privateTagRef('rc'), 'HEAD'])
    const warnings: string[] = []
    const found = await resolveCommits(g, 'origin', 'HEAD', ['rc/1', 'v1.0.0'], warnings)
    expect(found.commits.get('v1.0.0')).toBe(c1)
    expect(found.troubles.get('rc/1')?.kind).toBe('error')
    expect(warnings).toEqual([])
    expect(g.fetches).toBe(3)
  })

  it('falls back to one fetch per tag when a fetch fails otherwise, so only the bad tag fails', async () => {
    const g = await shallowClone()
    // A local ref where the private ref of rc/1 would need a folder: that one cannot be written.
    await git(g.cwd, ['update-ref', privateTagRef('rc'), 'HEAD'])
    const found = await resolveCommits(g, 'origin', 'HEAD', ['rc/1', 'v1.0.0', 'v2.0.0'], [])
    expect([...found.commits]).toEqual([
      ['v1.0.0', c1],
      ['v2.0.0', c2]
    ])
    const trouble = found.troubles.get('rc/1')
    expect(trouble?.kind).toBe('error')
    expect(trouble?.detail).toMatch(
      /^fetching it from origin failed: error: cannot lock ref 'refs\/vro-image-version\/tags\/rc\/1'/
    )
    expect(found.troubles.size).toBe(1)
    // The group, then each tag alone.
    expect(g.fetches).toBe(4)
  })

  it('calls a tag that is not of a commit an error after fetching it', async () => {
    const g = await shallowClone()
    const found = await resolveCommits(g, 'origin', 'HEAD', ['tree-tag', 'v1.0.0'], [])
    expect(found.commits.get('v1.0.0')).toBe(c1)
    expect(found.troubles.get('tree-tag')).toEqual({
      kind: 'error',
      detail: 'refs/tags/tree-tag does not point to a commit after fetching it'
    })
  })

  it('fetches a head commit that the checkout lacks by its sha', async () => {
    const dir = join(root, `behind${n++}`)
    await git(root, [
      'clone',
      '--quiet',
      '--depth=1',
      '--no-tags',
      '--branch',
      'v1.0.0',
      pathToFileURL(bare).href,
      dir
    ])
    const g = new Git(dir)
    expect((await g.lookup([`${c3}^{commit}`]))[0]).toBeUndefined()
    const seen: string[] = []
    const found = await resolveCommits(g, 'origin', c3, ['v2.0.0'], [], (o) => seen.push(o))
    expect(found.headOid).toBe(c3)
    expect(found.commits.get('v2.0.0')).toBe(c2)
    // One fetch for the head and the tag; the head was not there to report before it.
    expect(g.fetches).toBe(1)
    expect(seen).toEqual([])
  })

  it('refuses a head that is neither in the checkout nor a full sha', async () => {
    const g = await shallowClone()
    await expect(resolveCommits(g, 'origin', 'no-such-branch', ['v1.0.0'], [])).rejects.toThrow(
      new DetectError(
        `The head "no-such-branch" is not a commit of the checkout in ${g.cwd}; ` +
          'check out the branch (actions/checkout) or pass a full commit sha'
      )
    )
    expect(g.fetches).toBe(0)
  })

  it('fails when the head commit cannot be fetched', async () => {
    const g = await shallowClone()
    const missing = '1234567890'.repeat(4)
    const error = await resolveCommits(g, 'origin', missing, [], []).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DetectError)
    expect((error as Error).message).toMatch(
      new RegExp(`^The head commit ${missing} is not in the checkout and could not be fetched: `)
    )
  })

  it('fails when the fetched head is not a commit', async () => {
    const g = await shallowClone()
    await expect(resolveCommits(g, 'origin', tree, [], [])).rejects.toThrow(
      new DetectError(`The head commit ${tree} could not be found after fetching it`)
    )
    expect(g.fetches).toBe(1)
  })
})

describe('missingTagAnswers', () => {
  const notFound: TagTrouble = { kind: 'not-found', detail: 'not on origin either' }

  it('unpins by default, keeps on keep, with a warning naming the images', () => {
    const warnings: string[] = []
    expect(missingTagAnswers(notFound, 'v9', ['app', 'api'], 'unpin', warnings)).toEqual({
      changed: true,
      reason:
        'tag v9 was not found in the checkout, not on origin either; ' +
        'unpinned so that the image is rebuilt (on-missing-tag: unpin)'
    })
    expect(missingTagAnswers(notFound, 'v9', ['app'], 'keep', warnings)).toEqual({
      changed: false,
      reason:
        'tag v9 was not found in the checkout, not on origin either; pin kept (on-missing-tag: keep)'
    })
    expect(warnings).toEqual([
      'tag v9 was not found in the checkout, not on origin either; pinned for app, api (on-missing-tag: unpin)',
      'tag v9 was not found in the checkout, not on origin either; pinned for app (on-missing-tag: keep)'
    ])
  })

  it('throws on fail, naming the tag, the images and the input', () => {
    const warnings: string[] = []
    expect(() => missingTagAnswers(notFound, 'v9', ['app', 'api'], 'fail', warnings)).toThrow(
      new DetectError(
        'Tag v9, pinned for app, api, was not found in the checkout and not on origin either. ' +
          'Push the tag, re-pin these images, or set the input on-missing-tag to unpin or keep.'
      )
    )
    expect(warnings).toEqual([])
  })

  it.each(['unpin', 'keep', 'fail'] as const)(
    'answers a tag that could not be fetched as unknown, whatever the policy (%s)',
    (policy) => {
      const warnings: string[] = []
      const trouble: TagTrouble = { kind: 'error', detail: 'fetching it from origin failed: x' }
      expect(missingTagAnswers(trouble, 'v2', ['app'], policy, warnings)).toEqual({
        changed: null,
        reason:
          'tag v2 is not in the checkout and fetching it from origin failed: x; cannot compare'
      })
      expect(warnings).toEqual([
        'Tag v2 (pinned for app) could not be fetched: fetching it from origin failed: x'
      ])
    }
  )
})
