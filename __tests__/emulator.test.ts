import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { inspect } from 'node:util'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { startEmulator, type GitHubEmulator } from '../test-support/emulator/index.js'
import {
  cloneDepth1,
  commitAll,
  git,
  initBareFrom,
  initRepo,
  tag,
  tmpDir,
  writeFiles
} from '../test-support/git-fixture.js'

// JSON bodies are checked field by field below; their shape is what is under test.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

const WRITE = 'ghs_writeToken0123456789'
const READ = 'ghs_readToken0123456789'
const VERSIONS = 'scripts/image_versions.src'
const VERSIONS_TEXT = '\uFEFF# versions\r\nAPP_VERSION="v1.0.0"\r\nAPI_VERSION=v0.9.0' // BOM, CRLF, no final newline

const MUTATION = `mutation Commit($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } ref { name target { oid } } }
}`

interface Fixture {
  root: string
  bare: string
  head: string
  tagged: string
}

async function makeRepo(): Promise<Fixture> {
  const root = await tmpDir('emulator-test-')
  const work = join(root, 'work')
  const bare = join(root, 'bare.git')
  await initRepo(work)
  await writeFiles(work, {
    [VERSIONS]: VERSIONS_TEXT,
    'app/Main.java': 'class Main {}\n',
    'assets/logo.bin': Buffer.from([0x89, 0x50, 0x00, 0x01])
  })
  const tagged = await commitAll(work, 'first')
  await tag(work, 'v1.0.0', { annotated: true })
  await tag(work, 'v1.0.1')
  await writeFiles(work, { 'app/Main.java': 'class Main { int x; }\n' })
  const head = await commitAll(work, 'second', { date: '2024-01-02T00:00:00Z' })
  await initBareFrom(work, bare)
  return { root, bare, head, tagged }
}

function commitInput(expectedHeadOid: string, contents: string, branchName = 'main'): Json {
  return {
    branch: { repositoryNameWithOwner: 'octo/mono', branchName },
    expectedHeadOid,
    message: { headline: 'Automated commit: pin images', body: 'Pinned app to v1.0.0' },
    fileChanges: {
      additions: [{ path: VERSIONS, contents: Buffer.from(contents).toString('base64') }]
    }
  }
}

