/**
 * Secrets (issue 6, item 3): the token must never show in what a run leaves behind. The corpus
 * and race suites scan every one of their runs; this suite re-runs the flows of the e2e suites
 * (__tests__/e2e/: release, push, the race with someone else's push, retries, manual pins and
 * rollbacks, plan and dry run, refusals, the pull-request fallback, GitHub Enterprise Server
 * URLs), half of them with debug logging on, and scans their logs, outputs, summaries, commit
 * messages, pull request bodies and the API log for the token in every encoded form: as is,
 * base64 (plain, unpadded, URL-safe, and git's x-access-token:TOKEN credential), URL-encoded and
 * command-escaped. Only `::add-mask::` lines are ignored: the runner consumes them and prints
 * nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  READ_TOKEN,
  TOKEN,
  commitMessages,
  findLeaks,
  runTexts,
  tokenForms,
  withoutMaskCommands,
  type TextSource
} from '../test-support/corpus.js'
import { createWorld, type World } from '../test-support/races.js'

const WRONG_TOKEN = 'ghs_wrong+Token/Unknown=1'
const TOKENS = [TOKEN, READ_TOKEN, WRONG_TOKEN]
const DEBUG = { RUNNER_DEBUG: '1' }

const worlds: World[] = []
const extra: TextSource[] = []
let expectedCodes: Record<string, number | null> = {}

async function scanWorld(w: World): Promise<TextSource[]> {
  return [
    ...w.runs.flatMap((r) => runTexts(r.label, r.result)),
    { where: 'commit messages', text: await commitMessages(w.bare) },
    { where: 'pull requests', text: JSON.stringify(w.gh.pulls) },
    { where: 'API request log', text: JSON.stringify(w.gh.log) }
  ]
}

// The flows run in one hook, bounded (20 runs), under jest's testTimeout (jest.config.js). The
// GitHub Enterprise Server world runs beside the main one.
beforeAll(async () => {
  const codes: [string, number | null][] = []
  const note = (label: string, r: { code: number | null }) => codes.push([label, r.code])
  await Promise.all([mainFlows(note), ghesFlows(note)])
  extra.push({ where: 'exit codes', text: JSON.stringify(codes) })
  expectedCodes = Object.fromEntries(codes)
})

type Note = (label: string, r: { code: number | null }) => void

async function ghesFlows(note: Note): Promise<void> {
  const ghes = await createWorld({ basePath: '/api/v3' })
  worlds.push(ghes)
  note('GHES release', await ghes.release('v1.0.0', {}, { env: DEBUG }))
  note(
    'GHES push',
    await ghes.push({ 'app/src/main/java/Main.java': 'class Main { int y; }\n' }, 'app: y')
  )
}

async function mainFlows(note: Note): Promise<void> {
  const w = await createWorld({ tags: ['v0.9.0'] })
  worlds.push(w)

  note('release', await w.release('v1.0.0', {}, { env: DEBUG }))
  note('release again', await w.release('v1.0.0'))
  note(
    'push app',
    await w.push({ 'app/src/main/java/Main.java': 'class Main { int x; }\n' }, 'app: x', {
      env: DEBUG
    })
  )
  note('push docs', await w.push({ 'docs/index.md': '# more\n' }, 'docs'))
  let pushed = false
  w.gh.onBeforeCommit(async ({ branch }) => {
    if (pushed) return
    pushed = true
    await w.gh.pushFile({
      branch,
      path: 'README.md',
      content: 'someone else\n',
      message: 'someone else'
    })
  })
  note(
    'push racing someone else',
    await w.push({ 'svc-claims/claims.py': 'print(2)\n' }, 'claims', { env: DEBUG })
  )
  w.gh.onBeforeCommit(null)
  w.gh.inject({ status: 502, times: 1, on: 'query' })
  note(
    'push after a 502',
    await w.push({ 'postgres/Dockerfile': 'FROM postgres:16\n' }, 'pg', { env: DEBUG })
  )
  w.gh.inject({ rateLimit: { retryAfter: 1 }, times: 1, on: 'query' })
  note(
    'pin after a rate limit',
    await w.dispatch({ mode: 'pin', images: 'app=v1.0.0' }, { env: DEBUG })
  )
  note('rollback', await w.dispatch({ mode: 'pin', images: 'app=v0.9.0' }, { env: DEBUG }))
  note('unpin', await w.dispatch({ mode: 'unpin', images: 'app' }))
  note('plan', await w.dispatch({ mode: 'plan' }, { env: DEBUG }))
  note('dry run', await w.dispatch({ mode: 'pin', version: 'v1.0.0', 'dry-run': 'true' }))
  note(
    'manual pin',
    await w.dispatch({ mode: 'pin', images: 'app', version: 'v1.0.0', manual: 'true' })
  )
  note('hostile tag', await w.release('v1.2.3"; rm -rf ~; "', {}, { env: DEBUG }))
  note(
    'read-only token',
    await w.dispatch({ mode: 'pin', version: 'v1.0.0' }, { token: READ_TOKEN, env: DEBUG })
  )
  note(
    'wrong token',
    await w.dispatch({ mode: 'pin', version: 'v1.0.0' }, { token: WRONG_TOKEN, env: DEBUG })
  )
  w.gh.protect('main', 'protection')
  note('protected, fail', await w.dispatch({ mode: 'unpin', images: 'all' }))
  note(
    'protected, pull request',
    await w.dispatch(
      { mode: 'unpin', images: 'all', 'on-protected': 'pull-request' },
      { env: DEBUG, runId: '777' }
    )
  )
  w.gh.protect('main', null)
}

afterAll(async () => {
  for (const w of worlds) await w.close()
})

describe('secrets', () => {
  it('ran the flows with the outcomes the e2e suites expect', () => {
    expect(expectedCodes).toEqual({
      release: 0,
      'release again': 0,
      'push app': 0,
      'push docs': 0,
      'push racing someone else': 0,
      'push after a 502': 0,
      'pin after a rate limit': 0,
      rollback: 0,
      unpin: 0,
      plan: 0,
      'dry run': 0,
      'manual pin': 0,
      'hostile tag': 1,
      'read-only token': 1,
      'wrong token': 1,
      'protected, fail': 1,
      'protected, pull request': 0,
      'GHES release': 0,
      'GHES push': 0
    })
  })

  it('the scanner finds every form of a planted token (also inside a workflow command)', () => {
    for (const { form, value } of tokenForms(TOKEN)) {
      const planted = findLeaks([{ where: 'planted', text: `::debug::x ${value} y\n` }], [TOKEN])
      expect(planted.map((l) => l.form)).toContain(form)
    }
    // ::add-mask:: lines are the one thing ignored.
    expect(findLeaks([{ where: 'mask', text: `::add-mask::${TOKEN}\n` }], [TOKEN])).toEqual([])
  })

  it('the action asks the runner to mask the token and its base64 forms', () => {
    const first = worlds[0]?.runs[0]?.result.stdout ?? ''
    const b64 = (s: string): string => Buffer.from(s).toString('base64')
    for (const value of [TOKEN, b64(TOKEN), b64(`x-access-token:${TOKEN}`)]) {
      expect(first.split('\n')).toContain(`::add-mask::${value}`)
    }
    expect(withoutMaskCommands(first)).not.toContain('::add-mask::')
  })

  it('no token form in any log, output, summary, commit message, pull request or API log', async () => {
    const sources = [...extra]
    for (const w of worlds) sources.push(...(await scanWorld(w)))
    expect(sources.length).toBeGreaterThan(60)
    expect(findLeaks(sources, TOKENS)).toEqual([])
  })
})
