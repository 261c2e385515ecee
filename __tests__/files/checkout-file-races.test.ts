/**
 * readCheckoutFile (src/files/checkout-file.ts) when the file changes while it is read: what a
 * hostile workflow step running beside the action could do between the checks and the read.
 * The real `node:fs` is used, with a hook that runs one change at the chosen step, so each race
 * happens every time.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import * as realFs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

type Step = 'stat' | 'open' | 'fstat' | 'read'
/** What to do just before a step, once. */
const before = new Map<Step, () => Promise<void>>()
const run = async (step: Step): Promise<void> => {
  const hook = before.get(step)
  before.delete(step)
  await hook?.()
}

const promises = {
  ...realFs.promises,
  stat: async (...a: Parameters<typeof realFs.promises.stat>) => {
    await run('stat')
    return realFs.promises.stat(...a)
  },
  open: async (...a: Parameters<typeof realFs.promises.open>) => {
    await run('open')
    const handle = await realFs.promises.open(...a)
    return new Proxy(handle, {
      get(target, prop) {
        if (prop === 'stat')
          return async () => {
            await run('fstat')
            return target.stat()
          }
        if (prop === 'read')
          return async (buffer: Buffer, offset: number, length: number, position: number) => {
            await run('read')
            return target.read(buffer, offset, length, position)
          }
        const v = Reflect.get(target, prop) as unknown
        return typeof v === 'function' ? (v as (...x: unknown[]) => unknown).bind(target) : v
      }
    })
  }
}
jest.unstable_mockModule('node:fs', () => ({
  ...realFs,
  default: { ...realFs, promises },
  promises
}))

const { readCheckoutFile } = await import('../../src/files/checkout-file.js')
const { FileError } = await import('../../src/files/repo-files.js')

let root: string
beforeAll(async () => {
  root = await realFs.promises.realpath(
    await realFs.promises.mkdtemp(path.join(os.tmpdir(), 'vro-checkout-races-'))
  )
})
afterAll(async () => {
  await realFs.promises.rm(root, { recursive: true, force: true })
})

const failure = (p: Promise<unknown>): Promise<Error | undefined> =>
  p.then(
    () => undefined,
    (e: Error) => e
  )

describe('readCheckoutFile, with the file changed while it is read', () => {
  it('a file removed after its real path was taken reads as missing', async () => {
    await realFs.promises.writeFile(path.join(root, 'gone-at-stat'), 'v1\n')
    before.set('stat', () => realFs.promises.rm(path.join(root, 'gone-at-stat')))
    expect(await readCheckoutFile(root, 'gone-at-stat', { what: 'File' })).toBeUndefined()
  })

  it('a file removed between the checks and the open reads as missing', async () => {
    await realFs.promises.writeFile(path.join(root, 'gone-at-open'), 'v1\n')
    before.set('open', () => realFs.promises.rm(path.join(root, 'gone-at-open')))
    expect(await readCheckoutFile(root, 'gone-at-open', { what: 'File' })).toBeUndefined()
  })

  it('a symbolic link swapped in before the open is refused, not followed', async () => {
    const file = path.join(root, 'swapped')
    await realFs.promises.writeFile(file, 'v1\n')
    await realFs.promises.writeFile(path.join(root, 'other'), 'SECRET\n')
    before.set('open', async () => {
      await realFs.promises.rm(file)
      await realFs.promises.symlink('other', file)
    })
    const error = await failure(readCheckoutFile(root, 'swapped', { what: 'File' }))
    expect(error).toBeInstanceOf(FileError)
    expect(error?.message).toMatch(/^File "swapped" cannot be opened: ELOOP/)
  })

  it('a folder swapped in after the open is refused on the descriptor', async () => {
    const file = path.join(root, 'became-dir')
    await realFs.promises.writeFile(file, 'v1\n')
    before.set('open', async () => {
      await realFs.promises.rm(file)
      await realFs.promises.mkdir(file)
    })
    const error = await failure(readCheckoutFile(root, 'became-dir', { what: 'File' }))
    expect(error?.message).toBe(
      'File "became-dir" is not a regular file but a folder; point the input at a file'
    )
  })

  it('a file at the cap that grows after the size check is refused, reading one byte more at most', async () => {
    const file = path.join(root, 'grows')
    await realFs.promises.writeFile(file, 'x'.repeat(10))
    before.set('read', () => realFs.promises.appendFile(file, 'y'.repeat(1000)))
    const error = await failure(readCheckoutFile(root, 'grows', { what: 'f', maxBytes: 10 }))
    expect(error?.message).toBe(
      'f "grows" is larger than 10 bytes, the most this file may hold; check that it is the right file'
    )
  })

  it('a file under the cap that grows after the size check: at most its checked size plus one byte is read', async () => {
    const file = path.join(root, 'grows-under')
    await realFs.promises.writeFile(file, 'abc')
    before.set('read', () => realFs.promises.appendFile(file, 'd'.repeat(1000)))
    // The memory bound holds (what was checked, plus the one byte that shows growth); the text
    // is the file's start, as the concurrent writer left it.
    expect(await readCheckoutFile(root, 'grows-under', { what: 'f', maxBytes: 2000 })).toBe('abcd')
  })

  it('a file that shrinks after the size check is read as it is now', async () => {
    const file = path.join(root, 'shrinks')
    await realFs.promises.writeFile(file, 'v1.2.3\n')
    before.set('read', () => realFs.promises.truncate(file, 2))
    expect(await readCheckoutFile(root, 'shrinks', { what: 'f' })).toBe('v1')
  })

  it('a failing read is a FileError that names the file', async () => {
    await realFs.promises.writeFile(path.join(root, 'eio'), 'v1\n')
    before.set('read', () =>
      Promise.reject(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }))
    )
    const error = await failure(readCheckoutFile(root, 'eio', { what: 'versions-file' }))
    expect(error).toBeInstanceOf(FileError)
    expect(error?.message).toBe('versions-file "eio" cannot be read: EIO: i/o error, read')
  })
})
