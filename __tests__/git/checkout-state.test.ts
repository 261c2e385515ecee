/**
 * Leaving the checkout as it was found (src/git/checkout-state.ts): the private refs go, and
 * .git/config and .git/shallow are put back byte for byte, created, rewritten or deleted.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { restoreCheckout, snapshotCheckout } from '../../src/git/checkout-state.js'
import { PRIVATE_REFS } from '../../src/util/refs.js'
import {
  cloneDepth1,
  commitAll,
  git,
  initBareFrom,
  initRepo,
  tmpDir,
  writeFiles
} from '../../test-support/git-fixture.js'

let dir: string
let bare: string
let n = 0

beforeAll(async () => {
  dir = await tmpDir('vro-checkout-state-')
  const work = path.join(dir, 'work')
  await initRepo(work)
  await writeFiles(work, { 'a.txt': 'one\n' })
  await commitAll(work, 'first')
  await writeFiles(work, { 'a.txt': 'two\n' })
  await commitAll(work, 'second')
  bare = path.join(dir, 'bare.git')
  await initBareFrom(work, bare)
})
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

/** A fresh shallow clone, as actions/checkout makes it. */
async function checkout(): Promise<string> {
  const ws = path.join(dir, `ws-${n++}`)
  await cloneDepth1(bare, ws, 'main')
  return ws
}

const refs = async (ws: string): Promise<string> => git(ws, ['for-each-ref', '--format=%(refname)'])
const read = (ws: string, name: string): Promise<Buffer> => fs.readFile(path.join(ws, '.git', name))

describe('snapshotCheckout', () => {
  it('outside a git repository: nothing to snapshot, and restoring it does nothing', async () => {
    const plain = path.join(dir, 'plain')
    await fs.mkdir(plain)
    const snapshot = await snapshotCheckout(plain)
    expect(snapshot).toBeUndefined()
    await expect(restoreCheckout(snapshot)).resolves.toBeUndefined()
  })

  it('holds config and shallow from the common git folder (absent ones as undefined)', async () => {
    const ws = await checkout()
    await fs.rm(path.join(ws, '.git/shallow'))
    const snapshot = await snapshotCheckout(ws)
    const common = path.join(await fs.realpath(ws), '.git')
    expect(
      [...(snapshot?.files ?? [])].map(([f, b]) => [path.relative(common, f), b?.toString()])
    ).toEqual([
      ['config', (await read(ws, 'config')).toString()],
      ['shallow', undefined]
    ])
  })

  it('a file it cannot read fails the snapshot; it is not taken for absent', async () => {
    const ws = await checkout()
    await fs.rm(path.join(ws, '.git/shallow'))
    await fs.mkdir(path.join(ws, '.git/shallow'))
    await expect(snapshotCheckout(ws)).rejects.toMatchObject({ code: 'EISDIR' })
  })
})

describe('restoreCheckout', () => {
  it('deletes the private refs, keeps the others, and writes back a changed config and shallow', async () => {
    const ws = await checkout()
    const head = (await git(ws, ['rev-parse', 'HEAD'])).trim()
    const before = {
      refs: await refs(ws),
      config: await read(ws, 'config'),
      shallow: await read(ws, 'shallow')
    }
    const snapshot = await snapshotCheckout(ws)
    // What change detection's fetches do: private refs, a partial clone's config, a deeper history.
    await git(ws, ['update-ref', `${PRIVATE_REFS}tags/v1.0.0`, head])
    await git(ws, ['update-ref', `${PRIVATE_REFS}heads/main`, head])
    await git(ws, ['config', 'remote.origin.promisor', 'true'])
    await git(ws, ['config', 'remote.origin.partialclonefilter', 'blob:none'])
    await fs.writeFile(path.join(ws, '.git/shallow'), `${'0'.repeat(40)}\n`)
    // Not ours: a tag someone made in the checkout stays.
    await git(ws, ['update-ref', 'refs/tags/local', head])
    await restoreCheckout(snapshot)
    expect(await refs(ws)).toBe(`${before.refs.trimEnd()}\nrefs/tags/local\n`)
    expect(await read(ws, 'config')).toEqual(before.config)
    expect(await read(ws, 'shallow')).toEqual(before.shallow)
  })

  it('a shallow file the fetch deleted (unshallowed) is written back', async () => {
    const ws = await checkout()
    const shallow = await read(ws, 'shallow')
    const snapshot = await snapshotCheckout(ws)
    await git(ws, ['fetch', '--quiet', '--unshallow', 'origin'])
    await expect(read(ws, 'shallow')).rejects.toMatchObject({ code: 'ENOENT' })
    await restoreCheckout(snapshot)
    expect(await read(ws, 'shallow')).toEqual(shallow)
  })

  it('a shallow file the fetch created in a full clone is deleted', async () => {
    const ws = path.join(dir, `ws-${n++}`)
    await git(dir, ['clone', '--quiet', `file://${bare}`, ws])
    const snapshot = await snapshotCheckout(ws)
    await git(ws, ['fetch', '--quiet', '--depth=1', 'origin', 'main'])
    expect((await read(ws, 'shallow')).length).toBeGreaterThan(0)
    await restoreCheckout(snapshot)
    await expect(read(ws, 'shallow')).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('nothing changed: nothing is written and no ref is touched', async () => {
    const ws = path.join(dir, `ws-${n++}`)
    await git(dir, ['clone', '--quiet', `file://${bare}`, ws])
    const config = path.join(ws, '.git/config')
    const stat = await fs.stat(config)
    const before = await refs(ws)
    const snapshot = await snapshotCheckout(ws)
    await restoreCheckout(snapshot)
    expect((await fs.stat(config)).mtimeMs).toBe(stat.mtimeMs)
    await expect(read(ws, 'shallow')).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await refs(ws)).toBe(before)
  })
})
