// The HTTP front door: routing (github.com and GHES layouts), authentication, fault injection,
// GitHub's response headers, and the request log. Tokens are read here and never stored.
import { Buffer } from 'node:buffer'
import { randomBytes } from 'node:crypto'
import { classify, executeGraphQL } from './graphql.js'
import { faultLabel } from './faults.js'
import { handleRest, restError } from './rest.js'

const MAX_BODY = 200 * 1024 * 1024
const DEFAULT_IDENTITY = Object.freeze({
  login: 'github-actions[bot]',
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com'
})

function requestId() {
  const hex = (n) => randomBytes(n).toString('hex').toUpperCase()
  return `${hex(2)}:${hex(2)}:${hex(3)}:${hex(3)}:${hex(4)}`
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = []
    let size = 0
    req.on('data', (chunk) => {
      size += chunk.length
      if (size > MAX_BODY) {
        reject(new Error('request body too large'))
        req.destroy()
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/** token -> { permission, identity }, or null for an unknown token. */
function lookupToken(emulator, token) {
  const value = emulator.tokenValue(token)
  if (value === undefined) return null
  if (typeof value === 'string') return { permission: value, identity: DEFAULT_IDENTITY }
  const { permission, ...who } = value
  return { permission, identity: { ...DEFAULT_IDENTITY, ...who } }
}

/** The token in an Authorization header ("token X", "Bearer X", or Basic x:X), or null. */
function bearer(header) {
  if (typeof header !== 'string') return null
  const m = /^(token|bearer|basic)\s+(\S+)\s*$/i.exec(header)
  if (!m) return ''
  if (m[1].toLowerCase() !== 'basic') return m[2]
  const decoded = Buffer.from(m[2], 'base64').toString('utf8')
  return decoded.slice(decoded.indexOf(':') + 1)
}

/**
 * @param {any} emulator the emulator state (see index.js)
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function createHandler(emulator) {
  return (req, res) => {
    handle(emulator, req, res).catch(() => {
      // Reading the request failed (client gone, body too large).
      if (!res.headersSent) {
        res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' })
        res.end(JSON.stringify({ message: 'Bad Request' }))
      } else res.destroy()
    })
  }
}

async function handle(emulator, req, res) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const method = (req.method ?? 'GET').toUpperCase()
  const raw = method === 'GET' || method === 'HEAD' ? Buffer.alloc(0) : await readBody(req)

  const isGraphQL = url.pathname === emulator.graphqlPath && method === 'POST'
  const kind = isGraphQL ? 'graphql' : 'rest'
  let body = null
  let badJson = false
  if (raw.length > 0) {
    try {
      body = JSON.parse(raw.toString('utf8'))
    } catch {
      badJson = true
    }
  }
  const classified = isGraphQL ? classify(body) : null
  const operation = classified?.operation ?? null

  const record = {
    method,
    path: url.pathname + url.search,
    kind,
    operation,
    operationName: isGraphQL && typeof body?.operationName === 'string' ? body.operationName : null,
    fields: classified?.fields ?? [],
    status: null,
    write: isGraphQL ? operation === 'mutation' : method !== 'GET' && method !== 'HEAD',
    fault: null
  }
  emulator.log.push(record)

  const resource = isGraphQL ? 'graphql' : 'core'
  const send = (status, payload, extraHeaders = {}) => {
    record.status = status
    const limits = emulator.rateLimits[resource]
    const headers = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-request-id': requestId(),
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': String(limits.limit),
      'x-ratelimit-remaining': String(limits.remaining),
      'x-ratelimit-reset': String(limits.reset),
      'x-ratelimit-used': String(limits.limit - limits.remaining),
      'x-ratelimit-resource': resource,
      ...(emulator.basePath ? { 'x-github-enterprise-version': '3.14.0' } : {}),
      ...extraHeaders
    }
    const text = payload === null ? '' : JSON.stringify(payload)
    if (payload === null) delete headers['content-type']
    res.writeHead(status, headers)
    res.end(method === 'HEAD' ? undefined : text)
  }

  try {
    await answer(emulator, {
      req,
      res,
      url,
      method,
      isGraphQL,
      kind,
      operation,
      body,
      badJson,
      classified,
      record,
      resource,
      send
    })
  } catch (error) {
    // A bug or a git failure in the emulator itself: answer like GitHub's 500, keep the reason.
    record.error = String(error?.message ?? error)
    if (!res.headersSent) send(500, { message: 'Server Error', status: '500' })
    else res.destroy()
  }
}

/** An injected HTTP error status, with the body GitHub gives it. */
function sendStatus(status, isGraphQL, send) {
  if (isGraphQL && status >= 500) {
    send(status, {
      data: null,
      errors: [
        {
          message:
            'Something went wrong while executing your query. This may be the result of a timeout, ' +
            `or it could be a GitHub bug. Please include \`${requestId()}\` when reporting this issue.`
        }
      ]
    })
  } else {
    const messages = {
      500: 'Server Error',
      502: 'Bad Gateway',
      503: 'Service Unavailable',
      504: 'Gateway Timeout'
    }
    send(status, { message: messages[status] ?? 'Error', status: String(status) })
  }
}

async function answer(emulator, ctx) {
  const {
    req,
    res,
    url,
    method,
    isGraphQL,
    kind,
    operation,
    body,
    badJson,
    classified,
    record,
    resource,
    send
  } = ctx
  // Faults armed by the test come first, as a proxy or load balancer in front would.
  const fault = emulator.faults.takeHttp({ kind, operation })
  if (fault) {
    record.fault = faultLabel(fault)
    if (fault.type === 'drop') {
      req.socket.destroy()
      return
    }
    if (fault.type === 'rateLimit') {
      const reset = Math.floor(Date.now() / 1000) + fault.retryAfter
      const headers = {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(reset),
        'x-ratelimit-used': String(emulator.rateLimits[resource].limit)
      }
      if (fault.primary) {
        send(
          403,
          {
            message: 'API rate limit exceeded for installation ID 1.',
            documentation_url:
              'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits',
            status: '403'
          },
          headers
        )
      } else {
        send(
          403,
          {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
              'If you reach out to GitHub Support for help, please include the request ID ' +
              `${requestId()}.`,
            documentation_url:
              'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
            status: '403'
          },
          { ...headers, 'retry-after': String(fault.retryAfter) }
        )
      }
      return
    }
    if (fault.type === 'hang') return // accept the request and never answer
    if (fault.type === 'garbled') {
      // A 200 that is not the answer: a proxy's page, a cut-off body.
      record.status = 200
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
      res.end(fault.form === 'json' ? '{"data":{"repository":{"ref":' : '{"ok":true}')
      return
    }
    if (fault.type === 'status') {
      sendStatus(fault.status, isGraphQL, send)
      return
    }
  }
  // After applying, the answer is lost and an error status sent instead (a 502 from a proxy).
  const reply =
    fault?.type === 'afterApply' ? () => sendStatus(fault.status, isGraphQL, send) : send

  // Authentication.
  const token = bearer(req.headers.authorization)
  let auth = null
  if (token !== null) {
    auth = token === '' ? null : lookupToken(emulator, token)
    if (!auth) {
      reply(
        401,
        isGraphQL
          ? { message: 'Bad credentials', documentation_url: 'https://docs.github.com/graphql' }
          : {
              message: 'Bad credentials',
              documentation_url: 'https://docs.github.com/rest',
              status: '401'
            }
      )
      return
    }
  } else if (isGraphQL) {
    reply(401, {
      message: 'This endpoint requires you to be authenticated.',
      documentation_url:
        'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql'
    })
    return
  }
  if (auth) {
    const limits = emulator.rateLimits[resource]
    if (limits.remaining <= 1) {
      // A new rate-limit window, so long benches never see a spent budget.
      limits.remaining = limits.limit
      limits.reset = Math.floor(Date.now() / 1000) + 3600
    }
    limits.remaining -= 1
  }

  if (badJson) {
    reply(400, {
      message: 'Problems parsing JSON',
      documentation_url: 'https://docs.github.com/rest',
      status: '400'
    })
    return
  }

  if (isGraphQL) {
    const result = await executeGraphQL({
      body,
      classified,
      emulator,
      permission: auth.permission,
      identity: auth.identity,
      record
    })
    reply(200, result)
    return
  }

  if (!url.pathname.startsWith(emulator.basePath + '/') && url.pathname !== emulator.basePath) {
    const { status, body: payload } = restError(404, 'Not Found')
    reply(status, payload)
    return
  }
  const routed = await handleRest({
    method,
    path: url.pathname.slice(emulator.basePath.length) || '/',
    query: url.searchParams,
    body,
    permission: auth?.permission ?? null,
    identity: auth?.identity ?? null,
    emulator
  })
  reply(routed.status, routed.body, routed.headers)
}
