/**
 * run(): the action's face over the shared use case (plan-run.ts). It reads the job from the
 * runner, plans and commits through the API (falling back to a pull request when the branch is
 * protected and that is allowed), and reports: log, outputs, summary.
 */
import * as core from '@actions/core'
import { context } from '@actions/github'
import { randomBytes } from 'node:crypto'
import { API_BUDGET_MS } from './api-fetch.js'
import { classifyCommitError, commitLoop, runTrailer, type Outcome } from './commit.js'
import type { Decided, Intent } from './decide.js'
import { apiFailure, forbiddenError, protectedError } from './errors.js'
import { forLog, forSummaryCell } from './escape.js'
import { jobFor, type Job } from './event.js'
import { ensureBranchCommit, remoteTags } from './git.js'
import {
  commitFile,
  createBranch,
  createClient,
  openPullRequest,
  readBranchFile,
  type Octokit,
  type Repository
} from './github.js'
import { DEFAULT_CONFIG_FILE, readConfig } from './config.js'
import { getInputs, type Inputs } from './inputs.js'
import { runOutputs, type Outputs } from './outputs.js'
import { prepareRun, type PreparedRun } from './plan-run.js'
import { logLine } from './report.js'
import { checkRunnerFiles, maskToken, runnerEnv, type RunnerEnv } from './runner.js'
import { SETTING_KEYS, inputNamer, mergeSettings, type MergedSettings } from './settings.js'
import { commitBody, settingsNote, summaryMarkdown, type ResultLink } from './summary.js'

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
  try {
    const { inputs, job, sources } = await readJob()
    if (job.kind === 'skip') return await reportSkip(job.reason)
    const ctx = await prepare(inputs, job, sources)
    const { outcome, prUrl } = await planAndCommit(ctx)
    await report(ctx, outcome, prUrl)
  } catch (error) {
    core.setFailed(forLog(error instanceof Error ? error.message : String(error)))
  }
}

/**
 * Step 1: the inputs (over the configuration file over the defaults) and the event, checked
 * before anything else happens.
 */
async function readJob(): Promise<{ inputs: Inputs; job: Job; sources: Sources }> {
  await checkRunnerFiles()
  const given = getInputs((name) => core.getInput(name))
  maskToken(given.token)
  const config = await readConfig(runnerEnv().workspace, given.configFile || undefined)
  const { settings, sources } = mergeSettings(
    config?.settings,
    given.given,
    inputNamer,
    config?.file ?? DEFAULT_CONFIG_FILE
  )
  const inputs = { ...given, settings }
  const job = jobFor(
    {
      eventName: context.eventName,
      payload: context.payload as Record<string, unknown>,
      sha: context.sha,
      ref: context.ref,
      actor: context.actor
    },
    inputs
  )
  return { inputs, job, sources: { settings: sources, file: config?.file } }
}

async function reportSkip(reason: string): Promise<void> {
  core.notice(forLog(`Nothing to do: ${reason}`))
  const none = { images: [], decisions: [], changed: false, head: context.sha }
  setOutputs(runOutputs({ ...none, commitSha: '', pullRequestUrl: '' }).outputs)
  await core.summary
    .addRaw(`### vro-image-version\n\n${forSummaryCell(`Nothing to do: ${reason}`)}\n`)
    .write()
}

/** Step 2: the checkout read and the intent resolved (the shared use case), the API client. */
async function prepare(inputs: Inputs, job: Work, sources: Sources): Promise<Context> {
  const env = runnerEnv()
  const run = await prepareRun({
    root: env.workspace,
    settings: inputs.settings,
    intent: job.intent,
    now: new Date(),
    tags: () => remoteTags(env.workspace)
  })
  run.repo.warnings.forEach((w) => core.warning(forLog(w)))
  const octokit = createClient(inputs.token, env.apiUrl, {
    requestTimeoutMs: inputs.apiTimeoutMs,
    budgetMs: API_BUDGET_MS
  })
  const repository: Repository = context.repo
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
    title: `vro-image-version: ${describe(run.intent)} on ${branch}${job.dryRun ? ' (dry run)' : ''}`
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
      const head = run.detects ? await ensureBranchCommit(run.repo.root, target, headOid) : headOid
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
    body
  })
  return { outcome, prUrl }
}

/** Step 4: one log line per decision, the warnings, the outputs and the summary. */
async function report(ctx: Context, outcome: Outcome<Decided>, prUrl: string): Promise<void> {
  const { plan } = outcome
  await core.group('Decisions', async () => plan.decisions.forEach((d) => core.info(logLine(d))))
  const { outputs, warnings } = runOutputs({
    images: ctx.run.repo.images,
    decisions: plan.decisions,
    changed: plan.changed,
    head: outcome.headOid,
    commitSha: outcome.status === 'committed' ? outcome.commit.oid : '',
    pullRequestUrl: prUrl
  })
  for (const w of [...plan.warnings, ...warnings]) core.warning(forLog(w))
  const result = resultLine(outcome, ctx.branch, prUrl)
  core.info(forLog(result.link ? `${result.text} (${result.link.url})` : result.text))
  setOutputs(outputs)
  await core.summary
    .addRaw(
      summaryMarkdown({
        title: ctx.title,
        decisions: plan.decisions,
        result: result.text,
        ...(result.link ? { link: result.link } : {}),
        warnings: plan.warnings,
        notes: [settingsNote(ctx.sources.settings, SETTING_KEYS, ctx.sources.file)]
      })
    )
    .write()
}

function setOutputs(outputs: Outputs): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
}

function describe(intent: Intent): string {
  switch (intent.kind) {
    case 'release':
      return `release ${intent.version}`
    case 'pin':
      return intent.manual ? 'manual pin (export)' : 'pin'
    default:
      return intent.kind
  }
}

/** The result in plain text, and what to link to from the summary. */
function resultLine(
  outcome: Outcome<Decided>,
  branch: string,
  prUrl: string
): { text: string; link?: ResultLink } {
  const tries = outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : ''
  switch (outcome.status) {
    case 'committed': {
      const sha = outcome.commit.oid.slice(0, 7)
      return prUrl
        ? {
            text: `Committed ${sha} and opened ${prUrl}${tries}`,
            link: { text: 'pull request', url: prUrl }
          }
        : {
            text: `Committed ${sha} to ${branch}${tries}`,
            link: { text: sha, url: outcome.commit.url }
          }
    }
    case 'dry-run':
      return { text: `Dry run: the file would change on ${branch}; nothing was committed` }
    case 'unchanged':
      return { text: `Nothing to commit: ${branch} already has the right versions` }
  }
}

async function createBranchIfMissing(
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
