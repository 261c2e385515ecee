/**
 * Step 3 of run(): plan and commit to the branch through the compare-and-swap commit loop; when
 * protection refuses it and on-protected allows, to a new branch with a pull request instead.
 */
import * as core from '@actions/core'
import { classifyCommitError, commitLoop, type Outcome } from '../github/commit.js'
import { commitFile, readBranchFile } from '../github/client.js'
import { createBranchIfMissing, openPullRequest } from '../github/pull-request.js'
import { apiFailure, forbiddenError, protectedError } from '../github/errors.js'
import type { Decided } from '../plan/decide.js'
import { ensureBranchCommit } from '../git/remote.js'
import { hasAutoPins } from '../files/versions-file.js'
import { forLog } from '../util/escape.js'
import type { RunContext } from './run-context.js'
import { commitBody, summaryMarkdown } from './summary.js'

/** Compare-and-swap attempts before giving up; with the backoff, at most ~30 s of waiting. */
const MAX_ATTEMPTS = 8

/**
 * Step 3: plan and commit to the branch; when protection refuses it and on-protected allows,
 * to a new branch with a pull request instead.
 */
export async function planAndCommit(
  ctx: RunContext
): Promise<{ outcome: Outcome<Decided>; prUrl: string }> {
  try {
    const outcome = await core.group(forLog(`Plan and commit to ${ctx.branch}`), () =>
      commitTo(ctx, ctx.branch)
    )
    return { outcome, prUrl: '' }
  } catch (err) {
    const kind = classifyCommitError(err)
    if (kind === 'forbidden') throw forbiddenError(ctx.branch)
    if (kind !== 'protected') throw apiFailure(err, ctx.env.graphqlUrl)
    if (ctx.inputs.onProtected !== 'pull-request') throw protectedError(ctx.branch, err)
    return fallBackToPullRequest(ctx)
  }
}

/**
 * The commit loop on one branch. Each attempt measures against the head it read for the
 * compare-and-swap, so a re-run of an old run, or a retry after someone else's push, decides
 * what a fresh run on that head would.
 */
function commitTo(ctx: RunContext, target: string): Promise<Outcome<Decided>> {
  const { env, octokit, repository, run } = ctx
  const file = run.repo.versionsFile.rel
  return commitLoop<Decided>(
    {
      read: () => readBranchFile(octokit, env.graphqlUrl, repository, target, file),
      write: (expectedHeadOid, plan) =>
        commitFile(octokit, env.graphqlUrl, repository, {
          branch: target,
          expectedHeadOid,
          path: file,
          text: plan.text,
          headline: ctx.job.headline,
          body: commitBody(plan.decisions, env.runUrl, ctx.trailer)
        }),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      random: Math.random
    },
    async (text, headOid) => {
      // A push with no auto pin at the head has nothing to measure: no fetch, no git at all.
      const measures =
        run.intent.kind === 'release' ||
        (run.intent.kind === 'push' && hasAutoPins(text ?? '', run.repo.images))
      const head = measures ? await ensureBranchCommit(run.repo.root, target, headOid) : headOid
      return run.decide(text ?? '', head)
    },
    { maxAttempts: MAX_ATTEMPTS, dryRun: ctx.job.dryRun, branch: target, trailer: ctx.trailer }
  )
}

async function fallBackToPullRequest(
  ctx: RunContext
): Promise<{ outcome: Outcome<Decided>; prUrl: string }> {
  const prBranch = `vro-image-version/${ctx.env.runId || Date.now()}`
  core.warning(
    forLog(
      `${ctx.branch} refused the commit (branch protection or a ruleset); committing to ${prBranch} and opening a pull request`
    )
  )
  const { headOid } = await readBranchFile(
    ctx.octokit,
    ctx.env.graphqlUrl,
    ctx.repository,
    ctx.branch,
    ctx.run.repo.versionsFile.rel
  )
  await createBranchIfMissing(ctx.octokit, ctx.repository, prBranch, headOid)
  const outcome = await commitTo(ctx, prBranch)
  const body = summaryMarkdown({
    title: ctx.title,
    decisions: outcome.plan.decisions,
    result: '',
    warnings: outcome.plan.warnings
  })
  const prUrl = await openPullRequest(ctx.octokit, ctx.repository, {
    head: prBranch,
    base: ctx.branch,
    title: ctx.job.headline,
    body,
    runUrl: ctx.env.runUrl
  })
  return { outcome, prUrl }
}
