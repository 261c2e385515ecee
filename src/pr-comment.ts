/**
 * One sticky pull request comment per pull request: found again by a hidden marker and updated
 * on each push, never duplicated. A read-only token (a pull request from a fork) is reported,
 * not raised: the job summary carries the same report.
 */
import type { Octokit, Repository } from './github.js'

/** The hidden first line that marks our comment. */
export const COMMENT_MARKER = '<!-- vro-image-version -->'

/** GitHub refuses comment bodies longer than this. */
export const MAX_COMMENT_CHARS = 65_536

export type CommentResult =
  | { readonly action: 'created' | 'updated' | 'unchanged'; readonly url: string }
  | { readonly action: 'forbidden'; readonly message: string }

/** The comment's full text: the marker first, cut to GitHub's limit with a note. */
export function stickyBody(body: string, marker = COMMENT_MARKER): string {
  const full = `${marker}\n${body}`.replace(/\r\n/g, '\n')
  if (full.length <= MAX_COMMENT_CHARS) return full
  const note = '\n\n... (cut to fit a comment; the job summary has the whole report)'
  return full.slice(0, MAX_COMMENT_CHARS - note.length) + note
}

/**
 * Creates our comment on pull request `issueNumber`, or updates it when its text differs.
 * Ours is the first comment, among all pages, whose body starts with `marker`: a comment that
 * merely quotes or mentions the marker further down is someone else's.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  repo: Repository,
  issueNumber: number,
  body: string,
  marker = COMMENT_MARKER
): Promise<CommentResult> {
  const text = stickyBody(body, marker)
  try {
    let ours: { id: number; body?: string; html_url: string } | undefined
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: issueNumber,
      per_page: 100
    })
    for await (const page of pages) {
      ours = page.data.find((c) => (c.body ?? '').startsWith(marker))
      if (ours) break
    }
    if (!ours) {
      const made = await octokit.rest.issues.createComment({
        ...repo,
        issue_number: issueNumber,
        body: text
      })
      return { action: 'created', url: made.data.html_url }
    }
    if ((ours.body ?? '').replace(/\r\n/g, '\n') === text) {
      return { action: 'unchanged', url: ours.html_url }
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
