/**
 * The head tree the build providers read, from git: one `git ls-tree -r` for the listing and one
 * `git cat-file --batch` for every build file any provider (or context reader) wants, read by
 * blob id. The git side of detect/build/, which itself does no I/O.
 */
import type { Git } from '../git/git.js'
import { wantsContext } from './build/context/index.js'
import { PROVIDERS } from './build/index.js'
import { realPath } from './build/links.js'
import { makeTree } from './build/tree.js'
import type { Provider, SourceTree } from './build/types.js'

/**
 * The head tree with the texts of the build files that the providers want. Symbolic links are
 * read too (their texts are their targets); a wanted file that is a link is read at its target,
 * by path, in a second batch that only a tree with such links needs.
 */
export async function loadTree(
  git: Git,
  commit: string,
  providers: readonly Provider[] = PROVIDERS
): Promise<SourceTree> {
  const wanted = (f: string): boolean => providers.some((p) => p.wants(f)) || wantsContext(f)
  // Paths that cannot be written on one line were never read by path; they still are not.
  const { files, blobs, links } = await git.listFilesAndBlobs(
    commit,
    (f) => wanted(f) && !/[\n\r]/.test(f)
  )
  const byOid = await git.readBlobs([...new Set([...blobs.values(), ...links.values()])])
  const texts = new Map<string, string>()
  for (const [path, oid] of blobs) {
    const text = byOid.get(oid)
    if (text !== undefined) texts.set(path, text)
  }
  const targets = new Map<string, string>()
  for (const [path, oid] of links) targets.set(path, byOid.get(oid) ?? '')
  const targetOf = (p: string): string | undefined => targets.get(p)
  const behind = new Set<string>()
  for (const link of links.keys()) {
    if (!wanted(link)) continue
    const real = realPath(link, targetOf)
    if ('path' in real && !texts.has(real.path) && !links.has(real.path)) behind.add(real.path)
  }
  if (behind.size > 0)
    for (const [path, text] of await git.readFilesAt(commit, [...behind])) texts.set(path, text)
  return makeTree(files, texts, targets)
}
