/**
 * GitHub's size limits on the text the action sends, and the one function that cuts text to them.
 *
 * GitHub refuses a pull request body or an issue comment body over 65,536 characters (HTTP 422,
 * `body is too long (maximum is 65536 characters)`). Its documentation gives no figure for a
 * commit message of createCommitOnBranch; the body is held to the same 65,536 and the headline to
 * 1,024, which git and GitHub's pages show whole.
 *
 * GitHub says "characters" without saying which; the text is measured here in UTF-8 bytes, which
 * is never fewer than its characters counted either way (code points or UTF-16 units), so a text
 * that fits here fits GitHub whatever it counts.
 */
import { Buffer } from 'node:buffer'

/** A pull request body, an issue (or pull request) comment body. */
export const GITHUB_BODY_LIMIT = 65_536
/** The body of a commit message (no documented limit: the same as a pull request body). */
export const COMMIT_BODY_LIMIT = 65_536
/** The headline of a commit message (no documented limit). */
export const COMMIT_HEADLINE_LIMIT = 1_024

/** A pull request title (GitHub documents none; titles are one line, kept short). */
export const PULL_TITLE_LIMIT = 256

/** What was left out: its lines, and how many of them were table rows. */
export interface Cut {
  readonly lines: number
  readonly rows: number
}

/** The size GitHub could count at most for `text`. */
export function measure(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

// A Markdown table row (the summary's rows start with `|`) or an HTML one.
const isRow = (line: string): boolean => /^\s*\|/.test(line) || /<tr[\s>]/i.test(line)

/**
 * The closing line that says where the rest is: `… 12 more rows in the job summary of this run:
 * <url>`. Plain text, no Markdown: it follows a blank line, so it never joins a table.
 */
export function summaryPointer(runUrl: string | undefined): (cut: Cut) => string {
  return ({ lines, rows }) => {
    const what =
      rows > 0
        ? `${rows} more row${rows === 1 ? '' : 's'}`
        : `${lines} more line${lines === 1 ? '' : 's'}`
    return `… ${what} in the job summary of this run${runUrl ? `: ${runUrl}` : ''}`
  }
}

/**
 * `text` when it fits in `limit`; else its first lines that fit, a blank line and the closing
 * line `pointer` makes from what was left out. The cut is at a line boundary, so never inside a
 * character or a table row; an HTML `<tr>` left open by the cut is dropped with its lines. Only a
 * first line longer than the limit is cut inside the line, at a character boundary.
 */
export function fitForGitHub(text: string, limit: number, pointer: (cut: Cut) => string): string {
  if (measure(text) <= limit) return text
  const lines = text.split('\n')
  // sizes[k]: the size of the first k lines joined with '\n'.
  const sizes = [0]
  for (const [i, line] of lines.entries()) {
    sizes.push((sizes[i] as number) + measure(line) + (i > 0 ? 1 : 0))
  }
  // rowsFrom[k]: how many of lines[k..] are table rows.
  const rowsFrom = new Array<number>(lines.length + 1).fill(0)
  for (let k = lines.length - 1; k >= 0; k--) {
    rowsFrom[k] = (rowsFrom[k + 1] as number) + (isRow(lines[k] as string) ? 1 : 0)
  }
  // open[k]: how many HTML table rows the first k lines leave open.
  const open = [0]
  for (const [i, line] of lines.entries()) {
    const opened = (line.match(/<tr[\s>]/gi) ?? []).length
    const closed = (line.match(/<\/tr>/gi) ?? []).length
    open.push((open[i] as number) + opened - closed)
  }
  const closing = (k: number): string =>
    pointer({ lines: lines.length - k, rows: rowsFrom[k] as number })
  for (let k = lines.length - 1; k >= 1; k--) {
    if ((open[k] as number) > 0) continue
    const tail = `\n\n${closing(k)}`
    if ((sizes[k] as number) + measure(tail) <= limit) return lines.slice(0, k).join('\n') + tail
  }
  // Not even the first line fits: cut inside it, whole characters only (it counts as left out).
  const tail = `\n\n${closing(0)}`
  return cutChars(lines[0] as string, limit - measure(tail)) + tail
}

/** The longest start of `line` that measures at most `budget`, in whole code points. */
function cutChars(line: string, budget: number): string {
  let out = ''
  let size = 0
  for (const ch of line) {
    const n = measure(ch)
    if (size + n > budget) break
    out += ch
    size += n
  }
  return out
}

/** One line (a headline, a title) cut to `limit`, ending in `…` when cut; never inside a character. */
export function fitLine(line: string, limit: number): string {
  if (measure(line) <= limit) return line
  return `${cutChars(line, limit - measure('…'))}…`
}
