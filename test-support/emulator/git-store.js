// The emulator's view of the bare repository: reads through git plumbing, and writes commits
// the way GitHub does (objects first, then one atomic compare-and-swap of the branch ref).
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GitError, runGit } from './exec.js'

const OID = /^[0-9a-f]{40}$/

/** A promise-chain mutex: run(fn) runs fn once every earlier fn has settled. */
export class Mutex {
  #tail = Promise.resolve()
  run(fn) {
    const result = this.#tail.then(fn)
    this.#tail = result.catch(() => {})
    return result
  }
}

/** Raised when a compare-and-swap finds the branch somewhere else. */
export class RefMovedError extends Error {
  constructor(refName, expected) {
    super(`${refName} does not point to ${expected}`)
    this.name = 'RefMovedError'
  }
}

/** Raised when a file change cannot be applied (path missing, bad path...). */
export class FileChangeError extends Error {
  constructor(kind, message) {
    super(message)
    this.name = 'FileChangeError'
    this.kind = kind
  }
}

function parseIdent(line) {
  // "Name <email> 1700000000 +0100"
  const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(line)
  if (!m) return { name: line, email: '', date: new Date(0).toISOString(), timestamp: 0 }
  const timestamp = Number(m[3])
  return { name: m[1], email: m[2], timestamp, tz: m[4], date: isoSeconds(timestamp) }
}

