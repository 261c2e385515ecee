/** The few git calls the action makes besides change detection: reaching the remote. */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { isBranchName } from './inputs.js'

const run = promisify(execFile)

export class RemoteError extends Error {
  override name = 'RemoteError'
}

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }
  })
  return stdout
}

function lastLine(e: unknown): string {
  const stderr = String((e as { stderr?: unknown }).stderr ?? (e as Error).message ?? e).trim()
  return stderr.split('\n').pop() ?? ''
}

/**
 * Makes a commit of the branch available locally and returns the sha changes are measured
 * against. When the checkout already has `oid`, nothing is fetched; otherwise the branch head is
 * fetched (at depth 1 only in a shallow checkout, so a full clone stays full).
 */
export async function ensureBranchCommit(
  cwd: string,
  branch: string,
  oid: string
): Promise<string> {
  if (!/^[0-9a-f]{40}$/.test(oid)) throw new RemoteError(`Invalid commit id ${JSON.stringify(oid)}`)
  try {
    await git(cwd, ['cat-file', '-e', `${oid}^{commit}`])
    return oid
  } catch {
    // Not in the checkout: fetch it below.
  }
  if (!isBranchName(branch)) throw new RemoteError(`Invalid branch name ${JSON.stringify(branch)}`)
  const shallow = (await git(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true'
  const refspec = `+refs/heads/${branch}:refs/remotes/origin/${branch}`
  const depth = shallow ? ['--depth=1'] : []
  try {
    try {
      await git(cwd, ['fetch', ...depth, '--no-tags', '--filter=blob:none', 'origin', refspec])
    } catch {
      await git(cwd, ['fetch', ...depth, '--no-tags', 'origin', refspec])
    }
    return (
      await git(cwd, ['rev-parse', '--verify', `refs/remotes/origin/${branch}^{commit}`])
    ).trim()
  } catch (e) {
    throw new RemoteError(
      `Could not fetch the head of ${branch} from origin (${lastLine(e)}). ` +
        `Check out the repository with actions/checkout (persist-credentials: true, the default).`
    )
  }
}

/** The tags on the remote (names without refs/tags/). */
export async function remoteTags(cwd: string): Promise<string[]> {
  let out: string
  try {
    out = await git(cwd, ['ls-remote', '--tags', '--refs', 'origin'])
  } catch (e) {
    throw new RemoteError(
      `Could not list the tags of origin (${lastLine(e)}). ` +
        `Run actions/checkout first, with persist-credentials: true (the default).`
    )
  }
  return out
    .split('\n')
    .map((line) => line.split('\t')[1] ?? '')
    .filter((ref) => ref.startsWith('refs/tags/'))
    .map((ref) => ref.slice('refs/tags/'.length))
}
