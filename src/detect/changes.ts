/**
 * Change detection: did an image's inputs change between its pinned tag and a head commit?
 *
 * A pipeline, top to bottom:
 * 1. resolve the head and the pinned tags to commits, fetching what a shallow checkout lacks
 *    (tag-commits.ts);
 * 2. list the head tree and read its build files (one `ls-tree`, parsed as it streams, one
 *    `cat-file --batch`), while missing tags are fetched;
 * 3. derive the images' inputs from how they are built (detect/build/resolve-inputs.ts, pure), a tag's images
 *    at a time, and run one `git diff --name-status` per distinct tag commit (two-dot, no merge
 *    base, no history) as soon as its images' inputs are known, limited by pathspecs to those
 *    inputs (detect/pathspecs.ts; the whole tree for a tag where one of them counts any change,
 *    or whose inputs need more pathspecs than a limited diff is worth; tag-diff.ts);
 * 4. match each tag's changed files to the inputs of the images pinned to it (tag-groups.ts and
 *    detect/match.ts, pure), with the special cases named below: a build root renamed since the
 *    tag (renames.ts asks git), a folder deleted since the tag, a tag that cannot be found;
 * 5. explain: every answer names the first files and why each counts.
 */
import { availableParallelism } from 'node:os'
import { CommandError, mapLimit, runCompares, type CompareOutcome } from './compare-command.js'
import { Git } from '../git/git.js'
import { GitError } from '../git/process.js'
import { ChangedFiles, GlobSet } from './path-globs.js'
import { PathsError } from './paths-input.js'
import { InputCache } from './inputs-cache.js'
import { inputSettings } from './build/index.js'
import { loadTree } from './load-tree.js'
import type { SourceTree } from './build/types.js'
import { InputMatcher } from './match.js'
import { withCompare, type ImageChange } from './explain.js'
import { MAX_PATHSPECS, pathspecsFor, type Pathspecs } from './pathspecs.js'
import { inputResolver } from './build/resolve-inputs.js'
import { rootOrigins, type RootOrigin } from './renames.js'
import { partChanges, partFiles, tagDiff } from './tag-diff.js'
import type { PartFormat } from './build/parts.js'
import {
  groupByCommit,
  groupByTag,
  matchGroup,
  movedAnswer,
  pinTargets,
  type Diff,
  type Group,
  type Matched,
  type Target
} from './tag-groups.js'
import { DetectError, missingTagAnswers, resolveCommits } from './tag-commits.js'
import { checkOptions, type DetectOptions } from './options.js'

export interface DetectResult {
  /** prefix -> result, for every prefix in `pins`. */
  readonly results: ReadonlyMap<string, ImageChange>
  readonly warnings: readonly string[]
  readonly stats: { readonly gitProcesses: number; readonly fetches: number }
}

const PARALLEL = Math.max(1, Math.min(4, availableParallelism()))

/** One detection run: the pipeline of the module comment, its answers and its warnings. */
class ChangeDetector {
  readonly git: Git
  readonly warnings: string[] = []
  readonly results = new Map<string, ImageChange>()
  private readonly ignore: GlobSet
  private readonly versionsFile: string
  private readonly matcher = new InputMatcher()
  /** The images whose answer the compare command may still refine. */
  private readonly comparable: Target[] = []
  private headOid = ''
  /** The head's tree, when its reading started before the tags were fetched. */
  private headTree: Promise<SourceTree> | undefined

  constructor(readonly opts: DetectOptions) {
    this.git = new Git(opts.cwd)
    this.ignore = new GlobSet(opts.ignorePaths ?? [], 'ignore-paths')
    this.versionsFile = opts.versionsFile.replace(/^(?:\.\/)+/, '')
  }

  private isIgnored = (path: string): boolean =>
    path === this.versionsFile || this.ignore.matches(path)

  /** The changed files between a commit and the head that may count for some image. */
  private diff(commit: string, specs: Pathspecs): Promise<Diff> {
    return tagDiff(this.git, commit, this.headOid, specs, this.isIgnored)
  }

