/**
 * The GitHub API client: Octokit from @actions/github with the retry and throttling plugins,
 * and the GraphQL/REST calls the action makes (the pull request fallback is in pull-request.ts).
 * Nothing here decides anything.
 */
import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'
import { boundedFetch, type ApiBounds } from './fetch.js'
import { COMMIT_HEADLINE_LIMIT, fitLine } from './limits.js'
import { OID } from '../util/refs.js'
import { KnownError } from '../util/errors.js'

export type Octokit = ReturnType<typeof getOctokit>

export interface Repository {
  readonly owner: string
  readonly repo: string
}

/** How many times a rate-limited request is retried before the run fails. */
const RATE_LIMIT_RETRIES = 3

/** A throttling handler: warn, and retry a bounded number of times. */
function onLimit(what: string) {
  return (
    retryAfter: number,
    options: { method: string; url: string },
    _octokit: unknown,
    retryCount: number
  ): boolean => {
    core.warning(`${what} hit for ${options.method} ${options.url}; retrying in ${retryAfter} s`)
    return retryCount < RATE_LIMIT_RETRIES
  }
}

export function createClient(token: string, apiUrl: string, bounds: ApiBounds): Octokit {
  return getOctokit(
    token,
    {
      baseUrl: apiUrl,
      request: { fetch: boundedFetch(bounds) },
      retry: { retries: 3 },
      throttle: {
        // The plugin spaces GraphQL calls 1 s apart by default. Our read and our compare-and-swap
        // commit belong together: a second between them only invites STALE_DATA when several
        // runs race. Calls stay serialized; commit retries have their own jittered backoff.
        write: new Bottleneck.Group({
          id: 'vro-image-version-write',
          maxConcurrent: 1,
          minTime: 0
        }),
        onRateLimit: onLimit('Rate limit'),
        onSecondaryRateLimit: onLimit('Secondary rate limit')
      }
    },
    retry,
    throttling
  )
}

/** A GraphQL error as GitHub returns it inside an HTTP 200 answer. */
interface GraphqlError {
  readonly type?: string
  readonly message: string
}

/** The errors of a failed GraphQL call, or undefined for other failures. */
export function graphqlErrors(e: unknown): readonly GraphqlError[] | undefined {
  if (e === null || typeof e !== 'object') return undefined
  const errors = (e as { errors?: unknown }).errors
  return Array.isArray(errors) ? (errors as GraphqlError[]) : undefined
}

export interface BranchFile {
  /** The branch head. */
  readonly headOid: string
  /** The head commit's message and web address (to recognise a commit of our own). */
  readonly headMessage?: string
  readonly headUrl?: string
  /** The file's text at the head; undefined when the file does not exist there. */
  readonly text: string | undefined
}

const READ_FILE = `query ReadVersionsFile($owner: String!, $name: String!, $ref: String!, $path: String!) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $ref) {
      target {
        oid
        ... on Commit {
          message
          url
          file(path: $path) {
            object {
              ... on Blob { text isBinary isTruncated }
            }
          }
        }
      }
    }
  }
}`

export class ApiError extends KnownError {
  override name = 'ApiError'
  get id(): string {
    return 'api'
  }
}

