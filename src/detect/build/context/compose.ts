/**
 * Compose files (`docker-compose*.yml`, `compose*.yaml`, in any folder): every service with a
 * `build` section is a build. Paths are relative to the compose file's folder (the project
 * directory), `dockerfile` to the context; `${VAR}` interpolation is resolved from the literal
 * values of the `.env` file beside the compose file, or from the `:-default`.
 */
import type { SourceTree } from '../types.js'
import { dirOf } from '../../../util/paths.js'
import {
  baseOf,
  finish,
  isRemote,
  readable,
  resolvePath,
  setContext,
  setDockerfile,
  shown,
  type Draft
} from './common.js'
import { interpolate, parseDotEnv } from './interpolate.js'
import type { ContextReader, DeclaredBuild } from './types.js'
import { parseYaml, Yaml } from './yaml.js'

/** Compose file names: `docker-compose*.yml|yaml`, `compose*.yml|yaml`. */
export function isComposeFile(path: string): boolean {
  // A cheap test first: this runs for every file of the tree.
  if (!path.endsWith('.yml') && !path.endsWith('.yaml')) return false
  return /^(?:docker-)?compose[^/]*\.ya?ml$/.test(baseOf(path))
}

/** How deep `extends` chains are followed. */
const MAX_EXTENDS = 8

interface Loaded {
  readonly y: Yaml
  readonly root: unknown
}

interface Ctx {
  readonly tree: SourceTree
  readonly warnings: string[]
  /** Parsed compose files by path (undefined: not readable or not valid). */
  readonly parsed: Map<string, Loaded | undefined>
}

function load(ctx: Ctx, file: string, warn: boolean): Loaded | undefined {
  if (ctx.parsed.has(file)) return ctx.parsed.get(file)
  let loaded: Loaded | undefined
  const text = ctx.tree.read(file)
  if (text !== undefined || (warn && readable(text, file, ctx.warnings))) {
    const p = parseYaml(text ?? '')
    if ('errorLine' in p) {
      if (warn) {
        ctx.warnings.push(`${file}: not valid YAML (line ${p.errorLine}); its builds are not read`)
      }
    } else if (p.docs[0]) {
      const y = new Yaml(p.docs[0], p.lines)
      loaded = { y, root: y.root }
    }
  }
  ctx.parsed.set(file, loaded)
  return loaded
}

/** The `.env` file of a compose project folder: its path when in the tree, and its literal values. */
function dotEnv(tree: SourceTree, dir: string): { file?: string; vars: Map<string, string> } {
  const file = dir === '' ? '.env' : `${dir}/.env`
  if (!tree.hasFile(file)) return { vars: new Map() }
  return { file, vars: parseDotEnv(tree.read(file) ?? '') }
}

/** Where a service's build section is: the file and mapping it is written in. */
interface BuildSource {
  readonly file: string
  readonly loaded: Loaded
  readonly build: unknown
  /** The service the section belongs to, when it is inherited through `extends`. */
  readonly from?: string
}

/** The build section of a service, following `extends` (bounded) when it has none of its own. */
function buildSource(
  ctx: Ctx,
  file: string,
  loaded: Loaded,
  service: unknown,
  depth = 0
): BuildSource | { missing: string } | undefined {
  const { y } = loaded
  const own = y.pair(service, 'build')
  if (own && !y.isNull(own.value)) return { file, loaded, build: own.value }
  const ext = y.get(service, 'extends')
  if (ext === undefined || y.isNull(ext) || depth >= MAX_EXTENDS) return undefined
  const name = y.str(ext) ?? y.str(y.get(ext, 'service'))
  const otherFile = y.str(y.get(ext, 'file'))
  if (name === undefined) return undefined
  let target = file
  let tl: Loaded | undefined = loaded
  if (otherFile !== undefined) {
    const r = resolvePath(dirOf(file), otherFile)
    if (!('path' in r)) return { missing: `service ${name} of ${otherFile}` }
    target = r.path
    tl = load(ctx, target, false)
    if (!tl) return { missing: `service ${name} of ${otherFile}` }
  }
  const base = tl.y.get(tl.y.get(tl.root, 'services'), name)
  if (base === undefined) {
    return otherFile !== undefined ? { missing: `service ${name} of ${otherFile}` } : undefined
  }
  const found = buildSource(ctx, target, tl, base, depth + 1)
  if (found && 'build' in found && found.from === undefined) return { ...found, from: name }
  return found
}

/** A compose name value (`image`, a build tag): as written, and resolved when that differs. */
function namesOf(written: string | undefined, vars: ReadonlyMap<string, string>): string[] {
  if (written === undefined) return []
  const v = interpolate(written, vars).value
  return v !== undefined && v !== written ? [written, v] : [written]
}

