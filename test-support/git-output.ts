// Whole git outputs parsed at once, for tests: src/ parses them as they stream in (LsTreeParser,
// BatchParser), and these feed a whole output to the same parsers. TypeScript, like tree.ts: it
// builds on src/, which only jest's ts-jest transform loads.
import { BatchParser } from '../src/git/cat-file.js'
import { LsTreeParser, type TreeListing } from '../src/git/ls-tree.js'

/** Parses a whole `git ls-tree -r -z` output (see LsTreeParser). */
export function parseLsTree(data: Buffer | string, want: (path: string) => boolean): TreeListing {
  const parser = new LsTreeParser(want)
  parser.write(typeof data === 'string' ? Buffer.from(data, 'utf8') : data)
  return parser.end()
}

/**
 * Parses a whole `cat-file --batch` output: for each asked object, its content when it is a
 * blob, else undefined (`<spec> missing`, trees, commits). Sizes come from the headers, so
 * contents may hold any byte.
 */
export function parseBatch(data: Buffer, count: number): (Buffer | undefined)[] {
  const parser = new BatchParser(count, Number.POSITIVE_INFINITY)
  parser.write(data)
  return parser.end()
}
