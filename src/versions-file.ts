/**
 * The lossless model of `image_versions.src`.
 *
 * The file is a bash script that the deploy scripts `source`. We never execute it: each line is
 * classified by its text, with a small quote tracker so that lines inside a multi-line string or
 * after a backslash continuation are never mistaken for pins. Parse then serialize is
 * byte-identical for any text; edits remove whole lines or append new ones and touch nothing else.
 */

export type LineKind = 'auto' | 'manual' | 'history' | 'comment' | 'other'

export interface Line {
  /** The line's bytes without its `\n` (a CRLF line keeps its `\r`). */
  readonly raw: string
  /** Whether a `\n` follows the line. Only the last line can lack one. */
  readonly newline: boolean
  readonly kind: LineKind
  /** For pins: the variable prefix (`apigateway` for `apigateway_VER`). */
  readonly prefix?: string
  /** For pins: the assigned value with quotes removed, as far as it is literal text. */
  readonly value?: string
  /** For pins: false when the value is not plain text (`$(...)`, `$VAR`, backticks). */
  readonly literal?: boolean
  /** For history comments: the version named. */
  readonly historyVersion?: string
}

export interface Pin {
  readonly kind: 'auto' | 'manual'
  readonly value: string
  readonly literal: boolean
  /** 1-based numbers of every line that assigns the variable, in file order. */
  readonly lines: readonly number[]
}

const NAME = '([A-Za-z_][A-Za-z0-9_]*)_VER'
// One shell word: double-quoted text, single-quoted text or plain characters, in any sequence.
const WORD = `((?:"(?:[^"\\\\]|\\\\.)*"|'[^']*'|[^\\s"'#;&|<>()\`\\\\]|\\\\.)*)`
const TRAILER = '[ \\t]*(?:#.*)?$'
const AUTO = new RegExp(`^${NAME}=${WORD}${TRAILER}`)
const MANUAL = [
  new RegExp(
    `^\\s*(?:export|declare|typeset|readonly|local)\\s+(?:-[A-Za-z]+\\s+)*${NAME}=${WORD}`
  ),
  new RegExp(`^\\s*:\\s+"?\\$\\{${NAME}:?=${WORD}\\}`),
  new RegExp(`^\\s+${NAME}=${WORD}${TRAILER}`)
]
const HISTORY =
  /^#\s*([A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d [A-Z]+ \d{4}) -- (\S+)\s*$/
const LOOKS_LIKE_PIN = new RegExp(`^\\s*(?:export\\s+)?${NAME}=`)

interface WordValue {
  value: string
  literal: boolean
}

/** Removes the quotes of one shell word; `literal` is false when bash would expand anything. */
function unquote(word: string): WordValue {
  let value = ''
  let literal = true
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string
    if (ch === "'") {
      const end = word.indexOf("'", i + 1)
      value += word.slice(i + 1, end)
      i = end
    } else if (ch === '"') {
      i++
      while (i < word.length && word[i] !== '"') {
        if (word[i] === '\\' && i + 1 < word.length) {
          value += word[i + 1]
          i += 2
          continue
        }
        if (word[i] === '$' || word[i] === '`') literal = false
        value += word[i]
        i++
      }
    } else if (ch === '\\') {
      value += word[i + 1] ?? ''
      i++
    } else {
      if (ch === '$' || ch === '`' || ch === '~' || ch === '*' || ch === '?' || ch === '[')
        literal = false
      value += ch
    }
  }
  return { value, literal }
}

type QuoteState = 'none' | 'single' | 'double' | 'backslash'

/**
 * Advances bash's quote state over one line. Returns the state at the end of the line:
 * 'none' when the line is complete, otherwise the construct that continues onto the next line.
 */
