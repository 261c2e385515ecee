/**
 * What a run is asked to do, the vocabulary between the event rules (event.ts), the resolution of
 * manual intents (resolve-intent.ts), the decider (decide.ts) and the faces: the intent, and the
 * job an event gives (an intent on a branch, or a skip). Types only.
 */

export type Intent =
  | { readonly kind: 'release'; readonly version: string }
  | { readonly kind: 'push' }
  | { readonly kind: 'status' }
  | {
      readonly kind: 'pin'
      /** The version for every selected unpinned image. */
      readonly version?: string
      /** Selected prefixes; undefined = every unpinned image. */
      readonly only?: readonly string[]
      /** prefix -> version, pinned even over an auto pin (rollback). */
      readonly targets?: ReadonlyMap<string, string>
      readonly manual?: boolean
    }
  | { readonly kind: 'unpin'; readonly prefixes: readonly string[] | 'all' }

export type Job =
  | { readonly kind: 'skip'; readonly reason: string }
  | {
      readonly kind: 'run'
      readonly intent: Intent
      /** The branch to commit to; undefined = the repository's default branch. */
      readonly branch: string | undefined
      readonly dryRun: boolean
      readonly headline: string
      /** A pull request preview: plan what merging would do, comment, never commit. */
      readonly preview?: Preview
      /** Facts about the event for the log and the summary (GitHub's prerelease flag). */
      readonly notes?: readonly string[]
    }

/** The pull request a preview is for. */
export interface Preview {
  readonly number: number
  /** The commit that is measured: the merge commit the checkout holds (GITHUB_SHA). */
  readonly mergeSha: string
  /** The pull request comes from a fork: its token is read-only, so a comment may be refused. */
  readonly fork: boolean
  /**
   * The pull request's head when the event fired (`pull_request.head.sha`): the commit the
   * preview is for. The comment is written only while it is still the head; undefined when the
   * payload has none (then no comment, only the summary).
   */
  readonly headSha?: string
}