function readService(
  ctx: Ctx,
  file: string,
  loaded: Loaded,
  name: string,
  keyNode: unknown,
  service: unknown
): DeclaredBuild | undefined {
  const { y } = loaded
  const src = buildSource(ctx, file, loaded, service)
  if (src === undefined) return undefined
  if ('missing' in src) {
    ctx.warnings.push(
      `${file} line ${y.line(y.pair(service, 'extends')?.key, y.line(keyNode))}: service ${name} extends ${src.missing}, which is not read; a build it inherits is not known`
    )
    return undefined
  }
  const sy = src.loaded.y
  const dir = dirOf(src.file)
  // Interpolation uses the project's .env (beside the file read); paths follow the file written in.
  const env = dotEnv(ctx.tree, dirOf(file))
  const buildKey = src.file === file && !src.from ? y.pair(service, 'build')?.key : undefined
  const line = y.line(buildKey ?? keyNode)
  const via = src.from
    ? `, which extends ${src.from}${src.file !== file ? ` of ${src.file}` : ''}`
    : ''
  const d: Draft = {
    names: [name, ...namesOf(y.str(y.get(service, 'image')), env.vars)],
    context: undefined,
    file,
    line,
    what: `compose service ${name}${via} (${file} line ${line})`,
    extraFiles: src.file !== file ? [src.file] : [],
    unresolved: []
  }
  let interpolates = false
  /** A value interpolated, or undefined with the reason recorded. */
  const value = (label: string, written: string): string | undefined => {
    const r = interpolate(written, env.vars)
    if (r.usesVars) interpolates = true
    if (r.value !== undefined) return r.value
    const where = env.file ? `, which ${env.file} does not set` : ''
    d.unresolved.push(`${label} ${shown(written)} uses ${r.unknown.join(', ')}${where}`)
    return undefined
  }
  const b = src.build
  const asString = sy.str(b)
  if (asString !== undefined) {
    const c = value('build', asString)
    if (c !== undefined) setContext(d, dir, c, 'build')
  } else if (sy.map(b)) {
    const cw = sy.str(sy.get(b, 'context'))
    const c = cw === undefined ? '.' : value('context', cw)
    if (c !== undefined) setContext(d, dir, c)
    const inline = sy.get(b, 'dockerfile_inline')
    const dw = sy.str(sy.get(b, 'dockerfile'))
    if (inline !== undefined && !sy.isNull(inline)) d.inline = true
    else if (dw !== undefined) {
      const df = value('dockerfile', dw)
      if (df !== undefined) {
        if (c !== undefined && isRemote(c)) {
          d.unresolved.push(`dockerfile ${df} is inside the remote context`)
        } else setDockerfile(d, d.context, df)
      }
    }
    const args = sy.get(b, 'args')
    if (args !== undefined && !sy.isNull(args)) interpolates = true
    for (const t of sy.items(sy.get(b, 'tags'))) d.names.push(...namesOf(sy.str(t), env.vars))
    additionalContexts(sy, sy.get(b, 'additional_contexts'), dir, d)
  } else {
    d.unresolved.push('build is neither a path nor a mapping')
  }
  if (interpolates && env.file) d.extraFiles.push(env.file)
  return finish(d)
}

/** Named extra contexts: an image is no input; anything else is a folder or remote not followed. */
function additionalContexts(y: Yaml, node: unknown, dir: string, d: Draft): void {
  const pairs: [string, string][] = []
  for (const e of y.entries(node)) {
    const v = y.str(e.value)
    if (v !== undefined) pairs.push([e.key, v])
  }
  for (const item of y.items(node)) {
    const s = y.str(item)
    const eq = s?.indexOf('=') ?? -1
    if (s !== undefined && eq > 0) pairs.push([s.slice(0, eq), s.slice(eq + 1)])
  }
  for (const [name, v] of pairs) {
    if (v.startsWith('docker-image://')) continue
    if (v.startsWith('service:')) {
      d.unresolved.push(`additional context ${name} is the image of ${v}`)
      continue
    }
    const r = isRemote(v) ? undefined : resolvePath(dir, v)
    const where = r && 'path' in r ? ` (${r.path === '' ? 'the repository root' : r.path})` : ''
    d.unresolved.push(`additional context ${name} = ${shown(v)}${where} is read by the build too`)
  }
}

function readFile(ctx: Ctx, file: string): DeclaredBuild[] {
  const loaded = load(ctx, file, true)
  if (!loaded) return []
  const { y, root } = loaded
  const builds: DeclaredBuild[] = []
  for (const s of y.entries(y.get(root, 'services'))) {
    const b = readService(ctx, file, loaded, s.key, s.keyNode, s.value)
    if (b) builds.push(b)
  }
  const include = y.get(root, 'include')
  for (const item of y.items(include)) {
    const paths = y.str(item) !== undefined ? [item] : [y.get(item, 'path')]
    const flat = paths.flatMap((p) => (y.seq(p) ? y.items(p) : [p]))
    for (const p of flat) {
      const w = y.str(p)
      if (w === undefined) continue
      const r = resolvePath(dirOf(file), w)
      if (!('path' in r) || !ctx.tree.hasFile(r.path) || isComposeFile(r.path)) continue
      ctx.warnings.push(
        `${file} line ${y.line(p)}: include ${w} is not read (not a compose file name); builds it declares are not known`
      )
    }
  }
  return builds
}

export const composeReader: ContextReader = {
  name: 'compose',
  wants: (path) => isComposeFile(path) || path === '.env' || path.endsWith('/.env'),
  builds(tree) {
    const ctx: Ctx = { tree, warnings: [], parsed: new Map() }
    const builds: DeclaredBuild[] = []
    for (const file of tree.files) {
      if (!isComposeFile(file)) continue
      try {
        builds.push(...readFile(ctx, file))
      } catch (e) {
        ctx.warnings.push(`${file}: not read (${(e as Error).message}); its builds are not known`)
      }
    }
    return { builds, warnings: ctx.warnings }
  }
}
