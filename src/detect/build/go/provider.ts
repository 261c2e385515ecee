/**
 * The Go provider: what `go build` of the image's main package reads, from `go.mod` and
 * `go.work` as text. Never runs the go command, and reads no `.go` file.
 *
 * It claims a build root below a `go.mod` unless every Dockerfile of the build copies only files
 * of the repository (it compiles inside Docker): those the Dockerfile provider counts exactly.
 * The main module is the nearest folder, from the build root up, that holds a `go.mod`. Its
 * inputs: `go.mod`, `go.sum`, and every file of the module (`vendor/` included) but tests
 * (`*_test.go`, `testdata/`) and nested modules (a folder with its own `go.mod`). Imports are not
 * read, so when the build root is a package inside a larger module (`cmd/api/` of a module at
 * the repository root) the whole module counts, and the provenance says so. Then, transitively:
 * the folders of local `replace` targets (`replace x => ../lib`) and, when the module is a
 * member of the `go.work` above it, that `go.work` and every module it `use`s (any of them may be
 * imported), with their own replaces.
 *
 * What it cannot read widens the inputs (resolve.ts): a `go.mod` or `go.work` that is not
 * well-formed (to its folder: the build fails until it changes). A replace to a folder outside
 * the repository, and a `use` of one in the workspace, get a warning (what is not in the
 * repository cannot be compared).
 */
import { copiesBuildOutput } from '../build-output.js'
import { InputList } from '../collect.js'
import { escapeGlob } from '../docker/dockerignore.js'
import { at, dirOf, joinPath } from '../../../util/paths.js'
import type { Provider, ProviderResult, SourceTree, Unresolved } from '../types.js'
import { readGoMod, type GoModFile } from './gomod.js'

const base = (path: string): string => path.slice(path.lastIndexOf('/') + 1)
const shown = (dir: string): string => (dir === '' ? 'the repository root' : `${dir}/`)

/** Whether the Go provider reads `path`: `go.mod` and `go.work`. */
export function wantsGo(path: string): boolean {
  const b = base(path)
  return b === 'go.mod' || b === 'go.work'
}

/** The nearest folder, from `dir` up, that holds `file`. */
function nearest(dir: string, file: string, tree: SourceTree): string | undefined {
  for (let d: string | undefined = dir; d !== undefined; d = d === '' ? undefined : dirOf(d))
    if (tree.hasFile(at(d, file))) return d
  return undefined
}

/** What the files of a module leave out: tests, test data, and the modules nested in it. */
function excludesOf(dir: string, tree: SourceTree): string[] {
  const prefix = dir === '' ? '' : `${escapeGlob(dir)}/`
  const nested = tree
    .filesUnder(dir)
    .filter((f) => base(f) === 'go.mod' && dirOf(f) !== dir)
    .map((f) => `${escapeGlob(dirOf(f))}/**`)
  return [`${prefix}**/*_test.go`, `${prefix}**/testdata/**`, ...nested]
}

/** A module to follow, and why it counts. */
interface Step {
  readonly dir: string
  readonly why: string
  readonly file?: string
  readonly line?: number
}

/** The inputs of the Go build at `folder`. */
export function goInputs(
  folder: string,
  tree: SourceTree,
  declared?: ReadonlySet<string>
): ProviderResult {
  const main = nearest(folder, 'go.mod', tree)
  // Docker builds that copy only files of the repository are counted by the Dockerfile provider.
  if (main === undefined || copiesBuildOutput(folder, tree, declared) === false)
    return { inputs: [], warnings: [], claimed: false }
  const list = new InputList('go')
  const warnings: string[] = []
  const unresolved: Unresolved[] = []
  const add = list.put
  const read = (file: string): GoModFile | undefined => {
    const text = tree.read(file)
    const r = text === undefined ? { error: 'could not be read', line: 0 } : readGoMod(text)
    if (!('error' in r)) return r
    unresolved.push({
      what: `${file}${r.line > 0 ? ` line ${r.line}` : ''}: ${r.error}`,
      scope: dirOf(file),
      file,
      ...(r.line > 0 ? { line: r.line } : {})
    })
    return undefined
  }
  const mainMod = at(main, 'go.mod')
  const whyMain =
    main === folder
      ? `Go module ${shown(main)} (${mainMod})`
      : `Go module ${shown(main)} (${mainMod}), which holds the build root ${folder}/; ` +
        `imports are not read, so the whole module counts`
  const queue: Step[] = [{ dir: main, why: whyMain, file: mainMod }]
  const done = new Set<string>()
  const replaceTargets = (mod: GoModFile, file: string, owner: string): void => {
    for (const r of mod.replaces) {
      if (!r.local) continue
      const where = `${file} line ${r.line}`
      const target = r.to.startsWith('/') ? undefined : joinPath(dirOf(file), r.to)
      if (target === undefined) {
        warnings.push(
          `${where}: replace ${r.from} => ${r.to} leads outside the repository; ignored`
        )
        continue
      }
      queue.push({
        dir: target,
        why: `${owner} replaces ${r.from} with ${r.to} (${where})`,
        file,
        line: r.line
      })
    }
  }
  /** Follows the queued modules: each module's files, and its local replaces. */
  const drain = (): void => {
    while (queue.length > 0) {
      const step = queue.shift() as Step
      if (done.has(step.dir)) continue
      done.add(step.dir)
      const gomod = at(step.dir, 'go.mod')
      add('file', gomod, `go.mod of ${step.why}`, step.file, step.line)
      add('file', at(step.dir, 'go.sum'), `checksums (go.sum) of ${step.why}`, step.file, step.line)
      add('dir', step.dir, step.why, step.file, step.line, excludesOf(step.dir, tree))
      if (!tree.hasFile(gomod)) {
        if (!tree.hasDir(step.dir)) warnings.push(`${step.why}: ${step.dir}/ is not in the tree`)
        continue
      }
      const mod = read(gomod)
      if (mod) replaceTargets(mod, gomod, mod.module ?? gomod)
    }
  }
  drain()
  // The workspace: found from the build root up, as the go command does from where it runs.
  const wsDir = nearest(folder, 'go.work', tree)
  if (wsDir !== undefined) {
    const work = at(wsDir, 'go.work')
    add('file', work, `the Go workspace above ${shown(folder)}`)
    add('file', at(wsDir, 'go.work.sum'), `checksums of the Go workspace ${work}`)
    const ws = read(work)
    const uses = (ws?.uses ?? []).map((u) => ({
      ...u,
      dir: u.path.startsWith('/') ? undefined : joinPath(wsDir, u.path)
    }))
    if (ws && uses.some((m) => m.dir === main)) {
      for (const m of uses)
        if (m.dir === undefined)
          warnings.push(
            `${work} line ${m.line}: use ${m.path} leads outside the repository; ignored`
          )
        else
          queue.push({
            dir: m.dir,
            why: `member of the Go workspace ${work} (line ${m.line})`,
            file: work,
            line: m.line
          })
      replaceTargets(ws, work, work)
      drain()
    }
  }
  return { inputs: list.all, warnings: [...new Set(warnings)], unresolved, claimed: true }
}

/** The Go provider. */
export const goProvider: Provider = {
  name: 'go',
  wants: wantsGo,
  inputsOf: (_image, root, tree, declared) => goInputs(root.folder, tree, declared)
}
