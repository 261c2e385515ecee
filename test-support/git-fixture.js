// Git helpers for tests, the demo and the bench: real repositories, argument arrays only, and a
// deterministic identity and clock so no git config is needed on the machine.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { runGit } from './emulator/exec.js'

/** Default clock for fixture commits and tags (override with env or { date }). */
export const FIXTURE_DATE = '2024-01-01T00:00:00Z'

/**
 * Run git; resolve stdout as a string, reject with git's stderr in the message.
 * @param {string} cwd
 * @param {string[]} args
 * @param {{ input?: string | Buffer, env?: Record<string, string> }} [options]
 */
export async function git(cwd, args, { input, env } = {}) {
  const out = await runGit(cwd, args, {
    input,
    env: { GIT_AUTHOR_DATE: FIXTURE_DATE, GIT_COMMITTER_DATE: FIXTURE_DATE, ...env }
  })
  return out.toString('utf8')
}

/** git init -b branch (the directory is created if needed). */
export async function initRepo(dir, { branch = 'main' } = {}) {
  await mkdir(dir, { recursive: true })
  await git(dir, ['init', '--quiet', '-b', branch])
}

/**
 * Write files relative to dir: { 'a/b.txt': 'text' | Buffer, 'old.txt': null (delete) }.
 * @param {string} dir
 * @param {Record<string, string | Buffer | null>} files
 */
export async function writeFiles(dir, files) {
  const root = resolve(dir)
  for (const [path, content] of Object.entries(files)) {
    const target = resolve(root, path)
    if (target !== root && !target.startsWith(root + '/')) {
      throw new Error(`writeFiles: ${path} is outside ${dir}`)
    }
    if (content === null) {
      await rm(target, { force: true, recursive: true })
    } else {
      await mkdir(dirname(target), { recursive: true })
      await writeFile(target, content)
    }
  }
}

/**
 * git add -A && git commit; returns the new commit sha.
 * @param {{ date?: string, allowEmpty?: boolean, env?: Record<string, string> }} [options]
 */
export async function commitAll(dir, message, { date, allowEmpty = false, env } = {}) {
  const dates = date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}
  await git(dir, ['add', '-A'])
  const args = ['-c', 'commit.gpgsign=false', 'commit', '--quiet', '--no-verify', '-F', '-']
  if (allowEmpty) args.push('--allow-empty')
  await git(dir, args, { input: message, env: { ...dates, ...env } })
  return (await git(dir, ['rev-parse', 'HEAD'])).trim()
}

/** Tag HEAD (lightweight, or annotated with message = name); returns the tagged commit sha. */
export async function tag(dir, name, { annotated = false, message, ref = 'HEAD' } = {}) {
  if (annotated) {
    const args = ['-c', 'tag.gpgsign=false', 'tag', '-a', '-m', message ?? name]
    await git(dir, [...args, '--end-of-options', name, ref])
  } else {
    await git(dir, ['tag', '--end-of-options', name, ref])
  }
  return (await git(dir, ['rev-parse', `${name}^{commit}`])).trim()
}

/**
 * Create bareDir as a bare repository holding every branch and tag of workDir; its HEAD names the
 * branch checked out in workDir (the default branch). A local `clone --bare` (objects hard-linked,
 * one git process) rather than init and two pushes: the corpus makes one for each of its cases.
 */
export async function initBareFrom(workDir, bareDir) {
  await git(workDir, ['symbolic-ref', '--quiet', 'HEAD']) // a branch is checked out
  await mkdir(dirname(resolve(bareDir)), { recursive: true })
  await git(dirname(resolve(bareDir)), [
    'clone',
    '--quiet',
    '--bare',
    '--',
    resolve(workDir),
    resolve(bareDir)
  ])
}

/**
 * Like actions/checkout: a depth-1 clone of one branch (or tag), no tags; returns HEAD's sha.
 */
export async function cloneDepth1(bareDir, dest, branch) {
  const url = pathToFileURL(resolve(bareDir)).href
  await mkdir(dirname(resolve(dest)), { recursive: true })
  await git(dirname(resolve(dest)), [
    'clone',
    '--quiet',
    '--depth=1',
    '--no-tags',
    '--branch',
    branch,
    url,
    resolve(dest)
  ])
  return (await git(dest, ['rev-parse', 'HEAD'])).trim()
}

/** A fresh directory under the OS temp dir. */
export async function tmpDir(prefix = 'vro-') {
  return mkdtemp(join(tmpdir(), prefix))
}
