/**
 * The optional `compare-command`: a user command asked, per pinned image, whether the image
 * built from the head differs from the pinned one. It is how a content check (an image differ)
 * plugs in, next to or instead of the path rule.
 *
 * How it runs:
 * - The input is split into words by {@link splitCommand} (whitespace, '...' and "..." quotes,
 *   nothing expanded) and run without a shell, in the repository root.
 * - Arguments appended: the image name, the pinned version, the head commit sha:
 *   `<command...> api-gateway v1.4.2 3f2c...`. No value ever passes through a shell.
 * - Environment: the runner's without the token, the inputs and other credentials
 *   (src/util/child-env.ts), plus `IMAGE` (name), `PREFIX` (bash prefix), `PINNED_VERSION`,
 *   `HEAD_SHA` (full sha; the head build is tagged with its first 7 characters), and when
 *   image_vars.src declares them `REGISTRY_IMAGE` (`<prefix>_IMG`) and `LOCAL_IMAGE`
 *   (`<prefix>_GRADLE_IMG`).
 * - Exit 0: same image. Exit 1: changed. Anything else, a signal or a command that cannot start:
 *   an error for that image only (its pin is left alone and the run says why), never for the
 *   others. At most 4 commands run at a time.
 * - Bounded: the answer is the command's exit, not the closing of its output, so a background
 *   child that keeps stderr open does not hold the run (it is killed with the command's group). A command still running after
 *   `compare-timeout` (default {@link COMPARE_TIMEOUT_MS}) has its whole process group killed
 *   (it runs as a group leader) and counts as an error for that image.
 *
 * With an image differ, e.g. `compare-command: ./scripts/image-changed.sh`:
 *
 * ```bash
 * #!/usr/bin/env bash
 * # Usage: image-changed.sh IMAGE PINNED_VERSION HEAD_SHA  -> exit 0 same, 1 changed, 2 error
 * set -uo pipefail
 * repo="ghcr.io/my-org/${REGISTRY_IMAGE:-$1}"
 * digest() { docker buildx imagetools inspect "$1" --format '{{json .Manifest.Digest}}'; }
 * old=$(digest "$repo:$2") || exit 2
 * new=$(digest "$repo:${3:0:7}") || exit 2
 * [ "$old" = "$new" ] && exit 0 || exit 1
 * ```
 *
 * Digests only match for reproducible builds. To compare content instead, call a differ such as
 * `diffoci diff --semantic "$repo:$2" "$repo:${3:0:7}"` and map its result onto exit 0 (same)
 * and 1 (changed); keep every other failure (registry down, image missing) on exit 2 or more, so
 * that it is reported instead of counted as a change.
 */
import { spawn } from 'node:child_process'
import { childEnv } from '../util/child-env.js'
import { killGroup } from '../git/process.js'
import type { Image } from '../files/image-vars.js'
import { escapeForMessage } from '../util/escape.js'
import { KnownError } from '../util/errors.js'

export class CommandError extends KnownError {
  override name = 'CommandError'
  get id(): string {
    return 'compare-command'
  }
}

/**
 * Splits a command line into words: whitespace separates words, '...' and "..." group text
 * (quotes removed, adjacent parts joined, no escapes inside), nothing is expanded.
 */
export function splitCommand(input: string, inputName = 'compare-command'): string[] {
  const words: string[] = []
  let word = ''
  let inWord = false
  let quote: '"' | "'" | undefined
  for (const ch of input) {
    if (quote) {
      if (ch === quote) quote = undefined
      else word += ch
    } else if (ch === '"' || ch === "'") {
      quote = ch
      inWord = true
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word)
      word = ''
      inWord = false
    } else {
      word += ch
      inWord = true
    }
  }
  if (quote)
    throw new CommandError(`${inputName}: unclosed ${quote} quote in ${escapeForMessage(input)}`)
  if (inWord) words.push(word)
  return words
}

