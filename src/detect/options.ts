/**
 * What change detection is asked (detect/changes.ts's detectChanges), and the checks of it that
 * need nothing but the options.
 */
import type { Image } from '../files/image-vars.js'
import { escapeForMessage } from '../util/escape.js'
import { DetectError, type MissingTagPolicy } from './tag-commits.js'

/** How changes are detected (the `detection` input): by paths, or by the compare command. */
export type DetectionMode = 'paths' | 'command'

export interface DetectOptions {
  /** The repository root (the workspace). */
  readonly cwd: string
  /**
   * The commit to compare against: the head of the branch being committed to. A revision of
   * the checkout, or a full commit sha, fetched at depth 1 when missing.
   */
  readonly head: string
  readonly images: readonly Image[]
  /** prefix -> tag to compare with (a validated release version, e.g. v1.2.3). Only these images are checked. */
  readonly pins: ReadonlyMap<string, string>
  /** The `paths` input: image name or prefix -> globs that replace/extend the derived inputs. */
  readonly paths?: ReadonlyMap<string, readonly string[]>
  readonly sharedPaths?: readonly string[]
  readonly ignorePaths?: readonly string[]
  /** Repo-relative path of image_versions.src: always ignored. */
  readonly versionsFile: string
  readonly onMissingTag: MissingTagPolicy
  readonly detection: DetectionMode
  /** argv of the compare command, or undefined. */
  readonly compareCommand?: readonly string[]
  /** How long one compare command may run (`compare-timeout`); default 10 minutes. */
  readonly compareTimeoutMs?: number
  /** The remote that missing tags are fetched from; default `origin`. */
  readonly remote?: string
  /**
   * `inputs` (the default): each tag's diff is limited by pathspecs to the inputs of the images
   * pinned to it (detect/pathspecs.ts); `full`: one whole-tree diff per tag. The decisions are
   * the same; `full` is for tests and the benchmark.
   */
  readonly diffScope?: 'inputs' | 'full'
}

/**
 * Refuses options that cannot work before anything runs: a head that is not a plain revision, a
 * remote name that is not plain, command detection without a command.
 */
export function checkOptions(opts: DetectOptions, remote: string): void {
  checkRevision(opts.head, 'head')
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(remote)) {
    throw new DetectError(`Invalid remote name ${escapeForMessage(remote)}`)
  }
  if (opts.detection === 'command' && !opts.compareCommand?.length) {
    throw new DetectError(
      'detection is "command" but compare-command is empty; set compare-command'
    )
  }
}

/** A revision given by the caller reaches git only on cat-file's stdin; still keep it plain. */
function checkRevision(rev: string, what: string): void {
  const plain = [...rev].every((ch) => ch > ' ' && ch !== '\x7f' && ch !== ':')
  if (rev === '' || rev.startsWith('-') || !plain) {
    throw new DetectError(`Invalid ${what} revision ${escapeForMessage(rev)}`)
  }
}
