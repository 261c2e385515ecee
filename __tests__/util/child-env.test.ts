/**
 * What a child process gets (src/util/child-env.ts): the runner's environment without the action's
 * inputs, the credentials and any value holding the token. Checked on the function, on git and
 * on compare-command, and through run() in process with a compare-command that dumps its
 * environment to a file.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import * as core from '../../__fixtures__/core.js'
import { loadRun } from '../../test-support/run-in-process.js'
import { startForRun, type Emulator } from '../../test-support/in-process.js'
import { cloneDepth1, commitAll, git, tmpDir, writeFiles } from '../../test-support/git-fixture.js'
import { VERSIONS_HEADER, createSample, pushPayload } from '../../test-support/sample.js'

const { run, context } = await loadRun({ eventName: 'push', ref: 'refs/heads/main' })
const { CREDENTIAL_VARIABLES, childEnv, clearSecrets, registerSecret } =
  await import('../../src/util/child-env.js')
const { runCompare } = await import('../../src/detect/compare-command.js')
const { Git } = await import('../../src/git/git.js')

const TOKEN = 'ghs_childEnvToken+Secret/42=='
const b64 = (s: string): string => Buffer.from(s).toString('base64')

/** The variables a hostile or careless environment holds, each carrying a credential. */
const SECRET_VARS: Record<string, string> = {
  INPUT_TOKEN: TOKEN,
  INPUT_COMPARE_COMMAND: 'anything',
  GITHUB_TOKEN: TOKEN,
  GH_TOKEN: 'ghp_otherPersonalToken0000',
  ACTIONS_RUNTIME_TOKEN: 'runtime-token-value',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/oidc',
  MY_PAT: TOKEN,
  CLONE_URL: `https://x-access-token:${TOKEN}@github.com/octo/mono`,
  BASIC_AUTH: `AUTHORIZATION: basic ${b64(`x-access-token:${TOKEN}`)}`
}

let saved: NodeJS.ProcessEnv
let dir: string

beforeAll(async () => {
  saved = { ...process.env }
  dir = await tmpDir('vro-child-env-')
})

afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
  Object.assign(process.env, saved)
  clearSecrets()
})

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

/** The credential-bearing variables, and every form of the token, absent from `env`. */
function expectClean(env: Record<string, string | undefined>): void {
  for (const name of Object.keys(SECRET_VARS)) expect(env).not.toHaveProperty(name)
  for (const name of CREDENTIAL_VARIABLES) expect(env).not.toHaveProperty(name)
  expect(Object.keys(env).filter((n) => n.startsWith('INPUT_'))).toEqual([])
  const all = JSON.stringify(env)
  for (const form of [TOKEN, b64(TOKEN), b64(`x-access-token:${TOKEN}`)]) {
    expect(all).not.toContain(form)
  }
}

/** A command line that writes its environment as JSON to `file`, then exits with `code`. */
const dumper = (file: string, code = 0): string[] => [
  process.execPath,
  '-e',
  `require('fs').writeFileSync(${JSON.stringify(file)}, JSON.stringify(process.env)); process.exit(${code})`
]

describe('childEnv', () => {
  it('drops the inputs, the credentials and any value holding the token; keeps the rest', () => {
    registerSecret(TOKEN)
    const env = childEnv(
      { IMAGE: 'app' },
      { ...SECRET_VARS, PATH: '/usr/bin', HOME: '/home/r', GITHUB_SHA: 'abc', REGISTRY: 'ghcr.io' }
    )
    expectClean(env)
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/r',
      GITHUB_SHA: 'abc',
      REGISTRY: 'ghcr.io',
      IMAGE: 'app'
    })
  })

  it('drops a value equal to INPUT_TOKEN even before the token is registered', () => {
    const env = childEnv({}, { INPUT_TOKEN: ` ${TOKEN}\n`, SOME_SECRET: TOKEN, PATH: '/bin' })
    expect(env).toEqual({ PATH: '/bin' })
  })

  it('a short token takes only variables equal to it, not PATH that contains it', () => {
    registerSecret('bin')
    expect(childEnv({}, { PATH: '/usr/bin', X: 'bin' })).toEqual({ PATH: '/usr/bin' })
  })

  it('an empty token (a run without one) removes nothing, not even empty variables', () => {
    registerSecret('')
    expect(childEnv({}, { EMPTY: '', PATH: '/bin', UNSET: undefined })).toEqual({
      EMPTY: '',
      PATH: '/bin'
    })
  })

  it('reads the process environment when given no base, extra variables on top', () => {
    process.env.VRO_CHILD_ENV_PROBE = 'seen'
    process.env.INPUT_MODE = 'plan'
    const env = childEnv()
    expect(env.VRO_CHILD_ENV_PROBE).toBe('seen')
    expect(env.PATH).toBe(process.env.PATH)
    expect(env.INPUT_MODE).toBeUndefined()
    expect(childEnv({ LC_ALL: 'C' }).LC_ALL).toBe('C')
  })
})

