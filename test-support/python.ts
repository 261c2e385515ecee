// The Python provider's result for a project folder, as the tests of its modules read it: which
// changed paths count after the soundness rule widens, the warnings, whether it claimed the
// folder, and what it could not resolve. TypeScript, like tree.ts: it builds on src/.
import { pythonInputs } from '../src/detect/build/python/index.js'
import { widen } from '../src/detect/build/sound.js'
import type { Input, SourceTree, Unresolved } from '../src/detect/build/types.js'
import { ChangedFiles } from '../src/detect/path-globs.js'
import { InputMatcher } from '../src/detect/match.js'

export interface PythonCounts {
  /** The paths of `paths` (all the tree's files unless given) that count, sorted. */
  readonly counts: string[]
  /** The provider's warnings, then the soundness rule's. */
  readonly warnings: string[]
  readonly claimed: boolean
  readonly inputs: readonly Input[]
  readonly unresolved: readonly Unresolved[]
}

export function pythonCounts(
  tree: SourceTree,
  folder: string,
  paths: readonly string[] = tree.files
): PythonCounts {
  const r = pythonInputs(folder, tree)
  const sound = widen('img', r.inputs, r.unresolved ?? [])
  const changed = new ChangedFiles(paths, () => false)
  const counts = new InputMatcher().match(sound.inputs, changed).map((h) => changed.at(h.index))
  return {
    counts: [...counts].sort(),
    warnings: [...r.warnings, ...sound.warnings],
    claimed: r.claimed,
    inputs: r.inputs,
    unresolved: r.unresolved ?? []
  }
}
