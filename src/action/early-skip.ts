/**
 * The fast skip path. A run that the event alone decides (a push or creation of a tag that is
 * not a release tag, a branch or tag deletion, a push of only this action's own commits, a
 * release action other than created/published, a draft or an unwanted prerelease; never the
 * push of a release tag, which pins) is answered here, with node builtins and the same pure rules as run()
 * (`getInputs`, `jobFor`), before run.js and with it Octokit and the HTTP stack are loaded.
 *
 * What it writes is exactly what run() writes for a skip: the token masks, the notice, the eight
 * outputs (GITHUB_OUTPUT file commands, `name<<delimiter`) and the summary. It writes them
 * without @actions/core, whose index loads the HTTP stack: util/runner-commands.ts holds the
 * toolkit's two encodings, tested against @actions/core's own output. Anything it is not
 * sure of (no GITHUB_OUTPUT or GITHUB_STEP_SUMMARY, a file it cannot open, an event payload that
 * is missing or not a JSON object, an input or event that run() would reject, a job to run)
 * leaves everything to run(), which then says what is wrong in its own words.
 */
import {
  accessSync,
  appendFileSync,
  closeSync,
  constants,
  existsSync,
  openSync,
  readFileSync
} from 'node:fs'
import { forLog, forSummaryCell } from '../util/escape.js'
import { jobFor } from '../plan/event.js'
import type { EventContext } from '../plan/event-payload.js'
import { getInputs } from './inputs.js'
import { tokenForms } from '../util/masks.js'
import { fileCommandEntry, workflowCommand } from '../util/runner-commands.js'

type Env = Readonly<Record<string, string | undefined>>

/** What a skip writes, decided from the environment alone; undefined when run() must decide. */
export interface EarlySkip {
  readonly token: string
  readonly reason: string
  readonly sha: string
}

/** The event payload as @actions/github reads it; undefined when only run() can tell. */
function payloadOf(env: Env): Record<string, unknown> | undefined {
  const file = env.GITHUB_EVENT_PATH
  if (!file) return {}
  if (!existsSync(file)) return undefined // @actions/github prints a line about it: run() does
  try {
    const payload: unknown = JSON.parse(readFileSync(file, 'utf8'))
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return undefined
    return payload as Record<string, unknown>
  } catch {
    return undefined
  }
}

/** Decides whether the event alone settles the run (pure but for reading the event file). */
export function earlySkip(env: Env): EarlySkip | undefined {
  if (!env.GITHUB_OUTPUT || !env.GITHUB_STEP_SUMMARY) return undefined
  const payload = payloadOf(env)
  if (payload === undefined) return undefined
  try {
    // core.getInput: INPUT_<NAME>, spaces as underscores, upper case, trimmed.
    const inputs = getInputs((name) =>
      (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
    )
    const ctx: EventContext = {
      eventName: env.GITHUB_EVENT_NAME ?? '',
      payload,
      sha: env.GITHUB_SHA ?? '',
      ref: env.GITHUB_REF ?? '',
      actor: env.GITHUB_ACTOR ?? ''
    }
    const job = jobFor(ctx, inputs)
    if (job.kind !== 'skip') return undefined
    return { token: inputs.token, reason: job.reason, sha: ctx.sha }
  } catch {
    return undefined
  }
}

/** What run() writes for a skip: masks and notice on stdout, the outputs, the summary. */
export function skipOutputs(skip: EarlySkip): {
  readonly stdout: string
  readonly outputs: string
  readonly summary: string
} {
  const { token } = skip
  const masks = tokenForms(token)
  const text = `Nothing to do: ${skip.reason}`
  const outputs: [string, string][] = [
    ['changed', 'false'],
    ['commit-sha', ''],
    ['pinned', '[]'],
    ['unpinned', '[]'],
    ['versions', '{}'],
    ['head-sha', ''],
    ['publish', '[]'],
    ['pull-request-url', '']
  ]
  return {
    stdout: [
      ...masks.map((m) => workflowCommand('add-mask', m)),
      workflowCommand('notice', forLog(text))
    ].join(''),
    outputs: outputs.map(([name, value]) => fileCommandEntry(name, value)).join(''),
    summary: `### vro-image-version\n\n${forSummaryCell(text)}\n`
  }
}

/**
 * Answers a run that the event alone decides, as run() would; true when it did. False (nothing
 * written) when run() must run: then index.ts loads run.js.
 */
export function skipEarly(env: Env = process.env): boolean {
  const skip = earlySkip(env)
  if (!skip) return false
  const outputFile = env.GITHUB_OUTPUT as string
  const summaryFile = env.GITHUB_STEP_SUMMARY as string
  // run() checks first that both files take writes; if one does not, it says so.
  try {
    for (const file of [outputFile, summaryFile]) closeSync(openSync(file, 'a'))
    // core.summary.write() wants to read the summary file too.
    accessSync(summaryFile, constants.R_OK | constants.W_OK)
  } catch {
    return false
  }
  const out = skipOutputs(skip)
  process.stdout.write(out.stdout)
  appendFileSync(outputFile, out.outputs, { encoding: 'utf8' })
  appendFileSync(summaryFile, out.summary, { encoding: 'utf8' })
  return true
}
