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

/** The regex of a Go `filepath.Match` pattern extended with `**` (as moby's patternmatcher). */
export function patternRegex(pattern: string): RegExp {
  let re = ''
  for (let k = 0; k < pattern.length; k++) {
    const c = pattern[k] as string
    if (c === '*') {
      if (pattern[k + 1] === '*') {
        k++
        if (pattern[k + 1] === '/') k++
        re += k + 1 >= pattern.length ? '.*' : '(?:.*/)?'
      } else re += '[^/]*'
    } else if (c === '?') re += '[^/]'
    else if (c === '\\' && k + 1 < pattern.length) re += `\\${pattern[++k] as string}`
    else if (c === '[') {
      // A ] right after [ or [^ is a member, as in Go (JavaScript reads [] as an empty class).
      const first = pattern[k + 1] === '^' ? k + 2 : k + 1
      const end = pattern.indexOf(']', first + 1)
      if (end < 0) re += '\\['
      else {
        const body = pattern
          .slice(k + 1, end)
          .replace(/\\/g, '\\\\')
          .replace(/\]/g, '\\]')
        re += `[${body.startsWith('^') ? `^/${body.slice(1)}` : body}]`
        k = end
      }
    } else re += c.replace(/[.+^${}()|\]\\/]/g, '\\$&')
  }
  try {
    return new RegExp(`^${re}$`)
  } catch {
    // A malformed class: match the pattern literally, as a plain path.
    return new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
  }
}

/** Whether a context-relative path is ignored: the last rule matching it or a parent wins. */
export function isIgnored(path: string, rules: readonly IgnoreRule[]): boolean {
  const segs = path.split('/')
  const prefixes = segs.map((_s, k) => segs.slice(0, k + 1).join('/'))
  let ignored = false
  for (const r of rules) {
    if (r.negate !== ignored) continue
    const re = r.pattern === '.' ? /^.*$/ : patternRegex(r.pattern)
    if (prefixes.some((p) => re.test(p))) ignored = !r.negate
  }
  return ignored
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
  return filesUnder(context)
    .filter((f) => isIgnored(f.slice(prefix.length), rules))
    .map(escapeGlob)
}
