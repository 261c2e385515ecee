/**
 * boundedFetch in process, over a fake base fetch and a fake clock: what reaches the base, what
 * comes back, and which error each failure becomes. (api.test.ts runs it against the emulator.)
 */
import { describe, expect, it } from '@jest/globals'
import {
  API_MAX_ANSWER_BYTES,
  ApiAnswerError,
  ApiGiveUpError,
  ApiTimeoutError,
  boundedFetch
} from '../../src/github/fetch.js'

type Fetch = typeof globalThis.fetch
const URL_ = 'https://api.example.test/repos/octo/mono?per_page=1'
const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' }

/** A base fetch that records each call and answers with `answer()`. */
function fakeBase(answer: (init: RequestInit | undefined) => Promise<Response> | Response): {
  base: Fetch
  calls: { input: Parameters<Fetch>[0]; init: RequestInit | undefined }[]
} {
  const calls: { input: Parameters<Fetch>[0]; init: RequestInit | undefined }[] = []
  const base: Fetch = async (input, init) => {
    calls.push({ input, init })
    return answer(init)
  }
  return { base, calls }
}

/** A base fetch that never answers until its signal aborts, then rejects as fetch does. */
const hanging: Fetch = (_input, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error))
  })

const bounds = { requestTimeoutMs: 30_000, budgetMs: 600_000 }
const errorOf = (p: Promise<unknown>): Promise<Error> =>
  p.then(
    () => new Error('no error'),
    (e: unknown) => e as Error
  )

describe('boundedFetch: answers', () => {
  it('passes a JSON answer through with its status, status text and headers', async () => {
    const { base, calls } = fakeBase(
      () =>
        new Response('{"ok":true}', {
          status: 201,
          statusText: 'Created',
          headers: { ...JSON_HEADERS, 'x-github-request-id': 'R1' }
        })
    )
    const res = await boundedFetch(bounds, base)(URL_, { method: 'POST', body: '{}' })
    expect(res.status).toBe(201)
    expect(res.statusText).toBe('Created')
    expect(res.headers.get('x-github-request-id')).toBe('R1')
    expect(await res.json()).toEqual({ ok: true })
    expect(calls).toHaveLength(1)
    expect(calls[0]?.init).toMatchObject({ method: 'POST', body: '{}' })
    expect(calls[0]?.init?.signal).toBeInstanceOf(AbortSignal)
  })

  it('an empty answer stays empty (a 204), even when it claims to be JSON', async () => {
    const { base } = fakeBase(() => new Response(null, { status: 204, headers: JSON_HEADERS }))
    const res = await boundedFetch(bounds, base)(URL_)
    expect(res.status).toBe(204)
    expect(res.body).toBeNull()
  })

  it('an answer that is not JSON is not parsed', async () => {
    const { base } = fakeBase(
      () => new Response('not { json', { headers: { 'content-type': 'text/plain' } })
    )
    expect(await (await boundedFetch(bounds, base)(URL_)).text()).toBe('not { json')
  })

  it('an answer without a content type is not parsed', async () => {
    const { base } = fakeBase(() => {
      const res = new Response('{ cut')
      res.headers.delete('content-type')
      return res
    })
    expect(await (await boundedFetch(bounds, base)(URL_)).text()).toBe('{ cut')
  })

  it('malformed JSON is an ApiAnswerError naming the request, status and start', async () => {
    const { base } = fakeBase(() => new Response('{"a":', { status: 502, headers: JSON_HEADERS }))
    const error = await errorOf(boundedFetch(bounds, base)(new URL(URL_), { method: 'PATCH' }))
    expect(error).toBeInstanceOf(ApiAnswerError)
    expect(error.name).toBe('AbortError')
    expect(error.message).toBe(
      'The GitHub API answered PATCH /repos/octo/mono with HTTP 502 and malformed JSON ' +
        '(5 bytes, starting "{\\"a\\":"); a proxy or an outage may be at fault.'
    )
  })

  it('an answer over the limit is refused unread, even when it is not JSON', async () => {
    const big = 'x'.repeat(API_MAX_ANSWER_BYTES + 1)
    const { base } = fakeBase(
      () => new Response(big, { headers: { 'content-type': 'text/plain' } })
    )
    const error = await errorOf(boundedFetch(bounds, base)(new Request(URL_)))
    expect(error).toBeInstanceOf(ApiGiveUpError)
    expect(error).not.toBeInstanceOf(ApiAnswerError)
    expect(error.message).toMatch(
      /^The GitHub API answered GET \/repos\/octo\/mono with 5 MB, more than the 5 MB this action reads;/
    )
  })

  it('an answer of exactly the limit is read', async () => {
    const text = 'y'.repeat(API_MAX_ANSWER_BYTES)
    const { base } = fakeBase(
      () => new Response(text, { headers: { 'content-type': 'text/plain' } })
    )
    expect((await (await boundedFetch(bounds, base)(URL_)).text()).length).toBe(
      API_MAX_ANSWER_BYTES
    )
  })

  it('a body that cannot be read (not a timeout) is a give-up error with the cause', async () => {
    const { base } = fakeBase(() => {
      const res = new Response('{}', { headers: JSON_HEADERS })
      Object.defineProperty(res, 'text', {
        value: () => Promise.reject(new RangeError('Invalid string length'))
      })
      return res
    })
    const error = await errorOf(boundedFetch(bounds, base)(URL_))
    expect(error).toBeInstanceOf(ApiGiveUpError)
    expect(error.message).toBe(
      'The answer to GET /repos/octo/mono could not be read (Invalid string length); it is probably far too large.'
    )
  })

  it('other failures of the base fetch pass through unchanged', async () => {
    const cause = new TypeError('fetch failed')
    const { base } = fakeBase(() => Promise.reject(cause))
    expect(await errorOf(boundedFetch(bounds, base)(URL_))).toBe(cause)
  })
})

