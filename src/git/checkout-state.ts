/**
 * Leaving the checkout as it was found. Change detection fetches what a shallow checkout lacks:
 * tags and commits go to a private namespace (never refs/tags/, so no new tag appears), and a
 * fetch at depth 1 or with `--filter=blob:none` rewrites `.git/shallow` and `.git/config`
 * (`remote.<r>.promisor`, `partialclonefilter`, the format version). A snapshot of those two
 * files is taken before anything is fetched; `restore` deletes the private refs and writes the
 * files back byte for byte. The fetched objects stay, unreachable, for git gc to prune.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { Git } from './git.js'
import { PRIVATE_REFS } from '../util/refs.js'

/** The files a fetch may change, as they were (undefined: absent). */
export interface CheckoutSnapshot {
  readonly cwd: string
  readonly files: ReadonlyMap<string, Buffer | undefined>
}

async function readOrUndefined(file: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(file)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw e
  }
}

/** Takes the snapshot; undefined when `cwd` is not in a git repository (nothing to restore). */
export async function snapshotCheckout(cwd: string): Promise<CheckoutSnapshot | undefined> {
  const result = await new Git(cwd).run(['rev-parse', '--git-common-dir'])
  if (result.code !== 0) return undefined
  const common = path.resolve(cwd, result.stdout.toString('utf8').trim())
  const files = new Map<string, Buffer | undefined>()
  for (const name of ['config', 'shallow']) {
    const file = path.join(common, name)
    files.set(file, await readOrUndefined(file))
  }
  return { cwd, files }
}

/** Deletes the private refs and puts `.git/config` and `.git/shallow` back as they were. */
export async function restoreCheckout(snapshot: CheckoutSnapshot | undefined): Promise<void> {
  if (!snapshot) return
  const git = new Git(snapshot.cwd)
  const refs = (await git.output(['for-each-ref', '--format=%(refname)', PRIVATE_REFS]))
    .toString('utf8')
    .split('\n')
    .filter((r) => r !== '')
  if (refs.length > 0) {
    await git.output(['update-ref', '--stdin'], refs.map((r) => `delete ${r}\n`).join(''))
  }
  for (const [file, before] of snapshot.files) {
    const now = await readOrUndefined(file)
    if (before === undefined) {
      if (now !== undefined) await fs.rm(file, { force: true })
    } else if (now === undefined || !now.equals(before)) {
      await fs.writeFile(file, before)
    }
  }
}
