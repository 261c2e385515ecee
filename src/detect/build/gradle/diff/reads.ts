/**
 * What the build of one Gradle image reads of the files every build shares (pure): the property
 * keys, catalog aliases, plugin ids and task names that its scripts name. A shared build file's
 * input then counts only when a part the build names changed (parts.ts).
 *
 * The readers are the image's own scripts and those of the projects it depends on, the settings,
 * the convention plugins it applies and the build files of the builds providing them, and the
 * scripts of its ancestor projects, without what only configures an ancestor itself (its
 * verification and release blocks, the tasks it registers, the plugins it only puts on the
 * classpath: script-view.ts) unless the build names them.
 *
 * A name counts as read where it appears in a reader's text as a whole word, quoted or not: more
 * than Gradle would read, never less. Forms that read names not written in the text (a computed
 * `findProperty(name)`, `project.properties`, a computed catalog lookup) and binary plugins,
 * whose sources are not read, make every name count.
 */
import { catalogAccessorOf } from './catalog-diff.js'
import { catalogReferences } from './catalog-refs.js'
import { readToml, tomlGet } from '../../python/toml.js'
import { memo } from '../../../../util/memo.js'
import { lex } from '../lex.js'
import { isTestConfiguration } from '../script.js'
import { scriptView } from './script-view.js'
import { type Statement, codeOf, pluginEntry, scriptStatements } from './statements.js'
import type { ChangedPart } from '../../parts.js'
import type { SourceTree } from '../../types.js'

/** One text of the build that may name a part of a shared build file. */
export interface Reader {
  /** Unique per text: a file, or a file and a piece of it. */
  readonly key: string
  /** In words, completing "read by ...": `app/build.gradle`, `plugin local.java (buildSrc/src/main/groovy/local.java.gradle), applied by app/build.gradle`. */
  readonly label: string
  readonly text: string
}

/** Caches shared by every image of one tree: scans of a text for a name, views, references. */
interface TreeCache {
  readonly mentions: Map<string, boolean>
  readonly views: Map<string, { base: string; pieces: Piece[] }>
  readonly refs: Map<string, { accessors: string[]; dynamic?: string }>
  readonly dynamic: Map<string, string | undefined>
  /** Reader texts without their comments, by reader key. */
  readonly codes: Map<string, string>
}
interface Piece {
  readonly kind: 'plugin' | 'alias' | 'task'
  readonly name: string
  readonly text: string
  readonly line: number
}

const caches = new WeakMap<SourceTree, TreeCache>()
const cacheOf = (tree: SourceTree): TreeCache =>
  memo(caches, tree, () => ({
    mentions: new Map(),
    views: new Map(),
    refs: new Map(),
    dynamic: new Map(),
    codes: new Map()
  }))

// A `-` ends a name: `"$guava_version-jre"` reads guava_version.
const WORD = /[A-Za-z0-9_]/
/** Whether `name` appears in `text` as a whole word (a `.` or `-` may come before or after it). */
export function mentions(text: string, name: string): boolean {
  if (name === '') return false
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const before = i === 0 ? '' : (text[i - 1] as string)
    const after = text[i + name.length] ?? ''
    if (!WORD.test(before) && !WORD.test(after)) return true
  }
  return false
}

/**
 * A property read whose key is not written out: `findProperty(name)`, `project.properties`,
 * `providers.gradlePropertiesPrefixedBy("db.")`.
 */
