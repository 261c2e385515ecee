// POST /graphql: parse, validate against GitHub's real schema, execute with our resolvers, and
// answer in GitHub's shapes (HTTP 200 with `errors` for anything past authentication).
import { Buffer } from 'node:buffer'
import { Kind, execute, parse, validate } from 'graphql'
import { FileChangeError, RefMovedError, OID } from './git-store.js'
import { GitHubGraphQLError, Model, nodeId } from './model.js'
import {
  githubSchema,
  githubSyntaxError,
  githubValidationErrors,
  githubVariableError
} from './schema.js'

/**
 * Classify a GraphQL request body for logging and fault matching, without executing it.
 * @returns {{ operation: 'query' | 'mutation' | null, fields: string[], document: any, error: any }}
 */
export function classify(body) {
  const source = typeof body?.query === 'string' ? body.query : null
  if (source === null) return { operation: null, fields: [], document: null, error: null }
  let document
  try {
    document = parse(source)
  } catch (error) {
    return { operation: null, fields: [], document: null, error }
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
  const op =
    (body.operationName
      ? operations.find((d) => d.name?.value === body.operationName)
      : operations[0]) ?? null
  if (!op) return { operation: null, fields: [], document, error: null }
  const fragments = new Map(
    document.definitions
      .filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d])
  )
  const fields = []
  const collect = (selectionSet, seen) => {
    for (const sel of selectionSet.selections) {
      if (sel.kind === Kind.FIELD) fields.push(sel.name.value)
      else if (sel.kind === Kind.INLINE_FRAGMENT) collect(sel.selectionSet, seen)
      else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
        const fragment = fragments.get(sel.name.value)
        if (fragment) collect(fragment.selectionSet, new Set([...seen, sel.name.value]))
      }
    }
  }
  collect(op.selectionSet, new Set())
  const operation = op.operation === 'subscription' ? null : op.operation
  return { operation, fields: [...new Set(fields)], document, error: null }
}

/** Format one execution error the way GitHub does. */
function formatError(error, document, variables) {
  const original = error.originalError
  if (original instanceof GitHubGraphQLError) {
    return {
      type: original.type,
      path: error.path,
      locations: error.locations,
      message: original.message
    }
  }
  if (!error.path && /^Variable "\$/.test(error.message)) {
    return githubVariableError(error, document, variables)
  }
  const out = {}
  if (error.path) out.path = error.path
  if (error.locations) out.locations = error.locations
  out.message = error.message
  return out
}

/**
 * Execute a GraphQL request.
 * @param {{ body: any, classified: ReturnType<typeof classify>, emulator: any,
 *   permission: 'read' | 'write', identity: { name: string, email: string, login: string },
 *   record: { fault: string | null } }} req
 * @returns {Promise<any>} the JSON body (always answered with HTTP 200)
 */
export async function executeGraphQL({ body, classified, emulator, permission, identity, record }) {
  if (typeof body?.query !== 'string') {
    return { errors: [{ message: 'A query attribute must be specified and must be a string.' }] }
  }
  if (classified.error) {
    return { errors: [githubSyntaxError(classified.error)] }
  }
  const schema = githubSchema()
  const document = classified.document
  const validationErrors = validate(schema, document)
  if (validationErrors.length > 0) {
    return { errors: githubValidationErrors(validationErrors, document) }
  }
  const variables = body.variables ?? {}
  const model = new Model({
    store: emulator.store,
    owner: emulator.owner,
    repo: emulator.repo,
    serverUrl: emulator.serverUrl,
    pulls: emulator.pulls,
    permission
  })
  const context = { emulator, model, permission, identity, record }
  const result = await execute({
    schema,
    document,
    rootValue: rootValue(context),
    contextValue: context,
    variableValues: variables,
    operationName: body.operationName ?? undefined
  })
  const out = {}
  if ('data' in result) out.data = result.data ?? null
  if (result.errors?.length) {
    out.errors = result.errors.map((e) => formatError(e, document, variables))
  }
  return out
}

