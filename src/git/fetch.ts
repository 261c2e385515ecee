/**
 * `git fetch` from the remote, bounded in time, and what its failures mean: git's complaint,
 * refs the remote lacks, a refused blob filter.
 */
import { GitError, lastLine, type GitProcesses, type GitResult } from './process.js'

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

/**
 * `git fetch --no-tags` of the given refspecs; resolves with the result, failed or not, except
 * that a fetch killed at the network bound throws (retrying it would only wait again).
 */
export function fetch(
  git: GitProcesses,
  refspecs: readonly string[],
  opts: FetchOptions
): Promise<GitResult> {
  for (const r of [opts.remote, ...refspecs]) {
    if (r.startsWith('-')) throw new GitError(`Refusing to pass ${r} to git fetch`, refspecs)
  }
  git.fetches++
  return fetchBounded(git, refspecs, opts)
}

async function fetchBounded(
  git: GitProcesses,
  refspecs: readonly string[],
  opts: FetchOptions
): Promise<GitResult> {
  const result = await git.run(
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
    git.networkTimeoutMs
  )
  if (result.timedOut) {
    throw new GitError(`${lastLine(result.stderr)} (${opts.remote})`, refspecs, result)
  }
  return result
}

/**
 * The blob filter of a series of fetches from one remote: `use` it (`--filter=blob:none`) until
 * the remote refuses it, after which it is `refused` and every fetch goes without it
 * (`--no-filter`, see FetchOptions.noFilter).
 */
export interface BlobFilter {
  use: boolean
  refused: boolean
}

/**
 * One fetch of `refspecs` with the blob filter as `filter` says; when the remote refuses the
 * filter, `filter` records it, `onRefused` is called and the same fetch is retried at once
 * without it. Resolves with the last fetch's result, failed or not.
 */
export async function fetchRetryingFilter(
  git: { fetch(refspecs: readonly string[], opts: FetchOptions): Promise<GitResult> },
  refspecs: readonly string[],
  opts: { readonly remote: string; readonly depth: boolean },
  filter: BlobFilter,
  onRefused?: () => void
): Promise<GitResult> {
  const result = await git.fetch(refspecs, {
    ...opts,
    filter: filter.use,
    noFilter: filter.refused
  })
  if (!filter.use || result.code === 0 || classifyFetchFailure(result.stderr) !== 'filter') {
    return result
  }
  filter.use = false
  filter.refused = true
  onRefused?.()
  return git.fetch(refspecs, { ...opts, filter: false, noFilter: true })
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
