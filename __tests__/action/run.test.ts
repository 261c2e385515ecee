/**
 * run() in process, with @actions/core and the event context faked from __fixtures__ (as the
 * actions/typescript-action template does) and the real Octokit talking to the local emulator.
 */
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import * as core from '../../__fixtures__/core.js'
import { loadRun } from '../../test-support/run-in-process.js'
import { startForRun, type Emulator } from '../../test-support/in-process.js'
import { cloneDepth1, git, tmpDir } from '../../test-support/git-fixture.js'
import {
  VERSIONS_HEADER,
  createSample,
  pushPayload,
  releasePayload
} from '../../test-support/sample.js'

const { run, context } = await loadRun()

const TOKEN = 'ghs_inProcessToken_1234'
const READ_TOKEN = 'ghs_readOnlyToken_5678'
/** Someone else with write access to the repository (a person). */
const MALLORY_TOKEN = 'ghp_malloryToken_9012'
let dir: string
let bare: string
let gh: Emulator
let n = 0

beforeAll(async () => {
  dir = await tmpDir('vro-main-')
  ;({ bare } = await createSample(dir))
  gh = await startForRun(
    bare,
    {
      [TOKEN]: 'write',
      [READ_TOKEN]: 'read',
      [MALLORY_TOKEN]: { permission: 'write', login: 'mallory' }
    },
    '99'
  )
})

afterAll(async () => {
  await gh.close()
  await fs.rm(dir, { recursive: true, force: true })
})

beforeEach(async () => {
  core.reset()
  jest.clearAllMocks()
  const workspace = path.join(dir, `ws-${n++}`)
  context.sha = await cloneDepth1(bare, workspace, 'main')
  process.env.GITHUB_WORKSPACE = workspace
  Object.assign(core.inputs, { token: TOKEN, 'commit-message-prefix': 'Automated commit:' })
})

describe('run()', () => {
  it('a release pins, commits through the API and sets every output', async () => {
    Object.assign(context, {
      eventName: 'release',
      payload: releasePayload('v1.0.0'),
      ref: 'refs/tags/v1.0.0'
    })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.setSecret).toHaveBeenCalledWith(TOKEN)
    expect(core.outputs.changed).toBe('true')
    expect(JSON.parse(core.outputs.pinned as string)).toEqual([
      'postgres',
      'api-gateway',
      'app',
      'svc-claims',
      'cc-app'
    ])
    expect(core.outputs['commit-sha']).toBe((await git(bare, ['rev-parse', 'main'])).trim())
    expect(core.info).toHaveBeenCalledWith('app: pinned (unpinned) -> v1.0.0 (pinned to v1.0.0)')
    expect(core.summaries[0]).toContain('| app | _unpinned_ | `v1.0.0` | pin | pinned to v1.0.0 |')
  })

  it('a push of only its own commits is skipped with a notice', async () => {
    Object.assign(context, {
      eventName: 'push',
      ref: 'refs/heads/main',
      payload: {
        ref: 'refs/heads/main',
        commits: [{ message: 'Automated commit: Unpin versions of updated images' }]
      }
    })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.notice).toHaveBeenCalledWith(expect.stringContaining("this action's own"))
    expect(core.outputs.changed).toBe('false')
  })

  it('a bad input fails the run with the input name and the accepted values', async () => {
    Object.assign(context, { eventName: 'workflow_dispatch', ref: 'refs/heads/main', payload: {} })
    core.inputs.mode = 'sometimes'
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      'Input mode is "sometimes"; accepted values: auto, pin, unpin, plan'
    )
  })
})

const VERSIONS = 'scripts/image_versions.src'
const MAIN_JAVA = 'app/src/main/java/Main.java'
const RELEASED_MAIN = 'class Main { void run() {} }\n'

