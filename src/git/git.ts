/**
 * The only module that runs git. Every call spawns `git` with an argument array (never a shell),
 * in the C locale so that error messages can be recognised, and is counted. Parsing of git's
 * output lives in the pure functions at the bottom, tested on strings.
 */
import { spawn } from 'node:child_process'
import { childEnv } from '../util/child-env.js'
import { StringDecoder } from 'node:string_decoder'
import { OID, isBranchName, privateBranchRef } from '../util/refs.js'

export type ObjectType = 'commit' | 'tree' | 'blob' | 'tag'

export interface ObjectInfo {
  readonly oid: string
  readonly type: ObjectType
}

export interface GitResult {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: Buffer
  readonly stderr: string
  /** Killed at its time bound (stderr then ends with a line saying so). */
  readonly timedOut?: boolean
}

export class GitError extends Error {
  override name = 'GitError'
  constructor(
    message: string,
    readonly args: readonly string[],
    readonly result?: GitResult
  ) {
    super(message)
  }
}

export interface FetchOptions {
  readonly remote: string
  /** Fetch at depth 1 (only in a shallow repository: elsewhere it would make the repo shallow). */
  readonly depth: boolean
  /** Add `--filter=blob:none`: names and trees are all a diff of names needs. */
  readonly filter: boolean
  /**
   * Add `--no-filter` (when `filter` is false): the retry after a refused filter. The refused
   * fetch has already written the filter into the remote's config (`remote.<r>.promisor`,
   * `partialclonefilter`), and a fetch without either option would send it again.
   */
  readonly noFilter?: boolean
}

const STDERR_KEEP = 64 * 1024

/**
 * How long a git command that talks to the remote (`fetch`, `ls-remote`) may take: 5 minutes,
 * far beyond a depth-1 fetch of a few tags. On expiry the command's process group is killed.
 */
export const GIT_NETWORK_TIMEOUT_MS = 5 * 60_000

/** Runs git in one working tree and counts the processes and fetches it starts. */
export class Git {
  processes = 0
  fetches = 0

  constructor(
    readonly cwd: string,
    /** The bound of network commands (fetch, ls-remote). */
    readonly networkTimeoutMs = GIT_NETWORK_TIMEOUT_MS
  ) {}

