/**
 * The Dockerfile provider: the Dockerfile (or Containerfile) of a build, the `COPY`/`ADD`
 * sources (and `RUN --mount=type=bind` sources) it reads from its build context, filtered by
 * `.dockerignore`, and the base images of its `FROM` lines.
 *
 * The context is the one the repository declares (compose, bake, skaffold, a workflow step:
 * see context/), else it is inferred: the nearest folder, from the Dockerfile's own up to the
 * repository root, under which every literal COPY source exists. What cannot be resolved (a
 * source that is no file or folder of the context, such as a build output; a variable; an
 * instruction the reader does not know; an unreadable Dockerfile) is reported as unresolved,
 * and the soundness rule widens the image's inputs (resolve.ts): never a silent narrowing.
 *
 * A Dockerfile under `src/docker/` is the Gradle docker plugins' layout: its context is a folder
 * staged by the build, so the sources cannot be resolved against the repository and the whole
 * build root counts.
 */
import { at, dirOf } from '../../../util/paths.js'
import { parseDockerfile, substitute } from './dockerfile.js'
import { escapeGlob, goGlob, ignoreExcludes, parseDockerignore } from './dockerignore.js'
import { inferContext } from './infer-context.js'
import { isDockerfile, ROOT_DOCKERFILES } from './names.js'
import { fixedPart, inContext, isGlob, resolves, sourcesOf } from './sources.js'
import { InputList } from '../collect.js'
import type {
  DockerBuild,
  Input,
  Provider,
  ProviderResult,
  SourceTree,
  Unresolved
} from '../types.js'

/** The instructions of the Dockerfile reference; any other keyword is not understood. */
const KEYWORDS = new Set([
  'FROM',
  'RUN',
  'CMD',
  'LABEL',
  'MAINTAINER',
  'EXPOSE',
  'ENV',
  'ADD',
  'COPY',
  'ENTRYPOINT',
  'VOLUME',
  'USER',
  'WORKDIR',
  'ARG',
  'ONBUILD',
  'STOPSIGNAL',
  'HEALTHCHECK',
  'SHELL'
])

/** Whether the Dockerfile provider reads `path`: Dockerfiles, Containerfiles and ignore files. */
export function wantsDocker(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1)
  // A cheap test first: nearly every file of a tree is none of these.
  if (
    !base.includes('ockerfile') &&
    !base.includes('ontainerfile') &&
    !base.includes('.dockerignore')
  )
    return false
  // The names of names.ts: `Dockerfile-java` too, which a compose file or a Gradle build may name.
  return isDockerfile(base) || base.endsWith('.dockerignore')
}

/** The Dockerfile of a build root, if any. */
export function dockerfileOf(folder: string, tree: SourceTree): string | undefined {
  return ROOT_DOCKERFILES.map((n) => at(folder, n)).find((f) => tree.hasFile(f))
}

/** How a Dockerfile is built: its declared context, or the build root to widen to when inferred. */
export interface DockerfileBuild {
  /** The context the repository declares; undefined to infer it. */
  readonly context?: string
  /** How the context was declared, e.g. `compose service api (docker-compose.yml line 12)`. */
  readonly how?: string
  /** Where unresolved sources widen to when the context is inferred: the build root. */
  readonly root: string
}

/** What a Dockerfile reads: always with what it leaves unresolved and the build it is. */
export type DockerfileResult = ProviderResult & {
  readonly unresolved: readonly Unresolved[]
  readonly builds: readonly DockerBuild[]
}

