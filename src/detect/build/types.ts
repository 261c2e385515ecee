/**
 * The shared vocabulary of the input providers: what an image's build reads, and why.
 *
 * A provider is one build system (Gradle, Dockerfile, plain folder). It reads build files as
 * text from a SourceTree (a listing of the head commit plus the build files read in one batch)
 * and returns inputs, each with its provenance, so every decision can name the file and the
 * chain that makes it an input. Providers are pure: no git, no file system.
 */

import type { Part } from './parts.js'

/** The head commit's tree, as the providers see it. Paths are repository-relative, `/`-separated. */
export interface SourceTree {
  /** Every file (blob or symlink) of the tree, sorted by code unit. */
  readonly files: readonly string[]
  /** True when `path` is a file of the tree. */
  hasFile(path: string): boolean
  /** True when `path` is a folder of the tree ('' is the root). */
  hasDir(path: string): boolean
  /** The files below `dir` (every file for ''), sorted. */
  filesUnder(dir: string): readonly string[]
  /**
   * The text of a build file. Only files that some provider's `wants` accepted were read;
   * others, and files that are not in the tree, are undefined. A symbolic link reads as its
   * target inside the tree (undefined when the link leads outside it), never as its own text.
   */
  read(path: string): string | undefined
  /** Every symbolic link of the tree, sorted. */
  readonly links: readonly string[]
  /** The target of a symbolic link as written (`../docker/Dockerfile.java`); undefined for other paths. */
  linkTarget(path: string): string | undefined
}

/** Which provider or setting made a path an input, and through what chain. */
export interface Provenance {
  /** `gradle`, `docker`, `folder`, `paths`, `shared-paths`, `image-vars`. */
  readonly provider: string
  /** The file (and line, 1-based) that declares the input, when there is one. */
  readonly file?: string
  readonly line?: number
  /**
   * Why it counts, in words that complete "changed since v1.2.3 (...)", e.g.
   * `app depends on :shared:persistence-model in app/build.gradle` or
   * `plugin applied by app/build.gradle`.
   */
  readonly why: string
}

/**
 * One input of an image.
 * - `dir`: the folder and everything below it (`path` without a trailing `/`; '' is the whole tree).
 * - `file`: exactly that path.
 * - `glob`: a picomatch glob over repository paths (`dot: true`).
 * `excludes` are globs that take files back out of this input only (`.dockerignore`).
 */
export interface Input {
  readonly kind: 'dir' | 'file' | 'glob'
  readonly path: string
  readonly excludes?: readonly string[]
  readonly from: Provenance
  /**
   * For a shared build file (`kind: 'file'`): the parts of it this image's build reads. A change
   * then counts only when a part it reads changed (parts.ts); without it, any change counts.
   */
  readonly part?: Part
}

/** Where an image is built, and how that was decided (stated in reasons and the `inputs` report). */
export interface BuildRoot {
  readonly folder: string
  /** e.g. `Gradle project :domain-cc:cc-app (settings.gradle line 12)`, `folder named app holding a Dockerfile`. */
  readonly how: string
}

/**
 * Something a provider could not resolve: a COPY of a build output, a variable, an unreadable
 * build file, a symbolic link leading outside. The soundness rule (resolve.ts) widens the
 * image's inputs to `scope` for it, with a warning, unless they already cover it.
 */
export interface Unresolved {
  /** In words, e.g. `app/Dockerfile line 3: COPY build/libs/app.jar is not in the build context app/`. */
  readonly what: string
  /** The folder whose every file then counts ('' is the whole tree): the context, or the build root. */
  readonly scope: string
  /** Globs kept out of the widened scope (a `.dockerignore`: only for sources of the context itself). */
  readonly excludes?: readonly string[]
  /**
   * The repository path of a build output the build reads (`app/build/libs/app.jar`): settled,
   * with no widening, when a build-system provider (Gradle, Maven...) claims a build root that
   * holds it, since that provider's inputs are what the output is made from.
   */
  readonly output?: string
  readonly file?: string
  readonly line?: number
}

/** A docker build of the image: its Dockerfile and context, and where they come from. */
export interface DockerBuild {
  readonly dockerfile: string
  /** The build context ('' is the repository root). */
  readonly context: string
  /** e.g. `compose service api (docker-compose.yml line 12)`, `inferred: COPY sources exist under the repository root`. */
  readonly how: string
}

/** What a provider found for one image. */
export interface ProviderResult {
  readonly inputs: readonly Input[]
  readonly warnings: readonly string[]
  /** What could not be resolved: the image's inputs are widened for each (see Unresolved). */
  readonly unresolved?: readonly Unresolved[]
  /** The docker builds it read, for the `inputs` report. */
  readonly builds?: readonly DockerBuild[]
  /** Base images (`FROM`) the build uses, for a later base-image check. */
  readonly baseImages?: readonly {
    readonly image: string
    readonly file: string
    readonly line: number
  }[]
  /**
   * True when this provider recognised the build (e.g. the root is a Gradle project). The
   * folder provider is used only when no other provider claims the image.
   */
  readonly claimed: boolean
}

/** The image a provider is asked about. */
export interface ImageRef {
  readonly name: string
  readonly prefix: string
  /** `<prefix>_GRADLE_IMG` from image_vars.src, e.g. `va/abd_vro-api-gateway`. */
  readonly gradleImage?: string
}

/** One build system. Adding a build system is one new file implementing this. */
export interface Provider {
  readonly name: string
  /** The build files this provider reads, decided from the path alone (read in one batch). */
  wants(path: string): boolean
  /**
   * The inputs of an image built at `root`. `declared` holds the Dockerfiles that a build the
   * repository declares for this image already reads (compose, bake...): their context is
   * known, so a provider does not infer one for them.
   */
  inputsOf(
    image: ImageRef,
    root: BuildRoot,
    tree: SourceTree,
    declared?: ReadonlySet<string>
  ): ProviderResult
}
