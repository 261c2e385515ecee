/**
 * The lossless model of `image_versions.src`.
 *
 * The file is a bash script that the deploy scripts `source`. We never execute it: each line is
 * classified by its text, with a small quote tracker so that lines inside a multi-line string, a
 * here-document or after a backslash continuation are never mistaken for pins. Parse then
 * serialize is byte-identical for any text; edits remove whole lines or append new ones and touch
 * nothing else. Lines are read by hand-written scanners, never by backtracking regular
 * expressions, so a 10 MB line costs linear time and cannot overflow the regexp stack.
 */
import { fileWarning, type FileWarning } from './warning.js'

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

// `<prefix>_VER=` at a given position (sticky): a plain identifier loop, no nested quantifiers.
const NAME_AT = /([A-Za-z_][A-Za-z0-9_]*)_VER=/y
const HISTORY =
  /^#\s*([A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d [A-Z]+ \d{4}) -- (\S+)\s*$/
const MAX_HISTORY_LINE = 512
const LOOKS_LIKE_PIN = /^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*_VER=/
const MANUAL_KEYWORDS = new Set(['export', 'declare', 'typeset', 'readonly', 'local'])

// Bash splits words on spaces and tabs only; a stray \r or \v is part of the word.
const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t'
// Characters that end an unquoted shell word.
const isMeta = (ch: string): boolean => isSpace(ch) || ';&|<>()`'.includes(ch)

interface WordValue {
  value: string
  literal: boolean
}

interface WordScan extends WordValue {
  /** The index just past the word. */
  end: number
}

/**
 * Reads one shell word of `s` from `i`, removing its quotes, up to an unquoted blank or
 * metacharacter (or a character of `stop`). Undefined when a quote is left open or the line ends
 * in a backslash. `literal` is false when bash would expand anything. Uses the same quote rules
 * as `scanLine`, so a line read as a complete assignment also leaves no quote open.
 */
function readWord(s: string, i: number, stop = ''): WordScan | undefined {
  const parts: string[] = []
  let literal = true
  while (i < s.length) {
    const ch = s[i] as string
    if (ch === "'") {
      const end = s.indexOf("'", i + 1)
      if (end < 0) return undefined
      parts.push(s.slice(i + 1, end))
      i = end + 1
    } else if (ch === '$' && s[i + 1] === "'") {
      // $'...': ANSI-C quoting, where a backslash escapes the next character.
      literal = false
      i += 2
      const start = i
      while (i < s.length && s[i] !== "'") i += s[i] === '\\' ? 2 : 1
      if (i >= s.length) return undefined
      parts.push(s.slice(start, i))
      i++
    } else if (ch === '"') {
      i++
      let start = i
      while (i < s.length && s[i] !== '"') {
        const c = s[i]
        if (c === '\\' && i + 1 < s.length) {
          // Inside double quotes a backslash only escapes $ ` " \; elsewhere it stays.
          if ('$`"\\'.includes(s[i + 1] as string)) {
            parts.push(s.slice(start, i))
            start = i + 1
          }
          i += 2
          continue
        }
        if (c === '$' || c === '`') literal = false
        i++
      }
      if (i >= s.length) return undefined
      parts.push(s.slice(start, i))
      i++
    } else if (ch === '\\') {
      if (i + 1 >= s.length) return undefined
      parts.push(s[i + 1] as string)
      i += 2
    } else if (ch === '`' || (ch === '$' && s[i + 1] === '(')) {
      const end = skipSubstitution(s, i)
      if (end < 0) return undefined
      literal = false
      parts.push(s.slice(i, end))
      i = end
    } else if (isMeta(ch) || stop.includes(ch)) {
      break
    } else {
      const start = i
      while (i < s.length) {
        const c = s[i] as string
        if (c === "'" || c === '"' || c === '\\' || isMeta(c) || stop.includes(c)) break
        if (c === '$') {
          if (s[i + 1] === "'" || s[i + 1] === '(') break
          literal = false
        } else if (c === '~' || c === '*' || c === '?' || c === '[') literal = false
        i++
      }
      parts.push(s.slice(start, i))
    }
  }
  return { end: i, value: parts.join(''), literal }
}