  /**
   * Runs `git <args>`; resolves with the exit status, whatever it is. With `timeoutMs`, a command
   * still running then is killed with its process group (git runs helpers such as
   * git-remote-https) and resolves as killed, with stderr ending in a line that names the
   * command and the bound. With `onStdout`, stdout goes there chunk by chunk as git writes it
   * (so that it is parsed while git still runs) and the result's stdout is empty.
   */
  run(
    args: readonly string[],
    input?: string,
    timeoutMs?: number,
    onStdout?: (chunk: Buffer) => void
  ): Promise<GitResult> {
    this.processes++
    return new Promise((resolve, reject) => {
      const child = spawn('git', args, {
        cwd: this.cwd,
        shell: false,
        windowsHide: true,
        detached: timeoutMs !== undefined,
        stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        env: gitEnv()
      })
      const out: Buffer[] = []
      let err = ''
      child.stdout?.on('data', onStdout ?? ((chunk: Buffer) => out.push(chunk)))
      child.stderr?.on('data', (chunk: Buffer) => {
        err += chunk.toString('utf8')
        if (err.length > STDERR_KEEP) err = err.slice(-STDERR_KEEP)
      })
      child.on('error', (e: NodeJS.ErrnoException) => {
        const hint = e.code === 'ENOENT' ? ': git is not installed or not on PATH' : ''
        reject(new GitError(`Could not run git${hint} (${e.message})`, args))
      })
      let timedOut = false
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              timedOut = true
              killGroup(child.pid)
            }, timeoutMs)
      child.on('close', (code, signal) => {
        clearTimeout(timer)
        const note = timedOut
          ? `\ngit ${args[0]} did not finish within ${Math.round((timeoutMs as number) / 100) / 10} s and was killed; check that the remote answers`
          : ''
        resolve({ code, signal, stdout: Buffer.concat(out), stderr: err + note, timedOut })
      })
      if (input !== undefined && child.stdin) {
        child.stdin.on('error', () => undefined) // git exiting early surfaces through its status
        child.stdin.end(input)
      }
    })
  }

  /** Runs git and returns stdout; a non-zero exit throws a GitError with git's last message. */
  async output(args: readonly string[], input?: string): Promise<Buffer> {
    return this.succeeded(args, await this.run(args, input)).stdout
  }

  /** The result of a command that exited 0; else a GitError with git's last message. */
  private succeeded(args: readonly string[], result: GitResult): GitResult {
    if (result.code !== 0) {
      const why =
        lastLine(result.stderr) ||
        (result.signal ? `killed by ${result.signal}` : `exit code ${result.code}`)
      throw new GitError(`git ${args[0]} failed in ${this.cwd}: ${why}`, args, result)
    }
    return result
  }

  /**
   * Looks up revisions (`refs/tags/v1.2.3^{commit}`, `<oid>:<path>`) with one `git cat-file
   * --batch-check`. Missing ones, and ones that cannot be written on one line, are undefined.
   */
  async lookup(specs: readonly string[]): Promise<(ObjectInfo | undefined)[]> {
    const asked = specs.filter((s) => !/[\n\r]/.test(s))
    if (asked.length === 0) return specs.map(() => undefined)
    const out = await this.output(
      ['cat-file', '--batch-check=%(objectname) %(objecttype)'],
      asked.map((s) => `${s}\n`).join('')
    )
    const infos = parseBatchCheck(out.toString('utf8'), asked.length)
    const bySpec = new Map(asked.map((s, i) => [s, infos[i]]))
    return specs.map((s) => bySpec.get(s))
  }

  /** True in a shallow repository (a depth-limited checkout). */
  async isShallow(): Promise<boolean> {
    const out = await this.output(['rev-parse', '--is-shallow-repository'])
    return out.toString('utf8').trim() === 'true'
  }

  /**
   * `git fetch --no-tags` of the given refspecs; resolves with the result, failed or not, except
   * that a fetch killed at the network bound throws (retrying it would only wait again).
   */
  fetch(refspecs: readonly string[], opts: FetchOptions): Promise<GitResult> {
    for (const r of [opts.remote, ...refspecs]) {
      if (r.startsWith('-')) throw new GitError(`Refusing to pass ${r} to git fetch`, refspecs)
    }
    this.fetches++
    return this.fetchBounded(refspecs, opts)
  }

  private async fetchBounded(refspecs: readonly string[], opts: FetchOptions): Promise<GitResult> {
    const result = await this.run(
      [
        'fetch',
        '--no-tags',
        '--no-write-fetch-head',
        '--no-recurse-submodules',
        ...(opts.depth ? ['--depth=1'] : []),
        ...(opts.filter ? ['--filter=blob:none'] : opts.noFilter ? ['--no-filter'] : []),
        opts.remote,
        ...refspecs
      ],
      undefined,
      this.networkTimeoutMs
    )
    if (result.timedOut) {
      throw new GitError(`${lastLine(result.stderr)} (${opts.remote})`, refspecs, result)
    }
    return result
  }

  /**
   * Like `diffNames` (`--name-status`): the paths that differ, and those of them that were in
   * `from` already (modified, deleted or of another type; not added), so that a caller knows
   * that a folder holding one of them was in `from` without asking git again.
   */
  async diffPaths(
    from: string,
    to: string,
    pathspecs?: readonly string[]
  ): Promise<{ paths: string[]; before: string[] }> {
    return parseNameStatus(await this.diff('--name-status', from, to, pathspecs))
  }

  /**
   * Every file of a commit's tree (one `git ls-tree -r`), repository-relative, and the blob ids
   * of the files that `want` accepts, so that their texts can be read by id (`readBlobs`): git
   * then need not walk the tree again for each path.
   */
  async listFilesAndBlobs(commit: string, want: (path: string) => boolean): Promise<TreeListing> {
    checkOid(commit)
    // Parsed as it streams in: the listing of a large tree is megabytes, and git writes it
    // about as fast as it is parsed.
    const listing = new LsTreeParser(want)
    const args = ['ls-tree', '-r', '--full-tree', '-z', commit]
    this.succeeded(args, await this.run(args, undefined, undefined, (c) => listing.write(c)))
    return listing.end()
  }

  /**
   * The texts of blobs by id, with one `git cat-file --batch` parsed as it streams in; ids that
   * are not blobs are left out, and so are blobs over `maxBytes` (their bytes are skipped as
   * they arrive, never held: a build file of a hostile branch cannot fill the memory).
   */
  async readBlobs(
    oids: readonly string[],
    maxBytes = BUILD_FILE_MAX_BYTES
  ): Promise<Map<string, string>> {
    for (const oid of oids) checkOid(oid)
    return this.catFiles(oids, (o) => o, maxBytes)
  }

  /**
   * The texts of files of a commit's tree by path (`<commit>:<path>` in one `cat-file --batch`):
   * for the few files whose blob ids the listing did not keep (targets of symbolic links).
   * Paths that cannot be written on one line are left out, as are paths that are not blobs.
   */
  async readFilesAt(commit: string, paths: readonly string[]): Promise<Map<string, string>> {
    checkOid(commit)
    const asked = paths.filter((p) => p !== '' && !/[\n\r]/.test(p))
    return this.catFiles(asked, (p) => `${commit}:${p}`, BUILD_FILE_MAX_BYTES)
  }

  /** One `cat-file --batch` for `keys` (each asked as `spec(key)`): key -> text of each blob. */
  private async catFiles(
    keys: readonly string[],
    spec: (key: string) => string,
    maxBytes: number
  ): Promise<Map<string, string>> {
    const texts = new Map<string, string>()
    if (keys.length === 0) return texts
    const parser = new BatchParser(keys.length, maxBytes)
    const args = ['cat-file', '--batch']
    const input = keys.map((k) => `${spec(k)}\n`).join('')
    this.succeeded(args, await this.run(args, input, undefined, (c) => parser.write(c)))
    parser.end().forEach((blob, i) => {
      if (blob) texts.set(keys[i] as string, blob.toString('utf8'))
    })
    return texts
  }

  /**
   * The paths that differ between two commits or trees: two-dot, no merge base, no rename
   * detection, so a rename is a deletion plus an addition (one `git diff --name-only`).
   * With `pathspecs`, only the paths they match (git pathspecs with their magic, e.g.
   * `:(top,literal)app`); the caller keeps them within ARG_MAX.
   */
  async diffNames(from: string, to: string, pathspecs?: readonly string[]): Promise<string[]> {
    return this.diff('--name-only', from, to, pathspecs)
  }

  /** One two-dot `git diff` without rename detection, limited to `pathspecs` when given. */
  private async diff(
    form: '--name-only' | '--name-status',
    from: string,
    to: string,
    pathspecs: readonly string[] | undefined
  ): Promise<string[]> {
    checkOid(from)
    checkOid(to)
    const limit = pathspecs === undefined ? [] : ['--', ...pathspecs]
    const args = ['diff', form, '--no-renames', '--no-relative', '-z', from, to, ...limit]
    return splitNul(await this.output(args))
  }
}

