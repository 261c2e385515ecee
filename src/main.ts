/**
 * run(): inputs -> event -> plan -> commit -> outputs. The one place that talks to the runner.
 */
import * as core from '@actions/core'
import { context } from '@actions/github'
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { API_BUDGET_MS } from './api-fetch.js'
import { classifyCommitError, commitLoop, runTrailer, type Outcome } from './commit.js'
import { Decider, type Decided, type DetectSettings, type Intent } from './decide.js'
import { apiFailure, forbiddenError, protectedError } from './errors.js'
import { jobFor, type EventContext } from './event.js'
import { forLog, forSummaryCell } from './escape.js'
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
import { splitCommand } from './compare-command.js'
import { parsePathsInput } from './image-inputs.js'
import { getInputs, type Inputs } from './inputs.js'
import type { Image } from './image-vars.js'
import type { Decision } from './plan.js'
import { loadRepo, type Repo } from './repo.js'
import { logLine } from './report.js'
import { resolveIntent } from './resolve.js'
import { commitBody, summaryMarkdown, type ResultLink } from './summary.js'
import { escapeForMessage } from './escape.js'
import { isImageVersion } from './version.js'

/** Compare-and-swap attempts before giving up; with the backoff, at most ~30 s of waiting. */
const MAX_ATTEMPTS = 8

interface RunnerEnv {
  readonly workspace: string
  readonly apiUrl: string
  readonly graphqlUrl: string
  readonly serverUrl: string
  readonly runUrl: string | undefined
  readonly runId: string
  readonly runAttempt: string
}

function runnerEnv(): RunnerEnv {
  const serverUrl = process.env.GITHUB_SERVER_URL || 'https://github.com'
  const apiUrl = process.env.GITHUB_API_URL || 'https://api.github.com'
  const runId = process.env.GITHUB_RUN_ID ?? ''
  const repo = process.env.GITHUB_REPOSITORY
  return {
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    apiUrl,
    // GitHub Enterprise Server serves GraphQL at /api/graphql beside /api/v3.
    graphqlUrl: process.env.GITHUB_GRAPHQL_URL || `${apiUrl.replace(/\/v3\/?$/, '')}/graphql`,
    serverUrl,
    runUrl: repo && runId ? `${serverUrl}/${repo}/actions/runs/${runId}` : undefined,
    runId,
    runAttempt: process.env.GITHUB_RUN_ATTEMPT ?? ''
  }
}

/** Hides the token and the forms git and HTTP headers carry it in. */
function maskToken(token: string): void {
  core.setSecret(token)
  core.setSecret(Buffer.from(token).toString('base64'))
  core.setSecret(Buffer.from(`x-access-token:${token}`).toString('base64'))
}

function detectSettings(inputs: Inputs, repo: Repo): DetectSettings {
  const compare = inputs.compareCommand === '' ? undefined : splitCommand(inputs.compareCommand)
  return {
    cwd: repo.root,
    paths: parsePathsInput(inputs.paths),
    sharedPaths: inputs.sharedPaths,
    ignorePaths: inputs.ignorePaths,
    versionsFile: repo.versionsFile.rel,
    onMissingTag: inputs.onMissingTag,
    detection: inputs.detection,
    compareTimeoutMs: inputs.compareTimeoutMs,
    ...(compare ? { compareCommand: compare } : {})
  }
}

async function readVersionsTxt(root: string): Promise<string | undefined> {
  try {
    return await fs.readFile(path.join(root, 'versions.txt'), 'utf8')
  } catch {
    return undefined
  }
}

/**
 * True when the image's version (its pin, or the head's short sha) may be handed to a deploy step
 * as a tag; otherwise warns, naming the image and the value, and the image is left out of
 * `versions` and `publish` (a hand-written pin that is not a version is never deployed or built).
 */
