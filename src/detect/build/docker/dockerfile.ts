/**
 * A Dockerfile parser, enough to know what a build reads: instructions with their 1-based line,
 * flags and arguments, honouring parser directives (`# escape=`), line continuations, comments
 * inside continued instructions, the JSON-array form and heredocs. Never throws.
 */

/** One instruction. */
export interface Instruction {
  /** Upper-case keyword: `FROM`, `COPY`, ... */
  readonly keyword: string
  /** The line the instruction starts on. */
  readonly line: number
  /** Leading `--name=value` flags (`--link` has value undefined). */
  readonly flags: readonly (readonly [string, string | undefined])[]
  /** The arguments after the flags: JSON-array elements, or whitespace-separated words. */
  readonly args: readonly string[]
  readonly json: boolean
  /** Heredoc delimiters (`COPY <<EOF /x` -> ['EOF']); their bodies are consumed. */
  readonly heredocs: readonly string[]
}

/** A parsed Dockerfile. */
export interface Dockerfile {
  readonly escape: string
  readonly instructions: readonly Instruction[]
}

const HEREDOC = /<<(-?)(["']?)([A-Za-z_][\w.-]*)\2/g

/** Splits the text after the keyword into flags and arguments. */
function splitArgs(rest: string): Pick<Instruction, 'flags' | 'args' | 'json'> {
  const flags: [string, string | undefined][] = []
  let s = rest.trimStart()
  for (;;) {
    const m = /^--([A-Za-z][\w-]*)(?:=(\S*))?(?:\s+|$)/.exec(s)
    if (!m) break
    flags.push([m[1] as string, m[2]])
    s = s.slice(m[0].length)
  }
  const t = s.trim()
  if (t.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(t)
      if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string'))
        return { flags, args: parsed as string[], json: true }
    } catch {
      // Not JSON: Docker falls back to the shell form.
    }
  }
  return { flags, args: t === '' ? [] : t.split(/\s+/), json: false }
}

/** Parses a Dockerfile. */
export function parseDockerfile(text: string): Dockerfile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  let escape = '\\'
  let i = 0
  // Parser directives: only at the very top, before any comment, blank line or instruction.
  for (; i < lines.length; i++) {
    const m = /^#\s*([A-Za-z]+)\s*=\s*(\S*)\s*$/.exec(lines[i] as string)
    if (!m) break
    if ((m[1] as string).toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\'))
      escape = m[2]
  }
  const isComment = (l: string): boolean => /^\s*#/.test(l)
  const continues = (l: string): boolean => l.trimEnd().endsWith(escape)
  const instructions: Instruction[] = []
  while (i < lines.length) {
    const first = lines[i] as string
    if (first.trim() === '' || isComment(first)) {
      i++
      continue
    }
    const line = i + 1
    // The parts of a continued instruction are gathered and joined once: each line is looked
    // at once, so a continuation over many lines costs what its text costs.
    const parts: string[] = []
    let last = first
    i++
    while (continues(last) && i < lines.length) {
      parts.push(last.trimEnd().slice(0, -escape.length))
      // Comment and empty lines inside a continued instruction are dropped.
      while (
        i < lines.length &&
        (isComment(lines[i] as string) || (lines[i] as string).trim() === '')
      )
        i++
      last = i < lines.length ? (lines[i] as string) : ''
      i++
    }
    parts.push(continues(last) ? last.trimEnd().slice(0, -escape.length) : last)
    const buf = parts.join(' ')
    const m = /^\s*(\S+)\s*([\s\S]*)$/.exec(buf)
    if (!m) continue
    const keyword = (m[1] as string).toUpperCase()
    const rest = m[2] as string
    const heredocs: string[] = []
    if (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD') {
      for (const h of rest.matchAll(HEREDOC)) {
        const strip = h[1] === '-'
        const delim = h[3] as string
        heredocs.push(delim)
        while (i < lines.length) {
          const body = lines[i] as string
          i++
          if ((strip ? body.replace(/^\t+/, '') : body) === delim) break
        }
      }
    }
    instructions.push({ keyword, line, ...splitArgs(rest), heredocs })
  }
  return { escape, instructions }
}

/** Whether a word uses a variable (`$X`, `${X}`) not escaped with the escape character. */
export function usesVariable(word: string, escape: string): boolean {
  for (let k = 0; k < word.length; k++) {
    if (word[k] === escape) k++
    else if (word[k] === '$' && /[{A-Za-z_]/.test(word[k + 1] ?? '')) return true
  }
  return false
}

/** Substitutes `$X`, `${X}`, `${X:-d}` from `vars`; undefined when a variable stays unknown. */
export function substitute(word: string, vars: ReadonlyMap<string, string>): string | undefined {
  let unknown = false
  const out = word.replace(
    /\$\{([A-Za-z_]\w*)(?::?[-+]([^}]*))?\}|\$([A-Za-z_]\w*)/g,
    (_m, a, d, b) => {
      const v = vars.get((a ?? b) as string) ?? (d as string | undefined)
      if (v === undefined) unknown = true
      return v ?? ''
    }
  )
  return unknown ? undefined : out
}
