/**
 * The compare-and-swap commit loop: read the branch head and the file, apply the decisions to
 * that text, commit with `expectedHeadOid`; when someone else moved the branch (STALE_DATA),
 * re-read and re-apply with jittered backoff, a bounded number of times.
 */
import type { BranchFile, NewCommit } from './client.js'
import { graphqlErrors } from './client.js'
import { KnownError } from '../util/errors.js'

export interface CommitDeps<P extends Applied> {
  read(): Promise<BranchFile>
  write(expectedHeadOid: string, plan: P): Promise<NewCommit>
  sleep(ms: number): Promise<void>
  random(): number
}

export interface Applied {
  readonly text: string
  readonly changed: boolean
}

export type Outcome<P extends Applied> =
  | {
      readonly status: 'committed'
      readonly commit: NewCommit
      readonly attempts: number
      readonly plan: P
      readonly headOid: string
    }
  | {
      readonly status: 'unchanged' | 'dry-run'
      readonly attempts: number
      readonly plan: P
      readonly headOid: string
    }

export type CommitErrorKind = 'stale' | 'protected' | 'forbidden' | 'other'

/** Sorts a failed createCommitOnBranch into what the loop must do about it. */
export function classifyCommitError(e: unknown): CommitErrorKind {
  const errors = graphqlErrors(e) ?? []
  const status = (e as { status?: number } | null)?.status
  if (/rate limit/i.test(String((e as Error | null)?.message ?? ''))) return 'other'
  const text = [
    (e as Error | null)?.message ?? '',
    ...errors.map((x) => `${x.type ?? ''} ${x.message}`)
  ].join('\n')
  if (errors.some((x) => x.type === 'STALE_DATA')) return 'stale'
  if (errors.some((x) => x.type === 'BRANCH_PROTECTION_RULE_VIOLATION')) return 'protected'
  if (
    /protected branch|branch protection|repository rule violations|rule violation|must be made through a pull request|required status check|push declined/i.test(
      text
    )
  ) {
    return 'protected'
  }
  if (
    errors.some((x) => x.type === 'FORBIDDEN') ||
    status === 403 ||
    /resource not accessible/i.test(text)
  ) {
    return 'forbidden'
  }
  return 'other'
}

export class StaleHeadError extends KnownError {
  override name = 'StaleHeadError'
  get id(): string {
    return 'stale-head'
  }
}

/**
 * Backoff before attempt n+1, "full jitter": a random time up to 500 ms, 1 s, 2 s, ... capped at
 * 8 s. Spreading the retries of runs that collided is what lets many of them all get through.
 */
export function backoffMs(attempt: number, random: number): number {
  return Math.round(random * Math.min(8000, 500 * 2 ** (attempt - 1)))
}

/**
 * The trailer that marks this run's commit: the run, its attempt and a nonce, so that no other
 * run (and no re-run) takes a commit for its own.
 */
export function runTrailer(runId: string, runAttempt: string, nonce: string): string {
  return `Vro-Image-Version-Run: ${runId || 'local'}.${runAttempt || '1'}.${nonce}`
}

/** True when a commit message carries the trailer on a line of its own. */
export function carriesTrailer(message: string | undefined, trailer: string): boolean {
  return (message ?? '').split('\n').some((line) => line.trim() === trailer)
}

/**
 * Runs the loop. `apply` turns the text at the head into the new text; it is called again on each
 * attempt, with the text someone else may have changed. Nothing is written when the text is
 * unchanged or in a dry run. After a refused write, a head that carries `trailer` is our own
 * commit (applied although its answer was lost, e.g. a 502 after GitHub committed): it is
 * reported as committed, with its sha.
 */
export async function commitLoop<P extends Applied>(
  deps: CommitDeps<P>,
  apply: (text: string | undefined, headOid: string) => Promise<P>,
  opts: {
    readonly maxAttempts: number
    readonly dryRun: boolean
    readonly branch: string
    readonly trailer?: string
  }
): Promise<Outcome<P>> {
  let written: { plan: P; headOid: string } | undefined
  for (let attempt = 1; ; attempt++) {
    const { headOid, text, headMessage, headUrl } = await deps.read()
    if (written && opts.trailer && carriesTrailer(headMessage, opts.trailer)) {
      const commit = { oid: headOid, url: headUrl ?? '' }
      return { status: 'committed', commit, attempts: attempt - 1, ...written }
    }
    const plan = await apply(text, headOid)
    if (!plan.changed) return { status: 'unchanged', attempts: attempt, plan, headOid }
    if (opts.dryRun) return { status: 'dry-run', attempts: attempt, plan, headOid }
    written = { plan, headOid }
    try {
      const commit = await deps.write(headOid, plan)
      return { status: 'committed', commit, attempts: attempt, plan, headOid }
    } catch (e) {
      if (classifyCommitError(e) !== 'stale') throw e
      if (attempt >= opts.maxAttempts) {
        throw new StaleHeadError(
          `Branch ${opts.branch} moved during each of ${attempt} attempts (someone else kept committing); ` +
            `nothing was committed. Re-run the workflow.`
        )
      }
      await deps.sleep(backoffMs(attempt, deps.random()))
    }
  }
}
