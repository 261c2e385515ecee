/** What the runner provides beside the inputs (src/action/runner.ts): its variables, the token masks, its files. */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import * as core from '../../__fixtures__/core.js'
import { tmpDir } from '../../test-support/git-fixture.js'

jest.unstable_mockModule('@actions/core', () => core)
const { checkRunnerFiles, maskToken, runnerEnv } = await import('../../src/action/runner.js')
const { ActionError } = await import('../../src/github/errors.js')

describe('runnerEnv', () => {
  it("GitHub.com's defaults when the runner sets nothing", () => {
    expect(runnerEnv({})).toEqual({
      workspace: process.cwd(),
      apiUrl: 'https://api.github.com',
      graphqlUrl: 'https://api.github.com/graphql',
      runUrl: undefined,
      runId: '',
      runAttempt: ''
    })
  })

  it('empty variables count as unset, as on a runner that exports them blank', () => {
    const env = runnerEnv({
      GITHUB_SERVER_URL: '',
      GITHUB_API_URL: '',
      GITHUB_GRAPHQL_URL: '',
      GITHUB_WORKSPACE: '',
      GITHUB_REPOSITORY: 'octo/mono',
      GITHUB_RUN_ID: ''
    })
    expect(env.apiUrl).toBe('https://api.github.com')
    expect(env.graphqlUrl).toBe('https://api.github.com/graphql')
    expect(env.workspace).toBe(process.cwd())
    // No run id: no link to a run.
    expect(env.runUrl).toBeUndefined()
  })

  it("a GitHub.com run: the run's address on the server, its id and attempt", () => {
    expect(
      runnerEnv({
        GITHUB_WORKSPACE: '/home/runner/work/mono/mono',
        GITHUB_REPOSITORY: 'octo/mono',
        GITHUB_RUN_ID: '4242',
        GITHUB_RUN_ATTEMPT: '2'
      })
    ).toEqual({
      workspace: '/home/runner/work/mono/mono',
      apiUrl: 'https://api.github.com',
      graphqlUrl: 'https://api.github.com/graphql',
      runUrl: 'https://github.com/octo/mono/actions/runs/4242',
      runId: '4242',
      runAttempt: '2'
    })
  })

  it.each([
    ['https://ghe.example.com/api/v3', 'https://ghe.example.com/api/graphql'],
    ['https://ghe.example.com/api/v3/', 'https://ghe.example.com/api/graphql'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080/graphql']
  ])('GitHub Enterprise Server: API %s serves GraphQL at %s', (apiUrl, graphqlUrl) => {
    const env = runnerEnv({
      GITHUB_SERVER_URL: 'https://ghe.example.com',
      GITHUB_API_URL: apiUrl,
      GITHUB_REPOSITORY: 'octo/mono',
      GITHUB_RUN_ID: '7'
    })
    expect(env.graphqlUrl).toBe(graphqlUrl)
    expect(env.runUrl).toBe('https://ghe.example.com/octo/mono/actions/runs/7')
  })

  it('GITHUB_GRAPHQL_URL, when set, wins over the derived address', () => {
    expect(
      runnerEnv({
        GITHUB_API_URL: 'https://ghe.example.com/api/v3',
        GITHUB_GRAPHQL_URL: 'https://graphql.example.com/'
      }).graphqlUrl
    ).toBe('https://graphql.example.com/')
  })

  it('no repository: no link to the run', () => {
    expect(runnerEnv({ GITHUB_RUN_ID: '7' }).runUrl).toBeUndefined()
  })
})

describe('maskToken', () => {
  it('masks the token, its base64 form and the x-access-token form git sends', () => {
    core.setSecret.mockClear()
    maskToken('ghs_abc')
    expect(core.setSecret.mock.calls.map(([s]) => s)).toEqual([
      'ghs_abc',
      Buffer.from('ghs_abc').toString('base64'),
      Buffer.from('x-access-token:ghs_abc').toString('base64')
    ])
  })
})

describe('checkRunnerFiles', () => {
  let dir: string
  beforeAll(async () => {
    dir = await tmpDir('vro-runner-')
  })
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true })
  })

  it('files that take writes pass, and are created if missing but left empty', async () => {
    const output = path.join(dir, 'output')
    const summary = path.join(dir, 'summary')
    await fs.writeFile(summary, 'earlier step\n')
    await checkRunnerFiles({ GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary })
    expect(await fs.readFile(output, 'utf8')).toBe('')
    expect(await fs.readFile(summary, 'utf8')).toBe('earlier step\n')
  })

  it('unset or empty variables are not checked (outside a runner)', async () => {
    await expect(checkRunnerFiles({})).resolves.toBeUndefined()
    await expect(
      checkRunnerFiles({ GITHUB_OUTPUT: '', GITHUB_STEP_SUMMARY: '' })
    ).resolves.toBeUndefined()
  })

  it('a file that cannot be written fails, naming the variable, the file and why', async () => {
    const output = path.join(dir, 'output-ok')
    const notAFile = path.join(dir, 'a-folder')
    await fs.mkdir(notAFile)
    const error = await checkRunnerFiles({
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: notAFile
    }).then(
      () => new Error('no error'),
      (e: unknown) => e as Error
    )
    expect(error).toBeInstanceOf(ActionError)
    expect(error.message).toBe(
      `GITHUB_STEP_SUMMARY is ${JSON.stringify(notAFile)}, which cannot be written (EISDIR). Nothing was committed. ` +
        'The runner sets GITHUB_STEP_SUMMARY to a writable file; if a step changed it, point it at a writable file or leave it unset.'
    )
  })

  it('GITHUB_OUTPUT is checked first', async () => {
    const missingFolder = path.join(dir, 'no-such-folder', 'output')
    await expect(
      checkRunnerFiles({ GITHUB_OUTPUT: missingFolder, GITHUB_STEP_SUMMARY: missingFolder })
    ).rejects.toThrow(
      /^GITHUB_OUTPUT is ".*no-such-folder\/output", which cannot be written \(ENOENT\)/
    )
  })
})