describe('boundedFetch: bounds', () => {
  it('a request that outlives api-timeout is an ApiTimeoutError (retried like a 5xx)', async () => {
    const error = await errorOf(
      boundedFetch({ requestTimeoutMs: 50, budgetMs: 60_000 }, hanging)(URL_)
    )
    expect(error).toBeInstanceOf(ApiTimeoutError)
    expect(error.message).toBe(
      'The GitHub API did not answer GET /repos/octo/mono within 0.1 s (api-timeout).'
    )
  })

  it('a body that stalls past api-timeout is a timeout too, not "too large"', async () => {
    const { base } = fakeBase((init) => {
      const res = new Response('{}', { headers: JSON_HEADERS })
      Object.defineProperty(res, 'text', { value: () => hanging(URL_, init) })
      return res
    })
    const error = await errorOf(
      boundedFetch({ requestTimeoutMs: 50, budgetMs: 60_000 }, base)(URL_)
    )
    expect(error).toBeInstanceOf(ApiTimeoutError)
  })

  it('the last request gets only what is left of the budget, and then gives up', async () => {
    let t = 1_000
    const fetch = boundedFetch({ requestTimeoutMs: 30_000, budgetMs: 10_000 }, hanging, () => t)
    t += 9_950 // 50 ms of the budget left
    const error = await errorOf(fetch(URL_, { method: 'POST' }))
    expect(error).toBeInstanceOf(ApiGiveUpError)
    expect(error.message).toBe(
      "POST /repos/octo/mono got no answer before the run's API budget of 10 s was spent."
    )
  })

  it('once the budget is spent, nothing is sent', async () => {
    let t = 0
    const { base, calls } = fakeBase(() => new Response('{}', { headers: JSON_HEADERS }))
    const fetch = boundedFetch({ requestTimeoutMs: 1_000, budgetMs: 5_000 }, base, () => t)
    await fetch(URL_)
    t = 5_000
    const error = await errorOf(fetch(URL_))
    expect(error).toBeInstanceOf(ApiGiveUpError)
    expect(error.message).toBe(
      "GET /repos/octo/mono was not sent: the run's API budget of 5 s is spent."
    )
    expect(calls).toHaveLength(1)
  })

  it("the caller's own abort still aborts the request, and is not called a timeout", async () => {
    const caller = new AbortController()
    const pending = boundedFetch(bounds, hanging)(URL_, { signal: caller.signal })
    caller.abort(new Error('cancelled by Octokit'))
    const error = await errorOf(pending)
    expect(error.message).toBe('cancelled by Octokit')
    expect(error).not.toBeInstanceOf(ApiTimeoutError)
    expect(error).not.toBeInstanceOf(ApiGiveUpError)
  })
})