function deployableVersion(d: Decision, head: string): boolean {
  const version = d.after ?? head.slice(0, 7)
  if (isImageVersion(version)) return true
  const [what, fix] =
    d.after === null
      ? [
          'the head commit',
          'The event names no commit sha for the head; run on push, release or workflow_dispatch.'
        ]
      : [`${d.prefix}_VER`, `Fix the ${d.prefix}_VER line of the versions file.`]
  core.warning(
    forLog(
      `${d.image}: ${what} gives ${escapeForMessage(version)}, which is not a release version or a short sha; ` +
        `left out of the versions and publish outputs. ${fix}`
    )
  )
  return false
}

/** Outputs for downstream steps: what changed, and what to deploy and publish. */
function setOutputs(
  images: readonly Image[],
  decisions: readonly Decision[],
  changed: boolean,
  head: string,
  commitSha: string,
  prUrl: string
): void {
  // Stale pins (prefixes no longer in the image list) are reported, not deployed.
  const known = new Set(images.map((i) => i.prefix))
  const listed = decisions.filter((d) => known.has(d.prefix))
  const named = (action: Decision['action']): string[] =>
    decisions.filter((d) => d.action === action).map((d) => d.image)
  core.setOutput('changed', String(changed))
  core.setOutput('commit-sha', commitSha)
  core.setOutput('pinned', JSON.stringify(named('pin')))
  core.setOutput('unpinned', JSON.stringify(named('unpin')))
  const deployable = listed.filter((d) => deployableVersion(d, head))
  core.setOutput(
    'versions',
    JSON.stringify(
      Object.fromEntries(deployable.map((d) => [d.image, d.after ?? head.slice(0, 7)]))
    )
  )
  core.setOutput(
    'publish',
    JSON.stringify(deployable.filter((d) => d.after === null).map((d) => d.image))
  )
  core.setOutput('pull-request-url', prUrl)
}

/**
 * The runner's output and summary files must take writes: finding out after the commit would
 * leave a commit that downstream steps never hear of.
 */
async function checkRunnerFiles(): Promise<void> {
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY']) {
    const file = process.env[name]
    if (!file) continue
    try {
      await (await fs.open(file, 'a')).close()
    } catch (e) {
      throw new Error(
        `${name} is ${escapeForMessage(file, 200)}, which cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). ` +
          `Nothing was committed. The runner sets ${name} to a writable file; if a step changed it, point it at a writable file or leave it unset.`
      )
    }
  }
}

