/**
 * A reader for `go.mod` and `go.work`: the module path, the `replace` directives and the `use`
 * directives, single or in a block. One pass over the text, line by line (no backtracking
 * regex); other directives (`require`, `go`, `toolchain`, `exclude`, `tool`...) are skipped.
 * What the go command would refuse (an unterminated string, a block that is not closed, a
 * `replace` without `=>`) is an error, with its line.
 */

export interface GoReplace {
  readonly from: string
  /** The target as written: a module path, or a folder (`./x`, `../x`, `/x`). */
  readonly to: string
  /** The target is a folder, not a module. */
  readonly local: boolean
  readonly line: number
}

export interface GoModFile {
  readonly module?: string
  readonly replaces: readonly GoReplace[]
  /** `use` directives of a `go.work`: folders, relative to it. */
  readonly uses: readonly { readonly path: string; readonly line: number }[]
}

type Token = string | { readonly quoted: string }

/** The tokens of one line, comments dropped; an error for an unterminated string. */
function tokens(line: string): Token[] | string {
  const out: Token[] = []
  let i = 0
  while (i < line.length) {
    const c = line[i] as string
    if (c === ' ' || c === '\t' || c === '\r') {
      i++
    } else if (line.startsWith('//', i)) {
      break
    } else if (c === '"') {
      let k = i + 1
      let value = ''
      for (; k < line.length && line[k] !== '"'; k++) {
        if (line[k] === '\\' && k + 1 < line.length) k++
        value += line[k] as string
      }
      if (k >= line.length) return 'an unterminated string'
      out.push({ quoted: value })
      i = k + 1
    } else if (c === '`') {
      const k = line.indexOf('`', i + 1)
      if (k < 0) return 'an unterminated string'
      out.push({ quoted: line.slice(i + 1, k) })
      i = k + 1
    } else if (c === '(' || c === ')') {
      out.push(c)
      i++
    } else {
      let k = i
      while (k < line.length && !/[\s"`()]/.test(line[k] as string) && !line.startsWith('//', k))
        k++
      out.push(line.slice(i, k))
      i = k
    }
  }
  return out
}

const text = (t: Token | undefined): string | undefined =>
  t === undefined ? undefined : typeof t === 'string' ? t : t.quoted
const isWord = (t: Token | undefined, w: string): boolean => t === w

/** Whether a replace target is a folder: Go's rule is a path that starts with `./`, `../` or `/`. */
export const isLocalPath = (p: string): boolean =>
  p === '.' || p === '..' || p.startsWith('./') || p.startsWith('../') || p.startsWith('/')

/** Reads a `go.mod` or `go.work`. */
export function readGoMod(source: string): GoModFile | { error: string; line: number } {
  let module: string | undefined
  const replaces: GoReplace[] = []
  const uses: { path: string; line: number }[] = []
  /** The verb of the block being read, and the line it opened on. */
  let block: { verb: string; line: number } | undefined
  const lines = source.split('\n')
  for (let n = 0; n < lines.length; n++) {
    const line = n + 1
    const toks = tokens(lines[n] as string)
    if (typeof toks === 'string') return { error: toks, line }
    if (toks.length === 0) continue
    let verb: string | undefined
    let args: Token[]
    if (block !== undefined) {
      if (isWord(toks[0], ')')) {
        if (toks.length > 1) return { error: 'text after the closing )', line }
        block = undefined
        continue
      }
      verb = block.verb
      args = toks
    } else {
      verb = text(toks[0])
      args = toks.slice(1)
      if (isWord(args[0], ')')) return { error: 'a ) with no block open', line }
      if (isWord(args[0], '(')) {
        if (args.length > 1) return { error: 'text after the opening (', line }
        block = { verb: verb ?? '', line }
        continue
      }
    }
    if (args.some((a) => isWord(a, '(') || isWord(a, ')')))
      return { error: 'an unexpected parenthesis', line }
    if (verb === 'module') module = text(args[0])
    else if (verb === 'use') {
      const path = text(args[0])
      if (path === undefined) return { error: 'a use directive without a folder', line }
      uses.push({ path, line })
    } else if (verb === 'replace') {
      const arrow = args.findIndex((a) => isWord(a, '=>'))
      const from = text(args[0])
      const to = text(args[arrow + 1])
      if (arrow < 1 || arrow > 2 || from === undefined || to === undefined)
        return { error: 'a replace directive without "old => new"', line }
      replaces.push({ from, to, local: isLocalPath(to), line })
    }
  }
  if (block !== undefined)
    return { error: `the ${block.verb} block is not closed`, line: block.line }
  return { ...(module !== undefined ? { module } : {}), replaces, uses }
}
