/**
 * The JavaScript provider: what the build of an npm/yarn/pnpm/bun package reads, from the
 * manifests as text. Never runs a package manager.
 *
 * For the package at the build root (a workspace member, or a package of no workspace): its
 * folder; the workspace packages it depends on (`dependencies`, `peerDependencies`,
 * `optionalDependencies`; `devDependencies` too when it has a build script, which bundles them),
 * by name whatever the version, or by a `file:`/`link:`/`portal:`/`workspace:` path,
 * transitively, each folder whole; the workspace root's manifest, lockfiles, package-manager
 * configuration, patches, `turbo.json` and `nx.json`; `.npmrc`/`.yarnrc(.yml)` of the folders
 * above; and the tsconfig bases and references of each package (tsconfig.ts). A workspace list
 * or manifest it cannot read widens to the whole repository: dependencies by name could then be
 * any package.
 */
import { InputList } from '../collect.js'
import { at, dirOf, joinPath } from '../../../util/paths.js'
import type { BuildRoot, Provider, ProviderResult, SourceTree, Unresolved } from '../types.js'
import { obj, str } from './json.js'
import { followTsconfigs, isTsconfig, mayBeTsconfigBase, type AddInput } from './tsconfig.js'
import {
  byName,
  inNodeModules,
  jsIndex,
  workspaceOf,
  type JsIndex,
  type JsPackage,
  type Workspace
} from './workspace.js'

const LOCKFILES = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lockb',
  'bun.lock'
]
/** Files of the workspace (or lone package) root that every install reads. */
const ROOT_FILES = [
  'package.json',
  ...LOCKFILES,
  'pnpm-workspace.yaml',
  '.pnpmfile.cjs',
  'bunfig.toml',
  'lerna.json',
  'turbo.json',
  'nx.json'
]
const ROOT_DIRS = ['.yarn/plugins', '.yarn/releases', '.yarn/patches', 'patches']
/** Package-manager settings, read from the project's folder and the folders above it. */
const RC_FILES = ['.npmrc', '.yarnrc.yml', '.yarnrc']
const DEP_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies']
const PATH_PROTOCOL = /^(?:file|link|portal):(.*)$/
/** The package an `npm:` alias installs, with or without a version after it. */
const NPM_NAME = /^(@[^/@]+\/[^/@]+|[^/@]+)(?:@|$)/
/** The package a `workspace:name@range` alias names. */
const WORKSPACE_ALIAS = /^(@[^/@]+\/[^/@]+|[^/@]+)@/

/** Whether the JavaScript provider reads `path`: manifests, pnpm workspace files, tsconfigs. */
export function wantsJs(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1)
  if (base !== 'package.json' && base !== 'pnpm-workspace.yaml' && !path.endsWith('.json'))
    return false
  if (inNodeModules(path)) return false
  return (
    base === 'package.json' ||
    base === 'pnpm-workspace.yaml' ||
    isTsconfig(path) ||
    mayBeTsconfigBase(path)
  )
}

/** The script that builds a package (and so bundles its devDependencies), if any. */
function buildScript(pkg: JsPackage): string | undefined {
  const scripts = obj(pkg.manifest?.scripts) ?? {}
  return Object.keys(scripts).find(
    (s) => s === 'build' || s.startsWith('build:') || s === 'prepare'
  )
}

/** What a dependency spec points at: a path, or a package name (an alias's target). */
function target(depName: string, spec: string): { path: string } | { name: string } {
  const p = PATH_PROTOCOL.exec(spec)
  if (p) return { path: (p[1] as string).replace(/^\/\/(?=\.)/, '') }
  const rest = spec.startsWith('workspace:')
    ? spec.slice('workspace:'.length)
    : spec.startsWith('npm:')
      ? spec.slice('npm:'.length)
      : undefined
  if (rest === undefined) return { name: depName }
  if (rest.startsWith('.') || rest.startsWith('/')) return { path: rest }
  // `npm:name` and `npm:name@range` install `name`; so does pnpm's `workspace:name@range`, while
  // a plain `workspace:` range (`workspace:*`) names the dependency itself.
  const alias = (spec.startsWith('npm:') ? NPM_NAME : WORKSPACE_ALIAS).exec(rest)
  return { name: alias ? (alias[1] as string) : depName }
}

