/** Reading and writing the repository's files safely: inside the repo, no symlinks, atomic writes. */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { escapeForMessage } from './version.js'

export class FileError extends Error {
  override name = 'FileError'
}

/**
 * Resolves a repository-relative path given by a user (an input or a flag). Refuses absolute
 * paths, `..` escapes and control characters, so an input cannot reach outside the repository.
 */
export function repoPath(root: string, rel: string, what: string): { abs: string; rel: string } {
  if (rel === '' || /[\0-\x1f\x7f]/.test(rel)) {
    throw new FileError(`${what} ${escapeForMessage(rel)} is not a valid path`)
  }
  if (path.isAbsolute(rel) || /^[A-Za-z]:/.test(rel)) {
    throw new FileError(
      `${what} ${escapeForMessage(rel)} must be a path relative to the repository root`
    )
  }
  const normal = path.posix.normalize(rel.replace(/\\/g, '/')).replace(/^\.\//, '')
  if (normal === '..' || normal.startsWith('../') || normal === '.' || normal.endsWith('/')) {
    throw new FileError(
      `${what} ${escapeForMessage(rel)} points outside the repository or at a folder`
    )
  }
  return { abs: path.join(root, normal), rel: normal }
}

/** Reads a text file; undefined when it does not exist. Refuses symlinks, folders and binaries. */
export async function readText(abs: string, what: string): Promise<string | undefined> {
  let stat
  try {
    stat = await fs.lstat(abs)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new FileError(`${what} ${abs}: ${(e as Error).message}`)
  }
  if (stat.isSymbolicLink())
    throw new FileError(`${what} ${abs} is a symbolic link; point the input at the real file`)
  if (!stat.isFile()) throw new FileError(`${what} ${abs} is not a regular file`)
  if (stat.size > 16 * 1024 * 1024)
    throw new FileError(`${what} ${abs} is ${stat.size} bytes; that is too large for this file`)
  const buf = await fs.readFile(abs)
  const text = buf.toString('utf8')
  if (!Buffer.from(text, 'utf8').equals(buf))
    throw new FileError(`${what} ${abs} is not valid UTF-8 text`)
  return text
}

/** Writes a file atomically: a temporary file in the same folder, then a rename. Keeps the mode. */
export async function writeAtomic(abs: string, text: string): Promise<void> {
  const dir = path.dirname(abs)
  const tmp = path.join(dir, `.${path.basename(abs)}.${process.pid}.${Date.now()}.tmp`)
  let mode = 0o644
  try {
    mode = (await fs.stat(abs)).mode & 0o777
  } catch {
    // a new file
  }
  try {
    await fs.writeFile(tmp, text, { mode, flag: 'wx' })
    await fs.rename(tmp, abs)
  } catch (e) {
    await fs.rm(tmp, { force: true })
    throw new FileError(`Could not write ${abs}: ${(e as Error).message}`)
  }
}