/** One question to the compare command. */
export interface CompareJob {
  readonly image: Image
  readonly pinnedVersion: string
  /** The full sha of the head commit. */
  readonly headSha: string
}

export interface CompareOutcome {
  /** true: exit 1; false: exit 0; null: anything else (see `detail`). */
  readonly changed: boolean | null
  /** `exit 0`, `exit code 2: <last stderr line>`, `killed by SIGTERM`, `could not start: ...`. */
  readonly detail: string
}

const STDERR_KEEP = 8 * 1024

/** The default `compare-timeout`: 10 minutes, room for pulling two images and diffing them. */
export const COMPARE_TIMEOUT_MS = 10 * 60_000

/** After the exit, how long stderr may still be drained before the answer is given. */
const DRAIN_MS = 200

/** Runs the compare command once for one image. Never rejects. */
export function runCompare(
  argv: readonly string[],
  job: CompareJob,
  cwd: string,
  timeoutMs = COMPARE_TIMEOUT_MS
): Promise<CompareOutcome> {
  const [file, ...args] = argv
  if (file === undefined || file === '') {
    return Promise.resolve({ changed: null, detail: 'compare-command is empty' })
  }
  // The runner's environment without the token and the other credentials (child-env.ts).
  const env = childEnv({
    IMAGE: job.image.name,
    PREFIX: job.image.prefix,
    PINNED_VERSION: job.pinnedVersion,
    HEAD_SHA: job.headSha,
    ...(job.image.registryImage !== undefined ? { REGISTRY_IMAGE: job.image.registryImage } : {}),
    ...(job.image.gradleImage !== undefined ? { LOCAL_IMAGE: job.image.gradleImage } : {})
  })
  return new Promise((resolve) => {
    let stderr = ''
    let settled = false
    const child = spawn(file, [...args, job.image.name, job.pinnedVersion, job.headSha], {
      cwd,
      env,
      shell: false,
      windowsHide: true,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe']
    })
    const timer = setTimeout(() => {
      killGroup(child.pid)
      const s = Math.round(timeoutMs / 100) / 10
      done({
        changed: null,
        detail: `did not finish within ${s} s (compare-timeout); its process group was killed`
      })
    }, timeoutMs)
    function done(outcome: CompareOutcome): void {
      clearTimeout(timer)
      if (!settled) resolve(outcome)
      settled = true
      child.stderr?.destroy()
      // The answer is in; whatever the command left running in its group is ended with it.
      killGroup(child.pid)
    }
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEEP)
    })
    child.on('error', (e) =>
      done({ changed: null, detail: `could not start ${escapeForMessage(file)}: ${e.message}` })
    )
    child.on('exit', (code, signal) => {
      const answer = (): void => done(outcomeOf(code, signal, stderr))
      // Give stderr a moment to drain; a background child holding it open does not count.
      const drained = setTimeout(answer, DRAIN_MS)
      child.stderr?.once('close', () => {
        clearTimeout(drained)
        answer()
      })
    })
  })
}

function outcomeOf(
  code: number | null,
  signal: NodeJS.Signals | null,
  stderr: string
): CompareOutcome {
  if (code === 0) return { changed: false, detail: 'exit 0' }
  if (code === 1) return { changed: true, detail: 'exit 1' }
  const last = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .pop()
  const status = signal ? `killed by ${signal}` : `exit code ${code}`
  return { changed: null, detail: last ? `${status}: ${escapeForMessage(last, 200)}` : status }
}

/** Runs `fn` on every item with at most `limit` running at once; results in input order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i] as T, i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker))
  return results
}

/** Runs the compare command for every job, at most `concurrency` at a time. */
export function runCompares(
  argv: readonly string[],
  jobs: readonly CompareJob[],
  cwd: string,
  timeoutMs = COMPARE_TIMEOUT_MS,
  concurrency = 4
): Promise<CompareOutcome[]> {
  return mapLimit(jobs, concurrency, (job) => runCompare(argv, job, cwd, timeoutMs))
}
