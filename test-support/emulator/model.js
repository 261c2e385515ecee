// GraphQL objects of the emulated repository: plain objects with __typename, whose fields are
// values or (possibly async) functions of the field arguments, as graphql-js's default resolver
// expects. Fields we do not model are simply absent and resolve to null.
import { extname } from 'node:path'

/** An error GitHub reports with a top-level `type` (STALE_DATA, NOT_FOUND, FORBIDDEN...). */
export class GitHubGraphQLError extends Error {
  constructor(type, message) {
    super(message)
    this.name = 'GitHubGraphQLError'
    this.type = type
  }
}

const b64url = (s) => Buffer.from(s, 'utf8').toString('base64url')
const fromB64url = (s) => Buffer.from(s, 'base64url').toString('utf8')

/** Global node ids, shaped like GitHub's ("R_...", "REF_..."), decodable by us. */
export const nodeId = {
  repository: (nameWithOwner) => `R_${b64url(nameWithOwner.toLowerCase())}`,
  ref: (fullName) => `REF_${b64url(fullName)}`,
  object: (type, oid) => `${{ commit: 'C', tree: 'T', blob: 'B', tag: 'TAG' }[type]}_${oid}`,
  pull: (number) => `PR_${b64url(String(number))}`,
  decode(id) {
    const m = /^([A-Z]+)_(.+)$/.exec(String(id))
    if (!m) return null
    const [, kind, rest] = m
    if (kind === 'R') return { kind: 'repository', key: fromB64url(rest) }
    if (kind === 'REF') return { kind: 'ref', key: fromB64url(rest) }
    if (kind === 'PR') return { kind: 'pull', key: Number(fromB64url(rest)) }
    if (['C', 'T', 'B', 'TAG'].includes(kind)) return { kind: 'object', key: rest }
    return null
  }
}

/**
 * A GitHub-style connection over an array (or a pager for large lists).
 * @param {string} name connection name for error messages
 * @param {{ first?: number, last?: number, after?: string, before?: string }} args
 * @param {(skip: number, limit: number | undefined) => Promise<{ totalCount: number, items: any[] }>} fetch
 */
export async function connection(name, args, fetch) {
  const { first, last, after, before } = args ?? {}
  if (first == null && last == null) {
    throw new GitHubGraphQLError(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`
    )
  }
  for (const [arg, value] of [
    ['first', first],
    ['last', last]
  ]) {
    if (value != null && (value < 0 || value > 100)) {
      throw new GitHubGraphQLError(
        'EXCESSIVE_PAGINATION',
        value < 0
          ? `\`${arg}\` on the \`${name}\` connection cannot be less than zero.`
          : `Requesting ${value} records on the \`${name}\` connection exceeds the \`${arg}\` limit of 100 records.`
      )
    }
  }
  const decode = (cursor) => {
    const n = Number(
      Buffer.from(String(cursor), 'base64')
        .toString('utf8')
        .replace(/^cursor:/, '')
    )
    return Number.isInteger(n) && n >= 0 ? n : null
  }
  let start = after != null ? (decode(after) ?? -1) + 1 : 0
  let end
  if (before != null) end = decode(before) ?? undefined
  let items
  let totalCount
  if (last != null && first == null) {
    const all = await fetch(0, undefined)
    totalCount = all.totalCount
    const stop = Math.min(end ?? all.items.length, all.items.length)
    start = Math.max(start, stop - last)
    items = all.items.slice(start, stop)
  } else {
    const limit = end !== undefined ? Math.max(0, Math.min(first, end - start)) : first
    const page = await fetch(start, limit)
    totalCount = page.totalCount
    items = page.items
  }
  const cursor = (i) => Buffer.from(`cursor:${start + i}`, 'utf8').toString('base64')
  return {
    totalCount,
    nodes: items,
    edges: items.map((node, i) => ({ cursor: cursor(i), node })),
    pageInfo: {
      hasNextPage: start + items.length < totalCount,
      hasPreviousPage: start > 0,
      startCursor: items.length ? cursor(0) : null,
      endCursor: items.length ? cursor(items.length - 1) : null
    }
  }
}

const fromArray = (array) => async (skip, limit) => ({
  totalCount: array.length,
  items: array.slice(skip, limit === undefined ? undefined : skip + limit)
})