function scanLine(text: string, start: QuoteState): QuoteState {
  let state: QuoteState = start === 'backslash' ? 'none' : start
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (state === 'single') {
      if (ch === "'") state = 'none'
    } else if (state === 'double') {
      if (ch === '\\') i++
      else if (ch === '"') state = 'none'
    } else {
      if (ch === '\\') {
        if (i === text.length - 1) return 'backslash'
        i++
      } else if (ch === "'") state = 'single'
      else if (ch === '"') state = 'double'
      else if (ch === '#' && (i === 0 || /[\s;&|()]/.test(text[i - 1] as string))) return 'none'
    }
  }
  return state
}

function classify(content: string): Omit<Line, 'raw' | 'newline'> {
  if (/^\s*#/.test(content)) {
    const h = HISTORY.exec(content)
    return h ? { kind: 'history', historyVersion: h[2] as string } : { kind: 'comment' }
  }
  const auto = AUTO.exec(content)
  if (auto) return { kind: 'auto', prefix: auto[1] as string, ...unquote(auto[2] as string) }
  for (const re of MANUAL) {
    const m = re.exec(content)
    if (m) return { kind: 'manual', prefix: m[1] as string, ...unquote(m[2] as string) }
  }
  return { kind: 'other' }
}

export class VersionsFile {
  private constructor(
    /** A leading byte-order mark, kept as it was. */
    readonly bom: string,
    readonly lines: readonly Line[],
    /** Constructs that make the file unsafe to append to (an unterminated quote...). */
    readonly problems: readonly string[],
    /** Lines that look like pins but are not plain assignments: left alone, reported. */
    readonly notices: readonly string[]
  ) {}

  /** Parses any text; never throws. */
  static parse(text: string): VersionsFile {
    const bom = text.startsWith('\uFEFF') ? '\uFEFF' : ''
    const parts = text.slice(bom.length).split('\n')
    const lines: Line[] = []
    const problems: string[] = []
    const notices: string[] = []
    let state: QuoteState = 'none'
    let openedAt = 0
    for (let i = 0; i < parts.length; i++) {
      const raw = parts[i] as string
      const last = i === parts.length - 1
      if (last && raw === '') break
      const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw
      const continued = state !== 'none'
      const info =
        continued || content.includes('\0') ? { kind: 'other' as const } : classify(content)
      if (info.kind === 'other' && !continued && LOOKS_LIKE_PIN.test(content)) {
        notices.push(`line ${i + 1} looks like a pin but is not a plain assignment; left as it is`)
      }
      lines.push({ raw, newline: !last, ...info })
      if (!continued) openedAt = i + 1
      state = scanLine(content, state)
    }
    if (state === 'single' || state === 'double') {
      problems.push(`line ${openedAt} opens a ${state}-quoted string that is never closed`)
    } else if (state === 'backslash') {
      problems.push(`the last line ends with a backslash continuation`)
    }
    if (text.includes('\0')) problems.push('the file contains NUL bytes; it is not a text file')
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
    const auto: number[] = []
    const manual: number[] = []
    this.lines.forEach((l, i) => {
      if (l.prefix !== prefix) return
      if (l.kind === 'auto') auto.push(i + 1)
      if (l.kind === 'manual') manual.push(i + 1)
    })
    const kind = manual.length > 0 ? 'manual' : auto.length > 0 ? 'auto' : undefined
    if (!kind) return undefined
    const numbers = kind === 'manual' ? manual : auto
    const line = this.lines[(numbers[numbers.length - 1] as number) - 1] as Line
    return {
      kind,
      value: line.value ?? '',
      literal: line.literal ?? false,
      lines: [...manual, ...auto].sort((a, b) => a - b)
    }
  }

  /** Every prefix with at least one pin line, in file order. */
  pinnedPrefixes(): string[] {
    const out: string[] = []
    for (const l of this.lines) {
      if ((l.kind === 'auto' || l.kind === 'manual') && l.prefix && !out.includes(l.prefix)) {
        out.push(l.prefix)
      }
    }
    return out
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
      throw new Error(`cannot append: ${this.problems.join('; ')}. Fix the file by hand first.`)
    }
    const crlf = this.lines.filter((l) => l.raw.endsWith('\r')).length * 2 > this.lines.length
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
