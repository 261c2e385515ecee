/**
 * The two entry points in process, with what they call mocked: src/index.ts answers a run the
 * event alone decides without loading run() (or the event guard), and otherwise guards the event
 * before it runs; src/cli.ts turns runCli's answer into the exit code, and a crash into one line
 * on stderr and exit code 1. The bundles themselves run in the e2e suites.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'

const calls: string[] = []

beforeEach(() => {
  calls.length = 0
  jest.resetModules()
})

async function action(skip: boolean): Promise<void> {
  jest.unstable_mockModule('../src/action/early-skip.js', () => ({
    skipEarly: () => {
      calls.push('skipEarly')
      return skip
    }
  }))
  jest.unstable_mockModule('../src/action/event-guard.js', () => ({
    guardEvent: () => void calls.push('guardEvent')
  }))
  jest.unstable_mockModule('../src/action/run.js', () => ({
    run: async () => void calls.push('run')
  }))
  await import('../src/index.js')
}

describe('src/index.ts', () => {
  it('a run the event alone decides loads neither the guard nor run()', async () => {
    await action(true)
    expect(calls).toEqual(['skipEarly'])
  })

  it('otherwise guards the event, then runs', async () => {
    await action(false)
    expect(calls).toEqual(['skipEarly', 'guardEvent', 'run'])
  })
})

describe('src/cli.ts', () => {
  let stdout: string
  let stderr: string
  const exitCode = process.exitCode
  const argv = process.argv
  const tty = { isTTY: process.stdout.isTTY, columns: process.stdout.columns }
  beforeEach(() => {
    stdout = ''
    stderr = ''
    jest.spyOn(process.stdout, 'write').mockImplementation((text) => {
      stdout += String(text)
      return true
    })
    jest.spyOn(process.stderr, 'write').mockImplementation((text) => {
      stderr += String(text)
      return true
    })
  })
  afterEach(() => {
    jest.restoreAllMocks()
    process.exitCode = exitCode
    process.argv = argv
    Object.assign(process.stdout, tty)
  })

  interface Io {
    stdout: (text: string) => void
    stderr: (text: string) => void
    columns: number | undefined
    cwd: string
    env: NodeJS.ProcessEnv
  }

  /** Runs src/cli.ts with runCli answering `answer(io)`; returns the arguments and io it got. */
  async function cli(answer: (io: Io) => Promise<number>): Promise<[string[], Io]> {
    let got: [string[], Io] | undefined
    jest.unstable_mockModule('../src/cli/commands.js', () => ({
      runCli: (args: string[], io: Io) => {
        got = [args, io]
        return answer(io)
      }
    }))
    process.argv = ['node', 'vro-image-version', 'plan', '--json']
    await import('../src/cli.js')
    // The answer settles on a later turn of the event loop.
    await new Promise((r) => setImmediate(r))
    if (!got) throw new Error('runCli was not called')
    return got
  }

  it('passes the arguments after the script, the process’s streams, and exits with the code', async () => {
    Object.assign(process.stdout, { isTTY: false })
    const [args, io] = await cli(async (io) => {
      io.stdout('{"plan":1}\n')
      io.stderr('a warning\n')
      return 2
    })
    expect(args).toEqual(['plan', '--json'])
    expect(io).toMatchObject({ columns: undefined, cwd: process.cwd(), env: process.env })
    expect([stdout, stderr]).toEqual(['{"plan":1}\n', 'a warning\n'])
    expect(process.exitCode).toBe(2)
  })

  it('on a terminal, the output is fitted to its width', async () => {
    Object.assign(process.stdout, { isTTY: true, columns: 67 })
    const [, io] = await cli(async () => 0)
    expect(io.columns).toBe(67)
    expect(process.exitCode).toBe(0)
  })

  it('a crash is one line on stderr with the stack, and exit code 1', async () => {
    await cli(async () => {
      throw new Error('boom')
    })
    expect(process.exitCode).toBe(1)
    expect(stderr).toMatch(/^vro-image-version: internal error: Error: boom\n {4}at /)
  })

  it.each([
    ['a string', 'boom'],
    ['nothing', undefined]
  ])('a crash with %s instead of an Error is shown as text', async (_what, thrown) => {
    await cli(() => Promise.reject(thrown))
    expect(process.exitCode).toBe(1)
    expect(stderr).toBe(`vro-image-version: internal error: ${String(thrown)}\n`)
  })
})
