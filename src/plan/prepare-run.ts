/**
 * The one use case behind both faces: settings, an intent and a checkout in; for any text of the
 * versions file at any head, the decisions out (decisions, warnings, the new text). The action adds
 * the commit loop, its outputs and the summary; the CLI adds the file write and the table.
 * Neither builds detection settings or resolves intents itself.
 */
import { readCheckoutFile } from '../files/checkout-file.js'
import { restoreCheckout, snapshotCheckout } from '../git/checkout-state.js'
import { Decider, type Decided, type DetectSettings } from './decide.js'
import type { Intent } from './intent.js'
import { loadRepo, type Repo } from '../files/repo.js'
import { resolveWithSource, type VersionSource } from './resolve-intent.js'
import { checkPathsImages, type Settings } from './settings.js'
import { fileWarning, inFile, type Warning } from '../util/warning.js'

export interface RunRequest {
  /** The repository root (the workspace, or the CLI's --dir). */
  readonly root: string
  readonly settings: Settings
  /** The intent as the face understood it: image names or prefixes, maybe no version. */
  readonly intent: Intent
  /** The clock for history comments. */
  readonly now: Date
  /** The tags a version must be one of; undefined: versions are not checked against tags. */
  readonly tags?: () => Promise<readonly string[]>
  /** The tag of the repository's latest GitHub release (the action only), for a pin's default. */
  readonly latestRelease?: () => Promise<string | undefined>
  /** The remote that missing tags are fetched from (the CLI's --remote); default origin. */
  readonly remote?: string
}

export interface PreparedRun {
  readonly repo: Repo
  /** The intent resolved: prefixes, explicit versions that exist as tags. */
  readonly intent: Intent
  /** Where a pin's version came from when none was given; undefined otherwise. */
  readonly versionSource?: VersionSource
  /** The decisions for the versions file's `text` at commit `head`; detection is cached per head. */
  decide(text: string, head: string): Promise<Decided>
  /**
   * Leaves the checkout as it was found: deletes the refs detection fetched (a private
   * namespace) and restores .git/config and .git/shallow. Call it once, at the end.
   */
  close(): Promise<void>
}

/** The detection settings for the engine, from the shared settings and the checkout. */
export function detectSettings(settings: Settings, repo: Repo, remote?: string): DetectSettings {
  return {
    cwd: repo.root,
    ...(remote !== undefined ? { remote } : {}),
    paths: settings.paths,
    sharedPaths: settings.sharedPaths,
    ignorePaths: settings.ignorePaths,
    versionsFile: repo.versionsFile.rel,
    onMissingTag: settings.onMissingTag,
    detection: settings.detection,
    compareTimeoutMs: settings.compareTimeoutMs,
    ...(settings.compareCommand ? { compareCommand: settings.compareCommand } : {})
  }
}

/** versions.txt, read as every file of the checkout is (inside it, a regular file, bounded). */
function readVersionsTxt(root: string): Promise<string | undefined> {
  return readCheckoutFile(root, 'versions.txt', { what: 'File' })
}

/** Reads the checkout, resolves the intent, and returns the decider for it. */
export async function prepareRun(req: RunRequest): Promise<PreparedRun> {
  const repo = await loadRepo(req.root, req.settings.varsFile, req.settings.versionsFile)
  checkPathsImages(req.settings.paths, repo.images, req.settings.varsFile)
  const { intent, versionSource } = await resolveWithSource(req.intent, repo.images, {
    versionsTxt: await readVersionsTxt(repo.root),
    ...(req.tags ? { remoteTags: req.tags } : {}),
    ...(req.latestRelease ? { latestRelease: req.latestRelease } : {})
  })
  const decider = new Decider(repo.images, detectSettings(req.settings, repo, req.remote), req.now)
  // Before anything is fetched: what close() puts back.
  const snapshot = await snapshotCheckout(repo.root)
  return {
    repo,
    intent,
    ...(versionSource ? { versionSource } : {}),
    decide: async (text, head) => {
      const decided = await decider.decide(text, intent, head)
      const warnings = inFile(decided.warnings.map(atFolderComment(repo)), repo.versionsFile.rel)
      return { ...decided, warnings }
    },
    close: () => restoreCheckout(snapshot)
  }
}

/**
 * A warning about the folder of an image's `# --- name in folder ./dir` comment (not in the
 * tree) is about that line of the image list: it becomes a warning on that file and line, so
 * that the action annotates the line.
 */
function atFolderComment(repo: Repo): (w: Warning) => Warning {
  const byMessage = new Map<string, number>()
  for (const image of repo.images) {
    const line = repo.folderLines.get(image.name)
    if (image.folder !== undefined && line !== undefined)
      byMessage.set(`${image.name}: folder ${image.folder}/ of image_vars.src `, line)
  }
  return (w) => {
    if (typeof w !== 'string' || byMessage.size === 0) return w
    for (const [start, line] of byMessage)
      if (w.startsWith(start)) return fileWarning(w, repo.varsFile, line)
    return w
  }
}

/** Where a defaulted version came from, as the summary says it. */
export function versionNote(run: PreparedRun): string | undefined {
  if (!run.versionSource || run.intent.kind !== 'pin' || !run.intent.version) return undefined
  const from: Record<VersionSource, string> = {
    'versions.txt': 'the last release in versions.txt',
    'latest release': "the repository's latest GitHub release",
    'newest v* tag': 'the newest vX.Y.Z tag'
  }
  return `Version ${run.intent.version}: ${from[run.versionSource]} (no version input was given)`
}
