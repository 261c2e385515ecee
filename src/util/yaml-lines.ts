/**
 * Where a value of a parsed YAML document is written: the line of a key path, so that an error
 * found in the plain JavaScript value can still point at the line to fix.
 */
import { isAlias, isMap, isNode, isScalar, isSeq, type Document, type LineCounter } from 'yaml'

/** A path into a YAML value: mapping keys and list indices. */
export type KeyPath = readonly (string | number)[]

/**
 * The 1-based line of the value at `path` (of its key with `onKey`); when the path leads
 * nowhere, the line of the deepest node found on the way. Aliases are followed.
 */
export function lineOf(
  doc: Document,
  lines: LineCounter,
  path: KeyPath,
  onKey = false
): number | undefined {
  let node: unknown = doc.contents
  let offset = offsetOf(node)
  for (const [i, step] of path.entries()) {
    if (isAlias(node)) node = node.resolve(doc)
    let next: unknown
    let key: unknown
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step))
      key = pair?.key
      next = pair?.value
    } else if (isSeq(node) && typeof step === 'number') {
      next = node.items[step]
    }
    const last = i === path.length - 1
    const at = offsetOf(last && onKey ? key : next) ?? offsetOf(key)
    if (at === undefined) break
    offset = at
    node = next
  }
  return offset === undefined ? undefined : lines.linePos(offset).line
}

function offsetOf(node: unknown): number | undefined {
  return isNode(node) && node.range ? node.range[0] : undefined
}
