/**
 * End to end, workflow_dispatch and the life around it: manual pins and rollbacks, unpin,
 * plan, a protected branch with the pull-request fallback, and GitHub Enterprise Server URLs.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { startEmulator } from '../../test-support/emulator/index.js'
import { cloneDepth1, git, tag, tmpDir } from '../../test-support/git-fixture.js'
import { runAction } from '../../test-support/run-action.js'
import { createSample } from '../../test-support/sample.js'

const TOKEN = 'ghs_dispatchToken_77aa'
type Emulator = Awaited<ReturnType<typeof startEmulator>>

let dir: string
let bare: string
let work: string
let gh: Emulator
let n = 0

async function setUp(basePath = ''): Promise<void> {
  dir = await tmpDir('vro-dispatch-')
  ;({ bare, work } = await createSample(dir))
  // A second release tag, so rollbacks have somewhere to go.
  await tag(work, 'release-1.0.0')
  await git(work, ['push', '--quiet', bare, 'refs/tags/release-1.0.0'])
  gh = await startEmulator({
    owner: 'octo',
    repo: 'mono',
    bareDir: bare,
    tokens: { [TOKEN]: 'write' },
    basePath
  })
}

async function dispatch(inputs: Record<string, string>, runId = '4242') {
  const workspace = path.join(dir, `ws-${n++}`)
  const head = await cloneDepth1(bare, workspace, 'main')
  return runAction({
    workspace,
    eventName: 'workflow_dispatch',
    payload: { ref: 'refs/heads/main', inputs },
    gh,
    token: TOKEN,
    sha: head,
    ref: 'refs/heads/main',
    actor: 'alice',
    inputs,
    runId
  })
}

const fileOn = (branch = 'main'): Promise<string> =>
  git(bare, ['show', `${branch}:scripts/image_versions.src`])
const headOf = async (branch = 'main'): Promise<string> =>
  (await git(bare, ['rev-parse', branch])).trim()

describe('workflow_dispatch', () => {
  beforeEach(() => setUp())
  afterEach(async () => {
    await gh.close()
    await fs.rm(dir, { recursive: true, force: true })
  })

  it('mode pin without a version pins every unpinned image to the newest release in versions.txt', async () => {
    const r = await dispatch({ mode: 'pin' })
    expect(r.code).toBe(0)
    const text = await fileOn()
    expect(text).toContain('app_VER="v1.0.0"')
    expect(text).toContain('ccapp_VER="v1.0.0"')
    const subject = (await git(bare, ['log', '-1', '--format=%s', 'main'])).trim()
    expect(subject).toBe('Automated commit: Pin versions of images (manual run, by alice)')
  })

  it('mode pin with listed images pins only those', async () => {
    const r = await dispatch({ mode: 'pin', images: 'app, svcclaims', version: 'v1.0.0' })
    expect(r.code).toBe(0)
    const text = await fileOn()
    expect(text).toContain('app_VER="v1.0.0"\nsvcclaims_VER="v1.0.0"')
    expect(text).not.toContain('postgres_VER')
  })

  it('name=version pairs roll back an auto-pinned image', async () => {
    expect((await dispatch({ mode: 'pin', version: 'v1.0.0' })).code).toBe(0)
    const r = await dispatch({ mode: 'pin', images: 'app=release-1.0.0' })
    expect(r.code).toBe(0)
    const text = await fileOn()
    expect(text.match(/^app_VER=.*$/gm)).toEqual(['app_VER="release-1.0.0"'])
    expect(JSON.parse(r.outputs.pinned as string)).toEqual(['app'])
  })

  it('manual: true writes an export pin, which a later unpin of all leaves alone', async () => {
    expect(
      (await dispatch({ mode: 'pin', images: 'app', version: 'v1.0.0', manual: 'true' })).code
    ).toBe(0)
    expect(await fileOn()).toContain('export app_VER="v1.0.0"')
    expect((await dispatch({ mode: 'pin', images: 'postgres', version: 'v1.0.0' })).code).toBe(0)
    const r = await dispatch({ mode: 'unpin', images: 'all' })
    expect(r.code).toBe(0)
    const text = await fileOn()
    expect(text).toContain('export app_VER="v1.0.0"')
    expect(text).not.toMatch(/^postgres_VER=/m)
  })

  it('mode unpin with images removes exactly those pins', async () => {
    expect((await dispatch({ mode: 'pin', version: 'v1.0.0' })).code).toBe(0)
    const r = await dispatch({ mode: 'unpin', images: 'api-gateway' })
    expect(r.code).toBe(0)
    const text = await fileOn()
    expect(text).not.toContain('apigateway_VER')
    expect(text).toContain('app_VER="v1.0.0"')
    expect(JSON.parse(r.outputs.unpinned as string)).toEqual(['api-gateway'])
  })

  it.each([
    [
      { mode: 'pin', images: 'nope', version: 'v1.0.0' },
      /Unknown image "nope"\. Known images: postgres, api-gateway/
    ],
    [{ mode: 'pin', version: 'v9.9.9' }, /Tag v9\.9\.9 does not exist on the remote/],
    [{ mode: 'pin', version: 'v1.0' }, /Invalid input version "v1\.0"/],
    [{ mode: 'unpin' }, /mode: unpin needs the images input/],
    [{ mode: 'unpin', images: 'console' }, /console is not pinned|pinned by hand/],
    [{ mode: 'bogus' }, /Input mode is "bogus"; accepted values: auto, pin, unpin, plan/]
  ])('%j fails before anything is written', async (inputs, message) => {
    const before = await headOf()
    gh.resetLog()
    const r = await dispatch(inputs as Record<string, string>)
    expect(r.code).not.toBe(0)
    expect(r.stdout).toMatch(message)
    expect(gh.calls({ write: true })).toBe(0)
    expect(await headOf()).toBe(before)
  })

  it.each([[{ mode: 'plan' }], [{ mode: 'pin', version: 'v1.0.0', 'dry-run': 'true' }]])(
    '%j reports and commits nothing',
    async (inputs) => {
      const before = await headOf()
      gh.resetLog()
      const r = await dispatch(inputs as Record<string, string>)
      expect(r.code).toBe(0)
      expect(gh.calls({ write: true })).toBe(0)
      expect(await headOf()).toBe(before)
      expect(r.summary).toContain('| Image | Before | After | Decision | Reason |')
    }
  )

  it('a protected branch fails by default with the remedies', async () => {
    gh.protect('main', 'ruleset')
    const r = await dispatch({ mode: 'pin', version: 'v1.0.0' })
    expect(r.code).not.toBe(0)
    expect(r.stdout).toContain('on-protected: pull-request')
    expect(r.stdout).toContain('bypass')
  })

  it('on-protected: pull-request commits to a new branch and opens a pull request', async () => {
    gh.protect('main', 'protection')
    const before = await headOf()
    const r = await dispatch(
      { mode: 'pin', version: 'v1.0.0', 'on-protected': 'pull-request' },
      '777'
    )
    expect(r.code).toBe(0)
    expect(await headOf()).toBe(before)
    expect(await fileOn('vro-image-version/777')).toContain('app_VER="v1.0.0"')
    expect(r.outputs['pull-request-url']).toMatch(/\/pull\/\d+$/)
    expect(gh.pulls).toHaveLength(1)
    expect(gh.pulls[0]?.body).toContain('| app |')
    const parent = (await git(bare, ['rev-parse', 'vro-image-version/777^'])).trim()
    expect(parent).toBe(before)
  })
})

describe('GitHub Enterprise Server', () => {
  beforeEach(() => setUp('/api/v3'))
  afterEach(async () => {
    await gh.close()
    await fs.rm(dir, { recursive: true, force: true })
  })

  it('works with GITHUB_API_URL and GITHUB_GRAPHQL_URL on /api/v3 and /api/graphql', async () => {
    expect(gh.apiUrl).toMatch(/\/api\/v3$/)
    expect(gh.graphqlUrl).toMatch(/\/api\/graphql$/)
    const r = await dispatch({ mode: 'pin', version: 'v1.0.0' })
    expect(r.code).toBe(0)
    expect(await fileOn()).toContain('app_VER="v1.0.0"')
    expect(gh.log.every((e: { path: string }) => e.path.startsWith('/api/'))).toBe(true)
  })
})
