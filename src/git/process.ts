/**
 * The process runner of src/git/, the only module that runs git. Every call spawns `git` with an
 * argument array (never a shell), in the C locale so that error messages can be recognised, and
 * is counted. A command with a time bound runs as the leader of its own process group, so that
 * the helpers it starts (git-remote-https) are killed with it.
 */
import { spawn } from 'node:child_process'
import { childEnv } from '../util/child-env.js'
import { OID } from '../util/refs.js'
import { KnownError } from '../util/errors.js'

export interface GitResult {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: Buffer
  readonly stderr: string
  /** Killed at its time bound (stderr then ends with a line saying so). */
  readonly timedOut?: boolean
}

export class GitError extends KnownError {
  override name = 'GitError'
  get id(): string {
    return 'git'
  }
  constructor(
    message: string,
    readonly args: readonly string[],
    readonly result?: GitResult
  ) {
    super(message)
  }
}

const STDERR_KEEP = 64 * 1024

/**
 * How long a git command that talks to the remote (`fetch`, `ls-remote`) may take: 5 minutes,
 * far beyond a depth-1 fetch of a few tags. On expiry the command's process group is killed.
 */
export const GIT_NETWORK_TIMEOUT_MS = 5 * 60_000

/** Runs git in one working tree and counts the processes and fetches it starts. */
export class GitProcesses {
  processes = 0
  fetches = 0

  constructor(
    readonly cwd: string,
    /** The bound of network commands (fetch, ls-remote). */
    readonly networkTimeoutMs = GIT_NETWORK_TIMEOUT_MS
  ) {}

  /**
   * Runs `git <args>`; resolves with the exit status, whatever it is. With `timeoutMs`, a command
   * still running then is killed with its process group (git runs helpers such as
   * git-remote-https) and resolves as killed, with stderr ending in a line that names the
   * command and the bound. With `onStdout`, stdout goes there chunk by chunk as git writes it
   * (so that it is parsed while git still runs) and the result's stdout is empty.
   */
  run(
    args: readonly string[],
    input?: string,
    timeoutMs?: number,
    onStdout?: (chunk: Buffer) => void
  ): Promise<GitResult> {
    this.processes++
    return new Promise((resolve, reject) => {
      const child = spawn('git', args, {
        cwd: this.cwd,
        shell: false,
        windowsHide: true,
        detached: timeoutMs !== undefined,
        stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        env: gitEnv()
      })
      const out: Buffer[] = []
      let err = ''
      child.stdout?.on('data', onStdout ?? ((chunk: Buffer) => out.push(chunk)))
      child.stderr?.on('data', (chunk: Buffer) => {
        err += chunk.toString('utf8')
        if (err.length > STDERR_KEEP) err = err.slice(-STDERR_KEEP)
      })
      child.on('error', (e: NodeJS.ErrnoException) => {
        const hint = e.code === 'ENOENT' ? ': git is not installed or not on PATH' : ''
        reject(new GitError(`Could not run git${hint} (${e.message})`, args))
      })
      let timedOut = false
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              timedOut = true
              killGroup(child.pid)
            }, timeoutMs)
      child.on('close', (code, signal) => {
        clearTimeout(timer)
        const note = timedOut
          ? `\ngit ${args[0]} did not finish within ${Math.round((timeoutMs as number) / 100) / 10} s and was killed; check that the remote answers`
          : ''
        resolve({ code, signal, stdout: Buffer.concat(out), stderr: err + note, timedOut })
      })
      if (input !== undefined && child.stdin) {
        child.stdin.on('error', () => undefined) // git exiting early surfaces through its status
        child.stdin.end(input)
      }
    })
  }

  /** Runs git and returns stdout; a non-zero exit throws a GitError with git's last message. */
  async output(args: readonly string[], input?: string): Promise<Buffer> {
    return this.succeeded(args, await this.run(args, input)).stdout
  }

  /** The result of a command that exited 0; else a GitError with git's last message. */
  succeeded(args: readonly string[], result: GitResult): GitResult {
    if (result.code !== 0) {
      const why =
        lastLine(result.stderr) ||
        (result.signal ? `killed by ${result.signal}` : `exit code ${result.code}`)
      throw new GitError(`git ${args[0]} failed in ${this.cwd}: ${why}`, args, result)
    }
    return result
  }
}

/**
 * The environment of every git command: the runner's without credentials, the C locale, no prompts, no optional locks, and none of
 * the variables that change how pathspecs are read (GIT_LITERAL_PATHSPECS would make the
 * `:(top,literal)` magic of limited diffs a literal name, and the diffs silently empty).
 */
function gitEnv(): NodeJS.ProcessEnv {
  // Without the token and the other credentials (child-env.ts): git authenticates with what
  // actions/checkout left in .git/config.
  const env = childEnv({
    LC_ALL: 'C',
    LANGUAGE: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0'
  })
  for (const name of [
    'GIT_LITERAL_PATHSPECS',
    'GIT_GLOB_PATHSPECS',
    'GIT_NOGLOB_PATHSPECS',
    'GIT_ICASE_PATHSPECS'
  ])
    delete env[name]
  return env
}

/**
 * Kills a process group (a child spawned with `detached: true` leads its own), ignoring one that
 * is already gone.
 */
export function killGroup(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}

/** Throws a GitError unless `oid` is a full object id (never an option or a revision). */
export function checkOid(oid: string): void {
  if (!OID.test(oid)) throw new GitError(`Not an object id: ${JSON.stringify(oid)}`, [oid])
}

/** The last non-empty line of a text (git's actual complaint is usually there). */
export function lastLine(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
  return lines[lines.length - 1] ?? ''
}
