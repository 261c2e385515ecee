/**
 * What the steps of a workflow job share (env, working directory, matrix, metadata steps), and
 * GitHub's expressions in their values: `${{ matrix.x }}` over a literal job matrix,
 * `${{ env.X }}` from literal env values, `${{ github.workspace }}` as the workspace.
 */
import { shown } from '../common.js'
import type { DeclaredBuild } from '../types.js'
import { matrixValue, type Combo } from './matrix.js'

/** Stands for the workspace folder (the repository root) at the start of a path. */
export const WORKSPACE = '\uE001'

export type Env = ReadonlyMap<string, string>

/** What a job's steps share. */
export interface JobScope {
  readonly job: string
  readonly env: Env
  readonly workingDirectory: string | undefined
  readonly combos: readonly Combo[] | { why: string } | undefined
  /** `docker/metadata-action` step ids with the images they tag. */
  readonly metadata: ReadonlyMap<string, readonly string[]>
}

/**
 * Replaces `${{ ... }}` expressions: `matrix.*` from the combination, `env.X` from literal env
 * values, `github.workspace` as the workspace. Undefined value with `why` otherwise.
 */
export function expand(
  text: string,
  combo: Combo | undefined,
  combosWhy: string | undefined,
  env: Env
): { value: string } | { why: string } {
  let out = ''
  let i = 0
  while (i < text.length) {
    const a = text.indexOf('${{', i)
    if (a < 0) {
      out += text.slice(i)
      break
    }
    out += text.slice(i, a)
    const b = text.indexOf('}}', a + 3)
    if (b < 0) return { why: `uses an unterminated expression ${shown(text.slice(a), 40)}` }
    const expr = text.slice(a + 3, b).trim()
    const written = `\${{ ${expr} }}`
    const path = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*$/.test(expr) ? expr.split('.') : undefined
    if (path?.[0] === 'matrix' && path.length > 1) {
      if (!combo) return { why: `uses ${written}, and ${combosWhy ?? 'the job has no matrix'}` }
      const v = matrixValue(combo, path.slice(1))
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
        return { why: `uses ${written}, which the matrix does not set to a value` }
      }
      out += String(v)
    } else if (path?.[0] === 'env' && path.length === 2 && env.has(path[1] as string)) {
      out += env.get(path[1] as string)
    } else if (expr === 'github.workspace') {
      out += WORKSPACE
    } else return { why: `uses ${shown(written, 60)}, an expression` }
    i = b + 2
  }
  return { value: out }
}

/** The repository folder and path a written path is relative to, with the workspace marker read. */
export function rooted(path: string, cwd: string): { base: string; rel: string } {
  if (path.startsWith(WORKSPACE)) return { base: '', rel: path.slice(1).replace(/^\/+/, '') || '.' }
  return { base: cwd, rel: path }
}

/** The matrix keys a text refers to (`${{ matrix.app }}` → app). */
function matrixKeys(text: string): string[] {
  return [...new Set([...text.matchAll(/matrix\.([A-Za-z_][\w-]*)/g)].map((m) => m[1] as string))]
}

export function comboWords(combo: Combo | undefined, keys: readonly string[]): string {
  if (!combo || keys.length === 0) return ''
  const parts = keys.map((k) => {
    const v = combo[k]
    return `${k}=${typeof v === 'object' ? shown(JSON.stringify(v), 40) : String(v)}`
  })
  return ` with matrix ${parts.join(', ')}`
}

/** Runs `each` once per matrix combination the texts refer to (once when they refer to none). */
export function perCombo(
  scope: JobScope,
  texts: readonly string[],
  each: (combo: Combo | undefined, combosWhy: string | undefined, keys: string[]) => DeclaredBuild[]
): DeclaredBuild[] {
  const keys = matrixKeys(texts.join('\n'))
  if (keys.length === 0) return each(undefined, undefined, [])
  const combos = scope.combos
  if (combos === undefined) return each(undefined, 'the job has no matrix', keys)
  if ('why' in combos) return each(undefined, combos.why, keys)
  const seen = new Set<string>()
  const out: DeclaredBuild[] = []
  for (const c of combos) {
    for (const b of each(c, undefined, keys)) {
      const key = JSON.stringify([b.context, b.dockerfile, b.names, b.unresolved, b.line])
      if (seen.has(key)) continue
      seen.add(key)
      out.push(b)
    }
  }
  return out
}
