/**
 * What the Actions runner provides beside the inputs: its environment and its files, and the
 * warnings of its log.
 */
import * as core from '@actions/core'
import { promises as fs } from 'node:fs'
import { registerSecret } from '../util/child-env.js'
import { runnerFileError } from '../github/errors.js'
import { tokenForms } from '../util/masks.js'
import { forLog } from '../util/escape.js'
import { annotationOf, warningText, type Warning } from '../util/warning.js'

export interface RunnerEnv {
  readonly workspace: string
  readonly apiUrl: string
  readonly graphqlUrl: string
  readonly runUrl: string | undefined
  readonly runId: string
  readonly runAttempt: string
}

/** The runner's variables, with GitHub.com's defaults and GitHub Enterprise Server's layout. */
export function runnerEnv(env: NodeJS.ProcessEnv = process.env): RunnerEnv {
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com'
  const apiUrl = env.GITHUB_API_URL || 'https://api.github.com'
  const runId = env.GITHUB_RUN_ID ?? ''
  const repo = env.GITHUB_REPOSITORY
  return {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    apiUrl,
    // GitHub Enterprise Server serves GraphQL at /api/graphql beside /api/v3.
    graphqlUrl: env.GITHUB_GRAPHQL_URL || `${apiUrl.replace(/\/v3\/?$/, '')}/graphql`,
    runUrl: repo && runId ? `${serverUrl}/${repo}/actions/runs/${runId}` : undefined,
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? ''
  }
}

/** Hides the token and the forms git and HTTP headers carry it in, from the log and from children. */
export function maskToken(token: string): void {
  for (const form of tokenForms(token)) core.setSecret(form)
  // Nor does it reach a child process, under any variable name.
  registerSecret(token)
}

/**
 * The runner's output and summary files must take writes: finding out after the commit would
 * leave a commit that downstream steps never hear of.
 */
export async function checkRunnerFiles(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY']) {
    const file = env[name]
    if (!file) continue
    try {
      await (await fs.open(file, 'a')).close()
    } catch (e) {
      throw runnerFileError(name, file, e)
    }
  }
}

/** A warning in the log; one about a file of the repository is an annotation on its line. */
export function warn(w: Warning): void {
  const at = annotationOf(w)
  if (at) core.warning(forLog(warningText(w)), at)
  else core.warning(forLog(warningText(w)))
}
