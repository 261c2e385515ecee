/**
 * How bash reads one line of a script, as far as the versions file needs it: blanks, one shell
 * word with its quotes removed (and whether bash would expand it), command substitutions, and the
 * quote state a line leaves open for the next (a string, a backslash continuation, a
 * here-document). Hand-written scanners, no backtracking regular expressions: linear in the line.
 */

// Bash splits words on spaces and tabs only; a stray \r or \v is part of the word.
export const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t'
// Characters that end an unquoted shell word.
const isMeta = (ch: string): boolean => isSpace(ch) || ';&|<>()`'.includes(ch)

export interface WordValue {
  value: string
  literal: boolean
}

export interface WordScan extends WordValue {
  /** The index just past the word. */
  end: number
}

/**
 * Reads one shell word of `s` from `i`, removing its quotes, up to an unquoted blank or
 * metacharacter (or a character of `stop`). Undefined when a quote is left open or the line ends
 * in a backslash. `literal` is false when bash would expand anything. Uses the same quote rules
 * as `scanLine`, so a line read as a complete assignment also leaves no quote open.
 */
export function readWord(s: string, i: number, stop = ''): WordScan | undefined {
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
export function skipBlanks(s: string, i: number): number {
  while (isSpace(s[i])) i++
  return i
}

type Quote = 'none' | 'single' | 'double' | 'ansi' | 'backslash' | 'heredoc'

export interface ScanState {
  readonly quote: Quote
  /** Here-documents opened and not yet closed, in order: their delimiters. */
  readonly heredocs: readonly { readonly delimiter: string; readonly tabs: boolean }[]
}

export const START: ScanState = { quote: 'none', heredocs: [] }

/** Reads the delimiter word of `<<word` at `i` (quotes removed). */
function heredocDelimiter(s: string, i: number): { delimiter: string; end: number } | undefined {
  const word = readWord(s, skipBlanks(s, i))
  return word && word.end > skipBlanks(s, i) ? { delimiter: word.value, end: word.end } : undefined
}

/**
 * Advances bash's quote state over one line. Returns the state at the end of the line: quote
 * 'none' when the line is complete, otherwise the construct that continues onto the next line.
 */
export function scanLine(text: string, start: ScanState): ScanState {
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
