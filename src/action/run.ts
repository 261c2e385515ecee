/**
 * run(): the action's face over the shared use case (plan-run.ts). It reads the job from the
 * runner, plans and commits through the API (falling back to a pull request when the branch is
 * protected and that is allowed), and reports: log, outputs, summary.
 */
// First: the event file is checked before @actions/github parses it (also under local-action).
import { checkEvent } from './event-guard.js'
import * as core from '@actions/core'
import { context } from '@actions/github'
import { randomBytes } from 'node:crypto'
import { API_BUDGET_MS } from '../github/fetch.js'
import { classifyCommitError, commitLoop, runTrailer, type Outcome } from '../github/commit.js'
import type { Decided } from '../plan/decide.js'
import { apiFailure, failureText, forbiddenError, protectedError } from '../github/errors.js'
import { forLog, forSummaryCell } from '../util/escape.js'
import { jobFor, type Job, type Preview } from '../plan/event.js'
import { ensureBranchCommit, remoteTags } from '../git/remote.js'
import {
  commitFile,
  createBranchIfMissing,
  createClient,
  latestReleaseTag,
  openPullRequest,
  readBranchFile,
  type Octokit,
  type Repository
} from '../github/client.js'
import { DEFAULT_CONFIG_FILE, readConfig } from '../plan/config-file.js'
import { checkoutDir, getInputs, type Inputs } from './inputs.js'
import { runOutputs, type Outputs } from './outputs.js'
import { prepareRun, versionNote, type PreparedRun } from '../plan/prepare-run.js'
import { upsertStickyComment } from './pr-comment.js'
import { logLine } from '../plan/decision-text.js'
import { checkRunnerFiles, maskToken, runnerEnv, type RunnerEnv } from './runner.js'
import { SETTING_KEYS, inputNamer, mergeSettings, type MergedSettings } from '../plan/settings.js'
import { annotationOf, warningText, type Warning } from '../util/warning.js'
import {
  commitBody,
  configNote,
  describe,
  releaseNote,
  resultLine,
  settingsNote,
  summaryMarkdown
} from './summary.js'
import { hasAutoPins } from '../files/versions-file.js'

/** Compare-and-swap attempts before giving up; with the backoff, at most ~30 s of waiting. */
const MAX_ATTEMPTS = 8

type Work = Exclude<Job, { kind: 'skip' }>

/** Everything a run needs once the job is known. */
interface Context {
  readonly inputs: Inputs
  readonly job: Work
  readonly env: RunnerEnv
  readonly run: PreparedRun
  readonly octokit: Octokit
  readonly repository: Repository
  readonly branch: string
  readonly trailer: string
  readonly title: string
  readonly sources: Sources
}

/** Where each shared setting came from, for the summary. */
interface Sources {
  readonly settings: MergedSettings['sources']
  /** The configuration file read, if any. */
  readonly file: string | undefined
}

export async function run(): Promise<void> {
  let ctx: Context | undefined
  if (!checkEvent()) return
  try {
    const read = await readJob()
    if ('skip' in read) return await reportSkip(read.skip)
    const { inputs, job, sources, root } = read
    ctx = await prepare(inputs, job, sources, root)
    if (job.preview) return await previewPullRequest(ctx, job.preview)
    const { outcome, prUrl } = await planAndCommit(ctx)
    await report(ctx, outcome, prUrl)
  } catch (error) {
    core.setFailed(forLog(failureText(error)))
  } finally {
    // Later steps of the job find the checkout as actions/checkout left it.
    await ctx?.run.close().catch((e: unknown) => core.debug(`Restoring the checkout: ${String(e)}`))
  }
}

/**
 * Step 1: the inputs (over the configuration file over the defaults) and the event, checked
 * before anything else happens.
 */
async function readJob(): Promise<
  { skip: string } | { inputs: Inputs; job: Work; sources: Sources; root: string }
> {
  await checkRunnerFiles()
  const given = getInputs((name) => core.getInput(name))
  maskToken(given.token)
  const event = {
    eventName: context.eventName,
    payload: context.payload as Record<string, unknown>,
    sha: context.sha,
    ref: context.ref,
    actor: context.actor
  }
  // A run the event alone decides is skipped before the configuration file is read, as the
  // fast path in index.ts does.
  const early = jobFor(event, given)
  if (early.kind === 'skip') return { skip: early.reason }
  // The checkout: the workspace, or working-directory inside it (actions/checkout's path:).
  const root = checkoutDir(runnerEnv().workspace, given.workingDirectory)
  core.debug(`Checkout: ${root}`)
  const config = await readConfig(root, given.configFile || undefined)
  const { settings, sources } = mergeSettings(
    config?.settings,
    given.given,
    inputNamer,
    config?.file ?? DEFAULT_CONFIG_FILE
  )
  const inputs = { ...given, settings }
  const job = jobFor(event, inputs)
  core.debug(
    `Event ${context.eventName} on ${context.ref}: ${job.kind === 'skip' ? `skip (${job.reason})` : describe(job.intent)}`
  )
  if (job.kind === 'skip') return { skip: job.reason }
  return { inputs, job, sources: { settings: sources, file: config?.file }, root }
}

