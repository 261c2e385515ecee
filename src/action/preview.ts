/**
 * The preview of a pull request: what merging it would do, in the job summary and one sticky
 * comment on it; never a commit.
 */
import * as core from '@actions/core'
import type { Preview } from '../plan/intent.js'
import { forLog } from '../util/escape.js'
import { upsertStickyComment } from './pr-comment.js'
import type { RunContext } from './run-context.js'
import { report } from './run-report.js'

/**
 * A pull request: the plan for the merge commit the checkout holds (the base branch's file with
 * the pull request's changes), reported in the summary and one sticky comment; never a commit.
 */
export async function previewPullRequest(ctx: RunContext, pr: Preview): Promise<void> {
  const plan = await core.group(forLog(`Plan the merge of #${pr.number}`), () =>
    ctx.run.decide(ctx.run.repo.versionsText, pr.mergeSha)
  )
  const status = plan.changed ? ('dry-run' as const) : ('unchanged' as const)
  const markdown = await report(ctx, { status, attempts: 1, plan, headOid: pr.mergeSha }, '')
  if (!ctx.inputs.comment) return
  if (!pr.headSha) {
    core.notice(
      forLog(
        `The preview is in the job summary only: the event names no head commit of #${pr.number}, ` +
          `so whether this run's plan is still current cannot be checked.`
      )
    )
    return
  }
  const posted = await upsertStickyComment(ctx.octokit, ctx.repository, pr.number, markdown, {
    headSha: pr.headSha,
    graphqlUrl: ctx.env.graphqlUrl,
    runUrl: ctx.env.runUrl
  })
  if (posted.action === 'moved') {
    core.notice(
      forLog(
        `The preview comment was left as it is: pull request #${pr.number} has moved on to ` +
          `${posted.head.slice(0, 7)} since ${pr.headSha.slice(0, 7)}, the commit this run planned for ` +
          `(a re-run of an old job, or a push during this one); the run of the new head writes it. ` +
          `This run's preview is in its job summary.`
      )
    )
  } else if (posted.action === 'forbidden') {
    core.notice(
      forLog(
        `The preview is in the job summary only: the token may not comment on #${pr.number}` +
          `${pr.fork ? ' (a pull request from a fork gets a read-only token)' : ''}. ` +
          `Give the job permissions: pull-requests: write, or set comment: false.`
      )
    )
  } else core.info(forLog(`Preview comment ${posted.action}: ${posted.url}`))
}
