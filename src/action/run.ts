/**
 * run(): the action's face over the shared use case (plan/prepare-run.ts). It reads the job from
 * the runner, plans and commits through the API (falling back to a pull request when the branch
 * is protected and that is allowed), and reports: log, outputs, summary. The steps after the
 * first are in the files beside it: `run-context.ts` (step 2), `plan-and-commit.ts` (step 3),
 * `run-report.ts` (step 4) and `preview.ts` (a pull request's preview).
 */
// First: the event file is checked before @actions/github parses it (also under local-action).
import { checkEvent } from './event-guard.js'
import * as core from '@actions/core'
import { context } from '@actions/github'
import { failureText } from '../github/errors.js'
import { forLog } from '../util/escape.js'
import { jobFor } from '../plan/event.js'
import { DEFAULT_CONFIG_FILE, readConfig } from '../plan/config-file.js'
import { inputNamer, mergeSettings } from '../plan/settings.js'
import { checkoutDir, getInputs, type Inputs } from './inputs.js'
import { checkRunnerFiles, maskToken, runnerEnv } from './runner.js'
import { planAndCommit } from './plan-and-commit.js'
import { previewPullRequest } from './preview.js'
import { prepare, type RunContext, type Sources, type Work } from './run-context.js'
import { report, reportSkip } from './run-report.js'
import { describe } from './summary.js'

export async function run(): Promise<void> {
  let ctx: RunContext | undefined
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
  // Again with the file's settings, which may name the branch to commit to (never whether to run).
  const job = jobFor(event, inputs)
  if (job.kind === 'skip') return { skip: job.reason }
  core.debug(`Event ${context.eventName} on ${context.ref}: ${describe(job.intent)}`)
  return { inputs, job, sources: { settings: sources, file: config?.file }, root }
}
