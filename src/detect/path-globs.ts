/**
 * Which files count as an image's inputs: the `paths`, `shared-paths` and `ignore-paths` inputs,
 * the image folders, and the index of changed files they are matched against. Pure: no git here.
 *
 * Glob semantics (picomatch, `dot: true`):
 * - Globs match repository-relative paths with `/` separators, dot files included (`**` matches
 *   `.github/x`). `*` stays within one folder, `**` crosses folders, `{a,b}` and `[ab]` work.
 * - A glob without wildcards names a file or a folder: `shared/lib` matches `shared/lib` itself
 *   and everything below it. A trailing `/` means the same (`shared/lib/`).
 * - There is no `!` negation inside a list: what must never count goes in `ignore-paths`, which
 *   wins over everything else. The versions file never counts.
 */
import picomatch from 'picomatch'
import { compileGlob } from '../util/glob/compile.js'
import { foldersNamedIn, lowerBound, rangeUnder } from '../util/paths.js'
import { checkGlob } from './paths-input.js'

interface CompiledGlob {
  /** The folder below which every match lies ('' for anywhere). */
  readonly base: string
  /** For a glob without wildcards: the path it names (itself and everything below it). */
  readonly literal?: string
  readonly test: (path: string) => boolean
}

/** A list of globs compiled once, matched against single paths or a whole ChangedFiles index. */
export class GlobSet {
  private readonly compiled: readonly CompiledGlob[]

  constructor(
    readonly globs: readonly string[],
    input: string,
    key?: string
  ) {
    this.compiled = globs.map((raw) => {
      checkGlob(raw, input, key)
      const glob = raw.replace(/^(?:\.\/)+/, '')
      const scan = picomatch.scan(glob)
      if (!scan.isGlob && !glob.includes('\\')) {
        const literal = glob.replace(/\/+$/, '')
        return {
          base: literal,
          literal,
          test: (p: string) => p === literal || p.startsWith(`${literal}/`)
        }
      }
      return { base: scan.base.replace(/\/+$/, ''), test: compileGlob(glob) }
    })
  }

  get size(): number {
    return this.compiled.length
  }

  /** True when the path matches any glob. */
  matches(path: string): boolean {
    return this.compiled.some((g) => g.test(path))
  }

  /** Indices (ascending) of the files of `files` that match any glob. */
  matchIn(files: ChangedFiles): number[] {
    const hits = new Set<number>()
    for (const g of this.compiled) {
      const [start, end] = files.under(g.base)
      // The base itself may match too: picomatch's `a/**` matches `a`.
      const exact = g.base === '' ? -1 : files.indexOf(g.base)
      if (exact >= 0 && g.test(g.base)) hits.add(exact)
      if (g.literal !== undefined) {
        for (let i = start; i < end; i++) hits.add(i)
        continue
      }
      for (let i = start; i < end; i++) if (g.test(files.at(i))) hits.add(i)
    }
    return [...hits].sort((a, b) => a - b)
  }
}

/**
 * The changed files of one diff that may count for some image (ignored paths and the versions
 * file removed), sorted so that the files below any folder form one contiguous range.
 */
export class ChangedFiles {
  readonly files: readonly string[]

  constructor(files: readonly string[], isIgnored: (path: string) => boolean) {
    this.files = files.filter((f) => !isIgnored(f)).sort()
  }

  get length(): number {
    return this.files.length
  }

  at(i: number): string {
    return this.files[i] as string
  }

  /** The index of a path, or -1. */
  indexOf(path: string): number {
    const i = lowerBound(this.files, path)
    return this.files[i] === path ? i : -1
  }

  /** [start, end) of the files below `dir` (all files for ''). */
  under(dir: string): [number, number] {
    return rangeUnder(this.files, dir)
  }

  /** Every folder holding a changed file whose last name is in `names`: name -> folders. */
  foldersNamed(names: ReadonlySet<string>): Map<string, Set<string>> {
    return foldersNamedIn(this.files, names)
  }
}
