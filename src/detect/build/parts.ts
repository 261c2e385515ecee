/**
 * Inputs finer than a file (pure): a shared build file (`gradle.properties`, a version catalog,
 * the root or an ancestor build script, a convention plugin) counts for an image only when a
 * part of it that the image's build reads changed.
 *
 * Two halves meet here. When the inputs are derived, the provider attaches to such a file input
 * a `Part`: the format of the file, and who in this image's build reads a given part of it. When
 * the file changed since the tag, change detection reads it at the tag and at the head and asks
 * the format's differ (gradle-diff.ts) what changed: a `FileChange`. `partVerdict` then decides,
 * and says why either way. Anything a differ cannot place counts for every image that reads the
 * file (`all`): never narrower than the whole file when unsure.
 */

/** How a shared build file is compared between the tag and the head. */
export type PartFormat = 'properties' | 'catalog' | 'ancestor-script' | 'convention-script'

/** One changed part of a shared build file. */
export interface ChangedPart {
  /**
   * - `key`: a property key (`spring_boot_version`);
   * - `alias`: a version catalog accessor, normalised with dots (`spring.boot.web`,
   *   `bundles.jackson`, `plugins.spotless`, `versions.kotlin`);
   * - `plugin`: a plugin id whose `plugins { id 'x' version 'v' apply false }` entry changed;
   * - `task`: a task that the script registers on its own project (`tasks.register('x')`).
   */
  readonly kind: 'key' | 'alias' | 'plugin' | 'task'
  readonly name: string
  /** In words: `spring_boot_version changed`, `plugins {}: org.springframework.boot (apply false) changed`. */
  readonly what: string
}

/** What changed in a shared build file between its text at the tag and at the head. */
export interface FileChange {
  /**
   * Set when some change cannot be placed, or shapes every build that reads the file: it then
   * counts for every image that reads the file. In words: `line 12 is not a plain key=value`,
   * `subprojects {} changed`.
   */
  readonly all?: string
  /** Changes that count only for the images whose build reads the part. */
  readonly parts: readonly ChangedPart[]
  /**
   * Changes that count for no image, in words: `scmVersion {} changed (configures the root
   * project only)`, `spotless {} changed (verification only)`, `comments and layout changed`.
   */
  readonly none: readonly string[]
}

/** What one image's build reads of a shared build file. */
export interface Part {
  readonly format: PartFormat
  /**
   * Who in this image's build reads the part (`the convention plugin local.java.conventions,
   * applied by app`), or undefined when nothing does.
   */
  reads(kind: ChangedPart['kind'], name: string): string | undefined
}

/** Whether a changed shared build file counts for an image, and why (or why not). */
export interface PartVerdict {
  readonly counts: boolean
  /** `spring_boot_version changed, read by ...`; for a file that does not count, why not. */
  readonly why: string
}

/** The verdict for one changed file from the part its input reads and what changed. */
export function partVerdict(part: Part, change: FileChange): PartVerdict {
  if (change.all !== undefined) return { counts: true, why: change.all }
  for (const p of change.parts) {
    const reader = part.reads(p.kind, p.name)
    if (reader !== undefined) return { counts: true, why: `${p.what}, read by ${reader}` }
  }
  const unread = change.parts.map((p) => `${p.what}, which this build does not read`)
  const why = [...unread, ...change.none]
  return { counts: false, why: why.length > 0 ? why.join('; ') : 'no change' }
}
