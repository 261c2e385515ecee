// A SourceTree from path -> text, for tests. TypeScript, unlike the other helpers here: it builds
// on src/ (makeTree), which only jest's ts-jest transform loads, so it is never run by plain node.
import { makeTree } from '../src/detect/build/tree.js'
import type { SourceTree } from '../src/detect/build/types.js'

/**
 * A tree from path -> text: every entry is a file, every text is read; `links` are symbolic
 * links, path -> target as written.
 */
export function treeOf(
  entries: Readonly<Record<string, string>>,
  links: Readonly<Record<string, string>> = {}
): SourceTree {
  return makeTree(
    [...Object.keys(entries), ...Object.keys(links)],
    new Map(Object.entries(entries)),
    new Map(Object.entries(links))
  )
}
