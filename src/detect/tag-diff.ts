/**
 * A tag's diff against the head, as a lane of change detection (changes.ts) runs it: the changed
 * files that may count for some image (the whole diff, or the part the tag's pathspecs let
 * through, in chunks that stay within ARG_MAX), and what changed part by part in the shared
 * build files that the images compare that way.
 */
import type { Git } from '../git/git.js'
import type { SourceTree } from './build/types.js'
import type { FileChange, PartFormat } from './build/parts.js'
import { fileChange } from './build/part-changes.js'
import type { ImageInputs } from './build/resolve-inputs.js'
import { ChangedFiles } from './path-globs.js'
import { chunkPathspecs, type Pathspecs } from './pathspecs.js'
import type { Diff } from './tag-groups.js'

/**
 * The changed files between a commit and the head that may count for some image: the whole
 * diff, or the part the pathspecs let through (in chunks that stay within ARG_MAX).
 */
export async function tagDiff(
  git: Git,
  commit: string,
  headOid: string,
  specs: Pathspecs,
  isIgnored: (path: string) => boolean
): Promise<Diff> {
  const none = (): boolean => false
  if (commit === headOid || specs?.length === 0) {
    return { files: new ChangedFiles([], isIgnored), before: new ChangedFiles([], none) }
  }
  const chunks = specs === undefined ? [undefined] : chunkPathspecs(specs)
  const paths: string[] = []
  const before: string[] = []
  for (const chunk of chunks) {
    const d = await git.diffPaths(commit, headOid, chunk)
    paths.push(...d.paths)
    before.push(...d.before)
  }
  const once = (list: string[]): string[] => (chunks.length > 1 ? [...new Set(list)] : list)
  return {
    files: new ChangedFiles(once(paths), isIgnored),
    before: new ChangedFiles(once(before), none)
  }
}

/**
 * The shared build files that the images compare part by part (detect/build/parts.ts) and that
 * changed since the tag, with their format. Undefined when none did.
 */
export function partFiles(
  files: ChangedFiles,
  ins: readonly ImageInputs[]
): Map<string, PartFormat> | undefined {
  const formats = new Map<string, PartFormat>()
  for (const i of ins)
    for (const input of i.inputs)
      if (input.part && !formats.has(input.path) && files.indexOf(input.path) >= 0)
        formats.set(input.path, input.part.format)
  return formats.size === 0 ? undefined : formats
}

/**
 * What changed in shared build files since several tags: their texts at each tag commit (one
 * `cat-file --batch` for all of them) against the head's, one map per commit.
 */
export async function partChanges(
  git: Git,
  wanted: ReadonlyMap<string, ReadonlyMap<string, PartFormat>>,
  tree: SourceTree
): Promise<Map<string, Map<string, FileChange>>> {
  const asked = [...wanted].flatMap(([commit, formats]) =>
    [...formats.keys()].map((path) => ({ commit, path }))
  )
  const before = await git.readFilesAtCommits(asked)
  const out = new Map<string, Map<string, FileChange>>()
  for (const [commit, formats] of wanted) {
    const changes = new Map<string, FileChange>()
    for (const [path, format] of formats)
      changes.set(path, fileChange(format, before.get(`${commit}:${path}`), tree.read(path)))
    out.set(commit, changes)
  }
  return out
}
