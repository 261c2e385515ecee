// Types for the local GitHub API emulator (index.js). Plain ESM JavaScript, importable from node
// scripts and from jest tests without a build.

export type Permission = 'read' | 'write'

/** Who a token acts as; commits made with it are authored by this identity. */
export interface TokenIdentity {
  permission: Permission
  /** The login its comments and pull requests show (and GraphQL `viewer`). */
  login?: string
  /** The author type REST shows: default 'Bot' for a login ending in [bot], else 'User'. */
  type?: 'User' | 'Bot'
  name?: string
  email?: string
}

export interface EmulatorOptions {
  /** Repository owner, e.g. 'octo'. */
  owner: string
  /** Repository name, e.g. 'mono'. */
  repo: string
  /** Path of an existing bare git repository; the emulator serves (and commits to) it. */
  bareDir: string
  /**
   * token -> permission (or identity). Any other token answers 401 Bad credentials.
   * Default identity: github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>.
   */
  tokens?: Record<string, Permission | TokenIdentity>
  /**
   * '' (default): REST at http://127.0.0.1:PORT, GraphQL at /graphql.
   * '/api/v3': GitHub Enterprise Server layout, REST at /api/v3, GraphQL at /api/graphql.
   */
  basePath?: string
  /** 0 (default) = a random free port. */
  port?: number
}

export interface LogEntry {
  method: string
  /** Request path with its query string, e.g. '/graphql' or '/repos/o/r/pulls?state=open'. */
  path: string
  kind: 'graphql' | 'rest'
  operation: 'query' | 'mutation' | null
  operationName: string | null
  /** Top-level field names of the GraphQL operation (fragments included). */
  fields: string[]
  /** HTTP status answered; null when the socket was dropped. */
  status: number | null
  /** A mutation, or a REST method other than GET/HEAD. */
  write: boolean
  /** The injected fault that answered this request: 'status:502', 'rate-limit:secondary',
   * 'rate-limit:primary', 'drop', 'hang', 'garbled:shape', 'garbled:json', 'after-apply:502',
   * 'stale'; null if none. */
  fault: string | null
  /** Set when the emulator itself failed while answering (HTTP 500): the reason. */
  error?: string
}

export interface CallFilter {
  write?: boolean
  kind?: 'graphql' | 'rest'
  operation?: 'query' | 'mutation' | null
  status?: number | null
  /** Entries whose `fields` include this top-level field. */
  field?: string
}

/** Which requests an injected fault applies to. 'graphql' = any GraphQL request. */
export type FaultTarget = 'any' | 'graphql' | 'query' | 'mutation' | 'rest'

export type InjectOptions =
  /** The next `times` matching requests answer this HTTP status with a GitHub-like JSON body. */
  | { status: number; times?: number; on?: FaultTarget }
  /**
   * 403 with retry-after, x-ratelimit-remaining: 0 and GitHub's secondary rate limit message
   * ('You have exceeded a secondary rate limit...'); primary: true answers the primary limit
   * ('API rate limit exceeded...', x-ratelimit-reset = now + retryAfter) instead.
   */
  | { rateLimit: { retryAfter?: number; primary?: boolean }; times?: number; on?: FaultTarget }
  /** The next `times` createCommitOnBranch calls answer STALE_DATA even if the oid matches. */
  | { stale: true; times?: number; on?: FaultTarget }
  /** Destroy the socket without answering. */
  | { drop: true; times?: number; on?: FaultTarget }
  /** Accept the request and never answer (the socket stays open until the emulator closes). */
  | { hang: true; times?: number; on?: FaultTarget }
  /**
   * Answer HTTP 200 with a body that is not the answer: 'shape' sends valid JSON of the wrong
   * shape ({"ok":true}), 'json' a body cut off in the middle of the JSON.
   */
  | { garbled: 'shape' | 'json'; times?: number; on?: FaultTarget }
  /** Execute the request (a mutation is applied), then answer this HTTP status instead. */
  | { afterApply: number; times?: number; on?: FaultTarget }

export interface BeforeCommitEvent {
  /** Branch name, without refs/heads/. */
  branch: string
  expectedHeadOid: string
}

