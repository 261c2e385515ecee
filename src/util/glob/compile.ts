/**
 * Glob matching in bounded time. The semantics are picomatch's with `dot: true` (see
 * detect/path-globs.ts), on repository-relative paths as git lists them (no empty, `.` or `..`
 * segments), plus one rule of our own: a glob without wildcards names a file or a folder and
 * matches it and everything below it.
 *
 * Why not picomatch's regex: `**\/*-*-*-*-*.json` against `app/1` followed by 250 dashes
 * backtracks for minutes. Here a glob is split on `/` and matched segment by segment:
 * - braces are expanded up front (`{a,b}`, nested, `{1..3}` ranges), at most
 *   {@link MAX_ALTERNATIVES} alternatives;
 * - a `**` segment is matched by dynamic programming over the path's segments;
 * - every other segment is a sequence of literals, `?`, `[...]` classes and `*`, matched with
 *   the greedy wildcard algorithm (one backtrack point, the last `*`).
 * Cost: O(alternatives x glob segments x path length), linear in the path for a given glob.
 * Segments with other syntax (extglobs such as `@(a|b)`, backslash escapes, POSIX classes) are
 * matched by picomatch one segment at a time, where a path segment is one file or folder name.
 * Two deliberate differences: a brace alternative that leaves an empty segment (`a/{,b}/c` gives
 * `a//c`) matches no git path here, where picomatch's answers for it are erratic; and braces
 * right after `**` are expanded like any others (`a/**{,b}` matches `a`, as `a/**` does), where
 * picomatch says no. Where picomatch is wrong, this follows the glob as written (each case is a
 * test in glob.test.ts): a dot beside a numeric range stays a dot (picomatch's regex leaves it
 * unescaped, so `a.b{1..2}` matches `axb1` there); braces with an empty alternative right after
 * `**\/` match what their expansions match (`aa/**\/{,b.}*` does not match `aa`); a `*.*` segment
 * matches `a.`; and stars that braces put side by side are two stars in one name, never a
 * globstar.
 */
import picomatch from 'picomatch'
import { expandBraces } from './braces.js'

type Token =
  | { readonly kind: 'char'; readonly ch: string }
  | { readonly kind: 'one' }
  | { readonly kind: 'class'; readonly test: (ch: string) => boolean }
  | { readonly kind: 'star' }

type Segment =
  | { readonly kind: 'globstar'; readonly atLeastOne?: boolean }
  | { readonly kind: 'tokens'; readonly tokens: readonly Token[] }
  | { readonly kind: 'picomatch'; readonly test: (segment: string) => boolean }

/** Compiles a glob into a matcher of repository-relative paths. */
export function compileGlob(raw: string): (path: string) => boolean {
  const glob = raw.replace(/^(?:\.\/)+/, '')
  if (!picomatch.scan(glob).isGlob && !glob.includes('\\')) {
    const literal = glob.replace(/\/+$/, '')
    return (p) => p === literal || p.startsWith(`${literal}/`)
  }
  // No repository path holds a NUL, so a glob with one matches nothing (and NUL marks globstars).
  if (glob.includes(GLOBSTAR)) return () => false
  const needsOne = trailingNeedsOne(glob)
  const alternatives = expandBraces(markGlobstars(glob)).map((alt) =>
    compileAlternative(alt, needsOne)
  )
  return (path) => {
    const parts = path.split('/')
    return alternatives.some((segments) => matchSegments(segments, parts))
  }
}

/** Whether the glob's segments match the path's, `**` standing for any number of segments. */
function matchSegments(segments: readonly Segment[], parts: readonly string[]): boolean {
  // reach[j]: the segments so far match the first j parts.
  let reach = parts.map((_, j) => j === 0).concat(parts.length === 0)
  for (const segment of segments) {
    const next = new Array<boolean>(parts.length + 1).fill(false)
    if (segment.kind === 'globstar') {
      // Any number of parts (at least one when `atLeastOne`): every j at or after a reached one.
      const skip = segment.atLeastOne ? 1 : 0
      let any = false
      for (let j = 0; j + skip <= parts.length; j++) {
        any = any || (reach[j] as boolean)
        next[j + skip] = any
      }
    } else {
      for (let j = 0; j < parts.length; j++) {
        if (reach[j] && matchSegment(segment, parts[j] as string)) next[j + 1] = true
      }
    }
    reach = next
  }
  return reach[parts.length] === true
}

function matchSegment(segment: Exclude<Segment, { kind: 'globstar' }>, part: string): boolean {
  if (segment.kind === 'picomatch') return segment.test(part)
  const tokens = segment.tokens
  // picomatch: a segment of only stars matches a name of at least one character.
  if (part === '' && tokens.every((t) => t.kind === 'star')) return false
  return matchTokens(tokens, [...part])
}