/**
 * The environment of every git command: the runner's without credentials, the C locale, no prompts, no optional locks, and none of
 * the variables that change how pathspecs are read (GIT_LITERAL_PATHSPECS would make the
 * `:(top,literal)` magic of limited diffs a literal name, and the diffs silently empty).
 */
function gitEnv(): NodeJS.ProcessEnv {
  // Without the token and the other credentials (child-env.ts): git authenticates with what
  // actions/checkout left in .git/config.
  const env = childEnv({
    LC_ALL: 'C',
    LANGUAGE: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0'
  })
  for (const name of [
    'GIT_LITERAL_PATHSPECS',
    'GIT_GLOB_PATHSPECS',
    'GIT_NOGLOB_PATHSPECS',
    'GIT_ICASE_PATHSPECS'
  ])
    delete env[name]
  return env
}

/** Kills a process group, ignoring one that is already gone. */
function killGroup(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}

function checkOid(oid: string): void {
  if (!OID.test(oid)) throw new GitError(`Not an object id: ${JSON.stringify(oid)}`, [oid])
}

/** Splits NUL-terminated git output (`-z`) into its entries; paths may hold any byte but NUL. */
export function splitNul(data: Buffer | string): string[] {
  const text = typeof data === 'string' ? data : data.toString('utf8')
  const parts = text.split('\0')
  if (parts[parts.length - 1] === '') parts.pop()
  return parts
}