async function graphql(
  gh: GitHubEmulator,
  query: string,
  variables: Json = {},
  token = WRITE
): Promise<{ status: number; body: Json; headers: Headers }> {
  const res = await fetch(gh.graphqlUrl, {
    method: 'POST',
    headers: { authorization: `bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables })
  })
  return { status: res.status, body: await res.json(), headers: res.headers }
}

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

const headOf = async (bare: string, ref = 'main') => (await git(bare, ['rev-parse', ref])).trim()

describe('local GitHub API emulator', () => {
  let fx: Fixture
  let gh: GitHubEmulator

  beforeEach(async () => {
    fx = await makeRepo()
    gh = await startEmulator({
      owner: 'octo',
      repo: 'mono',
      bareDir: fx.bare,
      tokens: { [WRITE]: 'write', [READ]: 'read' }
    })
  })

  afterEach(async () => {
    await gh.close()
    await rm(fx.root, { recursive: true, force: true })
  })

  it('serves the branch head and byte-exact file text from the bare repository', async () => {
    const { status, body } = await graphql(
      gh,
      `
        query ($owner: String!, $name: String!, $path: String!) {
          repository(owner: $owner, name: $name) {
            nameWithOwner
            defaultBranchRef {
              name
              target {
                oid
                ... on Commit {
                  file(path: $path) {
                    name
                    path
                    type
                    object {
                      ... on Blob {
                        text
                        isBinary
                        byteSize
                      }
                    }
                  }
                  missing: file(path: "nope.txt") {
                    name
                  }
                  parents(first: 5) {
                    totalCount
                    nodes {
                      oid
                    }
                  }
                  history(first: 10) {
                    totalCount
                    nodes {
                      oid
                      messageHeadline
                    }
                  }
                }
              }
            }
            binary: object(expression: "main:assets/logo.bin") {
              ... on Blob {
                text
                isBinary
                byteSize
              }
            }
            byExpression: object(expression: "main:scripts/image_versions.src") {
              oid
            }
          }
        }
      `,
      { owner: 'octo', name: 'mono', path: VERSIONS }
    )
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    const repo = body.data.repository
    expect(repo.nameWithOwner).toBe('octo/mono')
    expect(repo.defaultBranchRef.name).toBe('main')
    const commit = repo.defaultBranchRef.target
    expect(commit.oid).toBe(fx.head)
    expect(commit.file).toEqual({
      name: 'image_versions.src',
      path: VERSIONS,
      type: 'blob',
      object: { text: VERSIONS_TEXT, isBinary: false, byteSize: Buffer.byteLength(VERSIONS_TEXT) }
    })
    expect(commit.missing).toBeNull()
    expect(commit.parents).toEqual({ totalCount: 1, nodes: [{ oid: fx.tagged }] })
    expect(commit.history.totalCount).toBe(2)
    expect(commit.history.nodes.map((n: Json) => n.messageHeadline)).toEqual(['second', 'first'])
    expect(repo.binary).toEqual({ text: null, isBinary: true, byteSize: 4 })
    expect(repo.byExpression.oid).toBe(
      (await git(fx.bare, ['rev-parse', `main:${VERSIONS}`])).trim()
    )
  })

  it('resolves tag refs: annotated to a Tag, lightweight to a Commit, missing to null', async () => {
    const { body } = await graphql(
      gh,
      `
        {
          repository(owner: "octo", name: "mono") {
            annotated: ref(qualifiedName: "refs/tags/v1.0.0") {
              name
              prefix
              target {
                __typename
                oid
                ... on Tag {
                  name
                  target {
                    __typename
                    oid
                  }
                }
              }
            }
            light: ref(qualifiedName: "refs/tags/v1.0.1") {
              target {
                __typename
                oid
              }
            }
            missing: ref(qualifiedName: "refs/tags/v9.9.9") {
              name
            }
            tags: refs(refPrefix: "refs/tags/", first: 10) {
              totalCount
              nodes {
                name
              }
            }
            newest: refs(
              refPrefix: "refs/tags/"
              last: 1
              orderBy: { field: TAG_COMMIT_DATE, direction: ASC }
            ) {
              nodes {
                name
              }
            }
          }
        }
      `
    )
    const repo = body.data.repository
    expect(repo.annotated.name).toBe('v1.0.0')
    expect(repo.annotated.prefix).toBe('refs/tags/')
    expect(repo.annotated.target.__typename).toBe('Tag')
    expect(repo.annotated.target.target).toEqual({ __typename: 'Commit', oid: fx.tagged })
    expect(repo.light.target).toEqual({ __typename: 'Commit', oid: fx.tagged })
    expect(repo.missing).toBeNull()
    expect(repo.tags).toEqual({ totalCount: 2, nodes: [{ name: 'v1.0.0' }, { name: 'v1.0.1' }] })
    expect(repo.newest.nodes).toEqual([{ name: 'v1.0.1' }])
  })

  it('createCommitOnBranch makes a real, linear git commit on the expected head', async () => {
    const newText = 'APP_VERSION="v1.0.0"\r\n'
    const { status, body } = await graphql(gh, MUTATION, { input: commitInput(fx.head, newText) })
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    const oid = body.data.createCommitOnBranch.commit.oid
    expect(body.data.createCommitOnBranch.ref).toEqual({ name: 'main', target: { oid } })
    expect(body.data.createCommitOnBranch.commit.url).toBe(
      `${gh.serverUrl}/octo/mono/commit/${oid}`
    )

    expect(await headOf(fx.bare)).toBe(oid)
    const log = await git(fx.bare, ['log', '--format=%H %P|%an <%ae>|%cn <%ce>', '-1', oid])
    expect(log.trim()).toBe(
      `${oid} ${fx.head}|github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>` +
        `|GitHub <noreply@github.com>`
    )
    expect((await git(fx.bare, ['log', '--format=%B', '-1', oid])).trim()).toBe(
      'Automated commit: pin images\n\nPinned app to v1.0.0'
    )
    expect(await git(fx.bare, ['rev-list', '--merges', 'main'])).toBe('')
    expect(await git(fx.bare, ['show', `main:${VERSIONS}`])).toBe(newText)
    // Untouched files are carried over.
    expect(await git(fx.bare, ['show', 'main:app/Main.java'])).toBe('class Main { int x; }\n')
    expect(gh.calls({ write: true })).toBe(1)
  })

  it('applies deletions and reports a missing path like GitHub', async () => {
    const input = commitInput(fx.head, 'X=1\n')
    input.fileChanges.deletions = [{ path: 'app/Main.java' }]
    const ok = await graphql(gh, MUTATION, { input })
    const oid = ok.body.data.createCommitOnBranch.commit.oid
    expect(await git(fx.bare, ['ls-tree', '-r', '--name-only', oid])).toBe(
      `assets/logo.bin\n${VERSIONS}\n`
    )
    const again = commitInput(oid, 'X=2\n')
    again.fileChanges.deletions = [{ path: 'app/Main.java' }]
    const { body } = await graphql(gh, MUTATION, { input: again })
    expect(body.data).toEqual({ createCommitOnBranch: null })
    expect(body.errors[0].type).toBe('NOT_FOUND')
    expect(body.errors[0].message).toBe(
      `A path was requested for deletion which does not exist as of commit oid \`${oid}\``
    )
  })

  it('answers STALE_DATA in GitHub’s exact shape when expectedHeadOid is old', async () => {
    const { status, body } = await graphql(gh, MUTATION, { input: commitInput(fx.tagged, 'x') })
    expect(status).toBe(200)
    expect(body).toEqual({
      data: { createCommitOnBranch: null },
      errors: [
        {
          type: 'STALE_DATA',
          path: ['createCommitOnBranch'],
          locations: [{ line: 2, column: 3 }],
          message: `Expected branch to point to "${fx.tagged}" but it did not.  Pull and try again.`
        }
      ]
    })
    expect(await headOf(fx.bare)).toBe(fx.head)
  })

  it('answers NOT_FOUND for a missing branch or an unknown expectedHeadOid', async () => {
    const missing = await graphql(gh, MUTATION, { input: commitInput(fx.head, 'x', 'nope') })
    expect(missing.body.errors[0]).toMatchObject({ type: 'NOT_FOUND', message: 'Branch not found' })
    const unknown = await graphql(gh, MUTATION, { input: commitInput('f'.repeat(40), 'x') })
    expect(unknown.body.errors[0]).toMatchObject({
      type: 'NOT_FOUND',
      message: `No commit exists with specified expectedHeadOid '${'f'.repeat(40)}'.`
    })
  })

  it('injects 502s, then succeeds; faults are logged', async () => {
    gh.inject({ status: 502, times: 2, on: 'mutation' })
    const query = await graphql(gh, '{ repository(owner: "octo", name: "mono") { id } }')
    expect(query.status).toBe(200) // a query is not a mutation
    const first = await graphql(gh, MUTATION, { input: commitInput(fx.head, 'a') })
    const second = await graphql(gh, MUTATION, { input: commitInput(fx.head, 'a') })
    expect([first.status, second.status]).toEqual([502, 502])
    expect(first.body.errors[0].message).toMatch(/^Something went wrong while executing your query/)
    expect(await headOf(fx.bare)).toBe(fx.head)
    const third = await graphql(gh, MUTATION, { input: commitInput(fx.head, 'a') })
    expect(third.status).toBe(200)
    expect(third.body.data.createCommitOnBranch.commit.oid).toBe(await headOf(fx.bare))
    expect(gh.log.map((e) => e.fault)).toEqual([null, 'status:502', 'status:502', null])
    expect(gh.log.map((e) => e.status)).toEqual([200, 502, 502, 200])

    gh.inject({ status: 500, on: 'rest' })
    const failed = await rest(gh, 'GET', '/repos/octo/mono')
    expect(failed.status).toBe(500)
    expect(failed.body.message).toBe('Server Error')
    expect((await rest(gh, 'GET', '/repos/octo/mono')).body.default_branch).toBe('main')
  })

  it('sends rate-limit headers, and injects a secondary rate limit', async () => {
    const ok = await rest(gh, 'GET', '/repos/octo/mono')
    expect(ok.headers.get('x-ratelimit-limit')).toBe('5000')
    expect(Number(ok.headers.get('x-ratelimit-remaining'))).toBeLessThan(5000)
    expect(ok.headers.get('x-ratelimit-resource')).toBe('core')
    expect(ok.headers.get('x-github-request-id')).toMatch(/^[0-9A-F:]+$/)

    gh.inject({ rateLimit: { retryAfter: 1 }, times: 1, on: 'query' })
    const limited = await graphql(gh, '{ rateLimit { remaining } }')
    expect(limited.status).toBe(403)
    expect(limited.headers.get('retry-after')).toBe('1')
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(limited.body.message).toMatch(/^You have exceeded a secondary rate limit/)
    const after = await graphql(gh, '{ rateLimit { remaining limit } }')
    expect(after.status).toBe(200)
    expect(after.body.data.rateLimit.limit).toBe(5000)
    expect(gh.log[1]?.fault).toBe('rate-limit:secondary')
  })

  it('answers 401 for a bad token on GraphQL and REST, and never logs a token', async () => {
    const bad = 'ghs_notAValidToken42'
    const g = await graphql(gh, '{ viewer { login } }', {}, bad)
    expect(g.status).toBe(401)
    expect(g.body).toEqual({
      message: 'Bad credentials',
      documentation_url: 'https://docs.github.com/graphql'
    })
    const r = await rest(gh, 'GET', '/repos/octo/mono', undefined, bad)
    expect(r.status).toBe(401)
    expect(r.body).toEqual({
      message: 'Bad credentials',
      documentation_url: 'https://docs.github.com/rest',
      status: '401'
    })
    await graphql(gh, MUTATION, { input: commitInput(fx.head, 'x') }, READ)
    await graphql(gh, MUTATION, { input: commitInput(fx.head, 'x') })
    const logged = JSON.stringify(gh.log)
    for (const token of [bad, WRITE, READ]) expect(logged).not.toContain(token)
    expect(inspect(gh, { depth: 2 })).not.toContain(WRITE)
    expect(gh.log).toHaveLength(4)
  })

  it('rejects what GitHub’s schema rejects', async () => {
    const unknownField = await graphql(
      gh,
      '{ repository(owner: "octo", name: "mono") { defaultBranchRef { nme } } }'
    )
    expect(unknownField.status).toBe(200)
    expect(unknownField.body.data).toBeUndefined()
    expect(unknownField.body.errors).toEqual([
      {
        path: ['query', 'repository', 'defaultBranchRef', 'nme'],
        extensions: { code: 'undefinedField', typeName: 'Ref', fieldName: 'nme' },
        locations: [{ line: 1, column: 64 }],
        message: "Field 'nme' doesn't exist on type 'Ref'"
      }
    ])
    const wrongType = await graphql(gh, '{ repository(owner: "octo", name: 5) { id } }')
    expect(wrongType.body.errors[0].message).toMatch(/String/)
    const missingInput = await graphql(gh, MUTATION, {
      input: { ...commitInput(fx.head, 'x'), expectedHeadOid: undefined }
    })
    expect(missingInput.body.errors[0].message).toBe(
      'Variable $input of type CreateCommitOnBranchInput! was provided invalid value for ' +
        'expectedHeadOid (Expected value to not be null)'
    )
    expect(await headOf(fx.bare)).toBe(fx.head)
  })

  it('lets exactly one of 8 concurrent commits on the same head win', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        graphql(gh, MUTATION, { input: commitInput(fx.head, `writer ${i}\n`) })
      )
    )
    const winners = results.filter((r) => r.body.data?.createCommitOnBranch)
    const stale = results.filter((r) => r.body.errors?.[0]?.type === 'STALE_DATA')
    expect(winners).toHaveLength(1)
    expect(stale).toHaveLength(7)
    const winner = winners[0]?.body.data.createCommitOnBranch.commit.oid
    expect(await headOf(fx.bare)).toBe(winner)
    expect((await git(fx.bare, ['rev-list', `${fx.head}..main`])).trim()).toBe(winner)
  })

  it('refuses commits on protected branches and with a read token', async () => {
    gh.protect('main', 'protection')
    const classic = await graphql(gh, MUTATION, { input: commitInput(fx.head, 'x') })
    expect(classic.status).toBe(200)
    expect(classic.body.data).toEqual({ createCommitOnBranch: null })
    expect(classic.body.errors[0]).toEqual({
      type: 'BRANCH_PROTECTION_RULE_VIOLATION',
      path: ['createCommitOnBranch'],
      locations: [{ line: 2, column: 3 }],
      message:
        "protected branch 'main' check failed:\n  Changes must be made through a pull request."
    })
    gh.protect('main', 'ruleset')
    const ruleset = await graphql(gh, MUTATION, { input: commitInput(fx.head, 'x') })
    expect(ruleset.body.errors[0]).toMatchObject({
      type: 'FORBIDDEN',
      message:
        'Repository rule violations found\n\nChanges must be made through a pull request.\n\n'
    })
    gh.protect('main', null)

    const read = await graphql(gh, MUTATION, { input: commitInput(fx.head, 'x') }, READ)
    expect(read.status).toBe(200)
    expect(read.body.errors[0]).toMatchObject({
      type: 'FORBIDDEN',
      path: ['createCommitOnBranch'],
      message: 'Resource not accessible by integration'
    })
    const readRest = await rest(
      gh,
      'POST',
      '/repos/octo/mono/git/refs',
      { ref: 'refs/heads/x', sha: fx.head },
      READ
    )
    expect(readRest.status).toBe(403)
    expect(readRest.body.message).toBe('Resource not accessible by integration')
    expect(await headOf(fx.bare)).toBe(fx.head)

    const ok = await graphql(gh, MUTATION, { input: commitInput(fx.head, 'x') })
    expect(ok.body.errors).toBeUndefined()
  })

  it('simulates someone else pushing between the read and the compare-and-swap', async () => {
    let pushed = ''
    gh.onBeforeCommit(async ({ branch, expectedHeadOid }) => {
      expect([branch, expectedHeadOid]).toEqual(['main', fx.head])
      gh.onBeforeCommit(null)
      pushed = await gh.pushFile({ branch, path: 'app/Other.java', content: 'class Other {}\n' })
    })
    const lost = await graphql(gh, MUTATION, { input: commitInput(fx.head, 'mine\n') })
    expect(lost.body.errors[0].type).toBe('STALE_DATA')
    expect(await headOf(fx.bare)).toBe(pushed)
    expect(await gh.head('main')).toBe(pushed)
    expect((await git(fx.bare, ['log', '-1', '--format=%P %an', pushed])).trim()).toBe(
      `${fx.head} Someone Else`
    )

    const retried = await graphql(gh, MUTATION, { input: commitInput(pushed, 'mine\n') })
    const oid = retried.body.data.createCommitOnBranch.commit.oid
    expect((await git(fx.bare, ['log', '-1', '--format=%P', oid])).trim()).toBe(pushed)
    expect(await git(fx.bare, ['show', `${oid}:app/Other.java`])).toBe('class Other {}\n')

    const deleted = await gh.pushFile({ branch: 'main', path: 'app/Other.java', delete: true })
    await expect(git(fx.bare, ['show', `${deleted}:app/Other.java`])).rejects.toThrow()
  })

  it('forces STALE_DATA with inject({ stale }) and drops sockets with inject({ drop })', async () => {
    gh.inject({ stale: true, times: 1 })
    const forced = await graphql(gh, MUTATION, { input: commitInput(fx.head, 'x') })
    expect(forced.body.errors[0].type).toBe('STALE_DATA')
    expect(gh.log[0]?.fault).toBe('stale')

    gh.inject({ drop: true, on: 'rest' })
    await expect(rest(gh, 'GET', '/repos/octo/mono')).rejects.toThrow()
    expect((await rest(gh, 'GET', '/repos/octo/mono')).status).toBe(200)
    expect(gh.log[1]).toMatchObject({ fault: 'drop', status: null })
  })

  it('serves the REST calls for refs and pull requests', async () => {
    const ref = await rest(gh, 'GET', '/repos/octo/mono/git/ref/heads/main')
    expect(ref.body).toMatchObject({
      ref: 'refs/heads/main',
      object: { sha: fx.head, type: 'commit' }
    })
    const tagRef = await rest(gh, 'GET', '/repos/octo/mono/git/ref/tags/v1.0.0')
    expect(tagRef.body.object.type).toBe('tag')
    const missing = await rest(gh, 'GET', '/repos/octo/mono/git/ref/heads/nope')
    expect(missing.status).toBe(404)
    expect(missing.body.message).toBe('Not Found')

    const created = await rest(gh, 'POST', '/repos/octo/mono/git/refs', {
      ref: 'refs/heads/vro/pin',
      sha: fx.tagged
    })
    expect(created.status).toBe(201)
    expect(await headOf(fx.bare, 'vro/pin')).toBe(fx.tagged)
    const again = await rest(gh, 'POST', '/repos/octo/mono/git/refs', {
      ref: 'refs/heads/vro/pin',
      sha: fx.head
    })
    expect(again.status).toBe(422)
    expect(again.body.message).toBe('Reference already exists')
    const encoded = await rest(gh, 'GET', '/repos/octo/mono/git/ref/heads%2Fvro%2Fpin')
    expect(encoded.body.object.sha).toBe(fx.tagged)

    const commit = await graphql(gh, MUTATION, {
      input: commitInput(fx.tagged, 'pinned\n', 'vro/pin')
    })
    expect(commit.body.errors).toBeUndefined()
    const pr = await rest(gh, 'POST', '/repos/octo/mono/pulls', {
      title: 'Automated commit: pin images',
      head: 'vro/pin',
      base: 'main',
      body: 'Branch protection refused the commit.'
    })
    expect(pr.status).toBe(201)
    expect(pr.body).toMatchObject({
      number: 1,
      html_url: `${gh.serverUrl}/octo/mono/pull/1`,
      head: { ref: 'vro/pin' },
      base: { ref: 'main' }
    })
    expect(gh.pulls).toHaveLength(1)
    const dup = await rest(gh, 'POST', '/repos/octo/mono/pulls', {
      title: 'again',
      head: 'octo:vro/pin',
      base: 'main'
    })
    expect(dup.status).toBe(422)
    const list = await rest(gh, 'GET', '/repos/octo/mono/pulls?head=octo:vro/pin&state=open')
    expect(list.body.map((p: Json) => p.number)).toEqual([1])
    const none = await rest(gh, 'GET', '/repos/octo/mono/pulls?head=octo:other&state=open')
    expect(none.body).toEqual([])
    expect((await rest(gh, 'GET', '/repos/octo/mono/nothing/here')).status).toBe(404)
  })

  it('works with @actions/github getOctokit and the retry plugin', async () => {
    const octokit = getOctokit(
      WRITE,
      { baseUrl: gh.apiUrl, retry: { retryAfterBaseValue: 1 } },
      retry
    )
    gh.inject({ status: 502, times: 1, on: 'mutation' })
    const result: Json = await octokit.graphql(MUTATION, {
      input: commitInput(fx.head, 'octokit\n')
    })
    expect(result.createCommitOnBranch.commit.oid).toBe(await headOf(fx.bare))
    expect(gh.calls({ operation: 'mutation' })).toBe(2)
    const { data } = await octokit.rest.repos.get({ owner: 'octo', repo: 'mono' })
    expect(data.default_branch).toBe('main')
  })
})

