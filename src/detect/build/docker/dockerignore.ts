/**
 * `.dockerignore` as Docker reads it: Go `filepath.Match` patterns with `**`, `!` re-includes,
 * last match wins, a pattern that matches a folder ignores everything below it, patterns
 * cleaned like `filepath.Clean` (leading `/` and `./` stripped).
 */

/** One rule of a `.dockerignore`. */
export interface IgnoreRule {
  readonly pattern: string
  readonly negate: boolean
  readonly line: number
}

/**
 * `filepath.Clean` for a slash-separated pattern, made relative to the context: a leading `/` is
 * the root, where `..` stays (Clean("/../a") is "/a"), and is then dropped ('' becomes '.').
 */
function clean(p: string): string {
  const rooted = p.startsWith('/')
  const out: string[] = []
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue
    if (seg === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop()
    else if (seg !== '..' || !rooted) out.push(seg)
  }
  return out.length === 0 ? '.' : out.join('/')
}

/** Parses a `.dockerignore` text. */
export function parseDockerignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = []
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, k) => {
      if (raw.startsWith('#')) return
      let p = raw.trim()
      if (p === '') return
      const negate = p.startsWith('!')
      if (negate) p = p.slice(1).trim()
      if (p === '') return
      rules.push({ pattern: clean(p), negate, line: k + 1 })
    })
  return rules
}

/** One step of a compiled pattern. */
type Token =
  | { readonly kind: 'char'; readonly c: string }
  /** `?`: one character but `/`. */
  | { readonly kind: 'one' }
  /** `*`: any run of characters but `/`. */
  | { readonly kind: 'star' }
  /** `**` at the end (or not before `/`): any run of characters. */
  | { readonly kind: 'any' }
  /** `**` followed by `/`: nothing, or any run of characters ending with `/`. */
  | { readonly kind: 'dirs' }
  | {
      readonly kind: 'class'
      readonly negate: boolean
      readonly members: readonly [string, string][]
    }

/** A compiled `.dockerignore` pattern. */
export interface Pattern {
  /** Whether the whole of `s` matches. */
  test(s: string): boolean
  /** Whether `path` or one of its parent folders matches (one pass over the path). */
  testOrParent(path: string): boolean
}

/** Reads a class body (`a-z]`...) at `k`, just after `[`; undefined when it is not closed. */
function readClass(pattern: string, k: number): { token: Token; end: number } | undefined {
  const negate = pattern[k] === '^'
  const first = negate ? k + 1 : k
  // A ] right after [ or [^ is a member, as in Go.
  const end = pattern.indexOf(']', first + 1)
  if (end < 0) return undefined
  const body = pattern.slice(first, end)
  const members: [string, string][] = []
  for (let i = 0; i < body.length; i++) {
    const lo = body[i] as string
    if (body[i + 1] === '-' && i + 2 < body.length) {
      members.push([lo, body[i + 2] as string])
      i += 2
    } else members.push([lo, lo])
  }
  return { token: { kind: 'class', negate, members }, end }
}

/** The tokens of a Go `filepath.Match` pattern extended with `**` (as moby's patternmatcher). */
function tokens(pattern: string): Token[] | undefined {
  const out: Token[] = []
  for (let k = 0; k < pattern.length; k++) {
    const c = pattern[k] as string
    if (c === '*') {
      if (pattern[k + 1] === '*') {
        k++
        if (pattern[k + 1] === '/') k++
        out.push({ kind: k + 1 >= pattern.length ? 'any' : 'dirs' })
      } else out.push({ kind: 'star' })
    } else if (c === '?') out.push({ kind: 'one' })
    else if (c === '\\' && k + 1 < pattern.length)
      out.push({ kind: 'char', c: pattern[++k] as string })
    else if (c === '[') {
      const cls = readClass(pattern, k + 1)
      if (cls === undefined) out.push({ kind: 'char', c })
      else {
        // A range out of order makes the pattern malformed: it is then matched literally.
        if (cls.token.kind === 'class' && cls.token.members.some(([lo, hi]) => lo > hi))
          return undefined
        out.push(cls.token)
        k = cls.end
      }
    } else out.push({ kind: 'char', c })
  }
  return out
}

const inClass = (t: Extract<Token, { kind: 'class' }>, ch: string): boolean => {
  const hit = t.members.some(([lo, hi]) => ch >= lo && ch <= hi)
  return t.negate ? !hit && ch !== '/' : hit
}

/**
 * Compiles a pattern into a matcher that runs the pattern's automaton over the text once, with
 * the set of states it can be in (no backtracking): O(text x pattern) whatever the pattern.
 * States are token positions; `dirs` has a second state (inside its run, before the `/`),
 * numbered after the tokens.
 */
