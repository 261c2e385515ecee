// The errors on src/util/errors.ts's base: instanceof as before, a stable id per kind, names and
// messages unchanged, and no new own property on the error.
import { describe, expect, it } from '@jest/globals'
import { UsageError } from '../../src/cli/args.js'
import { CommandError } from '../../src/detect/compare-command.js'
import { PathsError } from '../../src/detect/paths-input.js'
import { DetectError } from '../../src/detect/tag-commits.js'
import { ImageVarsError } from '../../src/files/image-vars-lists.js'
import { FileError } from '../../src/files/repo-files.js'
import { ApiError } from '../../src/github/client.js'
import { StaleHeadError } from '../../src/github/commit.js'
import { ActionError } from '../../src/github/errors.js'
import { ApiAnswerError, ApiGiveUpError, ApiTimeoutError } from '../../src/github/fetch.js'
import { GitError } from '../../src/git/process.js'
import { RemoteError } from '../../src/git/remote.js'
import { ConfigError } from '../../src/plan/config-file.js'
import { EventError } from '../../src/plan/event-payload.js'
import { InputError } from '../../src/plan/job-inputs.js'
import { PlanError } from '../../src/plan/decision.js'
import { SettingsError } from '../../src/plan/settings.js'
import { KnownError } from '../../src/util/errors.js'
import { GlobError } from '../../src/util/glob/braces.js'
import { VersionError } from '../../src/util/version.js'

const CASES: [new (message: string) => KnownError, string, string][] = [
  [VersionError, 'VersionError', 'version'],
  [GlobError, 'GlobError', 'glob'],
  [PathsError, 'PathsError', 'paths'],
  [DetectError, 'DetectError', 'detect'],
  [FileError, 'FileError', 'repo-path'],
  [ImageVarsError, 'ImageVarsError', 'image-vars'],
  [UsageError, 'UsageError', 'usage'],
  [ApiTimeoutError, 'ApiTimeoutError', 'api-timeout'],
  // Octokit passes an AbortError through unwrapped: the name is the behaviour.
  [ApiGiveUpError, 'AbortError', 'api-give-up'],
  [ApiAnswerError, 'AbortError', 'api-answer'],
  [StaleHeadError, 'StaleHeadError', 'stale-head'],
  [ApiError, 'ApiError', 'api'],
  [CommandError, 'CommandError', 'compare-command'],
  [RemoteError, 'RemoteError', 'remote'],
  [SettingsError, 'SettingsError', 'settings'],
  [ConfigError, 'ConfigError', 'config'],
  [EventError, 'EventError', 'event'],
  [PlanError, 'PlanError', 'plan'],
  [InputError, 'InputError', 'input']
]

describe('KnownError', () => {
  it.each(CASES)('%p keeps its name and message and has a stable id', (Kind, name, id) => {
    const e = new Kind('the message')
    expect(e).toBeInstanceOf(Kind)
    expect(e).toBeInstanceOf(KnownError)
    expect(e).toBeInstanceOf(Error)
    expect(e.name).toBe(name)
    expect(e.message).toBe('the message')
    expect(e.id).toBe(id)
    expect(Object.keys(e)).not.toContain('id')
  })

  it('keeps what a GitError and a ConfigError carry besides the message', () => {
    const git = new GitError('the message', ['status'])
    expect(git).toBeInstanceOf(KnownError)
    expect([git.id, git.name, git.message, git.args]).toEqual([
      'git',
      'GitError',
      'the message',
      ['status']
    ])
    const config = new ConfigError('the message', 3, 'paths')
    expect([config.id, config.line, config.key]).toEqual(['config', 3, 'paths'])
  })

  it('keeps the subclass chain of the API errors', () => {
    expect(new ApiAnswerError('x')).toBeInstanceOf(ApiGiveUpError)
  })

  it('gives each ActionError the id it was built with', () => {
    const e = new ActionError('token-forbidden', 'no')
    expect(e).toBeInstanceOf(KnownError)
    expect([e.id, e.name, e.message]).toEqual(['token-forbidden', 'ActionError', 'no'])
  })

  it('gives every kind its own id', () => {
    const ids = [...CASES.map(([, , id]) => id), 'git']
    expect(new Set(ids).size).toBe(ids.length)
  })
})
