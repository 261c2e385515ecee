/**
 * The one way the action and the CLI read a file of the checkout (the configuration file,
 * image_vars.src, the versions file, versions.txt). Whoever can open a pull request controls
 * every one of those files, symbolic links included, so a read:
 *
 * - resolves the path given (relative, no `..`, not in `.git`: {@link repoPath});
 * - follows a symbolic link only when its real path (`fs.realpath`) stays inside the real path
 *   of the repository root, and never into `.git` (where actions/checkout keeps the token);
 *   with `symlinks: 'refuse'`, refuses any symbolic link (the versions file, which is written);
 * - opens only a regular file (no FIFO, device, socket or folder), checked before the open and
 *   again with fstat on the opened descriptor (opened non-blocking, without following a link);
 * - reads at most {@link CHECKOUT_FILE_MAX_BYTES} (or `maxBytes`): the size is checked on the
 *   descriptor, then at most that many bytes plus one are read, so a file that grows while it is
 *   read (or `/dev/zero` swapped in) cannot fill the memory;
 * - returns UTF-8 text, or undefined when the file does not exist.
 *
 * Failures are {@link FileError}s that name the file and say what to fix.
 */
import { constants, promises as fs, realpathSync } from 'node:fs'
import path from 'node:path'
import { escapeForMessage } from '../util/escape.js'
import { FileError, repoPath } from './repo-files.js'

/**
 * The most a file of the checkout may hold: 16 MiB. image_vars.src, the versions file and
 * versions.txt are a few kilobytes; the bound only keeps a hostile file from filling the memory
 * (the versions file must also come back through the API, which stops near 8.5 MB).
 */
export const CHECKOUT_FILE_MAX_BYTES = 16 * 1024 * 1024

export interface CheckoutFileOptions {
  /** How messages name the file's setting: `versions-file`, `Configuration file`, `versions.txt`. */
  readonly what: string
  /** The size cap in bytes; default {@link CHECKOUT_FILE_MAX_BYTES}. */
  readonly maxBytes?: number
  /**
   * `inside` (default): a symbolic link is followed when it stays inside the repository.
   * `refuse`: any symbolic link is refused (a file the run writes back, as the versions file).
   */
  readonly symlinks?: 'inside' | 'refuse'
}

/** True when `real` is `root` or below it (both real paths). */
function within(realRoot: string, real: string): boolean {
  return (
    real === realRoot ||
    real.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep)
  )
}

const notFound = (e: unknown): boolean => (e as NodeJS.ErrnoException).code === 'ENOENT'

/**
 * Reads the file `rel` of the repository at `root`, as described above; undefined when it does
 * not exist (a dangling symbolic link included).
 */
export async function readCheckoutFile(
  root: string,
  rel: string,
  options: CheckoutFileOptions
): Promise<string | undefined> {
  const { what } = options
  const maxBytes = options.maxBytes ?? CHECKOUT_FILE_MAX_BYTES
  const file = repoPath(path.resolve(root), rel, what)
  const name = escapeForMessage(file.rel)
  const fail = (why: string): never => {
    throw new FileError(`${what} ${name} ${why}`)
  }
  let realRoot: string
  try {
    realRoot = await fs.realpath(root)
  } catch (e) {
    if (notFound(e)) return undefined
    throw new FileError(`${what} ${name}: ${(e as Error).message}`)
  }
  let real: string
  try {
    const link = await fs.lstat(file.abs)
    if (link.isSymbolicLink() && options.symlinks === 'refuse') {
      fail('is a symbolic link; point the input at the real file')
    }
    real = await fs.realpath(file.abs)
  } catch (e) {
    if (e instanceof FileError) throw e
    if (notFound(e)) return undefined
    throw new FileError(`${what} ${name}: ${(e as Error).message}`)
  }
  if (!within(realRoot, real)) {
    fail(
      'leads outside the repository through a symbolic link; commit the file itself, or a link to a file inside the repository'
    )
  }
  const inRoot = path.relative(realRoot, real).split(path.sep)
  if (inRoot.some((part) => part.toLowerCase() === '.git')) {
    fail('leads into .git through a symbolic link; commit the file itself')
  }
  const kind = (s: { isFile(): boolean; isDirectory(): boolean }): void => {
    if (s.isDirectory()) fail('is not a regular file but a folder; point the input at a file')
    if (!s.isFile())
      fail('is not a regular file (a FIFO, a device or a socket); commit a text file')
  }
  const tooLarge = (): never =>
    fail(
      `is larger than ${maxBytes} bytes, the most this file may hold; check that it is the right file`
    )
  try {
    // Checked before the open too: opening a device can have effects of its own.
    kind(await fs.stat(real))
  } catch (e) {
    if (e instanceof FileError) throw e
    if (notFound(e)) return undefined
    throw new FileError(`${what} ${name}: ${(e as Error).message}`)
  }
  let handle: fs.FileHandle
  try {
    // Non-blocking: a FIFO put in its place meanwhile does not wait for a writer; no link
    // followed: the real path has none left, so one appearing meanwhile is refused (ELOOP).
    handle = await fs.open(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW)
  } catch (e) {
    if (notFound(e)) return undefined
    throw new FileError(`${what} ${name} cannot be opened: ${(e as Error).message}`)
  }
  let buf: Buffer
  try {
    const stat = await handle.stat()
    kind(stat)
    if (stat.size > maxBytes) tooLarge()
    // At most maxBytes + 1: one more byte than allowed proves the file grew past the cap.
    buf = Buffer.alloc(Math.min(stat.size, maxBytes) + 1)
    let length = 0
    while (length < buf.length) {
      const { bytesRead } = await handle.read(buf, length, buf.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > maxBytes) tooLarge()
    buf = buf.subarray(0, length)
  } catch (e) {
    if (e instanceof FileError) throw e
    throw new FileError(`${what} ${name} cannot be read: ${(e as Error).message}`)
  } finally {
    await handle.close()
  }
  const text = buf.toString('utf8')
  if (!Buffer.from(text, 'utf8').equals(buf)) fail('is not valid UTF-8 text')
  return text
}

/**
 * True when the real path of the folder `dir` is not inside the real path of `root`: how
 * `working-directory` and the CLI's `--dir` are checked against GITHUB_WORKSPACE, so that a
 * committed symbolic link on the way cannot lead the run elsewhere. A folder that does not exist
 * is not refused here: reading its files then says what is missing.
 */
export function realPathOutside(dir: string, root: string): boolean {
  try {
    return !within(realpathSync(root), realpathSync(dir))
  } catch {
    return false
  }
}
