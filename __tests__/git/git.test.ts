import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { rm } from 'node:fs/promises'
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BatchParser, parseBatchCheck } from '../../src/git/cat-file.js'
import { parseNameStatus, splitNul } from '../../src/git/diff.js'
import { classifyFetchFailure, fetchComplaint, missingRemoteRefs } from '../../src/git/fetch.js'
import { Git } from '../../src/git/git.js'
import { LsTreeParser } from '../../src/git/ls-tree.js'
import { GitError, lastLine } from '../../src/git/process.js'
import {
  ensureBranchCommit,
  hasRemote,
  knownTags,
  RemoteError,
  remoteTags
} from '../../src/git/remote.js'
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
import { parseBatch, parseLsTree } from '../../test-support/git-output.js'

const A = 'a'.repeat(40)
const B = 'b'.repeat(40)

describe('pure parsing', () => {
  it('splits -z output, keeping newlines and unicode in paths', () => {
    expect(splitNul('a\0b c\0we\nird\0ü/€\0')).toEqual(['a', 'b c', 'we\nird', 'ü/€'])
    expect(splitNul(Buffer.from('x\0', 'utf8'))).toEqual(['x'])
    expect(splitNul('')).toEqual([])
    // A last entry without its NUL is kept.
    expect(splitNul('a\0b')).toEqual(['a', 'b'])
  })

  it('parses --name-status fields: every path, and those that were there before', () => {
    const fields = ['M', 'a', 'A', 'new', 'D', 'gone', 'T', 'link', 'A']
    expect(parseNameStatus(fields)).toEqual({
      paths: ['a', 'new', 'gone', 'link'],
      before: ['a', 'gone', 'link']
    })
    expect(parseNameStatus([])).toEqual({ paths: [], before: [] })
  })

  it('parses cat-file --batch: blob contents by their sizes, whatever bytes they hold', () => {
    const data = Buffer.concat([
      Buffer.from(`${A} blob 5\nab\ncd\n`),
      Buffer.from(`${B} missing\n`),
      Buffer.from(`${B} tree 3\nxyz\n`),
      Buffer.from(`${A} blob 3\n`),
      Buffer.from([0, 0x0a, 0xff]),
      Buffer.from('\n')
    ])
    const out = parseBatch(data, 5)
    expect(out.map((b) => b?.toString('latin1'))).toEqual([
      'ab\ncd',
      undefined,
      undefined,
      '\0\n\xff',
      undefined
    ])
    // Output that ends inside a header.
    expect(parseBatch(Buffer.from(`${A} blob 1\nx\n${B} bl`), 2)).toEqual([
      Buffer.from('x'),
      undefined
    ])
  })

  it('parses ls-tree -r -z entries: every path, blob ids only of wanted blobs', () => {
    const out =
      `100644 blob ${A}\ta/Dockerfile\0` +
      `160000 commit ${B}\tsub/Dockerfile\0` +
      `100644 blob ${B}\tta\tb/x y\0` +
      `120000 blob ${A}\tü/€\nline\0`
    const { files, blobs, links } = parseLsTree(
      out,
      (p) => p.endsWith('Dockerfile') || p.includes('\t')
    )
    expect(files).toEqual(['a/Dockerfile', 'sub/Dockerfile', 'ta\tb/x y', 'ü/€\nline'])
    expect([...blobs]).toEqual([
      ['a/Dockerfile', A],
      ['ta\tb/x y', B]
    ])
    // Every symbolic link is kept, wanted or not, and never as a blob to read as a build file.
    expect([...links]).toEqual([['ü/€\nline', A]])
    expect([...parseLsTree(`120000 blob ${B}\tapp/Dockerfile\0`, () => true).blobs]).toEqual([])
    expect(parseLsTree('', () => true)).toEqual({ files: [], blobs: new Map(), links: new Map() })
  })

  it('keeps every path of an ls-tree output cut short or malformed, and no id it cannot read', () => {
    // The last entry without its NUL is still an entry: its path counts.
    expect(parseLsTree(`100644 blob ${A}\ta\u0000100644 blob ${B}\tlast`, () => true)).toEqual({
      files: ['a', 'last'],
      blobs: new Map([
        ['a', A],
        ['last', B]
      ]),
      links: new Map()
    })
    // An entry with no object id lists its path; nothing is read for it.
    expect(parseLsTree(`100644 blob\tx\u0000120000 blob\tl\0`, () => true)).toEqual({
      files: ['x', 'l'],
      blobs: new Map(),
      links: new Map()
    })
  })

  it('parses ls-tree output the same however it is cut into chunks', () => {
    const char = fc.constantFrom('a', 'z', 'é', '€', '😀', ' ', '\t', '\n', '.', '-')
    const name = fc.array(char, { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''))
    const entry = fc.record({
      path: fc.array(name, { minLength: 1, maxLength: 3 }),
      oid: fc.constantFrom(A, B)
    })
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), fc.array(fc.nat(400)), (entries, cuts) => {
        const text = entries.map((e) => `100644 blob ${e.oid}\t${e.path.join('/')}\0`).join('')
        const bytes = Buffer.from(text, 'utf8')
        const want = (p: string): boolean => p.length % 2 === 0
        const parser = new LsTreeParser(want)
        let at = 0
        for (const cut of [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort(
          (a, b) => a - b
        )) {
          parser.write(bytes.subarray(at, cut))
          at = cut
        }
        parser.write(bytes.subarray(at))
        expect(parser.end()).toEqual(parseLsTree(bytes, want))
        expect(parseLsTree(bytes, want).files).toEqual(entries.map((e) => e.path.join('/')))
      })
    )
  })

  it('parses cat-file --batch-check lines in order', () => {
    const text = `${A} commit\nrefs/tags/v9^{commit} missing\n${B} tree\nx:y ambiguous\n`
    expect(parseBatchCheck(text, 4)).toEqual([
      { oid: A, type: 'commit' },
      undefined,
      { oid: B, type: 'tree' },
      undefined
    ])
    expect(parseBatchCheck('', 2)).toEqual([undefined, undefined])
    expect(parseBatchCheck(`${'c'.repeat(64)} blob\n`, 1)).toEqual([
      { oid: 'c'.repeat(64), type: 'blob' }
    ])
  })

  it('classifies fetch failures', () => {
    expect(classifyFetchFailure("fatal: couldn't find remote ref refs/tags/v9.9.9")).toBe(
      'missing-ref'
    )
    expect(classifyFetchFailure('fatal: filter blob:none not supported by server')).toBe('filter')
    expect(classifyFetchFailure('error: filtering not recognized by server')).toBe('filter')
    expect(classifyFetchFailure("fatal: 'origin' does not appear to be a git repository")).toBe(
      'no-remote'
    )
    expect(classifyFetchFailure('fatal: unable to access: Could not resolve host')).toBe('other')
    // What git 2.39 writes when the server refuses the filter (uploadpackfilter.allow false).
    expect(
      classifyFetchFailure(
        "fatal: remote error: filter 'blob:none' not supported\nfatal: filter 'blob:none' not supported\n"
      )
    ).toBe('filter')
    // A server that ignores filters: git warns and goes on; what failed is something else.
    expect(
      classifyFetchFailure(
        'warning: filtering not recognized by server, ignoring\n' +
          "error: cannot lock ref 'refs/x/rc/1': 'refs/x/rc' exists; cannot create 'refs/x/rc/1'\n" +
          'error: some local refs could not be updated\n'
      )
    ).toBe('other')
    // The words on different lines are not a refused filter.
    expect(classifyFetchFailure('fatal: filter-branch\nfatal: protocol not supported')).toBe(
      'other'
    )
    expect(missingRemoteRefs("fatal: couldn't find remote ref refs/tags/v1.0.0\n")).toEqual([
      'refs/tags/v1.0.0'
    ])
    expect(lastLine('warning: x\nfatal: y\n\n')).toBe('fatal: y')
    expect(lastLine('')).toBe('')
  })
})

