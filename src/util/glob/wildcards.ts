/**
 * A pattern of literal parts with wildcards between them (`parts` = ['a', 'b'] is `a*b`),
 * matched by simulating all of its positions at once: linear in the name for a given pattern,
 * where a regex of many wildcards backtracks exponentially on a name it does not match.
 */
export class Wildcards {
  private readonly chars: string[] = []
  /** `star[k]`: a wildcard stands before `chars[k]` (k = chars.length: at the end). */
  private readonly star: boolean[] = []

  /**
   * @param parts the literal parts, a wildcard between each two
   * @param wild the characters a wildcard takes (`[^/]`, or any but a line break)
   * @param restart also start after each `/` (a path suffix on a segment boundary)
   */
  constructor(
    parts: readonly string[],
    private readonly wild: (c: string) => boolean,
    private readonly restart = false
  ) {
    parts.forEach((part, k) => {
      if (k > 0) this.star[this.chars.length] = true
      for (const c of part) this.chars.push(c)
    })
    for (let k = 0; k <= this.chars.length; k++) this.star[k] = this.star[k] === true
  }

  /** The offsets of `s` at which the whole pattern has matched a prefix of `s` (ascending). */
  ends(s: string): number[] {
    const m = this.chars.length
    const out: number[] = []
    // Each literal character takes one character of the name.
    if (m > s.length) return out
    let cur = new Uint8Array(m + 1)
    let next = new Uint8Array(m + 1)
    let active: number[] = []
    // State k: the first k characters matched (a wildcard before character k loops on k).
    const enter = (set: Uint8Array, list: number[], k: number): void => {
      if (set[k] === 1) return
      set[k] = 1
      list.push(k)
    }
    enter(cur, active, 0)
    for (let i = 0; ; i++) {
      if (cur[m] === 1) out.push(i)
      if (i === s.length) break
      const c = s[i] as string
      const list: number[] = []
      for (const k of active) {
        if (this.star[k] && this.wild(c)) enter(next, list, k)
        if (k < m && this.chars[k] === c) enter(next, list, k + 1)
      }
      if (this.restart && c === '/') enter(next, list, 0)
      for (const k of active) cur[k] = 0
      ;[cur, next] = [next, cur]
      active = list
      if (active.length === 0 && !this.restart) break
    }
    return out
  }

  /** Whether the pattern matches the whole of `s`. */
  test(s: string): boolean {
    const e = this.ends(s)
    return e[e.length - 1] === s.length
  }
}
