/**
 * A GitHub Actions job matrix, when it is written out literally: the combinations it runs, as
 * GitHub documents them (the product of the lists, `exclude` taken out, `include` entries
 * added to every original combination they do not contradict, or run on their own).
 */

export type Combo = Readonly<Record<string, unknown>>

/** More combinations than this are not expanded. */
export const MAX_COMBOS = 256

function equal(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true
  if (depth > 16 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // GitHub compares matrix values loosely: 1 matches '1'.
    return (
      (typeof a === 'number' || typeof a === 'string' || typeof a === 'boolean') &&
      (typeof b === 'number' || typeof b === 'string' || typeof b === 'boolean') &&
      String(a) === String(b)
    )
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  return (
    ka.length === kb.length &&
    ka.every((k) =>
      equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], depth + 1)
    )
  )
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

const hasExpression = (v: unknown): boolean => typeof v === 'string' && v.includes('${{')

/** The combinations of a matrix (its plain value), or why they are not known. */
export function expandMatrix(matrix: unknown): { combos: Combo[] } | { why: string } {
  if (hasExpression(matrix)) return { why: 'the job matrix is an expression' }
  if (!isRecord(matrix)) return { why: 'the job matrix is not a mapping' }
  const keys = Object.keys(matrix).filter((k) => k !== 'include' && k !== 'exclude')
  let combos: Record<string, unknown>[] = keys.length > 0 ? [{}] : []
  for (const k of keys) {
    const values = matrix[k]
    if (!Array.isArray(values)) {
      return { why: `matrix.${k} is ${hasExpression(values) ? 'an expression' : 'not a list'}` }
    }
    if (combos.length * values.length > MAX_COMBOS) {
      return { why: `the job matrix has more than ${MAX_COMBOS} combinations` }
    }
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [k]: v })))
  }
  const exclude = matrix.exclude
  if (exclude !== undefined) {
    if (!Array.isArray(exclude)) return { why: 'matrix.exclude is not a list' }
    for (const e of exclude) {
      if (!isRecord(e)) continue
      combos = combos.filter((c) => !Object.entries(e).every(([k, v]) => equal(c[k], v)))
    }
  }
  const include = matrix.include
  const extra: Record<string, unknown>[] = []
  if (include !== undefined) {
    if (!Array.isArray(include)) {
      return { why: `matrix.include is ${hasExpression(include) ? 'an expression' : 'not a list'}` }
    }
    if (include.length > MAX_COMBOS * 4) {
      return { why: `matrix.include has more than ${MAX_COMBOS * 4} entries` }
    }
    for (const e of include) {
      if (!isRecord(e)) return { why: 'an entry of matrix.include is not a mapping' }
      let added = false
      for (const c of combos) {
        const fits = Object.entries(e).every(([k, v]) => !keys.includes(k) || equal(c[k], v))
        if (!fits) continue
        for (const [k, v] of Object.entries(e)) if (!keys.includes(k)) c[k] = v
        added = true
      }
      if (!added) extra.push({ ...e })
      if (combos.length + extra.length > MAX_COMBOS) {
        return { why: `the job matrix has more than ${MAX_COMBOS} combinations` }
      }
    }
  }
  return { combos: [...combos, ...extra] }
}

/** The value at a dotted path of a combination (`matrix.app.dir` → combo.app.dir). */
export function matrixValue(combo: Combo, path: readonly string[]): unknown {
  let v: unknown = combo
  for (const p of path) {
    if (!isRecord(v)) return undefined
    v = v[p]
  }
  return v
}