describe('Git on a real repository', () => {
  let root: string
  let dir: string
  let first: string
  let second: string
  beforeAll(async () => {
    root = await tmpDir('vro-git-')
    dir = join(root, 'repo')
    await initRepo(dir)
    await writeFiles(dir, { 'a/x.txt': '1', 'a/b/y.txt': '1', 'c d/z.txt': '1', '-dash/f': '1' })
    first = await commitAll(dir, 'one')
    await tag(dir, 'v1.0.0')
    await writeFiles(dir, { 'a/x.txt': '2', 'new\nline/ü.txt': '1', '-dash/f': '2' })
    second = await commitAll(dir, 'two')
  })
  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  it('looks up revisions in one process', async () => {
    const g = new Git(dir)
    const infos = await g.lookup([
      'HEAD^{commit}',
      'refs/tags/v1.0.0^{commit}',
      'refs/tags/v2^{commit}',
      `${first}:a`,
      'bad\nspec'
    ])
    expect(infos[0]).toEqual({ oid: second, type: 'commit' })
    expect(infos[1]).toEqual({ oid: first, type: 'commit' })
    expect(infos[2]).toBeUndefined()
    expect(infos[3]?.type).toBe('tree')
    expect(infos[4]).toBeUndefined()
    expect(g.processes).toBe(1)
  })

  it('lists files and diffs names, with odd paths', async () => {
    const g = new Git(dir)
    const { files } = await g.listFilesAndBlobs(second, () => false)
    expect(files.some((f) => f.startsWith('new\nline/'))).toBe(true)
    expect(files.some((f) => f.startsWith('-dash/'))).toBe(true)
    expect((await g.diffNames(first, second)).sort()).toEqual([
      '-dash/f',
      'a/x.txt',
      'new\nline/ü.txt'
    ])
    expect(g.processes).toBe(2)
    await expect(g.diffNames('HEAD', second)).rejects.toThrow(GitError)
    expect(g.processes).toBe(2)
  })

  it('reports a failure with git’s last message', async () => {
    const g = new Git(root)
    await expect(g.lookup(['HEAD'])).rejects.toThrow(
      /git cat-file failed in .*not a git repository/
    )
    expect(await new Git(dir).isShallow()).toBe(false)
  })

  it('fetches tags from a remote and counts fetches', async () => {
    const bare = join(root, 'bare.git')
    await initBareFrom(dir, bare)
    const other = join(root, 'other')
    await initRepo(other)
    await git(other, ['remote', 'add', 'origin', bare])
    const g = new Git(other)
    const ok = await g.fetch(['+refs/tags/v1.0.0:refs/tags/v1.0.0'], {
      remote: 'origin',
      depth: true,
      filter: true
    })
    expect(ok.code).toBe(0)
    const bad = await g.fetch(['+refs/tags/v7.0.0:refs/tags/v7.0.0'], {
      remote: 'origin',
      depth: false,
      filter: false
    })
    expect(classifyFetchFailure(bad.stderr)).toBe('missing-ref')
    expect(g.fetches).toBe(2)
    expect(g.processes).toBe(2)
    expect(() =>
      g.fetch(['--upload-pack=x'], { remote: 'origin', depth: false, filter: false })
    ).toThrow(/Refusing/)
    expect((await g.lookup(['refs/tags/v1.0.0^{commit}']))[0]?.oid).toBe(first)
  })

  it('diffs names with their status, limited to pathspecs when given', async () => {
    const g = new Git(dir)
    const all = await g.diffPaths(first, second)
    expect(all.paths.sort()).toEqual(['-dash/f', 'a/x.txt', 'new\nline/ü.txt'])
    // The added file was not there before.
    expect(all.before.sort()).toEqual(['-dash/f', 'a/x.txt'])
    expect(await g.diffPaths(first, second, [':(top,literal)a'])).toEqual({
      paths: ['a/x.txt'],
      before: ['a/x.txt']
    })
    expect(await g.diffNames(first, second, [':(top,literal)c d'])).toEqual([])
    await expect(g.diffPaths(first, 'HEAD')).rejects.toThrow(/Not an object id: "HEAD"/)
  })

  it('reads blobs by id in one process, leaving out what is not a blob', async () => {
    const g = new Git(dir)
    const { blobs } = await g.listFilesAndBlobs(second, (p) => p === 'a/x.txt' || p === 'c d/z.txt')
    const x = blobs.get('a/x.txt') as string
    const z = blobs.get('c d/z.txt') as string
    const treeOid = (await g.lookup([`${second}:a`]))[0]?.oid as string
    const before = g.processes
    const texts = await g.readBlobs([x, treeOid, z])
    expect([...texts]).toEqual([
      [x, '2'],
      [z, '1']
    ])
    expect(g.processes).toBe(before + 1)
    expect(await g.readBlobs([])).toEqual(new Map())
    expect(g.processes).toBe(before + 1)
    await expect(g.readBlobs(['--batch'])).rejects.toThrow(GitError)
  })

  it('looks up specs that cannot be written on one line without running git', async () => {
    const g = new Git(dir)
    expect(await g.lookup(['a\nb', 'c\rd'])).toEqual([undefined, undefined])
    expect(g.processes).toBe(0)
  })

  it('keeps the end of a long stderr, where git puts its complaint', async () => {
    const g = new Git(dir)
    const specs = Array.from(
      { length: 1500 },
      (_, i) => `no-such-file-${String(i).padStart(40, '0')}`
    )
    const result = await g.run(['ls-files', '--error-unmatch', '--', ...specs])
    expect(result.code).not.toBe(0)
    expect(result.stderr.length).toBeLessThanOrEqual(64 * 1024)
    expect(result.stderr).toContain(specs[specs.length - 1])
    expect(result.stderr).not.toContain(specs[0])
  })

  it('says when git itself cannot run', async () => {
    const g = new Git(join(root, 'does-not-exist'))
    await expect(g.run(['--version'])).rejects.toThrow(/Could not run git/)
  })
})