describe('run() measures against the head it commits to', () => {
  it('a re-run of an old push keeps a pin that matches the branch head', async () => {
    await gh.pushFile({
      branch: 'main',
      path: VERSIONS,
      content: `${VERSIONS_HEADER}app_VER="v1.0.0"\n`
    })
    const before = (await gh.head('main')) as string
    // The old push changed app/; a later push put it back, so the head is v1.0.0's app again.
    const old = await gh.pushFile({
      branch: 'main',
      path: MAIN_JAVA,
      content: 'class Main { int x; }\n'
    })
    await gh.pushFile({ branch: 'main', path: MAIN_JAVA, content: RELEASED_MAIN })
    const head = (await gh.head('main')) as string
    Object.assign(context, {
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: old,
      payload: pushPayload(before, old, ['app: try x'])
    })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.outputs.changed).toBe('false')
    expect(JSON.parse(core.outputs.versions as string)).toMatchObject({
      app: 'v1.0.0',
      postgres: head.slice(0, 7)
    })
  })

  it('a push between the read and the commit re-runs the release guard on the new head', async () => {
    await gh.pushFile({ branch: 'main', path: VERSIONS, content: VERSIONS_HEADER })
    let pushes = 0
    gh.onBeforeCommit(async ({ branch }) => {
      if (pushes++ > 0) return
      await gh.pushFile({ branch, path: MAIN_JAVA, content: 'class Main { int y; }\n' })
    })
    Object.assign(context, {
      eventName: 'release',
      payload: releasePayload('v1.0.0'),
      ref: 'refs/tags/v1.0.0'
    })
    try {
      await run()
    } finally {
      gh.onBeforeCommit(null)
    }
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(pushes).toBe(2)
    expect(JSON.parse(core.outputs.pinned as string)).not.toContain('app')
    const text = await git(bare, ['show', `main:${VERSIONS}`])
    expect(text).toContain('apigateway_VER="v1.0.0"')
    expect(text).not.toMatch(/^app_VER=/m)
    await gh.pushFile({ branch: 'main', path: MAIN_JAVA, content: RELEASED_MAIN })
  })

  it('a 502 after GitHub applied the commit: the run recognises its own commit and reports it', async () => {
    await gh.pushFile({ branch: 'main', path: VERSIONS, content: VERSIONS_HEADER })
    gh.inject({ afterApply: 502, on: 'mutation' })
    Object.assign(context, { eventName: 'workflow_dispatch', ref: 'refs/heads/main', payload: {} })
    Object.assign(core.inputs, { mode: 'pin', images: 'app=v1.0.0' })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    const head = (await gh.head('main')) as string
    expect(await git(bare, ['log', '-1', '--format=%B', head])).toMatch(
      /\nVro-Image-Version-Run: 99\.1\.[0-9a-f]{8}\n/
    )
    expect(core.outputs.changed).toBe('true')
    expect(core.outputs['commit-sha']).toBe(head)
    expect(JSON.parse(core.outputs.pinned as string)).toEqual(['app'])
  })
})

describe('run() with the configuration file', () => {
  async function pushDocsChange(): Promise<void> {
    await gh.pushFile({
      branch: 'main',
      path: VERSIONS,
      content: `${VERSIONS_HEADER}app_VER="v1.0.0"\n`
    })
    const before = (await gh.head('main')) as string
    const after = await gh.pushFile({ branch: 'main', path: 'docs/guide.md', content: '# v2\n' })
    Object.assign(context, {
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: after,
      payload: pushPayload(before, after, ['docs: v2'])
    })
  }
  const config = (text: string): Promise<void> =>
    fs
      .mkdir(path.join(process.env.GITHUB_WORKSPACE as string, '.github'), { recursive: true })
      .then(() =>
        fs.writeFile(
          path.join(process.env.GITHUB_WORKSPACE as string, '.github/vro-image-version.yml'),
          text
        )
      )

  it('takes shared-paths from the file, and the summary says so', async () => {
    await config('version: 1\nshared-paths: [docs/**]\n')
    await pushDocsChange()
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(JSON.parse(core.outputs.unpinned as string)).toEqual(['app'])
    // Nothing is pinned any more: every image of the list is built and published.
    expect(JSON.parse(core.outputs.publish as string)).toContain('app')
    expect(JSON.parse(core.outputs.versions as string).app).toMatch(/^[0-9a-f]{7}$/)
    expect(core.summaries[0]).toContain(
      'Settings: shared-paths from .github/vro-image-version.yml; the rest are defaults.'
    )
  })

  it('reads .github/vro-image-version.yaml, and the summary names the file read', async () => {
    const ws = process.env.GITHUB_WORKSPACE as string
    await fs.mkdir(path.join(ws, '.github'), { recursive: true })
    await fs.writeFile(path.join(ws, '.github/vro-image-version.yaml'), 'shared-paths: [docs/**]\n')
    await pushDocsChange()
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(JSON.parse(core.outputs.unpinned as string)).toEqual(['app'])
    expect(core.summaries[0]).toContain('Configuration file: .github/vro-image-version.yaml.')
  })

  it('without a configuration file, the summary says so', async () => {
    await pushDocsChange()
    try {
      await run()
      expect(core.setFailed).not.toHaveBeenCalled()
      expect(core.summaries[0]).toContain(
        'Configuration file: none (no .github/vro-image-version.yml or .yaml).'
      )
    } finally {
      await gh.pushFile({ branch: 'main', path: VERSIONS, content: VERSIONS_HEADER })
    }
  })

  it('a given input wins over the file', async () => {
    await config('shared-paths: [docs/**]\n')
    core.inputs['shared-paths'] = 'other/**'
    await pushDocsChange()
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(JSON.parse(core.outputs.unpinned as string)).toEqual([])
    expect(core.summaries[0]).toContain(
      'Settings: shared-paths from inputs; the rest are defaults.'
    )
  })

  it('a bad file fails before anything is committed, naming the file, the line and the key', async () => {
    await config('version: 1\ndetection: sometimes\n')
    await pushDocsChange()
    const head = await gh.head('main')
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringMatching(/^\.github\/vro-image-version\.yml line 2: detection: /)
    )
    expect(await gh.head('main')).toBe(head)
  })
})

