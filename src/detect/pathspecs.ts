/**
 * Git pathspecs that limit a tag's diff to what can matter for the images pinned to it (pure).
 *
 * The pathspecs are a superset of what the in-process matcher (detect/match.ts, picomatch
 * semantics, ignore-paths, `.dockerignore` excludes) can count, never narrower: the matcher stays
 * the judge, git only leaves out files that no input of these images can reach.
 * - a `dir` or `file` input: its path, literally (a folder covers everything below it);
 * - a glob: its literal base folder (`picomatch.scan(glob).base`, the folder that GlobSet itself
 *   looks below), or the whole tree for a glob with no base (`**\/*.java`, `{a,b}/**`);
 * - excludes are not passed to git (leaving them out only widens the diff);
 * - an image with no folder at the head (`noFolder`): also every folder named like it, anywhere
 *   (`:(glob)**\/<name>/**`), so that a folder deleted since the tag is seen;
 * - an image whose inputs are "any change": the whole tree;
 * - more than MAX_PATHSPECS pathspecs: the whole tree. git matches every entry it visits against
 *   every pathspec, so a limited diff grows with their square: on a 100k-file tree with 3,300
 *   changed files, 100-300 pathspecs cost 10-20 ms, 1,000 cost 90 ms and 5,000 (every image
 *   pinned to one release, the usual case after a release) 650 ms, where the whole-tree diff
 *   costs 30 ms.
 * A build root renamed since the tag is looked up in the full diff, which changes.ts runs only
 * for the tags where that happens.
 */
import picomatch from 'picomatch'
import type { ImageInputs } from './build/resolve-inputs.js'
import type { Input } from './build/types.js'

/** Pathspecs for one diff, or `undefined` for the whole tree. */
export type Pathspecs = readonly string[] | undefined

/** The folder or file below which everything an input can match lies; '' for anywhere. */
export function inputBase(input: Input): string {
  if (input.kind !== 'glob') return input.path
  const glob = input.path.replace(/^(?:\.\/)+/, '')
  const scan = picomatch.scan(glob)
  // The same base GlobSet.matchIn looks below (image-inputs.ts), so never narrower than it.
  const base = !scan.isGlob && !glob.includes('\\') ? glob : scan.base
  return base.replace(/\/+$/, '')
}

/** Escapes the characters that are special in git's `:(glob)` magic. */
const globLiteral = (name: string): string => name.replace(/[\\*?[\]]/g, (c) => `\\${c}`)

/** Beyond this many pathspecs a limited diff costs git more than the whole-tree diff. */
export const MAX_PATHSPECS = 256

/**
 * The pathspecs for a diff that must show every file the inputs of these images can match:
 * literal folder prefixes, deduplicated (a folder covers everything below it), and one glob per
 * image without a folder. `undefined` when one of them needs the whole tree, or when there are
 * more than MAX_PATHSPECS of them.
 */
export function pathspecsFor(images: readonly ImageInputs[]): Pathspecs {
  const bases = new Set<string>()
  const named = new Set<string>()
  for (const ins of images) {
    if (ins.any !== undefined) return undefined
    for (const input of ins.inputs) {
      const base = inputBase(input)
      if (base === '') return undefined
      bases.add(base)
    }
    if (ins.noFolder) named.add(ins.image.name)
  }
  const kept = new Set<string>()
  // Shorter first, so that a folder is kept before anything below it is considered.
  for (const base of [...bases].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    let covered = false
    for (let at = base.indexOf('/'); at >= 0 && !covered; at = base.indexOf('/', at + 1))
      covered = kept.has(base.slice(0, at))
    if (!covered) kept.add(base)
  }
  if (kept.size + named.size > MAX_PATHSPECS) return undefined
  return [
    ...[...kept].sort().map((p) => `:(top,literal)${p}`),
    ...[...named].sort().map((name) => `:(top,glob)**/${globLiteral(name)}/**`)
  ]
}

/** Argument bytes per git process, well below ARG_MAX (the environment shares it). */
export const CHUNK_BYTES = 96 * 1024

/** Splits pathspecs into chunks of at most `bytes` argument bytes each (at least one per chunk). */
export function chunkPathspecs(specs: readonly string[], bytes = CHUNK_BYTES): string[][] {
  const chunks: string[][] = []
  let current: string[] = []
  let size = 0
  for (const spec of specs) {
    const cost = Buffer.byteLength(spec) + 1
    if (current.length > 0 && size + cost > bytes) {
      chunks.push(current)
      current = []
      size = 0
    }
    current.push(spec)
    size += cost
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}
