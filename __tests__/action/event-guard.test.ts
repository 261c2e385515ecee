import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// The module checks GITHUB_EVENT_PATH when it is loaded: load it with none set.
delete process.env.GITHUB_EVENT_PATH
const { eventProblem } = await import('../../src/action/event-guard.js')

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vro-guard-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
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
