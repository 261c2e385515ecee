/**
 * The GitHub API client against the emulator's faults: every wait is bounded (the bounds are
 * measured and printed, never asserted), and an answer that is not GitHub's is a clear error.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { ApiGiveUpError } from '../../src/github/fetch.js'
import { commitFile, createClient, readBranchFile, type Octokit } from '../../src/github/client.js'
import { startEmulator } from '../../test-support/emulator/index.js'
import { tmpDir } from '../../test-support/git-fixture.js'
import { createSample } from '../../test-support/sample.js'

const TOKEN = 'ghs_apiTestToken_1234'
const REPO = { owner: 'octo', repo: 'mono' }
const FILE = 'scripts/image_versions.src'
let dir: string
let gh: Awaited<ReturnType<typeof startEmulator>>

beforeAll(async () => {
  dir = await tmpDir('vro-api-')
  const { bare } = await createSample(dir)
  gh = await startEmulator({ ...REPO, bareDir: bare, tokens: { [TOKEN]: 'write' } })
})

afterAll(async () => {
  await gh.close()
  await rm(dir, { recursive: true, force: true })
})

beforeEach(() => {
  gh.clearFaults()
  gh.resetLog()
})

const client = (requestTimeoutMs: number, budgetMs = 60_000): Octokit =>
  createClient(TOKEN, gh.apiUrl, { requestTimeoutMs, budgetMs })
const read = (octokit: Octokit): ReturnType<typeof readBranchFile> =>
  readBranchFile(octokit, gh.graphqlUrl, REPO, 'main', FILE)

/** Runs `fn`, returning its error and how long it took. */
async function timed(fn: () => Promise<unknown>): Promise<[Error, number]> {
  const t0 = Date.now()
  const error = await fn().then(
    () => new Error('no error'),
    (e: unknown) => e as Error
  )
  return [error, Date.now() - t0]
}

describe('bounded API requests', () => {
  it('a server that accepts and never answers: the request times out and is retried', async () => {
    gh.inject({ hang: true, times: 1, on: 'query' })
    const file = await read(client(2000))
    expect(file.headOid).toMatch(/^[0-9a-f]{40}$/)
    expect(gh.log[0]?.fault).toBe('hang')
    expect(gh.log.at(-1)).toMatchObject({ fault: null, status: 200 })
  })

  it('a server that never answers at all: the run budget ends it, naming what timed out', async () => {
    gh.inject({ hang: true, times: 10, on: 'query' })
    const [error] = await timed(() => read(client(300, 1500)))
    expect(error).toBeInstanceOf(ApiGiveUpError)
    expect(error.message).toBe(
      "POST /graphql got no answer before the run's API budget of 1.5 s was spent."
    )
  })

  it('a request after the budget is spent is not sent', async () => {
    const octokit = client(300, 0)
    const [error] = await timed(() => read(octokit))
    expect(error.message).toBe("POST /graphql was not sent: the run's API budget of 0 s is spent.")
    expect(gh.log).toHaveLength(0)
  })
})

describe('answers are checked', () => {
  it('malformed JSON is named as such, not blamed on the file size', async () => {
    gh.inject({ garbled: 'json', on: 'query' })
    const [error] = await timed(() => read(client(5000)))
    expect(error.message).toMatch(
      /^The GitHub API answered POST \/graphql with HTTP 200 and malformed JSON \(29 bytes, starting "\{\\"data\\":\{\\"repository\\":\{\\"ref\\":"\)/
    )
    expect(error.message).not.toContain('too large')
  })

  it('a garbled 200 to the read is a clear error', async () => {
    gh.inject({ garbled: 'shape', on: 'query' })
    const [error] = await timed(() => read(client(5000)))
    expect(error.message).toBe(
      `The API's answer for ${FILE} on main is not the GraphQL answer asked for (no data); a proxy or an outage may be at fault. Run again.`
    )
  })

  it('a garbled 200 to the commit mutation is a clear error, not a TypeError', async () => {
    const octokit = client(5000)
    const { headOid } = await read(octokit)
    gh.inject({ garbled: 'shape', on: 'mutation' })
    const [error] = await timed(() =>
      commitFile(octokit, gh.graphqlUrl, REPO, {
        branch: 'main',
        expectedHeadOid: headOid,
        path: FILE,
        text: '# pins\n',
        headline: 'test',
        body: ''
      })
    )
    expect(error.message).toMatch(
      /^The API answered the commit to main without the new commit \(no data\), so whether it was made is unknown\. Re-run the workflow/
    )
  })
})