describe('emulator on the GitHub Enterprise Server layout', () => {
  it('serves REST at /api/v3 and GraphQL at /api/graphql', async () => {
    const fx = await makeRepo()
    const gh = await startEmulator({
      owner: 'octo',
      repo: 'mono',
      bareDir: fx.bare,
      tokens: { [WRITE]: 'write' },
      basePath: '/api/v3'
    })
    try {
      expect(gh.apiUrl).toBe(`${gh.serverUrl}/api/v3`)
      expect(gh.graphqlUrl).toBe(`${gh.serverUrl}/api/graphql`)
      const repo = await rest(gh, 'GET', '/repos/octo/mono')
      expect(repo.status).toBe(200)
      expect(repo.body.full_name).toBe('octo/mono')
      const q = await graphql(gh, '{ repository(owner: "octo", name: "mono") { nameWithOwner } }')
      expect(q.body.data.repository.nameWithOwner).toBe('octo/mono')
      const wrong = await fetch(`${gh.serverUrl}/graphql`, {
        method: 'POST',
        headers: { authorization: `bearer ${WRITE}` },
        body: '{"query":"{ viewer { login } }"}'
      })
      expect(wrong.status).toBe(404)
      expect((await fetch(`${gh.serverUrl}/repos/octo/mono`)).status).toBe(404)

      const octokit = getOctokit(WRITE, { baseUrl: gh.apiUrl })
      const viaOctokit: Json = await octokit.graphql(
        '{ repository(owner: "octo", name: "mono") { defaultBranchRef { target { oid } } } }'
      )
      expect(viaOctokit.repository.defaultBranchRef.target.oid).toBe(fx.head)
      expect(gh.log.at(-1)?.path).toBe('/api/graphql')
    } finally {
      await gh.close()
      await rm(fx.root, { recursive: true, force: true })
    }
  })
})

describe('git fixtures', () => {
  it('clones at depth 1 like actions/checkout, with no identity configured', async () => {
    const fx = await makeRepo()
    try {
      const dest = join(fx.root, 'checkout')
      expect(await cloneDepth1(fx.bare, dest, 'main')).toBe(fx.head)
      expect((await git(dest, ['rev-parse', '--is-shallow-repository'])).trim()).toBe('true')
      expect((await git(dest, ['tag', '--list'])).trim()).toBe('')
      expect((await git(dest, ['rev-list', '--count', 'HEAD'])).trim()).toBe('1')
      await expect(git(dest, ['rev-parse', '--verify', 'nope'])).rejects.toThrow(/nope|fatal/)
    } finally {
      await rm(fx.root, { recursive: true, force: true })
    }
  })
})
