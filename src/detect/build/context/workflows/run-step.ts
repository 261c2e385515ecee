/**
 * `run` steps whose script calls `docker build`, `docker buildx build`, `docker image build`,
 * `podman build` or `buildah bud`: paths are relative to the step's working directory (the
 * step's, the job's or the workflow's `defaults.run.working-directory`, else the repository
 * root), moved by an earlier `cd`; `$X` comes from literal `env` values.
 */
import { at } from '../../../../util/paths.js'
import type { SourceTree } from '../../types.js'
import {
  finish,
  isRemote,
  lineStarts,
  resolvePath,
  setContext,
  setDockerfile,
  shown,
  type Draft
} from '../common.js'
import { interpolate } from '../interpolate.js'
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
import { buildCommand, programAt } from './build-command.js'
import { LITERAL_DOLLAR, scriptParts } from './shell.js'

/** A value of a run script with its variables expanded from the env, or undefined. */
function shellValue(word: string, env: Env): string | undefined {
  if (word.includes('$(') || word.includes('`')) return undefined
  const withWs = new Map(env)
  withWs.set('GITHUB_WORKSPACE', WORKSPACE)
  const r = interpolate(word, withWs)
  if (r.value === undefined || r.value.includes('$')) return undefined
  return r.value.split(LITERAL_DOLLAR).join('$')
}

/** A longer path is no folder of a checkout (PATH_MAX); it is not followed, and stays short. */
const MAX_PATH = 4096

/** The folder a command runs in, relative to the working directory, or why it is not known. */
type Folder = { path: string } | { why: string }

/** The folders `pushd` left to go back to, the last first. */
interface Pushed {
  readonly cd: Folder
  readonly below: Pushed | undefined
}

/** Where the shell is: its folder and its `pushd` stack. */
interface Place {
  readonly cd: Folder
  readonly pushed: Pushed | undefined
}

export function runStep(
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
  // `cd dir` earlier in the script moves the folder later commands run in, up to the end of
  // the subshell it runs in; `popd` goes back to the folder of the last `pushd`.
  let cd: Folder = { path: '' }
  let pushed: Pushed | undefined
  const subshells: Place[] = []
  for (const words of scriptParts(script)) {
    if (words === '(') {
      subshells.push({ cd, pushed })
      continue
    }
    if (words === ')') {
      // A `)` that closes no subshell ends a `case` pattern.
      const outer: Place = subshells.pop() ?? { cd, pushed }
      cd = outer.cd
      pushed = outer.pushed
      continue
    }
    const k = programAt(words).at
    const first = words[k]?.text
    if (first === 'popd') {
      cd = pushed?.cd ?? cd
      pushed = pushed?.below
      continue
    }
    if (first === 'cd' || first === 'pushd') {
      if (first === 'pushd') pushed = { cd, below: pushed }
      const arg = words[k + 1]?.text
      // `-` is the previous folder; an option (`cd -P dir`) is not the folder.
      const v = arg === undefined || arg.startsWith('-') ? undefined : shellValue(arg, env)
      if (v === undefined || !('path' in cd)) {
        const written = arg === undefined ? '' : ` ${shown(arg.split(LITERAL_DOLLAR).join('$'))}`
        cd = { why: `runs after ${first}${written}, a folder that is not known` }
      } else if (v.startsWith(WORKSPACE) || v.includes('${{')) {
        cd = v.includes('${{') ? { why: `runs after cd ${shown(v)}` } : { path: v }
      } else cd = { path: at(cd.path, v) }
      if ('path' in cd && cd.path.length > MAX_PATH) {
        cd = { why: `runs after ${first} into a path of more than ${MAX_PATH} characters` }
      }
      continue
    }
    const cmd = buildCommand(words)
    if (!cmd) continue
    // A wrapper that changes the folder (`env -C x docker build .`) makes it unknown.
    const place: Folder = cmd.movedBy ? { why: `runs after ${shown(cmd.movedBy)}` } : cd
    const movedPath = 'path' in place ? place.path : undefined
    const movedWhy = 'why' in place ? place.why : undefined
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