/** The greedy wildcard match: on a mismatch, the last `*` takes one more character. */
function matchTokens(tokens: readonly Token[], chars: readonly string[]): boolean {
  let t = 0
  let c = 0
  let starT = -1
  let starC = 0
  while (c < chars.length) {
    const token = tokens[t]
    if (token?.kind === 'star') {
      starT = t++
      starC = c
    } else if (token && matchesOne(token, chars[c] as string)) {
      t++
      c++
    } else if (starT >= 0) {
      t = starT + 1
      c = ++starC
    } else {
      return false
    }
  }
  while (tokens[t]?.kind === 'star') t++
  return t === tokens.length
}

/** Whether one token other than `*` matches one character (`*` is matchTokens' own). */
function matchesOne(token: Exclude<Token, { kind: 'star' }>, ch: string): boolean {
  switch (token.kind) {
    case 'char':
      return token.ch === ch
    case 'one':
      return true
    case 'class':
      return token.test(ch)
  }
}

/**
 * picomatch lets a trailing `**` match no segment at all (`a/**` matches `a`), except when the
 * glob as written has a `*` right before it (`*\/**` and `a*\/**` need one more segment).
 */
function trailingNeedsOne(glob: string): boolean {
  const rest = glob.replace(/(?:\/\*\*)+$/, '')
  return (
    rest !== glob &&
    rest.endsWith('*') &&
    !rest
      .split('/')
      .at(-1)
      ?.match(/^\*\*$/)
  )
}

/**
 * A `**` as written, marked before braces are expanded: brace expansion can put two stars side
 * by side (`*{,a}*` gives `**`, also when the glob has a `**` of its own elsewhere), and those are
 * two stars in one name, as in picomatch, never a globstar. An escaped star is left as it is.
 */
const GLOBSTAR = '\0'

function markGlobstars(glob: string): string {
  let out = ''
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '\\') {
      out += glob.slice(i, i + 2)
      i++
    } else if (glob[i] === '*' && glob[i + 1] === '*') {
      out += GLOBSTAR
      i++
    } else out += glob[i]
  }
  return out
}

/** The segments of one brace-free alternative of a glob (its written `**` marked). */
function compileAlternative(alternative: string, needsOne: boolean): Segment[] {
  const segments = alternative.split('/').map(compileSegment)
  if (needsOne && alternative.endsWith(`/${GLOBSTAR}`)) {
    segments[segments.length - 1] = { kind: 'globstar', atLeastOne: true }
  }
  return segments
}

function compileSegment(marked: string): Segment {
  if (marked === GLOBSTAR) return { kind: 'globstar' }
  const text = marked.replaceAll(GLOBSTAR, '**')
  const tokens = tokenize(text)
  if (tokens) return { kind: 'tokens', tokens }
  const test = picomatch(text, { dot: true, windows: false })
  return { kind: 'picomatch', test }
}

/** The tokens of a segment, or undefined when it holds syntax beyond `*`, `?` and `[...]`. */
function tokenize(text: string): Token[] | undefined {
  const chars = [...text]
  const tokens: Token[] = []
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string
    if (ch === '\\' || (/[@!+?*]/.test(ch) && chars[i + 1] === '(')) return undefined
    if ('()|'.includes(ch)) return undefined
    if (ch === '*') {
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' })
    } else if (ch === '?') {
      tokens.push({ kind: 'one' })
    } else if (ch === '[') {
      const parsed = parseClass(chars, i)
      if (!parsed) return undefined
      tokens.push({ kind: 'class', test: parsed.test })
      i = parsed.end
    } else {
      tokens.push({ kind: 'char', ch })
    }
  }
  return tokens
}

/** A `[...]` class starting at `start`: its test and the index of its `]`. */
function parseClass(
  chars: readonly string[],
  start: number
): { test: (ch: string) => boolean; end: number } | undefined {
  let i = start + 1
  // picomatch reads `[!a]` as "! or a, or the text [!a]": left to picomatch, quirk and all.
  if (chars[i] === '!') return undefined
  const negated = chars[i] === '^'
  if (negated) i++
  const ranges: [string, string][] = []
  for (let first = true; i < chars.length; i++, first = false) {
    const ch = chars[i] as string
    if (ch === ']' && !first) {
      const inClass = (c: string): boolean => ranges.some(([lo, hi]) => c >= lo && c <= hi)
      return { test: (c) => c !== '/' && inClass(c) !== negated, end: i }
    }
    if (ch === '[' || ch === '\\') return undefined // POSIX classes and escapes: picomatch
    if (chars[i + 1] === '-' && chars[i + 2] !== undefined && chars[i + 2] !== ']') {
      ranges.push([ch, chars[i + 2] as string])
      i += 2
    } else {
      ranges.push([ch, ch])
    }
  }
  return undefined
}
