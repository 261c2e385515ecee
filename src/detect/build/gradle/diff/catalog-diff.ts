/**
 * What changed in a Gradle version catalog (`gradle/libs.versions.toml`) between the tag and the
 * head (pure): the accessors whose entry changed, with what they reach (a version reaches the
 * libraries and plugins that take it by `version.ref`, a library the bundles that list it).
 * Nothing here throws.
 *
 * Refused (the catalog then counts for every image that reads it): a text that does not read as
 * TOML, a change outside `[versions]`, `[libraries]`, `[bundles]` and
 * `[plugins]` (`[metadata]`, a top-level key), and an entry of a shape Gradle does not take (a
 * number, an unknown key in an inline table, a bundle that is not a list of aliases).
 */
import type { ChangedPart, FileChange } from '../../parts.js'
import { readToml } from '../../python/toml.js'
import { type TomlTable, type TomlValue, isTable } from '../../python/toml-values.js'

/** An alias's accessor: every `-`, `_` and `.` becomes `.` (`spring-boot_web` → `spring.boot.web`). */
export function catalogAccessorOf(alias: string): string {
  return alias.replace(/[-_.]/g, '.')
}

const SECTIONS = ['versions', 'libraries', 'bundles', 'plugins'] as const
type Section = (typeof SECTIONS)[number]
const RICH = ['strictly', 'require', 'prefer', 'reject', 'rejectAll']
const KEYS: Record<Section, readonly string[]> = {
  versions: RICH,
  libraries: ['module', 'group', 'name', 'version'],
  bundles: [],
  plugins: ['id', 'version']
}
const NOUN: Record<Section, string> = {
  versions: 'version',
  libraries: 'library',
  bundles: 'bundle',
  plugins: 'plugin'
}
const PREFIX: Record<Section, string> = {
  versions: 'versions.',
  libraries: '',
  bundles: 'bundles.',
  plugins: 'plugins.'
}

const only = (t: TomlTable, keys: readonly string[]): boolean =>
  Object.keys(t).every((k) => keys.includes(k))

/** The version an entry takes by `version.ref` (as an accessor), '' for none; undefined: refused. */
function refOf(section: Section, v: TomlValue): string | undefined {
  if (section === 'bundles')
    return Array.isArray(v) && v.every((m) => typeof m === 'string') ? '' : undefined
  if (typeof v === 'string') return ''
  if (!isTable(v) || !only(v, KEYS[section])) return undefined
  if (section === 'versions') return ''
  const version = v.version
  if (version === undefined || typeof version === 'string') return ''
  if (!isTable(version) || !only(version, ['ref', ...RICH])) return undefined
  if (version.ref === undefined) return ''
  return typeof version.ref === 'string' ? catalogAccessorOf(version.ref) : undefined
}

interface Catalog {
  readonly table: TomlTable
  /** Per section: alias → the version it takes by reference ('' for none). */
  readonly refs: Record<Section, Map<string, string>>
}

function readCatalog(text: string): Catalog | string {
  const read = readToml(text)
  if ('error' in read) return `line ${read.line}: ${read.error}`
  const refs = {} as Record<Section, Map<string, string>>
  for (const section of SECTIONS) {
    const t = read.table[section] ?? {}
    if (!isTable(t)) return `${section} is not a table`
    refs[section] = new Map()
    for (const [alias, v] of Object.entries(t)) {
      const ref = refOf(section, v)
      if (ref === undefined) return `${NOUN[section]} ${alias} has an unexpected value`
      refs[section].set(alias, ref)
    }
  }
  return { table: read.table, refs }
}

/** Deep equality of TOML values, tables compared whatever the order of their keys. */
export function sameToml(a: TomlValue | undefined, b: TomlValue | undefined): boolean {
  if (a === b) return true
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((x, i) => sameToml(x, b[i]))
  }
  if (!isTable(a) || !isTable(b)) return false
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((k) => Object.hasOwn(b, k) && sameToml(a[k], b[k]))
}

const entries = (t: TomlTable, section: Section): TomlTable => {
  const s = t[section]
  return isTable(s) ? s : {}
}

/**
 * The accessors that changed between two texts of a version catalog (undefined: the file is
 * absent on that side, which counts whole).
 */
export function catalogChange(before: string | undefined, after: string | undefined): FileChange {
  const whole = (all: string): FileChange => ({ all, parts: [], none: [] })
  if (before === after) return { parts: [], none: [] }
  if (before === undefined) return whole('the version catalog was added')
  if (after === undefined) return whole('the version catalog was deleted')
  const old = readCatalog(before)
  const now = readCatalog(after)
  if (typeof old === 'string') return whole(`the version catalog at the tag cannot be read: ${old}`)
  if (typeof now === 'string') return whole(`the version catalog cannot be read: ${now}`)
  for (const key of new Set([...Object.keys(old.table), ...Object.keys(now.table)])) {
    if ((SECTIONS as readonly string[]).includes(key)) continue
    if (!sameToml(old.table[key], now.table[key]))
      return whole(`the version catalog: ${key} changed (not a version, library, bundle or plugin)`)
  }
  const parts = new Map<string, ChangedPart>()
  const add = (name: string, what: string): void => {
    if (!parts.has(name)) parts.set(name, { kind: 'alias', name, what })
  }
  /** Library accessors that changed, directly or through a version, and why. */
  const libraries = new Map<string, string>()
  const changed: Record<Section, [string, string][]> = {
    versions: [],
    libraries: [],
    bundles: [],
    plugins: []
  }
  for (const section of SECTIONS) {
    const a = entries(old.table, section)
    const b = entries(now.table, section)
    for (const alias of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const how = !Object.hasOwn(b, alias)
        ? 'removed'
        : !Object.hasOwn(a, alias)
          ? 'added'
          : sameToml(a[alias], b[alias])
            ? undefined
            : 'changed'
      if (how === undefined) continue
      const what = `${NOUN[section]} ${alias} ${how}`
      add(PREFIX[section] + catalogAccessorOf(alias), what)
      changed[section].push([alias, how])
      if (section === 'libraries') libraries.set(catalogAccessorOf(alias), what)
    }
  }
  // A version reaches what takes it by reference, on either side (indexed once: linear).
  const takers = new Map<string, [Section, string][]>()
  for (const c of [old, now]) {
    for (const section of ['libraries', 'plugins'] as const) {
      for (const [alias, ref] of c.refs[section]) {
        if (ref === '') continue
        const list = takers.get(ref) ?? []
        list.push([section, alias])
        takers.set(ref, list)
      }
    }
  }
  for (const [v, how] of changed.versions) {
    for (const [section, alias] of takers.get(catalogAccessorOf(v)) ?? []) {
      const what = `${NOUN[section]} ${alias} takes version ${v}, which ${how}`
      add(PREFIX[section] + catalogAccessorOf(alias), what)
      if (section === 'libraries' && !libraries.has(catalogAccessorOf(alias)))
        libraries.set(catalogAccessorOf(alias), what)
    }
  }
  // A library reaches the bundles that list it, on either side.
  for (const c of [old, now]) {
    for (const [bundle, members] of Object.entries(entries(c.table, 'bundles'))) {
      for (const m of members as string[]) {
        const why = libraries.get(catalogAccessorOf(m))
        if (why !== undefined)
          add(`bundles.${catalogAccessorOf(bundle)}`, `bundle ${bundle} lists ${m} (${why})`)
      }
    }
  }
  const list = [...parts.values()]
  return { parts: list, none: list.length === 0 ? ['only comments or layout changed'] : [] }
}
