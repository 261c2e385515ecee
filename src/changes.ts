/**
 * Change detection: did an image's inputs change between its pinned tag and a head commit?
 *
 * The path rule compares the trees of the tag and the head with local git: two-dot, no merge
 * base, no history. One `git diff --name-only` per distinct tag commit, whatever the number of
 * images; a tag missing from a depth-1 checkout is fetched alone, at depth 1, without blobs.
 * Every answer carries a reason a person can read.
 */
import { availableParallelism } from 'node:os'
import { CommandError, mapLimit, runCompares, type CompareOutcome } from './compare-command.js'
import {
  Git,
  GitError,
  OID,
  classifyFetchFailure,
  fetchComplaint,
  missingRemoteRefs
} from './git.js'
import type { Image } from './image-vars.js'
import {
  ChangedFiles,
  GlobSet,
  PathsError,
  foldersByName,
  inputRule,
  pathsEntryOf,
  type InputRule,
  type PathsEntry
} from './image-inputs.js'
import { escapeForMessage, tryParseRelease } from './version.js'

export type MissingTagPolicy = 'unpin' | 'keep' | 'fail'
export type Detection = 'paths' | 'command'

export interface DetectOptions {
  /** The repository root (the workspace). */
  readonly cwd: string
  /**
   * The commit to compare against: the pushed head, or the head of the branch being committed
   * to. A revision of the checkout, or a full commit sha, fetched at depth 1 when missing.
   */
  readonly head: string
  readonly images: readonly Image[]
  /** prefix -> tag to compare with (a validated release version, e.g. v1.2.3). Only these images are checked. */
  readonly pins: ReadonlyMap<string, string>
  /** The `paths` input: image name or prefix -> globs that override/extend the image folder. */
  readonly paths?: ReadonlyMap<string, readonly string[]>
  readonly sharedPaths?: readonly string[]
  readonly ignorePaths?: readonly string[]
  /** Repo-relative path of image_versions.src: always ignored. */
  readonly versionsFile: string
  readonly onMissingTag: MissingTagPolicy
  readonly detection: Detection
  /** argv of the compare command, or undefined. */
  readonly compareCommand?: readonly string[]
  /** How long one compare command may run (`compare-timeout`); default 10 minutes. */
  readonly compareTimeoutMs?: number
  /** The remote that missing tags are fetched from; default `origin`. */
  readonly remote?: string
}

export interface ImageChange {
  /** true: inputs changed; false: unchanged; null: could not tell (error, reason says why). */
  readonly changed: boolean | null
  /** In words, e.g. `app/src/Main.java and 3 more changed since v1.4.2`. */
  readonly reason: string
  /** The first few changed files that count for this image. */
  readonly files: readonly string[]
  readonly fileCount: number
}

export interface DetectResult {
  /** prefix -> result, for every prefix in `pins`. */
  readonly results: ReadonlyMap<string, ImageChange>
  readonly warnings: readonly string[]
  readonly stats: { readonly gitProcesses: number; readonly fetches: number }
}

export class DetectError extends Error {
  override name = 'DetectError'
}

/** How many changed files an ImageChange keeps in `files`. */
export const MAX_FILES = 10
/** How many files a reason names before "and N more". */
export const LISTED_FILES = 3
const PARALLEL = Math.max(1, Math.min(4, availableParallelism()))

