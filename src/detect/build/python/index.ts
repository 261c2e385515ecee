/**
 * The Python provider: what the build of a Python project reads, from its manifests as text.
 * Never runs pip, Poetry or uv.
 *
 * For the project at the build root (a folder holding `pyproject.toml`, `setup.py`,
 * `setup.cfg`, `Pipfile` or `requirements*.txt`): its folder less its tests (`tests/`, `test/`,
 * `test_*.py`, `*_test.py`, `conftest.py`: a Dockerfile that copies them adds them back); the
 * local path dependencies its manifests and requirements files name, transitively, each folder
 * less its tests; the requirements files they include (`-r`, `-c`); and, in a uv workspace, the
 * workspace's `pyproject.toml`, `uv.lock` and `uv.toml`, and the members it depends on. A
 * manifest it cannot read, a path with a variable or one leaving the repository, and a
 * `setup.py` that builds a path above the project widen to the whole repository.
 */
import { InputList } from '../collect.js'
import { escapeGlob } from '../docker/dockerignore.js'
import { at, dirOf } from '../../../util/paths.js'
import type { Provider, ProviderResult, SourceTree } from '../types.js'
import type { PyRef, UvSource } from './pyproject.js'
import { isRequirementsFile, readRequirements, localRepoPath } from './requirements.js'
import { readSetupCfg, readSetupPy } from './setup.js'
import { manifestAt, uvWorkspaceOf } from './workspace.js'

const MANIFESTS = ['pyproject.toml', 'Pipfile']
const PROJECT_FILES = [...MANIFESTS, 'setup.py', 'setup.cfg']
const WORKSPACE_FILES = ['pyproject.toml', 'uv.lock', 'uv.toml']
const TESTS = ['**/tests/**', '**/test/**', '**/test_*.py', '**/*_test.py', '**/conftest.py']

/** Whether the Python provider reads `path`: manifests, setuptools files, requirements files. */
export function wantsPython(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1)
  return PROJECT_FILES.includes(base) || isRequirementsFile(path)
}

/** The requirements files a project installs from by convention: its own folder, `requirements/`. */
/** The requirements files of each folder (its own, and those of its `requirements/`), per tree. */
const requirementsIndex = new WeakMap<SourceTree, Map<string, string[]>>()

function requirementsOf(dir: string, tree: SourceTree): string[] {
  let index = requirementsIndex.get(tree)
  if (index === undefined) {
    // One pass over the tree, not one per image: a tree of many folders asks for many of them.
    index = new Map()
    const put = (d: string, f: string): void => {
      const list = (index as Map<string, string[]>).get(d)
      if (list) list.push(f)
      else (index as Map<string, string[]>).set(d, [f])
    }
    for (const f of tree.files) {
      if (!isRequirementsFile(f)) continue
      const d = dirOf(f)
      put(d, f)
      if (d === 'requirements' || d.endsWith('/requirements')) put(dirOf(d), f)
    }
    requirementsIndex.set(tree, index)
  }
  const prefix = dir === '' ? '' : `${dir}/`
  return (index.get(dir) ?? []).filter((f) => !f.slice(prefix.length).startsWith('test'))
}

/** Whether `dir` holds a Python project. */
export function isPythonProject(dir: string, tree: SourceTree): boolean {
  return (
    PROJECT_FILES.some((f) => tree.hasFile(at(dir, f))) ||
    requirementsOf(dir, tree).some((f) => dirOf(f) === dir)
  )
}

const testExcludes = (dir: string): string[] =>
  TESTS.map((g) => (dir === '' ? g : `${escapeGlob(dir)}/${g}`))

