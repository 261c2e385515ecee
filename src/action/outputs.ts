/** The action's outputs for downstream steps: what changed, and what to deploy and publish. */
import { escapeForMessage } from '../util/escape.js'
import type { Image } from '../files/image-vars.js'
import type { Decision } from '../plan/decision.js'
import { isImageVersion } from '../util/version.js'

export interface OutputFacts {
  readonly images: readonly Image[]
  readonly decisions: readonly Decision[]
  readonly changed: boolean
  /**
   * The head the decisions were measured at: unpinned images deploy its first 7 characters, and
   * it is the `head-sha` output (empty for a skipped run, which measured nothing).
   */
  readonly head: string
  readonly commitSha: string
  readonly pullRequestUrl: string
}

export interface Outputs {
  readonly changed: string
  readonly 'commit-sha': string
  readonly pinned: string
  readonly unpinned: string
  readonly versions: string
  readonly 'head-sha': string
  readonly publish: string
  readonly 'pull-request-url': string
}

/** Every output as the runner takes it (strings, JSON for lists and maps). */
export function runOutputs(facts: OutputFacts): { outputs: Outputs; warnings: string[] } {
  const warnings: string[] = []
  // Stale pins (prefixes no longer in the image list) are reported, not deployed.
  const known = new Set(facts.images.map((i) => i.prefix))
  const named = (action: Decision['action']): string[] =>
    facts.decisions.filter((d) => d.action === action).map((d) => d.image)
  const deployable = facts.decisions.filter(
    (d) => known.has(d.prefix) && deployableVersion(d, facts.head, warnings)
  )
  const versionOf = (d: Decision): string => d.after ?? facts.head.slice(0, 7)
  return {
    outputs: {
      changed: String(facts.changed),
      'commit-sha': facts.commitSha,
      pinned: JSON.stringify(named('pin')),
      unpinned: JSON.stringify(named('unpin')),
      versions: JSON.stringify(Object.fromEntries(deployable.map((d) => [d.image, versionOf(d)]))),
      // The commit to build the images of `versions` and `publish` from: the one they name.
      'head-sha': facts.head,
      publish: JSON.stringify(deployable.filter((d) => d.after === null).map((d) => d.image)),
      'pull-request-url': facts.pullRequestUrl
    },
    warnings
  }
}

/**
 * True when the image's version (its pin, or the head's short sha) may be handed to a deploy step
 * as a tag; otherwise a warning names the image and the value, and the image is left out of
 * `versions` and `publish` (a hand-written pin that is not a version is never deployed or built).
 */
function deployableVersion(d: Decision, head: string, warnings: string[]): boolean {
  const version = d.after ?? head.slice(0, 7)
  if (isImageVersion(version)) return true
  const [what, fix] =
    d.after === null
      ? [
          'the head commit',
          'The event names no commit sha for the head; run on push, release or workflow_dispatch.'
        ]
      : [`${d.prefix}_VER`, `Fix the ${d.prefix}_VER line of the versions file.`]
  warnings.push(
    `${d.image}: ${what} gives ${escapeForMessage(version)}, which is not a release version or a short sha; ` +
      `left out of the versions and publish outputs. ${fix}`
  )
  return false
}