/** Reads the branch head and the file at that head in one GraphQL call. */
export async function readBranchFile(
  octokit: Octokit,
  graphqlUrl: string,
  repo: Repository,
  branch: string,
  path: string
): Promise<BranchFile> {
  // The object form lets `url` (GITHUB_GRAPHQL_URL) travel beside the variables.
  const answer: unknown = await octokit.graphql({
    query: READ_FILE,
    url: graphqlUrl,
    owner: repo.owner,
    name: repo.repo,
    ref: `refs/heads/${branch}`,
    path
  })
  const unexpected = (): ApiError =>
    new ApiError(
      `The API's answer for ${path} on ${branch} is not the GraphQL answer asked for ` +
        `(${preview(answer)}); a proxy or an outage may be at fault. Run again.`
    )
  if (!isObject(answer) || !('repository' in answer)) throw unexpected()
  const repository = answer.repository
  if (repository === null)
    throw new ApiError(
      `Repository ${repo.owner}/${repo.repo} not found, or the token cannot read it`
    )
  if (!isObject(repository) || !('ref' in repository)) throw unexpected()
  if (repository.ref === null) {
    throw new ApiError(
      `Branch ${branch} not found in ${repo.owner}/${repo.repo}. Set the branch input to an existing branch.`
    )
  }
  const target = isObject(repository.ref) ? repository.ref.target : undefined
  if (!isObject(target) || typeof target.oid !== 'string' || !OID.test(target.oid)) {
    throw unexpected()
  }
  const head = {
    headOid: target.oid,
    headMessage: typeof target.message === 'string' ? target.message : '',
    headUrl: typeof target.url === 'string' ? target.url : ''
  }
  const blob = isObject(target.file) ? target.file.object : target.file
  if (blob === null || blob === undefined) return { ...head, text: undefined }
  if (!isObject(blob)) throw unexpected()
  if (blob.isBinary === true || blob.text === null) {
    throw new ApiError(
      `${path} on ${branch} is a binary file; it must be a text file of bash assignments`
    )
  }
  if (blob.isTruncated === true)
    throw new ApiError(`${path} on ${branch} is too large for the API to return whole`)
  if (typeof blob.text !== 'string') throw unexpected()
  return { ...head, text: blob.text }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x)
}

/** A short, single-line rendering of an answer for an error message. */
function preview(answer: unknown): string {
  const text = answer === undefined ? 'no data' : JSON.stringify(answer)
  return text.length > 120 ? `${text.slice(0, 120)}...` : text
}

const CREATE_COMMIT = `mutation CommitVersionsFile($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) {
    commit { oid url }
  }
}`

export interface NewCommit {
  readonly oid: string
  readonly url: string
}

/**
 * Commits one file with `createCommitOnBranch`: signed by GitHub for app tokens, and an exact
 * compare-and-swap on `expectedHeadOid`. Errors are thrown as Octokit raised them. The headline is
 * cut to COMMIT_HEADLINE_LIMIT; the body must already fit COMMIT_BODY_LIMIT (commitBody cuts it,
 * keeping the trailers that recognise the run's own commit).
 */
export async function commitFile(
  octokit: Octokit,
  graphqlUrl: string,
  repo: Repository,
  args: {
    branch: string
    expectedHeadOid: string
    path: string
    text: string
    headline: string
    body: string
  }
): Promise<NewCommit> {
  const answer: unknown = await octokit.graphql({
    query: CREATE_COMMIT,
    url: graphqlUrl,
    input: {
      branch: { repositoryNameWithOwner: `${repo.owner}/${repo.repo}`, branchName: args.branch },
      expectedHeadOid: args.expectedHeadOid,
      message: {
        headline: fitLine(args.headline, COMMIT_HEADLINE_LIMIT),
        ...(args.body ? { body: args.body } : {})
      },
      fileChanges: {
        additions: [
          { path: args.path, contents: Buffer.from(args.text, 'utf8').toString('base64') }
        ]
      }
    }
  })
  const made = isObject(answer) ? answer.createCommitOnBranch : undefined
  const commit = isObject(made) ? made.commit : undefined
  if (!isObject(commit) || typeof commit.oid !== 'string' || !OID.test(commit.oid)) {
    throw new ApiError(
      `The API answered the commit to ${args.branch} without the new commit (${preview(answer)}), ` +
        `so whether it was made is unknown. Re-run the workflow: a re-run changes nothing when the file is already right.`
    )
  }
  return { oid: commit.oid, url: typeof commit.url === 'string' ? commit.url : '' }
}

/** The tag of the repository's latest (published, non-prerelease) release; undefined when none. */
export async function latestReleaseTag(
  octokit: Octokit,
  repo: Repository
): Promise<string | undefined> {
  try {
    return (await octokit.rest.repos.getLatestRelease({ ...repo })).data.tag_name
  } catch (e) {
    if ((e as { status?: number }).status === 404) return undefined
    throw e
  }
}