async function reportSkip(reason: string): Promise<void> {
  core.notice(forLog(`Nothing to do: ${reason}`))
  // A skip measured nothing: head-sha is empty, as versions is {}.
  const none = { images: [], decisions: [], changed: false, head: '' }
  setOutputs(runOutputs({ ...none, commitSha: '', pullRequestUrl: '' }).outputs)
  await core.summary
    .addRaw(`### vro-image-version\n\n${forSummaryCell(`Nothing to do: ${reason}`)}\n`)
    .write()
}

/** Step 2: the checkout read and the intent resolved (the shared use case), the API client. */
async function prepare(
  inputs: Inputs,
  job: Work,
  sources: Sources,
  root: string
): Promise<Context> {
  const env = runnerEnv()
  const octokit = createClient(inputs.token, env.apiUrl, {
    requestTimeoutMs: inputs.apiTimeoutMs,
    budgetMs: API_BUDGET_MS
  })
  const repository: Repository = context.repo
  const run = await prepareRun({
    root,
    settings: inputs.settings,
    intent: job.intent,
    now: new Date(),
    tags: () => remoteTags(root),
    latestRelease: () => latestReleaseTag(octokit, repository)
  })
  run.repo.warnings.forEach(warn)
  for (const note of job.notes ?? []) core.info(forLog(note))
  core.debug(
    `Intent ${describe(run.intent)}${run.versionSource ? ` (version from ${run.versionSource})` : ''}; ` +
      `${run.repo.images.length} images; the pins in ${run.repo.versionsFile.rel}`
  )
  const branch = job.branch ?? (await octokit.rest.repos.get({ ...repository })).data.default_branch
  return {
    inputs,
    job,
    env,
    run,
    octokit,
    repository,
    branch,
    sources,
    trailer: runTrailer(env.runId, env.runAttempt, randomBytes(4).toString('hex')),
    title: job.preview
      ? `vro-image-version: what merging #${job.preview.number} into ${branch} would do`
      : `vro-image-version: ${describe(run.intent)} on ${branch}${job.dryRun ? ' (dry run)' : ''}`
  }
}

/**
 * Step 3: plan and commit to the branch; when protection refuses it and on-protected allows,
 * to a new branch with a pull request instead.
 */
async function planAndCommit(ctx: Context): Promise<{ outcome: Outcome<Decided>; prUrl: string }> {
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
function commitTo(ctx: Context, target: string): Promise<Outcome<Decided>> {
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
      return run.plan(text ?? '', head)
    },
    { maxAttempts: MAX_ATTEMPTS, dryRun: ctx.job.dryRun, branch: target, trailer: ctx.trailer }
  )
}

async function fallBackToPullRequest(
  ctx: Context
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
    ...(ctx.env.runUrl ? { runUrl: ctx.env.runUrl } : {})
  })
  return { outcome, prUrl }
}

/**
 * A pull request: the plan for the merge commit the checkout holds (the base branch's file with
 * the pull request's changes), reported in the summary and one sticky comment; never a commit.
 */
async function previewPullRequest(ctx: Context, pr: Preview): Promise<void> {
  const plan = await core.group(forLog(`Plan the merge of #${pr.number}`), () =>
    ctx.run.plan(ctx.run.repo.versionsText, pr.mergeSha)
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
    ...(ctx.env.runUrl ? { runUrl: ctx.env.runUrl } : {})
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

/** Step 4: one log line per decision, the warnings, the outputs and the summary (returned). */
async function report(ctx: Context, outcome: Outcome<Decided>, prUrl: string): Promise<string> {
  const { plan } = outcome
  await core.group('Decisions', async () => plan.decisions.forEach((d) => core.info(logLine(d))))
  core.debug(
    `Measured at ${outcome.headOid}: ${plan.stats.gitProcesses} git processes, ${plan.stats.fetches} fetches; ${outcome.status} after ${outcome.attempts} attempt(s)`
  )
  const { outputs, warnings } = runOutputs({
    images: ctx.run.repo.images,
    decisions: plan.decisions,
    changed: plan.changed,
    head: outcome.headOid,
    commitSha: outcome.status === 'committed' ? outcome.commit.oid : '',
    pullRequestUrl: prUrl
  })
  for (const w of [...plan.warnings, ...warnings]) warn(w)
  const result = resultLine(outcome, ctx.branch, prUrl, ctx.job.preview)
  core.info(forLog(result.link ? `${result.text} (${result.link.url})` : result.text))
  setOutputs(outputs)
  const markdown = summaryMarkdown({
    title: ctx.title,
    decisions: plan.decisions,
    result: result.text,
    ...(result.link ? { link: result.link } : {}),
    warnings: plan.warnings,
    notes: [
      ...(ctx.job.notes ?? []),
      ...[versionNote(ctx.run), releaseNote(ctx.run.intent, plan.decisions)].filter(
        (n): n is string => n !== undefined
      ),
      settingsNote(ctx.sources.settings, SETTING_KEYS, ctx.sources.file),
      configNote(ctx.sources.file)
    ]
  })
  await core.summary.addRaw(markdown).write()
  return markdown
}

/** A warning in the log; one about a file of the repository is an annotation on its line. */
function warn(w: Warning): void {
  const at = annotationOf(w)
  if (at) core.warning(forLog(warningText(w)), at)
  else core.warning(forLog(warningText(w)))
}

function setOutputs(outputs: Outputs): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
}
