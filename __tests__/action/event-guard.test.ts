import { afterAll, afterEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const dir = await mkdtemp(join(tmpdir(), 'vro-guard-'))
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

// Load the module with a malformed event file named and process.exit and stdout watched: the
// import itself must neither exit, nor fail the run, nor write a workflow command.
const badEvent = join(dir, 'at-import.json')
await writeFile(badEvent, '{"ref": ')
const savedEventPath = process.env.GITHUB_EVENT_PATH
process.env.GITHUB_EVENT_PATH = badEvent
const exitAtImport = jest.spyOn(process, 'exit').mockImplementation(() => undefined as never)
const writeAtImport = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
const exitCodeBefore = process.exitCode
const { checkEvent, eventProblem, guardEvent } = await import('../../src/action/event-guard.js')
const importEffects = {
  exits: exitAtImport.mock.calls.length,
  writes: writeAtImport.mock.calls.length,
  exitCode: process.exitCode
}
exitAtImport.mockRestore()
writeAtImport.mockRestore()
process.exitCode = exitCodeBefore
if (savedEventPath === undefined) delete process.env.GITHUB_EVENT_PATH
else process.env.GITHUB_EVENT_PATH = savedEventPath

afterEach(() => {
  process.exitCode = exitCodeBefore
})

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, text)
  return path
}

describe('eventProblem', () => {
  it('accepts a JSON object, no event file, and a missing file (the toolkit then reads {})', async () => {
    expect(eventProblem(await file('ok.json', '{"ref":"refs/heads/main"}'))).toBeUndefined()
    expect(eventProblem(undefined)).toBeUndefined()
    expect(eventProblem(join(dir, 'missing.json'))).toBeUndefined()
  })

  it('names the file when it is not JSON', async () => {
    const path = await file('bad.json', '{"ref": ')
    expect(eventProblem(path)).toMatch(
      new RegExp(`^The event payload ${path} could not be read as JSON: `)
    )
  })

  it.each([['null'], ['[]'], ['"x"'], ['3']])(
    'refuses %s, which is not an object',
    async (text) => {
      const path = await file(`v${text.length}.json`, text)
      expect(eventProblem(path)).toBe(`The event payload ${path} is not a JSON object`)
    }
  )
})

describe('the guard', () => {
  it('does nothing when the module is imported, even with a malformed event file', () => {
    expect(importEffects).toEqual({ exits: 0, writes: 0, exitCode: exitCodeBefore })
  })

  it('guardEvent fails the run and exits with 1 on a malformed event file', async () => {
    const path = await file('guard-bad.json', '[]')
    const exit = jest.spyOn(process, 'exit').mockImplementation(() => undefined as never)
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      guardEvent(path)
      expect(exit).toHaveBeenCalledWith(1)
      expect(String(write.mock.calls[0]?.[0])).toContain('::error::')
      expect(String(write.mock.calls[0]?.[0])).toContain('is not a JSON object')
    } finally {
      exit.mockRestore()
      write.mockRestore()
    }
  })

  it('guardEvent and checkEvent let a readable event file through', async () => {
    const path = await file('guard-ok.json', '{}')
    const exit = jest.spyOn(process, 'exit').mockImplementation(() => undefined as never)
    try {
      guardEvent(path)
      expect(checkEvent(path)).toBe(true)
      expect(exit).not.toHaveBeenCalled()
    } finally {
      exit.mockRestore()
    }
  })
})