  /** A group's full diff (for the special cases that look for folders by name), run once. */
  private allFiles(g: Group): Promise<ChangedFiles> {
    if (!g.limited) return Promise.resolve(g.files as ChangedFiles)
    g.all ??= this.diff(g.commit, undefined).then((d) => d.files)
    return g.all
  }

  private set(prefix: string, change: ImageChange, comparable?: Target): void {
    this.results.set(prefix, change)
    if (comparable && change.changed === false) this.comparable.push(comparable)
  }

  async run(): Promise<void> {
    const { opts } = this
    const remote = opts.remote ?? 'origin'
    checkOptions(opts, remote)
    const pinned = pinTargets(opts.images, opts.pins, opts.paths)
    this.warnings.push(...pinned.warnings)
    for (const [prefix, change] of pinned.answers) this.set(prefix, change)
    const { targets } = pinned
    if (targets.length === 0) return
    const tags = opts.detection === 'paths' ? [...new Set(targets.map((t) => t.tag))] : []
    // The head's tree is read while missing tags are fetched: it is in the checkout already.
    const found = await resolveCommits(this.git, remote, opts.head, tags, this.warnings, (oid) => {
      if (opts.detection !== 'paths') return
      this.headTree = loadTree(this.git, oid)
      this.headTree.catch(() => undefined) // awaited (and so thrown) only if a tag was found
    })
    this.headOid = found.headOid
    if (opts.detection === 'command') this.comparable.push(...targets)
    else await this.byPaths(targets, found.commits, found.troubles)
    await this.compare()
  }

  private async byPaths(
    targets: readonly Target[],
    commits: ReadonlyMap<string, string>,
    troubles: Awaited<ReturnType<typeof resolveCommits>>['troubles']
  ): Promise<void> {
    const byTag = groupByTag(targets)
    for (const [tag, trouble] of troubles) {
      const pinned = byTag.get(tag) ?? []
      const names = pinned.map((t) => t.image.name)
      const answer = missingTagAnswers(trouble, tag, names, this.opts.onMissingTag, this.warnings)
      for (const t of pinned) this.set(t.image.prefix, { ...answer, files: [], fileCount: 0 })
    }
    const groups = groupByCommit(targets, commits)
    if (groups.size === 0) return
    const images = [...new Map(targets.map((t) => [t.image.prefix, t.image])).values()]
    // A tag with more images than a limited diff may have pathspecs gets the whole-tree diff
    // anyway (detect/pathspecs.ts), so it needs no inputs: it starts now, beside the tree read.
    for (const g of groups.values()) {
      if (g.targets.length <= MAX_PATHSPECS) continue
      g.early = this.diff(g.commit, undefined)
      g.early.catch(() => undefined) // awaited (and so thrown) by its lane
    }
    // The inputs first, so that each tag's diff can be limited to the inputs pinned to it.
    const tree = await (this.headTree ?? loadTree(this.git, this.headOid))
    const inputs = new InputCache(
      inputResolver(images, tree, inputSettings(this.opts.paths, this.opts.sharedPaths))
    )
    // A group's inputs are resolved when a lane takes it, so that the first diffs run while the
    // other groups' inputs are resolved. Each group is matched as soon as its diff is in; its
    // file list is then dropped unless a build root not known to be at the tag still needs it.
    // A group whose diff holds shared build files compared part by part waits for them: they
    // are read at every such tag in one `cat-file` once the diffs are in.
    const matched = new Map<Group, Matched>()
    const waiting: { g: Group; d: Diff }[] = []
    const wanted = new Map<string, Map<string, PartFormat>>()
    await mapLimit([...groups.values()], PARALLEL, async (g) => {
      const ins = inputs.some(g.targets.map((t) => t.image))
      if (ins === undefined) return // an image whose resolution failed: thrown below, in order
      const specs = this.opts.diffScope === 'full' || g.early ? undefined : pathspecsFor(ins)
      g.limited = specs !== undefined
      const d = await (g.early ?? this.diff(g.commit, specs))
      const parts = partFiles(d.files, ins)
      if (parts === undefined) matched.set(g, matchGroup(g, d, inputs.all, this.matcher))
      else {
        waiting.push({ g, d })
        wanted.set(g.commit, parts)
      }
    })
    if (waiting.length > 0) {
      const changes = await partChanges(this.git, wanted, tree)
      for (const { g, d } of waiting)
        matched.set(g, matchGroup(g, d, inputs.all, this.matcher, changes.get(g.commit)))
    }
    // Every image in order (those of a missing tag too): its warnings, or the first failure.
    // (A warning that concerns every image, such as an unreadable compose file, is given once.)
    const seen = new Set(this.warnings)
    for (const image of images)
      for (const w of inputs.of(image).warnings) {
        if (seen.has(w)) continue
        seen.add(w)
        this.warnings.push(w)
      }
    await this.answerGroups([...groups.values()].map((g) => matched.get(g) as Matched))
  }

