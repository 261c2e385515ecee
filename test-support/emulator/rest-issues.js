// REST routes for pull request comments (issue comments) and releases, in GitHub's shapes.
// rest.js routes to these; reply/restError are function declarations, so the import cycle is safe.
import { URL, URLSearchParams } from 'node:url'
import { reply, restError } from './rest.js'

const b64 = (s) => Buffer.from(s, 'utf8').toString('base64url')

function repoApi(emulator) {
  return `${emulator.apiUrl}/repos/${emulator.owner}/${emulator.repo}`
}

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')

/** The issue (a pull request: the emulator has no plain issues) a comment route names. */
function issueOf(emulator, number) {
  return emulator.pulls.find((p) => String(p.number) === String(number))
}

/** GitHub's Link header: next/last, and prev/first after page 1. */
function linkHeader(url, page, lastPage) {
  const at = (n) => {
    const u = new URL(url)
    u.searchParams.set('page', String(n))
    return `<${u}>`
  }
  const links = []
  if (page < lastPage) links.push(`${at(page + 1)}; rel="next"`, `${at(lastPage)}; rel="last"`)
  if (page > 1) links.push(`${at(page - 1)}; rel="prev"`, `${at(1)}; rel="first"`)
  return links.join(', ')
}

/** GET /repos/{o}/{r}/issues/{n}/comments: oldest first, per_page (max 100) and page. */
export function listComments({ emulator, params, query, path }) {
  const doc = '/issues/comments#list-issue-comments'
  if (!issueOf(emulator, params.number)) return restError(404, 'Not Found', doc)
  const all = emulator.comments.filter((c) => c.issue_number === Number(params.number))
  const perPage = Math.min(Math.max(Number(query.get('per_page') ?? 30) || 30, 1), 100)
  const page = Math.max(Number(query.get('page') ?? 1) || 1, 1)
  const lastPage = Math.max(Math.ceil(all.length / perPage), 1)
  const url = `${emulator.apiUrl}${path}?${new URLSearchParams({ ...Object.fromEntries(query), per_page: String(perPage) })}`
  const link = linkHeader(url, page, lastPage)
  return reply(
    200,
    all.slice((page - 1) * perPage, page * perPage).map(commentJson),
    link ? { link } : {}
  )
}

function missingBody(doc) {
  return restError(422, 'Invalid request.\n\n"body" wasn\'t supplied.', doc)
}

/** GitHub's limit on an issue, pull request or comment body, in characters. */
export const MAX_BODY_CHARS = 65_536

/** The length GitHub counts: characters (code points), not UTF-16 units. */
export const charLength = (text) => [...text].length

/** GitHub's answer to a comment body over the limit (as seen live: resource IssueComment). */
function commentTooLong(doc) {
  return restError(422, 'Validation Failed', doc, {
    errors: [
      {
        resource: 'IssueComment',
        code: 'unprocessable',
        field: 'data',
        message: `Body is too long (maximum is ${MAX_BODY_CHARS} characters)`
      }
    ]
  })
}

/** Who a token acts as, as the REST API shows a user: an app's login ends in [bot]. */
export function userJson(identity) {
  const login = identity?.login ?? 'github-actions[bot]'
  return { login, type: identity?.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User') }
}

/** POST /repos/{o}/{r}/issues/{n}/comments */
export function createComment({ emulator, params, body, identity }) {
  const doc = '/issues/comments#create-an-issue-comment'
  const issue = issueOf(emulator, params.number)
  if (!issue) return restError(404, 'Not Found', doc)
  if (typeof body?.body !== 'string') return missingBody(doc)
  if (charLength(body.body) > MAX_BODY_CHARS) return commentTooLong(doc)
  const id = emulator.comments.length + 1
  const at = now()
  const comment = {
    id,
    node_id: `IC_${b64(String(id))}`,
    url: `${repoApi(emulator)}/issues/comments/${id}`,
    html_url: `${issue.html_url}#issuecomment-${id}`,
    issue_url: `${repoApi(emulator)}/issues/${issue.number}`,
    issue_number: issue.number,
    body: body.body,
    user: userJson(identity),
    author_association: 'NONE',
    created_at: at,
    updated_at: at
  }
  emulator.comments.push(comment)
  return reply(201, commentJson(comment), { location: comment.url })
}

/** PATCH /repos/{o}/{r}/issues/comments/{id} */
export function updateComment({ emulator, params, body }) {
  const doc = '/issues/comments#update-an-issue-comment'
  const comment = emulator.comments.find((c) => String(c.id) === params.id)
  if (!comment) return restError(404, 'Not Found', doc)
  if (typeof body?.body !== 'string') return missingBody(doc)
  if (charLength(body.body) > MAX_BODY_CHARS) return commentTooLong(doc)
  comment.body = body.body
  comment.updated_at = now()
  return reply(200, commentJson(comment))
}

/** A stored comment as the API shows it (our issue_number bookkeeping left out). */
function commentJson({ issue_number: _, ...comment }) {
  return { ...comment, user: { ...comment.user } }
}

/**
 * GET /repos/{o}/{r}/releases/latest: the newest published release that is neither a draft nor
 * a prerelease (GitHub orders by creation), 404 when there is none.
 */
export function latestRelease({ emulator }) {
  const published = emulator.releases.filter((r) => !r.draft && !r.prerelease)
  const latest = published[published.length - 1]
  return latest
    ? reply(200, latest)
    : restError(404, 'Not Found', '/releases/releases#get-the-latest-release')
}