/** Builds the GraphQL objects for one request. */
export class Model {
  /**
   * @param {{ store: import('./git-store.js').GitStore, owner: string, repo: string,
   *   serverUrl: string, pulls: any[], permission: 'read' | 'write' }} env
   */
  constructor(env) {
    this.env = env
    this.store = env.store
    this.webBase = `${env.serverUrl}/${env.owner}/${env.repo}`
  }

  get nameWithOwner() {
    return `${this.env.owner}/${this.env.repo}`
  }

  /** Is "owner/name" this repository (GitHub compares case-insensitively)? */
  isThisRepo(owner, name) {
    return (
      String(owner).toLowerCase() === this.env.owner.toLowerCase() &&
      String(name).toLowerCase() === this.env.repo.toLowerCase()
    )
  }

  repository() {
    if (this._repository) return this._repository
    const { owner, repo, permission } = this.env
    const store = this.store
    this._repository = {
      __typename: 'Repository',
      id: nodeId.repository(this.nameWithOwner),
      databaseId: 1,
      name: repo,
      nameWithOwner: this.nameWithOwner,
      url: this.webBase,
      resourcePath: `/${owner}/${repo}`,
      sshUrl: `git@127.0.0.1:${owner}/${repo}.git`,
      owner: {
        __typename: 'Organization',
        id: `O_${b64url(owner)}`,
        login: owner,
        url: `${this.env.serverUrl}/${owner}`,
        resourcePath: `/${owner}`
      },
      isPrivate: false,
      isArchived: false,
      isDisabled: false,
      isFork: false,
      isLocked: false,
      isMirror: false,
      isTemplate: false,
      visibility: 'PUBLIC',
      viewerPermission: permission === 'write' ? 'WRITE' : 'READ',
      viewerCanAdminister: false,
      isEmpty: async () => (await store.listRefs('refs/heads')).length === 0,
      defaultBranchRef: async () => {
        const name = `refs/heads/${await store.defaultBranch()}`
        const oid = await store.refOid(name)
        return oid ? this.ref(name, oid) : null
      },
      ref: async ({ qualifiedName }) => this.findRef(qualifiedName),
      refs: async (args) => {
        const prefix = args.refPrefix
        if (!prefix.startsWith('refs/') || !prefix.endsWith('/')) {
          throw new GitHubGraphQLError(
            'UNPROCESSABLE',
            `refPrefix must start with "refs/" and end with "/"`
          )
        }
        let refs = await store.listRefs(prefix)
        if (args.query) refs = refs.filter((r) => r.name.slice(prefix.length).includes(args.query))
        // orderBy { field: ALPHABETICAL | TAG_COMMIT_DATE, direction }; name order by default.
        if (args.orderBy?.field === 'TAG_COMMIT_DATE') {
          refs.sort((a, b) => a.date - b.date || (a.name < b.name ? -1 : 1))
        }
        if (args.direction === 'DESC' || args.orderBy?.direction === 'DESC') refs.reverse()
        const nodes = refs.map((r) => this.ref(r.name, r.oid))
        return connection('refs', args, fromArray(nodes))
      },
      object: async ({ expression, oid }) => {
        const target = oid ?? (expression != null ? await store.revParse(expression) : null)
        return target ? this.object(target) : null
      },
      pullRequests: (args) => {
        const states = args.states ?? null
        const pulls = this.env.pulls.filter(
          (p) =>
            (!states || states.includes(p.state.toUpperCase())) &&
            (!args.headRefName || p.head.ref === args.headRefName) &&
            (!args.baseRefName || p.base.ref === args.baseRefName)
        )
        return connection('pullRequests', args, fromArray(pulls.map((p) => this.pullRequest(p))))
      }
    }
    return this._repository
  }

  /** Resolve "refs/heads/x", or a short name ("x": branches first, then tags). */
  async findRef(qualifiedName) {
    const candidates = qualifiedName.startsWith('refs/')
      ? [qualifiedName]
      : [`refs/heads/${qualifiedName}`, `refs/tags/${qualifiedName}`]
    for (const name of candidates) {
      const oid = await this.store.refOid(name)
      if (oid) return this.ref(name, oid)
    }
    return null
  }

