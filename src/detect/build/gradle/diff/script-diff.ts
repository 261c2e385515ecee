/**
 * What changed in a shared Gradle build script between the tag and the head, statement by
 * statement (pure): a root or ancestor project's script (`ancestor`), or a convention plugin
 * (`convention`) applied by the projects that build images.
 *
 * - `plugins {}`: an entry that only puts a plugin on the classpath (`apply false`, in an
 *   ancestor's script) counts for the projects that apply that plugin; a verification,
 *   reporting or versioning plugin (spotless, jacoco, nebula.lint, axion-release...) for none;
 *   any other entry for all.
 * - `subprojects {}`, `allprojects {}`, `afterEvaluate {}`, `pluginManager.withPlugin() {}`: the
 *   statements inside, by the same rules (a header that changed counts for all).
 * - `dependencies {}`: only test configurations changed counts for none; anything else for all.
 * - Verification and publishing (`test`, `spotless`, `jacocoTestReport`, `tasks.withType(Test)`,
 *   `publishing`...) and release/versioning (`scmVersion`, `release`, `wrapper`) count for none.
 * - A task an ancestor registers or configures for itself counts for the builds that name it.
 * - Anything else, statements that moved, and a script added or deleted count for all.
 *
 * script-view.ts blanks the same statements out of a script for the readers of what it uses.
 */
import type { ChangedPart, FileChange } from '../../parts.js'
import { isTestConfiguration } from '../script.js'
import {
  type ScriptStatements,
  type Statement,
  VERIFICATION_PLUGINS,
  pluginEntry,
  scriptStatements
} from './statements.js'

export type ScriptRole = 'ancestor' | 'convention'

interface Found {
  all?: string
  readonly parts: ChangedPart[]
  readonly none: string[]
}

/** What changed in a script, read as `role`; undefined texts are a script added or deleted. */
export function scriptChange(
  before: string | undefined,
  after: string | undefined,
  role: ScriptRole
): FileChange {
  if (before === undefined || after === undefined)
    return { all: `the script was ${before === undefined ? 'added' : 'deleted'}`, ...NOTHING }
  if (before === after) return NOTHING
  const b = scriptStatements(before)
  const a = scriptStatements(after)
  const found: Found = { parts: [], none: [] }
  compare(b, b.statements, a, a.statements, role, found, 0)
  if (found.all !== undefined) return { all: found.all, ...NOTHING }
  if (found.parts.length === 0 && found.none.length === 0)
    found.none.push('only comments or layout changed')
  return found
}

const NOTHING: FileChange = { parts: [], none: [] }

/** Statements by a key that survives edits elsewhere: the head, numbered when repeated. */
function keyed(list: readonly Statement[]): Map<string, Statement> {
  const count = new Map<string, number>()
  const out = new Map<string, Statement>()
  for (const s of list) {
    const head = s.head === '' ? `code ${s.code}` : s.head
    const n = (count.get(head) ?? 0) + 1
    count.set(head, n)
    out.set(`${head}#${n}`, s)
  }
  return out
}

/**
 * How deep blocks that hold statements are read: each level splits its body again, so deeper
 * ones (never seen in a real script) count for all, which keeps the differ linear.
 */
export const MAX_DEPTH = 16

function compare(
  bs: ScriptStatements,
  bList: readonly Statement[],
  as: ScriptStatements,
  aList: readonly Statement[],
  role: ScriptRole,
  found: Found,
  depth: number
): void {
  if (depth > MAX_DEPTH) {
    found.all = `blocks nested more than ${MAX_DEPTH} deep changed`
    return
  }
  const kb = keyed(bList)
  const ka = keyed(aList)
  const common = (m: Map<string, Statement>, o: Map<string, Statement>): string =>
    [...m.keys()].filter((k) => o.has(k)).join('\n')
  if (common(kb, ka) !== common(ka, kb)) {
    found.all = 'statements were reordered'
    return
  }
  for (const key of new Set([...ka.keys(), ...kb.keys()])) {
    const sb = kb.get(key)
    const sa = ka.get(key)
    if (sb?.code === sa?.code) continue
    classify(bs, sb, as, sa, role, found, depth)
    if (found.all !== undefined) return
  }
}

/** The kinds of statements read by their body. */
const BLOCKS: ReadonlySet<Statement['kind']> = new Set([
  'plugins',
  'children',
  'wrapper',
  'dependencies'
])

/** A block's code outside its body, blanks dropped. */
function outside(x: ScriptStatements, st: Statement): string {
  if (st.body === undefined) return st.code
  return (x.code.slice(st.start, st.body.start) + x.code.slice(st.body.end, st.end)).replace(
    /\s+/g,
    ''
  )
}

/** The configuration a line of `dependencies {}` adds to ('' when it is not named plainly). */
const configOf = (s: Statement): string => /^[A-Za-z_]\w*/.exec(s.code)?.[0] ?? ''