export interface PushFileOptions {
  branch: string
  path: string
  content?: string | Buffer
  message?: string
  /** Default: Someone Else <someone.else@example.com> (also the committer). */
  author?: { name: string; email: string }
  /** Delete path instead of writing it. */
  delete?: boolean
}

/** A pull request as the REST API returns it (the fields the emulator fills in). */
export interface PullRequest {
  url: string
  id: number
  node_id: string
  html_url: string
  number: number
  state: 'open' | 'closed'
  title: string
  body: string | null
  draft: boolean
  user: { login: string; type: string }
  created_at: string
  updated_at: string
  merged: boolean
  head: { label: string; ref: string; sha: string }
  base: { label: string; ref: string; sha: string }
}

/** A pull request comment as the REST API returns it (issue comments). */
export interface IssueComment {
  id: number
  node_id: string
  url: string
  html_url: string
  issue_url: string
  body: string
  user: { login: string; type: string }
  author_association: string
  created_at: string
  updated_at: string
}

/** A release as the REST API returns it (the fields the emulator fills in). */
export interface Release {
  id: number
  node_id: string
  url: string
  html_url: string
  tag_name: string
  name: string
  draft: boolean
  prerelease: boolean
  created_at: string
  published_at: string | null
}

export interface GitHubEmulator {
  readonly owner: string
  readonly repo: string
  readonly bareDir: string
  readonly port: number
  /** Value for GITHUB_API_URL. */
  readonly apiUrl: string
  /** Value for GITHUB_GRAPHQL_URL. */
  readonly graphqlUrl: string
  /** Value for GITHUB_SERVER_URL (http://127.0.0.1:PORT). */
  readonly serverUrl: string
  /** One entry per HTTP request, in arrival order. Never contains a token. */
  readonly log: LogEntry[]
  /**
   * Pull requests created through POST /repos/{owner}/{repo}/pulls (a body over 65,536
   * characters: 422 Validation Failed, resource Issue, "body is too long (maximum is 65536
   * characters)"). GET /pulls and /pulls/{n} show head.sha where the head branch is now, as
   * GitHub does after a push or a force-push.
   */
  readonly pulls: PullRequest[]
  /**
   * Comments on pull requests, oldest first: GET/POST /repos/{o}/{r}/issues/{n}/comments
   * (per_page, page, and a Link header) and PATCH /repos/{o}/{r}/issues/comments/{id}. The
   * author (user.login, user.type) is the token's identity; a body over 65,536 characters is
   * refused: 422 Validation Failed, resource IssueComment, "Body is too long (maximum is 65536
   * characters)". (Each also holds its issue_number, which the API does not show.)
   */
  readonly comments: (IssueComment & { issue_number: number })[]
  /** Releases, oldest first; GET /repos/{o}/{r}/releases/latest answers the newest published one. */
  readonly releases: Release[]
  /** Publish a release of a tag (no git object is checked). */
  addRelease(options: {
    tagName: string
    name?: string
    draft?: boolean
    prerelease?: boolean
  }): Release
  /** Count log entries matching the filter (all entries without one). */
  calls(filter?: CallFilter): number
  resetLog(): void
  inject(options: InjectOptions): void
  /** Disarm every injected fault not yet used. */
  clearFaults(): void
  /**
   * Run inside createCommitOnBranch after the new commit is written and before the
   * compare-and-swap of the branch; may call pushFile to simulate someone else's push.
   * null clears it.
   */
  onBeforeCommit(hook: ((event: BeforeCommitEvent) => void | Promise<void>) | null): void
  /** Make a real commit on branch in the bare repo (someone else's push); returns its oid. */
  pushFile(options: PushFileOptions): Promise<string>
  /**
   * Make createCommitOnBranch (and REST ref updates) on branch fail like GitHub does:
   * 'protection' (classic branch protection): type BRANCH_PROTECTION_RULE_VIOLATION,
   *   message "protected branch 'B' check failed:\n  Changes must be made through a pull request.";
   * 'ruleset' (repository rules): type FORBIDDEN, message "Repository rule violations
   *   found\n\nChanges must be made through a pull request.\n\n"; null removes it.
   */
  protect(branch: string, kind: 'protection' | 'ruleset' | null): void
  /** The oid a branch points to, or null. */
  head(branch: string): Promise<string | null>
  close(): Promise<void>
}

export function startEmulator(options: EmulatorOptions): Promise<GitHubEmulator>
