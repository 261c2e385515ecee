/**
 * Reaching the remote outside change detection: the head commit a run measures against, the
 * release guard's and the CLI's tag lists, whether a remote is configured.
 */
import { isBranchName, privateBranchRef } from '../util/refs.js'
import { fetchComplaint, fetchRetryingFilter } from './fetch.js'
import { Git } from './git.js'
import { checkOid, GIT_NETWORK_TIMEOUT_MS, GitProcesses } from './process.js'
import { KnownError } from '../util/errors.js'

/** Reaching the remote outside change detection: the release guard and tag checks. */
export class RemoteError extends KnownError {
  override name = 'RemoteError'
  get id(): string {
    return 'remote'
  }
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
  let stderr = ''
  // Once the remote refuses the blob filter, the fetch by sha goes without it at once.
  const filter = { use: true, refused: false }
  for (const refspec of [`+refs/heads/${branch}:${privateBranchRef(branch)}`, oid]) {
    ;({ stderr } = await fetchRetryingFilter(git, [refspec], { remote: 'origin', depth }, filter))
    if (await has()) return oid
  }
  throw new RemoteError(
    `Could not fetch ${oid}, the head of ${branch}, from origin (${fetchComplaint(stderr) || 'not found'}). ` +
      `Check out the repository with actions/checkout (persist-credentials: true, the default).`
  )
}

/** The tags on the remote (names without refs/tags/). */
export async function remoteTags(
  cwd: string,
  timeoutMs = GIT_NETWORK_TIMEOUT_MS,
  remote = 'origin'
): Promise<string[]> {
  const result = await new GitProcesses(cwd).run(
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
  const out = await new GitProcesses(cwd).run(['config', '--get', `remote.${name}.url`])
  return out.code === 0 && out.stdout.toString('utf8').trim() !== ''
}

/** The tags of the checkout, and of origin when it can be reached (the CLI works offline too). */
export async function knownTags(cwd: string, remoteName = 'origin'): Promise<string[]> {
  const local = (await new GitProcesses(cwd).output(['tag', '--list'])).toString('utf8').split('\n')
  const remote = await remoteTags(cwd, GIT_NETWORK_TIMEOUT_MS, remoteName).catch(() => [])
  return [...new Set([...local.filter((t) => t !== ''), ...remote])]
}