/** `a`, `a and b`, `a, b and c`, `a, b, c and 7 more`: the first few of `count` files. */
export function listFiles(files: readonly string[], count: number, max = LISTED_FILES): string {
  const shown = files.slice(0, Math.min(max, count))
  const more = count - shown.length
  if (more > 0) return `${shown.join(', ')} and ${more} more`
  if (shown.length <= 1) return shown.join('')
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`
}

/** The reason for changed files: `app/a.java and 3 more changed since v1.4.2`. */
export function changedReason(files: readonly string[], count: number, tag: string): string {
  return `${listFiles(files, count)} changed since ${tag}`
}

/** What a rule looks at, for "no file ... changed" reasons. */
export function scopeText(rule: InputRule, shared: boolean): string {
  const parts: string[] = []
  if (rule.kind === 'folder') {
    parts.push(`under ${rule.folder}/`)
    if (rule.extra) parts.push(`matching ${rule.extra.globs.join(', ')}`)
  } else if (rule.kind === 'paths') parts.push(`matching ${rule.globs.globs.join(', ')}`)
  if (shared && rule.kind !== 'any') parts.push('matching shared-paths')
  return parts.length > 1
    ? `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`
    : (parts[0] ?? '')
}

interface Target {
  readonly image: Image
  readonly tag: string
  readonly entry: PathsEntry | undefined
}

type TagTrouble =
  | { readonly kind: 'not-found'; readonly detail: string }
  | { readonly kind: 'error'; readonly detail: string }

interface Group {
  readonly commit: string
  readonly targets: Target[]
  files?: ChangedFiles
  shared?: number[]
  /** Changed folders named after images that have no folder at the head (deleted?). */
  lost?: Map<string, Set<string>>
}

const sortedUnion = (a: readonly number[], b: readonly number[]): number[] =>
  b.length === 0 ? [...a] : [...new Set([...a, ...b])].sort((x, y) => x - y)
const range = ([start, end]: [number, number]): number[] =>
  Array.from({ length: end - start }, (_, i) => start + i)
const under = (path: string, dir: string): boolean => path.startsWith(`${dir}/`)

class Detector {
  readonly git: Git
  readonly warnings: string[] = []
  readonly results = new Map<string, ImageChange>()
  private readonly remote: string
  private readonly ignore: GlobSet
  private readonly shared: GlobSet
  private readonly versionsFile: string
  /** prefix -> tag, for the images whose answer may still be refined by the compare command. */
  private readonly comparable = new Map<string, Target>()
  private headOid = ''

  constructor(readonly opts: DetectOptions) {
    this.git = new Git(opts.cwd)
    this.remote = opts.remote ?? 'origin'
    this.ignore = new GlobSet(opts.ignorePaths ?? [], 'ignore-paths')
    this.shared = new GlobSet(opts.sharedPaths ?? [], 'shared-paths')
    this.versionsFile = opts.versionsFile.replace(/^(?:\.\/)+/, '')
  }

  isIgnored = (path: string): boolean => path === this.versionsFile || this.ignore.matches(path)

  async run(): Promise<void> {
    const { opts } = this
    checkRevision(opts.head, 'head')
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(this.remote)) {
      throw new DetectError(`Invalid remote name ${escapeForMessage(this.remote)}`)
    }
    if (opts.detection === 'command' && !opts.compareCommand?.length) {
      throw new DetectError(
        'detection is "command" but compare-command is empty; set compare-command'
      )
    }
    for (const key of opts.paths?.keys() ?? []) {
      if (!opts.images.some((i) => i.name === key || i.prefix === key)) {
        this.warnings.push(
          `paths: ${escapeForMessage(key)} is not an image of the image list; its entry is unused`
        )
      }
    }
    const targets: Target[] = []
    for (const [prefix, tag] of opts.pins) {
      const image = opts.images.find((i) => i.prefix === prefix) ?? { name: prefix, prefix }
      if (!tryParseRelease(tag)) {
        this.set(
          prefix,
          null,
          `pinned to ${escapeForMessage(tag)}, which is not a release tag; cannot compare`
        )
        continue
      }
      targets.push({
        image,
        tag,
        entry: opts.detection === 'paths' ? pathsEntryOf(image, opts.paths) : undefined
      })
    }
    if (opts.detection === 'command') {
      await this.resolve([], [])
      for (const t of targets) this.comparable.set(t.image.prefix, t)
    } else if (targets.length > 0) {
      await this.byPaths(targets)
    }
    await this.compare()
  }

  private set(
    prefix: string,
    changed: boolean | null,
    reason: string,
    files: readonly string[] = [],
    fileCount = 0
  ): void {
    this.results.set(prefix, { changed, reason, files: files.slice(0, MAX_FILES), fileCount })
  }

  /**
   * Resolves the head and the tags to commits with one `git cat-file --batch-check` (plus the
   * head's folders named by image_vars.src), fetching what a shallow checkout lacks.
   */
  private async resolve(
    tags: readonly string[],
    folders: readonly string[]
  ): Promise<{
    commits: Map<string, string>
    troubles: Map<string, TagTrouble>
    headFolders: Set<string>
  }> {
    const head = this.opts.head
    const specs = (): string[] => [
      `${head}^{commit}`,
      ...tags.map((t) => `refs/tags/${t}^{commit}`),
      ...folders.map((f) => `${head}:${f}`)
    ]
    let infos = await this.git.lookup(specs())
    const missing = tags.filter((_, i) => infos[i + 1] === undefined)
    const headMissing = infos[0] === undefined
    const troubles = new Map<string, TagTrouble>()
    if (missing.length > 0 || headMissing) {
      if (headMissing && !OID.test(head)) {
        throw new DetectError(
          `The head ${escapeForMessage(head)} is not a commit of the checkout in ${this.opts.cwd}; ` +
            `check out the branch (actions/checkout) or pass a full commit sha`
        )
      }
      const fetched = await this.fetch([
        ...missing.map((t) => ({ key: t, refspec: `+refs/tags/${t}:refs/tags/${t}` })),
        ...(headMissing ? [{ key: '', refspec: head }] : [])
      ])
      for (const [key, trouble] of fetched) {
        if (key === '') {
          throw new DetectError(
            `The head commit ${head} is not in the checkout and could not be fetched: ${trouble.detail}`
          )
        }
        troubles.set(key, trouble)
      }
      infos = await this.git.lookup(specs())
    }
    const head0 = infos[0]
    if (head0 === undefined)
      throw new DetectError(`The head commit ${head} could not be found after fetching it`)
    this.headOid = head0.oid
    const commits = new Map<string, string>()
    tags.forEach((tag, i) => {
      const info = infos[i + 1]
      if (info) commits.set(tag, info.oid)
      else if (!troubles.has(tag)) {
        troubles.set(tag, {
          kind: 'error',
          detail: `refs/tags/${tag} does not point to a commit after fetching it`
        })
      }
    })
    const headFolders = new Set(
      folders.filter((_, i) => infos[i + 1 + tags.length]?.type === 'tree')
    )
    return { commits, troubles, headFolders }
  }

  /**
   * Fetches refspecs from the remote in one command; a shallow checkout fetches at depth 1 and
   * without blobs (never unshallowing). Refs the remote lacks are dropped and the rest retried;
   * other failures fall back to one fetch per refspec, so each key gets its own answer.
   */
  private async fetch(
    items: readonly { key: string; refspec: string }[]
  ): Promise<Map<string, TagTrouble>> {
    const troubles = new Map<string, TagTrouble>()
    const shallow = await this.git.isShallow()
    const state = { filter: shallow }
    const fetchGroup = async (
      group: readonly { key: string; refspec: string }[]
    ): Promise<void> => {
      let pending = [...group]
      while (pending.length > 0) {
        const result = await this.git.fetch(
          pending.map((p) => p.refspec),
          { remote: this.remote, depth: shallow, filter: state.filter }
        )
        if (result.code === 0) return
        const kind = classifyFetchFailure(result.stderr)
        if (kind === 'filter' && state.filter) {
          state.filter = false
          this.warnings.push(
            `${this.remote} refused --filter=blob:none; fetching tags with their blobs`
          )
          continue
        }
        if (kind === 'no-remote') {
          for (const p of pending)
            troubles.set(p.key, {
              kind: 'not-found',
              detail: `there is no remote ${this.remote} to fetch it from`
            })
          return
        }
        if (kind === 'missing-ref') {
          const refs = new Set(missingRemoteRefs(result.stderr))
          const gone = pending.filter((p) =>
            refs.has(p.refspec.replace(/^\+/, '').split(':')[0] as string)
          )
          if (gone.length > 0) {
            for (const p of gone)
              troubles.set(p.key, { kind: 'not-found', detail: `not on ${this.remote} either` })
            pending = pending.filter((p) => !gone.includes(p))
            continue
          }
        }
        if (pending.length === 1) {
          const why = fetchComplaint(result.stderr) || `exit code ${result.code}`
          troubles.set((pending[0] as { key: string }).key, {
            kind: 'error',
            detail: `fetching it from ${this.remote} failed: ${why}`
          })
          return
        }
        for (const p of pending) await fetchGroup([p])
        return
      }
    }
    await fetchGroup(items)
    return troubles
  }

  private async byPaths(targets: readonly Target[]): Promise<void> {
    const tags = [...new Set(targets.map((t) => t.tag))]
    const givenFolders = [
      ...new Set(
        targets
          .filter((t) => t.image.folder !== undefined && !(t.entry && !t.entry.extend))
          .map((t) => t.image.folder as string)
      )
    ]
    const { commits, troubles, headFolders } = await this.resolve(tags, givenFolders)
    this.missingTags(targets, troubles)

    const groups = new Map<string, Group>()
    for (const t of targets) {
      const commit = commits.get(t.tag)
      if (commit === undefined) continue
      const g = groups.get(commit) ?? { commit, targets: [] }
      g.targets.push(t)
      groups.set(commit, g)
    }
    const byName = targets.filter(
      (t) => t.image.folder === undefined && (!t.entry || t.entry.extend)
    )
    const [dirs] = await Promise.all([
      byName.length > 0 ? this.git.listFolders(this.headOid) : Promise.resolve([]),
      mapLimit([...groups.values()], PARALLEL, async (g) => {
        const names =
          g.commit === this.headOid ? [] : await this.git.diffNames(g.commit, this.headOid)
        g.files = new ChangedFiles(names, this.isIgnored)
        g.shared = this.shared.size > 0 ? this.shared.matchIn(g.files) : []
      })
    ])
    const found = foldersByName(dirs, new Set(byName.map((t) => t.image.name)))
    const pending: {
      t: Target
      g: Group
      rule: Extract<InputRule, { kind: 'folder' }>
      own: number[]
    }[] = []
    for (const g of groups.values()) {
      const rules = g.targets.map((t) => inputRule(t.image, t.entry, found.get(t.image.name)))
      const lost = new Set(
        g.targets
          .filter((_, i) => rules[i]?.kind !== 'folder' && rules[i]?.missingFolder)
          .map((t) => t.image.name)
      )
      g.lost = lost.size > 0 ? (g.files as ChangedFiles).foldersNamed(lost) : new Map()
      g.targets.forEach((t, i) => {
        const rule = rules[i] as InputRule
        const own = this.evaluate(t, g, rule, headFolders)
        if (own && rule.kind === 'folder') pending.push({ t, g, rule, own })
      })
    }
    await this.checkFolderOrigins(pending)
  }

  private missingTags(targets: readonly Target[], troubles: ReadonlyMap<string, TagTrouble>): void {
    const policy = this.opts.onMissingTag
    for (const [tag, trouble] of troubles) {
      const images = targets.filter((t) => t.tag === tag)
      const names = images.map((t) => t.image.name).join(', ')
      if (trouble.kind === 'error') {
        this.warnings.push(
          `Tag ${tag} (pinned for ${names}) could not be fetched: ${trouble.detail}`
        )
        for (const t of images) {
          this.set(
            t.image.prefix,
            null,
            `tag ${tag} is not in the checkout and ${trouble.detail}; cannot compare`
          )
        }
        continue
      }
      const what = `tag ${tag} was not found in the checkout, ${trouble.detail}`
      if (policy === 'fail') {
        throw new DetectError(
          `Tag ${tag}, pinned for ${names}, was not found in the checkout and ${trouble.detail}. ` +
            `Push the tag, re-pin these images, or set the input on-missing-tag to unpin or keep.`
        )
      }
      this.warnings.push(`${what}; pinned for ${names} (on-missing-tag: ${policy})`)
      for (const t of images) {
        if (policy === 'keep')
          this.set(t.image.prefix, false, `${what}; pin kept (on-missing-tag: keep)`)
        else
          this.set(
            t.image.prefix,
            true,
            `${what}; unpinned so that the image is rebuilt (on-missing-tag: unpin)`
          )
      }
    }
  }

  /**
   * Answers one image from its group's diff. Returns the hits under its folder when they still
   * need a look at the tag's tree (was the folder there, or renamed?), else undefined.
   */
  private evaluate(
    t: Target,
    g: Group,
    rule: InputRule,
    headFolders: ReadonlySet<string>
  ): number[] | undefined {
    const files = g.files as ChangedFiles
    const shared = g.shared as number[]
    const { prefix, name } = t.image
    if (rule.kind === 'folder' && (rule.source === 'name' || headFolders.has(rule.folder))) {
      const own = range(files.under(rule.folder))
      if (own.length > 0) return own
      this.answer(t, g, rule, rule.extra ? rule.extra.matchIn(files) : [])
      return undefined
    }
    // No folder at the head: was it deleted since the tag? Its files then show in the diff, and
    // a folder that the diff shows but the head lacks was in the tag's tree.
    let gone: string[] = []
    if (rule.kind === 'folder') {
      const [start, end] = files.under(rule.folder)
      if (end > start) gone = [rule.folder]
    } else if (rule.missingFolder) gone = [...(g.lost?.get(name) ?? [])]
    if (gone.length > 0) {
      const deleted = gone.flatMap((d) => range(files.under(d)))
      const all = sortedUnion(deleted, shared)
      this.set(
        prefix,
        true,
        `folder ${gone.map((d) => `${d}/`).join(', ')} was deleted since ${t.tag}`,
        all.slice(0, MAX_FILES).map((i) => files.at(i)),
        all.length
      )
      return undefined
    }
    if (rule.kind === 'folder') {
      const why = `folder ${rule.folder}/ of image_vars.src is not in the head tree`
      this.warnings.push(`${name}: ${why}; any change outside ignore-paths counts for it`)
      this.answer(t, g, { kind: 'any', why, missingFolder: true }, [])
      return undefined
    }
    if (rule.kind === 'any') {
      this.warnings.push(
        `${name}: ${rule.why}; any change outside ignore-paths counts for it. ` +
          `Add a paths entry (e.g. "${name}: path/to/${name}/**") to name its inputs.`
      )
      this.answer(t, g, rule, range([0, files.length]))
      return undefined
    }
    if (rule.missingFolder) {
      this.warnings.push(
        `${name}: no folder named ${name} in the head tree; only its paths globs count`
      )
    }
    this.answer(t, g, rule, rule.globs.matchIn(files))
    return undefined
  }

  /** Sets the answer from the image's own hits and the shared hits of its group. */
  private answer(t: Target, g: Group, rule: InputRule, own: readonly number[], note = ''): void {
    const files = g.files as ChangedFiles
    const all = sortedUnion(own, rule.kind === 'any' ? [] : (g.shared as number[]))
    const anyNote = rule.kind === 'any' ? ` (${rule.why}, so any change counts)` : ''
    if (all.length === 0) {
      const scope =
        rule.kind === 'any'
          ? 'no file changed'
          : `no file ${scopeText(rule, this.shared.size > 0)} changed`
      this.set(t.image.prefix, false, `${scope} since ${t.tag}${anyNote}${note}`)
      this.comparable.set(t.image.prefix, t)
      return
    }
    const ownSet = new Set(own)
    const named = all.slice(0, MAX_FILES).map((i) => files.at(i))
    const marked = all
      .slice(0, LISTED_FILES)
      .map((i) => `${files.at(i)}${ownSet.has(i) ? '' : ' (shared-paths)'}`)
    this.set(
      t.image.prefix,
      true,
      `${changedReason(marked, all.length, t.tag)}${anyNote}${note}`,
      named,
      all.length
    )
  }

  /**
   * For images whose folder has changed files: if the folder was not in the tag's tree, look for
   * a folder of the same name that the diff shows only at the tag (a rename) and compare the two
   * trees; identical content is not a change. One `cat-file` for all images, two when renamed.
   */
  private async checkFolderOrigins(
    pending: readonly {
      t: Target
      g: Group
      rule: Extract<InputRule, { kind: 'folder' }>
      own: number[]
    }[]
  ): Promise<void> {
    if (pending.length === 0) return
    const atTag = await this.git.lookup(pending.map((p) => `${p.g.commit}:${p.rule.folder}`))
    const moved: { p: (typeof pending)[number]; candidates: string[] }[] = []
    pending.forEach((p, i) => {
      if (atTag[i]?.type === 'tree')
        return this.answer(
          p.t,
          p.g,
          p.rule,
          sortedUnion(p.own, p.rule.extra?.matchIn(p.g.files as ChangedFiles) ?? [])
        )
      const names = new Set([
        p.t.image.name,
        p.rule.folder.slice(p.rule.folder.lastIndexOf('/') + 1)
      ])
      const candidates = [...(p.g.files as ChangedFiles).foldersNamed(names).values()]
        .flatMap((s) => [...s])
        .filter((d) => d !== p.rule.folder && !under(d, p.rule.folder) && !under(p.rule.folder, d))
      moved.push({ p, candidates })
    })
    const specs = moved.flatMap(({ p, candidates }) => [
      `${this.headOid}:${p.rule.folder}`,
      ...candidates.flatMap((d) => [`${p.g.commit}:${d}`, `${this.headOid}:${d}`])
    ])
    const infos = specs.length > 0 ? await this.git.lookup(specs) : []
    let k = 0
    const renames: {
      p: (typeof pending)[number]
      from: string
      oldTree: string
      newTree: string
    }[] = []
    for (const { p, candidates } of moved) {
      const newTree = infos[k++]?.oid
      const sources: { dir: string; oid: string }[] = []
      for (const dir of candidates) {
        const old = infos[k++]
        const stillThere = infos[k++]
        if (old?.type === 'tree' && stillThere === undefined) sources.push({ dir, oid: old.oid })
      }
      const source =
        sources.find((s) => s.oid === newTree) ?? (sources.length === 1 ? sources[0] : undefined)
      if (!source || newTree === undefined) {
        const own = sortedUnion(p.own, p.rule.extra?.matchIn(p.g.files as ChangedFiles) ?? [])
        this.answer(
          p.t,
          p.g,
          p.rule,
          own,
          ` (folder ${p.rule.folder}/ did not exist at ${p.t.tag})`
        )
        continue
      }
      renames.push({ p, from: source.dir, oldTree: source.oid, newTree })
    }
    await mapLimit(renames, PARALLEL, async (r) =>
      this.answerRename(r.p.t, r.p.g, r.p.rule, r.from, r.oldTree, r.newTree)
    )
  }

  private async answerRename(
    t: Target,
    g: Group,
    rule: Extract<InputRule, { kind: 'folder' }>,
    from: string,
    oldTree: string,
    newTree: string
  ): Promise<void> {
    const files = g.files as ChangedFiles
    const inside =
      oldTree === newTree
        ? []
        : (await this.git.diffNames(oldTree, newTree)).map((f) => `${rule.folder}/${f}`)
    const counted = inside.filter((f) => !this.isIgnored(f))
    const outside = sortedUnion(rule.extra?.matchIn(files) ?? [], g.shared as number[])
      .map((i) => files.at(i))
      .filter((f) => !under(f, rule.folder) && !under(f, from))
    const all = [...new Set([...counted, ...outside])].sort()
    const moved = `folder renamed from ${from}/ to ${rule.folder}/`
    const how =
      oldTree === newTree
        ? `${moved} with identical content`
        : counted.length === 0
          ? `${moved}; only files in ignore-paths differ`
          : moved
    if (all.length === 0) {
      this.set(
        t.image.prefix,
        false,
        `${how} since ${t.tag}; no other file ${scopeText(rule, this.shared.size > 0)} changed`
      )
      this.comparable.set(t.image.prefix, t)
      return
    }
    const marked = all
      .slice(0, LISTED_FILES)
      .map((f) => (counted.includes(f) || rule.extra?.matches(f) ? f : `${f} (shared-paths)`))
    this.set(
      t.image.prefix,
      true,
      `${changedReason(marked, all.length, t.tag)} (${how})`,
      all,
      all.length
    )
  }

  /** Runs the compare command for the images it is asked about, at most 4 at a time. */
  private async compare(): Promise<void> {
    const argv = this.opts.compareCommand
    if (!argv?.length || this.comparable.size === 0) return
    const jobs = [...this.comparable.values()]
    const outcomes = await runCompares(
      argv,
      jobs.map((t) => ({ image: t.image, pinnedVersion: t.tag, headSha: this.headOid })),
      this.opts.cwd,
      this.opts.compareTimeoutMs
    )
    jobs.forEach((t, i) => this.applyCompare(t, outcomes[i] as CompareOutcome))
  }

  private applyCompare(t: Target, outcome: CompareOutcome): void {
    const before = this.results.get(t.image.prefix)
    const paths = before ? `; ${before.reason}` : ''
    const files = before?.files ?? []
    const count = before?.fileCount ?? 0
    if (outcome.changed === false) {
      this.set(
        t.image.prefix,
        false,
        `compare-command reports the same image as ${t.tag} (exit 0)${paths}`,
        files,
        count
      )
    } else if (outcome.changed === true) {
      this.set(
        t.image.prefix,
        true,
        `compare-command reports a change since ${t.tag} (exit 1)${paths}`,
        files,
        count
      )
    } else {
      this.warnings.push(`${t.image.name}: compare-command failed (${outcome.detail})`)
      this.set(
        t.image.prefix,
        null,
        `compare-command failed (${outcome.detail})${paths}`,
        files,
        count
      )
    }
  }
}

/** A revision given by the caller reaches git only on cat-file's stdin; still keep it plain. */
function checkRevision(rev: string, what: string): void {
  const plain = [...rev].every((ch) => ch > ' ' && ch !== '\x7f' && ch !== ':')
  if (rev === '' || rev.startsWith('-') || !plain) {
    throw new DetectError(`Invalid ${what} revision ${escapeForMessage(rev)}`)
  }
}

/**
 * Decides, for each pinned image, whether its inputs changed between its tag and `head`.
 * See the module comment for the method and image-inputs.ts for what counts as an input.
 */
export async function detectChanges(opts: DetectOptions): Promise<DetectResult> {
  let detector: Detector
  try {
    detector = new Detector(opts)
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
