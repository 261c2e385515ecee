/**
 * What the action believes an image's inputs are, for a person (`vro-image-version inputs`) and
 * for a program (`--json`, a stable shape documented in the README).
 */
import { forCliTable } from '../util/escape.js'
import { Git } from '../git/git.js'
import type { Image } from '../files/image-vars.js'
import { inputSettings } from './build/index.js'
import { loadTree } from './load-tree.js'
import { resolveInputs, type ImageInputs } from './build/resolve-inputs.js'
import type { SourceTree } from './build/types.js'
import type { PartFormat } from './build/parts.js'

/** One image in the JSON report. Fields are only ever added, never renamed. */
export interface InputsReportImage {
  readonly name: string
  readonly prefix: string
  readonly roots: readonly { readonly folder: string; readonly how: string }[]
  /** Present when any change outside ignore-paths counts: why. */
  readonly any?: string
  readonly inputs: readonly {
    readonly kind: 'dir' | 'file' | 'glob'
    readonly path: string
    readonly excludes?: readonly string[]
    readonly provider: string
    readonly file?: string
    readonly line?: number
    readonly why: string
    /** For a shared build file that counts only when a part this build reads changes: its format. */
    readonly part?: PartFormat
    /** False for a file or folder that is not in the tree now (its creation would count). */
    readonly exists: boolean
  }[]
  readonly baseImages: readonly {
    readonly image: string
    readonly file: string
    readonly line: number
  }[]
  /** The docker builds read: each Dockerfile, its context ('' is the root) and how that was found. */
  readonly builds: readonly {
    readonly dockerfile: string
    readonly context: string
    readonly how: string
  }[]
  readonly warnings: readonly string[]
}

export interface InputsReport {
  /** The commit whose tree was read. */
  readonly head: string
  /** Globs that never count, for any image (the versions file always among them). */
  readonly ignored: readonly string[]
  readonly images: readonly InputsReportImage[]
}

/** Reads the tree at `head` and derives the inputs of the given images. */
export async function inputsReport(args: {
  readonly cwd: string
  readonly head: string
  readonly images: readonly Image[]
  readonly paths?: ReadonlyMap<string, readonly string[]>
  readonly sharedPaths?: readonly string[]
  readonly ignored: readonly string[]
}): Promise<InputsReport> {
  const git = new Git(args.cwd)
  const [info] = await git.lookup([`${args.head}^{commit}`])
  if (!info) throw new Error(`${args.head} is not a commit of the checkout in ${args.cwd}`)
  const tree = await loadTree(git, info.oid)
  const resolved = resolveInputs(args.images, tree, inputSettings(args.paths, args.sharedPaths))
  return { head: info.oid, ignored: args.ignored, images: resolved.map((r) => toReport(r, tree)) }
}

function toReport(r: ImageInputs, tree: SourceTree): InputsReportImage {
  /* istanbul ignore next -- type narrowing: resolveInputs sets builds for every image */
  const builds = r.builds ?? []
  return {
    name: r.image.name,
    prefix: r.image.prefix,
    roots: r.roots.map((x) => ({ folder: x.folder, how: x.how })),
    ...(r.any !== undefined ? { any: r.any } : {}),
    inputs: r.inputs.map((i) => ({
      kind: i.kind,
      path: i.path,
      ...(i.excludes?.length ? { excludes: i.excludes } : {}),
      provider: i.from.provider,
      ...(i.from.file !== undefined ? { file: i.from.file } : {}),
      ...(i.from.line !== undefined ? { line: i.from.line } : {}),
      why: i.from.why,
      ...(i.part ? { part: i.part.format } : {}),
      exists: i.kind === 'glob' || (i.kind === 'file' ? tree.hasFile(i.path) : tree.hasDir(i.path))
    })),
    baseImages: r.baseImages,
    builds: builds.map((b) => ({
      dockerfile: b.dockerfile,
      context: b.context,
      how: b.how
    })),
    warnings: r.warnings
  }
}

const shownPath = (i: InputsReportImage['inputs'][number]): string =>
  i.kind === 'dir' ? (i.path === '' ? '(the whole tree)' : `${i.path}/`) : i.path

/** How a shared build file with a part is compared, in words. */
const COMPARED: Record<PartFormat, string> = {
  properties: 'counts when a key this build reads changes',
  catalog: 'counts when an alias this build uses changes',
  'ancestor-script': 'counts when a statement that shapes this build changes',
  'convention-script': 'counts when a statement that shapes this build changes'
}

