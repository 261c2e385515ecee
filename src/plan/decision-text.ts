/** Decisions as text: a plain table for the CLI and log lines for the action. */
import { forCliTable, forLog } from '../util/escape.js'
import type { Decision } from './decision.js'

const show = (v: string | null): string => (v === null ? '(unpinned)' : v)

/**
 * One line per decision, as the log prints it: `app: unpinned (app/x changed since v1.2.3)`.
 * Escaped for the log: a file name in the reason cannot start a line or a workflow command.
 */
export function logLine(d: Decision): string {
  const verb: Record<Decision['action'], string> = {
    pin: 'pinned',
    unpin: 'unpinned',
    keep: 'kept',
    skip: 'skipped'
  }
  const change = d.before === d.after ? show(d.after) : `${show(d.before)} -> ${show(d.after)}`
  return forLog(`${d.image}: ${verb[d.action]} ${change} (${d.reason})`)
}

/** A fixed-width table of the decisions; every cell escaped, so each row stays one line. */
export function formatTable(decisions: readonly Decision[]): string {
  const rows = [
    ['IMAGE', 'BEFORE', 'AFTER', 'DECISION', 'REASON'],
    ...decisions.map((d) =>
      [d.image, show(d.before), show(d.after), d.action, d.reason].map(forCliTable)
    )
  ]
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => (r[c] as string).length)))
  return rows
    .map((r) => r.map((cell, c) => (c < 4 ? cell.padEnd(widths[c] as number) : cell)).join('  '))
    .join('\n')
}
