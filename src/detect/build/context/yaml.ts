/**
 * Reading YAML build files node by node, with the line of each key: aliases are followed (each
 * resolved once, in one pass over the document) and merge keys (`<<: *defaults`, common in
 * compose files) are looked into with a bound, so an alias-heavy file stays linear. Nothing
 * here throws.
 */
import {
  isAlias,
  isCollection,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  visit,
  type Alias,
  type Document,
  type Node,
  type YAMLMap,
  type YAMLSeq
} from 'yaml'

/** How deep merge keys are followed before giving up on a lookup. */
const MAX_HOPS = 8

/** The parsed documents of a YAML file, or the line of its first error. */
export type ParsedYaml =
  | { readonly docs: readonly Document.Parsed[]; readonly lines: LineCounter }
  | { readonly errorLine: number }

export function parseYaml(text: string): ParsedYaml {
  const lines = new LineCounter()
  try {
    const docs = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: false })
    const all: Document.Parsed[] = [...docs]
    const empty = 'errors' in docs ? (docs as { errors: Document.Parsed['errors'] }).errors : []
    const errors = [...empty, ...all.flatMap((d) => d.errors)]
    const first = errors[0]
    if (first) return { errorLine: lines.linePos(first.pos[0]).line }
    return { docs: all, lines }
  } catch {
    return { errorLine: 1 }
  }
}

/** The YAML node a document context resolves to, aliases followed. */
export class Yaml {
  /** What each alias of the document points at, made on the first alias followed. */
  private aliases: Map<Alias, unknown> | undefined

  constructor(
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter
  ) {}

  get root(): unknown {
    return this.deref(this.doc.contents)
  }

  /**
   * The node an alias points at, or the node itself. `Alias.resolve` walks the whole document
   * on every call, which made a file with many aliases quadratic; this walks it once, with
   * resolve's rule: the last node with the anchor before the alias, in document order. (An
   * anchored node is never an alias: YAML forbids properties on an alias, and a document with
   * an error is not read, so one hop is all there is.)
   */
  deref(node: unknown): unknown {
    if (!isAlias(node)) return node
    if (!this.aliases) {
      const aliases = new Map<Alias, unknown>()
      const anchors = new Map<string, unknown>()
      visit(this.doc, {
        Node: (_key, n) => {
          if (isAlias(n)) aliases.set(n, anchors.get(n.source))
          else if ((isScalar(n) || isCollection(n)) && n.anchor) anchors.set(n.anchor, n)
        }
      })
      this.aliases = aliases
    }
    return this.aliases.get(node)
  }

  map(node: unknown): YAMLMap | undefined {
    const n = this.deref(node)
    return isMap(n) ? n : undefined
  }

  seq(node: unknown): YAMLSeq | undefined {
    const n = this.deref(node)
    return isSeq(n) ? n : undefined
  }

  /** A scalar as text (numbers and booleans written out); undefined for null, maps and lists. */
  str(node: unknown): string | undefined {
    const n = this.deref(node)
    if (!isScalar(n)) return undefined
    const v = n.value
    if (typeof v === 'string') return v
    // As written (`1.10`, `0x1F`): a parsed scalar keeps its source text.
    if (typeof v === 'number' || typeof v === 'boolean') return n.source
    return undefined
  }

  /** True when the node is a scalar null (or absent). */
  isNull(node: unknown): boolean {
    const n = this.deref(node)
    return n === undefined || n === null || (isScalar(n) && n.value === null)
  }

  /**
   * The pair of a mapping under `key` (the last one when a key repeats), looking into merge
   * keys when the mapping has none of its own, at most MAX_HOPS deep. `seen` holds, for this
   * lookup, the fewest hops at which each mapping was looked into: it has no such pair of its
   * own, and its merge keys are searched (or being searched) from there with at least as many
   * hops left, so it is not looked into again as deep or deeper. That keeps a lookup linear
   * where merge keys point back at their own mapping (`&a {<<: [*a, *a, *a]}`), which would
   * otherwise branch at every hop.
   */
  pair(
    node: unknown,
    key: string,
    hops = 0,
    seen = new Map<YAMLMap, number>()
  ): { key: unknown; value: unknown } | undefined {
    const m = this.map(node)
    if (!m || hops > MAX_HOPS) return undefined
    const before = seen.get(m)
    if (before !== undefined && before <= hops) return undefined
    seen.set(m, hops)
    let found: { key: unknown; value: unknown } | undefined
    const merges: unknown[] = []
    for (const p of m.items) {
      if (!isScalar(p.key)) continue
      const k = p.key.value
      if (k === key) found = { key: p.key, value: p.value }
      else if (k === '<<' && p.key.type === 'PLAIN') merges.push(p.value)
    }
    if (found) return found
    for (const mv of merges) {
      const s = this.seq(mv)
      for (const src of s ? s.items : [mv]) {
        const hit = this.pair(src, key, hops + 1, seen)
        if (hit) return hit
      }
    }
    return undefined
  }

  get(node: unknown, key: string): unknown {
    return this.pair(node, key)?.value
  }

  /** The keys of a mapping with their values, in order (merge keys left out). */
  entries(node: unknown): { key: string; keyNode: unknown; value: unknown }[] {
    const m = this.map(node)
    if (!m) return []
    const out: { key: string; keyNode: unknown; value: unknown }[] = []
    for (const p of m.items) {
      const k = this.str(p.key)
      if (k === undefined || k === '<<') continue
      out.push({ key: k, keyNode: p.key, value: p.value })
    }
    return out
  }

  /** The items of a list (an empty list for anything else). */
  items(node: unknown): unknown[] {
    return this.seq(node)?.items ?? []
  }

  /** The 1-based line where a node starts, or `fallback`. */
  line(node: unknown, fallback = 1): number {
    const n = isNode(node) ? (node as Node) : undefined
    if (!n || !n.range) return fallback
    return this.lines.linePos(n.range[0]).line
  }

  /**
   * The 1-based line where the text of a scalar starts: the line after the indicator of a
   * block scalar (`run: |`), else the line of the scalar itself.
   */
  textLine(node: unknown, fallback = 1): number {
    const n = this.deref(node)
    const first = this.line(n, fallback)
    return isScalar(n) && (n.type === 'BLOCK_LITERAL' || n.type === 'BLOCK_FOLDED')
      ? first + 1
      : first
  }

  /** A plain JavaScript value of a node (aliases capped), or undefined when it cannot be had. */
  js(node: unknown): unknown {
    const n = this.deref(node)
    if (!isNode(n)) return undefined
    try {
      return (n as Node).toJS(this.doc, { maxAliasCount: 100 })
    } catch {
      return undefined
    }
  }
}
