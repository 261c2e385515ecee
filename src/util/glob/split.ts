/** Lists of globs in one input line, without picomatch (cheap to load). */

/** Splits on commas that are not inside `{...}`, so `src/{main,test}/**` stays one glob. */
export function splitGlobs(text: string): string[] {
  const out: string[] = []
  let depth = 0
  let current = ''
  for (const ch of text) {
    if (ch === '{') depth++
    else if (ch === '}' && depth > 0) depth--
    if (ch === ',' && depth === 0) {
      out.push(current)
      current = ''
    } else current += ch
  }
  out.push(current)
  return out.map((g) => g.trim()).filter((g) => g !== '')
}
