import { describe, expect, it } from '@jest/globals'
import { ApiGiveUpError, ApiTimeoutError } from '../../src/github/fetch.js'
import {
  ActionError,
  apiFailure,
  failureText,
  forbiddenError,
  protectedError,
  runnerFileError
} from '../../src/github/errors.js'

const URL = 'https://ghes.example/api/graphql'
const idOf = (e: unknown): string | undefined => (e instanceof ActionError ? e.id : undefined)

describe('apiFailure', () => {
  it.each([
    [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }, 'api-unreachable'],
    [{ message: 'fetch failed', cause: { code: 'UND_ERR_SOCKET' } }, 'api-unreachable'],
    [{ message: 'other side closed' }, 'api-unreachable'],
    [{ status: 502, message: 'Bad Gateway' }, 'api-failing'],
    [{ status: 403, message: 'API rate limit exceeded for installation' }, 'api-rate-limited'],
    [new ApiTimeoutError('POST /graphql did not answer within 30 s (api-timeout).'), 'api-bounded'],
    [{ message: 'wrapped', cause: new ApiGiveUpError('the budget is spent') }, 'api-bounded']
  ])('%j -> [%s]', (err, id) => {
    const e = apiFailure(err, URL)
    expect(idOf(e)).toBe(id)
    expect((e as Error).message).not.toBe('')
  })

  it('names the URL it could not reach and says a re-run is safe', () => {
    const e = apiFailure({ code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND' }, URL) as Error
    expect(e.message).toContain(`Could not reach the GitHub API at ${URL}`)
    expect(e.message).toContain('A re-run is safe')
  })

  it('passes any other error through as it is', () => {
    const other = new Error('Bad credentials')
    expect(apiFailure(other, URL)).toBe(other)
    expect(apiFailure(null, URL)).toBeNull()
  })
})

describe('the other failures and how they are printed', () => {
  it('each carries its id, printed after the message', () => {
    expect(failureText(forbiddenError('main'))).toMatch(
      /^The token may not write to main .*\[token-forbidden\]$/
    )
    expect(
      failureText(protectedError('main', new Error('Repository rule violations\nmore')))
    ).toMatch(
      /^main refused the commit: .*\(Repository rule violations\)\. .*\[branch-protected\]$/
    )
    const e = runnerFileError(
      'GITHUB_OUTPUT',
      '/nope/out',
      Object.assign(new Error('x'), { code: 'ENOENT' })
    )
    expect(failureText(e)).toMatch(
      /^GITHUB_OUTPUT is "\/nope\/out", which cannot be written \(ENOENT\)\. .*\[runner-file\]$/
    )
  })

  it('prints a plain error or a thrown value as it is', () => {
    expect(failureText(new Error('plain'))).toBe('plain')
    expect(failureText('a string')).toBe('a string')
  })
})
