/**
 * run() in process (the @actions/core fake from __fixtures__, the real Octokit against the
 * emulator) on a repository whose data is hostile: a changed file name that holds workflow
 * commands, a pin value that is a shell injection, and runner files that cannot be written.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import * as core from '../__fixtures__/core.js'
import { loadRun } from '../test-support/run-in-process.js'
import { startForRun, type Emulator } from '../test-support/in-process.js'
import {
  cloneDepth1,
  commitAll,
  git,
  initBareFrom,
  initRepo,
  tag,
  tmpDir,
  writeFiles
} from '../test-support/git-fixture.js'
import { pushPayload } from '../test-support/sample.js'

const { run, context } = await loadRun({ eventName: 'push', ref: 'refs/heads/main' })

const TOKEN = 'ghs_untrustedToken_1234'
const HOSTILE_FILE = 'app/x\n::set-output name=versions::{"app":"evil"}\n'
const HOSTILE_PIN = `db_VER='v1.0.0"; touch x; echo "'`

let dir: string
let bare: string
let tagged: string
let gh: Emulator
let n = 0

beforeAll(async () => {
  dir = await tmpDir('vro-untrusted-')
  const work = path.join(dir, 'work')
  await initRepo(work)
  await writeFiles(work, {
    'scripts/image_vars.src': 'export VRO_IMAGES="app db"\nexport VAR_PREFIXES="app db"\n',
    'scripts/image_versions.src': `app_VER="v1.0.0"\n${HOSTILE_PIN}\n`,
    'app/Dockerfile': 'FROM scratch\nCOPY . /app\n',
    'db/Dockerfile': 'FROM scratch\n'
  })
  tagged = await commitAll(work, 'release')
  await tag(work, 'v1.0.0')
  await writeFiles(work, { [HOSTILE_FILE]: 'evil\n' })
  await commitAll(work, 'a file with a hostile name')
  bare = path.join(dir, 'origin.git')
  await initBareFrom(work, bare)
  gh = await startForRun(bare, { [TOKEN]: 'write' })
})

afterAll(async () => {
  await gh.close()
  await fs.rm(dir, { recursive: true, force: true })
  delete process.env.GITHUB_OUTPUT
  delete process.env.GITHUB_STEP_SUMMARY
})

beforeEach(async () => {
  core.reset()
  jest.clearAllMocks()
  delete process.env.GITHUB_OUTPUT
  delete process.env.GITHUB_STEP_SUMMARY
  const workspace = path.join(dir, `ws-${n++}`)
  context.sha = await cloneDepth1(bare, workspace, 'main')
  context.payload = pushPayload(tagged, context.sha, ['a file with a hostile name'])
  process.env.GITHUB_WORKSPACE = workspace
  Object.assign(core.inputs, { token: TOKEN, 'commit-message-prefix': 'Automated commit:' })
})

/** Everything the run gave the runner to print, as the lines the runner reads. */
function printedLines(): string[] {
  const calls = [core.info, core.notice, core.warning, core.setFailed, core.group].flatMap((f) =>
    (f.mock.calls as unknown[][]).map((c) => String(c[0]))
  )
  return calls.flatMap((m) => m.split(/\r\n|\r|\n/))
}

describe('run() on hostile data', () => {
  // First, while a commit is still due: without the check the run would make it.
  it.each([
    ['GITHUB_OUTPUT', 'no-such-folder/output'],
    ['GITHUB_STEP_SUMMARY', 'no-such-folder/summary.md']
  ])('an unwritable %s fails the run before any commit, naming the file', async (name, rel) => {
    const file = path.join(dir, rel)
    process.env[name] = file
    const before = (await git(bare, ['rev-parse', 'main'])).trim()
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringContaining(`${name} is "${file}", which cannot be written (ENOENT)`)
    )
    expect((await git(bare, ['rev-parse', 'main'])).trim()).toBe(before)
  })

  it('a changed file named with ::set-output is shown escaped, and no printed line is a command', async () => {
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    const lines = printedLines()
    expect(lines.filter((l) => /^\s*::|##\[/.test(l))).toEqual([])
    expect(lines).toContainEqual(expect.stringContaining('app/x\\n::set-output name=versions'))
    expect(JSON.parse(core.outputs.versions as string)).toEqual({ app: context.sha.slice(0, 7) })
    // The commit message: no line from the file name, no trailer but the run link and mark.
    const message = await git(bare, ['log', '-1', '--format=%B', 'main'])
    expect(message).toContain('app/x\\n::set-output')
    expect(message.split('\n').filter((l) => l.startsWith('::'))).toEqual([])
    const trailers = execFileSync('git', ['interpret-trailers', '--parse'], {
      input: message,
      encoding: 'utf8'
    })
    expect(trailers).toMatch(
      new RegExp(
        `^Run: ${gh.serverUrl}/octo/mono/actions/runs/7\nVro-Image-Version-Run: 7\\.1\\.[0-9a-f]{8}\n$`
      )
    )
    // The summary: the row stays one row.
    const summary = core.summaries[0] as string
    const appRows = summary.split('\n').filter((l) => l.startsWith('| app |'))
    expect(appRows).toHaveLength(1)
    expect(summary.split('\n').some((l) => l.startsWith('::'))).toBe(false)
  })

  it('a pin value that is no version is reported and left out of versions and publish', async () => {
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    const versions = JSON.parse(core.outputs.versions as string) as Record<string, string>
    expect(versions).not.toHaveProperty('db')
    expect(JSON.parse(core.outputs.publish as string)).not.toContain('db')
    expect(core.warning).toHaveBeenCalledWith(
      'db: db_VER gives "v1.0.0\\"; touch x; echo \\"", which is not a release version or a short sha; ' +
        'left out of the versions and publish outputs. Fix the db_VER line of the versions file.'
    )
  })
})
