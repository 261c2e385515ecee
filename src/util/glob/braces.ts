/**
 * Brace expansion for globs: `{a,b}` (nested) and `{1..3}` / `{a..c}` ranges, bounded to
 * {@link MAX_ALTERNATIVES} alternatives so that a hostile glob cannot blow up.
 */
import { KnownError } from '../errors.js'

/** The most alternatives a glob's braces may expand to. */
export const MAX_ALTERNATIVES = 1024

export class GlobError extends KnownError {
  override name = 'GlobError'
  get id(): string {
    return 'glob'
  }
}

/** Expands `{a,b}` (nested) and `{1..3}` ranges; a brace without a comma or range is literal. */
export function expandBraces(glob: string): string[] {
  const open = findBrace(glob)
  if (!open) return [glob]
  const { start, end, items } = open
  const head = glob.slice(0, start)
  const tails = expandBraces(glob.slice(end + 1))
  const out: string[] = []
  for (const item of items) {
    for (const middle of expandBraces(item)) {
      for (const tail of tails) {
        out.push(head + middle + tail)
        if (out.length > MAX_ALTERNATIVES) {
          throw new GlobError(
            `The glob ${JSON.stringify(glob)} expands to more than ${MAX_ALTERNATIVES} alternatives; write it as fewer globs`
          )
        }
      }
    }
  }
  return out
}

/** The first brace group that expands: its bounds and its items. */
function findBrace(glob: string): { start: number; end: number; items: string[] } | undefined {
  for (let start = glob.indexOf('{'); start >= 0; start = glob.indexOf('{', start + 1)) {
    let depth = 0
    const commas: number[] = []
    for (let i = start; i < glob.length; i++) {
      const ch = glob[i]
      if (ch === '\\') i++
      else if (ch === '{') depth++
      else if (ch === ',' && depth === 1) commas.push(i)
      else if (ch === '}' && --depth === 0) {
        const body = glob.slice(start + 1, i)
        const range = commas.length === 0 ? expandRange(body) : undefined
        if (range) return { start, end: i, items: range }
        if (commas.length === 0) break
        const bounds = [start, ...commas, i]
        const items = bounds.slice(1).map((b, k) => glob.slice((bounds[k] as number) + 1, b))
        return { start, end: i, items }
      }
    }
  }
  return undefined
}

/** `1..3` or `a..c` as its items; undefined for anything else. */
function expandRange(body: string): string[] | undefined {
  const m = /^(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])$/.exec(body)
  if (!m) return undefined
  const [from, to] = [m[1] as string, m[2] as string]
  const numeric = /\d/.test(from) && /\d/.test(to)
  if (!numeric && (/\d/.test(from) || /\d/.test(to))) return undefined
  const a = numeric ? Number(from) : from.charCodeAt(0)
  const b = numeric ? Number(to) : to.charCodeAt(0)
  if (Math.abs(b - a) >= MAX_ALTERNATIVES) {
    throw new GlobError(`The range {${body}} has more than ${MAX_ALTERNATIVES} items`)
  }
  const step = a <= b ? 1 : -1
  const items: string[] = []
  for (let v = a; step > 0 ? v <= b : v >= b; v += step) {
    items.push(numeric ? String(v) : String.fromCharCode(v))
  }
  return items
}