export async function run(): Promise<void> {
  try {
    await checkRunnerFiles()
    const inputs = getInputs((name) => core.getInput(name))
    maskToken(inputs.token)
    const env = runnerEnv()
    const ctx: EventContext = {
      eventName: context.eventName,
      payload: context.payload as Record<string, unknown>,
      sha: context.sha,
      ref: context.ref,
      actor: context.actor
    }
    const job = jobFor(ctx, inputs)
    if (job.kind === 'skip') {
      core.notice(forLog(`Nothing to do: ${job.reason}`))
      setOutputs([], [], false, context.sha, '', '')
      await core.summary
        .addRaw(`### vro-image-version\n\n${forSummaryCell(`Nothing to do: ${job.reason}`)}\n`)
        .write()
      return
    }

    const repo = await loadRepo(env.workspace, inputs.varsFile, inputs.versionsFile)
    repo.warnings.forEach((w) => core.warning(forLog(w)))
    const intent = await resolveIntent(job.intent, repo.images, {
      versionsTxt: await readVersionsTxt(repo.root),
      remoteTags: () => remoteTags(repo.root)
    })
    const octokit = createClient(inputs.token, env.apiUrl, {
      requestTimeoutMs: inputs.apiTimeoutMs,
      budgetMs: API_BUDGET_MS
    })
    const trailer = runTrailer(env.runId, env.runAttempt, randomBytes(4).toString('hex'))
    const repository: Repository = context.repo
    const branch =
      job.branch ?? (await octokit.rest.repos.get({ ...repository })).data.default_branch
    const settings = detectSettings(inputs, repo)

    // One decider for every attempt. Each attempt measures against the head it read for the
    // compare-and-swap, so a re-run of an old run, or a retry after someone else's push, decides
    // what a fresh run on that head would; detection is cached per (image, tag, head).
    const decider = new Decider(repo.images, settings, new Date())
    const detects = intent.kind === 'push' || intent.kind === 'release'
    const applyOn =
      (target: string) =>
      async (text: string | undefined, headOid: string): Promise<Decided> => {
        const head = detects ? await ensureBranchCommit(repo.root, target, headOid) : headOid
        return decider.decide(text ?? '', intent, head)
      }
    const commitTo = (target: string): Promise<Outcome<Decided>> =>
      commitLoop<Decided>(
        {
          read: () =>
            readBranchFile(octokit, env.graphqlUrl, repository, target, repo.versionsFile.rel),
          write: (expectedHeadOid, plan) =>
            commitFile(octokit, env.graphqlUrl, repository, {
              branch: target,
              expectedHeadOid,
              path: repo.versionsFile.rel,
              text: plan.text,
              headline: job.headline,
              body: commitBody(plan.decisions, env.runUrl, trailer)
            }),
          sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
          random: Math.random
        },
        applyOn(target),
        { maxAttempts: MAX_ATTEMPTS, dryRun: job.dryRun, branch: target, trailer }
      )

    const title = `vro-image-version: ${describe(intent)} on ${branch}${job.dryRun ? ' (dry run)' : ''}`
    let outcome: Outcome<Decided>
    let prUrl = ''
    try {
      outcome = await core.group(forLog(`Plan and commit to ${branch}`), () => commitTo(branch))
    } catch (err) {
      const kind = classifyCommitError(err)
      if (kind === 'forbidden') throw forbiddenError(branch)
      if (kind !== 'protected') throw apiFailure(err, env.graphqlUrl)
      if (inputs.onProtected !== 'pull-request') throw protectedError(branch, err)
      const prBranch = `vro-image-version/${env.runId || Date.now()}`
      core.warning(
        forLog(
          `${branch} refused the commit (branch protection or a ruleset); committing to ${prBranch} and opening a pull request`
        )
      )
      const { headOid } = await readBranchFile(
        octokit,
        env.graphqlUrl,
        repository,
        branch,
        repo.versionsFile.rel
      )
      await createBranchIfMissing(octokit, repository, prBranch, headOid)
      outcome = await commitTo(prBranch)
      const markdown = summaryMarkdown({
        title,
        decisions: outcome.plan.decisions,
        result: '',
        warnings: outcome.plan.warnings
      })
      prUrl = await openPullRequest(octokit, repository, {
        head: prBranch,
        base: branch,
        title: job.headline,
        body: markdown
      })
    }

    const { plan } = outcome
    await core.group('Decisions', async () => plan.decisions.forEach((d) => core.info(logLine(d))))
    plan.warnings.forEach((w) => core.warning(forLog(w)))
    const result = resultLine(outcome, branch, prUrl)
    core.info(forLog(result.link ? `${result.text} (${result.link.url})` : result.text))
    const commitSha = outcome.status === 'committed' ? outcome.commit.oid : ''
    setOutputs(repo.images, plan.decisions, plan.changed, outcome.headOid, commitSha, prUrl)
    await core.summary
      .addRaw(
        summaryMarkdown({
          title,
          decisions: plan.decisions,
          result: result.text,
          ...(result.link ? { link: result.link } : {}),
          warnings: plan.warnings
        })
      )
      .write()
  } catch (error) {
    core.setFailed(forLog(error instanceof Error ? error.message : String(error)))
  }
}

function describe(intent: Intent): string {
  switch (intent.kind) {
    case 'release':
      return `release ${intent.version}`
    case 'push':
      return 'push'
    case 'status':
      return 'status'
    case 'pin':
      return intent.manual ? 'manual pin (export)' : 'pin'
    case 'unpin':
      return 'unpin'
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
