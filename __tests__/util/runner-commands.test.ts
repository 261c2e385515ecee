// The fast skip path's encodings (src/util/runner-commands.ts) against @actions/core's own: the
// same bytes on stdout and in GITHUB_OUTPUT for values that need escaping or could break out.
import { afterAll, describe, expect, it, jest } from '@jest/globals'
import crypto from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileCommandEntry, workflowCommand } from '../../src/util/runner-commands.js'

// @actions/core takes its delimiter from crypto.randomUUID (`import * as crypto from 'crypto'`):
// a fixed one makes its output comparable byte for byte, and lets a value hold it. Ours imports
// `node:crypto`, which this mock leaves alone.
const UUID = '0f0e0d0c-0b0a-4908-8706-050403020100'
jest.unstable_mockModule('crypto', () => ({ ...crypto, default: crypto, randomUUID: () => UUID }))
const core = await import('@actions/core')
const DELIMITER = `ghadelimiter_${UUID}`

const dir = await mkdtemp(join(tmpdir(), 'vro-runner-commands-'))
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const TRICKY = [
  'plain',
  '',
  'two\nlines',
  'crlf\r\nline',
  'lone\rreturn',
  '100% sure, %0A stays literal, %25 too',
  '::add-mask::not a command',
  'x::stop-commands::y',
  'a:b::c:::',
  'trailing newline\n',
  'ghadelimiter_not-ours',
  'ünïcödé ✓ and \t tab',
  '\u0000 and \u001b[31m'
]

/** What @actions/core writes on stdout while `fn` runs. */
function stdoutOf(fn: () => void): string {
  const chunks: string[] = []
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    chunks.push(String(chunk))
    return true
  })
  try {
    fn()
  } finally {
    write.mockRestore()
  }
  return chunks.join('')
}

/** What @actions/core's setOutput appends to GITHUB_OUTPUT. */
async function outputOf(name: string, value: string): Promise<string> {
  const file = join(dir, 'output')
  await writeFile(file, '')
  const saved = process.env.GITHUB_OUTPUT
  process.env.GITHUB_OUTPUT = file
  try {
    core.setOutput(name, value)
  } finally {
    if (saved === undefined) delete process.env.GITHUB_OUTPUT
    else process.env.GITHUB_OUTPUT = saved
  }
  return readFile(file, 'utf8')
}

describe('workflowCommand', () => {
  it.each(TRICKY)('writes add-mask as core.setSecret does: %j', (value) => {
    expect(workflowCommand('add-mask', value)).toBe(stdoutOf(() => core.setSecret(value)))
  })

  it.each(TRICKY)('writes a notice as core.notice does: %j', (value) => {
    expect(workflowCommand('notice', value)).toBe(stdoutOf(() => core.notice(value)))
  })
})

describe('fileCommandEntry', () => {
  it('uses the stubbed delimiter, as @actions/core does', async () => {
    expect(await outputOf('x', 'y')).toContain(`x<<${DELIMITER}`)
  })

  it.each(TRICKY)('writes an output as core.setOutput does: %j', async (value) => {
    expect(fileCommandEntry('out', value, () => DELIMITER)).toBe(await outputOf('out', value))
  })

  it('never lets a value or a name hold the delimiter: core refuses, ours draws another', async () => {
    const other = 'ghadelimiter_11111111-2222-4333-8444-555555555555'
    const draws = (): (() => string) => {
      const queue = [DELIMITER, other]
      return () => queue.shift() ?? 'exhausted'
    }
    for (const [name, value] of [
      ['out', `before\n${DELIMITER}\nafter`],
      [`out${DELIMITER}`, 'v']
    ] as const) {
      const theirs = await outputOf(name, value).then(
        () => 'no error',
        (e: Error) => e.message
      )
      expect(theirs).toMatch(/should not contain the delimiter/)
      expect(fileCommandEntry(name, value, draws())).toBe(`${name}<<${other}\n${value}\n${other}\n`)
    }
  })

  it('draws a fresh delimiter for each entry by default', () => {
    const a = fileCommandEntry('n', 'v')
    const b = fileCommandEntry('n', 'v')
    expect(a).toMatch(/^n<<ghadelimiter_[0-9a-f-]{36}\nv\nghadelimiter_[0-9a-f-]{36}\n$/)
    expect(a).not.toBe(b)
  })
})