const byNameCache = new WeakMap<Workspace, Map<string, JsPackage[]>>()
function names(w: Workspace | undefined, index: JsIndex): Map<string, JsPackage[]> {
  if (!w) return new Map()
  let m = byNameCache.get(w)
  if (!m) {
    m = byName(w, index)
    byNameCache.set(w, m)
  }
  return m
}

/** The inputs of the package at `folder`. */
export function jsInputs(folder: string, tree: SourceTree): ProviderResult {
  const index = jsIndex(tree)
  const start = index.packages.get(folder)
  if (!start) return { inputs: [], warnings: [], claimed: false }
  const ws = workspaceOf(folder, index)
  const project = ws?.root ?? folder
  const named = names(ws, index)
  const list = new InputList('js')
  const warnings: string[] = []
  const unresolved: Unresolved[] = []
  const add: AddInput = (kind, path, why, file, line) =>
    list.add(kind, path, {
      why,
      ...(file !== undefined ? { file } : {}),
      ...(line !== undefined ? { line } : {})
    })
  if (ws?.error)
    unresolved.push({
      what: `${ws.error.what}, so workspace dependencies cannot be matched by name`,
      scope: '',
      file: ws.error.file,
      ...(ws.error.line !== undefined ? { line: ws.error.line } : {})
    })
  const label = (p: JsPackage): string => p.name ?? `${p.dir || '.'}/`
  const seen = new Set<string>([folder])
  const queue: { pkg: JsPackage; why: string; file?: string }[] = [
    {
      pkg: start,
      why: ws
        ? `workspace package ${label(start)} (${start.file})`
        : `package ${label(start)} (${start.file})`
    }
  ]
  const follow = (dir: string, why: string, file: string): void => {
    if (seen.has(dir)) return
    seen.add(dir)
    const pkg = index.packages.get(dir)
    if (pkg) queue.push({ pkg, why, file })
    // A folder with no manifest: its files are what is installed.
    else add('dir', dir, why, file)
  }
  for (let next = 0; next < queue.length; next++) {
    const { pkg, why, file } = queue[next] as (typeof queue)[number]
    add('dir', pkg.dir, why, file)
    if (!pkg.manifest) {
      unresolved.push({
        what: `${pkg.file}: ${pkg.error}, so its dependencies are unknown`,
        scope: '',
        file: pkg.file
      })
      continue
    }
    const script = buildScript(pkg)
    const fields = script ? [...DEP_FIELDS, 'devDependencies'] : DEP_FIELDS
    for (const field of fields) {
      const value = pkg.manifest[field]
      if (value === undefined) continue
      const deps = obj(value)
      if (!deps) {
        unresolved.push({
          what: `${pkg.file}: ${field} is not a map of packages`,
          scope: '',
          file: pkg.file
        })
        continue
      }
      const kind =
        field === 'devDependencies'
          ? `devDependency (counted: scripts.${script} builds ${label(pkg)} and bundles it)`
          : field.replace(/ies$/, 'y')
      for (const [dep, raw] of Object.entries(deps)) {
        const spec = str(raw) ?? ''
        const t = target(dep, spec)
        const says = `${label(pkg)} depends on ${dep} (${kind} in ${pkg.file})`
        if ('name' in t) {
          const found = named.get(t.name) ?? []
          for (const p of found) follow(p.dir, says, pkg.file)
          if (found.length === 0 && spec.startsWith('workspace:'))
            warnings.push(
              `${pkg.file}: ${dep} uses the workspace: protocol, but no package of the workspace is named ${t.name}`
            )
          continue
        }
        const p = t.path.startsWith('/') ? undefined : joinPath(pkg.dir, t.path)
        if (p !== undefined && tree.hasDir(p)) follow(p, says, pkg.file)
        else if (p !== undefined && tree.hasFile(p)) add('file', p, says, pkg.file)
        else
          unresolved.push({
            what: `${pkg.file}: ${dep} ${spec} is ${p === undefined ? 'outside the repository' : 'not a file or folder of the tree (a build output?)'}`,
            scope: '',
            file: pkg.file
          })
      }
    }
    const configs = tree.filesUnder(pkg.dir).filter((f) => isTsconfig(f) && !inNodeModules(f))
    // Only the package's own tsconfigs: a nested package follows its own when it is a dependency.
    const own = configs.filter((f) => !nestedPackage(f, pkg.dir, index))
    const resolve = (name: string): JsPackage | undefined => named.get(name)?.[0]
    followTsconfigs(own, pkg.dir, resolve, tree, add, unresolved)
  }
  const projectWhy = ws
    ? `workspace root of ${label(start)} (${ws.files.join(', ')})`
    : `project root of ${label(start)}`
  const outside = (p: string): boolean =>
    !(folder === '' || p === folder || p.startsWith(`${folder}/`))
  for (const f of ROOT_FILES) if (outside(at(project, f))) add('file', at(project, f), projectWhy)
  for (const d of ROOT_DIRS) if (outside(at(project, d))) add('dir', at(project, d), projectWhy)
  for (const f of ['turbo.json', 'nx.json'])
    if (outside(f)) add('file', f, 'task runner configuration of the repository')
  for (let d: string | undefined = dirOf(at(folder, 'x')); d !== undefined;) {
    const up: string | undefined = d === '' ? undefined : dirOf(d)
    if (d !== folder)
      for (const f of RC_FILES)
        add('file', at(d, f), `package manager settings above ${label(start)}`)
    d = up
  }
  // A package of no workspace whose build reads nothing outside its folder is left to the
  // Dockerfile: what it copies is then exact, and a COPY of a build output widens to the folder,
  // which is what this provider would count.
  const inputs = list.all
  const beyond = inputs.some(
    (i) => outside(i.path) && (i.kind === 'dir' ? tree.hasDir(i.path) : tree.hasFile(i.path))
  )
  if (!ws && !beyond && unresolved.length === 0) return { inputs: [], warnings, claimed: false }
  return { inputs, warnings, unresolved, claimed: true }
}