describe('run() on a pull request: a preview, never a commit', () => {
  const api = (method: string, route: string, body?: unknown): Promise<Response> =>
    fetch(`${gh.apiUrl}/repos/octo/mono${route}`, {
      method,
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {})
    })

  /** Main pins app; a branch changes app/; its pull request; a checkout of the merge commit. */
  async function pullRequest(branch: string): Promise<{ number: number; merge: string }> {
    await gh.pushFile({
      branch: 'main',
      path: VERSIONS,
      content: `${VERSIONS_HEADER}app_VER="v1.0.0"\n`
    })
    await api('POST', '/git/refs', { ref: `refs/heads/${branch}`, sha: await gh.head('main') })
    const head = await gh.pushFile({
      branch,
      path: MAIN_JAVA,
      content: `class Main { int ${branch}; }\n`
    })
    const pr = (await (
      await api('POST', '/pulls', { title: branch, head: branch, base: 'main' })
    ).json()) as { number: number }
    const merge = await checkoutMerge(pr.number, branch, head)
    return { number: pr.number, merge }
  }

  /**
   * A fresh workspace holding the merge of `branch` (at `head`) into main, and the event of
   * pull request `number` for it, as a pull_request run gets them.
   */
  async function checkoutMerge(number: number, branch: string, head: string): Promise<string> {
    const ws = path.join(dir, `ws-${n++}`)
    process.env.GITHUB_WORKSPACE = ws
    await fs.rm(ws, { recursive: true, force: true })
    await git(dir, ['clone', '--quiet', '--no-tags', bare, ws])
    await git(ws, ['fetch', '--quiet', 'origin', branch])
    await git(ws, [
      '-c',
      'user.name=GitHub',
      '-c',
      'user.email=noreply@github.com',
      'merge',
      '--quiet',
      '--no-ff',
      '-m',
      'Merge',
      head
    ])
    const merge = (await git(ws, ['rev-parse', 'HEAD'])).trim()
    const side = { repo: { full_name: 'octo/mono' } }
    Object.assign(context, {
      eventName: 'pull_request',
      ref: `refs/pull/${number}/merge`,
      sha: merge,
      payload: {
        action: 'synchronize',
        number,
        pull_request: {
          number,
          base: { ref: 'main', ...side },
          head: { ref: branch, sha: head, ...side }
        }
      }
    })
    return merge
  }

  it('plans the merge, comments once, then edits the comment; nothing is committed', async () => {
    const { number, merge } = await pullRequest('feature-a')
    const main = await gh.head('main')
    gh.resetLog()
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(JSON.parse(core.outputs.unpinned as string)).toEqual(['app'])
    expect(JSON.parse(core.outputs.versions as string).app).toBe(merge.slice(0, 7))
    expect(core.outputs['head-sha']).toBe(merge)
    expect(core.outputs['commit-sha']).toBe('')
    expect(await gh.head('main')).toBe(main)
    const mine = () => gh.comments.filter((c) => c.issue_number === number)
    expect(mine()).toHaveLength(1)
    expect(mine()[0]?.body).toContain(`what merging #${number} into main would do`)
    expect(mine()[0]?.body).toContain('| app | `v1.0.0` | _unpinned_ | unpin |')
    const head = await gh.head('feature-a')
    expect(mine()[0]?.body.split('\n')[0]).toBe(`<!-- vro-image-version:preview sha=${head} -->`)
    // The next push to the pull request edits the same comment.
    await run()
    expect(mine()).toHaveLength(1)
    expect(gh.calls({ write: true, kind: 'graphql' })).toBe(0)
  })

  it('a comment someone else starts with the marker is left alone: the action posts its own', async () => {
    const { number } = await pullRequest('feature-h')
    const head = (await gh.head('feature-h')) as string
    // Both markers: the one comments had before it named the head, and today's.
    const baits = [
      '<!-- vro-image-version -->\nNothing to unpin here, merge away.',
      `<!-- vro-image-version:preview sha=${head} -->\nNothing to unpin here either.`
    ]
    for (const bait of baits) {
      const posted = await fetch(`${gh.apiUrl}/repos/octo/mono/issues/${number}/comments`, {
        method: 'POST',
        headers: { authorization: `token ${MALLORY_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ body: bait })
      })
      expect(posted.status).toBe(201)
    }
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    const comments = gh.comments.filter((c) => c.issue_number === number)
    expect(comments.map((c) => c.body)).toEqual([...baits, expect.stringContaining('| unpin |')])
    expect(comments.map((c) => c.user.login)).toEqual(['mallory', 'mallory', 'github-actions[bot]'])
  })

  it('a re-run of an old job after a force-push leaves the new head’s comment as it is', async () => {
    const { number } = await pullRequest('feature-f')
    const oldHead = (await gh.head('feature-f')) as string
    const oldEvent = { ...context }
    const oldWorkspace = process.env.GITHUB_WORKSPACE
    await run()
    const mine = () => gh.comments.filter((c) => c.issue_number === number)
    expect(mine()[0]?.body).toContain('| app | `v1.0.0` | _unpinned_ | unpin |')
    // A force-push replaces the branch with one that leaves app alone; its run comments.
    await api('POST', '/git/refs', { ref: 'refs/heads/tmp-f', sha: await gh.head('main') })
    const moved = await gh.pushFile({ branch: 'tmp-f', path: 'docs/f.md', content: 'f\n' })
    const forced = await api('PATCH', '/git/refs/heads/feature-f', { sha: moved, force: true })
    expect(forced.status).toBe(200)
    const again = (): void => {
      core.reset()
      Object.assign(core.inputs, { token: TOKEN, 'commit-message-prefix': 'Automated commit:' })
    }
    again()
    await checkoutMerge(number, 'feature-f', moved)
    await run()
    const current = mine()[0]?.body
    expect(current).not.toContain('| unpin |')
    // The old job, re-run: same event, same merge commit; its plan does not come back.
    again()
    Object.assign(context, oldEvent)
    process.env.GITHUB_WORKSPACE = oldWorkspace
    gh.resetLog()
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(mine()).toHaveLength(1)
    expect(mine()[0]?.body).toBe(current)
    expect(gh.calls({ write: true })).toBe(0)
    expect(core.notice).toHaveBeenCalledWith(
      `The preview comment was left as it is: pull request #${number} has moved on to ${moved.slice(0, 7)} ` +
        `since ${oldHead.slice(0, 7)}, the commit this run planned for (a re-run of an old job, or a push during ` +
        `this one); the run of the new head writes it. This run's preview is in its job summary.`
    )
    expect(core.summaries[0]).toContain('| app | `v1.0.0` | _unpinned_ | unpin |')
    expect(current?.split('\n')[0]).toBe(`<!-- vro-image-version:preview sha=${moved} -->`)
  })

  it('with a read-only token (a fork), the summary and a notice, not a failure', async () => {
    await pullRequest('feature-b')
    core.inputs.token = READ_TOKEN
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.notice).toHaveBeenCalledWith(expect.stringContaining('may not comment on #'))
    expect(core.summaries[0]).toContain('would do')
  })

  it('a fork: the notice says why its token is read-only', async () => {
    await pullRequest('feature-c')
    const pr = (context.payload as { pull_request: { head: Record<string, unknown> } }).pull_request
    pr.head.repo = { full_name: 'someone/mono' }
    core.inputs.token = READ_TOKEN
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.notice).toHaveBeenCalledWith(
      expect.stringMatching(
        /^The preview is in the job summary only: the token may not comment on #\d+ \(a pull request from a fork gets a read-only token\)\. /
      )
    )
  })

  it('comment: false, and a change the settings ignore: the summary only, unchanged', async () => {
    const { number } = await pullRequest('feature-d')
    Object.assign(core.inputs, { comment: 'false', 'ignore-paths': 'app/src/**' })
    gh.resetLog()
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.outputs.changed).toBe('false')
    expect(JSON.parse(core.outputs.unpinned as string)).toEqual([])
    expect(core.summaries[0]).toContain(`what merging #${number} into main would do`)
    expect(gh.comments.filter((c) => c.issue_number === number)).toEqual([])
    expect(gh.calls({ write: true })).toBe(0)
  })

  it('comment: false on a change that unpins: the plan is in the summary, no comment is posted', async () => {
    const { number } = await pullRequest('feature-e')
    core.inputs.comment = 'false'
    gh.resetLog()
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(JSON.parse(core.outputs.unpinned as string)).toEqual(['app'])
    expect(core.summaries[0]).toContain('| app | `v1.0.0` | _unpinned_ | unpin |')
    expect(gh.comments.filter((c) => c.issue_number === number)).toEqual([])
    expect(gh.calls({ write: true })).toBe(0)
  })

  it('refuses pull_request_target with the reason', async () => {
    Object.assign(context, {
      eventName: 'pull_request_target',
      ref: 'refs/heads/main',
      payload: {}
    })
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringContaining('pull_request_target is refused')
    )
  })
})

