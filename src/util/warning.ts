/**
 * A warning, and where it points when it is about a line of one of the repository's files
 * (image_versions.src, image_vars.src). The action turns the location into an annotation on that
 * file and line, so it shows in the pull request diff; the CLI and the summary print the text.
 */
export interface FileWarning {
  readonly message: string
  /** The file, relative to the repository root; set by whoever knows which file was read. */
  readonly file?: string
  /** The 1-based line, when the warning is about one. */
  readonly line?: number
}

/** A warning: plain text, or text about a file (and a line of it). */
export type Warning = string | FileWarning

/** A warning about a file; `line` when it is about one line. */
export function fileWarning(message: string, file?: string, line?: number): FileWarning {
  return { message, ...(file !== undefined ? { file } : {}), ...(line ? { line } : {}) }
}

/** The text of a warning, as the CLI, the log and the summary show it. */
export function warningText(w: Warning): string {
  return typeof w === 'string' ? w : w.message
}

/** Names the file of the file warnings that do not name one yet (the engine knows only lines). */
export function inFile(warnings: readonly Warning[], file: string): Warning[] {
  return warnings.map((w) => (typeof w === 'string' || w.file !== undefined ? w : { ...w, file }))
}

/** The annotation properties (`file`, `startLine`) of a warning, as `core.warning` takes them. */
export function annotationOf(w: Warning): { file: string; startLine?: number } | undefined {
  if (typeof w === 'string' || w.file === undefined) return undefined
  return { file: w.file, ...(w.line !== undefined ? { startLine: w.line } : {}) }
}
