/**
 * The Decider on a real git repository: the push and release intents run change detection, the
 * manual ones do not, and detection runs once however many attempts re-apply it. What detection
 * cannot tell (a tag the remote refuses, a compare-command that fails) keeps a pin on a push and
 * blocks one on a release; a build root renamed since the tag counts only what differs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Decider, type DetectSettings } from '../../src/plan/decide.js'
import type { Image } from '../../src/files/image-vars.js'
import { PlanError } from '../../src/plan/decision.js'
import { startForbiddenRemote, type ForbiddenRemote } from '../../test-support/forbidden-remote.js'
import {
  cloneDepth1,
  commitAll,
  git,
  initBareFrom,
  initRepo,
  tag,
  tmpDir,
  writeFiles
} from '../../test-support/git-fixture.js'

const IMAGES: Image[] = [
  { name: 'app', prefix: 'app' },
  { name: 'api-gateway', prefix: 'apigateway' },
  { name: 'console', prefix: 'console' }
]
const NOW = new Date('2023-09-01T21:08:58Z')
const HISTORY = '# Fri Sep  1 21:08:58 UTC 2023 -- v1.0.0'

let dir: string
let head: string
let settings: DetectSettings

beforeAll(async () => {
  dir = await tmpDir('vro-decide-')
  await initRepo(dir)
  await writeFiles(dir, {
    'app/Main.java': 'class Main {}\n',
    'api-gateway/Gateway.java': 'class Gateway {}\n',
    'console/Dockerfile': 'FROM alpine\n',
    'scripts/image_versions.src': '# pins\n'
  })
  await commitAll(dir, 'first')
  await tag(dir, 'v1.0.0')
  await writeFiles(dir, { 'app/Main.java': 'class Main { int x; }\n' })
  head = await commitAll(dir, 'app changes')
  settings = {
    cwd: dir,
    versionsFile: 'scripts/image_versions.src',
    onMissingTag: 'unpin',
    detection: 'paths'
  }
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const decider = (): Decider => new Decider(IMAGES, settings, NOW)

describe('Decider', () => {
  it('push: unpins the image whose folder changed, keeps the others, with reasons', async () => {
    const text = 'export console_VER="v0.9.0"\napp_VER="v1.0.0"\napigateway_VER="v1.0.0"\n'
    const d = await decider().decide(text, { kind: 'push' }, head)
    expect(d.text).toBe('export console_VER="v0.9.0"\napigateway_VER="v1.0.0"\n')
    expect(d.decisions.map((x) => [x.image, x.action])).toEqual([
      ['app', 'unpin'],
      ['api-gateway', 'keep'],
      ['console', 'keep']
    ])
    expect(d.decisions[0]?.reason).toBe('app/Main.java changed since v1.0.0 (build root app/)')
    expect(d.decisions[1]?.reason).toContain('api-gateway/')
    expect(d.stats.gitProcesses).toBeGreaterThan(0)
  })

  it('push: a pin to a value that is not a release is left alone and says so', async () => {
    const d = await decider().decide('app_VER="abc1234"\n', { kind: 'push' }, head)
    expect(d.changed).toBe(false)
    expect(d.decisions[0]).toMatchObject({ action: 'keep', before: 'abc1234' })
    expect(d.decisions[0]?.reason).toContain('not a release tag')
  })

  it('detection runs once: a second attempt on new text re-applies the cached answer', async () => {
    const dd = decider()
    const first = await dd.decide('app_VER="v1.0.0"\n', { kind: 'push' }, head)
    const processes = first.stats.gitProcesses
    const second = await dd.decide('# someone else\napp_VER="v1.0.0"\n', { kind: 'push' }, head)
    expect(second.text).toBe('# someone else\n')
    expect(second.stats.gitProcesses).toBe(processes)
  })

  it('a new head is measured again: a guard computed on one head never applies to another', async () => {
    const dd = decider()
    const atTag = await dd.decide('', { kind: 'release', version: 'v1.0.0' }, 'v1.0.0')
    expect(atTag.decisions[0]).toMatchObject({ image: 'app', action: 'pin' })
    // The retry after STALE_DATA sees the branch at a head where app/ changed.
    const moved = await dd.decide('', { kind: 'release', version: 'v1.0.0' }, head)
    expect(moved.decisions[0]).toMatchObject({ image: 'app', action: 'skip', after: null })
    expect(moved.stats.gitProcesses).toBeGreaterThan(atTag.stats.gitProcesses)
  })

  it('release: the guard does not pin an image that changed since the tag', async () => {
    const d = await decider().decide('', { kind: 'release', version: 'v1.0.0' }, head)
    expect(d.text).toBe(`${HISTORY}\napigateway_VER="v1.0.0"\nconsole_VER="v1.0.0"\n`)
    expect(d.decisions[0]).toMatchObject({ image: 'app', action: 'skip', after: null })
    expect(d.decisions[0]?.reason).toMatch(/^not pinned: app\/Main\.java changed since v1\.0\.0/)
  })

  it('pin and unpin intents need no git', async () => {
    const dd = new Decider(IMAGES, { ...settings, cwd: '/nonexistent' }, NOW)
    const pinned = await dd.decide(
      '',
      { kind: 'pin', version: 'v1.0.0', only: ['apigateway'] },
      head
    )
    expect(pinned.text).toBe(`${HISTORY}\napigateway_VER="v1.0.0"\n`)
    const unpinned = await dd.decide(pinned.text, { kind: 'unpin', prefixes: ['apigateway'] }, head)
    expect(unpinned.text).toBe(`${HISTORY}\n`)
    expect(unpinned.stats.gitProcesses).toBe(0)
  })

  it('unpin of an image that is not pinned fails naming the image', async () => {
    await expect(
      decider().decide('', { kind: 'unpin', prefixes: ['apigateway'] }, head)
    ).rejects.toThrow(new PlanError('api-gateway is not pinned; there is nothing to unpin'))
  })

  it('unpin all leaves manual pins and unpinned images alone', async () => {
    const text = 'export console_VER="v0.9.0"\napp_VER="v1.0.0"\n'
    const d = await decider().decide(text, { kind: 'unpin', prefixes: 'all' }, head)
    expect(d.text).toBe('export console_VER="v0.9.0"\n')
  })

  it('status reports every pin and changes nothing', async () => {
    const text = 'app_VER="v1.0.0"\n'
    const d = await decider().decide(text, { kind: 'status' }, head)
    expect(d.changed).toBe(false)
    expect(d.decisions[0]).toMatchObject({
      image: 'app',
      action: 'keep',
      reason: 'pinned to v1.0.0'
    })
  })
})

describe('Decider: a manual unpin never touches a manual pin', () => {
  const text = 'export console_VER="v0.9.0"\napp_VER="v1.0.0"\n'
  const refusal = new PlanError(
    'console is pinned by hand (console_VER on line 1); the action never removes manual pins. Remove that line by hand.'
  )

  it('an unpin that names a manually pinned image is refused, naming the line', async () => {
    await expect(
      decider().decide(text, { kind: 'unpin', prefixes: ['console'] }, head)
    ).rejects.toThrow(refusal)
  })

  it('the refusal holds when other images are named beside it: nothing is unpinned', async () => {
    await expect(
      decider().decide(text, { kind: 'unpin', prefixes: ['app', 'console'] }, head)
    ).rejects.toThrow(refusal)
  })
})

/** Exits 2 for every image: the compare command could not tell. */
const FAILING_COMPARE = [process.execPath, '-e', 'console.error("registry down"); process.exit(2)']

