// A local GitHub API emulator backed by a real bare git repository. See index.d.ts for the API
// and DESIGN.md ("The local GitHub API emulator") for its purpose.
import { Buffer } from 'node:buffer'
import { createServer } from 'node:http'
import { Faults } from './faults.js'
import { GitStore, RefMovedError } from './git-store.js'
import { createHandler } from './http.js'
import { githubSchema } from './schema.js'

const PROTECTION_KINDS = new Set(['protection', 'ruleset'])

function normalizeBasePath(basePath) {
  if (!basePath || basePath === '/') return ''
  const clean = `/${basePath.replace(/^\/+|\/+$/g, '')}`
  return clean
}

/** GHES: REST at /api/v3, GraphQL at /api/graphql; github.com: GraphQL at /graphql. */
function graphqlPathFor(basePath) {
  if (basePath === '') return '/graphql'
  if (/\/v3$/.test(basePath)) return basePath.replace(/\/v3$/, '/graphql')
  return `${basePath}/graphql`
}

class Emulator {
  /** token -> permission or identity; private so it never shows in logs or inspection. */
  #tokens

  constructor(options) {
    const { owner, repo, bareDir, tokens = {}, basePath = '' } = options
    if (!owner || !repo) throw new TypeError('startEmulator: owner and repo are required')
    if (!bareDir) throw new TypeError('startEmulator: bareDir is required')
    for (const [token, value] of Object.entries(tokens)) {
      const permission = typeof value === 'string' ? value : value?.permission
      if (permission !== 'read' && permission !== 'write') {
        throw new TypeError(`startEmulator: token permission must be 'read' or 'write'`)
      }
      if (!token) throw new TypeError('startEmulator: empty token')
    }
    this.owner = owner
    this.repo = repo
    this.bareDir = bareDir
    this.#tokens = new Map(Object.entries(tokens))
    this.basePath = normalizeBasePath(basePath)
    this.graphqlPath = graphqlPathFor(this.basePath)
    this.store = new GitStore(bareDir)
    this.faults = new Faults()
    this.protections = new Map()
    this.beforeCommitHook = null
    /** @type {any[]} */
    this.pulls = []
    /** @type {any[]} */
    this.comments = []
    /** @type {any[]} */
    this.releases = []
    /** @type {any[]} */
    this.log = []
    const reset = Math.floor(Date.now() / 1000) + 3600
    this.rateLimits = {
      core: { limit: 5000, remaining: 5000, reset },
      graphql: { limit: 5000, remaining: 5000, reset }
    }
    this.server = null
    this.port = 0
    this.serverUrl = ''
    this.apiUrl = ''
    this.graphqlUrl = ''
  }

  async start(port = 0) {
    githubSchema() // build the schema before the first request
    await this.store.init()
    this.server = createServer(createHandler(this))
    await new Promise((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', reject)
        resolve()
      })
    })
    this.port = this.server.address().port
    this.serverUrl = `http://127.0.0.1:${this.port}`
    this.apiUrl = `${this.serverUrl}${this.basePath}`
    this.graphqlUrl = `${this.serverUrl}${this.graphqlPath}`
    return this
  }

  /** The configured value for a token (permission or identity), or undefined. */
  tokenValue(token) {
    return this.#tokens.get(token)
  }

  /** Count logged requests, optionally filtered ({ write, kind, operation, field, status }). */
  calls(filter = {}) {
    return this.log.filter(
      (entry) =>
        (filter.write === undefined || entry.write === filter.write) &&
        (filter.kind === undefined || entry.kind === filter.kind) &&
        (filter.operation === undefined || entry.operation === filter.operation) &&
        (filter.status === undefined || entry.status === filter.status) &&
        (filter.field === undefined || entry.fields.includes(filter.field))
    ).length
  }

  resetLog() {
    this.log.length = 0
  }

  inject(spec) {
    this.faults.inject(spec)
  }

  clearFaults() {
    this.faults.clear()
  }

  onBeforeCommit(hook) {
    if (hook !== null && typeof hook !== 'function') {
      throw new TypeError('onBeforeCommit expects a function or null')
    }
    this.beforeCommitHook = hook
  }

  protect(branch, kind) {
    if (kind === null || kind === undefined) {
      this.protections.delete(branch)
    } else if (PROTECTION_KINDS.has(kind)) {
      this.protections.set(branch, kind)
    } else {
      throw new TypeError(`protect: kind must be 'protection', 'ruleset' or null`)
    }
  }

  /** Publish a release of an existing tag (GitHub's release shape); returns it. */
  addRelease({ tagName, name, draft = false, prerelease = false }) {
    if (!tagName) throw new TypeError('addRelease: tagName is required')
    const id = this.releases.length + 1
    const at = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
    const release = {
      id,
      node_id: `RE_${Buffer.from(String(id)).toString('base64url')}`,
      url: `${this.apiUrl}/repos/${this.owner}/${this.repo}/releases/${id}`,
      html_url: `${this.serverUrl}/${this.owner}/${this.repo}/releases/tag/${tagName}`,
      tag_name: tagName,
      name: name ?? tagName,
      draft,
      prerelease,
      created_at: at,
      published_at: draft ? null : at
    }
    this.releases.push(release)
    return release
  }

  /** The commit a branch points to, or null. */
  head(branch) {
    return this.store.refOid(`refs/heads/${branch}`)
  }

  /**
   * Someone else's push: a real commit on branch changing (or deleting) one file.
   * @returns {Promise<string>} the new head oid
   */
  async pushFile({ branch, path, content, message, author, delete: remove = false }) {
    if (!branch || !path) throw new TypeError('pushFile: branch and path are required')
    if (!remove && content === undefined) throw new TypeError('pushFile: content is required')
    const refName = `refs/heads/${branch}`
    const who = { name: 'Someone Else', email: 'someone.else@example.com', ...author }
    for (let attempt = 0; attempt < 20; attempt++) {
      const parent = await this.store.refOid(refName)
      if (!parent) throw new Error(`pushFile: branch ${branch} does not exist`)
      const oid = await this.store.writeCommit({
        parent,
        additions: remove
          ? []
          : [{ path, content: Buffer.isBuffer(content) ? content : Buffer.from(String(content)) }],
        deletions: remove ? [path] : [],
        message: message ?? `${remove ? 'Delete' : 'Update'} ${path}`,
        author: who,
        committer: who
      })
      try {
        return await this.store.compareAndSwap(refName, oid, parent, 'push')
      } catch (e) {
        if (!(e instanceof RefMovedError)) throw e
      }
    }
    throw new Error(`pushFile: ${branch} kept moving`)
  }

  async close() {
    const server = this.server
    this.server = null
    if (server) {
      await new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    }
    await this.store.close()
  }
}

/**
 * Start a local GitHub API emulator serving the bare repository bareDir.
 * @param {import('./index.d.ts').EmulatorOptions} options
 * @returns {Promise<import('./index.d.ts').GitHubEmulator>}
 */
export async function startEmulator(options) {
  const emulator = new Emulator(options ?? {})
  return emulator.start(options?.port ?? 0)
}