describe('fetchComplaint', () => {
  it('quotes the HTTP status line, not the vaguer last line git ends with', () => {
    const stderr =
      'error: RPC failed; HTTP 403 curl 22 The requested URL returned error: 403\n' +
      'fatal: expected flush after ref listing\n'
    expect(fetchComplaint(stderr)).toBe(
      'error: RPC failed; HTTP 403 curl 22 The requested URL returned error: 403'
    )
    expect(fetchComplaint("fatal: couldn't find remote ref refs/tags/v9\n")).toBe(
      "fatal: couldn't find remote ref refs/tags/v9"
    )
  })

  it('quotes git’s complaint, not the advice after it', () => {
    // git 2.39 on a remote that is not there (a name that is no remote, a wrong path or host).
    const stderr =
      "fatal: 'upstream' does not appear to be a git repository\n" +
      'fatal: Could not read from remote repository.\n\n' +
      'Please make sure you have the correct access rights\nand the repository exists.\n'
    expect(fetchComplaint(stderr)).toBe("fatal: 'upstream' does not appear to be a git repository")
    const lock =
      "error: cannot lock ref 'refs/x/rc/1': 'refs/x/rc' exists; cannot create 'refs/x/rc/1'\n" +
      ' ! [new tag]         rc/1       -> refs/x/rc/1  (unable to update local ref)\n' +
      'error: some local refs could not be updated; try running\n' +
      " 'git remote prune origin' to remove any old, conflicting branches\n"
    expect(fetchComplaint(lock)).toBe(
      "error: cannot lock ref 'refs/x/rc/1': 'refs/x/rc' exists; cannot create 'refs/x/rc/1'"
    )
    expect(fetchComplaint('warning: x\nsomething odd\n')).toBe('something odd')
  })
})

