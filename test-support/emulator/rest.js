// The REST routes the action may use, answering in GitHub's JSON shapes.
import { OID, RefMovedError, normalizePath } from './git-store.js'
import { nodeId } from './model.js'
import {
  MAX_BODY_CHARS,
  charLength,
  createComment,
  latestRelease,
  listComments,
  updateComment,
  userJson
} from './rest-issues.js'

const DOCS = 'https://docs.github.com/rest'

/** A REST answer. */
export function reply(status, body, headers = {}) {
  return { status, body, headers }
}

/** GitHub's REST error body: { message, documentation_url, status }. */
export function restError(status, message, doc = '', extra = {}) {
  return reply(status, {
    message,
    ...extra,
    documentation_url: `${DOCS}${doc}`,
    status: String(status)
  })
}

const notFound = (doc = '') => restError(404, 'Not Found', doc)

/**
 * Route table: [method, pattern, handler]. Pattern segments starting with ':' bind one
 * segment, '*' binds the (decoded) rest of the path.
 */
const ROUTES = [
  ['GET', '/rate_limit', rateLimit],
  ['GET', '/repos/:owner/:repo', getRepo],
  ['GET', '/repos/:owner/:repo/branches/*', getBranch],
  ['GET', '/repos/:owner/:repo/git/ref/*', getRef],
  ['GET', '/repos/:owner/:repo/git/refs/*', getRef],
  ['GET', '/repos/:owner/:repo/git/matching-refs/*', matchingRefs],
  ['POST', '/repos/:owner/:repo/git/refs', createRef],
  ['PATCH', '/repos/:owner/:repo/git/refs/*', updateRef],
  ['DELETE', '/repos/:owner/:repo/git/refs/*', deleteRef],
  ['GET', '/repos/:owner/:repo/contents', getContents],
  ['GET', '/repos/:owner/:repo/contents/*', getContents],
  ['POST', '/repos/:owner/:repo/pulls', createPull],
  ['GET', '/repos/:owner/:repo/pulls', listPulls],
  ['GET', '/repos/:owner/:repo/pulls/:number', getPull],
  ['GET', '/repos/:owner/:repo/issues/:number/comments', listComments],
  ['POST', '/repos/:owner/:repo/issues/:number/comments', createComment],
  ['PATCH', '/repos/:owner/:repo/issues/comments/:id', updateComment],
  ['GET', '/repos/:owner/:repo/releases/latest', latestRelease]
]

function match(pattern, segments) {
  const parts = pattern.split('/').filter(Boolean)
  const params = {}
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '*') {
      if (i >= segments.length) return null
      params.rest = segments.slice(i).join('/')
      return params
    }
    if (i >= segments.length) return null
    if (part.startsWith(':')) params[part.slice(1)] = segments[i]
    else if (part !== segments[i]) return null
  }
  return parts.length === segments.length ? params : null
}

/**
 * Handle a REST request (authentication already checked).
 * @param {{ method: string, path: string, query: URLSearchParams, body: any,
 *   permission: 'read' | 'write' | null, identity: any, emulator: any }} req
 */
export async function handleRest(req) {
  let segments
  try {
    segments = req.path.split('/').filter(Boolean).map(decodeURIComponent)
  } catch {
    return notFound()
  }
  for (const [method, pattern, handler] of ROUTES) {
    if (method !== req.method) continue
    const params = match(pattern, segments)
    if (!params) continue
    const { emulator } = req
    if (
      params.owner !== undefined &&
      (params.owner.toLowerCase() !== emulator.owner.toLowerCase() ||
        params.repo.toLowerCase() !== emulator.repo.toLowerCase())
    ) {
      return notFound()
    }
    if (method !== 'GET') {
      if (req.permission === null) return restError(401, 'Requires authentication')
      if (req.permission !== 'write') {
        return restError(403, 'Resource not accessible by integration')
      }
    }
    return handler({ ...req, params })
  }
  return notFound()
}

// ---- shapes ------------------------------------------------------------------------------

function repoApi(emulator) {
  return `${emulator.apiUrl}/repos/${emulator.owner}/${emulator.repo}`
}