/** Places one statement that changed (added when `sb` is undefined, deleted when `sa` is). */
function classify(
  bs: ScriptStatements,
  sb: Statement | undefined,
  as: ScriptStatements,
  sa: Statement | undefined,
  role: ScriptRole,
  found: Found,
  depth: number
): void {
  const s = (sa ?? sb) as Statement
  const name = s.head === '' ? 'a statement' : s.head
  const at = `${name} (line ${s.line})`
  if (BLOCKS.has(s.kind)) {
    // Read by its body: a block with no body, or whose code outside its body (its header and
    // what follows the closing brace) changed, counts for all.
    const bodiless = [sb, sa].some((x) => x !== undefined && x.body === undefined)
    if (bodiless || (sb && sa && outside(bs, sb) !== outside(as, sa))) {
      found.all = `${at} changed`
      return
    }
  }
  switch (s.kind) {
    case 'plugins':
      return plugins(sb ? bs.inside(sb) : [], sa ? as.inside(sa) : [], role, found)
    case 'children':
    case 'wrapper': {
      const inner: ScriptRole = s.kind === 'children' ? 'convention' : role
      const ib = sb ? bs.inside(sb) : []
      return compare(bs, ib, as, sa ? as.inside(sa) : [], inner, found, depth + 1)
    }
    case 'dependencies': {
      const lb = sb ? bs.inside(sb) : []
      const la = sa ? as.inside(sa) : []
      const kb = keyed(lb)
      const ka = keyed(la)
      for (const key of new Set([...ka.keys(), ...kb.keys()])) {
        const x = ka.get(key) ?? (kb.get(key) as Statement)
        if (kb.get(key)?.code === ka.get(key)?.code) continue
        const config = configOf(x)
        if (!isTestConfiguration(config)) {
          found.all = `dependencies {} (line ${s.line}): ${config || 'a line'} changed`
          return
        }
      }
      // The order of what reaches the image is the order of its classpath.
      const main = (l: readonly Statement[]): string =>
        l
          .filter((x) => !isTestConfiguration(configOf(x)))
          .map((x) => x.code)
          .join('\n')
      if (main(lb) !== main(la)) {
        found.all = `dependencies {} (line ${s.line}): dependencies were reordered`
        return
      }
      found.none.push(`only test dependencies changed (line ${s.line})`)
      return
    }
    case 'verification':
      found.none.push(`${at} changed (verification, reports or publishing only)`)
      return
    case 'release':
      found.none.push(`${at} changed (release and versioning only)`)
      return
    case 'task':
      if (role === 'ancestor' && s.task !== undefined) {
        found.parts.push({ kind: 'task', name: s.task, what: `${at} changed` })
        return
      }
      found.all = `${at} changed`
      return
    case 'other': {
      const keys = extKeys(bs, sb, as, sa)
      if (keys === undefined) found.all = `${at} changed`
      else
        for (const k of keys) found.parts.push({ kind: 'key', name: k, what: `ext ${k} changed` })
    }
  }
}

/**
 * The extra properties that changed, for an `ext {}` block or an `ext.k = v` line: like the keys
 * of gradle.properties, they count for the builds that name them. Undefined when the statement
 * is not one of these, or holds anything else.
 */
function extKeys(
  bs: ScriptStatements,
  sb: Statement | undefined,
  as: ScriptStatements,
  sa: Statement | undefined
): string[] | undefined {
  const line = /^ext\s*\.\s*([A-Za-z_]\w*)\s*=/
  const one = (st: Statement | undefined): string | undefined =>
    st ? line.exec(st.code)?.[1] : undefined
  if ((sa ?? sb)?.head.startsWith('ext.')) {
    const k = one(sa) ?? one(sb)
    return k !== undefined && (!sa || one(sa) === k) && (!sb || one(sb) === k) ? [k] : undefined
  }
  const block = (
    x: ScriptStatements,
    st: Statement | undefined
  ): Map<string, string> | undefined => {
    if (st === undefined) return new Map()
    if (st.head !== 'ext' || outside(x, st) !== 'ext{}') return undefined
    const out = new Map<string, string>()
    for (const i of x.inside(st)) {
      const k = /^([A-Za-z_]\w*)\s*=/.exec(i.code)?.[1]
      if (k === undefined || out.has(k)) return undefined
      out.set(k, i.code)
    }
    return out
  }
  const b = block(bs, sb)
  const a = block(as, sa)
  if (b === undefined || a === undefined) return undefined
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k))
}

/** The entries of a `plugins {}` block that changed. */
function plugins(
  bList: readonly Statement[],
  aList: readonly Statement[],
  role: ScriptRole,
  found: Found
): void {
  const entries = (
    list: readonly Statement[]
  ): Map<string, { code: string; e: ReturnType<typeof pluginEntry> }> =>
    new Map(
      list.map((s) => {
        const e = pluginEntry(s.code)
        return [e?.id ?? `code ${s.code}`, { code: s.code, e }]
      })
    )
  const eb = entries(bList)
  const ea = entries(aList)
  for (const id of new Set([...ea.keys(), ...eb.keys()])) {
    const b = eb.get(id)
    const a = ea.get(id)
    if (b?.code === a?.code) continue
    const sides = [b?.e, a?.e].filter((x, i) => (i === 0 ? b : a) !== undefined)
    if (sides.some((x) => x === undefined)) {
      found.all = `plugins {}: ${(a ?? b)?.code ?? id} changed`
      return
    }
    const e = (a?.e ?? b?.e) as NonNullable<ReturnType<typeof pluginEntry>>
    if (VERIFICATION_PLUGINS.has(e.id)) {
      found.none.push(
        `plugins {}: ${e.id} changed (a verification, reporting or versioning plugin)`
      )
      continue
    }
    if (role === 'ancestor' && sides.every((x) => x?.applyFalse)) {
      const kind = e.alias ? 'alias' : 'plugin'
      found.parts.push({ kind, name: e.id, what: `plugins {}: ${e.id} (apply false) changed` })
      continue
    }
    found.all = `plugins {}: ${e.id} changed`
    return
  }
}
