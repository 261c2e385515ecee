/**
 * A build root that was not in the tag's tree: new, or renamed from another folder? A folder
 * moved with identical content is not a change; one moved and edited counts only the files
 * that differ. One `cat-file --batch-check` for all roots (changes.ts asks only about roots that
 * the diff does not already show were at the tag), another when some moved, and one tree diff
 * per moved root whose content changed.
 */
import { mapLimit } from './compare-command.js'
import type { Git } from '../git/git.js'
import type { ChangedFiles } from './path-globs.js'
import { under } from '../util/paths.js'

export interface RootQuestion {
  /** The tag commit and the head commit compared. */
  readonly tagCommit: string
  readonly headOid: string
  readonly root: string
  /** Folder names a rename may have come from: the image name and the root's last name. */
  readonly names: ReadonlySet<string>
  /**
   * The changed files to look for those folders in: every changed file, not only the inputs.
   * Asked only for a root that was not at the tag (a diff limited to the inputs is widened then).
   */
  readonly files: ChangedFiles | (() => Promise<ChangedFiles>)
}

export type RootOrigin =
  | { readonly kind: 'existed' }
  | { readonly kind: 'new' }
  /** `differ`: the paths below the new root whose content differs from the old folder. */
  | { readonly kind: 'moved'; readonly from: string; readonly differ: ReadonlySet<string> }

/** Answers each question: did the root exist at the tag, and if not, where did it come from? */
export async function rootOrigins(
  git: Git,
  questions: readonly RootQuestion[],
  parallel: number
): Promise<RootOrigin[]> {
  const out: RootOrigin[] = questions.map(() => ({ kind: 'existed' }))
  if (questions.length === 0) return out
  const atTag = await git.lookup(questions.map((q) => `${q.tagCommit}:${q.root}`))
  const absent = questions.flatMap((q, i) => (atTag[i]?.type === 'tree' ? [] : [i]))
  const candidates = new Map<number, string[]>()
  for (const i of absent) {
    const q = questions[i] as RootQuestion
    const files = typeof q.files === 'function' ? await q.files() : q.files
    const dirs = [...files.foldersNamed(q.names).values()]
      .flatMap((s) => [...s])
      .filter((d) => d !== q.root && !under(d, q.root) && !under(q.root, d))
    candidates.set(i, dirs)
  }
  const specs = absent.flatMap((i) => {
    const q = questions[i] as RootQuestion
    return [
      `${q.headOid}:${q.root}`,
      ...(candidates.get(i) ?? []).flatMap((d) => [`${q.tagCommit}:${d}`, `${q.headOid}:${d}`])
    ]
  })
  const infos = specs.length > 0 ? await git.lookup(specs) : []
  let k = 0
  const moves: { i: number; from: string; oldTree: string; newTree: string }[] = []
  for (const i of absent) {
    const newTree = infos[k++]?.oid
    const sources: { dir: string; oid: string }[] = []
    for (const dir of candidates.get(i) ?? []) {
      const old = infos[k++]
      const stillThere = infos[k++]
      if (old?.type === 'tree' && stillThere === undefined) sources.push({ dir, oid: old.oid })
    }
    const source =
      sources.find((s) => s.oid === newTree) ?? (sources.length === 1 ? sources[0] : undefined)
    if (!source || newTree === undefined) out[i] = { kind: 'new' }
    else moves.push({ i, from: source.dir, oldTree: source.oid, newTree })
  }
  await mapLimit(moves, parallel, async (m) => {
    const root = (questions[m.i] as RootQuestion).root
    const differ =
      m.oldTree === m.newTree
        ? []
        : (await git.diffNames(m.oldTree, m.newTree)).map((f) => `${root}/${f}`)
    out[m.i] = { kind: 'moved', from: m.from, differ: new Set(differ) }
  })
  return out
}
