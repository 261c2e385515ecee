/**
 * GitHub Actions workflows (`.github/workflows/*.yml|yaml`): steps that use
 * `docker/build-push-action` (`context`, `file`, `tags`), and `run` scripts that call
 * `docker build`, `docker buildx build`, `docker image build`, `podman build` or `buildah bud`.
 * Paths of a `run` step are relative to its working directory (the step's, the job's or the
 * workflow's `defaults.run.working-directory`, else the repository root); those of the action
 * to the repository root, its default being the Git context (the repository at the ref).
 * `${{ matrix.x }}` is expanded over a literal job matrix; `${{ env.X }}` and `$X` come from
 * literal `env` values; other expressions leave what uses them unresolved.
 */
import type { SourceTree } from '../types.js'
import {
  dirOf,
  finish,
  isRemote,
  lineStarts,
  readable,
  resolvePath,
  setContext,
  setDockerfile,
  shown,
  type Draft
} from './common.js'
import { interpolate } from './interpolate.js'
import { expandMatrix, matrixValue, type Combo } from './matrix.js'
import { buildCommand, LITERAL_DOLLAR, shellCommands } from './shell.js'
import type { ContextReader, DeclaredBuild } from './types.js'
import { parseYaml, Yaml } from './yaml.js'

export function isWorkflowFile(path: string): boolean {
  return dirOf(path) === '.github/workflows' && /\.ya?ml$/.test(path)
}

/** Stands for the workspace folder (the repository root) at the start of a path. */
const WORKSPACE = '\uE001'

type Env = ReadonlyMap<string, string>

/** The literal values of an `env` mapping (those that use an expression are left out). */
function envOf(y: Yaml, node: unknown, base: Env): Env {
  const out = new Map(base)
  for (const e of y.entries(node)) {
    const v = y.str(e.value)
    if (v === undefined || v.includes('${{')) out.delete(e.key)
    else out.set(e.key, v)
  }
  return out
}

