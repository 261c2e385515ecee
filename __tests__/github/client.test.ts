/**
 * The GitHub API client (src/github/client.ts, pull-request.ts): graphqlErrors; readBranchFile and commitFile on every
 * shape of answer; the REST calls and the rate-limit handlers against the emulator.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { rm } from 'node:fs/promises'
import * as core from '../../__fixtures__/core.js'
import { startEmulator } from '../../test-support/emulator/index.js'
import { git, tmpDir } from '../../test-support/git-fixture.js'
import { createSample } from '../../test-support/sample.js'

jest.unstable_mockModule('@actions/core', () => core)
const { ApiError, commitFile, createClient, graphqlErrors, latestReleaseTag, readBranchFile } =
  await import('../../src/github/client.js')
const { createBranchIfMissing, openPullRequest } = await import('../../src/github/pull-request.js')
type Octokit = import('../../src/github/client.js').Octokit

const STALE = { type: 'STALE_DATA', message: 'Expected branch to point to "a" but it did not.' }

describe('graphqlErrors', () => {
  it.each<[string, unknown, unknown]>([
    [
      'a GraphqlResponseError',
      Object.assign(new Error('Request failed due to following response errors'), {
        name: 'GraphqlResponseError',
        errors: [STALE]
      }),
      [STALE]
    ],
    [
      'several errors, in order',
      { errors: [STALE, { type: 'FORBIDDEN', message: 'no' }] },
      [STALE, { type: 'FORBIDDEN', message: 'no' }]
    ],
    [
      'an error without a type',
      { errors: [{ message: 'Something went wrong' }] },
      [{ message: 'Something went wrong' }]
    ],
    ['an empty list', { errors: [] }, []],
    ['an HTTP error', Object.assign(new Error('Bad Gateway'), { status: 502 }), undefined],
    ['a plain Error', new Error('socket hang up'), undefined],
    ['errors not a list (object)', { errors: { type: 'STALE_DATA' } }, undefined],
    ['errors not a list (string)', { errors: 'STALE_DATA' }, undefined],
    ['errors null', { errors: null }, undefined],
    ['a thrown string', 'boom', undefined],
    ['a thrown number', 42, undefined],
    ['an empty object', {}, undefined]
  ])('%s', (_name, error, expected) => {
    expect(graphqlErrors(error)).toEqual(expected)
  })

  it('returns the same list, not a copy', () => {
    const errors = [STALE]
    expect(graphqlErrors({ errors })).toBe(errors)
  })

  // "undefined for other failures" is the contract classifyCommitError relies on.
  it.each([null, undefined])('%p -> undefined', (error) => {
    expect(graphqlErrors(error)).toBeUndefined()
  })
})

const REPO = { owner: 'octo', repo: 'mono' }
const FILE = 'scripts/image_versions.src'
const OID_A = 'a'.repeat(40)

/** An Octokit whose every GraphQL call answers `answer` (the data, as Octokit returns it). */
const answering = (answer: unknown): Octokit =>
  ({ graphql: async () => answer }) as unknown as Octokit
const readWith = (answer: unknown): ReturnType<typeof readBranchFile> =>
  readBranchFile(answering(answer), 'http://unused/graphql', REPO, 'main', FILE)
const commit = (target: Record<string, unknown>): unknown => ({ repository: { ref: { target } } })

