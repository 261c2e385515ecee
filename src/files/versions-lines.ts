/**
 * What one line of `image_versions.src` is: an auto pin (`x_VER=v` alone on its line), a manual
 * pin (`export x_VER=v`, `: ${x_VER:=v}`, `x_VER=v; cmd`...), a history comment, another
 * comment, or anything else. Only the line's own text is read; whether it is inside a string that
 * an earlier line opened is the quote tracker's business (bash-scan.ts).
 */
import { isSpace, readWord, skipBlanks, type WordValue } from './bash-scan.js'

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

// `<prefix>_VER=` at a given position (sticky): a plain identifier loop, no nested quantifiers.
const NAME_AT = /([A-Za-z_][A-Za-z0-9_]*)_VER=/y
const HISTORY =
  /^#\s*([A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d [A-Z]+ \d{4}) -- (\S+)\s*$/
const MAX_HISTORY_LINE = 512
export const LOOKS_LIKE_PIN = /^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*_VER=/
const MANUAL_KEYWORDS = new Set(['export', 'declare', 'typeset', 'readonly', 'local'])

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

/** The kind of a line (with its pin or history version), from its own text alone. */
export function classify(content: string): Omit<Line, 'raw' | 'newline'> {
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
