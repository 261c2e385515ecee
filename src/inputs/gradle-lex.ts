/**
 * A small lexer for Gradle build scripts (Groovy and Kotlin DSL), enough to read them as text.
 *
 * It does not parse Groovy or Kotlin. It finds comments and string literals so that the
 * structural regexes of the Gradle readers run over a `skeleton` (comments blanked, string
 * contents blanked, quotes kept, same length and line breaks as the text), and can look up the
 * literal that starts at a position. Braces inside strings and comments therefore never
 * confuse block matching, and offsets map back to 1-based lines of the original text.
 */

/** One string literal of a script. */
export interface StringToken {
  /** Offset of the opening quote. */
  readonly start: number
  /** Offset just after the closing quote. */
  readonly end: number
  /** The content between the quotes, interpolations kept as written (`${rootDir}/x`). */
  readonly value: string
  /** True when a double-quoted literal interpolates (`$x` or `${...}`). */
  readonly dynamic: boolean
}

/** A lexed script. */
export interface Lexed {
  readonly text: string
  readonly skeleton: string
  readonly strings: readonly StringToken[]
  /** The 1-based line of an offset. */
  lineOf(offset: number): number
  /** The string literal whose opening quote is the first non-blank character at or after `pos`. */
  stringAt(pos: number): StringToken | undefined
}

/** A block `name ... { body }`: offsets of the header and of the body between the braces. */
export interface Block {
  readonly header: number
  readonly start: number
  readonly end: number
}

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ')
}

/** Lexes a script. Never throws: an unterminated literal or comment runs to the end. */
export function lex(text: string): Lexed {
  const out: string[] = []
  const strings: StringToken[] = []
  let i = 0
  const n = text.length
  while (i < n) {
    const c = text[i] as string
    const next = text[i + 1]
    if (c === '/' && next === '/') {
      const e = text.indexOf('\n', i)
      const stop = e < 0 ? n : e
      out.push(blank(text.slice(i, stop)))
      i = stop
    } else if (c === '/' && next === '*') {
      const e = text.indexOf('*/', i + 2)
      const stop = e < 0 ? n : e + 2
      out.push(blank(text.slice(i, stop)))
      i = stop
    } else if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i)
      const q = triple ? c.repeat(3) : c
      let j = i + q.length
      let depth = 0
      let dynamic = false
      while (j < n) {
        const d = text[j] as string
        if (d === '\\') j += 2
        else if (
          c === '"' &&
          d === '$' &&
          (text[j + 1] === '{' || /[A-Za-z_]/.test(text[j + 1] ?? ''))
        ) {
          dynamic = true
          if (text[j + 1] === '{') {
            depth++
            j += 2
          } else j++
        } else if (depth > 0 && d === '{') {
          depth++
          j++
        } else if (depth > 0 && d === '}') {
          depth--
          j++
        } else if (depth === 0 && text.startsWith(q, j)) break
        else if (!triple && d === '\n')
          break // a single-quoted literal never spans lines
        else j++
      }
      const closed = text.startsWith(q, j)
      const end = Math.min(n, closed ? j + q.length : j)
      strings.push({ start: i, end, value: text.slice(i + q.length, Math.min(j, n)), dynamic })
      out.push(q + blank(text.slice(i + q.length, Math.min(j, n))) + (closed ? q : ''))
      i = end
    } else {
      out.push(c)
      i++
    }
  }
  const skeleton = out.join('')
  const lineStarts = [0]
  for (let k = 0; k < n; k++) if (text[k] === '\n') lineStarts.push(k + 1)
  const byStart = new Map(strings.map((s) => [s.start, s]))
  return {
    text,
    skeleton,
    strings,
    lineOf(offset) {
      let lo = 0
      let hi = lineStarts.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1
        if ((lineStarts[mid] as number) <= offset) lo = mid
        else hi = mid - 1
      }
      return lo + 1
    },
    stringAt(pos) {
      let p = pos
      while (p < n && /\s/.test(skeleton[p] as string)) p++
      return byStart.get(p)
    }
  }
}

/** The offset of the brace matching the `{` at `open` (or the end of the text). */
export function matchBrace(skeleton: string, open: number): number {
  let depth = 0
  for (let i = open; i < skeleton.length; i++) {
    if (skeleton[i] === '{') depth++
    else if (skeleton[i] === '}' && --depth === 0) return i
  }
  return skeleton.length
}

/**
 * The blocks named by `name` (a regex source, e.g. `dependencies` or `subprojects|allprojects`),
 * with an optional parenthesised argument before the brace (`configure(subprojects) {`).
 * Only blocks within [from, to) are returned.
 */
export function blocks(lx: Lexed, name: string, from = 0, to = lx.skeleton.length): Block[] {
  const re = new RegExp(
    `(?<![\\w.])(?:${name})\\s*(?:\\([^(){}]*(?:\\([^(){}]*\\)[^(){}]*)*\\))?\\s*\\{`,
    'g'
  )
  re.lastIndex = from
  const found: Block[] = []
  let m: RegExpExecArray | null
  while ((m = re.exec(lx.skeleton)) !== null && m.index < to) {
    const open = m.index + m[0].length - 1
    const close = matchBrace(lx.skeleton, open)
    found.push({ header: m.index, start: open + 1, end: Math.min(close, to) })
  }
  return found
}

/** Whether `pos` lies inside one of `bs`. */
export function inside(bs: readonly Block[], pos: number): boolean {
  return bs.some((b) => pos >= b.start && pos < b.end)
}

/** Joins repository-relative paths, resolving `.` and `..`; undefined when it leaves the repository. */
export function joinPath(base: string, rel: string): string | undefined {
  const parts = rel.startsWith('/') ? [] : base.split('/').filter((p) => p !== '')
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue
    if (seg === '..') {
      if (parts.length === 0) return undefined
      parts.pop()
    } else parts.push(seg)
  }
  return parts.join('/')
}

/** The folder of a repository path ('' for a top-level file). */
export function dirOf(path: string): string {
  const i = path.lastIndexOf('/')
  return i < 0 ? '' : path.slice(0, i)
}
