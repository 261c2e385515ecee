/**
 * The closest of a few known names to a mistyped one, by edit distance: the "did you mean" of
 * an unknown option or an unknown image.
 */

/**
 * Edit distance with adjacent transpositions (optimal string alignment): insertions, deletions,
 * substitutions and swaps of two neighbours (`--dri` for `--dir`) each count 1. O(a·b) time.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)]
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    const prev = rows[i - 1] as number[]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1)
      }
      row.push(d)
    }
    rows.push(row)
  }
  return (rows[a.length] as number[])[b.length] as number
}

/**
 * The known name closest to `name` (case aside), when it is close enough to be a typo: at most
 * a third of the shorter name's characters differ (at least 1, at most 3). Names over 100
 * characters are not compared.
 */
export function closest(name: string, known: readonly string[]): string | undefined {
  if (name.length > 100) return undefined
  const core = (s: string): string => s.toLowerCase().replace(/^-+/, '')
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const k of known) {
    if (k.length > 100) continue
    const [x, y] = [core(name), core(k)]
    const d = editDistance(x, y)
    const limit = Math.min(3, Math.max(1, Math.floor(Math.min(x.length, y.length) / 3)))
    if (d <= limit && d < bestDistance) {
      best = k
      bestDistance = d
    }
  }
  return best
}
