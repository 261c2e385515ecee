/**
 * One sticky pull request comment per pull request: found again by a hidden marker and its author,
 * updated on each push, never duplicated. A read-only token (a pull request from a fork) is
 * reported, not raised: the job summary carries the same report.
 *
 * A comment is ours only when its first line is our marker AND its author is the token's own
 * identity: anyone may post a comment that starts with the marker, and editing theirs would let
 * them choose where our preview goes (or keep an old one in place). And the comment is written
 * only while the pull request's head is still the commit the preview was planned for, so a re-run
 * of an old job (after a force-push) cannot put an old plan back.
 */
import * as core from '@actions/core'
import type { Octokit, Repository } from '../github/client.js'
import { GITHUB_BODY_LIMIT, fitForGitHub, summaryPointer } from '../github/limits.js'

/** The marker of the comments written before the marker carried the head (still recognised). */
export const COMMENT_MARKER = '<!-- vro-image-version -->'

/** The hidden first line of our comment: the pull request head the preview was planned for. */
export function previewMarker(headSha: string): string {
  return `<!-- vro-image-version:preview sha=${headSha} -->`
}

/** Our markers, old and new; only as a whole first line. */
const OUR_MARKER = /^<!-- vro-image-version(?::preview sha=[0-9a-f]{40}(?:[0-9a-f]{24})?)? -->$/

/** GitHub refuses comment bodies longer than this. */
export const MAX_COMMENT_CHARS = GITHUB_BODY_LIMIT

/** Who the default GITHUB_TOKEN (and so its comments) is. */
export const GITHUB_ACTIONS_BOT = 'github-actions[bot]'

export type CommentResult =
  | { readonly action: 'created' | 'updated' | 'unchanged'; readonly url: string }
  | { readonly action: 'forbidden'; readonly message: string }
  /** The pull request's head is no longer the commit the preview is for: nothing written. */
  | { readonly action: 'moved'; readonly head: string }

export interface StickyOptions {
  /**
   * The pull request head the preview was planned for: it goes into the marker, and the comment
   * is written only while it is still the head (GET /pulls/{n}). Without it, no check.
   */
  readonly headSha?: string
  /** GITHUB_GRAPHQL_URL, for the `viewer` query. */
  readonly graphqlUrl?: string
  /** The run's address, named by the closing line of a comment cut to GitHub's limit. */
  readonly runUrl?: string | undefined
  /** The marker to write (default: previewMarker(headSha), else COMMENT_MARKER). */
  readonly marker?: string
}

/** The comment's full text: the marker first, cut to GitHub's limit with a closing line. */
export function stickyBody(body: string, marker = COMMENT_MARKER, runUrl?: string): string {
  const full = `${marker}\n${body}`.replace(/\r\n/g, '\n')
  return fitForGitHub(full, MAX_COMMENT_CHARS, summaryPointer(runUrl))
}

/** A comment's author as the REST API shows it. */
interface Author {
  readonly login?: string
  readonly type?: string
}

/**
 * The login the token acts as: GraphQL `viewer { login }`, which answers for a personal token, the
 * GITHUB_TOKEN (`github-actions[bot]`) and a GitHub App's installation token (`<app>[bot]`), where
 * REST `GET /user` answers 403. When `viewer` fails all the same, `github-actions[bot]`: a comment
 * of any other author is then never taken for ours (at worst a second comment is created).
 */
export async function tokenLogin(octokit: Octokit, graphqlUrl?: string): Promise<string> {
  try {
    const answer: unknown = await octokit.graphql({
      query: 'query Viewer { viewer { login } }',
      ...(graphqlUrl ? { url: graphqlUrl } : {})
    })
    const login = (answer as { viewer?: { login?: unknown } } | null)?.viewer?.login
    if (typeof login === 'string' && login !== '') return login
    core.debug(`viewer gave no login; taking the token for ${GITHUB_ACTIONS_BOT}`)
  } catch (e) {
    core.debug(`viewer failed (${String(e)}); taking the token for ${GITHUB_ACTIONS_BOT}`)
  }
  return GITHUB_ACTIONS_BOT
}

/**
 * True when `user` is the token's identity. Logins are unique and compared without case; a login
 * ending in `[bot]` is an app's, so its author must also be of type Bot (no user can take it).
 */
export function isAuthor(user: Author | null | undefined, login: string): boolean {
  if (!user?.login || user.login.toLowerCase() !== login.toLowerCase()) return false
  return login.endsWith('[bot]') ? user.type === 'Bot' : user.type !== 'Bot'
}

/** True when a comment is ours: the marker as its first line, and the token as its author. */
export function isOurs(
  comment: { body?: string | null; user?: Author | null },
  login: string
): boolean {
  return hasMarker(comment.body) && isAuthor(comment.user, login)
}

/** True when the first line of `body` is one of our markers. */
function hasMarker(body: string | null | undefined): boolean {
  const first = (body ?? '').split('\n', 1)[0]?.replace(/\r$/, '') ?? ''
  return OUR_MARKER.test(first)
}

/**
 * Creates our comment on pull request `issueNumber`, or updates it when its text differs. Ours is
 * the first comment, among all pages, whose first line is one of our markers and whose author is
 * the token (see isOurs): a comment that quotes the marker further down, or that anyone else wrote
 * with it, is someone else's and is left alone. With `headSha`, nothing is written once the pull
 * request's head has moved past it (`moved`).
 */
export async function upsertStickyComment(
  octokit: Octokit,
  repo: Repository,
  issueNumber: number,
  body: string,
  opts: StickyOptions = {}
): Promise<CommentResult> {
  const marker = opts.marker ?? (opts.headSha ? previewMarker(opts.headSha) : COMMENT_MARKER)
  const text = stickyBody(body, marker, opts.runUrl)
  try {
    // Asked once, and only when some comment carries the marker (a first preview needs no ask).
    let login: string | undefined
    let ours: { id: number; body?: string; html_url: string } | undefined
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: issueNumber,
      per_page: 100
    })
    for await (const page of pages) {
      for (const c of page.data) {
        if (!hasMarker(c.body)) continue
        login ??= await tokenLogin(octokit, opts.graphqlUrl)
        if (isOurs(c, login)) {
          ours = c
          break
        }
      }
      if (ours) break
    }
    if (ours && (ours.body ?? '').replace(/\r\n/g, '\n') === text) {
      return { action: 'unchanged', url: ours.html_url }
    }
    // Checked last, just before the write: the window for a push in between is one request.
    if (opts.headSha) {
      const pull = await octokit.rest.pulls.get({ ...repo, pull_number: issueNumber })
      if (pull.data.head.sha !== opts.headSha) return { action: 'moved', head: pull.data.head.sha }
    }
    if (!ours) {
      const made = await octokit.rest.issues.createComment({
        ...repo,
        issue_number: issueNumber,
        body: text
      })
      return { action: 'created', url: made.data.html_url }
    }
    const updated = await octokit.rest.issues.updateComment({
      ...repo,
      comment_id: ours.id,
      body: text
    })
    return { action: 'updated', url: updated.data.html_url }
  } catch (e) {
    const err = e as { status?: number; message?: string }
    if (err.status === 403 && /not accessible by integration/i.test(err.message ?? '')) {
      return {
        action: 'forbidden',
        message:
          `The token may not comment on pull request #${issueNumber} (${err.message?.split('\n')[0]}). ` +
          `A pull request from a fork gets a read-only token, so there is no comment: the job summary has the report. ` +
          `Elsewhere, give the job permissions: pull-requests: write.`
      }
    }
    throw e
  }
}
