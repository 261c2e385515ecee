/** The values of a bake folder's targets as text: literals, and `${VAR}` from the variables' defaults. */
import { shown } from '../common.js'
import type { Folder } from './folder.js'
import type { HclValue } from './hcl.js'

const MAX_VAR_DEPTH = 8

/** The text of a string value with no interpolation, else undefined. */
export function literal(v: HclValue): string | undefined {
  if (v.t !== 'str') return v.t === 'lit' ? v.value : undefined
  return v.parts.every((p) => 'lit' in p)
    ? v.parts.map((p) => ('lit' in p ? p.lit : '')).join('')
    : undefined
}

/** Evaluates a value to text from the variables' defaults; `why` says what could not be read. */
export function evaluate(
  folder: Folder,
  v: HclValue,
  depth = 0,
  seen: Set<string> = new Set()
): { value: string } | { why: string } {
  if (v.t === 'lit') return { value: v.value }
  if (v.t === 'ref') return variable(folder, v.name, depth, seen)
  if (v.t === 'str') {
    let out = ''
    for (const p of v.parts) {
      if ('lit' in p) {
        out += p.lit
        continue
      }
      const e = p.expr.trim()
      if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(e))
        return { why: `uses \${${shown(e, 60)}}, an expression` }
      const r = variable(folder, e, depth, seen)
      if ('why' in r) return r
      out += r.value
    }
    return { value: out }
  }
  if (v.t === 'expr') return { why: `is an expression (${shown(v.text, 60)})` }
  return { why: 'is not a single value' }
}

function variable(
  folder: Folder,
  name: string,
  depth: number,
  seen: Set<string>
): { value: string } | { why: string } {
  const d = folder.vars.get(name)
  if (!d) return { why: `uses \${${name}}, which is not a variable of the bake file` }
  if (d.value === undefined) return { why: `uses \${${name}}, a variable without a default` }
  if (depth >= MAX_VAR_DEPTH || seen.has(name))
    return { why: `uses \${${name}}, which refers to itself` }
  seen.add(name)
  const r = evaluate(folder, d.value, depth + 1, seen)
  seen.delete(name)
  if ('why' in r) return { why: `uses \${${name}}, whose default ${r.why}` }
  return r
}

/** The text a string value is written as, for names (`${TAG}` kept). */
export function written(v: HclValue): string | undefined {
  return v.t === 'str' ? v.raw : v.t === 'lit' ? v.value : undefined
}