describe('network commands are bounded', () => {
  let silent: Server
  const sockets: Socket[] = []
  let url: string
  let repo: string
  beforeAll(async () => {
    // Accepts connections and never says a word: git waits for the server's first packet.
    silent = createServer((socket) => sockets.push(socket))
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r))
    url = `git://127.0.0.1:${(silent.address() as AddressInfo).port}/repo.git`
    repo = await tmpDir('vro-git-silent-')
    await initRepo(repo)
    await git(repo, ['remote', 'add', 'origin', url])
  })
  afterAll(async () => {
    sockets.forEach((s) => s.destroy())
    await new Promise((r) => silent.close(r))
    await rm(repo, { recursive: true, force: true })
  })

  it('a fetch from a silent remote is killed at the bound, naming the command', async () => {
    const error = await new Git(repo, 500)
      .fetch(['refs/tags/v1'], { remote: 'origin', depth: true, filter: false })
      .catch((e: unknown) => e as GitError)
    expect(error).toBeInstanceOf(GitError)
    expect((error as GitError).message).toBe(
      'git fetch did not finish within 0.5 s and was killed; check that the remote answers (origin)'
    )
  })

  it('ls-remote of a silent remote is killed at the bound', async () => {
    const error = await remoteTags(repo, 500).catch((e: unknown) => e as Error)
    expect((error as Error).message).toMatch(
      /^Could not list the tags of origin \(git ls-remote did not finish within 0\.5 s and was killed; check that the remote answers\)/
    )
  })
})

