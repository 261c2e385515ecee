/**
 * Step 4 of run(), and what a skipped run reports instead: the log, the warnings, the outputs and
 * the job summary.
 */
import * as core from '@actions/core'
import type { Outcome } from '../github/commit.js'
import type { Decided } from '../plan/decide.js'
import { logLine } from '../plan/decision-text.js'
import { versionNote } from '../plan/prepare-run.js'
import { SETTING_KEYS } from '../plan/settings.js'
import { forLog, forSummaryCell } from '../util/escape.js'
import { runOutputs, type Outputs } from './outputs.js'
import type { RunContext } from './run-context.js'
import { warn } from './runner.js'
import { configNote, releaseNote, resultLine, settingsNote, summaryMarkdown } from './summary.js'

export async function reportSkip(reason: string): Promise<void> {
  core.notice(forLog(`Nothing to do: ${reason}`))
  // A skip measured nothing: head-sha is empty, as versions is {}.
  const none = { images: [], decisions: [], changed: false, head: '' }
  setOutputs(runOutputs({ ...none, commitSha: '', pullRequestUrl: '' }).outputs)
  await core.summary
    .addRaw(`### vro-image-version\n\n${forSummaryCell(`Nothing to do: ${reason}`)}\n`)
    .write()
}

/** Step 4: one log line per decision, the warnings, the outputs and the summary (returned). */
export async function report(
  ctx: RunContext,
  outcome: Outcome<Decided>,
  prUrl: string
): Promise<string> {
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

function setOutputs(outputs: Outputs): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
}
