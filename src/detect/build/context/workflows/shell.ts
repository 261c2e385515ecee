/**
 * Enough of the POSIX shell to find `docker build` commands in a script: words (quotes,
 * backslash escapes, line continuations, `$(...)` and `${...}` kept whole), commands split at
 * `&&`, `||`, `;`, `|`, `&`, newlines and parentheses, comments and redirections dropped.
 * A `$` that the shell would expand stays `$` in a word; a literal one (single quotes, `\$`)
 * becomes LITERAL_DOLLAR, so expansion can tell them apart. GitHub replaces `${{ ... }}` in
 * the script before the shell reads it, so such an expression stays whole, with its `$`, in
 * any quotes or after a backslash. One pass; it never throws.
 */

/** Stands for a `$` the shell would not expand (quoted or escaped). */
export const LITERAL_DOLLAR = '\uE000'

export interface Word {
  readonly text: string
  /** Offset of the word in the script. */
  readonly start: number
}

export type Command = readonly Word[]

/** The offset just after the construct opened at `i` by `open` (`(` or `{`), nesting counted. */
function closeOf(s: string, i: number, open: string, close: string): number {
  let depth = 1
  let j = i
  while (j < s.length) {
    const c = s[j]
    if (c === '\\') j += 2
    else if (c === "'") {
      const e = s.indexOf("'", j + 1)
      j = e < 0 ? s.length : e + 1
    } else if (c === '"') {
      // A quoted `)` or `}` does not close the construct: `$(echo ")")`.
      j++
      while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1
      j++
    } else {
      if (c === open) depth++
      else if (c === close && --depth === 0) return j + 1
      j++
    }
  }
  return s.length
}

/**
 * A part of a script: a command; a parenthesis that opens or closes a subshell; `&&` for an
 * `&&` or `||` (what follows runs or not as the command before turns out); `|` for a pipe (each
 * side runs in a subshell); `;` for the end of a list (`;`, `&`, a line break).
 */
export type ScriptPart = Command | '(' | ')' | '&&' | '|' | ';'

/** The commands of a script, each a list of words. */
export function shellCommands(script: string): Command[] {
  return scriptParts(script).filter((p) => typeof p !== 'string')
}

/** The commands of a script, its subshells' parentheses and its lists' separators, in order. */
export function scriptParts(script: string): ScriptPart[] {
  const s = script
  const n = s.length
  const parts: ScriptPart[] = []
  let cmd: Word[] = []
  let word = ''
  let inWord = false
  let start = 0
  let dropNext = false
  // The offset after the `}}` of a GitHub expression `${{` at `i`, or -1 when none closes it
  // (found once: a script of unclosed `${{` is read in one pass).
  const lastClose = s.lastIndexOf('}}')
  const expressionEnd = (i: number): number =>
    s.startsWith('${{', i) && lastClose >= i + 3 ? s.indexOf('}}', i + 3) + 2 : -1
  const endWord = (): void => {
    if (inWord) {
      if (dropNext) dropNext = false
      else cmd.push({ text: word, start })
    }
    word = ''
    inWord = false
  }
  const endCommand = (): void => {
    endWord()
    if (cmd.length > 0) parts.push(cmd)
    cmd = []
    dropNext = false
  }
  const begin = (i: number): void => {
    if (!inWord) {
      inWord = true
      start = i
    }
  }
  let i = 0
  while (i < n) {
    const c = s[i] as string
    if (c === '\\') {
      const x = expressionEnd(i + 1)
      if (x > 0) {
        // `\${{ x }}`: GitHub puts the value in first; the backslash quotes its first character.
        begin(i)
        word += s.slice(i + 1, x)
        i = x
      } else if (s[i + 1] === '\n') i += 2
      else if (s[i + 1] === '\r' && s[i + 2] === '\n') i += 3
      else {
        begin(i)
        const e = s[i + 1] ?? ''
        word += e === '$' ? LITERAL_DOLLAR : e
        i += 2
      }
    } else if (c === "'") {
      begin(i)
      let j = i + 1
      while (j < n && s[j] !== "'") {
        const x = expressionEnd(j)
        if (x > 0) {
          word += s.slice(j, x)
          j = x
        } else {
          word += s[j] === '$' ? LITERAL_DOLLAR : s[j]
          j++
        }
      }
      i = j + 1
    } else if (c === '"') {
      begin(i)
      let j = i + 1
      while (j < n && s[j] !== '"') {
        const d = s[j] as string
        const x = expressionEnd(d === '\\' ? j + 1 : j)
        if (x > 0) {
          word += s.slice(d === '\\' ? j + 1 : j, x)
          j = x
        } else if (d === '\\' && j + 1 < n) {
          const e = s[j + 1] as string
          if (e === '\n') {
            /* continuation inside quotes */
          } else if (e === '$') word += LITERAL_DOLLAR
          else if ('"\\`'.includes(e)) word += e
          else word += `\\${e}`
          j += 2
        } else if (d === '$' && s[j + 1] === '(') {
          const e = closeOf(s, j + 2, '(', ')')
          word += s.slice(j, e)
          j = e
        } else {
          word += d
          j++
        }
      }
      i = j + 1
    } else if (c === '$' && (s[i + 1] === '(' || s[i + 1] === '{')) {
      begin(i)
      const e = s[i + 1] === '(' ? closeOf(s, i + 2, '(', ')') : closeOf(s, i + 2, '{', '}')
      word += s.slice(i, e)
      i = e
    } else if (c === '`') {
      begin(i)
      const e = s.indexOf('`', i + 1)
      const stop = e < 0 ? n : e + 1
      word += s.slice(i, stop)
      i = stop
    } else if (c === '#' && !inWord) {
      const e = s.indexOf('\n', i)
      i = e < 0 ? n : e
    } else if (c === ' ' || c === '\t' || c === '\r') {
      endWord()
      i++
    } else if (c === '\n' || c === ';' || c === '|' || c === '&' || c === '(' || c === ')') {
      if (c === '&' && s[i + 1] === '>') {
        endWord()
        dropNext = true
        i += s[i + 2] === '>' ? 3 : 2
        continue
      }
      endCommand()
      if ((c === '&' || c === '|') && s[i + 1] === c) {
        parts.push('&&')
        i += 2
        continue
      }
      parts.push(c === '(' || c === ')' || c === '|' ? c : ';')
      i++
    } else if (c === '>' || c === '<') {
      // A redirection: `2>` drops the fd number; the target word is dropped too.
      if (inWord && /^[0-9]+$/.test(word)) {
        word = ''
        inWord = false
      } else endWord()
      let j = i + 1
      while (s[j] === '>' || s[j] === '<') j++
      if (s[j] === '&') {
        j++
        while (j < n && /[0-9-]/.test(s[j] as string)) j++
      } else dropNext = true
      i = j
    } else {
      begin(i)
      word += c
      i++
    }
  }
  endCommand()
  return parts
}
