/**
 * The decisions that guard the pins, through run() in process (the local GitHub API emulator,
 * real git): what detection cannot tell keeps a pin on a push and blocks one on a release (a tag
 * fetch answered 403, a compare-command that exits 2); a manual unpin that names a manual pin is
 * refused; a build root renamed with identical content since the tag is no change.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import * as core from '../__fixtures__/core.js'
import { loadRun } from '../test-support/run-in-process.js'
import { startForbiddenRemote, type ForbiddenRemote } from '../test-support/forbidden-remote.js'
import { startForRun, type Emulator } from '../test-support/in-process.js'
import { cloneDepth1, commitAll, git, tmpDir } from '../test-support/git-fixture.js'
import {
  VERSIONS_HEADER,
  createSample,
  pushPayload,
  releasePayload
} from '../test-support/sample.js'

const { run, context } = await loadRun()

const TOKEN = 'ghs_decisionsToken_1234'
const VERSIONS = 'scripts/image_versions.src'
const MAIN_JAVA = 'app/src/main/java/Main.java'
const RELEASED_MAIN = 'class Main { void run() {} }\n'
/** The images a release pins (console is pinned by hand in VERSIONS_HEADER). */
const RELEASED = ['postgres', 'api-gateway', 'app', 'svc-claims', 'cc-app']
/** A compare-command that cannot tell, for every image (exit 2). */
const FAILING_COMPARE = `'${process.execPath}' -e 'console.error("registry down");process.exit(2)'`

let dir: string
let bare: string
let gh: Emulator
let remote: ForbiddenRemote
let n = 0

beforeAll(async () => {
  dir = await tmpDir('vro-decisions-')
  ;({ bare } = await createSample(dir))
  gh = await startForRun(bare, { [TOKEN]: 'write' }, '42')
  remote = await startForbiddenRemote(bare)
})

afterAll(async () => {
  await remote.close()
  await gh.close()
  await fs.rm(dir, { recursive: true, force: true })
})

beforeEach(async () => {
  core.reset()
  jest.clearAllMocks()
  await gh.pushFile({ branch: 'main', path: VERSIONS, content: VERSIONS_HEADER })
  Object.assign(core.inputs, { token: TOKEN, 'commit-message-prefix': 'Automated commit:' })
})

/**
 * A fresh checkout of main as actions/checkout makes it (depth 1, no tags); with `forbidden`,
 * its origin is a remote that lists the tags and answers their fetch 403.
 */
async function checkout(forbidden = false): Promise<string> {
  const workspace = path.join(dir, `ws-${n++}`)
  context.sha = await cloneDepth1(bare, workspace, 'main')
  if (forbidden) await git(workspace, ['remote', 'set-url', 'origin', remote.url])
  process.env.GITHUB_WORKSPACE = workspace
  return workspace
}

/** Pins app to v1.0.0 on main, then pushes a change to app/; the push event of that change. */
async function pushAfterPin(): Promise<void> {
  await gh.pushFile({
    branch: 'main',
    path: VERSIONS,
    content: `${VERSIONS_HEADER}app_VER="v1.0.0"\n`
  })
  const before = (await gh.head('main')) as string
  const after = await gh.pushFile({ branch: 'main', path: 'docs/index.md', content: '# v2\n' })
  Object.assign(context, {
    eventName: 'push',
    ref: 'refs/heads/main',
    payload: pushPayload(before, after, ['docs: v2'])
  })
}

function release(version: string): void {
  Object.assign(context, {
    eventName: 'release',
    ref: `refs/tags/${version}`,
    payload: releasePayload(version)
  })
}

/** How many fetches the forbidden remote refused after its first `seen` requests. */
const refusedFetchesSince = (seen: number): number =>
  remote.requests.slice(seen).filter((r) => r.method === 'POST' && r.status === 403).length

const versionsOnMain = (): Promise<string> => git(bare, ['show', `main:${VERSIONS}`])

