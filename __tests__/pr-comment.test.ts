import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createClient, type Octokit } from '../src/github.js'
import {
  COMMENT_MARKER,
  MAX_COMMENT_CHARS,
  stickyBody,
  upsertStickyComment
} from '../src/pr-comment.js'
import type { GitHubEmulator } from '../test-support/emulator/index.js'
import { READ_TOKEN, WRITE_TOKEN, emulatorWithPull } from '../test-support/pull-fixture.js'

const REPO = { owner: 'octo', repo: 'mono' }
const BOUNDS = { requestTimeoutMs: 10_000, budgetMs: 60_000 }

describe('upsertStickyComment', () => {
  let gh: GitHubEmulator
  const client = (token = WRITE_TOKEN) => createClient(token, gh.apiUrl, BOUNDS)
  const comment = (body: string) =>
    fetch(`${gh.apiUrl}/repos/octo/mono/issues/1/comments`, {
      method: 'POST',
      headers: { authorization: `token ${WRITE_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ body })
    })

  beforeAll(async () => {
    gh = await emulatorWithPull()
  })
  afterAll(async () => {
    await gh.close()
  })
  beforeEach(() => {
    gh.comments.length = 0
    gh.resetLog()
  })

  it('creates the comment once, then updates it instead of adding another', async () => {
    const first = await upsertStickyComment(client(), REPO, 1, 'Plan: pin app')
    expect(first).toEqual({
      action: 'created',
      url: `${gh.serverUrl}/octo/mono/pull/1#issuecomment-1`
    })
    expect(gh.comments.map((c) => c.body)).toEqual([`${COMMENT_MARKER}\nPlan: pin app`])
    const second = await upsertStickyComment(client(), REPO, 1, 'Plan: unpin app')
    expect(second).toEqual({ action: 'updated', url: first.action === 'created' ? first.url : '' })
    expect(gh.comments.map((c) => c.body)).toEqual([`${COMMENT_MARKER}\nPlan: unpin app`])
  })

  it('writes nothing when the body is the same', async () => {
    await upsertStickyComment(client(), REPO, 1, 'same\r\ntext')
    gh.resetLog()
    expect(await upsertStickyComment(client(), REPO, 1, 'same\ntext')).toMatchObject({
      action: 'unchanged'
    })
    expect(gh.calls({ write: true })).toBe(0)
  })

  it('finds our comment on the second page, past comments that only mention the marker', async () => {
    for (let i = 0; i < 100; i++) await comment(`comment ${i} ${i === 5 ? COMMENT_MARKER : ''}`)
    await comment(`${COMMENT_MARKER}\nold plan`)
    gh.resetLog()
    const result = await upsertStickyComment(client(), REPO, 1, 'new plan')
    expect(result).toEqual({
      action: 'updated',
      url: `${gh.serverUrl}/octo/mono/pull/1#issuecomment-101`
    })
    expect(gh.comments).toHaveLength(101)
    expect(gh.comments[100]?.body).toBe(`${COMMENT_MARKER}\nnew plan`)
    expect(gh.log.map((e) => `${e.method} ${e.path}`)).toEqual([
      'GET /repos/octo/mono/issues/1/comments?per_page=100',
      'GET /repos/octo/mono/issues/1/comments?per_page=100&page=2',
      'PATCH /repos/octo/mono/issues/comments/101'
    ])
  })

  it('a read-only token (a fork) is reported as forbidden, not thrown', async () => {
    const result = await upsertStickyComment(client(READ_TOKEN), REPO, 1, 'Plan')
    expect(result).toEqual({
      action: 'forbidden',
      message:
        'The token may not comment on pull request #1 (Resource not accessible by integration - https://docs.github.com/rest). ' +
        'A pull request from a fork gets a read-only token, so there is no comment: the job summary has the report. ' +
        'Elsewhere, give the job permissions: pull-requests: write.'
    })
    expect(gh.comments).toEqual([])
  })

  it('other failures are thrown', async () => {
    await expect(upsertStickyComment(client(), REPO, 9, 'Plan')).rejects.toMatchObject({
      status: 404
    })
  })
})

describe('upsertStickyComment on answers the emulator does not give', () => {
  /** An Octokit with one page of `comments`, recording the comments it is asked to create. */
  function fake(comments: { id: number; body?: string | null; html_url: string }[]) {
    const created: string[] = []
    const octokit = {
      rest: {
        issues: {
          listComments: () => undefined,
          createComment: async ({ body }: { body: string }) => {
            created.push(body)
            return { data: { html_url: 'https://github.test/c/new' } }
          }
        }
      },
      paginate: {
        iterator: async function* () {
          yield { data: comments }
        }
      }
    } as unknown as Octokit
    return { octokit, created }
  }

  it('a comment without a body (the API allows one) is not ours, and breaks nothing', async () => {
    const { octokit, created } = fake([
      { id: 1, html_url: 'https://github.test/c/1' },
      { id: 2, body: null, html_url: 'https://github.test/c/2' }
    ])
    expect(await upsertStickyComment(octokit, REPO, 1, 'Plan')).toEqual({
      action: 'created',
      url: 'https://github.test/c/new'
    })
    expect(created).toEqual([`${COMMENT_MARKER}\nPlan`])
  })

  it.each<[string, unknown]>([
    [
      'a 403 for another reason',
      Object.assign(new Error('Must have admin rights'), { status: 403 })
    ],
    ['a 403 without a message', { status: 403 }],
    ['a 401', Object.assign(new Error('Resource not accessible by integration'), { status: 401 })]
  ])('%s is thrown, not taken for a read-only token', async (_name, error) => {
    const octokit = {
      rest: { issues: { listComments: () => undefined } },
      paginate: {
        iterator: () => ({
          [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(error) })
        })
      }
    } as unknown as Octokit
    await expect(upsertStickyComment(octokit, REPO, 1, 'Plan')).rejects.toBe(error)
  })
})

describe('stickyBody', () => {
  it('puts the marker first and cuts a body over GitHub’s limit', () => {
    expect(stickyBody('a\r\nb', '<!-- m -->')).toBe('<!-- m -->\na\nb')
    const long = stickyBody('x'.repeat(MAX_COMMENT_CHARS))
    expect(long).toHaveLength(MAX_COMMENT_CHARS)
    expect(long.startsWith(`${COMMENT_MARKER}\nxxx`)).toBe(true)
    expect(long.endsWith('(cut to fit a comment; the job summary has the whole report)')).toBe(true)
  })

  it('a body that just fits is kept whole', () => {
    const body = 'y'.repeat(MAX_COMMENT_CHARS - COMMENT_MARKER.length - 1)
    expect(stickyBody(body)).toBe(`${COMMENT_MARKER}\n${body}`)
    expect(stickyBody(`${body}y`)).toContain('(cut to fit a comment')
  })
})