describe('run() picks the version of a pin without one, and says where it came from', () => {
  beforeEach(async () => {
    await gh.pushFile({ branch: 'main', path: VERSIONS, content: VERSIONS_HEADER })
    Object.assign(context, { eventName: 'workflow_dispatch', ref: 'refs/heads/main', payload: {} })
    Object.assign(core.inputs, { mode: 'pin', images: 'app', 'dry-run': 'true' })
  })

  it('versions.txt: its last release', async () => {
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.summaries[0]).toContain('Version v1.0.0: the last release in versions.txt')
  })

  it("no versions.txt: the repository's latest GitHub release", async () => {
    await fs.rm(path.join(process.env.GITHUB_WORKSPACE as string, 'versions.txt'))
    gh.addRelease({ tagName: 'v1.0.0' })
    await run()
    gh.releases.length = 0
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.summaries[0]).toContain("Version v1.0.0: the repository's latest GitHub release")
    expect(core.summaries[0]).toContain('| app | _unpinned_ | `v1.0.0` | pin |')
  })

  it('no versions.txt and no release: the newest v* tag', async () => {
    await fs.rm(path.join(process.env.GITHUB_WORKSPACE as string, 'versions.txt'))
    gh.releases.length = 0
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.summaries[0]).toContain('Version v1.0.0: the newest vX.Y.Z tag')
  })
})

