/**
 * The commits that change detection compares: the head and each pinned tag, looked up in the
 * checkout with one `git cat-file --batch-check`, and fetched alone, at depth 1 and without
 * blobs, when a shallow checkout lacks them. A tag that cannot be had is a "trouble" that the
 * on-missing-tag policy answers.
 */
import type { ObjectInfo } from '../git/cat-file.js'
import {
  classifyFetchFailure,
  fetchComplaint,
  fetchRetryingFilter,
  missingRemoteRefs
} from '../git/fetch.js'
import type { Git } from '../git/git.js'
import { hasRemote } from '../git/remote.js'
import { OID, privateTagRef } from '../util/refs.js'
import { escapeForMessage } from '../util/escape.js'
import { KnownError } from '../util/errors.js'

export type MissingTagPolicy = 'unpin' | 'keep' | 'fail'

export class DetectError extends KnownError {
  override name = 'DetectError'
  get id(): string {
    return 'detect'
  }
}

export type TagTrouble =
  | { readonly kind: 'not-found'; readonly detail: string }
  | { readonly kind: 'error'; readonly detail: string }

export interface Commits {
  readonly headOid: string
  /** tag -> commit, for the tags that were found. */
  readonly commits: ReadonlyMap<string, string>
  /** tag -> why it is missing, for the others. */
  readonly troubles: ReadonlyMap<string, TagTrouble>
}

/**
 * Resolves the head and the tags to commits, fetching what the checkout lacks. `warnings`
 * receives what the caller should tell the user (a remote that refuses blob filters).
 */
export async function resolveCommits(
  git: Git,
  remote: string,
  head: string,
  tags: readonly string[],
  warnings: string[],
  /** Called with the head's commit when it is in the checkout and tags are about to be fetched. */
  beforeFetch?: (headOid: string) => void
): Promise<Commits> {
  // A tag of the checkout, else one an earlier detection of this run fetched (privately).
  const specs = [
    `${head}^{commit}`,
    ...tags.map((t) => `refs/tags/${t}^{commit}`),
    ...tags.map((t) => `${privateTagRef(t)}^{commit}`)
  ]
  const tagInfo = (infos: readonly (ObjectInfo | undefined)[], i: number): ObjectInfo | undefined =>
    infos[i + 1] ?? infos[i + 1 + tags.length]
  let infos = await git.lookup(specs)
  const missing = tags.filter((_, i) => tagInfo(infos, i) === undefined)
  const headMissing = infos[0] === undefined
  const troubles = new Map<string, TagTrouble>()
  if (missing.length > 0 || headMissing) {
    if (headMissing && !OID.test(head)) {
      throw new DetectError(
        `The head ${escapeForMessage(head)} is not a commit of the checkout in ${git.cwd}; ` +
          `check out the branch (actions/checkout) or pass a full commit sha`
      )
    }
    if (infos[0] !== undefined) beforeFetch?.(infos[0].oid)
    const fetched = await fetchRefs(git, remote, warnings, [
      ...missing.map((t) => ({ key: t, refspec: `+refs/tags/${t}:${privateTagRef(t)}` })),
      ...(headMissing ? [{ key: '', refspec: head }] : [])
    ])
    for (const [key, trouble] of fetched) {
      if (key === '') {
        throw new DetectError(
          `The head commit ${head} is not in the checkout and could not be fetched: ${trouble.detail}`
        )
      }
      troubles.set(key, trouble)
    }
    infos = await git.lookup(specs)
  }
  const headInfo = infos[0]
  if (headInfo === undefined)
    throw new DetectError(`The head commit ${head} could not be found after fetching it`)
  const commits = new Map<string, string>()
  tags.forEach((tag, i) => {
    const info = tagInfo(infos, i)
    if (info) commits.set(tag, info.oid)
    else if (!troubles.has(tag)) {
      troubles.set(tag, {
        kind: 'error',
        detail: `refs/tags/${tag} does not point to a commit after fetching it`
      })
    }
  })
  return { headOid: headInfo.oid, commits, troubles }
}

interface FetchItem {
  readonly key: string
  readonly refspec: string
}

