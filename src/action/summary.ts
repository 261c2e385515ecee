/** The job summary: one table row per image, then the commit link or why nothing was committed. */
import { escapeForMessage, forCommitBody, forSummaryCell } from '../util/escape.js'
import { COMMIT_BODY_LIMIT, fitForGitHub, measure, type Cut } from '../github/limits.js'
import type { Outcome } from '../github/commit.js'
import type { Decided } from '../plan/decide.js'
import type { Intent, Preview } from '../plan/intent.js'
import type { Decision } from '../plan/decision.js'
import { isImageVersion } from '../util/version.js'
import { warningText, type Warning } from '../util/warning.js'

// A validated version holds only [A-Za-z0-9.+-], so it can stand in a code span as it is;
// anything else (a hand-written pin) is shown as escaped text instead.
const cell = (v: string | null): string =>
  v === null ? '_unpinned_' : isImageVersion(v) ? `\`${v}\`` : forSummaryCell(v)

// Only a plain http(s) URL becomes a link target; anything else is left out.
const SAFE_URL = /^https?:\/\/[A-Za-z0-9.:-]+(?:\/[A-Za-z0-9._~%/-]*)?$/

/** A link to the commit (or other result), named by `text`. */
export interface ResultLink {
  readonly text: string
  readonly url: string
}

function resultText(result: string, link: ResultLink | undefined): string {
  const text = forSummaryCell(result)
  if (!link || !SAFE_URL.test(link.url)) return text
  return `${text} ([${forSummaryCell(link.text)}](${link.url}))`
}

/** The summary as Markdown: a heading, the decision table, and the result line. */
export function summaryMarkdown(args: {
  readonly title: string
  readonly decisions: readonly Decision[]
  /** Plain text; escaped here. */
  readonly result: string
  readonly link?: ResultLink
  readonly warnings: readonly Warning[]
  /** Plain-text notes under the result: where the settings and the version came from. */
  readonly notes?: readonly string[]
}): string {
  const rows = args.decisions.map(
    (d) =>
      `| ${forSummaryCell(d.image)} | ${cell(d.before)} | ${cell(d.after)} | ${d.action}${d.manual ? ' (manual pin)' : ''} | ${forSummaryCell(d.reason)} |`
  )
  const warnings = args.warnings.map((w) => `> [!WARNING]\n> ${forSummaryCell(warningText(w))}\n`)
  return [
    `### ${forSummaryCell(args.title)}`,
    '',
    '| Image | Before | After | Decision | Reason |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    resultText(args.result, args.link),
    '',
    ...(args.notes ?? []).flatMap((n) => [forSummaryCell(n), '']),
    ...warnings
  ].join('\n')
}

// git reads `- : x` and `- :x` as trailers (the token `-`), so a name that is blank or starts
// with `:` is shown quoted.
const bodyName = (image: string): string =>
  /^[^\s:]/.test(forCommitBody(image)) ? forCommitBody(image) : escapeForMessage(image)

/**
 * The commit body: one line per changed image, so the history explains itself. Every line starts
 * with `- `, and data cannot add a line, so no file name becomes a trailer.
 */
export function commitBody(
  decisions: readonly Decision[],
  runUrl: string | undefined,
  trailer?: string
): string {
  const lines = decisions
    .filter((d) => d.action === 'pin' || d.action === 'unpin')
    .map(
      (d) =>
        `- ${bodyName(d.image)}: ${forCommitBody(d.before ?? 'unpinned')} -> ` +
        `${forCommitBody(d.after ?? 'unpinned')} (${forCommitBody(d.reason)})`
    )
  // One trailer block at the end: the run link and the run's own mark. Only the lines above it
  // are cut to GitHub's limit, so the trailers that recognise the run's own commit stay.
  const trailers = [...(runUrl ? [`Run: ${runUrl}`] : []), ...(trailer ? [trailer] : [])]
  const tail = trailers.length > 0 ? ['', '', ...trailers].join('\n') : ''
  const pointer = ({ lines: n }: Cut): string =>
    `… ${n} more image${n === 1 ? '' : 's'} in the job summary of this run${runUrl ? `: ${runUrl}` : ''}`
  const body = fitForGitHub(lines.join('\n'), COMMIT_BODY_LIMIT - measure(tail), pointer)
  return lines.length > 0 ? body + tail : tail.slice(1)
}

