// run() in process: @actions/core faked from __fixtures__/core.ts and @actions/github's event
// context replaced by a plain object the test sets, as the actions/typescript-action template
// does. TypeScript, like tree.ts: it imports src/ through ts-jest.
import { jest } from '@jest/globals'
import * as core from '../__fixtures__/core.js'

/** The part of @actions/github's `context` that run() reads. */
export interface FakeContext {
  eventName: string
  payload: Record<string, unknown>
  sha: string
  ref: string
  actor: string
  repo: { owner: string; repo: string }
}

/**
 * Mocks @actions/core and @actions/github's context, then loads run(). Call it once, at the top of
 * a test file (before anything imports src/action/). Returns run() and the context to set per test.
 */
export async function loadRun(
  initial: Partial<FakeContext> = {}
): Promise<{ run: () => Promise<void>; context: FakeContext }> {
  const context: FakeContext = {
    eventName: '',
    payload: {},
    sha: '',
    ref: '',
    actor: 'octocat',
    repo: { owner: 'octo', repo: 'mono' },
    ...initial
  }
  const realGithub = await import('@actions/github')
  jest.unstable_mockModule('@actions/core', () => core)
  jest.unstable_mockModule('@actions/github', () => ({ ...realGithub, context }))
  const { run } = await import('../src/action/run.js')
  return { run, context }
}