/** The inputs of the Dockerfile `file`, built as `build` says. */
export function dockerfileInputs(
  file: string,
  tree: SourceTree,
  build: DockerfileBuild
): DockerfileResult {
  const warnings: string[] = []
  const unresolved: Unresolved[] = []
  const list = new InputList('docker')
  const baseImages: { image: string; file: string; line: number }[] = []
  const add = (
    kind: Input['kind'],
    path: string,
    why: string,
    line?: number,
    excludes?: readonly string[]
  ): void => list.add(kind, path, { why, file, ...(line !== undefined ? { line } : {}) }, excludes)
  add('file', file, 'Dockerfile of the image')
  const known = build.context
  const text = tree.read(file)
  if (text === undefined) {
    const context = known ?? build.root
    unresolved.push({
      what: `${file} could not be read${tree.hasFile(file) ? '' : ' (it is not in the tree)'}`,
      scope: context,
      file
    })
    return {
      inputs: list.all,
      warnings,
      unresolved,
      builds: [{ dockerfile: file, context, how: build.how ?? 'the build root' }],
      claimed: true
    }
  }
  const df = parseDockerfile(text)
  const sources = df.instructions.flatMap((ins) => sourcesOf(ins, df.escape))
  const { context, how, others } =
    known !== undefined
      ? { context: known, how: build.how ?? 'declared', others: [] }
      : inferContext(file, sources, tree)
  // Where a source that is no file of the context widens to: the declared context, or the build root.
  const scope = known ?? build.root
  const where = context === '' ? 'the repository root' : `${context}/`
  // `<Dockerfile>.dockerignore` beside the Dockerfile wins over the context's `.dockerignore`.
  const ignoreFiles = [
    `${file}.dockerignore`,
    context === '' ? '.dockerignore' : `${context}/.dockerignore`
  ]
  for (const f of ignoreFiles) add('file', f, 'ignore file of the build context')
  const ignoreFile = ignoreFiles.find((f) => tree.hasFile(f))
  const ignoreText = ignoreFile === undefined ? undefined : tree.read(ignoreFile)
  if (ignoreFile !== undefined && ignoreText === undefined)
    unresolved.push({
      what: `${ignoreFile} could not be read, so what it keeps out is unknown`,
      scope: context,
      file: ignoreFile
    })
  const excludes = ignoreExcludes(context, parseDockerignore(ignoreText ?? ''), (d) =>
    tree.filesUnder(d)
  )
  if (!df.instructions.some((i) => i.keyword === 'FROM'))
    unresolved.push({ what: `${file} has no FROM instruction`, scope, file })
  for (const ins of df.instructions)
    if (!KEYWORDS.has(ins.keyword))
      unresolved.push({
        what: `${file} line ${ins.line}: unknown instruction ${ins.keyword}`,
        scope,
        file,
        line: ins.line
      })
  for (const s of sources) {
    const at = `${s.what} in ${file} line ${s.line}`
    if (s.variable) {
      unresolved.push({
        what: `${file} line ${s.line}: ${s.what} source ${s.src} uses a variable`,
        scope: context,
        excludes,
        file,
        line: s.line
      })
      continue
    }
    if (s.rel === undefined) {
      warnings.push(
        `${file} line ${s.line}: ${s.what} source ${s.src} is outside the build context; ignored`
      )
      continue
    }
    if (s.rel === '') {
      add('dir', context, `build context (${at} copies all of it)`, s.line, excludes)
      continue
    }
    if (!resolves(context, s.rel, tree)) {
      // Not a file of the context: a build output, or a context the repository does not show.
      unresolved.push({
        what: `${file} line ${s.line}: ${s.what} ${s.src} is not a file or folder of the build context ${where} (a build output?)`,
        scope,
        // A glob's output is below its fixed folder (`target/*.jar`: `target`).
        output: inContext(context, fixedPart(s.rel)),
        file,
        line: s.line
      })
      continue
    }
    const inCtx = inContext(context, s.rel)
    if (isGlob(s.rel))
      add(
        'glob',
        `${context === '' ? '' : `${escapeGlob(context)}/`}${goGlob(s.rel)}/**`,
        at,
        s.line,
        excludes
      )
    else add(tree.hasFile(inCtx) ? 'file' : 'dir', inCtx, at, s.line, excludes)
  }
  // An inferred context that other folders would fit as well: their sources count too.
  for (const other of others) {
    const at = other === '' ? 'the repository root' : `${other}/`
    const what = `${file}: its build context is not declared; every COPY source exists under ${where} and under ${at} too (declare it, e.g. in a compose file)`
    for (const s of sources) {
      if (s.variable || s.rel === undefined) continue
      const base = fixedPart(s.rel)
      unresolved.push({ what, scope: inContext(other, base), file, line: s.line })
    }
  }
  const globalArgs = new Map<string, string>()
  const stages = new Set<string>()
  let seenFrom = false
  for (const ins of df.instructions) {
    if (ins.keyword === 'ARG' && !seenFrom) {
      for (const a of ins.args) {
        const [k, ...v] = a.split('=')
        if (k && v.length > 0) globalArgs.set(k, v.join('=').replace(/^(["'])(.*)\1$/, '$2'))
      }
    } else if (ins.keyword === 'FROM') {
      seenFrom = true
      const raw = ins.args[0]
      if (raw === undefined) continue
      if ((ins.args[1] ?? '').toUpperCase() === 'AS' && ins.args[2])
        stages.add(ins.args[2].toLowerCase())
      const image = substitute(raw, globalArgs)
      if (image === undefined)
        warnings.push(
          `${file} line ${ins.line}: FROM ${raw} uses a build argument without a default`
        )
      const name = image ?? raw
      const asStage =
        stages.has(name.toLowerCase()) && name.toLowerCase() !== (ins.args[2] ?? '').toLowerCase()
      if (name !== 'scratch' && !asStage) baseImages.push({ image: name, file, line: ins.line })
    }
  }
  return {
    inputs: list.all,
    warnings,
    unresolved,
    baseImages,
    builds: [{ dockerfile: file, context, how }],
    claimed: true
  }
}

/**
 * The inputs of the Dockerfile at a build root. Not claimed when the root has none; claimed with
 * nothing when a build the repository declares for the image reads it (`declared`).
 */
export function dockerInputs(
  folder: string,
  tree: SourceTree,
  declared: ReadonlySet<string> = new Set()
): ProviderResult {
  const file = dockerfileOf(folder, tree)
  if (file === undefined) return { inputs: [], warnings: [], claimed: false }
  if (declared.has(file)) return { inputs: [], warnings: [], claimed: true }
  if (!file.endsWith('src/docker/Dockerfile')) return dockerfileInputs(file, tree, { root: folder })
  // A staged context: its sources are outputs of the build, made from the project folder. A
  // build system that claims the folder settles them (its inputs are what they are made of);
  // otherwise the whole folder counts.
  const r = dockerfileInputs(file, tree, {
    context: dirOf(file),
    how: 'a folder staged by the Gradle build from the project folder',
    root: folder
  })
  const staged = {
    what: `the build context of ${file} is staged by the build from the project folder ${folder === '' ? '(the root)' : `${folder}/`}`,
    scope: folder,
    output: folder,
    file
  }
  return {
    ...r,
    inputs: [r.inputs[0] as Input],
    warnings: [],
    unresolved: [staged]
  }
}

/** The Dockerfile provider. */
export const dockerProvider: Provider = {
  name: 'docker',
  wants: wantsDocker,
  inputsOf: (_image, root, tree, declared) => dockerInputs(root.folder, tree, declared)
}
