/**
 * Answers in words (pure): an image's changed files with why each counts, a folder deleted
 * since the tag, a build root renamed since the tag.
 */
import type { CompareOutcome } from './compare-command.js'
import type { ChangedFiles } from './path-globs.js'
import { under } from '../util/paths.js'
import { explainHits, type Hit } from './match.js'
import type { ImageInputs } from './build/resolve-inputs.js'
import type { Input } from './build/types.js'
import type { RootOrigin } from './renames.js'

export interface ImageChange {
  /** true: inputs changed; false: unchanged; null: could not tell (error, reason says why). */
  readonly changed: boolean | null
  /** In words, e.g. `app/src/Main.java and 3 more changed since v1.4.2 (Gradle project :app)`. */
  readonly reason: string
  /** The first few changed files that count for this image. */
  readonly files: readonly string[]
  readonly fileCount: number
}

/** How many changed files an ImageChange keeps in `files`. */
export const MAX_FILES = 10
/** The input that "any change counts" matches every file through. */
const ANY: Input = { kind: 'dir', path: '', from: { provider: 'any', why: '' } }
/** Every changed file, for an image whose inputs are "any change". */
export const everyFile = (files: ChangedFiles): Hit[] =>
  Array.from({ length: files.length }, (_, index) => ({ index, input: ANY }))
/** An unchanged answer with its reason. */
export const unchanged = (reason: string): ImageChange => ({
  changed: false,
  reason,
  files: [],
  fileCount: 0
})

/** What an image's inputs are, in a few words, for "no input changed" reasons. */
export function scopeOf(inputs: ImageInputs): string {
  if (inputs.any !== undefined) return inputs.any
  if (inputs.roots.length === 0) return 'paths entry'
  return inputs.roots.map((r) => `build root ${r.folder}/, ${r.how}`).join('; ')
}

/** The answer for an image from the files that count for it; `note` adds to the reason. */
export function answerFromHits(
  hits: readonly Hit[],
  files: ChangedFiles,
  tag: string,
  inputs: ImageInputs,
  note?: string
): ImageChange {
  const any = inputs.any !== undefined ? `${inputs.any}, so any change counts` : undefined
  if (hits.length === 0) {
    const what = any !== undefined ? 'no file changed' : 'no input changed'
    const why = [any ?? scopeOf(inputs), note].filter((w) => w)
    return unchanged(`${what} since ${tag} (${why.join('; ')})`)
  }
  const shown = hits.slice(0, MAX_FILES).map((h) => ({
    file: files.at(h.index),
    why: any !== undefined ? '' : h.input.from.why
  }))
  const notes = [any, note].filter((n): n is string => n !== undefined)
  return {
    changed: true,
    reason: explainHits(shown, hits.length, tag, notes),
    files: shown.map((s) => s.file),
    fileCount: hits.length
  }
}

/**
 * An image with no folder at the head: the folders named like it (or its declared folder) that
 * the diff shows were in the tag's tree, so they were deleted since. Empty when none.
 */
export function deletedFolders(inputs: ImageInputs, files: ChangedFiles): string[] {
  const { image } = inputs
  if (image.folder !== undefined && inputs.inputs.some((i) => i.from.provider === 'image-vars')) {
    const [start, end] = files.under(image.folder)
    if (end > start) return [image.folder]
  }
  if (!inputs.noFolder) return []
  return [...(files.foldersNamed(new Set([image.name])).get(image.name) ?? [])]
}

/** Removes the hits that a rename explains: below the new root, only files that differ count. */
export function afterMove(
  hits: readonly Hit[],
  files: ChangedFiles,
  root: string,
  origin: Extract<RootOrigin, { kind: 'moved' }>
): Hit[] {
  return hits.filter((h) => {
    const f = files.at(h.index)
    if (under(f, origin.from)) return false
    return !under(f, root) || origin.differ.has(f)
  })
}

/** The compare command's answer, with the path rule's reason (if any) after it. */
export function withCompare(
  before: ImageChange | undefined,
  outcome: CompareOutcome,
  tag: string
): ImageChange {
  const reason =
    outcome.changed === false
      ? `compare-command reports the same image as ${tag} (exit 0)`
      : outcome.changed === true
        ? `compare-command reports a change since ${tag} (exit 1)`
        : `compare-command failed (${outcome.detail})`
  return {
    changed: outcome.changed,
    reason: `${reason}${before ? `; ${before.reason}` : ''}`,
    files: before?.files ?? [],
    fileCount: before?.fileCount ?? 0
  }
}
