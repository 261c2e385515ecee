/**
 * The run's failures that the user fixes outside the inputs (permissions, protection, the API,
 * the runner's files): what each means and what to do next. Each has a stable id, printed after
 * the message and listed in docs/troubleshooting.md.
 */
import { ApiGiveUpError, ApiTimeoutError } from './fetch.js'
import { escapeForMessage } from '../util/escape.js'
import { KnownError } from '../util/errors.js'

/** The stable ids; docs/troubleshooting.md has a row for each (a docs test checks it). */
export const ERROR_IDS = [
  'runner-file',
  'token-forbidden',
  'branch-protected',
  'api-bounded',
  'api-unreachable',
  'api-failing',
  'api-rate-limited'
] as const
export type ErrorId = (typeof ERROR_IDS)[number]

/** A failure with a stable id. */
export class ActionError extends KnownError {
  override name = 'ActionError'
  constructor(
    readonly id: ErrorId,
    message: string
  ) {
    super(message)
  }
}

/** The message as the run prints it: the text, then its id to look up. */
export function failureText(error: unknown): string {
  if (error instanceof ActionError) return `${error.message} [${error.id}]`
  return error instanceof Error ? error.message : String(error)
}

/** GITHUB_OUTPUT or GITHUB_STEP_SUMMARY cannot take writes. */
export function runnerFileError(name: string, file: string, cause: unknown): ActionError {
  const why = (cause as NodeJS.ErrnoException).code ?? (cause as Error).message
  return new ActionError(
    'runner-file',
    `${name} is ${escapeForMessage(file, 200)}, which cannot be written (${why}). ` +
      `Nothing was committed. The runner sets ${name} to a writable file; if a step changed it, point it at a writable file or leave it unset.`
  )
}

export function protectedError(branch: string, cause: unknown): ActionError {
  return new ActionError(
    'branch-protected',
    `${branch} refused the commit: branch protection or a ruleset requires changes through a pull request ` +
      `(${(cause as Error).message.split('\n')[0]}). Remedies: set on-protected: pull-request to open a pull request instead; ` +
      `or add the GitHub App or user behind the token to the bypass list of the rule; or use a token of an actor allowed to push to ${branch}.`
  )
}

export function forbiddenError(branch: string): ActionError {
  return new ActionError(
    'token-forbidden',
    `The token may not write to ${branch} (Resource not accessible by integration). ` +
      `Give the job permissions: contents: write (and pull-requests: write for on-protected: pull-request), ` +
      `or pass a token with write access in the token input.`
  )
}

/** Says what a failed API call means and what to do; other errors pass through. */
export function apiFailure(err: unknown, graphqlUrl: string): unknown {
  const e = err as {
    status?: number
    code?: string
    message?: string
    cause?: { code?: string }
  } | null
  const message = String(e?.message ?? err)
  const code = e?.code ?? e?.cause?.code ?? ''
  const rerun = 'A re-run is safe: it changes nothing when the file is already right.'
  // Our own bounds and answer checks (src/github/fetch.ts) say what went wrong themselves.
  const own = [err, (e as { cause?: unknown } | null)?.cause].find(
    (x) => x instanceof ApiTimeoutError || x instanceof ApiGiveUpError
  )
  if (own) return new ActionError('api-bounded', `${(own as Error).message} ${rerun}`)
  if (
    /ECONNREFUSED|ENOTFOUND|ECONNRESET|ETIMEDOUT|EAI_AGAIN|UND_ERR/.test(code) ||
    /ECONNREFUSED|ENOTFOUND|fetch failed|socket|other side closed/i.test(message)
  ) {
    return new ActionError(
      'api-unreachable',
      `Could not reach the GitHub API at ${graphqlUrl} (${message}). Check GITHUB_API_URL/GITHUB_GRAPHQL_URL and the network. ${rerun}`
    )
  }
  if (typeof e?.status === 'number' && e.status >= 500) {
    return new ActionError(
      'api-failing',
      `The GitHub API kept answering HTTP ${e.status} after retries (${message.slice(0, 200)}). ${rerun}`
    )
  }
  if (/rate limit/i.test(message)) {
    return new ActionError(
      'api-rate-limited',
      `The GitHub API rate limit was hit and did not clear in time (${message.slice(0, 200)}). Re-run later.`
    )
  }
  return err
}
