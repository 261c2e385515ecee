/**
 * What a `pyproject.toml` (or `Pipfile`) says about the repository paths a Python build reads:
 * PEP 621 dependencies and PEP 735 groups (`name @ file:../lib`), Poetry path dependencies in
 * every group (`lib = { path = "../lib", develop = true }`) and `packages` taken `from` another
 * folder, uv sources (`{ path = "../lib" }`, `{ workspace = true }`) and a uv workspace's
 * `members`/`exclude`, PDM dev dependencies, setuptools' requirements files
 * (`dynamic.dependencies = { file = [...] }`), Pipfile `{ path = "../lib" }`; and any other
 * value or key that is a path above the project (`../shared`), such as the source paths of a
 * hatch `force-include` (its keys).
 */
import { localPath } from './requirements.js'
import { readToml, tomlGet } from './toml.js'
import { isTable, type TomlTable, type TomlValue } from './toml-values.js'

/** A local path named by a manifest. */
export interface PyRef {
  /** As written, relative to the project's folder (`../lib`, `file:../lib`). */
  readonly value: string
  readonly line?: number
  readonly why: string
  /** A dependency, whose own manifests are read in turn; else only its files count. */
  readonly follow: boolean
}

/** A uv source of a dependency. */
export interface UvSource {
  readonly path?: string
  readonly workspace?: boolean
  readonly line?: number
}

export interface PyManifest {
  readonly name?: string
  readonly refs: PyRef[]
  /** Requirements files the manifest installs from. */
  readonly includes: PyRef[]
  /** Normalized names of every dependency, in every group. */
  readonly deps: Set<string>
  readonly sources: Map<string, UvSource[]>
  readonly uvWorkspace?: { readonly members: string[]; readonly exclude: string[] }
}