/**
 * Where the shared settings came from, in one line: `Settings: paths, shared-paths from
 * .github/vro-image-version.yml; detection from inputs; the rest are defaults.`
 */
export function settingsNote(
  sources: Readonly<Record<string, 'input' | 'config file' | 'default'>>,
  names: Readonly<Record<string, string>>,
  file: string | undefined
): string {
  const from = (source: string): string[] =>
    Object.entries(sources)
      .filter(([, s]) => s === source)
      .map(([key]) => names[key] ?? key)
  const parts = [
    ...(from('config file').length > 0 ? [`${from('config file').join(', ')} from ${file}`] : []),
    ...(from('input').length > 0 ? [`${from('input').join(', ')} from inputs`] : [])
  ]
  return parts.length === 0
    ? `Settings: all defaults${file ? '' : ' (no configuration file)'}.`
    : `Settings: ${parts.join('; ')}; the rest are defaults.`
}

/** Which configuration file the settings were read from, in one line of the summary. */
export function configNote(file: string | undefined): string {
  return file === undefined
    ? 'Configuration file: none (no .github/vro-image-version.yml or .yaml).'
    : `Configuration file: ${file}.`
}

/** The intent in a few words, for the summary's title. */
export function describe(intent: Intent): string {
  switch (intent.kind) {
    case 'release':
      return `release ${intent.version}`
    case 'pin':
      return intent.manual ? 'manual pin (export)' : 'pin'
    default:
      return intent.kind
  }
}

/**
 * A release that pins nothing because its images already carry its version: the second of its
 * two runs (the push of its tag, then its GitHub release), or a re-run. Said plainly, so that
 * nobody looks for an error.
 */
export function releaseNote(intent: Intent, decisions: readonly Decision[]): string | undefined {
  if (intent.kind !== 'release' || decisions.some((d) => d.action === 'pin')) return undefined
  const already = decisions.filter(
    (d) => d.action === 'keep' && !d.manual && d.after === intent.version
  )
  if (already.length === 0) return undefined
  const n = already.length
  return (
    `Already pinned at ${intent.version}: ${n} image${n === 1 ? '' : 's'}. This release was pinned ` +
    `by an earlier run (the push of its tag, its GitHub release, or a re-run); nothing is pinned twice`
  )
}

/** The result in plain text, and what to link to from the summary. */
export function resultLine(
  outcome: Outcome<Decided>,
  branch: string,
  prUrl: string,
  preview?: Preview
): { text: string; link?: ResultLink } {
  if (preview) {
    return {
      text: outcome.plan.changed
        ? `Merging #${preview.number} would change the versions file on ${branch} as above; nothing was committed`
        : `Merging #${preview.number} would leave the versions file on ${branch} as it is`
    }
  }
  const tries = outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : ''
  switch (outcome.status) {
    case 'committed': {
      const sha = outcome.commit.oid.slice(0, 7)
      return prUrl
        ? {
            text: `Committed ${sha} and opened ${prUrl}${tries}`,
            link: { text: 'pull request', url: prUrl }
          }
        : {
            text: `Committed ${sha} to ${branch}${tries}`,
            link: { text: sha, url: outcome.commit.url }
          }
    }
    case 'dry-run':
      return { text: `Dry run: the file would change on ${branch}; nothing was committed` }
    case 'unchanged':
      return { text: `Nothing to commit: ${branch} already has the right versions` }
  }
}