describe('remotes: ensureBranchCommit, remoteTags, hasRemote, knownTags', () => {
  let root: string
  let src: string
  let bare: string
  let c1: string
  let n = 0
  beforeAll(async () => {
    root = await tmpDir('vro-git-remote-')
    src = join(root, 'src')
    await initRepo(src)
    await writeFiles(src, { 'f.txt': '1' })
    c1 = await commitAll(src, 'one')
    await tag(src, 'v1.0.0')
    bare = join(root, 'bare.git')
    await initBareFrom(src, bare)
    await git(bare, ['config', 'uploadpack.allowFilter', 'true'])
  })
  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  const clone = async (remote = bare): Promise<string> => {
    const dir = join(root, `clone${n++}`)
    await cloneDepth1(remote, dir, 'main')
    return dir
  }
  /** Commits on src and pushes them to `remote`; returns their shas. */
  const pushCommits = async (count: number, remote = bare): Promise<string[]> => {
    const shas: string[] = []
    for (let i = 0; i < count; i++) {
      await writeFiles(src, { 'f.txt': `${n++}` })
      shas.push(await commitAll(src, `c${n}`))
    }
    await git(src, ['push', '--quiet', pathToFileURL(remote).href, 'main'])
    return shas
  }
  const has = async (dir: string, oid: string): Promise<boolean> =>
    (await new Git(dir).lookup([`${oid}^{commit}`]))[0] !== undefined

  it('returns a commit the checkout has at once', async () => {
    const dir = await clone()
    const head = (await git(dir, ['rev-parse', 'HEAD'])).trim()
    // No remote is reached: it works with the remote gone.
    await git(dir, ['remote', 'remove', 'origin'])
    expect(await ensureBranchCommit(dir, 'main', head)).toBe(head)
  })

  it('fetches the head of the branch when the checkout lacks it, staying shallow', async () => {
    const dir = await clone()
    const [next] = (await pushCommits(1)) as [string]
    expect(await has(dir, next)).toBe(false)
    expect(await ensureBranchCommit(dir, 'main', next)).toBe(next)
    expect(await has(dir, next)).toBe(true)
    expect(await new Git(dir).isShallow()).toBe(true)
  })

  it('fetches the commit itself when the branch has moved on past it', async () => {
    const dir = await clone()
    const [older, newer] = (await pushCommits(2)) as [string, string]
    expect(await ensureBranchCommit(dir, 'main', older)).toBe(older)
    expect(await has(dir, older)).toBe(true)
    // The branch fetch (depth 1) brought the newer head too, under the private ref.
    expect(await has(dir, newer)).toBe(true)
  })

  it('fetches with the blobs when the remote refuses blob filters', async () => {
    // Regression: the refused fetch leaves the filter in .git/config, so the retry must say
    // --no-filter or it is refused again.
    const refusing = join(root, `refusing${n++}.git`)
    await git(root, ['clone', '--quiet', '--bare', pathToFileURL(bare).href, refusing])
    await git(refusing, ['config', 'uploadpack.allowFilter', 'true'])
    await git(refusing, ['config', 'uploadpackfilter.allow', 'false'])
    const dir = await clone(refusing)
    const [next] = (await pushCommits(1, refusing)) as [string]
    expect(await ensureBranchCommit(dir, 'main', next)).toBe(next)
    expect(await has(dir, next)).toBe(true)
  })

  it('names the commit, the branch and git’s complaint when the commit cannot be had', async () => {
    const dir = await clone()
    const missing = '1234567890'.repeat(4)
    const error = (await ensureBranchCommit(dir, 'main', missing).catch((e: unknown) => e)) as Error
    expect(error).toBeInstanceOf(RemoteError)
    expect(error.message).toMatch(
      new RegExp(`^Could not fetch ${missing}, the head of main, from origin \\(.*not our ref`)
    )
    await expect(ensureBranchCommit(dir, '-x', missing)).rejects.toThrow(
      new RemoteError('Invalid branch name "-x"')
    )
    await expect(ensureBranchCommit(dir, 'main', 'main')).rejects.toThrow(GitError)
  })

  it('lists the tags of a remote, and says when it cannot', async () => {
    const dir = await clone()
    await git(src, ['push', '--quiet', pathToFileURL(bare).href, `${c1}:refs/tags/v1.1.0`])
    expect((await remoteTags(dir)).sort()).toEqual(['v1.0.0', 'v1.1.0'])
    await expect(remoteTags(dir, undefined, 'upstream')).rejects.toThrow(
      /^Could not list the tags of upstream \(fatal: 'upstream' does not appear to be a git repository\)/
    )
  })

  it('knows which remotes a checkout has', async () => {
    const dir = await clone()
    expect(await hasRemote(dir, 'origin')).toBe(true)
    expect(await hasRemote(dir, 'origi')).toBe(false)
    expect(await hasRemote(root, 'origin')).toBe(false)
  })

  it('a remote whose URL leads nowhere is still a remote; a section without a URL is none', async () => {
    const dir = await clone()
    await git(dir, ['remote', 'set-url', 'origin', '/nonexistent/path/to/origin.git'])
    expect(await hasRemote(dir, 'origin')).toBe(true)
    await git(dir, ['config', 'remote.half.fetch', '+refs/heads/*:refs/remotes/half/*'])
    expect(await hasRemote(dir, 'half')).toBe(false)
  })

  it('knows the tags of the checkout and of the remote, and works offline', async () => {
    const dir = await clone()
    await tag(dir, 'local-only')
    await tag(dir, 'v1.0.0', { ref: 'HEAD' })
    const tags = await knownTags(dir)
    expect(tags.filter((t) => t === 'v1.0.0')).toHaveLength(1)
    expect(tags).toEqual(expect.arrayContaining(['local-only', 'v1.0.0']))
    expect(await knownTags(dir, 'upstream')).toEqual(['local-only', 'v1.0.0'])
  })
})

describe('BatchParser', () => {
  const A = 'a'.repeat(40)
  const B = 'b'.repeat(40)
  it('reads blobs however the output is cut, and skips those over the cap without keeping them', () => {
    const big = 'x'.repeat(100)
    const data = Buffer.from(
      `${A} blob 3\nabc\n${B} blob ${big.length}\n${big}\n${A} tree 4\nabcd\nmissing-spec missing\n${B} blob 0\n\n`
    )
    for (let cut = 1; cut < data.length; cut += 7) {
      const p = new BatchParser(5, 10)
      p.write(data.subarray(0, cut))
      p.write(data.subarray(cut))
      expect(p.end().map((b) => b?.toString())).toEqual([
        'abc',
        undefined,
        undefined,
        undefined,
        ''
      ])
    }
    expect(parseBatch(data, 5).map((b) => b?.toString())).toEqual([
      'abc',
      big,
      undefined,
      undefined,
      ''
    ])
  })
})
