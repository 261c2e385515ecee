/**
 * What the action believes an image's inputs are, for a person (`vro-image-version inputs`) and
 * for a program (`--json`, a stable shape documented in the README).
 */
import { forCliTable } from '../escape.js'
import { Git } from '../git.js'
import type { Image } from '../image-vars.js'
import { inputSettings, loadTree } from './index.js'
import { resolveInputs, type ImageInputs } from './resolve.js'
import type { SourceTree } from './types.js'

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
      exists: i.kind === 'glob' || (i.kind === 'file' ? tree.hasFile(i.path) : tree.hasDir(i.path))
    })),
    baseImages: r.baseImages,
    builds: (r.builds ?? []).map((b) => ({
      dockerfile: b.dockerfile,
      context: b.context,
      how: b.how
    })),
    warnings: r.warnings
  }
}

const shownPath = (i: InputsReportImage['inputs'][number]): string =>
  i.kind === 'dir' ? (i.path === '' ? '(the whole tree)' : `${i.path}/`) : i.path

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
      out.push(`  ${shownPath(i).padEnd(width)}  ${i.provider}: ${i.why}${where}${except}`)
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
