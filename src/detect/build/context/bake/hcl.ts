/**
 * A small, tolerant reader of the HCL that bake files are written in: blocks with labels
 * (`target "web" { ... }`), attributes whose values are strings (templates with `${...}`),
 * numbers, booleans, lists, objects and bare references. Anything else (function calls,
 * operators, conditionals, `for` expressions) is kept as an `expr` with its text, for the
 * caller to call unresolved. One pass over the text; nesting is capped; it never throws.
 */
import { lineStarts } from '../common.js'
import { templateParts, tokenize, type TemplatePart, type Tok } from './hcl-lexer.js'

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
  // A string, heredoc or comment left open: what follows it is not read as written.
  for (const t of toks) if (('open' in t && t.open) || (t.k === 'p' && t.v === '/*')) bad(t.pos)
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
    let outer = 0 // where the outermost bracket still open was opened
    while (p < toks.length) {
      const t = toks[p] as Tok
      if (t.k === 'p' && OPEN[t.v]) {
        if (stack.length === 0) outer = t.pos
        stack.push(OPEN[t.v] as string)
      } else if (t.k === 'p' && (t.v === ')' || t.v === ']' || t.v === '}')) {
        if (stack.length === 0) return
        if (stack[stack.length - 1] === t.v) stack.pop()
      } else if (stack.length === 0 && (t.k === 'nl' || (inside && t.v === ','))) return
      p++
    }
    // A bracket the text leaves open: all that follows it was read as this expression.
    if (stack.length > 0) bad(outer)
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
