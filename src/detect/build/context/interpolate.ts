/**
 * Compose-style variable interpolation (`$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:?err}`, `${VAR?err}`, `${VAR:+alt}`, `${VAR+alt}`, `$$` for a dollar) against the
 * literal values of a `.env` file. A variable the file does not set is not known (the shell
 * that runs compose may set it): with a default the default is taken, else the value is
 * unresolved. One pass over the text per nesting level, nesting capped.
 */

/** The values a `.env` file sets literally (`KEY=value`, `export KEY=value`, quoted or not). */
export function parseDotEnv(text: string): Map<string, string> {
  const vars = new Map<string, string>()
  for (const raw of text.split('\n')) {
    let line = raw.replace(/\r$/, '').trim()
    if (line === '' || line.startsWith('#')) continue
    if (line.startsWith('export ')) line = line.slice(7).trimStart()
    const eq = line.indexOf('=')
    if (eq <= 0) continue
    const key = line.slice(0, eq).trim()
    if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key)) continue
    let value = line.slice(eq + 1).trim()
    const q = value[0]
    if ((q === '"' || q === "'") && value.length >= 2 && value.endsWith(q)) {
      value = value.slice(1, -1)
      // A double-quoted value that interpolates is not literal.
      if (q === '"' && value.includes('$')) continue
      if (q === '"') value = value.replace(/\\n/g, '\n').replace(/\\(["\\])/g, '$1')
    } else {
      const hash = value.search(/\s#/)
      if (hash >= 0) value = value.slice(0, hash).trimEnd()
      if (value.includes('$')) continue
    }
    vars.set(key, value)
  }
  return vars
}

/** The outcome of interpolating a value. */
export interface Interpolated {
  /** The value, when every variable it uses is known (or defaulted). */
  readonly value: string | undefined
  /** True when the text uses a variable at all (so the `.env` file shapes it). */
  readonly usesVars: boolean
  /** The variables that could not be resolved, as written (`${APP_DIR}`). */
  readonly unknown: readonly string[]
}

const MAX_DEPTH = 8
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/

/** The offset of the `}` closing a `${` group whose body starts at `from`, or -1. */
function closing(text: string, from: number): number {
  let depth = 1
  for (let i = from; i < text.length; i++) {
    const c = text[i]
    if (c === '$' && text[i + 1] === '{') {
      depth++
      i++
    } else if (c === '}' && --depth === 0) return i
  }
  return -1
}

export function interpolate(text: string, env: ReadonlyMap<string, string>): Interpolated {
  const unknown: string[] = []
  let usesVars = false
  const run = (s: string, depth: number): string | undefined => {
    let out = ''
    let ok = true
    let i = 0
    while (i < s.length) {
      const d = s.indexOf('$', i)
      if (d < 0) {
        out += s.slice(i)
        break
      }
      out += s.slice(i, d)
      const next = s[d + 1]
      if (next === '$') {
        out += '$'
        i = d + 2
        continue
      }
      if (next === '{') {
        const end = closing(s, d + 2)
        if (end < 0) {
          // An unterminated group: compose rejects it; it is not a value we can know.
          usesVars = true
          unknown.push(s.slice(d))
          return undefined
        }
        usesVars = true
        const body = s.slice(d + 2, end)
        const m = NAME.exec(body)
        const written = s.slice(d, end + 1)
        if (!m || depth >= MAX_DEPTH) {
          unknown.push(written)
          ok = false
          i = end + 1
          continue
        }
        const name = m[0]
        const rest = body.slice(name.length)
        const set = env.get(name)
        let v: string | undefined
        if (rest === '' || /^:?\?/.test(rest)) {
          v = set
        } else if (rest.startsWith(':-') || rest.startsWith('-')) {
          const dflt = rest.slice(rest.startsWith(':-') ? 2 : 1)
          const useDefault = set === undefined || (rest.startsWith(':-') && set === '')
          v = useDefault ? run(dflt, depth + 1) : set
          if (v === undefined && useDefault) ok = false
        } else if (rest.startsWith(':+') || rest.startsWith('+')) {
          const alt = rest.slice(rest.startsWith(':+') ? 2 : 1)
          const useAlt = set !== undefined && (rest.startsWith('+') || set !== '')
          v = useAlt ? run(alt, depth + 1) : set === undefined ? undefined : ''
          if (v === undefined && useAlt) ok = false
        } else {
          unknown.push(written)
          ok = false
          i = end + 1
          continue
        }
        if (v === undefined) {
          if (set === undefined) unknown.push(written)
          ok = false
        } else out += v
        i = end + 1
        continue
      }
      const m = NAME.exec(s.slice(d + 1, d + 1 + 256))
      if (m) {
        usesVars = true
        const v = env.get(m[0])
        if (v === undefined) {
          unknown.push(`$${m[0]}`)
          ok = false
        } else out += v
        i = d + 1 + m[0].length
        continue
      }
      out += '$'
      i = d + 1
    }
    return ok ? out : undefined
  }
  const value = run(text, 0)
  return { value, usesVars, unknown: [...new Set(unknown)] }
}
