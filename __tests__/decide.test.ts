/**
 * The Decider on a real git repository: the push and release intents run change detection, the
 * manual ones do not, and detection runs once however many attempts re-apply it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { Decider, type DetectSettings } from '../src/decide.js'
import type { Image } from '../src/image-vars.js'
import { PlanError } from '../src/plan.js'
import { commitAll, initRepo, tag, tmpDir, writeFiles } from '../test-support/git-fixture.js'

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
