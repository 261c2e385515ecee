/**
 * The values of a bake folder's targets as text: literals, and `${VAR}` from the variables'
 * defaults. The work for one value is bounded: at most MAX_VAR_DEPTH variables deep, MAX_READS
 * variables read and MAX_LENGTH characters long (defaults that each use another several times
 * would otherwise grow exponentially); past a bound the value is not known.
 */
import { shown } from '../common.js'
import type { Folder } from './folder.js'
import type { HclValue } from './hcl.js'

const MAX_VAR_DEPTH = 8
const MAX_READS = 1000
const MAX_LENGTH = 4096

type Evaluated = { value: string } | { why: string }

/** What one evaluation has done so far: the variables being read, and how many were read. */
interface Work {
  readonly seen: Set<string>
  reads: number
}

/** Evaluates a value to text from the variables' defaults; `why` says what could not be read. */
export function evaluate(folder: Folder, v: HclValue): Evaluated {
  return value(folder, v, 0, { seen: new Set(), reads: 0 })
}

function value(folder: Folder, v: HclValue, depth: number, work: Work): Evaluated {
  if (v.t === 'lit') return { value: v.value }
  if (v.t === 'ref') return variable(folder, v.name, depth, work)
  if (v.t === 'str') {
    let out = ''
    for (const p of v.parts) {
      if ('lit' in p) out += p.lit
      else {
        const e = p.expr.trim()
        if (p.open) return { why: `uses \${${shown(e, 60)} without a closing }` }
        if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(e))
          return { why: `uses \${${shown(e, 60)}}, an expression` }
        const r = variable(folder, e, depth, work)
        if ('why' in r) return r
        out += r.value
      }
      if (out.length > MAX_LENGTH) {
        return { why: `is over ${MAX_LENGTH} characters long` }
      }
    }
    return { value: out }
  }
  if (v.t === 'expr') return { why: `is an expression (${shown(v.text, 60)})` }
  return { why: 'is not a single value' }
}

function variable(folder: Folder, name: string, depth: number, work: Work): Evaluated {
  const d = folder.vars.get(name)
  if (!d) return { why: `uses \${${name}}, which is not a variable of the bake file` }
  if (d.value === undefined) return { why: `uses \${${name}}, a variable without a default` }
  if (work.seen.has(name)) return { why: `uses \${${name}}, which refers to itself` }
  if (depth >= MAX_VAR_DEPTH) {
    return { why: `uses \${${name}}, more than ${MAX_VAR_DEPTH} variables deep` }
  }
  if (++work.reads > MAX_READS) {
    return { why: `uses \${${name}}, past ${MAX_READS} variables read for one value` }
  }
  work.seen.add(name)
  const r = value(folder, d.value, depth + 1, work)
  work.seen.delete(name)
  if ('why' in r) return { why: `uses \${${name}}, whose default ${r.why}` }
  return r
}

/** The text a string value is written as, for names (`${TAG}` kept). */
export function written(v: HclValue): string | undefined {
  return v.t === 'str' ? v.raw : v.t === 'lit' ? v.value : undefined
}