describe('run() annotates the warnings about the two files at their line', () => {
  it('a pin assigned twice: an annotation on image_versions.src at the first assignment', async () => {
    const first = VERSIONS_HEADER.split('\n').length
    await gh.pushFile({
      branch: 'main',
      path: VERSIONS,
      content: `${VERSIONS_HEADER}app_VER="v1.0.0"\napp_VER="v1.0.0"\n`
    })
    Object.assign(context, { eventName: 'workflow_dispatch', ref: 'refs/heads/main', payload: {} })
    core.inputs.mode = 'plan'
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringContaining('app_VER is assigned on lines'),
      { file: VERSIONS, startLine: first }
    )
    await gh.pushFile({ branch: 'main', path: VERSIONS, content: VERSIONS_HEADER })
  })

  it('an image list without VRO_IMAGES: an annotation on image_vars.src at its VAR_PREFIXES line', async () => {
    const ws = process.env.GITHUB_WORKSPACE as string
    await fs.writeFile(path.join(ws, 'vars.src'), '# images\nVAR_PREFIXES_ARR=( app )\n')
    Object.assign(context, { eventName: 'workflow_dispatch', ref: 'refs/heads/main', payload: {} })
    Object.assign(core.inputs, { mode: 'plan', 'vars-file': 'vars.src' })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.warning).toHaveBeenCalledWith(
      'vars.src: no VRO_IMAGES list; image names are taken from VAR_PREFIXES',
      { file: 'vars.src', startLine: 2 }
    )
  })
})

describe('run() annotates a folder comment of image_vars.src that names no folder', () => {
  it('the warning is on image_vars.src, at the line of the comment', async () => {
    await gh.pushFile({
      branch: 'main',
      path: VERSIONS,
      content: `${VERSIONS_HEADER}app_VER="v1.0.0"\n`
    })
    const ws = process.env.GITHUB_WORKSPACE as string
    const vars = path.join(ws, 'scripts/image_vars.src')
    const text = (await fs.readFile(vars, 'utf8')).replace(
      '# --- app\n',
      '# --- app in folder ./nowhere\n'
    )
    await fs.writeFile(vars, text)
    const line = text.split('\n').indexOf('# --- app in folder ./nowhere') + 1
    expect(line).toBeGreaterThan(0)
    Object.assign(context, { eventName: 'workflow_dispatch', ref: 'refs/heads/main', payload: {} })
    core.inputs.mode = 'plan'
    try {
      await run()
      expect(core.setFailed).not.toHaveBeenCalled()
      expect(core.warning).toHaveBeenCalledWith(
        expect.stringMatching(/^app: folder nowhere\/ of image_vars\.src is not in the head tree/),
        { file: 'scripts/image_vars.src', startLine: line }
      )
    } finally {
      await gh.pushFile({ branch: 'main', path: VERSIONS, content: VERSIONS_HEADER })
    }
  })
})

describe('run() in a checkout made with path: (working-directory)', () => {
  it('reads the files and runs git in working-directory, inside the workspace', async () => {
    const checkout = process.env.GITHUB_WORKSPACE as string
    process.env.GITHUB_WORKSPACE = path.dirname(checkout)
    Object.assign(context, {
      eventName: 'release',
      payload: releasePayload('v1.0.0'),
      ref: 'refs/tags/v1.0.0'
    })
    Object.assign(core.inputs, { 'working-directory': path.basename(checkout), 'dry-run': 'true' })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.outputs.changed).toBe('true')
    expect(JSON.parse(core.outputs.pinned as string)).toContain('app')
  })

  it('refuses a working-directory outside the workspace', async () => {
    Object.assign(context, { eventName: 'workflow_dispatch', ref: 'refs/heads/main', payload: {} })
    core.inputs['working-directory'] = '../elsewhere'
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringContaining('Input working-directory "../elsewhere" is outside the workspace')
    )
  })
})

describe('run() checks the event file first, as dist/index.js does (the local-action path)', () => {
  it('a payload that is not JSON fails the run with the file named', async () => {
    const bad = path.join(dir, 'bad-event.json')
    await fs.writeFile(bad, '{"ref": ')
    process.env.GITHUB_EVENT_PATH = bad
    try {
      await run()
    } finally {
      delete process.env.GITHUB_EVENT_PATH
    }
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringContaining(`The event payload ${bad} could not be read as JSON`)
    )
    expect(core.summaries).toEqual([])
  })
})