/**
 * The index just past a `$(...)` or a backquoted command starting at `i`, or -1 when it does not
 * end on this line. Quotes inside are skipped by the same rules as everywhere else, so the quote
 * state after it agrees with `scanLine`.
 */
function skipSubstitution(s: string, i: number): number {
  const backquote = s[i] === '`'
  let depth = 1
  i += backquote ? 1 : 2
  while (i < s.length) {
    const c = s[i]
    if (c === '\\') i += 2
    else if (c === "'") {
      const end = s.indexOf("'", i + 1)
      if (end < 0) return -1
      i = end + 1
    } else if (c === '"') {
      i++
      while (i < s.length && s[i] !== '"') i += s[i] === '\\' ? 2 : 1
      if (i >= s.length) return -1
      i++
    } else if (backquote && c === '`') return i + 1
    else if (!backquote && c === '(') {
      depth++
      i++
    } else if (!backquote && c === ')') {
      if (--depth === 0) return i + 1
      i++
    } else i++
  }
  return -1
}

/** Skips blanks from `i`. */
function skipBlanks(s: string, i: number): number {
  while (isSpace(s[i])) i++
  return i
}

/** Reads `<prefix>_VER=` at `i`: the prefix and the index after `=`. */
function nameAt(s: string, i: number): { prefix: string; end: number } | undefined {
  NAME_AT.lastIndex = i
  const m = NAME_AT.exec(s)
  return m ? { prefix: m[1] as string, end: NAME_AT.lastIndex } : undefined
}

/** True when only blanks, or blanks and then a comment, follow `i`. */
function onlyTrailer(s: string, i: number): boolean {
  const j = skipBlanks(s, i)
  return j === s.length || (j > i && s[j] === '#')
}

/** `<prefix>_VER=<word>` at `i`, alone on the line but for a trailing comment. */
function assignmentAt(s: string, i: number): (WordValue & { prefix: string }) | undefined {
  const name = nameAt(s, i)
  if (!name) return undefined
  const word = readWord(s, name.end)
  if (!word || !onlyTrailer(s, word.end)) return undefined
  return { prefix: name.prefix, value: word.value, literal: word.literal }
}

/** The manual forms: `export|declare|typeset|readonly|local [-flags] x_VER=...` and `: ${x_VER:=...}`. */
function manualAt(s: string, start: number): (WordValue & { prefix: string }) | undefined {
  let i = skipBlanks(s, start)
  if (s[i] === ':' && isSpace(s[i + 1])) {
    i = skipBlanks(s, i + 1)
    if (s[i] === '"') i++
    if (s[i] !== '$' || s[i + 1] !== '{') return undefined
    const name = /([A-Za-z_][A-Za-z0-9_]*)_VER:?=/y
    name.lastIndex = i + 2
    const m = name.exec(s)
    if (!m) return undefined
    const word = readWord(s, name.lastIndex, '}')
    if (!word || s[word.end] !== '}') return undefined
    return { prefix: m[1] as string, value: word.value, literal: word.literal }
  }
  let k = i
  while (k < s.length && k - i < 9 && /[a-z]/.test(s[k] as string)) k++
  if (!MANUAL_KEYWORDS.has(s.slice(i, k)) || !isSpace(s[k])) return undefined
  i = skipBlanks(s, k)
  while (s[i] === '-') {
    let j = i + 1
    while (j < s.length && /[A-Za-z]/.test(s[j] as string)) j++
    if (j === i + 1 || !isSpace(s[j])) return undefined
    i = skipBlanks(s, j)
  }
  const name = nameAt(s, i)
  if (!name) return undefined
  const word = readWord(s, name.end)
  if (!word) return undefined
  return { prefix: name.prefix, value: word.value, literal: word.literal }
}

const ASSIGNMENT_AT = /[A-Za-z_][A-Za-z0-9_]*=/y

/**
 * `x_VER=v; cmd`, `x_VER=v && cmd`, `x_VER=v y=w`: an assignment that bash keeps although it is
 * not alone on its line (a manual pin). Followed by a command word, a pipe or `&`, the assignment
 * only lives in a command's environment or a subshell, and is no pin at all.
 */
