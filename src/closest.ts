/**
 * The closest of a few known names to a mistyped one, by edit distance: the "did you mean" of
 * an unknown option or an unknown image.
 */

/** Levenshtein distance (insertions, deletions, substitutions), in O(a·b) time, O(b) memory. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      row.push(
        Math.min(
          (prev[j] as number) + 1,
          (row[j - 1] as number) + 1,
          (prev[j - 1] as number) + cost
        )
      )
    }
    prev = row
  }
  return prev[b.length] as number
}

/**
 * The known name closest to `name` (case aside), when it is close enough to be a typo: at most
 * a third of the longer name's characters differ (at least 1, at most 3). Names over 100
 * characters are not compared.
 */
export function closest(name: string, known: readonly string[]): string | undefined {
  if (name.length > 100) return undefined
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const k of known) {
    if (k.length > 100) continue
    const d = editDistance(name.toLowerCase(), k.toLowerCase())
    const limit = Math.min(3, Math.max(1, Math.floor(Math.max(name.length, k.length) / 3)))
    if (d <= limit && d < bestDistance) {
      best = k
      bestDistance = d
    }
  }
  return best
}
