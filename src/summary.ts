/** The job summary: one table row per image, then the commit link or why nothing was committed. */
import type { Decision } from './plan.js'

// Line breaks would end a table row or a callout, so they are shown as the two characters \n.
const escapeHtml = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n')

const cell = (v: string | null): string => (v === null ? '_unpinned_' : `\`${escapeHtml(v)}\``)

/** The summary as Markdown: a heading, the decision table, and the result line. */
export function summaryMarkdown(args: {
  readonly title: string
  readonly decisions: readonly Decision[]
  readonly result: string
  readonly warnings: readonly string[]
}): string {
  const rows = args.decisions.map(
    (d) =>
      `| ${escapeHtml(d.image)} | ${cell(d.before)} | ${cell(d.after)} | ${d.action}${d.manual ? ' (manual pin)' : ''} | ${escapeHtml(d.reason)} |`
  )
  const warnings = args.warnings.map((w) => `> [!WARNING]\n> ${escapeHtml(w)}\n`)
  return [
    `### ${escapeHtml(args.title)}`,
    '',
    '| Image | Before | After | Decision | Reason |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    escapeHtml(args.result),
    '',
    ...warnings
  ].join('\n')
}

/** The commit body: one line per changed image, so the history explains itself. */
export function commitBody(decisions: readonly Decision[], runUrl: string | undefined): string {
  const lines = decisions
    .filter((d) => d.action === 'pin' || d.action === 'unpin')
    .map((d) => `- ${d.image}: ${d.before ?? 'unpinned'} -> ${d.after ?? 'unpinned'} (${d.reason})`)
  return [...lines, ...(runUrl ? ['', `Run: ${runUrl}`] : [])].join('\n')
}
