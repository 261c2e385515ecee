/**
 * The pure side of change detection (no git): the pinned images to compare, grouped by tag and
 * by tag commit, and each group's images answered from its changed files. Each image's changed
 * inputs are matched (detect/match.ts) and explained (explain.ts), with the special cases: a
 * folder of its inputs deleted since the tag, and a build root with changes that may not have
 * been at the tag. For such a root, renames.ts asks git whether it is new or was renamed, and
 * `movedAnswer` answers from that; changes.ts runs the git side.
 */
import {
  MAX_FILES,
  afterMove,
  answerFromHits,
  deletedFolders,
  everyFile,
  unchanged,
  type ImageChange
} from './explain.js'
import { escapeForMessage } from '../util/escape.js'
import { under } from '../util/paths.js'
import type { ChangedFiles } from './path-globs.js'
import type { Image } from '../files/image-vars.js'
import type { Hit, InputMatcher } from './match.js'
import type { FileChange } from './build/parts.js'
import type { ImageInputs } from './build/resolve-inputs.js'
import type { RootOrigin } from './renames.js'
import { tryParseRelease } from '../util/version.js'

/** A pinned image and the tag it is compared with. */
export interface Target {
  readonly image: Image
  readonly tag: string
}

/** One distinct tag commit: its changed files, and the images pinned to it. */
export interface Group {
  readonly commit: string
  readonly targets: Target[]
  /**
   * The changed files that the pathspecs of its images let through (all, when not limited),
   * kept after matching only while a build root question needs them.
   */
  files?: ChangedFiles
  /** True when `files` is limited by pathspecs; then `all` is the full diff, run on demand. */
  limited?: boolean
  all?: Promise<ChangedFiles>
  /** Its whole-tree diff, started before the head tree is read (a tag with many images). */
  early?: Promise<Diff>
}

/** An image whose build root had changes; `answer` is set when the root was at the tag. */
export interface Moved {
  readonly t: Target
  readonly g: Group
  readonly ins: ImageInputs
  readonly hits: Hit[]
  readonly root: string
  readonly answer?: ImageChange
}

/** A group's answers (each with its target when the compare command may refine it). */
export interface Matched {
  readonly answers: readonly { prefix: string; change: ImageChange; t?: Target }[]
  readonly moved: readonly Moved[]
}

/** One diff: the changed files that may count, and the changed paths that were at the tag. */
export interface Diff {
  readonly files: ChangedFiles
  readonly before: ChangedFiles
}

/**
 * The pinned images to compare, in the order of `pins`, with the answers for pins that are not
 * release tags (they cannot be compared) and a warning for each `paths` entry naming no image.
 */
export function pinTargets(
  images: readonly Image[],
  pins: ReadonlyMap<string, string>,
  paths: ReadonlyMap<string, readonly string[]> | undefined
): { targets: Target[]; answers: Map<string, ImageChange>; warnings: string[] } {
  const warnings: string[] = []
  const byPrefix = new Map(images.map((i) => [i.prefix, i]))
  const names = new Set(images.flatMap((i) => [i.name, i.prefix]))
  for (const key of paths?.keys() ?? []) {
    if (!names.has(key)) {
      warnings.push(
        `paths: ${escapeForMessage(key)} is not an image of the image list; its entry is unused`
      )
    }
  }
  const targets: Target[] = []
  const answers = new Map<string, ImageChange>()
  for (const [prefix, tag] of pins) {
    const image = byPrefix.get(prefix) ?? { name: prefix, prefix }
    if (tryParseRelease(tag)) targets.push({ image, tag })
    else
      answers.set(prefix, {
        changed: null,
        reason: `pinned to ${escapeForMessage(tag)}, which is not a release tag; cannot compare`,
        files: [],
        fileCount: 0
      })
  }
  return { targets, answers, warnings }
}

/** The targets by tag, in order. */
export function groupByTag(targets: readonly Target[]): Map<string, Target[]> {
  const byTag = new Map<string, Target[]>()
  for (const t of targets) {
    const list = byTag.get(t.tag)
    if (list) list.push(t)
    else byTag.set(t.tag, [t])
  }
  return byTag
}