/** Parses `git diff --name-status -z --no-renames` fields (status, path, status, path, ...). */
export function parseNameStatus(fields: readonly string[]): { paths: string[]; before: string[] } {
  const paths: string[] = []
  const before: string[] = []
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const path = fields[i + 1] as string
    paths.push(path)
    if (fields[i] !== 'A') before.push(path)
  }
  return { paths, before }
}

/** A commit's tree as `ls-tree -r` lists it. */
export interface TreeListing {
  /** Every path (files, symbolic links, submodules), in git's order. */
  readonly files: string[]
  /** path -> blob id, for the regular files that `want` accepted. */
  readonly blobs: Map<string, string>
  /** path -> blob id of every symbolic link (its text is the link's target). */
  readonly links: Map<string, string>
}

/**
 * Parses `git ls-tree -r -z` output (`<mode> SP <type> SP <oid> TAB <path>` entries, NUL-ended)
 * as it arrives in chunks: every path, path -> blob id for the regular files that `want`
 * accepts, and every symbolic link (mode 120000) with its blob id.
 * A chunk may end inside an entry or inside a UTF-8 sequence; both are carried over.
 */
export class LsTreeParser {
  private readonly files: string[] = []
  private readonly blobs = new Map<string, string>()
  private readonly links = new Map<string, string>()
  private readonly decoder = new StringDecoder('utf8')
  private rest = ''

  constructor(private readonly want: (path: string) => boolean) {}

  write(chunk: Buffer): void {
    const text = this.rest + this.decoder.write(chunk)
    const last = text.lastIndexOf('\0')
    if (last < 0) {
      this.rest = text
      return
    }
    this.rest = text.slice(last + 1)
    this.entries(text, last)
  }

  end(): TreeListing {
    const text = this.rest + this.decoder.end()
    this.rest = ''
    if (text !== '') this.entries(`${text}\0`, text.length)
    return { files: this.files, blobs: this.blobs, links: this.links }
  }

  /** The entries of text[0, end), end being the index of a NUL. */
  private entries(text: string, end: number): void {
    for (let at = 0; at <= end;) {
      const nul = text.indexOf('\0', at)
      const tab = text.indexOf('\t', at)
      if (tab >= 0 && tab < nul) {
        const path = text.slice(tab + 1, nul)
        this.files.push(path)
        // Symbolic links are rare: their mode is the one start that needs a look.
        if (text.startsWith('120000 ', at)) {
          const head = text.slice(at, tab).split(' ')
          if (head[2] !== undefined) this.links.set(path, head[2])
        } else if (this.want(path)) {
          const head = text.slice(at, tab).split(' ')
          if (head[1] === 'blob' && head[2] !== undefined) this.blobs.set(path, head[2])
        }
      }
      at = nul + 1
    }
  }
}

/** Parses a whole `git ls-tree -r -z` output (see LsTreeParser). */
export function parseLsTree(data: Buffer | string, want: (path: string) => boolean): TreeListing {
  const parser = new LsTreeParser(want)
  parser.write(typeof data === 'string' ? Buffer.from(data, 'utf8') : data)
  return parser.end()
}

/** Parses `cat-file --batch-check='%(objectname) %(objecttype)'`: one entry per input line. */
export function parseBatchCheck(text: string, count: number): (ObjectInfo | undefined)[] {
  const lines = text.split('\n')
  const out: (ObjectInfo | undefined)[] = []
  for (let i = 0; i < count; i++) {
    const m = /^([0-9a-f]{40}|[0-9a-f]{64}) (commit|tree|blob|tag)$/.exec(lines[i] ?? '')
    out.push(m ? { oid: m[1] as string, type: m[2] as ObjectType } : undefined)
  }
  return out
}

/**
 * The most bytes of one build file that detection reads (Dockerfiles, Gradle scripts, compose
 * files...). A larger one is not read: its provider reports it as unresolved, and the image's
 * inputs are widened with a warning.
 */
export const BUILD_FILE_MAX_BYTES = 4 * 1024 * 1024

