/**
 * The event guard: index.ts calls guardEvent() before it loads run.js. @actions/github parses the
 * event file as soon as it is loaded, outside any try/catch, so a malformed payload would crash
 * with a stack trace. This checks the file before that and fails with a message instead; run()
 * checks again when it starts (checkEvent). Importing this module does nothing.
 */
import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { forLog } from '../util/escape.js'

/** What is wrong with the event file, or undefined when it is readable (or absent). */
export function eventProblem(eventPath: string | undefined): string | undefined {
  if (!eventPath) return undefined
  let payload: unknown
  try {
    payload = JSON.parse(readFileSync(eventPath, 'utf8'))
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    return `The event payload ${eventPath} could not be read as JSON: ${(e as Error).message}`
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    return `The event payload ${eventPath} is not a JSON object`
  }
  return undefined
}

/** Checks the event file named by GITHUB_EVENT_PATH; false (and the run failed) when it is bad. */
export function checkEvent(eventPath = process.env.GITHUB_EVENT_PATH): boolean {
  const problem = eventProblem(eventPath)
  if (problem) core.setFailed(forLog(problem))
  return problem === undefined
}

/**
 * The entry point's guard: when the event file is bad, fails the run with a message and exits
 * with 1, before run.js (and @actions/github, which would crash on the file) is loaded.
 */
export function guardEvent(eventPath = process.env.GITHUB_EVENT_PATH): void {
  if (!checkEvent(eventPath)) process.exit(1)
}
