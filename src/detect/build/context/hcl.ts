/**
 * A small, tolerant reader of the HCL that bake files are written in: blocks with labels
 * (`target "web" { ... }`), attributes whose values are strings (templates with `${...}`),
 * numbers, booleans, lists, objects and bare references. Anything else (function calls,
 * operators, conditionals, `for` expressions) is kept as an `expr` with its text, for the
 * caller to call unresolved. One pass over the text; nesting is capped; it never throws.
 */
import { lineStarts } from './common.js'

/** A piece of a string template: literal text (escapes decoded) or an interpolation. */
export type TemplatePart = { readonly lit: string } | { readonly expr: string }

export type HclValue =
  | { readonly t: 'str'; readonly parts: readonly TemplatePart[]; readonly raw: string }
  | { readonly t: 'lit'; readonly value: string }
  | { readonly t: 'ref'; readonly name: string }
  | { readonly t: 'list'; readonly items: readonly HclValue[] }
  | { readonly t: 'obj'; readonly entries: readonly (readonly [string, HclValue])[] }
  | { readonly t: 'expr'; readonly text: string }

export interface HclAttr {
  readonly value: HclValue
  readonly line: number
}

export interface HclBlock {
  readonly type: string
  readonly labels: readonly string[]
  readonly line: number
  readonly attrs: ReadonlyMap<string, HclAttr>
  readonly blocks: readonly HclBlock[]
}

/** The offset just after the `}` closing a template interpolation whose body starts at `i`. */
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
  return Math.min(j, s.length)
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
      const body = s.slice(i + 2, Math.max(i + 2, end - 1))
      parts.push({ expr: c === '%' ? `%{${body}}` : body.replace(/^~/, '').replace(/~$/, '') })
      i = end
    } else {
      lit += c
      i++
    }
  }
  if (lit !== '' || parts.length === 0) parts.push({ lit })
  return parts
}

type Tok =
  | { readonly k: 'id'; readonly v: string; readonly pos: number }
  | { readonly k: 'str'; readonly v: string; readonly pos: number; readonly end: number }
  | { readonly k: 'heredoc'; readonly v: string; readonly pos: number }
  | { readonly k: 'num'; readonly v: string; readonly pos: number }
  | { readonly k: 'p'; readonly v: string; readonly pos: number }
  | { readonly k: 'nl'; readonly v: '\n'; readonly pos: number }

