import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { rm } from 'node:fs/promises'
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net'
import { join } from 'node:path'
import {
  classifyFetchFailure,
  fetchComplaint,
  Git,
  GitError,
  lastLine,
  missingRemoteRefs,
  parseBatchCheck,
  parseLsTree,
  LsTreeParser,
  remoteTags,
  splitNul
} from '../src/git.js'
import {
  commitAll,
  git,
  initBareFrom,
  initRepo,
  tag,
  tmpDir,
  writeFiles
} from '../test-support/git-fixture.js'

const A = 'a'.repeat(40)
const B = 'b'.repeat(40)

describe('pure parsing', () => {
  it('splits -z output, keeping newlines and unicode in paths', () => {
    expect(splitNul('a\0b c\0we\nird\0ü/€\0')).toEqual(['a', 'b c', 'we\nird', 'ü/€'])
    expect(splitNul(Buffer.from('x\0', 'utf8'))).toEqual(['x'])
    expect(splitNul('')).toEqual([])
  })

  it('parses ls-tree -r -z entries: every path, blob ids only of wanted blobs', () => {
    const out =
      `100644 blob ${A}\ta/Dockerfile\0` +
      `160000 commit ${B}\tsub/Dockerfile\0` +
      `100644 blob ${B}\tta\tb/x y\0` +
      `120000 blob ${A}\tü/€\nline\0`
    const { files, blobs } = parseLsTree(out, (p) => p.endsWith('Dockerfile') || p.includes('\t'))
    expect(files).toEqual(['a/Dockerfile', 'sub/Dockerfile', 'ta\tb/x y', 'ü/€\nline'])
    expect([...blobs]).toEqual([
      ['a/Dockerfile', A],
      ['ta\tb/x y', B]
    ])
    expect(parseLsTree('', () => true)).toEqual({ files: [], blobs: new Map() })
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