/** The inputs of the Python project at `folder`. */
export function pythonInputs(folder: string, tree: SourceTree): ProviderResult {
  if (!isPythonProject(folder, tree)) return { inputs: [], warnings: [], claimed: false }
  const list = new InputList('python')
  const warnings: string[] = []
  const { ws, unresolved } = uvWorkspaceOf(folder, tree)
  const seen = new Set<string>()
  const queue: { dir: string; why: string; file?: string; line?: number }[] = []
  const follow = (dir: string, why: string, file?: string, line?: number): void => {
    if (seen.has(dir)) return
    seen.add(dir)
    queue.push({ dir, why, ...(file !== undefined ? { file } : {}), ...lineOf(line) })
  }
  const inside = (p: string, dir: string): boolean =>
    dir === '' || p === dir || p.startsWith(`${dir}/`)
  /** A local path a manifest or requirements file names, relative to the first base where it exists. */
  const local = (ref: PyRef, bases: readonly string[], project: string, file: string): void => {
    const tries = bases.map((b) => localRepoPath(ref.value, b, project))
    const found = tries.find((t) => 'path' in t && (tree.hasDir(t.path) || tree.hasFile(t.path)))
    const first = tries[0] as (typeof tries)[number]
    const where = { file, ...lineOf(ref.line) }
    if (found && 'path' in found) {
      const p = found.path
      if (tree.hasFile(p)) list.add('file', p, { why: ref.why, ...where })
      else if (ref.follow) follow(p, ref.why, file, ref.line)
      else if (!inside(p, project)) named.push({ path: p, why: ref.why, ...where })
    } else if ('error' in first && first.error.startsWith('is an absolute'))
      warnings.push(`${file}: ${ref.value} ${first.error}; it is not followed`)
    else {
      /* istanbul ignore next -- every ref is read with its line (requirements and setup files, TOML key paths: readToml records each) */
      const shown = ref.line !== undefined ? `${file} line ${ref.line}` : file
      const error =
        'error' in first ? first.error : 'is not a file or folder of the tree (a build output?)'
      unresolved.push({ what: `${shown}: ${ref.value} ${error}`, scope: '', ...where })
    }
  }
  /** Folders a manifest names that are no dependency: added last, unless followed as one. */
  const named: { path: string; why: string; file: string; line?: number }[] = []
  const readFiles = new Set<string>()
  /** A requirements file and what it includes, transitively. */
  const requirements = (start: string, why: string, project: string): void => {
    const todo = [{ file: start, why }]
    for (let next = 0; next < todo.length; next++) {
      const { file, why: because } = todo[next] as (typeof todo)[number]
      if (readFiles.has(file)) continue
      readFiles.add(file)
      if (!inside(file, project)) list.add('file', file, { why: because })
      const text = tree.read(file)
      if (text === undefined) {
        if (tree.hasFile(file))
          unresolved.push({ what: `${file} could not be read`, scope: '', file })
        else warnings.push(`${file} (${because}) is not in the tree`)
        continue
      }
      for (const r of readRequirements(text)) {
        const why = `${r.written} in ${file} line ${r.line}`
        if (r.kind === 'include') {
          const p = localRepoPath(r.value, dirOf(file), project)
          if ('path' in p) todo.push({ file: p.path, why })
          else
            unresolved.push({
              what: `${file} line ${r.line}: ${r.value} ${p.error}`,
              scope: '',
              file
            })
        } else
          local(
            { value: r.value, why, line: r.line, follow: true },
            [dirOf(file), project, ''],
            project,
            file
          )
      }
    }
  }
  follow(folder, `Python project ${folder === '' ? 'at the repository root' : `${folder}/`}`)
  for (let next = 0; next < queue.length; next++) {
    const { dir, why, file, line } = queue[next] as (typeof queue)[number]
    list.add(
      'dir',
      dir,
      { why, ...(file !== undefined ? { file } : {}), ...lineOf(line) },
      testExcludes(dir)
    )
    for (const name of MANIFESTS) {
      const f = at(dir, name)
      const r = manifestAt(f, tree)
      if (r === undefined) continue
      if ('error' in r) {
        unresolved.push({
          what: `${f} ${r.error}, so its path dependencies are unknown`,
          scope: '',
          file: f,
          ...lineOf(r.line)
        })
        continue
      }
      const m = r.manifest
      for (const ref of [...m.refs].sort((a, b) => Number(b.follow) - Number(a.follow)))
        local(ref, [dir], dir, f)
      for (const inc of m.includes) {
        const p = localRepoPath(inc.value, dir, dir)
        if ('path' in p) requirements(p.path, inc.why, dir)
      }
      // uv sources: the project's own, over the workspace's.
      const fromWs = ws && ws.root !== dir ? ws.manifest.sources : new Map<string, UvSource[]>()
      for (const dep of m.deps) {
        const own = m.sources.get(dep)
        const sources = own ?? fromWs.get(dep) ?? []
        const declaredIn = own ? f : (ws?.file ?? f)
        for (const s of sources) {
          const because = `${dep} from [tool.uv.sources] of ${declaredIn}`
          if (s.path !== undefined)
            local(
              { value: s.path, why: because, follow: true, ...lineOf(s.line) },
              [dirOf(declaredIn)],
              dirOf(declaredIn),
              declaredIn
            )
          else if (s.workspace) {
            const member = ws?.members.get(dep)
            if (member !== undefined)
              follow(member, `workspace member ${dep}, ${because}`, declaredIn, s.line)
            else
              unresolved.push({
                what: `${declaredIn}: ${dep} is a workspace source, but no member of a uv workspace is named ${dep}`,
                scope: ws?.root ?? '',
                file: declaredIn
              })
          }
        }
      }
    }
    const cfg = at(dir, 'setup.cfg')
    const cfgText = tree.read(cfg)
    if (cfgText !== undefined) {
      const r = readSetupCfg(cfgText, cfg)
      for (const ref of r.refs) local(ref, [dir], dir, cfg)
      for (const inc of r.includes) {
        const p = localRepoPath(inc.value, dir, dir)
        if ('path' in p) requirements(p.path, inc.why, dir)
      }
    }
    const py = at(dir, 'setup.py')
    const pyText = tree.read(py)
    if (pyText !== undefined) {
      const r = readSetupPy(pyText, py)
      for (const ref of r.refs) local(ref, [dir], dir, py)
      for (const d of r.dynamic)
        unresolved.push({
          what: `${py} line ${d.line}: ${d.what}`,
          scope: '',
          file: py,
          line: d.line
        })
    }
    for (const [f, text] of [
      [cfg, cfgText],
      [py, pyText]
    ] as const)
      if (text === undefined && tree.hasFile(f))
        unresolved.push({ what: `${f} could not be read`, scope: '', file: f })
    for (const f of requirementsOf(dir, tree))
      requirements(f, `requirements file of ${dir || '.'}/`, dir)
  }
  for (const { path, ...from } of named)
    if (![...seen].some((d) => inside(path, d))) list.add('dir', path, from)
  if (ws && ws.root !== folder)
    for (const f of WORKSPACE_FILES)
      list.add('file', at(ws.root, f), { why: `uv workspace of ${folder}/ (${ws.file})` })
  // A folder of requirements files alone that name nothing outside it installs no project: what
  // its Dockerfile copies is then exact (and a COPY of a build output widens to the folder).
  const inputs = list.all
  const manifest = PROJECT_FILES.some((f) => tree.hasFile(at(folder, f)))
  const beyond = inputs.some((i) => !inside(i.path, folder))
  if (!manifest && !beyond && unresolved.length === 0)
    return { inputs: [], warnings, claimed: false }
  return { inputs, warnings, unresolved, claimed: true }
}

const lineOf = (line: number | undefined): { line?: number } => (line !== undefined ? { line } : {})

/** The Python provider. */
export const pythonProvider: Provider = {
  name: 'python',
  wants: wantsPython,
  inputsOf: (_image, root, tree) => pythonInputs(root.folder, tree)
}
