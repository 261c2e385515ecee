/**
 * The messages for a failed commit or API call: what it means and what to do next.
 */
import { ApiGiveUpError, ApiTimeoutError } from './api-fetch.js'

export function protectedError(branch: string, cause: unknown): Error {
  return new Error(
    `${branch} refused the commit: branch protection or a ruleset requires changes through a pull request ` +
      `(${(cause as Error).message.split('\n')[0]}). Remedies: set on-protected: pull-request to open a pull request instead; ` +
      `or add the GitHub App or user behind the token to the bypass list of the rule; or use a token of an actor allowed to push to ${branch}.`
  )
}

export function forbiddenError(branch: string): Error {
  return new Error(
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
  // Our own bounds and answer checks (src/api-fetch.ts) say what went wrong themselves.
  const own = [err, (e as { cause?: unknown } | null)?.cause].find(
    (x) => x instanceof ApiTimeoutError || x instanceof ApiGiveUpError
  )
  if (own) return new Error(`${(own as Error).message} ${rerun}`)
  if (
    /ECONNREFUSED|ENOTFOUND|ECONNRESET|ETIMEDOUT|EAI_AGAIN|UND_ERR/.test(code) ||
    /ECONNREFUSED|ENOTFOUND|fetch failed|socket|other side closed/i.test(message)
  ) {
    return new Error(
      `Could not reach the GitHub API at ${graphqlUrl} (${message}). Check GITHUB_API_URL/GITHUB_GRAPHQL_URL and the network. ${rerun}`
    )
  }
  if (typeof e?.status === 'number' && e.status >= 500) {
    return new Error(
      `The GitHub API kept answering HTTP ${e.status} after retries (${message.slice(0, 200)}). ${rerun}`
    )
  }
  if (/rate limit/i.test(message)) {
    return new Error(
      `The GitHub API rate limit was hit and did not clear in time (${message.slice(0, 200)}). Re-run later.`
    )
  }
  return err
}
