/**
 * The way around a protected branch (on-protected: pull-request): a branch of the run's own and
 * a pull request from it, both idempotent so that a re-run of the same workflow run finds them.
 */
import { ApiError, type Octokit, type Repository } from './client.js'
import {
  GITHUB_BODY_LIMIT,
  PULL_TITLE_LIMIT,
  fitForGitHub,
  fitLine,
  summaryPointer
} from './limits.js'

/** Creates a branch at a commit (REST). */
async function createBranch(
  octokit: Octokit,
  repo: Repository,
  branch: string,
  sha: string
): Promise<void> {
  await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha })
}

/**
 * Opens a pull request, or returns the open one for the same head (a re-run). The body is cut to
 * GitHub's limit, with a closing line naming the run (`runUrl`) whose job summary has it all.
 */
export async function openPullRequest(
  octokit: Octokit,
  repo: Repository,
  {
    runUrl,
    ...args
  }: { head: string; base: string; title: string; body: string; runUrl?: string | undefined }
): Promise<string> {
  try {
    const open = await octokit.rest.pulls.list({
      ...repo,
      head: `${repo.owner}:${args.head}`,
      base: args.base,
      state: 'open'
    })
    const existing = open.data[0]
    if (existing) return existing.html_url
    const pr = await octokit.rest.pulls.create({
      ...repo,
      ...args,
      title: fitLine(args.title, PULL_TITLE_LIMIT),
      body: fitForGitHub(args.body, GITHUB_BODY_LIMIT, summaryPointer(runUrl))
    })
    return pr.data.html_url
  } catch (e) {
    throw new ApiError(
      `The commit is on branch ${args.head}, but the pull request could not be opened: ${(e as Error).message}. ` +
        `Give the job permissions: pull-requests: write, and allow GitHub Actions to create pull requests ` +
        `(Settings > Actions > General), or open it by hand.`
    )
  }
}

/** Creates a branch, or leaves the one a re-run of the same workflow run finds. */
export async function createBranchIfMissing(
  octokit: Octokit,
  repo: Repository,
  branch: string,
  sha: string
): Promise<void> {
  try {
    await createBranch(octokit, repo, branch, sha)
  } catch (e) {
    // A re-run of the same workflow run finds its branch; the commit loop then builds on it.
    if ((e as { status?: number }).status !== 422) throw e
  }
}