function isoSeconds(timestamp) {
  return new Date(timestamp * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Split a raw commit or tag object into its headers and its message. */
function parseObjectText(buffer) {
  const text = buffer.toString('utf8')
  const end = text.indexOf('\n\n')
  const head = end === -1 ? text : text.slice(0, end)
  const message = end === -1 ? '' : text.slice(end + 2)
  const headers = []
  for (const line of head.split('\n')) {
    if (line.startsWith(' ') && headers.length > 0) {
      headers[headers.length - 1][1] += '\n' + line.slice(1) // continuation (gpgsig)
    } else {
      const space = line.indexOf(' ')
      headers.push([line.slice(0, space), line.slice(space + 1)])
    }
  }
  return { headers, message }
}

export class GitStore {
  /** @param {string} bareDir */
  constructor(bareDir) {
    this.dir = bareDir
    this.mutex = new Mutex()
    this.cache = new Map() // oid -> parsed immutable object
    this.tmp = null
  }

  async init() {
    const isBare = (await this.git(['rev-parse', '--is-bare-repository'])).toString().trim()
    if (isBare !== 'true') throw new Error(`${this.dir} is not a bare git repository`)
    this.tmp = await mkdtemp(join(tmpdir(), 'gh-emulator-'))
  }

  async close() {
    if (this.tmp) await rm(this.tmp, { recursive: true, force: true })
    this.tmp = null
  }

  git(args, options) {
    return runGit(this.dir, args, options)
  }

  async gitText(args, options) {
    return (await this.git(args, options)).toString('utf8')
  }

  // ---- reads -------------------------------------------------------------------------------

  /** The oid a fully qualified ref points to, or null. */
  async refOid(fullName) {
    if (!fullName.startsWith('refs/')) return null
    try {
      const out = await this.gitText(['show-ref', '--verify', '--', fullName])
      return out.split(' ')[0]
    } catch (e) {
      if (e instanceof GitError) return null
      throw e
    }
  }

  /** Name of the branch HEAD points to (the default branch). */
  async defaultBranch() {
    try {
      const out = await this.gitText(['symbolic-ref', '--short', 'HEAD'])
      return out.trim()
    } catch {
      return 'main'
    }
  }

  /**
   * Refs under a prefix, sorted by name: [{ name: 'refs/tags/v1', oid, date }] where date is the
   * committer timestamp of the commit the ref peels to.
   */
  async listRefs(prefix) {
    const out = await this.gitText([
      'for-each-ref',
      '--format=%(objectname) %(refname) %(*committerdate:unix) %(committerdate:unix)',
      '--sort=refname',
      '--',
      prefix.replace(/\/?$/, '/')
    ])
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [oid, name, peeled, own] = line.split(' ')
        return { oid, name, date: Number(peeled || own || 0) }
      })
  }

  /** Resolve "branch:path", an oid, a tag... to an object oid, or null. */
  async revParse(expression) {
    if (typeof expression !== 'string' || expression === '' || expression.startsWith('-')) {
      return null
    }
    try {
      const out = await this.gitText(['rev-parse', '--verify', '--quiet', expression])
      const oid = out.trim()
      return OID.test(oid) ? oid : null
    } catch {
      return null
    }
  }

  /** 'commit' | 'tree' | 'blob' | 'tag' | null */
  async objectType(oid) {
    if (!OID.test(oid)) return null
    const cached = this.cache.get(oid)
    if (cached) return cached.type
    try {
      return (await this.gitText(['cat-file', '-t', oid])).trim()
    } catch {
      return null
    }
  }

  async commit(oid) {
    const cached = this.cache.get(oid)
    if (cached?.type === 'commit') return cached
    const { headers, message } = parseObjectText(await this.git(['cat-file', 'commit', oid]))
    const commit = { type: 'commit', oid, tree: '', parents: [], message }
    for (const [key, value] of headers) {
      if (key === 'tree') commit.tree = value
      else if (key === 'parent') commit.parents.push(value)
      else if (key === 'author') commit.author = parseIdent(value)
      else if (key === 'committer') commit.committer = parseIdent(value)
    }
    this.cache.set(oid, commit)
    return commit
  }

  async tag(oid) {
    const cached = this.cache.get(oid)
    if (cached?.type === 'tag') return cached
    const { headers, message } = parseObjectText(await this.git(['cat-file', 'tag', oid]))
    const tag = { type: 'tag', oid, message }
    for (const [key, value] of headers) {
      if (key === 'object') tag.target = value
      else if (key === 'type') tag.targetType = value
      else if (key === 'tag') tag.name = value
      else if (key === 'tagger') tag.tagger = parseIdent(value)
    }
    this.cache.set(oid, tag)
    return tag
  }

  /** The exact bytes of a blob. */
  async blob(oid) {
    const cached = this.cache.get(oid)
    if (cached?.type === 'blob') return cached
    const blob = { type: 'blob', oid, content: await this.git(['cat-file', 'blob', oid]) }
    this.cache.set(oid, blob)
    return blob
  }

  /** Entries of a tree: [{ mode, type, oid, size, name }]. */
  async tree(oid) {
    const cached = this.cache.get(oid)
    if (cached?.type === 'tree') return cached
    const out = await this.gitText(['ls-tree', '-z', '--long', oid])
    const entries = out
      .split('\0')
      .filter(Boolean)
      .map((record) => {
        const tab = record.indexOf('\t')
        const [mode, type, entryOid, size] = record.slice(0, tab).split(/\s+/)
        return {
          mode,
          type,
          oid: entryOid,
          size: size === '-' ? 0 : Number(size),
          name: record.slice(tab + 1)
        }
      })
    const tree = { type: 'tree', oid, entries }
    this.cache.set(oid, tree)
    return tree
  }

  /** The tree entry at path in a commit, or null. */
  async entryAt(commitOid, path) {
    const clean = normalizePath(path)
    if (clean === null) return null
    const { tree: rootOid } = await this.commit(commitOid)
    if (clean === '')
      return { mode: '040000', type: 'tree', oid: rootOid, size: 0, name: '', path: '' }
    let treeOid = rootOid
    const parts = clean.split('/')
    for (let i = 0; i < parts.length; i++) {
      const tree = await this.tree(treeOid)
      const entry = tree.entries.find((e) => e.name === parts[i])
      if (!entry) return null
      if (i === parts.length - 1) return { ...entry, path: clean }
      if (entry.type !== 'tree') return null
      treeOid = entry.oid
    }
    return null
  }

  /** Commits reachable from oid (newest first), optionally touching path, paged. */
  async history(oid, { path, since, until, skip = 0, limit } = {}) {
    const filters = []
    if (since) filters.push(`--since=${since}`)
    if (until) filters.push(`--until=${until}`)
    const spec = path ? ['--', normalizePath(path) ?? path] : []
    const countOut = await this.gitText(['rev-list', '--count', ...filters, oid, ...spec])
    const page = ['rev-list', ...filters, `--skip=${skip}`]
    if (limit !== undefined) page.push(`--max-count=${limit}`)
    const listOut = limit === 0 ? '' : await this.gitText([...page, oid, ...spec])
    return { totalCount: Number(countOut.trim()), oids: listOut.split('\n').filter(Boolean) }
  }

  async isAncestor(ancestor, descendant) {
    try {
      await this.git(['merge-base', '--is-ancestor', ancestor, descendant])
      return true
    } catch {
      return false
    }
  }

  // ---- writes ------------------------------------------------------------------------------

  /**
   * Write the objects of a new commit on top of parent (nothing moves yet).
   * @param {{ parent: string | null, additions?: { path: string, content: Buffer }[],
   *   deletions?: string[], message: string, author: { name: string, email: string },
   *   committer: { name: string, email: string }, date?: Date }} spec
   * @returns {Promise<string>} the new commit oid
   */
  async writeCommit({ parent, additions = [], deletions = [], message, author, committer, date }) {
    const index = join(this.tmp, `index-${randomBytes(8).toString('hex')}`)
    const env = { GIT_INDEX_FILE: index }
    try {
      if (parent) await this.git(['read-tree', parent], { env })
      else await this.git(['read-tree', '--empty'], { env })
      const existing = new Map()
      const listed = await this.gitText(['ls-files', '-z', '--stage'], { env })
      for (const record of listed.split('\0').filter(Boolean)) {
        const tab = record.indexOf('\t')
        existing.set(record.slice(tab + 1), record.slice(0, 6))
      }
      // Like GitHub: additions first, then deletions.
      let info = ''
      for (const { path: raw, content } of additions) {
        const path = normalizePath(raw)
        if (!path)
          throw new FileChangeError('UNPROCESSABLE', `Invalid path: ${JSON.stringify(raw)}`)
        const oid = (
          await this.gitText(['hash-object', '-w', '--stdin'], { input: content })
        ).trim()
        const mode = existing.get(path) === '100755' ? '100755' : '100644'
        info += `${mode} ${oid}\t${path}\0`
        existing.set(path, mode)
      }
      for (const raw of deletions) {
        const path = normalizePath(raw)
        if (!path || !existing.has(path)) {
          throw new FileChangeError(
            'NOT_FOUND',
            `A path was requested for deletion which does not exist as of commit oid \`${parent}\``
          )
        }
        info += `0 ${'0'.repeat(40)}\t${path}\0`
        existing.delete(path)
      }
      if (info) {
        try {
          await this.git(['update-index', '-z', '--index-info'], { env, input: info })
        } catch (e) {
          throw new FileChangeError(
            'UNPROCESSABLE',
            e instanceof GitError ? e.stderr.trim() : String(e)
          )
        }
      }
      const tree = (await this.gitText(['write-tree'], { env })).trim()
      const when = `${Math.floor((date ?? new Date()).getTime() / 1000)} +0000`
      const args = ['commit-tree', tree]
      if (parent) args.push('-p', parent)
      args.push('-F', '-')
      const oid = await this.gitText(args, {
        input: message,
        env: {
          GIT_AUTHOR_NAME: author.name,
          GIT_AUTHOR_EMAIL: author.email,
          GIT_AUTHOR_DATE: when,
          GIT_COMMITTER_NAME: committer.name,
          GIT_COMMITTER_EMAIL: committer.email,
          GIT_COMMITTER_DATE: when
        }
      })
      return oid.trim()
    } finally {
      await rm(index, { force: true })
      await rm(`${index}.lock`, { force: true })
    }
  }

  /**
   * Atomically move refName from expectedOld to newOid (expectedOld null = must not exist).
   * Serialized through the mutex; git's own lock makes it a true compare-and-swap.
   */
  async compareAndSwap(refName, newOid, expectedOld, reason = 'emulator') {
    return this.mutex.run(async () => {
      const current = await this.refOid(refName)
      if ((current ?? null) !== (expectedOld ?? null)) throw new RefMovedError(refName, expectedOld)
      try {
        await this.git(['update-ref', '-m', reason, refName, newOid, expectedOld ?? '0'.repeat(40)])
      } catch (e) {
        if (e instanceof GitError) throw new RefMovedError(refName, expectedOld)
        throw e
      }
      return newOid
    })
  }

  /** Delete a ref if it still points to expectedOld. */
  async deleteRef(refName, expectedOld) {
    return this.mutex.run(async () => {
      try {
        await this.git(['update-ref', '-d', refName, expectedOld])
      } catch (e) {
        if (e instanceof GitError) throw new RefMovedError(refName, expectedOld)
        throw e
      }
    })
  }
}

/** 'a//b/' -> 'a/b'; rejects absolute paths and '.'/'..' segments (returns null). */
export function normalizePath(path) {
  if (typeof path !== 'string') return null
  const parts = path.split('/').filter((p) => p !== '')
  if (path.startsWith('/') || parts.some((p) => p === '.' || p === '..' || p.includes('\0'))) {
    return null
  }
  return parts.join('/')
}

export { isoSeconds, OID }
