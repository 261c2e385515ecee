/**
 * The one use case behind both faces: settings, an intent and a checkout in; for any text of the
 * versions file at any head, the plan out (decisions, warnings, the new text). The action adds
 * the commit loop, its outputs and the summary; the CLI adds the file write and the table.
 * Neither builds detection settings or resolves intents itself.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { Decider, type Decided, type DetectSettings, type Intent } from './decide.js'
import { loadRepo, type Repo } from './repo.js'
import { resolveIntent } from './resolve.js'
import type { Settings } from './settings.js'

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
}

export interface PreparedRun {
  readonly repo: Repo
  /** The intent resolved: prefixes, explicit versions that exist as tags. */
  readonly intent: Intent
  /** The plan for the versions file's `text` at commit `head`; detection is cached per head. */
  plan(text: string, head: string): Promise<Decided>
}

/** The detection settings for the engine, from the shared settings and the checkout. */
export function detectSettings(settings: Settings, repo: Repo): DetectSettings {
  return {
    cwd: repo.root,
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

async function readVersionsTxt(root: string): Promise<string | undefined> {
  try {
    return await fs.readFile(path.join(root, 'versions.txt'), 'utf8')
  } catch {
    return undefined
  }
}

/** Reads the checkout, resolves the intent, and returns the planner for it. */
export async function prepareRun(req: RunRequest): Promise<PreparedRun> {
  const repo = await loadRepo(req.root, req.settings.varsFile, req.settings.versionsFile)
  const intent = await resolveIntent(req.intent, repo.images, {
    versionsTxt: await readVersionsTxt(repo.root),
    ...(req.tags ? { remoteTags: req.tags } : {})
  })
  const decider = new Decider(repo.images, detectSettings(req.settings, repo), req.now)
  return {
    repo,
    intent,
    plan: (text, head) => decider.decide(text, intent, head)
  }
}
