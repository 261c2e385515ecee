/** The few git calls the action makes besides change detection: reaching the remote. */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { isBranchName } from './inputs.js'

const run = promisify(execFile)

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }
  })
  return stdout
}

/**
 * Makes the head of a branch available locally at depth 1 (no blobs when the server allows it)
 * and returns its sha. Used by the release guard, whose workspace may be checked out elsewhere.
 */
export async function fetchBranchHead(cwd: string, branch: string): Promise<string> {
  if (!isBranchName(branch)) throw new Error(`invalid branch name ${JSON.stringify(branch)}`)
  const refspec = `+refs/heads/${branch}:refs/remotes/origin/${branch}`
  try {
    await git(cwd, ['fetch', '--depth=1', '--no-tags', '--filter=blob:none', 'origin', refspec])
  } catch {
    await git(cwd, ['fetch', '--depth=1', '--no-tags', 'origin', refspec])
  }
  return (
    await git(cwd, ['rev-parse', '--verify', `refs/remotes/origin/${branch}^{commit}`])
  ).trim()
}

/** The tags on the remote (names without refs/tags/). */
export async function remoteTags(cwd: string): Promise<string[]> {
  const out = await git(cwd, ['ls-remote', '--tags', '--refs', 'origin'])
  return out
    .split('\n')
    .map((line) => line.split('\t')[1] ?? '')
    .filter((ref) => ref.startsWith('refs/tags/'))
    .map((ref) => ref.slice('refs/tags/'.length))
}