describe('child processes', () => {
  it('compare-command gets no token-bearing variable and no form of the token', async () => {
    Object.assign(process.env, SECRET_VARS)
    registerSecret(TOKEN)
    const file = path.join(dir, 'compare-env.json')
    const image = { name: 'app', prefix: 'app', registryImage: 'vro-app' }
    const outcome = await runCompare(
      dumper(file),
      { image: image as never, pinnedVersion: 'v1.0.0', headSha: 'a'.repeat(40) },
      dir
    )
    expect(outcome.changed).toBe(false)
    const env = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, string>
    expectClean(env)
    expect(env).toMatchObject({
      IMAGE: 'app',
      PREFIX: 'app',
      PINNED_VERSION: 'v1.0.0',
      HEAD_SHA: 'a'.repeat(40),
      REGISTRY_IMAGE: 'vro-app',
      PATH: process.env.PATH
    })
  })

  it('git gets no token-bearing variable and no form of the token', async () => {
    Object.assign(process.env, SECRET_VARS)
    registerSecret(TOKEN)
    // A shell alias: git runs `env` with the environment it was given.
    const result = await new Git(dir).run(['-c', 'alias.dumpenv=!env', 'dumpenv'])
    expect(result.code).toBe(0)
    const env = Object.fromEntries(
      result.stdout
        .toString('utf8')
        .split('\n')
        .filter((l) => l.includes('='))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])
    )
    expectClean(env)
    expect(env).toMatchObject({ LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' })
  })
})

describe('run() with detection: command', () => {
  let gh: Emulator
  let bare: string

  beforeAll(async () => {
    ;({ bare } = await createSample(path.join(dir, 'sample')))
    gh = await startForRun(bare, { [TOKEN]: 'write' })
    // app pinned at v1.0.0, then a change to app: the compare command is asked about app.
    const work = path.join(dir, 'pinning')
    await git(dir, ['clone', '-q', bare, work])
    await writeFiles(work, { 'scripts/image_versions.src': `${VERSIONS_HEADER}app_VER="v1.0.0"\n` })
    await commitAll(work, 'Pin app')
    await writeFiles(work, { 'app/src/main/java/Main.java': 'class Main { int x; }\n' })
    await commitAll(work, 'app: x')
    await git(work, ['push', '-q', 'origin', 'main'])
  })

  afterAll(async () => {
    await gh.close()
  })

  it('the compare command sees neither the token nor the credentials of the runner', async () => {
    core.reset()
    jest.clearAllMocks()
    const workspace = path.join(dir, 'ws')
    context.sha = await cloneDepth1(bare, workspace, 'main')
    context.payload = pushPayload(context.sha, context.sha, ['app: x'])
    const file = path.join(dir, 'run-env.json')
    const script = path.join(dir, 'dump-env.cjs')
    await fs.writeFile(script, dumper(file, 1)[2] as string)
    Object.assign(process.env, SECRET_VARS, { GITHUB_WORKSPACE: workspace })
    Object.assign(core.inputs, {
      token: TOKEN,
      detection: 'command',
      'compare-command': `${process.execPath} ${script}`
    })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(JSON.parse(core.outputs.unpinned as string)).toEqual(['app'])
    const env = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, string>
    expectClean(env)
    expect(env).toMatchObject({ IMAGE: 'app', PREFIX: 'app', PINNED_VERSION: 'v1.0.0' })
  })
})
