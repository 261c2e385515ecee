/**
 * The lossless model of `image_versions.src`.
 *
 * The file is a bash script that the deploy scripts `source`. We never execute it: each line is
 * classified by its text, with a small quote tracker so that lines inside a multi-line string, a
 * here-document or after a backslash continuation are never mistaken for pins. Parse then
 * serialize is byte-identical for any text; edits remove whole lines or append new ones and touch
 * nothing else. Lines are read by hand-written scanners, never by backtracking regular
 * expressions, so a 10 MB line costs linear time and cannot overflow the regexp stack: a line's
 * kind is versions-lines.ts's, the quote state across lines bash-scan.ts's; here is the file.
 */
import { START, scanLine } from './bash-scan.js'
import { LOOKS_LIKE_PIN, classify, type Line } from './versions-lines.js'
import { fileWarning, type FileWarning } from '../util/warning.js'

export interface Pin {
  readonly kind: 'auto' | 'manual'
  readonly value: string
  readonly literal: boolean
  /** 1-based numbers of every line that assigns the variable, in file order. */
  readonly lines: readonly number[]
}

/** The last text VersionsFile.parse read, and what it read. */
let last: { readonly text: string; readonly file: VersionsFile } | undefined

/**
 * True when some image of the list is auto-pinned in the text. A push can unpin only an
 * auto-pinned image, so without one it needs neither the head commit nor any tag: no fetch.
 */
export function hasAutoPins(text: string, images: readonly { readonly prefix: string }[]): boolean {
  const file = VersionsFile.parse(text)
  return images.some((i) => file.pinOf(i.prefix)?.kind === 'auto')
}

export class VersionsFile {
  private constructor(
    /** A leading byte-order mark, kept as it was. */
    readonly bom: string,
    readonly lines: readonly Line[],
    /** Constructs that make the file unsafe to append to (an unterminated quote...). */
    readonly problems: readonly FileWarning[],
    /** Lines that look like pins but are not plain assignments: left alone, reported. */
    readonly notices: readonly FileWarning[]
  ) {}

  /**
   * Parses any text; never throws. A VersionsFile never changes, so the last text parsed is
   * kept: an attempt that parses the same text in several places (decide, then plan) pays once.
   */
  static parse(text: string): VersionsFile {
    if (last !== undefined && last.text === text) return last.file
    const file = VersionsFile.read(text)
    last = { text, file }
    return file
  }

  private static read(text: string): VersionsFile {
    const bom = text.startsWith('\uFEFF') ? '\uFEFF' : ''
    const parts = text.slice(bom.length).split('\n')
    const lines: Line[] = []
    const problems: FileWarning[] = []
    const notices: FileWarning[] = []
    let state = START
    let openedAt = 0
    for (let i = 0; i < parts.length; i++) {
      const raw = parts[i] as string
      const last = i === parts.length - 1
      if (last && raw === '') break
      const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw
      const continued = state.quote !== 'none'
      const info =
        continued || content.includes('\0') ? { kind: 'other' as const } : classify(content)
      if (info.kind === 'other' && !continued && LOOKS_LIKE_PIN.test(content)) {
        notices.push(
          fileWarning(
            `line ${i + 1} looks like a pin but is not a plain assignment; left as it is`,
            undefined,
            i + 1
          )
        )
      } else if (i === 0 && bom !== '' && (info.kind === 'auto' || info.kind === 'manual')) {
        // Read as a pin, as an editor shows it; but bash takes the mark as part of the first word.
        notices.push(
          fileWarning(
            'line 1 starts with a byte-order mark: bash runs it as a command and does not set ' +
              `${info.prefix}_VER; remove the mark`,
            undefined,
            1
          )
        )
      }
      lines.push({ raw, newline: !last, ...info })
      if (!continued) openedAt = i + 1
      state = scanLine(content, state)
    }
    if (state.quote === 'single' || state.quote === 'double' || state.quote === 'ansi') {
      const what = state.quote === 'ansi' ? "$'...'" : `${state.quote}-quoted`
      problems.push(
        fileWarning(
          `line ${openedAt} opens a ${what} string that is never closed`,
          undefined,
          openedAt
        )
      )
    } else if (state.quote === 'backslash') {
      problems.push(
        fileWarning(`the last line ends with a backslash continuation`, undefined, lines.length)
      )
    } else if (state.quote === 'heredoc') {
      const open = state.heredocs.map((h) => JSON.stringify(h.delimiter)).join(', ')
      problems.push(
        fileWarning(
          `line ${openedAt} opens a here-document that is never closed (delimiter ${open})`,
          undefined,
          openedAt
        )
      )
    }
    if (text.includes('\0'))
      problems.push(fileWarning('the file contains NUL bytes; it is not a text file'))
    return new VersionsFile(bom, lines, problems, notices)
  }