  ref(fullName, oid) {
    const m = /^(refs\/(?:heads|tags|[^/]+)\/)(.*)$/.exec(fullName)
    const prefix = m ? m[1] : 'refs/'
    const name = m ? m[2] : fullName.slice(5)
    return {
      __typename: 'Ref',
      id: nodeId.ref(fullName),
      name,
      prefix,
      target: () => this.object(oid),
      repository: () => this.repository(),
      branchProtectionRule: null,
      refUpdateRule: null,
      associatedPullRequests: (args) => {
        const pulls = this.env.pulls.filter(
          (p) =>
            prefix === 'refs/heads/' &&
            p.head.ref === name &&
            (!args.states || args.states.includes(p.state.toUpperCase())) &&
            (!args.baseRefName || p.base.ref === args.baseRefName)
        )
        return connection(
          'associatedPullRequests',
          args,
          fromArray(pulls.map((p) => this.pullRequest(p)))
        )
      }
    }
  }

  pullRequest(p) {
    return {
      __typename: 'PullRequest',
      id: nodeId.pull(p.number),
      number: p.number,
      title: p.title,
      body: p.body ?? '',
      url: p.html_url,
      state: p.state.toUpperCase(),
      isDraft: Boolean(p.draft),
      headRefName: p.head.ref,
      baseRefName: p.base.ref,
      headRefOid: p.head.sha,
      baseRefOid: p.base.sha,
      createdAt: p.created_at,
      updatedAt: p.updated_at,
      repository: () => this.repository()
    }
  }

  /** Any git object by oid (Commit, Tree, Blob or Tag), or null. */
  async object(oid) {
    const type = await this.store.objectType(oid)
    switch (type) {
      case 'commit':
        return this.commit(oid)
      case 'tree':
        return this.tree(oid, '')
      case 'blob':
        return this.blob(oid)
      case 'tag':
        return this.tag(oid)
      default:
        return null
    }
  }

  gitObject(type, oid) {
    return {
      id: nodeId.object(type, oid),
      oid,
      abbreviatedOid: oid.slice(0, 7),
      commitUrl: `${this.webBase}/commit/${oid}`,
      commitResourcePath: `/${this.nameWithOwner}/commit/${oid}`,
      repository: () => this.repository()
    }
  }

  actor(ident) {
    if (!ident) return null
    return {
      name: ident.name,
      email: ident.email,
      date: ident.date,
      avatarUrl: 'https://avatars.githubusercontent.com/u/0?v=4',
      user: null
    }
  }

  async commit(oid) {
    const store = this.store
    const c = await store.commit(oid)
    const message = c.message.replace(/\n+$/, '')
    const newline = message.indexOf('\n')
    const headline = newline === -1 ? message : message.slice(0, newline)
    const body = newline === -1 ? '' : message.slice(newline + 1).replace(/^\n+/, '')
    let stat
    const diffStat = async () => (stat ??= await this.diffStat(c))
    return {
      __typename: 'Commit',
      ...this.gitObject('commit', oid),
      url: `${this.webBase}/commit/${oid}`,
      resourcePath: `/${this.nameWithOwner}/commit/${oid}`,
      treeUrl: `${this.webBase}/tree/${oid}`,
      treeResourcePath: `/${this.nameWithOwner}/tree/${oid}`,
      tarballUrl: `${this.webBase}/tarball/${oid}`,
      zipballUrl: `${this.webBase}/zipball/${oid}`,
      message,
      messageHeadline: headline,
      messageBody: body,
      messageHeadlineHTML: headline,
      messageBodyHTML: body,
      committedDate: c.committer?.date,
      authoredDate: c.author?.date,
      pushedDate: null,
      author: this.actor(c.author),
      committer: this.actor(c.committer),
      authoredByCommitter:
        c.author?.name === c.committer?.name && c.author?.email === c.committer?.email,
      committedViaWeb: c.committer?.email === 'noreply@github.com',
      signature: null,
      status: null,
      statusCheckRollup: null,
      viewerCanSubscribe: false,
      additions: async () => (await diffStat()).additions,
      deletions: async () => (await diffStat()).deletions,
      changedFiles: async () => (await diffStat()).changedFiles,
      changedFilesIfAvailable: async () => (await diffStat()).changedFiles,
      tree: () => this.tree(c.tree, ''),
      file: async ({ path }) => {
        const entry = await store.entryAt(oid, path)
        if (!entry || entry.path === '') return null
        const slash = entry.path.lastIndexOf('/')
        return this.treeEntry(entry, slash === -1 ? '' : entry.path.slice(0, slash))
      },
      parents: (args) =>
        connection('parents', args, async (skip, limit) => ({
          totalCount: c.parents.length,
          items: await Promise.all(
            c.parents
              .slice(skip, limit === undefined ? undefined : skip + limit)
              .map((p) => this.commit(p))
          )
        })),
      history: (args) =>
        connection('history', args, async (skip, limit) => {
          const page = await store.history(oid, {
            path: args.path ?? undefined,
            since: args.since ?? undefined,
            until: args.until ?? undefined,
            skip,
            limit
          })
          return {
            totalCount: page.totalCount,
            items: await Promise.all(page.oids.map((o) => this.commit(o)))
          }
        }),
      associatedPullRequests: (args) =>
        connection(
          'associatedPullRequests',
          args,
          fromArray(
            this.env.pulls.filter((p) => p.head.sha === oid).map((p) => this.pullRequest(p))
          )
        )
    }
  }