/** The targets by tag commit, in order; those whose tag has no commit are left out. */
export function groupByCommit(
  targets: readonly Target[],
  commits: ReadonlyMap<string, string>
): Map<string, Group> {
  const groups = new Map<string, Group>()
  for (const t of targets) {
    const commit = commits.get(t.tag)
    if (commit === undefined) continue
    const g = groups.get(commit) ?? { commit, targets: [] }
    g.targets.push(t)
    groups.set(commit, g)
  }
  return groups
}

/**
 * Matches a group's changed files to the inputs of its images. The group keeps its files only
 * when a build root of its images is not known to have been at the tag.
 */
export function matchGroup(
  g: Group,
  d: Diff,
  inputs: ReadonlyMap<string, ImageInputs>,
  matcher: InputMatcher,
  changes?: ReadonlyMap<string, FileChange>
): Matched {
  const { files, before } = d
  const answers: Matched['answers'][number][] = []
  const moved: Moved[] = []
  for (const t of g.targets) {
    const ins = inputs.get(t.image.prefix) as ImageInputs
    const gone = deletedFolders(ins, files)
    if (gone.length > 0) {
      const hits = matcher.match(ins.inputs, files)
      const deleted = gone.flatMap((dir) => {
        const [start, end] = files.under(dir)
        return Array.from({ length: end - start }, (_, k) => start + k)
      })
      const all = [...new Set([...deleted, ...hits.map((h) => h.index)])].sort((a, b) => a - b)
      answers.push({
        prefix: t.image.prefix,
        change: {
          changed: true,
          reason: `folder ${gone.map((dir) => `${dir}/`).join(', ')} was deleted since ${t.tag}`,
          files: all.slice(0, MAX_FILES).map((i) => files.at(i)),
          fileCount: all.length
        }
      })
      continue
    }
    const { hits, notes } =
      ins.any !== undefined
        ? { hits: everyFile(files), notes: [] }
        : matcher.matchParts(ins.inputs, files, changes)
    const note = notes.length > 0 ? notes.join('; ') : undefined
    const root = ins.roots.find((r) => hits.some((h) => under(files.at(h.index), r.folder)))
    if (!root) {
      const change = answerFromHits(hits, files, t.tag, ins, hits.length > 0 ? undefined : note)
      answers.push({ prefix: t.image.prefix, change, t })
      continue
    }
    // A changed file below the root that was at the tag already: the root was there too.
    const existed = hasUnder(before, root.folder)
    moved.push({
      t,
      g,
      ins,
      hits,
      root: root.folder,
      ...(existed ? { answer: answerFromHits(hits, files, t.tag, ins) } : {})
    })
  }
  if (moved.some((m) => m.answer === undefined)) g.files = files
  return { answers, moved }
}

/** The answer for an image whose build root was not known to be at the tag, once git knows. */
export function movedAnswer(
  m: Moved,
  origin: RootOrigin,
  isIgnored: (path: string) => boolean
): ImageChange {
  const files = m.g.files as ChangedFiles
  if (origin.kind === 'existed') return answerFromHits(m.hits, files, m.t.tag, m.ins)
  if (origin.kind === 'new') {
    const note = `folder ${m.root}/ did not exist at ${m.t.tag}`
    return answerFromHits(m.hits, files, m.t.tag, m.ins, note)
  }
  const differ = [...origin.differ].filter((f) => !isIgnored(f))
  const renamed = `folder renamed from ${origin.from}/ to ${m.root}/`
  const how =
    origin.differ.size === 0
      ? `${renamed} with identical content`
      : differ.length === 0
        ? `${renamed}; only files in ignore-paths differ`
        : renamed
  const kept = afterMove(m.hits, files, m.root, { ...origin, differ: new Set(differ) })
  return kept.length === 0
    ? unchanged(`${how} since ${m.t.tag}; no other input changed`)
    : answerFromHits(kept, files, m.t.tag, m.ins, how)
}

/** True when some path of `files` is below the folder `dir`. */
function hasUnder(files: ChangedFiles, dir: string): boolean {
  const [start, end] = files.under(dir)
  return end > start
}