/**
 * Fetches refspecs from the remote in one command; a shallow checkout fetches at depth 1 and
 * without blobs (never unshallowing). Refs the remote lacks are dropped and the rest retried;
 * other failures fall back to one fetch per refspec, so each key gets its own answer.
 */
async function fetchRefs(
  git: Git,
  remote: string,
  warnings: string[],
  items: readonly FetchItem[]
): Promise<Map<string, TagTrouble>> {
  const troubles = new Map<string, TagTrouble>()
  const shallow = await git.isShallow()
  const filter = { use: shallow, refused: false }
  const fetchGroup = async (group: readonly FetchItem[]): Promise<void> => {
    let pending = [...group]
    while (pending.length > 0) {
      const result = await fetchRetryingFilter(
        git,
        pending.map((p) => p.refspec),
        { remote, depth: shallow },
        filter,
        () => warnings.push(`${remote} refused --filter=blob:none; fetching tags with their blobs`)
      )
      if (result.code === 0) return
      const kind = classifyFetchFailure(result.stderr)
      if (kind === 'no-remote') {
        // "No remote" only when none is configured; a configured one that leads nowhere (a
        // wrong path or URL) is a failed fetch: the pins are kept, with a warning.
        const configured = await hasRemote(git.cwd, remote)
        const why = fetchComplaint(result.stderr) || `exit code ${result.code}`
        for (const p of pending)
          troubles.set(
            p.key,
            configured
              ? { kind: 'error', detail: `fetching it from ${remote} failed: ${why}` }
              : { kind: 'not-found', detail: `there is no remote ${remote} to fetch it from` }
          )
        return
      }
      if (kind === 'missing-ref') {
        const refs = new Set(missingRemoteRefs(result.stderr))
        const gone = pending.filter((p) =>
          refs.has(p.refspec.replace(/^\+/, '').split(':')[0] as string)
        )
        if (gone.length > 0) {
          for (const p of gone)
            troubles.set(p.key, { kind: 'not-found', detail: `not on ${remote} either` })
          pending = pending.filter((p) => !gone.includes(p))
          continue
        }
      }
      if (pending.length === 1) {
        const why = fetchComplaint(result.stderr) || `exit code ${result.code}`
        troubles.set((pending[0] as FetchItem).key, {
          kind: 'error',
          detail: `fetching it from ${remote} failed: ${why}`
        })
        return
      }
      for (const p of pending) await fetchGroup([p])
      return
    }
  }
  await fetchGroup(items)
  return troubles
}

/** An answer for an image whose tag is missing: changed (true), kept (false) or unknown (null). */
export interface MissingTagAnswer {
  readonly changed: boolean | null
  readonly reason: string
}

/**
 * Answers the images pinned to missing tags by the on-missing-tag policy (`fail` throws).
 * `pinned` maps each troubled tag to the names of the images pinned to it.
 */
export function missingTagAnswers(
  trouble: TagTrouble,
  tag: string,
  names: readonly string[],
  policy: MissingTagPolicy,
  warnings: string[]
): MissingTagAnswer {
  const list = names.join(', ')
  if (trouble.kind === 'error') {
    warnings.push(`Tag ${tag} (pinned for ${list}) could not be fetched: ${trouble.detail}`)
    return {
      changed: null,
      reason: `tag ${tag} is not in the checkout and ${trouble.detail}; cannot compare`
    }
  }
  const what = `tag ${tag} was not found in the checkout, ${trouble.detail}`
  if (policy === 'fail') {
    throw new DetectError(
      `Tag ${tag}, pinned for ${list}, was not found in the checkout and ${trouble.detail}. ` +
        `Push the tag, re-pin these images, or set the input on-missing-tag to unpin or keep.`
    )
  }
  warnings.push(`${what}; pinned for ${list} (on-missing-tag: ${policy})`)
  return policy === 'keep'
    ? { changed: false, reason: `${what}; pin kept (on-missing-tag: keep)` }
    : {
        changed: true,
        reason: `${what}; unpinned so that the image is rebuilt (on-missing-tag: unpin)`
      }
}
