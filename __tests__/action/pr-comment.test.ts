import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createClient, type Octokit } from '../../src/github/client.js'
import {
  COMMENT_MARKER,
  MAX_COMMENT_CHARS,
  isAuthor,
  previewMarker,
  stickyBody,
  tokenLogin,
  upsertStickyComment
} from '../../src/action/pr-comment.js'
import type { GitHubEmulator } from '../../test-support/emulator/index.js'
import {
  APP_TOKEN,
  MALLORY_TOKEN,
  OTHER_APP_TOKEN,
  READ_TOKEN,
  WRITE_TOKEN,
  emulatorWithPull
} from '../../test-support/pull-fixture.js'

const REPO = { owner: 'octo', repo: 'mono' }
const BOUNDS = { requestTimeoutMs: 10_000, budgetMs: 60_000 }

describe('upsertStickyComment', () => {
  let gh: GitHubEmulator
  const client = (token = WRITE_TOKEN) => createClient(token, gh.apiUrl, BOUNDS)
  const comment = (body: string, token = WRITE_TOKEN) =>
    fetch(`${gh.apiUrl}/repos/octo/mono/issues/1/comments`, {
      method: 'POST',
      headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ body })
    })
  /** The head of pull request #1 (its branch `feature`). */
  const head = async () => (await gh.head('feature')) as string

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
      'POST /graphql',
      'PATCH /repos/octo/mono/issues/comments/101'
    ])
  })

  it('a comment someone else starts with the marker is never edited: ours is created beside it', async () => {
    const sha = await head()
    await comment(`${COMMENT_MARKER}\nmallory's plan`, MALLORY_TOKEN)
    await comment(`${previewMarker(sha)}\nmallory's plan`, MALLORY_TOKEN)
    await comment(`${previewMarker(sha)}\nanother app's plan`, OTHER_APP_TOKEN)
    const first = await upsertStickyComment(client(), REPO, 1, 'Plan', { headSha: sha })
    expect(first).toMatchObject({ action: 'created' })
    const second = await upsertStickyComment(client(), REPO, 1, 'Plan 2', { headSha: sha })
    expect(second).toEqual({ action: 'updated', url: first.action === 'created' ? first.url : '' })
    expect(gh.comments.map((c) => [c.user.login, c.body])).toEqual([
      ['mallory', `${COMMENT_MARKER}\nmallory's plan`],
      ['mallory', `${previewMarker(sha)}\nmallory's plan`],
      ['other-app[bot]', `${previewMarker(sha)}\nanother app's plan`],
      ['github-actions[bot]', `${previewMarker(sha)}\nPlan 2`]
    ])
  })

  it('the token is found by GraphQL viewer: an app token finds its own comment, not the GITHUB_TOKEN’s', async () => {
    await comment(`${COMMENT_MARKER}\nby github-actions`)
    await comment(`${COMMENT_MARKER}\nby the app`, APP_TOKEN)
    expect(await tokenLogin(client(APP_TOKEN), gh.graphqlUrl)).toBe('vro-app[bot]')
    const result = await upsertStickyComment(client(APP_TOKEN), REPO, 1, 'Plan', {
      graphqlUrl: gh.graphqlUrl
    })
    expect(result).toMatchObject({ action: 'updated' })
    expect(gh.comments.map((c) => c.body)).toEqual([
      `${COMMENT_MARKER}\nby github-actions`,
      `${COMMENT_MARKER}\nPlan`
    ])
  })

  it('writes the head in the marker, and nothing once the pull request has moved past it', async () => {
    const planned = await head()
    const made = await upsertStickyComment(client(), REPO, 1, 'Plan A', { headSha: planned })
    expect(made).toMatchObject({ action: 'created' })
    expect(gh.comments[0]?.body).toBe(`<!-- vro-image-version:preview sha=${planned} -->\nPlan A`)
    // A force-push: the branch now points elsewhere; a run for the new head writes its plan.
    const moved = await gh.pushFile({ branch: 'feature', path: 'b.txt', content: 'b\n' })
    await upsertStickyComment(client(), REPO, 1, 'Plan B', { headSha: moved })
    gh.resetLog()
    // The old job, re-run: its plan does not come back.
    const stale = await upsertStickyComment(client(), REPO, 1, 'Plan A', { headSha: planned })
    expect(stale).toEqual({ action: 'moved', head: moved })
    expect(gh.comments.map((c) => c.body)).toEqual([`${previewMarker(moved)}\nPlan B`])
    expect(gh.calls({ write: true })).toBe(0)
  })

  it('a body over GitHub’s limit is cut, and GitHub takes it', async () => {
    const rows = Array.from(
      { length: 1500 },
      (_, i) => `| image-${i} | \`v1.0.0\` | _unpinned_ | unpin | ${'x'.repeat(40)} |`
    )
    const body = [
      '| Image | Before | After | Decision | Reason |',
      '| --- | --- | --- | --- | --- |',
      ...rows
    ].join('\n')
    const result = await upsertStickyComment(client(), REPO, 1, body, {
      runUrl: 'https://github.test/octo/mono/actions/runs/9'
    })
    expect(result).toMatchObject({ action: 'created' })
    const text = gh.comments[0]?.body ?? ''
    expect(text.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect(text).toMatch(
      /\n\n… \d+ more rows in the job summary of this run: https:\/\/github\.test\/octo\/mono\/actions\/runs\/9$/
    )
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
  function fake(
    comments: {
      id: number
      body?: string | null
      html_url: string
      user?: { login: string; type: string }
    }[]
  ) {
    const created: string[] = []
    const updated: number[] = []
    const octokit = {
      graphql: () => Promise.reject(new Error('Resource not accessible by integration')),
      rest: {
        issues: {
          listComments: () => undefined,
          createComment: async ({ body }: { body: string }) => {
            created.push(body)
            return { data: { html_url: 'https://github.test/c/new' } }
          },
          updateComment: async ({ comment_id }: { comment_id: number }) => {
            updated.push(comment_id)
            return { data: { html_url: `https://github.test/c/${comment_id}` } }
          }
        }
      },
      paginate: {
        iterator: async function* () {
          yield { data: comments }
        }
      }
    } as unknown as Octokit
    return { octokit, created, updated }
  }

  it('when viewer fails, the token is taken for github-actions[bot]: only a Bot of that login is ours', async () => {
    const marked = `${COMMENT_MARKER}\nold plan`
    const { octokit, created, updated } = fake([
      { id: 1, body: marked, html_url: 'c/1', user: { login: 'mallory', type: 'User' } },
      {
        id: 2,
        body: marked,
        html_url: 'c/2',
        user: { login: 'github-actions[bot]', type: 'User' }
      },
      { id: 3, body: marked, html_url: 'c/3', user: { login: 'other-app[bot]', type: 'Bot' } },
      { id: 4, body: marked, html_url: 'c/4', user: { login: 'github-actions[bot]', type: 'Bot' } }
    ])
    expect(await tokenLogin(octokit)).toBe('github-actions[bot]')
    expect(await upsertStickyComment(octokit, REPO, 1, 'Plan')).toEqual({
      action: 'updated',
      url: 'https://github.test/c/4'
    })
    expect(updated).toEqual([4])
    expect(created).toEqual([])
  })

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
  it('puts the marker first and cuts a body over GitHub’s limit at a line, saying where the rest is', () => {
    expect(stickyBody('a\r\nb', '<!-- m -->')).toBe('<!-- m -->\na\nb')
    const lines = Array.from({ length: 10_000 }, (_, i) => `line ${i}`)
    const long = stickyBody(lines.join('\n'), COMMENT_MARKER, 'https://github.test/run/1')
    expect(long.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect(long.startsWith(`${COMMENT_MARKER}\nline 0\nline 1\n`)).toBe(true)
    expect(long).toMatch(
      /\nline \d+\n\n… \d+ more lines in the job summary of this run: https:\/\/github\.test\/run\/1$/
    )
  })

  it('a body that just fits is kept whole', () => {
    const body = 'y'.repeat(MAX_COMMENT_CHARS - COMMENT_MARKER.length - 1)
    expect(stickyBody(body)).toBe(`${COMMENT_MARKER}\n${body}`)
    expect(stickyBody(`${body}y`)).toContain('more line')
  })
})

describe('isAuthor', () => {
  it('the same login, of the type its form says', () => {
    expect(isAuthor({ login: 'github-actions[bot]', type: 'Bot' }, 'github-actions[bot]')).toBe(
      true
    )
    expect(isAuthor({ login: 'GitHub-Actions[bot]', type: 'Bot' }, 'github-actions[bot]')).toBe(
      true
    )
    expect(isAuthor({ login: 'github-actions[bot]', type: 'User' }, 'github-actions[bot]')).toBe(
      false
    )
    expect(isAuthor({ login: 'github-actions', type: 'User' }, 'github-actions[bot]')).toBe(false)
    expect(isAuthor({ login: 'octocat', type: 'User' }, 'octocat')).toBe(true)
    expect(isAuthor({ login: 'octocat', type: 'Bot' }, 'octocat')).toBe(false)
    expect(isAuthor({ type: 'Bot' }, 'github-actions[bot]')).toBe(false)
    expect(isAuthor(null, 'github-actions[bot]')).toBe(false)
  })
})
