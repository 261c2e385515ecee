/**
 * `docker/build-push-action` steps (`context`, `file`, `tags`), with the images of the
 * `docker/metadata-action` steps their tags name. Paths are relative to the repository root;
 * the default context is the Git context (the repository at the ref).
 */
import { finish, setContext, setDockerfile, shown, type Draft } from '../common.js'
import type { DeclaredBuild } from '../types.js'
import type { Yaml } from '../yaml.js'
import {
  comboWords,
  expand,
  perCombo,
  rooted,
  WORKSPACE,
  type Env,
  type JobScope
} from './expressions.js'

/** The list inputs of actions: one per line, or separated by commas. */
function listInput(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'))
}

/** The images a `docker/metadata-action` step tags (`images:` lines, `name=` of the CSV form). */
export function metadataImages(text: string): string[] {
  const out: string[] = []
  for (const line of text.split('\n')) {
    const l = line.trim()
    if (l === '' || l.startsWith('#')) continue
    if (/(?:^|,)name=/.test(l)) {
      const m = /(?:^|,)name=([^,]*)/.exec(l)
      if (m?.[1]) out.push(m[1].trim())
    } else out.push(...listInput(l))
  }
  return out
}

export const usesAction = (uses: string | undefined, action: string): boolean =>
  uses !== undefined &&
  (uses.toLowerCase() === action || uses.toLowerCase().startsWith(`${action}@`))

export function buildPushAction(
  y: Yaml,
  step: unknown,
  file: string,
  scope: JobScope,
  env: Env
): DeclaredBuild[] {
  const w = y.get(step, 'with')
  const cw = y.str(y.get(w, 'context'))
  const fw = y.str(y.get(w, 'file'))
  const tw = y.str(y.get(w, 'tags'))
  const usesLine = y.line(y.get(step, 'uses'), y.line(step))
  const tags = tw === undefined ? [] : listInput(tw)
  const metaOf = (tag: string): readonly string[] | undefined => {
    const m = /^\$\{\{\s*steps\.([\w-]+)\.outputs\.tags\s*\}\}$/.exec(tag)
    return m ? scope.metadata.get(m[1] as string) : undefined
  }
  const metaImages = tags.flatMap((t) => metaOf(t) ?? [])
  const texts = [cw ?? '', fw ?? '', tw ?? '', ...metaImages]
  return perCombo(scope, texts, (combo, combosWhy, keys) => {
    const d: Draft = {
      names: [],
      context: undefined,
      file,
      line: usesLine,
      what: `workflow step docker/build-push-action${comboWords(combo, keys)} (${file} line ${usesLine})`,
      extraFiles: [],
      unresolved: []
    }
    const value = (label: string, text: string): string | undefined => {
      const r = expand(text, combo, combosWhy, env)
      if ('value' in r) return r.value
      d.unresolved.push(`${label} ${shown(text)} ${r.why}`)
      return undefined
    }
    let gitContext = false
    const c =
      cw === undefined || cw.trim() === '' ? '{{defaultContext}}' : value('context', cw.trim())
    if (c !== undefined) {
      if (c.startsWith('{{defaultContext}}')) {
        // The Git context: the repository at the ref, or a folder of it after `:`.
        gitContext = true
        const sub = c.slice('{{defaultContext}}'.length)
        setContext(d, '', sub.startsWith(':') ? sub.slice(1) || '.' : '.')
      } else {
        const r = rooted(c, '')
        setContext(d, r.base, r.rel)
      }
    }
    if (fw !== undefined && fw.trim() !== '') {
      const f = value('file', fw.trim())
      if (f !== undefined) {
        // In the Git context the Dockerfile is found in the context; else from the workspace.
        const r = rooted(f, '')
        if (gitContext && !f.startsWith(WORKSPACE)) setDockerfile(d, d.context, f, 'file')
        else setDockerfile(d, r.base, r.rel, 'file')
      }
    }
    for (const tag of tags) {
      // `${{ steps.meta.outputs.tags }}`: the images of that docker/metadata-action step.
      for (const name of metaOf(tag) ?? [tag]) {
        const r = expand(name, combo, combosWhy, env)
        d.names.push('value' in r && !r.value.includes(WORKSPACE) ? r.value : name)
      }
    }
    return [finish(d)]
  })
}
