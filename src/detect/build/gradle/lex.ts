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
  /** The offset of the `\n` that ends the line of an offset (or the length of the text). */
  lineEnd(offset: number): number
  /** The string literal whose opening quote is the first non-blank character at or after `pos`. */
  stringAt(pos: number): StringToken | undefined
  /** The offset of the brace matching the `{` at `open` in the skeleton (or the end of the text). */
  closeOf(open: number): number
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
  // Plain text is copied in runs, not a character at a time.
  let plain = 0
  const flush = (): void => {
    if (plain < i) out.push(text.slice(plain, i))
  }
  while (i < n) {
    const c = text[i] as string
    const next = text[i + 1]
    if (c === '/' && next === '/') {
      flush()
      const e = text.indexOf('\n', i)
      const stop = e < 0 ? n : e
      out.push(blank(text.slice(i, stop)))
      i = stop
    } else if (c === '/' && next === '*') {
      flush()
      const e = text.indexOf('*/', i + 2)
      const stop = e < 0 ? n : e + 2
      out.push(blank(text.slice(i, stop)))
      i = stop
    } else if (c === '"' || c === "'") {
      flush()
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
      i++
      continue
    }
    plain = i
  }
  flush()
  const skeleton = out.join('')
  const lineStarts = [0]
  for (let k = 0; k < n; k++) if (text[k] === '\n') lineStarts.push(k + 1)
  const byStart = new Map(strings.map((s) => [s.start, s]))
  // Matching braces, found once with a stack: a `}` with no open `{` closes nothing, and a `{`
  // never closed runs to the end of the text (as a scan for the depth to return to 0 finds).
  const close = new Map<number, number>()
  const open: number[] = []
  for (let k = 0; k < n; k++) {
    if (skeleton[k] === '{') open.push(k)
    else if (skeleton[k] === '}' && open.length > 0) close.set(open.pop() as number, k)
  }
  const lineOf = (offset: number): number => {
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if ((lineStarts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
  return {
    text,
    skeleton,
    strings,
    lineOf,
    lineEnd(offset) {
      const next = lineStarts[lineOf(offset)]
      return next === undefined ? n : next - 1
    },
    closeOf(o) {
      return close.get(o) ?? n
    },
    stringAt(pos) {
      let p = pos
      while (p < n && /\s/.test(skeleton[p] as string)) p++
      return byStart.get(p)
    }
  }
}

/**
 * The blocks named by `name` (a regex source, e.g. `dependencies` or `subprojects|allprojects`),
 * with an optional parenthesised argument before the brace (`configure(subprojects) {`).
 * Only blocks within [from, to) are returned.
 */
export function blocks(lx: Lexed, name: string, from = 0, to = lx.skeleton.length): Block[] {
  // `\s*(?:(...)\s*)?\{`, not `\s*(?:(...))?\s*\{`: two blank runs side by side would be
  // tried at every split of a long run of blanks.
  const re = new RegExp(
    `(?<![\\w.])(?:${name})\\s*(?:\\([^(){}]*(?:\\([^(){}]*\\)[^(){}]*)*\\)\\s*)?\\{`,
    'g'
  )
  re.lastIndex = from
  const found: Block[] = []
  let m: RegExpExecArray | null
  while ((m = re.exec(lx.skeleton)) !== null && m.index < to) {
    const open = m.index + m[0].length - 1
    const close = lx.closeOf(open)
    found.push({ header: m.index, start: open + 1, end: Math.min(close, to) })
  }
  return found
}

/** Whether `pos` lies inside one of `bs`. */
export function inside(bs: readonly Block[], pos: number): boolean {
  return bs.some((b) => pos >= b.start && pos < b.end)
}

/** `inside(bs, pos)` for many positions: the blocks merged once, each position a binary search. */
export function covered(bs: readonly Block[]): (pos: number) => boolean {
  const merged: [number, number][] = []
  for (const b of [...bs].filter((x) => x.end > x.start).sort((x, y) => x.start - y.start)) {
    const last = merged[merged.length - 1]
    if (last && b.start <= last[1]) last[1] = Math.max(last[1], b.end)
    else merged.push([b.start, b.end])
  }
  return (pos) => {
    let lo = 0
    let hi = merged.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const [start, end] = merged[mid] as [number, number]
      if (pos < start) hi = mid - 1
      else if (pos >= end) lo = mid + 1
      else return true
    }
    return false
  }
}

/** One interpolation of a template: `${inner}` or `$name`, from `start` to `end`. */
export interface Interpolation {
  readonly start: number
  readonly end: number
  /** What is between the braces, or the name after `$`. */
  readonly inner: string
  readonly braced: boolean
}

/**
 * The interpolations of a template, left to right, as the regex `\$\{[^}]*\}|\$(name)` would find
 * them with the `g` flag, `name` being a sticky regex for a bare `$name` (e.g. `/[\w.]+/y`). In
 * linear time: that regex scans to the end of the text from every `${` with no `}` after it.
 */
export function interpolations(template: string, name: RegExp): Interpolation[] {
  const out: Interpolation[] = []
  let close = -1
  for (let i = template.indexOf('$'); i >= 0 && i < template.length;) {
    if (template[i + 1] === '{') {
      if (close !== -2 && close < i + 2) close = template.indexOf('}', i + 2)
      if (close === -1) close = -2 // no `}` after here: no braced interpolation either
      if (close >= 0) {
        out.push({ start: i, end: close + 1, inner: template.slice(i + 2, close), braced: true })
        i = template.indexOf('$', close + 1)
        continue
      }
    } else {
      name.lastIndex = i + 1
      const m = name.exec(template)
      if (m && m.index === i + 1) {
        const end = i + 1 + m[0].length
        out.push({ start: i, end, inner: m[0], braced: false })
        i = template.indexOf('$', end)
        continue
      }
    }
    i = template.indexOf('$', i + 1)
  }
  return out
}
