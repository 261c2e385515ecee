// Types for test-support/forbidden-remote.js.

export interface ForbiddenRemote {
  /** The remote's URL, for `git remote set-url origin`. */
  readonly url: string
  /** Every request, in order: GET of the ref listing (200), POST of a fetch (403). */
  readonly requests: readonly { method: string; path: string; status: number }[]
  close(): Promise<void>
}

/**
 * Serves the refs of `bareDir` over smart HTTP and answers every fetch of objects 403: `git
 * ls-remote` works, `git fetch` fails with `The requested URL returned error: 403`.
 */
export function startForbiddenRemote(bareDir: string): Promise<ForbiddenRemote>
