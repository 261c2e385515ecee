/**
 * The emulator's pull request comment and release routes, in GitHub's shapes: list (paginated,
 * with a Link header), create, update, permission checks, and releases/latest.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { GitHubEmulator } from '../test-support/emulator/index.js'
import {
  MALLORY_TOKEN as MALLORY,
  READ_TOKEN as READ,
  WRITE_TOKEN as WRITE,
  emulatorWithPull
} from '../test-support/pull-fixture.js'

// JSON bodies are checked field by field below; their shape is what is under test.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

const REPO = '/repos/octo/mono'

async function rest(
  gh: GitHubEmulator,
  method: string,
  path: string,
  body?: Json,
  token: string | null = WRITE
): Promise<{ status: number; body: Json; headers: Headers }> {
  const res = await fetch(`${gh.apiUrl}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      ...(token ? { authorization: `token ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {})
    },
    body: body ? JSON.stringify(body) : undefined
  })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers }
}

describe('emulator: pull request comments', () => {
  let gh: GitHubEmulator

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

  it('creates, lists and updates a comment in GitHub’s shape', async () => {
    const created = await rest(gh, 'POST', `${REPO}/issues/1/comments`, { body: 'hello' })
    expect(created.status).toBe(201)
    expect(created.body).toEqual({
      id: 1,
      node_id: expect.stringMatching(/^IC_/),
      url: `${gh.apiUrl}${REPO}/issues/comments/1`,
      html_url: `${gh.serverUrl}/octo/mono/pull/1#issuecomment-1`,
      issue_url: `${gh.apiUrl}${REPO}/issues/1`,
      body: 'hello',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      author_association: 'NONE',
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      updated_at: created.body.created_at
    })
    expect(created.headers.get('location')).toBe(created.body.url)
    const updated = await rest(gh, 'PATCH', `${REPO}/issues/comments/1`, { body: 'bye' })
    expect(updated.status).toBe(200)
    expect(updated.body).toMatchObject({ id: 1, body: 'bye' })
    const list = await rest(gh, 'GET', `${REPO}/issues/1/comments`)
    expect(list.body).toEqual([updated.body])
    expect(list.headers.get('link')).toBeNull()
    expect(gh.log.map((e) => [e.method, e.path, e.status, e.write])).toEqual([
      ['POST', `${REPO}/issues/1/comments`, 201, true],
      ['PATCH', `${REPO}/issues/comments/1`, 200, true],
      ['GET', `${REPO}/issues/1/comments`, 200, false]
    ])
  })

  it('paginates oldest first with per_page, page and a Link header', async () => {
    for (let i = 1; i <= 5; i++)
      await rest(gh, 'POST', `${REPO}/issues/1/comments`, { body: `c${i}` })
    const page = async (n: number) =>
      rest(gh, 'GET', `${REPO}/issues/1/comments?per_page=2&page=${n}`)
    const url = (n: number) => `<${gh.apiUrl}${REPO}/issues/1/comments?per_page=2&page=${n}>`
    const first = await page(1)
    expect(first.body.map((c: Json) => c.body)).toEqual(['c1', 'c2'])
    expect(first.headers.get('link')).toBe(`${url(2)}; rel="next", ${url(3)}; rel="last"`)
    const middle = await page(2)
    expect(middle.body.map((c: Json) => c.body)).toEqual(['c3', 'c4'])
    expect(middle.headers.get('link')).toBe(
      `${url(3)}; rel="next", ${url(3)}; rel="last", ${url(1)}; rel="prev", ${url(1)}; rel="first"`
    )
    const last = await page(3)
    expect(last.body.map((c: Json) => c.body)).toEqual(['c5'])
    expect(last.headers.get('link')).toBe(`${url(2)}; rel="prev", ${url(1)}; rel="first"`)
    expect((await rest(gh, 'GET', `${REPO}/issues/1/comments?per_page=500`)).body).toHaveLength(5)
  })

  it('a read token may list but not write: 403 Resource not accessible by integration', async () => {
    await rest(gh, 'POST', `${REPO}/issues/1/comments`, { body: 'mine' })
    for (const [method, path] of [
      ['POST', `${REPO}/issues/1/comments`],
      ['PATCH', `${REPO}/issues/comments/1`]
    ] as const) {
      const denied = await rest(gh, method, path, { body: 'x' }, READ)
      expect(denied.status).toBe(403)
      expect(denied.body.message).toBe('Resource not accessible by integration')
    }
    expect((await rest(gh, 'GET', `${REPO}/issues/1/comments`, undefined, READ)).status).toBe(200)
    expect(gh.comments.map((c) => c.body)).toEqual(['mine'])
    expect(gh.calls({ status: 403, write: true })).toBe(2)
  })

  it('shows who wrote a comment: a person is a User, an app a Bot', async () => {
    await rest(gh, 'POST', `${REPO}/issues/1/comments`, { body: 'bot' })
    await rest(gh, 'POST', `${REPO}/issues/1/comments`, { body: 'person' }, MALLORY)
    const list = await rest(gh, 'GET', `${REPO}/issues/1/comments`)
    expect(list.body.map((c: Json) => c.user)).toEqual([
      { login: 'github-actions[bot]', type: 'Bot' },
      { login: 'mallory', type: 'User' }
    ])
    const viewer = await fetch(gh.graphqlUrl, {
      method: 'POST',
      headers: { authorization: `bearer ${MALLORY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { login } }' })
    })
    expect(await viewer.json()).toEqual({ data: { viewer: { login: 'mallory' } } })
  })

  it('refuses a comment body over 65,536 characters as GitHub does (422)', async () => {
    const fits = '🐳'.repeat(65_536) // 65,536 characters, 131,072 UTF-16 units
    expect((await rest(gh, 'POST', `${REPO}/issues/1/comments`, { body: fits })).status).toBe(201)
    const expected = {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          field: 'data',
          message: 'Body is too long (maximum is 65536 characters)'
        }
      ],
      documentation_url: expect.stringContaining('/issues/comments#'),
      status: '422'
    }
    const created = await rest(gh, 'POST', `${REPO}/issues/1/comments`, { body: `${fits}x` })
    expect(created.status).toBe(422)
    expect(created.body).toEqual(expected)
    const updated = await rest(gh, 'PATCH', `${REPO}/issues/comments/1`, { body: `${fits}x` })
    expect(updated.status).toBe(422)
    expect(updated.body).toEqual(expected)
    expect(gh.comments.map((c) => c.body.length)).toEqual([131_072])
  })

  it('answers 404 for an unknown pull request or comment, 422 without a body', async () => {
    expect((await rest(gh, 'GET', `${REPO}/issues/9/comments`)).status).toBe(404)
    expect((await rest(gh, 'POST', `${REPO}/issues/9/comments`, { body: 'x' })).status).toBe(404)
    expect((await rest(gh, 'PATCH', `${REPO}/issues/comments/9`, { body: 'x' })).status).toBe(404)
    expect((await rest(gh, 'POST', `${REPO}/issues/1/comments`, { text: 'x' })).status).toBe(422)
  })
})

describe('emulator: pull requests', () => {
  it('refuses a body over 65,536 characters (422, resource Issue); head.sha follows the branch', async () => {
    const gh = await emulatorWithPull()
    try {
      const base = await gh.head('main')
      await rest(gh, 'POST', `${REPO}/git/refs`, { ref: 'refs/heads/long', sha: base })
      await gh.pushFile({ branch: 'long', path: 'l.txt', content: 'l\n' })
      const pull = { title: 'Long', head: 'long', base: 'main' }
      const refused = await rest(gh, 'POST', `${REPO}/pulls`, { ...pull, body: 'x'.repeat(65_537) })
      expect(refused.status).toBe(422)
      expect(refused.body).toEqual({
        message: 'Validation Failed',
        errors: [
          {
            resource: 'Issue',
            code: 'custom',
            field: 'body',
            message: 'body is too long (maximum is 65536 characters)'
          }
        ],
        documentation_url: expect.stringContaining('/pulls/pulls#create-a-pull-request'),
        status: '422'
      })
      const made = await rest(gh, 'POST', `${REPO}/pulls`, { ...pull, body: 'x'.repeat(65_536) })
      expect(made.status).toBe(201)
      // A (force-)push to the branch moves the pull request's head, as on GitHub.
      const pushed = await gh.pushFile({ branch: 'feature', path: 'n.txt', content: 'n\n' })
      const one = await rest(gh, 'GET', `${REPO}/pulls/1`)
      expect(one.body.head.sha).toBe(pushed)
      const list = await rest(gh, 'GET', `${REPO}/pulls?head=octo:feature`)
      expect(list.body.map((p: Json) => p.head.sha)).toEqual([pushed])
    } finally {
      await gh.close()
    }
  })
})

describe('emulator: releases/latest', () => {
  it('answers the newest published non-prerelease, 404 when none', async () => {
    const gh = await emulatorWithPull()
    try {
      expect((await rest(gh, 'GET', `${REPO}/releases/latest`)).status).toBe(404)
      gh.addRelease({ tagName: 'v1.0.0' })
      gh.addRelease({ tagName: 'v2.0.0-rc.1', prerelease: true })
      gh.addRelease({ tagName: 'v2.0.0', draft: true })
      const latest = await rest(gh, 'GET', `${REPO}/releases/latest`, undefined, READ)
      expect(latest.status).toBe(200)
      expect(latest.body).toMatchObject({
        id: 1,
        tag_name: 'v1.0.0',
        draft: false,
        prerelease: false
      })
    } finally {
      await gh.close()
    }
  })
})
