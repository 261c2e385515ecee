/**
 * A push whose branch head pins nothing automatically decides from one GraphQL read: no tag is
 * fetched and git is not asked anything. The checkout's remote is broken on purpose, so any
 * fetch would fail the run; the second case shows that a push with an auto pin does fetch.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import * as core from '../../__fixtures__/core.js'
import { loadRun } from '../../test-support/run-in-process.js'
import { startForRun, type Emulator } from '../../test-support/in-process.js'
import { cloneDepth1, commitAll, git, tmpDir, writeFiles } from '../../test-support/git-fixture.js'
import { VERSIONS_HEADER, createSample, pushPayload } from '../../test-support/sample.js'

const { run, context } = await loadRun({ eventName: 'push', ref: 'refs/heads/main' })

const TOKEN = 'ghs_noopPushToken_1234'
let dir: string
let bare: string
let gh: Emulator
let n = 0

beforeAll(async () => {
  dir = await tmpDir('vro-noop-')
  ;({ bare } = await createSample(dir))
  gh = await startForRun(bare, { [TOKEN]: 'write' })
})

afterAll(async () => {
  await gh.close()
  await fs.rm(dir, { recursive: true, force: true })
})

beforeEach(() => {
  core.reset()
  jest.clearAllMocks()
  gh.resetLog()
  Object.assign(core.inputs, { token: TOKEN })
})

/** A depth-1 checkout of main whose origin cannot be fetched from. */
async function checkout(): Promise<string> {
  const workspace = path.join(dir, `ws-${n++}`)
  context.sha = await cloneDepth1(bare, workspace, 'main')
  await git(workspace, ['remote', 'set-url', 'origin', path.join(dir, 'no-such-remote.git')])
  process.env.GITHUB_WORKSPACE = workspace
  context.payload = pushPayload(context.sha, context.sha, ['Change the docs'])
  return workspace
}

describe('a push with no auto pin at the head', () => {
  it('decides from one GraphQL read, with no fetch and no commit', async () => {
    await checkout()
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.outputs.changed).toBe('false')
    expect(gh.calls({ kind: 'graphql' })).toBe(1)
    expect(gh.calls({ write: true })).toBe(0)
    expect(core.warning).not.toHaveBeenCalled()
  })

  it('with an auto pin, the same checkout must fetch its tag, and the broken remote shows it tried', async () => {
    const work = path.join(dir, 'pinning')
    await git(dir, ['clone', '-q', bare, work])
    await writeFiles(work, {
      'scripts/image_versions.src': `${VERSIONS_HEADER}app_VER="v1.0.0"\n`
    })
    await commitAll(work, 'Pin app')
    await git(work, ['push', '-q', 'origin', 'main'])
    await checkout()
    await run()
    // The fetch was tried and failed. origin is configured (its URL leads nowhere), so this is a
    // failed fetch, not a missing remote: the pin is kept, with a warning.
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringContaining(
        'Tag v1.0.0 (pinned for app) could not be fetched: fetching it from origin failed: fatal:'
      )
    )
    expect(core.warning).not.toHaveBeenCalledWith(expect.stringContaining('there is no remote'))
    expect(JSON.parse(core.outputs.unpinned as string)).toEqual([])
  })
})
