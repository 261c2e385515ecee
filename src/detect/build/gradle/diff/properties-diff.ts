/**
 * What changed in a `gradle.properties` between the tag and the head (pure): the keys whose
 * value changed, read as `java.util.Properties.load` reads them (`#` and `!` comment lines,
 * `key=value`, `key: value` and `key value`, backslash continuation lines, escapes). One pass
 * over the text; nothing here throws.
 *
 * Refused (the file then counts for every image that reads it): a text with a NUL character, a
 * line whose key is empty (`=value`), and a malformed `\uXXXX` escape (Properties throws on it).
 * Keys that Gradle itself reads by name (`org.gradle.*`, `systemProp.*`, and the project
 * properties `version`, `group`, `description`, `status`, `buildDir`) count for every image.
 */
import type { ChangedPart, FileChange } from '../../parts.js'

/** A key's value (the last one set wins) and the 1-based line where its logical line starts. */
export interface PropertyEntry {
  readonly value: string
  readonly line: number
}

export type PropertiesResult =
  { readonly keys: ReadonlyMap<string, PropertyEntry> } | { readonly error: string }

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\f'
const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\r'
const ESCAPES: Record<string, string> = { t: '\t', r: '\r', n: '\n', f: '\f' }

/** Properties' `loadConvert`: `\t`, `\r`, `\n`, `\f`, `\uXXXX`, and `\x` for any other x. */
function unescape(s: string): string | undefined {
  const i = s.indexOf('\\')
  if (i < 0) return s
  const out = [s.slice(0, i)]
  for (let k = i; k < s.length; k++) {
    const c = s[k] as string
    if (c !== '\\') {
      out.push(c)
      continue
    }
    const e = s[++k]
    if (e === undefined) break
    if (e === 'u') {
      const hex = s.slice(k + 1, k + 5)
      if (!/^[0-9A-Fa-f]{4}$/.test(hex)) return undefined
      out.push(String.fromCharCode(Number.parseInt(hex, 16)))
      k += 4
    } else out.push(ESCAPES[e] ?? e)
  }
  return out.join('')
}

/** Splits a logical line at the first unescaped `=`, `:` or blank, as Properties does. */
function split(line: string): [string, string] {
  let end = 0
  let start = line.length
  let sep = false
  let escaped = false
  for (; end < line.length; end++) {
    const c = line[end]
    if (!escaped && (c === '=' || c === ':' || isBlank(c))) {
      sep = c === '=' || c === ':'
      start = end + 1
      break
    }
    escaped = c === '\\' ? !escaped : false
  }
  for (; start < line.length; start++) {
    const c = line[start]
    if (!sep && (c === '=' || c === ':')) sep = true
    else if (!isBlank(c)) break
  }
  return [line.slice(0, end), line.slice(start)]
}

/** Reads a `.properties` text. */
export function readPropertyEntries(text: string): PropertiesResult {
  const nul = text.indexOf('\0')
  if (nul >= 0) return { error: `line ${lineAt(text, nul)} has a NUL character` }
  const keys = new Map<string, PropertyEntry>()
  const n = text.length
  let i = 0
  let line = 1
  /** Moves past the line break at `i`, if any. */
  const nextLine = (): void => {
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2
    else if (isBreak(text[i])) i++
    else return
    line++
  }
  while (i < n) {
    while (isBlank(text[i])) i++
    if (isBreak(text[i])) {
      nextLine()
      continue
    }
    const comment = text[i] === '#' || text[i] === '!'
    const start = line
    const pieces: string[] = []
    for (;;) {
      let e = i
      while (e < n && !isBreak(text[e])) e++
      let slashes = 0
      while (slashes < e - i && text[e - 1 - slashes] === '\\') slashes++
      const more = !comment && slashes % 2 === 1
      pieces.push(text.slice(i, more ? e - 1 : e))
      i = e
      nextLine()
      if (!more || i >= n) break
      // A continuation line starts after its leading blanks.
      while (isBlank(text[i])) i++
    }
    if (comment) continue
    const logical = pieces.join('')
    if (logical === '') continue
    const [rawKey, rawValue] = split(logical)
    const key = unescape(rawKey)
    const value = unescape(rawValue)
    if (key === undefined || value === undefined)
      return { error: `line ${start} has a malformed \\uXXXX escape` }
    if (key === '') return { error: `line ${start} has an empty key` }
    keys.set(key, { value, line: start })
  }
  return { keys }
}

function lineAt(text: string, pos: number): number {
  let n = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < pos; i = text.indexOf('\n', i + 1)) n++
  return n
}

const GRADLE_KEYS = new Set(['version', 'group', 'description', 'status', 'buildDir'])

/** Whether Gradle itself (not a build script naming it) reads a key. */
export function readByGradle(key: string): boolean {
  return key.startsWith('org.gradle.') || key.startsWith('systemProp.') || GRADLE_KEYS.has(key)
}

/**
 * The keys that changed between two texts of a `gradle.properties` (undefined: the file is
 * absent on that side, which counts whole).
 */
export function propertiesChange(
  before: string | undefined,
  after: string | undefined
): FileChange {
  if (before === after) return { parts: [], none: [] }
  if (before === undefined) return { all: 'gradle.properties was added', parts: [], none: [] }
  if (after === undefined) return { all: 'gradle.properties was deleted', parts: [], none: [] }
  const old = readPropertyEntries(before)
  const now = readPropertyEntries(after)
  if ('error' in old)
    return { all: `gradle.properties at the tag cannot be read: ${old.error}`, parts: [], none: [] }
  if ('error' in now)
    return { all: `gradle.properties cannot be read: ${now.error}`, parts: [], none: [] }
  const parts: ChangedPart[] = []
  const gradle: string[] = []
  const note = (key: string, how: string): void => {
    if (readByGradle(key)) gradle.push(`${key} ${how}`)
    else parts.push({ kind: 'key', name: key, what: `${key} ${how}` })
  }
  for (const [key, { value }] of old.keys) {
    const next = now.keys.get(key)
    if (next === undefined) note(key, 'removed')
    else if (next.value !== value) note(key, 'changed')
  }
  for (const key of now.keys.keys()) if (!old.keys.has(key)) note(key, 'added')
  if (gradle.length > 0)
    return { all: `${gradle.join(', ')} (read by Gradle itself)`, parts, none: [] }
  return { parts, none: parts.length === 0 ? ['only comments or layout changed'] : [] }
}