describe('readBranchFile: every shape of answer', () => {
  const unexpected = (shown: string): string =>
    `The API's answer for ${FILE} on main is not the GraphQL answer asked for (${shown}); a proxy or an outage may be at fault. Run again.`

  it.each<[string, unknown, string]>([
    ['no data', undefined, unexpected('no data')],
    ['a list', [], unexpected('[]')],
    ['no repository field', { viewer: {} }, unexpected('{"viewer":{}}')],
    [
      'a repository that is not an object',
      { repository: 'octo/mono' },
      unexpected('{"repository":"octo/mono"}')
    ],
    ['a repository without ref', { repository: {} }, unexpected('{"repository":{}}')],
    ['a ref without target', { repository: { ref: {} } }, unexpected('{"repository":{"ref":{}}}')],
    [
      'a ref that is not an object',
      { repository: { ref: 7 } },
      unexpected('{"repository":{"ref":7}}')
    ],
    [
      'a short oid',
      { repository: { ref: { target: { oid: 'abc' } } } },
      unexpected('{"repository":{"ref":{"target":{"oid":"abc"}}}}')
    ],
    [
      'an oid that is not a string',
      { repository: { ref: { target: { oid: 1 } } } },
      unexpected('{"repository":{"ref":{"target":{"oid":1}}}}')
    ],
    [
      'a file object that is not an object',
      { repository: { ref: { target: { oid: OID_A, file: { object: 'blob' } } } } },
      unexpected(`{"repository":{"ref":{"target":{"oid":"${OID_A}","file":{"object":"blob"}}}}}`)
    ],
    [
      'a file text that is not a string',
      { repository: { ref: { target: { oid: OID_A, file: { object: { text: 5 } } } } } },
      unexpected(
        `{"repository":{"ref":{"target":{"oid":"${OID_A}","file":{"object":{"text":5}}}}}}`
      )
    ],
    [
      'no repository (null, without errors)',
      { repository: null },
      'Repository octo/mono not found, or the token cannot read it'
    ],
    [
      'no branch',
      { repository: { ref: null } },
      'Branch main not found in octo/mono. Set the branch input to an existing branch.'
    ],
    [
      'a binary blob',
      {
        repository: {
          ref: { target: { oid: OID_A, file: { object: { isBinary: true, text: 'x' } } } }
        }
      },
      `${FILE} on main is a binary file; it must be a text file of bash assignments`
    ],
    [
      'a blob whose text is null',
      { repository: { ref: { target: { oid: OID_A, file: { object: { text: null } } } } } },
      `${FILE} on main is a binary file; it must be a text file of bash assignments`
    ],
    [
      'a truncated blob',
      {
        repository: {
          ref: { target: { oid: OID_A, file: { object: { text: 'a', isTruncated: true } } } }
        }
      },
      `${FILE} on main is too large for the API to return whole`
    ]
  ])('%s is an ApiError', async (_name, answer, message) => {
    const error = await readWith(answer).then(
      () => new Error('no error'),
      (e: unknown) => e as Error
    )
    expect(error).toBeInstanceOf(ApiError)
    expect(error.message).toBe(message)
  })

  it('a long answer is cut to 120 characters in the message', async () => {
    const answer = { viewer: 'x'.repeat(500) }
    const error = await readWith(answer).catch((e: unknown) => e as Error)
    const shown = JSON.stringify(answer).slice(0, 120)
    expect(shown).toHaveLength(120)
    expect((error as Error).message).toContain(`(${shown}...);`)
  })

  it.each<[string, unknown]>([
    ['file null (no such path)', null],
    ['file without object', {}],
    ['file object null', { object: null }]
  ])('%s: the head, and no text', async (_name, file) => {
    expect(await readWith(commit({ oid: OID_A, message: 'm', url: 'https://u', file }))).toEqual({
      headOid: OID_A,
      headMessage: 'm',
      headUrl: 'https://u',
      text: undefined
    })
  })

  it('a commit without message or url (a tag target): empty strings', async () => {
    expect(await readWith(commit({ oid: OID_A, file: { object: { text: 'x=1\n' } } }))).toEqual({
      headOid: OID_A,
      headMessage: '',
      headUrl: '',
      text: 'x=1\n'
    })
  })

  it('a SHA-256 head is accepted', async () => {
    const oid = 'b'.repeat(64)
    expect((await readWith(commit({ oid }))).headOid).toBe(oid)
  })
})

describe('commitFile: the shape of the answer', () => {
  const args = {
    branch: 'main',
    expectedHeadOid: OID_A,
    path: FILE,
    text: 'x\n',
    headline: 'h',
    body: ''
  }
  it('a commit without url: the oid, and an empty url', async () => {
    expect(
      await commitFile(
        answering({ createCommitOnBranch: { commit: { oid: OID_A } } }),
        '',
        REPO,
        args
      )
    ).toEqual({ oid: OID_A, url: '' })
  })
  it.each<[string, unknown]>([
    ['no commit', { createCommitOnBranch: { commit: null } }],
    ['a bad oid', { createCommitOnBranch: { commit: { oid: 'xyz', url: 'u' } } }],
    ['no createCommitOnBranch', {}],
    ['not an object', 'ok']
  ])('%s: whether it was made is unknown', async (_name, answer) => {
    await expect(commitFile(answering(answer), '', REPO, args)).rejects.toThrow(
      /^The API answered the commit to main without the new commit \(.*\), so whether it was made is unknown\./
    )
  })
})