describe('run() leaves the checkout as actions/checkout made it', () => {
  it('a push that fetches the pinned tag: refs, .git/config and .git/shallow are unchanged', async () => {
    await gh.pushFile({
      branch: 'main',
      path: VERSIONS,
      content: `${VERSIONS_HEADER}app_VER="v1.0.0"\n`
    })
    const before = (await gh.head('main')) as string
    const after = await gh.pushFile({ branch: 'main', path: MAIN_JAVA, content: '// v2\n' })
    const ws = path.join(dir, `ws-${n++}`)
    await cloneDepth1(bare, ws, 'main')
    process.env.GITHUB_WORKSPACE = ws
    Object.assign(context, {
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: after,
      payload: pushPayload(before, after, ['change app'])
    })
    core.inputs['dry-run'] = 'true'
    const state = async (): Promise<string[]> => [
      await git(ws, ['for-each-ref']),
      await fs.readFile(path.join(ws, '.git/config'), 'utf8'),
      await fs.readFile(path.join(ws, '.git/shallow'), 'utf8')
    ]
    const was = await state()
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(JSON.parse(core.outputs.unpinned as string)).toEqual(['app'])
    expect(await state()).toEqual(was)
    await gh.pushFile({ branch: 'main', path: MAIN_JAVA, content: RELEASED_MAIN })
    await gh.pushFile({ branch: 'main', path: VERSIONS, content: VERSIONS_HEADER })
  })
})

describe('run() when the branch refuses the commit', () => {
  beforeEach(async () => {
    await gh.pushFile({ branch: 'main', path: VERSIONS, content: VERSIONS_HEADER })
    Object.assign(context, { eventName: 'workflow_dispatch', ref: 'refs/heads/main', payload: {} })
    Object.assign(core.inputs, { mode: 'pin', images: 'app=v1.0.0' })
  })

  it('protected, on-protected unset: the run fails with the remedies; nothing is committed', async () => {
    const head = await gh.head('main')
    gh.protect('main', 'protection')
    try {
      await run()
    } finally {
      gh.protect('main', null)
    }
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringMatching(
        /^main refused the commit: branch protection or a ruleset requires changes through a pull request \(.*\)\. Remedies: set on-protected: pull-request/
      )
    )
    expect(await gh.head('main')).toBe(head)
    expect(await gh.head('vro-image-version/99')).toBeNull()
    expect(gh.pulls.filter((p) => p.head.ref.startsWith('vro-image-version/'))).toEqual([])
  })

  it('protected, on-protected: pull-request: commits to a branch of its own and opens a pull request', async () => {
    const head = await gh.head('main')
    core.inputs['on-protected'] = 'pull-request'
    gh.protect('main', 'ruleset')
    try {
      await run()
    } finally {
      gh.protect('main', null)
    }
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.warning).toHaveBeenCalledWith(
      'main refused the commit (branch protection or a ruleset); committing to vro-image-version/99 and opening a pull request'
    )
    expect(await gh.head('main')).toBe(head)
    const branchHead = (await gh.head('vro-image-version/99')) as string
    expect(await git(bare, ['show', `${branchHead}:${VERSIONS}`])).toContain('app_VER="v1.0.0"')
    const ours = gh.pulls.filter((p) => p.head.ref.startsWith('vro-image-version/'))
    expect(ours).toHaveLength(1)
    const pr = ours[0]
    expect(pr?.head.ref).toBe('vro-image-version/99')
    expect(pr?.base.ref).toBe('main')
    expect(pr?.body).toContain('| app | _unpinned_ | `v1.0.0` | pin |')
    expect(core.outputs['pull-request-url']).toBe(pr?.html_url)
    expect(core.outputs['head-sha']).toBe(head)
    expect(core.outputs['commit-sha']).toBe(branchHead)
    expect(JSON.parse(core.outputs.pinned as string)).toEqual(['app'])
  })

  it('protected, without a run id: the pull request branch is still one of its own', async () => {
    const runId = process.env.GITHUB_RUN_ID
    delete process.env.GITHUB_RUN_ID
    core.inputs['on-protected'] = 'pull-request'
    gh.protect('main', 'ruleset')
    try {
      await run()
    } finally {
      gh.protect('main', null)
      process.env.GITHUB_RUN_ID = runId
    }
    expect(core.setFailed).not.toHaveBeenCalled()
    const ours = gh.pulls.filter((p) => /^vro-image-version\/\d{13,}$/.test(p.head.ref))
    expect(ours).toHaveLength(1)
    expect(core.outputs['pull-request-url']).toBe(ours[0]?.html_url)
    expect(await git(bare, ['show', `${ours[0]?.head.sha}:${VERSIONS}`])).toContain(
      'app_VER="v1.0.0"'
    )
  })

  it('a read-only token: the run fails saying which permission to give', async () => {
    core.inputs.token = READ_TOKEN
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      'The token may not write to main (Resource not accessible by integration). ' +
        'Give the job permissions: contents: write (and pull-requests: write for on-protected: pull-request), ' +
        'or pass a token with write access in the token input. [token-forbidden]'
    )
  })

  it('an answer to the commit that is not GitHub’s: the run fails with what is known', async () => {
    gh.inject({ garbled: 'shape', on: 'mutation' })
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringContaining(
        'The API answered the commit to main without the new commit (no data), so whether it was made is unknown.'
      )
    )
  })
})

