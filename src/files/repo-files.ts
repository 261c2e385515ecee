/**
 * The repository's paths checked, and its files written atomically. Files are read by
 * checkout-file.ts only.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, promises as fs, realpathSync } from 'node:fs'
import path from 'node:path'
import { escapeForMessage, hasControl } from '../util/escape.js'
import { KnownError } from '../util/errors.js'

export class FileError extends KnownError {
  override name = 'FileError'
  get id(): string {
    return 'repo-path'
  }
}

/**
 * The checks of {@link repoPath} that need no folder: a relative path, no `..` escape, not into
 * `.git`, no control characters. Returns the path normalized. Settings are checked with it as
 * soon as they are read, before any file is.
 */
export function checkRelPath(rel: string, what: string): string {
  if (rel === '' || hasControl(rel)) {
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
  if (normal.split('/').some((part) => part.toLowerCase() === '.git')) {
    throw new FileError(
      `${what} ${escapeForMessage(rel)} is inside .git; point it at a file of the repository`
    )
  }
  return normal
}

/**
 * Resolves a repository-relative path given by a user (an input or a flag). Refuses absolute
 * paths, `..` escapes, paths into `.git`, folders that are symlinks leading out of the repository
 * and control characters, so an input cannot reach outside the repository.
 */
export function repoPath(root: string, rel: string, what: string): { abs: string; rel: string } {
  const normal = checkRelPath(rel, what)
  const abs = path.join(root, normal)
  // A symlinked folder on the way could still lead outside the repository.
  let dir = path.dirname(abs)
  while (dir !== root && dir !== path.dirname(dir) && !existsSync(dir)) dir = path.dirname(dir)
  if (existsSync(root) && existsSync(dir)) {
    const realRoot = realpathSync(root)
    const realDir = realpathSync(dir)
    if (realDir !== realRoot && !realDir.startsWith(realRoot + path.sep)) {
      throw new FileError(
        `${what} ${escapeForMessage(rel)} leads outside the repository through a symbolic link`
      )
    }
  }
  return { abs, rel: normal }
}

/**
 * Writes a file atomically: a temporary file in the same folder, flushed to disk, then a rename.
 * Keeps the mode of the file it replaces (whatever the umask).
 */
export async function writeAtomic(abs: string, text: string): Promise<void> {
  const dir = path.dirname(abs)
  const unique = `${process.pid}.${Date.now()}.${randomBytes(4).toString('hex')}`
  const tmp = path.join(dir, `.${path.basename(abs)}.${unique}.tmp`)
  let mode = 0o644
  try {
    mode = (await fs.stat(abs)).mode & 0o777
  } catch {
    // a new file
  }
  try {
    const handle = await fs.open(tmp, 'wx', mode)
    try {
      await handle.writeFile(text)
      await handle.chmod(mode)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(tmp, abs)
  } catch (e) {
    await fs.rm(tmp, { force: true })
    throw new FileError(`Could not write ${abs}: ${(e as Error).message}`)
  }
}