function activeAssignmentAt(s: string, i: number): (WordValue & { prefix: string }) | undefined {
  const name = nameAt(s, i)
  if (!name) return undefined
  const word = readWord(s, name.end)
  if (!word) return undefined
  let j = word.end
  for (;;) {
    j = skipBlanks(s, j)
    const c = s[j]
    const kept =
      j >= s.length ||
      c === '#' ||
      c === '<' ||
      c === '>' ||
      (c === ';' && s[j + 1] !== ';') ||
      s.startsWith('&&', j) ||
      s.startsWith('||', j)
    if (kept) return { prefix: name.prefix, value: word.value, literal: word.literal }
    ASSIGNMENT_AT.lastIndex = j
    if (!ASSIGNMENT_AT.exec(s)) return undefined
    const next = readWord(s, ASSIGNMENT_AT.lastIndex)
    if (!next) return undefined
    j = next.end
  }
}

type Quote = 'none' | 'single' | 'double' | 'ansi' | 'backslash' | 'heredoc'

interface ScanState {
  readonly quote: Quote
  /** Here-documents opened and not yet closed, in order: their delimiters. */
  readonly heredocs: readonly { readonly delimiter: string; readonly tabs: boolean }[]
}

const START: ScanState = { quote: 'none', heredocs: [] }

/** Reads the delimiter word of `<<word` at `i` (quotes removed). */
function heredocDelimiter(s: string, i: number): { delimiter: string; end: number } | undefined {
  const word = readWord(s, skipBlanks(s, i))
  return word && word.end > skipBlanks(s, i) ? { delimiter: word.value, end: word.end } : undefined
}

/**
 * Advances bash's quote state over one line. Returns the state at the end of the line: quote
 * 'none' when the line is complete, otherwise the construct that continues onto the next line.
 */
function scanLine(text: string, start: ScanState): ScanState {
  const [open, ...more] = start.heredocs
  if (start.quote === 'heredoc' && open) {
    const line = open.tabs ? text.replace(/^\t+/, '') : text
    if (line !== open.delimiter) return start
    return more.length > 0 ? { quote: 'heredoc', heredocs: more } : START
  }
  let quote: Quote = start.quote === 'backslash' ? 'none' : start.quote
  const heredocs = [...start.heredocs]
  let arithmetic = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quote === 'single') {
      if (ch === "'") quote = 'none'
    } else if (quote === 'ansi') {
      if (ch === '\\') i++
      else if (ch === "'") quote = 'none'
    } else if (quote === 'double') {
      if (ch === '\\') i++
      else if (ch === '"') quote = 'none'
    } else {
      if (ch === '\\') {
        if (i === text.length - 1) return { quote: 'backslash', heredocs }
        i++
      } else if (ch === "'") quote = 'single'
      else if (ch === '$' && text[i + 1] === "'") {
        quote = 'ansi'
        i++
      } else if (ch === '"') quote = 'double'
      else if (ch === '#' && (i === 0 || /[ \t;&|()<>]/.test(text[i - 1] as string))) break
      else if (ch === '(' && text[i + 1] === '(') arithmetic = true
      else if (ch === '<' && text[i + 1] === '<' && text[i + 2] !== '<' && !arithmetic) {
        const tabs = text[i + 2] === '-'
        const d = heredocDelimiter(text, i + (tabs ? 3 : 2))
        if (d) {
          heredocs.push({ delimiter: d.delimiter, tabs })
          i = d.end - 1
        }
      } else if (ch === '<' && text[i + 1] === '<') i += 2
    }
  }
  if (quote === 'none' && heredocs.length > 0) return { quote: 'heredoc', heredocs }
  return { quote, heredocs }
}

function classify(content: string): Omit<Line, 'raw' | 'newline'> {
  const first = skipBlanks(content, 0)
  if (content[first] === '#') {
    // A history comment is short; a long line is never one, and never reaches the regex, whose
    // backtracking over megabytes can overflow the stack.
    const h = content.length <= MAX_HISTORY_LINE ? HISTORY.exec(content) : null
    return h ? { kind: 'history', historyVersion: h[2] as string } : { kind: 'comment' }
  }
  const auto = first === 0 ? assignmentAt(content, 0) : undefined
  if (auto) return { kind: 'auto', ...auto }
  const manual =
    manualAt(content, 0) ??
    (first > 0 ? assignmentAt(content, first) : undefined) ??
    activeAssignmentAt(content, first)
  if (manual) return { kind: 'manual', ...manual }
  return { kind: 'other' }
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