describe('run() on a branch without the versions file', () => {
  beforeEach(async () => {
    await gh.pushFile({ branch: 'main', path: VERSIONS, delete: true })
  })
  afterEach(async () => {
    await gh.pushFile({ branch: 'main', path: VERSIONS, content: VERSIONS_HEADER })
  })

  it('a pin creates the file', async () => {
    Object.assign(context, { eventName: 'workflow_dispatch', ref: 'refs/heads/main', payload: {} })
    Object.assign(core.inputs, { mode: 'pin', images: 'app=v1.0.0' })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.outputs.changed).toBe('true')
    expect(await git(bare, ['show', `main:${VERSIONS}`])).toMatch(/^app_VER="v1\.0\.0"$/m)
  })

  it('a push has nothing to unpin and commits nothing', async () => {
    const before = (await gh.head('main')) as string
    const after = await gh.pushFile({ branch: 'main', path: MAIN_JAVA, content: '// v3\n' })
    Object.assign(context, {
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: after,
      payload: pushPayload(before, after, ['change app'])
    })
    gh.resetLog()
    await run()
    const writes = gh.calls({ write: true })
    await gh.pushFile({ branch: 'main', path: MAIN_JAVA, content: RELEASED_MAIN })
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.outputs.changed).toBe('false')
    expect(core.outputs['commit-sha']).toBe('')
    expect(writes).toBe(0)
    expect(await git(bare, ['ls-tree', '--name-only', 'main', VERSIONS])).toBe('')
  })
})

describe('run() on a ref that names no branch', () => {
  it("a dispatch on a tag plans against the repository's default branch", async () => {
    Object.assign(context, { eventName: 'workflow_dispatch', ref: 'refs/tags/v1.0.0', payload: {} })
    core.inputs.mode = 'plan'
    gh.resetLog()
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(gh.log.map((e) => `${e.method} ${e.path}`)).toContain('GET /repos/octo/mono')
    expect(core.summaries[0]).toContain('on main')
  })
})

