/**
 * The run's context: everything a run of the action needs once its job is known, prepared in
 * step 2 of run() (the checkout read and the intent resolved through the shared use case, the API
 * client, the branch).
 */
import * as core from '@actions/core'
import { context } from '@actions/github'
import { randomBytes } from 'node:crypto'
import { API_BUDGET_MS } from '../github/fetch.js'
import { runTrailer } from '../github/commit.js'
import { createClient, latestReleaseTag, type Octokit, type Repository } from '../github/client.js'
import type { Job } from '../plan/intent.js'
import type { MergedSettings } from '../plan/settings.js'
import { prepareRun, type PreparedRun } from '../plan/prepare-run.js'
import { remoteTags } from '../git/remote.js'
import { forLog } from '../util/escape.js'
import type { Inputs } from './inputs.js'
import { runnerEnv, warn, type RunnerEnv } from './runner.js'
import { describe } from './summary.js'

/** A job that is not skipped. */
export type Work = Exclude<Job, { kind: 'skip' }>

/** Everything a run needs once the job is known. */
export interface RunContext {
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
export interface Sources {
  readonly settings: MergedSettings['sources']
  /** The configuration file read, if any. */
  readonly file: string | undefined
}

/** Step 2: the checkout read and the intent resolved (the shared use case), the API client. */
export async function prepare(
  inputs: Inputs,
  job: Work,
  sources: Sources,
  root: string
): Promise<RunContext> {
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
