/**
 * The version catalog accessors a Gradle script (Groovy or Kotlin DSL) reads through the default
 * catalog name `libs` (pure, read as text, comments skipped, in linear time):
 *
 * - typed accessors: `libs.spring.boot.web`, `libs.bundles.x`, `libs.plugins.y` (also in
 *   `alias(...)`), `libs.versions.z.get()`, and in string interpolations (`"${libs.versions.z.get()}"`);
 *   a call at the end of the chain is left off (`libs.spring.boot.asProvider()` → `spring.boot`);
 * - lookups by a literal alias, whatever catalog they go through: `findLibrary("spring-boot")` →
 *   `spring.boot`, `findVersion("x")` → `versions.x`, `findBundle` → `bundles.x`, `findPlugin` →
 *   `plugins.x` (and the same with `get`).
 *
 * Reported as dynamic (the whole catalog then counts): a lookup by a computed alias
 * (`findLibrary(name)`, not `findPlugin(JavaPlugin)` nor `getVersion(x)`/`getPlugin(x)`, which
 * are Gradle API names too), `versionCatalogs.named(x)` or any other use of `versionCatalogs`
 * than a literal `named`/`find`/`getByName` or a `versionCatalogs {}` block, the alias lists
 * (`libraryAliases`, `getBundleAliases()`...), `libs[x]` or `libs."$x"`, a method called on
 * `libs` itself, `libs` passed on as a value (not `val libs =`, `libs: T` nor a block `libs {}`),
 * and `LibrariesForLibs` outside an import or a line declaring `libs`.
 */
import { catalogAccessorOf } from './catalog-diff.js'
import { interpolations, lex } from '../lex.js'

/** What a script reads of the catalog `libs`. */
export interface CatalogReferences {
  readonly refs: { readonly accessor: string; readonly line: number }[]
  readonly dynamic: { readonly line: number; readonly what: string }[]
}

interface Literal {
  readonly value: string
  readonly dynamic: boolean
}

const WORD =
  /(?<![\w$])(?:libs|versionCatalogs|LibrariesForLibs|(?:find|get)(?:Library|Version|Bundle|Plugin)|get(?:Library|Version|Bundle|Plugin)Aliases|(?:library|version|bundle|plugin)Aliases)(?![\w$])/g
/** A segment that is a keyword itself: the accessor chain stops before it. */
const KEYWORD = /^(?:(?:find|get)(?:Library|Version|Bundle|Plugin)|\w*Aliases)$/
const SEGMENT = /\s*\.\s*([A-Za-z_]\w*)/y
const NAMED = /\s*\.\s*(?:named|find|getByName)\s*\(/y
const PREFIX: Record<string, string> = {
  Library: '',
  Version: 'versions.',
  Bundle: 'bundles.',
  Plugin: 'plugins.'
}

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c)

/** A quoted literal at `pos` (after blanks) of a text whose strings are not blanked. */
function rawLiteral(text: string, pos: number): Literal | undefined {
  let p = pos
  while (isSpace(text[p])) p++
  const q = text[p]
  if (q !== '"' && q !== "'") return undefined
  const end = text.indexOf(q, p + 1)
  if (end < 0) return undefined
  const value = text.slice(p + 1, end)
  return { value, dynamic: q === '"' && value.includes('$') }
}