export function dynamicPropertyRead(text: string): string | undefined {
  const { skeleton, lineOf } = lex(text)
  const m =
    /(?<![\w.])(?:project\s*\.\s*)?(?:properties(?!\s*\{)|getProperties\s*\()(?![\w])/.exec(
      skeleton
    ) ??
    // Another project's, or the extra properties: `rootProject.properties`, `project(':a').properties`.
    /(?:\b\w*[pP]roject|\bparent|\bext|\bextra|\))\s*\.\s*(?:properties|getProperties\s*\()(?!\w)/.exec(
      skeleton
    ) ??
    /\b(?:findProperty|property|hasProperty|getProperty|gradleProperty)\s*\(\s*(?!["'\s])/.exec(
      skeleton
    ) ??
    /(?:\b(?:ext|extra)|\b\w*[pP]roject)\s*(?:\[|\.get\s*\()\s*(?!["'\s])/.exec(skeleton) ??
    // Every key that starts with a prefix: `providers.gradlePropertiesPrefixedBy("db.")`.
    /\bgradlePropertiesPrefixedBy\s*\(/.exec(skeleton)
  return m ? `line ${lineOf(m.index)}: ${m[0].trim()}` : undefined
}

/**
 * An ancestor's script as readers: its view without what configures the ancestor only, and
 * each such piece apart (a plugin entry, a task), which counts only when the build names it.
 */
function ancestorView(
  file: string,
  text: string,
  cache: TreeCache
): { base: string; pieces: Piece[] } {
  return memo(cache.views, file, () => readAncestor(text))
}

/** `ancestorView` before the cache. */
function readAncestor(text: string): { base: string; pieces: Piece[] } {
  const base = codeOf(scriptView(text, 'ancestor', () => false))
  const st = scriptStatements(text)
  const pieces: Piece[] = []
  const cut = (s: Statement): string => st.code.slice(s.start, s.end)
  for (const s of st.statements) {
    if (s.kind === 'task' && s.task !== undefined)
      pieces.push({ kind: 'task', name: s.task, text: cut(s), line: s.line })
    if (s.kind === 'plugins')
      for (const x of st.inside(s)) {
        const e = pluginEntry(x.code)
        if (e?.applyFalse)
          pieces.push({
            kind: e.alias ? 'alias' : 'plugin',
            name: e.id,
            text: cut(x),
            line: x.line
          })
      }
  }
  return { base, pieces }
}

/** What one image's build reads, by name: built once per image, asked per changed part. */
export class BuildReads {
  private readonly cache: TreeCache
  private readonly readers: Reader[] = []
  /** Why every name counts (a binary plugin, a computed property read), if it does. */
  private everything: string | undefined

  /**
   * `own`: the image's scripts, the settings, applied convention plugins (with their view) and
   * other files read whole; `ancestors`: the scripts of its ancestor projects.
   */
  /** The pieces of ancestors that the build names (`task:devloop`, `plugin:x`). */
  readonly kept = new Set<string>()

  constructor(
    tree: SourceTree,
    own: readonly Reader[],
    ancestors: readonly { readonly file: string; readonly text: string }[],
    binary: readonly string[],
    /** The plugins of the version catalog: `plugins.spring.boot` -> `org.springframework.boot`. */
    private readonly pluginIds: ReadonlyMap<string, string> = new Map()
  ) {
    this.cache = cacheOf(tree)
    // Names in comments are read by no build.
    for (const r of own) {
      this.readers.push({ ...r, text: memo(this.cache.codes, r.key, () => codeOf(r.text)) })
    }
    const pieces: [string, Piece][] = []
    for (const a of ancestors) {
      const v = ancestorView(a.file, a.text, this.cache)
      this.readers.push({ key: `${a.file}#view`, label: a.file, text: v.base })
      for (const p of v.pieces) pieces.push([a.file, p])
    }
    // A piece of an ancestor counts when the rest of the build names it (a plugin by its id or
    // by its catalog alias).
    const named = [...this.readers]
    for (const [file, p] of pieces)
      if (this.sameAs(p.kind, p.name).some((n) => this.namedIn(named, n) !== undefined)) {
        this.kept.add(`${p.kind}:${p.name}`)
        this.readers.push({
          key: `${file}#${p.kind}:${p.name}`,
          label: `${file} line ${p.line}`,
          text: p.text
        })
      }
    if (binary.length > 0)
      this.everything = `binary plugin ${binary[0]}, whose sources are not read, so any name may be read`
  }

  private namedIn(readers: readonly Reader[], name: string): Reader | undefined {
    return readers.find((r) =>
      memo(this.cache.mentions, `${r.key}\0${name}`, () => mentions(r.text, name))
    )
  }

  private dynamicRead(): string | undefined {
    for (const r of this.readers) {
      const d = memo(this.cache.dynamic, r.key, () => dynamicPropertyRead(r.text))
      if (d !== undefined) return `${r.label} ${d}, which may read any property`
    }
    return undefined
  }

  private referencesOf(r: Reader): { accessors: string[]; dynamic?: string } {
    return memo(this.cache.refs, r.key, () => {
      const found = catalogReferences(r.text)
      const d = found.dynamic[0]
      // A library declared in a test configuration (`testImplementation libs.junit`) reaches no image.
      const lines = found.refs.length > 0 ? r.text.split('\n') : []
      const forTests = (line: number): boolean => {
        const config = /^\s*([A-Za-z_]\w*)\s*[( ]/.exec(lines[line - 1] ?? '')?.[1]
        return config !== undefined && isTestConfiguration(config)
      }
      return {
        accessors: found.refs.filter((x) => !forTests(x.line)).map((x) => x.accessor),
        ...(d ? { dynamic: `line ${d.line}: ${d.what}` } : {})
      }
    })
  }

  /** The names a plugin goes by: its id and its catalog aliases (`plugins.x`). */
  private sameAs(kind: string, name: string): string[] {
    if (kind === 'plugin')
      return [name, ...[...this.pluginIds].filter(([, id]) => id === name).map(([a]) => a)]
    const id = kind === 'alias' ? this.pluginIds.get(name) : undefined
    return id === undefined ? [name] : [name, id]
  }

  /** Who reads a part (see Part.reads); undefined when no reader names it. */
  readonly reads = (kind: ChangedPart['kind'], name: string): string | undefined => {
    if (this.everything !== undefined) return this.everything
    // A plugin read by its id where the change names its alias, or the other way round.
    if (kind === 'plugin' || (kind === 'alias' && this.pluginIds.has(name)))
      for (const n of this.sameAs(kind, name).slice(1)) {
        const r = this.readsOne(n.startsWith('plugins.') ? 'alias' : 'plugin', n)
        if (r !== undefined) return r
      }
    return this.readsOne(kind, name)
  }

  private readsOne(kind: ChangedPart['kind'], name: string): string | undefined {
    if (kind === 'alias') {
      for (const r of this.readers) {
        const refs = this.referencesOf(r)
        if (refs.dynamic !== undefined)
          return `${r.label} (${refs.dynamic}, a computed catalog lookup)`
        const hit = refs.accessors.some(
          (a) => a === name || a.startsWith(`${name}.`) || name.startsWith(`${a}.`)
        )
        if (hit) return r.label
      }
      return undefined
    }
    if (kind === 'key') {
      const dynamic = this.dynamicRead()
      if (dynamic !== undefined) return dynamic
    }
    const r = this.namedIn(this.readers, name)
    if (r !== undefined) return r.label
    if (kind === 'key' && name.includes('.'))
      return 'Gradle or a plugin (a dotted key that no script names is read by name)'
    return undefined
  }
}

/** The plugin ids of a version catalog by accessor (`plugins.spring.boot`), read once per tree. */
const pluginIdCache = new WeakMap<SourceTree, Map<string, string>>()
export function catalogPluginIds(tree: SourceTree, file: string): ReadonlyMap<string, string> {
  return memo(pluginIdCache, tree, () => {
    const ids = new Map<string, string>()
    const text = tree.read(file)
    const toml = text === undefined ? undefined : readToml(text)
    const plugins = toml && 'table' in toml ? tomlGet(toml.table, 'plugins') : undefined
    if (plugins === undefined || typeof plugins !== 'object' || Array.isArray(plugins)) return ids
    for (const [alias, v] of Object.entries(plugins)) {
      const id =
        typeof v === 'string'
          ? v.split(':')[0]
          : typeof v === 'object' && !Array.isArray(v)
            ? tomlGet(v, 'id')
            : undefined
      if (typeof id === 'string' && id !== '') ids.set(`plugins.${catalogAccessorOf(alias)}`, id)
    }
    return ids
  })
}