function tokenize(s: string): Tok[] {
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
      toks.push({ k: 'str', v: s.slice(i + 1, end), pos: i, end })
      i = s[end] === '"' ? end + 1 : end
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
      let end = n
      let after = n
      while (j < n) {
        const e = s.indexOf('\n', j)
        const lineEnd = e < 0 ? n : e
        if (s.slice(j, lineEnd).trim() === marker) {
          end = j
          after = lineEnd
          break
        }
        j = lineEnd + 1
      }
      toks.push({ k: 'heredoc', v: s.slice(start, end), pos: i })
      i = after
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

const MAX_DEPTH = 48
const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' }

/**
 * Parses HCL text into its top-level blocks (top-level attributes are dropped). `errorLine` is
 * the first line that is not an attribute or a block, or of a block left open.
 */
export function parseHcl(text: string): { blocks: HclBlock[]; errorLine?: number } {
  const toks = tokenize(text)
  const lineOf = lineStarts(text)
  let p = 0
  let errorAt: number | undefined
  const bad = (pos: number): void => {
    if (errorAt === undefined || pos < errorAt) errorAt = pos
  }
  const peek = (o = 0): Tok | undefined => toks[p + o]
  const skipNl = (): void => {
    while (peek()?.k === 'nl') p++
  }
  const textFrom = (start: number): string => {
    const a = toks[start]
    const b = toks[p - 1]
    if (!a || !b) return ''
    const bEnd = b.k === 'str' ? b.end + 1 : b.pos + b.v.length
    return text.slice(a.pos, Math.max(a.pos, bEnd)).trim()
  }
  /** Skips an expression to its end: a newline, `,` or a closing bracket at depth 0. */
  const skipExpr = (inside: boolean): void => {
    const stack: string[] = []
    while (p < toks.length) {
      const t = toks[p] as Tok
      if (t.k === 'p' && OPEN[t.v]) stack.push(OPEN[t.v] as string)
      else if (t.k === 'p' && (t.v === ')' || t.v === ']' || t.v === '}')) {
        if (stack.length === 0) return
        if (stack[stack.length - 1] === t.v) stack.pop()
      } else if (stack.length === 0 && (t.k === 'nl' || (inside && t.v === ','))) return
      p++
    }
  }
  const ends = (t: Tok | undefined, inside: boolean): boolean =>
    t === undefined ||
    t.k === 'nl' ||
    (t.k === 'p' && (t.v === '}' || t.v === ']' || t.v === ')' || (inside && t.v === ',')))

  const expr = (depth: number, inside: boolean): HclValue => {
    const start = p
    const v = primary(depth)
    if (v && ends(peek(), inside)) return v
    p = start
    skipExpr(inside)
    return { t: 'expr', text: textFrom(start) }
  }

  const primary = (depth: number): HclValue | undefined => {
    const t = peek()
    if (!t) return undefined
    if (t.k === 'str') {
      p++
      return { t: 'str', parts: templateParts(t.v, true), raw: t.v }
    }
    if (t.k === 'heredoc') {
      p++
      return { t: 'str', parts: templateParts(t.v, false), raw: t.v }
    }
    if (t.k === 'num') {
      p++
      return { t: 'lit', value: t.v }
    }
    if (t.k === 'id') {
      p++
      if (t.v === 'true' || t.v === 'false' || t.v === 'null') return { t: 'lit', value: t.v }
      const next = peek()
      if (next?.k === 'p' && (next.v === '(' || next.v === '.' || next.v === '[')) return undefined
      return { t: 'ref', name: t.v }
    }
    if (t.k !== 'p' || depth >= MAX_DEPTH) return undefined
    if (t.v === '[') {
      p++
      skipNl()
      if (peek()?.k === 'id' && peek()?.v === 'for') return undefined
      const items: HclValue[] = []
      while (p < toks.length) {
        skipNl()
        const c = peek()
        if (!c) return undefined
        if (c.k === 'p' && c.v === ']') {
          p++
          return { t: 'list', items }
        }
        if (c.k === 'p' && c.v === ',') {
          p++
          continue
        }
        const before = p
        items.push(expr(depth + 1, true))
        if (p === before) return undefined
      }
      return undefined
    }
    if (t.v === '{') {
      p++
      skipNl()
      if (peek()?.k === 'id' && peek()?.v === 'for') return undefined
      const entries: [string, HclValue][] = []
      while (p < toks.length) {
        skipNl()
        const c = peek()
        if (!c) return undefined
        if (c.k === 'p' && c.v === '}') {
          p++
          return { t: 'obj', entries }
        }
        if (c.k === 'p' && c.v === ',') {
          p++
          continue
        }
        const sep = peek(1)
        if ((c.k !== 'id' && c.k !== 'str') || sep?.k !== 'p' || (sep.v !== '=' && sep.v !== ':')) {
          return undefined
        }
        p += 2
        const key =
          c.k === 'str'
            ? templateParts(c.v, true)
                .map((x) => ('lit' in x ? x.lit : ''))
                .join('')
            : c.v
        const before = p
        entries.push([key, expr(depth + 1, true)])
        if (p === before) return undefined
      }
      return undefined
    }
    return undefined
  }

  const body = (depth: number): { attrs: Map<string, HclAttr>; blocks: HclBlock[] } => {
    const attrs = new Map<string, HclAttr>()
    const blocks: HclBlock[] = []
    while (p < toks.length) {
      skipNl()
      const t = peek()
      if (!t) break
      if (t.k === 'p' && t.v === '}') {
        if (depth > 0) break
        bad(t.pos)
        p++
        continue
      }
      if (t.k === 'id' || t.k === 'str') {
        const name =
          t.k === 'id'
            ? t.v
            : templateParts(t.v, true)
                .map((x) => ('lit' in x ? x.lit : ''))
                .join('')
        const next = peek(1)
        if (next?.k === 'p' && next.v === '=') {
          p += 2
          attrs.set(name, { value: expr(depth, false), line: lineOf(t.pos) })
          continue
        }
        // A block: its type, then labels, then `{`.
        const labels: string[] = []
        let q = p + 1
        while (toks[q]?.k === 'str' || toks[q]?.k === 'id') {
          const l = toks[q] as Tok
          labels.push(
            l.k === 'str'
              ? templateParts(l.v, true)
                  .map((x) => ('lit' in x ? x.lit : '${…}'))
                  .join('')
              : l.v
          )
          q++
        }
        const open = toks[q]
        if (open?.k === 'p' && open.v === '{') {
          p = q + 1
          if (depth >= MAX_DEPTH) {
            p = q
            skipExpr(false)
            continue
          }
          const inner = body(depth + 1)
          if (peek()?.k === 'p' && peek()?.v === '}') p++
          else bad(t.pos)
          blocks.push({ type: name, labels, line: lineOf(t.pos), ...inner })
          continue
        }
      }
      // Not an attribute or block: skip to the end of the line.
      bad(t.pos)
      p++
      skipExpr(false)
    }
    return { attrs, blocks }
  }

  try {
    const blocks = body(0).blocks
    return errorAt === undefined ? { blocks } : { blocks, errorLine: lineOf(errorAt) }
  } catch {
    return { blocks: [], errorLine: 1 }
  }
}
