/**
 * Change detection: did an image's inputs change between its pinned tag and a head commit?
 * (Interface fixed; implementation in progress.)
 */
import type { Image } from './image-vars.js'

export type MissingTagPolicy = 'unpin' | 'keep' | 'fail'
export type Detection = 'paths' | 'command'

export interface DetectOptions {
  /** The repository root (the workspace). */
  readonly cwd: string
  /** The commit to compare against: the pushed head, or the head of the branch being committed to. */
  readonly head: string
  readonly images: readonly Image[]
  /** prefix -> tag to compare with (a validated release version, e.g. v1.2.3). Only these images are checked. */
  readonly pins: ReadonlyMap<string, string>
  /** The `paths` input: image name or prefix -> globs that override/extend the image folder. */
  readonly paths?: ReadonlyMap<string, readonly string[]>
  readonly sharedPaths?: readonly string[]
  readonly ignorePaths?: readonly string[]
  /** Repo-relative path of image_versions.src: always ignored. */
  readonly versionsFile: string
  readonly onMissingTag: MissingTagPolicy
  readonly detection: Detection
  /** argv of the compare command, or undefined. */
  readonly compareCommand?: readonly string[]
}

export interface ImageChange {
  /** true: inputs changed; false: unchanged; null: could not tell (error, reason says why). */
  readonly changed: boolean | null
  /** In words, e.g. `app/src/Main.java and 3 more changed since v1.4.2`. */
  readonly reason: string
  /** The first few changed files that count for this image. */
  readonly files: readonly string[]
  readonly fileCount: number
}

export interface DetectResult {
  /** prefix -> result, for every prefix in `pins`. */
  readonly results: ReadonlyMap<string, ImageChange>
  readonly warnings: readonly string[]
  readonly stats: { readonly gitProcesses: number; readonly fetches: number }
}

export class DetectError extends Error {
  override name = 'DetectError'
}

export async function detectChanges(_opts: DetectOptions): Promise<DetectResult> {
  throw new DetectError('not implemented yet')
}