/** Reads the accessors of a script. Never throws. */
export function catalogReferences(text: string): CatalogReferences {
  const lx = lex(text)
  const refs: { accessor: string; line: number }[] = []
  const seen = new Set<string>()
  const dynamic: { line: number; what: string }[] = []

  /** Scans `skel` (offset `base` in the text); `literal` finds a string literal at a position. */
  const scan = (skel: string, base: number, literal: (pos: number) => Literal | undefined) => {
    const line = (p: number): number => lx.lineOf(base + p)
    const ref = (p: number, accessor: string): void => {
      const key = `${line(p)} ${accessor}`
      if (seen.has(key)) return
      seen.add(key)
      refs.push({ accessor, line: line(p) })
    }
    const skip = (p: number): number => {
      let k = p
      while (isSpace(skel[k])) k++
      return k
    }
    const re = new RegExp(WORD.source, 'g')
    let m: RegExpExecArray | null
    while ((m = re.exec(skel)) !== null) {
      const p = m.index
      const w = m[0]
      const e = p + w.length
      if (w === 'libs') {
        const segs: { name: string; start: number }[] = []
        let pos = e
        for (;;) {
          SEGMENT.lastIndex = pos
          const s = SEGMENT.exec(skel)
          if (s === null || KEYWORD.test(s[1] as string)) break
          segs.push({ name: s[1] as string, start: pos })
          pos = SEGMENT.lastIndex
        }
        let called: string | undefined
        // A call ends the chain: the segment called is not part of the accessor.
        if (segs.length > 0 && skel[skip(pos)] === '(') {
          const last = segs.pop() as { name: string; start: number }
          pos = last.start
          called = last.name
        }
        re.lastIndex = Math.max(pos, e)
        if (segs.length > 0) ref(p, segs.map((s) => s.name).join('.'))
        else if (called !== undefined)
          dynamic.push({ line: line(p), what: `libs.${called}(...) is called on the catalog` })
        else if (skel[p - 1] !== '.') {
          const a = skip(e)
          const after = skel[a]
          const then = skel[skip(a + 1)] ?? ''
          const declared = /(?:\bval|\bvar|\bdef)\s+$/.test(skel.slice(Math.max(0, p - 20), p))
          // `libs.findLibrary(...)`: the keyword is read on its own.
          if (after === '.' && /[A-Za-z_]/.test(then)) continue
          if (after === '[' || after === '.')
            dynamic.push({ line: line(p), what: 'libs is read by a computed alias' })
          else if (!declared && after !== ':' && after !== '{' && !(after === '=' && then !== '='))
            dynamic.push({ line: line(p), what: 'libs is passed on as a whole' })
        }
      } else if (w === 'versionCatalogs') {
        NAMED.lastIndex = e
        if (NAMED.exec(skel) !== null) {
          const lit = literal(NAMED.lastIndex)
          if (lit === undefined || lit.dynamic)
            dynamic.push({
              line: line(p),
              what: 'versionCatalogs names a catalog by a computed name'
            })
        } else if (skel[skip(e)] !== '{')
          dynamic.push({ line: line(p), what: 'versionCatalogs is read as a whole' })
      } else if (w === 'LibrariesForLibs') {
        const back = skel.slice(Math.max(0, p - 200), p)
        const own = back.slice(back.lastIndexOf('\n') + 1)
        const whole = own.length < back.length || p <= 200
        if (!whole || !(/^\s*import\b/.test(own) || /(?<![\w$])libs(?![\w$])/.test(own)))
          dynamic.push({ line: line(p), what: 'LibrariesForLibs is read under another name' })
      } else if (w.endsWith('Aliases')) {
        dynamic.push({ line: line(p), what: `${w} lists the aliases of a catalog` })
      } else {
        const kind = w.slice(w.startsWith('find') ? 4 : 3)
        const open = skip(e)
        const call = skel[open] === '('
        if (call && skel[skip(open + 1)] === ')') continue
        const lit = literal(call ? open + 1 : e)
        if (lit !== undefined && !lit.dynamic)
          ref(p, (PREFIX[kind] ?? '') + catalogAccessorOf(lit.value))
        else if (
          call &&
          (w.startsWith('find') || kind === 'Library' || kind === 'Bundle') &&
          !(kind === 'Plugin' && /[A-Z]/.test(skel[skip(open + 1)] ?? ''))
        )
          dynamic.push({ line: line(p), what: `${w}(...) looks up a computed alias` })
      }
    }
  }

  scan(lx.skeleton, 0, (pos) => lx.stringAt(pos))
  for (const s of lx.strings) {
    if (!s.dynamic) continue
    const at = s.start + (text.startsWith('"""', s.start) ? 3 : 1)
    for (const i of interpolations(s.value, /[\w.]+/y)) {
      const from = i.start + (i.braced ? 2 : 1)
      scan(i.inner, at + from, (pos) => rawLiteral(i.inner, pos))
    }
  }
  return { refs, dynamic }
}
