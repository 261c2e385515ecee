/**
 * Build contexts the repository declares: a compose service's `build`, a bake target, a skaffold
 * artifact, a workflow step that runs `docker build` or `docker/build-push-action`. Each reader
 * reads its files as text from the SourceTree (pure: no git, no file system) and says where each
 * build's context and Dockerfile are, with the file and line that say so. Matching a build to
 * an image (by name) is not the reader's job: it lists every name the build goes by.
 */
import type { SourceTree } from '../types.js'

/** One docker build declared in the repository. */
export interface DeclaredBuild {
  /**
   * The names it goes by, as written: the compose service, the bake target, the skaffold
   * artifact `image`, the workflow step's tags (`-t`, `tags:`), a compose `image:`. Raw strings:
   * registry hosts, tags and `${VAR}` parts are left for the matcher.
   */
  readonly names: readonly string[]
  /**
   * The build context, a repository-relative folder ('' is the repository root), or undefined
   * when it cannot be resolved (a variable or expression, a URL or git context, a path that
   * leaves the repository). An unresolved build says why in `unresolved`.
   */
  readonly context: string | undefined
  /**
   * The Dockerfile, repository-relative, when the build names one and it can be resolved;
   * undefined means `<context>/Dockerfile` (or unresolved, then `unresolved` says so).
   * An inline Dockerfile (compose `dockerfile_inline`, bake `dockerfile-inline`) is `inline`.
   */
  readonly dockerfile?: string
  readonly inline?: boolean
  /** The file that declares the build, and the 1-based line of its declaration. */
  readonly file: string
  readonly line: number
  /** In words, e.g. `compose service api (docker-compose.yml line 12)`. */
  readonly what: string
  /**
   * Other repository files that shape the build: the compose project's `.env` when the build
   * section interpolates variables, `env_file`s, bake variable files. Repository-relative.
   */
  readonly extraFiles: readonly string[]
  /** What could not be read, each in words (`context ${APP_DIR} uses a variable`); empty when fully read. */
  readonly unresolved: readonly string[]
}

/** One kind of file that declares builds. */
export interface ContextReader {
  readonly name: string
  /** The files this reader reads, from the path alone (they are read in the one batch). */
  wants(path: string): boolean
  /** Every build declared in the tree's files of this kind. Never throws on bad input. */
  builds(tree: SourceTree): { readonly builds: DeclaredBuild[]; readonly warnings: string[] }
}