describe('Decider: a compare-command that fails (exit 2) is an unknown change', () => {
  const failing = (): Decider =>
    new Decider(IMAGES, { ...settings, compareCommand: FAILING_COMPARE }, NOW)

  it('push: the pin is kept, with the failure as the reason, and a warning', async () => {
    const text = 'apigateway_VER="v1.0.0"\n'
    const d = await failing().decide(text, { kind: 'push' }, head)
    expect(d.changed).toBe(false)
    expect(d.text).toBe(text)
    expect(d.decisions[1]).toMatchObject({
      image: 'api-gateway',
      action: 'keep',
      after: 'v1.0.0',
      reason: expect.stringMatching(
        /^kept: compare-command failed \(exit code 2: "registry down"\); no input changed since v1\.0\.0/
      )
    })
    expect(d.warnings).toContain(
      'api-gateway: compare-command failed (exit code 2: "registry down")'
    )
  })

  it('release: the guard does not pin an image the command could not compare', async () => {
    const d = await failing().decide('', { kind: 'release', version: 'v1.0.0' }, head)
    expect(d.changed).toBe(false)
    expect(d.text).toBe('')
    expect(d.decisions.map((x) => [x.image, x.action, x.after])).toEqual([
      ['app', 'skip', null],
      ['api-gateway', 'skip', null],
      ['console', 'skip', null]
    ])
    expect(d.decisions[1]?.reason).toMatch(
      /^not pinned: compare-command failed \(exit code 2: "registry down"\).*, so the head of the branch is not the released image$/
    )
  })
})

