/**
 * The lexer of the HCL reader (hcl.ts): string templates split into literal text and
 * interpolations, and the tokens of a text (identifiers, strings, heredocs, numbers,
 * punctuation, newlines; comments dropped). One pass over the text; it never throws. What is
 * left open (a string at the end of its line, a heredoc without its end marker, a `/*` comment
 * or a `${` without its end) is marked so, for the reader to call the file malformed.
 */

/**
 * A piece of a string template: literal text (escapes decoded) or an interpolation, `open`
 * when the template ends before it does.
 */
export type TemplatePart =
  { readonly lit: string } | { readonly expr: string; readonly open?: true }

/**
 * The offset just after the `}` closing a template interpolation whose body starts at `i`, or
 * one past the end of `s` when the interpolation is not closed.
 */
export function templateEnd(s: string, i: number): number {
  const stack: ('i' | 's')[] = ['i']
  let j = i
  while (j < s.length && stack.length > 0) {
    const c = s[j]
    if (stack[stack.length - 1] === 's') {
      if (c === '\\') j += 2
      else if (c === '"' || c === '\n') {
        stack.pop()
        j++
      } else if ((c === '$' || c === '%') && s[j + 1] === '{') {
        stack.push('i')
        j += 2
      } else j++
    } else if (c === '"') {
      stack.push('s')
      j++
    } else if (c === '{') {
      stack.push('i')
      j++
    } else if (c === '}') {
      stack.pop()
      j++
    } else j++
  }
  return stack.length === 0 ? j : s.length + 1
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' }

/** Splits template text into literal parts and interpolations. `escapes` decodes `\n`-style escapes. */
export function templateParts(s: string, escapes: boolean): TemplatePart[] {
  const parts: TemplatePart[] = []
  let lit = ''
  let i = 0
  while (i < s.length) {
    const c = s[i] as string
    if (escapes && c === '\\' && i + 1 < s.length) {
      const e = s[i + 1] as string
      if (e === 'u' && /^[0-9A-Fa-f]{4}$/.test(s.slice(i + 2, i + 6))) {
        lit += String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16))
        i += 6
      } else {
        lit += ESCAPES[e] ?? e
        i += 2
      }
    } else if ((c === '$' || c === '%') && s[i + 1] === c && s[i + 2] === '{') {
      lit += `${c}{`
      i += 3
    } else if ((c === '$' || c === '%') && s[i + 1] === '{') {
      const end = templateEnd(s, i + 2)
      if (lit !== '') parts.push({ lit })
      lit = ''
      const body = s.slice(i + 2, end - 1)
      const expr = c === '%' ? `%{${body}}` : body.replace(/^~/, '').replace(/~$/, '')
      parts.push(end > s.length ? { expr, open: true } : { expr })
      i = end
    } else {
      // A run of text up to the next character that may start an escape or interpolation.
      let j = i + 1
      while (j < s.length && s[j] !== '$' && s[j] !== '%' && !(escapes && s[j] === '\\')) j++
      lit += s.slice(i, j)
      i = j
    }
  }
  if (lit !== '' || parts.length === 0) parts.push({ lit })
  return parts
}

/** A token; `open` marks a string or heredoc the text leaves open, `/*` an open comment. */
export type Tok =
  | { readonly k: 'id'; readonly v: string; readonly pos: number }
  | {
      readonly k: 'str'
      readonly v: string
      readonly pos: number
      readonly end: number
      readonly open?: true
    }
  | { readonly k: 'heredoc'; readonly v: string; readonly pos: number; readonly open?: true }
  | { readonly k: 'num'; readonly v: string; readonly pos: number }
  | { readonly k: 'p'; readonly v: string; readonly pos: number }
  | { readonly k: 'nl'; readonly v: '\n'; readonly pos: number }

export function tokenize(s: string): Tok[] {
  const toks: Tok[] = []
  let i = 0
  const n = s.length
  while (i < n) {
    const c = s[i] as string
    if (c === '\n') {
      toks.push({ k: 'nl', v: '\n', pos: i })
      i++
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') i++
    else if (c === '#' || (c === '/' && s[i + 1] === '/')) {
      const e = s.indexOf('\n', i)
      i = e < 0 ? n : e
    } else if (c === '/' && s[i + 1] === '*') {
      const e = s.indexOf('*/', i + 2)
      if (e < 0) toks.push({ k: 'p', v: '/*', pos: i })
      i = e < 0 ? n : e + 2
    } else if (c === '"') {
      let j = i + 1
      while (j < n) {
        const d = s[j]
        if (d === '\\') j += 2
        else if ((d === '$' || d === '%') && s[j + 1] === d && s[j + 2] === '{') j += 3
        else if ((d === '$' || d === '%') && s[j + 1] === '{') j = templateEnd(s, j + 2)
        else if (d === '"' || d === '\n') break
        else j++
      }
      const end = Math.min(j, n)
      const closed = s[end] === '"'
      const v = s.slice(i + 1, end)
      toks.push(closed ? { k: 'str', v, pos: i, end } : { k: 'str', v, pos: i, end, open: true })
      i = closed ? end + 1 : end
    } else if (c === '<' && s[i + 1] === '<' && /[-A-Za-z_]/.test(s[i + 2] ?? '')) {
      const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_]*)[ \t]*\r?\n/.exec(s.slice(i, i + 300))
      if (!m) {
        toks.push({ k: 'p', v: '<', pos: i })
        i++
        continue
      }
      const marker = m[2] as string
      let j = i + m[0].length
      const start = j
      const pos = i
      i = -1
      while (j < n) {
        const e = s.indexOf('\n', j)
        const lineEnd = e < 0 ? n : e
        if (s.slice(j, lineEnd).trim() === marker) {
          toks.push({ k: 'heredoc', v: s.slice(start, j), pos })
          i = lineEnd
          break
        }
        j = lineEnd + 1
      }
      if (i < 0) {
        toks.push({ k: 'heredoc', v: s.slice(start), pos, open: true })
        i = n
      }
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i + 1
      while (j < n && /[A-Za-z0-9_-]/.test(s[j] as string)) j++
      toks.push({ k: 'id', v: s.slice(i, j), pos: i })
      i = j
    } else if (/[0-9]/.test(c)) {
      let j = i + 1
      while (j < n && /[0-9.eE]/.test(s[j] as string)) j++
      toks.push({ k: 'num', v: s.slice(i, j), pos: i })
      i = j
    } else {
      const two = s.slice(i, i + 2)
      const op = ['==', '!=', '<=', '>=', '&&', '||', '=>', '...'].find((o) => s.startsWith(o, i))
      const v = op ?? (two === '::' ? '::' : c)
      toks.push({ k: 'p', v, pos: i })
      i += v.length
    }
  }
  return toks
}