/** What a job's steps share. */
interface JobScope {
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
function expand(
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
function rooted(path: string, cwd: string): { base: string; rel: string } {
  if (path.startsWith(WORKSPACE)) return { base: '', rel: path.slice(1).replace(/^\/+/, '') || '.' }
  return { base: cwd, rel: path }
}

/** The list inputs of actions: one per line, or separated by commas. */
function listInput(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'))
}

/** The images a `docker/metadata-action` step tags (`images:` lines, `name=` of the CSV form). */
function metadataImages(text: string): string[] {
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

const usesAction = (uses: string | undefined, action: string): boolean =>
  uses !== undefined &&
  (uses.toLowerCase() === action || uses.toLowerCase().startsWith(`${action}@`))

/** The matrix keys a text refers to (`${{ matrix.app }}` → app). */
function matrixKeys(text: string): string[] {
  return [...new Set([...text.matchAll(/matrix\.([A-Za-z_][\w-]*)/g)].map((m) => m[1] as string))]
}

function comboWords(combo: Combo | undefined, keys: readonly string[]): string {
  if (!combo || keys.length === 0) return ''
  const parts = keys.map((k) => {
    const v = combo[k]
    return `${k}=${typeof v === 'object' ? shown(JSON.stringify(v) ?? '', 40) : String(v)}`
  })
  return ` with matrix ${parts.join(', ')}`
}

/** Runs `each` once per matrix combination the texts refer to (once when they refer to none). */
function perCombo(
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

function buildPushAction(
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

/** A value of a run script with its variables expanded from the env, or undefined. */
function shellValue(word: string, env: Env): string | undefined {
  if (word.includes('$(') || word.includes('`')) return undefined
  const withWs = new Map(env)
  withWs.set('GITHUB_WORKSPACE', WORKSPACE)
  const r = interpolate(word, withWs)
  if (r.value === undefined || r.value.includes('$')) return undefined
  return r.value.split(LITERAL_DOLLAR).join('$')
}

function runStep(
  y: Yaml,
  step: unknown,
  run: unknown,
  file: string,
  scope: JobScope,
  env: Env,
  tree: SourceTree
): DeclaredBuild[] {
  const script = y.str(run) ?? ''
  if (!/\b(?:docker|podman|buildah)\b/.test(script)) return []
  const wdWritten = y.str(y.get(step, 'working-directory')) ?? scope.workingDirectory
  const firstLine = y.textLine(run, y.line(step))
  const lineOf = lineStarts(script)
  const out: DeclaredBuild[] = []
  // `cd dir` earlier in the script moves the folder later commands run in.
  let cd: { path: string } | { why: string } = { path: '' }
  for (const words of shellCommands(script)) {
    const first = words[0]?.text
    if (first === 'cd' || first === 'pushd') {
      const arg = words[1]?.text
      const v = arg === undefined || arg === '-' ? undefined : shellValue(arg, env)
      if (v === undefined || !('path' in cd)) {
        cd = {
          why: `runs after cd ${shown((arg ?? '').split(LITERAL_DOLLAR).join('$'))}, a folder that is not known`
        }
      } else if (v.startsWith(WORKSPACE) || v.includes('${{')) {
        cd = v.includes('${{') ? { why: `runs after cd ${shown(v)}` } : { path: v }
      } else cd = { path: cd.path === '' ? v : `${cd.path}/${v}` }
      continue
    }
    const cmd = buildCommand(words)
    if (!cmd) continue
    const movedPath = 'path' in cd ? cd.path : undefined
    const movedWhy = 'why' in cd ? cd.why : undefined
    const line = firstLine + lineOf(cmd.start) - 1
    const texts = [cmd.context ?? '', cmd.file ?? '', ...cmd.tags, wdWritten ?? '']
    out.push(
      ...perCombo(scope, texts, (combo, combosWhy, keys) => {
        const d: Draft = {
          names: [],
          context: undefined,
          file,
          line,
          what: `workflow step ${cmd.tool}${comboWords(combo, keys)} (${file} line ${line})`,
          extraFiles: [],
          unresolved: []
        }
        let cwd: string | undefined = ''
        if (wdWritten !== undefined) {
          const wd = expand(wdWritten, combo, combosWhy, env)
          const r = 'value' in wd ? rooted(wd.value, '') : undefined
          const p = r ? resolvePath(r.base, r.rel) : undefined
          if (p && 'path' in p) cwd = p.path
          else {
            cwd = undefined
            d.unresolved.push(
              `working-directory ${shown(wdWritten)} ${'why' in wd ? wd.why : 'is not a folder of the repository'}`
            )
          }
        }
        if (cwd !== undefined && movedWhy !== undefined) {
          cwd = undefined
          d.unresolved.push(`the command ${movedWhy}`)
        } else if (cwd !== undefined && movedPath !== undefined && movedPath !== '') {
          const r = rooted(movedPath, cwd)
          const p = resolvePath(r.base, r.rel)
          if ('path' in p) cwd = p.path
          else {
            cwd = undefined
            d.unresolved.push(
              `the command runs after cd ${shown(movedPath)}, not a folder of the repository`
            )
          }
        }
        /** A word of the command: GitHub's expressions first, then the shell's variables. */
        const word = (label: string, w: string): string | undefined => {
          const shownWord = shown(w.split(LITERAL_DOLLAR).join('$'))
          const e = expand(w, combo, combosWhy, env)
          if ('why' in e) {
            d.unresolved.push(`${label} ${shownWord} ${e.why}`)
            return undefined
          }
          const v = shellValue(e.value, env)
          if (v === undefined) {
            d.unresolved.push(`${label} ${shownWord} uses a shell variable or command`)
          }
          return v
        }
        for (const t of cmd.tags) {
          const e = expand(t, combo, combosWhy, env)
          const v = 'value' in e ? shellValue(e.value, env) : undefined
          d.names.push(
            v !== undefined && !v.includes(WORKSPACE) ? v : t.split(LITERAL_DOLLAR).join('$')
          )
        }
        if (cmd.context === undefined) d.unresolved.push('the command names no context')
        else {
          const c = word('context', cmd.context)
          if (
            c !== undefined &&
            (cwd !== undefined || c.startsWith(WORKSPACE) || isRemote(c) || c === '-')
          ) {
            const r = rooted(c, cwd ?? '')
            setContext(d, r.base, r.rel)
          }
        }
        if (cmd.file !== undefined) {
          const f = word('file', cmd.file)
          if (f !== undefined && (cwd !== undefined || f.startsWith(WORKSPACE) || f === '-')) {
            const r = rooted(f, cwd ?? '')
            setDockerfile(d, r.base, r.rel, 'file')
          }
        } else if (cmd.tool.startsWith('podman') || cmd.tool.startsWith('buildah')) {
          // podman and buildah look for a Containerfile before a Dockerfile.
          const cf =
            d.context === undefined
              ? undefined
              : d.context === ''
                ? 'Containerfile'
                : `${d.context}/Containerfile`
          if (cf !== undefined && tree.hasFile(cf)) d.dockerfile = cf
        }
        for (const nc of cmd.namedContexts) {
          d.unresolved.push(
            `named context ${shown(nc.split(LITERAL_DOLLAR).join('$'))} is read by the build too`
          )
        }
        return [finish(d)]
      })
    )
  }
  return out
}

function readWorkflow(y: Yaml, file: string, tree: SourceTree): DeclaredBuild[] {
  const root = y.root
  const wfEnv = envOf(y, y.get(root, 'env'), new Map())
  const wfWd = y.str(y.get(y.get(y.get(root, 'defaults'), 'run'), 'working-directory'))
  const builds: DeclaredBuild[] = []
  for (const job of y.entries(y.get(root, 'jobs'))) {
    const jobEnv = envOf(y, y.get(job.value, 'env'), wfEnv)
    const matrixNode = y.get(y.get(job.value, 'strategy'), 'matrix')
    const combos = matrixNode === undefined ? undefined : expandMatrix(y.js(matrixNode))
    const steps = y.items(y.get(job.value, 'steps'))
    const metadata = new Map<string, string[]>()
    for (const step of steps) {
      const id = y.str(y.get(step, 'id'))
      const images = y.str(y.get(y.get(step, 'with'), 'images'))
      if (id && images && usesAction(y.str(y.get(step, 'uses')), 'docker/metadata-action')) {
        metadata.set(id, metadataImages(images))
      }
    }
    const scope: JobScope = {
      job: job.key,
      env: jobEnv,
      workingDirectory:
        y.str(y.get(y.get(y.get(job.value, 'defaults'), 'run'), 'working-directory')) ?? wfWd,
      combos: combos === undefined ? undefined : 'why' in combos ? combos : combos.combos,
      metadata
    }
    for (const step of steps) {
      const env = envOf(y, y.get(step, 'env'), jobEnv)
      const uses = y.str(y.get(step, 'uses'))
      if (usesAction(uses, 'docker/build-push-action')) {
        builds.push(...buildPushAction(y, step, file, scope, env))
      }
      const run = y.get(step, 'run')
      if (run !== undefined) builds.push(...runStep(y, step, run, file, scope, env, tree))
    }
  }
  return builds
}

export const workflowsReader: ContextReader = {
  name: 'workflows',
  wants: isWorkflowFile,
  builds(tree) {
    const builds: DeclaredBuild[] = []
    const warnings: string[] = []
    for (const file of tree.filesUnder('.github/workflows')) {
      if (!isWorkflowFile(file)) continue
      const text = tree.read(file)
      if (!readable(text, file, warnings)) continue
      const p = parseYaml(text)
      if ('errorLine' in p) {
        warnings.push(`${file}: not valid YAML (line ${p.errorLine}); its builds are not read`)
        continue
      }
      const doc = p.docs[0]
      if (!doc) continue
      try {
        builds.push(...readWorkflow(new Yaml(doc, p.lines), file, tree))
      } catch (e) {
        warnings.push(`${file}: not read (${(e as Error).message}); its builds are not known`)
      }
    }
    return { builds, warnings }
  }
}
