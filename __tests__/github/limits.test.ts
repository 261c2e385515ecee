/**
 * GitHub's size limits: fitForGitHub cuts at a line, never inside a character or a table row, and
 * says where the rest is; and run() opens the fallback pull request of a push that unpins 200 images, whose
 * summary is far over the 65,536 characters GitHub takes as a body (the emulator refuses more,
 * with GitHub's 422).
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import * as core from '../../__fixtures__/core.js'
import { loadRun } from '../../test-support/run-in-process.js'
import {
  GITHUB_BODY_LIMIT,
  fitForGitHub,
  fitLine,
  measure,
  summaryPointer
} from '../../src/github/limits.js'
import { commitBody } from '../../src/action/summary.js'
import { startForRun, type Emulator } from '../../test-support/in-process.js'
import { cloneDepth1, commitAll, git, tmpDir, writeFiles } from '../../test-support/git-fixture.js'
import { IMAGES, createSample, pushPayload, releasePayload } from '../../test-support/sample.js'

const { run, context } = await loadRun()

const RUN = 'https://github.test/octo/mono/actions/runs/5'
const pointer = summaryPointer(RUN)

describe('fitForGitHub', () => {
  it('leaves a text that fits as it is', () => {
    const text = 'a\n'.repeat(100)
    expect(fitForGitHub(text, 200, pointer)).toBe(text)
  })

  it('cuts a table at a row, after a blank line, naming the rows left out and the run', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `| image-${i} | \`v1.0.0\` | pin |`)
    const text = ['### Title', '', '| Image | After | Decision |', '| --- | --- | --- |', ...rows]
      .concat(['', 'Committed abc1234 to main'])
      .join('\n')
    const cut = fitForGitHub(text, 600, pointer)
    expect(measure(cut)).toBeLessThanOrEqual(600)
    const lines = cut.split('\n')
    const closing = lines.at(-1) as string
    const kept = lines.slice(0, -2)
    expect(lines.at(-2)).toBe('')
    expect(text.startsWith(kept.join('\n') + '\n')).toBe(true)
    const keptRows = kept.filter((l) => l.startsWith('| image-')).length
    expect(closing).toBe(`… ${50 - keptRows} more rows in the job summary of this run: ${RUN}`)
  })

  it('never cuts inside a character: a text of emoji and accents fits in bytes', () => {
    const text = Array.from({ length: 300 }, (_, i) => `| é${i} | 🐳 ${'ü'.repeat(i % 7)} |`).join(
      '\n'
    )
    for (const limit of [100, 101, 102, 103, 1000, 4001]) {
      const cut = fitForGitHub(text, limit, summaryPointer(undefined))
      expect(measure(cut)).toBeLessThanOrEqual(limit)
      expect(cut).not.toContain('\uFFFD')
      expect(Buffer.from(cut, 'utf8').toString('utf8')).toBe(cut)
      expect(cut).toMatch(/\n\n… \d+ more rows? in the job summary of this run$/)
    }
  })

  it('does not leave an HTML table row open', () => {
    const text = [
      '<table>',
      '<tr>',
      '<td>a</td>',
      '</tr>',
      '<tr>',
      `<td>${'b'.repeat(50)}`,
      '</td>',
      '</tr>',
      '</table>'
    ].join('\n')
    // Room for the first five lines, but the fifth opens a row: the cut is before it.
    expect(fitForGitHub(text, 90, summaryPointer(undefined))).toBe(
      '<table>\n<tr>\n<td>a</td>\n</tr>\n\n… 1 more row in the job summary of this run'
    )
  })

  it('a first line longer than the limit is cut inside it, at a character', () => {
    const cut = fitForGitHub('🐳'.repeat(100) + '\nrest', 120, summaryPointer(undefined))
    expect(measure(cut)).toBeLessThanOrEqual(120)
    expect(cut).toMatch(/^(🐳)+\n\n… 2 more lines in the job summary of this run$/)
  })

  it('fitLine ends a cut line with …', () => {
    expect(fitLine('short', 10)).toBe('short')
    expect(fitLine('x'.repeat(20), 10)).toBe(`${'x'.repeat(7)}…`)
    expect(measure(fitLine('é'.repeat(20), 10))).toBeLessThanOrEqual(10)
  })

  it('commitBody cuts its lines, never its trailers', () => {
    const decisions = Array.from({ length: 2000 }, (_, i) => ({
      image: `image-${i}`,
      before: null,
      after: 'v1.0.0',
      action: 'pin' as const,
      manual: false,
      reason: 'r'.repeat(40)
    }))
    const body = commitBody(decisions as never, RUN, 'Vro-Image-Version-Run: 5.1.abcd')
    expect(measure(body)).toBeLessThanOrEqual(65_536)
    expect(body.endsWith(`\n\nRun: ${RUN}\nVro-Image-Version-Run: 5.1.abcd`)).toBe(true)
    expect(body).toMatch(/\n\n… \d+ more images in the job summary of this run: \S+\n\nRun: /)
  })
})

describe('run(): the fallback pull request of a push that unpins 200 images', () => {
  const TOKEN = 'ghs_limitsToken_1234'
  // Long names and deep paths, so that each row of the summary is long, as in a real monorepo.
  const EXTRA = Array.from(
    { length: 194 },
    (_, i) => `a-service-with-a-rather-long-descriptive-name-${String(i).padStart(3, '0')}`
  )
  const deepFile = (image: string): string =>
    `${image}/src/main/java/org/example/platform/services/${image.replace(/-/g, '')}/Implementation.java`
  let dir: string
  let bare: string
  let gh: Emulator
  let n = 0

  beforeAll(async () => {
    dir = await tmpDir('vro-limits-')
    ;({ bare } = await createSample(dir, { extraImages: EXTRA }))
    gh = await startForRun(bare, { [TOKEN]: 'write' }, '55')
  })
  afterAll(async () => {
    await gh.close()
    await fs.rm(dir, { recursive: true, force: true })
  })

  /** A fresh depth-1 checkout of main and the inputs, as a new run gets them. */
  async function checkout(): Promise<string> {
    core.reset()
    jest.clearAllMocks()
    const workspace = path.join(dir, `ws-${n++}`)
    const head = await cloneDepth1(bare, workspace, 'main')
    process.env.GITHUB_WORKSPACE = workspace
    context.sha = head
    Object.assign(core.inputs, {
      token: TOKEN,
      'commit-message-prefix': 'Automated commit:',
      'on-protected': 'pull-request'
    })
    return head
  }

  it('opens the pull request with the summary cut to GitHub’s limit, pointing at the run', async () => {
    // The release pins every image (main is not protected yet).
    await checkout()
    Object.assign(context, {
      eventName: 'release',
      ref: 'refs/tags/v1.0.0',
      payload: releasePayload('v1.0.0')
    })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(JSON.parse(core.outputs.pinned as string)).toHaveLength(199)
    // One push changes every image but console (pinned by hand).
    const work = path.join(dir, 'push')
    await git(dir, ['clone', '--quiet', bare, work])
    const images = [...IMAGES, ...EXTRA].filter((i) => i !== 'console')
    await writeFiles(
      work,
      Object.fromEntries(images.map((i) => [deepFile(i), `class X { int ${i.length}; }\n`]))
    )
    const before = (await gh.head('main')) as string
    const after = await commitAll(work, 'Change every service')
    await git(work, ['push', '--quiet', 'origin', 'main'])
    // Its run: main refuses the commit, so it goes to a branch and a pull request.
    await checkout()
    Object.assign(context, {
      eventName: 'push',
      ref: 'refs/heads/main',
      payload: pushPayload(before, after, ['Change every service'])
    })
    gh.protect('main', 'protection')
    try {
      await run()
    } finally {
      gh.protect('main', null)
    }
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(await gh.head('main')).toBe(after)
    // All but console (pinned by hand) and cc-app (its folder is domain-cc/cc-app).
    expect(JSON.parse(core.outputs.unpinned as string)).toHaveLength(198)
    // The whole report is far over the limit; the job summary has all of it.
    const summary = core.summaries[0] as string
    expect(summary.length).toBeGreaterThan(GITHUB_BODY_LIMIT)
    expect(summary).toContain(`| ${EXTRA.at(-1)} |`)
    const [pr] = gh.pulls
    expect(pr?.head.ref).toBe('vro-image-version/55')
    expect(core.outputs['pull-request-url']).toBe(pr?.html_url)
    const body = pr?.body ?? ''
    expect(measure(body)).toBeLessThanOrEqual(GITHUB_BODY_LIMIT)
    const runUrl = `${gh.serverUrl}/octo/mono/actions/runs/55`
    const closing = /\n\n… (\d+) more rows in the job summary of this run: (\S+)$/.exec(body)
    expect(closing?.[2]).toBe(runUrl)
    // The rows kept are whole, the first of the summary's, and with those left out make all 200.
    const rows = body.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Image'))
    for (const row of rows) expect(summary).toContain(`\n${row}\n`)
    expect(rows.length - 1 + Number(closing?.[1])).toBe(200)
    // The commit on the pull request's branch, its trailers intact.
    const head = (await gh.head('vro-image-version/55')) as string
    const message = await git(bare, ['log', '-1', '--format=%B', head])
    expect(message).toMatch(/\nVro-Image-Version-Run: 55\.1\.[0-9a-f]{8}\n*$/)
  })
})