export function compilePattern(pattern: string): Pattern {
  const toks = tokens(pattern) ?? [...pattern].map((c): Token => ({ kind: 'char', c }))
  const m = toks.length
  const inner = (i: number): number => m + 1 + i
  /** Adds state `s` and the states reachable from it without reading a character. */
  const close = (set: Uint8Array, s: number): void => {
    const stack = [s]
    while (stack.length > 0) {
      const x = stack.pop() as number
      if (set[x]) continue
      set[x] = 1
      if (x < m) {
        const t = toks[x] as Token
        if (t.kind === 'star' || t.kind === 'any' || t.kind === 'dirs') stack.push(x + 1)
      }
    }
  }
  const size = 2 * m + 1
  const step = (from: Uint8Array, to: Uint8Array, ch: string): boolean => {
    to.fill(0)
    for (let x = 0; x < m; x++) {
      if (!from[x]) continue
      const t = toks[x] as Token
      if (t.kind === 'char') {
        if (t.c === ch) close(to, x + 1)
      } else if (t.kind === 'one') {
        if (ch !== '/') close(to, x + 1)
      } else if (t.kind === 'class') {
        if (inClass(t, ch)) close(to, x + 1)
      } else if (t.kind === 'star') {
        if (ch !== '/') close(to, x)
      } else if (t.kind === 'any') close(to, x)
      else {
        // dirs: enter its run; the `/` that ends it may also go on.
        close(to, inner(x))
        if (ch === '/') close(to, x + 1)
      }
    }
    for (let x = 0; x < m; x++) {
      if (!from[inner(x)]) continue
      close(to, inner(x))
      if (ch === '/') close(to, x + 1)
    }
    return to.includes(1)
  }
  const run = (s: string, parents: boolean): boolean => {
    // Two state sets, swapped at each character; no match is left once the set is empty.
    let set = new Uint8Array(size)
    let next = new Uint8Array(size)
    close(set, 0)
    for (let i = 0; i < s.length; i++) {
      if (!step(set, next, s[i] as string)) return false
      ;[set, next] = [next, set]
      if (parents && set[m] && s[i + 1] === '/') return true
    }
    return set[m] === 1
  }
  return { test: (s) => run(s, false), testOrParent: (p) => run(p, true) }
}

const EVERYTHING: Pattern = { test: () => true, testOrParent: () => true }

/** A rule with its pattern compiled. */
type CompiledRule = IgnoreRule & { readonly match: Pattern }

/** The rules of a `.dockerignore`, each pattern compiled once. */
function compileRules(rules: readonly IgnoreRule[]): readonly CompiledRule[] {
  return rules.map((r) => ({
    ...r,
    match: r.pattern === '.' ? EVERYTHING : compilePattern(r.pattern)
  }))
}

/** Whether a context-relative path is ignored by compiled rules: the last match wins. */
function ignoredBy(path: string, rules: readonly CompiledRule[]): boolean {
  let ignored = false
  for (const r of rules) {
    if (r.negate !== ignored) continue
    if (r.match.testOrParent(path)) ignored = !r.negate
  }
  return ignored
}

/** Whether a context-relative path is ignored: the last rule matching it or a parent wins. */
export function isIgnored(path: string, rules: readonly IgnoreRule[]): boolean {
  return ignoredBy(path, compileRules(rules))
}

/** A literal path as a picomatch glob. */
export function escapeGlob(path: string): string {
  return path.replace(/[\\*?[\]{}()!+@,|^$]/g, '\\$&')
}

/** A Go pattern as a picomatch glob (its `*`, `?`, `[...]`, `**` kept; other specials escaped). */
export function goGlob(pattern: string): string {
  return pattern.replace(/\\(.)|[{}()!+@,|$]/g, (m, esc?: string) =>
    esc === undefined ? `\\${m}` : `\\${esc}`
  )
}

/**
 * The `excludes` globs for a context: without `!` rules, each pattern as a glob (with what lies
 * below it); with `!` rules, the exact ignored files of the tree (files added later and ignored
 * still count as inputs, which is wider, never narrower).
 */
export function ignoreExcludes(
  context: string,
  rules: readonly IgnoreRule[],
  filesUnder: (dir: string) => readonly string[]
): string[] {
  const prefix = context === '' ? '' : `${context}/`
  const globPrefix = context === '' ? '' : `${escapeGlob(context)}/`
  if (!rules.some((r) => r.negate))
    return rules.map((r) =>
      r.pattern === '.' ? `${globPrefix}**` : `${globPrefix}${goGlob(r.pattern)}/**`
    )
  const compiled = compileRules(rules)
  return filesUnder(context)
    .filter((f) => ignoredBy(f.slice(prefix.length), compiled))
    .map(escapeGlob)
}
