/**
 * `run` steps whose script calls `docker build`, `docker buildx build`, `docker image build`,
 * `podman build` or `buildah bud`: paths are relative to the step's working directory (the
 * step's, the job's or the workflow's `defaults.run.working-directory`, else the repository
 * root), moved by an earlier `cd` (shell-folder.ts); `$X` comes from literal `env` values.
 */
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
import { buildCommand } from './build-command.js'
import { LITERAL_DOLLAR, scriptParts } from './shell.js'
import { ShellFolder, shellValue, type Folder } from './shell-folder.js'

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
  // Where each command runs: moved by `cd`, `pushd` and `popd` (shell-folder.ts).
  const folder = new ShellFolder(env)
  for (const part of scriptParts(script)) {
    const words = folder.next(part)
    if (!words) continue
    const cmd = buildCommand(words)
    if (!cmd) continue
    // A wrapper that changes the folder (`env -C x docker build .`) makes it unknown.
    const place: Folder = cmd.movedBy ? { why: `runs after ${shown(cmd.movedBy)}` } : folder.cd
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
