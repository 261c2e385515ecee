/**
 * The `paths` input and the `paths` entries of the configuration file, read and checked (pure):
 * one `image: glob, glob` per line, each glob refused with a message that says what to write
 * when it cannot work as documented (path-globs.ts has the glob semantics). Kept apart from the
 * glob engine, so that the fast skip path, which reads the action's inputs, loads no picomatch.
 */
import { splitGlobs } from '../util/glob/split.js'
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
