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
import { compileGlob } from '../util/glob.js'
import { splitGlobs } from '../util/glob-list.js'
import { foldersNamedIn, lowerBound, rangeUnder } from '../util/paths.js'
import { escapeForMessage } from '../util/escape.js'
import { KnownError } from '../util/errors.js'

export class PathsError extends KnownError {
  override name = 'PathsError'
  get id(): string {
    return 'paths'
  }
}

const KEY = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/

/**
 * Parses the `paths` input: one `image: glob, glob` per line, keyed by image name or prefix.
 *
 * ```yaml
 * paths: |
 *   api-gateway: gateway/**, libs/gateway-lib/**   # replaces the folder api-gateway/
 *   app: + libs/app-lib/**                          # adds to the folder app/
 * ```
 *
 * - The globs of an entry replace the image's folder: only they count (with `shared-paths`).
 * - A `+` right after the colon (or before each glob) adds the globs to the image's folder
 *   instead. An image's globs must all be additions or all replacements.
 * - An image may have several lines; their globs add up. Blank lines and `#` lines are ignored.
 *
 * Returns key -> globs, additions keeping their leading `+`.
 */
export function parsePathsInput(text: string, input = 'paths'): Map<string, string[]> {
  const out = new Map<string, string[]>()
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    const where = `${input} line ${i + 1}`
    const colon = line.indexOf(':')
    if (colon < 0) {
      throw new PathsError(
        `${where}: ${escapeForMessage(line)} has no "image:"; write one image per line, e.g. "app: app/**, libs/app-lib/**"`
      )
    }
    const key = line.slice(0, colon).trim()
    if (!KEY.test(key)) {
      throw new PathsError(`${where}: ${escapeForMessage(key)} is not an image name or prefix`)
    }
    let rest = line.slice(colon + 1).trim()
    const extendAll = rest.startsWith('+')
    if (extendAll) rest = rest.slice(1)
    const globs = splitGlobs(rest).map((g) => (extendAll && !g.startsWith('+') ? `+${g}` : g))
    if (globs.length === 0) throw new PathsError(`${where}: no globs for ${key}`)
    const entry = [...(out.get(key) ?? []), ...globs]
    readPathsEntry(key, entry, where)
    out.set(key, entry)
  })
  return out
}

/** One image's `paths` entry: its globs, and whether they add to the folder or replace it. */
export interface PathsEntry {
  readonly globs: readonly string[]
  readonly extend: boolean
}

/** Validates the globs of one `paths` entry and reads the `+` (add to the folder) marker. */
export function readPathsEntry(key: string, globs: readonly string[], input = 'paths'): PathsEntry {
  const plus = globs.filter((g) => g.startsWith('+')).length
  if (plus > 0 && plus < globs.length) {
    throw new PathsError(
      `${input}: ${key} mixes globs with and without a leading "+". Put "+" on all of them to add ` +
        `them to the image folder, or on none to replace the folder.`
    )
  }
  const clean = globs.map((g) => (g.startsWith('+') ? g.slice(1).trim() : g.trim()))
  for (const g of clean) checkGlob(g, input, key)
  if (clean.length === 0) throw new PathsError(`${input}: no globs for ${key}`)
  return { globs: clean, extend: plus > 0 }
}

/** Throws a PathsError naming the input when a glob cannot work as documented. */
export function checkGlob(glob: string, input: string, key?: string): void {
  const where = `${input}${key !== undefined ? ` (${key})` : ''}`
  if (glob === '') throw new PathsError(`${where}: empty glob`)
  if (glob.startsWith('!')) {
    throw new PathsError(
      `${where}: ${escapeForMessage(glob)}: "!" negation is not supported in a glob list; ` +
        `list the paths that must never count in the ignore-paths input instead`
    )
  }
  if (glob.startsWith('/')) {
    throw new PathsError(
      `${where}: ${escapeForMessage(glob)}: globs are relative to the repository root; remove the leading "/"`
    )
  }
  if (/[\0\n\r]/.test(glob))
    throw new PathsError(`${where}: ${escapeForMessage(glob)} holds a control character`)
  if (glob.split('/').includes('..')) {
    throw new PathsError(`${where}: ${escapeForMessage(glob)}: ".." cannot match a repository path`)
  }
}

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