  /** The exact text: parse(text).toString() === text. */
  toString(): string {
    return this.bom + this.lines.map((l) => l.raw + (l.newline ? '\n' : '')).join('')
  }

  /**
   * The pin that bash would see for a prefix. A manual pin anywhere makes the image manual, since
   * the automation must leave it alone; otherwise the last auto pin wins, as in bash.
   */
  pinOf(prefix: string): Pin | undefined {
    const numbers = this.pinLines().get(prefix)
    if (!numbers) return undefined
    const manual = numbers.filter((n) => this.lines[n - 1]?.kind === 'manual')
    const auto = numbers.filter((n) => this.lines[n - 1]?.kind === 'auto')
    const kind = manual.length > 0 ? 'manual' : 'auto'
    const own = kind === 'manual' ? manual : auto
    const line = this.lines[(own[own.length - 1] as number) - 1] as Line
    return { kind, value: line.value ?? '', literal: line.literal ?? false, lines: numbers }
  }

  // prefix -> 1-based numbers of its pin lines, in file order; built once (the model is immutable),
  // so asking for every image of a long list stays linear.
  private pinIndex: Map<string, number[]> | undefined

  private pinLines(): Map<string, number[]> {
    if (!this.pinIndex) {
      const index = new Map<string, number[]>()
      this.lines.forEach((l, i) => {
        if ((l.kind !== 'auto' && l.kind !== 'manual') || !l.prefix) return
        const numbers = index.get(l.prefix)
        if (numbers) numbers.push(i + 1)
        else index.set(l.prefix, [i + 1])
      })
      this.pinIndex = index
    }
    return this.pinIndex
  }

  /** Every prefix with at least one pin line, in file order. */
  pinnedPrefixes(): string[] {
    return [...this.pinLines().keys()]
  }

  /** Removes every auto-pin line of the given prefixes; nothing else changes. */
  withoutAutoPins(prefixes: ReadonlySet<string>): VersionsFile {
    const kept = this.lines.filter((l) => !(l.kind === 'auto' && prefixes.has(l.prefix ?? '')))
    if (kept.length === this.lines.length) return this
    const last = kept[kept.length - 1]
    const removedLast = this.lines[this.lines.length - 1] !== last
    // Dropping the final line keeps the file's choice of final newline.
    const finalNewline = this.lines[this.lines.length - 1]?.newline ?? true
    const lines =
      removedLast && last && !finalNewline
        ? [...kept.slice(0, -1), { ...last, raw: last.raw.replace(/\r$/, ''), newline: false }]
        : kept
    return new VersionsFile(this.bom, lines, this.problems, this.notices)
  }

  /**
   * Appends lines (without line endings), using the file's own line ending. Throws when the
   * file ends inside a quote or a continuation, where appended lines would not be read as written.
   */
  append(texts: readonly string[]): VersionsFile {
    if (texts.length === 0) return this
    if (this.problems.length > 0) {
      throw new Error(
        `cannot append: ${this.problems.map((p) => p.message).join('; ')}. Fix the file by hand first.`
      )
    }
    // The ending most terminated lines use; the unterminated last line has none to count.
    const ended = this.lines.filter((l) => l.newline)
    const crlf = ended.filter((l) => l.raw.endsWith('\r')).length * 2 > ended.length
    const cr = crlf ? '\r' : ''
    const lines = [...this.lines]
    const last = lines[lines.length - 1]
    const finalNewline = last ? last.newline : true
    if (last && !last.newline) {
      lines[lines.length - 1] = {
        ...last,
        raw: last.raw + (crlf && !last.raw.endsWith('\r') ? '\r' : ''),
        newline: true
      }
    }
    texts.forEach((t, i) => {
      const end = i === texts.length - 1
      lines.push({
        raw: end && !finalNewline ? t : t + cr,
        newline: end ? finalNewline : true,
        ...classify(t)
      })
    })
    return new VersionsFile(this.bom, lines, this.problems, this.notices)
  }
}