function rootValue(ctx) {
  const { model, emulator } = ctx
  return {
    // ---- Query -----------------------------------------------------------------------------
    repository: ({ owner, name }) => {
      if (!model.isThisRepo(owner, name)) {
        throw new GitHubGraphQLError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${owner}/${name}'.`
        )
      }
      return model.repository()
    },
    viewer: () => ({
      __typename: 'User',
      id: `U_${Buffer.from(ctx.identity.login).toString('base64url')}`,
      login: ctx.identity.login,
      name: ctx.identity.name,
      email: ctx.identity.email
    }),
    rateLimit: () => {
      const rl = emulator.rateLimits.graphql
      return {
        limit: rl.limit,
        cost: 1,
        remaining: rl.remaining,
        used: rl.limit - rl.remaining,
        resetAt: new Date(rl.reset * 1000).toISOString(),
        nodeCount: 1
      }
    },
    node: async ({ id }) => {
      const decoded = nodeId.decode(id)
      if (decoded?.kind === 'repository' && decoded.key === model.nameWithOwner.toLowerCase()) {
        return model.repository()
      }
      if (decoded?.kind === 'ref') return model.findRef(decoded.key)
      if (decoded?.kind === 'object' && OID.test(decoded.key)) return model.object(decoded.key)
      throw new GitHubGraphQLError(
        'NOT_FOUND',
        `Could not resolve to a node with the global id of '${id}'`
      )
    },

    // ---- Mutation --------------------------------------------------------------------------
    createCommitOnBranch: ({ input }) => createCommitOnBranch(ctx, input),
    createRef: ({ input }) => createRef(ctx, input)
  }
}

function requireWrite(ctx) {
  if (ctx.permission !== 'write') {
    throw new GitHubGraphQLError('FORBIDDEN', 'Resource not accessible by integration')
  }
}

/**
 * Branch protection as GitHub reports it from createCommitOnBranch. Both shapes come from
 * GitHub's resolver (Platform::Mutations::CreateCommitOnBranch, as published in public code):
 *   rescue Git::Ref::ProtectedBranchUpdateError => raise Errors::BranchProtectionRuleViolation
 *   rescue Git::Ref::RepositoryRuleViolationError => fail Errors::Forbidden, e.detailed_message
 * Classic protection: type BRANCH_PROTECTION_RULE_VIOLATION, message "protected branch 'main'
 * check failed:\n  <reason>" as seen live in
 *   https://github.com/microsoft/vscode-remote-repositories-github/issues/252
 * and its type confirmed by https://github.com/Thinkmill/keystatic/issues/1559 and #1598
 * (rulesets "raise a different type": FORBIDDEN, with the ruleset message GitHub also gives on
 * REST/git pushes: "Repository rule violations found\n\nChanges must be made through a pull
 * request.\n\n", e.g. https://github.com/satisfactory-factories/application/issues/67).
 */
export function protectionError(kind, branch) {
  if (kind === 'ruleset') {
    return new GitHubGraphQLError(
      'FORBIDDEN',
      'Repository rule violations found\n\nChanges must be made through a pull request.\n\n'
    )
  }
  return new GitHubGraphQLError(
    'BRANCH_PROTECTION_RULE_VIOLATION',
    `protected branch '${branch}' check failed:\n  Changes must be made through a pull request.`
  )
}

