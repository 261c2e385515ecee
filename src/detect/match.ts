/**
 * Changed files against an image's inputs (pure): which files count, and which input made each
 * one count, so a reason can say why.
 */
import { ChangedFiles, GlobSet } from './path-globs.js'
import { type FileChange, partVerdict } from './build/parts.js'
import type { Input } from './build/types.js'

/** A changed file that counts for an image, and the input it matched first. */
export interface Hit {
  readonly index: number
  readonly input: Input
}

/** Inputs compiled once; a glob shared by many images is compiled once too. */
export class InputMatcher {
  private readonly globs = new Map<string, GlobSet>()

  private globSet(globs: readonly string[]): GlobSet {
    const key = globs.join('\0')
    let set = this.globs.get(key)
    if (!set) {
      set = new GlobSet(globs, 'inputs')
      this.globs.set(key, set)
    }
    return set
  }

  private indices(input: Input, files: ChangedFiles): number[] {
    switch (input.kind) {
      case 'file': {
        const i = files.indexOf(input.path)
        return i >= 0 ? [i] : []
      }
      case 'dir': {
        const [start, end] = files.under(input.path)
        const self = input.path === '' ? -1 : files.indexOf(input.path)
        const out = Array.from({ length: end - start }, (_, k) => start + k)
        return self >= 0 ? [self, ...out] : out
      }
      case 'glob':
        return this.globSet([input.path]).matchIn(files)
    }
  }

  /** The changed files that count for these inputs, ascending, each with its first input. */
  match(inputs: readonly Input[], files: ChangedFiles): Hit[] {
    return this.matchParts(inputs, files).hits
  }

  /**
   * `match`, where a shared build file with a part (parts.ts) counts only when `changes` says a
   * part that the image reads changed (a file missing from `changes` counts). `notes` say why a
   * changed shared build file does not count, when no other input makes it count.
   */
  matchParts(
    inputs: readonly Input[],
    files: ChangedFiles,
    changes?: ReadonlyMap<string, FileChange>
  ): { hits: Hit[]; notes: string[] } {
    const hits = new Map<number, Input>()
    const unread = new Map<number, string>()
    for (const input of inputs) {
      const found = this.indices(input, files)
      if (found.length === 0) continue
      const out = input.excludes?.length ? this.globSet(input.excludes) : undefined
      for (const i of found) {
        if (hits.has(i) || (out && out.matches(files.at(i)))) continue
        const change = input.part && changes?.get(input.path)
        if (input.part && change) {
          const v = partVerdict(input.part, change)
          if (!v.counts) {
            unread.set(i, `${input.path}: ${v.why}`)
            continue
          }
          hits.set(i, { ...input, from: { ...input.from, why: `${input.from.why}: ${v.why}` } })
        } else hits.set(i, input)
      }
    }
    const notes = [...unread].filter(([i]) => !hits.has(i)).map(([, note]) => note)
    const sorted = [...hits].sort((a, b) => a[0] - b[0])
    return { hits: sorted.map(([index, input]) => ({ index, input })), notes }
  }
}

/** How many files a reason names before "and N more". */
export const LISTED_FILES = 3

/**
 * The reason for counted files, naming the first few and why each counts:
 * `shared/lib/X.java changed since v1.2.0 (app depends on :shared:lib in app/build.gradle)`,
 * `app/a.java (Gradle project :app), gradle/libs.versions.toml (root build file) and 3 more changed since v1.2.0`.
 */
export function explainHits(
  shown: readonly { readonly file: string; readonly why: string }[],
  count: number,
  tag: string,
  notes: readonly string[] = []
): string {
  const listed = shown.slice(0, Math.min(LISTED_FILES, count))
  const more = count - listed.length
  const whys = new Set(listed.map((s) => s.why))
  const oneWhy = whys.size === 1
  const names = listed.map((s) => (oneWhy || s.why === '' ? s.file : `${s.file} (${s.why})`))
  const joined =
    more > 0
      ? `${names.join(', ')} and ${more} more`
      : names.length <= 1
        ? names.join('')
        : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
  const why = [oneWhy ? [...whys][0] : '', ...notes].filter((w) => w)
  return `${joined} changed since ${tag}${why.length > 0 ? ` (${why.join('; ')})` : ''}`
}