  /**
   * Sets the answers of each group, in order, then those of the images whose build root had
   * changes: for a root not known to be at the tag, whether it is new or was renamed.
   */
  private async answerGroups(matched: readonly Matched[]): Promise<void> {
    for (const m of matched) for (const a of m.answers) this.set(a.prefix, a.change, a.t)
    const moved = matched.flatMap((m) => m.moved)
    const asked = moved.filter((m) => m.answer === undefined)
    const origins = await rootOrigins(
      this.git,
      asked.map((m) => ({
        tagCommit: m.g.commit,
        headOid: this.headOid,
        root: m.root,
        names: new Set([m.t.image.name, m.root.slice(m.root.lastIndexOf('/') + 1)]),
        files: () => this.allFiles(m.g)
      })),
      PARALLEL
    )
    // `origins` answers the roots asked about, in order.
    let k = 0
    for (const m of moved) {
      const change = m.answer ?? movedAnswer(m, origins[k++] as RootOrigin, this.isIgnored)
      this.set(m.t.image.prefix, change, m.t)
    }
  }

  /** Runs the compare command for the images it is asked about, at most 4 at a time. */
  private async compare(): Promise<void> {
    const argv = this.opts.compareCommand
    if (!argv?.length || this.comparable.length === 0) return
    const jobs = this.comparable
    const outcomes = await runCompares(
      argv,
      jobs.map((t) => ({ image: t.image, pinnedVersion: t.tag, headSha: this.headOid })),
      this.opts.cwd,
      this.opts.compareTimeoutMs
    )
    jobs.forEach((t, i) => this.applyCompare(t, outcomes[i] as CompareOutcome))
  }

  private applyCompare(t: Target, outcome: CompareOutcome): void {
    if (outcome.changed === null)
      this.warnings.push(`${t.image.name}: compare-command failed (${outcome.detail})`)
    this.results.set(t.image.prefix, withCompare(this.results.get(t.image.prefix), outcome, t.tag))
  }
}

/**
 * Decides, for each pinned image, whether its inputs changed between its tag and `head`.
 * See the module comment for the method and detect/build/resolve-inputs.ts for what counts as an input.
 */
export async function detectChanges(opts: DetectOptions): Promise<DetectResult> {
  let detector: ChangeDetector
  try {
    detector = new ChangeDetector(opts)
    await detector.run()
  } catch (e) {
    if (e instanceof GitError || e instanceof PathsError || e instanceof CommandError) {
      throw new DetectError(e.message, { cause: e })
    }
    throw e
  }
  const results = new Map<string, ImageChange>()
  for (const prefix of opts.pins.keys()) {
    const r = detector.results.get(prefix)
    if (r) results.set(prefix, r)
  }
  return {
    results,
    warnings: detector.warnings,
    stats: { gitProcesses: detector.git.processes, fetches: detector.git.fetches }
  }
}
