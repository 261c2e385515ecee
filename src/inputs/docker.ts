/**
 * The Dockerfile provider: the Dockerfile (or Containerfile) of a build root, the `COPY`/`ADD`
 * sources (and `RUN --mount=type=bind` sources) it reads from its build context, filtered by
 * `.dockerignore`, and the base images of its `FROM` lines.
 *
 * The context is the Dockerfile's folder. A Dockerfile under `src/docker/` is the Gradle
 * docker plugins' layout: its context is a folder staged by the build, so the sources cannot be
 * resolved against the repository and the whole build root counts.
 */
import { dirOf, joinPath } from './gradle-lex.js'
import { parseDockerfile, substitute, usesVariable } from './dockerfile.js'
import { escapeGlob, goGlob, ignoreExcludes, parseDockerignore } from './dockerignore.js'
import { InputList } from './collect.js'
import type { Input, Provider, ProviderResult, SourceTree } from './types.js'

const NAMES = ['Dockerfile', 'Containerfile', 'src/docker/Dockerfile']

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
  return /^(?:Dockerfile|Containerfile)(?:\..+)?$|\.(?:Dockerfile|Containerfile)$|\.dockerignore$/.test(
    base
  )
}

/** The Dockerfile of a build root, if any. */
export function dockerfileOf(folder: string, tree: SourceTree): string | undefined {
  return NAMES.map((n) => (folder === '' ? n : `${folder}/${n}`)).find((f) => tree.hasFile(f))
}

/** The inputs of the Dockerfile `file` built with context `context`. */
export function dockerfileInputs(file: string, context: string, tree: SourceTree): ProviderResult {
  const warnings: string[] = []
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
  const text = tree.read(file)
  if (text === undefined) {
    warnings.push(`${file} was not read; the whole build context counts`)
    add('dir', context, 'build context of an unread Dockerfile')
    return { inputs: list.all, warnings, claimed: true }
  }
  // `<Dockerfile>.dockerignore` beside the Dockerfile wins over the context's `.dockerignore`.
  const ignoreFiles = [
    `${file}.dockerignore`,
    context === '' ? '.dockerignore' : `${context}/.dockerignore`
  ]
  for (const f of ignoreFiles) add('file', f, 'ignore file of the build context')
  const ignoreFile = ignoreFiles.find((f) => tree.hasFile(f))
  const ignoreText = ignoreFile === undefined ? undefined : tree.read(ignoreFile)
  if (ignoreFile !== undefined && ignoreText === undefined)
    warnings.push(`${ignoreFile} was not read`)
  const excludes = ignoreExcludes(context, parseDockerignore(ignoreText ?? ''), (d) =>
    tree.filesUnder(d)
  )
  const df = parseDockerfile(text)
  const whole = (why: string, line: number): void => add('dir', context, why, line, excludes)
  const source = (src: string, what: string, line: number): void => {
    if (usesVariable(src, df.escape)) {
      warnings.push(
        `${file} line ${line}: ${what} source ${src} uses a variable; the whole build context counts`
      )
      whole(`build context (${what} ${src} in ${file} line ${line} uses a variable)`, line)
      return
    }
    const rel = joinPath('', src.replace(/^\/+/, ''))
    if (rel === undefined) {
      warnings.push(
        `${file} line ${line}: ${what} source ${src} is outside the build context; ignored`
      )
      return
    }
    const why = `${what} in ${file} line ${line}`
    const inCtx = joinPath(context, rel) ?? context
    if (rel === '') whole(`build context (${why} copies all of it)`, line)
    else if (/[*?[]/.test(rel))
      add(
        'glob',
        `${context === '' ? '' : `${escapeGlob(context)}/`}${goGlob(rel)}/**`,
        why,
        line,
        excludes
      )
    else add(tree.hasFile(inCtx) ? 'file' : 'dir', inCtx, why, line, excludes)
  }
  const globalArgs = new Map<string, string>()
  const stages = new Set<string>()
  let seenFrom = false
  for (const ins of df.instructions) {
    const flag = (n: string): string | undefined => ins.flags.find(([k]) => k === n)?.[1]
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
    } else if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && flag('from') === undefined) {
      // Heredocs (`COPY <<EOF /x`) are not context sources; the last word is the destination.
      const words = ins.args.filter((a) => !/^<<-?["']?[A-Za-z_]/.test(a))
      for (const s of words.slice(0, -1)) {
        if (ins.keyword === 'ADD' && /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i.test(s)) continue
        source(s, ins.keyword, ins.line)
      }
    } else if (ins.keyword === 'RUN') {
      for (const [k, v] of ins.flags) {
        if (k !== 'mount' || v === undefined) continue
        const kv = new Map(
          v.split(',').map((p) => [p.split('=')[0] ?? '', p.split('=').slice(1).join('=')])
        )
        if ((kv.get('type') ?? 'bind') === 'bind' && !kv.has('from'))
          source(kv.get('source') ?? kv.get('src') ?? '.', 'RUN --mount', ins.line)
      }
    }
  }
  return { inputs: list.all, warnings, baseImages, claimed: true }
}

/** The inputs of the Dockerfile at a build root. Not claimed when the root has none. */
export function dockerInputs(folder: string, tree: SourceTree): ProviderResult {
  const file = dockerfileOf(folder, tree)
  if (file === undefined) return { inputs: [], warnings: [], claimed: false }
  if (!file.endsWith('src/docker/Dockerfile')) return dockerfileInputs(file, dirOf(file), tree)
  // A staged context: the sources are the build's outputs, made from the whole project folder.
  const r = dockerfileInputs(file, dirOf(file), tree)
  const staged: Input = {
    kind: 'dir',
    path: folder,
    from: {
      provider: 'docker',
      file,
      why: `build context of ${file}, staged by the build from the project folder`
    }
  }
  return { ...r, inputs: [r.inputs[0] as Input, staged], warnings: [] }
}

/** The Dockerfile provider. */
export const dockerProvider: Provider = {
  name: 'docker',
  wants: wantsDocker,
  inputsOf: (_image, root, tree) => dockerInputs(root.folder, tree)
}