describe('against the emulator', () => {
  const TOKEN = 'ghs_githubTestToken_1'
  const READ = 'ghs_githubTestRead_2'
  let dir: string
  let bare: string
  let gh: Awaited<ReturnType<typeof startEmulator>>
  const client = (token = TOKEN): Octokit =>
    createClient(token, gh.apiUrl, { requestTimeoutMs: 10_000, budgetMs: 60_000 })

  beforeAll(async () => {
    dir = await tmpDir('vro-github-')
    ;({ bare } = await createSample(dir))
    gh = await startEmulator({
      ...REPO,
      bareDir: bare,
      tokens: { [TOKEN]: 'write', [READ]: 'read' }
    })
  })
  afterAll(async () => {
    await gh.close()
    await rm(dir, { recursive: true, force: true })
  })
  beforeEach(() => {
    gh.clearFaults()
    gh.resetLog()
    core.warning.mockClear()
  })

  it('readBranchFile: a missing branch is named', async () => {
    await expect(readBranchFile(client(), gh.graphqlUrl, REPO, 'nope', FILE)).rejects.toThrow(
      'Branch nope not found in octo/mono. Set the branch input to an existing branch.'
    )
  })

  it('readBranchFile: a missing file is no text, at the head', async () => {
    const file = await readBranchFile(client(), gh.graphqlUrl, REPO, 'main', 'no/such.src')
    expect(file).toMatchObject({ headOid: await gh.head('main'), text: undefined })
  })

  it('readBranchFile: a binary file is refused', async () => {
    await gh.pushFile({ branch: 'main', path: 'bin.src', content: Buffer.from([0x41, 0, 0x42]) })
    await expect(readBranchFile(client(), gh.graphqlUrl, REPO, 'main', 'bin.src')).rejects.toThrow(
      'bin.src on main is a binary file; it must be a text file of bash assignments'
    )
  })

  it("readBranchFile: another repository is GitHub's GraphQL error, passed through", async () => {
    await expect(
      readBranchFile(client(), gh.graphqlUrl, { owner: 'octo', repo: 'other' }, 'main', FILE)
    ).rejects.toMatchObject({
      name: 'GraphqlResponseError',
      errors: [expect.objectContaining({ type: 'NOT_FOUND' })]
    })
  })

  it('commitFile: the body goes into the message after the headline, and only when given', async () => {
    const octokit = client()
    const write = async (text: string, body: string): Promise<string> => {
      const { headOid } = await readBranchFile(octokit, gh.graphqlUrl, REPO, 'main', FILE)
      const made = await commitFile(octokit, gh.graphqlUrl, REPO, {
        branch: 'main',
        expectedHeadOid: headOid,
        path: FILE,
        text,
        headline: 'Pin app',
        body
      })
      expect(made.url).toContain(made.oid)
      expect(await gh.head('main')).toBe(made.oid)
      return git(bare, ['log', '-1', '--format=%B', made.oid])
    }
    expect(await write('app_VER="v1"\n', 'Why: a release.')).toBe('Pin app\n\nWhy: a release.\n')
    expect(await write('app_VER="v2"\n', '')).toBe('Pin app\n')
    expect(await git(bare, ['show', `main:${FILE}`])).toBe('app_VER="v2"\n')
  })

  it('createBranchIfMissing: creates the branch, then leaves it on a re-run', async () => {
    const main = (await gh.head('main')) as string
    await createBranchIfMissing(client(), REPO, 'vro-image-version/1', main)
    expect(await gh.head('vro-image-version/1')).toBe(main)
    const moved = await gh.pushFile({ branch: 'vro-image-version/1', path: 'x.txt', content: 'x' })
    await createBranchIfMissing(client(), REPO, 'vro-image-version/1', main)
    expect(await gh.head('vro-image-version/1')).toBe(moved)
  })

  it('createBranchIfMissing: other failures are thrown', async () => {
    const main = (await gh.head('main')) as string
    await expect(
      createBranchIfMissing(client(READ), REPO, 'vro-image-version/2', main)
    ).rejects.toMatchObject({ status: 403 })
    expect(await gh.head('vro-image-version/2')).toBeNull()
  })

  it('openPullRequest: opens one, and a re-run finds the open one instead of opening another', async () => {
    const main = (await gh.head('main')) as string
    await createBranchIfMissing(client(), REPO, 'vro-image-version/3', main)
    await gh.pushFile({ branch: 'vro-image-version/3', path: 'y.txt', content: 'y' })
    const args = { head: 'vro-image-version/3', base: 'main', title: 'Pins', body: 'The plan' }
    const url = await openPullRequest(client(), REPO, args)
    expect(gh.pulls.map((p) => [p.html_url, p.title, p.body, p.head.ref, p.base.ref])).toEqual([
      [url, 'Pins', 'The plan', 'vro-image-version/3', 'main']
    ])
    expect(await openPullRequest(client(), REPO, { ...args, title: 'Again' })).toBe(url)
    expect(gh.pulls).toHaveLength(1)
  })

  it('openPullRequest: a refusal says the commit is on the branch, and what to do', async () => {
    const main = (await gh.head('main')) as string
    await createBranchIfMissing(client(), REPO, 'vro-image-version/4', main)
    await gh.pushFile({ branch: 'vro-image-version/4', path: 'z.txt', content: 'z' })
    const error = await openPullRequest(client(READ), REPO, {
      head: 'vro-image-version/4',
      base: 'main',
      title: 't',
      body: 'b'
    }).catch((e: unknown) => e as Error)
    expect(gh.pulls.filter((p) => p.head.ref === 'vro-image-version/4')).toEqual([])
    expect(error).toBeInstanceOf(ApiError)
    expect((error as Error).message).toMatch(
      /^The commit is on branch vro-image-version\/4, but the pull request could not be opened: Resource not accessible by integration.*\. Give the job permissions: pull-requests: write/
    )
  })

  it('latestReleaseTag: none is undefined; then the newest published, non-prerelease one', async () => {
    expect(await latestReleaseTag(client(), REPO)).toBeUndefined()
    gh.addRelease({ tagName: 'v1.0.0' })
    gh.addRelease({ tagName: 'v1.1.0-rc.1', prerelease: true })
    expect(await latestReleaseTag(client(), REPO)).toBe('v1.0.0')
    gh.releases.length = 0
  })

  it('latestReleaseTag: other failures (bad credentials) are thrown', async () => {
    await expect(latestReleaseTag(client('ghs_unknown'), REPO)).rejects.toMatchObject({
      status: 401
    })
  })

  it('a secondary rate limit: a warning, and the request is retried', async () => {
    gh.inject({ rateLimit: { retryAfter: 1 }, on: 'rest' })
    expect(await latestReleaseTag(client(), REPO)).toBeUndefined()
    expect(core.warning.mock.calls).toEqual([
      ['Secondary rate limit hit for GET /repos/{owner}/{repo}/releases/latest; retrying in 1 s']
    ])
    expect(gh.log.map((e) => e.fault)).toEqual(['rate-limit:secondary', null])
  })

  it('a primary rate limit: a warning, and the request is retried', async () => {
    gh.inject({ rateLimit: { retryAfter: 0, primary: true }, on: 'rest' })
    expect(await latestReleaseTag(client(), REPO)).toBeUndefined()
    expect(core.warning).toHaveBeenCalledTimes(1)
    expect(core.warning.mock.calls[0]?.[0]).toMatch(
      /^Rate limit hit for GET \/repos\/\{owner\}\/\{repo\}\/releases\/latest; retrying in \d+ s$/
    )
    expect(gh.log.map((e) => e.fault)).toEqual(['rate-limit:primary', null])
  })

  it('a rate limit that persists: three retries, then the run fails', async () => {
    gh.inject({ rateLimit: { retryAfter: 1 }, on: 'rest', times: 10 })
    await expect(latestReleaseTag(client(), REPO)).rejects.toMatchObject({ status: 403 })
    expect(core.warning).toHaveBeenCalledTimes(4)
    expect(gh.log).toHaveLength(4)
  })
})
