/**
 * The paths that differ between two commits or trees: two-dot `git diff`, no merge base, no
 * rename detection (a rename is a deletion plus an addition), limited to pathspecs when given.
 */
import { checkOid, type GitProcesses } from './process.js'

/**
 * The paths that differ between two commits or trees: two-dot, no merge base, no rename
 * detection, so a rename is a deletion plus an addition (one `git diff --name-only`).
 * With `pathspecs`, only the paths they match (git pathspecs with their magic, e.g.
 * `:(top,literal)app`); the caller keeps them within ARG_MAX.
 */
export async function diffNames(
  git: GitProcesses,
  from: string,
  to: string,
  pathspecs?: readonly string[]
): Promise<string[]> {
  return diff(git, '--name-only', from, to, pathspecs)
}

/**
 * Like `diffNames` (`--name-status`): the paths that differ, and those of them that were in
 * `from` already (modified, deleted or of another type; not added), so that a caller knows
 * that a folder holding one of them was in `from` without asking git again.
 */
export async function diffPaths(
  git: GitProcesses,
  from: string,
  to: string,
  pathspecs?: readonly string[]
): Promise<{ paths: string[]; before: string[] }> {
  return parseNameStatus(await diff(git, '--name-status', from, to, pathspecs))
}

/** One two-dot `git diff` without rename detection, limited to `pathspecs` when given. */
async function diff(
  git: GitProcesses,
  form: '--name-only' | '--name-status',
  from: string,
  to: string,
  pathspecs: readonly string[] | undefined
): Promise<string[]> {
  checkOid(from)
  checkOid(to)
  const limit = pathspecs === undefined ? [] : ['--', ...pathspecs]
  const args = ['diff', form, '--no-renames', '--no-relative', '-z', from, to, ...limit]
  return splitNul(await git.output(args))
}

/** Splits NUL-terminated git output (`-z`) into its entries; paths may hold any byte but NUL. */
export function splitNul(data: Buffer | string): string[] {
  const text = typeof data === 'string' ? data : data.toString('utf8')
  const parts = text.split('\0')
  if (parts[parts.length - 1] === '') parts.pop()
  return parts
}

/** Parses `git diff --name-status -z --no-renames` fields (status, path, status, path, ...). */
export function parseNameStatus(fields: readonly string[]): { paths: string[]; before: string[] } {
  const paths: string[] = []
  const before: string[] = []
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const path = fields[i + 1] as string
    paths.push(path)
    if (fields[i] !== 'A') before.push(path)
  }
  return { paths, before }
}