describe('run() on a release tag: pushed, created, or released on GitHub; pinned once', () => {
  const tags: string[] = []
  /** A release tag at main's head on origin, as a tagging workflow makes it. */
  async function releaseTag(name: string): Promise<string> {
    await gh.pushFile({ branch: 'main', path: VERSIONS, content: VERSIONS_HEADER })
    const head = (await gh.head('main')) as string
    await git(bare, ['tag', name, head])
    tags.push(name)
    return head
  }
  const tagPush = (name: string, head: string): void => {
    Object.assign(context, {
      eventName: 'push',
      ref: `refs/tags/${name}`,
      sha: head,
      payload: { ...pushPayload(head, head, []), ref: `refs/tags/${name}`, created: true }
    })
  }
  const history = async (name: string): Promise<number> =>
    (await git(bare, ['show', `main:${VERSIONS}`]))
      .split('\n')
      .filter((l) => l.startsWith('# ') && l.endsWith(` -- ${name}`)).length
  const PINNED = ['postgres', 'api-gateway', 'app', 'svc-claims', 'cc-app']

  afterAll(async () => {
    for (const t of tags) await git(bare, ['tag', '-d', t])
    await gh.pushFile({ branch: 'main', path: VERSIONS, content: VERSIONS_HEADER })
  })

  it('the push of tag v1.4.0, then its GitHub release: the tag push pins, the release is a no-op', async () => {
    const head = await releaseTag('v1.4.0')
    tagPush('v1.4.0', head)
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(JSON.parse(core.outputs.pinned as string)).toEqual(PINNED)
    expect(await git(bare, ['log', '-1', '--format=%s', 'main'])).toBe(
      'Automated commit: Pin versions of unpinned images (v1.4.0)\n'
    )
    const pinCommit = (await gh.head('main')) as string
    expect(core.outputs['commit-sha']).toBe(pinCommit)
    // The commit the decisions were measured at: the tagged head, not the action's own commit.
    expect(core.outputs['head-sha']).toBe(head)
    expect(JSON.parse(core.outputs.versions as string).app).toBe('v1.4.0')
    expect(core.summaries[0]).toContain('release v1.4.0 on main')

    // GitHub's release of the same tag arrives (created afterwards, flagged prerelease).
    core.reset()
    jest.clearAllMocks()
    Object.assign(core.inputs, { token: TOKEN, 'commit-message-prefix': 'Automated commit:' })
    Object.assign(context, {
      eventName: 'release',
      ref: 'refs/tags/v1.4.0',
      sha: head,
      payload: releasePayload('v1.4.0', { prerelease: true })
    })
    gh.resetLog()
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(gh.calls({ write: true })).toBe(0)
    expect(await gh.head('main')).toBe(pinCommit)
    expect(core.outputs.changed).toBe('false')
    expect(core.outputs['commit-sha']).toBe('')
    expect(core.outputs.pinned).toBe('[]')
    expect(core.outputs['head-sha']).toBe(pinCommit)
    expect(JSON.parse(core.outputs.versions as string).app).toBe('v1.4.0')
    expect(core.summaries[0]).toContain(
      '| app | `v1.4.0` | `v1.4.0` | keep | already pinned to v1.4.0'
    )
    expect(core.summaries[0]).toContain(
      'Already pinned at v1.4.0: 5 images. This release was pinned by an earlier run'
    )
    expect(core.summaries[0]).toContain('Nothing to commit: main already has the right versions')
    // One history comment, one pin line per image.
    expect(await history('v1.4.0')).toBe(1)
    expect((await git(bare, ['show', `main:${VERSIONS}`])).match(/^app_VER=/gm)).toHaveLength(1)
  })

  it('create of tag v1.5.0 (ref_type tag) pins to it', async () => {
    const head = await releaseTag('v1.5.0')
    Object.assign(context, {
      eventName: 'create',
      ref: 'refs/tags/v1.5.0',
      sha: head,
      payload: {
        ref: 'v1.5.0',
        ref_type: 'tag',
        master_branch: 'main',
        repository: { name: 'mono', full_name: 'octo/mono', default_branch: 'main' }
      }
    })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(JSON.parse(core.outputs.pinned as string)).toEqual(PINNED)
    expect(core.outputs['head-sha']).toBe(head)
    expect(await history('v1.5.0')).toBe(1)
  })

  it('a GitHub release flagged prerelease, with a plain tag, pins by default; the summary reports the flag', async () => {
    const head = await releaseTag('v1.6.0')
    Object.assign(context, {
      eventName: 'release',
      ref: 'refs/tags/v1.6.0',
      sha: head,
      payload: releasePayload('v1.6.0', { prerelease: true })
    })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(JSON.parse(core.outputs.pinned as string)).toEqual(PINNED)
    expect(core.summaries[0]).toContain(
      'GitHub flags release v1.6.0 as a prerelease; it is pinned all the same'
    )
  })

  it('the push of a semver prerelease tag is skipped, unless pin-prereleases', async () => {
    const head = await releaseTag('v1.7.0-rc.1')
    tagPush('v1.7.0-rc.1', head)
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.notice).toHaveBeenCalledWith(
      'Nothing to do: tag v1.7.0-rc.1 is a prerelease; set pin-prereleases: true to pin to prereleases'
    )
    expect(core.outputs.pinned).toBe('[]')
    expect(core.outputs['head-sha']).toBe('')
    expect(core.outputs.versions).toBe('{}')
    expect(await gh.head('main')).toBe(head)

    core.reset()
    Object.assign(core.inputs, {
      token: TOKEN,
      'commit-message-prefix': 'Automated commit:',
      'pin-prereleases': 'true'
    })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(JSON.parse(core.outputs.pinned as string)).toEqual(PINNED)
    expect(core.outputs['head-sha']).toBe(head)
  })
})

describe('run() sets head-sha wherever it sets versions: the commit to build', () => {
  it('a dry run and a plan: the branch head the decisions were measured at', async () => {
    await gh.pushFile({ branch: 'main', path: VERSIONS, content: VERSIONS_HEADER })
    const head = (await gh.head('main')) as string
    Object.assign(context, { eventName: 'workflow_dispatch', ref: 'refs/heads/main', payload: {} })
    core.inputs.mode = 'plan'
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.outputs['head-sha']).toBe(head)
    expect(JSON.parse(core.outputs.versions as string).app).toBe(head.slice(0, 7))
  })

  it('a push: the head of the branch, which is what versions names, even when GITHUB_SHA is older', async () => {
    await gh.pushFile({ branch: 'main', path: VERSIONS, content: VERSIONS_HEADER })
    const before = (await gh.head('main')) as string
    const old = await gh.pushFile({ branch: 'main', path: 'docs/a.md', content: 'a\n' })
    const head = await gh.pushFile({ branch: 'main', path: 'docs/b.md', content: 'b\n' })
    Object.assign(context, {
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: old,
      payload: pushPayload(before, old, ['docs: a'])
    })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.outputs['head-sha']).toBe(head)
    expect(JSON.parse(core.outputs.versions as string).app).toBe(head.slice(0, 7))
  })

  it('a skip: empty, as versions is {}', async () => {
    Object.assign(context, {
      eventName: 'push',
      ref: 'refs/heads/main',
      payload: {
        ref: 'refs/heads/main',
        commits: [{ message: 'Automated commit: Unpin versions of updated images' }]
      }
    })
    await run()
    expect(core.outputs.versions).toBe('{}')
    expect(core.outputs['head-sha']).toBe('')
  })
})
