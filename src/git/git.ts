/**
 * The `Git` facade: one object per working tree that callers hold, counting the processes and
 * fetches it starts. The work is in the files beside it: the process runner (`process.ts`),
 * fetches (`fetch.ts`), object reads (`cat-file.ts`), the tree listing (`ls-tree.ts`) and diffs
 * (`diff.ts`); the remote outside change detection is `remote.ts`. Parsing of git's output lives
 * in pure functions there, tested on strings.
 */
import { lookup, readBlobs, readFilesAt, readFilesAtCommits, type ObjectInfo } from './cat-file.js'
import { diffNames, diffPaths } from './diff.js'
import { fetch, type FetchOptions } from './fetch.js'
import { listFilesAndBlobs, type TreeListing } from './ls-tree.js'
import { GitProcesses, type GitResult } from './process.js'

/** Runs git in one working tree and counts the processes and fetches it starts. */
export class Git extends GitProcesses {
  /**
   * Looks up revisions (`refs/tags/v1.2.3^{commit}`, `<oid>:<path>`) with one `git cat-file
   * --batch-check`. Missing ones, and ones that cannot be written on one line, are undefined.
   */
  lookup(specs: readonly string[]): Promise<(ObjectInfo | undefined)[]> {
    return lookup(this, specs)
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
    return fetch(this, refspecs, opts)
  }

  /** The paths that differ, and those of them that were in `from` already (see diff.ts). */
  diffPaths(
    from: string,
    to: string,
    pathspecs?: readonly string[]
  ): Promise<{ paths: string[]; before: string[] }> {
    return diffPaths(this, from, to, pathspecs)
  }

  /** The paths that differ between two commits or trees (see diff.ts). */
  diffNames(from: string, to: string, pathspecs?: readonly string[]): Promise<string[]> {
    return diffNames(this, from, to, pathspecs)
  }

  /** Every file of a commit's tree, and the blob ids of those that `want` accepts (ls-tree.ts). */
  listFilesAndBlobs(commit: string, want: (path: string) => boolean): Promise<TreeListing> {
    return listFilesAndBlobs(this, commit, want)
  }

  /** The texts of blobs by id, those over `maxBytes` left out (see cat-file.ts). */
  readBlobs(oids: readonly string[], maxBytes?: number): Promise<Map<string, string>> {
    return readBlobs(this, oids, maxBytes)
  }

  /** The texts of files of a commit's tree by path (see cat-file.ts). */
  readFilesAt(commit: string, paths: readonly string[]): Promise<Map<string, string>> {
    return readFilesAt(this, commit, paths)
  }

  /** See cat-file.ts `readFilesAtCommits`. */
  readFilesAtCommits(
    wanted: readonly { readonly commit: string; readonly path: string }[]
  ): Promise<Map<string, string>> {
    return readFilesAtCommits(this, wanted)
  }
}

/**
 * The root of the git working tree that holds `cwd` (`git rev-parse --show-toplevel`), or
 * undefined when `cwd` is in none.
 */
export async function workTreeRoot(cwd: string): Promise<string | undefined> {
  const out = await new GitProcesses(cwd).run(['rev-parse', '--show-toplevel'])
  const root = out.stdout.toString('utf8').replace(/\n$/, '')
  return out.code === 0 && root !== '' ? root : undefined
}
