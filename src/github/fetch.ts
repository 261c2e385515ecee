/**
 * The fetch under Octokit: every GitHub API request is bounded, and every answer is read whole
 * and checked to be the JSON it claims to be before Octokit sees it.
 *
 * Bounds:
 * - Per request: `api-timeout` (default 30 s) from sending the request to the last byte of the
 *   answer. A timed-out request is retried by the retry plugin like a 5xx (3 retries, 1 + 4 + 9 s
 *   apart), so one call waits at most 4 x api-timeout + 14 s.
 * - Per run: {@link API_BUDGET_MS} for all API work from the client's creation (requests, retry
 *   and rate-limit waits, the commit loop's backoff). Once spent, requests are not sent and the
 *   run fails; that failure is not retried.
 */
import { defaults } from '@actions/github/lib/utils'
import { KnownError } from '../util/errors.js'

/** The whole run's API budget: 10 minutes, far beyond a healthy run's few seconds. */
export const API_BUDGET_MS = 10 * 60_000

/** Answers above this are refused unread by JSON: a versions file of pins is a few KB. */
export const API_MAX_ANSWER_BYTES = 5 * 1024 * 1024

export interface ApiBounds {
  readonly requestTimeoutMs: number
  readonly budgetMs: number
}

/** A request that took longer than its bound (retried by the retry plugin, as a 5xx is). */
export class ApiTimeoutError extends KnownError {
  override name = 'ApiTimeoutError'
  get id(): string {
    return 'api-timeout'
  }
}

/**
 * A failure that no retry can cure (budget spent, answer far too large). Octokit passes errors
 * named AbortError through unwrapped, and the retry plugin then leaves them alone.
 */
export class ApiGiveUpError extends KnownError {
  override name = 'AbortError'
  get id(): string {
    return 'api-give-up'
  }
}

/** An answer that is not what GitHub sends (malformed JSON); a re-run asks again. */
export class ApiAnswerError extends ApiGiveUpError {
  override get id(): string {
    return 'api-answer'
  }
}

type Fetch = typeof globalThis.fetch

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`

function describeRequest(input: Parameters<Fetch>[0], init: RequestInit | undefined): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
  return `${init?.method ?? 'GET'} ${new URL(url).pathname}`
}

/** The answer again, after checking that a JSON answer parses and is not absurdly large. */
function checked(res: Response, text: string, what: string): Response {
  if (text.length > API_MAX_ANSWER_BYTES) {
    throw new ApiGiveUpError(
      `The GitHub API answered ${what} with ${Math.round(text.length / 2 ** 20)} MB, more than the ` +
        `${API_MAX_ANSWER_BYTES / 2 ** 20} MB this action reads; the versions file is probably far too large ` +
        `(a versions file holds a few lines of pins). Shrink the file, then run again.`
    )
  }
  if (/json/i.test(res.headers.get('content-type') ?? '') && text !== '') {
    try {
      JSON.parse(text)
    } catch {
      throw new ApiAnswerError(
        `The GitHub API answered ${what} with HTTP ${res.status} and malformed JSON ` +
          `(${text.length} bytes, starting ${JSON.stringify(text.slice(0, 80))}); a proxy or an outage may be at fault.`
      )
    }
  }
  return new Response(text === '' ? null : text, {
    status: res.status,
    statusText: res.statusText,
    headers: res.headers
  })
}

/** A fetch that bounds each request and the run's total; `base` defaults to the proxy-aware one. */
export function boundedFetch(
  bounds: ApiBounds,
  base: Fetch = (defaults.request?.fetch as Fetch | undefined) ?? globalThis.fetch,
  now: () => number = Date.now
): Fetch {
  const deadline = now() + bounds.budgetMs
  return async (input, init) => {
    const what = describeRequest(input, init)
    const left = deadline - now()
    const budget = `the run's API budget of ${seconds(bounds.budgetMs)}`
    if (left <= 0) throw new ApiGiveUpError(`${what} was not sent: ${budget} is spent.`)
    const ms = Math.min(bounds.requestTimeoutMs, left)
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), ms)
    const signal = init?.signal
      ? AbortSignal.any([init.signal, controller.signal])
      : controller.signal
    try {
      const res = await base(input, { ...init, signal })
      let text: string
      try {
        text = await res.text()
      } catch (e) {
        if (controller.signal.aborted) throw e
        throw new ApiGiveUpError(
          `The answer to ${what} could not be read (${(e as Error).message}); it is probably far too large.`
        )
      }
      return checked(res, text, what)
    } catch (e) {
      if (!controller.signal.aborted || e instanceof ApiGiveUpError) throw e
      if (ms < bounds.requestTimeoutMs) {
        throw new ApiGiveUpError(`${what} got no answer before ${budget} was spent.`)
      }
      throw new ApiTimeoutError(
        `The GitHub API did not answer ${what} within ${seconds(ms)} (api-timeout).`
      )
    } finally {
      clearTimeout(timer)
    }
  }
}