describe('Decider: a tag the remote refuses to send (HTTP 403) is an unknown change', () => {
  let root: string
  let clone: string
  let remote: ForbiddenRemote
  beforeAll(async () => {
    // A checkout like actions/checkout's (depth 1, no tags) of a remote that lists v1.0.0.
    root = await tmpDir('vro-decide-403-')
    const bare = join(root, 'origin.git')
    clone = join(root, 'clone')
    await initBareFrom(dir, bare)
    await cloneDepth1(bare, clone, 'main')
    remote = await startForbiddenRemote(bare)
    await git(clone, ['remote', 'set-url', 'origin', remote.url])
  })
  afterAll(async () => {
    await remote.close()
    await rm(root, { recursive: true, force: true })
  })

  // on-missing-tag is unpin: a tag the remote has but refuses to send is no missing tag.
  const refused = (): Decider => new Decider(IMAGES, { ...settings, cwd: clone }, NOW)

  it('push: every pin to that tag is kept, saying the fetch failed, and a warning', async () => {
    const text = 'app_VER="v1.0.0"\napigateway_VER="v1.0.0"\n'
    const d = await refused().decide(text, { kind: 'push' }, head)
    expect(remote.requests.some((r) => r.method === 'POST' && r.status === 403)).toBe(true)
    expect(d.changed).toBe(false)
    expect(d.text).toBe(text)
    expect(d.decisions.slice(0, 2).map((x) => [x.image, x.action, x.after])).toEqual([
      ['app', 'keep', 'v1.0.0'],
      ['api-gateway', 'keep', 'v1.0.0']
    ])
    expect(d.decisions[0]?.reason).toMatch(
      /^kept: tag v1\.0\.0 is not in the checkout and fetching it from origin failed: .*returned error: 403; cannot compare$/
    )
    expect(d.warnings).toContainEqual(
      expect.stringMatching(
        /^Tag v1\.0\.0 \(pinned for app, api-gateway\) could not be fetched: .*403/
      )
    )
  })

  it('release: the guard pins nothing it could not compare', async () => {
    const d = await refused().decide('', { kind: 'release', version: 'v1.0.0' }, head)
    expect(d.changed).toBe(false)
    expect(d.decisions.map((x) => [x.image, x.action, x.after])).toEqual([
      ['app', 'skip', null],
      ['api-gateway', 'skip', null],
      ['console', 'skip', null]
    ])
    expect(d.decisions[2]?.reason).toMatch(
      /^not pinned: tag v1\.0\.0 is not in the checkout and fetching it from origin failed: .*403; cannot compare, so the head of the branch is not the released image$/
    )
  })
})

describe('Decider: a build root renamed since the tag', () => {
  let repo: string
  let moved: string
  let edited: string
  beforeAll(async () => {
    repo = await tmpDir('vro-decide-rename-')
    await initRepo(repo)
    await writeFiles(repo, {
      'app/Main.java': 'class Main {}\n',
      'api-gateway/Dockerfile': 'FROM node:20\nCOPY . /app\n',
      'api-gateway/server.js': 'listen()\n',
      'console/Dockerfile': 'FROM alpine\n',
      'scripts/image_versions.src': '# pins\n'
    })
    await commitAll(repo, 'first')
    await tag(repo, 'v1.0.0')
    await mkdir(join(repo, 'services'))
    await git(repo, ['mv', 'api-gateway', 'services/api-gateway'])
    moved = await commitAll(repo, 'move api-gateway under services/')
    await writeFiles(repo, { 'services/api-gateway/server.js': 'listen(8080)\n' })
    edited = await commitAll(repo, 'api-gateway: port')
  })
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true })
  })
  const renames = (): Decider => new Decider(IMAGES, { ...settings, cwd: repo }, NOW)

  it('push: renamed with identical content, the pin is kept, and the reason says so', async () => {
    const text = 'apigateway_VER="v1.0.0"\n'
    const d = await renames().decide(text, { kind: 'push' }, moved)
    expect(d.changed).toBe(false)
    expect(d.decisions[1]).toMatchObject({
      image: 'api-gateway',
      action: 'keep',
      after: 'v1.0.0',
      reason:
        'folder renamed from api-gateway/ to services/api-gateway/ with identical content since v1.0.0; no other input changed'
    })
  })

  it('release: renamed with identical content, the guard pins it', async () => {
    const d = await renames().decide('', { kind: 'release', version: 'v1.0.0' }, moved)
    expect(d.decisions[1]).toMatchObject({ image: 'api-gateway', action: 'pin', after: 'v1.0.0' })
  })

  it('push: renamed and edited, the pin goes, and only the edited file counts', async () => {
    const d = await renames().decide('apigateway_VER="v1.0.0"\n', { kind: 'push' }, edited)
    expect(d.text).toBe('')
    expect(d.decisions[1]).toMatchObject({
      image: 'api-gateway',
      action: 'unpin',
      reason:
        'services/api-gateway/server.js changed since v1.0.0 (build context (COPY in services/api-gateway/Dockerfile line 2 copies all of it); folder renamed from api-gateway/ to services/api-gateway/)'
    })
  })
})