/** A distribution name as PEP 503 compares them. */
export const normalize = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-')
const nameOf = (req: string): string | undefined =>
  /^\s*(?:-e\s+)?([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(req)?.[1]

const strings = (v: TomlValue | undefined): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
const tables = (v: TomlValue | undefined): TomlTable[] =>
  isTable(v) ? [v] : Array.isArray(v) ? v.filter(isTable) : []
const entries = (v: TomlValue | undefined): [string, TomlValue][] =>
  isTable(v) ? Object.entries(v) : []

/** Reads a pyproject.toml or Pipfile; a malformed one is an error with its line. */
export function readManifest(
  text: string,
  file: string
): PyManifest | { readonly error: string; readonly line: number } {
  const r = readToml(text)
  if ('error' in r) return r
  const t = r.table
  const line = (...keys: string[]): { line?: number } => {
    for (let n = keys.length; n > 0; n--) {
      const l = r.line(keys.slice(0, n))
      if (l !== undefined) return { line: l }
    }
    return {}
  }
  const refs: PyRef[] = []
  const includes: PyRef[] = []
  const deps = new Set<string>()
  const sources = new Map<string, UvSource[]>()
  /** PEP 508 requirement strings. */
  const requirements = (list: string[], where: string, keys: string[]): void => {
    for (const req of list) {
      const n = nameOf(req)
      if (n !== undefined && !req.trim().startsWith('-e')) deps.add(normalize(n))
      const p = localPath(req.replace(/^\s*-e\s+/, ''))
      if (p !== undefined)
        refs.push({
          value: p,
          follow: true,
          why: `${req} in ${where} of ${file}`,
          ...line(...keys)
        })
    }
  }
  // Each with the key path of its list, for the line that sets it (or the nearest table's).
  const deps621 = ['project', 'dependencies']
  requirements(strings(tomlGet(t, ...deps621)), '[project]', deps621)
  const optional = ['project', 'optional-dependencies']
  for (const [extra, list] of entries(tomlGet(t, ...optional)))
    requirements(strings(list), `optional dependencies ${extra}`, [...optional, extra])
  for (const [group, list] of entries(tomlGet(t, 'dependency-groups')))
    requirements(strings(list), `dependency group ${group}`, ['dependency-groups', group])
  const uvDev = ['tool', 'uv', 'dev-dependencies']
  requirements(strings(tomlGet(t, ...uvDev)), '[tool.uv]', uvDev)
  const pdmDev = ['tool', 'pdm', 'dev-dependencies']
  for (const [group, list] of entries(tomlGet(t, ...pdmDev)))
    requirements(strings(list), `PDM dev dependencies ${group}`, [...pdmDev, group])
  // Poetry (every group: `poetry install` installs them unless told not to), and Pipfile.
  const tablesOfDeps: [string[], string][] = [
    [['tool', 'poetry', 'dependencies'], '[tool.poetry.dependencies]'],
    [['tool', 'poetry', 'dev-dependencies'], '[tool.poetry.dev-dependencies]'],
    [['packages'], '[packages]'],
    [['dev-packages'], '[dev-packages]']
  ]
  for (const [group] of entries(tomlGet(t, 'tool', 'poetry', 'group')))
    tablesOfDeps.push([
      ['tool', 'poetry', 'group', group, 'dependencies'],
      `[tool.poetry.group.${group}.dependencies] (installed unless poetry install leaves the group out)`
    ])
  for (const [keys, where] of tablesOfDeps)
    for (const [name, spec] of entries(tomlGet(t, ...keys))) {
      if (name === 'python') continue
      deps.add(normalize(name))
      for (const s of tables(spec)) {
        const path = typeof s.path === 'string' ? s.path : undefined
        if (path !== undefined)
          refs.push({
            value: path,
            follow: true,
            why: `${name} = { path = "${path}" } in ${where} of ${file}`,
            ...line(...keys, name)
          })
      }
    }
  for (const pkg of tables(tomlGet(t, 'tool', 'poetry', 'packages'))) {
    const from = typeof pkg.from === 'string' ? pkg.from : undefined
    const include = typeof pkg.include === 'string' ? pkg.include : ''
    if (from !== undefined)
      refs.push({
        value: `${from.replace(/\/+$/, '')}/${include}`.replace(/\/$/, ''),
        follow: false,
        why: `package ${include} from ${from} in [tool.poetry] of ${file}`,
        ...line('tool', 'poetry', 'packages')
      })
  }
  for (const [name, spec] of entries(tomlGet(t, 'tool', 'uv', 'sources'))) {
    const list = tables(spec).map((s) => ({
      ...(typeof s.path === 'string' ? { path: s.path } : {}),
      ...(s.workspace === true ? { workspace: true } : {}),
      ...line('tool', 'uv', 'sources', name)
    }))
    sources.set(normalize(name), list)
  }
  const dyn = ['tool', 'setuptools', 'dynamic']
  const dynOptional = [...dyn, 'optional-dependencies']
  const dynFiles = [
    [...dyn, 'dependencies'],
    ...entries(tomlGet(t, ...dynOptional)).map(([k]) => [...dynOptional, k])
  ]
  for (const keys of dynFiles)
    for (const s of tables(tomlGet(t, ...keys))) {
      const f = s.file
      for (const name of typeof f === 'string' ? [f] : strings(f))
        includes.push({
          value: name,
          follow: true,
          why: `requirements file of [tool.setuptools.dynamic] in ${file}`,
          ...line(...keys, 'file')
        })
    }
  // Any other value naming a path above the project.
  const walk = (v: TomlValue, keys: string[]): void => {
    if (typeof v === 'string') {
      if (v === '..' || v.startsWith('../'))
        refs.push({
          value: v,
          follow: false,
          why: `path named by ${keys.join('.')} in ${file}`,
          ...line(...keys)
        })
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, keys))
    else if (isTable(v))
      for (const [k, x] of Object.entries(v)) {
        // A key names a path too: hatch's force-include maps the source path to its place.
        walk(k, [...keys, k])
        walk(x, [...keys, k])
      }
  }
  walk(t, [])
  const ws = tomlGet(t, 'tool', 'uv', 'workspace')
  const name = tomlGet(t, 'project', 'name') ?? tomlGet(t, 'tool', 'poetry', 'name')
  return {
    ...(typeof name === 'string' ? { name } : {}),
    refs,
    includes,
    deps,
    sources,
    ...(isTable(ws)
      ? {
          uvWorkspace: {
            members: strings(tomlGet(ws, 'members')),
            exclude: strings(tomlGet(ws, 'exclude'))
          }
        }
      : {})
  }
}