async function refJson(emulator, fullName, oid) {
  const type = await emulator.store.objectType(oid)
  const kind = type === 'tag' ? 'tags' : type === 'commit' ? 'commits' : `${type}s`
  return {
    ref: fullName,
    node_id: nodeId.ref(fullName),
    url: `${repoApi(emulator)}/git/${fullName}`,
    object: { sha: oid, type, url: `${repoApi(emulator)}/git/${kind}/${oid}` }
  }
}

function pullHeadBase(emulator, ref, sha) {
  return {
    label: `${emulator.owner}:${ref}`,
    ref,
    sha,
    user: { login: emulator.owner, type: 'Organization' },
    repo: { name: emulator.repo, full_name: `${emulator.owner}/${emulator.repo}` }
  }
}

// ---- handlers ----------------------------------------------------------------------------

function rateLimit({ emulator }) {
  const shape = (r) => ({
    limit: r.limit,
    used: r.limit - r.remaining,
    remaining: r.remaining,
    reset: r.reset
  })
  return reply(200, {
    resources: {
      core: shape(emulator.rateLimits.core),
      graphql: shape(emulator.rateLimits.graphql)
    },
    rate: shape(emulator.rateLimits.core)
  })
}

async function getRepo({ emulator, permission }) {
  return reply(200, {
    id: 1,
    node_id: nodeId.repository(`${emulator.owner}/${emulator.repo}`),
    name: emulator.repo,
    full_name: `${emulator.owner}/${emulator.repo}`,
    owner: { login: emulator.owner, id: 1, type: 'Organization' },
    private: false,
    visibility: 'public',
    fork: false,
    archived: false,
    disabled: false,
    html_url: `${emulator.serverUrl}/${emulator.owner}/${emulator.repo}`,
    url: repoApi(emulator),
    default_branch: await emulator.store.defaultBranch(),
    permissions: {
      admin: false,
      maintain: false,
      push: permission === 'write',
      triage: false,
      pull: true
    }
  })
}

async function getBranch({ emulator, params }) {
  const name = params.rest
  const oid = await emulator.store.refOid(`refs/heads/${name}`)
  if (!oid) return restError(404, 'Branch not found', '/branches/branches#get-a-branch')
  const isProtected = emulator.protections.has(name)
  return reply(200, {
    name,
    commit: { sha: oid, url: `${repoApi(emulator)}/commits/${oid}` },
    protected: isProtected,
    protection: { enabled: isProtected },
    protection_url: `${repoApi(emulator)}/branches/${encodeURIComponent(name)}/protection`,
    _links: {
      self: `${repoApi(emulator)}/branches/${encodeURIComponent(name)}`,
      html: `${emulator.serverUrl}/${emulator.owner}/${emulator.repo}/tree/${name}`
    }
  })
}

async function getRef({ emulator, params }) {
  const fullName = `refs/${params.rest}`
  const oid = await emulator.store.refOid(fullName)
  if (!oid) return notFound('/git/refs#get-a-reference')
  return reply(200, await refJson(emulator, fullName, oid))
}

async function matchingRefs({ emulator, params }) {
  const prefix = `refs/${params.rest}`
  const dir = prefix.slice(0, prefix.lastIndexOf('/') + 1) || 'refs/'
  const refs = (await emulator.store.listRefs(dir.replace(/\/$/, ''))).filter((r) =>
    r.name.startsWith(prefix)
  )
  return reply(200, await Promise.all(refs.map((r) => refJson(emulator, r.name, r.oid))))
}