/** Whether `file`, below the package at `dir`, lies in a package nested inside it. */
function nestedPackage(file: string, dir: string, index: JsIndex): boolean {
  // The folders between the package's and the file's, walked down from the package's.
  const folders = file
    .slice(dir === '' ? 0 : dir.length + 1)
    .split('/')
    .slice(0, -1)
  let d = dir
  for (const name of folders) {
    d = at(d, name)
    if (index.packages.has(d)) return true
  }
  return false
}

const unscoped = (name: string): string => name.slice(name.indexOf('/') + 1)

const rootsCache = new WeakMap<SourceTree, Map<string, BuildRoot[]>>()

/**
 * The workspace packages whose name (without its scope) is the image's name, and the package of
 * a repository that is one package: the build roots of the image by its package name.
 */
export function findJsRoots(image: { readonly name: string }, tree: SourceTree): BuildRoot[] {
  let byImage = rootsCache.get(tree)
  if (!byImage) {
    byImage = new Map()
    const index = jsIndex(tree)
    const add = (name: string, root: BuildRoot): void => {
      const list = byImage?.get(name) ?? []
      if (!list.some((r) => r.folder === root.folder)) list.push(root)
      byImage?.set(name, list)
    }
    for (const w of index.workspaces)
      for (const dir of w.members ?? []) {
        const p = index.packages.get(dir)
        if (p?.name !== undefined)
          add(unscoped(p.name), { folder: dir, how: `workspace package ${p.name} (${p.file})` })
      }
    const top = index.packages.get('')
    if (top?.name !== undefined && !index.workspaces.some((w) => w.root === ''))
      add(unscoped(top.name), {
        folder: '',
        how: `the repository's package ${top.name} (package.json)`
      })
    for (const list of byImage.values()) list.sort((a, b) => (a.folder < b.folder ? -1 : 1))
    rootsCache.set(tree, byImage)
  }
  return [...(byImage.get(image.name) ?? [])]
}

/** The JavaScript provider. */
export const jsProvider: Provider = {
  name: 'js',
  wants: wantsJs,
  inputsOf: (_image, root, tree) => jsInputs(root.folder, tree)
}
