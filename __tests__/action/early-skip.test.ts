/**
 * The fast skip path (src/action/early-skip.ts) writes exactly what run() writes for a skip, and leaves
 * every other run to run(). run() is the real one here, with the real @actions/core and
 * @actions/github, on the same environment and event files.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { earlySkip, skipEarly } from '../../src/action/early-skip.js'
import { tmpDir } from '../../test-support/git-fixture.js'
import { parseOutputFile } from '../../test-support/run-action.js'

let dir: string
const files = (): { event: string; output: string; summary: string } => ({
  event: path.join(dir, 'event.json'),
  output: path.join(dir, 'output'),
  summary: path.join(dir, 'summary')
})

beforeAll(async () => {
  dir = await tmpDir('vro-early-skip-')
})
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

const TOKEN = 'ghs_earlySkip%Token\n1'

function envFor(
  eventName: string,
  ref: string,
  inputs: Record<string, string> = {}
): Record<string, string> {
  const f = files()
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: f.event,
    GITHUB_OUTPUT: f.output,
    GITHUB_STEP_SUMMARY: f.summary,
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: ref,
    GITHUB_ACTOR: 'octocat',
    GITHUB_REPOSITORY: 'octo/mono',
    INPUT_TOKEN: TOKEN,
    ...Object.fromEntries(
      Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])
    )
  }
}

interface Written {
  stdout: string
  outputs: Record<string, string>
  outputText: string
  summary: string
}

/** Runs `fn` with `env` set and the event written; returns what it wrote. */
async function capture(
  env: Record<string, string>,
  payload: unknown,
  fn: () => Promise<unknown> | unknown
): Promise<Written> {
  const f = files()
  await fs.writeFile(f.event, JSON.stringify(payload))
  await fs.rm(f.output, { force: true })
  await fs.rm(f.summary, { force: true })
  const saved = { ...process.env }
  Object.assign(process.env, env)
  let stdout = ''
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    stdout += String(chunk)
    return true
  })
  try {
    await fn()
  } finally {
    spy.mockRestore()
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
    Object.assign(process.env, saved)
  }
  const read = (p: string): Promise<string> => fs.readFile(p, 'utf8').catch(() => '')
  const outputText = (await read(f.output)).replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM')
  return {
    stdout,
    outputs: parseOutputFile(await read(f.output)),
    outputText,
    summary: await read(f.summary)
  }
}

/** The real run(), with the @actions/github context set from the same environment. */
async function realRun(env: Record<string, string>, payload: Record<string, unknown>) {
  const { context } = await import('@actions/github')
  const { run } = await import('../../src/action/run.js')
  return capture(env, payload, async () => {
    Object.assign(context, {
      eventName: env.GITHUB_EVENT_NAME,
      payload,
      sha: env.GITHUB_SHA,
      ref: env.GITHUB_REF,
      actor: env.GITHUB_ACTOR
    })
    await run()
  })
}

const SKIPS: [string, string, string, Record<string, unknown>, Record<string, string>][] = [
  [
    'a push of a tag that is no release',
    'push',
    'refs/tags/nightly',
    { ref: 'refs/tags/nightly', commits: [] },
    {}
  ],
  ['a tag deletion', 'push', 'refs/tags/v1.2.3', { ref: 'refs/tags/v1.2.3', deleted: true }, {}],
  ['a branch created', 'create', 'refs/heads/x', { ref: 'x', ref_type: 'branch' }, {}],
  ['a branch deletion', 'push', 'refs/heads/old', { ref: 'refs/heads/old', deleted: true }, {}],
  [
    "a push of only this action's commits",
    'push',
    'refs/heads/main',
    {
      ref: 'refs/heads/main',
      commits: [{ message: 'Bot: Unpin versions of updated images\n\nbody' }]
    },
    { 'commit-message-prefix': 'Bot:' }
  ],
  [
    'a release edit',
    'release',
    'refs/tags/v1.0.0',
    { action: 'edited', release: { tag_name: 'v1.0.0' } },
    {}
  ],
  [
    'a draft release',
    'release',
    'refs/tags/v1.0.0',
    { action: 'published', release: { tag_name: 'v1.0.0', draft: true } },
    {}
  ],
  [
    'a prerelease',
    'release',
    'refs/tags/v1.0.0-rc.1',
    { action: 'published', release: { tag_name: 'v1.0.0-rc.1', prerelease: true } },
    {}
  ]
]