describe('run(): a tag fetch answered 403', () => {
  it('a push keeps the pin, says why, and warns', async () => {
    await pushAfterPin()
    // app changed since v1.0.0 too: were the change known, app would be unpinned.
    await gh.pushFile({ branch: 'main', path: MAIN_JAVA, content: 'class Main { int x; }\n' })
    await checkout(true)
    const head = await gh.head('main')
    const seen = remote.requests.length
    let after: string | null
    try {
      await run()
      after = await gh.head('main')
    } finally {
      await gh.pushFile({ branch: 'main', path: MAIN_JAVA, content: RELEASED_MAIN })
    }
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(after).toBe(head)
    expect(refusedFetchesSince(seen)).toBeGreaterThan(0)
    expect(core.outputs.changed).toBe('false')
    expect(JSON.parse(core.outputs.unpinned as string)).toEqual([])
    expect(JSON.parse(core.outputs.versions as string).app).toBe('v1.0.0')
    expect(core.outputs['commit-sha']).toBe('')
    expect(await versionsOnMain()).toBe(`${VERSIONS_HEADER}app_VER="v1.0.0"\n`)
    expect(core.summaries[0]).toMatch(
      /\| app \| `v1\.0\.0` \| `v1\.0\.0` \| keep \| kept: tag v1\.0\.0 is not in the checkout and fetching it from origin failed: .*403/
    )
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringMatching(/^Tag v1\.0\.0 \(pinned for app\) could not be fetched: .*403/)
    )
  })

  it('a release pins nothing it could not compare, and commits nothing', async () => {
    await checkout(true)
    release('v1.0.0')
    const head = await gh.head('main')
    const seen = remote.requests.length
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    // The tag was listed (the release's tag exists), then its fetch refused.
    expect(remote.requests.slice(seen)[0]).toMatchObject({ method: 'GET', status: 200 })
    expect(refusedFetchesSince(seen)).toBeGreaterThan(0)
    expect(core.outputs.changed).toBe('false')
    expect(JSON.parse(core.outputs.pinned as string)).toEqual([])
    expect(await gh.head('main')).toBe(head)
    expect(await versionsOnMain()).toBe(VERSIONS_HEADER)
    expect(core.summaries[0]).toMatch(
      /\| app \| _unpinned_ \| _unpinned_ \| skip \| not pinned: tag v1\.0\.0 is not in the checkout and fetching it from origin failed: .*403; cannot compare, so the head of the branch is not the released image \|/
    )
  })
})

describe('run(): a compare-command that exits 2', () => {
  beforeEach(() => {
    core.inputs['compare-command'] = FAILING_COMPARE
  })

  it('a push keeps the pin, says why, and warns', async () => {
    await pushAfterPin()
    await checkout()
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.outputs.changed).toBe('false')
    expect(JSON.parse(core.outputs.unpinned as string)).toEqual([])
    expect(JSON.parse(core.outputs.versions as string).app).toBe('v1.0.0')
    expect(await versionsOnMain()).toBe(`${VERSIONS_HEADER}app_VER="v1.0.0"\n`)
    expect(core.summaries[0]).toContain(
      '| app | `v1.0.0` | `v1.0.0` | keep | kept: compare-command failed (exit code 2: "registry down"); no input changed since v1.0.0'
    )
    expect(core.warning).toHaveBeenCalledWith(
      'app: compare-command failed (exit code 2: "registry down")'
    )
  })

  it('a release pins nothing the command could not compare, and commits nothing', async () => {
    await checkout()
    release('v1.0.0')
    const head = await gh.head('main')
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.outputs.changed).toBe('false')
    expect(JSON.parse(core.outputs.pinned as string)).toEqual([])
    expect(await gh.head('main')).toBe(head)
    expect(await versionsOnMain()).toBe(VERSIONS_HEADER)
    expect(core.summaries[0]).toContain(
      '| app | _unpinned_ | _unpinned_ | skip | not pinned: compare-command failed (exit code 2: "registry down")'
    )
  })
})

describe('run(): a manual unpin that names a manual pin', () => {
  it('is refused, naming the line; nothing is committed', async () => {
    await checkout()
    Object.assign(context, { eventName: 'workflow_dispatch', ref: 'refs/heads/main', payload: {} })
    Object.assign(core.inputs, { mode: 'unpin', images: 'console' })
    const head = await gh.head('main')
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringContaining(
        'console is pinned by hand (console_VER on line 3); the action never removes manual pins. Remove that line by hand.'
      )
    )
    expect(await gh.head('main')).toBe(head)
    expect(await versionsOnMain()).toBe(VERSIONS_HEADER)
  })
})

describe('run(): a build root renamed since the tag with identical content', () => {
  let work: string
  beforeAll(async () => {
    // app/ moves to services/app/, unchanged, in one commit pushed to main.
    work = path.join(dir, 'mover')
    await git(dir, ['clone', '--quiet', bare, work])
    await fs.mkdir(path.join(work, 'services'))
    await git(work, ['mv', 'app', 'services/app'])
    await commitAll(work, 'move app under services/')
    await git(work, ['push', '--quiet', 'origin', 'main'])
  })
  afterAll(async () => {
    await git(work, ['pull', '--quiet', '--rebase', 'origin', 'main'])
    await git(work, ['mv', 'services/app', 'app'])
    await commitAll(work, 'move app back')
    await git(work, ['push', '--quiet', 'origin', 'main'])
  })

  it('a push keeps the pin, and the summary says the folder was renamed', async () => {
    await pushAfterPin()
    await checkout()
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(JSON.parse(core.outputs.unpinned as string)).toEqual([])
    expect(JSON.parse(core.outputs.versions as string).app).toBe('v1.0.0')
    expect(core.summaries[0]).toContain(
      '| app | `v1.0.0` | `v1.0.0` | keep | folder renamed from app/ to services/app/ with identical content since v1.0.0; no other input changed |'
    )
  })

  it('a release pins it', async () => {
    await checkout()
    release('v1.0.0')
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(JSON.parse(core.outputs.pinned as string)).toEqual(RELEASED)
    expect(await versionsOnMain()).toMatch(/^app_VER="v1\.0\.0"$/m)
  })
})