/** The report as text: one block per image, one line per input with where it comes from. */
export function formatInputs(report: InputsReport): string {
  const out: string[] = []
  for (const img of report.images) {
    out.push(img.name)
    if (img.any !== undefined) out.push(`  any change counts: ${img.any}`)
    for (const r of img.roots) out.push(`  build root: ${r.folder}/ (${r.how})`)
    for (const b of img.builds)
      out.push(
        `  docker build: ${b.dockerfile}, context ${b.context === '' ? 'the repository root' : `${b.context}/`} (${b.how})`
      )
    const present = img.inputs.filter((i) => i.exists)
    const width = Math.min(60, Math.max(0, ...present.map((i) => shownPath(i).length)))
    for (const i of present) {
      const where =
        i.file !== undefined ? ` [${i.file}${i.line !== undefined ? `:${i.line}` : ''}]` : ''
      const except = i.excludes?.length ? ` except ${i.excludes.join(', ')}` : ''
      const part = i.part ? ` (${COMPARED[i.part]})` : ''
      out.push(`  ${shownPath(i).padEnd(width)}  ${i.provider}: ${i.why}${part}${where}${except}`)
    }
    const absent = img.inputs.length - present.length
    if (absent > 0)
      out.push(`  (and ${absent} build files not in the tree now, which would count if added)`)
    for (const b of img.baseImages) out.push(`  base image: ${b.image} [${b.file}:${b.line}]`)
    for (const w of img.warnings) out.push(`  warning: ${w}`)
  }
  if (report.ignored.length > 0) out.push(`never counted: ${report.ignored.join(', ')}`)
  // Paths come from whoever can push a branch: each line is one line, never a workflow command.
  return out.map(forCliTable).join('\n')
}

/** What an input is there for, in a word or two, for the short report: by provider, then why. */
function inputGroup(i: InputsReportImage['inputs'][number]): string {
  const why = i.why
  if (i.provider === 'gradle') {
    if (why.startsWith('Gradle project')) return 'project'
    if (why.includes(' depends on ')) return 'project deps'
    if (why === 'root build file') return 'root build files'
    if (why.startsWith('build file of an ancestor')) return 'ancestor build files'
    if (why.startsWith('build file of included build')) return 'included build files'
    if (why.startsWith('plugin ')) return 'plugins'
    if (why.startsWith('script applied')) return 'applied scripts'
    if (why.startsWith('used by ')) return 'files the build reads'
    return 'other'
  }
  if (i.provider === 'docker') {
    if (why === 'Dockerfile of the image') return 'Dockerfile'
    if (why.startsWith('ignore file')) return 'ignore files'
    if (why.startsWith('build context')) return 'context'
    return 'copied'
  }
  return ''
}

/** "12 inputs: gradle 9 (project, 2 project deps, root build files), docker 3". */
export function inputsLine(inputs: InputsReportImage['inputs']): string {
  const byProvider = new Map<string, Map<string, number>>()
  for (const i of inputs) {
    const groups = byProvider.get(i.provider) ?? new Map<string, number>()
    const g = inputGroup(i)
    groups.set(g, (groups.get(g) ?? 0) + 1)
    byProvider.set(i.provider, groups)
  }
  const parts = [...byProvider].map(([provider, groups]) => {
    const total = [...groups.values()].reduce((a, b) => a + b, 0)
    const named = [...groups].filter(([g]) => g !== '')
    const detail = named.map(([g, n]) => (n === 1 ? g : `${n} ${g}`)).join(', ')
    return `${provider} ${total}${named.length > 0 ? ` (${detail})` : ''}`
  })
  const n = inputs.length
  return `${n} input${n === 1 ? '' : 's'}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`
}

/** A line cut to `width` characters, its end marked with "…". */
function fit(line: string, width: number): string {
  return line.length <= width ? line : `${line.slice(0, width - 1)}…`
}

/** Text wrapped at spaces to `width`, continued with `indent`, at most `max` lines (cut with …). */
function wrap(text: string, width: number, first: string, indent: string, max = 3): string[] {
  const lines: string[] = []
  let line = first
  for (const word of text.split(' ')) {
    const start = line === first || line === indent
    if (!start && line.length + 1 + word.length > width) {
      lines.push(line)
      line = indent
    }
    line += line === first || line === indent ? word : ` ${word}`
  }
  lines.push(line)
  if (lines.length > max) {
    const kept = lines.slice(0, max)
    kept[max - 1] = `${(kept[max - 1] as string).slice(0, width - 1)}…`
    return kept.map((l) => fit(l, width))
  }
  return lines.map((l) => fit(l, width))
}

/**
 * The report as a short text that fits a terminal of `width` columns: per image, its build
 * roots and docker builds, its inputs counted by kind, and its warnings, wrapped. The full
 * provenance is `formatInputs` (`--verbose`) and the JSON.
 */
export function formatInputsSummary(report: InputsReport, width = 120): string {
  const out: string[] = []
  for (const img of report.images) {
    out.push(fit(img.name, width))
    if (img.any !== undefined) out.push(fit(`  any change counts: ${img.any}`, width))
    for (const r of img.roots) out.push(fit(`  build root: ${r.folder}/ (${r.how})`, width))
    for (const b of img.builds)
      out.push(
        fit(
          `  docker build: ${b.dockerfile}, context ${b.context === '' ? 'the repository root' : `${b.context}/`} (${b.how})`,
          width
        )
      )
    out.push(fit(`  ${inputsLine(img.inputs.filter((i) => i.exists))}`, width))
    if (img.baseImages.length > 0) {
      const bases = [...new Set(img.baseImages.map((b) => b.image))]
      out.push(fit(`  base image${bases.length > 1 ? 's' : ''}: ${bases.join(', ')}`, width))
    }
    for (const w of img.warnings) out.push(...wrap(w, width, '  warning: ', '    '))
  }
  if (report.ignored.length > 0)
    out.push(...wrap(report.ignored.join(', '), width, 'never counted: ', '  '))
  out.push(fit('(each input and why: --verbose; for programs: --json)', width))
  return out.map(forCliTable).join('\n')
}