describe('the fast skip path', () => {
  it.each(SKIPS)('%s: writes exactly what run() writes', async (_, event, ref, payload, inputs) => {
    const env = envFor(event, ref, inputs)
    const early = await capture(env, payload, () => expect(skipEarly(env)).toBe(true))
    const full = await realRun(env, payload)
    expect(early.stdout).toBe(full.stdout)
    expect(early.outputText).toBe(full.outputText)
    expect(early.summary).toBe(full.summary)
    expect(early.outputs).toEqual({
      changed: 'false',
      'commit-sha': '',
      pinned: '[]',
      unpinned: '[]',
      versions: '{}',
      'head-sha': '',
      publish: '[]',
      'pull-request-url': ''
    })
    expect(early.stdout).toMatch(/^::add-mask::ghs_earlySkip%25Token%0A1\n/)
    expect(early.stdout).toContain('::notice::Nothing to do: ')
  })

  it('leaves every run it is not sure of to run(), writing nothing', async () => {
    const tagPush = { ref: 'refs/tags/v1.2.3' }
    const cases: [Record<string, string>, unknown][] = [
      // a job to run
      [envFor('push', 'refs/heads/main'), { ref: 'refs/heads/main', commits: [] }],
      // the push or creation of a release tag pins
      [envFor('push', 'refs/tags/v1.2.3'), { ref: 'refs/tags/v1.2.3', commits: [] }],
      [envFor('create', 'refs/tags/v1.2.3'), { ref: 'v1.2.3', ref_type: 'tag' }],
      // GitHub's prerelease flag on a plain release tag: pinned
      [
        envFor('release', 'refs/tags/v1.2.3'),
        { action: 'published', release: { tag_name: 'v1.2.3', prerelease: true } }
      ],
      [envFor('workflow_dispatch', 'refs/heads/main'), {}],
      // inputs or events that run() rejects, in its own words
      [{ ...envFor('push', 'refs/tags/v1'), INPUT_TOKEN: '' }, tagPush],
      [envFor('push', 'refs/tags/v1', { mode: 'sideways' }), tagPush],
      [envFor('issues', 'refs/heads/main'), {}],
      [envFor('push', 'refs/tags/v1'), ['not', 'an', 'object']],
      // no runner files to write to
      [{ ...envFor('push', 'refs/tags/v1'), GITHUB_OUTPUT: '' }, tagPush],
      [{ ...envFor('push', 'refs/tags/v1'), GITHUB_STEP_SUMMARY: '' }, tagPush],
      [{ ...envFor('push', 'refs/tags/v1'), GITHUB_OUTPUT: path.join(dir, 'no/such/dir') }, tagPush]
    ]
    for (const [env, payload] of cases) {
      const w = await capture(env, payload, () => expect(skipEarly(env)).toBe(false))
      expect(w).toEqual({ stdout: '', outputs: {}, outputText: '', summary: '' })
    }
    // A missing event file: @actions/github says so on stdout, so run() answers.
    expect(earlySkip({ ...envFor('push', 'refs/tags/v1'), GITHUB_EVENT_PATH: '/no/such' })).toBe(
      undefined
    )
  })

  it('an event file that is not JSON is left to run(), which names the file', async () => {
    const env = envFor('push', 'refs/tags/v1')
    await fs.writeFile(env.GITHUB_EVENT_PATH as string, '{"ref": "refs/tags/v1"')
    expect(earlySkip(env)).toBe(undefined)
    await fs.writeFile(env.GITHUB_EVENT_PATH as string, 'null')
    expect(earlySkip(env)).toBe(undefined)
  })

  it('no GITHUB_SHA, GITHUB_REF or GITHUB_ACTOR: a release edit is still skipped, with no sha', async () => {
    const { GITHUB_SHA: _s, GITHUB_REF: _r, GITHUB_ACTOR: _a, ...env } = envFor('release', '')
    await fs.writeFile(
      env.GITHUB_EVENT_PATH as string,
      JSON.stringify({ action: 'edited', release: { tag_name: 'v1.0.0' } })
    )
    expect(earlySkip(env)).toEqual({
      token: TOKEN,
      reason: 'release action "edited" is not created or published; nothing to pin',
      sha: ''
    })
  })

  it('no GITHUB_EVENT_NAME: left to run(), which refuses the event', async () => {
    const { GITHUB_EVENT_NAME: _e, ...env } = envFor('push', 'refs/tags/v1')
    await fs.writeFile(env.GITHUB_EVENT_PATH as string, JSON.stringify({ ref: 'refs/tags/v1' }))
    expect(earlySkip(env)).toBe(undefined)
  })

  it('reads process.env when given no environment, as index.ts calls it', async () => {
    const env = envFor('push', 'refs/tags/nightly')
    const w = await capture(env, { ref: 'refs/tags/nightly' }, () => expect(skipEarly()).toBe(true))
    expect(w.outputs.changed).toBe('false')
    expect(w.summary).toBe(
      '### vro-image-version\n\nNothing to do: tag "nightly" is not a release tag (vX.Y.Z or release-X.Y.Z); nothing to pin\n'
    )
  })

  it('mode pin or unpin is never skipped on a tag push (a manual run)', () => {
    const env = envFor('push', 'refs/tags/v1', { mode: 'unpin', images: 'all' })
    expect(earlySkip({ ...env, GITHUB_EVENT_PATH: '' })).toBe(undefined)
  })
})
