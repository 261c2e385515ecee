// Runs git with an argument array (never a shell string) and an isolated, deterministic
// environment: no system or global git config is read, and no identity has to be configured
// on the machine (CI runs as root on a fresh box).
import { execFile } from 'node:child_process'
import { devNull } from 'node:os'
import process from 'node:process'

const MAX_BUFFER = 512 * 1024 * 1024

/** Identity and config isolation applied to every git process we start. */
export const BASE_GIT_ENV = Object.freeze({
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: devNull,
  GIT_TERMINAL_PROMPT: '0',
  GIT_LITERAL_PATHSPECS: '1',
  GIT_AUTHOR_NAME: 'Fixture Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Fixture Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
  LC_ALL: 'C'
})

export class GitError extends Error {
  constructor(args, code, stderr) {
    super(`git ${args.join(' ')} failed (exit ${code}): ${stderr.trim()}`)
    this.name = 'GitError'
    this.code = code
    this.stderr = stderr
  }
}

/**
 * Run git and resolve its stdout as a Buffer.
 * @param {string} cwd
 * @param {string[]} args
 * @param {{ input?: string | Buffer, env?: Record<string, string | undefined> }} [options]
 * @returns {Promise<Buffer>}
 */
export function runGit(cwd, args, { input, env } = {}) {
  if (!Array.isArray(args)) throw new TypeError('git arguments must be an array')
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      {
        cwd,
        env: { ...process.env, ...BASE_GIT_ENV, ...env },
        encoding: 'buffer',
        maxBuffer: MAX_BUFFER,
        windowsHide: true
      },
      (error, stdout, stderr) => {
        if (error) {
          const code = typeof error.code === 'number' ? error.code : -1
          reject(new GitError(args, code, stderr ? stderr.toString('utf8') : String(error.message)))
        } else {
          resolve(stdout)
        }
      }
    )
    child.stdin.on('error', () => {}) // the process may exit before reading all of its input
    child.stdin.end(input ?? '')
  })
}