function validRefName(name) {
  return (
    typeof name === 'string' &&
    /^refs\/[^/]+\/./.test(name) &&
    !name.includes('..') &&
    !/[\s~^:?*[\\]|\/\/|\/$|\.lock$|@\{/.test(name)
  )
}

async function createRef({ emulator, body }) {
  const doc = '/git/refs#create-a-reference'
  const { ref, sha } = body ?? {}
  if (typeof ref !== 'string' || !ref.startsWith('refs/') || ref.split('/').length < 3) {
    return restError(
      422,
      "Reference name must start with 'refs/' and have at least two slashes.",
      doc
    )
  }
  if (!validRefName(ref)) return restError(422, `${ref} is not a valid ref name.`, doc)
  if (typeof sha !== 'string')
    return restError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.', doc)
  const oid = sha.toLowerCase()
  if (!OID.test(oid) || !(await emulator.store.objectType(oid))) {
    return restError(422, 'Object does not exist', doc)
  }
  try {
    await emulator.store.compareAndSwap(ref, oid, null, 'REST create ref')
  } catch (e) {
    if (e instanceof RefMovedError) return restError(422, 'Reference already exists', doc)
    throw e
  }
  return reply(201, await refJson(emulator, ref, oid), {
    location: `${repoApi(emulator)}/git/${ref}`
  })
}

function protectedRestError(emulator, branch, doc) {
  const kind = emulator.protections.get(branch)
  if (!kind) return null
  return kind === 'ruleset'
    ? restError(
        422,
        'Repository rule violations found\n\nChanges must be made through a pull request.\n\n',
        doc
      )
    : restError(422, `Protected branch update failed for refs/heads/${branch}.`, doc)
}

async function updateRef({ emulator, params, body }) {
  const doc = '/git/refs#update-a-reference'
  const fullName = `refs/${params.rest}`
  const store = emulator.store
  const current = await store.refOid(fullName)
  if (!current) return restError(422, 'Reference does not exist', doc)
  const sha = String(body?.sha ?? '').toLowerCase()
  if (!OID.test(sha) || !(await store.objectType(sha))) {
    return restError(422, 'Object does not exist', doc)
  }
  if (fullName.startsWith('refs/heads/')) {
    const denied = protectedRestError(emulator, fullName.slice('refs/heads/'.length), doc)
    if (denied) return denied
  }
  if (!body?.force && !(await store.isAncestor(current, sha))) {
    return restError(422, 'Update is not a fast forward', doc)
  }
  try {
    await store.compareAndSwap(fullName, sha, current, 'REST update ref')
  } catch (e) {
    if (e instanceof RefMovedError) return restError(422, 'Update is not a fast forward', doc)
    throw e
  }
  return reply(200, await refJson(emulator, fullName, sha))
}

async function deleteRef({ emulator, params }) {
  const doc = '/git/refs#delete-a-reference'
  const fullName = `refs/${params.rest}`
  const current = await emulator.store.refOid(fullName)
  if (!current) return restError(422, 'Reference does not exist', doc)
  await emulator.store.deleteRef(fullName, current)
  return reply(204, null)
}

async function getContents({ emulator, params, query }) {
  const doc = '/repos/contents#get-repository-content'
  const store = emulator.store
  const refArg = query.get('ref') ?? (await store.defaultBranch())
  const commit = await store.revParse(`${refArg}^{commit}`)
  const path = normalizePath(params.rest ?? '')
  if (!commit || path === null) return notFound(doc)
  const entry = await store.entryAt(commit, path)
  if (!entry) return notFound(doc)
  const base = repoApi(emulator)
  const describe = (e, p) => ({
    type: e.type === 'tree' ? 'dir' : e.type === 'commit' ? 'submodule' : 'file',
    size: e.type === 'blob' ? e.size : 0,
    name: p.split('/').pop(),
    path: p,
    sha: e.oid,
    url: `${base}/contents/${p}?ref=${encodeURIComponent(refArg)}`,
    html_url: `${emulator.serverUrl}/${emulator.owner}/${emulator.repo}/blob/${refArg}/${p}`,
    git_url: `${base}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.oid}`
  })
  if (entry.type === 'tree') {
    const tree = await store.tree(entry.oid)
    return reply(
      200,
      tree.entries.map((e) => describe(e, path ? `${path}/${e.name}` : e.name))
    )
  }
  const { content } = await store.blob(entry.oid)
  return reply(200, {
    ...describe(entry, path),
    encoding: 'base64',
    content: content.toString('base64').replace(/(.{60})/g, '$1\n')
  })
}

async function createPull({ emulator, body, identity }) {
  const doc = '/pulls/pulls#create-a-pull-request'
  const invalid = (errors) =>
    restError(422, 'Validation Failed', doc, {
      errors: errors.map((e) => ({ resource: 'PullRequest', ...e }))
    })
  const { title, base, body: text, draft } = body ?? {}
  let head = body?.head
  if (typeof title !== 'string' || title === '') {
    return invalid([{ code: 'missing_field', field: 'title' }])
  }
  if (typeof head !== 'string' || head === '')
    return invalid([{ code: 'missing_field', field: 'head' }])
  if (typeof base !== 'string' || base === '')
    return invalid([{ code: 'missing_field', field: 'base' }])
  // GitHub's answer to a long body names the resource Issue (a pull request is one).
  if (typeof text === 'string' && charLength(text) > MAX_BODY_CHARS) {
    return restError(422, 'Validation Failed', doc, {
      errors: [
        {
          resource: 'Issue',
          code: 'custom',
          field: 'body',
          message: `body is too long (maximum is ${MAX_BODY_CHARS} characters)`
        }
      ]
    })
  }
  const colon = head.indexOf(':')
  if (colon !== -1) {
    if (head.slice(0, colon).toLowerCase() !== emulator.owner.toLowerCase()) {
      return invalid([{ field: 'head', code: 'invalid' }])
    }
    head = head.slice(colon + 1)
  }
  const store = emulator.store
  const headSha = await store.refOid(`refs/heads/${head}`)
  if (!headSha) return invalid([{ field: 'head', code: 'invalid' }])
  const baseSha = await store.refOid(`refs/heads/${base}`)
  if (!baseSha) return invalid([{ field: 'base', code: 'invalid' }])
  if (
    emulator.pulls.some((p) => p.state === 'open' && p.head.ref === head && p.base.ref === base)
  ) {
    return invalid([
      { code: 'custom', message: `A pull request already exists for ${emulator.owner}:${head}.` }
    ])
  }
  if (await store.isAncestor(headSha, baseSha)) {
    return invalid([{ code: 'custom', message: `No commits between ${base} and ${head}` }])
  }
  const number = emulator.pulls.length + 1
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
  const pull = {
    url: `${repoApi(emulator)}/pulls/${number}`,
    id: number,
    node_id: nodeId.pull(number),
    html_url: `${emulator.serverUrl}/${emulator.owner}/${emulator.repo}/pull/${number}`,
    number,
    state: 'open',
    locked: false,
    title,
    body: typeof text === 'string' ? text : null,
    draft: Boolean(draft),
    user: userJson(identity),
    created_at: now,
    updated_at: now,
    merged: false,
    head: pullHeadBase(emulator, head, headSha),
    base: pullHeadBase(emulator, base, baseSha)
  }
  emulator.pulls.push(pull)
  return reply(201, pull, { location: pull.url })
}

/**
 * A pull request's head follows its branch, as on GitHub: a push (or a force-push) to the branch
 * changes head.sha. A deleted branch leaves the last head.
 */
async function followHead(emulator, pull) {
  const oid = await emulator.store.refOid(`refs/heads/${pull.head.ref}`)
  if (oid && oid !== pull.head.sha) pull.head = { ...pull.head, sha: oid }
  return pull
}

async function listPulls({ emulator, query }) {
  const state = query.get('state') ?? 'open'
  const head = query.get('head')
  const base = query.get('base')
  let pulls = emulator.pulls.filter((p) => state === 'all' || p.state === state)
  if (head) {
    const colon = head.indexOf(':')
    const owner = colon === -1 ? null : head.slice(0, colon)
    const ref = colon === -1 ? head : head.slice(colon + 1)
    pulls = pulls.filter(
      (p) =>
        p.head.ref === ref &&
        (owner === null || owner.toLowerCase() === emulator.owner.toLowerCase())
    )
  }
  if (base) pulls = pulls.filter((p) => p.base.ref === base)
  const perPage = Math.min(Number(query.get('per_page') ?? 30) || 30, 100)
  const page = Math.max(Number(query.get('page') ?? 1) || 1, 1)
  const sorted = [...pulls].sort((a, b) => b.number - a.number)
  const shown = sorted.slice((page - 1) * perPage, page * perPage)
  return reply(200, await Promise.all(shown.map((p) => followHead(emulator, p))))
}

async function getPull({ emulator, params }) {
  const pull = emulator.pulls.find((p) => String(p.number) === params.number)
  return pull
    ? reply(200, await followHead(emulator, pull))
    : notFound('/pulls/pulls#get-a-pull-request')
}