async function createCommitOnBranch(ctx, input) {
  const { model, emulator } = ctx
  const store = emulator.store

  // Locate the branch: by Ref node id, or repositoryNameWithOwner + branchName.
  let branchName
  if (input.branch.id) {
    const decoded = nodeId.decode(input.branch.id)
    if (decoded?.kind !== 'ref' || !decoded.key.startsWith('refs/heads/')) {
      throw new GitHubGraphQLError(
        'NOT_FOUND',
        `Could not resolve to a node with the global id of '${input.branch.id}'`
      )
    }
    branchName = decoded.key.slice('refs/heads/'.length)
  } else {
    const nwo = input.branch.repositoryNameWithOwner ?? ''
    const [owner, name] = nwo.split('/', 2)
    if (!model.isThisRepo(owner, name)) {
      throw new GitHubGraphQLError(
        'NOT_FOUND',
        `Could not resolve to a Repository with the name '${nwo}'.`
      )
    }
    branchName = String(input.branch.branchName ?? '').replace(/^refs\/heads\//, '')
  }
  const refName = `refs/heads/${branchName}`
  const head = branchName ? await store.refOid(refName) : null
  if (!head) throw new GitHubGraphQLError('NOT_FOUND', 'Branch not found')

  requireWrite(ctx)

  const expected = String(input.expectedHeadOid).toLowerCase()
  if (!OID.test(expected) || (await store.objectType(expected)) !== 'commit') {
    throw new GitHubGraphQLError(
      'NOT_FOUND',
      `No commit exists with specified expectedHeadOid '${input.expectedHeadOid}'.`
    )
  }
  // GitHub's own wording, two spaces included.
  const stale = () =>
    new GitHubGraphQLError(
      'STALE_DATA',
      `Expected branch to point to ${JSON.stringify(expected)} but it did not.  Pull and try again.`
    )

  const protection = emulator.protections.get(branchName)
  if (protection) throw protectionError(protection, branchName)
  if (emulator.faults.takeStale()) {
    ctx.record.fault = 'stale'
    throw stale()
  }
  if (head !== expected) throw stale()

  const headline = input.message.headline
  const body = input.message.body
  const message = body ? `${headline}\n\n${body}` : headline
  const additions = (input.fileChanges?.additions ?? []).map((a) => ({
    path: a.path,
    content: Buffer.from(String(a.contents), 'base64')
  }))
  const deletions = (input.fileChanges?.deletions ?? []).map((d) => d.path)

  let newOid
  try {
    newOid = await store.writeCommit({
      parent: expected,
      additions,
      deletions,
      message,
      author: { name: ctx.identity.name, email: ctx.identity.email },
      committer: { name: 'GitHub', email: 'noreply@github.com' }
    })
  } catch (e) {
    if (e instanceof FileChangeError) throw new GitHubGraphQLError(e.kind, e.message)
    throw e
  }

  // Someone else may push right now (test hook), before our compare-and-swap.
  if (emulator.beforeCommitHook) {
    await emulator.beforeCommitHook({ branch: branchName, expectedHeadOid: expected })
  }
  try {
    await store.compareAndSwap(refName, newOid, expected, 'createCommitOnBranch')
  } catch (e) {
    if (e instanceof RefMovedError) throw stale()
    throw e
  }
  return {
    clientMutationId: input.clientMutationId ?? null,
    commit: () => model.commit(newOid),
    ref: model.ref(refName, newOid)
  }
}

async function createRef(ctx, input) {
  const { model, emulator } = ctx
  const store = emulator.store
  const decoded = nodeId.decode(input.repositoryId)
  if (decoded?.kind !== 'repository' || decoded.key !== model.nameWithOwner.toLowerCase()) {
    throw new GitHubGraphQLError(
      'NOT_FOUND',
      `Could not resolve to a node with the global id of '${input.repositoryId}'`
    )
  }
  requireWrite(ctx)
  const name = String(input.name)
  if (!/^refs\/(heads|tags)\/./.test(name) || name.includes('..') || /[\s~^:?*[\\]/.test(name)) {
    throw new GitHubGraphQLError('UNPROCESSABLE', `${name} is not a valid ref name.`)
  }
  const oid = String(input.oid).toLowerCase()
  if (!OID.test(oid) || !(await store.objectType(oid))) {
    throw new GitHubGraphQLError(
      'NOT_FOUND',
      `Could not resolve to a Git object with oid '${oid}'.`
    )
  }
  try {
    await store.compareAndSwap(name, oid, null, 'createRef')
  } catch (e) {
    if (e instanceof RefMovedError) {
      throw new GitHubGraphQLError(
        'UNPROCESSABLE',
        `A ref named "${name}" already exists in the repository.`
      )
    }
    throw e
  }
  return { clientMutationId: input.clientMutationId ?? null, ref: model.ref(name, oid) }
}
