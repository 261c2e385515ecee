// Types for test-support/git-fixture.js.

/** Default author/committer date of fixture commits and tags. */
export const FIXTURE_DATE: string

/**
 * Run git with an argument array; resolves stdout, rejects with git's stderr in the message.
 * Identity (Fixture Author <author@example.com>) and dates (FIXTURE_DATE) are set through the
 * environment; system and global git config are ignored. `env` overrides any of them.
 */
export function git(
  cwd: string,
  args: string[],
  options?: { input?: string | Buffer; env?: Record<string, string> }
): Promise<string>

/** git init -b branch (default 'main'); creates dir if needed. */
export function initRepo(dir: string, options?: { branch?: string }): Promise<void>

/** Write files relative to dir ({ 'a/b.txt': 'text' }); null deletes; folders are created. */
export function writeFiles(
  dir: string,
  files: Record<string, string | Buffer | null>
): Promise<void>

/** git add -A and commit; returns the new commit sha. */
export function commitAll(
  dir: string,
  message: string,
  options?: { date?: string; allowEmpty?: boolean; env?: Record<string, string> }
): Promise<string>

/** Tag ref (default HEAD), lightweight or annotated; returns the tagged commit sha. */
export function tag(
  dir: string,
  name: string,
  options?: { annotated?: boolean; message?: string; ref?: string }
): Promise<string>

/** git init --bare bareDir (HEAD = workDir's branch), then push --all and --tags into it. */
export function initBareFrom(workDir: string, bareDir: string): Promise<void>

/**
 * Like actions/checkout: git clone --depth=1 --no-tags --branch <branch> file://<bareDir> <dest>.
 * Returns the checked-out commit sha.
 */
export function cloneDepth1(bareDir: string, dest: string, branch: string): Promise<string>

/** mkdtemp under the OS temp dir. */
export function tmpDir(prefix?: string): Promise<string>