  async diffStat(c) {
    const args = ['diff-tree', '-r', '--numstat', '--no-renames', '-z']
    const out = await this.store.gitText(
      c.parents.length ? [...args, c.parents[0], c.oid] : [...args, '--root', c.oid]
    )
    let additions = 0
    let deletions = 0
    let changedFiles = 0
    for (const record of out.split('\0').filter(Boolean)) {
      const m = /^(\d+|-)\t(\d+|-)\t/.exec(record)
      if (!m) continue
      changedFiles += 1
      additions += m[1] === '-' ? 0 : Number(m[1])
      deletions += m[2] === '-' ? 0 : Number(m[2])
    }
    return { additions, deletions, changedFiles }
  }

  async tree(oid, path) {
    return {
      __typename: 'Tree',
      ...this.gitObject('tree', oid),
      entries: async () => {
        const tree = await this.store.tree(oid)
        return tree.entries.map((e) => this.treeEntry(e, path))
      }
    }
  }

  treeEntry(entry, dir) {
    const path = dir ? `${dir}/${entry.name}` : entry.name
    const ext = entry.type === 'blob' ? extname(entry.name) : ''
    return {
      __typename: 'TreeEntry',
      name: entry.name,
      nameRaw: Buffer.from(entry.name, 'utf8').toString('base64'),
      path,
      pathRaw: Buffer.from(path, 'utf8').toString('base64'),
      oid: entry.oid,
      mode: parseInt(entry.mode, 8),
      type: entry.type,
      size: entry.size ?? 0,
      extension: ext || null,
      isGenerated: false,
      language: null,
      submodule: null,
      lineCount: async () => {
        if (entry.type !== 'blob') return null
        const { content } = await this.store.blob(entry.oid)
        if (content.includes(0)) return null
        const text = content.toString('utf8')
        if (text === '') return 0
        return text.split('\n').length - (text.endsWith('\n') ? 1 : 0)
      },
      object: () => {
        if (entry.type === 'tree') return this.tree(entry.oid, path)
        if (entry.type === 'blob') return this.blob(entry.oid)
        return null // submodule
      },
      repository: () => this.repository()
    }
  }

  async blob(oid) {
    const { content } = await this.store.blob(oid)
    const isBinary = content.includes(0)
    return {
      __typename: 'Blob',
      ...this.gitObject('blob', oid),
      byteSize: content.length,
      isBinary,
      isTruncated: false,
      // Buffer#toString keeps a BOM, CRLF and a missing final newline exactly as stored.
      text: isBinary ? null : content.toString('utf8')
    }
  }

  async tag(oid) {
    const t = await this.store.tag(oid)
    return {
      __typename: 'Tag',
      ...this.gitObject('tag', oid),
      name: t.name,
      message: t.message.replace(/\n+$/, ''),
      tagger: this.actor(t.tagger),
      target: () => this.object(t.target)
    }
  }
}