/**
 * Parses `cat-file --batch` output as it arrives in chunks: for each asked object, its content
 * when it is a blob of at most `maxBytes`, else undefined (`<spec> missing`, trees, commits,
 * larger blobs, whose bytes are skipped rather than kept). Sizes come from the headers, so
 * contents may hold any byte.
 */
export class BatchParser {
  private readonly out: (Buffer | undefined)[] = []
  private header: Buffer[] = []
  /** Bytes of the current object still to come (its LF included); 0 between objects. */
  private left = 0
  private keep: Buffer[] | undefined

  constructor(
    private readonly count: number,
    private readonly maxBytes: number
  ) {}

  write(chunk: Buffer): void {
    let at = 0
    while (at < chunk.length && this.out.length < this.count) {
      if (this.left > 0) {
        const take = Math.min(this.left, chunk.length - at)
        this.keep?.push(chunk.subarray(at, at + take))
        this.left -= take
        at += take
        if (this.left === 0) this.finish()
        continue
      }
      const eol = chunk.indexOf(0x0a, at)
      if (eol < 0) {
        this.header.push(chunk.subarray(at))
        return
      }
      this.header.push(chunk.subarray(at, eol))
      at = eol + 1
      const text = Buffer.concat(this.header).toString('utf8')
      this.header = []
      const m = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(text)
      if (!m) {
        this.out.push(undefined)
        continue
      }
      const size = Number(m[2])
      this.keep = m[1] === 'blob' && size <= this.maxBytes ? [] : undefined
      this.left = size + 1
      if (this.keep === undefined) this.out.push(undefined)
    }
  }

  /** One object's bytes are in: its content without the closing LF. */
  private finish(): void {
    if (this.keep === undefined) return
    const all = Buffer.concat(this.keep)
    this.out.push(all.subarray(0, all.length - 1))
    this.keep = undefined
  }

  end(): (Buffer | undefined)[] {
    const out = [...this.out]
    while (out.length < this.count) out.push(undefined)
    return out
  }
}

/**
 * Parses `cat-file --batch` output: for each asked object, its content when it is a blob, else
 * undefined (`<spec> missing`, trees, commits). Sizes come from the headers, so contents may
 * hold any byte.
 */
export function parseBatch(data: Buffer, count: number): (Buffer | undefined)[] {
  const parser = new BatchParser(count, Number.POSITIVE_INFINITY)
  parser.write(data)
  return parser.end()
}

/**
 * What a failed fetch or ls-remote complains about: the HTTP status line when there is one
 * (`The requested URL returned error: 403`, which git often follows with a vaguer last line such
 * as `the remote end hung up unexpectedly`), else git's first `fatal:` or `error:` line (what
 * follows it is advice, such as `Please make sure you have the correct access rights` / `and the
 * repository exists.`), else the last line.
 */
export function fetchComplaint(stderr: string): string {
  const lines = stderr.split(/\r?\n/).map((l) => l.trim())
  return (
    lines.find((l) => /returned error: \d{3}|\bHTTP \d{3}\b/.test(l)) ??
    lines.find((l) => /^(fatal|error):/.test(l)) ??
    lastLine(stderr)
  )
}

/** The last non-empty line of a text (git's actual complaint is usually there). */
export function lastLine(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
  return lines[lines.length - 1] ?? ''
}

export type FetchFailure = 'missing-ref' | 'filter' | 'no-remote' | 'other'

/**
 * Why a fetch failed, from git's stderr in the C locale. A refused filter is a complaint line
 * naming the filter; git's `warning: filtering not recognized by server, ignoring` is not one (a
 * server that ignores filters sends everything, and the fetch failed for another reason).
 */
