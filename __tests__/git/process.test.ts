/** GitProcesses: how a git that cannot start, or fails without a word, is reported. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { GitError, GitProcesses, killGroup } from '../../src/git/process.js'
import { tmpDir } from '../../test-support/git-fixture.js'

let dir: string
beforeAll(async () => {
  dir = await tmpDir('vro-process-')
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Runs `git version` with PATH set to `path` only for the call. */
async function withPath(path: string): Promise<unknown> {
  const saved = process.env.PATH
  process.env.PATH = path
  try {
    return await new GitProcesses(dir).run(['version']).catch((e: unknown) => e)
  } finally {
    process.env.PATH = saved
  }
}

describe('GitProcesses', () => {
  it('says git is not installed when no git is on PATH', async () => {
    const error = await withPath(join(dir, 'empty'))
    expect(error).toBeInstanceOf(GitError)
    expect((error as GitError).message).toMatch(
      /^Could not run git: git is not installed or not on PATH \(spawn git ENOENT\)$/
    )
  })

  it('names the system error when a git on PATH cannot be run', async () => {
    const bin = join(dir, 'bin')
    await mkdir(bin, { recursive: true })
    await writeFile(join(bin, 'git'), '#!/bin/sh\n')
    await chmod(join(bin, 'git'), 0o644)
    const error = await withPath(bin)
    expect(error).toBeInstanceOf(GitError)
    expect((error as GitError).message).toBe('Could not run git (spawn git EACCES)')
  })

  it('a failure with nothing on stderr names the exit code or the signal', () => {
    const git = new GitProcesses(dir)
    const result = { stdout: Buffer.alloc(0), stderr: '', timedOut: false }
    expect(() => git.succeeded(['log'], { ...result, code: 3, signal: null })).toThrow(
      `git log failed in ${dir}: exit code 3`
    )
    expect(() => git.succeeded(['log'], { ...result, code: null, signal: 'SIGTERM' })).toThrow(
      `git log failed in ${dir}: killed by SIGTERM`
    )
    const ok = { ...result, code: 0, signal: null }
    expect(git.succeeded(['log'], ok)).toBe(ok)
  })

  it('killGroup ignores a process that never started or is gone', () => {
    expect(() => killGroup(undefined)).not.toThrow()
    // A pid far above any the kernel hands out: no such group.
    expect(() => killGroup(2 ** 22 + 1)).not.toThrow()
  })
})