export function classifyFetchFailure(stderr: string): FetchFailure {
  if (/couldn't find remote ref/i.test(stderr)) return 'missing-ref'
  const refusesFilter = (line: string): boolean =>
    !/^\s*warning:/i.test(line) &&
    /filter/i.test(line) &&
    /(not (supported|recognized|allowed)|unsupported|invalid|disabled)/i.test(line)
  if (stderr.split(/\r?\n/).some(refusesFilter)) return 'filter'
  if (/does not appear to be a git repository|no such remote/i.test(stderr)) return 'no-remote'
  return 'other'
}

/** The refs a failed fetch says the remote does not have. */
export function missingRemoteRefs(stderr: string): string[] {
  return [...stderr.matchAll(/couldn't find remote ref (\S+)/gi)].map((m) => m[1] as string)
}

/** Reaching the remote outside change detection: the release guard and tag checks. */
export class RemoteError extends Error {
  override name = 'RemoteError'
}

/**
 * Makes the commit `oid` of the branch available locally and returns it: the head a run read for
 * its compare-and-swap is the one its decisions are measured against. When the checkout lacks
 * it, the branch is fetched (at depth 1 only in a shallow checkout, so a full clone stays full),
 * and when the branch has moved on since, the commit itself.
 */
export async function ensureBranchCommit(
  cwd: string,
  branch: string,
  oid: string
): Promise<string> {
  checkOid(oid)
  const git = new Git(cwd)
  const has = async (): Promise<boolean> => (await git.lookup([`${oid}^{commit}`]))[0] !== undefined
  if (await has()) return oid
  if (!isBranchName(branch)) {
    throw new RemoteError(`Invalid branch name ${JSON.stringify(branch)}`)
  }
  const depth = await git.isShallow()
  let result: GitResult | undefined
  // Once the remote refuses the blob filter, the fetch by sha goes without it at once.
  let filter = true
  for (const refspec of [`+refs/heads/${branch}:${privateBranchRef(branch)}`, oid]) {
    result = await git.fetch([refspec], { remote: 'origin', depth, filter, noFilter: !filter })
    if (filter && result.code !== 0 && classifyFetchFailure(result.stderr) === 'filter') {
      filter = false
      result = await git.fetch([refspec], { remote: 'origin', depth, filter, noFilter: true })
    }
    if (await has()) return oid
  }
  throw new RemoteError(
    `Could not fetch ${oid}, the head of ${branch}, from origin (${fetchComplaint(result?.stderr ?? '') || 'not found'}). ` +
      `Check out the repository with actions/checkout (persist-credentials: true, the default).`
  )
}

/** The tags on the remote (names without refs/tags/). */
export async function remoteTags(
  cwd: string,
  timeoutMs = GIT_NETWORK_TIMEOUT_MS,
  remote = 'origin'
): Promise<string[]> {
  const result = await new Git(cwd).run(
    ['ls-remote', '--tags', '--refs', remote],
    undefined,
    timeoutMs
  )
  if (result.code !== 0) {
    throw new RemoteError(
      `Could not list the tags of ${remote} (${fetchComplaint(result.stderr)}). ` +
        `Run actions/checkout first, with persist-credentials: true (the default).`
    )
  }
  return result.stdout
    .toString('utf8')
    .split('\n')
    .map((line) => line.split('\t')[1] ?? '')
    .filter((ref) => ref.startsWith('refs/tags/'))
    .map((ref) => ref.slice('refs/tags/'.length))
}

/**
 * True when the checkout has a remote of that name: `remote.<name>.url` is configured. (A remote
 * whose URL leads nowhere is still a remote: fetching from it fails, it is not missing.)
 */
export async function hasRemote(cwd: string, name: string): Promise<boolean> {
  const out = await new Git(cwd).run(['config', '--get', `remote.${name}.url`])
  return out.code === 0 && out.stdout.toString('utf8').trim() !== ''
}

/**
 * The root of the git working tree that holds `cwd` (`git rev-parse --show-toplevel`), or
 * undefined when `cwd` is in none.
 */
export async function workTreeRoot(cwd: string): Promise<string | undefined> {
  const out = await new Git(cwd).run(['rev-parse', '--show-toplevel'])
  const root = out.stdout.toString('utf8').replace(/\n$/, '')
  return out.code === 0 && root !== '' ? root : undefined
}

/** The tags of the checkout, and of origin when it can be reached (the CLI works offline too). */
export async function knownTags(cwd: string, remoteName = 'origin'): Promise<string[]> {
  const local = (await new Git(cwd).output(['tag', '--list'])).toString('utf8').split('\n')
  const remote = await remoteTags(cwd, GIT_NETWORK_TIMEOUT_MS, remoteName).catch(() => [])
  return [...new Set([...local.filter((t) => t !== ''), ...remote])]
}
